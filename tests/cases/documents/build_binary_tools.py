# ruff: noqa: E501  (the OpenDocument template below is XML, kept as LibreOffice writes it)
"""Build case documents with the tools councils' files really come from: LibreOffice, WeasyPrint
and Word files with their own style names and multilevel numbering.

`build_binary.py` hands a source here when it sets `%% maker:`; the source language is the same
(see that script), with these additions, read only for such sources:

    1.2 text           a paragraph numbered at the second level of a multilevel list
                       (Word: real `%1.%2` numbering; elsewhere typed as written)
    a) text            a lettered item (Word: real `a)` numbering; elsewhere as written)
    [^note]            inside a paragraph: a footnote (Word via LibreOffice, WeasyPrint)
    [box] text         a text box beside the text (Word via LibreOffice)

Makers:
    python-docx        Word, custom style names (`%% title-style`, `%% heading-style`), real
                       multilevel numbering, running header and footer
    lo-html-docx       HTML saved as Word by LibreOffice
    lo-fodt-docx       an OpenDocument (flat .fodt) saved as Word by LibreOffice: custom heading
                       style with an outline level, footnotes, text box, header and footer
    lo-fodt-pdf        the same document printed to PDF by LibreOffice
    lo-docx-pdf        a python-docx file (Heading styles) printed to PDF by LibreOffice
    weasyprint         HTML and CSS printed by WeasyPrint: `%% columns: 2`, `%% hyphenate: yes`,
                       running header and "Page N of M" footer in the page margins

LibreOffice output carries its own time stamps, so those rebuilds are equivalent, not identical
byte for byte; Word files are re-zipped with fixed dates.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

FOOTNOTE = re.compile(r"\[\^([^\]]+)\]")
OUTLINE = re.compile(r"^(\d+)\.(\d+) (.+)$")
ALPHA = re.compile(r"^([a-z])\) (.+)$")
BOX = re.compile(r"^\[box\] (.+)$")
LO_PROFILE = Path(tempfile.gettempdir()) / "policydiff-case-lo-profile"


def refine(blocks: list[Any]) -> list[Any]:
    """The extra block kinds of this module, from paragraphs the base parser read."""
    for block in blocks:
        if block.kind != "para":
            continue
        if (match := OUTLINE.match(block.text)) is not None:
            block.kind, block.list_index, block.ordinal = "outline", int(match[1]), int(match[2])
            block.text = match[3]
        elif (match := ALPHA.match(block.text)) is not None:
            block.kind, block.ordinal, block.text = "alpha", ord(match[1]) - 96, match[2]
        elif (match := BOX.match(block.text)) is not None:
            block.kind, block.text = "box", match[1]
    return blocks


def build_with(source: Any, target: Path) -> None:
    from build_binary import _with_fixed_zip_times

    source.blocks = refine(source.blocks)
    maker = source.options["maker"]
    if maker == "python-docx":
        target.write_bytes(_with_fixed_zip_times(_python_docx(source)))
    elif maker == "lo-html-docx":
        _libreoffice(_html(source, for_print=False), ".html", "docx:MS Word 2007 XML", target)
    elif maker == "lo-fodt-docx":
        _libreoffice(_fodt(source), ".fodt", "docx:MS Word 2007 XML", target)
    elif maker == "lo-fodt-pdf":
        _libreoffice(_fodt(source), ".fodt", "pdf:writer_pdf_Export", target)
    elif maker == "lo-docx-pdf":
        _libreoffice(_python_docx(source), ".docx", "pdf:writer_pdf_Export", target)
    elif maker == "weasyprint":
        import weasyprint

        weasyprint.HTML(string=_html(source, for_print=True)).write_pdf(str(target))
    else:
        raise SystemExit(f"unknown maker {maker!r}")
    if target.suffix == ".docx" and maker.startswith("lo-"):
        target.write_bytes(_with_fixed_zip_times(target.read_bytes()))


def _libreoffice(content: bytes | str, suffix: str, convert_to: str, target: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit(
            "LibreOffice (soffice) is needed for this maker: apt-get install libreoffice"
        )
    with tempfile.TemporaryDirectory() as work:
        source_path = Path(work) / (target.stem + suffix)
        if isinstance(content, str):
            source_path.write_text(content, encoding="utf-8")
        else:
            source_path.write_bytes(content)
        out = Path(work) / "out"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
             "--convert-to", convert_to, "--outdir", str(out), str(source_path)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        produced = next(out.iterdir())
        shutil.copyfile(produced, target)


def docx_to_pdf(data: bytes, target: Path) -> None:
    """A Word file's bytes printed to PDF by LibreOffice, as a council's "Save as PDF" of its
    Word chapter would be (the blind rounds' build scripts share this)."""
    _libreoffice(data, ".docx", "pdf:writer_pdf_Export", target)


def new_docx() -> Any:
    """A blank python-docx document with 11 pt Normal text and the case documents' author in its
    core properties: the start of the blind rounds' Word files."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    return document


def saved_docx(document: Any) -> bytes:
    """A python-docx document's bytes, re-zipped with fixed dates so a rebuild is identical."""
    import io

    from build_binary import _with_fixed_zip_times

    out = io.BytesIO()
    document.save(out)
    return _with_fixed_zip_times(out.getvalue())


def word_field(paragraph: Any, instruction: str, shown: str) -> None:
    """Append a Word field (PAGE, NUMPAGES, TOC…) to a python-docx paragraph as Word writes one:
    begin, the instruction, separate, the value last shown, end. Readers must show the value and
    drop the instruction, which is why the case documents' headers and footers carry real fields
    rather than typed page numbers."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for part in ("begin", "instruction", "separate", "shown", "end"):
        run = paragraph.add_run()
        if part == "instruction":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif part == "shown":
            run.text = shown
        else:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), part)
            run._r.append(mark)


def blocks_note(
    blocks: Sequence[tuple[Any, ...]], script: str, about: str, header_rule: bool = False
) -> str:
    """The text a reader sees in a file built from ("title" | "h" | "p" | "b" | "n", text)
    blocks and ("table", rows, bold_header) tables, as markdown: the note written beside each
    built file. A table's rows are written as `| a | b |` lines, with a `|---|` rule under the
    first when `header_rule` (the rounds' builders differ there, and their notes are kept)."""
    lines = [f"%% built by {script}: {about}", ""]
    number = 0
    previous = ""
    for block in blocks:
        kind = block[0]
        if kind == "n":
            number = number + 1 if kind == previous else 1
            lines.append(f"{number}. {block[1]}")
        elif kind == "b":
            lines.append(f"- {block[1]}")
        else:
            if previous in ("n", "b"):
                lines.append("")
            if kind == "table":
                lines += _table_note(block[1], header_rule)
            else:
                lines.append({"title": "# ", "h": "## "}.get(kind, "") + block[1])
            lines.append("")
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def _table_note(rows: Sequence[Sequence[str]], header_rule: bool) -> list[str]:
    lines = [f"| {' | '.join(row)} |" for row in rows]
    if header_rule:
        lines.insert(1, "|" + "---|" * len(rows[0]))
    return lines


def plain_text(blocks: Sequence[tuple[str, str]]) -> str:
    """The blocks' texts as a plain-text file: one paragraph each, a blank line between, no
    marks at all (the title is one more paragraph)."""
    return "\n\n".join(text for _kind, text in blocks) + "\n"


def title_markdown(blocks: Sequence[tuple[str, str]]) -> str:
    """Markdown with one `#` title and every other block a bare paragraph: a chapter whose
    only structure is its title."""
    lines = [("# " if kind == "title" else "") + text for kind, text in blocks]
    return "\n\n".join(lines) + "\n"


def dash_list_markdown(blocks: Sequence[tuple[str, str]]) -> str:
    """Markdown with no headings at all (the title a bare paragraph), "b" blocks as `- ` items
    kept together and every other block a paragraph."""
    lines: list[str] = []
    previous = ""
    for kind, text in blocks:
        if kind == "b":
            if previous != "b":
                lines.append("")
            lines.append(f"- {text}")
        else:
            lines.extend(["", text])
        previous = kind
    return "\n".join(lines).lstrip("\n") + "\n"


def add_grid_table(document: Any, rows: Sequence[Sequence[str]], bold_header: bool) -> Any:
    """A python-docx table in the "Table Grid" style, a row per entry of `rows`; the first row's
    text in bold when `bold_header`, as a council's header row is."""
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for index, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.paragraphs[0].add_run(text).bold = bold_header and index == 0
    return table


# The Word styles of the rounds' commonest blocks: "h" and "h2" headings (what python-docx's
# `add_heading(text, 1)` and `add_heading(text, 2)` write), "b" bulleted and "n" numbered items.
LIST_AND_HEADING_STYLES = {
    "h": "Heading 1",
    "h2": "Heading 2",
    "b": "List Bullet",
    "n": "List Number",
}


def add_styled_blocks(
    document: Any,
    blocks: Sequence[tuple[Any, ...]],
    styles: Mapping[str, str],
    default_style: str | None = None,
) -> None:
    """Append `blocks` to a python-docx document: ("table", rows, bold_header) a grid table,
    any other (kind, text) a paragraph in the Word style `styles` names for its kind, else in
    `default_style`. None leaves the paragraph's style unset (Normal by default); "Normal"
    names it on every paragraph, as some councils' files do, which changes the file's XML.
    (python-docx's `add_heading(text, level)` is the same paragraph in the Title or
    "Heading N" style, so builders that head either way can share this.)"""
    for block in blocks:
        if block[0] == "table":
            add_grid_table(document, block[1], block[2])
        else:
            document.add_paragraph(block[1], style=styles.get(block[0], default_style))


def styled_docx(
    blocks: Sequence[tuple[Any, ...]],
    styles: Mapping[str, str],
    default_style: str | None = None,
) -> bytes:
    """A whole Word file of `blocks` (see `add_styled_blocks`), from `new_docx` to
    `saved_docx`; `styles` empty gives a file of body paragraphs only."""
    document = new_docx()
    add_styled_blocks(document, blocks, styles, default_style)
    return saved_docx(document)


def add_bold_heading(document: Any, text: str, space_before: float) -> Any:
    """A heading as many councils type one in Word: a Normal paragraph holding one bold run,
    `space_before` points above it and kept with the next paragraph, with no heading style or
    outline level for a reader to find."""
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(space_before)
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run(text).bold = True
    return paragraph


def add_text_table(document: Any, rows: Sequence[Sequence[str]]) -> Any:
    """A python-docx table in the "Table Grid" style whose cells are set as plain text, the
    first row then made bold run by run: the other way the rounds' builders wrote a header row
    (unlike `add_grid_table`, no row but the first carries a bold setting at all)."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row_cells, row in zip(table.rows, rows, strict=True):
        for cell, text in zip(row_cells.cells, row, strict=True):
            cell.text = text
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    return table


# A run of a "runs" block: its text and its mark, "i" italic, "b" bold or "" plain.
MarkedRun = tuple[str, str]
_NOTE_MARKS = {"i": "_", "b": "**", "": ""}


def add_marked_runs(paragraph: Any, runs: Sequence[MarkedRun]) -> None:
    """Append `runs` to a python-docx paragraph, each italic or bold as its mark says; both
    settings are written on every run (False where unmarked), as the builders always did."""
    for text, mark in runs:
        run = paragraph.add_run(text)
        run.italic = mark == "i"
        run.bold = mark == "b"


def marked_docx(blocks: Sequence[tuple[Any, ...]], styles: Mapping[str, str]) -> bytes:
    """A whole Word file of ("table", rows) grid tables with a bold header row, ("i", text)
    paragraphs in one italic run (an amendment line under a title), ("runs", [(text, mark),
    ...]) paragraphs of marked runs (Act names in italics) and any other (kind, text) a
    paragraph in the style `styles` names for its kind (Normal where none)."""
    document = new_docx()
    for block in blocks:
        kind = block[0]
        if kind == "table":
            add_grid_table(document, block[1], bold_header=True)
        elif kind == "i":
            document.add_paragraph().add_run(block[1]).italic = True
        elif kind == "runs":
            add_marked_runs(document.add_paragraph(), block[1])
        else:
            document.add_paragraph(block[1], style=styles.get(kind))
    return saved_docx(document)


def marked_note(blocks: Sequence[tuple[Any, ...]], script: str, about: str) -> str:
    """The note beside a `marked_docx` file (see `blocks_note`), italic written `_text_` and
    bold `**text**`."""
    shown: list[tuple[Any, ...]] = []
    for block in blocks:
        if block[0] == "i":
            shown.append(("p", f"_{block[1]}_"))
        elif block[0] == "runs":
            marked = (f"{_NOTE_MARKS[mark]}{text}{_NOTE_MARKS[mark]}" for text, mark in block[1])
            shown.append(("p", "".join(marked)))
        else:
            shown.append(block)
    return blocks_note(shown, script, about)


# --- parts python-docx cannot write (footnotes, endnotes) -----------------------------------------

WORD_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WORD_CONTENT_TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml."


WORD_MAIN_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
"""WordprocessingML's namespace, which every hand-written `w:` element is in."""
WORD_SHAPE_NAMESPACES = (
    f'xmlns:w="{WORD_MAIN_NAMESPACE}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)
"""The namespace declarations a hand-written Word element needs when it may hold a floating
text box or drawing (builders 333 and 343 parse their XML fragments with these); the older
builders' shorter lists stay theirs, since changing a declaration changes the built bytes."""


def word_notes_xml(kind: str, notes: Mapping[int, str], namespaces: str) -> bytes:
    """A Word footnotes or endnotes part (`kind` "footnote" or "endnote") as Word writes one:
    the separator and continuation separator notes, then each numbered note in the
    FootnoteText/EndnoteText style, its reference mark superscript and its text in 9 pt.
    `namespaces` is the root element's xmlns declarations, kept as each builder wrote them."""
    style = kind.capitalize()
    spacing = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    parts = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s {namespaces}>',
        f'<w:{kind} w:type="separator" w:id="-1"><w:p>{spacing}<w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p>{spacing}<w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>',
    ]
    for number, text in notes.items():
        parts.append(
            f'<w:{kind} w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{style}Text"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="{style}Reference"/><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {html.escape(text, quote=False)}</w:t></w:r></w:p></w:{kind}>'
        )
    parts.append(f"</w:{kind}s>")
    return "".join(parts).encode("utf-8")


def add_word_lists(document: Any, namespaces: str, indent: int) -> None:
    """A bullet list (numId 41) and a decimal list (numId 42) in a python-docx document's
    numbering.xml, as Word writes them: the bullet or number is the list level's text, never a
    character in the paragraph. `indent` is the level's left indent in twips; `namespaces` are
    declared on each new element as the builder declares them elsewhere, so its parts are
    unchanged."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    bullet = parse_xml(
        f'<w:abstractNum {namespaces} w:abstractNumId="41"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
        "</w:abstractNum>"
    )
    decimal = parse_xml(
        f'<w:abstractNum {namespaces} w:abstractNumId="42"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(f"{{{WORD_MAIN_NAMESPACE}}}num")
    for abstract in (bullet, decimal):
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    for number in (41, 42):
        numbering.append(
            parse_xml(
                f'<w:num {namespaces} w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>'
            )
        )


def list_paragraph_properties(document: Any, number: int) -> str:
    """The paragraph properties of an item of list `number` (41 bullets, 42 numbers) made by
    `add_word_lists`: Word's List Paragraph style and the list's numbering."""
    style = document.styles["List Paragraph"].style_id
    return f'<w:pStyle w:val="{style}"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'


def with_word_part(
    data: bytes,
    name: str,
    content: bytes,
    relationship_id: str,
    date_time: tuple[int, int, int, int, int, int],
    relationships: str = WORD_RELATIONSHIPS,
) -> bytes:
    """A Word package with one more part `word/<name>` ("footnotes.xml", "endnotes.xml"), its
    content type Override and its relationship from the main document, named after the part
    as Word names them (python-docx has no API for notes). `relationships` is the namespace of
    the relationship's type (Office 2011's for "commentsExtended.xml"). The other entries are
    copied as they were; the new one is dated `date_time`, so a rebuild is identical."""
    import io
    import zipfile

    part = name.removesuffix(".xml")
    override = (
        f'<Override PartName="/word/{name}" ContentType="{WORD_CONTENT_TYPES}{part}+xml"/></Types>'
    )
    link = (
        f'<Relationship Id="{relationship_id}" Type="{relationships}{part}" '
        f'Target="{name}"/></Relationships>'
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                entry = entry.replace(b"</Types>", override.encode())
            elif item.filename == "word/_rels/document.xml.rels":
                entry = entry.replace(b"</Relationships>", link.encode())
            target.writestr(item, entry)
        info = zipfile.ZipInfo(f"word/{name}", date_time=date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        target.writestr(info, content)
    return out.getvalue()


# --- HTML (WeasyPrint, LibreOffice's HTML import) -------------------------------------------------


def _inline(text: str, for_print: bool) -> str:
    parts: list[str] = []
    position = 0
    for match in FOOTNOTE.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        if for_print:
            parts.append(f'<span class="fn">{html.escape(match[1])}</span>')
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def _html(source: Any, for_print: bool) -> str:
    options = source.options
    bold = options.get("headings") == "bold"
    body: list[str] = []
    open_list = ""
    table_open = False
    for block in source.blocks:
        wanted = {"bullet": "ul", "number": "ol"}.get(block.kind, "")
        if open_list and open_list != wanted:
            body.append(f"</{open_list}>")
            open_list = ""
        if table_open and block.kind != "row":
            body.append("</table>")
            table_open = False
        text = _inline(block.text, for_print)
        if wanted and not open_list:
            body.append(f"<{wanted}>")
            open_list = wanted
        if block.kind == "title":
            body.append(f"<h1>{text}</h1>")
        elif block.kind in ("heading", "subheading"):
            tag = "h2" if block.kind == "heading" else "h3"
            body.append(
                f'<p class="bold-heading"><b>{text}</b></p>' if bold else f"<{tag}>{text}</{tag}>"
            )
        elif block.kind == "bold":
            body.append(f"<p><b>{text}</b></p>")
        elif block.kind in ("bullet", "number"):
            body.append(f"<li>{text}</li>")
        elif block.kind == "outline":
            body.append(f'<p class="outline">{block.list_index}.{block.ordinal} {text}</p>')
        elif block.kind == "alpha":
            body.append(f'<p class="alpha">{chr(96 + block.ordinal)}) {text}</p>')
        elif block.kind == "row":
            if not table_open:
                body.append("<table>")
                table_open = True
            cells = "".join(f"<td>{_inline(cell, for_print)}</td>" for cell in block.cells)
            body.append(f"<tr>{cells}</tr>")
        else:
            body.append(f"<p>{text}</p>")
    if open_list:
        body.append(f"</{open_list}>")
    if table_open:
        body.append("</table>")
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Policies</title>'
        f"<style>{_css(options) if for_print else ''}</style></head><body>"
        + "\n".join(body)
        + "</body></html>"
    )


def _css(options: dict[str, str]) -> str:
    header = options.get("header", "").replace('"', '\\"')
    footer = options.get("footer", "Page {page} of {pages}").replace('"', '\\"')
    footer_content = (
        '"'
        + footer.replace("{page}", '" counter(page) "').replace("{pages}", '" counter(pages) "')
        + '"'
    )
    columns = options.get("columns", "1")
    hyphenate = options.get("hyphenate") == "yes"
    return f"""
@page {{ size: A4; margin: 22mm 18mm 24mm 18mm;
  @top-center {{ content: "{header}"; font: 8pt 'DejaVu Sans'; color: #555; }}
  @bottom-center {{ content: {footer_content}; font: 8pt 'DejaVu Sans'; color: #555; }} }}
body {{ font: 10pt/1.35 'DejaVu Serif', serif; columns: {columns}; column-gap: 8mm; }}
h1 {{ font: bold 18pt 'DejaVu Sans'; column-span: all; margin: 0 0 6mm; }}
h2 {{ font: bold 13pt 'DejaVu Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }}
h3 {{ font: bold 11pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }}
p {{ margin: 0 0 2mm; {"hyphens: auto; text-align: justify;" if hyphenate else ""} }}
p.bold-heading {{ margin-top: 3mm; break-after: avoid; }}
p.outline, p.alpha {{ margin-left: 6mm; }}
table {{ border-collapse: collapse; width: 100%; margin: 2mm 0; }}
td {{ border: 0.5pt solid #777; padding: 1mm 2mm; vertical-align: top; font-size: 9pt; }}
.fn {{ float: footnote; font-size: 7.5pt; }}
"""


# --- OpenDocument (flat XML), for LibreOffice ---------------------------------------------------


def _fodt(source: Any) -> str:
    options = source.options
    heading_style = options.get("heading-style", "Heading 1")
    body: list[str] = []
    open_list = ""
    table_rows: list[list[str]] = []
    notes = 0

    def inline(text: str) -> str:
        nonlocal notes
        parts: list[str] = []
        position = 0
        for match in FOOTNOTE.finditer(text):
            notes += 1
            parts.append(html.escape(text[position : match.start()], quote=False))
            parts.append(
                f'<text:note text:id="ftn{notes}" text:note-class="footnote">'
                f"<text:note-citation>{notes}</text:note-citation><text:note-body>"
                f'<text:p text:style-name="Footnote">{html.escape(match[1], quote=False)}</text:p>'
                "</text:note-body></text:note>"
            )
            position = match.end()
        parts.append(html.escape(text[position:], quote=False))
        return "".join(parts)

    def flush_table() -> None:
        if not table_rows:
            return
        columns = max(len(row) for row in table_rows)
        body.append(f'<table:table table:name="Table{len(body)}">')
        body.append(f'<table:table-column table:number-columns-repeated="{columns}"/>')
        for row in table_rows:
            body.append("<table:table-row>")
            for cell in row:
                body.append(
                    f'<table:table-cell office:value-type="string"><text:p>{inline(cell)}</text:p>'
                    "</table:table-cell>"
                )
            body.append("</table:table-row>")
        body.append("</table:table>")
        table_rows.clear()

    for block in source.blocks:
        list_style = {"bullet": "Bullets", "number": "Numbers", "alpha": "Letters"}.get(
            block.kind, ""
        )
        if open_list and open_list != list_style:
            body.append("</text:list>")
            open_list = ""
        if block.kind != "row":
            flush_table()
        if list_style and not open_list:
            body.append(f'<text:list text:style-name="{list_style}">')
            open_list = list_style
        text = inline(block.text)
        if block.kind == "title":
            body.append(
                f'<text:p text:style-name="{options.get("title-style", "Title")}">{text}</text:p>'
            )
        elif block.kind == "heading":
            body.append(
                f'<text:h text:style-name="{heading_style}" text:outline-level="1">{text}</text:h>'
            )
        elif block.kind == "subheading":
            body.append(
                f'<text:h text:style-name="Heading 2" text:outline-level="2">{text}</text:h>'
            )
        elif block.kind == "bold":
            body.append(f'<text:p text:style-name="Strong Para">{text}</text:p>')
        elif list_style:
            body.append(f"<text:list-item><text:p>{text}</text:p></text:list-item>")
        elif block.kind == "outline":
            body.append(
                f'<text:p text:style-name="Indented">{block.list_index}.{block.ordinal} {text}</text:p>'
            )
        elif block.kind == "box":
            body.append(
                '<text:p><draw:frame draw:name="Box" text:anchor-type="paragraph" svg:width="60mm" '
                'svg:height="25mm" svg:x="110mm" svg:y="0mm"><draw:text-box>'
                f"<text:p>{text}</text:p></draw:text-box></draw:frame></text:p>"
            )
        elif block.kind == "row":
            table_rows.append(block.cells)
        else:
            body.append(f"<text:p>{text}</text:p>")
    if open_list:
        body.append("</text:list>")
    flush_table()
    header = html.escape(options.get("header", ""), quote=False)
    footer = html.escape(options.get("footer", "Page {page} of {pages}"), quote=False)
    footer = footer.replace("{page}", "<text:page-number>1</text:page-number>").replace(
        "{pages}", "<text:page-count>1</text:page-count>"
    )
    outline_attr = (
        ' style:default-outline-level="1"' if options.get("outline", "yes") == "yes" else ""
    )
    return _FODT.format(
        heading_style=html.escape(heading_style),
        title_style=html.escape(options.get("title-style", "Title")),
        outline_attr=outline_attr,
        header=header,
        footer=footer,
        body="\n".join(body),
    )


_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="{title_style}" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="5mm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="{heading_style}" style:family="paragraph" style:parent-style-name="Standard"{outline_attr}>
  <style:paragraph-properties fo:margin-top="4mm" fo:margin-bottom="2mm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="3mm" fo:margin-bottom="1mm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Strong Para" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="2mm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Indented" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="8mm" fo:margin-bottom="1.5mm"/>
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
 <text:list-style style:name="Letters">
  <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-6mm" fo:margin-left="12mm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="15mm" fo:margin-bottom="15mm" fo:margin-left="22mm" fo:margin-right="22mm"/>
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


# --- Word through python-docx: own style names, real multilevel numbering ------------------------


def _python_docx(source: Any) -> bytes:
    import io

    import docx
    from build_binary import FIXED_TIME
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, RGBColor

    options = source.options
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_TIME.replace(tzinfo=None)
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1

    def paragraph_style(name: str, size: float, bold: bool, outline: int | None) -> str:
        if name in ("Title", "Heading 1", "Heading 2"):
            return name
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        style.paragraph_format.space_before = Pt(10)
        style.paragraph_format.keep_with_next = True
        if outline is not None:
            element = OxmlElement("w:outlineLvl")
            element.set(qn("w:val"), str(outline))
            style.element.get_or_add_pPr().append(element)
        return name

    heading_outline = None if options.get("outline") == "no" else 0
    heading_bold = options.get("heading-bold", "yes") == "yes"
    title_style = paragraph_style(options.get("title-style", "Title"), 20, True, None)
    heading_style = paragraph_style(
        options.get("heading-style", "Heading 1"), 14, heading_bold, heading_outline
    )

    section = document.sections[0]
    if "header" in options:
        section.header.paragraphs[0].text = options["header"]
    if "footer" in options:
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
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

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:pPr><w:ind w:left="720" w:hanging="540"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%3)"/><w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = next(iter(numbering.findall(qn("w:num"))), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    next_num = [900]

    def new_num(level0_start: int | None) -> int:
        next_num[0] += 1
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{level0_start}"/></w:lvlOverride>'
            if level0_start is not None
            else ""
        )
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{next_num[0]}"><w:abstractNumId w:val="90"/>'
                f"{override}</w:num>"
            )
        )
        return next_num[0]

    def numbered(text: str, num_id: int, level: int) -> None:
        paragraph = document.add_paragraph(text)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id

    table = None
    current: dict[str, int] = {}
    outline_nums: dict[int, int] = {}
    previous_kind = ""
    for block in source.blocks:
        if block.kind != "row":
            table = None
        if block.kind == "number" and previous_kind != "number":
            current["number"] = new_num(None)
        if block.kind == "outline" and block.list_index not in outline_nums:
            outline_nums[block.list_index] = new_num(block.list_index)
        if block.kind == "alpha" and previous_kind != "alpha":
            current["alpha"] = new_num(None)
        previous_kind = block.kind
        if block.kind == "title":
            document.add_paragraph(block.text, style=title_style)
        elif block.kind == "heading":
            document.add_paragraph(block.text, style=heading_style)
        elif block.kind == "subheading":
            document.add_heading(block.text, level=2)
        elif block.kind == "bold":
            document.add_paragraph().add_run(block.text).bold = True
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "number":
            numbered(block.text, current["number"], 0)
        elif block.kind == "outline":
            numbered(block.text, outline_nums[block.list_index], 1)
        elif block.kind == "alpha":
            numbered(block.text, current["alpha"], 2)
        elif block.kind == "row":
            if table is None:
                table = document.add_table(rows=0, cols=len(block.cells))
                table.style = "Table Grid"
            for cell, value in zip(table.add_row().cells, block.cells, strict=True):
                cell.text = value
        else:
            document.add_paragraph(FOOTNOTE.sub("", block.text))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdfium_copy(path: Path) -> str:
    """Select-all and copy in a pdfium viewer: each page's text range, pages run together."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pages = []
    for page in pdf:
        textpage = page.get_textpage()
        text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        # pdfium marks a word broken at a line's end with U+FFFE; the viewer shows its hyphen
        pages.append(text.replace("\ufffe", "-\n"))
    return "\n".join(page.rstrip("\n") for page in pages) + "\n"


def pdftotext(path: Path, layout: bool) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return text.replace("\f", "")  # a paste carries no form feeds


# ------------------------------------------------------------------ producers
