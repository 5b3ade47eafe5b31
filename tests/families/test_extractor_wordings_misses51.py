"""Amendment wordings blind set 242 left dating nothing (decision 0376): the chapter's last
revision "of it", and the chapter "in force in its current form since" a month. Each is a
statement about the chapter's own text, as "This edition of the chapter came into force on …"
(decision 0259) and "The most recent changes to it were made in …" (decision 0255) are; "it"
dates the chapter only where the sentence before names the chapter.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from tests.families.fact_helpers import fact_text

_TITLE = "Policies, Values and Principles\n\n"
_AFTER = "\n\nWe listen to children before we decide anything about their lives.\n"


def _amendment(paragraph: str) -> str | None:
    return fact_text(f"{_TITLE}{paragraph}{_AFTER}", "amendment_date")


def test_our_last_revision_of_it_dates_the_chapter_named_before() -> None:
    paragraph = (
        "This chapter describes what guides children's services in Pellworth. "
        "Our most recent revision of it was in October 2025."
    )
    assert _amendment(paragraph) == "2025-10"


def test_the_last_revision_of_it_when_it_is_a_plan_dates_nothing() -> None:
    paragraph = (
        "Every child in care has a care plan agreed with them. "
        "Our last revision of it was in October 2025."
    )
    assert _amendment(paragraph) is None


def test_the_chapter_in_force_in_its_current_form_since_a_month() -> None:
    assert (
        _amendment("This procedure has been in force in its present form since 1 June 2025.")
        == "2025-06-01"
    )


def test_it_in_force_in_its_current_form_dates_the_chapter_named_before() -> None:
    paragraph = (
        "This guidance is for every practitioner in Pellworth's children's services. "
        "It has been in force in its current form since February 2026."
    )
    assert _amendment(paragraph) == "2026-02"


def test_an_act_in_force_in_its_current_form_dates_nothing() -> None:
    paragraph = (
        "The Children Act 1989 sets out the council's main duties. "
        "It has been in force in its current form since January 2015."
    )
    assert _amendment(paragraph) is None
