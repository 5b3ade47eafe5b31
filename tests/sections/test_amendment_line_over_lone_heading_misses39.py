"""A page copied as text whose only heading, "Who this chapter covers", stands under an
amendment line calling the amendment the most recent or the latest (decision 0279): a clause
asking about the text itself heads a section though it is the page's only sentence-case line
(the text under it names the kind), and the line is the chapter's amendment note, an un-headed
scope section of its own beside it (decisions 0042, 0085). Every case is written for this test
in our own words. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.reading import facts_of
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_PAGE = (
    "Fostering Panel Values and Principles\n"
    "{line}\n\n"
    "{heading}\n"
    "This procedure is for all practitioners in the fostering service at Brackley Moor "
    "Council, and for the carers they support.\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Who this chapter covers", "What this procedure sets out", "Who these pages reach"],
)
def test_a_lone_clause_about_the_text_heads_its_section(heading: str) -> None:
    outline = outline_of(_PAGE.format(line="Last amended: 4 March 2025", heading=heading))
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert [kind for kind, _ in sections] == ["title", "scope", "scope"]
    assert sections[2][1].startswith(heading[:15])


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Most recent amendment to this chapter: July 2025", "2025-07"),
        ("The latest amendment to the procedure - October 2024", "2024-10"),
        ("Latest amendment: 3/2025", "2025-03"),
    ],
)
def test_the_most_recent_amendment_line_is_the_scope_note(line: str, month: str) -> None:
    text = _PAGE.format(line=line, heading="Who this chapter covers")
    outline = outline_of(text)
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert [kind for kind, _ in sections] == ["title", "scope", "scope"]
    assert sections[1][1].startswith(line[:20])
    assert facts_of(text)["amendment_date"].value == month


def test_a_lone_sentence_line_not_about_the_text_heads_nothing() -> None:
    text = (
        "Fostering Panel Values and Principles\n\n"
        "We recruit carers for children of every age in the borough.\n\n"
        "Children settle best close to home\n"
        "We recruit carers for children from birth to 18 and for young people staying put.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [heading for heading in (s.heading for s in outline.sections) if heading] == [
        "Fostering Panel Values and Principles"
    ]


def test_the_most_recent_amendment_of_the_law_stays_no_scope_note() -> None:
    text = _PAGE.format(
        line="Most recent amendment to the Children Act: 2017 reforms",
        heading="Who this chapter covers",
    )
    assert facts_of(text)["amendment_date"].value is None
