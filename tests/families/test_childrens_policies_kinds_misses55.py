"""Cues added in known-misses round 55 (decision 0410): three qualities said to guide how the
service's people behave (values), and sharing information said first to matter, with what it
does (information sharing). Both kinds break away, so a paragraph opening so and closing a
headed section of another kind opens a section of its own. Each wording is written for this
test in our own words, with negatives."""

from __future__ import annotations

import pytest

from app.sections.classify import Cues
from tests.reading import read_kinds_and_headings


@pytest.mark.parametrize(
    "opening",
    [
        "Fairness, openness and kindness guide the way we behave with every family we meet.",
        "Patience, candour and warmth shape how our staff work, whatever the pressure.",
        "Courage, humility, and respect steer the way our practitioners treat families.",
    ],
)
def test_three_qualities_guiding_how_we_behave_open_the_values(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Safety, permanence and stability guide decisions about where a child lives.",
        "Law, guidance and policy guide the courts in every case.",
    ],
)
def test_other_things_guiding_other_work_are_not_values(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening) != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Sharing information at the right time can save a child's life.",
        "Timely sharing of information keeps children safe and spares families repeat visits.",
        "Sharing information early helps partners act before harm is done.",
    ],
)
def test_sharing_information_said_to_matter_opens_information_sharing(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "information_sharing"


def test_sharing_a_plan_with_a_family_is_no_information_sharing_cue(cues: Cues) -> None:
    assert (
        cues.content_kind("Sharing the plan with the family is the first step of every visit.")
        != "information_sharing"
    )


def test_unheaded_paragraphs_closing_headed_sections_break_away() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n"
        "Working with others\n"
        "Keeping children safe is work we share. We meet the police, schools and health "
        "services every month under the Ashcombe Safeguarding Children Partnership.\n"
        "Patience, candour and warmth shape how our staff work. We ask every worker to keep "
        "their promises to children and to say plainly what worries them.\n"
        "Our plan for the next three years\n"
        "Over the next three years we will open two more family hubs and recruit more foster "
        "carers who live near the schools our children attend.\n"
        "Sharing information at the right time can save a child's life. Staff follow the "
        "council's protocol and record what they shared, with whom and why.\n"
    )
    kinds = [kind for kind, _heading in read_kinds_and_headings(text, "chapter.txt")]
    assert "values" in kinds
    assert kinds[-1] == "information_sharing"
