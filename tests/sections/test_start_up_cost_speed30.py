"""What a `policydiff parse` process does at its start, done once or only when needed, answering
as the eager work did (decision 0542): each cue checked once per cue text, the content
prefilter's cues compiled when an opening first holds their words, and a family's title
recognised without compiling the rest of its cues."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import InvalidCue
from app.families import all_families
from app.sections import SectionKind, names_the_title
from app.sections.classify import TITLE_KIND, _compile, _cue_test, compile_cues, cue_error

CASE_DOCUMENTS = Path(__file__).parents[2] / "tests" / "cases" / "documents"

MADE_UP_KINDS = (
    SectionKind(slug=TITLE_KIND, label="Title", heading_cues=(r"^handbook of (the )?lantern\b",)),
    SectionKind(slug="values", label="Values", heading_cues=(r"\bwhat we hold to\b",)),
    SectionKind(slug="scope", label="Scope", heading_cues=(r"^lantern\b",)),
)
"""A family whose title is first, and a later kind whose cue also names a title-like line."""

TITLE_NOT_FIRST = (MADE_UP_KINDS[1], MADE_UP_KINDS[0], MADE_UP_KINDS[2])
"""The same kinds with another kind before the title, which may name a heading first."""


def _family_lines() -> list[str]:
    """Headings and openings of many sorts: the case documents' first lines, which hold every
    family's titles in many wordings, and those lines as halves of two-language headings."""
    lines: list[str] = []
    for path in sorted(CASE_DOCUMENTS.iterdir()):
        if path.suffix not in {".md", ".txt"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        lines.extend(line.strip("# ").strip() for line in text.splitlines()[:6] if line.strip())
    pairs = [f"{first} / {second}" for first, second in zip(lines, reversed(lines), strict=True)]
    return lines + pairs[: len(lines) // 4]


def test_a_cue_is_checked_once_and_answers_as_compiling_it_does() -> None:
    assert cue_error(r"\bour values\b") is None
    with pytest.raises(re.error) as compiled:
        re.compile(r"(unclosed")
    assert cue_error(r"(unclosed") == str(compiled.value)
    before = cue_error.cache_info().hits
    cue_error(r"(unclosed")
    assert cue_error.cache_info().hits == before + 1


def test_a_broken_cue_names_each_kind_that_holds_it_even_when_checked_before() -> None:
    for slug in ("first_holder", "second_holder"):
        with pytest.raises(InvalidCue, match=slug):
            compile_cues((SectionKind(slug=slug, label="Broken", content_cues=("[ab",)),))


def test_the_content_prefilter_compiles_its_cues_with_words_only_when_tried() -> None:
    kinds = (
        SectionKind(slug="values", label="Values", content_cues=(r"\bwe hold a quilted lamp\b",)),
        SectionKind(slug="scope", label="Scope", content_cues=(r"^this chapter covers\b",)),
    )
    cues = compile_cues(kinds)
    prefilter = cues.content_prefilter
    assert prefilter is not None
    sources = {source for _kind, source, _anchored in prefilter.cues}
    assert r"\bwe hold a quilted lamp\b" in sources
    assert cues.cued_kind("Nothing of the sort here.") is None
    assert cues.cued_kind("Here we hold a quilted lamp up.") == "values"
    assert cues.cued_kind("This chapter covers the lamp.") == "scope"
    searched = _cue_test(r"\bwe hold a quilted lamp\b", False)
    assert searched == re.compile(r"\bwe hold a quilted lamp\b", re.IGNORECASE).search
    assert _cue_test(r"\bwe hold a quilted lamp\b", False) is searched


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ["we", "hold", "a", "quilted", "lamp", "this", "chapter", "covers", "our", "."]
        ),
        max_size=12,
    ).map(" ".join)
)
def test_the_lazily_compiled_prefilter_answers_as_every_cue_tried(text: str) -> None:
    kinds = (
        SectionKind(slug="values", label="Values", content_cues=(r"\bwe hold (a )?quilted lamp",)),
        SectionKind(slug="scope", label="Scope", content_cues=(r"^this chapter covers\b",)),
        SectionKind(slug="other_lamp", label="Lamp", content_cues=(r"\bour lamp\b",)),
    )
    cues = compile_cues(kinds)
    assert cues.cued_kind(text) == cues.cued_kind_plain(text)


@pytest.mark.parametrize("kinds", [MADE_UP_KINDS, TITLE_NOT_FIRST], ids=["first", "not_first"])
@pytest.mark.parametrize(
    "line",
    [
        "Handbook of the Lantern",
        "Handbook of Lantern / What we hold to",
        "What we hold to / Handbook of Lantern",
        "Lantern / Handbook of Lantern",
        "Something else / Handbook of Lantern",
        "Lantern",
        "Handbook of the Lantern / Lantern / Scope",
        "",
    ],
)
def test_the_title_check_answers_as_the_whole_familys_heading_kind(
    kinds: tuple[SectionKind, ...], line: str
) -> None:
    assert names_the_title(kinds, line) == (compile_cues(kinds).heading_kind(line) == TITLE_KIND)


def test_every_installed_familys_title_check_answers_as_its_heading_kind() -> None:
    lines = _family_lines()
    assert len(lines) > 1000
    for family in all_families():
        whole = compile_cues(family.kinds)
        for line in lines:
            expected = whole.heading_kind(line) == TITLE_KIND
            assert names_the_title(family.kinds, line) == expected, (family.slug, line)


@settings(max_examples=200, deadline=None)
@given(
    line=st.lists(
        st.sampled_from(["handbook", "of", "the", "lantern", "what", "we", "hold", "to", "/"]),
        max_size=10,
    ).map(" ".join)
)
def test_any_line_is_named_the_title_as_the_whole_family_names_it(line: str) -> None:
    for kinds in (MADE_UP_KINDS, TITLE_NOT_FIRST):
        expected = compile_cues(kinds).heading_kind(line) == TITLE_KIND
        assert names_the_title(kinds, line) == expected


def test_a_title_the_title_cues_settle_compiles_no_other_kind() -> None:
    kinds = (
        SectionKind(slug=TITLE_KIND, label="Title", heading_cues=(r"^almanac of ferns\b",)),
        SectionKind(slug="values", label="Values", heading_cues=(r"\bfern values\b",)),
    )
    before = _compile.cache_info().misses
    assert names_the_title(kinds, "Almanac of Ferns")
    assert not names_the_title(kinds, "Fern values")
    assert _compile.cache_info().misses == before + 1, "only the title's cues were compiled"
    assert compile_cues(kinds).heading_kind("Fern values") == "values"
    assert _compile.cache_info().misses == before + 2, "the whole family was compiled now"
