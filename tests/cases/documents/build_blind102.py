# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the documents of the hundred-and-second blind set: whole procedures-manual chapters of
invented councils (leaving care, permanence, corporate parenting, reviews of looked-after
children), testing Word and PDF internals not tried before.

    10201  Word: headings made by outline level on custom paragraph styles (not "Heading N"),
           a bookmark and a hyperlink inside headings.
    10202  Word: the chapter in three sections with their own headers and footers, the middle
           one landscape holding a timescales table.
    10203  Word: multi-level numbering 1 / 1.1 / 1.1.1 on Normal paragraphs whose level-1
           items are the section headings (bold), one heading in a shaded one-cell table.
    10204  PDF printed by LibreOffice from Word: headings Normal paragraphs only 1 pt larger
           than the body, not bold.
    10205  PDF by reportlab: a running header holding the chapter title on every page,
           "Page N" footers, numbered headings in bold, three pages.
    10206  PDF by reportlab: a title over two lines, small-capital headings (capitals of two
           sizes), many footnotes at the page feet.

All in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind102.py
       (needs python-docx, reportlab, LibreOffice)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
# ---------------------------------------------------------------- 10201 Birchcombe, leaving care
BIRCHCOMBE = [
    ("title", "Leaving Care and Moving On to Adulthood"),
    ("h", "Scope of this chapter"),
    ("p", "This chapter is for social workers, personal advisers and team managers in Birchcombe who support young people as they leave care, and for the social workers of Looked After Children who will soon do so. It was amended in February 2025 to add the local offer for care leavers who are parents."),
    ("h", "Legal framework"),
    ("p", "Our duties to young people leaving care are set by:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("h", "Being a good corporate parent"),
    ("p", "Every councillor and officer in Birchcombe shares responsibility for the young people we have looked after. We test our decisions against the seven corporate parenting principles, asking whether we would accept the decision for our own child."),
    ("h", "Principles of our support"),
    ("p", "Leaving care is a process, not a single day. No young person should have to leave their placement before they are ready, and every care leaver can keep a personal adviser until they are 21, or until they are 25 if they want one."),
    ("h", "Pathway planning"),
    ("p", "The pathway plan is written with the young person before their sixteenth birthday and three months after it at the latest. It covers where they will live, their education or work, their health, their money and the people who matter to them."),
    ("p", "The personal adviser reviews the plan with the young person at least every six months, and sooner if their circumstances change."),
    ("h", "Staying Put"),
    ("p", "Young people in foster care may stay with their carers after they turn 18 under a Staying Put arrangement. The social worker raises this with the young person and the carers at the first pathway plan review."),
    ("p", "Last updated: 14 February 2025"),
]

# ---------------------------------------------------------------- 10202 Hollinsford, permanence
HOLLINSFORD_ONE = [
    ("title", "Permanence Planning"),
    ("h", "About this chapter"),
    ("p", "This chapter describes how Hollinsford plans for a secure, stable and loving home for each Child Looked After. It was revised in June 2025 after the new fostering arrangements began."),
    ("h", "Legislation and guidance"),
    ("p", "The chapter rests on the following Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("h", "What permanence means for us"),
    ("p", "Every child needs a home that lasts. Wherever it is safe we will help a child return to their own family or live with relatives or friends; where it is not, we will find them a lasting foster home, a special guardian or an adoptive family. A permanence plan must be agreed at the second review, which is held four months after the child becomes looked after."),
]
HOLLINSFORD_TABLE_HEADING = "Timescales at a glance"
HOLLINSFORD_TABLE = [
    ("Stage", "When", "Who is responsible"),
    ("Strategy meeting about the plan", "Within 10 working days of the child becoming looked after", "Team manager"),
    ("First review", "Within 20 working days", "Independent Reviewing Officer"),
    ("Permanence plan agreed", "At the second review", "Independent Reviewing Officer"),
    ("Later reviews", "Every six months", "Independent Reviewing Officer"),
]
HOLLINSFORD_TWO = [
    ("h", "Our practice model"),
    ("p", "Hollinsford's social workers use Family Safeguarding. Adult specialists in mental health, substance use and domestic abuse sit in each team, so a family has one plan and one team around it."),
    ("h", "Sharing information"),
    ("p", "Information about a child and their family is shared with carers and partner agencies only as far as they need it to keep the child safe and meet the plan, and each decision to share is recorded."),
    ("p", "Version 3.2"),
]
HOLLINSFORD_HEADERS = (
    "Hollinsford Children's Services Procedures Manual",
    "Hollinsford Permanence Procedures: Tables",
    "Hollinsford Children's Services Procedures Manual",
)
HOLLINSFORD_FOOTERS = (
    "Uncontrolled when printed",
    "Landscape section: timescales",
    "Uncontrolled when printed",
)

# ---------------------------------------------------------------- 10203 Wennock Vale, corporate parenting
# (level, text): level 0 items are the section headings (bold), 1 and 2 the numbered paragraphs
WENNOCK_TITLE = "Corporate Parenting"
WENNOCK_ONE = [
    (0, "Purpose of this chapter"),
    (1, "This chapter explains what being a corporate parent means for everyone who works for Wennock Vale Council, not only for children's social care."),
    (1, "It was updated in September 2024 to reflect the new membership of the Corporate Parenting Board."),
    (0, "The law"),
    (1, "Our duties as a corporate parent come from two Acts and one set of regulations:"),
    (2, "Children Act 1989;"),
    (2, "Children and Social Work Act 2017;"),
    (2, "Care Leavers (England) Regulations 2010."),
]
WENNOCK_BOX_HEADING = "Our corporate parenting principles"
WENNOCK_BOX_INTRO = "The council will, in everything it does for Children in Care and care leavers:"
WENNOCK_PRINCIPLES = [
    "act in their best interests and promote their health and well-being;",
    "find out and take account of their views, wishes and feelings;",
    "help them to use the services the council and its partners offer;",
    "promote high aspirations and seek the best outcomes for them;",
    "keep them safe and give them stability at home, in school and at work;",
    "prepare them for adult life and independent living;",
    "tell them about the services and support they are entitled to.",
]
WENNOCK_TWO = [
    (0, "The Corporate Parenting Board"),
    (1, "The Board meets every two months. It is chaired by the lead member for children and includes councillors from each party, senior officers and two young people from the Children in Care Council."),
    (1, "The Board reports once a year to full council on how well Children in Care are doing."),
    (0, "Support when leaving care"),
    (1, "Young people who leave our care keep a personal adviser until they are 25, whatever they are doing."),
    (0, "Confidentiality"),
    (1, "Councillors see information about individual children only when they need it to do their job as corporate parents, and they must keep it confidential."),
]
WENNOCK_END = "Last updated: 30 September 2024"

# ---------------------------------------------------------------- 10204 Greyfold, reviews (LibreOffice PDF)
GREYFOLD = [
    ("title", "Reviews of Looked After Children"),
    ("h", "Scope of this chapter"),
    ("p", "This chapter sets out how Greyfold reviews the care plan of every Looked After Child and who takes part. It applies to social workers, Independent Reviewing Officers and their managers."),
    ("h", "Introduction"),
    ("p", "Reviews are required by the Children Act 1989 and by the Care Planning, Placement and Case Review (England) Regulations 2010. A review is a meeting, or a series of meetings, that checks the care plan is still the right one and is being carried out."),
    ("h", "When reviews are held"),
    ("p", "The first review is held within 20 working days of the child becoming looked after. The second follows no more than three months later, and after that reviews are held at least every six months."),
    ("p", "An earlier review is arranged whenever the plan may need to change, for example if a placement is at risk of ending."),
    ("h", "The Independent Reviewing Officer"),
    ("p", "Each child has an Independent Reviewing Officer who chairs their reviews, meets them before each one and checks that decisions are carried out. If the plan drifts, the officer may raise a formal concern with senior managers."),
    ("h", "What we value in reviews"),
    ("p", "Reviews belong to the child. We hold them where and when the child chooses, we speak in words they understand, and we never discuss them in a way we would not want them to read."),
    ("h", "Signs of Safety in reviews"),
    ("p", "Greyfold uses Signs of Safety. Each review maps what is working well, what we are worried about and what needs to happen next, and the child's own words are written into the map."),
    ("p", "Amended: March 2025"),
]

# ---------------------------------------------------------------- 10205 Edgecote, care leavers (reportlab, running header)
EDGECOTE_TITLE = "Support for Care Leavers"
EDGECOTE = [
    ("h", "1. Scope"),
    ("p", "This chapter applies to the leaving care service, to social workers of Children in Care aged 16 and 17, and to the managers who approve their plans. This chapter was last amended in January 2025."),
    ("h", "2. Legal context"),
    ("p", "The support we give rests on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Housing Act 1996"),
    ("p", "Statutory guidance on planning transition to adulthood sits alongside these Acts and is followed in every case."),
    ("h", "3. Working with partners"),
    ("p", "No single service can meet all of a care leaver's needs. Edgecote's housing team, Jobcentre Plus, the local colleges and the integrated care board have signed a joint protocol, and each names a lead officer for care leavers."),
    ("p", "Partners meet every quarter to look at what care leavers tell us and to remove the barriers they meet, from rent deposits to registering with a doctor."),
    ("h", "4. Our values"),
    ("p", "We are ambitious for care leavers and we say so. We keep our promises, we are honest when things go wrong, and we treat young people as adults who are entitled to make their own choices, including ones we would not make."),
    ("p", "We believe that leaving care should feel like leaving home: gradual, with a door left open, and with someone to call when things are hard."),
    ("h", "5. Personal advisers"),
    ("p", "Every care leaver is offered a personal adviser up to the age of 25. The adviser is a young person's main point of contact with the council, keeps their pathway plan up to date and helps them to find and keep a home, a course or a job."),
    ("p", "Advisers aim to see each young person at least every eight weeks, and more often in the first months after they leave their placement."),
    ("h", "6. Pathway plans"),
    ("p", "A pathway plan is written for each eligible young person by the time they are sixteen and a quarter. The plan is based on an assessment of their needs and is agreed with them; they get their own copy in a form they can use."),
    ("p", "The plan covers health, education and training, employment, family and social relationships, practical skills, money and where the young person will live. It is reviewed at least every six months."),
    ("h", "7. Accommodation and Staying Put"),
    ("p", "No care leaver should be made homeless. The leaving care service works with the housing team so that a suitable home is found before a young person moves on, and bed and breakfast is never used."),
    ("p", "Young people in foster care can remain with their carers after their eighteenth birthday under a Staying Put arrangement, which the council funds."),
    ("h", "8. Education, training and employment"),
    ("p", "Care leavers in higher education receive a bursary and year-round accommodation. The council offers apprenticeships and work placements to care leavers in its own departments, and advisers help young people to apply."),
    ("h", "9. Confidentiality"),
    ("p", "Young people's records are kept securely. Information is shared with partners only with the young person's agreement, unless the law requires it or there is a risk of serious harm, and the reasons are written down."),
    ("p", "Version 2.1"),
]

# ---------------------------------------------------------------- 10206 Sallowmere, permanence (reportlab, small caps, footnotes)
SALLOWMERE_TITLE = ("Permanence for Children in Care:", "Planning a Stable Home")
# paragraphs carry footnote marks as {n}; FOOTNOTES holds their texts
SALLOWMERE = [
    ("h", "Scope of this Chapter"),
    ("p", "This chapter is for social workers and managers in Sallowmere who plan for children in care.{1} It was reissued in May 2025 with a new section on early permanence."),
    ("h", "The Legal Basis"),
    ("p", "Permanence planning is required by the Children Act 1989,{2} the Adoption and Children Act 2002{3} and the Children and Families Act 2014.{4} The care planning regulations set out what each plan must contain."),
    ("h", "Our Approach to Permanence"),
    ("p", "A child should not wait for a home. We look first to the child's parents and wider family, and we test every option at the same time rather than one after another.{5} The permanence plan for each child is agreed by the second review, no later than four months after they come into care.{6}"),
    ("p", "Where a child is likely to be adopted, we consider a foster to adopt placement from the start, so that the child's first carers can become their parents.{7}"),
    ("h", "Corporate Parenting"),
    ("p", "Sallowmere's councillors are corporate parents to every child in care, and the Corporate Parenting Panel checks each year how long children have waited for a permanent home.{8}"),
    ("h", "After Permanence"),
    ("p", "Support does not stop when an order is made. Special guardians and adopters can ask for an assessment of support at any time, and children who leave care at 18 keep a personal adviser until they are 21.{9}"),
    ("p", "Last updated: 19 May 2025"),
]
FOOTNOTES = {
    1: "The chapter does not cover children placed for adoption by another agency.",
    2: "Section 22C sets out the duty to find the most suitable placement.",
    3: "Including the adoption support regulations made under it.",
    4: "Section 2 of the 2014 Act introduced early permanence duties.",
    5: "This is sometimes called parallel or twin-track planning.",
    6: "Reviews are chaired by the child's Independent Reviewing Officer.",
    7: "Foster carers in these placements are approved as adopters too.",
    8: "The Panel's report goes to full council each autumn.",
    9: "See the chapter on leaving care for the support offered to care leavers.",
}
# fmt: on


# ------------------------------------------------------------------------------ Word helpers


def _qn(name: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(name))


def _el(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(_qn(key), value)
    return element


def _custom_style(document: Any, name: str, size: int, outline: int) -> Any:
    """A paragraph style based on Normal whose headings Word knows only by its outline level."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(size)
    style.font.bold = True
    style.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    style.paragraph_format.space_before = Pt(12)
    style.paragraph_format.space_after = Pt(6)
    p_pr = style.element.get_or_add_pPr()
    p_pr.append(_el("w:outlineLvl", **{"w:val": str(outline)}))
    return style


_BOOKMARK_ID = [0]


def _heading_with_link(paragraph: Any, text: str, document: Any, url: str | None) -> None:
    """A heading's text inside a bookmark; its last word a hyperlink when url is given."""
    _BOOKMARK_ID[0] += 1
    mark = str(_BOOKMARK_ID[0])
    name = "_Ref" + "".join(ch for ch in text.title() if ch.isalnum())[:30]
    paragraph._p.append(_el("w:bookmarkStart", **{"w:id": mark, "w:name": name}))
    if url is None:
        paragraph.add_run(text)
    else:
        head, _, last = text.rpartition(" ")
        paragraph.add_run(head + " ")
        rel = document.part.relate_to(
            url,
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
            is_external=True,
        )
        link = _el("w:hyperlink", **{"r:id": rel})
        run = _el("w:r")
        r_pr = _el("w:rPr")
        r_pr.append(_el("w:rStyle", **{"w:val": "Hyperlink"}))
        run.append(r_pr)
        t = _el("w:t")
        t.text = last
        run.append(t)
        link.append(run)
        paragraph._p.append(link)
    paragraph._p.append(_el("w:bookmarkEnd", **{"w:id": mark}))


def birchcombe(target: Path) -> None:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    title_style = _custom_style(document, "Manual Chapter Title", 18, 0)
    head_style = _custom_style(document, "Manual Section Head", 13, 1)
    links = {
        "Legal framework": "https://www.legislation.gov.uk/ukpga/1989/41",
        "Staying Put": "https://example.org/staying-put",
    }
    for kind, text in BIRCHCOMBE:
        if kind == "title":
            paragraph = document.add_paragraph(style=title_style)
            _heading_with_link(paragraph, text, document, None)
        elif kind == "h":
            paragraph = document.add_paragraph(style=head_style)
            _heading_with_link(paragraph, text, document, links.get(text))
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


def _set_header_footer(section: Any, header: str, footer: str) -> None:
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer


def _add_blocks(document: Any, blocks: list[tuple[str, str]]) -> None:
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=1)
        elif kind == "h":
            document.add_heading(text, level=2)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)


def hollinsford(target: Path) -> None:
    from build_binary_tools import new_docx, saved_docx
    from docx.enum.section import WD_ORIENT, WD_SECTION

    document = new_docx()
    _add_blocks(document, HOLLINSFORD_ONE)
    first = document.sections[0]
    _set_header_footer(first, HOLLINSFORD_HEADERS[0], HOLLINSFORD_FOOTERS[0])
    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = first.page_height, first.page_width
    _set_header_footer(landscape, HOLLINSFORD_HEADERS[1], HOLLINSFORD_FOOTERS[1])
    document.add_heading(HOLLINSFORD_TABLE_HEADING, level=2)
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in HOLLINSFORD_TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    portrait = document.add_section(WD_SECTION.NEW_PAGE)
    portrait.orientation = WD_ORIENT.PORTRAIT
    portrait.page_width, portrait.page_height = first.page_width, first.page_height
    _set_header_footer(portrait, HOLLINSFORD_HEADERS[2], HOLLINSFORD_FOOTERS[2])
    _add_blocks(document, HOLLINSFORD_TWO)
    target.write_bytes(saved_docx(document))


def _multilevel_numbering(document: Any) -> int:
    """A new abstract numbering 1 / 1.1 / 1.1.1 and a num pointing at it; returns the numId."""
    numbering = document.part.numbering_part.element
    abstract = _el("w:abstractNum", **{"w:abstractNumId": "90"})
    abstract.append(_el("w:multiLevelType", **{"w:val": "multilevel"}))
    for level, text in enumerate(("%1.", "%1.%2", "%1.%2.%3")):
        lvl = _el("w:lvl", **{"w:ilvl": str(level)})
        lvl.append(_el("w:start", **{"w:val": "1"}))
        lvl.append(_el("w:numFmt", **{"w:val": "decimal"}))
        lvl.append(_el("w:lvlText", **{"w:val": text}))
        lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
        p_pr = _el("w:pPr")
        p_pr.append(_el("w:ind", **{"w:left": str(432 + 432 * level), "w:hanging": "432"}))
        lvl.append(p_pr)
        abstract.append(lvl)
    first_num = numbering.find(_qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = _el("w:num", **{"w:numId": "90"})
    num.append(_el("w:abstractNumId", **{"w:val": "90"}))
    numbering.append(num)
    return 90


def _numbered(document: Any, text: str, num_id: int, level: int, bold: bool) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = _el("w:numPr")
    num_pr.append(_el("w:ilvl", **{"w:val": str(level)}))
    num_pr.append(_el("w:numId", **{"w:val": str(num_id)}))
    p_pr.append(num_pr)


def wennock(target: Path) -> None:
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    document.add_heading(WENNOCK_TITLE, level=1)
    num_id = _multilevel_numbering(document)
    for level, text in WENNOCK_ONE:
        _numbered(document, text, num_id, level, bold=level == 0)
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(_el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": "D9E2F3"}))
    run = cell.paragraphs[0].add_run(WENNOCK_BOX_HEADING)
    run.bold = True
    run.font.size = Pt(13)
    document.add_paragraph(WENNOCK_BOX_INTRO)
    for principle in WENNOCK_PRINCIPLES:
        document.add_paragraph(principle, style="List Bullet")
    for level, text in WENNOCK_TWO:
        _numbered(document, text, num_id, level, bold=level == 0)
    document.add_paragraph(WENNOCK_END)
    target.write_bytes(saved_docx(document))


def greyfold(target: Path) -> None:
    from build_binary_tools import docx_to_pdf, new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    for kind, text in GREYFOLD:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind in ("title", "h"):
            run.font.size = Pt(12)  # one point above the 11 pt body, same weight
            paragraph.paragraph_format.space_before = Pt(6)
    docx_to_pdf(saved_docx(document), target)


# ------------------------------------------------------------------------------ reportlab


def edgecote(target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=22, spaceAfter=14)
    head = ParagraphStyle(
        "head", fontName="Helvetica-Bold", fontSize=11, leading=16, spaceBefore=14, spaceAfter=8
    )
    title = ParagraphStyle(
        "title", fontName="Helvetica-Bold", fontSize=18, leading=24, spaceAfter=14
    )

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        canvas.drawString(25 * mm, A4[1] - 14 * mm, EDGECOTE_TITLE)
        canvas.drawRightString(A4[0] - 25 * mm, A4[1] - 14 * mm, "Edgecote Council")
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Page {doc.page}")
        canvas.restoreState()

    story: list[Any] = [Paragraph(EDGECOTE_TITLE, title)]
    bullets: list[Any] = []
    for kind, text in EDGECOTE:
        if kind == "b":
            bullets.append(ListItem(Paragraph(text, body), leftIndent=12))
            continue
        if bullets:
            story.append(ListFlowable(bullets, bulletType="bullet", start="\u2022", leftIndent=12))
            bullets = []
        story.append(Paragraph(text, head if kind == "h" else body))
    story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=24 * mm,
        bottomMargin=24 * mm, title=EDGECOTE_TITLE, author="policydiff test cases", invariant=1,
    )  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)


def _small_caps(text: str, size: float) -> str:
    """Small capitals as a typesetter fakes them: each word's first letter at full size, the
    rest as capitals at about three quarters of it."""
    small = round(size * 0.78, 1)
    words = []
    for word in text.split(" "):
        first, rest = word[:1], word[1:]
        if first.islower():
            words.append(f'<font size="{small}">{word.upper()}</font>')
        else:
            words.append(first + (f'<font size="{small}">{rest.upper()}</font>' if rest else ""))
    return " ".join(words)


def sallowmere(target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=16, spaceAfter=8)
    head = ParagraphStyle(
        "head", fontName="Times-Roman", fontSize=12, leading=16, spaceBefore=12, spaceAfter=6
    )
    title = ParagraphStyle("title", fontName="Times-Bold", fontSize=17, leading=22, spaceAfter=4)
    notes_on_page: dict[int, list[int]] = {}
    placed: dict[int, list[int]] = {}

    class NotedParagraph(Paragraph):  # type: ignore[misc]
        """A paragraph that tells the page template which notes it carries."""

        def __init__(self, text: str, style: Any, notes: list[int]) -> None:
            super().__init__(text, style)
            self.notes = notes

        def draw(self) -> None:
            page_no = self.canv.getPageNumber()
            notes_on_page.setdefault(page_no, []).extend(self.notes)
            super().draw()

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        y = 20 * mm + 5 * len(placed.get(doc.page, [])) * mm
        if placed.get(doc.page):
            canvas.line(25 * mm, y + 3 * mm, 75 * mm, y + 3 * mm)
        for n in placed.get(doc.page, []):
            canvas.setFont("Times-Roman", 6.5)
            canvas.drawString(25 * mm, y + 1.2 * mm, str(n))
            canvas.setFont("Times-Roman", 9)
            canvas.drawString(27.5 * mm, y, FOOTNOTES[n])
            y -= 5 * mm
        canvas.restoreState()

    import io
    import re

    def build_story() -> list[Any]:
        story: list[Any] = [
            Paragraph(SALLOWMERE_TITLE[0], title),
            Paragraph(SALLOWMERE_TITLE[1], title),
        ]
        for kind, text in SALLOWMERE:
            if kind == "h":
                story.append(Paragraph(_small_caps(text, 12), head))
                continue
            notes = [int(n) for n in re.findall(r"\{(\d+)\}", text)]
            marked = re.sub(r"\{(\d+)\}", r"<super>\1</super>", text)
            story.append(NotedParagraph(marked, body, notes))
        return story

    # two passes: the first finds the page each note's mark falls on, the second draws the notes
    for output in (io.BytesIO(), str(target)):
        placed.clear()
        placed.update({k: sorted(set(v)) for k, v in notes_on_page.items()})
        notes_on_page.clear()
        doc = SimpleDocTemplate(
            output, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
            bottomMargin=95 * mm, title=" ".join(SALLOWMERE_TITLE), author="policydiff test cases", invariant=1,
        )  # fmt: skip
        doc.build(build_story(), onFirstPage=page, onLaterPages=page)


FILES = {
    "10201-docx-outline-level-custom-styles-bookmarks-hyperlinks-in-headings.docx": birchcombe,
    "10202-docx-three-sections-own-headers-footers-landscape-table-section.docx": hollinsford,
    "10203-docx-multilevel-numbered-normal-headings-shaded-one-cell-heading-box.docx": wennock,
    "10204-pdf-lo-headings-one-point-larger-not-bold.pdf": greyfold,
    "10205-pdf-reportlab-running-title-header-page-n-footers-bold-numbered-headings.pdf": edgecote,
    "10206-pdf-reportlab-two-line-title-small-caps-headings-footnotes.pdf": sallowmere,
}


def _blocks_md(blocks: list[tuple[str, str]]) -> list[str]:
    lines: list[str] = []
    for kind, text in blocks:
        prefix = {"title": "# ", "h": "## ", "b": "- "}.get(kind, "")
        lines.extend([prefix + re.sub(r"\{\d+\}", "", text), ""])
    return lines


def _numbered_md(items: list[tuple[int, str]], counters: list[int]) -> list[str]:
    lines: list[str] = []
    for level, text in items:
        counters[level] += 1
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = 0
        number = ".".join(str(n) for n in counters[: level + 1])
        lines.extend([("## " + number + ". " if level == 0 else number + " ") + text, ""])
    return lines


def _notes() -> dict[str, tuple[str, list[str]]]:
    counters = [0, 0, 0]
    wennock = [f"# {WENNOCK_TITLE}", "", *_numbered_md(WENNOCK_ONE, counters)]
    wennock += [f"## {WENNOCK_BOX_HEADING}", "", WENNOCK_BOX_INTRO, ""]
    wennock += [f"- {p}" for p in WENNOCK_PRINCIPLES] + [""]
    wennock += [*_numbered_md(WENNOCK_TWO, counters), WENNOCK_END]
    table = [" | ".join(row) for row in HOLLINSFORD_TABLE]
    sallowmere = [f"# {SALLOWMERE_TITLE[0]}", SALLOWMERE_TITLE[1], ""]
    sallowmere += _blocks_md([(k, t.upper() if k == "h" else t) for k, t in SALLOWMERE])
    sallowmere += [f"{n} {text}" for n, text in FOOTNOTES.items()]
    return {
        "10201": (
            "custom paragraph styles with outline levels 0 and 1 as title and headings, bookmarks and a hyperlink in headings",
            _blocks_md(BIRCHCOMBE),
        ),
        "10202": (
            "three Word sections with their own headers and footers, the middle one landscape with a table",
            [
                *_blocks_md(HOLLINSFORD_ONE),
                f"## {HOLLINSFORD_TABLE_HEADING}",
                "",
                *table,
                "",
                *_blocks_md(HOLLINSFORD_TWO),
            ],
        ),
        "10203": (
            "multi-level numbering on Normal paragraphs, level 1 the bold section headings; a heading in a shaded one-cell table",
            wennock,
        ),
        "10204": (
            "LibreOffice PDF; headings Normal paragraphs 1 pt larger than the body",
            _blocks_md(GREYFOLD),
        ),
        "10205": (
            "reportlab; running header with the chapter title and 'Page N' footer on every page; bold numbered headings",
            [f"# {EDGECOTE_TITLE}", "", *_blocks_md(EDGECOTE)],
        ),
        "10206": (
            "reportlab; two-line title, small-capital headings, footnotes at the page feet",
            sallowmere,
        ),
    }


def main() -> None:
    notes = _notes()
    for name, make in FILES.items():
        make(HERE / name)
        about, lines = notes[name[:5]]
        text = (
            "\n".join([f"%% built by build_blind102.py: {about}", "", *lines]).rstrip("\n") + "\n"
        )
        (HERE / (name + ".md")).write_text(re.sub(r"\n{3,}", "\n\n", text), encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main()
