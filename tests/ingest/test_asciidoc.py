"""A text file written in AsciiDoc (pandoc's `-t asciidoc`, an Asciidoctor intranet) is read as
the markdown its markup means (decision 0418). Pages in our own words, other than blind284's."""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.ingest.asciidoc import looks_like_asciidoc, render_asciidoc

PAGE = """\
= Fostering Panel Guidance
Marlow Heath Council
:toc:
:icons: font

// drafted by the fostering team

[[who-sits-on-the-panel]]
== Who sits on the panel

The panel has an independent chair and six members.footnote:[Two of them have
fostered for another council.]

[#how-decisions-are-made]
== How decisions are made

[cols="2*",options="header"]
|===
|Stage |Weeks
|Assessment |16
|Panel |2
|===

=== Recommendations

. the panel *recommends* approval;
.. with conditions, or
.. without;
. the decision maker decides.

See https://example.org/panel[the panel pages] and <<who-sits-on-the-panel,the members>>.

'''

Last reviewed: April 2026
"""


def test_two_section_titles_make_a_text_asciidoc_and_plain_text_stays_plain():
    assert looks_like_asciidoc(PAGE)
    assert not looks_like_asciidoc("Notes\n\n== draft ==\n\nA line of prose.\n")
    assert not looks_like_asciidoc("# Heading\n\n== One\n\nText.\n\n== Two\n\nText.\n")


def test_titles_become_headings_and_markup_lines_go():
    text = render_asciidoc(PAGE)
    assert text.startswith("# Fostering Panel Guidance\nMarlow Heath Council\n\n")
    assert "## Who sits on the panel" in text
    assert "## How decisions are made" in text
    assert "### Recommendations" in text
    for markup in ("[[who", "[#how", ":toc:", ":icons:", "// drafted", "|===", "[cols", "'''"):
        assert markup not in text


def test_a_table_with_a_header_option_is_a_pipe_table_with_its_header_row():
    text = render_asciidoc(PAGE)
    assert "| Stage | Weeks |\n|---|---|\n| Assessment | 16 |\n| Panel | 2 |" in text


def test_a_table_written_a_cell_a_line_keeps_its_rows_and_a_row_set_apart_is_its_header():
    text = render_asciidoc("== A\n\nx\n\n== B\n\n|===\n|Act |Year\n\n|Children Act\n|1989\n|===\n")
    assert "| Act | Year |\n|---|---|\n| Children Act 1989 |" not in text
    one_a_line = render_asciidoc(
        "== A\n\nx\n\n== B\n\n|===\n|Act\n|Year\n\n|Children Act\n|1989\n|===\n"
    )
    assert "| Act | Year |\n| Children Act | 1989 |" in one_a_line


def test_lists_are_numbered_and_nested_bold_links_and_references_keep_their_words():
    text = render_asciidoc(PAGE)
    assert (
        "1. the panel **recommends** approval;\n    1. with conditions, or\n    2. without;" in text
    )
    assert "2. the decision maker decides." in text
    assert "[the panel pages](https://example.org/panel) and the members." in text


def test_a_footnote_over_two_lines_is_read_where_its_mark_stands():
    source = read_source(PAGE.encode(), "panel.txt")
    assert source.source_format == "text"
    assert source.text_syntax == "markdown"
    assert "six members. Two of them have fostered for another council.\n" in source.text
    assert "footnote:" not in source.text


def test_the_sections_open_at_the_titles():
    source = read_source(PAGE.encode(), "panel.txt")
    headings = [
        section.heading
        for section in analyze(source, get_family()).outline.sections
        if section.heading
    ]
    assert headings[:3] == [
        "Fostering Panel Guidance",
        "Who sits on the panel",
        "How decisions are made",
    ]


def test_cells_with_a_style_or_a_span_keep_their_words_only():
    text = render_asciidoc(
        '== A\n\nx\n\n== B\n\n[options="header"]\n|===\n|Act |Covers\n'
        "|Children Act 1989 a|* care orders\n2+|Regulations made under it\n|===\n"
    )
    assert "| Children Act 1989 | * care orders |" in text
    assert "| Regulations made under it |  |" in text
