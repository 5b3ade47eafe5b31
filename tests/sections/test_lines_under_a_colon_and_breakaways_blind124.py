"""A list copied from a page without its bullets keeps its last line, and un-headed closing
paragraphs in the words only their own kind says break away (blind124, decision 0203).

A browser copy loses a list's bullets: "It is based on:" then one Act a line, the last line
"Working Together to Safeguard Children 2023", then a blank line and a paragraph on working with
partners. The last line speaks of partnership, but it is an item of the list its lead-in
introduces. A line with prose straight under it on a page without blank lines may be that
prose's heading, and is left to the heading rules. Every text is written for these tests in our
own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_COPIED = (
    "Children's Services Policies, Values and Principles\n\n"
    "Amendment\n"
    "In May 2025 this chapter was brought up to date with the new list of legislation.\n\n"
    "Introduction\n"
    "This policy gives the legal basis for the work that Upton Marsh children's services do with "
    "children and their families, and the principles every worker should follow. It rests "
    "on{lead_in}\n"
    "Children Act 1989\n"
    "Children Act 2004\n"
    "Children and Families Act 2014\n"
    "Children and Social Work Act 2017\n"
    "Working Together to Safeguard Children 2023\n\n"
    "Good safeguarding needs partners who trust each other. Schools, health services, the "
    "police and the voluntary sector in Upton Marsh share a single set of multi-agency "
    "procedures, and we always respond when a partner raises a concern about a child.\n\n"
    "Our values\n"
    "We listen to children and we are honest with their parents about what worries us.\n\n"
    "Corporate parenting\n"
    "The council is the corporate parent of its Looked After Children and follows the seven "
    "principles.\n"
)


def test_the_last_line_of_a_list_under_a_colon_stays_in_its_list() -> None:
    outline = outline_of(_COPIED.format(lead_in=":"))
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 30)
    assert ("shared_responsibility", "Working Together to Safeguard") not in starts
    introduction = next(s for s in outline.sections if s.kind == "introduction")
    assert "Working Together to Safeguard Children 2023" in introduction.text


def test_lines_under_a_sentence_are_not_held_as_its_list() -> None:
    # No colon introduces the lines: the rule holds nothing, and the reading is the model's.
    outline = outline_of(_COPIED.format(lead_in=" these Acts."))
    assert_tiles(outline)
    assert outline.sections[2].kind == "introduction"


_NO_BLANK_LINES = (
    "Children's Services Policies, Values and Principles\n"
    "Scope of this chapter\n"
    "This chapter applies to everyone who works in Upton Marsh children's services.\n"
    "Introduction\n"
    "This policy sets out the framework within which Upton Marsh children's services work with "
    "children, young people and their families. It is underpinned by the following Acts:\n"
    "Children Act 1989\n"
    "Children Act 2004\n"
    "Children and Families Act 2014\n"
    "Children and Social Work Act 2017\n"
    "Equality Act 2010\n"
    "A Shared Responsibility\n"
    "The Upton Marsh Safeguarding Partnership brings together the council, the integrated care "
    "board and the police. Schools and charities all have a duty to help keep children safe.\n"
    "Key Values\n"
    "Children's welfare comes first. We involve children in decisions about their lives and we "
    "are honest with their parents about what worries us.\n"
    "Corporate Parenting\n"
    "As a corporate parent, the council aims to give Looked After Children the care any good "
    "parent would give, and it has adopted the seven corporate parenting principles.\n"
)


def test_a_line_with_prose_straight_under_it_may_still_head_it() -> None:
    outline = outline_of(_NO_BLANK_LINES)
    assert_tiles(outline)
    assert ("shared_responsibility", "A Shared Responsibility") in kinds_and_starts(outline, 23)


_HEADED = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## {heading}\n\n"
    "{first}\n\n"
    "{second}\n\n"
    "{closing}\n\n"
    "## Our practice\n\n"
    "Our practice model is Signs of Safety, which every team in the service uses with families.\n"
)


def test_confidentiality_said_to_matter_closes_the_principles_as_its_own_section() -> None:
    text = _HEADED.format(
        heading="Guiding principles",
        first="Help should come early, and children should stay with their parents wherever "
        "that can be made safe, or else with relatives and friends they already know.",
        second="Care leavers have a personal adviser until they are 21, and until 25 if they "
        "ask us for one, whatever they are doing at the time.",
        closing="Confidentiality matters to every family who trusts us with their story. We "
        "keep records securely and share them only when the law allows and a child needs it.",
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert ("information_sharing", "Confidentiality matters") in kinds_and_starts(outline, 23)


def test_everybodys_business_closes_the_corporate_parenting_as_its_own_section() -> None:
    text = _HEADED.format(
        heading="Standing by our children",
        first="When the council looks after a child, every councillor and officer shares the "
        "job of being that child's parent, and the law gives us seven principles to follow.",
        second="Children in our care tell us how we are doing through their own council, which "
        "meets the lead member every two months.",
        closing="Keeping children safe is everybody's business. The police, schools, health "
        "services and charities work with us under one set of multi-agency procedures.",
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert ("shared_responsibility", "Keeping children safe") in kinds_and_starts(outline, 21)
