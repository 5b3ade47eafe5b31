"""A cover's short lines under the title -- the council's name, a manual's name that a narrow
column wrapped onto two lines, a version -- over the chapter's cued amendment note are the
cover the title heads and stand with it, however many lines the wrap made (decisions 0410,
0572). Short lines with no council's name, or a line that is a sentence, are not a cover. Each
case is written for this test in our own words about invented councils."""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.reading import read_kinds_and_headings

_BODY = (
    "Revised: 2 April 2025\n\n"
    "## Scope\n\n"
    "This chapter sets out how Tarnley supports young people who are leaving its care. It is "
    "written for personal advisers and social workers.\n\n"
    "## Our values\n\n"
    "We value honesty, patience and warmth, and we expect every worker to keep their word to "
    "young people.\n"
)


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return read_kinds_and_headings(text, "chapter.md")


def test_a_council_over_a_wrapped_manual_name_and_version_stays_with_the_title() -> None:
    text = (
        "# Leaving Care Support\n\n"
        "Tarnley Metropolitan Borough Council\n\n"
        "Family Help and Social\n\n"
        "Work Practice Handbook\n\n"
        "Issue 7.1\n\n" + _BODY
    )
    sections = _kinds(text)
    assert sections[0] == ("title", "Leaving Care Support")
    assert sections[1][0] == "scope"
    assert all(kind != "other" for kind, _heading in sections)


def test_the_cover_lines_do_not_take_the_amendment_note() -> None:
    text = (
        "# Leaving Care Support\n\n"
        "Tarnley Metropolitan Borough Council\n\n"
        "Family Help and Social\n\n"
        "Work Practice Handbook\n\n"
        "Issue 7.1\n\n" + _BODY
    )
    sections = _kinds(text)
    assert [kind for kind, _heading in sections].count("scope") == 2
    assert sections[1] == ("scope", None)


def _title_text(text: str) -> str:
    analyzed = analyze(read_source(text.encode(), "chapter.md"), get_family())
    title = analyzed.outline.sections[0]
    assert title.kind == "title"
    return title.text


def test_short_lines_with_no_councils_name_are_no_cover() -> None:
    text = (
        "# Leaving Care Support\n\n"
        "Personal advisers\n\n"
        "Social workers\n\n"
        "Foster carers\n\n"
        "Issue 7.1\n\n" + _BODY
    )
    assert "Foster carers" not in _title_text(text)


def test_a_sentence_among_the_lines_is_no_cover() -> None:
    text = (
        "# Leaving Care Support\n\n"
        "Tarnley Metropolitan Borough Council\n\n"
        "Read this with the housing guide.\n\n"
        "Work Practice Handbook\n\n"
        "Issue 7.1\n\n" + _BODY
    )
    assert "Work Practice Handbook" not in _title_text(text)


def test_an_amendment_line_in_the_run_is_not_the_titles() -> None:
    text = (
        "# Leaving Care Support\n\n"
        "Tarnley Metropolitan Borough Council\n\n"
        "Work Practice Handbook\n\n"
        "Issue 7.1\n\n"
        "Revised May 2025\n\n"
        "## Scope\n\n"
        "This chapter sets out how Tarnley supports young people who are leaving its care.\n"
    )
    assert "Revised May 2025" not in _title_text(text)
