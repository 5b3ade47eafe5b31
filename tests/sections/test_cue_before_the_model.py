"""A heading that only hints at a kind ("How we practise" hints at the principles of work) takes
the kind a content cue finds in the paragraph under it before the kind model may overrule the
hint (decision 0092): the cue names what the paragraph says ("In Fernleigh we work
restoratively"), the model only weighs its words. Without a cue the model still overrules a hint
it clearly disagrees with, and a heading cue (not a hint) is still final.

Each passage is written for this test in our own words.
"""

from app.families import get_family
from app.sections import split_sections
from tests.sections.helpers import SameReading, assert_tiles, outline_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


# Very sure of values: the kind the real model once gave a restorative way of working.
_SURE_OF_VALUES = {
    "values": 0.9,
    "key_principles": 0.02,
    "practice_model": 0.02,
    "scope": 0.02,
    "other": 0.02,
    "title": 0.02,
}


def _last(text: str) -> tuple[str, str]:
    outline = split_sections(text, get_family().kinds, "plain", SameReading(_SURE_OF_VALUES))  # type: ignore[arg-type]
    assert_tiles(outline)
    section = outline.sections[-1]
    return section.kind, section.decided_by


def test_a_content_cue_under_a_hinted_heading_outranks_a_sure_model() -> None:
    text = (
        _TITLE + "How we practise\n\n"
        "In Fernleigh we work restoratively, so plans are made with a family and not for it.\n"
    )
    assert _last(text) == ("practice_model", "cue")


def test_without_a_cue_the_sure_model_still_overrules_the_hint() -> None:
    text = (
        _TITLE + "How we practise\n\n"
        "Fernleigh is a small coastal borough. Social workers visit families at home and keep "
        "brothers and sisters together where they can.\n"
    )
    assert _last(text) == ("values", "model")


def test_a_heading_cue_stays_final_over_a_cue_of_another_kind() -> None:
    text = (
        _TITLE + "Our practice model\n\n"
        "Our core values are honesty, warmth and persistence, and they shape how we use it.\n"
    )
    assert _last(text) == ("practice_model", "heading")


def test_the_real_model_reads_a_restorative_way_of_working_as_the_practice_model() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## About this chapter\n\nThis chapter applies to every children's social care team.\n\n"
        "## How we practise\n\n"
        "Across Fernleigh we work restoratively: people are more likely to change when "
        "things are done with them. Our teams are also trauma-informed.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    section = outline.sections[-1]
    assert (section.kind, section.decided_by) == ("practice_model", "cue")
