"""Real Word and PDF files made in the tests: python-docx for Word, fpdf2 for PDF.

The words are the tests' own: a council's chapter on children's services values, written for
these tests. Builders take simple block lists so that property tests can generate documents.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from fpdf import FPDF

WORD_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BULLET = "\x95"
"""fpdf2's core fonts write WinAnsi bytes: 0x95 is the bullet "•" there."""


# --- Word ------------------------------------------------------------------------------------


def new_word(header: str = "", footer: str = "") -> WordDocument:
    """An empty Word document, with running header and footer text if given."""
    document = docx.Document()
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    return document


def word_bytes(document: WordDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@dataclass
class NumberingLevel:
    number_format: str = "decimal"
    label: str = "%1."
    start: int = 1
    restart_after: int | None = None


def add_numbering(
    document: WordDocument,
    levels: Sequence[NumberingLevel],
    *,
    abstract_id: int | None = None,
    start_overrides: dict[int, int] | None = None,
) -> str:
    """Add a list definition (or reuse `abstract_id`) and an instance of it; its `w:numId`."""
    numbering = document.part.numbering_part.element
    if abstract_id is None:
        existing = [
            int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))
        ]
        abstract_id = max(existing, default=0) + 1
        parts = []
        for index, level in enumerate(levels):
            restart = (
                f'<w:lvlRestart w:val="{level.restart_after}"/>'
                if level.restart_after is not None
                else ""
            )
            parts.append(
                f'<w:lvl w:ilvl="{index}"><w:start w:val="{level.start}"/>'
                f'<w:numFmt w:val="{level.number_format}"/>{restart}'
                f'<w:lvlText w:val="{level.label}"/></w:lvl>'
            )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            + "".join(parts)
            + "</w:abstractNum>"
        )
        first_instance = numbering.find(qn("w:num"))
        if first_instance is not None:
            first_instance.addprevious(abstract)
        else:
            numbering.append(abstract)
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(num_ids, default=0) + 1
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
        for level, value in (start_overrides or {}).items()
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
        )
    )
    return str(num_id)


def abstract_of(document: WordDocument, num_id: str) -> int:
    numbering = document.part.numbering_part.element
    for instance in numbering.findall(qn("w:num")):
        if instance.get(qn("w:numId")) == num_id:
            return int(instance.find(qn("w:abstractNumId")).get(qn("w:val")))
    raise KeyError(num_id)


def numbered(paragraph: Paragraph, num_id: str, level: int = 0) -> Paragraph:
    """Put `paragraph` in list `num_id` at `level` (0 is the top)."""
    properties = paragraph._p.get_or_add_pPr()
    properties.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"
        )
    )
    return paragraph


def add_xml_paragraph(document: WordDocument, inner_xml: str) -> None:
    """Append a paragraph given as WordprocessingML runs (tracked changes, hidden text…)."""
    paragraph = parse_xml(f"<w:p {nsdecls('w', 'r')}>{inner_xml}</w:p>")
    document.element.body.insert(len(document.element.body) - 1, paragraph)


def add_hyperlink(paragraph: Paragraph, text: str, url: str) -> None:
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{relationship}"><w:r><w:rPr>'
            f'<w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{text}</w:t>'
            "</w:r></w:hyperlink>"
        )
    )


FILLER_SENTENCES = (
    "Managers review each plan with the young person at least every six months.",
    "Carers are told promptly about any change to a child's plan.",
    "The panel meets monthly and records every decision it makes.",
    "Foster carers receive training before a child is placed with them.",
)
"""Text for pages added only to make a document longer."""


# --- PDF -------------------------------------------------------------------------------------


@dataclass
class PdfBlock:
    """One block of a test PDF: `kind` is title, heading, label (bold at body size),
    paragraph (wrapped by fpdf2), lines (wrapped as given) or bullet."""

    kind: str
    text: str = ""
    lines: list[str] = field(default_factory=list)


class _ChapterPdf(FPDF):
    def __init__(self, running_header: str, page_numbers: bool) -> None:
        super().__init__(format="A4")
        self.running_header = running_header
        self.page_numbers = page_numbers
        self.set_auto_page_break(True, margin=22)
        self.set_margins(22, 20, 22)

    def header(self) -> None:
        if self.running_header:
            self.set_font("Helvetica", size=8)
            self.set_y(8)
            self.cell(0, 6, self.running_header, align="C")
            self.set_y(20)

    def footer(self) -> None:
        if self.page_numbers:
            self.set_y(-14)
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def pdf_bytes(
    blocks: Sequence[PdfBlock],
    *,
    running_header: str = "",
    page_numbers: bool = True,
    min_pages: int = 1,
    filler: bool = True,
) -> bytes:
    """A PDF of `blocks` in Helvetica: title 20 pt bold, headings 15 pt bold, body 11 pt."""
    pdf = _ChapterPdf(running_header, page_numbers)
    pdf.alias_nb_pages()
    pdf.add_page()
    for block in blocks:
        if block.kind == "title":
            pdf.set_font("Helvetica", "B", 20)
            pdf.multi_cell(0, 10, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif block.kind == "heading":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif block.kind == "label":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif block.kind == "paragraph":
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 6, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif block.kind == "lines":
            pdf.set_font("Helvetica", size=11)
            for line in block.lines:
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif block.kind == "bullet":
            pdf.set_font("Helvetica", size=11)
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(5, 6, BULLET)
            pdf.multi_cell(0, 6, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            raise ValueError(block.kind)
    while pdf.page_no() < min_pages:
        pdf.add_page()
        if filler:
            pdf.set_font("Helvetica", size=11)
            sentence = FILLER_SENTENCES[pdf.page_no() % len(FILLER_SENTENCES)]
            pdf.multi_cell(0, 6, sentence, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
