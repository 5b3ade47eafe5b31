# ruff: noqa: E501  (OpenDocument and Word XML fragments are kept as their makers write them)
"""Build the twenty-fifth blind set's Word and PDF files (2501-2510): whole chapters made in ways
the earlier sets (build_binary*.py, build_blind7.py, build_blind11.py) lack.

`build_binary.py` hands a source here when its `%% maker:` is one of MAKERS below. The source
language is build_binary.py's, with one inline addition read by the LibreOffice makers:

    [^text]             a footnote at the foot of the page

Makers (Word through python-docx):
    docx-caps-runs      no heading styles: each heading is a Normal paragraph whose text is split
                        over two runs, bold, 14 pt, shown in capitals by the run's "caps"
                        property (the text itself stays in sentence case); keep-with-next
    docx-banner-table   each heading is the only cell of a one-column, one-row shaded table (a
                        banner across the page); the title a bold 18 pt Normal paragraph
    docx-list-headings  headings are bold items of a multilevel Word list ("1.", sub-headings
                        "1.1"): the numbers are in no paragraph's text; body paragraphs plain
    docx-unheaded-dash  no headings at all: the title and then paragraphs whose topic changes;
                        lists are Word numbering with an en-dash bullet; justified body
    docx-strong-style   headings are Normal paragraphs whose run carries the character style
                        "Strong" (bold from the style, not direct formatting) at 12 pt; a
                        document-control table at the end
Makers (an OpenDocument printed to PDF by LibreOffice, running header and footer with page
numbers in fields):
    lo-footnote-pdf     Heading 1 styles, a footnote, a long list that runs over a page break
    lo-columns-pdf      the title and the lines under it across the page, then the body in a
                        two-column section; headings bold 11.5 pt
    lo-bodybold-pdf     headings are paragraphs set bold at the body size (10.5 pt), no outline
                        level; justified body
    lo-unheaded-pdf     no headings; justified body; "- N -" page footer; a footnote; a long
                        list over a page break
    lo-banner-pdf       each heading inside a shaded one-column table, typed numbers "1."

LibreOffice stamps its output, so those rebuilds are equivalent, not identical; Word files are
re-zipped with fixed dates.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path
from typing import Any

DOCX_MAKERS = frozenset(
    {"docx-caps-runs", "docx-banner-table", "docx-list-headings", "docx-unheaded-dash",
     "docx-strong-style"}
)  # fmt: skip
PDF_MAKERS = frozenset(
    {"lo-footnote-pdf", "lo-columns-pdf", "lo-bodybold-pdf", "lo-unheaded-pdf", "lo-banner-pdf"}
)
MAKERS = DOCX_MAKERS | PDF_MAKERS
NOTE = re.compile(r"\[\^([^\]]+)\]")


def build_with(source: Any, target: Path) -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import _libreoffice

    maker = source.options["maker"]
    if maker in PDF_MAKERS:
        _libreoffice(_fodt(source, maker), ".fodt", "pdf:writer_pdf_Export", target)
        return
    builder = {
        "docx-caps-runs": _docx_caps_runs,
        "docx-banner-table": _docx_banner_table,
        "docx-list-headings": _docx_list_headings,
        "docx-unheaded-dash": _docx_unheaded_dash,
        "docx-strong-style": _docx_strong_style,
    }[maker]
    target.write_bytes(_with_fixed_zip_times(builder(source)))


def _plain(text: str) -> str:
    return NOTE.sub("", text)


# --- Word through python-docx -----------------------------------------------------------------------


def _document(source: Any) -> Any:
    from build_blind11 import _document as blank
    from build_blind11 import _header_footer

    document = blank()
    _header_footer(document, source.options)
    return document


def _saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document: Any, rows: list[list[str]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value


def _body(document: Any, source: Any, heading: Any, bullet: Any = None) -> None:
    """Every block in order; `heading(block)` writes headings and the title, `bullet` lists."""
    rows: list[list[str]] = []
    for block in source.blocks:
        if block.kind != "row" and rows:
            _table(document, rows)
            rows = []
        if block.kind in ("title", "heading", "subheading"):
            heading(block)
        elif block.kind == "row":
            rows.append(block.cells)
        elif block.kind == "bullet" and bullet is not None:
            bullet(block)
        elif block.kind == "bullet":
            document.add_paragraph(_plain(block.text), style="List Bullet")
        elif block.kind == "number":
            document.add_paragraph(_plain(block.text), style="List Number")
        else:
            document.add_paragraph(_plain(block.text))
    if rows:
        _table(document, rows)


def _docx_caps_runs(source: Any) -> bytes:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = _document(source)

    def heading(block: Any) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(12)
        if block.kind == "title":
            run = paragraph.add_run(block.text)
            run.bold, run.font.size = True, Pt(18)
            return
        words = block.text.split(" ")
        half = max(1, len(words) // 2)
        for part in (" ".join(words[:half]) + " ", " ".join(words[half:])):
            if not part.strip():
                continue
            run = paragraph.add_run(part)
            run.bold, run.font.size = True, Pt(14 if block.kind == "heading" else 12)
            caps = OxmlElement("w:caps")
            run._r.get_or_add_rPr().append(caps)
            caps.set(qn("w:val"), "1")

    _body(document, source, heading)
    return _saved(document)


def _docx_banner_table(source: Any) -> bytes:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor

    document = _document(source)

    def heading(block: Any) -> None:
        if block.kind == "title":
            run = document.add_paragraph().add_run(block.text)
            run.bold, run.font.size = True, Pt(18)
            return
        table = document.add_table(rows=1, cols=1)
        cell = table.rows[0].cells[0]
        cell._tc.get_or_add_tcPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="1F4E79"/>')
        )
        run = cell.paragraphs[0].add_run(block.text)
        run.bold, run.font.size = True, Pt(12)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    _body(document, source, heading)
    return _saved(document)


def _docx_list_headings(source: Any) -> bytes:
    from build_blind11 import _add_numbering, _number
    from docx.shared import Pt

    document = _document(source)
    _add_numbering(
        document,
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>',
        90,
        90,
    )

    def heading(block: Any) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(block.text)
        run.bold = True
        if block.kind == "title":
            run.font.size = Pt(16)
            return
        run.font.size = Pt(12 if block.kind == "heading" else 11)
        _number(paragraph, 90, 0 if block.kind == "heading" else 1)

    _body(document, source, heading)
    return _saved(document)


def _docx_unheaded_dash(source: Any) -> bytes:
    from build_blind11 import _add_numbering, _number
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = _document(source)
    document.styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _add_numbering(
        document,
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:lvl>',
        91,
        91,
    )

    def heading(block: Any) -> None:
        run = document.add_paragraph().add_run(block.text)
        run.bold, run.font.size = True, Pt(15)

    def bullet(block: Any) -> None:
        paragraph = document.add_paragraph(_plain(block.text))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _number(paragraph, 91, 0)

    _body(document, source, heading, bullet)
    return _saved(document)


def _docx_strong_style(source: Any) -> bytes:
    from docx.shared import Pt

    document = _document(source)

    def heading(block: Any) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(block.text, style="Strong")
        run.font.size = Pt(16 if block.kind == "title" else 12)

    _body(document, source, heading)
    return _saved(document)


# --- OpenDocument printed by LibreOffice --------------------------------------------------------


def _fodt(source: Any, maker: str) -> str:
    options = source.options
    body: list[str] = []
    open_list = ""
    rows: list[list[str]] = []
    notes = [0]
    section_open = False

    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    def inline(text: str) -> str:
        parts: list[str] = []
        position = 0
        for match in NOTE.finditer(text):
            notes[0] += 1
            number = notes[0]
            parts.append(esc(text[position : match.start()]))
            parts.append(
                f'<text:note text:id="ftn{number}" text:note-class="footnote">'
                f"<text:note-citation>{number}</text:note-citation><text:note-body>"
                f'<text:p text:style-name="Footnote">{esc(match[1])}</text:p>'
                "</text:note-body></text:note>"
            )
            position = match.end()
        parts.append(esc(text[position:]))
        return "".join(parts)

    def flush_rows() -> None:
        if not rows:
            return
        columns = max(len(row) for row in rows)
        body.append(f'<table:table table:name="Table{len(body)}" table:style-name="Grid">')
        body.append(f'<table:table-column table:number-columns-repeated="{columns}"/>')
        for row in rows:
            body.append("<table:table-row>")
            for cell in row:
                body.append(
                    '<table:table-cell table:style-name="Cell" office:value-type="string">'
                    f'<text:p text:style-name="Standard">{inline(cell)}</text:p></table:table-cell>'
                )
            body.append("</table:table-row>")
        body.append("</table:table>")
        rows.clear()

    for block in source.blocks:
        list_style = {"bullet": "Bullets", "number": "Numbers"}.get(block.kind, "")
        if open_list and open_list != list_style:
            body.append("</text:list>")
            open_list = ""
        if block.kind != "row":
            flush_rows()
        if maker == "lo-columns-pdf" and block.kind == "heading" and not section_open:
            body.append('<text:section text:style-name="TwoColumns" text:name="Body">')
            section_open = True
        if list_style and not open_list:
            body.append(f'<text:list text:style-name="{list_style}">')
            open_list = list_style
        text = inline(block.text)
        if block.kind == "title":
            body.append(f'<text:p text:style-name="Title">{text}</text:p>')
        elif block.kind in ("heading", "subheading"):
            level = 1 if block.kind == "heading" else 2
            if maker == "lo-bodybold-pdf":
                body.append(f'<text:p text:style-name="Strong Para">{text}</text:p>')
            elif maker == "lo-banner-pdf" and level == 1:
                body.append(
                    f'<table:table table:name="Banner{len(body)}" table:style-name="Banner">'
                    "<table:table-column/><table:table-row>"
                    '<table:table-cell table:style-name="BannerCell" office:value-type="string">'
                    f'<text:p text:style-name="Banner Text">{text}</text:p>'
                    "</table:table-cell></table:table-row></table:table>"
                )
            else:
                body.append(
                    f'<text:h text:style-name="Heading {level}" text:outline-level="{level}">{text}</text:h>'
                )
        elif list_style:
            body.append(f"<text:list-item><text:p>{text}</text:p></text:list-item>")
        elif block.kind == "row":
            rows.append(block.cells)
        else:
            body.append(f'<text:p text:style-name="Text Body">{text}</text:p>')
    if open_list:
        body.append("</text:list>")
    flush_rows()
    if section_open:
        body.append("</text:section>")
    footer = esc(options.get("footer", "Page {page} of {pages}"))
    footer = footer.replace("{page}", "<text:page-number>1</text:page-number>").replace(
        "{pages}", "<text:page-count>1</text:page-count>"
    )
    justify = maker in ("lo-bodybold-pdf", "lo-unheaded-pdf", "lo-columns-pdf")
    heading_size = "11.5pt" if maker == "lo-columns-pdf" else "13pt"
    return _FODT25.format(
        header=esc(options.get("header", "")),
        footer=footer,
        body="\n".join(body),
        justify="justify" if justify else "start",
        heading_size=heading_size,
    )


_FODT25 = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="2.2mm" fo:text-align="{justify}"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="4mm"/>
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1F3864"/>
 </style:style>
 <style:style style:name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="4mm" fo:margin-bottom="2mm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="{heading_size}" fo:font-weight="bold" fo:color="#1F3864"/>
 </style:style>
 <style:style style:name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="3mm" fo:margin-bottom="1mm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Strong Para" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="3mm" fo:margin-bottom="1mm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Banner Text" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#FFFFFF"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-5mm" fo:margin-left="10mm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="Numbers">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-6mm" fo:margin-left="12mm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Grid" style:family="table"><style:table-properties style:width="166mm" table:align="left"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="1mm" fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="Banner" style:family="table"><style:table-properties style:width="166mm" table:align="left" fo:margin-top="4mm" fo:margin-bottom="2mm"/></style:style>
 <style:style style:name="BannerCell" style:family="table-cell"><style:table-cell-properties fo:padding="1.5mm" fo:background-color="#1F4E79" fo:border="none"/></style:style>
 <style:style style:name="TwoColumns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="8mm"/></style:section-properties></style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="14mm" fo:margin-bottom="14mm" fo:margin-left="22mm" fo:margin-right="22mm"/>
  <style:header-style><style:header-footer-properties fo:margin-bottom="4mm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:margin-top="4mm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Header">{footer}</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""
