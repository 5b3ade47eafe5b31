# ruff: noqa: E501
"""Build the two-hundred-and-forty-third blind set: five whole children's-services policy
chapters of invented councils as the plain text someone copied out of a PDF viewer and pasted
into a .txt file, a facts probe of where PDF layout puts facts.

Each chapter (written for this set, in `blind243_sources/chapters.py`) is laid out as a real PDF
by a real producer and its text taken out the way a viewer or a script takes it:

    24301  Thornecaster: python-docx (Title, a version box as a two-column table under it,
           Heading 1 numbered by hand, the legislation in a two-column continuous section, a
           leaving-care table whose cell "Age 21" carries a superscript note mark, a footer
           "Thornecaster Borough Council - Page N of M" with fields) printed by LibreOffice;
           text by pypdfium2's get_text_range page by page, pages joined by a blank line.
    24302  Fernhallow: an HTML page printed by Chromium (Playwright), the legislation list in CSS
           columns, a floated sidebar naming the practice model, soft hyphens in long words, the
           browser footer "Fernhallow City Council - Amended February 2026 - Page N of M";
           text by plain `pdftotext`.
    24303  Ravensholt: fpdf2 with DejaVu Sans, a running header carrying "Amended April 2026",
           soft hyphens, a bordered text box naming the model, a note "¹" after "21" with its
           text at the page foot; text by `pdftotext -layout`.
    24304  Coldmarsh: an HTML page printed by Chromium, a version box (table) under the title,
           superscript note marks after Acts' years, a leaving-care table; `pdftotext -raw`.
    24305  Ulverby: python-docx printed by LibreOffice, a running header "... Amended September
           2025", a shaded one-cell table as a sidebar naming the model, superscript note marks
           after "4" and "21"; select all and copy in a pdfium viewer.

The PDFs are kept in `blind243_sources/`; the text files are the case documents. Nothing was
changed by hand after the extraction.

usage: .venv/bin/python tests/cases/documents/build_blind243.py
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "blind243_sources"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(SOURCES))

from build_binary_tools import docx_to_pdf, new_docx, pdfium_copy, pdftotext, saved_docx, word_field  # noqa: E402
from chapters import COLDMARSH, FERNHALLOW, RAVENSHOLT, THORNECASTER, ULVERBY  # noqa: E402

NAMES = {
    "24301": "24301-txt-pdf-copy-pdfium-get-text-range-word-via-libreoffice-version-box-table-two-column-acts-section-leaving-care-table-note-mark-after-21-eight-listed-seven-named-family-safeguarding-four-months-lac.txt",
    "24302": "24302-txt-pdf-copy-pdftotext-chromium-print-amended-in-footer-acts-in-css-columns-sidebar-model-soft-hyphens-ten-listed-seven-numbered-safe-and-together-six-months-21-or-25-on-request-children-in-care.txt",
    "24303": "24303-txt-pdf-copy-pdftotext-layout-fpdf2-amended-in-running-header-text-box-model-superscript-one-after-21-page-foot-note-25-six-acts-seven-lettered-motivational-three-months-clas.txt",
    "24304": "24304-txt-pdf-copy-pdftotext-raw-chromium-print-version-box-note-marks-after-years-three-acts-in-a-sentence-leaving-care-table-signs-of-safety-5-months-cared-for.txt",
    "24305": "24305-txt-pdf-copy-pdfium-select-all-word-via-libreoffice-amended-only-in-running-header-shaded-box-no-wrong-door-note-marks-after-4-and-21-four-acts-seven-bulleted-looked-after.txt",
}

FONTS = Path("/usr/share/fonts/truetype/dejavu")
MARK = re.compile(r"\^(\d)")


def _pdf(code: str) -> Path:
    return SOURCES / f"{code}.pdf"


# ------------------------------------------------------------------ Word via LibreOffice


def _runs(paragraph: object, text: str) -> None:
    """Text with "^N" note marks as superscript runs (soft-hyphen marks dropped: Word files
    carry none here)."""
    text = text.replace("|", "")
    last = 0
    for match in MARK.finditer(text):
        paragraph.add_run(text[last : match.start()])  # type: ignore[attr-defined]
        paragraph.add_run(match.group(1)).font.superscript = True  # type: ignore[attr-defined]
        last = match.end()
    paragraph.add_run(text[last:])  # type: ignore[attr-defined]


def _set_columns(section: object, count: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sect_pr = section._sectPr  # type: ignore[attr-defined]
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "567")


def _shade(cell: object, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(  # type: ignore[attr-defined]
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def _word(
    blocks: list[tuple[object, ...]], header: str | None, footer_words: str, total: bool
) -> bytes:
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt

    document = new_docx()
    first = document.sections[0]
    if header:
        first.header.paragraphs[0].add_run(header).font.size = Pt(8)
    footer = first.footer.paragraphs[0]
    footer.add_run(footer_words)
    word_field(footer, "PAGE", "1")
    if total:
        footer.add_run(" of ")
        word_field(footer, "NUMPAGES", "3")
    for block in blocks:
        kind = block[0]
        if kind == "title":
            document.add_paragraph(str(block[1]), style="Title")
        elif kind == "sub":
            document.add_paragraph(str(block[1])).runs[0].font.size = Pt(13)
        elif kind == "h":
            number = str(block[1])
            document.add_paragraph(
                f"{number} {block[2]}" if number else str(block[2]), style="Heading 1"
            )
        elif kind == "p":
            _runs(document.add_paragraph(), str(block[1]))
        elif kind == "ul":
            for item in block[1]:  # type: ignore[attr-defined]
                _runs(document.add_paragraph(style="List Bullet"), item)
        elif kind == "cols":
            document.add_section(WD_SECTION.CONTINUOUS)
            _set_columns(document.sections[-2], 1)
            for item in block[1]:  # type: ignore[attr-defined]
                document.add_paragraph(item, style="List Bullet")
            document.add_section(WD_SECTION.CONTINUOUS)
            _set_columns(document.sections[-2], 2)
            _set_columns(document.sections[-1], 1)
        elif kind in ("table", "control"):
            rows = block[1]
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for index, row in enumerate(rows):  # type: ignore[attr-defined]
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    _runs(cell.paragraphs[0], value)
                    bold = (kind == "table" and index == 0) or (
                        kind == "control" and cell is cells[0]
                    )
                    if bold:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            document.add_paragraph()
        elif kind == "box":
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            _shade(cell, "E4EEF7")
            cell.paragraphs[0].add_run(str(block[1])).bold = True
            _runs(cell.add_paragraph(), str(block[2]))
            document.add_paragraph()
        elif kind == "notes":
            document.add_paragraph("Notes", style="Heading 2")
            for note in block[1]:  # type: ignore[attr-defined]
                paragraph = document.add_paragraph()
                _runs(paragraph, note)
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    return saved_docx(document)


def build_24301() -> None:
    docx_to_pdf(
        _word(THORNECASTER, None, "Thornecaster Borough Council - Page ", True), _pdf("24301")
    )


def build_24305() -> None:
    header = "Ulverby Borough Council | Children's Services Procedures | Amended September 2025"
    docx_to_pdf(_word(ULVERBY, header, "", False), _pdf("24305"))


# ------------------------------------------------------------------ Chromium print


def _inline(text: str) -> str:
    out = html.escape(text).replace("|", "&shy;")
    return MARK.sub(r"<sup>\1</sup>", out)


def _web_page(blocks: list[tuple[object, ...]], title: str) -> str:
    body = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            body.append(f"<h1>{_inline(str(block[1]))}</h1>")
        elif kind == "h":
            number = str(block[1])
            body.append(f"<h2>{_inline((number + ' ' if number else '') + str(block[2]))}</h2>")
        elif kind == "p":
            body.append(f"<p>{_inline(str(block[1]))}</p>")
        elif kind in ("ul", "cols", "ol"):
            tag = "ol" if kind == "ol" else "ul"
            cls = ' class="cols"' if kind == "cols" else ""
            items = "".join(f"<li>{_inline(i)}</li>" for i in block[1])  # type: ignore[attr-defined]
            body.append(f"<{tag}{cls}>{items}</{tag}>")
        elif kind in ("table", "control"):
            rows = block[1]
            cls = "control" if kind == "control" else "data"
            out = []
            for index, row in enumerate(rows):  # type: ignore[attr-defined]
                if kind == "table" and index == 0:
                    out.append("<tr>" + "".join(f"<th>{_inline(c)}</th>" for c in row) + "</tr>")
                elif kind == "control":
                    out.append(f"<tr><th>{_inline(row[0])}</th><td>{_inline(row[1])}</td></tr>")
                else:
                    out.append("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>")
            body.append(f'<table class="{cls}">{"".join(out)}</table>')
        elif kind == "box":
            body.append(
                f"<aside><h3>{_inline(str(block[1]))}</h3><p>{_inline(str(block[2]))}</p></aside>"
            )
        elif kind == "notes":
            notes = "".join(f'<p class="note">{_inline(n)}</p>' for n in block[1])  # type: ignore[attr-defined]
            body.append(f'<section class="notes"><h2>Notes</h2>{notes}</section>')
    css = (
        "body{font:15px/1.5 Arial,Helvetica,sans-serif;margin:0}"
        "h1{font-size:1.9em;margin:.3em 0 .6em}h2{font-size:1.3em;margin:1.1em 0 .4em}"
        "ul.cols{columns:2;column-gap:2em}li{margin:.15em 0}"
        "aside{float:right;width:34%;margin:.3em 0 .6em 1.2em;padding:.5em .8em;border-left:4px solid #1d6a8a;background:#eef5f8;font-size:.9em}"
        "aside h3{margin:0 0 .3em;font-size:1.05em}aside p{margin:0}"
        "table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #888;padding:.3em .6em;text-align:left;vertical-align:top}"
        "table.control{font-size:.9em}table.control th{background:#eee}"
        ".notes{font-size:.85em}"
        "p{hyphens:manual}"
    )
    return (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{css}</style></head><body><main>" + "".join(body) + "</main></body></html>"
    )


def _chromium_print(page_html: str, url: str, target: Path, header: str, footer: str) -> None:
    from playwright.sync_api import sync_playwright

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
        page.pdf(
            path=str(target),
            format="A4",
            display_header_footer=True,
            header_template=header,
            footer_template=footer,
            margin={"top": "20mm", "bottom": "20mm", "left": "18mm", "right": "18mm"},
        )
        browser.close()


_SMALL = '<div style="font-size:8px;width:100%;padding:0 18mm;font-family:Arial">'


def build_24302() -> None:
    page_html = _web_page(FERNHALLOW, "Policies, Values and Principles - Fernhallow City Council")
    footer = (
        _SMALL + "Fernhallow City Council - Amended February 2026 - Page "
        '<span class="pageNumber"></span> of <span class="totalPages"></span></div>'
    )
    _chromium_print(
        page_html,
        "https://www.fernhallow.gov.uk/childrens-services/policies-values-principles",
        _pdf("24302"),
        "<span></span>",
        footer,
    )


def build_24304() -> None:
    page_html = _web_page(COLDMARSH, "Children's Services Policies, Values and Principles")
    header = (
        _SMALL + "Coldmarsh Metropolitan Borough Council - Children's Social Care Procedures</div>"
    )
    footer = (
        _SMALL + 'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
    )
    _chromium_print(
        page_html,
        "https://procedures.coldmarsh.gov.uk/policies-values-principles",
        _pdf("24304"),
        header,
        footer,
    )


# ------------------------------------------------------------------ fpdf2


def build_24303() -> None:
    import datetime

    from fpdf import FPDF

    notes: dict[int, str] = {}

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("dejavu", size=8)
            self.set_text_color(80, 80, 80)
            self.cell(
                0,
                5,
                "Ravensholt County Council  |  Children's Services Manual  |  Amended April 2026",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.set_text_color(0, 0, 0)
            self.ln(5)

        def footer(self) -> None:
            note = notes.get(self.page_no())
            if note:
                self.set_y(-30)
                self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
                self.ln(1.5)
                self.set_font("dejavu", size=8.5)
                self.multi_cell(0, 4.5, note, new_x="LMARGIN", new_y="NEXT")
            self.set_y(-14)
            self.set_font("dejavu", size=8)
            self.cell(0, 6, f"{self.page_no()}", align="C")

    pdf = Pdf(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 4, 20, tzinfo=datetime.UTC))
    pdf.add_font("dejavu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(25, 15, 25)
    pdf.set_auto_page_break(True, margin=34)
    pdf.add_page()
    pending: str | None = None
    for block in RAVENSHOLT:
        kind = block[0]
        if kind == "title":
            pdf.set_font("dejavu", "B", 16)
            pdf.multi_cell(0, 8, str(block[1]), new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("dejavu", size=11)
            pdf.multi_cell(0, 6, str(block[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.set_font("dejavu", "B", 12)
            pdf.ln(2)
            pdf.multi_cell(0, 6.5, f"{block[1]}   {block[2]}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dejavu", size=10.5)
            text = str(block[1]).replace("|", "\u00ad")
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            if "\u00b9" in text:
                pending = str(pdf.page_no())
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("dejavu", size=10.5)
            for item in block[1]:  # type: ignore[attr-defined]
                pdf.set_x(31)
                pdf.multi_cell(
                    0,
                    5.5,
                    item if item.startswith("(") else "\u2013  " + item,
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
            pdf.ln(2)
        elif kind == "box":
            pdf.ln(1)
            pdf.set_fill_color(240, 240, 232)
            pdf.set_x(35)
            pdf.set_font("dejavu", "B", 10)
            pdf.multi_cell(
                120,
                6,
                str(block[1]),
                border="LTR",
                fill=True,
                padding=(2, 3, 0, 3),
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_x(35)
            pdf.set_font("dejavu", size=10)
            pdf.multi_cell(
                120,
                5.2,
                str(block[2]),
                border="LBR",
                fill=True,
                padding=(0, 3, 2, 3),
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(3)
        elif kind == "footnote":
            assert pending is not None
            notes[int(pending)] = str(block[1])
    pdf.output(str(_pdf("24303")))


# ------------------------------------------------------------------ text as taken out


def get_text_range_pages(path: Path) -> str:
    """A script's pypdfium2 reading: each page's get_text_range, pages a blank line apart."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pages = []
    for page in pdf:
        text = page.get_textpage().get_text_range()
        pages.append(
            text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-").rstrip("\n")
        )
    return "\n\n".join(pages) + "\n"


def pdftotext_raw(path: Path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return text.replace("\f", "")


def finish(code: str, text: str) -> None:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    (HERE / NAMES[code]).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    SOURCES.mkdir(exist_ok=True)
    only = sys.argv[1:] or list(NAMES)
    builders = {
        "24301": build_24301,
        "24302": build_24302,
        "24303": build_24303,
        "24304": build_24304,
        "24305": build_24305,
    }
    for code in only:
        builders[code]()
    takes = {
        "24301": lambda: get_text_range_pages(_pdf("24301")),
        "24302": lambda: pdftotext(_pdf("24302"), layout=False),
        "24303": lambda: pdftotext(_pdf("24303"), layout=True),
        "24304": lambda: pdftotext_raw(_pdf("24304")),
        "24305": lambda: pdfium_copy(_pdf("24305")),
    }
    for code in only:
        finish(code, takes[code]())


if __name__ == "__main__":
    main()
