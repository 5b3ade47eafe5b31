"""Sections met in the fifty-ninth blind round (decision 0113): a chapter whose one heading
("Corporate Parenting") runs on, un-headed, through the principles, the outcomes and
information sharing. Where the model parts a stretch from what comes before it but is unsure of
its kind, a content cue of a kind that breaks away names it, as it names a closing paragraph.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_OPENING = (
    "# Policies, Values and Principles\n\n"
    "This chapter applies to everyone who works in Brackwater children's services and should "
    "be read by every new member of staff.\n\n"
    "The council's duties come from the Children Act 1989 and the Children Act 2004, and from "
    "the guidance made under them for children in need and children in care.\n\n"
    "## Corporate Parenting\n\n"
    "Brackwater Council is the corporate parent of every child it looks after. Councillors "
    "visit our children's homes and every department offers our young people work experience.\n\n"
    "Children should stay with their own families wherever that is safe. When they cannot, we "
    "look to relatives and friends first, and a plan for permanence is made within six months. "
    "Young people leaving care keep their personal adviser until they are 25.\n\n"
)
_OUTCOMES = (
    "By the time they leave us, we want our children to be healthy, to be safe, to have done as "
    "well as they can at school and to have somewhere good to live. We check how far we have "
    "got each year and publish what we find.\n\n"
)
_SHARING = (
    "Information about children is private. We share it only when we must in order to keep a "
    "child safe or to give them a service, and we follow data protection law when we do.\n"
)


def test_a_cued_stretch_mid_section_takes_the_cues_kind() -> None:
    outline = outline_of(_OPENING + _OUTCOMES + _SHARING, "markdown")
    assert_tiles(outline)
    assert [kind for kind, _start in kinds_and_starts(outline)][-3:] == [
        "key_principles",
        "key_outcomes",
        "information_sharing",
    ]
    assert ("key_outcomes", "By the time they leave us") in kinds_and_starts(outline, 25)


def test_a_kind_a_later_heading_names_is_not_taken_by_the_cue() -> None:
    text = _OPENING + _OUTCOMES + "## Key Outcomes\n\nEvery child should be healthy and safe.\n\n"
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    starts = [start for kind, start in kinds_and_starts(outline, 15) if kind == "key_outcomes"]
    assert starts == ["## Key Outcomes"]
