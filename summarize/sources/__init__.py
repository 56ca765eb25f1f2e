"""Sources: a file, standard input, a web page or a URL, loaded as a ``Document``.

Layer 2. May import the foundation (``summarize.errors``, ``summarize.version``,
``summarize.settings``) and the contract (``summarize.schemas``); nothing above.

    document.py    Document: the article's text, the one place that knows it
    html_page.py   a web page's main text, title, author and date
    fetch.py       fetching a URL safely (schemes, addresses, caps)
"""
