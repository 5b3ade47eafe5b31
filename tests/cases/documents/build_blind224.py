# ruff: noqa: E501
"""Build the two-hundred-and-twenty-fourth blind set: four whole children's-services policy
chapters of invented councils as the plain text someone copied out of a PDF viewer and pasted
into a .txt file.

Each chapter (written for this set, in `blind224_sources/chapters.py`) is laid out as a real PDF
by a real producer and its text is taken out the way a viewer copies it:

    22401  Harrowfield: a landscape A4 leaflet by WeasyPrint, a title band across the page over
           two columns, a footer with the council's name and the page number; text by
           `pdftotext -raw` (content-stream order: one column after the other, the footer
           mid-paragraph where page 1 ends). Poppler's reading order (plain `pdftotext`, a
           selection in Evince) interleaves the two columns' headings and was not used.
    22402  Brackenridge: fpdf2 on A5, a running header naming the chapter's title and the issue
           date on every page (the first included) and a "Page N" footer; text by pdfium's
           get_text_range (Chrome's viewer): every printed line a line.
    22403  Tollerby: WeasyPrint, numbered headings set in small capitals (`font-variant:
           small-caps`), a running footer; text by `pdftotext -raw` (content-stream order).
    22404  Glenmarsh: WeasyPrint, a key-facts table of ages and months and footnotes at the foot
           of the page (`float: footnote`, marks as superscript numbers); text by pdfium.

The PDFs are kept in `blind224_sources/` (sources, not case documents); the text files are the
case documents. Nothing was changed by hand after the extraction.

usage: .venv/bin/python tests/cases/documents/build_blind224.py
       (fpdf2, WeasyPrint, pdftotext, pypdfium2). A rebuild with other versions may break lines
       differently; keep the committed text files unless the chapters change.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "blind224_sources"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(SOURCES))

from build_binary_tools import pdfium_copy  # noqa: E402
from chapters import BRACKENRIDGE, GLENMARSH, HARROWFIELD, TOLLERBY  # noqa: E402

NAMES = {
    "22401": "22401-txt-pdf-copy-pdftotext-raw-weasyprint-landscape-two-column-leaflet-footer-mid-paragraph-unnumbered-headings-four-acts-in-a-sentence-signs-of-safety-six-months-21-or-25-on-request-children-in-care.txt",
    "22402": "22402-txt-pdf-copy-pdfium-fpdf2-a5-running-header-title-and-issue-date-every-page-lettered-need-clauses-five-acts-family-safeguarding-3-months-21-or-25-education-cared-for.txt",
    "22403": "22403-txt-pdf-copy-pdftotext-raw-weasyprint-small-caps-numbered-headings-version-line-seven-with-regulations-strengthening-families-five-months-21-or-25-disabled-lac.txt",
    "22404": "22404-txt-pdf-copy-pdfium-weasyprint-key-facts-table-age-and-months-footnotes-at-page-foot-three-acts-in-a-sentence-motivational-social-work-4-months-21-or-25-higher-education-clas.txt",
}

NOTE = re.compile(r"\[\[(.*?)\]\]")


def _pdf(code: str) -> Path:
    return SOURCES / f"{code}.pdf"


def _html_blocks(blocks: list[tuple[object, ...]], numbered: bool) -> str:
    out = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(str(block[1]))}</h1>")
        elif kind == "sub":
            out.append(f'<p class="sub">{html.escape(str(block[1]))}</p>')
        elif kind == "h":
            number = f"{block[1]} " if numbered and block[1] else ""
            out.append(f"<h2>{html.escape(number + str(block[2]))}</h2>")
        elif kind == "p":
            text = html.escape(str(block[1]))
            text = NOTE.sub(lambda m: f'<span class="fn">{m.group(1)}</span>', text)
            out.append(f"<p>{text}</p>")
        elif kind == "ul":
            items = "".join(f"<li>{html.escape(item)}</li>" for item in block[1])  # type: ignore[attr-defined]
            out.append(f"<ul>{items}</ul>")
        elif kind == "table":
            rows = block[1]
            head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])  # type: ignore[index]
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                for row in rows[1:]  # type: ignore[index]
            )
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "".join(out)


def _weasy(blocks: list[tuple[object, ...]], css: str, target: Path, numbered: bool) -> None:
    from weasyprint import HTML

    page = f'<html lang="en-GB"><head><meta charset="utf-8"><style>{css}</style></head><body>{_html_blocks(blocks, numbered)}</body></html>'
    HTML(string=page).write_pdf(str(target))


def build_22401() -> None:
    css = """
    @page { size: A4 landscape; margin: 14mm 16mm 16mm 16mm;
            @bottom-left { content: "Harrowfield Borough Council | Children's Services"; font: 8pt sans-serif; }
            @bottom-right { content: counter(page); font: 8pt sans-serif; } }
    body { font: 10.5pt/1.4 sans-serif; columns: 2; column-gap: 12mm; }
    h1 { column-span: all; font: bold 20pt sans-serif; background: #1d5c8a; color: white; padding: 4mm; margin: 0; }
    .sub { column-span: all; font: italic 11pt sans-serif; margin: 2mm 0 5mm 0; }
    h2 { font: bold 12.5pt sans-serif; color: #1d5c8a; margin: 3mm 0 1mm 0; }
    p { margin: 0 0 2mm 0; }
    """
    _weasy(HARROWFIELD, css, _pdf("22401"), numbered=False)


def build_22402() -> None:
    import datetime

    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("helvetica", "I", 7.5)
            self.cell(
                0,
                5,
                "Children's Services Policies, Values and Principles | Issued November 2025",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-13)
            self.set_font("helvetica", size=7.5)
            self.cell(0, 6, f"Page {self.page_no()}", align="R")

    pdf = Pdf(format="A5")
    pdf.set_creation_date(datetime.datetime(2025, 11, 20, tzinfo=datetime.UTC))
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for block in BRACKENRIDGE:
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
                pdf.set_x(20)
                pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(_pdf("22402")))


def build_22403() -> None:
    css = """
    @page { size: A4; margin: 20mm 22mm 22mm 22mm;
            @bottom-center { content: "Tollerby County Council Children and Families Service Manual - page " counter(page); font: 8pt serif; } }
    body { font: 11pt/1.4 serif; }
    h1 { font: bold 18pt serif; margin: 0 0 1mm 0; }
    .sub { font: 10pt serif; margin: 0 0 6mm 0; }
    h2 { font: bold 12.5pt serif; font-variant: small-caps; letter-spacing: 0.04em; margin: 5mm 0 1.5mm 0; }
    p { text-align: justify; margin: 0 0 2mm 0; }
    ul { margin: 0 0 2mm 0; }
    """
    _weasy(TOLLERBY, css, _pdf("22403"), numbered=True)


def build_22404() -> None:
    css = """
    @page { size: A5; margin: 16mm 14mm 18mm 14mm;
            @footnote { border-top: 0.5pt solid black; padding-top: 1mm; }
            @bottom-right { content: counter(page); font: 8pt sans-serif; } }
    body { font: 9.5pt/1.35 sans-serif; }
    h1 { font: bold 15pt sans-serif; margin: 0 0 1mm 0; }
    .sub { font: 9.5pt sans-serif; margin: 0 0 4mm 0; }
    h2 { font: bold 11pt sans-serif; margin: 4mm 0 1.5mm 0; }
    p { margin: 0 0 2mm 0; }
    table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; }
    th, td { border: 0.5pt solid #555; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
    .fn { float: footnote; font: 7.5pt sans-serif; }
    ::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6.5pt; }
    ::footnote-marker { content: counter(footnote) " "; }
    """
    _weasy(GLENMARSH, css, _pdf("22404"), numbered=False)


def finish(code: str, text: str) -> None:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    (HERE / NAMES[code]).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    SOURCES.mkdir(exist_ok=True)
    build_22401()
    build_22402()
    build_22403()
    build_22404()
    finish("22401", pdftotext_raw(_pdf("22401")))
    finish("22402", pdfium_copy(_pdf("22402")))
    finish("22403", pdftotext_raw(_pdf("22403")))
    finish("22404", pdfium_copy(_pdf("22404")))


def pdftotext_raw(path: Path) -> str:
    import subprocess

    args = ["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return text.replace("\f", "")  # a paste carries no form feeds


if __name__ == "__main__":
    main()
