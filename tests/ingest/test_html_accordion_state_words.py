"""An accordion of bare toggle buttons (no heading round them) whose button holds its state word
in an element of its own beside the label ("Our duties" + `<span class="icon">Open</span>`): the
label alone heads the panel (blind242, decision 0366)."""

from __future__ import annotations

from app.ingest.read import read_source

_PANEL_TEXT = (
    "We visit every foster carer at least once a month and review their approval each year,"
    " and we tell them in writing what we found."
)


def _page(button_inside: str) -> bytes:
    return (
        "<html><body><main><h1>Fostering Standards</h1>"
        "<div class='acc-item'>"
        f"<button type='button' class='acc-trigger' aria-expanded='false'>{button_inside}</button>"
        f"<div class='acc-panel' hidden><p>{_PANEL_TEXT}</p></div></div>"
        "</main></body></html>"
    ).encode()


def test_a_state_word_in_its_own_element_is_not_part_of_the_heading() -> None:
    inside = "<span>How we support carers</span><span class='acc-icon'>Open</span>"
    text = read_source(_page(inside), "page.html").text
    assert "## How we support carers\n" in text
    assert "carersOpen" not in text and "Open" not in text
    assert _PANEL_TEXT in text


def test_another_state_word_with_a_class_is_dropped_too() -> None:
    inside = "How we support carers <span class='state'>Expand</span>"
    text = read_source(_page(inside), "page.html").text
    assert "## How we support carers\n" in text
    assert "Expand" not in text


def test_a_label_that_is_only_a_state_word_keeps_it() -> None:
    text = read_source(_page("<span class='acc-label'>Open</span>"), "page.html").text
    assert _PANEL_TEXT in text


def test_a_hidden_divider_before_the_state_word_is_left_off_the_heading() -> None:
    inside = (
        "<span class='acc-heading-text'>How we support carers</span>"
        "<span class='visually-hidden acc-divider'>, </span>"
        "<span class='acc-toggle'><span class='acc-toggle-text'>Show"
        "<span class='visually-hidden'> this section</span></span></span>"
    )
    text = read_source(_page(inside), "page.html").text
    assert "## How we support carers\n" in text
    assert "Show" not in text
    assert _PANEL_TEXT in text
