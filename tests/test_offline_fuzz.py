"""The offline backend gives a valid draft for any text (property-based)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize.offline import extract
from summarize.offline.pipeline import _Extractor
from summarize.schemas import BriefingDraft
from summarize.sources.document import Document

_NEWSY = st.sampled_from(
    [
        "said",
        "told Reuters",
        "according to",
        "denied",
        "declined to comment",
        "has contacted",
        "for comment",
        "at least 1,500",
        "about 3,000",
        "up to 40",
        "between 2 and 5",
        "thousands",
        "may",
        "likely",
        "unlikely",
        "John Smith",
        "the Ministry of Defence",
        "U.S.",
        "Gen.",
        "\u201c",
        "\u201d",
        '"',
        "\u00ab",
        "\u00bb",
        ",",
        ".",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "citing",
        "unnamed officials",
        "he",
        "she",
        "it",
        "Bloomberg reported",
        "Comments are closed.",
        "neither confirm nor deny",
        "if",
        "...",
        "\u2026",
        "\u2019s",
        "dijo",
        "seg\u00fan",
        "asked about the report,",
        "had not been",
        "would not discuss",
        "declined to say",
        "has also contacted",
        "that claim was \u201cnot accurate\u201d",
        "an allegation",
        "called \u201ca fabrication\u201d",
        "I have been clean",
        "never knowingly",
        "accepted",
        "but",
        "no evidence that our",
        "The office of the",
        "the software company",
        "the shoe maker Stridewell",
        "Two of Welland\u2019s sponsors",
        "residents of",
        "The state",
        "party",
        "He said",
        "a statement released",
    ]
)
_TEXT = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(_NEWSY, min_size=1, max_size=80).map(" ".join),
    st.lists(st.one_of(_NEWSY, st.text(max_size=12)), min_size=1, max_size=60).map("".join),
    st.text(alphabet=".,;:!?\u201c\u201d\"'()-\u2014 \n", min_size=1, max_size=200),
)


def _check(text: str) -> None:
    if not text.strip():
        return
    doc = Document.from_text(text)
    draft = _Extractor(doc).run()  # without the catch-all, so a crash in any rule shows up here
    assert extract(doc) == draft
    BriefingDraft.model_validate(draft.model_dump(), context={"article": doc})
    assert 1 <= len(draft.title) <= 120


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_gives_a_valid_draft(text: str) -> None:
    _check(text)


@settings(max_examples=10, deadline=None)
@given(st.lists(_NEWSY, min_size=200, max_size=400).map(" ".join))
def test_giant_lines_give_a_valid_draft(text: str) -> None:
    _check(text.replace("\n", " "))


def test_edge_inputs() -> None:
    for text in (
        "....",
        "\u201c\u201d",
        "A",
        "a\r\nb\r\n",
        "\u00ab\u00bb" * 50,
        "x" * 20000,
        "Said said said.",
        "\ufeff\u200b The U.S. said.",
        "1,500 1.500 1 500",
        "The office of the.",
        ", the company",
        "Asked about it, X said had not.",
        "He said. He said.",
    ):
        _check(text)
