"""Web pages with heavy site chrome, round 157 (decision 0258): an accordion whose toggles name
no panel and stand alone in a header wrapper (or a heading), each panel hidden until pressed,
keeps every panel as a section headed by its toggle's label."""

from __future__ import annotations

import pytest

from app.ingest import read_source

_PROSE = (
    "We explain to every family what we have decided, why we decided it and how to challenge it."
)


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


def _item(label: str, wrapper: str = "div") -> str:
    return (
        f"<div class='acc-item'><{wrapper} class='acc-head'>"
        f"<button type='button' aria-expanded='false'>{label}</button></{wrapper}>"
        f"<div class='acc-body' hidden><p>{_PROSE}</p></div></div>"
    )


def _page(items: str) -> str:
    return (
        "<main><h1>Family Help Policies and Principles</h1>"
        "<p>This chapter was last changed in March 2025.</p>"
        "<div class='acc-tools'><button type='button' aria-expanded='false'>"
        f"Open all sections</button></div>{items}</main>"
    )


def test_a_toggle_alone_in_its_header_wrapper_heads_the_hidden_panel_after_the_wrapper() -> None:
    text = _render(_page(_item("Our promises to families") + _item("Sharing what we know")))
    assert "## Our promises to families\n\n" + _PROSE in text
    assert "## Sharing what we know\n\n" + _PROSE in text
    assert "Open all sections" not in text


def test_a_toggle_alone_in_a_heading_keeps_the_hidden_panel_under_that_heading() -> None:
    text = _render(_page(_item("Our promises to families", "h2") + _item("Sharing", "h2")))
    assert "## Our promises to families\n\n" + _PROSE in text
    assert text.count(_PROSE) == 2


def test_a_wrapper_with_other_words_beside_the_toggle_is_no_toggles_wrapper() -> None:
    text = _render(
        _page(
            "<div class='acc-item'><div class='acc-head'><span>Step one:</span>"
            "<button type='button' aria-expanded='false'>Our promises</button></div>"
            f"<div class='acc-body' hidden><p>{_PROSE}</p></div></div>"
        )
    )
    assert "## Our promises" not in text


def test_a_toggle_that_says_nothing_of_being_open_reaches_no_panel_outside_its_wrapper() -> None:
    text = _render(
        _page(
            "<div class='acc-item'><div class='acc-head'>"
            "<button type='button'>Our promises</button></div>"
            f"<div class='acc-body' hidden><p>{_PROSE}</p></div></div>"
        )
    )
    assert "## Our promises" not in text


def test_a_menu_toggle_in_its_wrapper_over_a_list_of_links_heads_nothing() -> None:
    links = "".join(
        f"<li><a href='/s{n}'>Service number {n} for residents</a></li>" for n in range(9)
    )
    text = _render(
        "<div class='menu-head'><button type='button' aria-expanded='false'>Browse services"
        f"</button></div><div class='menu' hidden><ul>{links}</ul></div>"
        + _page(_item("Our promises to families"))
    )
    assert "Browse services" not in text
    assert "Service number 3" not in text


def _collapse_item(n: int, label: str, toggle: str) -> str:
    return (
        f"<div class='panel'><div class='panel-heading'>{toggle.format(n=n, label=label)}</div>"
        f"<div id='part-{n}' class='panel-collapse collapse' style='display: none;'>"
        f"<p>{_PROSE}</p></div></div>"
    )


@pytest.mark.parametrize(
    "toggle",
    [
        "<h4 class='panel-title'><a data-toggle='collapse' href='#part-{n}'>{label}</a></h4>",
        "<h4><button type='button' data-bs-toggle='collapse' data-bs-target='#part-{n}'>"
        "{label}</button></h4>",
        "<a class='toggle' data-toggle='collapse' data-target='#part-{n}' href='#'>{label}</a>",
    ],
)
def test_a_collapse_toggle_naming_its_panel_by_href_or_target_keeps_the_hidden_panel(
    toggle: str,
) -> None:
    text = _render(
        _page(
            _collapse_item(1, "Our promises to families", toggle)
            + _collapse_item(2, "Sharing what we know", toggle)
        )
    )
    assert text.count(_PROSE) == 2
    assert "Our promises to families\n\n" + _PROSE in text


def test_a_collapse_toggle_over_a_hidden_list_of_links_keeps_it_hidden() -> None:
    links = "".join(
        f"<li><a href='/s{n}'>Service number {n} for residents</a></li>" for n in range(9)
    )
    text = _render(
        "<a data-toggle='collapse' href='#site-menu'>Browse services</a>"
        f"<div id='site-menu' style='display:none'><ul>{links}</ul></div>"
        + _page(_item("Our promises to families"))
    )
    assert "Service number 3" not in text


_NAME = "Family Help Policies and Principles"


def _table_page(title_row: str, cell_opening: str) -> bytes:
    links = "".join(f"<a href='/p{n}'>Service page {n}</a><br>" for n in range(20))
    prose = "".join(
        f"<p><b>{n}. Part {n}</b></p><p>{_PROSE} This is part {n} of our promises.</p>"
        for n in range(1, 6)
    )
    return (
        f"<html><head><title>{_NAME} | Lowmoor Water District Council</title></head><body>"
        "<table width='100%' border='0' cellspacing='0' cellpadding='4'><tr><td colspan='3'>"
        "<img src='/crest.gif' alt='crest'> <a href='/'>Home</a> | "
        f"<a href='/contact'>Contact us</a></td></tr>{title_row}"
        f"<tr><td class='nav' valign='top' width='180'>{links}</td>"
        f"<td class='main' valign='top'>{cell_opening}{prose}</td>"
        "<td class='side' valign='top'><p><b>In this section</b></p>"
        "<a href='/a'>Referrals</a><br><a href='/b'>Care leavers</a><br></td></tr>"
        "</table></body></html>"
    ).encode()


def test_a_title_row_of_a_table_layout_titles_a_cell_opening_with_its_stamp() -> None:
    text = read_source(
        _table_page(
            f"<tr><td colspan='3'><font size='5'><b>{_NAME}</b></font></td></tr>",
            "<p><i>Amended: March 2025</i></p>",
        )
    ).text
    assert text.startswith(f"# {_NAME}\n\n")
    assert text.count(_NAME) == 1


def test_a_cell_that_names_the_page_itself_gets_no_title_from_the_row() -> None:
    text = read_source(
        _table_page(
            f"<tr><td colspan='3'><b>{_NAME}</b></td></tr>",
            f"<p><i>Amended: March 2025</i></p><p>{_NAME} are read by every worker.</p>",
        )
    ).text
    assert text.startswith("*Amended: March 2025*\n\n")


def test_a_page_that_shows_its_name_only_in_the_tab_gets_no_title_from_this_rule() -> None:
    text = read_source(_table_page("", "<p><i>Amended: March 2025</i></p>")).text
    assert not text.startswith(f"# {_NAME}")
