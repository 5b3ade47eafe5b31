"""A heading that only hints at a kind ("Our ambitions" hints at values) yields to the kind model
when the model clearly prefers another kind for the heading and its text, and keeps its hint
when the model's preference is weak or close."""

import pytest

from app.families import get_family
from app.sections import split_sections
from tests.sections.helpers import SameReading, assert_tiles

TEXT = (
    "Children's Services Policies, Values and Principles\n\n"
    "Our ambitions\n\n"
    "We want this to be a place where every child is safe, healthy and happy, and where "
    "children who had a hard start are given every chance to catch up.\n"
)


def _heading_kind(scores: dict[str, float]) -> tuple[str, str]:
    outline = split_sections(TEXT, get_family().kinds, "plain", SameReading(scores))  # type: ignore[arg-type]
    assert_tiles(outline)
    section = outline.sections[-1]
    assert section.heading == "Our ambitions"
    return section.kind, section.decided_by


def _scores(vision: float, values: float) -> dict[str, float]:
    rest = (1.0 - vision - values) / 3
    return {"vision": vision, "values": values, "scope": rest, "other": rest, "title": rest}


@pytest.mark.parametrize(("vision", "values"), [(0.75, 0.17), (0.9, 0.05), (0.65, 0.2)])
def test_a_clear_preference_of_the_model_overrules_the_hint(vision, values):
    assert _heading_kind(_scores(vision, values)) == ("vision", "model")


@pytest.mark.parametrize(
    ("vision", "values"),
    [
        (0.45, 0.05),  # the model is not sure of any kind
        (0.55, 0.3),  # sure enough, but the hinted kind is close behind
        (0.3, 0.6),  # the model agrees with the hint
    ],
)
def test_a_weak_or_close_preference_keeps_the_hint(vision, values):
    assert _heading_kind(_scores(vision, values)) == ("values", "heading")


TWO_KINDS = (
    "Children's Services Policies, Values and Principles\n\n"
    "Our vision and values\n\n"
    "We want every child here to grow up safe. We are honest with families, we listen to "
    "children and we treat everyone with respect.\n"
)


def _two_kinds_heading(scores: dict[str, float]) -> tuple[str, str]:
    outline = split_sections(TWO_KINDS, get_family().kinds, "plain", SameReading(scores))  # type: ignore[arg-type]
    assert_tiles(outline)
    section = outline.sections[-1]
    assert section.heading == "Our vision and values"
    return section.kind, section.decided_by


def test_a_heading_naming_two_kinds_holds_the_one_its_text_is_clearly_about():
    """ "Our vision and values" names vision by its cue; a text clearly about values makes it
    values, while a text the model cannot tell apart keeps the cue's kind."""
    assert _two_kinds_heading(_scores(vision=0.05, values=0.9)) == ("values", "model")
    assert _two_kinds_heading(_scores(vision=0.3, values=0.6)) == ("vision", "heading")
    assert _two_kinds_heading(_scores(vision=0.9, values=0.05)) == ("vision", "heading")


def test_a_heading_naming_one_thing_in_two_words_keeps_its_cue():
    """Negative: "Our vision and rationale" names vision alone; the text cannot move it."""
    text = TWO_KINDS.replace("Our vision and values", "Our vision and rationale")
    outline = split_sections(text, get_family().kinds, "plain", SameReading(_scores(0.05, 0.9)))  # type: ignore[arg-type]
    assert (outline.sections[-1].kind, outline.sections[-1].decided_by) == ("vision", "heading")
