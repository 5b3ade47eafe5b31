"""Practitioners, advisers or carers using, or working within, a name the sentence calls an
approach or a model of some sort ("…, a mentoring approach that …") open the practice model, and
the section so read names the model (blind round 377, decision 0555); a tool, the statutory
guidance or an Act so described does not. Each case is written for this test in our own words."""

import pytest

from tests.reading import facts_of
from tests.sections.helpers import outline_of


@pytest.mark.parametrize(
    "opening",
    [
        "Our personal advisers use Open Road, a mentoring approach that begins with what the "
        "young person hopes for.",
        "Our practitioners work within Quiet Steps, an approach that prepares a child for each "
        "change well ahead of it.",
        "All our foster carers follow Warm Hands, a model for calming a frightened child.",
        "Our support workers apply Lantern Talk, a listening framework in which the child sets "
        "the pace.",
    ],
)
def test_people_using_a_name_called_an_approach_open_the_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Our staff use Teams, a video-calling tool that saves travel.",
        "Our social workers follow Working Together, a framework that sets out what each "
        "agency must do.",
        "Our advisers follow the Children Act 1989, a framework for what every council owes.",
        "Our personal advisers use the bus pass scheme, a simple way to get to college.",
    ],
)
def test_a_tool_the_guidance_or_an_act_so_described_is_not(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "practice_model"


_CHAPTER = (
    "Bedrooms and Belongings: Policy, Values and Principles\n\n"
    "## Why belongings matter\n\nWe value a child's own things as part of who they are.\n\n"
    "## Quiet Steps\n\n{paragraph}\n\n"
    "## Keeping records\n\nLists of belongings are kept with the care record.\n"
)


def test_a_heading_no_cue_knows_over_working_within_it_reads_as_the_practice_model() -> None:
    text = _CHAPTER.format(
        paragraph="Our practitioners work within Quiet Steps, an approach that prepares a child "
        "for every change of home well ahead of the day."
    )
    kinds = {section.heading: section.kind for section in outline_of(text).sections}
    assert kinds["Quiet Steps"] == "practice_model"
    assert facts_of(text)["named_models"].value == ["Quiet Steps"]
