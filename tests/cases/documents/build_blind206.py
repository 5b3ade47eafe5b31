# ruff: noqa: E501
"""Build the two-hundred-and-sixth blind set: six whole children's-services policy chapters of
invented councils as the plain text someone selected and copied out of a PDF viewer and pasted
into a .txt file.

Each chapter (written for this set, in `blind206_sources/chapters.py`) is laid out as a real
PDF by a real producer, then its text is taken out the way a viewer copies it, and what a
human paste does on top of that is applied by hand (named in each maker below):

    20601  Wyndlestone: reportlab, running header and "Page N of M" footer; text by pdfium's
           get_text_range (Chrome's and Edge's viewer): every printed line a line, the header
           and footer lines interleaved where the pages turn, mid-paragraph.
    20602  Skelwith: WeasyPrint, a title band over two justified, hyphenated columns, a footer
           "Skelwith District Council  Page N of M"; text by `pdftotext` (reading order):
           the columns pasted one after the other (the footer's left part lands between
           them, mid-sentence), words broken with U+2010 hyphens at line ends. By hand: the
           title band and the columns were copied as two selections (a blank line between),
           and the viewer lost the line break before most headings, which run on after the
           sentence above them.
    20603  Tallowfield: a Word file (python-docx) printed by LibreOffice, a three-column table
           of legislation, "o" sub-bullets, a header and a "Page N of M" footer with real
           fields; text by `pdftotext -layout`: the table pasted as runs of spaces.
    20604  Cindersley: fpdf2, header and "Page N of M" footer, "-" bullets; text by pdfium;
           the paste glued some headings onto the end of the line before and others onto
           the next sentence (a viewer that loses the line break between text runs).
    20605  Larkhythe: WeasyPrint, each heading's number in its own block above it (a hanging
           number), justified and hyphenated, a running header and "Page N of M" footer; text
           by `pdftotext` (reading order): "2." on a line of its own, a blank line between
           sections, the corporate parenting sentence broken by the page turn.
    20606  Moorcaster: a Word file (python-docx) with Symbol-font bullets printed by
           LibreOffice; text by pdfium, the bullets pasted as U+F0B7 (the private-use Symbol
           bullet Word's PDFs carry).

The PDFs are kept in `blind206_sources/` (they are the sources, not case documents); the text
files are the case documents.

usage: PYTHONPATH=/folder/with/reportlab .venv/bin/python tests/cases/documents/build_blind206.py
       (reportlab, fpdf2, WeasyPrint, python-docx, LibreOffice, pdftotext,
       pypdfium2). A rebuild with other versions may break lines a little differently; keep the
       committed text files unless the chapters change.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "blind206_sources"
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
from chapters import (  # noqa: E402
    CINDERSLEY,
    LARKHYTHE,
    MOORCASTER,
    SKELWITH,
    TALLOWFIELD,
    WYNDLESTONE,
    Block,
)

NAMES = {
    "20601": "20601-txt-pdf-copy-pdfium-lines-running-header-and-page-n-of-m-mid-paragraph-numbered-headings-six-acts-bulleted-seven-bulleted-safe-and-together-five-months-21-or-25-higher-education-lac.txt",
    "20602": "20602-txt-pdf-copy-pdftotext-two-columns-in-column-order-hyphenated-breaks-footer-mid-column-reviewed-and-amended-five-acts-in-a-sentence-seven-adopted-restorative-3-months-21-or-25-in-touch-children-in-care.txt",
    "20603": "20603-txt-pdf-copy-pdftotext-layout-word-via-libreoffice-legislation-table-as-runs-of-spaces-o-sub-bullets-seven-family-partnership-model-six-months-21-or-25-education-or-training-cared-for.txt",
    "20604": "20604-txt-pdf-copy-pdfium-fpdf2-headings-glued-to-line-before-or-sentence-after-dash-bullets-four-acts-no-principles-signs-of-safety-conflict-five-against-six-months-21-or-25-full-time-education.txt",
    "20605": "20605-txt-pdf-copy-pdftotext-weasyprint-hanging-heading-numbers-on-own-line-eight-items-with-regulations-seven-lettered-strengthening-families-no-timescale-25-for-all-last-updated.txt",
    "20606": "20606-txt-pdf-copy-pdfium-word-via-libreoffice-symbol-bullets-private-use-three-acts-seven-numbered-no-wrong-door-four-months-21-or-25-apprenticeship-version-line-children-looked-after.txt",
}


def _pdf(code: str) -> Path:
    return SOURCES / f"{code}.pdf"


# ------------------------------------------------------------------ extraction, as viewers copy
def _html(blocks: list[Block], css: str, hanging_numbers: bool = False) -> str:
    out = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(block[1])}</h1>")
        elif kind == "sub":
            out.append(f'<p class="sub">{html.escape(block[1])}</p>')
        elif kind == "h":
            number, text = block[1], block[2]
            if hanging_numbers and number:
                out.append(f'<div class="num">{number}</div><h2>{html.escape(text)}</h2>')
            else:
                out.append(f"<h2>{html.escape((number + ' ' + text).strip())}</h2>")
        elif kind == "p":
            out.append(f"<p>{html.escape(block[1])}</p>")
        elif kind in ("ul", "ul2"):
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in block[1]) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in block[1]) + "</ol>")
        elif kind == "end":
            out.append(f'<p class="end">{html.escape(block[1])}</p>')
    return f'<html lang="en-GB"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(out)}</body></html>'


def weasy(blocks: list[Block], css: str, target: Path, hanging_numbers: bool = False) -> None:
    from weasyprint import HTML

    HTML(string=_html(blocks, css, hanging_numbers)).write_pdf(str(target))


def build_20601() -> None:
    """reportlab: header and "Page N of M" footer drawn on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    head = ParagraphStyle(
        "head", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=8, spaceAfter=5
    )
    title = ParagraphStyle(
        "title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10
    )

    class Numbered(SimpleDocTemplate):
        pass

    def flowables() -> list[Any]:
        return [flowable for block in WYNDLESTONE for flowable in one(block)]

    def one(block: Block) -> list[Any]:
        story: list[Any] = []
        kind = block[0]
        if kind == "title":
            story.append(Paragraph(html.escape(block[1]), title))
        elif kind == "h":
            story.append(Paragraph(html.escape(f"{block[1]} {block[2]}"), head))
        elif kind == "p":
            story.append(Paragraph(html.escape(block[1]), body))
        elif kind == "ul":
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(html.escape(i), body), leftIndent=14) for i in block[1]],
                    bulletType="bullet",
                    start="\u2022",
                    leftIndent=14,
                )
            )
        elif kind == "end":
            story.append(Spacer(1, 6))
            story.append(Paragraph(block[1], body))
        return story

    def canvas_for(total: int) -> Any:
        from reportlab.pdfgen.canvas import Canvas

        class Stamped(Canvas):  # type: ignore[misc]
            """Draws the running lines when a page is finished, after its body, as many
            producers do: a copy then carries them between one page's text and the next's."""

            def showPage(self) -> None:  # noqa: N802
                self.saveState()
                self.setFont("Helvetica", 8.5)
                self.drawRightString(
                    A4[0] - 20 * mm, 12 * mm, f"Page {self.getPageNumber()} of {total}"
                )
                self.drawString(
                    20 * mm,
                    A4[1] - 12 * mm,
                    "Wyndlestone Borough Council | Children's Services Procedures Manual",
                )
                self.restoreState()
                super().showPage()

        return Stamped

    def make(total: int) -> int:
        doc = Numbered(
            str(_pdf("20601")),
            pagesize=A4,
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=22 * mm,
            bottomMargin=60 * mm,
            title=WYNDLESTONE[0][1],
            author="policydiff test cases",
            invariant=1,
        )
        doc.build(flowables(), canvasmaker=canvas_for(total))
        return int(doc.page)

    pages = make(9)
    make(pages)


def build_20602() -> None:
    css = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm;
            @bottom-left { content: "Skelwith District Council"; font: 8pt sans-serif; }
            @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; } }
    body { font: 11pt/1.4 serif; }
    h1 { font: bold 17pt sans-serif; margin: 0 0 2mm 0; }
    p.sub { font: 10pt sans-serif; margin: 0 0 6mm 0; }
    .cols { column-count: 2; column-gap: 8mm; column-fill: auto; }
    h2 { font: bold 11pt sans-serif; margin: 3mm 0 1mm 0; }
    p { text-align: justify; hyphens: auto; margin: 0 0 2mm 0; }
    """
    source = _html(SKELWITH, css)
    # the title band spans the page; everything after it runs in two columns
    head, _, rest = source.partition("<h2>")
    marker = head.rfind('<p class="sub">')
    body_end = head.index("</p>", marker) + 4
    source = head[:body_end] + '<div class="cols"><h2>' + rest.replace("</body>", "</div></body>")
    from weasyprint import HTML

    HTML(string=source).write_pdf(str(_pdf("20602")))


def _docx_footer(document: Any, header_text: str) -> None:
    from docx.shared import Cm

    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.9)
    section.header.paragraphs[0].text = header_text
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "2")


def build_20603() -> None:
    from docx.shared import Pt

    document = new_docx()
    _docx_footer(document, "Tallowfield County Council - Children and Young People's Directorate")
    for block in TALLOWFIELD:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=0)
        elif kind == "h":
            document.add_heading(block[2], level=1)
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "ul":
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "ul2":
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet 2")
        elif kind == "table":
            header, rows = block[1], block[2]
            table = document.add_table(rows=1 + len(rows), cols=len(header))
            table.style = "Table Grid"
            for c, cell in enumerate(header):
                run = table.rows[0].cells[c].paragraphs[0].add_run(cell)
                run.bold = True
            for r, row in enumerate(rows, start=1):
                for c, cell in enumerate(row):
                    table.rows[r].cells[c].paragraphs[0].add_run(cell).font.size = Pt(10)
    docx_to_pdf(saved_docx(document), _pdf("20603"))


def build_20604() -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("helvetica", size=8)
            self.cell(
                0,
                6,
                "Cindersley City Council - Children's Services Procedures",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("helvetica", size=8)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = Pdf(format="A4")
    pdf.set_creation_date(
        __import__("datetime").datetime(2026, 7, 20, tzinfo=__import__("datetime").timezone.utc)
    )
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for block in CINDERSLEY:
        kind = block[0]
        if kind == "title":
            pdf.set_font("helvetica", "B", 17)
            pdf.multi_cell(0, 9, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.set_font("helvetica", "B", 12.5)
            pdf.ln(2)
            pdf.multi_cell(0, 7, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("helvetica", size=10.5)
            pdf.multi_cell(0, 5.6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "ul":
            pdf.set_font("helvetica", size=10.5)
            for item in block[1]:
                pdf.set_x(30)
                pdf.multi_cell(0, 5.6, "- " + item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.output(str(_pdf("20604")))


def build_20605() -> None:
    css = """
    @page { size: A4; margin: 20mm 22mm 22mm 22mm;
            @top-right { content: "Larkhythe MBC Children's Services"; font: 8pt sans-serif; }
            @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; } }
    body { font: 10.5pt/1.4 serif; }
    h1 { font: bold 18pt sans-serif; }
    .num { font: bold 12pt sans-serif; margin-top: 5mm; color: #444; }
    h2 { font: bold 12pt sans-serif; margin: 1mm 0 2mm 0; }
    p { text-align: justify; hyphens: auto; margin: 0 0 2.5mm 0; }
    p.end { font-style: italic; margin-top: 6mm; }
    """
    weasy(LARKHYTHE, css, _pdf("20605"), hanging_numbers=True)


def build_20606() -> None:
    document = new_docx()
    _docx_footer(document, "Moorcaster Borough Council - Children's Services Procedures Manual")
    for block in MOORCASTER:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=0)
        elif kind == "sub":
            document.add_paragraph(block[1], style="Subtitle")
        elif kind == "h":
            document.add_heading(f"{block[1]} {block[2]}", level=1)
        elif kind == "p" or kind == "end":
            document.add_paragraph(block[1])
        elif kind == "ul":
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in block[1]:
                document.add_paragraph(item, style="List Number")
    docx_to_pdf(saved_docx(document), _pdf("20606"))


# ------------------------------------------------------------------ what the paste did by hand
def glue_after(text: str, line: str) -> str:
    """The paste lost the line break after `line`: the next line runs on after it."""
    return _glue(text, re.escape(line) + r"\n", line + " ")


def glue_before(text: str, line: str) -> str:
    """The paste lost the line break before `line`: it runs on after the line above it."""
    return _glue(text, r"(?<=[.:;])\n" + re.escape(line) + r"\n", line + "\n")


def _glue(text: str, pattern: str, replacement: str) -> str:
    new, count = re.subn(pattern, lambda _m: replacement, text, count=1)
    if count != 1:
        raise SystemExit(f"paste step did not apply: {pattern!r}")
    return new


def symbol_bullets(text: str) -> str:
    """Word's PDFs carry the Symbol font's private-use bullet, which a paste keeps."""
    return re.sub(r"(?m)^[\u2022\u25cf] ?", "\uf0b7 ", text)


def finish(code: str, text: str) -> None:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    (HERE / NAMES[code]).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    SOURCES.mkdir(exist_ok=True)
    build_20601()
    build_20602()
    build_20603()
    build_20604()
    build_20605()
    build_20606()
    finish("20601", pdfium_copy(_pdf("20601")))
    text = pdftotext(_pdf("20602"), layout=False)
    # the title band and the columns were copied as two selections, pasted a blank line apart
    text = text.replace("Family Help\n", "Family Help\n\n", 1)
    for heading in (
        "Our Vision",
        "The Law Behind Our Work",
        "What We Believe",
        "Being a Corporate Parent",
        "How We Practise",
        "Principles for Children in Care",
        "Outcomes We Work For",
        "Confidentiality",
    ):
        text = glue_before(text, heading)  # the viewer lost the break between the text runs
    finish("20602", text)
    # Word's "List Bullet 2" draws a Courier New "o", which is what a paste carries
    finish("20603", re.sub(r"(?m)^( +)\uf0b7", r"\1o", pdftotext(_pdf("20603"), layout=True)))
    text = pdfium_copy(_pdf("20604"))
    for heading in ("Introduction", "Corporate Parenting", "Key Principles"):
        text = glue_before(text, heading)
    for heading in (
        "Our Values",
        "Our Practice Model",
        "Our Strategy",
        "Information Sharing and Confidentiality",
    ):
        text = glue_after(text, heading)
    finish("20604", text)
    finish("20605", pdftotext(_pdf("20605"), layout=False))
    finish("20606", symbol_bullets(pdfium_copy(_pdf("20606"))))


if __name__ == "__main__":
    main()
