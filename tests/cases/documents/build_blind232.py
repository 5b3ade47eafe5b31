# ruff: noqa: E501
"""Build the two-hundred-and-thirty-second blind set: four whole children's-services policy
chapters of invented councils as the plain text someone copied out of a PDF viewer and pasted
into a .txt file.

Each chapter (written for this set, in `blind232_sources/chapters.py`) is laid out as a real PDF
by a real producer and its text is taken out the way a viewer copies it:

    23201  Brindlecombe: a python-docx Word file (Title style, Heading 1 with real automatic
           numbering "1.", List Bullet items, a footer "Version 3 | Page N of M" with PAGE and
           NUMPAGES fields) printed to PDF by LibreOffice; text by pdfium's get_text_range.
    23202  Kestermere: a council web page printed by Chromium (Playwright, headless) with the
           browser's own header and footer (the print date and the page's <title> above, the
           URL and "N/M" below); text by plain `pdftotext` (reading order).
    23203  Sallowby: WeasyPrint, an "At a glance" box floated beside the first section; text by
           `pdftotext -layout`, so the box's lines stand to the right of the body's lines.
    23204  Harnby: fpdf2 with DejaVu Sans, bullets "▪", headings bold and coloured at the body's
           size, a running header and "Page N" footer; text by `pdftotext -raw`.

The PDFs are kept in `blind232_sources/` (sources, not case documents); the text files are the
case documents. Nothing was changed by hand after the extraction.

usage: .venv/bin/python tests/cases/documents/build_blind232.py
       (python-docx, LibreOffice, Playwright with /usr/bin/chromium, WeasyPrint, fpdf2,
       pdftotext, pypdfium2). A rebuild with other versions (or on another day: Chromium prints
       the date) may break lines differently; keep the committed text files unless the chapters
       change.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "blind232_sources"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(SOURCES))

from build_binary_tools import docx_to_pdf, new_docx, pdfium_copy, pdftotext, saved_docx, word_field  # noqa: E402
from chapters import BRINDLECOMBE, HARNBY, KESTERMERE, SALLOWBY  # noqa: E402

NAMES = {
    "23201": "23201-txt-pdf-copy-pdfium-word-via-libreoffice-auto-numbered-headings-version-and-page-n-of-m-footer-nine-bulleted-seven-in-a-sentence-two-signs-models-4-months-21-or-25-supported-accommodation-lac.txt",
    "23202": "23202-txt-pdf-copy-pdftotext-chromium-print-date-title-header-url-footer-unnumbered-headings-two-acts-seven-named-works-restoratively-mockingbird-6-months-21-or-25-parent-or-custody-last-updated-children-in-care.txt",
    "23203": "23203-txt-pdf-copy-pdftotext-layout-weasyprint-at-a-glance-sidebar-beside-text-amended-day-in-council-line-seven-listed-seven-need-clauses-family-valued-5-months-21-or-25-neet-cared-for.txt",
    "23204": "23204-txt-pdf-copy-pdftotext-raw-fpdf2-square-bullets-coloured-bold-body-size-headings-six-listed-seven-listed-our-model-is-conflict-six-against-four-months-21-or-25-seeking-work-last-reviewed-clas.txt",
}

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _pdf(code: str) -> Path:
    return SOURCES / f"{code}.pdf"


# ------------------------------------------------------------------ 23201 Word via LibreOffice


def _number_heading_1(document: object) -> None:
    """Give the Heading 1 style real automatic numbering "1.", "2.", … as Word's "Define new
    multilevel list" linked to Heading 1 writes it (an abstract numbering and the style's numPr)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    style = document.styles["Heading 1"]  # type: ignore[attr-defined]
    ppr = style.element.get_or_add_pPr()
    ppr.insert(
        0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
    )


def build_23201() -> None:
    from docx.shared import Pt

    document = new_docx()
    _number_heading_1(document)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Version 3 | Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "4")
    for block in BRINDLECOMBE:
        kind = block[0]
        if kind == "title":
            document.add_paragraph(str(block[1]), style="Title")
        elif kind == "sub":
            document.add_paragraph(str(block[1])).runs[0].font.size = Pt(13)
        elif kind == "h":
            document.add_paragraph(str(block[2]), style="Heading 1")  # the number is Word's
        elif kind == "p":
            document.add_paragraph(str(block[1]))
        elif kind == "ul":
            for item in block[1]:  # type: ignore[attr-defined]
                document.add_paragraph(item, style="List Bullet")
    docx_to_pdf(saved_docx(document), _pdf("23201"))


# ------------------------------------------------------------------ 23202 Chromium print


def _web_page(blocks: list[tuple[object, ...]]) -> str:
    body = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            body.append(f"<h1>{html.escape(str(block[1]))}</h1>")
        elif kind == "h":
            body.append(f"<h2>{html.escape(str(block[2]))}</h2>")
        elif kind == "p":
            body.append(f"<p>{html.escape(str(block[1]))}</p>")
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        "<title>Children's Services Policies, Values and Principles | Kestermere City Council</title>"
        "<style>body{font:16px/1.5 Arial,sans-serif;max-width:46em;margin:0 auto;padding:0 1em}"
        "h1{font-size:2em;margin:.5em 0}h2{font-size:1.35em;margin:1.2em 0 .4em}"
        "header,footer{display:none}@media screen{header,footer{display:block}}</style></head>"
        "<body><header>Kestermere City Council</header><main>"
        + "".join(body)
        + "</main><footer>Kestermere City Council, Civic Centre</footer></body></html>"
    )


def build_23202() -> None:
    from playwright.sync_api import sync_playwright

    url = "https://www.kestermere.gov.uk/children/procedures/policies-values-and-principles"
    page_html = _web_page(KESTERMERE)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--lang=en-GB"],
            env={"LANG": "en_GB.UTF-8", "TZ": "Europe/London"},
        )
        page = browser.new_page(locale="en-GB", timezone_id="Europe/London")
        page.route(
            "**/*",
            lambda route: route.fulfill(status=200, content_type="text/html", body=page_html),
        )
        page.goto(url)
        # The browser's own print header and footer: date and title above, URL and N/M below.
        page.pdf(
            path=str(_pdf("23202")),
            format="A4",
            display_header_footer=True,
            header_template='<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between"><span class="date"></span><span class="title"></span><span></span></div>',
            footer_template='<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between"><span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>',
            margin={"top": "18mm", "bottom": "18mm", "left": "12mm", "right": "12mm"},
        )
        browser.close()


# ------------------------------------------------------------------ 23203 WeasyPrint sidebar


def build_23203() -> None:
    from weasyprint import HTML

    out = []
    for block in SALLOWBY:
        kind = block[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(str(block[1]))}</h1>")
        elif kind == "sub":
            out.append(f'<p class="sub">{html.escape(str(block[1]))}</p>')
        elif kind == "h":
            out.append(f"<h2>{html.escape(str(block[1]) + ' ' + str(block[2]))}</h2>")
        elif kind == "p":
            out.append(f"<p>{html.escape(str(block[1]))}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in block[1]) + "</ul>")  # type: ignore[attr-defined]
        elif kind == "box":
            lines = "".join(f"<li>{html.escape(i)}</li>" for i in block[2])  # type: ignore[attr-defined]
            out.append(f"<aside><h3>{html.escape(str(block[1]))}</h3><ul>{lines}</ul></aside>")
    css = """
    @page { size: A4; margin: 20mm 20mm 22mm 20mm;
            @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; } }
    body { font: 10.5pt/1.45 sans-serif; }
    h1 { font: bold 19pt sans-serif; margin: 0 0 1mm 0; }
    .sub { font: 10pt sans-serif; color: #444; margin: 0 0 6mm 0; }
    h2 { font: bold 13pt sans-serif; margin: 5mm 0 1.5mm 0; }
    p { margin: 0 0 2.5mm 0; }
    aside { float: right; width: 58mm; margin: 0 0 3mm 6mm; padding: 2mm 3mm; border: 0.6pt solid #2b6e4f; background: #eef6f1; font: 9pt/1.35 sans-serif; }
    aside h3 { font: bold 10pt sans-serif; margin: 0 0 1mm 0; color: #2b6e4f; }
    aside ul { margin: 0; padding-left: 0; list-style: none; }
    aside li { margin: 0 0 1mm 0; }
    """
    page = f'<html lang="en-GB"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(out)}</body></html>'
    HTML(string=page).write_pdf(str(_pdf("23203")))


# ------------------------------------------------------------------ 23204 fpdf2


def build_23204() -> None:
    import datetime

    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("dejavu", size=8)
            self.set_text_color(90, 90, 90)
            self.cell(
                0, 5, "Harnby MBC - Children's Services Procedures", new_x="LMARGIN", new_y="NEXT"
            )
            self.set_text_color(0, 0, 0)
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("dejavu", size=8)
            self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = Pdf(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 1, 9, tzinfo=datetime.UTC))
    pdf.add_font("dejavu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in HARNBY:
        kind = block[0]
        if kind == "title":
            pdf.set_font("dejavu", "B", 17)
            pdf.multi_cell(0, 8, str(block[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.set_font("dejavu", "B", 10.5)
            pdf.set_text_color(0, 94, 120)
            pdf.ln(2)
            pdf.multi_cell(0, 5.5, str(block[2]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dejavu", size=10.5)
            pdf.multi_cell(0, 5.5, str(block[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("dejavu", size=10.5)
            for item in block[1]:  # type: ignore[attr-defined]
                pdf.set_x(26)
                pdf.cell(5, 5.5, "\u25aa")
                pdf.multi_cell(0, 5.5, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(_pdf("23204")))


# ------------------------------------------------------------------ text as copied


def pdftotext_raw(path: Path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return text.replace("\f", "")  # a paste carries no form feeds


def finish(code: str, text: str) -> None:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    (HERE / NAMES[code]).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    SOURCES.mkdir(exist_ok=True)
    build_23201()
    build_23202()
    build_23203()
    build_23204()
    finish("23201", pdfium_copy(_pdf("23201")))
    finish("23202", pdftotext(_pdf("23202"), layout=False))
    finish("23203", pdftotext(_pdf("23203"), layout=True))
    finish("23204", pdftotext_raw(_pdf("23204")))


if __name__ == "__main__":
    main()
