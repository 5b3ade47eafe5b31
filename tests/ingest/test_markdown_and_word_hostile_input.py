"""Uploaded text is untrusted: the markdown footnote and HTML-block readers, the layout-row cell
of the HTML reader and the Word reader's tracked changes, text boxes, content controls and
fields never raise on odd input, never write more than a bounded multiple of what they read, and
do work linear in it (decision 0161, after 0152).

Work is bounded as in 0152, never by a clock: the Python lines a reader runs are counted
(`sys.settrace`) and must at most double, within 10 %, when the hostile input doubles; and a
pattern that once backtracked is run on an input of some 10^5 to 10^6 characters, where the old
quadratic work would take many minutes. Inputs are made up for the tests."""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from docx.oxml import parse_xml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import CorruptDocument, EmptySource, InvalidSource, SourceTooLarge
from app.ingest import read_source
from app.ingest.markdown_footnotes import place_footnotes
from app.ingest.markdown_html_blocks import unwrap_html_blocks
from app.ingest.word import render_docx
from tests.documents import new_word, word_bytes
from tests.ingest.test_word_notes import _with_notes

HOSTILE = 1_000_000

_PIECES = st.sampled_from(
    [
        "[^1]", "[^2]", "[^a]", "[^", "]", "[", "^", "]:", "[^1]:", "\n[^1]: ", "\n[^2]: ",
        "\n[^a]: a note", "\n    more", "\n\t", ". ", "! ", "? ", ".", "\n", "\n\n", "# ", "- ",
        "1. ", "> ", "| ", "===", "---", "```", "<div>", "</div>", "<div class=\"x\">",
        "<details>", "<summary>", "</summary>", "<summary ", "<p>", "<b>", "</b>", "<em>", ">",
        "<", " ", "\t", "words", "Children Act 1989", "\u00a0", "\u200b", "\ufeff", "e\u0301",
        "\U0001f600", "\r", "x",
    ]
)  # fmt: skip
TEXTS = st.lists(_PIECES, max_size=60).map("".join) | st.text(max_size=200)


def _lines_run(reader: Callable[[], Any], where: str = "app/ingest") -> int:
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace if frame.f_code.co_filename.find(where) >= 0 else None

    sys.settrace(trace)
    try:
        reader()
    finally:
        sys.settrace(None)
    return count


def _linear(make: Callable[[int], Callable[[], Any]], size: int = 500) -> None:
    small, large = _lines_run(make(size)), _lines_run(make(2 * size))
    assert large <= 2.2 * small + 50, (small, large)


# --- properties --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_footnotes_placed_stay_within_twice_the_input(text: str) -> None:
    assert len(place_footnotes(text)) <= 2 * len(text) + 10


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_html_blocks_unwrapped_stay_within_twice_the_input(text: str) -> None:
    assert len(unwrap_html_blocks(text)) <= 2 * len(text) + 2


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["td", "th"]), TEXTS, st.booleans()), max_size=6))
def test_layout_rows_of_any_cells_are_read_without_raising(
    cells: list[tuple[str, str, bool]],
) -> None:
    row = "".join(
        f"<{tag}>{'<a href=x>' if linked else '<p>'}{text}{'</a>' if linked else '</p>'}</{tag}>"
        for tag, text, linked in cells
    )
    page = f"<html><body><table><tr>{row}</tr></table><p>after</p></body></html>"
    try:
        source = read_source(page.encode(), "page.html")
    except (EmptySource, InvalidSource, SourceTooLarge):
        return
    assert len(source.text) <= 2 * len(page)


_RUN = st.sampled_from(
    [
        "<w:r><w:t>Words</w:t></w:r>",
        "<w:r><w:t xml:space=\"preserve\">. More words </w:t></w:r>",
        "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>added</w:t></w:r></w:ins>",
        "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>gone</w:delText></w:r></w:del>",
        "<w:sdt><w:sdtContent><w:r><w:t>filled</w:t></w:r></w:sdtContent></w:sdt>",
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click here"
        "</w:t></w:r></w:sdtContent></w:sdt>",
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
        "<w:r><w:instrText>PAGE</w:instrText></w:r>",
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>",
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
        "<w:r><w:t>4</w:t></w:r>",
        "<w:r><w:br/></w:r>",
    ]
)  # fmt: skip
_PARAGRAPH = st.tuples(
    st.sampled_from(
        [
            "",
            '<w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>',
            '<w:pPr><w:rPr><w:moveFrom w:id="4" w:author="a"/></w:rPr></w:pPr>',
            '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>',
        ]
    ),
    st.lists(_RUN, max_size=8),
    st.integers(min_value=0, max_value=3),
)


def _box(inner: str) -> str:
    return (
        '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="wps"><wps:wsp><wps:txbx>'
        f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )


_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _word(paragraphs: list[str]) -> bytes:
    document = new_word()
    body = document.element.body
    for paragraph in paragraphs:
        body.insert(len(body) - 1, parse_xml(f"<w:p {_NAMESPACES}>{paragraph}</w:p>"))
    return word_bytes(document)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PARAGRAPH, max_size=12))
def test_word_changes_controls_fields_and_boxes_in_any_mix_never_raise(
    paragraphs: list[tuple[str, list[str], int]],
) -> None:
    written = []
    for properties, runs, boxes in paragraphs:
        inner = f"<w:p>{''.join(runs)}</w:p>"
        for _ in range(boxes):  # a text box inside a text box …
            inner = f"<w:p>{_box(inner)}</w:p>"
        written.append(properties + "".join(runs) + (_box(inner) if boxes else ""))
    data = _word(written)
    text = render_docx(data)
    assert len(text) <= 2 * len(data)


# --- hostile markdown --------------------------------------------------------------------------


def test_a_run_of_unclosed_marks_is_scanned_once() -> None:
    # `\[\^([^\]\s]+)\]` scanned to the run's end again from each `[^`
    run = "[^" * (HOSTILE // 2)
    result = place_footnotes("Our duty.[^1]\n\n[^1]: A note.\n\nx " + run)
    assert result == "Our duty. A note.\n\n\nx " + run  # the run is no mark


def test_ten_thousand_marks_on_one_line_leave_the_text_as_written() -> None:
    marks = "".join(f"word[^{i}] " for i in range(10_000))
    notes = "".join(f"[^{i}]: Note {i}.\n" for i in range(10_000))
    text = marks + "\n\n" + notes
    assert place_footnotes(text) == text


def test_a_note_defined_fifty_thousand_times_leaves_the_text_as_written() -> None:
    text = "We keep records.[^1]\n\n" + "[^1]: For six years.\n" * 50_000
    assert place_footnotes(text) == text


def test_notes_that_point_at_each_other_are_each_placed_once() -> None:
    chain = "".join(f"[^{i}]: See[^{i + 1}] too.\n" for i in range(1_000))
    text = "Our duty.[^0]\n\n" + chain + "[^1000]: Last.\n"
    result = place_footnotes(text)
    assert result.count("See") == 1_000
    cycle = "We act.[^a] We listen.[^b]\n\n[^a]: As[^b] says.\n[^b]: As[^a] says.\n"
    assert place_footnotes(cycle).count("says") == 2


def test_marks_on_many_lines_of_one_paragraph_are_placed_in_linear_work() -> None:
    def make(n: int) -> Callable[[], Any]:
        marks = "".join(f"A line of the paragraph[^{i}]\n" for i in range(n))
        notes = "".join(f"[^{i}]: Note {i}.\n" for i in range(n))
        return lambda: place_footnotes(marks + "\n" + notes)

    _linear(make)


def test_unclosed_summaries_are_scanned_once() -> None:
    # `<summary>(.*?)</summary>` scanned to the line's end from each unclosed `<summary>`
    assert unwrap_html_blocks("<div>" + "<summary>x" * (HOSTILE // 10))


def test_a_hundred_thousand_nested_div_lines_are_read() -> None:
    depth = 100_000
    text = '<div class="box">\n' * depth + "Our words.\n" + "</div>\n" * depth
    assert unwrap_html_blocks(text).strip() == "Our words."
    _linear(lambda n: lambda: unwrap_html_blocks("<div>\n" * n + "Words\n" + "</div>\n" * n))


@pytest.mark.parametrize(
    "text",
    ['<div class="note', "<div\n" * 1000, "<details><summary>Open" * 1000, "<p " + "a" * HOSTILE],
)
def test_unclosed_block_tags_are_read(text: str) -> None:
    assert len(unwrap_html_blocks(text)) <= 2 * len(text) + 2


# --- hostile Word files ------------------------------------------------------------------------


def _run(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


def test_short_lines_and_deleted_marks_are_read_in_linear_work() -> None:
    # each paragraph looked again at every block before it to see if the front matter went on
    lines = [_word([_run("Council name")] * n) for n in (300, 600)]
    deleted = '<w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>'
    marks = [_word([deleted + _run("word")] * n) for n in (300, 600)]
    for small, large in (lines, marks):
        counts = [_lines_run(lambda data=data: render_docx(data)) for data in (small, large)]
        assert counts[1] <= 2.2 * counts[0] + 50, counts


def test_nested_open_fields_are_read_in_linear_work() -> None:
    # each run looked over every open field
    def paragraph(n: int) -> bytes:
        begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        return _word([begin * n + _run("4") * n])

    small, large = paragraph(1500), paragraph(3000)
    counts = [_lines_run(lambda data=data: render_docx(data)) for data in (small, large)]
    assert counts[1] <= 2.2 * counts[0] + 50, counts


def test_a_page_field_result_is_still_left_out() -> None:
    field = (
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText>"
        "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + _run("7")
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    )  # fmt: skip
    assert render_docx(_word([_run("See page ") + field + _run(" below.")])) == "See page below."


def test_ten_thousand_nested_content_controls_are_a_damaged_file() -> None:
    data = word_bytes(new_word())
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                deep = "<w:sdt><w:sdtContent>" * 10_000 + "<w:p>" + _run("x") + "</w:p>"
                deep += "</w:sdtContent></w:sdt>" * 10_000
                content = content.replace(b"<w:body>", b"<w:body>" + deep.encode())
            target.writestr(item, content)
    with pytest.raises(CorruptDocument):
        read_source(buffer.getvalue(), "chapter.docx")


def test_a_notes_part_too_deep_to_read_is_a_damaged_file() -> None:
    document = new_word()
    document.add_paragraph("Our duties.[footnote:1]")
    deep = "<w:sdt><w:sdtContent>" * 400 + "x" + "</w:sdtContent></w:sdt>" * 400
    note = "</w:t></w:r>" + deep + "<w:r><w:t>"
    data = _with_notes(word_bytes(document), {"footnote": {1: note}})
    with pytest.raises(CorruptDocument):  # was lxml's XMLSyntaxError, uncaught
        read_source(data, "chapter.docx")


def test_a_text_box_inside_a_text_box_reads_its_line_once() -> None:
    document = new_word()
    document.add_heading("Policies and Principles", 0)
    document.add_paragraph("We wrote this chapter with the families we work with.")
    body = document.element.body
    inner = f"<w:p>{_box('<w:p>' + _run('Inner note') + '</w:p>')}{_run('Our values')}</w:p>"
    body.insert(len(body) - 1, parse_xml(f"<w:p {_NAMESPACES}>{_box(inner)}</w:p>"))
    document.add_paragraph("We are honest with families.")
    text = render_docx(word_bytes(document))
    assert text.count("Our values") == 1
    assert "Inner note" not in text
