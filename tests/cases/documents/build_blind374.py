# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the 374th blind set: Word files as councils make them.

    37401  Skelderby (Word): a bold 16 pt Normal title, a council line and a label | value
           document-control table at the top; headings bold Normal paragraphs at the body's
           size numbered by a Word multilevel list (1., 1.1: the numbers drawn by Word, in no
           paragraph's text); comments on two paragraphs; a page header with the council's
           name and an "Uncontrolled when printed" footer with a PAGE field.
    37402  Wyvernham (Word): Title style, a contents list Word made (a TOC field over TOC 1
           paragraphs with the page numbers Word last showed), Heading 1 headings named only
           by meaning, the key message in a floating text box (DrawingML with its VML
           fallback), a comment, header and footer.
    37403  Tullingham (PDF printed by LibreOffice from python-docx): a document-control table
           first of all, then the title; headings bold Normal paragraphs at the body's size,
           no numbers, named by meaning; the key message in a shaded one-cell table; comments
           (not printed); header and footer with the council's name and "Uncontrolled when
           printed".
    37404  Hexmoor (Word): a council heading style ("Council Heading 1/2", based on Normal, not
           on Heading) carrying outline levels and a multilevel list (1., 1.1) through the
           style; a contents list Word made from those outline levels; a document-control table
           at the top; a shaded one-cell key-message table; comments; header and footer.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind374.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    WORD_SHAPE_NAMESPACES,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    word_field,
)

SCRIPT = "build_blind374.py"
NS = WORD_SHAPE_NAMESPACES

NAMES = {
    "37401": "37401-docx-control-table-top-bold-body-size-headings-multilevel-list-numbers-comments-header-footer-uncontrolled-skelderby-restorative-four-months-21-or-25-on-request.docx",
    "37402": "37402-docx-title-style-word-toc-field-meaning-headings-key-message-text-box-comment-header-footer-wyvernham-signs-of-safety-six-months-25-for-all.docx",
    "37403": "37403-pdf-lo-from-word-control-table-before-title-bold-body-size-meaning-headings-shaded-one-cell-key-message-comments-tullingham-family-safeguarding-three-months-21-or-25-in-education.pdf",
    "37404": "37404-docx-council-heading-style-outline-levels-multilevel-numbering-word-toc-control-table-shaded-key-message-comments-hexmoor-no-model-no-months.docx",
}

COMMENT_DATE = "2025-09-01T10:00:00Z"

# fmt: off
SEVEN_A = [
    "act in the best interests of the children and young people in our care and promote their physical and mental health and well-being;",
    "encourage them to say what they think, want and feel;",
    "take those views, wishes and feelings into account;",
    "help them to find and make the most of the council's services and those of its partners;",
    "hold high hopes for them and work for the best outcomes;",
    "keep them safe and give them stable homes, relationships and time at school or work;",
    "get them ready for adult life and living on their own.",
]

SKELDERBY: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Skelderby District Council – Children and Families Service"),
    ("control", [
        ("Document owner", "Service Manager, Quality and Practice"),
        ("Version", "2.3"),
        ("Date approved", "9 September 2025"),
        ("Next review", "September 2027"),
    ]),
    ("h", "About this chapter", 0),
    ("c", "This chapter opens Skelderby's procedures manual for children's social care. It describes the law, the values and the principles that shape every procedure after it, and it applies to every practitioner, manager and carer who works with Children in Care and care leavers on the council's behalf.", "Legal have agreed this paragraph – no further changes."),
    ("h", "The law behind our work", 0),
    ("p", "The council's duties to children come mainly from the following Acts of Parliament:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("p", "Regulations and statutory guidance made under those Acts fill in the detail, and later chapters say which of them apply to each task."),
    ("h", "Working alongside partners", 0),
    ("p", "No single agency can keep a child safe on its own. Skelderby's social workers plan with schools, GPs, health visitors, the police and the youth justice team, and every partner is expected to raise a worry early, to share what it knows and to come to the meetings held about the children it works with."),
    ("h", "Our values", 0),
    ("p", "We listen to children and take what they tell us seriously. We are honest with parents about our worries and about what has to change. We stay curious, we stay kind, and we do what we said we would do, when we said we would do it."),
    ("h", "Corporate parenting", 0),
    ("p", "As a corporate parent the council must have regard to seven principles. It will:"),
    *[("n", item) for item in SEVEN_A],
    ("h", "How we practise", 0),
    ("p", "Skelderby works in a Restorative Practice way: we do things with families rather than to them or for them. High support and high challenge go together, and plans are built in family meetings where the family's own network has a real say."),
    ("h", "Key principles", 0),
    ("p", "Children are best brought up within their own families wherever that is safe, and our first effort goes into helping that to happen."),
    ("h", "Permanence", 1),
    ("p", "Every child who comes into care needs a settled plan for where they will grow up. That plan is agreed no later than four months after the child became a Child in Care, and usually at the second review."),
    ("h", "Leaving care", 1),
    ("c", "Young people leaving our care can have a personal adviser until they turn 21. Anyone who asks can keep that support until they are 25.", "Check with the leaving care team whether the local offer has changed."),
    ("h", "Sharing information", 0),
    ("p", "We share what we know about a child when the law allows it and the child's safety or welfare needs it, and no more than is needed. Families are told what has been shared and why, unless telling them would put a child at risk."),
]

WYVERNHAM: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Wyvernham Borough Council"),
    ("toc", [
        ("Where this chapter fits", "1"),
        ("The legal ground we stand on", "1"),
        ("Nobody does this alone", "2"),
        ("What we believe", "2"),
        ("Our promises as a corporate parent", "2"),
        ("How we work with families", "3"),
        ("Growing up secure", "3"),
        ("Keeping confidences", "3"),
    ]),
    ("h", "Where this chapter fits", 0),
    ("p", "This is the opening chapter of Wyvernham's children's social care procedures. Anyone who works with looked after children, care leavers or children in need in the borough should know it, because later chapters take its values for granted."),
    ("p", "It was brought up to date in June 2025 (version 6)."),
    ("h", "The legal ground we stand on", 0),
    ("p", "Three Acts matter most to this chapter: the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017. Together they set out what the council must do for children who cannot live safely at home and for young people after they leave care."),
    ("h", "Nobody does this alone", 0),
    ("p", "Protecting children in Wyvernham is a job shared with health, education, the police and the voluntary sector. The borough's safeguarding partners agree how concerns are raised and how plans are made, and our staff work within those arrangements every day."),
    ("h", "What we believe", 0),
    ("box", "Our key message: every looked after child in Wyvernham should be able to say who their trusted adult is."),
    ("p", "Children do best when the adults around them are reliable, warm and straight with them. We value relationships over process, and we measure ourselves by what children and families tell us has changed."),
    ("h", "Our promises as a corporate parent", 0),
    ("p", "Wyvernham Borough Council accepts the seven corporate parenting principles and expects every department, not only children's services, to act on them:"),
    ("n", "acting in the best interests of looked after children and care leavers, and promoting their health and well-being;"),
    ("n", "encouraging them to express their views, wishes and feelings;"),
    ("n", "taking those views, wishes and feelings into account;"),
    ("n", "helping them to use services;"),
    ("n", "aiming high for them and seeking the best outcomes;"),
    ("n", "keeping them safe, with stability at home and in their relationships, education and work;"),
    ("n", "preparing them for adulthood and independence."),
    ("h", "How we work with families", 0),
    ("c", "Social workers in Wyvernham use Signs of Safety. With the family and its network they map the dangers, the strengths and the next steps, and a child's words or drawings go into every plan.", "Add a link to the practice handbook when it is published."),
    ("h", "Growing up secure", 0),
    ("p", "A looked after child should not wait long to learn where their future lies. Their permanence plan is in place within six months of their first day in care."),
    ("p", "Every care leaver, whatever they are doing, is offered a personal adviser up to their 25th birthday."),
    ("h", "Keeping confidences", 0),
    ("p", "Children and families trust us with private matters. We keep their records secure, share them only where the law and the child's welfare call for it, and say on the record why we shared."),
]

TULLINGHAM: list[tuple[Any, ...]] = [
    ("control", [
        ("Title", "Children's Services Policies, Values and Principles"),
        ("Version", "V4"),
        ("Issued", "March 2025"),
        ("Owner", "Assistant Director, Children's Social Care"),
    ]),
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Tullingham County Council"),
    ("h", "Who this chapter is for", 0),
    ("p", "The chapter is written for social workers, personal advisers, foster carers and managers in Tullingham's children's services. It sets the tone for the whole manual and should be read first."),
    ("h", "Where our duties come from", 0),
    ("p", "The council's responsibilities for children in care are found chiefly in the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004 and the Children and Social Work Act 2017."),
    ("h", "Partners around the child", 0),
    ("p", "Schools, doctors, nurses, police officers and community groups see children long before we do. We rely on them to tell us when they are worried and we keep them involved in the plans we make together."),
    ("h", "What guides us", 0),
    ("shaded", "Key message: we would accept for a child in our care only what we would accept for our own children."),
    ("p", "We treat children as individuals with their own histories and hopes. We respect families even when we disagree with them, and we explain our decisions in plain words."),
    ("h", "The council as parent", 0),
    ("p", "Everyone employed by Tullingham County Council shares the role of corporate parent. The council follows the seven principles set out in the Children and Social Work Act 2017: the child's best interests and well-being; hearing their views, wishes and feelings; taking them into account; access to services; high aspirations; safety and stability; and preparation for adult life."),
    ("h", "Our way of working", 0),
    ("c", "Tullingham practises Family Safeguarding: social workers share a team with adult mental health, substance misuse and domestic abuse workers, so that parents get help with the problems that put their children at risk.", "Is this still accurate after the restructure? – JM"),
    ("h", "Principles for children in care", 0),
    ("p", "A child in care should know within three months of coming into care what the long-term plan for them is."),
    ("p", "Care leavers keep a personal adviser until the age of 21, or until 25 if they are in education or training."),
    ("h", "Confidentiality", 0),
    ("p", "Information about children is shared on a need-to-know basis, lawfully and with care. Where we can, we ask the young person or the family before we share."),
]

HEXMOOR: list[tuple[Any, ...]] = [
    ("control", [
        ("Version", "1.4"),
        ("Last amended", "11 November 2025"),
        ("Author", "Principal Social Worker"),
    ]),
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Hexmoor Council"),
    ("toc", [
        ("1.\tPurpose", "1"),
        ("2.\tLegal duties", "1"),
        ("3.\tOne team around the child", "1"),
        ("4.\tOur values", "2"),
        ("5.\tCorporate parenting", "2"),
        ("6.\tPrinciples", "2"),
        ("6.1\tStaying with family", "2"),
        ("6.2\tAfter care", "3"),
        ("7.\tInformation and privacy", "3"),
    ]),
    ("h", "Purpose", 0),
    ("p", "This chapter states the principles on which Hexmoor's children's services are run. It covers children in need, cared for children and care leavers, and it applies to council staff and to the agencies who provide services for us."),
    ("h", "Legal duties", 0),
    ("p", "The main legislation is:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "One team around the child", 0),
    ("p", "Health, schools, the police and housing all hold part of the picture of a child's life. We expect partners to work as one team around each child and family, and we work within the local safeguarding children partnership's procedures."),
    ("h", "Our values", 0),
    ("shaded", "Key message: cared for children should have the same chances as any other child in Hexmoor."),
    ("p", "We believe children belong with the people who love them. We are respectful, we are open about our reasons, and we never give up on a child."),
    ("h", "Corporate parenting", 0),
    ("c", "Hexmoor Council and its partners are corporate parents to every cared for child and care leaver. The council will have regard to the seven corporate parenting principles in all of its decisions about them.", "Should the principles be listed here in full?"),
    ("h", "Principles", 0),
    ("p", "We work to a few plain principles in everything we do with cared for children."),
    ("h", "Staying with family", 1),
    ("p", "Where a child cannot live with their parents we look first to grandparents, aunts, uncles and family friends, and we support kinship carers as we support foster carers."),
    ("h", "After care", 1),
    ("p", "Our care leavers can ask for help from a personal adviser up to the age of 25."),
    ("h", "Information and privacy", 0),
    ("p", "We keep records about children accurate and safe. Information is shared only when it is needed to protect or support a child, and the reasons are written down."),
]
# fmt: on


# --- XML pieces ----------------------------------------------------------------------------------


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _append(document: Any, element: Any) -> Any:
    from docx.oxml.ns import qn

    document.element.body.find(qn("w:sectPr")).addprevious(element)
    return element


def _multilevel_list(document: Any, style_ids: tuple[str, str] | None) -> None:
    """A Word multilevel list (numId 51): level 1 "1.", level 2 "1.1", each followed by a
    tab. With `style_ids`, each level is linked to a paragraph style, as Word does when a house
    heading style is set to carry the numbering."""
    numbering = document.part.numbering_part.element
    links = ("", "")
    if style_ids:
        links = tuple(f'<w:pStyle w:val="{s}"/>' for s in style_ids)  # type: ignore[assignment]
    abstract = _el(
        f'<w:abstractNum {NS} w:abstractNumId="51"><w:multiLevelType w:val="multilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{links[0]}<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{links[1]}<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(_el(f'<w:num {NS} w:numId="51"><w:abstractNumId w:val="51"/></w:num>'))


def _council_heading_styles(document: Any) -> tuple[str, str]:
    """ "Council Heading 1" and "2": paragraph styles based on Normal (not on Heading), bold at
    the body's size, each with an outline level and the multilevel list's numbering."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    ids = []
    for level in (0, 1):
        style = document.styles.add_style(f"Council Heading {level + 1}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.bold = True
        style.font.size = Pt(11)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.keep_with_next = True
        ppr = style.element.get_or_add_pPr()
        ppr.append(_el(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="51"/></w:numPr>'))
        ppr.append(_el(f'<w:outlineLvl {NS} w:val="{level}"/>'))
        ids.append(style.style_id)
    return ids[0], ids[1]


def _text_box(text: str) -> str:
    """A floating DrawingML text box with Word's VML fallback, both holding the same text."""
    content = f"<w:p><w:r><w:rPr><w:b/></w:rPr>{_t(text)}</w:r></w:p>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5029200" cy="640080"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="2" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5029200" cy="640080"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="DCEBF7"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 2" o:spid="_x0000_s1027" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:396pt;height:50.4pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" fillcolor="#dcebf7" strokecolor="#1f4e79" strokeweight="1pt">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _shaded_cell(document: Any, text: str) -> None:
    """A one-cell table, shaded and bordered, holding the key message in bold."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    cell.paragraphs[0].add_run(text).bold = True
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(_el(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="FDE9D9"/>'))


def _control_table(document: Any, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)


def _toc(document: Any, entries: list[tuple[str, str]], levels: str) -> None:
    """A contents list as Word makes one: a bold "Contents" line, then a TOC field whose last
    shown result is one TOC 1/TOC 2 paragraph per heading (text, a tab, the page number); the
    field begins in the first entry and ends in the last."""
    from docx.enum.style import WD_STYLE_TYPE

    heading = document.add_paragraph()
    heading.add_run("Contents").bold = True
    for name in ("TOC 1", "TOC 2"):
        if name not in [s.name for s in document.styles]:
            document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = document.styles[
                "Normal"
            ]
    for index, (text, page) in enumerate(entries):
        level = (
            2
            if text[:4].count(".") == 1
            and text[0].isdigit()
            and not text.split("\t")[0].endswith(".")
            else 1
        )
        paragraph = document.add_paragraph(style=f"TOC {level}")
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(_el(f'<w:tabs {NS}><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'))
        if index == 0:
            paragraph._p.append(_el(f'<w:r {NS}><w:fldChar w:fldCharType="begin"/></w:r>'))
            paragraph._p.append(
                _el(
                    f'<w:r {NS}><w:instrText xml:space="preserve"> TOC {levels} \\h \\z \\u </w:instrText></w:r>'
                )
            )
            paragraph._p.append(_el(f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
        pieces = text.split("\t")
        runs = "".join(
            (f"<w:r>{_t(piece)}</w:r>" if i == 0 else f"<w:r><w:tab/>{_t(piece)}</w:r>")
            for i, piece in enumerate(pieces)
        )
        paragraph._p.append(
            _el(
                f'<w:hyperlink {NS} w:anchor="_Toc{index + 1:04d}" w:history="1">{runs}'
                f"<w:r><w:tab/></w:r><w:r>{_t(page)}</w:r></w:hyperlink>"
            )
        )
        if index == len(entries) - 1:
            paragraph._p.append(_el(f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>'))


def _document(blocks: list[tuple[Any, ...]], council: str, heading_mode: str, pdf: bool) -> Any:
    from docx.shared import Pt

    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{council} · Children's Services Procedures"
    foot = section.footer.paragraphs[0]
    foot.add_run("Uncontrolled when printed · Page ")
    word_field(foot, "PAGE", "1")
    style_ids: tuple[str, str] | None = None
    if heading_mode == "numbered-bold":
        _multilevel_list(document, None)
    elif heading_mode == "council-style":
        _multilevel_list(document, None)
        style_ids = _council_heading_styles(document)
    for block in blocks:
        kind = block[0]
        if kind == "title":
            if heading_mode == "style":
                document.add_paragraph(block[1], style="Title")
            else:
                run = document.add_paragraph().add_run(block[1])
                run.bold = True
                run.font.size = Pt(16)
        elif kind == "control":
            _control_table(document, block[1])
        elif kind == "toc":
            _toc(
                document, block[1], '\\o "1-2"' if heading_mode == "council-style" else '\\o "1-1"'
            )
        elif kind == "h":
            level = block[2]
            if heading_mode == "style":
                document.add_paragraph(block[1], style=f"Heading {level + 1}")
            elif heading_mode == "council-style" and style_ids:
                document.add_paragraph(
                    block[1], style=document.styles[f"Council Heading {level + 1}"]
                )
            else:
                paragraph = document.add_paragraph()
                paragraph.paragraph_format.space_before = Pt(12)
                paragraph.paragraph_format.keep_with_next = True
                paragraph.add_run(block[1]).bold = True
                if heading_mode == "numbered-bold":
                    paragraph._p.get_or_add_pPr().append(
                        _el(
                            f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="51"/></w:numPr>'
                        )
                    )
        elif kind == "box":
            paragraph = document.add_paragraph()
            paragraph._p.append(_el(_text_box(block[1]).replace("<w:r>", f"<w:r {NS}>", 1)))
        elif kind == "shaded":
            _shaded_cell(document, block[1])
        elif kind == "c":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block[1])
            comment = document.add_comment(
                run, text=block[2], author="Policy Officer", initials="PO"
            )
            comment._comment_elm.set(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date",
                COMMENT_DATE,
            )
        elif kind == "b":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "n":
            document.add_paragraph(block[1], style="List Number")
        else:
            document.add_paragraph(block[1])
    return document


def _note_blocks(blocks: list[tuple[Any, ...]], numbered: bool) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    counters = [0, 0]
    for block in blocks:
        kind = block[0]
        if kind == "control":
            out.append(("table", block[1], False))
        elif kind == "shaded":
            out.append(("table", [(block[1],)], False))
        elif kind == "toc":
            out.append(("p", "Contents"))
            out += [("p", f"{text.replace(chr(9), ' ')} {page}") for text, page in block[1]]
        elif kind == "h":
            text = block[1]
            if numbered:
                if block[2] == 0:
                    counters = [counters[0] + 1, 0]
                    text = f"{counters[0]}. {text}"
                else:
                    counters[1] += 1
                    text = f"{counters[0]}.{counters[1]} {text}"
            out.append(("h", text))
        elif kind in ("box", "c"):
            out.append(("p", block[1]))
        else:
            out.append(block[:2])
    return out


BUILDS = (
    (
        "37401",
        SKELDERBY,
        "Skelderby District Council",
        "numbered-bold",
        ".docx",
        "python-docx: a bold 16 pt Normal title, a label | value document-control table under the council line, headings bold Normal paragraphs at the body's size numbered by a Word multilevel list (1., 1.1; numbers drawn by Word), Acts as List Bullet, seven List Number principles, two commented paragraphs (comments not shown), header with the council's name and an 'Uncontrolled when printed · Page N' footer (neither read)",
    ),
    (
        "37402",
        WYVERNHAM,
        "Wyvernham Borough Council",
        "style",
        ".docx",
        "python-docx: Title style, a contents list Word made (TOC field, TOC 1 paragraphs with page numbers), Heading 1 headings named only by meaning, the key message in a floating text box, seven List Number principles, a commented paragraph, header and 'Uncontrolled when printed' footer (neither read)",
    ),
    (
        "37403",
        TULLINGHAM,
        "Tullingham County Council",
        "bold",
        ".pdf",
        "python-docx printed to PDF by LibreOffice: a document-control table before the bold 16 pt title, headings bold Normal paragraphs at the body's size named by meaning, the key message in a shaded one-cell table, a commented paragraph (comment not printed), header and 'Uncontrolled when printed' footer (neither read)",
    ),
    (
        "37404",
        HEXMOOR,
        "Hexmoor Council",
        "council-style",
        ".docx",
        "python-docx: a document-control table first, a bold 16 pt title, 'Council Heading 1/2' styles based on Normal with outline levels and a multilevel list (1., 1.1) through the style, a contents list Word made (TOC field with the numbers), the key message in a shaded one-cell table, a commented paragraph, header and 'Uncontrolled when printed' footer (neither read)",
    ),
)


def main() -> None:
    for number, blocks, council, mode, suffix, about in BUILDS:
        target = HERE / NAMES[number]
        assert target.suffix == suffix
        data = saved_docx(_document(blocks, council, mode, suffix == ".pdf"))
        if suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        numbered = mode in ("numbered-bold", "council-style")
        Path(f"{target}.md").write_text(
            blocks_note(_note_blocks(blocks, numbered), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
