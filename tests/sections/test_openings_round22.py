"""Readings met in the twenty-second blind round (issue 12): a bulleted list that no sentence
introduces is a section of its own, not the tail of the paragraph before it."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

UNHEADED = (
    "Policies, Values and Principles\n"
    "\n"
    "This chapter explains the purpose of Elmstead's services for children and the duties "
    "that the law gives the Council, and it is the first chapter of the manual.\n"
    "\n"
    "We cannot safeguard children alone. Under Working Together to Safeguard Children the "
    "health service, schools and the police share the work with us, and the safeguarding "
    "partnership checks how well agencies cooperate with each other.\n"
    "\n"
    "{list_intro}"
    "- Be honest with families about what worries us.\n"
    "- Listen to children and act on what they say.\n"
    "- Treat every family with respect and kindness.\n"
    "- Learn from our mistakes.\n"
    "\n"
    "Our vision is that every child in Elmstead grows up safe and happy, within their own "
    "family wherever that is possible.\n"
)


def test_bullets_straight_after_a_finished_paragraph_open_their_own_section() -> None:
    outline = outline_of(UNHEADED.format(list_intro=""))
    assert_tiles(outline)
    assert ("values", "- Be honest with families about what wor") in kinds_and_starts(outline)


def test_a_list_a_sentence_introduces_stays_with_that_sentence() -> None:
    outline = outline_of(UNHEADED.format(list_intro="Partners also sign up to these rules:\n\n"))
    assert_tiles(outline)
    starts = [start for _kind, start in kinds_and_starts(outline)]
    assert not any(start.startswith("- Be honest") for start in starts)


def test_a_list_announced_by_a_sentence_ending_in_a_full_stop_stays_with_it() -> None:
    outline = outline_of(UNHEADED.format(list_intro="Our partners sign up to the rules below.\n\n"))
    assert_tiles(outline)
    starts = [start for _kind, start in kinds_and_starts(outline)]
    assert not any(start.startswith("- Be honest") for start in starts)
