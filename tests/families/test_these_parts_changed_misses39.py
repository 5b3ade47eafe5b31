"""An amendment said of the page's own parts, pointed at with "these" and then called "them"
(decision 0279): "We looked at these promises again with … and changed them in …" in the
text's opening dates its amendment; a plural that is the service's, or the same words under a
heading of another kind, do not.

Each case is written for this test in our own words, not copied from a set's documents.
"""

from tests.reading import facts_of


def test_we_reviewed_these_promises_and_updated_them_dates_the_amendment() -> None:
    text = (
        "Our Promises to Children in Care\n\n"
        "This page is for every young person we look after. We reviewed these promises with our "
        "youth panel and updated them in September 2025.\n\n"
        "We will listen to you\n\nWe ask for your views before every review.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-09"


def test_these_pledges_rewritten_after_a_clause_dates_the_amendment() -> None:
    text = (
        "Care Leavers: Our Pledges\n\n"
        "This page is for every care leaver of Marlow Vale Council. Last spring we read "
        "these pledges through with care leavers, and then rewrote them in June 2024.\n\n"
        "Money\n\nEvery care leaver gets a setting-up-home grant.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-06"


def test_a_plural_of_the_service_changed_is_no_amendment() -> None:
    text = (
        "Our Promises to Children in Care\n\n"
        "This page is for every young person we look after. We met our foster carers in the "
        "spring and changed them over to the new allowance in April 2025.\n\n"
        "We will listen to you\n\nWe ask for your views before every review.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_these_allowances_changed_are_no_amendment_of_the_text() -> None:
    text = (
        "Our Promises to Children in Care\n\n"
        "This page is for every young person we look after. We looked at these allowances "
        "again and changed them in April 2025.\n\n"
        "We will listen to you\n\nWe ask for your views before every review.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
