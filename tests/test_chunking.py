"""Budgeting, splitting and merging for long articles (no model involved)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize import Document
from summarize.engine.budget import (
    FALLBACK_MAX_INPUT,
    article_budget,
    default_max_input_tokens,
    estimate_tokens,
    prompt_overhead_tokens,
)
from summarize.engine.merge import merge
from summarize.engine.split import Chunk, halves, merged_ranges, split, without
from summarize.schemas import BriefingDraft
from tests.conftest import ROOT

LONG = (ROOT / "examples" / "long" / "harbour-tunnel-inquiry.txt").read_text(encoding="utf-8")


def covered(text: str, chunks: list[Chunk]) -> set[int]:
    return {i for c in chunks for i in range(c.start, c.end)}


def test_estimates_err_high_for_english_and_count_other_scripts_denser() -> None:
    english = "The committee will meet again in two weeks to hear from the contractor. " * 20
    assert estimate_tokens(english) >= len(english) / 4.2  # OpenAI tokenizers: about 4.2 chars a token here
    assert estimate_tokens("漢字" * 100) > estimate_tokens("ab" * 100)


def test_default_budgets_follow_the_model_name() -> None:
    assert default_max_input_tokens("gpt-4o-mini") == default_max_input_tokens("openai/gpt-4o") == 24_000
    assert default_max_input_tokens("gpt-4") < default_max_input_tokens("gpt-4-turbo")
    assert default_max_input_tokens("some-local-model") == FALLBACK_MAX_INPUT
    assert article_budget(24_000) == 24_000 - prompt_overhead_tokens()


def test_a_short_text_is_one_chunk() -> None:
    assert split("One sentence.", 100) == [Chunk(0, 13)]


def test_chunks_cover_every_character_fit_the_budget_and_end_at_paragraphs() -> None:
    budget = 400
    chunks = split(LONG, budget)
    assert len(chunks) > 2
    text_chars = {i for i, ch in enumerate(LONG) if not ch.isspace()}
    assert text_chars <= covered(LONG, chunks)
    for chunk in chunks:
        assert estimate_tokens(LONG[chunk.start : chunk.end]) <= budget * 1.05
        assert LONG[chunk.end :].startswith("\n\n") or chunk.end == len(LONG.rstrip())
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)


def test_consecutive_chunks_overlap_when_a_paragraph_is_cut() -> None:
    one_paragraph = " ".join(f"Sentence number {n} says little." for n in range(400))
    chunks = split(one_paragraph, 300)
    assert len(chunks) > 3
    assert all(b.start < a.end for a, b in itertools.pairwise(chunks)), "a sentence or two shared"


def test_a_sentence_longer_than_the_budget_is_cut_at_spaces_and_a_run_without_spaces_at_characters() -> None:
    words = "word " * 2000
    assert all(estimate_tokens(words[c.start : c.end]) <= 101 for c in split(words, 100))
    blob = "x" * 5000
    chunks = split(blob, 100)
    assert covered(blob, chunks) == set(range(5000))


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('ab. \n\r\u201c\u201d\u2019")]C!?é漢。」')), max_size=3000),
    st.integers(20, 400),
)
def test_any_text_is_covered_in_order_and_within_budget(text: str, budget: int) -> None:
    chunks = split(text, budget)
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered(text, chunks)
    assert all(c.start < c.end for c in chunks)
    assert [c.start for c in chunks] == sorted({c.start for c in chunks})
    assert all(estimate_tokens(text[c.start : c.end]) <= budget + 2 for c in chunks)
    for chunk in chunks:
        parts = halves(text, chunk)
        if parts:
            lost = {i for i in range(chunk.start, chunk.end) if not text[i].isspace()} - covered(text, list(parts))
            assert not lost, "halving never drops a character (a closing quote at the cut)"


def test_a_closing_quote_stays_with_its_sentence() -> None:
    text = '"We will not open it," she said. "Not this year." ' * 40
    for chunk in split(text, 60):
        assert text[chunk.start : chunk.end].count('"') % 2 == 0


def test_chinese_and_japanese_sentences_end_at_their_own_stops() -> None:
    text = "市长说桥梁将在五月重新开放。" * 200
    chunks = split(text, 100)
    assert len(chunks) > 3 and all(text[c.start : c.end].endswith("。") for c in chunks)


def test_a_long_url_among_words_is_cut_to_the_budget() -> None:
    text = "See " + "x" * 5000 + " for details, the ministry said. " * 3
    chunks = split(text, 100)
    assert all(estimate_tokens(text[c.start : c.end]) <= 102 for c in chunks)
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered(text, chunks)


def test_windows_line_breaks_separate_paragraphs() -> None:
    paragraph = "The council met on Monday and said the bridge would reopen in May after repairs. " * 3
    text = "\r\n\r\n".join([paragraph.strip()] * 30)
    chunks = split(text, 300)
    assert all(text[c.end :].startswith("\r\n\r\n") or c.end == len(text) for c in chunks)


def test_halves_cut_near_the_middle_at_a_paragraph_break() -> None:
    chunk = Chunk(0, len(LONG))
    parts = halves(LONG, chunk)
    assert parts is not None
    left, right = parts
    assert LONG[left.end : right.start].strip() == "" and "\n\n" in LONG[left.end : right.start]
    assert abs(left.end - len(LONG) / 2) < len(LONG) / 4
    assert halves("Too short.", Chunk(0, 10)) is None


def test_coverage_ranges_join_across_white_space_and_subtract() -> None:
    text = "aaaa\n\nbbbb\n\ncccc"
    assert merged_ranges(text, [Chunk(6, 10), Chunk(0, 4)]) == [Chunk(0, 10)]
    assert without(text, [Chunk(0, 16)], [Chunk(0, 10)]) == [Chunk(10, 16)]


# --- merge ----------------------------------------------------------------------------------------

TEXT = (
    "Councillor Ines Marwood said the tunnel would stay shut. Dalgren Civil said the cracks were harmless.\n\n"
    "Marwood said the committee would meet again. Inspectors counted at least 40 cracks, the report said. "
    "Dalgren Civil said it had counted 12 cracks.\n\n"
    "Marwood said the committee would meet again in two weeks."
)
DOC = Document.from_text(TEXT)


def part(actors: list[dict[str, object]], claims: list[dict[str, object]]) -> BriefingDraft:
    return BriefingDraft.model_validate(
        {
            "title": "Tunnel",
            "actors": actors,
            "claims": claims,
            "bluf": [{"text": "x", "supports": [claims[0]["id"]]}] if claims else [],
        },
        context={"article": DOC},
    )


def whole(*drafts: BriefingDraft) -> list[tuple[Chunk, BriefingDraft]]:
    """Drafts as parts read from the whole test text."""
    return [(Chunk(0, len(TEXT)), d) for d in drafts]


def person(aid: str, name: str, *mentions: str) -> dict[str, object]:
    return {"id": aid, "name": name, "kind": "organization" if name == "Marwood" else "person",
            "identification": "named", "mentions": list(mentions) or [name]}  # fmt: skip


def claim(cid: str, source: str, statement: str, quote: str, **more: object) -> dict[str, object]:
    return {"id": cid, "source": source, "statement": statement, "cue": "said", "quote_type": "indirect",
            "certainty": "certain", "polarity": "positive", "evidence": [{"quote": quote}], **more}  # fmt: skip


def test_the_same_person_and_claim_in_two_chunks_are_merged_once() -> None:
    first = part(
        [person("A1", "Councillor Ines Marwood", "Councillor Ines Marwood")],
        [claim("C1", "A1", "The committee would meet again.", "Marwood said the committee would meet again")],
    )
    # the next chunk saw only the surname, and guessed it was an organisation
    second = part(
        [person("A1", "Marwood")],
        [
            claim("C1", "A1", "The committee would meet again.", "Marwood said the committee would meet again."),
            claim("C2", "A1", "The committee would meet in two weeks.", "meet again in two weeks"),
        ],
    )
    merged, _, _ = merge(whole(first, second), DOC)
    assert [a.name for a in merged.actors] == ["Councillor Ines Marwood"]
    assert merged.actors[0].kind == "person" and "Marwood" in merged.actors[0].mentions
    assert len(merged.claims) == 2, "the overlap's duplicate is merged; the other claim stays"
    assert {c.source for c in merged.claims} == {merged.actors[0].id}
    assert len(merged.claims[0].evidence) == 1, "a quote inside another is not evidence twice"
    assert 1 <= len(merged.bluf) <= 3


def test_figures_of_different_counts_stay_separate_and_their_conflict_is_an_uncertainty() -> None:
    inspectors = {"id": "A1", "name": "Inspectors", "kind": "group", "identification": "named",
                  "mentions": ["Inspectors"]}  # fmt: skip
    dalgren = {"id": "A1", "name": "Dalgren Civil", "kind": "organization", "identification": "named",
               "mentions": ["Dalgren Civil"]}  # fmt: skip
    q40 = {"text": "at least 40", "low": 40, "high": None, "bound": "at_least", "counts": "cracks"}
    q12 = {"text": "12", "low": 12, "high": 12, "bound": "exact", "counts": "cracks"}
    first = part([inspectors], [claim("C1", "A1", "There are at least 40 cracks.", "at least 40 cracks",
                                      quantities=[q40])])  # fmt: skip
    second = part([dalgren], [claim("C1", "A1", "There are 12 cracks.", "it had counted 12 cracks",
                                    quantities=[q12])])  # fmt: skip
    merged, _, _ = merge(whole(first, second), DOC)
    assert len(merged.claims) == 2 and len(merged.actors) == 2
    conflicts = [u for u in merged.uncertainties if "conflicting_sources" in u.reasons]
    assert conflicts and set(conflicts[0].related) == {c.id for c in merged.claims}


def test_a_relation_that_merging_makes_invalid_is_dropped() -> None:
    a1 = person("A1", "Councillor Ines Marwood", "Councillor Ines Marwood")
    first = part(
        [a1, {**person("A2", "Dalgren Civil"), "kind": "organization"}],
        [
            claim("C1", "A1", "The tunnel would stay shut.", "the tunnel would stay shut"),
            claim("C2", "A2", "The tunnel would stay shut.", "Dalgren Civil said", corroborates=["C1"]),
        ],
    )
    second = part([person("A1", "Marwood")], [claim("C1", "A1", "The committee would meet.", "Marwood said")])
    merged, _, _ = merge(whole(first, second), DOC)
    assert merged.claims[1].corroborates == [merged.claims[0].id]
    assert all(c.id not in c.corroborates for c in merged.claims)


@pytest.mark.parametrize("count", [1, 2])
def test_one_part_is_returned_as_it_is(count: int) -> None:
    draft = part([person("A1", "Councillor Ines Marwood")], [claim("C1", "A1", "Shut.", "stay shut")])
    merged, _, _ = merge(whole(*[draft] * count), DOC)
    assert len(merged.claims) == 1 and len(merged.actors) == 1


# --- what a second read found ----------------------------------------------------------------------

REPEATED = (
    "The mayor said no date had been set for the reopening.\n\n"
    + "Engineers inspected the lining all week and filed their report on Friday. " * 8
    + "\n\nThe contractor said no date had been set for the repairs, and that crews were waiting."
)
REPEATED_DOC = Document.from_text(REPEATED)
FIRST = Chunk(0, REPEATED.index("\n\nThe contractor"))
SECOND = Chunk(REPEATED.index("The contractor"), len(REPEATED))


def read(chunk: Chunk, actors: list[dict[str, object]], claims: list[dict[str, object]]) -> BriefingDraft:
    return BriefingDraft.model_validate(
        {"title": "Reopening", "actors": actors, "claims": claims,
         "bluf": [{"text": "x", "supports": [claims[0]["id"]]}] if claims else []},
        context={"article": REPEATED[chunk.start : chunk.end]},
    )  # fmt: skip


def test_evidence_points_at_the_passage_its_chunk_read_not_an_earlier_one_that_reads_the_same() -> None:
    mayor = {"id": "A1", "name": "The mayor", "kind": "person", "identification": "named", "role": "mayor",
             "mentions": ["The mayor"]}  # fmt: skip
    builder = {"id": "A1", "name": "The contractor", "kind": "organization", "identification": "named",
               "mentions": ["The contractor"]}  # fmt: skip
    first = read(FIRST, [mayor], [claim("C1", "A1", "No date was set.", "no date had been set")])
    second = read(
        SECOND,
        [builder],
        [claim("C1", "A1", "No date was set for repairs.", "The contractor said ... crews were waiting")],
    )
    merged, index, located = merge([(FIRST, first), (SECOND, second)], REPEATED_DOC)
    assert len(merged.claims) == 2
    by_source = {c.source: located[c.id][0] for c in merged.claims}
    starts = sorted(ev.start for ev in by_source.values())
    assert starts[0] < FIRST.end <= SECOND.start <= starts[1], "each claim keeps its own chunk's passage"
    assert any(ev.match == "fuzzy" for ev in by_source.values())
    assert index.locate("The contractor said ... crews were waiting") is not None


def test_people_who_share_a_surname_or_a_pronoun_stay_apart() -> None:
    text = "John Smith said he would stay. Jane Smith said she would go.\n\nSmith said later that the vote was close."
    doc = Document.from_text(text)
    both = [
        {**person("A1", "John Smith"), "mentions": ["John Smith", "he"]},
        {**person("A2", "Jane Smith"), "mentions": ["Jane Smith", "he"]},
    ]
    first = BriefingDraft.model_validate({"title": "Vote", "actors": both}, context={"article": doc})
    later = BriefingDraft.model_validate(
        {"title": "Vote", "actors": [{**person("A1", "Smith"), "mentions": ["Smith"]}]}, context={"article": doc}
    )
    merged, _, _ = merge([(Chunk(0, len(text)), first), (Chunk(0, len(text)), later)], doc)
    assert sorted(a.name for a in merged.actors) == ["Jane Smith", "John Smith", "Smith"]


def test_titles_are_set_aside_and_anonymous_sources_need_the_same_role() -> None:
    full = part([person("A1", "Councillor Ines Marwood")], [])
    titled = part([{**person("A1", "Dr Marwood"), "kind": "person", "mentions": ["Marwood"]}], [])
    spokes = [
        {"id": "A1", "name": "a spokeswoman", "kind": "person", "identification": "anonymous",
         "role": "spokeswoman, harbour authority", "mentions": ["Marwood"]},
        {"id": "A1", "name": "a spokeswoman", "kind": "person", "identification": "anonymous",
         "role": "spokeswoman, Dalgren Civil", "mentions": ["Marwood"]},
    ]  # fmt: skip
    merged, _, _ = merge(whole(full, titled, part([spokes[0]], []), part([spokes[1]], [])), DOC)
    names = sorted(a.name for a in merged.actors)
    assert names == ["Councillor Ines Marwood", "a spokeswoman", "a spokeswoman"]


def test_denials_of_different_kinds_are_not_merged() -> None:
    company = {**person("A1", "Dalgren Civil"), "kind": "organization"}

    def denial(kind: str, quote: str) -> BriefingDraft:
        return BriefingDraft.model_validate(
            {"title": "T", "actors": [company],
             "denials": [{"id": "D1", "by": "A1", "kind": kind, "target_statement": "The cracks are harmful.",
                          "statement": "It responded.", "evidence": [{"quote": quote}]}],
             "bluf": [{"text": "x", "supports": ["D1"]}]},
            context={"article": DOC},
        )  # fmt: skip

    early = denial("declined_to_comment", "Dalgren Civil said the cracks were harmless")
    later = denial("explicit_denial", "Dalgren Civil said it had counted 12 cracks")
    merged, _, _ = merge(whole(early, later), DOC)
    assert sorted(d.kind for d in merged.denials) == ["declined_to_comment", "explicit_denial"]


def test_a_contradiction_between_chunks_is_linked_and_becomes_an_open_question() -> None:
    text = (
        "Councillor Ines Marwood said the tunnel would open in March.\n\n"
        + "Engineers worked on the lining through the winter months. " * 6
        + "\n\nDalgren Civil said the tunnel would not open in March."
    )
    doc = Document.from_text(text)
    first_chunk, second_chunk = Chunk(0, text.index("\n\nDalgren")), Chunk(text.index("Dalgren"), len(text))

    def reading(chunk: Chunk, name: str, kind: str, statement: str, polarity: str, quote: str) -> BriefingDraft:
        return BriefingDraft.model_validate(
            {"title": "Tunnel",
             "actors": [{"id": "A1", "name": name, "kind": kind, "identification": "named", "mentions": [name]}],
             "claims": [claim("C1", "A1", statement, quote, polarity=polarity)],
             "bluf": [{"text": "x", "supports": ["C1"]}]},
            context={"article": text[chunk.start : chunk.end]},
        )  # fmt: skip

    yes = reading(first_chunk, "Councillor Ines Marwood", "person", "The tunnel would open in March.", "positive",
                  "the tunnel would open in March")  # fmt: skip
    no = reading(second_chunk, "Dalgren Civil", "organization", "The tunnel would not open in March.", "negative",
                 "the tunnel would not open in March")  # fmt: skip
    merged, _, _ = merge([(first_chunk, yes), (second_chunk, no)], doc)
    first, second = merged.claims
    assert second.contradicts == [first.id]
    assert any(
        "conflicting_sources" in u.reasons and set(u.related) == {first.id, second.id} for u in merged.uncertainties
    )
