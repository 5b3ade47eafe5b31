"""Leftovers the session's rounds noticed, measured in the misses44 round (decision 0295).

Each case is written for this test in our own words about invented councils: a dated sentence
in the council's voice opens the scope only where what the council did was change the text; a
service named by service words alone is no practice model's section; an "Approved:" line that
names who approved dates a chapter that states no amendment of its own, as the same line with
its date last does.
"""

import re
import tomllib
from pathlib import Path

import pytest

from app.sections.classify import Cues
from tests.families.fact_helpers import fact_value

_FAMILY = Path(__file__).resolve().parents[2] / "app" / "families" / "childrens_policies"


@pytest.mark.parametrize(
    "opening",
    [
        "In March 2026 we opened two new family hubs in the east of the borough.",
        "In September 2025 we launched a mentoring scheme for care leavers.",
        "During May 2025 we recruited twelve new foster carers.",
        "In January 2026 we appointed a virtual school head for children with social workers.",
        "Since April 2024 we have trained every social worker in restorative practice.",
    ],
)
def test_a_dated_work_of_the_council_is_not_an_amendment_note(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "In March 2026 we added a paragraph on short breaks for disabled children.",
        "In July 2025 we corrected the age at which the personal adviser offer ends.",
        "In October 2024, we clarified the part on family group conferences.",
        "Since June 2025 we have removed the old references to the 2018 guidance.",
        "In February 2026 we simplified the wording of the section on permanence.",
        "In November 2025 we shortened our timescale for a permanence plan to three months.",
    ],
)
def test_a_dated_change_of_the_text_is_an_amendment_note(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Family Support is the council's approach to working with children.",
        "Children's Social Care is our approach to working with families.",
        "Targeted Youth Support is our approach to working with children and families.",
        "Our Early Help Service is our approach to working with families.",
    ],
)
def test_a_service_named_as_our_approach_opens_no_practice_model(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Brightwater Circles is our approach to working with families.",
        "Family Bridges is the council's approach to working with children.",
        "Open Hearth is our approach to practice.",
    ],
)
def test_a_models_own_name_as_our_approach_still_opens_the_model(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "practice_model"


def test_the_cues_service_words_are_facts_service_words() -> None:
    """The section cue spells out facts.toml's `service_words`: the two lists may not drift."""
    facts = tomllib.loads((_FAMILY / "facts.toml").read_text(encoding="utf-8"))
    words = set(facts["named_models"]["service_words"])
    kinds = (_FAMILY / "kinds.toml").read_text(encoding="utf-8")
    lookahead = re.search(r"\^\(\?!\(\(our\|the\|and\|of\|for\|&\|([^)]*)\) \)\+is", kinds)
    assert lookahead is not None
    in_cue = {word.replace("['\u2019]", "'") for word in lookahead.group(1).split("|")}
    assert in_cue == words


_CHAPTER = (
    "Care Leavers Offer on a Page\n\n"
    "ABOUT THIS OFFER\n"
    "{control}\n"
    "Owner: Head of Service, Leaving Care\n\n"
    "OUR PROMISES\n"
    "We keep in touch with every care leaver and we answer their calls.\n"
)


def _amendment(control: str) -> object:
    return fact_value(_CHAPTER.format(control=control), "amendment_date")


@pytest.mark.parametrize(
    ("control", "day"),
    [
        ("Approved: 12 May 2025 by the Corporate Parenting Board", "2025-05-12"),
        ("Approved - 3 February 2026 by Cabinet", "2026-02-03"),
        ("Approved: 18 September 2024 by the Director of Children's Services.", "2024-09-18"),
        ("**Approved:** 9 January 2026 by the Leadership Team", "2026-01-09"),
    ],
)
def test_an_approved_line_naming_who_approved_dates_the_chapter(control: str, day: str) -> None:
    assert _amendment(control) == day


def test_a_bare_approved_field_still_dates_nothing() -> None:
    assert _amendment("Approved: 12 May 2025") is None


def test_an_approved_line_gives_no_day_to_an_amendment_stated_for_its_month() -> None:
    control = (
        "Approved: 14 October 2025 by the Corporate Parenting Board\n"
        "Amended: October 2025, the staying close offer added"
    )
    assert _amendment(control) == "2025-10"


def test_approved_words_inside_a_sentence_date_nothing() -> None:
    control = (
        "Our hubs, approved: 4 March 2025 by the Cabinet of the county and its partners, open "
        "on weekdays."
    )
    assert _amendment(control) is None
