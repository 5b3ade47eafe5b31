"""A chapter written as a letter dates itself on the line above its greeting as it does under
its signature (blind round 225, decision 0346): that date, alone on its line with at most a few
short lines (the addressee, a reference) before "Dear …,", is the chapter's amendment where the
chapter states none of its own, and never the page's last-updated stamp. In our own words."""

from __future__ import annotations

from tests.reading import facts_of

_BODY = (
    "Dear colleague,\n\n"
    "I am writing to set out the values on which our work rests. We are honest with families "
    "and we keep our promises.\n\n"
    "Every child in care should have a permanence plan within four months.\n\n"
    "Yours sincerely,\n\nRobin Ash\n\nDirector of Children's Services\n"
)


def test_the_date_above_the_greeting_is_the_amendment() -> None:
    facts = facts_of("Policies, Values and Principles\n\n11 June 2026\n\n" + _BODY)

    assert facts["amendment_date"].value == "2026-06-11"
    assert facts["last_updated"].value is None


def test_the_addressee_may_stand_between_the_date_and_the_greeting() -> None:
    text = (
        "Policies, Values and Principles\n\n11 June 2026\n\n"
        "All children's services staff\nCounty Hall\n\n" + _BODY
    )
    facts = facts_of(text)

    assert facts["amendment_date"].value == "2026-06-11"


def test_a_chapter_that_states_its_amendment_keeps_it() -> None:
    """A cover letter's date before a chapter that says when it was amended dates nothing."""
    body = _BODY.replace("Every child", "This chapter was amended in May 2026. Every child")
    facts = facts_of("Policies, Values and Principles\n\n11 June 2026\n\n" + body)

    assert facts["amendment_date"].value == "2026-05"
    assert not facts["amendment_date"].conflict


def test_a_date_above_a_paragraph_is_no_letters_date() -> None:
    text = (
        "Policies, Values and Principles\n\n11 June 2026\n\n"
        "We are honest with families and we keep our promises.\n\n"
        "Every child in care should have a permanence plan within four months.\n"
    )
    facts = facts_of(text)

    assert facts["amendment_date"].value != "2026-06-11"
