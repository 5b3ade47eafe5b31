# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-twenty-second blind set: six whole children's-services policy chapters of
invented councils as PDF, each from a different producer and each setting its headings or pages
out in a way a reader sees on the page but the text alone does not say.

    12201  LibreOffice from Word: section headings "1. Introduction" as bold Normal paragraphs at
           body size, numbered paragraphs "1.1", "1.2" under them; a landscape page in the middle
           holding a table (the corporate parents and what each does).
    12202  reportlab: headings in small capitals at body size (no bold, no size change); a
           running header naming the current section, which changes from page to page;
           footnotes citing legislation at the foot of the page.
    12203  fpdf2: a boxed "Key points" panel on page 1; headings set apart only by colour; a
           heading left at the foot of a page with its text on the next; a constant running
           header and a page footer.
    12204  WeasyPrint from HTML: the body in two columns, headings in small capitals at body
           size, a running header holding the heading of the section the page begins in.
    12205  Chromium (Playwright print to PDF): headings coloured only, a "Key points" box,
           a landscape page (a named CSS page) with a table in the middle, header and footer
           templates with the chapter title and page numbers.
    12206  reportlab: the title across the page and the body in two frames (two columns),
           headings bold at body size, a document-control table at the end.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind122.py
       (python-docx, LibreOffice, reportlab, fpdf2, WeasyPrint, Playwright with /usr/bin/chromium)
"""

from __future__ import annotations

import datetime
import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import add_bold_heading, blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind122.py"
Blocks = list[tuple[str, str]]

# fmt: off
# ---------------------------------------------------------------- 12201 Thornacre, LibreOffice, numbered paragraphs, landscape table
THORNACRE: Blocks = [
    ("title", "Children's Services: Policy, Values and Principles"),
    ("h", "1. About this chapter"),
    ("p", "1.1 This chapter sets out the policy framework within which Thornacre District Council's children's services work. It applies to every member of staff in children's social care and to the agencies we commission."),
    ("p", "1.2 This chapter was amended in October 2024 to add the new table of corporate parenting roles and to bring the timescale for permanence planning into line with practice."),
    ("h", "2. The law we work within"),
    ("p", "2.1 Our work with children and families is governed mainly by the following Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "2.2 We also follow the statutory guidance Working Together to Safeguard Children and the Children's Social Care National Framework."),
    ("h", "3. What we value"),
    ("p", "3.1 We believe children are best brought up within their own families, provided that this is safe. We listen to children, we are open and honest with parents, and we build on what is already strong in a family."),
    ("p", "3.2 We expect every practitioner to treat children and families with respect and to challenge discrimination wherever they meet it."),
    ("h", "4. Corporate parenting"),
    ("p", "4.1 The council is the corporate parent of every Looked After Child and care leaver in Thornacre. In all that we do for them we have regard to the seven corporate parenting principles:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("p", "4.2 The table on the next page shows who our corporate parents are and what each is expected to do."),
]
THORNACRE_TABLE_CAPTION = "Table 1: Our corporate parents"
THORNACRE_TABLE = [
    ("Corporate parent", "What they do", "How often"),
    ("Elected members", "Sit on the Corporate Parenting Panel and ask how well children in our care are doing", "Every two months"),
    ("Director of Children's Services", "Reports to the Panel on the outcomes of Looked After Children", "Each quarter"),
    ("Housing service", "Offers care leavers priority for a tenancy when they are ready", "As needed"),
    ("Virtual School", "Tracks the education of every child in our care", "Each term"),
]
THORNACRE_AFTER: Blocks = [
    ("h", "5. Our practice model"),
    ("p", "5.1 Thornacre uses Signs of Safety as its practice model. Social workers map with families what is working well, what they are worried about and what needs to happen, and they build a safety network around each child."),
    ("h", "6. Principles of our work"),
    ("p", "6.1 Where a child cannot live safely at home, we look first to relatives and friends who could care for them."),
    ("p", "6.2 Every Looked After Child has a permanence plan agreed at their second review, within four months of coming into care."),
    ("p", "6.3 Care leavers have the support of a personal adviser until they are 21, and until they are 25 if they ask for it."),
    ("h", "7. Sharing information"),
    ("p", "7.1 We share information about children and families only where the law allows it and where it helps to keep a child safe or to meet their needs, and we record what we shared and why."),
    ("p", "Version 6 – October 2024"),
]

# ---------------------------------------------------------------- 12202 Brackenmoor, reportlab, small caps, running section header, footnotes
# (kind, text, footnote or "")
BRACKENMOOR_TITLE = "Leaving Care and Transition to Adulthood"
BRACKENMOOR: list[tuple[str, str, str]] = [
    ("p", "Brackenmoor Metropolitan Council – Children's Services Procedures Manual", ""),
    ("title", BRACKENMOOR_TITLE, ""),
    ("h", "Scope of this chapter", ""),
    ("p", "This chapter describes the support Brackenmoor gives to young people who are leaving its care and to care leavers up to the age of 25. It is for personal advisers, social workers in the Pathway Team and their managers.", ""),
    ("p", "The chapter was amended in March 2025: the section on Staying Close was added and the contact details of the Care Leavers' Hub were updated.", ""),
    ("h", "Legal basis", ""),
    ("p", "The duties owed to care leavers come from these Acts:", ""),
    ("b", "Children Act 1989", ""),
    ("b", "Children (Leaving Care) Act 2000", ""),
    ("b", "Children and Social Work Act 2017", ""),
    ("h", "Our ambitions for care leavers", ""),
    ("p", "We want our care leavers to have a home they feel safe in, people they can rely on, and the chance to learn, to work and to enjoy their lives. We measure ourselves against what a loving parent would want for their own child.", ""),
    ("h", "Personal advisers", ""),
    ("p", "Every young person who has left care has a personal adviser until they are 21.", "Children Act 1989, section 23C, as amended by the Children (Leaving Care) Act 2000."),
    ("p", "A care leaver who is 21 or over may return to us at any time before their 25th birthday and ask for a personal adviser again.", "Children and Social Work Act 2017, section 3, which inserted section 23CZB into the Children Act 1989."),
    ("p", "Personal advisers keep in touch at least every eight weeks, and more often when a young person is going through a hard time. They see the young person face to face whenever they can.", ""),
    ("h", "The pathway plan", ""),
    ("p", "Each Child Looked After has a pathway plan from the age of 16, drawn up with them and reviewed at least every six months. The plan says where the young person will live, how they will manage their money, and who will help them with education, training or work.", ""),
    ("p", "Young people are encouraged to bring a friend or advocate to their pathway plan reviews, and their own words are written into the plan.", ""),
    ("h", "Staying Put and Staying Close", ""),
    ("p", "Young people living with foster carers can stay with them after their 18th birthday under a Staying Put arrangement until they are 21.", "Children and Families Act 2014, section 98, which inserted section 23CZA into the Children Act 1989."),
    ("p", "Young people leaving children's homes are offered Staying Close: a flat near their home, with continued support from staff they know.", ""),
    ("h", "Our way of working", ""),
    ("p", "The Pathway Team works within Brackenmoor's Restorative Practice model, which asks staff to work with young people rather than doing things to them or for them. Young people helped to write the Care Leavers' Offer.", ""),
    ("h", "Confidentiality", ""),
    ("p", "Young people's records are kept securely. We explain to every young person what we record about them and who we share it with, and we ask for their agreement unless the law or their safety requires otherwise.", ""),
    ("h", "Contacts", ""),
    ("p", "The Care Leavers' Hub is open on weekday afternoons at Ropewalk House. Young people can also reach the duty personal adviser by telephone.", ""),
    ("p", "End of chapter", ""),
]

# ---------------------------------------------------------------- 12203 Ellerby Vale, fpdf2, key points box, coloured headings, heading at page foot
ELLERBY_TITLE = "Permanence Planning for Children in Care"
ELLERBY_KEY = [
    "Every child in care has a permanence plan within six months of coming into care.",
    "We look first to the child's own family and friends.",
    "Brothers and sisters are placed together wherever this is right for each of them.",
]
ELLERBY: Blocks = [
    ("h", "Introduction"),
    ("p", "This chapter explains how Ellerby Vale Council plans for a secure and lasting home for every child in its care. It is written for social workers, team managers, independent reviewing officers and the fostering and adoption teams. It was last amended in January 2025, when the section on early permanence was rewritten."),
    ("p", "The main legislation is the Children Act 1989, the Adoption and Children Act 2002 and the Children and Families Act 2014; the Care Planning, Placement and Case Review (England) Regulations 2010 set out how plans are made and reviewed."),
    ("h", "What permanence means"),
    ("p", "Permanence gives a child a sense of security, continuity and belonging. It may be achieved by a safe return to their parents, by living with relatives or friends under a special guardianship order, through long-term fostering, or through adoption."),
    ("p", "Whatever the route, the child should know where they will grow up and who will be there for them as they become an adult."),
    ("h", "Our values"),
    ("p", "We believe that every child deserves a family for life. We tell children the truth about their plans, we keep their brothers and sisters and the people who matter to them in their lives, and we do not let plans drift."),
    ("h", "How we work"),
    ("p", "Ellerby Vale practitioners are trained in Systemic Practice. They look at the relationships around a child, ask curious questions, and help families to find their own solutions."),
    ("p", "Family Group Conferences are offered to every family before proceedings are issued."),
    ("h", "Timescales"),
    ("p", "A permanence plan is agreed at the second review of every Child in Care, no later than six months after they came into care. For babies the plan is agreed sooner wherever possible, and early permanence placements are considered for every baby who may not be able to return home."),
    ("h", "Care leavers"),
    ("p", "Permanence does not end at 18. Young people leaving our care keep a personal adviser until they are 25."),
    ("h", "The role of the corporate parent"),
    ("p", "As corporate parent, the council's members and officers ask of every plan whether it is good enough for their own child. The Corporate Parenting Board receives a report each quarter on how many children have a permanence plan and how long they waited for it."),
    ("h", "Sharing information with carers"),
    ("p", "Foster carers, special guardians and adopters are given the information they need about a child's history, health and education, and are helped to keep it private."),
    ("p", "Last reviewed: 14 January 2025"),
]
ELLERBY_FOOT_HEADING = "Timescales"  # left at the foot of its page, its text on the next

# ---------------------------------------------------------------- 12204 Kestle Moor, WeasyPrint, two columns, small caps, running section header
KESTLE_TITLE = "Children's Services Policies, Values and Principles"
# (kind, text, footnote or "")
KESTLE: list[tuple[str, str, str]] = [
    ("h", "Amendment", ""),
    ("p", "This chapter was amended in July 2025. The description of our practice model and the corporate parenting principles were updated.", ""),
    ("h", "Introduction", ""),
    ("p", "Kestle Moor Borough Council provides services to children in need, to children in need of protection and to children who are looked after, as the law requires. The main Acts are:", ""),
    ("b", "Children Act 1989", ""),
    ("b", "Children Act 2004", ""),
    ("b", "Children and Families Act 2014", ""),
    ("b", "Children and Social Work Act 2017", ""),
    ("p", "This chapter sets out the values and principles on which all those services rest. It applies to everyone who works in or for children's services in Kestle Moor.", ""),
    ("h", "A shared responsibility", ""),
    ("p", "Keeping children safe is everyone's business. Schools, health services, the police and the voluntary sector work with us under local safeguarding arrangements, and we follow Working Together to Safeguard Children.", ""),
    ("h", "Our values", ""),
    ("p", "We are curious about children's lives, we respect families, and we are honest with them about our worries. We believe that most children do best with their own families, and that families can change when they are given the right help.", ""),
    ("h", "Corporate parenting", ""),
    ("p", "The council is the corporate parent of its children who are looked after and its care leavers. We have regard to the seven corporate parenting principles:", ""),
    ("n", "acting in their best interests and promoting their physical and mental health and well-being;", ""),
    ("n", "encouraging them to express their views, wishes and feelings;", ""),
    ("n", "taking their views, wishes and feelings into account;", ""),
    ("n", "helping them to gain access to, and make the best use of, services;", ""),
    ("n", "promoting high aspirations and the best outcomes for them;", ""),
    ("n", "helping them to be safe, with stability in their home lives, relationships and education or work;", ""),
    ("n", "preparing them for adulthood and independent living.", ""),
    ("h", "Our practice model", ""),
    ("p", "Kestle Moor's practice model is Family Safeguarding. Social workers work in teams with adult practitioners in mental health, domestic abuse and substance misuse, and use motivational interviewing to help parents make lasting changes.", ""),
    ("h", "Outcomes for children", ""),
    ("p", "We judge our work by what changes for children: whether they are healthy, safe, learning and enjoying their childhood, and whether they have a say in the decisions that shape their lives.", ""),
    ("p", "Each year the Children's Services Management Team looks at what children and young people have told us and sets out what it will do differently.", ""),
    ("h", "Permanence", ""),
    ("p", "Every child who is looked after has a plan for permanence by the time of their second review, four months after they came into care.", ""),
    ("h", "Leaving care", ""),
    ("p", "Young people who leave our care have a personal adviser until they are 21, or until 25 if they are in education or training or ask for one.", ""),
    ("h", "Information sharing", ""),
    ("p", "We share information lawfully, proportionately and securely, and we tell families what we share unless doing so would put a child at risk.", ""),
]

# ---------------------------------------------------------------- 12205 Saltney Cross, Chromium, coloured headings, key points, landscape table
SALTNEY_TITLE = "Our Children, Our Principles"
SALTNEY_KEY = [
    "This chapter was updated in May 2025.",
    "Care leavers can have a personal adviser up to the age of 25.",
    "Our practice model is Signs of Safety.",
]
SALTNEY: Blocks = [
    ("h", "Purpose of this chapter"),
    ("p", "This chapter tells staff in Saltney Cross children's services what we believe, how we work, and what children and families can expect of us. It replaces the version issued in 2023."),
    ("h", "The legal framework"),
    ("p", "Our duties are set out in the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our vision"),
    ("p", "We want every child in Saltney Cross to grow up safe, loved and hopeful, in a family that can meet their needs, with the chance to achieve whatever they set their hearts on."),
    ("h", "Outcomes we work towards"),
    ("p", "The table on the next page sets out the outcomes we want for children and how we will know we are achieving them."),
]
SALTNEY_TABLE = [
    ("Outcome", "What it means for a child", "How we will know"),
    ("Being healthy", "The child's physical and emotional health needs are met", "Health assessments are completed on time"),
    ("Being safe", "The child is protected from harm and neglect", "Fewer children come back onto a plan"),
    ("Doing well at school", "The child attends, learns and makes progress", "Attendance and attainment improve"),
    ("Having a say", "The child's views shape the decisions made about them", "Children tell us they were listened to"),
]
SALTNEY_AFTER: Blocks = [
    ("h", "Our practice model"),
    ("p", "We use Signs of Safety in all our work with children and families. It helps us to be clear about danger and safety, to hear the child's voice and to build a network of people who will keep the child safe."),
    ("h", "Key principles"),
    ("p", "Children should live with their families wherever it is safe for them to do so. Where they cannot, we consider family and friends first."),
    ("p", "A plan for permanence is made for every Looked After Child at the second review, within four months of them coming into care."),
    ("p", "Young people leaving care are supported by a personal adviser until they are 21, and up to 25 if they want that help."),
    ("h", "Corporate parenting"),
    ("p", "Every councillor and every officer is a corporate parent. The Corporate Parenting Panel, on which young people from the Children in Care Council sit, checks that the council keeps its promises to Looked After Children."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Information is shared only with those who need it to protect a child or to provide a service, and always in line with data protection law."),
    ("p", "Last updated: 12 May 2025"),
]

# ---------------------------------------------------------------- 12206 Fallowfield Heath, reportlab, two frames, document control table
FALLOW_TITLE = "Values and Principles of Children's Social Care"
FALLOW: Blocks = [
    ("h", "Scope"),
    ("p", "This chapter applies to all children's social care staff in Fallowfield Heath, including agency workers and students on placement."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Fallowfield Heath Council's children's services are delivered. It draws on the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, and on the guidance that accompanies them."),
    ("h", "Our values"),
    ("p", "Children have a right to be heard. We listen to them, take what they say seriously and tell them what we have done about it."),
    ("p", "We are respectful, reliable and honest. We do what we say we will do, and when we cannot, we explain why."),
    ("h", "How we practise"),
    ("p", "Our practice model is Systemic Practice. We see families as systems of relationships and work with the whole family, not just the child, to bring about change that lasts."),
    ("h", "Key principles"),
    ("p", "We aim to support children to remain safely with their families. When a child comes into our care, we plan for permanence from the first day, and a permanence plan is agreed within four months."),
    ("p", "Young people who have been in our care are entitled to a personal adviser until they reach 21. Those who are in education or training can keep their personal adviser until 25."),
    ("h", "Corporate parenting"),
    ("p", "Fallowfield Heath Council is the corporate parent of every Child in Care and care leaver. Members and officers have regard to the corporate parenting principles in all that they do, and the Corporate Parenting Board monitors how well the council keeps its pledge."),
    ("h", "Working with partners"),
    ("p", "Health, education, police and voluntary services share responsibility for the welfare of children. We plan with them and hold each other to account through the local safeguarding partnership."),
    ("h", "Information sharing"),
    ("p", "Practitioners share information in line with the government's advice on information sharing, and record every decision to share or not to share."),
]
FALLOW_CONTROL = [
    ("Document control", ""),
    ("Owner", "Head of Quality Assurance"),
    ("Amended", "November 2024"),
    ("Next review", "November 2026"),
    ("Version", "v4.0"),
]
# fmt: on


# ------------------------------------------------------------------------------ 12201 LibreOffice


def thornacre(target: Path) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm, Pt

    document = new_docx()

    def add(blocks: Blocks) -> None:
        for kind, text in blocks:
            if kind == "title":
                run = document.add_paragraph().add_run(text)
                run.bold = True
                run.font.size = Pt(15)
            elif kind == "h":
                add_bold_heading(document, text, 8)
            elif kind == "b":
                document.add_paragraph(text, style="List Bullet")
            elif kind == "n":
                document.add_paragraph(text, style="List Number")
            else:
                document.add_paragraph(text)

    add(THORNACRE)
    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Mm(297), Mm(210)
    caption = document.add_paragraph()
    caption.add_run(THORNACRE_TABLE_CAPTION).italic = True
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in THORNACRE_TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    portrait = document.add_section(WD_SECTION.NEW_PAGE)
    portrait.orientation = WD_ORIENT.PORTRAIT
    portrait.page_width, portrait.page_height = Mm(210), Mm(297)
    add(THORNACRE_AFTER)
    docx_to_pdf(saved_docx(document), target)


# ------------------------------------------------------------------------------ reportlab


def _small_caps(text: str, size: float) -> str:
    """Small capitals as a typesetter fakes them: capitals at full size, lower-case letters as
    capitals at about three quarters of the size."""
    out: list[str] = []
    for char in text:
        if char.islower():
            out.append(f'<font size="{size * 0.78:.1f}">{html.escape(char.upper())}</font>')
        else:
            out.append(html.escape(char))
    return "".join(out)


def brackenmoor(target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=7)
    head = ParagraphStyle("head", parent=body, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    title = ParagraphStyle(
        "title", parent=body, fontName="Times-Bold", fontSize=17, leading=21, spaceAfter=10
    )
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
    note = ParagraphStyle("note", fontName="Times-Roman", fontSize=8, leading=10)
    state: dict[str, Any] = {"section": "", "notes": [], "number": 0}

    class SectionMark(Flowable):  # type: ignore[misc]
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

        def wrap(self, *_: Any) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            state["section"] = self.name

    class NoteMark(Flowable):  # type: ignore[misc]
        def __init__(self, number: int, text: str) -> None:
            super().__init__()
            self.number, self.text = number, text

        def wrap(self, *_: Any) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            state["notes"].append((self.number, self.text))

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Times-Italic", 9)
        if state["section"]:
            canvas.drawString(22 * mm, A4[1] - 14 * mm, f"{BRACKENMOOR_TITLE} – {state['section']}")
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Page {doc.page}")
        y = 22 * mm
        for number, text in reversed(state["notes"]):
            paragraph = Paragraph(f"<super>{number}</super> {html.escape(text)}", note)
            _, height = paragraph.wrap(A4[0] - 44 * mm, 40 * mm)
            paragraph.drawOn(canvas, 22 * mm, y)
            y += height + 2
        if state["notes"]:
            canvas.line(22 * mm, y + 1, 70 * mm, y + 1)
        state["notes"] = []
        canvas.restoreState()

    def later_page(canvas: Any, doc: Any) -> None:
        page(canvas, doc)

    story: list[Any] = []
    for kind, text, footnote in BRACKENMOOR:
        if kind == "title":
            story.append(Paragraph(html.escape(text), title))
        elif kind == "h":
            story.append(SectionMark(text))
            story.append(Paragraph(_small_caps(text, 11), head))
        elif kind == "b":
            story.append(Paragraph(html.escape(text), bullet, bulletText="•"))
        elif kind == "p" and text.startswith("Brackenmoor Metropolitan"):
            story.append(Paragraph(html.escape(text), small))
            story.append(Spacer(1, 4))
        else:
            mark = ""
            if footnote:
                state["number"] += 1
                story.append(NoteMark(state["number"], footnote))
                mark = f"<super>{state['number']}</super>"
            story.append(Paragraph(html.escape(text) + mark, body))
    document = BaseDocTemplate(
        str(target), pagesize=A4, title=BRACKENMOOR_TITLE, author="policydiff test cases",
        creator="reportlab", invariant=1,
    )  # fmt: skip
    frame = Frame(22 * mm, 55 * mm, A4[0] - 44 * mm, A4[1] - 77 * mm, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=later_page)])
    document.build(story)


def fallowfield(target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    head = ParagraphStyle(
        "head", parent=body, fontName="Helvetica-Bold", spaceBefore=6, spaceAfter=3, keepWithNext=1
    )
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22)
    council = ParagraphStyle("council", parent=body, fontSize=9, textColor=colors.grey)
    width, height = A4
    margin, gap = 18 * mm, 8 * mm
    column = (width - 2 * margin - gap) / 2
    top = 30 * mm
    first = [
        Frame(margin, height - margin - top, width - 2 * margin, top, id="title"),
        Frame(margin, margin, column, height - 2 * margin - top, id="left1"),
        Frame(margin + column + gap, margin, column, height - 2 * margin - top, id="right1"),
    ]
    later = [
        Frame(margin, margin, column, height - 2 * margin, id="left"),
        Frame(margin + column + gap, margin, column, height - 2 * margin, id="right"),
    ]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(
            width - margin, 10 * mm, f"Fallowfield Heath Council | page {doc.page}"
        )
        canvas.restoreState()

    story: list[Any] = [
        Paragraph("Fallowfield Heath Council – Children's Services", council),
        Paragraph(html.escape(FALLOW_TITLE), title),
        NextPageTemplate("later"),
        FrameBreak(),
    ]
    for kind, text in FALLOW:
        story.append(Paragraph(html.escape(text), head if kind == "h" else body))
    table = Table([list(row) for row in FALLOW_CONTROL], colWidths=[column * 0.45, column * 0.55])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("SPAN", (0, 0), (-1, 0)),
    ]))  # fmt: skip
    story.append(table)
    document = BaseDocTemplate(
        str(target), pagesize=A4, title=FALLOW_TITLE, author="policydiff test cases",
        creator="reportlab", invariant=1,
    )  # fmt: skip
    document.addPageTemplates([
        PageTemplate(id="first", frames=first, onPage=footer),
        PageTemplate(id="later", frames=later, onPage=footer),
    ])  # fmt: skip
    document.build(story)


# ------------------------------------------------------------------------------ fpdf2


def ellerby(target: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Ellerby Vale Council - Children's Services Procedures", align="R")
            self.ln(10)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"{ELLERBY_TITLE} - page {self.page_no()} of {{nb}}", align="C")

    pdf = Pdf(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 1, 14))
    pdf.set_title(ELLERBY_TITLE)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(22, 18, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, ELLERBY_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    # the boxed key points panel
    top = pdf.get_y()
    pdf.set_xy(27, top + 4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Key points", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for point in ELLERBY_KEY:
        pdf.set_x(27)
        pdf.multi_cell(156, 5.5, "-  " + point, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y() + 3
    pdf.set_draw_color(30, 90, 140)
    pdf.set_line_width(0.5)
    pdf.rect(22, top, 166, bottom - top)
    pdf.set_y(bottom + 6)
    for kind, text in ELLERBY:
        if kind == "h":
            if text == ELLERBY_FOOT_HEADING:
                # leave the heading alone at the foot of the page: fill to just above the margin
                room = pdf.h - 22 - 9
                if pdf.get_y() < room:
                    pdf.set_y(room)
            else:
                pdf.ln(2)
            pdf.set_font("Helvetica", "", 11)
            pdf.set_text_color(0, 102, 153)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            if text == ELLERBY_FOOT_HEADING:
                pdf.add_page()
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(target))


# ------------------------------------------------------------------------------ WeasyPrint


def kestle(target: Path) -> None:
    from weasyprint import HTML

    parts: list[str] = [f"<h1>{html.escape(KESTLE_TITLE)}</h1>", '<div class="cols">']
    open_list = ""
    for kind, text, footnote in KESTLE:
        note = f'<span class="fn">{html.escape(footnote)}</span>' if footnote else ""
        if open_list and kind != open_list:
            parts.append("</ol>" if open_list == "n" else "</ul>")
            open_list = ""
        if kind == "h":
            parts.append(f"<h2>{html.escape(text)}</h2>")
        elif kind == "b":
            if not open_list:
                parts.append("<ul>")
                open_list = "b"
            parts.append(f"<li>{html.escape(text)}</li>")
        elif kind == "n":
            if not open_list:
                parts.append("<ol>")
                open_list = "n"
            parts.append(f"<li>{html.escape(text)}{note}</li>")
        else:
            parts.append(f"<p>{html.escape(text)}{note}</p>")
    if open_list:
        parts.append("</ol>" if open_list == "n" else "</ul>")
    parts.append("</div>")
    css = """
@page { size: A4; margin: 24mm 18mm 22mm 18mm;
  @top-left { content: "Kestle Moor – " string(section); font: italic 8pt 'DejaVu Serif'; color: #444; }
  @bottom-right { content: "Page " counter(page); font: 8pt 'DejaVu Serif'; color: #444; }
  @footnote { border-top: 0.5pt solid #777; padding-top: 1mm; } }
body { font: 11pt/1.4 'DejaVu Serif', serif; }
h1 { font: bold 17pt 'DejaVu Sans'; margin: 0 0 6mm; }
.cols { columns: 2; column-gap: 8mm; }
h2 { font: 11pt/1.4 'DejaVu Serif', serif; font-variant: small-caps; letter-spacing: 0.04em;
     margin: 3mm 0 1mm; break-after: avoid; string-set: section content(); }
p { margin: 0 0 2mm; text-align: justify; }
ol, ul { margin: 0 0 2mm; padding-left: 5mm; }
.fn { float: footnote; font-size: 7.5pt; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(KESTLE_TITLE)}</title><style>{css}</style></head><body>"
        + "\n".join(parts)
        + "</body></html>"
    )
    HTML(string=document).write_pdf(str(target))


# ------------------------------------------------------------------------------ Chromium


def saltney(target: Path) -> None:
    from playwright.sync_api import sync_playwright

    def blocks_html(blocks: Blocks) -> str:
        out: list[str] = []
        open_list = False
        for kind, text in blocks:
            if kind != "b" and open_list:
                out.append("</ul>")
                open_list = False
            if kind == "h":
                out.append(f"<h2>{html.escape(text)}</h2>")
            elif kind == "b":
                if not open_list:
                    out.append("<ul>")
                    open_list = True
                out.append(f"<li>{html.escape(text)}</li>")
            else:
                out.append(f"<p>{html.escape(text)}</p>")
        if open_list:
            out.append("</ul>")
        return "\n".join(out)

    key = "".join(f"<li>{html.escape(point)}</li>" for point in SALTNEY_KEY)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<{'th' if i == 0 else 'td'}>{html.escape(c)}</{'th' if i == 0 else 'td'}>"
            for c in row
        )
        + "</tr>"
        for i, row in enumerate(SALTNEY_TABLE)
    )
    css = """
@page { size: A4; margin: 20mm 18mm; }
@page wide { size: A4 landscape; }
body { font: 11pt/1.4 Arial, 'Liberation Sans', sans-serif; }
h1 { font-size: 20pt; margin: 0 0 5mm; }
h2 { font: 11pt/1.4 Arial, 'Liberation Sans', sans-serif; color: #7a1f5c; margin: 4mm 0 1mm; }
.key { border: 1.5pt solid #7a1f5c; padding: 2mm 5mm; margin: 0 0 5mm; }
.key p { font-weight: bold; margin: 1mm 0; }
.wide { page: wide; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #555; padding: 2mm; text-align: left; vertical-align: top; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(SALTNEY_TITLE)}</title><style>{css}</style></head><body>"
        f"<h1>{html.escape(SALTNEY_TITLE)}</h1>"
        f'<div class="key"><p>Key points</p><ul>{key}</ul></div>'
        + blocks_html(SALTNEY)
        + f'<div class="wide"><table>{rows}</table></div>'
        + blocks_html(SALTNEY_AFTER)
        + "</body></html>"
    )
    header = (
        '<div style="font-size:8px;width:100%;margin:0 18mm;color:#555">'
        "Saltney Cross Council – Children's Services Procedures</div>"
    )
    footer = (
        '<div style="font-size:8px;width:100%;text-align:center;color:#555">'
        f'{html.escape(SALTNEY_TITLE)} – page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_content(document)
        page.pdf(
            path=str(target), prefer_css_page_size=True, display_header_footer=True,
            header_template=header, footer_template=footer, print_background=True,
            margin={"top": "20mm", "bottom": "20mm", "left": "18mm", "right": "18mm"},
        )  # fmt: skip
        browser.close()


FILES = {
    "12201-pdf-lo-numbered-paragraphs-landscape-table-page.pdf": thornacre,
    "12202-pdf-reportlab-small-caps-headings-section-running-header-footnotes.pdf": brackenmoor,
    "12203-pdf-fpdf-key-points-box-colour-headings-heading-at-page-foot.pdf": ellerby,
    "12204-pdf-weasyprint-two-columns-small-caps-section-header.pdf": kestle,
    "12205-pdf-chromium-colour-headings-key-points-landscape-table.pdf": saltney,
    "12206-pdf-reportlab-two-frames-bold-body-size-headings-control-table.pdf": fallowfield,
}


def _notes() -> dict[str, str]:
    thornacre_blocks = (
        THORNACRE
        + [("p", THORNACRE_TABLE_CAPTION)]
        + [("p", " | ".join(row)) for row in THORNACRE_TABLE]
        + THORNACRE_AFTER
    )
    bracken_blocks: Blocks = []
    for kind, text, footnote in BRACKENMOOR:
        bracken_blocks.append((kind, text))
        if footnote:
            bracken_blocks.append(("p", "[footnote] " + footnote))
    ellerby_blocks: Blocks = [("title", ELLERBY_TITLE), ("p", "Key points")]
    ellerby_blocks += [("b", point) for point in ELLERBY_KEY] + ELLERBY
    kestle_blocks: Blocks = [("title", KESTLE_TITLE)]
    for kind, text, footnote in KESTLE:
        kestle_blocks.append((kind, text))
        if footnote:
            kestle_blocks.append(("p", "[footnote] " + footnote))
    saltney_blocks: Blocks = [("title", SALTNEY_TITLE), ("p", "Key points")]
    saltney_blocks += [("b", point) for point in SALTNEY_KEY] + SALTNEY
    saltney_blocks += [("p", " | ".join(row)) for row in SALTNEY_TABLE] + SALTNEY_AFTER
    fallow_blocks: Blocks = [
        ("p", "Fallowfield Heath Council – Children's Services"),
        ("title", FALLOW_TITLE),
    ]
    fallow_blocks += FALLOW + [("p", " | ".join(row)) for row in FALLOW_CONTROL]
    return {
        "12201": blocks_note(
            thornacre_blocks,
            SCRIPT,
            "LibreOffice PDF from Word; '1.' headings bold at body size, '1.1' paragraphs; a landscape page with a table",
        ),
        "12202": blocks_note(
            bracken_blocks,
            SCRIPT,
            "reportlab; small-capital headings at body size; a running header naming the section; footnotes",
        ),
        "12203": blocks_note(
            ellerby_blocks,
            SCRIPT,
            "fpdf2; a boxed Key points panel; headings coloured only; a heading at a page's foot",
        ),
        "12204": blocks_note(
            kestle_blocks,
            SCRIPT,
            "WeasyPrint; two columns; small-capital headings at body size; running section header",
        ),
        "12205": blocks_note(
            saltney_blocks,
            SCRIPT,
            "Chromium print to PDF; coloured headings; a Key points box; a landscape table page",
        ),
        "12206": blocks_note(
            fallow_blocks,
            SCRIPT,
            "reportlab; title across the page, body in two frames; a document-control table",
        ),
    }


def main() -> None:
    notes = _notes()
    only = set(sys.argv[1:])
    for name, make in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / (name + ".md")).write_text(notes[name[:5]], encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main()
