"""A cover under the title mixes lines in large type with short plain lines; a field of the
cover's record ("Lead officer: …") is such a line however many words its value takes, so the
cover stands with the title and the chapter's first known heading opens the first section
(decision 0540). Each case is written for this test in our own words about invented councils."""

from __future__ import annotations

from tests.reading import read_kinds_and_headings

_BODY = (
    "### Scope of this guide\n\n"
    "This guide is for carers and staff in Fernhollow who help young people move home.\n\n"
    "### Our values\n\n"
    "We believe young people should be heard before any move is agreed with them.\n"
)


def _cover(field: str) -> str:
    return (
        "# Moving Home in Care\n\n"
        "## Fernhollow Borough Council\n\n"
        "## Family Services Directorate\n\n"
        "Version 3\n\n" + field + "\n\nNext review: May 2027\n\n" + _BODY
    )


def test_a_long_record_field_keeps_the_cover_with_the_title() -> None:
    sections = read_kinds_and_headings(
        _cover("Lead officer: Service Manager for Placements and Permanence Planning"),
        "chapter.md",
    )

    assert sections[0] == ("title", "Moving Home in Care")
    headings = [heading for _kind, heading in sections]
    assert "Family Services Directorate" not in headings
    assert sections[1][1] == "Scope of this guide"


def test_a_long_sentence_on_the_cover_is_no_record_field() -> None:
    sections = read_kinds_and_headings(
        _cover("Please note: this guide was rewritten after carers told us it was unclear."),
        "chapter.md",
    )

    headings = [heading for _kind, heading in sections]
    assert "Family Services Directorate" in headings
