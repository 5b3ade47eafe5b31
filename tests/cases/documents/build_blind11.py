# ruff: noqa: E501  (OpenDocument, Word XML and CSS fragments are kept as their makers write them)
"""Build the eleventh blind set's Word and PDF files (1101-1110) with ways of making them the
earlier sets lack.

`build_binary.py` hands a source here when its `%% maker:` is one of MAKERS below. The source
language is build_binary.py's, with these inline additions (read only by the makers here):

    [^text]             a footnote (LibreOffice makers)
    [^^text]            an endnote (LibreOffice makers)
    **Label.** text     inside a paragraph: a bold run-in label (docx-typed)
    [quote] text        a pull quote set in a box beside the text (fpdf-designed)

Options read here: `%% toc: yes` (a table of contents), `%% cover: A | B` (a cover page whose
text box holds the title and these lines), `%% header:`, `%% footer:` ({page}, {pages}), `%% url:`.

Makers:
    lo-odt-outline-docx     OpenDocument with the outline numbering LibreOffice gives Heading 1
                            and 2 ("1.", "4.1": the numbers are in no paragraph), a contents index,
                            header and footer; saved as Word by LibreOffice
    lo-odt-cover-docx       OpenDocument with a cover page whose title sits in a text box, a
                            document-control table, a contents index, footnotes and endnotes;
                            saved as Word by LibreOffice
    lo-odt-columns-pdf      OpenDocument in two columns, long words with soft hyphens (so lines
                            end in "-" mid-word), a long list running across columns and pages;
                            printed to PDF by LibreOffice
    lo-docx-sections-pdf    Word (python-docx) with headings typed "Section 1: ...", a three-column
                            legislation table whose cells wrap, a long bulleted list; A5 pages;
                            printed to PDF by LibreOffice
    docx-typed              Word typed by hand: headings are Normal paragraphs in bold 13 pt
                            colour, bullets typed as "•<tab>", numbers typed as "1)<tab>", bold
                            run-in labels, empty paragraphs for spacing
    docx-gdocs              Word as Google Docs exports it: Title style, Heading 2 and 3 only,
                            "_heading=h.*" bookmarks on headings, direct fonts on every run, "●"
                            bullets from numbering, empty paragraphs
    docx-legal              Word in legal clause style: each heading a bold level-1 item of a
                            multilevel list ("1."), each paragraph a level-2 item ("1.1")
    weasy-running-section   WeasyPrint on A5: the running header carries the current section's
                            heading (so it changes from page to page), "Page N of M" footer,
                            headings set apart only by colour (body size and weight)
    chromium-site           a whole council web page (menu, search, breadcrumbs, cookie banner,
                            related-pages sidebar, feedback form, footer links) printed by headless
                            Chromium with the browser's header and footer
    fpdf-designed           fpdf2 laid out like a leaflet: every word placed on its own (justified
                            by position, not by spaces), headings in letter-spaced capitals,
                            a pull quote in a box

LibreOffice and Chromium stamp their output, so those rebuilds are equivalent, not identical.
"""

from __future__ import annotations

import html
import http.server
import io
import re
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any

MAKERS = frozenset(
    {"lo-odt-outline-docx", "lo-odt-cover-docx", "lo-odt-columns-pdf", "lo-docx-sections-pdf",
     "docx-typed", "docx-gdocs", "docx-legal", "weasy-running-section", "chromium-site",
     "fpdf-designed"}
)  # fmt: skip
NOTE = re.compile(r"\[\^(\^?)([^\]]+)\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def build_with(source: Any, target: Path) -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import _libreoffice

    maker = source.options["maker"]
    if maker == "lo-odt-outline-docx":
        _libreoffice(_fodt(source, "outline"), ".fodt", "docx:MS Word 2007 XML", target)
    elif maker == "lo-odt-cover-docx":
        _libreoffice(_fodt(source, "cover"), ".fodt", "docx:MS Word 2007 XML", target)
    elif maker == "lo-odt-columns-pdf":
        _libreoffice(_fodt(source, "columns"), ".fodt", "pdf:writer_pdf_Export", target)
        return
    elif maker == "lo-docx-sections-pdf":
        _libreoffice(_docx_sections(source), ".docx", "pdf:writer_pdf_Export", target)
        return
    elif maker == "weasy-running-section":
        import weasyprint

        weasyprint.HTML(string=_running_section_html(source)).write_pdf(str(target))
        return
    elif maker == "chromium-site":
        _chromium_print(_site_page(source), source.options["url"], target)
        return
    elif maker == "fpdf-designed":
        _fpdf_designed(source, target)
        return
    else:
        builder = {"docx-typed": _docx_typed, "docx-gdocs": _docx_gdocs, "docx-legal": _docx_legal}
        target.write_bytes(builder[maker](source))
    target.write_bytes(_with_fixed_zip_times(target.read_bytes()))


def _plain(text: str) -> str:
    return BOLD.sub(r"\1", NOTE.sub("", text))


# --- OpenDocument, saved or printed by LibreOffice ------------------------------------------------


def _soft_hyphens(text: str) -> str:
    """Long words get a soft hyphen after their middle vowel run, as an author hyphenating by hand."""

    def hyphenate(match: re.Match[str]) -> str:
        word = match[0]
        split = re.search(r"[aeiou]+[^aeiou]", word[4:-3])
        if split is None:
            return word
        at = 4 + split.end() - 1
        return word[:at] + "\u00ad" + word[at:]

    return re.sub(r"[A-Za-z]{10,}", hyphenate, text)


def _fodt(source: Any, variant: str) -> str:
    options = source.options
    body: list[str] = []
    open_list = ""
    table_rows: list[list[str]] = []
    notes = [0, 0]
    headings = [block for block in source.blocks if block.kind in ("heading", "subheading")]

    def esc(text: str) -> str:
        text = html.escape(text, quote=False)
        return _soft_hyphens(text) if variant == "columns" else text

    def inline(text: str) -> str:
        parts: list[str] = []
        position = 0
        for match in NOTE.finditer(text):
            endnote = bool(match[1])
            notes[endnote] += 1
            number = notes[endnote]
            citation = "ivx"[number - 1] if endnote else str(number)
            kind = "endnote" if endnote else "footnote"
            parts.append(esc(text[position : match.start()]))
            parts.append(
                f'<text:note text:id="{kind}{number}" text:note-class="{kind}">'
                f"<text:note-citation>{citation}</text:note-citation><text:note-body>"
                f'<text:p text:style-name="Footnote">{esc(match[2])}</text:p>'
                "</text:note-body></text:note>"
            )
            position = match.end()
        parts.append(esc(text[position:]))
        return "".join(parts)

    def flush_table() -> None:
        if not table_rows:
            return
        columns = max(len(row) for row in table_rows)
        body.append(f'<table:table table:name="Control{len(body)}" table:style-name="Grid">')
        body.append(f'<table:table-column table:number-columns-repeated="{columns}"/>')
        for row in table_rows:
            body.append("<table:table-row>")
            for index, cell in enumerate(row):
                style = "Strong Para" if index == 0 else "Standard"
                body.append(
                    '<table:table-cell table:style-name="Cell" office:value-type="string">'
                    f'<text:p text:style-name="{style}">{inline(cell)}</text:p></table:table-cell>'
                )
            body.append("</table:table-row>")
        body.append("</table:table>")
        table_rows.clear()

    def toc() -> str:
        numbers = [0, 0]
        entries = []
        for page, block in enumerate(headings, start=2):
            if block.kind == "heading":
                numbers = [numbers[0] + 1, 0]
                label = f"{numbers[0]}." if variant == "outline" else ""
                style = "Contents 1"
            else:
                numbers[1] += 1
                label = f"{numbers[0]}.{numbers[1]}" if variant == "outline" else ""
                style = "Contents 2"
            text = f"{label} {block.text}".strip()
            entries.append(
                f'<text:p text:style-name="{style}">{esc(text)}<text:tab/>{page // 2 + 1}</text:p>'
            )
        return (
            '<text:table-of-content text:name="Contents"><text:table-of-content-source '
            'text:outline-level="2"><text:index-title-template>Contents</text:index-title-template>'
            "</text:table-of-content-source><text:index-body>"
            '<text:index-title text:name="Contents_Head"><text:p text:style-name="Contents Heading">'
            f"Contents</text:p></text:index-title>{''.join(entries)}</text:index-body>"
            "</text:table-of-content>"
        )

    toc_pending = options.get("toc") == "yes"
    for block in source.blocks:
        list_style = {"bullet": "Bullets", "number": "Numbers"}.get(block.kind, "")
        if open_list and open_list != list_style:
            body.append("</text:list>")
            open_list = ""
        if block.kind != "row":
            flush_table()
        if toc_pending and block.kind == "heading":
            body.append(toc())
            toc_pending = False
        if list_style and not open_list:
            body.append(f'<text:list text:style-name="{list_style}">')
            open_list = list_style
        text = inline(block.text)
        if block.kind == "title" and variant == "cover":
            lines = [part.strip() for part in options.get("cover", "").split("|") if part.strip()]
            cover = "".join(
                f'<text:p text:style-name="Cover Line">{esc(line)}</text:p>' for line in lines
            )
            body.append(
                '<text:p text:style-name="Standard"><draw:frame draw:name="Cover" '
                'text:anchor-type="paragraph" svg:width="150mm" svg:height="80mm" svg:x="8mm" '
                'svg:y="40mm" draw:style-name="CoverFrame"><draw:text-box>'
                f'<text:p text:style-name="Title">{text}</text:p>{cover}'
                "</draw:text-box></draw:frame></text:p>"
            )
            body.append('<text:p text:style-name="After Cover"/>')
        elif block.kind == "title":
            body.append(f'<text:p text:style-name="Title">{text}</text:p>')
        elif block.kind == "heading":
            body.append(
                f'<text:h text:style-name="Heading 1" text:outline-level="1">{text}</text:h>'
            )
        elif block.kind == "subheading":
            body.append(
                f'<text:h text:style-name="Heading 2" text:outline-level="2">{text}</text:h>'
            )
        elif block.kind == "bold":
            body.append(f'<text:p text:style-name="Strong Para">{text}</text:p>')
        elif list_style:
            body.append(f"<text:list-item><text:p>{text}</text:p></text:list-item>")
        elif block.kind == "row":
            table_rows.append(block.cells)
        else:
            body.append(f'<text:p text:style-name="Text Body">{text}</text:p>')
    if open_list:
        body.append("</text:list>")
    flush_table()
    footer = html.escape(options.get("footer", "Page {page} of {pages}"), quote=False)
    footer = footer.replace("{page}", "<text:page-number>1</text:page-number>").replace(
        "{pages}", "<text:page-count>1</text:page-count>"
    )
    outline_numbers = variant == "outline"
    outline_style = "".join(
        f'<text:outline-level-style text:level="{level}" style:num-format="{"1" if outline_numbers else ""}" '
        f'text:display-levels="{level}" style:num-suffix="{"." if outline_numbers and level == 1 else ""}">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="10mm" '
        'fo:text-indent="-10mm" fo:margin-left="10mm"/></style:list-level-properties>'
        "</text:outline-level-style>"
        for level in (1, 2)
    )
    columns = (
        '<style:columns fo:column-count="2" fo:column-gap="7mm"/>' if variant == "columns" else ""
    )
    return _FODT11.format(
        outline_style=outline_style,
        columns=columns,
        header=html.escape(options.get("header", ""), quote=False),
        footer=footer,
        body="\n".join(body),
        justify="justify" if variant == "columns" else "start",
        page=(
            'fo:page-width="148mm" fo:page-height="210mm" fo:margin-top="12mm" fo:margin-bottom="12mm" fo:margin-left="14mm" fo:margin-right="14mm"'
            if variant == "columns"
            else 'fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="15mm" fo:margin-bottom="15mm" fo:margin-left="22mm" fo:margin-right="22mm"'
        ),
    )


_FODT11 = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="2mm" fo:text-align="{justify}"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="5mm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="20pt" fo:font-weight="bold" fo:color="#203864"/>
 </style:style>
 <style:style style:name="Cover Line" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="13pt" fo:color="#203864"/>
 </style:style>
 <style:style style:name="After Cover" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-after="page"/>
 </style:style>
 <style:style style:name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="4mm" fo:margin-bottom="2mm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#203864"/>
 </style:style>
 <style:style style:name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="3mm" fo:margin-bottom="1mm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="3mm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="160mm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="Contents 2" style:family="paragraph" style:parent-style-name="Contents 1">
  <style:paragraph-properties fo:margin-left="6mm"/>
 </style:style>
 <style:style style:name="Strong Para" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="2mm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <text:outline-style style:name="Outline">{outline_style}</text:outline-style>
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
 <style:style style:name="Grid" style:family="table"><style:table-properties style:width="160mm" table:align="left"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="1mm" fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="CoverFrame" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:horizontal-pos="from-left" fo:border="none"/></style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties {page}>{columns}</style:page-layout-properties>
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


# --- Word through python-docx -----------------------------------------------------------------------


def _document() -> Any:
    import docx
    from build_binary import FIXED_TIME

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_TIME.replace(tzinfo=None)
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1
    return document


def _header_footer(document: Any, options: dict[str, str]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section = document.sections[0]
    if "header" in options:
        section.header.paragraphs[0].text = options["header"]
    if "footer" in options:
        footer = section.footer.paragraphs[0]
        for part in re.split(r"(\{page\}|\{pages\})", options["footer"]):
            if part in ("{page}", "{pages}"):
                field = OxmlElement("w:fldSimple")
                field.set(qn("w:instr"), "PAGE" if part == "{page}" else "NUMPAGES")
                run = OxmlElement("w:r")
                text = OxmlElement("w:t")
                text.text = "1"
                run.append(text)
                field.append(run)
                footer._p.append(field)
            elif part:
                footer.add_run(part)


def _saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_numbering(document: Any, abstract_xml: str, abstract_id: int, num_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{abstract_xml}</w:abstractNum>'
    )
    first_num = next(iter(numbering.findall(qn("w:num"))), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )


def _number(paragraph: Any, num_id: int, level: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _docx_typed(source: Any) -> bytes:
    from docx.shared import Pt, RGBColor

    document = _document()
    _header_footer(document, source.options)
    previous = ""
    for block in source.blocks:
        if block.kind in ("title", "heading") and previous:
            document.add_paragraph()  # the empty line an author types before a heading
        paragraph = document.add_paragraph()
        if block.kind in ("title", "heading", "subheading"):
            run = paragraph.add_run(block.text)
            run.bold = True
            run.font.size = Pt({"title": 18, "heading": 13, "subheading": 11}[block.kind])
            run.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
        elif block.kind == "bullet":
            paragraph.add_run("\u2022\t" + _plain(block.text))
            paragraph.paragraph_format.left_indent = Pt(18)
            paragraph.paragraph_format.first_line_indent = Pt(-18)
        elif block.kind == "number":
            paragraph.add_run(f"{block.ordinal})\t{_plain(block.text)}")
            paragraph.paragraph_format.left_indent = Pt(18)
            paragraph.paragraph_format.first_line_indent = Pt(-18)
        else:
            for index, part in enumerate(BOLD.split(block.text)):
                if part:
                    paragraph.add_run(part).bold = index % 2 == 1
        previous = block.kind
    return _saved(document)


def _docx_gdocs(source: Any) -> bytes:
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    document = _document()
    _add_numbering(
        document,
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u25cf"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>',
        70,
        70,
    )
    bookmark = [0]

    def run_with_font(paragraph: Any, text: str, size: float) -> None:
        run = paragraph.add_run(text)
        run.font.name = "Arial"
        run.font.size = Pt(size)
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:cs", "w:eastAsia", "w:hAnsi"):
            fonts.set(qn(attribute), "Arial")

    def bookmarked(paragraph: Any) -> None:
        bookmark[0] += 1
        name = f"_heading=h.{format(bookmark[0] * 7919, 'x')}gdoc"
        start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bookmark[0]}" w:name="{name}"/>')
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(bookmark[0]))
        paragraph._p.insert(1, start)
        paragraph._p.append(end)

    for block in source.blocks:
        if block.kind == "title":
            paragraph = document.add_paragraph(style="Title")
            run_with_font(paragraph, block.text, 26)
        elif block.kind in ("heading", "subheading"):
            style = "Heading 2" if block.kind == "heading" else "Heading 3"
            paragraph = document.add_paragraph(style=style)
            run_with_font(paragraph, block.text, 16 if block.kind == "heading" else 13.5)
            bookmarked(paragraph)
        elif block.kind == "bullet":
            paragraph = document.add_paragraph()
            _number(paragraph, 70, 0)
            run_with_font(paragraph, block.text, 11)
        else:
            paragraph = document.add_paragraph()
            run_with_font(paragraph, block.text, 11)
            document.add_paragraph()  # Google Docs keeps the empty line typed after a paragraph
    return _saved(document)


def _docx_legal(source: Any) -> bytes:
    document = _document()
    _header_footer(document, source.options)
    _add_numbering(
        document,
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>',
        80,
        80,
    )
    for block in source.blocks:
        if block.kind == "title":
            document.add_paragraph().add_run(block.text).bold = True
        elif block.kind == "heading":
            paragraph = document.add_paragraph(style="List Paragraph")
            paragraph.add_run(block.text).bold = True
            _number(paragraph, 80, 0)
        elif block.kind == "bullet":
            paragraph = document.add_paragraph(block.text, style="List Paragraph")
            _number(paragraph, 80, 2)
        else:
            paragraph = document.add_paragraph(block.text, style="List Paragraph")
            _number(paragraph, 80, 1)
    return _saved(document)


def _docx_sections(source: Any) -> bytes:
    from docx.shared import Mm, Pt

    document = _document()
    _header_footer(document, source.options)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(148), Mm(210)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(18)
    document.styles["Normal"].font.size = Pt(10)
    table = None
    for block in source.blocks:
        if block.kind != "row":
            table = None
        if block.kind == "title":
            document.add_paragraph(block.text, style="Title")
        elif block.kind == "heading":
            document.add_heading(block.text, level=1)
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "row":
            if table is None:
                table = document.add_table(rows=0, cols=len(block.cells))
                table.style = "Table Grid"
                header = True
            cells = table.add_row().cells
            for cell, value in zip(cells, block.cells, strict=True):
                cell.text = value
                if header:
                    cell.paragraphs[0].runs[0].bold = True
            header = False
        else:
            document.add_paragraph(block.text)
    return _saved(document)


# --- HTML printed by WeasyPrint and Chromium ----------------------------------------------------


def _blocks_html(blocks: list[Any], heading_tag: str = "h2") -> str:
    body: list[str] = []
    open_list = ""
    in_table = False
    for block in blocks:
        wanted = {"bullet": "ul", "number": "ol", "lettered": "ol class='alpha'"}.get(
            block.kind, ""
        )
        if open_list and open_list != wanted:
            body.append(f"</{open_list.split()[0]}>")
            open_list = ""
        if in_table and block.kind != "row":
            body.append("</table>")
            in_table = False
        text = html.escape(_plain(block.text))
        if wanted and not open_list:
            body.append(f"<{wanted}>")
            open_list = wanted
        if block.kind == "title":
            body.append(f"<h1>{text}</h1>")
        elif block.kind == "heading":
            body.append(f"<{heading_tag}>{text}</{heading_tag}>")
        elif block.kind == "subheading":
            body.append(f"<h3>{text}</h3>")
        elif block.kind == "bold":
            body.append(f"<p><strong>{text}</strong></p>")
        elif block.kind == "lettered":
            body.append(f"<li>{html.escape(re.sub(r'^[(][a-z][)] ', '', block.text))}</li>")
        elif wanted:
            body.append(f"<li>{text}</li>")
        elif block.kind == "row":
            if not in_table:
                body.append("<table>")
                in_table = True
            body.append(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in block.cells) + "</tr>"
            )
        else:
            body.append(f"<p>{text}</p>")
    if open_list:
        body.append(f"</{open_list.split()[0]}>")
    if in_table:
        body.append("</table>")
    return "\n".join(body)


def _running_section_html(source: Any) -> str:
    options = source.options
    footer = options.get("footer", "Page {page} of {pages}").replace("'", "\\'")
    footer = footer.replace("{page}", "' counter(page) '").replace("{pages}", "' counter(pages) '")
    header = options.get("header", "").replace("'", "\\'")
    css = f"""
    @page {{ size: A5; margin: 22mm 14mm 20mm 14mm;
      @top-left {{ content: '{header}'; font-size: 7pt; color: #666; }}
      @top-right {{ content: string(section); font-size: 7pt; color: #666; }}
      @bottom-center {{ content: '{footer}'; font-size: 7pt; color: #666; }} }}
    @page :first {{ @top-right {{ content: none; }} }}
    body {{ font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; }}
    h1 {{ font-size: 15pt; font-weight: bold; }}
    h2 {{ font-size: 9.5pt; font-weight: normal; color: #0a6ea8; margin: 10pt 0 3pt;
          string-set: section content(); }}
    p {{ margin: 0 0 5pt; }}
    ol.alpha {{ list-style-type: lower-alpha; }}
    """
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><style>{css}</style></head>"
        f"<body>{_blocks_html(source.blocks)}</body></html>"
    )


def _site_page(source: Any) -> str:
    title = next(block.text for block in source.blocks if block.kind == "title")
    content = _blocks_html(source.blocks)
    css = """
    body { font-family: 'DejaVu Sans'; font-size: 11pt; margin: 0; color: #222; }
    .cookie { background: #222; color: #fff; padding: 8px 16px; font-size: 9pt; }
    .top { background: #0b3d5c; color: #fff; padding: 10px 16px; }
    .top a { color: #fff; margin-right: 14px; font-size: 10pt; }
    .crumbs { font-size: 9pt; padding: 6px 16px; }
    .layout { display: flex; padding: 0 16px; }
    main { flex: 3; padding-right: 20px; } aside { flex: 1; font-size: 9pt; border-left: 1px solid #ccc; padding-left: 10px; }
    footer { border-top: 1px solid #ccc; margin-top: 20px; padding: 10px 16px; font-size: 9pt; }
    """
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} - Penhallow Council</title><style>{css}</style></head><body>
<div class="cookie"><p>We use cookies to make this website work and to understand how you use it. <a href="#">Accept all cookies</a> <a href="#">Reject optional cookies</a></p></div>
<div class="top"><strong>Penhallow Council</strong><br><a href="#">Home</a><a href="#">Bins and recycling</a><a href="#">Children and families</a><a href="#">Adult social care</a><a href="#">Schools</a><a href="#">Contact us</a> <span>Search this site</span></div>
<div class="crumbs"><a href="#">Home</a> &gt; <a href="#">Children and families</a> &gt; <a href="#">Children's services procedures</a> &gt; {html.escape(title)}</div>
<div class="layout"><main>
<p class="tools"><a href="#">Print this page</a> | <a href="#">Share this page</a></p>
{content}
</main><aside><h2>Related pages</h2><ul><li><a href="#">Children's services procedures manual</a></li><li><a href="#">Fostering with Penhallow</a></li><li><a href="#">Local offer for care leavers</a></li></ul></aside></div>
<footer><p>Was this page helpful? <a href="#">Yes</a> <a href="#">No</a></p>
<p><a href="#">Accessibility statement</a> | <a href="#">Privacy notice</a> | <a href="#">Cookies</a> | Copyright Penhallow Council 2025</p></footer>
</body></html>"""


def _chromium_print(page: str, address: str, target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed for this maker: apt-get install chromium")
    data = page.encode("utf-8")
    host = re.sub(r"^https?://", "", address).split("/")[0]
    path = "/" + address.split(host, 1)[1].lstrip("/")

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory() as work:
            out = Path(work) / "page.pdf"
            subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--no-first-run",
                 f"--user-data-dir={work}/profile",
                 f"--host-resolver-rules=MAP {host} 127.0.0.1:{server.server_port}",
                 f"--print-to-pdf={out}", f"http://{host}{path}"],
                check=True, capture_output=True, timeout=180,
            )  # fmt: skip
            shutil.copyfile(out, target)
    finally:
        server.shutdown()


# --- fpdf2: a designed leaflet ------------------------------------------------------------------


def _fpdf_designed(source: Any, target: Path) -> None:
    from build_binary import FIXED_TIME, FONT_DIR
    from fpdf import FPDF

    header_text = source.options.get("header", "")

    class Leaflet(FPDF):
        def header(self) -> None:
            self.set_font("Sans", size=8)
            self.set_text_color(110, 110, 110)
            self.set_char_spacing(0)
            self.cell(0, 6, header_text, align="L")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Sans", size=8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 6, str(self.page_no()), align="R")

    pdf = Leaflet(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(20, 15, 70)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    size, leading = 10, 5.2

    def place_words(text: str, indent: float = 0.0, marker: str = "") -> None:
        """Each word drawn at its own position; lines justified by spreading the words."""
        pdf.set_font("Sans", size=size)
        pdf.set_text_color(20, 20, 20)
        words = text.split()
        left = pdf.l_margin + indent
        room = width - indent
        space = pdf.get_string_width(" ")
        line: list[str] = []
        lines: list[list[str]] = []
        for word in words:
            trial = [*line, word]
            if line and pdf.get_string_width(" ".join(trial)) > room:
                lines.append(line)
                line = [word]
            else:
                line = trial
        if line:
            lines.append(line)
        for number, words_of_line in enumerate(lines):
            if pdf.y + leading > pdf.h - 20:
                pdf.add_page()
            baseline = pdf.y + leading * 0.8
            if marker and number == 0:
                pdf.text(pdf.l_margin + 2, baseline, marker)
            last = number == len(lines) - 1
            natural = sum(pdf.get_string_width(w) for w in words_of_line)
            gap = (
                space
                if last or len(words_of_line) == 1
                else (room - natural) / (len(words_of_line) - 1)
            )
            x = left
            for word in words_of_line:
                pdf.text(x, baseline, word)
                x += pdf.get_string_width(word) + gap
            pdf.set_y(pdf.y + leading)
        pdf.set_y(pdf.y + 2.2)

    for block in source.blocks:
        if block.kind == "title":
            pdf.set_font("Sans", "B", 19)
            pdf.set_text_color(120, 30, 90)
            pdf.multi_cell(width, 9, block.text)
            pdf.ln(4)
        elif block.kind == "heading":
            if pdf.y > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_text_color(120, 30, 90)
            pdf.set_char_spacing(2.2)
            pdf.cell(width, 7, block.text.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_char_spacing(0)
            pdf.ln(1)
        elif block.text.startswith("[quote] "):
            top = pdf.y
            pdf.set_xy(pdf.w - pdf.r_margin + 6, top)
            pdf.set_font("Serif", "I", 12)
            pdf.set_text_color(120, 30, 90)
            pdf.set_draw_color(120, 30, 90)
            pdf.multi_cell(pdf.r_margin - 14, 6.5, block.text.removeprefix("[quote] "), border="TB")
            pdf.set_xy(pdf.l_margin, top)
        elif block.kind == "bullet":
            place_words(block.text, indent=7, marker="\u2022")
        else:
            place_words(block.text)
    pdf.output(str(target))
