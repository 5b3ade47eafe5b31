"""The family's date extractors on wordings met in blind round 241 (decision 0365): an "Updated
<day> - ..." note that tells its change in a list's or a figure's words, and a page's byline that
names its author before "Published <day>". Each case is in our own words; each negative case is
a wording a careless reader would take for the fact."""

from __future__ import annotations

from tests.reading import facts_of

_TITLE = "Safeguarding Adults Policy\n\n"
_BODY = "\n\nPurpose\n\nThis policy tells staff what to do when they are worried about an adult.\n"


def _dates(line: str) -> tuple[object, object]:
    facts = facts_of(_TITLE + line + _BODY)
    return facts["amendment_date"].value, facts["last_updated"].value


def test_an_update_note_whose_change_is_a_shorter_list_dates_the_amendment() -> None:
    assert _dates("Updated 12/05/2026 - the list of contacts was shortened.") == (
        "2026-05-12",
        None,
    )
    assert _dates("Updated 3 June 2026: the timescale for a strategy meeting was tightened.")[
        0
    ] == ("2026-06-03")


def test_an_update_stamp_alone_stays_the_pages_date() -> None:
    assert _dates("Updated 12 May 2026") == (None, "2026-05-12")


def test_a_byline_naming_its_author_before_published_stamps_the_page() -> None:
    assert _dates("Priya Dhillon Published 4 March 2026")[1] == "2026-03-04"
    assert _dates("By Priya Dhillon, published 4 March 2026")[1] == "2026-03-04"


def test_a_sentence_saying_something_was_published_is_no_byline() -> None:
    assert _dates("The national guidance was published 4 March 2026.")[1] is None


def test_a_headline_like_line_further_down_is_no_byline() -> None:
    facts = facts_of(
        _TITLE + "Purpose\n\nStaff act when worried.\n\nMore\n\nStill more.\n\n"
        "Annual Report Published 4 March 2026\n"
    )
    assert facts["last_updated"].value is None
