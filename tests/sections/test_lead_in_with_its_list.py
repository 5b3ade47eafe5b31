"""A section whose body is a lead-in and the list it announces ("Care leavers told us what
mattered, and we wrote these promises with them:", then the promises) has said its piece: the
lead-in points ahead, but what it points to is already in the section. A heading of the same
rank after the list is the section's sibling, not a sub-heading under a lead-in, however the
model reads its kind (decision 0428). A one-sentence lead-in with no list under it still
introduces the headings that follow.

Each page is written for this test in our own words.
"""

from app.sections.assemble import _holds_its_list
from app.sections.raw import RawBlock
from tests.sections.helpers import assert_tiles, outline_of

_PAGE = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Our values\n\nWe are honest with families and we keep our word.\n\n"
    "## What we promise care leavers\n\n"
    "Care leavers told us what mattered, and we wrote these promises with them:\n\n"
    "- a worker who answers your calls and messages;\n"
    "- help to find and keep a home;\n"
    "- money advice before you move out;\n"
    "- a say in every plan about you.\n\n"
    "## {second}\n\n"
    "{body}\n\n"
    "## Sharing information\n\nWe share information only where the law allows it.\n"
)

_SECOND = [
    (
        "Support close to home",
        "Early help workers and social workers now share four town offices, so a family keeps "
        "the same worker as its needs change and is not sent from one team to the next.",
    ),
    (
        "Money and housing",
        "Care leavers can ask for a setting-up-home grant, and the housing team keeps homes "
        "for young people who are ready to live on their own.",
    ),
]


def test_heading_after_a_lead_in_and_its_list_opens_a_sibling() -> None:
    for second, body in _SECOND:
        outline = outline_of(_PAGE.format(second=second, body=body), "markdown")
        headings = [section.heading for section in outline.sections]
        assert second in headings, headings
        assert "What we promise care leavers" in headings
        assert_tiles(outline)


def _block(kind: str) -> RawBlock:
    return RawBlock(type=kind, start=0, end=0, content_start=0, content_end=0)


def test_only_a_lead_in_over_its_list_counts() -> None:
    heading, lead, item = _block("heading"), _block("paragraph"), _block("list_item")
    assert _holds_its_list([heading, lead, item, item, item, heading], 0, 5)
    assert not _holds_its_list([heading, lead, item, item, heading], 0, 4)
    assert not _holds_its_list([heading, lead, heading], 0, 2)
    assert not _holds_its_list([heading, item, item, item, heading], 0, 4)
    assert not _holds_its_list([heading, lead, item, item, item, lead, heading], 0, 6)
