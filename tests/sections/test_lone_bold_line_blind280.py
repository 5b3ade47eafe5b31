"""A lone bold line among marked-up headings (decision 0414): a Google Docs chapter whose editor
set every heading but one in a heading style writes that one as a bold paragraph between two
`##` headings, after text of the heading above. Where the kind model is all but sure that the
line and its text are another kind than the section above, the line heads a section of its own;
a lone bold line of the section's own topic, or one of a series of bold sub-headings, stays a
part of the section. Every text is written for these tests in our own words; sections still
tile the text."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 60)]


_OPENING = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## About this chapter\n\n"
    "This chapter applies to all staff in the Fenwold children's services. It was amended in "
    "May 2025.\n\n"
    "## Corporate parenting\n\n"
    "The council is the corporate parent of every child in its care, and must have regard to "
    "the seven corporate parenting principles in all it does for them.\n\n"
)
_CLOSING = (
    "## Confidentiality\n\n"
    "We share personal information only where the law allows it and a child needs it.\n"
)


def test_a_lone_bold_line_over_another_kind_heads_its_own_section() -> None:
    text = (
        _OPENING + "**A home for the rest of childhood**\n\n"
        "Each child in care has a plan for permanence agreed at the second review, whether "
        "that means going home, living with family or friends, long-term fostering or adoption. "
        "Young people who leave care have a personal adviser up to 21, or 25 if they wish.\n\n"
        + _CLOSING
    )
    kinds = [kind for kind, _ in _kinds(text)]
    starts = [start for _, start in _kinds(text)]
    assert "**A home for the rest of childhood**" in starts
    assert kinds[starts.index("**A home for the rest of childhood**")] == "key_principles"


def test_a_lone_bold_line_of_the_sections_own_topic_stays_its_part() -> None:
    text = (
        _OPENING + "**Councillors and officers alike**\n\n"
        "Every elected member and every officer shares the corporate parenting duties, and the "
        "corporate parenting board checks each year how well the council meets them for the "
        "children it looks after.\n\n" + _CLOSING
    )
    starts = [start for _, start in _kinds(text)]
    assert "**Councillors and officers alike**" not in starts


def test_a_bold_line_right_under_its_heading_stays_its_first_part() -> None:
    text = (
        _OPENING.replace(
            "The council is the corporate parent of every child in its care, and must have "
            "regard to the seven corporate parenting principles in all it does for them.\n\n",
            "",
        )
        + "**A home for the rest of childhood**\n\n"
        "Each child in care has a plan for permanence agreed at the second review.\n\n" + _CLOSING
    )
    starts = [start for _, start in _kinds(text)]
    assert "**A home for the rest of childhood**" not in starts
