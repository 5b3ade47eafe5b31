"""A site's news rail beside the chapter ("Latest news" over links to stories, each with its
date) is chrome; a chapter's own note headed "Latest news" is not (blind242, decision 0366)."""

from __future__ import annotations

from app.ingest.read import read_source

_CHAPTER = (
    "<h1>Fostering Standards</h1>"
    "<p>This chapter tells carers and social workers in Milbourne how we approve and support"
    " foster carers, and what every child placed with them can expect.</p>"
    "<p>We visit each carer at least once a month and review their approval every year.</p>"
)


def _page(rail: str) -> bytes:
    return (
        "<html><body><div id='main-content' role='main'>"
        f"<div class='col-8'>{_CHAPTER}</div><div class='col-4'>{rail}</div>"
        "</div></body></html>"
    ).encode()


def test_a_news_rail_of_story_links_with_dates_is_dropped() -> None:
    rail = (
        "<div class='portlet'><h2>News</h2><ul>"
        "<li><a href='/news/library-hours'>Longer library opening hours from June</a>"
        " <span>3 June 2026</span></li>"
        "<li><a href='/news/park-run'>Park run returns to Milbourne Common</a>"
        " <span>28 May 2026</span></li></ul></div>"
    )
    text = read_source(_page(rail), "page.html").text
    assert "review their approval every year" in text
    assert "Park run" not in text and "News" not in text and "2026" not in text


def test_another_news_heading_over_links_only_is_dropped() -> None:
    rail = (
        "<section><h3>Recent news</h3>"
        "<p><a href='/news/one'>New family hub opens in the town centre</a></p>"
        "<p><a href='/news/two'>Councillors visit the youth council</a></p></section>"
    )
    text = read_source(_page(rail), "page.html").text
    assert "family hub" not in text and "Recent news" not in text


def test_a_chapter_note_headed_latest_news_in_prose_is_kept() -> None:
    note = (
        "<div><h2>Latest news</h2><p>We rewrote this chapter in May 2026 to describe the new"
        " support for carers of teenagers.</p></div>"
    )
    text = read_source(_page(note), "page.html").text
    assert "Latest news" in text
    assert "We rewrote this chapter in May 2026" in text


def test_a_news_heading_with_one_link_in_a_paragraph_of_prose_is_kept() -> None:
    note = (
        "<div><h2>News and updates</h2><p>From September carers will be paid the new allowance"
        " rates, which the fostering panel agreed after consulting every carer in the borough;"
        " the <a href='/allowances'>rates</a> are listed in the carers' handbook.</p></div>"
    )
    text = read_source(_page(note), "page.html").text
    assert "new allowance rates" in text or "new allowance" in text
