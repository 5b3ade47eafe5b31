# ruff: noqa: E501  (Word XML fragments and the chapters' paragraphs are kept a line each)
"""Build the forty-fifth blind set (4501-4507): Word and PDF files as other producers write them.

Three Word files:
    4501  a Google-Docs-like file: Title and Subtitle styles, Heading 1/2 styles whose runs carry
          direct formatting (font, size, colour), lists with custom bullet glyphs on Normal
          paragraphs (no List Paragraph style), every paragraph with its own spacing
    4502  a file LibreOffice writes from an OpenDocument text (.fodt -> .odt -> .docx with
          `libreoffice --headless --convert-to`): Heading styles with outline levels, lists with
          LibreOffice's numbering, a table, "Version 3.2" at the end
    4503  headings numbered by hand ("1. Introduction") in bold Normal paragraphs, the
          corporate parenting principles in a two-column table (number | principle)
Four PDFs:
    4504  LibreOffice printing a Word file that opens with a contents page (dot leaders, page
          numbers) before the chapter's text
    4505  fpdf2: headings in another colour at the body's size and weight
    4506  WeasyPrint: A4 landscape, the text in two columns
    4507  fpdf2: a running header on every page (chapter title | council), the title again in
          large type on page 1

Each build writes the file and a NNNN-....md note (the text a reader sees) beside this script.
usage: python tests/cases/documents/build_blind45.py   (python-docx, fpdf2, WeasyPrint, LibreOffice)
LibreOffice stamps its output, so its rebuilds are equivalent, not identical.
"""

from __future__ import annotations

import datetime
import html
import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LO_PROFILE = Path(tempfile.gettempdir()) / "policydiff-blind45-lo-profile"
TITLE = "Children's Services Policies, Values and Principles"
Block = tuple[Any, ...]

# --- the chapters ---------------------------------------------------------------------------------
# ("h1"|"h2"|"p"|"b" bullet|"n" numbered item, text) and ("table", rows).

ASHCOMBE: list[Block] = [
    ("h1", "Scope of this chapter"),
    (
        "p",
        "This chapter sets out what Ashcombe Vale's children's services believe in and how those beliefs shape everyday practice. It is written for social workers, early help practitioners, foster carers and the managers who support them.",
    ),
    (
        "p",
        "Amended in March 2025: the section on leaving care now describes the extended personal adviser offer, and the list of legislation has been brought up to date.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework for our work with children, young people and their families. Our duties come from the following Acts of Parliament:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    (
        "p",
        "Working Together to Safeguard Children (2023) and the Children's Social Care National Framework describe how we should carry these duties out alongside our partners in health, education and the police.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "Our values were agreed with staff and with young people in 2024. We hold ourselves to them in supervision and in audit.",
    ),
    ("b", "Children first: the child's experience is the measure of everything we do."),
    ("b", "Relationships matter: change happens through people who stay and who care."),
    ("b", "Fairness: we challenge discrimination and we make our decisions open to question."),
    ("b", "Learning: we reflect on what went wrong and we say so when we get it right."),
    ("h1", "Corporate parenting"),
    (
        "p",
        "Ashcombe Vale Council is the corporate parent of every Child Looked After and of our care leavers. As the Children and Social Work Act 2017 requires, we have regard to seven principles:",
    ),
    (
        "b",
        "to act in their best interests and promote their physical and mental health and well-being;",
    ),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take their views, wishes and feelings into account;"),
    ("b", "to help them get the most from the services of the council and its partners;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    (
        "b",
        "to make sure they are safe and have stability in their homes, relationships and education or work;",
    ),
    ("b", "to prepare them for adulthood and independent living."),
    (
        "p",
        "The Corporate Parenting Board, chaired by the lead member, meets every two months and hears directly from the Children Looked After Council.",
    ),
    ("h1", "Our practice model"),
    (
        "p",
        "Since 2021 our practice model has been Signs of Safety. Practitioners map what is working well, what the worries are and what needs to happen, using words that families understand, and safety plans are built with the family network.",
    ),
    ("h1", "Key principles"),
    ("h2", "Permanence"),
    (
        "p",
        "Every Child Looked After has a permanence plan agreed at the second statutory review, which is held no later than four months after they start to be looked after.",
    ),
    ("h2", "Leaving care"),
    (
        "p",
        "Every care leaver is entitled to a personal adviser up to the age of 25, whether or not they are in education or training, and to a pathway plan that they help to write.",
    ),
    ("h1", "Confidentiality and information sharing"),
    (
        "p",
        "We share information about children and families when it is necessary and proportionate to keep a child safe. Otherwise we ask for consent, and we always record what we shared and why.",
    ),
    ("p", "Last updated: 3 March 2025"),
]

FERNLEIGH: list[Block] = [
    ("h1", "About this chapter"),
    (
        "p",
        "In November 2024 this chapter was amended to include the Fernleigh Family Help service and to update the leaving care offer.",
    ),
    (
        "p",
        "It applies to all staff in Fernleigh Borough Council's children's services and to the agencies that provide services on our behalf.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework of law and guidance within which we work. The key legislation is:",
    ),
    ("n", "the Children Act 1989;"),
    ("n", "the Adoption and Children Act 2002;"),
    ("n", "the Children Act 2004;"),
    ("n", "the Children and Families Act 2014."),
    (
        "p",
        "We read this legislation alongside the statutory guidance in Working Together to Safeguard Children.",
    ),
    ("h1", "A shared responsibility"),
    (
        "p",
        "Keeping children safe is everybody's business. Fernleigh's schools, GP practices, hospitals, police and voluntary groups work together through the Fernleigh Safeguarding Children Partnership, which sets local thresholds and reviews cases where things went wrong.",
    ),
    ("h1", "Our vision"),
    (
        "p",
        "We want Fernleigh to be a borough where children grow up safe, healthy and hopeful, within families that get the right help at the right time.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "Every councillor and officer shares responsibility for Looked After Children. We follow the seven corporate parenting principles, which ask us:",
    ),
    (
        "n",
        "to act in the best interests of Looked After Children and care leavers and to promote their health and well-being;",
    ),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them access services;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    (
        "n",
        "to keep them safe, with stability in their home lives, relationships and education or work;",
    ),
    ("n", "to prepare them for adulthood and independent living."),
    ("h1", "Our practice approach"),
    (
        "p",
        "We use Restorative Practice across the whole service, and our Family Help teams bring the wider family together to make a plan before any decision to bring a child into care.",
    ),
    ("h1", "Key principles"),
    (
        "p",
        "A plan for permanence should be in place within six months of a child becoming looked after.",
    ),
    (
        "p",
        "Care leavers have a personal adviser until they are 21, and up to 25 if they are still in education or training.",
    ),
    ("h1", "Information sharing"),
    (
        "p",
        "Practitioners share information in line with the government's advice on information sharing and the council's data protection policy. Worries about a child's safety always come before worries about confidentiality.",
    ),
    ("p", "Version 3.2"),
]

QUENBY: list[Block] = [
    ("h1", "1. Introduction"),
    (
        "p",
        "This policy sets out the framework of principles and values for Quenby Marsh District Council's children's services. It was updated in July 2025 to reflect the new Family Help arrangements.",
    ),
    ("p", "It draws on the following legislation and guidance:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h1", "2. Who this chapter is for"),
    (
        "p",
        "Everyone who works in or for children's services in Quenby Marsh, whether employed, commissioned or volunteering, should read this chapter and know where to find it.",
    ),
    ("h1", "3. Our values"),
    (
        "p",
        "We are kind, we are curious and we are determined. We listen to children, we respect their families and we do not give up on them.",
    ),
    ("h1", "4. Corporate parenting principles"),
    (
        "p",
        "As corporate parents to Children in Care and care leavers, the council and its partners must have regard to the following principles:",
    ),
    (
        "table",
        [
            [
                "1",
                "Act in the best interests of the child and promote their physical and mental health and well-being",
            ],
            ["2", "Encourage children to express their views, wishes and feelings"],
            ["3", "Take those views, wishes and feelings into account"],
            ["4", "Help children to gain access to and make the best use of services"],
            ["5", "Promote high aspirations and seek to secure the best outcomes"],
            [
                "6",
                "Make sure children are safe and have stability in their home lives, relationships and education or work",
            ],
            ["7", "Prepare children for adulthood and independent living"],
        ],
    ),
    ("h1", "5. Practice model"),
    (
        "p",
        "Quenby Marsh uses Systemic Practice. Social workers are trained to look at the relationships around a child, and every unit has a clinician who joins case discussions each week.",
    ),
    ("h1", "6. Permanence and care leavers"),
    (
        "p",
        "The plan for a child's permanence is confirmed at the second review, within four months of the child coming into care.",
    ),
    (
        "p",
        "Young people leaving care keep a personal adviser until 21, or until 25 if they want one.",
    ),
    ("h1", "7. Information sharing"),
    (
        "p",
        "We share what is necessary to protect a child. We follow the council's information sharing agreement and the data protection rules, and we tell families what we have shared unless that would put a child at risk.",
    ),
    ("p", "Document owner: Head of Children's Social Care. Version 1.4, issued 21 July 2025."),
]

HOLLINWICK: list[Block] = [
    ("h1", "Amendment"),
    (
        "p",
        "This chapter was revised in February 2025. The permanence timescale has changed and a new section describes our practice framework.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework within which Hollinwick County Council's children's services are delivered. It is based on:",
    ),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017;"),
    ("b", "the Equality Act 2010."),
    ("h1", "Key values"),
    (
        "p",
        "We believe that most children are best cared for by their own families. We value honesty, warmth and persistence, and we expect to be held to account by the children and families we serve.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "The council is corporate parent to all Cared for Children. Members and officers have regard to the seven corporate parenting principles set out in section 1 of the Children and Social Work Act 2017, so that every Cared for Child can expect from the council what a good parent would give.",
    ),
    ("h1", "Our practice framework"),
    (
        "p",
        "Hollinwick's practice framework is Family Safeguarding. Each team brings together social workers, domestic abuse workers, mental health practitioners and drug and alcohol workers around the family.",
    ),
    ("h1", "Key outcomes"),
    (
        "p",
        "We want children to be healthy, to be safe, to enjoy learning and to achieve, to make a positive contribution and to be ready for adult life.",
    ),
    ("h1", "Key principles"),
    ("p", "A permanence plan is agreed within three months of a child entering care."),
    ("p", "Care leavers are offered a personal adviser up to the age of 25."),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "Information is shared lawfully, safely and only as far as it needs to be. Staff record every decision to share or not to share, with the reasons.",
    ),
]

CALDERBROOK: list[Block] = [
    ("h1", "Scope"),
    (
        "p",
        "This chapter applies to every service within Calderbrook Council's Children and Families directorate. It was last amended in June 2024.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework within which we work with children and their families. The main legislation is the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "Respect, openness and ambition guide our work. We build relationships with children that last, and we work with parents as partners wherever we safely can.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "Calderbrook Council acts as corporate parent for every Child in Care. We have regard to the seven corporate parenting principles in everything we do for them:",
    ),
    ("b", "act in their best interests and promote their health and well-being;"),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take their views, wishes and feelings into account;"),
    ("b", "help them to access services;"),
    ("b", "promote high aspirations and the best outcomes;"),
    ("b", "keep them safe and give them stability;"),
    ("b", "prepare them for adulthood and independent living."),
    ("h1", "Our practice model"),
    (
        "p",
        "Our practice model is Signs of Safety, which we use from the first contact through to leaving care.",
    ),
    ("h1", "Leaving care"),
    (
        "p",
        "Care leavers are supported by a personal adviser until the age of 21, and until 25 if they are in full-time education.",
    ),
    ("h1", "Permanence"),
    (
        "p",
        "Permanence plans are confirmed by the second review, four months after a child comes into care.",
    ),
    ("h1", "Sharing information"),
    (
        "p",
        "We share information when it is needed to protect a child, in line with the council's information governance policy.",
    ),
]

MARROWBY: list[Block] = [
    ("h1", "Scope of this chapter"),
    (
        "p",
        "This chapter describes the principles that underpin Marrowby City Council's children's social care services. It was amended in October 2024 to add Mockingbird to our fostering offer.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework of legislation and statutory guidance that governs our work, including:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h1", "Our values"),
    (
        "p",
        "We put children at the centre, we act with integrity, and we work in partnership with families and with each other.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "Marrowby City Council is the corporate parent for each of our Children Looked After. Elected members and staff have regard to the seven corporate parenting principles:",
    ),
    (
        "n",
        "to act in their best interests and promote their physical and mental health and well-being;",
    ),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them access and make the best use of services;"),
    ("n", "to promote high aspirations and seek the best outcomes;"),
    (
        "n",
        "to make sure they are safe and have stability in their home lives, relationships and education or work;",
    ),
    ("n", "to prepare them for adulthood and independent living."),
    ("h1", "Our practice model"),
    (
        "p",
        "We practise using Signs of Safety. Our foster carers are supported through the Mockingbird model, in which a hub carer offers advice, sleepovers and friendship to a constellation of fostering households.",
    ),
    ("h1", "Key principles"),
    (
        "p",
        "Each child's permanence plan is agreed within four months of them becoming looked after.",
    ),
    (
        "p",
        "Care leavers receive support from a personal adviser until they are 21, extended to 25 for those who ask for it.",
    ),
    ("h1", "Information sharing"),
    (
        "p",
        "Information is shared in line with the law and the council's information sharing protocol, with the child's safety first.",
    ),
    ("p", "Last updated: 14 October 2024"),
]

WESTERLEIGH: list[Block] = [
    ("h1", "Amendment"),
    (
        "p",
        "In January 2025 this chapter was amended to describe our new practice model and the extended offer to care leavers.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework of values and principles within which Westerleigh Council's children's services are provided. It is grounded in the following legislation:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Equality Act 2010"),
    ("p", "We also follow the statutory guidance in Working Together to Safeguard Children."),
    ("h1", "A shared responsibility"),
    (
        "p",
        "Safeguarding children is a shared responsibility. Westerleigh's partners, including the integrated care board, the police and schools, agree through the local safeguarding partnership how they will work together and how they will hold each other to account.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "We listen before we act. We are honest about our worries. We believe families can change, and we stay alongside them while they do. We celebrate what children achieve, however small.",
    ),
    (
        "p",
        "These values apply equally to the way managers treat staff and to the way staff treat each other.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "When children become Looked After, Westerleigh Council takes on the role of corporate parent. The seven corporate parenting principles are:",
    ),
    ("b", "to act in the best interests of the child and promote their health and well-being;"),
    ("b", "to encourage the child to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help the child access the council's services and those of its partners;"),
    ("b", "to promote high aspirations and seek the best outcomes for the child;"),
    (
        "b",
        "to keep the child safe, with stability in their home life, relationships and education or work;",
    ),
    ("b", "to prepare the child for adulthood and independent living."),
    (
        "p",
        "Our Looked After Children's Council meets monthly and reports to the Corporate Parenting Panel.",
    ),
    ("h1", "Our practice model"),
    (
        "p",
        "In 2025 Westerleigh adopted Restorative Practice as its practice model. It asks us to do things with families rather than to them or for them, and to repair harm where relationships have broken down. All staff attend a two-day introduction, and practice leads run monthly workshops.",
    ),
    ("h1", "Key principles"),
    ("h2", "Permanence"),
    (
        "p",
        "Each Looked After Child has a permanence plan by their second review, held within four months of their becoming looked after.",
    ),
    ("h2", "Leaving care"),
    (
        "p",
        "Care leavers are supported by a personal adviser until they are 25. Our local offer to care leavers sets out what help they can expect with housing, money, education and work.",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "We share information in line with the law and our information sharing agreement. Children and families are told what is recorded about them and can ask to see it.",
    ),
]


# --- Word ---------------------------------------------------------------------------------------------


def _core(document: Any) -> bytes:
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1
    properties.created = properties.modified = datetime.datetime(2025, 3, 3, 9, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _bullets(document: Any, glyphs: list[str], num_id: int, decimal: bool = False) -> None:
    """A Google-Docs-like abstract list: custom glyphs per level, each level's own indent."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    levels = []
    for ilvl, glyph in enumerate(glyphs):
        fmt, text = ("decimal", f"%{ilvl + 1}.") if decimal else ("bullet", glyph)
        levels.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:u w:val="none"/></w:rPr></w:lvl>'
        )
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">{"".join(levels)}</w:abstractNum>'
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
        )
    )


def _direct(run: Any, size: float, colour: str = "000000", bold: bool = False) -> None:
    from docx.shared import Pt, RGBColor

    run.font.name = "Arial"
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(colour)
    run.font.bold = bold


def _gdocs_paragraph(
    document: Any, style: str, text: str, size: float, colour: str, num_id: int = 0
) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    paragraph = document.add_paragraph(style=style)
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0 if style == "Normal" else 18)
    fmt.space_after = Pt(0 if num_id else 8)
    fmt.line_spacing = 1.15
    if num_id:
        paragraph._p.get_or_add_pPr().insert(
            0,
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            ),
        )
    _direct(paragraph.add_run(text), size, colour)


def docx_ashcombe() -> bytes:
    import docx

    document = docx.Document()
    _bullets(document, ["●", "○", "■"], 91)
    _bullets(document, ["➢", "○", "■"], 92)
    _gdocs_paragraph(document, "Title", TITLE, 26, "000000")
    _gdocs_paragraph(
        document, "Subtitle", "Ashcombe Vale Council, Children's Social Care", 15, "666666"
    )
    in_principles = False
    for block in ASHCOMBE:
        kind, text = block
        if kind == "h1":
            in_principles = text == "Corporate parenting"
            _gdocs_paragraph(document, "Heading 1", text, 20, "1F3864")
        elif kind == "h2":
            _gdocs_paragraph(document, "Heading 2", text, 16, "2F5496")
        elif kind == "b":
            _gdocs_paragraph(document, "Normal", text, 11, "000000", 92 if in_principles else 91)
        else:
            _gdocs_paragraph(document, "Normal", text, 11, "000000")
    return _core(document)


def docx_quenby() -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    council = document.add_paragraph()
    run = council.add_run("Quenby Marsh District Council")
    run.bold = True
    run.font.size = Pt(12)
    title = document.add_paragraph()
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(16)
    for block in QUENBY:
        kind = block[0]
        if kind == "h1":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.add_run(block[1]).bold = True
        elif kind == "b":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for number, principle in block[1]:
                cells = table.add_row().cells
                cells[0].text = number
                cells[1].text = principle
                cells[0].width = Pt(30)
                cells[1].width = Pt(400)
        else:
            document.add_paragraph(block[1])
    return _core(document)


def docx_hollinwick() -> bytes:
    """A Word file that opens with a contents page (Word's TOC field, its result cached)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    document = docx.Document()
    title = document.add_paragraph(style="Title")
    title.add_run(TITLE)
    council = document.add_paragraph()
    council.add_run("Hollinwick County Council").font.size = Pt(14)
    contents = document.add_paragraph()
    contents.paragraph_format.space_before = Pt(24)
    contents.add_run("Contents").bold = True
    pages = iter([2, 2, 2, 2, 2, 2, 3, 3])
    headings = [text for kind, text, *_ in HOLLINWICK if kind == "h1"]
    for index, heading in enumerate(headings):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(headings) - 1 else ""
        document.element.body.insert(
            len(document.element.body) - 1,
            parse_xml(
                f'<w:p {nsdecls("w")}><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>{begin}'
                f'<w:r><w:t xml:space="preserve">{html.escape(heading)}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{next(pages)}</w:t></w:r>{end}</w:p>'
            ),
        )
    document.add_page_break()
    for block in HOLLINWICK:
        kind, text = block
        if kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return _core(document)


# --- OpenDocument (for 4502) ----------------------------------------------------------------------


def fodt_fernleigh() -> str:
    body: list[str] = [
        f'<text:h text:style-name="Title" text:outline-level="1">{html.escape(TITLE)}</text:h>',
        '<text:p text:style-name="Subtitle">Fernleigh Borough Council</text:p>',
    ]
    open_list = ""
    for kind, text in FERNLEIGH:
        tag = {"b": "L1", "n": "L2"}.get(kind, "")
        if open_list and open_list != tag:
            body.append("</text:list>")
            open_list = ""
        if tag and not open_list:
            body.append(f'<text:list text:style-name="{tag}">')
            open_list = tag
        escaped = html.escape(text, quote=False)
        if kind == "h1":
            body.append(
                f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escaped}</text:h>'
            )
        elif tag:
            body.append(
                f'<text:list-item><text:p text:style-name="List_20_Contents">{escaped}</text:p></text:list-item>'
            )
        else:
            body.append(f'<text:p text:style-name="Text_20_body">{escaped}</text:p>')
    if open_list:
        body.append("</text:list>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="15pt" fo:font-weight="normal"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""


def _soffice(source: Path, target_format: str, out: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed: apt-get install libreoffice-writer")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
         "--convert-to", target_format, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return next(p for p in out.iterdir() if p.suffix == "." + target_format.split(":")[0])


def docx_fernleigh(target: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "fernleigh.fodt"
        source.write_text(fodt_fernleigh(), encoding="utf-8")
        odt = _soffice(source, "odt", Path(work) / "odt")
        shutil.copyfile(_soffice(odt, "docx", Path(work) / "docx"), target)


def pdf_hollinwick(target: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "hollinwick.docx"
        source.write_bytes(docx_hollinwick())
        shutil.copyfile(_soffice(source, "pdf:writer_pdf_Export", Path(work) / "pdf"), target)


# --- PDF ----------------------------------------------------------------------------------------------


def _fpdf_body(pdf: Any, blocks: list[Block], heading: Any) -> None:
    number = 0
    for kind, text in blocks:
        if kind in ("h1", "h2"):
            number = 0
            pdf.ln(2)
            heading(kind, text)
            pdf.ln(1)
            continue
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_text_color(0, 0, 0)
        if kind in ("b", "n"):
            number += 1
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(7, 5.5, "-" if kind == "b" else f"{number}.")
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _fpdf(cls: Any) -> Any:
    pdf = cls(format="A4")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2024, 6, 20, tzinfo=datetime.UTC))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    return pdf


def pdf_calderbrook(target: Path) -> None:
    from fpdf import FPDF

    pdf = _fpdf(FPDF)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_text_color(0, 84, 147)
    pdf.multi_cell(0, 5.5, f"Calderbrook Council: {TITLE}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def heading(kind: str, text: str) -> None:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_text_color(0, 84, 147)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")

    _fpdf_body(pdf, CALDERBROOK, heading)
    target.write_bytes(bytes(pdf.output()))


def pdf_westerleigh(target: Path) -> None:
    from fpdf import FPDF

    class Chapter(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, TITLE, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, "Westerleigh Council", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(5)

    pdf = _fpdf(Chapter)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(0, 10, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def heading(kind: str, text: str) -> None:
        pdf.set_font("Helvetica", "B", 13 if kind == "h1" else 11.5)
        pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")

    _fpdf_body(pdf, WESTERLEIGH, heading)
    target.write_bytes(bytes(pdf.output()))


def pdf_marrowby(target: Path) -> None:
    import weasyprint

    css = """
    @page { size: A4 landscape; margin: 15mm 18mm; @bottom-center { content: counter(page); font: 9pt sans-serif; } }
    body { font: 10pt/1.4 sans-serif; columns: 2; column-gap: 12mm; }
    h1 { column-span: all; font-size: 18pt; margin: 0 0 2mm; }
    p.council { column-span: all; font-size: 12pt; margin: 0 0 6mm; color: #444; }
    h2 { font-size: 12.5pt; margin: 5mm 0 1.5mm; break-after: avoid; }
    p { margin: 0 0 2.5mm; }
    li { margin-bottom: 1mm; }
    """
    out: list[str] = []
    open_list = ""
    for kind, text in MARROWBY:
        tag = {"b": "ul", "n": "ol"}.get(kind, "")
        if open_list and open_list != tag:
            out.append(f"</{open_list}>")
            open_list = ""
        if tag and not open_list:
            out.append(f"<{tag}>")
            open_list = tag
        escaped = html.escape(text)
        out.append(
            f"<h2>{escaped}</h2>"
            if kind == "h1"
            else f"<li>{escaped}</li>"
            if tag
            else f"<p>{escaped}</p>"
        )
    if open_list:
        out.append(f"</{open_list}>")
    document = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head>'
        f'<body><h1>{html.escape(TITLE)}</h1><p class="council">Marrowby City Council</p>{"".join(out)}</body></html>'
    )
    weasyprint.HTML(string=document).write_pdf(target)


# --- notes --------------------------------------------------------------------------------------------


def note(what: str, head: list[str], blocks: list[Block]) -> str:
    lines = [f"%% built by build_blind45.py: {what}", "", *head]
    number = 0
    for block in blocks:
        kind = block[0]
        if kind != "n":
            number = 0
        if kind == "h1":
            lines += [f"## {block[1]}", ""]
        elif kind == "h2":
            lines += [f"### {block[1]}", ""]
        elif kind == "b":
            lines.append(f"- {block[1]}")
        elif kind == "n":
            number += 1
            lines.append(f"{number}. {block[1]}")
        elif kind == "table":
            lines += [f"| {a} | {b} |" for a, b in block[1]] + [""]
        else:
            lines += [block[1], ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    files: dict[str, tuple[Any, str, list[str], list[Block]]] = {
        "4501-docx-google-docs-title-subtitle-direct-formatting-custom-bullets.docx": (
            lambda target: target.write_bytes(docx_ashcombe()),
            "a Google-Docs-like file: Title and Subtitle styles, headings with direct formatting, custom bullet glyphs",
            [f"# {TITLE}", "", "Ashcombe Vale Council, Children's Social Care", ""],
            ASHCOMBE,
        ),
        "4502-docx-libreoffice-from-odt-heading-outline-lists.docx": (
            docx_fernleigh,
            "LibreOffice writing Word from an OpenDocument text: Title, Subtitle, Heading 1 with outline levels, LibreOffice lists",
            [f"# {TITLE}", "", "Fernleigh Borough Council", ""],
            FERNLEIGH,
        ),
        "4503-docx-hand-numbered-bold-headings-principles-number-table.docx": (
            lambda target: target.write_bytes(docx_quenby()),
            "hand-numbered bold Normal headings, the principles in a number | principle table",
            ["Quenby Marsh District Council", f"{TITLE}", ""],
            QUENBY,
        ),
        "4504-pdf-libreoffice-contents-page-dot-leaders.pdf": (
            pdf_hollinwick,
            "LibreOffice printing a Word file that opens with a contents page (dot leaders, page numbers)",
            [
                f"# {TITLE}",
                "",
                "Hollinwick County Council",
                "",
                "Contents (dot leaders and page numbers)",
                "",
            ],
            HOLLINWICK,
        ),
        "4505-pdf-fpdf-coloured-headings-body-size.pdf": (
            pdf_calderbrook,
            "fpdf2: headings only in another colour, same size and weight as the body",
            [f"Calderbrook Council: {TITLE}", ""],
            CALDERBROOK,
        ),
        "4506-pdf-weasyprint-landscape-two-columns.pdf": (
            pdf_marrowby,
            "WeasyPrint: A4 landscape, two columns",
            [f"# {TITLE}", "", "Marrowby City Council", ""],
            MARROWBY,
        ),
        "4507-pdf-fpdf-running-header-title-council-large-title.pdf": (
            pdf_westerleigh,
            "fpdf2: running header (chapter title | council) on every page, the title in large type on page 1",
            [f"# {TITLE}", ""],
            WESTERLEIGH,
        ),
    }
    for name, (maker, what, head, blocks) in files.items():
        maker(HERE / name)
        (HERE / f"{name}.md").write_text(note(what, head, blocks), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
