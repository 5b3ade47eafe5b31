"""Facts in wordings the 380th blind round showed the reader missing (decision 0559): a numbered
version said to be the chapter's and to have been signed off on a date, which dates the
amendment and gives the label, and a model known by a name among the council's own people
("known across its teams as …", "known to staff as …"). Written for these tests in our own words
about invented councils; each near miss is a sentence a careless reader would take."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


def test_a_numbered_edition_of_the_chapter_agreed_on_a_day_dates_it_and_labels_it() -> None:
    text = _chapter(
        "Edition 3 of the chapter was agreed by the Children's Services Board on 9 June 2025, "
        "and it supersedes edition 2. It is meant for every worker in Fernhollow.",
        "Our values",
        "We are honest with families and keep our word.",
    )

    facts = facts_of(text)

    assert str(facts["amendment_date"].value) == "2025-06-09"
    assert facts["version_label"].value == "3"


def test_a_numbered_version_that_replaces_another_mid_paragraph_gives_its_number() -> None:
    text = _chapter(
        "About this chapter",
        "Everyone in Ledwick's family help teams should read this first. Version 7.1 of this "
        "policy has been signed off by the Head of Service in March 2026; it replaces version 6.",
    )

    facts = facts_of(text)

    assert str(facts["amendment_date"].value) == "2026-03"
    assert facts["version_label"].value == "7.1"


def test_a_numbered_version_not_said_to_be_the_chapters_dates_nothing() -> None:
    text = _chapter(
        "About this chapter",
        "Everyone in Ledwick's family help teams should read this first. Version 3 was approved "
        "by the board in March 2021, before the teams were merged.",
    )

    facts = facts_of(text)

    assert facts["amendment_date"].value is None


def test_a_numbered_version_said_to_have_been_withdrawn_labels_nothing() -> None:
    text = _chapter(
        "About this chapter",
        "Everyone in Ledwick's family help teams should read this first.",
        "Version 2 of this chapter was withdrawn in 2023 after the service was restructured.",
    )

    assert facts_of(text)["version_label"].value is None


@pytest.mark.parametrize(
    "known",
    [
        "known across its teams as",
        "known to staff as",
        "known among practitioners as",
        "known throughout our teams as",
    ],
)
def test_a_model_known_by_a_name_among_the_councils_people_is_named(known: str) -> None:
    text = _chapter(
        "How we practise",
        f"The borough's model of practice, {known} Harbour Steps, begins every assessment with "
        "the family's own account of what has happened.",
    )

    assert facts_of(text)["named_models"].value == ["Harbour Steps"]


def test_a_practice_framework_known_to_staff_by_a_name_is_named() -> None:
    text = _chapter(
        "Our practice framework",
        "Our practice framework, known to staff as Open Gate, asks workers to plan with the "
        "whole family network.",
    )

    assert facts_of(text)["named_models"].value == ["Open Gate"]
