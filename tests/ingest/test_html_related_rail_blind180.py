"""A rail of the site's other pages after the chapter's body, offered as the reader's next step
("You might also be interested in", decision 0287), is dropped with its links, as a "Related
pages" box is; a sentence of the chapter that opens with the same words is kept. Each page is
written for this test in our own words."""

from __future__ import annotations

import pytest

from app.ingest import read_source

_CHAPTER = (
    "<article><h1>Family Help Policies and Principles</h1><h2>Leaving care</h2><p>A personal "
    "adviser stays with each young person leaving our care until they are twenty-one.</p>"
    "</article>"
)


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


@pytest.mark.parametrize(
    ("wrapper", "heading"),
    [
        ("section", "You might also be interested in"),
        ("div", "You may also be interested in"),
        ("aside", "You may also like"),
        ("section", "People also viewed"),
    ],
)
def test_a_rail_of_other_pages_after_the_body_is_dropped(wrapper: str, heading: str) -> None:
    text = _render(
        f"<main>{_CHAPTER}<{wrapper} class='promo'><h2>{heading}</h2><ul>"
        "<li><a href='/fostering'>Fostering in Wenbury</a></li>"
        "<li><a href='/local-offer'>The local offer for care leavers</a></li></ul>"
        f"</{wrapper}></main>"
    )
    assert "until they are twenty-one." in text
    assert heading not in text
    assert "Fostering in Wenbury" not in text


def test_a_sentence_of_the_chapter_opening_with_the_same_words_is_kept() -> None:
    text = _render(
        f"<main>{_CHAPTER}<div><p>You might also be interested in the procedure on staying put, "
        "which explains how a young person can stay with their foster carers.</p></div></main>"
    )
    assert "You might also be interested in the procedure on staying put" in text
