"""A heading inside the chapter worded as a site's link (decision 0193): "Privacy" over a
paragraph on how the council shares information is a section of the chapter, and is kept when
a paragraph of prose follows it; the same words over a page's tools, a list of links or
nothing are still dropped as chrome, as before."""

from __future__ import annotations

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


_LEAVING = (
    "<h2>Independence</h2><p>A personal adviser stays with each young person leaving our care "
    "until they are twenty-one.</p>"
)


def test_a_chrome_worded_heading_over_prose_is_kept() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        f"{_LEAVING}<h2>Privacy</h2><p>We share what families tell us only where the law "
        "allows it or a child would otherwise be at risk.</p></main>"
    )
    assert "## Privacy\n\nWe share what families tell us" in text


def test_a_chrome_worded_heading_at_any_level_over_prose_is_kept() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        f"{_LEAVING}<h3>Feedback</h3><p>Children tell us what they think of their reviews, "
        "and we change how we run them when they ask us to.</p></main>"
    )
    assert "### Feedback\n\nChildren tell us" in text


def test_a_chrome_worded_heading_over_links_or_short_lines_is_still_dropped() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        f"{_LEAVING}<h2>Contact us</h2><p>Phone 01632 960 000</p>"
        "<h2>Privacy</h2><ul><li><a href='/p'>Privacy notice</a></li></ul></main>"
    )
    assert "Contact us" not in text
    assert "## Privacy" not in text
    assert "Phone 01632 960 000" in text


def test_a_chrome_worded_heading_closing_the_page_is_still_dropped() -> None:
    text = _render(
        f"<main><h1>Family Help Policies and Principles</h1>{_LEAVING}<h2>Accessibility</h2></main>"
    )
    assert "Accessibility" not in text


def test_a_chrome_worded_heading_before_a_table_is_dropped_not_moved() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        f"{_LEAVING}<h2>Disclaimer</h2>"
        "<table><tr><td>Owner</td><td>Policy team</td></tr></table>"
        "<p>Everyone who works with children in our care should read this chapter "
        "again each year.</p>"
        "</main>"
    )
    assert "Disclaimer" not in text
