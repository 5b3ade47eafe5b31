"""A post's byline as the page's stamp, which the 231st blind round showed the family not reading
(decision 0355): "Posted by <name> on <day>" dates the page as "Published" does, the page's last
update unless the chapter states a later amendment; a byline with no day stamps nothing. Our own
wordings."""

import pytest

from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n"
BODY = "\n\nOur values\n\nWe listen to children and act on what they say.\n"


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("Posted by Lena Marsh on 9 April 2026 in Social Care", "2026-04-09"),
        ("Posted on 21 March 2026", "2026-03-21"),
    ],
)
def test_a_posts_byline_dates_the_page(byline: str, day: str) -> None:
    text = TITLE + byline + "\nThis chapter was amended in March 2026." + BODY
    assert facts_of(text)["last_updated"].value == day


def test_a_post_older_than_the_stated_amendment_is_its_first_publication() -> None:
    text = (
        TITLE
        + "Posted by Lena Marsh on 9 April 2024 in Social Care\n"
        + "This chapter was amended in March 2026."
        + BODY
    )
    assert facts_of(text)["last_updated"].value is None


def test_a_posted_sentence_in_the_chapter_is_no_stamp() -> None:
    text = (
        TITLE
        + "This chapter was amended in March 2026."
        + BODY
        + "\nMinutes are posted to carers on 4 May 2026 at the latest.\n"
    )
    assert facts_of(text)["last_updated"].value is None
