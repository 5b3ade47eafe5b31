"""The case builders' helpers added by decision 0504 (tests/cases/documents/build_binary_tools.py):
the Word file of marked runs and its note, the plain-text table with a bold first row, and the
notes part python-docx cannot write. The builders that held copies must build the same files,
so these pin the text and the Word structure the copies produced."""

from __future__ import annotations

import io
import zipfile
from typing import Any
from xml.etree import ElementTree

import pytest

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


BLOCKS = [
    ("title", "Adoption Support"),
    ("i", "Revised in March: the contacts were brought up to date."),
    ("h", "The law"),
    ("runs", [("Duties come from the ", ""), ("Adoption and Children Act 2002", "i"), (".", "")]),
    ("b", "first bullet"),
    ("n", "first step"),
    ("n", "second step"),
    ("table", [("Version", "Change"), ("3", "Contacts")]),
    ("p", "Closing line."),
]


def test_the_marked_note_writes_marks_lists_and_tables(tools: Any) -> None:
    note = tools.marked_note(BLOCKS, "build_x.py", "about")
    assert note == (
        "%% built by build_x.py: about\n\n# Adoption Support\n\n"
        "_Revised in March: the contacts were brought up to date._\n\n## The law\n\n"
        "Duties come from the _Adoption and Children Act 2002_.\n\n"
        "- first bullet\n1. first step\n2. second step\n\n"
        "| Version | Change |\n| 3 | Contacts |\n\nClosing line.\n"
    )


def test_the_marked_word_file_sets_both_marks_on_every_run(tools: Any) -> None:
    import docx

    data = tools.marked_docx(BLOCKS, {"title": "Title", "h": "Heading 1", "b": "List Bullet"})
    document = docx.Document(io.BytesIO(data))
    paragraphs = document.paragraphs
    assert [p.style.name for p in paragraphs[:3]] == ["Title", "Normal", "Heading 1"]
    assert [run.italic for run in paragraphs[1].runs] == [True]
    assert [(run.text, run.italic, run.bold) for run in paragraphs[3].runs] == [
        ("Duties come from the ", False, False),
        ("Adoption and Children Act 2002", True, False),
        (".", False, False),
    ]
    table = document.tables[0]
    assert [[run.bold for run in row.cells[0].paragraphs[0].runs] for row in table.rows] == [
        [True],
        [False],
    ]


def test_a_text_table_bolds_its_first_row_and_leaves_the_others_unset(tools: Any) -> None:
    document = tools.new_docx()
    table = tools.add_text_table(document, [["Age", "Support"], ["21", "Everyone"]])
    assert table.style.name == "Table Grid"
    assert [cell.text for row in table.rows for cell in row.cells] == [
        "Age",
        "Support",
        "21",
        "Everyone",
    ]
    assert [run.bold for run in table.rows[0].cells[0].paragraphs[0].runs] == [True]
    assert [run.bold for run in table.rows[1].cells[0].paragraphs[0].runs] == [None]


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_a_notes_part_has_both_separators_then_each_note(tools: Any, kind: str) -> None:
    xml = tools.word_notes_xml(kind, {1: "Section 22 & 23.", 2: "Part 3."}, W_NS)
    root = ElementTree.fromstring(xml)
    assert root.tag == f"{W}{kind}s"
    notes = root.findall(f"{W}{kind}")
    assert [note.get(f"{W}id") for note in notes] == ["-1", "0", "1", "2"]
    assert [note.get(f"{W}type") for note in notes[:2]] == ["separator", "continuationSeparator"]
    style = notes[2].find(f"{W}p/{W}pPr/{W}pStyle")
    assert style is not None and style.get(f"{W}val") == f"{kind.capitalize()}Text"
    assert "".join(notes[2].itertext()) == " Section 22 & 23."
    assert notes[2].find(f"{W}p/{W}r/{W}{kind}Ref") is not None


def test_a_word_part_is_added_with_its_content_type_and_relationship(tools: Any) -> None:
    document = tools.new_docx()
    document.add_paragraph("Body.")
    data = tools.saved_docx(document)
    notes = tools.word_notes_xml("endnote", {1: "A note."}, W_NS)
    built = tools.with_word_part(data, "endnotes.xml", notes, "rId77", (2020, 2, 2, 0, 0, 0))
    before = zipfile.ZipFile(io.BytesIO(data))
    after = zipfile.ZipFile(io.BytesIO(built))
    assert after.namelist() == [*before.namelist(), "word/endnotes.xml"]
    assert after.read("word/endnotes.xml") == notes
    assert after.getinfo("word/endnotes.xml").date_time == (2020, 2, 2, 0, 0, 0)
    assert after.read("word/document.xml") == before.read("word/document.xml")
    assert (
        b'<Override PartName="/word/endnotes.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>'
    ) in after.read("[Content_Types].xml")
    assert (
        b'<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/endnotes" Target="endnotes.xml"/></Relationships>'
    ) in after.read("word/_rels/document.xml.rels")
