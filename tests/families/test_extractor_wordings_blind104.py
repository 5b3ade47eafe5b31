"""The amendment date said by the council in its own voice after a history of the chapter
(decision 0172): "We first wrote this chapter in 2019. … and we last changed it in March 2025."
The "it" must stand for the chapter; "we changed it" of something else dates nothing.

Each case is written for this test in our own words.
"""

from __future__ import annotations

from tests.reading import facts_of


def _chapter(closing: str) -> str:
    return (
        "Policies, Values and Principles\n\n"
        "This chapter is for everyone who works with children in Dunsby, on the council's "
        "staff or on its behalf.\n\n"
        "We work with families to keep children safe and to help them thrive at home, and we "
        "plan early for children who cannot live with their parents.\n\n"
        f"{closing}\n"
    )


def test_we_last_changed_it_dates_the_chapter() -> None:
    facts = facts_of(
        _chapter(
            "We first wrote this chapter in 2020. Care leavers helped us to rewrite it in May "
            "2023, and we last changed it in February 2025."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value == "2025-02"


def test_we_most_recently_redrafted_this_chapter_dates_it() -> None:
    facts = facts_of(
        _chapter("In October 2024 we most recently redrafted this chapter."), "chapter.txt"
    )
    assert facts["amendment_date"].value == "2024-10"


def test_we_changed_something_else_dates_nothing() -> None:
    facts = facts_of(
        _chapter(
            "Our offer to care leavers is generous. We last changed it in February 2025, when "
            "the council tax exemption was added."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value is None
