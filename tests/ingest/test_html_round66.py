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


def _grid_page(side: str) -> bytes:
    return (
        "<html><head><title>Short Breaks Policy</title></head><body>"
        "<div class='container'><div class='row'><div class='col-3'>" + side + "</div>"
        "<div class='col-9'><h1>Short Breaks Policy</h1>"
        "<h2>Amendment</h2><p>This chapter was revised in May 2025.</p>"
        "<h2>Introduction</h2><p>Our short breaks give families a rest.</p>"
        "</div></div></div></body></html>"
    ).encode()


def test_a_side_menu_of_links_side_by_side_is_navigation() -> None:
    menu = (
        "<div class='list-group'>\n"
        "<a class='list-group-item' href='/m/4-1'>4.1 Fostering Panel</a>\n"
        "<a class='list-group-item' href='/m/4-2'>4.2 Short Breaks Policy</a>\n"
        "<a class='list-group-item' href='/m/4-3'>4.3 Allegations</a>\n"
        "</div>"
    )
    text = read_source(_grid_page(menu), "page.html").text
    assert text.startswith("# Short Breaks Policy\n\n## Amendment")
    assert "4.3 Allegations" not in text


def test_links_in_words_two_links_or_jump_links_are_no_menu() -> None:
    prose = "<div>Read <a href='/m/4-1'>the panel chapter</a> and <a href='/m/4-3'>this</a>.</div>"
    pair = "<div><a href='/a'>Fostering Panel</a> <a href='/b'>Allegations</a></div>"
    jumps = (
        "<div><a href='#a'>Amendment</a> <a href='#i'>Introduction</a> "
        "<a href='#v'>Values</a></div>"
    )
    for side, kept in ((prose, "the panel chapter"), (pair, "Allegations"), (jumps, "Values")):
        assert kept in read_source(_grid_page(side), "page.html").text


def _titled_page(body: str) -> bytes:
    return (
        "<html><head><title>Short Breaks Policy | Holmbury Council</title></head><body>"
        "<div class='tools'><a href='javascript:window.print()'>Print this chapter</a></div>"
        "<div class='content'>" + body + "</div></body></html>"
    ).encode()


def test_a_page_named_only_in_its_title_element_opening_with_a_section_heading() -> None:
    page = _titled_page(
        "<p><strong>Amendment</strong></p><p>This chapter was revised in May 2025.</p>"
        "<h2>1. Introduction</h2><p>Our short breaks give families a rest.</p>"
        "<h2>2. Planning a Break</h2><p>Breaks are planned at the child's review.</p>"
    )
    text = read_source(page, "page.html").text
    assert text.startswith("# Short Breaks Policy\n\n")


def test_a_first_heading_naming_the_page_or_standing_over_the_rest_is_its_title() -> None:
    named = _titled_page(
        "<h2>Short Breaks Policy</h2><h2>Amendment</h2><p>This chapter was revised in May "
        "2025.</p><h2>Introduction</h2><p>Our short breaks give families a rest.</p>"
    )
    assert read_source(named, "page.html").text.startswith("## Short Breaks Policy\n\n")
    over = _titled_page(
        "<h2>Breaks for Disabled Children</h2><h3>Amendment</h3><p>This chapter was revised in "
        "May 2025.</p><h3>Introduction</h3><p>Our short breaks give families a rest.</p>"
    )
    assert read_source(over, "page.html").text.startswith("## Breaks for Disabled Children\n\n")


def test_a_title_element_of_one_part_may_be_the_sites_name_and_is_not_set_above() -> None:
    page = (
        b"<html><head><title>Holmbury Procedures Online</title></head><body>"
        b"<div class='content'><h3>Short Breaks Policy</h3><h3>Amendment</h3><p>This chapter was "
        b"revised in May 2025.</p><h2>Introduction</h2><p>Our short breaks give families a "
        b"rest.</p></div></body></html>"
    )
    assert read_source(page, "page.html").text.startswith("### Short Breaks Policy\n\n")


def _manual_page(title_element: str, chapter_heading: str) -> bytes:
    return (
        "<html><head><title>" + title_element + "</title></head><body><main>"
        "<h1>Holmbury Children's Services Policies and Procedures</h1>"
        "<div class='chapter'>" + chapter_heading + "<p>Updated: 4 March 2025</p>"
        "<h3>Amendment</h3><p>This chapter was revised in May 2025.</p>"
        "<h3>Introduction</h3><p>Our short breaks give families a rest.</p></div>"
        "</main></body></html>"
    ).encode()


def test_the_manuals_h1_over_the_page_named_in_the_title_element_goes() -> None:
    page = _manual_page(
        "Short breaks - Holmbury Children's Services Policies and Procedures",
        "<h2>Short breaks</h2>",
    )
    text = read_source(page, "page.html").text
    assert text.startswith("# Short breaks\n\nUpdated: 4 March 2025\n\n### Amendment")
    assert "Policies and Procedures" not in text


def test_the_manuals_h1_stays_when_no_heading_says_the_pages_name() -> None:
    page = _manual_page(
        "Respite - Holmbury Children's Services Policies and Procedures", "<h2>Short breaks</h2>"
    )
    text = read_source(page, "page.html").text
    assert text.startswith("# Holmbury Children's Services Policies and Procedures\n\n")
    assert "## Short breaks" in text


def _h1_page(h1: str) -> bytes:
    return (
        "<html><head><title>Short Breaks Policy</title></head><body><main>"
        "<h1>" + h1 + "</h1><h2>Amendment</h2><p>This chapter was revised in May 2025.</p>"
        "<h2>Introduction</h2><p>Our short breaks give families a rest.</p></main></body></html>"
    ).encode()


def test_a_manuals_name_set_beside_the_title_inside_the_h1_goes() -> None:
    for h1 in (
        "Holmbury Procedures Manual<br>Short Breaks Policy",
        "<span class='manual'>Holmbury Procedures Manual</span> Short Breaks Policy",
        "Short Breaks Policy <small>Disabled children's procedures</small>",
    ):
        text = read_source(_h1_page(h1), "page.html").text
        assert text.startswith("# Short Breaks Policy\n\n## Amendment"), h1


def test_words_of_the_title_itself_or_its_number_in_the_h1_stay() -> None:
    for h1, title in (
        ("Disabled Children's Short Breaks Policy", "Disabled Children's Short Breaks Policy"),
        ("<span>4.2</span> Short Breaks Policy", "4.2 Short Breaks Policy"),
        ("Short Breaks Policy", "Short Breaks Policy"),
    ):
        text = read_source(_h1_page(h1), "page.html").text
        assert text.startswith(f"# {title}\n\n"), h1
