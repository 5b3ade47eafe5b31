"""A markdown page whose review panel sets each label in bold over its value ("**Last reviewed
by**", then "Principal Social Worker"): the panel is the page's record and stays with the title,
and the amendment note under it opens the scope section (blind286). Wordings are our own."""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _sections(page: str) -> list[tuple[str, str | None, str]]:
    analyzed = analyze(read_source(page.encode(), "chapter.md"), get_family())
    return [
        (section.kind, section.heading, section.text.strip())
        for section in analyzed.outline.sections
    ]


PANELS = (
    "# Fostering Service Statement of Purpose\n\n"
    "**Document lead**\nFostering Team Manager\n\n"
    "**Checked by**\nRegistered Manager\n\n"
    "**Date checked**\n18 May 2026\n\n"
    "Revised in April 2026: the section on support for carers now names the out-of-hours line.\n\n"
    "## Our aims\n\n"
    "We want every child placed with our carers to feel settled and safe.\n"
)


def test_bold_label_panels_stay_with_the_title() -> None:
    sections = _sections(PANELS)
    assert sections[0][0] == "title"
    assert "Date checked" in sections[0][2]
    assert "Registered Manager" in sections[0][2]
    assert sections[1][1] is None
    assert sections[1][2].startswith("Revised in April 2026")
    assert all(heading != "Document lead" for _kind, heading, _text in sections)


def test_a_bold_heading_over_prose_stays_a_heading() -> None:
    page = (
        "# Fostering Service Statement of Purpose\n\n"
        "**Our aims**\nWe want every child placed with our carers to feel settled and safe.\n\n"
        "**Support for carers**\nEvery carer has a supervising social worker who visits monthly.\n"
    )
    headings = [heading for _kind, heading, _text in _sections(page)]
    assert "Our aims" in headings
    assert "Support for carers" in headings
