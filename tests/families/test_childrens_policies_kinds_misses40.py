"""Known-misses round forty (decision 0280): the corporate parent named as each councillor or
officer ("Every councillor and officer is a corporate parent"), and the agencies named as the
subject that shares the duty to children ("Schools, health services and the police all share
our duty …") as the opening of a section on shared responsibility.

Each sentence is written for this test in our own words, about councils that do not exist.
"""

import pytest

from app.families import get_family
from app.sections import split_sections
from tests.sections.helpers import assert_tiles


@pytest.mark.parametrize(
    "opening",
    [
        "Every councillor and officer is a corporate parent and keeps the seven principles in "
        "mind when deciding anything for our children in care.",
        "Each elected member is a corporate parent to the young people Rowan Heath looks after.",
        "Every officer of Tamsby, whatever their job, is a corporate parent.",
        "Each councillor and each officer at Cloverdale acts as a corporate parent.",
    ],
)
def test_each_councillor_or_officer_named_a_corporate_parent_is_corporate_parenting(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "corporate_parenting"


@pytest.mark.parametrize(
    "opening",
    [
        # a councillor doing something else, no corporate parent named
        "Every councillor receives a briefing on the local offer for care leavers.",
        # a corporate parent named far past the opening words
        "Each officer who works with young people leaving care, in any of the teams across the "
        "county, is trained every year by the leaving care service, which is a corporate parent.",
    ],
)
def test_other_sentences_about_councillors_are_not_cued_so(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "corporate_parenting"


@pytest.mark.parametrize(
    "opening",
    [
        "Schools, health services, the police and voluntary groups all share our duty to these "
        "children.",
        "The police, schools and the health visiting service share the responsibility for "
        "noticing when a child is at risk.",
        "Health, education and the police jointly share the duty to keep children in Orrin "
        "Vale safe.",
        "GPs, schools and youth workers share a responsibility to tell us when they are worried.",
    ],
)
def test_agencies_named_as_sharing_the_duty_open_shared_responsibility(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        # councillors and officers sharing the council's duty: corporate parents, no agencies
        "Councillors and officers all share the council's duty to children in care.",
        # agencies named, but nothing said to be shared
        "Schools, health services and the police are told when a child comes into care.",
        # the sharing said long after the agencies, past the opening words
        "Schools in the north of the county, where the rural transport links are very poor "
        "and families travel far, have asked whether the council would share the duty.",
    ],
)
def test_other_sentences_about_sharing_or_agencies_are_not_shared_responsibility(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) != "shared_responsibility"


CHAPTER = (
    "Caring for Children in Lowmere\n\n"
    "We believe every child in our care should feel safe, listened to and hopeful about what "
    "comes next, and we are honest with children and their families even when it is hard.\n\n"
    "Each councillor and officer of Lowmere is a corporate parent to the children we look "
    "after, and asks of every decision whether it would be good enough for their own child.\n\n"
    "Health visitors, schools and the police share our duty to these children, and they meet "
    "us every month to plan for any child they are worried about.\n"
)


class ValuesModel:
    """A kind model that reads every passage as values, as a model that cannot tell these
    paragraphs apart would leave them all in the section they follow."""

    kinds = ("values", "corporate_parenting", "shared_responsibility", "other")

    def probabilities(self, texts):
        return [
            {"values": 0.7, "corporate_parenting": 0.1, "shared_responsibility": 0.1, "other": 0.1}
            for _ in texts
        ]


def test_unheaded_paragraphs_opening_on_the_cues_open_their_own_sections() -> None:
    outline = split_sections(CHAPTER, get_family().kinds, "plain", ValuesModel())  # type: ignore[arg-type]
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert kinds[-2:] == ["corporate_parenting", "shared_responsibility"]
