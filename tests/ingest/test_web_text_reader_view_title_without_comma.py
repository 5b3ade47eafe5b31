"""A reader view's head (decision 0302): the site's address alone above the title, the byline
and the reading time under it. A title with no comma is a short label line like the byline;
it stays the title, and the byline and the badge go. Our own words, invented councils."""

from __future__ import annotations

from app.ingest import read_source

BODY = (
    "\nThis chapter explains how we support foster carers and the children they look after.\n"
    "\nOur values\n\nWe listen to children.\n"
)


def _text(head: str) -> str:
    return read_source((head + BODY).encode(), "page.txt").text


def test_a_title_without_a_comma_under_the_address_stays_over_a_short_byline() -> None:
    text = _text(
        "ashdownfold.gov.uk\nFostering Values and Principles\nAshdownfold Council\n6 min read\n"
    )
    assert text.startswith("Fostering Values and Principles\n")
    assert "Ashdownfold Council" not in text and "min read" not in text


def test_a_title_without_a_comma_stays_over_a_long_byline() -> None:
    text = _text(
        "www.kelmere.gov.uk\nOur Values for Children\n"
        "Kelmere Borough Council Family Help and Practice Quality Service\n4\u20136 minutes\n"
    )
    assert text.startswith("Our Values for Children\n")
    assert "Quality Service" not in text and "minutes" not in text


def test_a_title_with_only_the_badge_under_it_still_stays() -> None:
    text = _text("ashdownfold.gov.uk\nFostering Values and Principles\n5 min read\n")
    assert text.startswith("Fostering Values and Principles\n")


def test_a_sentence_under_the_title_is_no_byline() -> None:
    text = _text(
        "ashdownfold.gov.uk\nFostering Values\nWe review this chapter every year.\n6 min read\n"
    )
    assert text.startswith("Fostering Values\n")
    assert "We review this chapter every year." in text
