"""The service saying in its own words that it uses a practice model known by name ("We use
Restorative Practice in all our work …"): a practice-model opening, and one whose paragraph
breaks away from another kind's section though the practice model as a kind does not (a
`breakaway_cues` entry, misses round 21, decision 0191). Each case is written for this test in
our own words, with near misses that must not be read so."""

from pathlib import Path

import pytest

from app.families.kind_data import read_kinds
from app.sections.classify import compile_cues


@pytest.mark.parametrize(
    "opening",
    [
        "We use Restorative Practice in all our work with care leavers: we work with them, not "
        "for them.",
        "We have adopted Signs of Safety across every team in the service.",
        "We all work to Family Safeguarding, with adult specialists in each team.",
        "We now follow Safe and Together whenever domestic abuse is part of a family's story.",
    ],
)
def test_we_using_a_known_model_is_the_practice_model_and_breaks_away(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "practice_model"
    assert cues.breakaway_kind(opening) == "practice_model"
    assert cues.breakaway_kind_plain(opening) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "We do not use Signs of Safety, though some of our neighbours do.",
        "We use a great many tools with families, from genograms to ecomaps.",
        "Our neighbours use Restorative Practice in their youth offending service.",
    ],
)
def test_no_known_model_said_as_ours_is_no_breakaway(cues, opening: str) -> None:
    assert cues.breakaway_kind(opening) != "practice_model"


def test_a_practice_model_named_otherwise_still_does_not_break_away(cues) -> None:
    # A practice-model cue that is not a breakaway cue: the kind stays in its place.
    opening = "Our practice model, Restorative Practice, asks every worker to work with families."
    assert cues.content_kind(opening) == "practice_model"
    assert cues.breakaway_kind(opening) is None


def test_breakaway_cues_are_read_as_content_cues_after_them(tmp_path: Path) -> None:
    kinds_file = tmp_path / "kinds.toml"
    kinds_file.write_text(
        "[[kinds]]\n"
        'slug = "model"\n'
        'label = "Model"\n'
        "content_cues = ['^our model is']\n"
        "breakaway_cues = ['^we use the lantern model']\n",
        encoding="utf-8",
    )
    (kind,) = read_kinds(kinds_file)
    assert kind.content_cues == ("^our model is", "^we use the lantern model")
    assert kind.breakaway_cues == ("^we use the lantern model",)
    assert not kind.breaks_away
    compiled = compile_cues((kind,))
    assert compiled.breakaway_kind("We use the Lantern model with every family.") == "model"
    assert compiled.breakaway_kind("Our model is the Lantern model.") is None
