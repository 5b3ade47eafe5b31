"""Web pages with heavy site chrome, round 103 (decision 0171): a page's "Comment on this page"
link beside its top and print links is chrome, and the row's bars go with it, in a page laid
out as a table of a navigation cell beside the content cell."""

from __future__ import annotations

import pytest

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


_CHAPTER = (
    "<h1>Family Help Policies and Principles</h1>"
    "<p>This policy tells everyone in the family help service what we stand for.</p>"
    + "".join(
        f"<p><b>Part {n}</b></p><p>We listen to families and explain what we decide and why.</p>"
        for n in range(1, 5)
    )
)


@pytest.mark.parametrize("label", ["Comment on this page", "Comment on this chapter"])
def test_a_comment_link_in_a_row_of_page_tools_goes_with_the_row(label: str) -> None:
    text = _render(
        "<table><tr><td class='nav'>"
        + "".join(f"<a href='/s{n}'>Service {n}</a><br>" for n in range(8))
        + f"</td><td class='main'>{_CHAPTER}<p><a href='#top'>Back to top</a> | "
        f"<a href='javascript:print()'>Print this page</a> | <a href='/f'>{label}</a></p>"
        "</td></tr></table>"
    )
    assert "what we stand for." in text
    assert label not in text
    assert "|" not in text


def test_a_sentence_asking_for_comments_on_the_chapter_stays() -> None:
    sentence = "Staff may comment on this chapter through their team manager."
    text = _render(f"<main>{_CHAPTER}<p>{sentence}</p></main>")
    assert sentence in text


_NOTES = (
    "<p>March 2025: the section on our practice model was rewritten and the list of Acts brought "
    "up to date.</p><p>June 2023: chapter first published.</p>"
)


def test_a_toggle_button_naming_no_panel_heads_the_panel_right_after_it() -> None:
    text = _render(
        f"<main>{_CHAPTER}<button class='accordion'>Amendments to this chapter</button>"
        f"<div class='panel'>{_NOTES}</div></main>"
    )
    assert "Amendments to this chapter\n\nMarch 2025: the section on our practice model" in text


def test_a_menu_button_over_a_list_of_links_heads_nothing() -> None:
    links = "".join(f"<li><a href='/s{n}'>Service number {n}</a></li>" for n in range(12))
    text = _render(
        f"<main>{_CHAPTER}<button class='menu-toggle'>Browse all services</button>"
        f"<div class='menu'><ul>{links}</ul></div></main>"
    )
    assert "Browse all services" not in text


def test_a_submit_button_before_a_block_heads_nothing() -> None:
    text = _render(
        f"<main>{_CHAPTER}<form><button type='submit'>Send your views</button></form>"
        f"<div class='panel'>{_NOTES}</div></main>"
    )
    assert "Send your views" not in text
    assert "March 2025: the section on our practice model" in text


def test_a_sibling_panel_hidden_until_its_button_is_pressed_is_still_read() -> None:
    text = _render(
        f"<main>{_CHAPTER}<button class='accordion'>Amendments to this chapter</button>"
        f"<div class='panel' hidden>{_NOTES}</div></main>"
    )
    assert "Amendments to this chapter\n\nMarch 2025: the section on our practice model" in text
