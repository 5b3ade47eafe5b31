# ruff: noqa: E501  (Word XML fragments and the chapters' paragraphs are kept a line each)
"""Build the thirty-fourth blind set (3401-3406): Word files as editors leave them.

Councils hold their chapters as Word files mid-edit: tracked changes not yet accepted, reviewers'
comments, content controls from a corporate template, a contents field, house heading styles
based on Word's own, and fields and notes. Each chapter below is written for this set (invented
councils) and made with python-docx plus raw WordprocessingML where python-docx has no API.

Paragraph text uses a small inline language of its own:
    {+text+}                 a tracked insertion (w:ins)
    {-text-}                 a tracked deletion (w:del / w:delText)
    <<anchor||comment>>      a comment whose range covers `anchor` (comments.xml)
    ^[text]                  a footnote (footnotes.xml); ^^[text] an endnote (endnotes.xml)
    {{INSTR|result}}         a complex field (fldChar begin/separate/end) showing `result`
    {{=INSTR|result}}        a simple field (w:fldSimple) showing `result`
    {{sdt:ALIAS:ISODATE|shown}}  an inline date content control showing `shown`
    [[bm:NAME]]              a bookmark start+end at this point (for REF fields)

Block kinds: title, h1, h2, p, bullet, num, table (rows); with a `mark` of "ins" or "del" a whole
paragraph (its mark too) is a tracked insertion or deletion; "restyled" a heading whose style
change (from Normal) is tracked; "sdt" on a title a block content control; "sdt-cell" on a table
a cell content control holding the second cell of the first row; "sdt-block" groups start/end a
block content control around several paragraphs; "toc" a contents field.

usage: python tests/cases/documents/build_blind34.py   (needs python-docx)
Each build writes NNNN-....docx and a NNNN-....docx.md note (the text a reader sees, changes
accepted, comments and notes apart) beside this script.
"""

from __future__ import annotations

import html
import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2025-01-20T10:00:00Z"
INLINE = re.compile(
    r"\{\+(?P<ins>.+?)\+\}|\{-(?P<dele>.+?)-\}|<<(?P<anchor>.*?)\|\|(?P<comment>.+?)>>"
    r"|\^\^\[(?P<endnote>.+?)\]|\^\[(?P<footnote>.+?)\]"
    r"|\{\{sdt:(?P<alias>[^:]+):(?P<iso>[^|]+)\|(?P<shown>.+?)\}\}"
    r"|\{\{(?P<simple>=)?(?P<instr>[^|]+)\|(?P<result>.*?)\}\}|\[\[bm:(?P<bm>[^\]]+)\]\]"
)


class Build:
    """The parts gathered while one document's body is written."""

    def __init__(self) -> None:
        self.rev = 100
        self.comments: list[tuple[int, str]] = []
        self.footnotes: list[tuple[int, str]] = []
        self.endnotes: list[tuple[int, str]] = []
        self.bookmark = 500

    def next_rev(self) -> int:
        self.rev += 1
        return self.rev


def _t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{html.escape(text, quote=False)}</{tag}>'


def _run(text: str, rpr: str = "") -> str:
    return f"<w:r>{rpr}{_t(text)}</w:r>" if text else ""


def _runs(text: str, build: Build, deleted: bool = False) -> str:
    """Runs for one paragraph's inline text."""
    out: list[str] = []
    position = 0
    for match in INLINE.finditer(text):
        out.append(_plain_run(text[position : match.start()], deleted))
        position = match.end()
        if match["ins"] is not None:
            out.append(
                f'<w:ins w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}">{_run(match["ins"])}</w:ins>'
            )
        elif match["dele"] is not None:
            out.append(
                f'<w:del w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}"><w:r>{_t(match["dele"], "w:delText")}</w:r></w:del>'
            )
        elif match["anchor"] is not None:
            number = len(build.comments)
            build.comments.append((number, match["comment"]))
            out.append(
                f'<w:commentRangeStart w:id="{number}"/>{_plain_run(match["anchor"], deleted)}<w:commentRangeEnd w:id="{number}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{number}"/></w:r>'
            )
        elif match["footnote"] is not None:
            number = len(build.footnotes) + 1
            build.footnotes.append((number, match["footnote"]))
            out.append(
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{number}"/></w:r>'
            )
        elif match["endnote"] is not None:
            number = len(build.endnotes) + 1
            build.endnotes.append((number, match["endnote"]))
            out.append(
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="{number}"/></w:r>'
            )
        elif match["alias"] is not None:
            out.append(
                f'<w:sdt><w:sdtPr><w:alias w:val="{match["alias"]}"/><w:tag w:val="{match["alias"].replace(" ", "")}"/>'
                f'<w:id w:val="{build.next_rev()}"/><w:date w:fullDate="{match["iso"]}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
                '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                f"<w:sdtContent>{_run(match['shown'])}</w:sdtContent></w:sdt>"
            )
        elif match["instr"] is not None and match["simple"]:
            out.append(
                f'<w:fldSimple w:instr=" {html.escape(match["instr"])} ">{_run(match["result"])}</w:fldSimple>'
            )
        elif match["instr"] is not None:
            out.append(
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f"<w:r>{_t(' ' + match['instr'] + ' ', 'w:instrText')}</w:r>"
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f"{_run(match['result'])}"
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            )
        else:
            build.bookmark += 1
            out.append(
                f'<w:bookmarkStart w:id="{build.bookmark}" w:name="{match["bm"]}"/><w:bookmarkEnd w:id="{build.bookmark}"/>'
            )
    out.append(_plain_run(text[position:], deleted))
    return "".join(out)


def _plain_run(text: str, deleted: bool) -> str:
    if not text:
        return ""
    return f"<w:r>{_t(text, 'w:delText' if deleted else 'w:t')}</w:r>"


STYLE_OF = {"title": "Title", "h1": "Heading1", "h2": "Heading2", "p": None}


def _paragraph(kind: str, text: str, build: Build, styles: dict[str, str], mark: str = "") -> str:
    style = styles.get(kind, STYLE_OF.get(kind))
    ppr: list[str] = []
    if kind == "bullet":
        style = styles.get("bullet", "ListBullet")
    elif kind == "num":
        style = "ListNumber"
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if mark == "restyled":
        ppr.append(
            f'<w:pPrChange w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}"><w:pPr/></w:pPrChange>'
        )
    if mark in ("ins", "del"):
        tag = "w:ins" if mark == "ins" else "w:del"
        ppr.append(
            f'<w:rPr><{tag} w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}"/></w:rPr>'
        )
    body = _runs(text, build, deleted=mark == "del")
    if mark == "ins":
        body = f'<w:ins w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}">{body}</w:ins>'
    elif mark == "del":
        body = f'<w:del w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}">{body}</w:del>'
    return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{body}</w:p>"


def _table(rows: list[list[str]], build: Build, cell_sdt: bool) -> str:
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    ]
    out.append('<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>')
    for index, row in enumerate(rows):
        cells = []
        for column, value in enumerate(row):
            cell = f'<w:tc><w:tcPr><w:tcW w:w="{3000 if column == 0 else 6000}" w:type="dxa"/></w:tcPr><w:p>{_runs(value, build)}</w:p></w:tc>'
            if cell_sdt and index == 0 and column == 1:
                cell = (
                    f'<w:sdt><w:sdtPr><w:alias w:val="{row[0]}"/><w:tag w:val="{row[0]}"/><w:id w:val="{build.next_rev()}"/><w:text/></w:sdtPr>'
                    f"<w:sdtContent>{cell}</w:sdtContent></w:sdt>"
                )
            cells.append(cell)
        out.append(f"<w:tr>{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _toc(headings: list[tuple[str, str, int, int]]) -> str:
    """Word's contents field in its building-block control: one hyperlinked entry per heading."""
    entries: list[str] = []
    for index, (anchor, label, level, page) in enumerate(headings):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(headings) - 1 else ""
        entries.append(
            f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>{begin}'
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
            f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr>{_t(label)}</w:r>'
            "<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>"
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>"
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
            f"</w:hyperlink>{end}</w:p>"
        )
    return (
        '<w:sdt><w:sdtPr><w:id w:val="-1543440"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>'
        f"{''.join(entries)}</w:sdtContent></w:sdt>"
    )


def _ensure_styles(document: Any, custom: dict[str, str]) -> None:
    """Contents styles, and the house styles `custom` (name -> style it is based on)."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = document.styles
    names = {style.name for style in styles}
    for name, base in [
        ("TOC Heading", "Heading 1"),
        ("toc 1", "Normal"),
        ("toc 2", "Normal"),
        *custom.items(),
    ]:
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[base]
            names.add(name)


def _notes_part(kind: str, notes: list[tuple[int, str]]) -> bytes:
    tag = kind[:-1]
    separators = (
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
    )
    body = "".join(
        f'<w:{tag} w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{"FootnoteText" if tag == "footnote" else "EndnoteText"}"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> {html.escape(text, quote=False)}</w:t></w:r></w:p></w:{tag}>'
        for number, text in notes
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind} {W_NS}>{separators}{body}</w:{kind}>'.encode()


def _with_parts(data: bytes, build: Build) -> bytes:
    """The saved document with comments, footnotes and endnotes parts added; fixed zip times."""
    parts: dict[str, bytes] = {}
    types: list[str] = []
    rels: list[str] = []
    office = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    if build.comments:
        body = "".join(
            f'<w:comment w:id="{number}" w:author="Reviewer {number + 1}" w:date="{DATE}" w:initials="R{number + 1}">'
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r></w:p></w:comment>'
            for number, text in build.comments
        )
        parts["word/comments.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>{body}</w:comments>'.encode()
        )
        types.append(
            f'<Override PartName="/word/comments.xml" ContentType="{office}.comments+xml"/>'
        )
        rels.append(f'<Relationship Id="rIdC34" Type="{relation}/comments" Target="comments.xml"/>')
    for kind, notes in (("footnotes", build.footnotes), ("endnotes", build.endnotes)):
        if notes:
            parts[f"word/{kind}.xml"] = _notes_part(kind, notes)
            types.append(
                f'<Override PartName="/word/{kind}.xml" ContentType="{office}.{kind}+xml"/>'
            )
            rels.append(
                f'<Relationship Id="rId{kind[:3]}34" Type="{relation}/{kind}" Target="{kind}.xml"/>'
            )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", "".join(types).encode() + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>", "".join(rels).encode() + b"</Relationships>"
                )
            info.date_time = (2025, 1, 1, 0, 0, 0)
            target.writestr(info, content)
        for name, content in parts.items():
            target.writestr(
                zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED
            )
    return out.getvalue()


def build_document(spec: dict[str, Any]) -> bytes:
    """One Word file from a chapter spec (see CHAPTERS)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1
    custom: dict[str, str] = spec.get("custom_styles", {})
    _ensure_styles(document, custom)
    styles: dict[str, str] = {}
    for kind, name in spec.get("styles", {}).items():
        styles[kind] = document.styles[name].style_id
    if "footer" in spec:
        document.sections[0].footer.paragraphs[0].text = spec["footer"]
    build = Build()
    xml: list[str] = []
    group: list[str] | None = None
    for block in spec["blocks"]:
        kind, text = block[0], block[1]
        mark = block[2] if len(block) > 2 else ""
        if kind == "sdt-block":
            if text == "start":
                group = []
            else:
                assert group is not None
                xml.append(
                    f'<w:sdt><w:sdtPr><w:alias w:val="{mark}"/><w:tag w:val="{mark.replace(" ", "")}"/><w:id w:val="{build.next_rev()}"/>'
                    f'<w:lock w:val="sdtContentLocked"/></w:sdtPr><w:sdtContent>{"".join(group)}</w:sdtContent></w:sdt>'
                )
                group = None
            continue
        if kind == "toc":
            piece = _toc(text)
        elif kind == "table":
            piece = _table(text, build, mark == "sdt-cell")
        else:
            style_key = block[3] if len(block) > 3 else kind
            piece = _paragraph(
                style_key if style_key in styles else kind, text, build, styles, mark
            )
            if mark == "sdt":
                piece = (
                    '<w:sdt><w:sdtPr><w:alias w:val="Title"/><w:tag w:val="DocTitle"/><w:id w:val="-99"/>'
                    "<w:dataBinding w:prefixMappings=\"xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'\" "
                    'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>'
                    f"<w:text/></w:sdtPr><w:sdtContent>{piece}</w:sdtContent></w:sdt>"
                )
        if group is not None:
            group.append(piece)
        else:
            xml.append(piece)
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    for piece in xml:
        element = parse_xml(f"<w:wrap {nsdecls('w', 'r')}>{piece}</w:wrap>")
        for child in list(element):
            body.insert(len(body) - 1, child)
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_parts(buffer.getvalue(), build)


ACCEPTED = re.compile(r"\{\+(.+?)\+\}")
DROPPED = re.compile(r"\{-.+?-\}|\^\^?\[.+?\]|\[\[bm:[^\]]+\]\]")


def _note_text(text: str) -> str:
    """The text as printed with every change accepted, comments and notes apart."""
    text = ACCEPTED.sub(r"\1", text)
    text = DROPPED.sub("", text)
    text = re.sub(r"<<(.*?)\|\|.+?>>", r"\1", text)
    text = re.sub(r"\{\{sdt:[^|]+\|(.+?)\}\}", r"\1", text)
    return re.sub(r"\{\{=?[^|]+\|(.*?)\}\}", r"\1", text)


def note(spec: dict[str, Any]) -> str:
    """The `.docx.md` note: what the file shows a reader, then what it holds apart."""
    lines = [f"%% built by build_blind34.py: {spec['what']}", ""]
    for block in spec["blocks"]:
        kind, text = block[0], block[1]
        mark = block[2] if len(block) > 2 else ""
        if kind == "sdt-block" or mark == "del":
            continue
        if kind == "toc":
            lines += ["Contents", *(f"{label} {page}" for _, label, _, page in text), ""]
        elif kind == "table":
            lines += [f"| {' | '.join(_note_text(cell) for cell in row)} |" for row in text] + [""]
        else:
            prefix = {"title": "# ", "h1": "## ", "h2": "### ", "bullet": "- ", "num": "1. "}.get(
                kind, ""
            )
            lines += [prefix + _note_text(text), ""]
    held = [
        f"- {label}: {value}"
        for block in spec["blocks"]
        if isinstance(block[1], str)
        for label, pattern in (
            ("deleted", r"\{-(.+?)-\}"),
            ("comment", r"\|\|(.+?)>>"),
            ("footnote", r"(?<!\^)\^\[(.+?)\]"),
            ("endnote", r"\^\^\[(.+?)\]"),
        )
        for value in re.findall(pattern, block[1])
    ] + [
        f"- deleted paragraph: {_note_text(block[1])}"
        for block in spec["blocks"]
        if len(block) > 2 and block[2] == "del"
    ]
    if held:
        lines += ["Held apart from the printed text:", *held, ""]
    return "\n".join(lines)


sys.path.insert(0, str(HERE))
from blind34_chapters import CHAPTERS  # noqa: E402


def main() -> None:
    for name, spec in CHAPTERS.items():
        (HERE / name).write_bytes(build_document(spec))
        (HERE / f"{name}.md").write_text(note(spec), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
