"""A bare "Principles" heading only hints the key principles (decision 0149): over what the
service believes about families, honesty and respect the kind model reads values and the hint
yields, which also leaves the key principles free for the permanence and leaving-care headings
that come later in the chapter; over the principles of work it stands.

Each chapter is written for this test in our own words.
"""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

BELIEFS = (
    "We believe that families deserve honesty and respect, and that people are able to change. "
    "We are fair, we are open about our worries, and we build on what is already going well "
    "in a family.\n\n"
)

CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Principles\n\n" + BELIEFS + "Our council as parent\n\n"
    "The council is the corporate parent of all its Looked After Children and care leavers and "
    "has regard to the seven corporate parenting principles in all it does.\n\n"
    "Security\n\n"
    "Where a child cannot safely live at home we look first to the wider family. Every child "
    "who is looked after should have a permanence plan within four months.\n"
)


def test_a_bare_principles_heading_over_beliefs_reads_values():
    outline = outline_of(CHAPTER)
    assert_tiles(outline)
    kinds = [kind for kind, _ in kinds_and_starts(outline)]
    assert kinds == ["title", "values", "corporate_parenting", "key_principles"]


def test_a_bare_principles_heading_over_principles_of_work_stands():
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Principles\n\n"
        "The welfare of the child is paramount. Children are best brought up within their own "
        "families, and every child who is looked after should have a permanence plan within four "
        "months.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "key_principles"]
