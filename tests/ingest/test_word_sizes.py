"""Headings in Word files whose templates give them styles of their own: named neither
"Heading N" nor based on one, with no outline level, shown to the reader only by a larger type
size ("Title 2", "Chapter Heading")."""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.documents import new_word, word_bytes


def _styled(document: WordDocument, name: str, size: float, bold: bool = False) -> str:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(size)
    style.font.bold = bold
    return name


def test_paragraphs_in_larger_type_are_headings_by_their_size() -> None:
    document = new_word()
    title = _styled(document, "Title 2", 20, bold=True)
    chapter = _styled(document, "Chapter Heading", 14)
    document.add_paragraph("Policies, Values and Principles", style=title)
    document.add_paragraph("Who this chapter is for", style=chapter)
    document.add_paragraph("Everyone who works with children on the council's behalf.")
    document.add_paragraph("How we work", style=chapter)
    document.add_paragraph("We look first to relatives and friends.")

    text = read_source(word_bytes(document), "sizes.docx").text

    assert text.split("\n\n") == [
        "# Policies, Values and Principles",
        "## Who this chapter is for",
        "Everyone who works with children on the council's behalf.",
        "## How we work",
        "We look first to relatives and friends.",
    ]


def test_a_size_set_on_the_runs_counts_like_a_style_size() -> None:
    document = new_word()
    document.add_paragraph("Our values are written with children.")
    document.add_paragraph().add_run("What we believe").font.size = Pt(16)
    document.add_paragraph("We believe that children do best at home.")

    assert "# What we believe" in read_source(word_bytes(document), "runs.docx").text


def test_a_sentence_in_larger_type_stays_a_paragraph() -> None:
    document = new_word()
    lead = _styled(document, "Lead Text", 16)
    document.add_paragraph("Every child deserves a safe and loving home.", style=lead)
    document.add_paragraph("We work with families to make that happen.")

    assert read_source(word_bytes(document), "lead.docx").text.split("\n\n")[0] == (
        "Every child deserves a safe and loving home."
    )


def test_with_a_title_style_sized_headings_sit_below_the_title() -> None:
    document = new_word()
    chapter = _styled(document, "Chapter Heading", 15)
    document.add_paragraph("Policies, Values and Principles", style="Title")
    document.add_paragraph("Scope of this chapter", style=chapter)
    document.add_paragraph("This chapter applies to all staff.")

    text = read_source(word_bytes(document), "titled.docx").text

    assert text.split("\n\n")[:2] == [
        "# Policies, Values and Principles",
        "## Scope of this chapter",
    ]


def test_sized_headings_open_sections_that_still_tile_the_text() -> None:
    document = new_word()
    chapter = _styled(document, "Chapter Heading", 14)
    document.add_paragraph("Being a good corporate parent", style=chapter)
    document.add_paragraph(
        "Every part of the council is a corporate parent to the children in its care."
    )
    document.add_paragraph("Sharing information", style=chapter)
    document.add_paragraph("We share information when a child's safety needs it.")
    source = read_source(word_bytes(document), "sections.docx")

    sections = analyze(source, get_family(None)).outline.sections

    assert "".join(section.text for section in sections) == source.text
    assert [section.heading for section in sections if section.heading] == [
        "Being a good corporate parent",
        "Sharing information",
    ]


def test_a_title_kept_in_the_outline_stays_the_title_and_its_subtitle_no_heading() -> None:
    # LibreOffice, writing Word from an OpenDocument text whose title sits in the outline, gives
    # the Title paragraph the top outline level directly; Google Docs and Word give the Subtitle
    # style a larger type than the body. The Title stays the title, the Subtitle a line under it.
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = new_word()
    title = document.add_paragraph("Policies, Values and Principles", style="Title")
    title._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="0"/>'))
    document.add_paragraph("Brackenford Borough Council", style="Subtitle").runs[0].font.size = Pt(
        15
    )
    document.add_paragraph("About this chapter", style="Heading 1")
    document.add_paragraph("It applies to everyone who works with children in the borough.")

    text = read_source(word_bytes(document), "outline-title.docx").text

    assert text.split("\n\n") == [
        "# Policies, Values and Principles",
        "Brackenford Borough Council",
        "## About this chapter",
        "It applies to everyone who works with children in the borough.",
    ]


def test_a_paragraph_with_a_direct_outline_level_below_the_top_keeps_it_in_the_title_style() -> (
    None
):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = new_word()
    document.add_paragraph("Policies, Values and Principles", style="Title")
    second = document.add_paragraph("Part two: practice", style="Title")
    second._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    document.add_paragraph("We look first to relatives and friends.")

    assert "### Part two: practice" in read_source(word_bytes(document), "two.docx").text


def test_larger_type_does_not_outrank_the_heading_the_document_opens_with() -> None:
    # blind round 102 (decision 0170): a heading boxed in a one-cell table, in larger type,
    # under a chapter titled by Word's Heading 1
    document = new_word()
    document.add_heading("Corporate Parenting", level=1)
    document.add_paragraph("Every councillor is a corporate parent to the children in our care.")
    box = document.add_table(rows=1, cols=1)
    box.rows[0].cells[0].paragraphs[0].add_run("Our principles").font.size = Pt(13)
    document.add_paragraph("We put the interests of children in care first.")
    document.add_heading("Sharing information", level=2)
    document.add_paragraph("Records are shared only when the law allows it.")

    blocks = read_source(word_bytes(document), "boxed.docx").text.split("\n\n")

    assert blocks[0] == "## Corporate Parenting"
    assert "### Our principles" in blocks
    assert "### Sharing information" in blocks
