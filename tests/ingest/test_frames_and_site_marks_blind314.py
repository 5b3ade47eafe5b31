"""Page frames and generator marks the blind314 round met (decision 0454): a table of one row and
one cell used as a box round a page's text, a `<title>` that shortens the chapter's name over a
heading that says it in full, and a wiki's heading anchors and contents directive. Written for
this test in our own words about invented councils."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import render_html
from app.ingest.markdown_site_marks import leave_out_site_marks

_BOXED = (
    "<html><body><table><tr><td><a href='/a'>Fostering</a><br><a href='/b'>Adoption</a></td>"
    "<td><table><tr><td>"
    "<p><b>1. About this guide</b></p>"
    "<p>This guide is for everyone who works with families in Westerby.</p>"
    "<p><b>2. Our beliefs</b></p>"
    "<p>Children belong with the people who love them wherever that is safe.</p>"
    "</td></tr></table></td></tr></table></body></html>"
)


def test_a_one_cell_table_round_the_text_is_a_box_not_a_row_of_data() -> None:
    text = render_html(_BOXED)
    assert "\n\nThis guide is for everyone" in text
    assert "Westerby.\n" in text
    assert "2. Our beliefs\n" in text


def test_a_one_cell_table_of_a_single_phrase_still_reads_as_a_cell() -> None:
    text = render_html(
        "<html><body><p>Before.</p><table><tr><td>Kinship care</td></tr></table>"
        "<p>After the table comes a paragraph of its own.</p></body></html>"
    )
    assert "Kinship care" in text


_SHORT_TITLE = (
    "<html><head><title>Values and principles | Children's social care | Brenley Council</title>"
    "</head><body><div class='top'><h1>Brenley Council</h1></div>"
    "<article><h2>Children's Services Policies, Values and Principles</h2>"
    "<h3>Our values</h3><p>We are open with families about what worries us.</p>"
    "<h3>Working together</h3><p>Schools, doctors and the police share the work.</p>"
    "</article></body></html>"
)


def test_a_heading_saying_the_shortened_title_in_full_is_the_page_name() -> None:
    text = render_html(_SHORT_TITLE)
    assert not text.startswith("# Values and principles")
    assert text.lstrip().startswith("## Children's Services Policies, Values and Principles")


def test_heading_anchors_and_contents_directives_are_left_out() -> None:
    text = "\n".join(
        [
            "# Our chapter",
            "",
            "[[_TOC_]]",
            "",
            "## Why we wrote this {#why}",
            "",
            "Text.",
            "",
            "[TOC]",
            "",
            "### Partners {: #partners .wide}",
            "",
            "More {#text} stays in a paragraph.",
        ]
    )
    kept = leave_out_site_marks(text)
    assert "## Why we wrote this\n" in kept
    assert "### Partners\n" in kept
    assert "TOC" not in kept
    assert "More {#text} stays in a paragraph." in kept


def test_marks_inside_code_blocks_are_kept() -> None:
    text = "```\n## Example {#ex}\n[[_TOC_]]\n```\n"
    assert leave_out_site_marks(text) == text


def test_read_source_leaves_the_marks_out_of_markdown() -> None:
    text = "# Title\n\n[[_TOC_]]\n\n## Scope {#scope}\n\nThis applies to all staff.\n"
    assert "{#scope}" not in read_source(text.encode(), "a.md").text
    assert "_TOC_" not in read_source(text.encode(), "a.md").text
