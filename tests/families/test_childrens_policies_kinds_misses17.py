"""Cues of known-misses round seventeen (decision 0175): records about someone named between
said to be kept safely, the qualities families are to find in the service, two qualities said
a sentence each, and a quality put first; values now break away by their cues. In our own
words; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Records about our children in care are kept safely and shared only where it is lawful.",
        "Information about families we support is stored securely on our own systems.",
    ],
)
def test_records_about_someone_kept_safely_are_information_sharing(cues, opening):
    assert cues.content_kind(opening) == "information_sharing"
    assert cues.breakaway_kind(opening) == "information_sharing"


def test_records_kept_by_someone_are_not_information_sharing(cues):
    opening = "Records about contact visits are kept by the foster carer in a diary."
    assert cues.content_kind(opening) != "information_sharing"


@pytest.mark.parametrize(
    "opening",
    [
        "We want every family, and all our young people, to find us fair, patient and truthful.",
        "We are honest with parents, even when it is hard. We are curious about what lies behind "
        "the worry, and we are kind.",
        "Honesty comes first. We tell families plainly what worries us and why.",
        "Kindness comes first in everything our staff do with children.",
    ],
)
def test_qualities_of_the_service_are_values_and_break_away(cues, opening):
    assert cues.content_kind(opening) == "values"
    assert cues.breakaway_kind(opening) == cues.breakaway_kind_plain(opening) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "We want every family to find us easily: our offices are open from nine to five.",
        "We are honest with families about the waiting times for an assessment.",
        "Safety comes first when a child is at risk of significant harm.",
    ],
)
def test_near_misses_are_not_values(cues, opening):
    assert cues.content_kind(opening) != "values"
