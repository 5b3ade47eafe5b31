"""A heading line the family's cues claimed first ranks with the plain sentence-case lines beside
it when it has their shape (decision 0090).

Written for this test in our own words; not copied from any case document.
"""

from tests.sections.helpers import assert_tiles, outline_of

_PAGE = (
    "Policies, Values and Principles\n"
    "Who this is for\n"
    "This chapter applies to every worker in the children's service and to the agencies we pay.\n"
    "What we hold to\n"
    "We are honest with families. We keep our promises, and we say sorry when we get it wrong.\n"
    "Finding a settled home\n"
    "Children are best brought up within their own families. Each child in our care has a plan "
    "for permanence by their second review, and brothers and sisters live together.\n"
    "{heading}\n"
    "Young people who leave our care keep a personal adviser until they are 21, and a pathway "
    "plan they help to write.\n"
)


def _headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_a_claimed_line_shaped_like_the_sentence_lines_opens_its_own_section():
    outline = outline_of(_PAGE.format(heading="Growing up and moving on"), "plain")
    assert_tiles(outline)
    headings = _headings(outline)
    assert headings[-2:] == [
        ("key_principles", "Finding a settled home"),
        ("key_principles", "Growing up and moving on"),
    ]


def test_two_claimed_lines_alone_between_blank_lines_still_join():
    text = (
        "Policy, Values and Principles\n\nKinship care\n\nWe look first to grandparents, aunts "
        "and friends. They are assessed quickly.\n\nLeaving care\n\nCare leavers keep a personal "
        "adviser until they are 21.\n"
    )
    outline = outline_of(text, "plain")
    assert [kind for kind, _heading in _headings(outline)].count("key_principles") == 1
