"""Web-page widget shapes (blind345, decision 0510): a paragraph whose only words are a span
classed as a heading level is that heading, as a paragraph so classed already is; and a news
box or carousel whose stories are headlines linking to other pages is the site's, even when each
story's date and teaser sentence outweigh its headline link."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import render_html


def _read(body: str) -> str:
    page = f"<!doctype html><html><body>{body}</body></html>"
    return read_source(page.encode(), "page.html").text


def test_a_paragraph_holding_only_a_level_classed_span_is_a_heading_of_that_level() -> None:
    text = render_html(
        "<main><h1>Family Help Values and Principles</h1>"
        "<h2>Our aims</h2><p>We want every family in Thornbury Edge to get help early.</p>"
        "<p><span class='h2'>Standing together with other agencies</span></p>"
        "<p>Health visitors, teachers and the police all see part of a child's life.</p></main>"
    )
    assert "## Standing together with other agencies\n" in text


def test_the_level_the_span_class_names_is_kept() -> None:
    text = render_html(
        "<main><h1>Family Help Values and Principles</h1>"
        "<h2>Our aims</h2><p>We want every family in Thornbury Edge to get help early.</p>"
        "<div><span class='section-heading3'>Early help first</span></div>"
        "<p>Most families ask for help before anyone else notices a problem.</p></main>"
    )
    assert "### Early help first\n" in text


def test_a_classed_span_that_is_only_part_of_its_paragraph_is_no_heading() -> None:
    text = render_html(
        "<main><h1>Family Help Values and Principles</h1>"
        "<p><span class='h2'>Please note</span> that health visitors, teachers and the police"
        " all see part of a child's life.</p></main>"
    )
    assert "# Please note" not in text
    assert "Please note that health visitors" in text


_CHAPTER = (
    "<article><h1>Family Help Values and Principles</h1>"
    "<h2>Our aims</h2><p>We want every family in Thornbury Edge to get help early, and we"
    " review how well we do it every spring with the families themselves.</p>"
    "<h2>Working with others</h2><p>Health visitors, teachers, doctors and the police each"
    " see part of a child's life, so we plan our help with them and tell them what we are"
    " doing and why.</p>"
    "<h2>Our corporate parenting</h2><p>Every councillor and officer shares the job of"
    " parenting the children the council looks after, and asks what a good parent would do"
    " before deciding anything about them.</p>"
    "<h2>Confidentiality</h2><p>What families tell us stays private unless a child needs"
    " protecting, and when we must share it we say so first.</p></article>"
)


def test_a_news_carousel_of_linked_headlines_with_teasers_is_dropped() -> None:
    carousel = (
        "<section aria-roledescription='carousel'><h2>Latest news</h2>"
        "<button>Previous</button><button>Next</button>"
        "<div role='group'><h3><a href='/news/library'>Library opens on Sundays</a></h3>"
        "<p>5 May 2026</p><p>Residents asked for weekend opening and the library will now open"
        " every Sunday afternoon through the summer months.</p></div>"
        "<div role='group'><h3><a href='/news/parks'>New play area at Mill Green</a></h3>"
        "<p>21 April 2026</p><p>Children helped to choose the swings, slides and climbing frame"
        " that were installed over the Easter holidays.</p></div></section>"
    )
    text = _read(f"<main>{_CHAPTER}{carousel}</main>")
    assert "review how well we do it every spring" in text
    assert "Library opens on Sundays" not in text
    assert "Latest news" not in text


def test_a_news_heading_over_unlinked_story_headings_stays() -> None:
    note = (
        "<section><h2>Latest news</h2>"
        "<h3>Spring 2026 revision</h3><p>We rewrote the aims in March 2026 after asking"
        " families what early help had meant to them.</p>"
        "<h3>Next steps</h3><p>We will look again at the aims once the new family hubs"
        " have been open for a year.</p></section>"
    )
    text = _read(f"<main>{_CHAPTER}{note}</main>")
    assert "We rewrote the aims in March 2026" in text
