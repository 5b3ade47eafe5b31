# ruff: noqa: E501
"""Build the two-hundred-and-twenty-first blind set: three whole children's-services policy
chapters of invented councils as the plain text someone copied out of a PDF viewer and pasted
into a .txt file.

Each chapter (written for this set, in `blind221_sources/chapters.py`) is laid out as a real PDF
by a real producer, its text is taken out the way a viewer copies it, and what the paste did on
top of that is applied by hand (named in `main`):

    22101  Pendlebrook: fpdf2 on A5, a running header (from page 2) and a "Page N of M" footer;
           text by pdfium's get_text_range (Chrome's viewer): every printed line a line, the
           header and footer lines standing where the pages turn, mid-paragraph.
    22102  Cresswold: WeasyPrint, justified and hyphenated (U+2010 at broken words), a running
           header and a "Page N of M" footer; text by `pdftotext` (reading order). By hand: the
           viewer lost the line break before one heading, which runs on after the sentence
           above it.
    22103  Thornmere: a Word file (python-docx) printed by LibreOffice, a header line and a
           "Page N of M" footer with real fields; text by `pdftotext -layout` (the Symbol
           bullets have no text, so the items are pasted as indented lines).

The PDFs and the Word file are kept in `blind221_sources/` (sources, not case documents); the
text files are the case documents.

usage: .venv/bin/python tests/cases/documents/build_blind221.py
       (fpdf2, WeasyPrint, python-docx, LibreOffice, pdftotext, pypdfium2). A rebuild with other
       versions may break lines differently; keep the committed text files unless the chapters
       change.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "blind221_sources"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(SOURCES))

from build_binary_tools import (  # noqa: E402
    docx_to_pdf,
    new_docx,
    pdfium_copy,
    pdftotext,
    saved_docx,
    word_field,
)
from chapters import CRESSWOLD, PENDLEBROOK, THORNMERE  # noqa: E402

NAMES = {
    "22101": "22101-txt-pdf-copy-pdfium-fpdf2-a5-running-header-and-page-n-of-m-mid-paragraph-numbered-headings-six-bulleted-with-regulations-seven-need-clauses-family-valued-four-months-21-or-25-parent-lac.txt",
    "22102": "22102-txt-pdf-copy-pdftotext-weasyprint-hyphenated-breaks-heading-glued-to-line-before-four-acts-regulations-in-next-sentence-seven-accepted-reclaiming-conflict-three-against-four-months-staying-put-children-in-care.txt",
    "22103": "22103-txt-pdf-copy-pdftotext-layout-word-via-libreoffice-bullets-lost-five-bulleted-pledge-no-principles-family-safeguarding-two-months-25-for-all-version-line-cared-for.txt",
}


def _pdf(code: str) -> Path:
    return SOURCES / f"{code}.pdf"


def build_22101() -> None:
    """fpdf2 on A5: header and "Page N of M" footer on every page, "-" bullets."""
    import datetime

    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            if self.page_no() == 1:  # the first page carries the title instead
                self.ln(4)
                return
            self.set_font("helvetica", "I", 7.5)
            self.cell(
                0,
                5,
                "Pendlebrook Borough Council: Children's Social Care Procedures",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-13)
            self.set_font("helvetica", size=7.5)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Pdf(format="A5")
    pdf.set_creation_date(datetime.datetime(2025, 12, 15, tzinfo=datetime.UTC))
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for block in PENDLEBROOK:
        kind = block[0]
        if kind == "title":
            pdf.set_font("helvetica", "B", 15)
            pdf.multi_cell(0, 7.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.set_font("helvetica", "B", 11.5)
            pdf.ln(1.5)
            pdf.multi_cell(0, 6, f"{block[1]} {block[2]}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("helvetica", size=9.5)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("helvetica", size=9.5)
            for item in block[1]:
                pdf.set_x(21)
                pdf.multi_cell(0, 5, "- " + item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(_pdf("22101")))


def build_22102() -> None:
    """WeasyPrint: justified, hyphenated body, running header and "Page N of M" footer."""
    from weasyprint import HTML

    css = """
    @page { size: A5; margin: 16mm 15mm 18mm 15mm;
            @top-left { content: "Cresswold County Council - Children's Services Manual"; font: 7.5pt sans-serif; }
            @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt sans-serif; } }
    body { font: 10pt/1.35 serif; }
    h1 { font: bold 16pt sans-serif; margin: 0 0 1mm 0; }
    .sub { font: 10pt sans-serif; margin: 0 0 5mm 0; }
    h2 { font: bold 11.5pt sans-serif; margin: 4mm 0 1.5mm 0; }
    p { text-align: justify; hyphens: auto; margin: 0 0 2mm 0; }
    """
    out = []
    for block in CRESSWOLD:
        kind = block[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(block[1])}</h1>")
        elif kind == "sub":
            out.append(f'<p class="sub">{html.escape(block[1])}</p>')
        elif kind == "h":
            out.append(f"<h2>{html.escape(block[2])}</h2>")
        elif kind == "p":
            out.append(f"<p>{html.escape(block[1])}</p>")
    page = f'<html lang="en-GB"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(out)}</body></html>'
    HTML(string=page).write_pdf(str(_pdf("22102")))


def build_22103() -> None:
    """python-docx printed by LibreOffice: Heading 1 numbered by hand, List Bullet items."""
    from docx.shared import Cm

    document = new_docx()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    section.header.paragraphs[0].text = "Thornmere MBC | Children's Services | Policy Manual"
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "2")
    for block in THORNMERE:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=0)
        elif kind == "h":
            document.add_heading(f"{block[1]}   {block[2]}", level=1)
        elif kind in ("p", "end"):
            document.add_paragraph(block[1])
        elif kind == "ul":
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet")
    data = saved_docx(document)
    (SOURCES / "22103.docx").write_bytes(data)
    docx_to_pdf(data, _pdf("22103"))


def glue_before(text: str, line_pattern: str) -> str:
    """The paste lost the line break before a heading: it runs on after the line above it."""
    new, count = re.subn(r"(?<=[.:;])\n+(" + line_pattern + r")\n", r"\1\n", text, count=1)
    if count != 1:
        raise SystemExit(f"paste step did not apply: {line_pattern!r}")
    return new


def finish(code: str, text: str) -> None:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    (HERE / NAMES[code]).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    SOURCES.mkdir(exist_ok=True)
    build_22101()
    build_22102()
    build_22103()
    finish("22101", pdfium_copy(_pdf("22101")))
    text = pdftotext(_pdf("22102"), layout=False)
    text = glue_before(text, re.escape("Working Together with Partners"))
    finish("22102", text)
    finish("22103", pdftotext(_pdf("22103"), layout=True))


if __name__ == "__main__":
    main()
