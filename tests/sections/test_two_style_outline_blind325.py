"""A chapter whose editor set its topics in one heading style and every part of a topic two
styles further down, the style between them never used (Word's Heading 1 over Heading 3, a
page's `<h2>` over `<h4>`), still ranks its headings: the two styles are the outline's two
ranks, and the parts stay in their topic's section, however their own words read (decision
0472). Styles that wander over three levels, or whose first heading is the lower style, rank
nothing, as before (decision 0173).

Written for this test in our own words; not copied from any case document.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_openings

_TITLE = "# Policies, Values and Principles\n\n"

_TWO_STYLES = (
    _TITLE + "## Who should read this\n\n"
    "These pages are for every worker in the borough's children's services, and for the "
    "people we pay to care for children on our behalf.\n\n"
    "## The beliefs we work by\n\n"
    "Three beliefs sit under every decision we take.\n\n"
    "#### Keeping people together\n\n"
    "We try to keep the same worker with a family for as long as we can. Children tell us "
    "that changing workers is one of the hardest parts of being in care.\n\n"
    "#### Fair to everyone\n\n"
    "We notice how money worries, racism and disability shape families' lives. We do not let "
    "them shape how we judge a parent.\n\n"
    "#### Trusted with secrets\n\n"
    "What a family tells us is kept confidential and shared with another agency only when "
    "the law allows it or a child would otherwise be at risk.\n\n"
    "## How we practise\n\n"
    "Our social workers use Signs of Safety. With each family they map what is going well, "
    "what worries everyone and what has to happen next.\n"
)


def test_parts_two_styles_down_stay_in_their_topic() -> None:
    kinds = kinds_and_openings(_TWO_STYLES, "markdown", 30)
    starts = [start for _, start in kinds]
    assert not any(start.startswith("####") for start in starts)
    assert [kind for kind, _ in kinds] == ["title", "scope", "values", "practice_model"]


def test_a_part_on_another_topic_stays_in_its_topic() -> None:
    kinds = kinds_and_openings(_TWO_STYLES, "markdown", 30)
    assert "information_sharing" not in [kind for kind, _ in kinds]


def test_two_styles_opening_with_the_lower_one_still_rank_nothing() -> None:
    text = (
        _TITLE + "#### Who should read this\n\n"
        "These pages are for every worker in the borough's children's services, and for the "
        "people we pay to care for children on our behalf.\n\n"
        "## The beliefs we work by\n\n"
        "We are honest with families, we keep our word, and we listen to children before we "
        "decide anything about them.\n\n"
        "#### Keeping records private\n\n"
        "What families tell us is stored securely and passed on only when a child's safety or "
        "the law requires it. The reasons for sharing are always written down.\n"
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown", 30)]
    assert kinds[-1] == "information_sharing"
    assert len(kinds) == 4
