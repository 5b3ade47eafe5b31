"""The shared helpers of the case builders (tests/cases/documents/build_binary_tools.py) that the
rounds' builders now call instead of their own copies (decision 0492). Each built file must stay
what it was, so these pin the exact text and Word structure the copies produced."""

from __future__ import annotations

import io
from typing import Any


def test_a_note_writes_tables_with_or_without_a_rule_under_the_header(tools: Any) -> None:
    blocks = [
        ("title", "Fostering"),
        ("b", "one"),
        ("table", [["Field", "Value"], ["Version", "2"]], True),
        ("n", "first"),
        ("n", "second"),
        ("p", "End."),
    ]
    plain = tools.blocks_note(blocks, "build_x.py", "about")
    assert plain == (
        "%% built by build_x.py: about\n\n# Fostering\n\n- one\n\n"
        "| Field | Value |\n| Version | 2 |\n\n1. first\n2. second\n\nEnd.\n"
    )
    ruled = tools.blocks_note(blocks, "build_x.py", "about", header_rule=True)
    assert "| Field | Value |\n|---|---|\n| Version | 2 |\n" in ruled


def test_text_and_markdown_writers(tools: Any) -> None:
    blocks = [("title", "Care"), ("p", "We listen."), ("b", "a"), ("b", "b"), ("p", "End.")]
    assert tools.plain_text(blocks) == "Care\n\nWe listen.\n\na\n\nb\n\nEnd.\n"
    assert tools.title_markdown(blocks[:2]) == "# Care\n\nWe listen.\n"
    assert tools.dash_list_markdown(blocks) == "Care\n\nWe listen.\n\n- a\n- b\n\nEnd.\n"


def test_styled_docx_styles_paragraphs_and_builds_grid_tables(tools: Any) -> None:
    import docx

    blocks = [
        ("title", "Care"),
        ("h", "Values"),
        ("p", "We listen."),
        ("table", [["Act", "Year"], ["Children Act", "1989"]], True),
    ]
    data = tools.styled_docx(blocks, {"title": "Title", "h": "Heading 2"})
    document = docx.Document(io.BytesIO(data))
    styles = [(paragraph.style.name, paragraph.text) for paragraph in document.paragraphs]
    assert styles == [("Title", "Care"), ("Heading 2", "Values"), ("Normal", "We listen.")]
    (table,) = document.tables
    assert table.style.name == "Table Grid"
    header, row = table.rows
    assert [run.bold for cell in header.cells for run in cell.paragraphs[0].runs] == [True, True]
    assert [bool(run.bold) for cell in row.cells for run in cell.paragraphs[0].runs] == [
        False,
        False,
    ]


def test_naming_normal_writes_it_on_each_paragraph(tools: Any) -> None:
    """Left unset and named "Normal" read the same but are different files: builders that named
    it keep naming it, or their built files would change."""
    blocks = [("p", "One."), ("p", "Two.")]
    unset = tools.styled_docx(blocks, {})
    named = tools.styled_docx(blocks, {}, default_style="Normal")
    assert unset != named
    assert tools.styled_docx(blocks, {}) == unset  # a rebuild is byte for byte the same


def test_a_bold_heading_is_a_normal_paragraph_kept_with_the_next(tools: Any) -> None:
    import docx
    from docx.shared import Pt

    document = tools.new_docx()
    paragraph = tools.add_bold_heading(document, "Values", 10)
    saved = docx.Document(io.BytesIO(tools.saved_docx(document)))
    (read,) = saved.paragraphs
    assert (read.style.name, read.text) == ("Normal", "Values")
    assert [run.bold for run in read.runs] == [True]
    assert read.paragraph_format.space_before == Pt(10)
    assert read.paragraph_format.keep_with_next is True
    assert paragraph.text == "Values"
