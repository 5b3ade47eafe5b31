# ruff: noqa: E501  (Word XML fragments and the chapters' paragraphs are kept a line each)
"""Build the fiftieth blind set (5001-5007): whole chapters as producers other than Word make them.

Four Word files (python-docx plus raw WordprocessingML):
    5001  no heading styles at all: headings are bold, larger direct formatting on Normal
          paragraphs (a different font from the body), sub-headings bold at the body's size
    5002  house style names ("Policy Title", "Policy Heading A/B", "Body Para", "Policy
          Bullet") not based on Word's Heading styles; the outline level lives in the style,
          the bullets' numbering is linked from the bullet style
    5003  a form-based template: a document-control table under the title, every heading in a
          shaded one-column, one-row table, the body as paragraphs between the tables
    5004  headings numbered by a multilevel list (numbering.xml: "%1." and "%1.%2" levels) on
          bold Normal paragraphs; no number is typed in any paragraph
Three PDFs:
    5005  fpdf2: portrait A4, the title across the page, the chapter in two columns
    5006  LibreOffice printing a Word file: a cover page (council, title, manual, date, version),
          a contents page (Word's TOC field result), then the chapter; "Page N" footer
    5007  WeasyPrint: headings set apart only by ALL CAPS, at the body's size, weight and colour

Each build writes the file and a NNNN-....md note (the text a reader sees) beside this script.
usage: python tests/cases/documents/build_blind50.py   (python-docx, fpdf2, WeasyPrint, LibreOffice)
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
LO_PROFILE = Path(tempfile.gettempdir()) / "policydiff-blind50-lo-profile"
TITLE = "Children's Services Policies, Values and Principles"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
Block = tuple[Any, ...]

# --- the chapters ---------------------------------------------------------------------------------
# ("h1"|"h2"|"p"|"b" bullet|"n" numbered item, text).

GILDERSBY: list[Block] = [
    ("h1", "Scope of this chapter"),
    (
        "p",
        "This chapter describes the beliefs and commitments behind the work of Gildersby District Council's children's services. Everyone who works with children on the council's behalf should know it, including agency staff and commissioned providers.",
    ),
    (
        "p",
        "The chapter was updated in January 2025 to add the Care Leavers Covenant to the section on leaving care and to remove references to guidance that has been withdrawn.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework within which our staff make decisions about children. The legislation that shapes it includes:",
    ),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h1", "A shared responsibility"),
    (
        "p",
        "No single agency can keep a child safe on its own. Our schools, health visitors, police officers and voluntary groups meet through the Gildersby Safeguarding Partnership and follow Working Together to Safeguard Children, the statutory guidance that tells each of us what we must do.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "We are honest with families about our worries and about what we can and cannot do. We listen to children and write down what they tell us in their own words. We treat parents with respect even when we disagree with them, and we keep trying when things are hard.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "When a child comes into our care the whole council becomes their parent. For every Child in Care and every care leaver we keep to the seven corporate parenting principles:",
    ),
    ("n", "to act in the child's best interests and promote their physical and mental health;"),
    ("n", "to encourage them to say what they think, want and feel;"),
    ("n", "to give proper weight to what they think, want and feel;"),
    ("n", "to help them make use of the services the council and its partners offer;"),
    ("n", "to aim high for them and seek the best outcomes;"),
    ("n", "to keep them safe and give them stability at home, in education and at work;"),
    ("n", "to get them ready for adult life and for living on their own."),
    (
        "p",
        "Children in Care tell the Corporate Parenting Panel twice a year how well we are keeping these promises.",
    ),
    ("h1", "Our practice model"),
    (
        "p",
        "Gildersby uses Restorative Practice. We work with families rather than doing things to them or for them, and we put high support alongside high challenge.",
    ),
    ("h1", "Key principles"),
    ("h2", "Permanence"),
    (
        "p",
        "Each Child in Care should have a plan for permanence by their second review, four months after they came into care.",
    ),
    ("h2", "Leaving care"),
    (
        "p",
        "Young people leaving our care keep a personal adviser until they are 21, or until 25 if they are in education or training.",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "We share what we know about a child when the law allows it and the child's safety needs it. We explain to families what we will share and why, unless telling them would put a child at risk.",
    ),
    ("p", "Last updated: 20 January 2025"),
]

PELLOWMERE: list[Block] = [
    ("h1", "About this chapter"),
    (
        "p",
        "This chapter applies to all practitioners and managers in Pellowmere Borough Council's Children and Young People's Service.",
    ),
    (
        "p",
        "In September 2024 we amended this chapter to describe our move to systemic practice and to bring the outcomes in line with the local Children and Young People's Plan.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework of duties and guidance within which the service works. The main statutes are:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h1", "Working with partners"),
    (
        "p",
        "Pellowmere's safeguarding partners are the council, the integrated care board and the police. Under Working Together to Safeguard Children they share the job of keeping children safe and hold each other to account for it.",
    ),
    ("h1", "Our vision"),
    (
        "p",
        "Our vision is that every child in Pellowmere grows up in a safe, loving home and has the chance to do well at school and in life.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "We are curious, kind and clear. We are curious about what life is like for each child, kind in how we speak to families, and clear about what needs to change.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "The council is corporate parent to all Looked After Children and care leavers. Members and officers have regard to the seven corporate parenting principles, which are:",
    ),
    ("b", "to act in the best interests of the child and promote their health and well-being;"),
    ("b", "to encourage the child to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help the child gain access to services;"),
    ("b", "to promote high aspirations and seek the best outcomes for the child;"),
    ("b", "to keep the child safe, with stable homes, relationships, education and work;"),
    ("b", "to prepare the child for adulthood and independent living."),
    ("h1", "Our practice model"),
    (
        "p",
        "Our practice model is Systemic Practice. Practitioners look at the relationships around a child, ask questions that open up new ways of seeing a problem, and reflect together in group supervision.",
    ),
    ("h1", "Outcomes for children"),
    ("p", "We want children in Pellowmere to be:"),
    ("b", "healthy in body and mind;"),
    ("b", "safe from harm at home, at school and online;"),
    ("b", "learning and achieving;"),
    ("b", "ready for work and adult life."),
    ("h1", "How we work"),
    ("h2", "Families first"),
    (
        "p",
        "Children are best brought up by their own families. We offer early help so that problems are dealt with before they grow.",
    ),
    ("h2", "Permanence"),
    (
        "p",
        "A permanence plan is made for every Looked After Child within six months of their becoming looked after.",
    ),
    ("h2", "Leaving care"),
    (
        "p",
        "Every care leaver can have the support of a personal adviser up to the age of 25, whatever they are doing.",
    ),
    ("h1", "Sharing information"),
    (
        "p",
        "Information about children is shared securely and only with those who need it. The council's information governance team advises practitioners who are unsure whether they may share.",
    ),
    ("p", "Version 5.0"),
]

STANNERSBY_CONTROL = [
    ("Service area", "Children's Social Care"),
    ("Document owner", "Head of Quality and Practice"),
    ("Version", "2.2"),
    ("Last updated", "3 February 2025"),
]

STANNERSBY: list[Block] = [
    ("h1", "Purpose and scope"),
    (
        "p",
        "This chapter tells staff and partners what Stannersby County Council's children's services stand for and the principles that guide our practice. It covers early help, children's social care and the leaving care service.",
    ),
    (
        "p",
        "Amended in February 2025: the practice framework section now describes Family Safeguarding, and the leaving care section explains the local offer.",
    ),
    ("h1", "Legal framework"),
    (
        "p",
        "This policy sets out the framework of law that governs our work. We act under the following legislation:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Equality Act 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h1", "Partnership working"),
    (
        "p",
        "Safeguarding is a shared responsibility. Working Together to Safeguard Children sets out how the council, health services and the police must cooperate, and the Stannersby Safeguarding Children Partnership makes sure they do.",
    ),
    ("h1", "What we value"),
    (
        "p",
        "We value children's voices, families' strengths and staff who stay. We believe that most children do best at home and that help should come early and be offered with respect.",
    ),
    ("h1", "Our corporate parenting role"),
    (
        "p",
        "For every Child Looked After, the council must have regard to the seven corporate parenting principles set out in the Children and Social Work Act 2017:",
    ),
    ("b", "acting in their best interests and promoting their health and well-being;"),
    ("b", "encouraging them to express their views, wishes and feelings;"),
    ("b", "taking those views, wishes and feelings into account;"),
    ("b", "helping them to access and make the best use of services;"),
    ("b", "promoting high aspirations and seeking the best outcomes for them;"),
    ("b", "making sure they are safe and have stability in their lives;"),
    ("b", "preparing them for adulthood and independent living."),
    ("h1", "Practice framework"),
    (
        "p",
        "Stannersby's practice framework is Family Safeguarding. Social workers share their cases with specialist adult workers in mental health, domestic abuse and substance misuse, and each family has one plan that all of them work to.",
    ),
    ("h1", "Key principles"),
    (
        "p",
        "Every Child Looked After should have a permanence plan within three months of coming into care. Where a child cannot return home, we look first to their wider family and friends.",
    ),
    (
        "p",
        "Care leavers have a personal adviser until they are 21; those in full-time education can keep one up to the age of 25.",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "We follow the government's advice on information sharing for safeguarding practitioners. Fears about sharing information must never stand in the way of protecting a child.",
    ),
]

SANDHOLME: list[Block] = [
    ("h1", "Scope of this chapter"),
    (
        "p",
        "This chapter applies to everyone who works in Sandholme Council's Children's Services, whether directly employed or working for us under contract.",
    ),
    (
        "p",
        "In April 2025 this chapter was revised to update the list of legislation and to describe the Cared for Children's Council.",
    ),
    ("h1", "Legislation and guidance"),
    (
        "p",
        "This policy sets out the framework of legislation and guidance that underpins our practice, chiefly:",
    ),
    ("b", "the Children Act 1989;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017;"),
    ("b", "the Data Protection Act 2018."),
    ("h1", "Working together"),
    (
        "p",
        "Sandholme works with schools, health, the police and the voluntary sector to keep children safe, as Working Together to Safeguard Children requires. Each agency knows the part it plays.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "Children come first. We are open and honest, we build on what is going well in a family, and we do what we say we will do.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "Sandholme Council is the corporate parent of its Cared for Children. Each councillor and officer has regard to the seven corporate parenting principles:",
    ),
    (
        "b",
        "act in the best interests of Cared for Children and promote their health and well-being;",
    ),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take their views, wishes and feelings into account;"),
    ("b", "help them to access and make the best use of services;"),
    ("b", "promote high aspirations and seek to secure the best outcomes;"),
    (
        "b",
        "keep them safe, with stability in their home lives, relationships and education or work;",
    ),
    ("b", "prepare them for adulthood and independent living."),
    ("h1", "Our practice model"),
    (
        "p",
        "We use Signs of Safety with every family we work with. Its three questions, about what is working well, what we are worried about and what needs to happen, shape every assessment and plan.",
    ),
    ("h1", "Key outcomes"),
    (
        "p",
        "We want our children to be safe, healthy, happy at school and ready for adult life, with people around them who love them.",
    ),
    ("h1", "Key principles"),
    ("h2", "Permanence"),
    (
        "p",
        "A plan for permanence must be agreed for each Cared for Child within 4 months of their first coming into care.",
    ),
    ("h2", "Leaving care"),
    (
        "p",
        "Care leavers are supported by a personal adviser until the age of 21, extended to 25 for those in higher education.",
    ),
    ("h1", "Information sharing"),
    (
        "p",
        "Practitioners share information lawfully and securely, record every decision to share or not to share, and seek advice from the data protection officer where they are unsure.",
    ),
]

BARROWDEN: list[Block] = [
    ("h1", "Scope"),
    (
        "p",
        "This chapter applies to all staff working in Barrowden City Council's children's services and to those who provide services for us.",
    ),
    (
        "p",
        "It was amended in June 2025 to add the council's new practice model and to correct the age to which care leavers can have a personal adviser.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework for our work with children and families in Barrowden. The legislation behind it is:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h1", "Our vision"),
    (
        "p",
        "Barrowden wants to be a city where every child is safe, feels loved and has the same chances in life as any other child in the country.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "We are fair and we are kind. We tell families the truth about our concerns, we notice what is going well, and we stay alongside children for as long as they need us.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "As corporate parent to every Child in Care the council has regard to the seven principles in the Children and Social Work Act 2017:",
    ),
    (
        "n",
        "to act in their best interests and promote their physical and mental health and well-being;",
    ),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them gain access to and make the best use of services;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    (
        "n",
        "to make sure they are safe and have stability in their home lives, relationships and education or work;",
    ),
    ("n", "to prepare them for adulthood and independent living."),
    ("h1", "Our practice model"),
    (
        "p",
        "From June 2025 our practice model is Trauma Informed Practice. Staff are trained to understand how early harm shapes a child's behaviour and to respond with patience and consistency.",
    ),
    ("h1", "Key principles"),
    (
        "p",
        "Children should live with their own families wherever it is safe. When a child comes into care, their permanence plan is agreed at the second statutory review, within four months.",
    ),
    (
        "p",
        "Care leavers can have a personal adviser until they reach 25, whether or not they are in education, employment or training.",
    ),
    ("h1", "Information sharing"),
    (
        "p",
        "We share information when it is needed to protect a child and otherwise with consent. Every decision to share is recorded with its reasons.",
    ),
]

TRENTHAY: list[Block] = [
    ("h1", "Scope of this chapter"),
    (
        "p",
        "This chapter sets out the policies, values and principles of Trenthay Borough Council's Children's Social Care service. It is for every practitioner, team manager and partner agency.",
    ),
    (
        "p",
        "This chapter was amended in May 2025: the section on our practice model was rewritten and a section on our strategy was added.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework within which Trenthay works with children and families. The principal legislation is:",
    ),
    ("b", "the Children Act 1989;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h1", "Our vision and rationale"),
    (
        "p",
        "We want Trenthay's children to grow up safe and loved. We believe that most families can care well for their children when they get the right help early, and that our job is to make that help easy to find.",
    ),
    ("h1", "Key values"),
    (
        "p",
        "Respect, honesty and persistence. We respect children and their families, we are honest about what worries us, and we do not give up on a child.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "For each Child in Care, Trenthay Borough Council acts as a good parent would. The seven corporate parenting principles require us to act in their best interests and promote their health and well-being; to encourage them to express their views, wishes and feelings; to take those views into account; to help them access services; to promote high aspirations and the best outcomes; to make sure they are safe and have stability; and to prepare them for adulthood and independent living.",
    ),
    ("h1", "Our practice model"),
    (
        "p",
        "Our practice model brings together Restorative Practice and Signs of Safety. Restorative Practice shapes how we build relationships with families; Signs of Safety gives our assessments and plans a shared language.",
    ),
    ("h1", "Key outcomes"),
    (
        "p",
        "We judge our work by whether children are safe, healthy, learning, taking part in their communities and ready for adult life.",
    ),
    ("h1", "Key principles"),
    (
        "p",
        "Every Child in Care must have a permanence plan within four months of coming into care.",
    ),
    (
        "p",
        "Personal advisers support care leavers up to the age of 25.",
    ),
    ("h1", "Our strategy"),
    (
        "p",
        "Our strategy for 2025 to 2028 has three parts: help for families earlier, more foster carers in Trenthay so that children can stay close to home, and a stable, well-supported workforce.",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "Practitioners share information in line with data protection law and the council's information sharing agreement. When in doubt, they talk to their manager before sharing, unless a child is at immediate risk.",
    ),
]

HOXLEY: list[Block] = [
    ("h1", "SCOPE OF THIS CHAPTER"),
    (
        "p",
        "This chapter applies to all staff in Hoxley Bridge Council's Children and Families Service and to the foster carers, residential workers and providers who care for children on our behalf.",
    ),
    (
        "p",
        "We amended the chapter in March 2025 to add the seven corporate parenting principles in full and to give the timescale for permanence planning.",
    ),
    ("h1", "INTRODUCTION"),
    (
        "p",
        "This policy sets out the framework within which we work. Our duties come from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017.",
    ),
    ("h1", "A SHARED RESPONSIBILITY"),
    (
        "p",
        "Protecting children is the job of every agency in Hoxley Bridge. We work with schools, GPs, CAMHS, the police and the voluntary sector under the local arrangements that Working Together to Safeguard Children requires.",
    ),
    ("h1", "OUR VALUES"),
    (
        "p",
        "We put children at the centre, we treat families as partners, and we are open about our decisions and the reasons for them.",
    ),
    ("h1", "CORPORATE PARENTING"),
    (
        "p",
        "The council is the corporate parent of all Looked After Children. We have regard to the seven corporate parenting principles:",
    ),
    ("b", "to act in the best interests of the child and promote their health and well-being;"),
    ("b", "to encourage the child to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help the child to access and make the best use of services;"),
    ("b", "to promote high aspirations and seek the best outcomes;"),
    ("b", "to keep the child safe, with stability at home and in education or work;"),
    ("b", "to prepare the child for adulthood and independent living."),
    ("h1", "OUR PRACTICE MODEL"),
    (
        "p",
        "Hoxley Bridge practises Signs of Safety. Families and their networks are at the heart of every safety plan, and we use words that children and parents understand.",
    ),
    ("h1", "KEY PRINCIPLES"),
    (
        "p",
        "A permanence plan is in place for each Looked After Child within six months of their coming into care.",
    ),
    (
        "p",
        "Care leavers have a personal adviser up to the age of 21, and up to 25 if they ask for one.",
    ),
    ("h1", "INFORMATION SHARING AND CONFIDENTIALITY"),
    (
        "p",
        "We share information about children and families only where the law allows, and we always put a child's safety first.",
    ),
    ("p", "Last updated: 8 April 2025"),
]


# --- Word ---------------------------------------------------------------------------------------------


def _core(document: Any, when: datetime.datetime) -> bytes:
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1
    properties.created = properties.modified = when
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _abstract_list(document: Any, num_id: int, levels: list[tuple[str, str, int]]) -> None:
    """An abstract list with levels (numFmt, lvlText, left indent in twips) and a w:num for it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    xml_levels = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{min(left, 567)}"/></w:pPr></w:lvl>'
        for ilvl, (fmt, text, left) in enumerate(levels)
    )
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}"><w:multiLevelType w:val="multilevel"/>{xml_levels}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
        )
    )


def _number(paragraph: Any, num_id: int, ilvl: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().insert(
        0,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def _run(
    paragraph: Any,
    text: str,
    size: float,
    bold: bool = False,
    font: str = "",
    italic: bool = False,
    colour: str = "",
) -> Any:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    if font:
        run.font.name = font
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    return run


def docx_gildersby() -> bytes:
    """No heading styles: bold, larger, another font; sub-headings bold at the body's size."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _abstract_list(document, 71, [("decimal", "%1.", 720)])
    _abstract_list(document, 72, [("bullet", "•", 720)])
    title = document.add_paragraph()
    title.paragraph_format.space_after = Pt(6)
    _run(title, TITLE, 20, bold=True, font="Georgia")
    council = document.add_paragraph()
    council.paragraph_format.space_after = Pt(18)
    _run(council, "Gildersby District Council", 11)
    for kind, text in GILDERSBY:
        paragraph = document.add_paragraph()
        if kind == "h1":
            paragraph.paragraph_format.space_before = Pt(14)
            paragraph.paragraph_format.space_after = Pt(4)
            paragraph.paragraph_format.keep_with_next = True
            _run(paragraph, text, 14, bold=True, font="Georgia", colour="1F3864")
        elif kind == "h2":
            paragraph.paragraph_format.space_before = Pt(8)
            paragraph.paragraph_format.keep_with_next = True
            _run(paragraph, text, 11, bold=True)
        elif kind in ("b", "n"):
            _number(paragraph, 71 if kind == "n" else 72, 0)
            paragraph.paragraph_format.space_after = Pt(2)
            _run(paragraph, text, 11)
        else:
            _run(paragraph, text, 11)
    return _core(document, datetime.datetime(2025, 1, 20, 9, 0))


def _style(
    document: Any,
    name: str,
    base: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    colour: str = "",
    outline: int | None = None,
    num_id: int = 0,
    before: float = 0,
    after: float = 6,
) -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    style.quick_style = True
    style.font.name = "Arial"
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if colour:
        style.font.color.rgb = RGBColor.from_string(colour)
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)
    ppr = style.element.get_or_add_pPr()
    if num_id:
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{num_id}"/></w:numPr>'))
    if outline is not None:
        ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>'))
    return style


def docx_pellowmere() -> bytes:
    """House style names, not based on Heading; outline levels in the styles; bullets from a style."""
    import docx

    document = docx.Document()
    _abstract_list(document, 81, [("bullet", "▪", 567), ("bullet", "\u2013", 1134)])
    _style(document, "Body Para", "Normal", 11, after=8)
    _style(document, "Policy Title", "Body Para", 22, bold=True, colour="00535B", after=4)
    _style(document, "Policy Subtitle", "Body Para", 12, colour="00535B", after=18)
    _style(
        document,
        "Policy Heading A",
        "Body Para",
        13,
        bold=True,
        colour="00535B",
        outline=0,
        before=16,
        after=6,
    )
    _style(
        document,
        "Policy Heading B",
        "Body Para",
        11,
        bold=True,
        italic=True,
        outline=1,
        before=10,
        after=4,
    )
    _style(document, "Policy Bullet", "Body Para", 11, num_id=81, after=3)
    document.add_paragraph(TITLE, style="Policy Title")
    document.add_paragraph("Pellowmere Borough Council", style="Policy Subtitle")
    styles = {"h1": "Policy Heading A", "h2": "Policy Heading B", "b": "Policy Bullet"}
    for kind, text in PELLOWMERE:
        document.add_paragraph(text, style=styles.get(kind, "Body Para"))
    return _core(document, datetime.datetime(2024, 9, 12, 9, 0))


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def docx_stannersby() -> bytes:
    """A form-based template: control table, headings in shaded one-cell tables."""
    import docx
    from docx.shared import Cm, Pt

    document = docx.Document()
    _abstract_list(document, 91, [("bullet", "•", 720)])
    title = document.add_paragraph()
    _run(title, "Stannersby County Council", 12, bold=True, colour="7F7F7F")
    title = document.add_paragraph()
    title.paragraph_format.space_after = Pt(10)
    _run(title, TITLE, 18, bold=True)
    control = document.add_table(rows=0, cols=2)
    control.style = "Table Grid"
    for label, value in STANNERSBY_CONTROL:
        cells = control.add_row().cells
        cells[0].width, cells[1].width = Cm(5), Cm(11)
        _shade(cells[0], "D9E2F3")
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    document.add_paragraph()
    for kind, text in STANNERSBY:
        if kind == "h1":
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            cell.width = Cm(16)
            _shade(cell, "1F4E79")
            _run(cell.paragraphs[0], text, 12, bold=True, colour="FFFFFF")
            document.add_paragraph().paragraph_format.space_after = Pt(0)
        elif kind == "b":
            paragraph = document.add_paragraph()
            _number(paragraph, 91, 0)
            paragraph.add_run(text)
        else:
            document.add_paragraph(text)
    return _core(document, datetime.datetime(2025, 2, 3, 9, 0))


def docx_sandholme() -> bytes:
    """Headings numbered by a multilevel list on bold Normal paragraphs; no typed numbers."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _abstract_list(
        document,
        61,
        [("decimal", "%1.", 567), ("decimal", "%1.%2", 851), ("lowerLetter", "(%3)", 1134)],
    )
    _abstract_list(document, 62, [("bullet", "•", 720)])
    title = document.add_paragraph()
    title.paragraph_format.space_after = Pt(4)
    _run(title, TITLE, 16, bold=True)
    council = document.add_paragraph()
    council.paragraph_format.space_after = Pt(16)
    _run(council, "Sandholme Council \u2013 Children's Services", 11, italic=True)
    for kind, text in SANDHOLME:
        paragraph = document.add_paragraph()
        if kind in ("h1", "h2"):
            _number(paragraph, 61, 0 if kind == "h1" else 1)
            paragraph.paragraph_format.space_before = Pt(12 if kind == "h1" else 6)
            paragraph.paragraph_format.keep_with_next = True
            _run(paragraph, text, 11, bold=True)
        elif kind == "b":
            _number(paragraph, 62, 0)
            _run(paragraph, text, 11)
        else:
            _run(paragraph, text, 11)
    return _core(document, datetime.datetime(2025, 4, 14, 9, 0))


def docx_trenthay() -> bytes:
    """Cover page, contents page (TOC field with its cached result), chapter; footer 'Page N'."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    document = docx.Document()

    def centred(text: str, size: float, bold: bool = False, before: float = 0) -> None:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(before)
        paragraph.paragraph_format.space_after = Pt(12)
        _run(paragraph, text, size, bold=bold)

    centred("Trenthay Borough Council", 16, bold=True, before=60)
    centred(TITLE, 28, bold=True, before=90)
    centred("Children's Social Care Procedures Manual", 14, before=24)
    centred("Date: May 2025", 12, before=120)
    centred("Version 3.1", 12)
    document.add_page_break()
    contents = document.add_paragraph()
    _run(contents, "Contents", 16, bold=True)
    contents.paragraph_format.space_after = Pt(12)
    headings = [text for kind, text in TRENTHAY if kind == "h1"]
    pages = iter([3, 3, 3, 3, 3, 4, 4, 4, 4, 4])
    for index, heading in enumerate(headings):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(headings) - 1 else ""
        document.element.body.insert(
            len(document.element.body) - 1,
            parse_xml(
                f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>{begin}'
                f'<w:r><w:t xml:space="preserve">{html.escape(heading)}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{next(pages)}</w:t></w:r>{end}</w:p>'
            ),
        )
    document.add_page_break()
    for kind, text in TRENTHAY:
        if kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>1</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        footer._p.append(parse_xml(xml.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))
    return _core(document, datetime.datetime(2025, 5, 19, 9, 0))


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


def pdf_trenthay(target: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "trenthay.docx"
        source.write_bytes(docx_trenthay())
        shutil.copyfile(_soffice(source, "pdf:writer_pdf_Export", Path(work) / "pdf"), target)


# --- PDF ----------------------------------------------------------------------------------------------


def pdf_barrowden(target: Path) -> None:
    """fpdf2: the title across the page, then the chapter in two columns."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 6, 10, tzinfo=datetime.UTC))
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(0, 6, "Barrowden City Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    number = 0
    with pdf.text_columns(ncols=2, gutter=8, text_align="L", line_height=1.25) as columns:
        for kind, text in BARROWDEN:
            if kind == "h1":
                number = 0
                pdf.set_font("Helvetica", "B", 11)
                with columns.paragraph(top_margin=3, bottom_margin=1.5) as paragraph:
                    paragraph.write(text)
            elif kind in ("b", "n"):
                number += 1
                pdf.set_font("Helvetica", "", 9.5)
                marker = "-" if kind == "b" else f"{number}."
                with columns.paragraph(bottom_margin=1) as paragraph:
                    paragraph.write(f"{marker} {text}")
            else:
                pdf.set_font("Helvetica", "", 9.5)
                with columns.paragraph(bottom_margin=2) as paragraph:
                    paragraph.write(text)
    target.write_bytes(bytes(pdf.output()))


def pdf_hoxley(target: Path) -> None:
    """WeasyPrint: headings only in capitals, at the body's size, weight and colour."""
    import weasyprint

    css = """
    @page { size: A4; margin: 20mm 22mm; @bottom-right { content: counter(page); font: 10pt serif; } }
    body { font: 10.5pt/1.45 serif; color: #111; }
    h1 { font-size: 15pt; font-weight: bold; margin: 0 0 1mm; }
    p.council { margin: 0 0 6mm; }
    h2 { font: inherit; margin: 5mm 0 1.5mm; break-after: avoid; }
    p { margin: 0 0 2.5mm; }
    ul { margin: 0 0 2.5mm; }
    """
    out: list[str] = []
    open_list = False
    for kind, text in HOXLEY:
        if open_list and kind != "b":
            out.append("</ul>")
            open_list = False
        if kind == "b" and not open_list:
            out.append("<ul>")
            open_list = True
        escaped = html.escape(text)
        out.append(
            f"<h2>{escaped}</h2>"
            if kind == "h1"
            else f"<li>{escaped}</li>"
            if kind == "b"
            else f"<p>{escaped}</p>"
        )
    if open_list:
        out.append("</ul>")
    document = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head>'
        f'<body><h1>{html.escape(TITLE)}</h1><p class="council">Hoxley Bridge Council</p>{"".join(out)}</body></html>'
    )
    weasyprint.HTML(string=document).write_pdf(target)


# --- notes --------------------------------------------------------------------------------------------


def note(what: str, head: list[str], blocks: list[Block], numbered: bool = False) -> str:
    lines = [f"%% built by build_blind50.py: {what}", "", *head]
    number = 0
    h1 = h2 = 0
    for block in blocks:
        kind = block[0]
        if kind != "n":
            number = 0
        if kind == "h1":
            h1, h2 = h1 + 1, 0
            lines += [f"## {f'{h1}. ' if numbered else ''}{block[1]}", ""]
        elif kind == "h2":
            h2 += 1
            lines += [f"### {f'{h1}.{h2} ' if numbered else ''}{block[1]}", ""]
        elif kind == "b":
            lines.append(f"- {block[1]}")
        elif kind == "n":
            number += 1
            lines.append(f"{number}. {block[1]}")
        else:
            lines += [block[1], ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    control = [f"| {label} | {value} |" for label, value in STANNERSBY_CONTROL]
    files: dict[str, tuple[Any, str, list[str], list[Block], bool]] = {
        "5001-docx-bold-larger-normal-headings-no-styles-body-size-subheadings.docx": (
            lambda target: target.write_bytes(docx_gildersby()),
            "no heading styles: headings bold, larger, another font on Normal paragraphs; sub-headings bold at body size",
            [f"# {TITLE}", "", "Gildersby District Council", ""],
            GILDERSBY,
            False,
        ),
        "5002-docx-house-style-names-outline-levels-style-linked-bullets.docx": (
            lambda target: target.write_bytes(docx_pellowmere()),
            "house style names (Policy Title, Policy Heading A/B, Body Para, Policy Bullet), outline levels in the styles",
            [f"# {TITLE}", "", "Pellowmere Borough Council", ""],
            PELLOWMERE,
            False,
        ),
        "5003-docx-form-template-headings-in-one-cell-tables-control-table.docx": (
            lambda target: target.write_bytes(docx_stannersby()),
            "a form-based template: control table under the title, each heading in a shaded one-cell table",
            ["Stannersby County Council", "", f"# {TITLE}", "", *control, ""],
            STANNERSBY,
            False,
        ),
        "5004-docx-multilevel-list-numbered-bold-headings.docx": (
            lambda target: target.write_bytes(docx_sandholme()),
            "headings numbered by a multilevel list (1., 1.1) on bold Normal paragraphs, no typed numbers",
            [f"# {TITLE}", "", "Sandholme Council \u2013 Children's Services", ""],
            SANDHOLME,
            True,
        ),
        "5005-pdf-fpdf-two-columns-title-across.pdf": (
            pdf_barrowden,
            "fpdf2: the title across the page, the chapter in two columns (bold 11 pt headings, 9.5 pt body)",
            [f"# {TITLE}", "", "Barrowden City Council", ""],
            BARROWDEN,
            False,
        ),
        "5006-pdf-libreoffice-cover-page-version-date-then-contents-page.pdf": (
            pdf_trenthay,
            "LibreOffice printing a Word file: cover page (council, title, manual, date, version), contents page, chapter, 'Page N' footer",
            [
                "Trenthay Borough Council",
                "",
                f"# {TITLE}",
                "",
                "Children's Social Care Procedures Manual",
                "",
                "Date: May 2025",
                "",
                "Version 3.1",
                "",
                "Contents (dot leaders and page numbers)",
                "",
            ],
            TRENTHAY,
            False,
        ),
        "5007-pdf-weasyprint-all-caps-body-size-headings.pdf": (
            pdf_hoxley,
            "WeasyPrint: headings set apart only by ALL CAPS at the body's size, weight and colour",
            [f"# {TITLE}", "", "Hoxley Bridge Council", ""],
            HOXLEY,
            False,
        ),
    }
    for name, (maker, what, head, blocks, numbered) in files.items():
        maker(HERE / name)
        (HERE / f"{name}.md").write_text(note(what, head, blocks, numbered), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
