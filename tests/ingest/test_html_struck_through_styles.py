"""Text an HTML page strikes through by a style (an inline `text-decoration: line-through`, or a
class its own `<style>` rules strike) is dropped as `<del>` is (decisions 0216, 0225). Rules the
reader cannot match without the cascade (a descendant selector, a hover, a print or media rule)
are left alone, and so is the text they would strike. Cases written for this test in our own
words."""

import pytest

from app.ingest import read_source
from app.ingest.struck_through import struck_selectors


def _render(body: str, head: str = "") -> str:
    page = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return read_source(page.encode(), "page.html").text


_CHAPTER = (
    "<main><h1>Short Breaks Policy</h1><h2>About this policy</h2>"
    "<p>This policy was last revised in {old} June 2025.</p></main>"
)


@pytest.mark.parametrize(
    "style",
    [
        "text-decoration: line-through",
        "TEXT-DECORATION:underline line-through;color:#900",
        "text-decoration-line: line-through",
    ],
)
def test_an_inline_line_through_drops_the_old_date(style: str) -> None:
    text = _render(_CHAPTER.format(old=f'<span style="{style}">February 2024</span>'))
    assert "February 2024" not in text
    assert "revised in June 2025." in text


def test_a_class_the_pages_style_strikes_drops_the_old_date() -> None:
    head = "<style>/* old dates */ .was-date, em.gone { text-decoration : line-through; }</style>"
    text = _render(_CHAPTER.format(old='<span class="note was-date">February 2024</span>'), head)
    assert "February 2024" not in text
    assert "revised in June 2025." in text
    text = _render(_CHAPTER.format(old='<em class="gone">February 2024</em>'), head)
    assert "February 2024" not in text


def test_a_strike_nested_in_a_strike_is_dropped_once() -> None:
    head = "<style>.was { text-decoration: line-through }</style>"
    old = '<span class="was" style="text-decoration: line-through">Feb <s>ruary</s> 2024</span>'
    text = _render(_CHAPTER.format(old=old), head)
    assert "Feb" not in text
    assert "revised in June 2025." in text


@pytest.mark.parametrize(
    "head",
    [
        "<style>.box .was { text-decoration: line-through }</style>",
        "<style>.was:hover { text-decoration: line-through }</style>",
        "<style>@media print { .was { text-decoration: line-through } }</style>",
        '<style media="print">.was { text-decoration: line-through }</style>',
        "<style>.was { text-decoration: underline }</style>",
    ],
)
def test_text_no_strike_the_reader_can_match_reaches_is_kept(head: str) -> None:
    text = _render(_CHAPTER.format(old='<span class="was">February 2024</span> and'), head)
    assert "revised in February 2024 and June 2025." in text


def test_an_underline_style_keeps_its_words() -> None:
    old = '<span style="text-decoration: underline">February 2024</span> and'
    text = _render(_CHAPTER.format(old=old))
    assert "revised in February 2024 and June 2025." in text


def test_only_one_element_selectors_of_striking_top_level_rules_are_taken() -> None:
    css = (
        "@import url(site.css); p { color: red } .a, div.b, #c, ul li, a:hover, .d > .e "
        "{ text-decoration: line-through } @media screen { .f { text-decoration: line-through } }"
    )
    assert struck_selectors(css) == [".a", "div.b", "#c"]
