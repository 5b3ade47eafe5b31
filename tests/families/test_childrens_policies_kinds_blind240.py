"""Cues of blind round 240 (decision 0364): readers said to be bound by the pages or covered by
what is written here, and the chapter's principles said to hold in every part of the service
(scope); the council's corporate parenting body, or its members, opening a paragraph (corporate
parenting). In our own words, none of them the set's sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Social workers, family support staff and the agencies we commission are bound by these "
        "pages in the same way.",
        "Every member of the fostering team is covered by what is written here.",
        "Agency staff and volunteers are bound by this document from their first day.",
    ],
)
def test_readers_bound_by_the_pages_is_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "These principles apply to every part of our early help and social care services.",
        "Our values hold across all areas of the directorate, including the teams we commission.",
    ],
)
def test_principles_that_hold_in_every_part_of_the_service_is_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


def test_principles_that_apply_to_children_are_not_scope(cues):
    opening = "These principles apply to every child we look after and to every care leaver."
    assert cues.content_kind(opening) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Members of the Corporate Parenting Board visit a children's home each spring.",
        "Councillors who sit on the Corporate Parenting Panel receive training every year.",
    ],
)
def test_the_corporate_parenting_body_opening_a_paragraph_is_corporate_parenting(cues, opening):
    assert cues.content_kind(opening) == "corporate_parenting"


@pytest.mark.parametrize(
    "opening",
    [
        "Members of the Adoption Panel meet monthly to consider matches for children.",
        "The Corporate Parenting Committee meets every quarter and hears from young people.",
    ],
)
def test_another_panel_or_the_body_alone_is_not_cued(cues, opening):
    assert cues.content_kind(opening) != "corporate_parenting"


@pytest.mark.parametrize(
    "opening",
    [
        "Honesty, patience and courage are the qualities we expect of every practitioner.",
        "Candour, kindness and reliability are the standards our staff hold themselves to.",
    ],
)
def test_three_qualities_named_as_the_standards_asked_are_values(cues, opening):
    assert cues.content_kind(opening) == "values"


def test_three_things_wanted_for_children_are_not_values(cues):
    opening = "Health, learning and friendship are the things we want for every child in care."
    assert cues.content_kind(opening) != "values"
