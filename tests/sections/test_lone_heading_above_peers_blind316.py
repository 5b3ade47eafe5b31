"""A Word chapter whose editor set one heading a style above all the others (decision 0456): the
body opens at the others' level, so the lone heading's style ranks nothing and the headings after
it are its peers, not its parts; and a lone bold line standing in for the heading style is the
peer of the styled heading after it, so a same-kind heading there is its sibling (decision 0043).
Written for this test in our own words about invented councils."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of
from tests.sections.outline_helpers import section_kinds

_TITLE = "# Children's Services Policies, Values and Principles\n\n"

_SCOPE = (
    "### Who should read this\n\n"
    "These pages are for every practitioner in Marlbeck's children's services and for the "
    "carers and agencies who look after children for the borough.\n\n"
)
_LAW = (
    "## Our footing in law\n\n"
    "The borough's duties come mainly from the Children Act 1989 and the Children and Social "
    "Work Act 2017.\n\n"
)
_AFTER = (
    "### Things we hold to\n\n"
    "We tell families the truth, we turn up when we say we will, and we never stop listening "
    "to children.\n\n"
    "### Confidential records\n\n"
    "Information about a family is kept securely and passed on only where a child's safety or "
    "the law requires it.\n"
)


def test_headings_after_a_lone_higher_heading_are_its_peers() -> None:
    assert section_kinds(_TITLE + _SCOPE + _LAW + _AFTER, "markdown") == [
        "title",
        "scope",
        "introduction",
        "values",
        "information_sharing",
    ]


def test_two_headings_at_the_higher_level_keep_the_outline() -> None:
    text = (
        _TITLE
        + _SCOPE
        + _LAW
        + _AFTER.replace("### Confidential records", "## Confidential records")
    )
    assert "values" not in section_kinds(text, "markdown")


def test_a_lone_higher_heading_before_the_others_keeps_them_under_it() -> None:
    text = _TITLE + _LAW + _AFTER
    assert section_kinds(text, "markdown") == ["title", "introduction"]


def test_a_lone_bold_line_is_the_peer_of_the_styled_heading_after_it() -> None:
    text = (
        _TITLE + _SCOPE + "### Our practice model\n\n"
        "Our practitioners use the Open Hand practice model: they work in small pods so that "
        "each family knows two workers well, and every plan is reviewed with the family.\n\n"
        "**A settled place to grow up**\n\n"
        "Where a child cannot go home, relatives are asked first. A plan for where the child "
        "will grow up is agreed within four months of their coming into care. It is explained "
        "to the child in words they understand.\n\n"
        "### Growing up and moving on\n\n"
        "Young people who leave Marlbeck's care keep a personal adviser until they are 21, or "
        "until 25 if they ask for one.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    starts = [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 40)]
    assert starts[-2:] == [
        ("key_principles", "**A settled place to grow up**"),
        ("key_principles", "### Growing up and moving on"),
    ]


def test_a_heading_set_a_level_down_under_a_bold_line_stays_its_part() -> None:
    text = (
        _TITLE + "## Who should read this\n\n"
        "These pages are for every practitioner in Marlbeck's children's services and for the "
        "carers and agencies who look after children for the borough.\n\n"
        "**Acting as the parent**\n\n"
        "Every councillor in Marlbeck shares the role of parent to the children in the "
        "borough's care. They have regard to the seven corporate parenting principles.\n\n"
        "### The Parenting Panel\n\n"
        "The panel of councillors meets every two months and hears from children in care at "
        "each meeting. It reports to the full council once a year.\n\n"
        "## Confidential records\n\n"
        "Information about a family is kept securely and passed on only where a child's safety "
        "or the law requires it.\n"
    )
    assert section_kinds(text, "markdown") == [
        "title",
        "scope",
        "corporate_parenting",
        "information_sharing",
    ]
