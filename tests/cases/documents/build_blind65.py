# ruff: noqa: E501  (Word XML fragments and the chapters' paragraphs are kept a line each)
"""Build the sixty-fifth blind set (6501-6507): whole chapters as councils' Word and PDF files.

Four Word files (python-docx plus raw WordprocessingML):
    6501  no styles at all: the headings are Normal paragraphs in bold at the body's size, the
          title bold and larger; a bold lead-in ("Please note:") inside a paragraph and one whole
          sentence set in bold for emphasis; "Version 2.1" at the end
    6502  the headings are Normal paragraphs numbered by Word list numbering (numPr, level 0,
          "%1."), neither bold nor larger; the body's paragraphs numbered at level 1 ("%1.%2"),
          the Acts at level 2 ("(a)"); no number is typed anywhere
    6503  every heading the one row of a shaded two-cell table (its number | its words), white
          bold text; the body as paragraphs between the tables; a closing "Document control"
          banner over a two-column table (Version | 4.0, Last updated | ...)
    6504  a cover page: the title, the council and the manual's name in a DrawingML text box
          (with its VML fallback), a page break, then the chapter under Heading 1 headings
Three PDFs:
    6505  fpdf2: every line of text its own text object, justified lines hyphenated at their
          ends, headings only 1.5 pt larger than the 10.5 pt body and not bold, a running
          footer line
    6506  fpdf2: footnotes in a footnote area under a short rule at the foot of the page
          (reference marks raised in the text), a "Page N of M" line under them
    6507  LibreOffice printing a python-docx file: a wide four-column legislation table whose
          heading row repeats on the next page, crossing the page break; a running footer

Each build writes the file and a NNNN-....md note (the text a reader sees) beside this script.
The chapters are written for this set (invented councils, our own words).
usage: .venv/bin/python tests/cases/documents/build_blind65.py   (python-docx, fpdf2, LibreOffice)
LibreOffice stamps its output, so 6507's rebuilds are equivalent, not identical.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_blind50 import _abstract_list, _core, _number, _shade  # noqa: E402

TITLE = "Children's Services Policies, Values and Principles"
Block = tuple[Any, ...]

# --- the chapters ---------------------------------------------------------------------------------
# ("h", heading) ("p", paragraph) ("b", bullet) ("n", numbered item) ("bold", whole-bold paragraph)
# ("lead", bold lead-in, rest of the paragraph) ("table", rows)

# fmt: off
BRINDLECOMBE: list[Block] = [
    ("h", "Scope of this chapter"),
    ("p", "This chapter describes the values and principles that guide Brindlecombe District Council's work with children, young people and families. It applies to every member of staff in children's social care and early help, and to the carers and providers who act for the Council."),
    ("p", "The chapter was amended in September 2025. The section on leaving care now reflects the extended offer agreed by Cabinet, and two Acts have been added to the list of legislation."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework in which our services are planned and delivered. The main legislation behind it is:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Domestic Abuse Act 2021"),
    ("lead", "Please note:", " statutory guidance, including Working Together to Safeguard Children 2023, is listed in the Council's procedures library rather than here."),
    ("h", "Working together"),
    ("p", "No single agency can keep a child safe on its own. Schools, health services, the police and the voluntary sector in Brindlecombe share one set of thresholds, and the Brindlecombe Safeguarding Children Partnership checks that they are applied in the same way by everyone."),
    ("h", "Our values"),
    ("p", "We listen to children and we take what they say seriously. We are open with families about our worries and about what we will do next. We treat people with respect, whatever their background, and we work to reduce the disadvantage many of our families face."),
    ("bold", "Every child we work with should know who their worker is and how to reach them."),
    ("p", "We expect managers to model these values in supervision and in the way decisions are recorded."),
    ("h", "Corporate parenting"),
    ("p", "When a child comes into our care the whole Council becomes their corporate parent. Councillors sit on the Corporate Parenting Committee, which meets every quarter and hears from the Children in Care Council at each meeting."),
    ("p", "The Committee holds us to the seven corporate parenting principles in the Children and Social Work Act 2017, and asks each directorate to report once a year on what it has done for children in care and care leavers."),
    ("h", "Our practice model"),
    ("p", "Brindlecombe uses Signs of Safety. Practitioners ask families what is working well, what they are worried about and what needs to happen, and build safety plans with the people who know the child best."),
    ("h", "Key principles"),
    ("p", "Children are best brought up within their own families, and we offer early help so that problems do not grow. Where a child cannot live at home, relatives and friends are considered first."),
    ("p", "Every child in care has a plan for permanence agreed within four months of becoming looked after."),
    ("p", "Care leavers can have a personal adviser until they are 21, or until 25 if they are in education or training or ask for continued support."),
    ("h", "Information sharing and confidentiality"),
    ("p", "We keep personal information secure and share it only where the law allows and the child's welfare requires it. Concerns that a child may be at risk of significant harm always come before confidentiality."),
    ("p", "Version 2.1"),
]

OXLADE_TITLE = "Policies, Values and Principles for Children's Services"
# ("h", heading) starts a level-0 item; ("p", text) a level-1 item; ("a", text) a level-2 item.
OXLADE: list[Block] = [
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for the work of Oxlade Borough Council's children's services. It explains what the service is for, the law it works within and the principles that every practitioner is expected to follow."),
    ("p", "The service works within the following legislation:"),
    ("a", "the Children Act 1989;"),
    ("a", "the Children Act 2004;"),
    ("a", "the Children and Families Act 2014;"),
    ("a", "the Children and Social Work Act 2017."),
    ("p", "These pages were last amended in June 2025 to describe the Family Help service."),
    ("h", "Our values"),
    ("p", "Children and families should be treated with kindness and honesty. We want them to be able to trust us, and we know that trust is earned slowly and lost quickly."),
    ("p", "We believe that most families can find their own solutions with the right support, and we look for strengths before we look for problems."),
    ("h", "Corporate parenting"),
    ("p", "Oxlade Borough Council is corporate parent to its Looked After Children and care leavers. Its councillors and officers must have regard to the seven principles of corporate parenting, and the Corporate Parenting Board reports to full Council each year on how well they have been met."),
    ("h", "Our practice model"),
    ("p", "Our model is Family Safeguarding. Social workers share their cases with adult specialists in domestic abuse, mental health and substance misuse, so that parents' own needs are met alongside the child's."),
    ("p", "Motivational interviewing is the common method across the teams."),
    ("h", "Outcomes we want for children"),
    ("p", "We want every child in Oxlade to be safe, healthy and happy, to achieve at school and to grow into an adult with good relationships and a place in the community."),
    ("h", "How we work"),
    ("p", "Help is offered as early as possible. When a child cannot live with their parents, wider family are assessed before any other placement is sought."),
    ("p", "A permanence plan is in place for every Looked After Child by the second review, within three months of the child becoming looked after."),
    ("p", "Care leavers are entitled to the support of a personal adviser up to the age of 25."),
    ("h", "Sharing information"),
    ("p", "Information is shared in line with data protection law and the government's advice for practitioners. Where there is a risk of serious harm to a child, consent is not needed."),
    ("h", "Review"),
    ("p", "Last updated: 2 June 2025"),
]

WRENFOLD: list[Block] = [
    ("h", "1", "Scope of this chapter"),
    ("p", "This chapter applies to all of Wrenfold County Council's children's social care teams, to our fostering and residential services and to the providers we commission."),
    ("p", "Amended in May 2025 to bring the corporate parenting section into line with the Council's new pledge."),
    ("h", "2", "Legal framework"),
    ("p", "This policy sets out the framework our services work within. The key legislation includes the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, read with the statutory guidance Working Together to Safeguard Children."),
    ("h", "3", "What we value"),
    ("p", "We are child-centred and we act on what children tell us. We respect families, we are honest with them and we keep them informed. We aim for good practice every time, not just on good days."),
    ("h", "4", "Our pledge as corporate parents"),
    ("p", "Wrenfold's councillors and officers are corporate parents to the county's Children Looked After and care leavers. They follow the seven corporate parenting principles, which are:"),
    ("n", "acting in the best interests of the children and young people and promoting their physical and mental health and well-being;"),
    ("n", "encouraging them to express their views, wishes and feelings;"),
    ("n", "taking into account their views, wishes and feelings;"),
    ("n", "helping them gain access to, and make the best use of, services provided by the Council and its partners;"),
    ("n", "promoting high aspirations and seeking the best outcomes for them;"),
    ("n", "making sure they are safe, with stability in their home lives, relationships and education or work;"),
    ("n", "preparing them for adulthood and independent living."),
    ("h", "5", "Practice framework"),
    ("p", "Our teams work restoratively: doing things with families rather than to them or for them. Restorative Practice is supported by training for every new starter and by monthly practice clinics."),
    ("h", "6", "Key principles"),
    ("p", "We keep children with their families when it is safe to do so. When it is not, we plan for permanence early: each Child Looked After has a permanence plan within six months."),
    ("p", "Young people leaving care keep a personal adviser until they are 21. Those in full-time education or training keep one until 25."),
    ("h", "7", "Confidentiality"),
    ("p", "We respect the privacy of the children and families we work with. Information is shared only with those who need it to keep a child safe or to provide a service, and the reasons are recorded."),
]
WRENFOLD_CONTROL = [
    ("Document owner", "Head of Service, Quality Assurance"),
    ("Version", "4.0"),
    ("Last updated", "19 May 2025"),
    ("Next review", "May 2026"),
]

PENNOCK_COVER = [
    ("title", TITLE),
    ("council", "Pennock Marsh Council"),
    ("line", "Children's Social Care Procedures Manual"),
    ("line", "Version 3 \u2013 April 2025"),
]
PENNOCK: list[Block] = [
    ("h", "About this chapter"),
    ("p", "This chapter sets out the beliefs and commitments behind Pennock Marsh Council's services for children and families. It is for every practitioner and manager in children's services, and for our partners who want to understand how we work."),
    ("p", "This chapter was amended in April 2025 to include the new care leavers offer and an updated description of our practice model."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for our work with children. Our legal duties are set out in:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Young Persons Act 2008"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Our vision"),
    ("p", "Our vision is that every child in Pennock Marsh grows up safe and loved, in a family where they belong, with the chance to do well at school and the confidence to take their place in the world."),
    ("h", "Our values"),
    ("p", "We are curious and we ask questions. We are kind, even when conversations are difficult. We are fair, and we try to understand the impact of poverty and discrimination on the families we meet."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parents, councillors and staff ask of every decision whether it would be good enough for their own child. We apply the seven principles of corporate parenting to all of our Cared for Children and to our care leavers."),
    ("h", "Our practice model"),
    ("p", "Pennock Marsh works in a trauma-informed way. Our practice model, Secure Base, draws on attachment theory: it asks carers and workers to offer availability, sensitivity, acceptance, co-operation and a sense of belonging."),
    ("h", "Key principles"),
    ("p", "Early help is offered as soon as a family needs it. Brothers and sisters are kept together where that is right for them. Every Cared for Child should have a permanence plan by their four-month review."),
    ("p", "Our care leavers are offered a personal adviser to the age of 25, whatever they are doing."),
    ("h", "Information sharing"),
    ("p", "We share information when it is necessary to protect a child, and we explain to families what we have shared and why, unless doing so would put a child at risk."),
]

SALLOWFIELD: list[Block] = [
    ("title", TITLE),
    ("h", "Scope of this chapter"),
    ("p", "This chapter explains the principles and values on which Sallowfield City Council's children's services are built. It is intended for all practitioners, managers and partner agencies, and for the foster carers and residential staff who look after children on the Council's behalf. It should be read alongside the Council's local procedures for assessment, child protection and care planning."),
    ("p", "Amendment: this chapter was updated in October 2025 to describe the Council's arrangements for children in kinship care and to reflect the revised statutory guidance on safeguarding partnerships."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Sallowfield's children's services operate. The service carries out the Council's responsibilities under the following legislation:"),
    ("b", "the Children Act 1989"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "A shared responsibility"),
    ("p", "Safeguarding arrangements in Sallowfield are led jointly by the Council, the integrated care board and the police. Practitioners from all agencies are expected to raise concerns early, to challenge one another respectfully when they disagree, and to escalate professional differences through the partnership's published procedure rather than letting them drift."),
    ("h", "Our values"),
    ("p", "We are honest and we do what we say we will do. We treat children and their families with dignity and we recognise their strengths. We are ambitious for every child, and we hold high expectations of ourselves and of the organisations we commission."),
    ("h", "Corporate parenting"),
    ("p", "Every elected member and every officer of the Council shares the responsibility of being a good corporate parent. The Council has adopted the seven corporate parenting principles and reports on them each year to the Corporate Parenting Panel, whose membership includes two care-experienced young people."),
    ("h", "Our practice model"),
    ("p", "Sallowfield's social workers use the Systemic Practice model. Practitioners are encouraged to be curious about the relationships, beliefs and stories within a family, and to work with the whole network around a child rather than with individuals in isolation."),
    ("h", "Key principles"),
    ("p", "Children should live with their own families wherever possible, and support is offered early to make that achievable. Where children become looked after, planning for permanence starts straight away; a permanence plan should be agreed within four months of the child entering care."),
    ("p", "Care leavers receive help from a personal adviser up to the age of 21. Those who are in education or training, or who ask for continuing support, keep their adviser until they are 25."),
    ("p", "Children and young people are consulted about decisions affecting them, and independent advocacy is available to every Looked After Child who wants it."),
    ("h", "Information sharing"),
    ("p", "Practitioners share information proportionately and securely, following the Council's data protection procedures. The welfare of the child is the paramount consideration in any decision about sharing information without consent."),
]
SALLOWFIELD_FOOTER = "Sallowfield City Council \u2013 Children's Services Procedures"

THISTLEWOOD: list[Block] = [
    ("title", TITLE),
    ("h", "Scope of this chapter"),
    ("p", "This chapter is the first in Thistlewood Borough Council's children's services procedures manual. It describes the legal basis of our work, the values we share and the principles that shape our decisions, and it applies to every member of the children's workforce."),
    ("p", "This chapter was amended in July 2025.[^The previous revision, made in January 2024, updated the contact details of the Local Authority Designated Officer.]"),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework of legislation and guidance which governs our work. The relevant legislation is:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017[^Part 1 of the Act places the corporate parenting principles on a statutory footing.]"),
    ("p", "Statutory guidance, including Working Together to Safeguard Children and the Children's Social Care National Framework, describes how these duties should be met."),
    ("h", "Our vision"),
    ("p", "We want Thistlewood's children to be safe at home, at school and online, to be healthy and to have people in their lives who believe in them."),
    ("h", "Corporate parenting"),
    ("p", "The Council takes its role as corporate parent to Children in Care and care leavers seriously. Its councillors, officers and partners are guided by the seven corporate parenting principles, and the Corporate Parenting Partnership Board checks progress against them twice a year."),
    ("h", "Our practice model"),
    ("p", "Our practice model is Signs of Safety. It gives families and practitioners a shared language for talking about danger, safety and what needs to change, and puts the family's own network at the centre of the plan.[^Thistlewood began its Signs of Safety implementation in 2019, with training for all social work staff.]"),
    ("h", "Key principles"),
    ("p", "Permanence planning begins as soon as a child comes into care, and a plan for permanence is agreed at the second statutory review, no later than four months after the child became looked after."),
    ("p", "Care leavers are entitled to a personal adviser up to the age of 25.[^Before April 2018 a personal adviser was offered only up to the age of 21 unless the young person was in education.] The local offer for care leavers explains the practical and financial help available."),
    ("p", "We involve children and their families in every plan that affects them and we record their views in their own words."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Staff share information lawfully and in proportion to the need, and always when it is needed to protect a child from significant harm. Records are kept accurately and stored securely."),
    ("p", "Last updated: 14 July 2025"),
]

MARBURY: list[Block] = [
    ("title", TITLE),
    ("h", "Scope of this chapter"),
    ("p", "This chapter sets out how Marbury Heath Council's children's services understand their legal duties and the values behind their practice. It applies to all staff working with children and families, whether employed by the Council or working for a provider on its behalf."),
    ("p", "The chapter was amended in February 2025 when the legislation table was extended to show the main sections of each Act that practitioners use."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework of law that our services operate within. The table below lists the legislation, what each Act means for our practice and the sections used most often. The Acts are listed in order of date."),
    ("table", [
        ["Legislation", "Year", "What it means for our practice", "Sections used most often"],
        ["Children Act 1989", "1989", "The foundation of our duties: the welfare of the child is paramount, parental responsibility, services for children in need, care and supervision orders, and the duties we owe to children we look after.", "Sections 1, 17, 20, 22, 31, 47 and Part III"],
        ["Children (Leaving Care) Act 2000", "2000", "Duties to young people who leave care: assessment of need, pathway plans, personal advisers and financial support.", "Sections 23A to 24D of the 1989 Act, as inserted"],
        ["Adoption and Children Act 2002", "2002", "The adoption of children, the welfare checklist for adoption decisions, and special guardianship as a route to permanence.", "Sections 1, 18, 21 and 52; section 14A of the 1989 Act"],
        ["Children Act 2004", "2004", "Co-operation between agencies to improve children's well-being, the Director of Children's Services and the Lead Member.", "Sections 10, 11 and 18"],
        ["Children and Young Persons Act 2008", "2008", "Visits to Looked After Children, independent reviewing officers, and the designated teacher in schools.", "Sections 8, 10 and 20"],
        ["Children and Families Act 2014", "2014", "Timescales in care proceedings, Staying Put for young people in foster care, the virtual school head, and support for children with special educational needs.", "Sections 14, 98 and Part 3"],
        ["Children and Social Work Act 2017", "2017", "The corporate parenting principles, the local offer for care leavers, personal advisers to age 25, and local safeguarding partnerships.", "Sections 1 to 3 and 16"],
        ["Domestic Abuse Act 2021", "2021", "Children who see, hear or experience domestic abuse are recognised as victims in their own right.", "Section 3"],
    ]),
    ("h", "Working with our partners"),
    ("p", "Our safeguarding partners are the Council, the integrated care board and the chief officer of police. They publish joint arrangements each year and ask schools, early years settings, health providers and voluntary groups to take part. Practitioners from every agency attend the same training and use the same thresholds document."),
    ("h", "Our values"),
    ("p", "We put the child first and we listen to what they tell us. We are open and honest with families, we respect their culture and identity, and we recognise what they do well. We learn from our mistakes and from what children and families tell us about our work."),
    ("h", "Corporate parenting"),
    ("p", "Marbury Heath Council is the corporate parent of every Looked After Child in its care and of its care leavers. Councillors on the Corporate Parenting Board meet young people from the Children in Care Council, who set the Board's priorities for each year. The Council has regard to the seven corporate parenting principles in all of its decisions that affect these young people."),
    ("h", "Our practice model"),
    ("p", "We use Restorative Practice as our practice model. We work with families, combining high support with high challenge, and we use family group conferences to help families make their own plans."),
    ("h", "Key principles"),
    ("p", "Children should be supported to live with their families. When a child becomes looked after, we plan for permanence from the first day, and a permanence plan is in place within four months."),
    ("p", "Care leavers are supported by a personal adviser until they are 21, and until 25 if they want that support."),
    ("h", "Information sharing"),
    ("p", "Information is shared safely, securely and in line with the law. Practitioners should seek consent where they can, and must share information without it where a child is at risk of significant harm."),
    ("p", "Version 6"),
]
MARBURY_FOOTER = "Marbury Heath Council \u2013 Children's Services Procedures Manual"
# fmt: on


# --- Word helpers ---------------------------------------------------------------------------------


def _run(
    paragraph: Any, text: str, size: float, bold: bool = False, font: str = "", colour: str = ""
) -> Any:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold or None
    if font:
        run.font.name = font
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    return run


def _plain_document(font: str = "Arial", size: float = 11) -> Any:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(6)
    return document


# --- 6501: bold body-size headings, no styles ---------------------------------------------------


def docx_brindlecombe() -> bytes:
    document = _plain_document("Arial", 11)
    _abstract_list(document, 71, [("bullet", "\u2022", 720)])
    title = document.add_paragraph()
    _run(title, TITLE, 16, bold=True)
    council = document.add_paragraph()
    _run(council, "Brindlecombe District Council", 11)
    for block in BRINDLECOMBE:
        kind = block[0]
        paragraph = document.add_paragraph()
        if kind == "h":
            paragraph.paragraph_format.keep_with_next = True
            _run(paragraph, block[1], 11, bold=True)
        elif kind == "bold":
            _run(paragraph, block[1], 11, bold=True)
        elif kind == "lead":
            _run(paragraph, block[1], 11, bold=True)
            _run(paragraph, block[2], 11)
        elif kind == "b":
            _number(paragraph, 71, 0)
            _run(paragraph, block[1], 11)
        else:
            _run(paragraph, block[1], 11)
    return _core(document, datetime.datetime(2025, 9, 8, 10, 0))


# --- 6502: headings numbered by list numbering on Normal paragraphs --------------------------------


def docx_oxlade() -> bytes:
    from docx.shared import Pt

    document = _plain_document("Calibri", 11)
    _abstract_list(
        document,
        72,
        [("decimal", "%1.", 567), ("decimal", "%1.%2", 1134), ("lowerLetter", "(%3)", 1701)],
    )
    document.add_paragraph(OXLADE_TITLE, style="Title")
    for kind, text in OXLADE:
        paragraph = document.add_paragraph()
        if kind == "h":
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.keep_with_next = True
            _number(paragraph, 72, 0)
        elif kind == "p":
            _number(paragraph, 72, 1)
        elif kind == "a":
            _number(paragraph, 72, 2)
        paragraph.add_run(text)
    return _core(document, datetime.datetime(2025, 6, 2, 14, 30))


# --- 6503: headings in one-row shaded two-cell tables ------------------------------------------


def _banner(document: Any, number: str, words: str) -> None:
    from docx.shared import Cm, Pt

    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    left, right = table.rows[0].cells
    left.width, right.width = Cm(1.4), Cm(14.6)
    table.columns[0].width, table.columns[1].width = Cm(1.4), Cm(14.6)
    for cell in (left, right):
        _shade(cell, "2E5E4E")
    _run(left.paragraphs[0], number, 12, bold=True, colour="FFFFFF")
    _run(right.paragraphs[0], words, 12, bold=True, colour="FFFFFF")
    document.add_paragraph().paragraph_format.space_after = Pt(0)


def docx_wrenfold() -> bytes:
    from docx.shared import Cm

    document = _plain_document("Arial", 10.5)
    _abstract_list(document, 73, [("decimal", "%1.", 720)])
    title = document.add_paragraph()
    _run(title, TITLE, 18, bold=True, colour="2E5E4E")
    for block in WRENFOLD:
        kind = block[0]
        if kind == "h":
            _banner(document, block[1], block[2])
        elif kind == "n":
            paragraph = document.add_paragraph()
            _number(paragraph, 73, 0)
            paragraph.add_run(block[1])
        else:
            document.add_paragraph(block[1])
    _banner(document, "8", "Document control")
    control = document.add_table(rows=0, cols=2)
    control.style = "Table Grid"
    for label, value in WRENFOLD_CONTROL:
        cells = control.add_row().cells
        cells[0].width, cells[1].width = Cm(5), Cm(11)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    return _core(document, datetime.datetime(2025, 5, 19, 9, 15))


# --- 6504: a cover page whose title is in a text box --------------------------------------------

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)

COVER_BOX = (
    '<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
    '<wp:positionV relativeFrom="page"><wp:posOffset>2880000</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="2700000"/>'
    '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="3" name="Cover title"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="2700000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    '<a:solidFill><a:srgbClr val="5B2C6F"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
    "<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="180000" tIns="180000" rIns="180000" bIns="180000" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
    "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    '<mc:Fallback><w:pict><v:rect id="Cover title" o:spid="_x0000_s1026" '
    'style="position:absolute;margin-left:0;margin-top:226.8pt;width:425.2pt;height:212.6pt;z-index:251660288;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" fillcolor="#5b2c6f" stroked="f">'
    '<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:rect></w:pict></mc:Fallback>'
    "</mc:AlternateContent></w:r></w:p>"
)


def _box_paragraph(text: str, size: int, bold: bool) -> str:
    from xml.sax.saxutils import escape

    b = "<w:b/>" if bold else ""
    return (
        '<w:p><w:pPr><w:spacing w:after="200"/><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr>{b}<w:color w:val="FFFFFF"/><w:sz w:val="{size * 2}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    )


def docx_pennock() -> bytes:
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = _plain_document("Verdana", 10)
    _abstract_list(document, 74, [("bullet", "\u2013", 720)])
    content = "".join(
        _box_paragraph(text, {"title": 26, "council": 14}.get(kind, 11), kind == "title")
        for kind, text in PENNOCK_COVER
    )
    body = document.element.body
    box = parse_xml(COVER_BOX.format(ns=_NS, content=content))
    body.insert(len(body) - 1, box)  # before the section properties
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, text in PENNOCK:
        if kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "b":
            paragraph = document.add_paragraph()
            _number(paragraph, 74, 0)
            paragraph.add_run(text)
        else:
            document.add_paragraph(text)
    return _core(document, datetime.datetime(2025, 4, 11, 16, 0))


# --- 6507: a wide table over a page break, printed by LibreOffice --------------------------------


def docx_marbury() -> bytes:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm, Pt

    document = _plain_document("Liberation Sans", 10.5)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.8)
    section.footer.paragraphs[0].text = MARBURY_FOOTER
    _abstract_list(document, 77, [("bullet", "\u2022", 720)])
    widths = (Cm(4.4), Cm(1.4), Cm(7.6), Cm(4.0))
    for block in MARBURY:
        kind = block[0]
        if kind == "title":
            document.add_paragraph(block[1], style="Title")
        elif kind == "h":
            document.add_paragraph(block[1], style="Heading 1")
        elif kind == "table":
            table = document.add_table(rows=0, cols=4)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for index, values in enumerate(block[1]):
                row = table.add_row()
                if index == 0:
                    row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
                for cell, value, width in zip(row.cells, values, widths, strict=True):
                    cell.width = width
                    run = cell.paragraphs[0].add_run(value)
                    run.font.size = Pt(9.5)
                    if index == 0:
                        run.bold = True
                        _shade(cell, "D9D9D9")
            table.autofit = False
            for column, width in zip(table.columns, widths, strict=True):
                column.width = width
            document.add_paragraph()
        else:
            document.add_paragraph(block[1])
    return _core(document, datetime.datetime(2025, 2, 20, 11, 0))


# --- PDFs through fpdf2: a line layout of our own -----------------------------------------------

FOOTNOTE = re.compile(r"\[\^([^\]]+)\]")


def _hyphen_split(pdf: Any, word: str, room: float) -> tuple[str, str] | None:
    """A word broken at its line end as a word processor's hyphenation would (Pyphen's British
    English patterns, as WeasyPrint and LibreOffice use): a lower-case word, the longest first
    part that fits with its hyphen."""
    import pyphen

    core = word.rstrip(".,;:")
    if len(core) < 6 or not core.isalpha() or not core.islower():
        return None
    for head, tail in pyphen.Pyphen(lang="en_GB", left=3, right=3).iterate(core):
        if pdf.get_string_width(head + "-") <= room:
            return head + "-", tail + word[len(core) :]
    return None


def _lines(pdf: Any, text: str, width: float, hyphenate: bool) -> list[list[str]]:
    """Break text into lines of words that fit the width, hyphenating where asked."""
    words = text.split()
    lines: list[list[str]] = []
    line: list[str] = []
    while words:
        word = words.pop(0)
        candidate = " ".join([*line, word])
        if pdf.get_string_width(FOOTNOTE.sub("", candidate)) <= width or not line:
            line.append(word)
            continue
        if hyphenate:
            room = width - pdf.get_string_width(" ".join(line) + " ")
            split = _hyphen_split(pdf, word, room)
            if split is not None:
                line.append(split[0])
                words.insert(0, split[1])
                lines.append(line)
                line = []
                continue
        lines.append(line)
        line = [word]
    if line:
        lines.append(line)
    return lines


class _Layout:
    """Places text line by line on A4 pages, each line its own text object."""

    def __init__(self, pdf: Any, body_size: float, heading_size: float, heading_style: str,
                 hyphenate: bool, footer: Any, notes_area: bool) -> None:  # fmt: skip
        self.pdf = pdf
        self.body_size = body_size
        self.heading_size = heading_size
        self.heading_style = heading_style
        self.hyphenate = hyphenate
        self.footer = footer
        self.notes_area = notes_area
        self.left, self.right, self.top = 22.0, 188.0 if not hyphenate else 178.0, 24.0
        self.bottom = 270.0
        self.page_notes: list[tuple[int, str]] = []
        self.note_number = 0
        self.notes: list[str] = []
        self.pages: list[list[tuple[int, str]]] = []
        self.y = self.top
        pdf.add_page()

    def _notes_height(self, notes: list[tuple[int, str]]) -> float:
        if not notes:
            return 0.0
        pdf = self.pdf
        family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
        pdf.set_font("Helvetica", "", 7.5)
        lines = sum(len(_lines(pdf, text, self.right - self.left - 5, False)) for _, text in notes)
        pdf.set_font(family, style, size)
        return 6 + lines * 3.6

    def _limit(self, extra: list[tuple[int, str]] | None = None) -> float:
        notes = self.page_notes + (extra or [])
        return self.bottom - self._notes_height(notes)

    def _finish_page(self) -> None:
        pdf = self.pdf
        if self.page_notes:
            y = self.bottom - self._notes_height(self.page_notes) + 3
            pdf.set_line_width(0.2)
            pdf.line(self.left, y, self.left + 50, y)
            y += 3.5
            pdf.set_font("Helvetica", "", 7.5)
            for number, text in self.page_notes:
                pdf.text(self.left, y, str(number))
                for words in _lines(pdf, text, self.right - self.left - 5, False):
                    pdf.text(self.left + 4, y, " ".join(words))
                    y += 3.6
        if self.footer is not None:
            family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
            self.footer(pdf, pdf.page, "")
            pdf.set_font(family, style, size)
        self.pages.append(self.page_notes)
        self.page_notes = []

    def new_page(self) -> None:
        self._finish_page()
        self.pdf.add_page()
        self.y = self.top

    def close(self) -> None:
        self._finish_page()

    def heading(self, text: str, size: float, style: str, space: float = 5.0) -> None:
        pdf = self.pdf
        if self.y + space + 18 > self._limit():
            self.new_page()
        elif self.y > self.top:
            self.y += space
        pdf.set_font("Helvetica", style, size)
        self.y += size * 0.42
        pdf.text(self.left, self.y, text)
        self.y += 2.6

    def paragraph(self, text: str, indent: float = 0.0, bullet: str = "") -> None:
        pdf = self.pdf
        pdf.set_font("Times", "", self.body_size)
        text = FOOTNOTE.sub(self._keep_note, text)
        leading = self.body_size * 0.46
        width = self.right - self.left - indent
        lines = _lines(pdf, text, width, self.hyphenate)
        for index, words in enumerate(lines):
            notes = [(0, self.notes[int(key)]) for word in words for key in FOOTNOTE.findall(word)]
            if self.y + leading > self._limit(notes):
                self.new_page()
                pdf.set_font("Times", "", self.body_size)
            self.y += leading
            if bullet and index == 0:
                pdf.text(self.left + indent - 4.5, self.y, bullet)
            self._line(words, self.left + indent)
        self.y += 1.6

    def _keep_note(self, match: re.Match[str]) -> str:
        """A footnote's text kept aside, its place marked by its key (no spaces to break)."""
        self.notes.append(match[1])
        return f"[^{len(self.notes) - 1}]"

    def _line(self, words: list[str], x: float) -> None:
        """One line as one text object; a footnote mark raised after its word, the rest of the
        line after the mark."""
        pdf = self.pdf
        segment: list[str] = []
        for word in words:
            keys = FOOTNOTE.findall(word)
            segment.append(FOOTNOTE.sub("", word))
            if not keys:
                continue
            text = " ".join(segment)
            pdf.text(x, self.y, text)
            x += pdf.get_string_width(text)
            pdf.set_font("Times", "", self.body_size * 0.6)
            for key in keys:
                self.note_number += 1
                self.page_notes.append((self.note_number, self.notes[int(key)]))
                pdf.text(x + 0.2, self.y - self.body_size * 0.16, str(self.note_number))
                x += pdf.get_string_width(str(self.note_number)) + 0.2
            pdf.set_font("Times", "", self.body_size)
            x += pdf.get_string_width(" ")
            segment = []
        if segment:
            pdf.text(x, self.y, " ".join(segment))


def _fpdf(title: str) -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_producer("PyFPDF/fpdf2")
    pdf.set_title(title)
    pdf.set_creation_date(datetime.datetime(2025, 10, 6, 9, 0, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(False)
    pdf.set_compression(True)
    return pdf


def _ascii(text: str) -> str:
    """fpdf2's core fonts are Latin-1: curly quotes and dashes as the typewriter's."""
    return text.replace("\u2019", "'").replace("\u2013", "-")


def _lay_out(layout: _Layout, blocks: list[Block], title_size: float) -> None:
    number = 0
    for block in blocks:
        kind, text = block[0], _ascii(block[1])
        if kind != "n":
            number = 0
        if kind == "title":
            layout.heading(text, title_size, "B", 0)
            layout.y += 4
        elif kind == "h":
            layout.heading(text, layout.heading_size, layout.heading_style)
        elif kind == "b":
            layout.paragraph(text, indent=6, bullet=chr(149))
        elif kind == "n":
            number += 1
            layout.paragraph(text, indent=7, bullet=f"{number}.")
        else:
            layout.paragraph(text)


def pdf_sallowfield(target: Path) -> None:
    pdf = _fpdf(TITLE)

    def footer(pdf: Any, page: int, total: str) -> None:
        pdf.set_font("Helvetica", "", 8)
        pdf.text(22, 284, _ascii(SALLOWFIELD_FOOTER))
        pdf.text(180, 284, str(page))

    layout = _Layout(pdf, 10.5, 12.0, "", hyphenate=True, footer=footer, notes_area=False)
    _lay_out(layout, SALLOWFIELD, 15)
    layout.close()
    pdf.output(str(target))


def pdf_thistlewood(target: Path) -> None:
    pages = [0]
    for _ in range(2):  # the first pass counts the pages that "Page N of M" names
        pdf = _fpdf(TITLE)

        def footer(pdf: Any, page: int, total: str) -> None:
            pdf.set_font("Helvetica", "", 8.5)
            pdf.text(96, 284, f"Page {page} of {pages[0]}")

        layout = _Layout(pdf, 11.0, 13.0, "B", hyphenate=False, footer=footer, notes_area=True)
        _lay_out(layout, THISTLEWOOD, 17)
        layout.close()
        pages[0] = pdf.page
    pdf.output(str(target))


# --- notes and main ---------------------------------------------------------------------------------


def note(what: str, head: list[str], blocks: list[Block], numbered: str = "") -> str:
    lines = [f"%% built by build_blind65.py: {what}", ""]
    lines += [f"{line}\n" for line in head]
    counters = [0, 0, 0]
    number = 0
    for block in blocks:
        kind = block[0]
        if kind != "n":
            number = 0
        if kind == "title":
            lines.append(f"# {block[1]}\n")
        elif kind == "h":
            if numbered == "list":
                counters[0] += 1
                counters[1] = counters[2] = 0
                lines.append(f"## {counters[0]}. {block[1]}\n")
            elif len(block) == 3:
                lines.append(f"## {block[1]} {block[2]}\n")
            else:
                lines.append(f"## {block[1]}\n")
        elif kind == "p" and numbered == "list":
            counters[1] += 1
            counters[2] = 0
            lines.append(f"{counters[0]}.{counters[1]} {block[1]}\n")
        elif kind == "a":
            counters[2] += 1
            lines.append(f"    ({chr(96 + counters[2])}) {block[1]}")
        elif kind == "b":
            lines.append(f"- {block[1]}")
        elif kind == "n":
            number += 1
            lines.append(f"{number}. {block[1]}")
        elif kind == "lead":
            lines.append(f"**{block[1]}**{block[2]}\n")
        elif kind == "bold":
            lines.append(f"**{block[1]}**\n")
        elif kind == "table":
            for index, row in enumerate(block[1]):
                lines.append("| " + " | ".join(row) + " |")
                if index == 0:
                    lines.append("|" + "---|" * len(row))
            lines.append("")
        else:
            lines.append(FOOTNOTE.sub(lambda m: f" [footnote: {m[1]}]", block[1]) + "\n")
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


def main() -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import docx_to_pdf

    def word(name: str, data: bytes, what: str, head: list[str], blocks: list[Block], numbered: str = "") -> None:  # fmt: skip
        path = HERE / name
        path.write_bytes(_with_fixed_zip_times(data))
        path.with_name(name + ".md").write_text(
            note(what, head, blocks, numbered), encoding="utf-8"
        )

    word("6501-docx-bold-body-size-headings-no-styles-bold-lead-in-bold-sentence.docx", docx_brindlecombe(),
         "no styles; headings bold Normal runs at the body's 11 pt, title bold 16 pt, a bold lead-in and a bold sentence",
         [f"**{TITLE}**", "Brindlecombe District Council"], BRINDLECOMBE)  # fmt: skip
    word("6502-docx-headings-numbered-by-list-numbering-normal-numbered-paragraphs.docx", docx_oxlade(),
         "headings Normal paragraphs numbered by numPr level 0 (not bold), body at level 1, Acts at level 2",
         [f"# {OXLADE_TITLE}"], OXLADE, numbered="list")  # fmt: skip
    word("6503-docx-headings-in-one-row-shaded-two-cell-tables-control-table.docx", docx_wrenfold(),
         "each heading a one-row shaded table (number | words), a closing Document control table",
         [f"**{TITLE}**"],
         [*WRENFOLD, ("h", "8", "Document control"), ("table", [list(row) for row in WRENFOLD_CONTROL])])  # fmt: skip
    word("6504-docx-cover-page-title-in-text-box-page-break-heading-1.docx", docx_pennock(),
         "a cover page: title, council, manual and version in a text box, a page break, Heading 1 headings",
         ["%% in a text box on the cover page:"] + [text for _, text in PENNOCK_COVER] + ["%% page break"], PENNOCK)  # fmt: skip

    sallowfield = HERE / "6505-pdf-fpdf-line-objects-hyphenated-headings-slightly-larger.pdf"
    pdf_sallowfield(sallowfield)
    sallowfield.with_name(sallowfield.name + ".md").write_text(
        note("fpdf2: each line its own text object, justified and hyphenated; headings 12 pt regular over a 10.5 pt body; running footer "
             f"'{SALLOWFIELD_FOOTER}' and a page number", [], SALLOWFIELD),
        encoding="utf-8",
    )  # fmt: skip
    thistlewood = HERE / "6506-pdf-fpdf-footnote-area-page-n-of-m.pdf"
    pdf_thistlewood(thistlewood)
    thistlewood.with_name(thistlewood.name + ".md").write_text(
        note("fpdf2: footnotes under a rule at the foot of the page, raised reference marks, 'Page N of M' under them", [], THISTLEWOOD),
        encoding="utf-8",
    )  # fmt: skip
    marbury = HERE / "6507-pdf-lo-wide-legislation-table-across-page-break-repeated-header.pdf"
    docx_to_pdf(docx_marbury(), marbury)
    marbury.with_name(marbury.name + ".md").write_text(
        note(f"LibreOffice printing a Word file: a four-column legislation table across a page break, its heading row repeated; footer '{MARBURY_FOOTER}'", [], MARBURY),
        encoding="utf-8",
    )  # fmt: skip


if __name__ == "__main__":
    main()
