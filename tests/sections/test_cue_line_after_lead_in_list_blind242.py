"""A line the cues name as a heading of another kind, under a list of bare lines that hangs
from a lead-in ending in a colon, with prose under it and no blank lines anywhere (a page copied
without its bullets or spacing): it heads that prose (decision 0366). Texts in our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_TEXT = (
    "Children's Services Policies, Values and Principles\n"
    "Introduction\n"
    "Brackwater children's services work within the law and the guidance that goes with it."
    " Our duties come from these Acts:\n"
    "Children Act 1989\n"
    "Adoption and Children Act 2002\n"
    "Children and Social Work Act 2017\n"
    "{line}\n"
    "Health visitors, schools, the police and the voluntary sector work beside us, and each of"
    " them shares its worries about a child with us as soon as it has them.\n"
    "Corporate Parenting\n"
    "The council is a corporate parent to every child in its care and follows the seven"
    " principles in all it does for them.\n"
)


def test_a_cue_line_of_another_kind_after_the_list_heads_its_prose() -> None:
    outline = outline_of(_TEXT.format(line="Working with Partners"))
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 21)
    assert ("shared_responsibility", "Working with Partners") in starts


def test_a_line_naming_a_statute_stays_one_more_item() -> None:
    outline = outline_of(_TEXT.format(line="Working Together to Safeguard Children 2023"))
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 21)
    assert not any(start.startswith("Working Together") for _, start in starts)
