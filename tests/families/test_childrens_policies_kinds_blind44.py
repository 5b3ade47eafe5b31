"""Section kinds met in blind round 44 (decision 0090): an amendment stamp without "in", then
what changed after a colon or dash, is the chapter's amendment note (scope); a heading that names
leaving care as moving on ("Growing up and moving on", "Moving on from care") hints at the
principles of work.

Each passage is written for this test in our own words.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "opening",
    [
        "Amended October 2024: a new part on hearing children's voices was added.",
        "Updated May 2025 - the local offer to care leavers was rewritten.",
        "Revised February 2025 \u2013 the permanence timescale is now six months.",
        "Reviewed March, 2025: no changes to the principles, one new Act in the list.",
    ],
)
def test_a_stamp_then_what_changed_is_the_amendment_note(cues, opening):
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Updated plans are agreed with the family at every review.",
        "Reviewed placements are reported to the panel each quarter.",
    ],
)
def test_other_sentences_opening_with_the_same_verbs_are_no_scope_cue(cues, opening):
    assert cues.content_kind(opening) != "scope"


def test_the_stamp_under_the_title_keeps_its_scope_section_beside_the_scope_heading():
    text = (
        "Policies, Values and Principles\n\n"
        "Amended October 2024: a new part on listening to children was added.\n\n"
        "Who this is for\n"
        "This chapter applies to every worker in the children's service.\n\n"
        "What we believe\n"
        "We believe that children belong with their families wherever it is safe.\n"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert kinds[:3] == [
        ("title", "Policies, Values and Principles"),
        ("scope", None),
        ("scope", "Who this is for"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Growing up and moving on",
        "Moving on",
        "Moving on from care",
        "Moving on to adulthood",
    ],
)
def test_moving_on_hints_at_the_principles_of_work(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"


@pytest.mark.parametrize(
    "heading",
    ["Growing up", "Moving on from our old practice model", "Growing up safe"],
)
def test_other_growing_up_headings_are_not_the_hint(cues, heading):
    assert cues.heading_kind(heading) != "key_principles"
