"""Saved pages of the sixty-sixth blind round (decision 0120): a hero banner outside `<main>`
holding the chapter's `<h1>` and the page's stamp line under it."""

from __future__ import annotations

from app.ingest.read import read_source

_MAIN = (
    "<main><h2>Amendment</h2><p>This chapter was revised in May 2025 to add the new respite "
    "offer.</p><h2>Introduction</h2><p>Our short breaks service gives disabled children time "
    "away from home with people they know.</p></main>"
)


def _page(hero: str) -> bytes:
    return (
        "<html><head><title>Short breaks | Holmbury Council</title></head><body>"
        "<header><a href='/'>Holmbury Council</a></header>"
        "<div class='hero'>" + hero + "</div>" + _MAIN + "</body></html>"
    ).encode()


def test_a_stamp_under_a_hero_title_outside_main_is_kept_with_it() -> None:
    page = _page(
        "<p class='kicker-line'>Disabled children's procedures</p>"
        "<h1>Short Breaks Policy</h1>"
        "<p class='meta'>Published: 4 April 2021 &middot; Last updated: 12 May 2025</p>"
    )
    text = read_source(page, "page.html").text
    assert text.startswith(
        "# Short Breaks Policy\n\nPublished: 4 April 2021 · Last updated: 12 May 2025\n\n"
    )
    assert "Disabled children's procedures" not in text


def test_a_line_under_a_hero_title_that_dates_nothing_stays_out() -> None:
    page = _page("<h1>Short Breaks Policy</h1><p>Time away, planned with you.</p>")
    text = read_source(page, "page.html").text
    assert text.startswith("# Short Breaks Policy\n\n## Amendment")
    assert "Time away" not in text
