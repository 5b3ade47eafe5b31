"""A stamp that names the whole manual or site it belongs to ("Handbook last updated: <day>" in
a procedures host's top bar) dates every page there, not this chapter's page, so it gives no
`last_updated`; the page's own stamp still does (decision 0525). Wordings are our own."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_PAGE = (
    "Fernholt Family Support Procedures\n"
    "{stamp}\n"
    "Search\n"
    "2.4 Fostering Values and Principles\n"
    "{own}"
    "Scope of this chapter\n"
    "This chapter was revised in June 2025 to add the new carers' charter.\n"
    "Our values\n"
    "Carers are part of the team around each child and are told what we know.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Handbook last updated: 14 August 2025",
        "Website last reviewed 2 September 2025",
        "This site was last updated on 30 July 2025",
    ],
)
def test_a_stamp_naming_the_whole_manual_or_site_is_not_the_pages(stamp: str) -> None:
    facts = facts_of(_PAGE.format(stamp=stamp, own=""))
    assert facts["last_updated"].value is None
    assert facts["amendment_date"].value == "2025-06"


def test_the_pages_own_stamp_is_read_beside_the_sites() -> None:
    page = _PAGE.format(
        stamp="Handbook last updated: 14 August 2025", own="Last updated: 3 July 2025\n"
    )
    assert facts_of(page)["last_updated"].value == "2025-07-03"


def test_a_page_stamp_after_the_councils_name_is_still_the_pages() -> None:
    page = _PAGE.format(stamp="Fernholt Council", own="Page last updated: 3 July 2025\n")
    assert facts_of(page)["last_updated"].value == "2025-07-03"
