# ruff: noqa: E501  (Word XML fragments are kept as Word writes them)
"""Build the seventh blind set's Word and PDF files (701-710) with makers the earlier sets lack.

`build_binary.py` hands a source here when its `%% maker:` is one of MAKERS below. The source
language is build_binary.py's, with these inline additions (read only by the makers here):

    {+text+}            a tracked insertion (Word: `w:ins`; elsewhere the text as written)
    {-text-}            a tracked deletion (Word: `w:del`; elsewhere left out)
    [[note: text]]      a reviewer's comment anchored here (Word: comments part; elsewhere left out)
    [text](https://…)   a hyperlink

Makers:
    chromium            HTML printed by headless Chromium with its own header and footer (date,
                        page title, address, "1/3"); `%% url:` the address it is printed from
                        (served locally under that host name); `%% headings: bold` for
                        `<p><strong>` headings at body size; `%% font:` the body font family
    chromium-bare       the same without the browser's header and footer
    docx-direct         Word with only direct formatting: no heading styles, headings typed as
                        "1<tab>Heading" in bold 14 pt runs, every run with its own font and size
    docx-fields         Word with a TOC field (hyperlinks, PAGEREF page numbers), the title and
                        review date in content controls, comments, tracked changes, hyperlinks
    docx-outline        Word with Title and Subtitle styles and Heading 1/2 numbered through the
                        styles' own numbering (`1`, `3.2`: the number is in no paragraph)
    docx-layout-table   Word whose body sits in a borderless two-column table: the heading in
                        the left cell, the text (paragraphs, lists) in the right
    docx-soft-breaks    Word pasted from a web page: each section one paragraph, its lines
                        separated by line breaks (`w:br`), a bold run as the heading line
    fpdf-first-page     fpdf2: a council banner on the first page only, a running header from the
                        second, a contents page with dot leaders and page numbers
    lo-tagged-pdf       Word (Heading styles set at body size, bold, numbered "1.<tab>" by the
                        style, a TOC with dot leaders, a different first-page header) printed to
                        tagged PDF by LibreOffice

Chromium prints the current date in its header and LibreOffice stamps its output, so those
rebuilds are equivalent, not identical byte for byte.
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
    {"chromium", "chromium-bare", "docx-direct", "docx-fields", "docx-outline",
     "docx-layout-table", "docx-soft-breaks", "fpdf-first-page", "lo-tagged-pdf"}
)  # fmt: skip
INLINE = re.compile(
    r"\{\+(?P<ins>.+?)\+\}|\{-(?P<dele>.+?)-\}|\[\[note: (?P<note>.+?)\]\]|\[(?P<link>[^\]]+)\]\((?P<url>https?://[^)]+)\)"
)


def build_with(source: Any, target: Path) -> None:
    from build_binary import _with_fixed_zip_times

    maker = source.options["maker"]
    if maker in ("chromium", "chromium-bare"):
        _chromium(source, target, with_browser_chrome=maker == "chromium")
    elif maker == "fpdf-first-page":
        _fpdf_first_page(source, target)
    elif maker == "lo-tagged-pdf":
        _lo_tagged_pdf(source, target)
    else:
        builder = {
            "docx-direct": _docx_direct,
            "docx-fields": _docx_fields,
            "docx-outline": _docx_outline,
            "docx-layout-table": _docx_layout_table,
            "docx-soft-breaks": _docx_soft_breaks,
        }[maker]
        target.write_bytes(_with_fixed_zip_times(builder(source)))


def plain(text: str) -> str:
    """The text as a reader of the finished document sees it."""

    def keep(match: re.Match[str]) -> str:
        if match["ins"]:
            return match["ins"]
        if match["link"]:
            return match["link"]
        return ""

    return re.sub(r"  +", " ", INLINE.sub(keep, text))


# --- Chromium ---------------------------------------------------------------------------------


def _html_inline(text: str) -> str:
    out: list[str] = []
    position = 0
    for match in INLINE.finditer(text):
        out.append(html.escape(text[position : match.start()]))
        if match["ins"]:
            out.append(html.escape(match["ins"]))
        elif match["link"]:
            out.append(f'<a href="{html.escape(match["url"])}">{html.escape(match["link"])}</a>')
        position = match.end()
    out.append(html.escape(text[position:]))
    return "".join(out)


def _page_html(source: Any) -> str:
    options = source.options
    bold = options.get("headings") == "bold"
    font = options.get("font", "DejaVu Sans")
    body: list[str] = []
    open_list = ""
    title = ""
    table_open = False
    for block in source.blocks:
        wanted = {"bullet": "ul", "number": "ol"}.get(block.kind, "")
        if open_list and open_list != wanted:
            body.append(f"</{open_list}>")
            open_list = ""
        if table_open and block.kind != "row":
            body.append("</table>")
            table_open = False
        if wanted and not open_list:
            body.append(f"<{wanted}>")
            open_list = wanted
        text = _html_inline(block.text)
        if block.kind == "title":
            title = plain(block.text)
            body.append(f"<h1>{text}</h1>")
        elif block.kind in ("heading", "subheading"):
            tag = "h2" if block.kind == "heading" else "h3"
            body.append(f"<p><strong>{text}</strong></p>" if bold else f"<{tag}>{text}</{tag}>")
        elif block.kind == "bold":
            body.append(f"<p><strong>{text}</strong></p>")
        elif block.kind in ("bullet", "number"):
            body.append(f"<li>{text}</li>")
        elif block.kind == "row":
            if not table_open:
                body.append("<table>")
                table_open = True
            cells = "".join(f"<td>{html.escape(cell)}</td>" for cell in block.cells)
            body.append(f"<tr>{cells}</tr>")
        else:
            body.append(f"<p>{text}</p>")
    if open_list:
        body.append(f"</{open_list}>")
    if table_open:
        body.append("</table>")
    css = (
        f"body {{ font-family: '{font}', serif; font-size: 11pt; line-height: 1.45; margin: 0 1.2cm; "
        "font-variant-ligatures: common-ligatures; text-rendering: optimizeLegibility; }"
        " h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 1.2em; }"
        " table { border-collapse: collapse; } td { border: 1px solid #999; padding: 3pt 6pt; }"
    )
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)} | "
        f"{html.escape(options.get('header', 'Procedures Manual'))}</title>"
        f"<style>{css}</style></head><body>{''.join(body)}</body></html>"
    )


def _chromium(source: Any, target: Path, with_browser_chrome: bool) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed for this maker: apt-get install chromium")
    page = _page_html(source).encode("utf-8")
    address = source.options.get("url", "https://www.example.gov.uk/manual/policies-values")
    host = re.sub(r"^https?://", "", address).split("/")[0]
    path = "/" + address.split(host, 1)[1].lstrip("/")

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory() as work:
            out = Path(work) / "page.pdf"
            command = [
                chromium, "--headless", "--no-sandbox", "--disable-gpu",
                f"--user-data-dir={work}/profile",
                f"--host-resolver-rules=MAP {host} 127.0.0.1:{server.server_port}",
                f"--print-to-pdf={out}",
            ]  # fmt: skip
            if not with_browser_chrome:
                command.append("--no-pdf-header-footer")
            command.append(f"http://{host}{path}")
            subprocess.run(command, check=True, capture_output=True, timeout=180)
            shutil.copyfile(out, target)
    finally:
        server.shutdown()


# --- Word -------------------------------------------------------------------------------------


def _new_document() -> Any:
    import docx
    from build_binary import FIXED_TIME

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_TIME.replace(tzinfo=None)
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1
    return document


def _saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _bullet_num(document: Any) -> int:
    return int(document.styles["List Bullet"]._element.pPr.numPr.numId.val)


def _decimal_num(document: Any, start_key: list[int]) -> int:
    """A new decimal list (its own w:num restarting at 1)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    if start_key[0] == 0:
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80"><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        )
        first = next(iter(numbering.findall("{*}num")), None)
        if first is not None:
            first.addprevious(abstract)
        else:
            numbering.append(abstract)
        start_key[0] = 800
    start_key[0] += 1
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{start_key[0]}"><w:abstractNumId w:val="80"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return start_key[0]


def _set_num(paragraph: Any, num_id: int, level: int = 0) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _table(document: Any, rows: list[Any]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0].cells))
    table.style = "Table Grid"
    for row in rows:
        for cell, value in zip(table.add_row().cells, row.cells, strict=True):
            cell.text = value


def _groups(blocks: list[Any]) -> list[list[Any]]:
    """Blocks with table rows gathered into one list per table."""
    out: list[list[Any]] = []
    for block in blocks:
        if block.kind == "row" and out and out[-1][0].kind == "row":
            out[-1].append(block)
        else:
            out.append([block])
    return out


def _docx_direct(source: Any) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    document = _new_document()
    numbers = [0]

    def styled_run(paragraph: Any, text: str, size: float, bold: bool = False) -> Any:
        run = paragraph.add_run(text)
        run.font.name = "Arial"
        run.font.size = Pt(size)
        run.bold = bold
        return run

    heading_number = 0
    list_num = 0
    previous = ""
    for group in _groups(source.blocks):
        block = group[0]
        if block.kind == "row":
            _table(document, group)
            previous = "row"
            continue
        if block.kind == "number" and previous != "number":
            list_num = _decimal_num(document, numbers)
        previous = block.kind
        text = plain(block.text)
        if block.kind == "title":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = styled_run(paragraph, text, 16, bold=True)
            run.font.color.rgb = RGBColor(0x00, 0x3A, 0x70)
            paragraph.paragraph_format.space_after = Pt(18)
        elif block.kind == "heading":
            heading_number += 1
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.keep_with_next = True
            styled_run(paragraph, f"{heading_number}", 14, bold=True)
            styled_run(paragraph, "\t", 14, bold=True)
            styled_run(paragraph, text, 14, bold=True)
        elif block.kind == "subheading":
            paragraph = document.add_paragraph()
            run = styled_run(paragraph, text, 11, bold=True)
            run.underline = True
        elif block.kind == "bullet":
            paragraph = document.add_paragraph(style="List Bullet")
            styled_run(paragraph, text, 11)
        elif block.kind == "number":
            paragraph = document.add_paragraph()
            _set_num(paragraph, list_num)
            styled_run(paragraph, text, 11)
        else:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(8)
            # Word splits a paragraph's text into several runs as it is edited
            words = text.split(" ")
            middle = len(words) // 2
            styled_run(paragraph, " ".join(words[:middle]) + " ", 11)
            styled_run(paragraph, " ".join(words[middle:]), 11)
    return _saved(document)


def _inline_xml(text: str, revision: list[int], comments: list[tuple[int, str]]) -> str:
    """Runs for `text`, with tracked changes, comment anchors and hyperlinks as Word writes them."""
    out: list[str] = []
    position = 0

    def run(value: str, tag: str = "w:t") -> str:
        return f'<w:r><{tag} xml:space="preserve">{html.escape(value, quote=False)}</{tag}></w:r>'

    for match in INLINE.finditer(text):
        if match.start() > position:
            out.append(run(text[position : match.start()]))
        revision[0] += 1
        stamp = f'w:id="{revision[0]}" w:author="Policy Officer" w:date="2024-09-02T10:00:00Z"'
        if match["ins"]:
            out.append(f"<w:ins {stamp}>{run(match['ins'])}</w:ins>")
        elif match["dele"]:
            out.append(f"<w:del {stamp}>{run(match['dele'], 'w:delText')}</w:del>")
        elif match["note"]:
            number = len(comments)
            comments.append((number, match["note"]))
            out.append(
                f'<w:commentRangeStart w:id="{number}"/><w:commentRangeEnd w:id="{number}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{number}"/></w:r>'
            )
        elif match["link"]:
            out.append(f'<w:hyperlink r:id="LINK:{match["url"]}" w:history="1">'
                       f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{html.escape(match["link"], quote=False)}</w:t></w:r></w:hyperlink>')  # fmt: skip
        position = match.end()
    if position < len(text):
        out.append(run(text[position:]))
    return "".join(out)


def _append_runs(
    document: Any, paragraph: Any, text: str, revision: list[int], comments: list[tuple[int, str]]
) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    fragment = _inline_xml(text, revision, comments)

    def relate(match: re.Match[str]) -> str:
        rel = document.part.relate_to(match[1], RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        return f'r:id="{rel}"'

    fragment = re.sub(r'r:id="LINK:([^"]+)"', relate, fragment)
    wrapper = parse_xml(f"<w:p {nsdecls('w', 'r')}>{fragment}</w:p>")
    for child in list(wrapper):
        paragraph._p.append(child)


def _add_comments(document: Any, path: Path | None, comments: list[tuple[int, str]]) -> bytes:
    """The saved document with a comments part holding `comments`."""
    import zipfile

    data = _saved(document)
    if not comments:
        return data
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(
        f'<w:comment w:id="{number}" w:author="Reviewer" w:date="2024-09-03T09:00:00Z" w:initials="RV">'
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r></w:p></w:comment>'
        for number, text in comments
    )
    comments_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {ns}>{body}</w:comments>'
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
                )
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdComments1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
                )
            target.writestr(info, content)
        target.writestr("word/comments.xml", comments_xml)
    return out.getvalue()


def _ensure_style(document: Any, name: str, base: str | None = None) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    if name not in [style.name for style in document.styles]:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base is not None:
            style.base_style = document.styles[base]


def _toc(document: Any, headings: list[tuple[str, str, int]], leader: bool) -> None:
    """Word's TOC: a field whose cached result is one hyperlinked entry per heading."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    _ensure_style(document, "TOC Heading", "Heading 1")
    toc_heading = document.styles["TOC Heading"].element.get_or_add_pPr()
    toc_heading.insert(
        0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
    )
    toc_heading.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="9"/>'))
    _ensure_style(document, "toc 1", "Normal")
    body = document.element.body
    tab = (
        '<w:tabs><w:tab w:val="left" w:pos="440"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'
        if leader
        else ""
    )
    entries: list[str] = []
    for index, (anchor, label, page) in enumerate(headings):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(headings) - 1 else ""
        entries.append(
            f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="TOC1"/>{tab}</w:pPr>{begin}'
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
            f'<w:r><w:t xml:space="preserve">{html.escape(label, quote=False)}</w:t></w:r>'
            "<w:r><w:tab/></w:r>"
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:t>{page}</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f"</w:hyperlink>{end}</w:p>"
        )
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        f'<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>'
        f"{''.join(entry.replace(nsdecls('w'), '') for entry in entries)}"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, sdt)


def _docx_fields(source: Any) -> bytes:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = _new_document()
    revision = [100]
    comments: list[tuple[int, str]] = []
    numbers = [0]
    headings = [plain(block.text) for block in source.blocks if block.kind == "heading"]
    list_num = 0
    previous = ""
    heading_index = 0
    for group in _groups(source.blocks):
        block = group[0]
        if block.kind == "row":
            _table(document, group)
            previous = "row"
            continue
        if block.kind == "number" and previous != "number":
            list_num = _decimal_num(document, numbers)
        previous = block.kind
        if block.kind == "title":
            body = document.element.body
            sdt = parse_xml(
                f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Title"/><w:tag w:val=""/>'
                '<w:dataBinding w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>'
                '<w:text/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>'
                f"<w:r><w:t>{html.escape(plain(block.text), quote=False)}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
            )
            body.insert(len(body) - 1, sdt)
            _toc(
                document,
                [(f"_Toc1{index:05}", text, index + 2) for index, text in enumerate(headings)],
                leader=True,
            )
            continue
        if block.kind == "heading":
            paragraph = document.add_heading(level=1)
            heading_index += 1
            anchor = f"_Toc1{heading_index - 1:05}"
            paragraph._p.append(
                parse_xml(
                    f'<w:bookmarkStart {nsdecls("w")} w:id="{heading_index}" w:name="{anchor}"/>'
                )
            )
            _append_runs(document, paragraph, block.text, revision, comments)
            paragraph._p.append(
                parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{heading_index}"/>')
            )
            continue
        if block.kind == "subheading":
            paragraph = document.add_heading(level=2)
        elif block.kind == "bullet":
            paragraph = document.add_paragraph(style="List Bullet")
        elif block.kind == "number":
            paragraph = document.add_paragraph(style="List Paragraph")
            _set_num(paragraph, list_num)
        elif block.kind == "bold":
            paragraph = document.add_paragraph()
            paragraph.add_run(plain(block.text)).bold = True
            continue
        else:
            paragraph = document.add_paragraph()
        date = re.match(r"^(Review date|Last reviewed|Last updated): (.+)$", block.text)
        if date:
            paragraph.add_run(f"{date[1]}: ")
            paragraph._p.append(
                parse_xml(
                    f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Review date"/><w:date w:fullDate="2024-09-01T00:00:00Z">'
                    '<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/></w:date></w:sdtPr>'
                    f"<w:sdtContent><w:r><w:t>{html.escape(date[2], quote=False)}</w:t></w:r></w:sdtContent></w:sdt>"
                )
            )
            continue
        _append_runs(document, paragraph, block.text, revision, comments)
    return _add_comments(document, None, comments)


def _outline_numbering(document: Any, heading_format: str, suffix: str) -> None:
    """Heading 1 and 2 numbered by a multilevel list tied to the styles (no numPr on paragraphs)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{heading_format}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        f'<w:suff w:val="{suffix}"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first = next(iter(numbering.findall(qn("w:num"))), None)
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="700"><w:abstractNumId w:val="70"/></w:num>')
    )
    for name, level in (("Heading 1", 0), ("Heading 2", 1)):
        style = document.styles[name]
        p_pr = style.element.get_or_add_pPr()
        p_pr.insert(
            0,
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="700"/></w:numPr>'
            ),
        )


def _docx_outline(source: Any) -> bytes:
    document = _new_document()
    _outline_numbering(document, "%1", "tab")
    numbers = [0]
    list_num = 0
    previous = ""
    for group in _groups(source.blocks):
        block = group[0]
        if block.kind == "row":
            _table(document, group)
            previous = "row"
            continue
        if block.kind == "number" and previous != "number":
            list_num = _decimal_num(document, numbers)
        text = plain(block.text)
        if block.kind == "title":
            document.add_paragraph(text, style="Title")
        elif block.kind == "bold" and previous == "title":
            document.add_paragraph(text, style="Subtitle")
        elif block.kind == "heading":
            document.add_paragraph(text, style="Heading 1")
        elif block.kind == "subheading":
            document.add_paragraph(text, style="Heading 2")
        elif block.kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        elif block.kind == "number":
            _set_num(document.add_paragraph(text, style="List Paragraph"), list_num)
        elif block.kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text)
        previous = block.kind
    return _saved(document)


def _docx_layout_table(source: Any) -> bytes:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm, Pt

    document = _new_document()
    numbers = [0]
    table = None
    right = None
    list_num = 0
    previous = ""
    for group in _groups(source.blocks):
        block = group[0]
        text = plain(block.text)
        if block.kind == "title":
            document.add_paragraph(text, style="Title")
            continue
        if block.kind == "heading":
            if table is None:
                table = document.add_table(rows=0, cols=2)
                borders = parse_xml(
                    f"<w:tblBorders {nsdecls('w')}>"
                    + "".join(
                        f'<w:{side} w:val="nil"/>'
                        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
                    )
                    + "</w:tblBorders>"
                )
                table._tbl.tblPr.append(borders)
            row = table.add_row()
            row.cells[0].width = Cm(4)
            row.cells[1].width = Cm(12)
            left = row.cells[0].paragraphs[0]
            run = left.add_run(text)
            run.bold = True
            run.font.size = Pt(12)
            right = row.cells[1]
            previous = "heading"
            continue
        assert right is not None, "layout-table sources start each section with a heading"
        if block.kind == "number" and previous != "number":
            list_num = _decimal_num(document, numbers)
        paragraph = right.paragraphs[0] if previous == "heading" else right.add_paragraph()
        if block.kind == "bullet":
            paragraph.style = document.styles["List Bullet"]
            paragraph.add_run(text)
        elif block.kind == "number":
            paragraph.style = document.styles["List Paragraph"]
            _set_num(paragraph, list_num)
            paragraph.add_run(text)
        elif block.kind == "row":
            paragraph.add_run(
                " — ".join(row.cells[0] + ": " + ", ".join(row.cells[1:]) for row in [block])
            )
            for extra in group[1:]:
                right.add_paragraph(extra.cells[0] + ": " + ", ".join(extra.cells[1:]))
        elif block.kind == "bold":
            paragraph.add_run(text).bold = True
        else:
            paragraph.add_run(text)
        previous = block.kind
    return _saved(document)


def _docx_soft_breaks(source: Any) -> bytes:
    """Each heading and the text after it in one paragraph, lines apart by `w:br` (pasted web text)."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = _new_document()
    style = document.styles.add_style("Normal (Web)", 1)
    style.base_style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    paragraph = None
    for block in source.blocks:
        text = plain(block.text)
        if block.kind == "title":
            title = document.add_paragraph(style="Normal (Web)")
            run = title.add_run(text)
            run.bold = True
            run.font.size = Pt(18)
            paragraph = None
            continue
        if block.kind in ("heading", "subheading", "bold"):
            paragraph = document.add_paragraph(style="Normal (Web)")
            paragraph.add_run(text).bold = True
            paragraph.add_run().add_break(WD_BREAK.LINE)
            continue
        if paragraph is None:
            paragraph = document.add_paragraph(style="Normal (Web)")
        elif paragraph.runs and not paragraph.runs[-1].bold:
            run = paragraph.add_run()
            run.add_break(WD_BREAK.LINE)
            if block.kind == "para":
                run.add_break(WD_BREAK.LINE)
        prefix = {"bullet": "\u2022 ", "number": f"{block.ordinal}. "}.get(block.kind, "")
        if block.kind == "row":
            prefix, text = "", ": ".join(block.cells)
        paragraph.add_run(prefix + text)
    return _saved(document)


# --- fpdf2 ------------------------------------------------------------------------------------


def _fpdf_first_page(source: Any, target: Path) -> None:
    from build_binary import FIXED_TIME, FONT_DIR
    from fpdf import FPDF

    header_text = source.options.get("header", "")
    footer_text = source.options.get("footer", "{page}")
    title = next(plain(block.text) for block in source.blocks if block.kind == "title")
    banner = source.options.get("url", "Council")

    class Pdf(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                self.set_font("DejaVu", "B", 15)
                self.set_text_color(0, 70, 120)
                self.cell(0, 9, banner, new_x="LMARGIN", new_y="NEXT")
                self.set_font("DejaVu", "", 9)
                self.cell(
                    0, 5, "Children's Services Procedures Manual", new_x="LMARGIN", new_y="NEXT"
                )
                self.ln(8)
            else:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, header_text, align="L")
                self.ln(9)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 6, footer_text, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 6, str(self.page_no()), align="R")
            self.set_text_color(0, 0, 0)

    headings = [plain(block.text) for block in source.blocks if block.kind == "heading"]

    def render(contents_pages: list[int]) -> tuple[Any, list[int]]:
        pdf = Pdf(format="A4")
        pdf.set_creation_date(FIXED_TIME)
        pdf.set_title(title)
        pdf.set_author("policydiff test cases")
        pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.set_auto_page_break(auto=True, margin=22)
        pdf.set_margins(24, 16, 24)
        found: list[int] = []

        def write(
            text: str, size: float, bold: bool = False, indent: float = 0, after: float = 2.5
        ) -> None:
            pdf.set_font("DejaVu", "B" if bold else "", size)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(pdf.epw - indent, size * 0.5, text, align="L" if bold else "J")
            pdf.ln(after)

        pdf.add_page()
        write(title, 18, bold=True, after=8)
        write("Contents", 13, bold=True, after=3)
        pdf.set_font("DejaVu", "", 10.5)
        for index, heading in enumerate(headings):
            label = f"{index + 1}. {heading}"
            page = str(contents_pages[index])
            label_width = pdf.get_string_width(label) + 2
            dots_width = pdf.epw - label_width - pdf.get_string_width(page) - 3
            dots = "." * int(dots_width / pdf.get_string_width("."))
            pdf.set_x(pdf.l_margin)
            pdf.cell(label_width, 6.5, label)
            pdf.cell(dots_width, 6.5, dots)
            pdf.cell(0, 6.5, page, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        number = 0
        for block in source.blocks:
            text = plain(block.text)
            if block.kind == "title":
                continue
            if block.kind == "heading":
                number += 1
                write(f"{number}. {text}", 13, bold=True, after=2)
                found.append(pdf.page_no())
            elif block.kind == "subheading":
                write(text, 11.5, bold=True, after=1.5)
            elif block.kind == "bold":
                write(text, 10.5, bold=True, after=1.5)
            elif block.kind == "bullet":
                write("\u2022 " + text, 10.5, indent=6, after=1)
            elif block.kind == "number":
                write(f"{block.ordinal}. {text}", 10.5, indent=6, after=1)
            elif block.kind == "row":
                write("    ".join(block.cells), 10, after=1)
            else:
                write(text, 10.5)
        return pdf, found

    _, pages = render([2] * len(headings))
    pdf, _ = render(pages)
    pdf.output(str(target))


# --- LibreOffice --------------------------------------------------------------------------------


def _lo_tagged_pdf(source: Any, target: Path) -> None:
    from build_binary_tools import LO_PROFILE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor

    document = _new_document()
    _outline_numbering(document, "%1.", "tab")
    for name in ("Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.size = Pt(11)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.name = "Liberation Sans"
    document.styles["Normal"].font.name = "Liberation Sans"
    document.styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = source.options.get("url", "")
    section.header.paragraphs[0].text = source.options.get("header", "")
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    footer._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    first_footer = section.first_page_footer.paragraphs[0]
    first_footer.add_run("Page ")
    first_footer._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    numbers = [0]
    list_num = 0
    previous = ""
    headings = [plain(block.text) for block in source.blocks if block.kind == "heading"]
    for group in _groups(source.blocks):
        block = group[0]
        if block.kind == "row":
            _table(document, group)
            previous = "row"
            continue
        if block.kind == "number" and previous != "number":
            list_num = _decimal_num(document, numbers)
        previous = block.kind
        text = plain(block.text)
        if block.kind == "title":
            document.add_paragraph(text, style="Title")
            _toc(
                document,
                [
                    (f"_Toc2{index:05}", f"{index + 1}.\t{heading}", 1 + (index + 2) // 3)
                    for index, heading in enumerate(headings)
                ],
                leader=True,
            )
        elif block.kind == "heading":
            document.add_paragraph(text, style="Heading 1")
        elif block.kind == "subheading":
            document.add_paragraph(text, style="Heading 2")
        elif block.kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        elif block.kind == "number":
            _set_num(document.add_paragraph(text, style="List Paragraph"), list_num)
        elif block.kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit(
            "LibreOffice (soffice) is needed for this maker: apt-get install libreoffice"
        )
    with tempfile.TemporaryDirectory() as work:
        source_path = Path(work) / (target.stem + ".docx")
        source_path.write_bytes(_saved(document))
        out = Path(work) / "out"
        export = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
             "--convert-to", export, "--outdir", str(out), str(source_path)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(next(out.iterdir()), target)
