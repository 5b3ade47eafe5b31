"""Page chrome of round 86 (decision 0148), saved as HTML: a tab strip whose other tabs link to
other pages ("Overview | Procedures | Forms") shows the page's one view, so its label heads
nothing; tabs that set a chapter's sections out as panels still head them (decision 0140).
Each case is written for this test in our own words."""

from __future__ import annotations

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


def test_tabs_to_other_pages_leave_the_one_panel_unheaded() -> None:
    text = _render(
        "<main><h1>Fostering Values</h1>"
        '<ul role="tablist"><li><a role="tab" href="#summary">Summary</a></li>'
        '<li><a role="tab" href="/fostering/steps">Steps</a></li>'
        '<li><a role="tab" href="/fostering/forms">Forms</a></li></ul>'
        '<div id="summary" role="tabpanel"><h2>Introduction</h2>'
        "<p>This chapter says what our fostering service believes.</p></div></main>"
    )
    assert "Summary" not in text
    assert "## Introduction" in text


def test_tabs_that_set_out_sections_still_head_their_panels() -> None:
    text = _render(
        "<main><h1>Fostering Values</h1>"
        '<ul role="tablist"><li><a role="tab" href="#one">Our Values</a></li>'
        '<li><a role="tab" href="#two">Our Promise</a></li>'
        '<li><a role="tab" href="/fostering/forms">Forms</a></li></ul>'
        '<div id="one" role="tabpanel"><p>We are honest and kind with every child.</p></div>'
        '<div id="two" role="tabpanel" hidden><p>We keep brothers and sisters together.</p></div>'
        "</main>"
    )
    assert "## Our Values" in text and "## Our Promise" in text
