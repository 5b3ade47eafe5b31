"""Pages from other publishing systems (decision 0124): a block whose class names a heading
level (an intranet editor's `<div class="ms-rteElement-H2">`, a framework's `<p class="h3">`)
is that heading, so a chapter's own styled title wins over the page banner's; several blocks
styled as the first level are the chapter's sections; a SharePoint web part zone beside the
page's content and a block shown only in print are chrome. A styled block holding a sentence or
other blocks, a zone holding the chapter, and a modern page's text web parts stay content."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import render_html

_SECTIONS = (
    "<p>This chapter sets out the law and the values behind the Ashby Vale children's services "
    "and applies to everyone who works in them.</p>"
    "<p>&nbsp;</p>"
    "<div class='{cls}2'>Working with partners</div>"
    "<p>Schools, doctors and the police help us keep children safe, and we plan with them every "
    "month.</p>"
    "<div class='{cls}2'>Sharing information</div>"
    "<p>We share what families tell us only when a child needs protecting, and we say why.</p>"
)


def _render(body: str, head: str = "") -> str:
    page = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return read_source(page.encode()).text


def _intranet_page(content: str) -> str:
    return (
        "<div id='s4-titlerow'><h1 class='ms-core-pageTitle'><a href='/p.aspx'>Values and "
        "Principles</a></h1></div>"
        "<div id='sideNav' role='navigation'><a href='/'>Home</a> <a href='/d'>Documents</a></div>"
        f"<div id='contentBox'><div class='ms-rtestate-field'>{content}</div></div>"
    )


def test_a_block_whose_class_names_a_level_is_a_heading_and_its_h1_the_title() -> None:
    text = _render(
        _intranet_page(
            "<div class='ms-rteElement-H1'>\u200bFamily Help Values and Principles</div>"
            + _SECTIONS.format(cls="ms-rteElement-H")
        )
    )
    assert text.startswith("# Family Help Values and Principles\n")  # not the banner's h1
    assert "## Working with partners\n" in text
    assert "## Sharing information\n" in text


def test_a_framework_heading_class_on_a_paragraph_is_read_too() -> None:
    text = render_html(
        "<main><h1>Family Help Values and Principles</h1>"
        "<p class='h3 text-primary'>Working with partners</p>"
        "<p>Schools, doctors and the police help us keep children safe.</p></main>"
    )
    assert "### Working with partners\n" in text


def test_several_blocks_styled_as_the_first_level_are_sections_under_the_banner_title() -> None:
    text = _render(_intranet_page(_SECTIONS.format(cls="ms-rteElement-H").replace("H2", "H1")))
    assert text.startswith("# Values and Principles\n")
    assert "## Working with partners\n" in text
    assert "## Sharing information\n" in text


def test_a_styled_block_holding_a_sentence_or_blocks_is_no_heading() -> None:
    text = render_html(
        "<main><h1>Family Help Values and Principles</h1>"
        "<div class='ms-rteElement-H2'>We meet our partners every month to plan together.</div>"
        "<div class='box-h2'><p>Working with partners</p><p>Schools and doctors help us keep "
        "children safe, and we plan with them.</p></div></main>"
    )
    assert "# We meet" not in text
    assert "# Working with partners" not in text
    assert "Working with partners\n\nSchools and doctors" in text


def test_a_web_part_zone_beside_the_content_field_is_chrome() -> None:
    chapter = "<div class='ms-rteElement-H1'>Family Help Values and Principles</div>" + (
        _SECTIONS.format(cls="ms-rteElement-H")
    )
    text = _render(
        "<div id='contentBox'>"
        f"<div class='ms-rtestate-field'>{chapter}</div>"
        "<div class='ms-webpart-zone ms-fullWidth'><h2>Related Documents</h2>"
        "<table><tr><td><a href='/d/guide.docx'>Threshold Guide.docx</a></td>"
        "<td>Modified 3 days ago</td></tr></table></div></div>"
    )
    assert "## Sharing information" in text
    assert "Related Documents" not in text
    assert "Modified 3 days ago" not in text


def test_a_web_part_zone_holding_the_chapter_and_text_web_parts_stay() -> None:
    chapter = "<h1>Family Help Values and Principles</h1>" + _SECTIONS.format(cls="x-h")
    zone = _render(f"<div class='ms-webpart-zone'><div class='ms-WPBody'>{chapter}</div></div>")
    assert "Schools, doctors and the police" in zone
    assert "We share what families tell us" in zone
    parts = _render(
        "<div role='main'><h1>Family Help Values and Principles</h1>"
        "<div class='rte-webpart'><h2>Why this chapter</h2><p>This chapter sets out the law and "
        "values behind our children's services for everyone who works in them.</p></div>"
        "<div class='rte-webpart'><h2>Working with partners</h2><p>Schools, doctors and the "
        "police help us keep children safe, and we plan with them every month.</p></div>"
        "<div class='rte-webpart'><h2>Sharing information</h2><p>We share what families tell "
        "us only when a child needs protecting, and we record why we did.</p></div></div>"
    )
    assert "## Why this chapter" in parts
    assert "## Sharing information" in parts


def test_a_block_shown_only_in_print_is_chrome() -> None:
    text = _render(
        "<main><h1>Family Help Values and Principles</h1>"
        "<div class='print-only'>Printed copies are uncontrolled; check the website.</div>"
        "<h2>Working with partners</h2>"
        "<p>Schools, doctors and the police help us keep children safe.</p>"
        "<p class='visible-print-block'>Printed from the procedures site.</p></main>",
        head="<style>@media screen{.print-only{display:none}}</style>",
    )
    assert "uncontrolled" not in text
    assert "Printed from" not in text
    assert "## Working with partners\n\nSchools, doctors" in text
