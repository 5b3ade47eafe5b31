# ruff: noqa: E501  (Word XML fragments and the chapters' paragraphs are kept a line each)
"""Build the fifty-third blind set (5301-5307): whole chapters as council editors leave Word files.

Seven chapters of invented councils, written for this set: tracked changes left in the file
(insertions, deletions, a moved paragraph, whole paragraphs and a whole section deleted),
reviewers' comments, the chapter's title only in the page header or only in the document's
core properties (the body opening at "1. Introduction"), a contents field at the top, content
controls wrapping whole sections, a key-facts text box (DrawingML with its VML fallback),
hyperlinks as HYPERLINK field codes and as w:hyperlink elements, heading styles named in German
("Überschrift 1") and the numbered "Heading 1 Char1" junk styles old templates carry; and one
Word file printed to PDF by LibreOffice headless (5307, from 5302).

Made with python-docx plus raw WordprocessingML (lxml through python-docx's parse_xml) where
python-docx has no API. Inline language in paragraph text:
    {+text+}                 a tracked insertion (w:ins)
    {-text-}                 a tracked deletion (w:del / w:delText)
    <<anchor||comment>>      a comment whose range covers `anchor` (comments.xml)
    {{INSTR|result}}         a complex field (fldChar begin/separate/end) showing `result`
    [[link:URL|text]]        a w:hyperlink element to an external URL (relationship added)

usage: python tests/cases/documents/build_blind53.py   (needs python-docx; LibreOffice for 5307)
Each Word build writes NNNN-....docx and a NNNN-....docx.md note (the text a reader sees, changes
accepted, comments apart).
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LO_PROFILE = Path(tempfile.gettempdir()) / "policydiff-build-blind53-lo"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = f'xmlns:w="{W}"'
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
DATE = "2025-06-02T09:30:00Z"
TITLE = "Children's Services Policies, Values and Principles"
INLINE = re.compile(
    r"\{\+(?P<ins>.+?)\+\}|\{-(?P<dele>.+?)-\}|<<(?P<anchor>.*?)\|\|(?P<comment>.+?)>>"
    r"|\{\{(?P<instr>[^|]+)\|(?P<result>.*?)\}\}|\[\[link:(?P<url>[^|]+)\|(?P<label>.+?)\]\]"
)


LINK_RPR = '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
CUSTOM = ' w:customStyle="1"'


class Build:
    """The parts gathered while one document's body is written."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.rev = 200
        self.comments: list[tuple[int, str]] = []

    def next_rev(self) -> int:
        self.rev += 1
        return self.rev


def _t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{html.escape(text, quote=False)}</{tag}>'


def _plain(text: str, rpr: str = "", deleted: bool = False) -> str:
    if not text:
        return ""
    return f"<w:r>{rpr}{_t(text, 'w:delText' if deleted else 'w:t')}</w:r>"


def _runs(text: str, build: Build, rpr: str = "", deleted: bool = False) -> str:
    """Runs for one paragraph's inline text, each carrying `rpr`."""
    out: list[str] = []
    position = 0
    for match in INLINE.finditer(text):
        out.append(_plain(text[position : match.start()], rpr, deleted))
        position = match.end()
        if match["ins"] is not None:
            out.append(
                f'<w:ins w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}">{_plain(match["ins"], rpr)}</w:ins>'
            )
        elif match["dele"] is not None:
            out.append(
                f'<w:del w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}">{_plain(match["dele"], rpr, True)}</w:del>'
            )
        elif match["anchor"] is not None:
            number = len(build.comments)
            build.comments.append((number, match["comment"]))
            out.append(
                f'<w:commentRangeStart w:id="{number}"/>{_runs(match["anchor"], build, rpr, deleted)}<w:commentRangeEnd w:id="{number}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{number}"/></w:r>'
            )
        elif match["instr"] is not None:
            out.append(
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f"<w:r>{_t(' ' + match['instr'] + ' ', 'w:instrText')}</w:r>"
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f"{_plain(match['result'], LINK_RPR if 'HYPERLINK' in match['instr'] else rpr)}"
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            )
        else:
            from docx.opc.constants import RELATIONSHIP_TYPE

            rid = build.document.part.relate_to(
                match["url"], RELATIONSHIP_TYPE.HYPERLINK, is_external=True
            )
            out.append(
                f'<w:hyperlink r:id="{rid}" w:history="1">{_plain(match["label"], LINK_RPR)}</w:hyperlink>'
            )
    out.append(_plain(text[position:], rpr, deleted))
    return "".join(out)


def _rpr(bold: bool = False, size: int = 0, style: str = "") -> str:
    parts = (
        (f'<w:rStyle w:val="{style}"/>' if style else "")
        + ("<w:b/>" if bold else "")
        + (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "")
    )
    return f"<w:rPr>{parts}</w:rPr>" if parts else ""


def _p(text: str, build: Build, style: str = "", rpr: str = "", mark: str = "") -> str:
    """A paragraph; `mark` ins/del makes the whole paragraph (its mark too) a tracked change,
    movefrom/moveto a tracked move."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if mark in ("ins", "del"):
        tag = "w:ins" if mark == "ins" else "w:del"
        props += f'<w:rPr><{tag} w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}"/></w:rPr>'
        body = _runs(text, build, rpr, deleted=mark == "del")
        body = f'<{tag} w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}">{body}</{tag}>'
    elif mark in ("movefrom", "moveto"):
        tag = "w:moveFrom" if mark == "movefrom" else "w:moveTo"
        rng = build.next_rev()
        props += f'<w:rPr><{tag} w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}"/></w:rPr>'
        body = (
            f'<{tag}RangeStart w:id="{rng}" w:author="Policy Editor" w:date="{DATE}" w:name="move195"/>'
            f'<{tag} w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}">{_runs(text, build, rpr)}</{tag}>'
            f'<{tag}RangeEnd w:id="{rng}"/>'
        )
    else:
        body = _runs(text, build, rpr)
    return f"<w:p><w:pPr>{props}</w:pPr>{body}</w:p>"


def _tbl(rows: list[list[str]], build: Build, widths: tuple[int, int] = (3000, 6000)) -> str:
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{widths[0]}"/><w:gridCol w:w="{widths[1]}"/></w:tblGrid>'
    ]
    for row in rows:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{widths[column]}" w:type="dxa"/></w:tcPr>{_p(value, build, rpr=_rpr(bold=column == 0))}</w:tc>'
            for column, value in enumerate(row)
        )
        out.append(f"<w:tr>{cells}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _sdt(alias: str, content: str, build: Build) -> str:
    """A block content control (rich text, locked against deletion) around `content`."""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.replace(" ", "")}"/><w:id w:val="{build.next_rev()}"/>'
        f'<w:lock w:val="sdtLocked"/><w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'
    )


def _toc(entries: list[tuple[str, str, int]]) -> str:
    """Word's contents field at the top: the TOC instruction, hyperlinked entries with PAGEREF."""
    out = ['<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>']
    for index, (anchor, label, page) in enumerate(entries):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(entries) - 1 else ""
        out.append(
            f'<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>{begin}'
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
    return "".join(out)


TEXT_BOX = (
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2743200" cy="1828800"/>'
    '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="7" name="Key facts box"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="1828800"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
    '<a:solidFill><a:srgbClr val="DEEAF6"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
    "<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
    "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    '<mc:Fallback><w:pict><v:roundrect id="Key facts box" o:spid="_x0000_s1031" '
    'style="position:absolute;margin-left:0;margin-top:0;width:3in;height:2in;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#deeaf6" strokecolor="#1f4e79">'
    '<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:roundrect></w:pict></mc:Fallback>'
    "</mc:AlternateContent></w:r></w:p>"
)


def _style_xml(
    style_id: str,
    name: str,
    kind: str = "paragraph",
    based: str = "",
    link: str = "",
    ppr: str = "",
    rpr: str = "",
    custom: bool = True,
) -> str:
    return (
        f'<w:style {W_NS} w:type="{kind}" w:styleId="{style_id}"{CUSTOM if custom else ""}>'
        f'<w:name w:val="{name}"/>'
        + (f'<w:basedOn w:val="{based}"/>' if based else "")
        + ('<w:next w:val="Normal"/>' if kind == "paragraph" else "")
        + (f'<w:link w:val="{link}"/>' if link else "")
        + '<w:uiPriority w:val="9"/><w:qFormat/>'
        + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
        + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
        + "</w:style>"
    )


def _add_styles(document: Any, styles: list[str]) -> None:
    from docx.oxml import parse_xml

    root = document.styles.element
    for xml in styles:
        root.append(parse_xml(xml))


def _running(part: Any, text: str, build: Build, rpr: str = "") -> None:
    from docx.oxml import parse_xml

    element = part._element
    for child in list(element):
        element.remove(child)
    element.append(parse_xml(f"<w:wrap {NS}>{_p(text, build, rpr=rpr)}</w:wrap>")[0])


def _with_comments(data: bytes, build: Build) -> bytes:
    """The saved document with a comments part added; fixed zip times."""
    parts: dict[str, bytes] = {}
    types: list[str] = []
    rels: list[str] = []
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
            '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        )
        rels.append(
            '<Relationship Id="rIdC53" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
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
            info.date_time = (2025, 6, 1, 0, 0, 0)
            target.writestr(info, content)
        for name, content in parts.items():
            target.writestr(
                zipfile.ZipInfo(name, (2025, 6, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED
            )
    return out.getvalue()


def _save(document: Any, xml: list[str], build: Build, title: str = "") -> bytes:
    from docx.oxml import parse_xml

    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    for piece in xml:
        element = parse_xml(f"<w:wrap {NS}>{piece}</w:wrap>")
        for child in list(element):
            body.insert(len(body) - 1, child)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 3
    properties.title = title
    properties.subject = ""
    properties.comments = ""
    import datetime

    properties.created = properties.modified = datetime.datetime(2025, 6, 1, 9, 0, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_comments(buffer.getvalue(), build)


def _blocks(spec: list[tuple[Any, ...]], build: Build, styles: dict[str, str]) -> list[str]:
    """Word XML for (kind, text[, mark]) blocks; kinds h1/h2/p/bullet/num/table/raw, and
    hx-run (a Normal paragraph whose runs carry the character style `styles['hx-run']`)."""
    xml: list[str] = []
    for block in spec:
        kind, text = block[0], block[1]
        mark = block[2] if len(block) > 2 else ""
        if kind == "table":
            xml.append(_tbl(text, build))
        elif kind == "raw":
            xml.append(text)
        elif kind == "hx-run":
            xml.append(_p(text, build, rpr=_rpr(style=styles["hx-run"])))
        elif kind == "bold":
            xml.append(_p(text, build, rpr=_rpr(bold=True)))
        else:
            style = styles.get(kind, {"bullet": "ListBullet", "num": "ListNumber"}.get(kind, ""))
            xml.append(_p(text, build, style=style, mark=mark))
    return xml


# --- the chapters -------------------------------------------------------------------------------

MARLOWBY: list[tuple[Any, ...]] = [
    ("title", TITLE),
    ("h1", "Scope of this chapter"),
    (
        "p",
        "This chapter sets out what Marlowby Borough Council's children's social care service believes in and how those beliefs shape the way staff work with children, young people and their families.",
    ),
    (
        "p",
        "<<This chapter was amended in {-March-}{+June+} 2025||Was the sign-off in May 2025? Please check with the Principal Social Worker.>> to add the Children and Social Work Act 2017 to the legal framework and to shorten the time within which a permanence plan is agreed.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "The council's work with children rests on the law and on statutory guidance. The main pieces of legislation that govern our practice are:",
    ),
    ("bullet", "the Children Act 1989;"),
    ("bullet", "the Children Act 2004;"),
    ("bullet", "the Children (Leaving Care) Act 2000;", "del"),
    ("bullet", "the Children and Families Act 2014;"),
    ("bullet", "the Children and Social Work Act 2017;", "ins"),
    ("bullet", "the Care Standards Act 2000;"),
    ("bullet", "the Human Rights Act 1998."),
    (
        "p",
        "This framework applies to every child known to the service, from a first contact with the front door to the point at which a young person leaves our care.",
    ),
    ("h1", "A shared responsibility"),
    (
        "p",
        "No single agency can keep children safe on its own. Working Together to Safeguard Children 2023 expects the council, health partners and the police to plan together, and the Children's Social Care National Framework sets out the outcomes that all of us are working towards.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "We want every child in Marlowby to grow up safe, loved and hopeful about what comes next.",
    ),
    (
        "p",
        "We tell children and families the truth, even when it is hard to hear, and we explain what will happen next.",
        "movefrom",
    ),
    ("p", "We listen first and we put the child's own words at the centre of our records."),
    (
        "p",
        "We tell children and families the truth, even when it is hard to hear, and we explain what will happen next.",
        "moveto",
    ),
    ("p", "We build on what is already strong in a family before we look at what needs to change."),
    ("h1", "<<Corporate parenting||Heading agreed by the Corporate Parenting Panel.>>"),
    (
        "p",
        "As a corporate parent the council must have regard to the seven principles in the Children and Social Work Act 2017. We will:",
    ),
    (
        "bullet",
        "act in the best interests of children in care and care leavers and promote their physical and mental health and well-being;",
    ),
    ("bullet", "encourage them to express their views, wishes and feelings;"),
    ("bullet", "take those views, wishes and feelings into account;"),
    (
        "bullet",
        "help them to gain access to, and make the best use of, the services we and our partners provide;",
    ),
    ("bullet", "promote high aspirations and seek the best outcomes for them;"),
    (
        "bullet",
        "make sure they are safe and have stability in their home lives, relationships and education or work;",
    ),
    ("bullet", "prepare them for adulthood and independent living."),
    ("h1", "Our practice model"),
    (
        "p",
        "Marlowby uses Signs of Safety as its practice model. Workers map what is going well, what we are worried about and what needs to happen, and they do this alongside the family.",
    ),
    ("h1", "Our strategy", "del"),
    (
        "p",
        "Our three-year strategy will be published on the council's website in the autumn.",
        "del",
    ),
    ("h1", "Key principles"),
    (
        "p",
        "Wherever it is safe, children should be brought up within their own families, and we will look first to relatives and friends when a child cannot live at home.",
    ),
    (
        "p",
        "For every child in care a plan for permanence will be agreed at the second review, within {-six-}{+four+} months of the child becoming looked after. Children in Care are entitled to know what their plan is and why.",
    ),
    (
        "p",
        "<<Young people leaving care will have a personal adviser until they are 21, and until they are 25 if they ask for one.||Should this be 25 for everyone, as our neighbours now offer? Age 26 was also raised at panel.>>",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "We share information about children when it is needed to keep them safe, and we record what was shared, with whom and why. Families are told what we hold about them unless telling them would put a child at risk.",
    ),
]

COLDHARBOUR: list[tuple[Any, ...]] = [
    ("h1", "1. Introduction"),
    (
        "p",
        "Coldharbour Vale District Council's children's services are guided by a small number of shared beliefs about children and their families. This chapter explains those beliefs and the legal duties behind them.",
    ),
    ("p", "Our work is shaped by the following legislation:"),
    ("num", "Children Act 1989"),
    ("num", "Children Act 2004"),
    ("num", "Children and Families Act 2014"),
    ("num", "Children and Social Work Act 2017"),
    ("num", "Equality Act 2010"),
    ("h1", "2. Working with our partners"),
    (
        "p",
        "Safeguarding is a shared task. Schools, health services, the police and the voluntary sector all hold part of the picture, and Working Together to Safeguard Children 2023 describes how we share it.",
    ),
    ("h1", "3. What we value"),
    (
        "p",
        "We value honesty, persistence and respect. We believe that children do best when the adults around them are reliable, and we try to be reliable ourselves: we turn up when we say we will and we do what we promise.",
    ),
    ("h1", "4. Corporate parenting"),
    (
        "p",
        "Every councillor and officer shares responsibility for the children the council looks after. The Children and Social Work Act 2017 lists seven corporate parenting principles, and our Corporate Parenting Board checks twice a year that we are meeting each of them.",
    ),
    ("h1", "5. Our practice model"),
    (
        "p",
        "Our social workers are trained in Restorative Practice. It asks us to work with families rather than doing things to them or for them, and to repair relationships when things go wrong.",
    ),
    ("h1", "6. Outcomes we want for children"),
    (
        "p",
        "We want children to be healthy, to be safe from harm, to enjoy their education and to leave our care with somewhere to live and someone to turn to.",
    ),
    ("h1", "7. How we work"),
    (
        "p",
        "A child who cannot return home will have a permanence plan within five months of coming into care.",
    ),
    (
        "p",
        "Care leavers can keep a personal adviser up to the age of 25. Cared for Children and care leavers help us review this chapter each year.",
    ),
    ("h1", "8. Sharing information"),
    (
        "p",
        "Staff follow the council's information sharing protocol and ask a manager when they are unsure whether to share.",
    ),
    ("h1", "9. Document control"),
    (
        "table",
        [
            ["Version", "3.2"],
            ["Last amended", "August 2025"],
            ["Owner", "Head of Children's Social Care"],
            ["Next review", "August 2026"],
        ],
    ),
]

PELLINGFORD_TOC = [
    ("_Toc10", "1. Introduction", 2),
    ("_Toc11", "2. A shared responsibility", 2),
    ("_Toc12", "3. Our vision", 3),
    ("_Toc13", "4. Corporate parenting", 3),
    ("_Toc14", "5. Our practice model", 4),
    ("_Toc15", "6. Key principles", 4),
    ("_Toc16", "7. Confidentiality", 5),
    ("_Toc17", "8. Document information", 5),
]

PELLINGFORD: list[list[tuple[Any, ...]]] = [
    [
        ("h1", "1. Introduction"),
        (
            "p",
            "This chapter describes the framework of values and law within which Pellingford City Council's children's services work. It applies to all staff, agency workers and students on placement.",
        ),
        (
            "p",
            "The legislation we work within includes the Children Act 1989, the Children Act 2004, the Adoption and Children Act 2002 and the Children and Social Work Act 2017.",
        ),
    ],
    [
        ("h1", "2. A shared responsibility"),
        (
            "p",
            "Keeping children safe depends on every agency playing its part. We follow Working Together to Safeguard Children 2023 and the multi-agency arrangements agreed by the Pellingford Safeguarding Children Partnership.",
        ),
    ],
    [
        ("h1", "3. Our vision"),
        (
            "p",
            "Our vision is a city in which every child grows up in a safe and loving home, and in which families get help early, before problems grow.",
        ),
    ],
    [
        ("h1", "4. Corporate parenting"),
        (
            "p",
            "The council is the corporate parent of every child in its care. We hold ourselves to the seven corporate parenting principles, and Children Looked After sit on our Corporate Parenting Board alongside elected members.",
        ),
    ],
    [
        ("h1", "5. Our practice model"),
        (
            "p",
            "Pellingford has adopted Family Safeguarding. Social workers work in teams alongside adult mental health, substance misuse and domestic abuse practitioners, and the whole team works to one plan agreed with the family.",
        ),
    ],
    [
        ("h1", "6. Key principles"),
        ("p", "We will agree a permanence plan for every child by their four month review."),
        (
            "p",
            "Care leavers will have a personal adviser until they are 21. Those who are in higher education or an apprenticeship can keep that support until they are 25.",
        ),
    ],
    [
        ("h1", "7. Confidentiality"),
        (
            "p",
            "Information about children is held securely and shared only with those who need it to help or protect the child.",
        ),
    ],
    [
        ("h1", "8. Document information"),
        ("p", "This chapter was last amended in July 2025."),
        ("p", "Version 2.4"),
    ],
]

ASHCOMBE_BOX = [
    ("bold", "Key facts"),
    ("p", "This chapter was last amended in May 2025."),
    ("p", "It applies to everyone who works in Ashcombe Priors children's social care."),
    ("p", "Care leavers are supported by a personal adviser to the age of 25."),
]

ASHCOMBE: list[tuple[Any, ...]] = [
    ("h1", "Scope of this chapter"),
    (
        "p",
        "This chapter describes the values and principles that Ashcombe Priors Council expects every practitioner to show in their work with children and families.",
    ),
    ("h1", "Introduction"),
    ("p", "Our policies rest on the following law and guidance:"),
    (
        "bullet",
        '{{HYPERLINK "https://www.legislation.gov.uk/ukpga/1989/41/contents"|Children Act 1989}}',
    ),
    (
        "bullet",
        '{{HYPERLINK "https://www.legislation.gov.uk/ukpga/2004/31/contents"|Children Act 2004}}',
    ),
    (
        "bullet",
        '{{HYPERLINK "https://www.legislation.gov.uk/ukpga/2014/6/contents"|Children and Families Act 2014}}',
    ),
    (
        "bullet",
        '{{HYPERLINK "https://www.legislation.gov.uk/ukpga/2017/16/contents"|Children and Social Work Act 2017}}',
    ),
    (
        "bullet",
        '{{HYPERLINK "https://www.legislation.gov.uk/ukpga/2018/12/contents"|Data Protection Act 2018}}',
    ),
    ("h1", "A shared responsibility"),
    (
        "p",
        "We work with our partners under [[link:https://www.gov.uk/government/publications/working-together-to-safeguard-children--2|Working Together to Safeguard Children 2023]] and the [[link:https://www.gov.uk/government/publications/childrens-social-care-national-framework|Children's Social Care National Framework]], which is statutory guidance.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "We are curious about children's lives, we are kind to the families we meet, and we are honest about our concerns and about our own mistakes.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "The council applies the seven corporate parenting principles to every decision it makes about Looked After Children and care leavers.",
    ),
    ("h1", "Our practice model"),
    (
        "p",
        "Ashcombe Priors works within Systemic Practice, which helps staff to understand a child's difficulties through the relationships around them.",
    ),
    ("h1", "Key principles"),
    (
        "p",
        "Permanence for a looked after child will be planned within six months of their first becoming looked after.",
    ),
    (
        "p",
        "Every care leaver will be offered a personal adviser until they reach 25, whether or not they are in education or training.",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "Our [[link:https://www.ashcombepriors.example/privacy|privacy notice]] explains what we hold and why.",
    ),
]

BRACKENHOLT: list[tuple[Any, ...]] = [
    ("title", f"Brackenholt County Council: {TITLE}"),
    ("h1", "Amendment"),
    (
        "p",
        "This chapter was amended in November 2024, when the practice model section was rewritten.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "Brackenholt's children's services work within the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "Children are at the heart of what we do. We are open with families, we work at the pace of the child and we expect to be held to account.",
    ),
    ("h1", "Corporate parenting"),
    ("p", "Our corporate parenting duties are set out in law as seven principles:"),
    ("num", "to act in the child's best interests and promote their health and well-being;"),
    ("num", "to encourage them to express their views, wishes and feelings;"),
    ("num", "to take their views, wishes and feelings into account;"),
    ("num", "to help them use the services available to them;"),
    ("num", "to promote high aspirations and seek the best outcomes;"),
    ("num", "to keep them safe and give them stability at home, at school and at work;"),
    ("num", "to prepare them for adulthood and independent living."),
    ("h1", "Our practice model"),
    (
        "p",
        "We use Signs of Safety with families and Trauma Informed Practice with children who have experienced loss and harm.",
    ),
    ("h1", "Key principles"),
    ("h2", "Permanence"),
    (
        "p",
        "A plan for permanence is in place by the time a child has been in care for three months.",
    ),
    ("h2", "Leaving care"),
    (
        "p",
        "Care leavers are supported by a personal adviser until they are 21, or until 25 if they are still in education or training.",
    ),
    ("h1", "Information sharing"),
    (
        "p",
        "We share information lawfully and record every decision to share. Children in Care can see their own records on request.",
    ),
]

FENNICK: list[tuple[Any, ...]] = [
    ("title", TITLE),
    ("h1-junk", "Scope of this chapter"),
    (
        "p",
        "This chapter applies to all children's social care staff at Fennick Marsh Borough Council. It was updated in September 2025 to reflect the new leaving care offer.",
    ),
    ("hx-run", "Introduction"),
    (
        "p",
        "The law that underpins this chapter is the Children Act 1989, the Children Act 2004, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Equality Act 2010.",
    ),
    ("h1-junk", "Our values"),
    (
        "p",
        "We believe children are best cared for within their families, and we work to make that possible wherever it is safe.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "The council accepts the seven corporate parenting principles as the standard by which Children Looked After can judge us.",
    ),
    ("hx-run", "Our practice model"),
    (
        "p",
        "Fennick Marsh practises Restorative Practice across all teams: high support and high challenge, working with people rather than for them.",
    ),
    ("h1-junk", "Key principles"),
    ("h2-junk", "Permanence"),
    ("p", "We aim to secure permanence for each child within four months."),
    ("h2-junk", "Leaving care"),
    ("p", "Our new offer gives every care leaver a personal adviser until they turn 25."),
    ("hx-run", "Information sharing and confidentiality"),
    (
        "p",
        "Information is shared in line with the Data Protection Act 2018 and the council's information governance policy.",
    ),
    ("p", "Last updated: 11 September 2025"),
]


# --- the Word files -----------------------------------------------------------------------------


def docx_marlowby() -> bytes:
    import docx

    document = docx.Document()
    build = Build(document)
    _running(
        document.sections[0].footer,
        "Marlowby Borough Council Children's Services Procedures",
        build,
    )
    styles = {"title": "Title", "h1": "Heading1", "h2": "Heading2"}
    return _save(document, _blocks(MARLOWBY, build, styles), build, title=TITLE)


def docx_coldharbour() -> bytes:
    import docx

    document = docx.Document()
    build = Build(document)
    _running(document.sections[0].header, TITLE, build, rpr=_rpr(bold=True, size=20))
    _running(document.sections[0].footer, "Coldharbour Vale District Council", build)
    styles = {"h1": "Heading1", "h2": "Heading2"}
    return _save(document, _blocks(COLDHARBOUR, build, styles), build)


def docx_pellingford() -> bytes:
    import docx

    document = docx.Document()
    build = Build(document)
    _add_styles(
        document,
        [
            _style_xml(
                "TOCHeading",
                "TOC Heading",
                based="Heading1",
                custom=False,
                ppr='<w:outlineLvl w:val="9"/>',
            ),
            _style_xml("TOC1", "toc 1", based="Normal", custom=False),
        ],
    )
    _running(document.sections[0].header, "Pellingford City Council", build)
    styles = {"h1": "Heading1", "h2": "Heading2"}
    toc = _sdt("Table of Contents", _toc(PELLINGFORD_TOC), build).replace(
        "<w:lock",
        '<w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj><w:lock',
        1,
    )
    xml = [toc]
    for index, section in enumerate(PELLINGFORD):
        pieces = _blocks(section, build, styles)
        anchor = PELLINGFORD_TOC[index][0]
        pieces[0] = pieces[0].replace(
            "</w:pPr>",
            f'</w:pPr><w:bookmarkStart w:id="{600 + index}" w:name="{anchor}"/><w:bookmarkEnd w:id="{600 + index}"/>',
            1,
        )
        xml.append(_sdt(f"Section {index + 1}", "".join(pieces), build))
    return _save(document, xml, build, title=TITLE)


def docx_ashcombe() -> bytes:
    import docx

    document = docx.Document()
    build = Build(document)
    styles = {"title": "Title", "h1": "Heading1", "h2": "Heading2"}
    xml = [_p(TITLE, build, style="Title")]
    box = "".join(_blocks(ASHCOMBE_BOX, build, {}))
    # the box is anchored in an empty paragraph under the title; both copies (DrawingML and VML
    # fallback) hold the same paragraphs, as Word saves them
    xml.append(TEXT_BOX.format(content=box))
    xml += _blocks(ASHCOMBE, build, styles)
    return _save(document, xml, build, title="Values and principles")


def docx_brackenholt() -> bytes:
    import docx

    document = docx.Document()
    build = Build(document)
    _add_styles(
        document,
        [
            _style_xml(
                "Titel",
                "Titel",
                based="Normal",
                rpr='<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/><w:color w:val="1F3864"/>',
            ),
            _style_xml(
                "berschrift1",
                "Überschrift 1",
                based="Normal",
                link="berschrift1Zchn",
                ppr='<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
                rpr='<w:b/><w:sz w:val="30"/><w:szCs w:val="30"/><w:color w:val="2F5496"/>',
            ),
            _style_xml(
                "berschrift2",
                "Überschrift 2",
                based="Normal",
                link="berschrift2Zchn",
                ppr='<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
                rpr='<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/><w:color w:val="2F5496"/>',
            ),
            _style_xml(
                "berschrift1Zchn",
                "Überschrift 1 Zchn",
                kind="character",
                link="berschrift1",
                rpr='<w:b/><w:sz w:val="30"/>',
            ),
            _style_xml("Listenabsatz", "Listenabsatz", based="Normal", ppr='<w:ind w:left="720"/>'),
        ],
    )
    _running(
        document.sections[0].footer,
        "Brackenholt County Council - Kinder- und Jugendhilfe template",
        build,
    )
    styles = {"title": "Titel", "h1": "berschrift1", "h2": "berschrift2"}
    xml: list[str] = []
    number = 0
    for block in BRACKENHOLT:
        if block[0] == "num":
            number += 1
            xml.append(
                _p(block[1], build, style="Listenabsatz").replace(
                    "<w:pPr>",
                    '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="53"/></w:numPr>',
                    1,
                )
            )
        else:
            xml += _blocks([block], build, styles)
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="53"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="53"><w:abstractNumId w:val="53"/></w:num>')
    )
    return _save(document, xml, build)


def docx_fennick() -> bytes:
    import docx

    document = docx.Document()
    build = Build(document)
    _add_styles(
        document,
        [
            # an old template's debris: paragraph styles named after Word's linked character
            # styles, carrying the heading's look but based on Normal, with no outline level
            _style_xml(
                "Heading1Char1",
                "Heading 1 Char1",
                based="Normal",
                ppr='<w:keepNext/><w:spacing w:before="240" w:after="60"/>',
                rpr='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:kern w:val="32"/><w:sz w:val="32"/><w:szCs w:val="32"/>',
            ),
            _style_xml(
                "Heading2CharChar",
                "Heading 2 Char Char",
                based="Normal",
                ppr='<w:keepNext/><w:spacing w:before="200" w:after="60"/>',
                rpr='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:i/><w:sz w:val="28"/><w:szCs w:val="28"/>',
            ),
        ],
    )
    heading_char = (
        document.styles["Heading 1 Char"].style_id
        if "Heading 1 Char" in [s.name for s in document.styles]
        else "Heading1Char"
    )
    _running(document.sections[0].footer, "Fennick Marsh Borough Council", build)
    styles = {
        "title": "Title",
        "h1": "Heading1",
        "h2": "Heading2",
        "h1-junk": "Heading1Char1",
        "h2-junk": "Heading2CharChar",
        "hx-run": heading_char,
    }
    return _save(document, _blocks(FENNICK, build, styles), build)


# --- notes and the PDF --------------------------------------------------------------------------


def _note_text(text: str) -> str:
    text = re.sub(r"\{\+(.+?)\+\}", r"\1", text)
    text = re.sub(r"\{-.+?-\}", "", text)
    text = re.sub(r"<<(.*?)\|\|.+?>>", r"\1", text)
    text = re.sub(r"\[\[link:[^|]+\|(.+?)\]\]", r"\1", text)
    return re.sub(r"\{\{[^|]+\|(.*?)\}\}", r"\1", text)


def note(what: str, head: list[str], blocks: list[tuple[Any, ...]]) -> str:
    lines = [f"%% built by build_blind53.py: {what}", "", *head]
    held: list[str] = []
    for block in blocks:
        kind, text = block[0], block[1]
        mark = block[2] if len(block) > 2 else ""
        if kind == "table":
            lines += [f"| {' | '.join(row)} |" for row in text] + [""]
            continue
        held += [f"- comment: {c}" for c in re.findall(r"\|\|(.+?)>>", text)]
        held += [f"- deleted: {d}" for d in re.findall(r"\{-(.+?)-\}", text)]
        if mark in ("del", "movefrom"):
            held.append(
                f"- {'deleted' if mark == 'del' else 'moved from here'}: {_note_text(text)}"
            )
            continue
        prefix = {
            "title": "# ",
            "h1": "## ",
            "h1-junk": "## ",
            "hx-run": "## ",
            "h2": "### ",
            "h2-junk": "### ",
            "bullet": "- ",
            "num": "1. ",
        }.get(kind, "")
        lines += [prefix + _note_text(text), ""]
    if held:
        lines += ["Held apart from the text a reader sees (changes accepted):", *held, ""]
    return "\n".join(lines)


def _libreoffice(data: bytes, target: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed for 5307: apt-get install libreoffice-writer")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / (target.stem + ".docx")
        source.write_bytes(data)
        out = Path(work) / "out"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out), str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(next(out.iterdir()), target)


BUILDS = {
    "5301-docx-tracked-changes-moves-deleted-section-comments.docx": (
        docx_marlowby,
        "tracked changes left in, comments",
        [],
        MARLOWBY,
    ),
    "5302-docx-title-only-in-page-header-body-opens-at-introduction.docx": (
        docx_coldharbour,
        "the title only in the page header",
        [f"(page header: {TITLE})", ""],
        COLDHARBOUR,
    ),
    "5303-docx-title-in-core-properties-toc-field-section-content-controls.docx": (
        docx_pellingford,
        "the title only in the core properties; contents field; sections in content controls",
        [
            f"(core properties title: {TITLE})",
            "",
            "Contents",
            *(f"{label} {page}" for _, label, page in PELLINGFORD_TOC),
            "",
        ],
        [b for s in PELLINGFORD for b in s],
    ),
    "5304-docx-key-facts-text-box-hyperlink-fields.docx": (
        docx_ashcombe,
        "a key-facts text box under the title; hyperlinks as fields and elements",
        [f"# {TITLE}", "", "[text box]"],
        [*ASHCOMBE_BOX, ("p", "[end of text box]"), *ASHCOMBE],
    ),
    "5305-docx-german-heading-style-names.docx": (
        docx_brackenholt,
        "heading styles named Titel / Überschrift 1 / Überschrift 2",
        [],
        BRACKENHOLT,
    ),
    "5306-docx-heading-char-junk-styles.docx": (
        docx_fennick,
        "headings in 'Heading 1 Char1' paragraph styles and the 'Heading 1 Char' character style",
        [],
        FENNICK,
    ),
}


def main() -> None:
    for name, (make, what, head, blocks) in BUILDS.items():
        data = make()
        (HERE / name).write_bytes(data)
        (HERE / f"{name}.md").write_text(note(what, head, blocks), encoding="utf-8")
        print(f"built {name}")
        if name.startswith("5302"):
            target = HERE / "5307-pdf-libreoffice-print-of-5302-title-in-running-header.pdf"
            _libreoffice(data, target)
            (HERE / f"{target.name}.md").write_text(
                note("5302 printed to PDF by LibreOffice headless", head, blocks), encoding="utf-8"
            )
            print(f"built {target.name}")


if __name__ == "__main__":
    main()
