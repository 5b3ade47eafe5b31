"""Tables from corporate Word templates wrap some rows and cells in content controls: a
repeating-section control around each row of a review log, a plain-text control around the one
cell an author fills in (the version, the owner). Word shows them as ordinary rows and cells, so
they read as `cell | cell` lines like any other, with nothing dropped."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.ingest import read_source
from tests.documents import new_word, word_bytes


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _control(inner: str, alias: str) -> str:
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:text/></w:sdtPr>'
        f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    )


def _read_table(rows_xml: str) -> str:
    document = new_word()
    document.add_paragraph("Record of this policy")
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f"<w:tbl {nsdecls('w')}><w:tblPr/>{rows_xml}</w:tbl>"))
    return read_source(word_bytes(document), "policy.docx").text


def test_a_cell_inside_a_content_control_keeps_its_place_in_the_row() -> None:
    text = _read_table(
        f"<w:tr>{_cell('Issue')}{_control(_cell('7.1'), 'Issue number')}</w:tr>"
        f"<w:tr>{_cell('Approved by')}{_cell('Corporate Parenting Board')}</w:tr>"
    )

    assert "Issue | 7.1" in text
    assert "Approved by | Corporate Parenting Board" in text


def test_rows_of_a_repeating_section_control_are_read_in_order() -> None:
    log = "".join(
        f"<w:tr>{_cell(when)}{_cell(what)}</w:tr>"
        for when, what in (("April 2023", "First issue"), ("June 2025", "Care leavers offer"))
    )
    text = _read_table(
        f"<w:tr>{_cell('Date')}{_cell('Change')}</w:tr>" + _control(log, "Review log")
    )

    assert text.split("\n\n")[-1] == (
        "Date | Change\nApril 2023 | First issue\nJune 2025 | Care leavers offer"
    )
