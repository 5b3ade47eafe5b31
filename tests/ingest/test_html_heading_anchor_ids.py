"""A heading whose `id` is its own words made a link target (blind388): "sharing" or "social"
in `id="sharing-records-with-partners"` names the heading, as a contents list or a "link to
this section" icon needs it to, and does not mark it as a page's share row or social links.
An id that is not the heading's words, and a class, still mark chrome as before."""

from __future__ import annotations

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


_OPENING = (
    "<main><h1>Fostering Standards and Values</h1>"
    "<h2 id='purpose'>Purpose</h2><p>This chapter tells carers and staff what the fostering "
    "service expects of itself and of the households it approves.</p>"
)


def test_a_heading_named_by_its_own_words_with_a_chrome_word_is_kept() -> None:
    text = _render(
        _OPENING + "<h2 id='sharing-records-with-partners'>Sharing records with partners"
        "<a href='#sharing-records-with-partners' aria-hidden='true'>#</a></h2>"
        "<p>Carers pass on what a school or doctor needs to know about the child they look "
        "after, and nothing more.</p></main>"
    )
    assert "## Sharing records with partners" in text
    assert "Carers pass on what a school" in text


def test_a_heading_whose_id_differs_from_its_words_is_still_chrome() -> None:
    text = _render(
        _OPENING + "<p>Carers are reviewed once a year by a panel.</p>"
        "<h2 id='social-share'>Tell a friend about fostering</h2></main>"
    )
    assert "Tell a friend about fostering" not in text


def test_a_heading_classed_as_chrome_is_still_dropped_whatever_its_id() -> None:
    text = _render(
        _OPENING + "<p>Carers are reviewed once a year by a panel.</p>"
        "<h2 class='share-title' id='spread-the-word'>Spread the word</h2></main>"
    )
    assert "Spread the word" not in text
