"""A print view's own lines (decision 0121): the line saying where and when the page was
printed, and the foot saying a printed page may be out of date; a manual's chapter tree before
the page's title, and what is left of a tools row whose links went as chrome.

Each page and line is written for this test in our own words; each negative case is a line a
careless reader would take for chrome.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues, render_html
from app.ingest.web_text import is_chrome_line

CUES = load_chrome_cues()


def test_a_print_views_printed_from_line_is_chrome() -> None:
    assert is_chrome_line(
        "Printed from the Ashby Vale Fostering Handbook on 12/03/2026 at 09:05", CUES
    )
    assert is_chrome_line("Printed from our online manual on 3 March 2026.", CUES)


def test_a_print_views_foot_is_chrome() -> None:
    assert is_chrome_line(
        "This page was printed from an online manual and may be out of date.", CUES
    )


def test_sentences_about_printing_are_not_chrome() -> None:
    assert not is_chrome_line(
        "Printed from 2019 onwards, the carers' handbook was sent to every carer.", CUES
    )
    assert not is_chrome_line(
        "Forms printed from the portal must be signed by the carer and the social worker.", CUES
    )


def test_the_printed_from_line_above_a_title_goes() -> None:
    page = (
        "Print this page\n"
        "Printed from the Ashby Vale Fostering Handbook on 12/03/2026 at 09:05\n"
        "Respite Care Procedure\n"
        "Short stays with approved carers give families a planned break.\n"
    )
    assert read_source(page.encode(), "page.txt").text.startswith("Respite Care Procedure\n")


# --- a manual's chapter tree in a saved HTML page ---------------------------------------------

_TREE_PAGE = """<html><body>
<div id="frame">
 <div id="manual-tree" class="tree-pane">
  <p>Handbook contents</p>
  <ul class="tree">
   <li class="open"><span>Section A: Becoming a Carer</span>
    <ul>
     <li class="current"><a href="/a/respite.html">Respite Care Procedure</a></li>
     <li><a href="/a/allowances.html">Carers' Allowances</a></li>
    </ul>
   </li>
   <li class="closed"><span>Section B: Placements</span></li>
  </ul>
 </div>
 <div id="chapter-pane" class="content-pane">
  <div class="tools"><a href="?print">Print</a> | <a href="/respite.pdf">Download PDF</a></div>
  <h1>Respite Care Procedure</h1>
  <h2>Purpose</h2>
  <p>Short stays with approved carers give families a planned break from caring.</p>
  <h2>Planning a stay</h2>
  <p>Each stay is agreed with the family and the carer before it starts.</p>
 </div>
</div>
</body></html>"""


def test_a_chapter_tree_naming_the_page_before_its_title_goes() -> None:
    text = render_html(_TREE_PAGE)
    assert text.startswith("# Respite Care Procedure\n")
    assert "Carers' Allowances" not in text
    assert "Handbook contents" not in text
    assert "Section A" not in text


def test_a_nested_contents_list_in_the_chapter_stays() -> None:
    page = """<html><body><main>
<h1>Respite Care Procedure</h1>
<p>Contents</p>
<ul><li><a href="#purpose">Purpose</a><ul><li><a href="#who">Who it is for</a></li></ul></li>
<li><a href="#planning">Planning a stay</a></li></ul>
<h2 id="purpose">Purpose</h2>
<p>Short stays with approved carers give families a planned break from caring.</p>
</main></body></html>"""
    text = render_html(page)
    assert "- Purpose" in text
    assert "Who it is for" in text


def test_a_nested_list_before_the_title_not_naming_the_page_stays() -> None:
    page = """<html><body>
<ul><li>Carers told us:<ul><li>they want more notice of a stay</li></ul></li></ul>
<h1>Respite Care Procedure</h1>
<p>Short stays with approved carers give families a planned break from caring.</p>
</body></html>"""
    assert "they want more notice of a stay" in render_html(page)


def test_the_bars_left_of_a_tools_row_whose_links_went_go_too() -> None:
    page = """<html><body><main>
<div class="pane-tools"><a href="?print=1">Print chapter</a> | <a href="/r.pdf">Download PDF</a>
| <a href="/feedback">Give feedback</a></div>
<h1>Respite Care Procedure</h1>
<p>Short stays with approved carers give families a planned break | a rest from caring.</p>
</main></body></html>"""
    text = render_html(page)
    assert text.startswith("# Respite Care Procedure\n")
    assert "planned break | a rest from caring." in text


# --- a manual's chapter tree copied as text ---------------------------------------------------


def _copied(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_copied_chapter_tree_with_its_parts_above_the_title_goes() -> None:
    page = (
        "Skip to chapter\n"
        "Ashby Vale Fostering Handbook\n"
        "Search the handbook\n"
        "Go\n"
        "Handbook contents\n"
        "Section 1: Becoming a Carer\n"
        "Respite Care Procedure\n"
        "Carers' Allowances\n"
        "Section 2: Placements\n"
        "Section 3: Leaving Care\n"
        "Respite Care Procedure\n"
        "Version 2 · Updated 3 March 2025\n"
        "Purpose\n"
        "Short stays with approved carers give families a planned break from caring.\n"
    )
    assert _copied(page).startswith("Respite Care Procedure\nVersion 2")


def test_a_title_said_again_without_parts_listed_keeps_the_lines_above() -> None:
    page = (
        "Skip to chapter\n"
        "Respite Care Procedure\n"
        "Carers' Allowances\n"
        "Placements Panel\n"
        "Respite Care Procedure\n"
        "Short stays with approved carers give families a planned break from caring.\n"
    )
    assert "Carers' Allowances" in _copied(page)
