"""Small closed word lists: countries, capitals, demonyms, outlets, institution and role words.

These are general vocabulary, not facts about any one article; unknown names are classified by
their context (possessives, appositives, institution words) instead.
"""

from __future__ import annotations

from typing import Final

COUNTRIES: Final = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
    Bangladesh Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi
    Cambodia Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Djibouti
    Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana
    Greece Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
    Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia
    Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania
    Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands
    Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal
    Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain
    Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey
    Türkiye Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe Gaza
    America Britain England Scotland Wales Crimea Kosovo Tibet""".split()
) | frozenset(
    {
        "United States", "United Kingdom", "North Korea", "South Korea", "Saudi Arabia", "South Africa",
        "New Zealand", "Sri Lanka", "Costa Rica", "El Salvador", "Dominican Republic", "Czech Republic",
        "Ivory Coast", "South Sudan", "United Arab Emirates", "Hong Kong", "West Bank", "U.S.", "US", "USA",
        "U.S.A.", "UK", "U.K.", "EU", "E.U.", "European Union", "Estados Unidos", "Rusia", "Ucrania",
        "México", "España", "Francia", "Alemania", "Reino Unido", "Corea del Norte", "Corea del Sur",
        "Brasil", "Perú", "Japón", "Irán", "Irak", "Siria", "Turquía", "Israel", "Venezuela", "Colombia",
    }
)
CAPITALS: Final = {
    "Pyongyang": "North Korea", "Seoul": "South Korea", "Moscow": "Russia", "Kremlin": "Russia",
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Washington": "United States", "Beijing": "China",
    "Tehran": "Iran", "Jerusalem": "Israel", "London": "United Kingdom", "Paris": "France",
    "Berlin": "Germany", "Ankara": "Turkey", "Tokyo": "Japan", "Brussels": "European Union",
    "Taipei": "Taiwan", "Damascus": "Syria", "Baghdad": "Iraq", "Riyadh": "Saudi Arabia",
    "Cairo": "Egypt", "New Delhi": "India", "Islamabad": "Pakistan", "Minsk": "Belarus",
    "Caracas": "Venezuela", "Havana": "Cuba", "Madrid": "Spain", "Rome": "Italy", "Warsaw": "Poland",
}
DEMONYMS: Final = {
    "American": "United States", "U.S.": "United States", "Russian": "Russia", "Ukrainian": "Ukraine",
    "Chinese": "China", "North Korean": "North Korea", "South Korean": "South Korea", "Korean": "Korea",
    "Dutch": "Netherlands", "British": "United Kingdom", "French": "France", "German": "Germany",
    "Israeli": "Israel", "Palestinian": "Palestine", "Iranian": "Iran", "Turkish": "Turkey",
    "Indian": "India", "Japanese": "Japan", "Syrian": "Syria", "Iraqi": "Iraq", "Saudi": "Saudi Arabia",
    "Polish": "Poland", "Italian": "Italy", "Spanish": "Spain", "Mexican": "Mexico", "Canadian": "Canada",
    "Australian": "Australia", "Brazilian": "Brazil", "Egyptian": "Egypt", "Lebanese": "Lebanon",
    "Afghan": "Afghanistan", "Pakistani": "Pakistan", "Taiwanese": "Taiwan", "Belarusian": "Belarus",
    "Georgian": "Georgia", "Hungarian": "Hungary", "Swedish": "Sweden", "Finnish": "Finland",
    "Norwegian": "Norway", "Danish": "Denmark", "European": "European Union", "Venezuelan": "Venezuela",
    "Colombian": "Colombia", "Cuban": "Cuba", "Yemeni": "Yemen", "Qatari": "Qatar", "Emirati": "United Arab Emirates",
    "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania", "Romanian": "Romania",
    "Greek": "Greece", "Sudanese": "Sudan", "Nigerian": "Nigeria", "Kenyan": "Kenya", "Ethiopian": "Ethiopia",
    "Vietnamese": "Vietnam", "Thai": "Thailand", "Filipino": "Philippines", "Indonesian": "Indonesia",
    "Argentine": "Argentina", "Chilean": "Chile", "Peruvian": "Peru", "Serbian": "Serbia", "Czech": "Czechia",
}
MEDIA: Final = frozenset(
    """Reuters AP AFP Bloomberg BBC CNN Newsweek NPR Politico Axios Yonhap TASS Interfax Xinhua Kyodo 
    RIA Sputnik MSNBC CNBC NBC ABC CBS Fox DW Euronews Haaretz Kommersant Vedomosti
    Meduza Ukrinform EFE""".split()
) | frozenset(
    {
        "Associated Press", "Agence France-Presse", "Al Jazeera", "Fox News", "Sky News", "Financial Times",
        "New York Times", "Washington Post", "Wall Street Journal", "The Guardian", "Guardian",
        "The Times", "The Economist", "Economist", "Le Monde", "El País", "Der Spiegel", "Spiegel",
        "RIA Novosti", "Kyiv Independent", "Kyiv Post", "Times of Israel", "South China Morning Post",
        "The Atlantic", "Daily Mail", "The Telegraph", "The Independent", "USA Today", "Voice of America",
        "Radio Free Europe", "The Hill", "Semafor", "Deutsche Welle", "Europa Press", "El Mundo", "ABC News",
        "CBS News", "NBC News", "CNN", "The New Yorker", "Vanity Fair", "Rolling Stone", "TechCrunch", "Wired",
    }
)
MEDIA_WORDS: Final = frozenset(
    """Times Post Journal News Wire Ledger Herald Tribune Gazette Telegraph Press Radio Television TV
    Broadcasting Chronicle Observer Reporter Magazine Weekly Courier Inquirer Globe Express Mail Mirror
    Standard Bulletin Dispatch Monitor Sentinel Examiner Register Daily Digest Newswire Agency
    Periódico Diario Noticias Crónica Semanario""".split()
)
GOVERNMENT_WORDS: Final = frozenset(
    """Ministry Ministries Department Government Cabinet Parliament Congress Senate House Kremlin Council
    Commission Office Embassy Consulate Administration Presidency Ministerio Gobierno Secretaría
    Assembly Duma Knesset Bundestag Authority Authorities Treasury Prosecutor Prosecutors Court Police
    Municipality Mayoralty Governorate""".split()
)
MILITARY_WORDS: Final = frozenset(
    """Army Navy Force Forces Brigade Battalion Regiment Division Command Corps Guard Guards Marines
    Pentagon Military Militia Ejército Armada Brigada""".split()
)
INTELLIGENCE_WORDS: Final = frozenset("""Intelligence CIA FBI NSA MI6 MI5 Mossad SBU GUR NIS FSB GRU SVR""".split())
ORG_WORDS: Final = frozenset(
    """Institute University School College Foundation Center Centre Group Association Union Company Inc
    Corp Corporation Ltd LLC Bank Fund Organization Organisation Committee Party Movement Front Coalition
    Society Federation League Alliance Club Trust Network Initiative Project Program Programme Laboratory
    Lab Hospital Clinic Church Agency Board Watch Observatory Institution Academy Partners Holdings
    Instituto Universidad Fundación Partido Asociación Empresa Banco Cruz Crescent""".split()
)
GEO_WORDS: Final = frozenset(
    """Hill Hills Mountain Mountains Mount River Port Street Square Region Province Oblast City Island
    Islands Sea Lake Valley Bay Gulf Strait Peninsula Airport Station Bridge Park County District East
    West North South Town Village Avenue Road Highway Border Coast Desert Forest Ocean Canal Plaza
    Strip Basin Heights Plain Delta Cape Harbor Harbour Beach""".split()
)
TIME_WORDS: Final = frozenset(
    """January February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Christmas Easter Ramadan Eid Thanksgiving enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo""".split()
)
PLATFORMS: Final = frozenset("""Telegram X Twitter Facebook Instagram TikTok YouTube Weibo WhatsApp Truth LinkedIn Reddit""".split())
TITLES: Final = frozenset(
    """President Vice Prime Minister Secretary Gen. General Lt. Col. Colonel Maj. Major Sgt. Capt. Captain
    Adm. Admiral Commander Gov. Governor Sen. Senator Rep. Representative Mayor Ambassador Chancellor
    King Queen Prince Princess Pope Sheikh Dr. Mr. Mrs. Ms. Prof. Professor Judge Justice Chief Director
    Spokesperson Spokesman Spokeswoman Chairman Chairwoman Chair CEO Deputy Foreign Defense Defence
    Interior Finance Health Justice Minister Emir Sultan Marshal Field Lord Lady Sir Dame Rabbi Imam
    Cardinal Bishop Archbishop Father Speaker Leader Premier Attorney Inspector Commissioner Officer
    Presidente Ministro Ministra Canciller Portavoz Secretario Secretaria Alcalde Gobernador Senador
    Diputado Diputada General""".split()
)
ROLE_NOUNS: Final = frozenset(
    """minister president spokesperson spokesman spokeswoman director chief head leader secretary official
    ambassador commander coordinator negotiator professor analyst researcher founder ceo chairman chairwoman
    chair adviser advisor aide envoy general officer governor mayor senator lawmaker member expert fellow
    economist scientist lawyer attorney editor correspondent reporter journalist manager president
    deputy representative premier chancellor king queen judge prosecutor doctor physician nurse teacher
    student resident witness activist author historian diplomat strategist consultant executive partner
    owner worker organizer organiser mediator monitor observer investigator inspector commissioner
    portavoz ministro ministra presidente director directora jefe experto analista""".split()
)
SOURCE_NOUNS: Final = frozenset(
    """official officials source sources spokesperson spokesman spokeswoman diplomat diplomats analyst
    analysts expert experts brigade ministry police military army authorities authority residents witnesses
    people person group report reports statement intelligence government aide aides adviser advisers
    advisors lawmaker lawmakers investigators prosecutors researchers scientists doctors officers commanders
    soldiers troops insiders staff employees members leaders negotiators monitors observers critics
    activists agency office committee council commission regulators officer commander survey study poll
    data figures documents document assessment assessments intelligence services service delegation team
    campaign company firm spokespeople representatives representative administration coalition forces
    unit units observatory organisation organization union association department embassy
    fuentes funcionarios portavoz autoridades ministerio gobierno expertos analistas testigos""".split()
)
ANONYMOUS_MARKERS: Final = frozenset(
    """unnamed anonymous unidentified a an two three four five several some many senior people familiar
    close knowledge condition dos tres varios fuentes""".split()
)
FUNCTION_WORDS: Final = frozenset(
    """the a an this that these those it its he she they we i you his her their our my your there here
    but and or so yet if when while although though as after before since because however meanwhile
    still also in on at by for from with without of to into onto over under about across between
    among through during despite amid against toward towards upon within what which who whom whose
    where why how all both each every either neither no not some any many much more most few other
    such only even just now then once again further further already soon later earlier today tonight
    yesterday tomorrow last next first second third new old one two three four five is was are were
    be been being has have had do does did will would shall should can could may might must
    el la los las un una unos unas y o pero en de del al con por para según que como este esta ese esa""".split()
)
