"""Tab panels that carry their own headings keep them; the tab's short label heads only a panel
that opens without one, or whose opening heading is the first of several side by side (decision
0500, after 0140). Pages written for these tests in our own words."""

from __future__ import annotations

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body><main>{body}</main></body></html>"
    return read_source(page.encode()).text


_STRIP = (
    '<div role="tablist"><button role="tab" aria-controls="a">Aims</button>'
    '<button role="tab" aria-controls="b">Rules</button></div>'
)


def test_a_panel_with_its_own_heading_is_headed_by_it_not_by_the_tab_label() -> None:
    text = _render(
        "<h1>Youth Service Charter</h1>" + _STRIP + '<div role="tabpanel" id="a"><h3>What we set'
        " out to do</h3><p>We open the clubs every evening.</p></div>"
        '<div role="tabpanel" id="b" hidden><h3>How the clubs are run</h3>'
        "<p>Volunteers are checked before they start.</p></div>"
    )
    assert "### What we set out to do\n\nWe open the clubs" in text
    assert "### How the clubs are run\n\nVolunteers" in text
    assert "Aims" not in text and "Rules" not in text


def test_a_panel_without_a_heading_still_takes_the_tab_label() -> None:
    text = _render(
        "<h1>Youth Service Charter</h1>" + _STRIP + '<div role="tabpanel" id="a">'
        "<p>We open the clubs every evening.</p></div>"
        '<div role="tabpanel" id="b" hidden><p>Volunteers are checked.</p></div>'
    )
    assert "Aims\n\nWe open the clubs" in text
    assert "Rules\n\nVolunteers" in text


def test_a_panel_of_side_by_side_sub_headings_is_headed_by_the_tab_label() -> None:
    text = _render(
        "<h1>Youth Service Charter</h1>" + _STRIP + '<div role="tabpanel" id="a">'
        "<h3>Evenings</h3><p>Open till nine.</p><h3>Weekends</h3><p>Open at noon.</p></div>"
        '<div role="tabpanel" id="b" hidden><p>Volunteers are checked.</p></div>'
    )
    assert text.index("Aims") < text.index("### Evenings") < text.index("### Weekends")
