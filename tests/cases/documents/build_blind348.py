# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written, with their typographic marks)
"""Build the 348th blind set: four whole "Children's Services Policies, Values and Principles"
chapters of invented councils, in Word shapes councils really hold.

    34801  Keldmoor (python-docx): the whole chapter inside one bordered two-column table: a
           top row merged across both columns holding the title and council line, then one row
           per topic with a numbered label in the shaded left cell and the topic's paragraphs
           in the right cell (Word-numbered bullets inside a cell, a nested table of the seven
           principles inside a cell, a left label merged down over two rows), a closing
           "Document control" row.
    34802  Ambleholt (python-docx): no built-in Heading or Title style: the title in a custom
           "Title Para" style inside a plain-text content control, headings in "Council
           Heading 1" (based on a custom "Council Base" style that carries the outline level)
           and "Council Heading 2" (based on Council Heading 1, its own outline level 1); a
           control table whose values sit in content controls (a drop-down version, date
           pickers showing dd/MM/yyyy); the principles in a repeating-section content control.
    34803  Wistlecombe (python-docx): tracked changes left unaccepted with Track Changes on
           (words replaced, a whole bullet paragraph deleted and one inserted, a table row
           deleted and one inserted, a paragraph moved between sections, a heading's text
           replaced, a paragraph restyled as a heading with the change tracked) and comments
           with a reply.
    34804  Threlkirk (python-docx): a cover section with a different first-page header and a
           contents list of internal hyperlinks to bookmarked headings; a next-page section
           break; odd and even running headers with a VML watermark; a continuous section
           break into two columns and back; a floating DrawingML text-box sidebar (VML
           fallback) in the key principles.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind348.py   (python-docx)
"""

from __future__ import annotations

import html
import itertools
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    WORD_MAIN_NAMESPACE,
    WORD_SHAPE_NAMESPACES,
    add_word_lists,
    list_paragraph_properties,
    new_docx,
    saved_docx,
    with_word_part,
    word_field,
)

SCRIPT = "build_blind348.py"
W = WORD_MAIN_NAMESPACE
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
NS = WORD_SHAPE_NAMESPACES + f' xmlns:w15="{W15}"'
TITLE = "Children's Services Policies, Values and Principles"
STAMP = "2026-01-15T10:00:00Z"
NAMES = {
    "34801": "34801-docx-whole-chapter-in-one-two-column-table-merged-title-row-numbered-labels-left-bullets-and-nested-principles-table-in-cells-merged-label-keldmoor-signs-of-safety-21-or-25-on-request-four-months.docx",
    "34802": "34802-docx-custom-title-para-and-council-heading-styles-outline-level-inherited-title-in-content-control-control-table-dropdown-version-date-pickers-repeating-section-principles-ambleholt-restorative-six-months.docx",
    "34803": "34803-docx-tracked-changes-not-accepted-deleted-and-inserted-bullets-table-rows-moved-paragraph-heading-text-replaced-restyled-heading-comments-with-reply-wistlecombe-systemic-three-months.docx",
    "34804": "34804-docx-cover-section-different-first-page-header-hyperlinked-contents-odd-even-headers-watermark-two-column-section-text-box-sidebar-leaving-care-threlkirk-family-safeguarding-cared-for.docx",
}
_IDS = itertools.count(7001)


# --- XML pieces ----------------------------------------------------------------------------------


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _run(text: str, rpr: str = "") -> str:
    return f"<w:r><w:rPr>{rpr}</w:rPr>{_t(text)}</w:r>"


def _p(inner: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def _append(document: Any, xml: str) -> Any:
    element = _el(xml if xml.startswith("<w:") and " xmlns:w=" in xml[:200] else _wrap(xml))
    document.element.body.find(f"{{{W}}}sectPr").addprevious(element)
    return element


def _wrap(xml: str) -> str:
    """One element's XML with the namespaces declared on its root."""
    match = re.match(r"<([\w:]+)", xml)
    assert match
    return xml.replace(f"<{match.group(1)}", f"<{match.group(1)} {NS}", 1)


def _cell(inner: str, width: int, tcpr: str = "") -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{tcpr}</w:tcPr>{inner}</w:tc>'


GRID_BORDERS = (
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:left w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:right w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/></w:tblBorders>'
)


def _table(rows: list[str], widths: tuple[int, ...]) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{GRID_BORDERS}'
        '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
        f'<w:tblLook w:val="04A0" w:firstRow="0" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def _text_box(paragraphs: list[tuple[str, str]], name: str, shape_id: int) -> str:
    """A floating DrawingML text box with Word's VML fallback, both holding the same
    paragraphs ((text, run properties) pairs)."""
    content = "".join(_p(_run(text, rpr), '<w:spacing w:after="60"/>') for text, rpr in paragraphs)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="25166{shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2103120" cy="1371600"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2103120" cy="1371600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="E8F1F8"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s10{shape_id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:165.6pt;height:108pt;z-index:25166{shape_id};mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#e8f1f8" strokecolor="#1f4e79" strokeweight="1pt">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


# --- 34801 Keldmoor: the chapter in one two-column table -----------------------------------------

# fmt: off
KELDMOOR_COUNCIL = "Keldmoor District Council"
# (label, [("p" | "b" | "principles" | "merge", text)]); a label of None continues the label above.
KELDMOOR: list[tuple[str | None, list[tuple[str, Any]]]] = [
    ("1. About this chapter", [
        ("p", "This chapter sets out the values and principles that run through all of Keldmoor's children's social care procedures. Every other chapter of the manual should be read with it in mind."),
        ("p", "The chapter was last amended on 9 March 2026, when the part on care leavers was rewritten."),
    ]),
    ("2. Legal framework", [
        ("p", "The service carries out duties placed on the council by, among others:"),
        ("b", "Children Act 1989"),
        ("b", "Adoption and Children Act 2002"),
        ("b", "Children Act 2004"),
        ("b", "Children and Families Act 2014"),
        ("b", "Children and Social Work Act 2017"),
        ("p", "Staff must also follow the statutory guidance Working Together to Safeguard Children, which describes how agencies share the job of keeping children safe."),
    ]),
    ("3. What we believe", [
        ("p", "Children are safest and most content in their own families, provided those families get the right help when they first need it."),
        ("p", "We are straight with parents about what worries us and about what would have to change. We notice what is going well as carefully as what is going wrong, and we never lose sight of the child's own experience."),
    ]),
    ("4. Corporate parenting", [
        ("p", "Keldmoor District Council is the corporate parent of every one of its Children in Care and of its care leavers. When we take decisions about them we have regard to seven principles:"),
        ("principles", [
            ("1", "Act in their best interests and look after their physical and mental health."),
            ("2", "Encourage them to say what they think, want and feel."),
            ("3", "Take what they say into account."),
            ("4", "Help them to reach and use the services they are entitled to."),
            ("5", "Expect a lot of them and for them, and aim for the best outcomes."),
            ("6", "Keep them safe and give them stability at home, in school and in their relationships."),
            ("7", "Get them ready for adult life and living independently."),
        ]),
    ]),
    ("5. Our practice model", [
        ("p", "Keldmoor has adopted Signs of Safety as its framework for practice. Assessments and plans are written with families in words they use themselves, and set out the danger, the safety that is already there and the next steps."),
    ]),
    ("6. Key principles", [
        ("p", "Permanence: every Child in Care should have a plan for permanence agreed at their second review, and in any case within four months of coming into care."),
    ]),
    (None, [
        ("p", "Leaving care: each care leaver is given a personal adviser until they are 21. Any care leaver who asks can keep that support up to the age of 25."),
    ]),
    ("7. Working with partners", [
        ("p", "Protecting children is everyone's job. We work alongside schools, health visitors, GPs, the police and voluntary groups through the Keldmoor Safeguarding Children Partnership, and we share plans with them so that families hear one message rather than several."),
    ]),
    ("8. Information sharing", [
        ("p", "We share what we know about a child when it is needed to keep them safe or to get them the right help, and we record what was shared, with whom and why. Parents are told what we hold about them unless telling them would put a child at risk."),
    ]),
    ("Document control", [
        ("p", "Version 3.4"),
        ("p", "Last updated: 9 March 2026"),
    ]),
]
# fmt: on

LEFT, RIGHT = 2600, 6400
LEFT_SHADE = '<w:shd w:val="clear" w:color="auto" w:fill="DCE6F0"/>'


def _keldmoor_cell_content(document: Any, blocks: list[tuple[str, Any]]) -> str:
    parts: list[str] = []
    for kind, value in blocks:
        if kind == "b":
            parts.append(_p(_run(value), list_paragraph_properties(document, 41)))
        elif kind == "principles":
            rows = [
                "<w:tr>"
                + _cell(_p(_run(number, "<w:b/>"), '<w:jc w:val="center"/>'), 500)
                + _cell(_p(_run(text)), 5500)
                + "</w:tr>"
                for number, text in value
            ]
            parts.append(_table(rows, (500, 5500)))
            parts.append(_p("", '<w:spacing w:after="0"/>'))
        else:
            parts.append(_p(_run(value), '<w:spacing w:after="120"/>'))
    return "".join(parts)


def keldmoor() -> bytes:
    from docx.shared import Cm

    document = new_docx()
    add_word_lists(document, NS, 360)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    title_cell = _cell(
        _p(
            _run(TITLE, '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="36"/>'),
            '<w:spacing w:before="120" w:after="60"/>',
        )
        + _p(
            _run(KELDMOOR_COUNCIL, '<w:color w:val="FFFFFF"/><w:sz w:val="24"/>'),
            '<w:spacing w:after="120"/>',
        ),
        LEFT + RIGHT,
        '<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>',
    )
    rows = [f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{title_cell}</w:tr>"]
    for number, (label, blocks) in enumerate(KELDMOOR):
        merged_down = number + 1 < len(KELDMOOR) and KELDMOOR[number + 1][0] is None
        if label is None:
            left = _cell(_p(""), LEFT, f"<w:vMerge/>{LEFT_SHADE}")
        else:
            left = _cell(
                _p(_run(label, '<w:b/><w:color w:val="1F4E79"/>')),
                LEFT,
                ('<w:vMerge w:val="restart"/>' if merged_down else "") + LEFT_SHADE,
            )
        right = _cell(_keldmoor_cell_content(document, blocks), RIGHT)
        rows.append(f"<w:tr>{left}{right}</w:tr>")
    _append(document, _table(rows, (LEFT, RIGHT)))
    return saved_docx(document)


def _keldmoor_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx; the whole chapter in one bordered two-column table (a merged top row, labels in shaded left cells, the text in the right cells); Word-numbered bullets and a nested principles table inside cells; the label '6. Key principles' merged down over two rows",
        "",
        "(top row, merged across both columns, white on dark blue:)",
        f"# {TITLE}",
        "",
        KELDMOOR_COUNCIL,
        "",
    ]
    for label, blocks in KELDMOOR:
        lines.append(
            "(the next row; its left cell is merged with the label above)"
            if label is None
            else f"## {label}   (left cell)"
        )
        lines.append("")
        for kind, value in blocks:
            if kind == "b":
                lines.append(f"- {value}")
            elif kind == "principles":
                lines.append("(a table nested in the cell:)")
                lines += [f"| {n} | {text} |" for n, text in value]
                lines.append("")
            else:
                lines += [value, ""]
        if lines[-1] != "":
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --- 34802 Ambleholt: custom styles and content controls -----------------------------------------

# fmt: off
AMBLEHOLT_COUNCIL = "Ambleholt Borough Council · Children and Family Services"
AMBLEHOLT_CONTROL = [
    ("Document owner", ("text", "Service Manager, Quality Assurance")),
    ("Version", ("dropdown", "2.1")),
    ("Approved", ("date", "2025-12-18", "18/12/2025")),
    ("Next review", ("date", "2027-12-18", "18/12/2027")),
]
AMBLEHOLT: list[tuple[str, Any]] = [
    ("h1", "Why this chapter exists"),
    ("p", "This chapter gathers in one place the beliefs and principles behind every procedure in Ambleholt's children's services manual. It is for all staff, students and volunteers, and for the partners who work with us."),
    ("h1", "The legal basis"),
    ("p", "Our duties come chiefly from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Care Leavers (England) Regulations 2010. Statutory guidance, including Working Together to Safeguard Children, tells us how those duties are to be carried out."),
    ("h1", "Where we want to be"),
    ("p", "We want Ambleholt to be a place where children grow up safe, loved and hopeful, and where any family that is struggling can get help quickly and without stigma."),
    ("h1", "Our values"),
    ("p", "We are respectful, we are curious and we do what we say we will do. We work with families, not on them, and we value the knowledge that parents and children bring."),
    ("h1", "Ambleholt as corporate parent"),
    ("p", "For its Looked After Children and care leavers, the council has to behave as a good parent would. Councillors and officers have regard to these principles:"),
    ("repeat", [
        "acting in the best interests of each child and young person and caring for their health and well-being;",
        "encouraging them to tell us their views, wishes and feelings;",
        "listening to those views, wishes and feelings and taking them into account;",
        "helping them to find and make the best use of our services and those of our partners;",
        "holding high aspirations for them and seeking the best outcomes;",
        "keeping them safe, with stable homes, relationships and education or work;",
        "preparing them for adulthood and independent living.",
    ]),
    ("h1", "Restorative Practice in Ambleholt"),
    ("p", "Restorative Practice is our practice model. It rests on the idea that people change most when those in authority work with them, offering high support and high challenge together, and that harm done to relationships can be repaired."),
    ("h1", "Principles we work by"),
    ("p", "Four commitments shape our casework."),
    ("h2", "Family comes first"),
    ("p", "We help children to live with their own families wherever that is safe, and when they cannot, we look first to relatives and friends."),
    ("h2", "Permanence"),
    ("p", "No Looked After Child should drift. A permanence plan is agreed within six months of the child becoming looked after, and the independent reviewing officer checks it at every review."),
    ("h2", "After care"),
    ("p", "Care leavers are supported by a personal adviser up to the age of 21, and to 25 where they remain in education or training."),
    ("h2", "Hearing the child"),
    ("p", "Children's wishes and feelings are written down in their own words and shape their plans."),
    ("h1", "Confidentiality and sharing"),
    ("p", "We share information about children and their families lawfully and only as far as is needed to keep a child safe or to meet their needs. Every decision to share, or not to share, is recorded with the reason for it."),
]
# fmt: on


def _ambleholt_styles(document: Any) -> None:
    """Custom paragraph styles in styles.xml: none of them is or is based on a built-in Heading
    or Title style; the outline level of 'Council Heading 1' comes from the style it is based on."""
    styles = document.styles.element
    for xml in (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TitlePara"><w:name w:val="Title Para"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="5B2C6F"/><w:sz w:val="40"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="CouncilBase"><w:name w:val="Council Base"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="CouncilHeading1"><w:name w:val="Council Heading 1"/><w:basedOn w:val="CouncilBase"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:rPr><w:color w:val="5B2C6F"/><w:sz w:val="28"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="CouncilHeading2"><w:name w:val="Council Heading 2"/><w:basedOn w:val="CouncilHeading1"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:i/><w:sz w:val="24"/></w:rPr></w:style>',
    ):
        styles.append(_el(_wrap(xml)))


def _control(alias: str, spec: tuple[str, ...]) -> str:
    """A run-level content control holding the value it shows."""
    kind = spec[0]
    ident = next(_IDS)
    tag = alias.replace(" ", "")
    if kind == "dropdown":
        items = "".join(
            f'<w:listItem w:displayText="{v}" w:value="{v}"/>' for v in ("1.0", "2.0", "2.1", "3.0")
        )
        props = f"<w:dropDownList>{items}</w:dropDownList>"
        shown = spec[1]
    elif kind == "date":
        props = (
            f'<w:date w:fullDate="{spec[1]}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        )
        shown = spec[2]
    else:
        props = "<w:text/>"
        shown = spec[1]
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{ident}"/>{props}</w:sdtPr>'
        f"<w:sdtContent>{_run(shown)}</w:sdtContent></w:sdt>"
    )


def ambleholt() -> bytes:
    document = new_docx()
    add_word_lists(document, NS, 360)
    _ambleholt_styles(document)
    title = (
        f'<w:sdt><w:sdtPr><w:alias w:val="Document title"/><w:tag w:val="DocTitle"/><w:id w:val="{next(_IDS)}"/><w:text/></w:sdtPr>'
        f"<w:sdtContent>{_run(TITLE)}</w:sdtContent></w:sdt>"
    )
    _append(document, _p(title, '<w:pStyle w:val="TitlePara"/>'))
    _append(document, _p(_run(AMBLEHOLT_COUNCIL, '<w:color w:val="5B2C6F"/>')))
    rows = [
        "<w:tr>"
        + _cell(
            _p(_run(label, "<w:b/>")), 2600, '<w:shd w:val="clear" w:color="auto" w:fill="EFE6F3"/>'
        )
        + _cell(_p(_control(label, spec)), 5200)
        + "</w:tr>"
        for label, spec in AMBLEHOLT_CONTROL
    ]
    _append(document, _table(rows, (2600, 5200)))
    _append(document, _p(""))
    for kind, value in AMBLEHOLT:
        if kind == "h1":
            _append(document, _p(_run(value), '<w:pStyle w:val="CouncilHeading1"/>'))
        elif kind == "h2":
            _append(document, _p(_run(value), '<w:pStyle w:val="CouncilHeading2"/>'))
        elif kind == "repeat":
            items = "".join(
                f'<w:sdt><w:sdtPr><w:id w:val="{next(_IDS)}"/><w15:repeatingSectionItem/></w:sdtPr>'
                f"<w:sdtContent>{_p(_run(text), list_paragraph_properties(document, 42))}</w:sdtContent></w:sdt>"
                for text in value
            )
            _append(
                document,
                f'<w:sdt><w:sdtPr><w:alias w:val="Principles"/><w:tag w:val="Principles"/><w:id w:val="{next(_IDS)}"/>'
                f'<w15:repeatingSection><w15:sectionTitle w:val="Principle"/></w15:repeatingSection></w:sdtPr>'
                f"<w:sdtContent>{items}</w:sdtContent></w:sdt>",
            )
        else:
            _append(document, _p(_run(value)))
    return saved_docx(document)


def _ambleholt_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx; no built-in Heading/Title styles: the title in the custom 'Title Para' style inside a plain-text content control; '##' headings in 'Council Heading 1' (based on 'Council Base', which carries outline level 0), '###' in 'Council Heading 2' (based on Council Heading 1, outline level 1); a control table whose values are content controls (plain text, drop-down, date pickers dd/MM/yyyy); the principles a Word-numbered list inside a repeating-section content control",
        "",
        f"# {TITLE}",
        "",
        AMBLEHOLT_COUNCIL,
        "",
    ]
    lines += [
        f"| {label} | {spec[-1] if spec[0] == 'date' else spec[1]} |"
        for label, spec in AMBLEHOLT_CONTROL
    ]
    lines.append("")
    for kind, value in AMBLEHOLT:
        if kind == "h1":
            lines += [f"## {value}", ""]
        elif kind == "h2":
            lines += [f"### {value}", ""]
        elif kind == "repeat":
            lines += [f"{n}. {text}" for n, text in enumerate(value, 1)]
            lines.append("")
        else:
            lines += [value, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- 34803 Wistlecombe: tracked changes not accepted, comments -----------------------------------

WISTLECOMBE_COUNCIL = "Wistlecombe County Council"
AUTHOR_A = "Priya Holloway"
AUTHOR_B = "Tom Ashdown"
COMMENTS = {
    0: (AUTHOR_B, "Cabinet signs it off in December, so should this say December 2025?"),
    1: (AUTHOR_A, "No – the service leadership meeting approved it in November; leave as it is."),
    2: (AUTHOR_B, "Should we also mention the Signs of Safety mapping tools here?"),
}
_CHANGE_IDS = itertools.count(101)


def _ins(inner: str, author: str = AUTHOR_A) -> str:
    return f'<w:ins w:id="{next(_CHANGE_IDS)}" w:author="{author}" w:date="{STAMP}">{inner}</w:ins>'


def _del_run(text: str, author: str = AUTHOR_A, rpr: str = "") -> str:
    return (
        f'<w:del w:id="{next(_CHANGE_IDS)}" w:author="{author}" w:date="{STAMP}">'
        f'<w:r><w:rPr>{rpr}</w:rPr><w:delText xml:space="preserve">{html.escape(text, quote=False)}</w:delText></w:r></w:del>'
    )


def _mark(kind: str, author: str = AUTHOR_A) -> str:
    """A tracked paragraph mark (inside the paragraph mark's run properties)."""
    return f'<w:rPr><w:{kind} w:id="{next(_CHANGE_IDS)}" w:author="{author}" w:date="{STAMP}"/></w:rPr>'


def _comment_range(ident: int, inner: str) -> str:
    return (
        f'<w:commentRangeStart w:id="{ident}"/>{inner}<w:commentRangeEnd w:id="{ident}"/>'
        f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{ident}"/></w:r>'
    )


def _replied_range(ident: int, reply: int, inner: str) -> str:
    """A comment and its reply over the same text, as Word nests them."""
    references = "".join(
        f'<w:commentRangeEnd w:id="{n}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{n}"/></w:r>'
        for n in (ident, reply)
    )
    return f'<w:commentRangeStart w:id="{ident}"/><w:commentRangeStart w:id="{reply}"/>{inner}{references}'


def _comments_xml() -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
    ]
    for ident, (author, text) in COMMENTS.items():
        initials = "".join(word[0] for word in author.split())
        parts.append(
            f'<w:comment w:id="{ident}" w:author="{author}" w:date="{STAMP}" w:initials="{initials}">'
            f'<w:p w14:paraId="0000A{ident:03d}"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"{_run(text)}</w:p></w:comment>"
        )
    parts.append("</w:comments>")
    return "".join(parts).encode("utf-8")


def _comments_extended_xml() -> bytes:
    """Word's commentsExtended part: comment 1 is a reply to comment 0."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="{W15}">'
        '<w15:commentEx w15:paraId="0000A000" w15:done="0"/>'
        '<w15:commentEx w15:paraId="0000A001" w15:paraIdParent="0000A000" w15:done="0"/>'
        '<w15:commentEx w15:paraId="0000A002" w15:done="0"/>'
        "</w15:commentsEx>"
    ).encode()


def _heading(text_xml: str, level: int = 1, ppr_extra: str = "") -> str:
    return _p(text_xml, f'<w:pStyle w:val="Heading{level}"/>{ppr_extra}')


def wistlecombe() -> bytes:
    from docx.oxml import parse_xml

    document = new_docx()
    add_word_lists(document, NS, 360)
    settings = document.settings.element
    settings.append(parse_xml(f'<w:trackRevisions xmlns:w="{W}"/>'))
    bullet = list_paragraph_properties(document, 41)
    add = lambda xml: _append(document, xml)  # noqa: E731
    add(_p(_run(TITLE), '<w:pStyle w:val="Title"/>'))
    add(_p(_run(WISTLECOMBE_COUNCIL)))

    add(_heading(_run("Scope of this chapter")))
    add(
        _p(
            _run(
                "This chapter applies to everyone who works in Wistlecombe's children's services, whether employed by the council, by an agency or by a commissioned provider. It describes the values behind our procedures and the principles we expect to see in practice."
            )
        )
    )
    amended = (
        _run("It was amended in ") + _del_run("September") + _ins(_run("November")) + _run(" 2025")
    )
    add(
        _p(
            _replied_range(0, 1, amended)
            + _ins(_run(" to add the Adoption and Children Act 2002 to the list of legislation"))
            + _run(".")
        )
    )

    add(_heading(_run("Legislation")))
    add(_p(_run("The statutes that give us our main duties are:")))
    add(_p(_run("Children Act 1989"), bullet))
    add(_p(_del_run("Children (Leaving Care) Act 2000"), bullet + _mark("del")))
    add(_p(_run("Children Act 2004"), bullet))
    add(_p(_run("Children and Families Act 2014"), bullet))
    add(_p(_run("Children and Social Work Act 2017"), bullet))
    add(_p(_ins(_run("Adoption and Children Act 2002")), bullet + _mark("ins")))
    add(
        _p(
            _run(
                "Working Together to Safeguard Children is the statutory guidance that explains how we share this work with our partners."
            )
        )
    )

    add(_heading(_run("Our values")))
    add(
        _p(
            _run(
                "We believe every child deserves to be kept safe, to be listened to and to have adults who stay with them. We are honest with families, we build on what they do well, and we treat people with dignity even when we disagree with them."
            )
        )
    )
    moved = "Our social workers use Systemic Practice, which looks at the patterns of relationships around a child rather than at one person's behaviour alone."
    add(
        f"<w:p><w:pPr>{_mark('moveFrom')}</w:pPr>"
        f'<w:moveFromRangeStart w:id="90" w:author="{AUTHOR_A}" w:date="{STAMP}" w:name="move1"/>'
        + f'<w:moveFrom w:id="{next(_CHANGE_IDS)}" w:author="{AUTHOR_A}" w:date="{STAMP}"><w:r><w:delText xml:space="preserve">{moved}</w:delText></w:r></w:moveFrom>'
        + '<w:moveFromRangeEnd w:id="90"/></w:p>'
    )

    add(_heading(_run("Corporate parenting")))
    add(
        _p(
            _run(
                "The council is the corporate parent of its children looked after and of young people who have left its care. Elected members and officers must keep the principles in this table in mind in every decision that affects them."
            )
        )
    )
    principle_rows = [
        ("", "Principle", "What we do"),
        ("", "Best interests", "Put their welfare and their physical and mental health first."),
        ("", "Their voice", "Make it easy for them to tell us their views, wishes and feelings."),
        ("", "Being listened to", "Show that what they said changed what we did."),
        ("del", "Listening", "Hear what young people say to us."),
        ("", "Access to services", "Help them to find and use the services they need."),
        ("", "Aspiration", "Hope for the best for them and help them get there."),
        (
            "",
            "Safety and stability",
            "Keep them safe and keep their homes, schools and friendships steady.",
        ),
        ("ins", "Adulthood", "Prepare them for independence and adult life."),
    ]
    rows: list[str] = []
    for change, left, right in principle_rows:
        rpr = "<w:b/>" if left == "Principle" else ""
        tr_pr = ""
        if change:
            tr_pr = f'<w:trPr><w:{change} w:id="{next(_CHANGE_IDS)}" w:author="{AUTHOR_B}" w:date="{STAMP}"/></w:trPr>'
        cells = []
        for text, width in ((left, 2600), (right, 6000)):
            if change == "del":
                inner = _p(_del_run(text, AUTHOR_B, rpr), _mark("del", AUTHOR_B))
            elif change == "ins":
                inner = _p(_ins(_run(text, rpr), AUTHOR_B), _mark("ins", AUTHOR_B))
            else:
                inner = _p(_run(text, rpr))
            cells.append(_cell(inner, width))
        rows.append(f"<w:tr>{tr_pr}{''.join(cells)}</w:tr>")
    add(_table(rows, (2600, 6000)))
    add(_p(""))

    add(_heading(_run("How we practise")))
    add(
        f"<w:p><w:pPr>{_mark('moveTo')}</w:pPr>"
        f'<w:moveToRangeStart w:id="91" w:author="{AUTHOR_A}" w:date="{STAMP}" w:name="move1"/>'
        f'<w:moveTo w:id="{next(_CHANGE_IDS)}" w:author="{AUTHOR_A}" w:date="{STAMP}">'
        + _comment_range(2, _run(moved))
        + '</w:moveTo><w:moveToRangeEnd w:id="91"/></w:p>'
    )
    add(
        _p(
            _run(
                "Each locality team has a clinician who joins case discussions and helps workers to form and test their ideas about what is happening in a family."
            )
        )
    )

    add(_heading(_del_run("Partnership") + _ins(_run("Working with other agencies"))))
    add(
        _p(
            _run(
                "Keeping children safe is shared work. We plan with health, education, the police and the voluntary sector through the Wistlecombe Safeguarding Children Partnership, and no worker should sit on a concern that another agency needs to hear."
            )
        )
    )

    add(_heading(_run("Key principles")))
    add(
        _p(
            _run(
                "Children should grow up in their own families wherever it is safe for them to do so, with help offered early."
            )
        )
    )
    add(
        _p(
            _run("Where a child cannot go home, a plan for permanence is made within ")
            + _del_run("six")
            + _ins(_run("three"))
            + _run(" months of them becoming looked after.")
        )
    )
    add(
        _p(
            _run("Care leavers have a personal adviser until they are 21")
            + _ins(_run(", or until 25 if they are still in education or training"))
            + _run(".")
        )
    )

    change = f'<w:pPrChange w:id="{next(_CHANGE_IDS)}" w:author="{AUTHOR_B}" w:date="{STAMP}"><w:pPr/></w:pPrChange>'
    add(_heading(_run("Sharing information"), ppr_extra=change))
    add(
        _p(
            _run(
                "We share information about children and families when that is needed to protect a child or to give them the help they need, and we record each decision and the reason for it. Information is kept securely and only for as long as it is needed."
            )
        )
    )

    data = saved_docx(document)
    data = with_word_part(data, "comments.xml", _comments_xml(), "rId903", (1980, 1, 1, 0, 0, 0))
    return _with_comments_extended(data)


def _with_comments_extended(data: bytes) -> bytes:
    return with_word_part(
        data,
        "commentsExtended.xml",
        _comments_extended_xml(),
        "rId904",
        (1980, 1, 1, 0, 0, 0),
        relationships="http://schemas.microsoft.com/office/2011/relationships/",
    )


WISTLECOMBE_NOTE = f"""%% built by {SCRIPT}: python-docx; Title, council line, Heading 1; Track Changes on (w:trackRevisions) and nothing accepted: {{old->new}} marks a tracked replacement, {{-text-}} a tracked deletion, {{+text+}} a tracked insertion; comments in [[...]] (not chapter text)

# {TITLE}

{WISTLECOMBE_COUNCIL}

## Scope of this chapter

This chapter applies to everyone who works in Wistlecombe's children's services, whether employed by the council, by an agency or by a commissioned provider. It describes the values behind our procedures and the principles we expect to see in practice.

It was amended in {{September->November}} 2025{{+ to add the Adoption and Children Act 2002 to the list of legislation+}}. [[comment, {AUTHOR_B}: {COMMENTS[0][1]}]] [[reply, {AUTHOR_A}: {COMMENTS[1][1]}]]

## Legislation

The statutes that give us our main duties are:

- Children Act 1989
- {{-Children (Leaving Care) Act 2000-}} (the whole bullet paragraph deleted, its mark too)
- Children Act 2004
- Children and Families Act 2014
- Children and Social Work Act 2017
- {{+Adoption and Children Act 2002+}} (the whole bullet paragraph inserted)

Working Together to Safeguard Children is the statutory guidance that explains how we share this work with our partners.

## Our values

We believe every child deserves to be kept safe, to be listened to and to have adults who stay with them. We are honest with families, we build on what they do well, and we treat people with dignity even when we disagree with them.

(moved from here, tracked move:) {{-Our social workers use Systemic Practice, which looks at the patterns of relationships around a child rather than at one person's behaviour alone.-}}

## Corporate parenting

The council is the corporate parent of its children looked after and of young people who have left its care. Elected members and officers must keep the principles in this table in mind in every decision that affects them.

| Principle | What we do |
| Best interests | Put their welfare and their physical and mental health first. |
| Their voice | Make it easy for them to tell us their views, wishes and feelings. |
| Being listened to | Show that what they said changed what we did. |
| {{-Listening-}} | {{-Hear what young people say to us.-}} | (tracked row deletion)
| Access to services | Help them to find and use the services they need. |
| Aspiration | Hope for the best for them and help them get there. |
| Safety and stability | Keep them safe and keep their homes, schools and friendships steady. |
| {{+Adulthood+}} | {{+Prepare them for independence and adult life.+}} | (tracked row insertion)

## How we practise

(moved to here, tracked move:) {{+Our social workers use Systemic Practice, which looks at the patterns of relationships around a child rather than at one person's behaviour alone.+}} [[comment, {AUTHOR_B}: {COMMENTS[2][1]}]]

Each locality team has a clinician who joins case discussions and helps workers to form and test their ideas about what is happening in a family.

## {{Partnership->Working with other agencies}}

Keeping children safe is shared work. We plan with health, education, the police and the voluntary sector through the Wistlecombe Safeguarding Children Partnership, and no worker should sit on a concern that another agency needs to hear.

## Key principles

Children should grow up in their own families wherever it is safe for them to do so, with help offered early.

Where a child cannot go home, a plan for permanence is made within {{six->three}} months of them becoming looked after.

Care leavers have a personal adviser until they are 21{{+, or until 25 if they are still in education or training+}}.

## Sharing information

(restyled from Normal to Heading 1 with the change tracked, w:pPrChange)

We share information about children and families when that is needed to protect a child or to give them the help they need, and we record each decision and the reason for it. Information is kept securely and only for as long as it is needed.
"""


# --- 34804 Threlkirk: sections, first-page header, hyperlinked contents, sidebar -----------------

THRELKIRK_COUNCIL = "Threlkirk City Council – Children and Young People's Service"
THRELKIRK_FIRST_HEADER = "Threlkirk City Council · Children's Services Procedures Manual"
THRELKIRK_ODD_HEADER = "Threlkirk City Council"
THRELKIRK_EVEN_HEADER = "Policies, Values and Principles"
THRELKIRK_WATERMARK = "UNCONTROLLED WHEN PRINTED"
# fmt: off
THRELKIRK: list[tuple[str, Any]] = [
    ("h", "About this chapter"),
    ("p", "This chapter describes the values and principles of Threlkirk's children's social care service and applies to every part of it. It was last amended in February 2026 to reflect the council's new offer to care leavers."),
    ("h", "The legal framework"),
    ("p", "The council's duties towards children and families are set mainly by the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Working Together to Safeguard Children is the statutory guidance that explains how agencies should cooperate."),
    ("columns", None),
    ("h", "What we value"),
    ("p", "We value honesty, warmth and persistence. We expect our staff to get to know children well, to speak up for them, and to stay alongside families through difficult times rather than handing them on."),
    ("p", "We respect difference and we challenge discrimination wherever we meet it."),
    ("h", "The seven principles of corporate parenting"),
    ("p", "As corporate parent to its cared for children and care leavers, the council will:"),
    ("n", "act in their best interests and promote their health and well-being;"),
    ("n", "encourage them to share their views, wishes and feelings;"),
    ("n", "take their views, wishes and feelings into account;"),
    ("n", "help them to use the services available to them;"),
    ("n", "promote high aspirations and the best outcomes for them;"),
    ("n", "help them to be safe and to have stable homes and relationships;"),
    ("n", "prepare them for adulthood and independent living."),
    ("single", None),
    ("h", "How we practise"),
    ("p", "Threlkirk's practice model is Family Safeguarding. Social workers share their cases with specialists in adult mental health, substance misuse and domestic abuse, so that the problems that put children at risk are worked on together with the parents."),
    ("h", "Key principles"),
    ("sidebar", [
        ("Leaving care at a glance", "<w:b/><w:color w:val=\"1F4E79\"/>"),
        ("Every care leaver has a personal adviser until they are 21, and until 25 if they are in education or training.", ""),
    ]),
    ("p", "Our cared for children are helped to keep in touch with the people who matter to them, and their plans are reviewed with them rather than about them."),
    ("p", "Each child who cannot return home has a plan for permanence agreed within four months, so that decisions about where they will grow up are not left to drift."),
    ("h", "Working together"),
    ("p", "We cannot keep children safe on our own. Schools, health services, the police and community groups are our partners, and we meet them through the Threlkirk Safeguarding Children Partnership to agree how we will work."),
    ("h", "Information sharing"),
    ("p", "Personal information is shared when a child's safety or welfare needs it, in line with data protection law, and each decision to share is recorded."),
    ("end", "Last updated: 20 February 2026"),
]
# fmt: on


def _watermark() -> str:
    """A VML WordArt watermark in the running header, as Word's Design > Watermark writes one."""
    return (
        "<w:r><w:pict>"
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
        '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>'
        f'<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:60pt;rotation:315;z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
        f'<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{THRELKIRK_WATERMARK}"/></v:shape>'
        "</w:pict></w:r>"
    )


def threlkirk() -> bytes:
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt

    document = new_docx()
    add_word_lists(document, NS, 360)
    document.settings.odd_and_even_pages_header_footer = True
    add = lambda xml: _append(document, xml)  # noqa: E731

    cover = document.sections[0]
    cover.different_first_page_header_footer = True
    first = cover.first_page_header.paragraphs[0]
    first.add_run(THRELKIRK_FIRST_HEADER).font.size = Pt(9)

    add(_p(_run(TITLE), '<w:pStyle w:val="Title"/>'))
    add(_p(_run(THRELKIRK_COUNCIL, '<w:color w:val="1F4E79"/>'), '<w:spacing w:after="360"/>'))
    add(
        _p(
            _run("Contents", '<w:b/><w:sz w:val="28"/>'),
            '<w:keepNext/><w:spacing w:before="240" w:after="120"/>',
        )
    )
    headings = [value for kind, value in THRELKIRK if kind == "h"]
    link_rpr = '<w:color w:val="0563C1"/><w:u w:val="single"/>'
    for number, heading in enumerate(headings, 1):
        link = (
            f'<w:hyperlink w:anchor="_Ref_section_{number}" w:history="1">'
            f"{_run(heading, link_rpr)}</w:hyperlink>"
        )
        add(_p(link, '<w:spacing w:after="60"/><w:ind w:left="284"/>'))

    body = document.add_section(WD_SECTION.NEW_PAGE)
    body.different_first_page_header_footer = False
    for header, text in (
        (body.header, THRELKIRK_ODD_HEADER),
        (body.even_page_header, THRELKIRK_EVEN_HEADER),
    ):
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.add_run(text).font.size = Pt(9)
        paragraph._p.append(_el(_wrap(_watermark())))
    for footer in (body.footer, body.even_page_footer):
        footer.is_linked_to_previous = False
        word_field(footer.paragraphs[0], "PAGE", "2")

    body.start_type = WD_SECTION.CONTINUOUS
    from lxml import etree

    references = "".join(
        etree.tostring(reference).decode()
        for reference in document.element.body.find(f"{{{W}}}sectPr")
        if reference.tag in (f"{{{W}}}headerReference", f"{{{W}}}footerReference")
    )
    references = re.sub(r' xmlns:\w+="[^"]*"', "", references)
    number = 0
    for kind, value in THRELKIRK:
        if kind == "h":
            number += 1
            mark = (
                f'<w:bookmarkStart w:id="{number}" w:name="_Ref_section_{number}"/>{_run(value)}'
                f'<w:bookmarkEnd w:id="{number}"/>'
            )
            add(_p(mark, '<w:pStyle w:val="Heading1"/>'))
        elif kind == "columns":
            # the paragraph before a continuous break ends the one-column stretch
            add(
                _p(
                    "",
                    f'<w:sectPr>{references}<w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>'
                    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                    '<w:cols w:space="708"/></w:sectPr>',
                )
            )
        elif kind == "single":
            add(
                _p(
                    "",
                    f'<w:sectPr>{references}<w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                    '<w:cols w:num="2" w:space="567"/></w:sectPr>',
                )
            )
        elif kind == "n":
            add(_p(_run(value), list_paragraph_properties(document, 42)))
        elif kind == "sidebar":
            add(_p(_text_box(value, "Text Box 2", 2)))
        elif kind == "end":
            add(_p(_run(value, '<w:i/><w:sz w:val="18"/>'), '<w:spacing w:before="360"/>'))
        else:
            add(_p(_run(value)))
    return saved_docx(document)


def _threlkirk_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx; cover section (different first page: header '{THRELKIRK_FIRST_HEADER}') with Title, council line, a bold 'Contents' line and contents entries that are internal hyperlinks to bookmarks on the headings (no page numbers); a next-page section break; odd header '{THRELKIRK_ODD_HEADER}' and even header '{THRELKIRK_EVEN_HEADER}', each with a VML watermark '{THRELKIRK_WATERMARK}'; PAGE footers; a continuous section break into two columns for values and corporate parenting and back; a floating DrawingML text box (VML fallback) anchored at the start of 'Key principles'",
        "",
        f"# {TITLE}",
        "",
        THRELKIRK_COUNCIL,
        "",
        "**Contents**",
        "",
    ]
    lines += [f"- [{value}](#)" for kind, value in THRELKIRK if kind == "h"]
    lines.append("")
    lines += ["(next-page section break)", ""]
    for kind, value in THRELKIRK:
        if kind == "h":
            lines += [f"## {value}", ""]
        elif kind == "n":
            lines.append(f"1. {value}")
        elif kind == "columns":
            lines += ["(continuous section break: two columns from here)", ""]
        elif kind == "single":
            lines += ["", "(continuous section break: one column from here)", ""]
        elif kind == "sidebar":
            lines += [
                "(floating text box at the right margin:) " + " / ".join(t for t, _ in value),
                "",
            ]
        elif kind == "end":
            lines += [f"_{value}_", ""]
        else:
            lines += [value, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAMES["34801"]).write_bytes(keldmoor())
    (HERE / (NAMES["34801"] + ".md")).write_text(_keldmoor_note(), encoding="utf-8")
    (HERE / NAMES["34802"]).write_bytes(ambleholt())
    (HERE / (NAMES["34802"] + ".md")).write_text(_ambleholt_note(), encoding="utf-8")
    (HERE / NAMES["34803"]).write_bytes(wistlecombe())
    (HERE / (NAMES["34803"] + ".md")).write_text(WISTLECOMBE_NOTE, encoding="utf-8")
    (HERE / NAMES["34804"]).write_bytes(threlkirk())
    (HERE / (NAMES["34804"] + ".md")).write_text(_threlkirk_note(), encoding="utf-8")
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
