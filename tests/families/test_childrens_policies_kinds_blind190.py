"""Section kinds met in blind round 190 (decision 0301), in chapters with no headings: a chapter
setting out "the policy within which" its service works (the introduction's framework, not the
scope); a lead-in "We want … children to:" over a list of outcomes; a paragraph opening on the
youth forum or council that young people are consulted through; leaving care said to be a
process rather than a date. Each document is written for this test in our own words."""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _kinds(text: str) -> list[str]:
    analyzed = analyze(read_source(text.encode(), "page.md"), get_family())
    return [section.kind for section in analyzed.outline.sections]


def _starts(text: str) -> list[tuple[str, str]]:
    analyzed = analyze(read_source(text.encode(), "page.md"), get_family())
    return [(section.kind, section.text[:30]) for section in analyzed.outline.sections]


TITLE = "Children's Services Policies, Values and Principles\n\n"
VALUES = (
    "We are patient, truthful and hopeful in everything we do. Families should know where they "
    "stand with us and why.\n\n"
)
SHARING = (
    "Personal information is kept securely and shared with other agencies only where the law "
    "allows it and a child's welfare needs it.\n\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter sets out the policy within which our staff work with children in need",
        "This document outlines the policy under which Wendbury's services support children",
    ],
)
def test_the_policy_within_which_the_service_works_is_the_introduction(opening: str) -> None:
    law = (
        f"{opening} and their families. The Acts it rests on are these:\n\n"
        "* the Children Act 1989;\n* the Children Act 2004;\n"
        "* the Children and Families Act 2014.\n\n"
    )
    kinds = _kinds(TITLE + VALUES + law + SHARING)
    assert "introduction" in kinds
    assert "scope" not in kinds


def test_a_chapter_setting_out_its_values_still_says_what_it_covers() -> None:
    scope = (
        "This chapter sets out the values that guide Wendbury's children's services. It was "
        "last amended in February 2026.\n\n"
    )
    assert _kinds(TITLE + scope + VALUES + SHARING)[1] == "scope"


@pytest.mark.parametrize(
    "lead_in",
    [
        "We want cared for children to:",
        "We want every young person we look after to:",
        "We would like all our children to:",
    ],
)
def test_a_lead_in_to_a_list_of_outcomes_opens_the_outcomes(lead_in: str) -> None:
    outcomes = (
        f"{lead_in}\n\n* be healthy and happy;\n* be safe at home and online;\n"
        "* enjoy school and do well there;\n* have friends they can count on.\n\n"
    )
    assert ("key_outcomes", lead_in[:30]) in _starts(TITLE + VALUES + outcomes + SHARING)


def test_a_lead_in_about_staff_is_not_outcomes() -> None:
    staff = (
        "We want our staff to:\n\n* keep learning;\n* ask for help early;\n* look after each "
        "other.\n\n"
    )
    assert "key_outcomes" not in _kinds(TITLE + VALUES + staff + SHARING)


@pytest.mark.parametrize(
    "opening",
    [
        "The Wendbury Youth Council meets twice a term in the town hall. Young people aged 12 to",
        "Our young people's panel is consulted on every new service. Its members, aged 13 to",
    ],
)
def test_a_paragraph_on_the_youth_forum_is_consultation(opening: str) -> None:
    forum = f"{opening} 18, also help to choose the managers who will run their services.\n\n"
    assert ("key_principles", opening[:30]) in _starts(TITLE + VALUES + SHARING + forum)


@pytest.mark.parametrize(
    "opening",
    [
        "Leaving care is a process, not a date.",
        "Moving on from care should be a gradual transition.",
    ],
)
def test_leaving_care_as_a_process_is_a_principle(opening: str) -> None:
    families = (
        "Children are best brought up by their own families, and we offer help early so that "
        "they can stay together safely.\n\n"
    )
    leaving = (
        f"{opening} Every young person who leaves our care can have a personal adviser until "
        "they are 25.\n\n"
    )
    parenting = (
        "Wendbury Council and its partners are corporate parents to every child in care and "
        "every care leaver, and they have regard to the seven corporate parenting principles.\n\n"
    )
    starts = _starts(TITLE + VALUES + families + leaving + parenting + SHARING)
    assert ("corporate_parenting", parenting[:30]) in starts
    assert all(kind != "corporate_parenting" for kind, start in starts if start == opening[:30])
