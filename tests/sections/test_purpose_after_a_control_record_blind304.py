"""A document-control record under its own heading right after the title ("Document details" over
a table of the issue, its owner and its dates) says which file this is and does not start the
chapter: the first heading after it that only hints at its kind ("Purpose") still defers to a
paragraph stating whom the chapter applies to, as it does when it is the chapter's first
heading (decision 0441, after 0071's amendment note). Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Principles for Children's Services\n\n"
_RECORD = (
    "## Document details\n\n"
    "| Issue | Lead officer | Approval date | Review due |\n|---|---|---|---|\n"
    "| 7 | Principal Social Worker | 04/03/2025 | 04/03/2026 |\n\n"
)
_PURPOSE_BODY = (
    "This chapter gives the standards the council expects of its social workers. It applies to "
    "every team in children's services and to the agencies we pay to care for children.\n\n"
)
_NEXT = "## Our values\n\nWe tell families the truth and we turn up when we say we will.\n"


@pytest.mark.parametrize("heading", ["Purpose", "Overview"])
def test_a_hinted_heading_after_the_record_stays_the_scope(heading: str) -> None:
    outline = outline_of(f"{_TITLE}{_RECORD}## {heading}\n\n{_PURPOSE_BODY}{_NEXT}", "markdown")
    assert_tiles(outline)
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert kinds[1] == ("scope", "Document details")
    assert kinds[2] == ("scope", heading)


def test_a_record_with_prose_in_it_has_started_the_chapter() -> None:
    """A scope section that says something of its own in sentences is the chapter's first: the
    hinted heading after it keeps its kind, as before."""
    record = _RECORD + (
        "This chapter is read with the others in the manual, and each of them says more about "
        "the work it describes.\n\n"
    )
    outline = outline_of(f"{_TITLE}{record}## Purpose\n\n{_PURPOSE_BODY}{_NEXT}", "markdown")
    assert_tiles(outline)
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert kinds[1] == ("scope", "Document details")
    assert kinds[2] == ("introduction", "Purpose")
