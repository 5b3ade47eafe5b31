# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the 403rd blind set: PDF and Word as councils publish them.

    40301  Hollinsbury (PDF printed by LibreOffice from python-docx): a NEWSLETTER layout, the
           title and council line across the page, then a continuous section break into TWO
           COLUMNS holding the whole chapter, Heading 2 headings; a 'Page N' footer.
    40302  Cardenhurst (PDF printed by LibreOffice from python-docx): a COVER PAGE (logo
           lettering, council, the title, the manual, a month and 'Version 2.1'), a CONTENTS
           page typed with dot-leader tabs and page numbers, then the chapter with typed
           numbered Heading 1 headings; a footer naming the council and the version.
    40303  Steepleford (PDF printed by LibreOffice from python-docx): headings at the BODY'S
           SIZE, not bold, told apart only by a typed number and a COLOUR; two level-2
           headings inside the principles.
    40304  Winterbeck (Word): headings are BOLD NORMAL paragraphs (no heading style), lists
           typed with manual 'a)' 'b)' letters in Normal paragraphs, TRACKED CHANGES NOT
           ACCEPTED (words, a whole list item deleted and one inserted) and COMMENTS.
    40305  Dallowmere (Word): Title style, a borderless LAYOUT TABLE under the title holding the
           key dates in its left cell and who the chapter is for in its right, Heading 1
           headings, a closing 'End' line.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind403.py
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    WORD_SHAPE_NAMESPACES,
    add_bold_heading,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    word_field,
)

SCRIPT = "build_blind403.py"
CHAPTER = "Children's Services Policies, Values and Principles"
NS = WORD_SHAPE_NAMESPACES
REVIEWER = "Practice Standards Officer"
WHEN = "2025-12-02T10:00:00Z"

NAMES = {
    "40301": "40301-pdf-lo-from-word-newsletter-two-columns-after-full-width-title-heading-2-hollinsbury-amended-month-five-acts-bulleted-seven-numbered-restorative-four-months-21-or-25-education-children-in-care.pdf",
    "40302": "40302-pdf-lo-from-word-cover-page-logo-lettering-month-version-2-1-contents-page-dot-leaders-numbered-heading-1-cardenhurst-four-acts-sentence-family-safeguarding-three-months-21-or-25-apprenticeship-lac.pdf",
    "40303": "40303-pdf-lo-from-word-body-size-coloured-numbered-headings-not-bold-level-2-inside-principles-steepleford-amended-day-six-acts-seven-bulleted-systemic-six-months-25-for-all-looked-after.pdf",
    "40304": "40304-docx-bold-normal-headings-manual-letter-lists-tracked-changes-not-accepted-comments-winterbeck-amended-month-signs-of-safety-four-months-21-or-25-if-wanted-children-in-care.docx",
    "40305": "40305-docx-title-style-borderless-layout-table-key-dates-beside-audience-heading-1-dallowmere-amended-day-seven-acts-seven-stated-no-model-five-months-21-or-25-full-time-education-cared-for-end.docx",
}

# fmt: off
HOLLINSBURY: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Hollinsbury Borough Council · Children's Social Care Procedures"),
    ("h", "In this chapter"),
    ("p", "This chapter is the starting point for everyone who works in Hollinsbury's children's social care service. It explains what we believe about children and families and how those beliefs shape the way we practise. The chapter was amended in November 2025, when the section on our practice approach was rewritten."),
    ("h", "The law behind our work"),
    ("p", "The main Acts that give the council its duties towards children and care leavers are:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Nobody works alone"),
    ("p", "A child's safety depends on many people noticing and speaking up. Our social workers share plans with schools, nurseries, health visitors, the police and the borough's housing team, and the local safeguarding partnership sets out how each agency passes on a concern. We ask partners to tell us early and we promise to tell them what we have done."),
    ("h", "What matters to us"),
    ("p", "We are honest with families about our worries and about their strengths. We turn up when we say we will. We listen to children directly and write down what they tell us in their own words. We keep learning, and we admit it when we get something wrong."),
    ("h", "Being a good corporate parent"),
    ("p", "Hollinsbury Borough Council is corporate parent to all its Children in Care and to its care leavers. Across all of its services the council will have regard to the need:"),
    ("n", "to act in the best interests of those children and young people and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take account of those views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Restorative practice in Hollinsbury"),
    ("p", "Since 2023 Hollinsbury has been a Restorative Practice borough. Our staff aim to work with families, not to do things to them or for them, and they use restorative conversations to repair relationships between children, parents, carers and schools when things have gone wrong."),
    ("h", "Our principles"),
    ("p", "Children do best when they can grow up with people who love them, so we support parents to care for their children safely at home and we look to grandparents, aunts, uncles and family friends when that is not possible."),
    ("p", "Every child who comes into care has a permanence plan within four months, so that no child drifts without knowing where they will grow up."),
    ("p", "Care leavers are entitled to a personal adviser until they are 21. Those in education or training can keep their adviser until they reach 25."),
    ("p", "Children and young people are invited to every meeting about them and are helped to say what they think, with an advocate if they want one."),
    ("h", "Keeping information safe"),
    ("p", "We keep records accurate, secure and up to date. We share information with other professionals when it is needed to protect a child or to meet a child's needs, and we explain to families what we have shared unless doing so would place a child at risk."),
]

CARDENHURST_COVER = [
    ("logo", "CARDENHURST"),
    ("logo2", "District Council"),
    ("title", CHAPTER),
    ("cover", "Children's Services Procedures Manual"),
    ("cover", "March 2026"),
    ("cover", "Version 2.1"),
]
CARDENHURST_CONTENTS = [
    ("1. About this chapter", "3"),
    ("2. Legislation and guidance", "3"),
    ("3. Our vision", "3"),
    ("4. Our values", "3"),
    ("5. Working with partners", "3"),
    ("6. Corporate parenting", "3"),
    ("7. Family Safeguarding", "4"),
    ("8. Outcomes for children", "4"),
    ("9. Key principles", "4"),
    ("10. Confidentiality", "4"),
]
CARDENHURST: list[tuple[Any, ...]] = [
    ("h", "1. About this chapter"),
    ("p", "This chapter describes the values, principles and ways of working that Cardenhurst District Council expects of everybody in its children's services. It applies to staff, managers, foster carers and commissioned providers. This version of the chapter was issued in March 2026 and replaces the version of 2024."),
    ("h", "2. Legislation and guidance"),
    ("p", "Our work is governed by the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Staff must also follow Working Together to Safeguard Children and the Children's Social Care National Framework, which are statutory guidance."),
    ("h", "3. Our vision"),
    ("p", "We want Cardenhurst to be a district where children grow up safe, healthy and hopeful, where families get help as soon as they need it, and where Looked After Children have the same chances in life as their friends."),
    ("h", "4. Our values"),
    ("p", "We respect every family and the differences between families. We are open about what we are doing and why. We build relationships that last, and we try hard not to change a child's social worker without good reason."),
    ("h", "5. Working with partners"),
    ("p", "Safeguarding is a shared job. The district council, the police and the integrated care board lead the safeguarding partnership, and schools, early years settings, GPs and voluntary groups all have a part in keeping children safe. We share information and plans so that families do not have to tell their story again and again."),
    ("h", "6. Corporate parenting"),
    ("p", "The council takes its role as corporate parent seriously. For its Looked After Children and care leavers it applies the seven corporate parenting principles: acting in their best interests, listening to their views, taking those views into account, helping them to use services, keeping high aspirations for them, keeping them safe and stable, and preparing them for adult life."),
    ("h", "7. Family Safeguarding"),
    ("p", "Cardenhurst uses the Family Safeguarding model. Each children's team includes adult specialists in mental health, domestic abuse and substance use, so that the problems parents face can be worked on at the same time as the risks to their children, using motivational conversations and one shared family plan."),
    ("h", "8. Outcomes for children"),
    ("p", "We measure our success by whether children are healthy, safe, learning, making friends and getting ready for their future, and by what children and families tell us about the help they received."),
    ("h", "9. Key principles"),
    ("p", "We help families stay together wherever that is safe. If a child cannot live at home we look first at family and friends care."),
    ("p", "Each Looked After Child has a permanence plan agreed no later than three months after they start to be looked after."),
    ("p", "Care leavers have a personal adviser up to the age of 21. Young people who are on an apprenticeship or at university keep their adviser up to the age of 25."),
    ("h", "10. Confidentiality"),
    ("p", "Information about children and families is confidential. It is shared only where the law permits, with people who need it, and each decision to share is written on the child's file with the reason for it."),
]

STEEPLEFORD: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Steepleford City Council – Children, Young People and Families"),
    ("h", "1. Scope of this chapter"),
    ("p", "This chapter sets the direction for Steepleford's children's social care. It is for social workers, family support workers, personal advisers, residential staff and managers, and for anyone who works on the city's behalf with children who are looked after. The chapter was reviewed and amended on 3 February 2026."),
    ("h", "2. Legal framework"),
    ("p", "The city's responsibilities come chiefly from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "3. A shared responsibility"),
    ("p", "Protecting children is the business of every agency in the city. Social workers, teachers, doctors, nurses, police officers and youth workers each see part of a child's life, and only by sharing what they see can they understand the whole. The safeguarding partnership sets the rules for how we work together and checks that they are kept."),
    ("h", "4. Our values"),
    ("p", "We believe children should be heard, kept safe and helped to flourish. We are curious, we are respectful and we are reliable. We remember that the families we work with have often had hard experiences of services, and we try to earn their trust."),
    ("h", "5. Corporate parenting"),
    ("p", "The city council is corporate parent to every child who is looked after and every care leaver. The Children and Social Work Act 2017 asks it to keep the seven corporate parenting principles in mind, and it does so by:"),
    ("b", "acting in each young person's best interests and caring for their health and well-being;"),
    ("b", "encouraging them to tell us their views, wishes and feelings;"),
    ("b", "taking those views, wishes and feelings seriously;"),
    ("b", "helping them reach and use the services they are entitled to;"),
    ("b", "aiming high for them and with them;"),
    ("b", "making sure they are safe and their lives are stable;"),
    ("b", "preparing them for adult life and living on their own."),
    ("h", "6. Systemic practice"),
    ("p", "Steepleford's social workers are trained in Systemic Practice. They think about a family as a set of relationships, ask questions that help family members see a problem from new angles, and reflect on their cases together in weekly unit meetings."),
    ("h", "7. Principles of practice"),
    ("h2", "7.1 Permanence"),
    ("p", "A child who is looked after has a permanence plan within six months of entering care, and it is checked at every review until the child is settled."),
    ("h2", "7.2 After care"),
    ("p", "All of Steepleford's care leavers may have a personal adviser until their 25th birthday, whatever they are doing and wherever they live."),
    ("h", "8. Sharing information"),
    ("p", "We share personal information only when it is lawful and necessary, we share no more than is needed, and we keep a record of what was shared and why. Young people can ask to see what we hold about them."),
]

WINTERBECK: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Winterbeck Metropolitan Borough Council"),
    ("h", "Purpose and scope"),
    ("p", "This chapter tells the staff of Winterbeck's children's services what the borough stands for and how they are expected to work. It applies to everybody in the service and to the foster carers, residential homes and other providers who care for Children in Care on the borough's behalf. It was amended in [-September-]{+December+} 2025."),
    ("c", "The borough's model changed in the spring, and the staff who use it have been trained.", "Check the training dates with the academy: I think the last cohort finished in October 2024."),
    ("h", "Legislation"),
    ("p", "The borough's duties come mainly from these Acts:"),
    ("p", "a) Children Act 1989;"),
    ("p", "b) Children (Leaving Care) Act 2000;"),
    ("pdel", "c) Care Standards Act 2000;"),
    ("p", "c) Children Act 2004;"),
    ("pins", "d) Children and Families Act 2014;"),
    ("p", "e) Children and Social Work Act 2017."),
    ("h", "Working together"),
    ("p", "Winterbeck's children are kept safe when agencies work as one team. Our social workers meet with schools, health services, the police and the voluntary sector, and we expect every agency to act quickly and share what it knows when a child may be at risk."),
    ("h", "Our values"),
    ("p", "We put children at the centre of our work. We are fair, we are kind and we are clear, and we tell families the truth even when it is hard to hear."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parent for its Children in Care and care leavers, the council will:"),
    ("p", "a) act in their best interests and promote their physical and mental health and well-being;"),
    ("p", "b) encourage them to express their views, wishes and feelings;"),
    ("p", "c) take their views, wishes and feelings into account;"),
    ("p", "d) help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("p", "e) promote high aspirations and seek the best outcomes for them;"),
    ("p", "f) make sure they are safe and have stability in their home lives, relationships and education or work;"),
    ("p", "g) prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Winterbeck practises Signs of Safety. Practitioners work alongside families and their networks to agree what the danger is, what safety already looks like, and what has to change, and they write the plan in the family's own words."),
    ("h", "Key principles"),
    ("p", "Children should live with their families wherever it is safe. Where it is not, we look first to relatives and friends who already know the child."),
    ("p", "Every Child in Care will have a permanence plan within [-six-]{+four+} months of coming into care."),
    ("c", "Care leavers may have a personal adviser up to their 21st birthday, and up to the age of 25 if they want one.", "Should we say 25 for everyone, as our neighbours now do?"),
    ("h", "Information sharing"),
    ("p", "We share information lawfully, safely and only with those who need it. We record what was shared, who received it and why, and we tell families unless that would put a child at risk{+ or harm an investigation+}."),
]

DALLOWMERE_DATES = ["Key dates", "First published: June 2021", "Last amended: 19 January 2026", "Next review due: January 2028"]
DALLOWMERE_AUDIENCE = ["Who this chapter is for", "All children's social care staff, foster carers and the providers who look after Cared for Children on the county's behalf."]
DALLOWMERE: list[tuple[Any, ...]] = [
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Dallowmere County Council's children's services work. It explains the law we work under, the values we hold and the principles that guide our decisions about Cared for Children, care leavers and children in need."),
    ("p", "The legislation that shapes this framework includes:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our vision and rationale"),
    ("p", "Our vision is that every child in Dallowmere grows up in a safe, loving home and has the help they need to reach their potential. We believe early, practical help keeps families together and prevents harm."),
    ("h", "Working with others"),
    ("p", "The county council works with schools, health services, the police and district councils so that children get the right help from the right people. Agencies follow the procedures of the county's safeguarding partnership and share information promptly."),
    ("h", "Corporate parenting"),
    ("p", "Dallowmere County Council is corporate parent to all its Cared for Children and care leavers. Councillors and officers have regard to the seven corporate parenting principles in section 1 of the Children and Social Work Act 2017 in every decision that affects them."),
    ("h", "Key outcomes"),
    ("p", "We want our children to be healthy, safe, successful at school, connected to the people who matter to them and ready for independence."),
    ("h", "Key principles"),
    ("p", "Children are helped to stay with their own families whenever that can be done safely. When they cannot, we consider kinship care before other placements."),
    ("p", "Each Cared for Child has a permanence plan in place within five months of the date they came into care."),
    ("p", "Care leavers receive support from a personal adviser until they are 21, or until they are 25 if they are in full-time education."),
    ("p", "Children and young people are consulted about every plan that concerns them, and their views are recorded."),
    ("h", "Information sharing and confidentiality"),
    ("p", "We treat information about children and families as confidential. We share it only where that is lawful, necessary and proportionate, and we record our reasons."),
    ("p", "End"),
]
# fmt: on


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _append(document: Any, element: Any) -> Any:
    from docx.oxml.ns import qn

    document.element.body.find(qn("w:sectPr")).addprevious(element)
    return element


def _title(document: Any, text: str, size: float = 18) -> Any:
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(6)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return paragraph


def _page_footer(section: Any, lead: str) -> None:
    foot = section.footer.paragraphs[0]
    foot.add_run(lead)
    word_field(foot, "PAGE", "1")


def _simple(document: Any, blocks: list[tuple[Any, ...]], heading_style: str) -> None:
    for block in blocks:
        kind, text = block[0], block[1]
        if kind == "title":
            _title(document, text)
        elif kind == "h":
            document.add_paragraph(text, style=heading_style)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)


def hollinsbury() -> bytes:
    from docx.enum.section import WD_SECTION
    from docx.shared import Cm

    document = new_docx()
    first = document.sections[0]
    first.left_margin = first.right_margin = Cm(1.8)
    _title(document, HOLLINSBURY[0][1], 22)
    document.add_paragraph(HOLLINSBURY[1][1])
    body = document.add_section(WD_SECTION.CONTINUOUS)
    body.left_margin = body.right_margin = Cm(1.8)
    body._sectPr.append(_el(f'<w:cols {NS} w:num="2" w:space="567"/>'))
    _simple(document, HOLLINSBURY[2:], "Heading 2")
    _page_footer(body, "Hollinsbury Borough Council · Page ")
    return saved_docx(document)


def _centred(document: Any, text: str, size: float, bold: bool, before: float = 0) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(before)
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    return paragraph


def cardenhurst() -> bytes:
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    document = new_docx()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    _page_footer(section, "Cardenhurst District Council  |  Version 2.1  |  Page ")
    sizes = {
        "logo": (30, True, 60),
        "logo2": (14, False, 0),
        "title": (24, True, 140),
        "cover": (13, False, 18),
    }
    for kind, text in CARDENHURST_COVER:
        size, bold, before = sizes[kind]
        paragraph = _centred(document, text, size, bold, before)
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    heading = document.add_paragraph()
    run = heading.add_run("Contents")
    run.bold = True
    run.font.size = Pt(14)
    for entry, page in CARDENHURST_CONTENTS:
        line = document.add_paragraph()
        line.paragraph_format.tab_stops.add_tab_stop(
            Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        line.add_run(f"{entry}\t{page}")
    line.add_run().add_break(WD_BREAK.PAGE)
    _simple(document, CARDENHURST, "Heading 1")
    return saved_docx(document)


def _coloured_heading(document: Any, text: str, level: int) -> None:
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(12 if level == 1 else 6)
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run(text)
    run.font.color.rgb = RGBColor(0x1F, 0x6F, 0x8B) if level == 1 else RGBColor(0x9C, 0x3D, 0x54)


def steepleford() -> bytes:
    document = new_docx()
    _page_footer(document.sections[0], "Steepleford City Council – page ")
    for block in STEEPLEFORD:
        kind, text = block
        if kind == "title":
            _title(document, text, 16)
        elif kind in ("h", "h2"):
            _coloured_heading(document, text, 1 if kind == "h" else 2)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


class _Ids:
    def __init__(self) -> None:
        self.value = 700

    def next(self) -> int:
        self.value += 1
        return self.value


IDS = _Ids()


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _tracked_runs(text: str) -> str:
    """`[-old-]` a tracked deletion, `{+new+}` a tracked insertion, the rest plain runs."""
    out: list[str] = []
    for piece in re.split(r"(\[-.*?-\]|\{\+.*?\+\})", text):
        if not piece:
            continue
        if piece.startswith("[-"):
            out.append(
                f'<w:del w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"><w:r>'
                f'<w:delText xml:space="preserve">{html.escape(piece[2:-2], quote=False)}</w:delText></w:r></w:del>'
            )
        elif piece.startswith("{+"):
            out.append(
                f'<w:ins w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"><w:r>{_t(piece[2:-2])}</w:r></w:ins>'
            )
        else:
            out.append(f"<w:r>{_t(piece)}</w:r>")
    return "".join(out)


def winterbeck() -> bytes:
    document = new_docx()
    settings = document.settings.element
    settings.insert(0, _el(f"<w:trackRevisions {NS}/>"))
    for block in WINTERBECK:
        kind, text = block[0], block[1]
        if kind == "title":
            _title(document, text, 16)
        elif kind == "h":
            add_bold_heading(document, text, 12)
        elif kind == "c":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(text)
            comment = document.add_comment(run, text=block[2], author=REVIEWER, initials="PS")
            comment._comment_elm.set(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date", WHEN
            )
        elif kind == "pdel":
            mark = f'<w:del w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"/>'
            _append(
                document,
                _el(
                    f"<w:p {NS}><w:pPr><w:rPr>{mark}</w:rPr></w:pPr>{_tracked_runs('[-' + text + '-]')}</w:p>"
                ),
            )
        elif kind == "pins":
            mark = f'<w:ins w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"/>'
            _append(
                document,
                _el(
                    f"<w:p {NS}><w:pPr><w:rPr>{mark}</w:rPr></w:pPr>{_tracked_runs('{+' + text + '+}')}</w:p>"
                ),
            )
        else:
            _append(document, _el(f"<w:p {NS}>{_tracked_runs(text)}</w:p>"))
    return saved_docx(document)


def _cell_lines(cell: Any, lines: list[str]) -> None:
    first = cell.paragraphs[0]
    first.add_run(lines[0]).bold = True
    for line in lines[1:]:
        cell.add_paragraph(line)


def dallowmere() -> bytes:
    from docx.shared import Cm

    document = new_docx()
    document.add_paragraph(CHAPTER, style="Title")
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    _cell_lines(table.rows[0].cells[0], DALLOWMERE_DATES)
    _cell_lines(table.rows[0].cells[1], DALLOWMERE_AUDIENCE)
    for cell in table.rows[0].cells:
        cell.width = Cm(8)
    _simple(document, DALLOWMERE, "Heading 1")
    return saved_docx(document)


def _untracked(text: str) -> str:
    """The text as it stands with every tracked change accepted."""
    text = re.sub(r"\[-.*?-\]", "", text)
    return re.sub(r"\{\+(.*?)\+\}", r"\1", text)


def _notes(number: str) -> list[tuple[Any, ...]]:
    if number == "40302":
        cover = [("title" if kind == "title" else "p", text) for kind, text in CARDENHURST_COVER]
        contents = [("p", f"{entry} ........ {page}") for entry, page in CARDENHURST_CONTENTS]
        return [*cover, ("p", "Contents"), *contents, *CARDENHURST]
    if number == "40303":
        return [("h", text) if kind == "h2" else (kind, text) for kind, text in STEEPLEFORD]
    if number == "40304":
        out: list[tuple[Any, ...]] = []
        for block in WINTERBECK:
            kind = block[0]
            if kind == "pdel":
                continue
            if kind in ("c", "pins"):
                out.append(("p", block[1]))
            else:
                out.append((kind, _untracked(block[1])))
        return out
    if number == "40305":
        return [
            ("title", CHAPTER),
            (
                "table",
                [
                    [DALLOWMERE_DATES[0], DALLOWMERE_AUDIENCE[0]],
                    [" / ".join(DALLOWMERE_DATES[1:]), DALLOWMERE_AUDIENCE[1]],
                ],
                False,
            ),
            *DALLOWMERE,
        ]
    return list(HOLLINSBURY)


BUILDS = (
    (
        "40301",
        hollinsbury,
        "python-docx printed to PDF by LibreOffice: a newsletter layout, a bold 22 pt title and a council line across the page, then a continuous section break into two columns holding the whole chapter under Heading 2 headings; five Acts as List Bullet items, seven List Number principles; a footer 'Hollinsbury Borough Council · Page N' (not read)",
    ),
    (
        "40302",
        cardenhurst,
        "python-docx printed to PDF by LibreOffice: a centred cover page (logo lettering 'CARDENHURST' 30 pt, 'District Council', the title 24 pt, the manual, 'March 2026', 'Version 2.1'), a page break, a contents page (a bold 'Contents' line over ten typed entries, a right tab with dot leaders and a page number), a page break, then Heading 1 headings with typed numbers; a footer from page 2 'Cardenhurst District Council | Version 2.1 | Page N' (not read)",
    ),
    (
        "40303",
        steepleford,
        "python-docx printed to PDF by LibreOffice: a bold 16 pt title and a council line; headings at the body's 11 pt size, NOT bold, with typed numbers, told apart by colour (teal '1.' headings, plum '7.1' sub-headings inside the principles); six Acts and seven principles as List Bullet items; a footer 'Steepleford City Council – page N' (not read)",
    ),
    (
        "40304",
        winterbeck,
        "python-docx: a bold 16 pt Normal title and a council line; headings bold Normal paragraphs (no heading style, no outline level); the Acts and the principles typed 'a)' to 'g)' in Normal paragraphs; tracked changes NOT accepted (trackRevisions on: 'September' deleted for 'December', 'six' for 'four', a whole Act item deleted with its mark, one inserted, words inserted at the end); two comments (near-miss values, not text); the note shows the text as it stands with every change accepted",
    ),
    (
        "40305",
        dallowmere,
        "python-docx: Title style, then a borderless one-row layout table: the left cell a bold 'Key dates' over three date lines, the right cell a bold 'Who this chapter is for' over a sentence; Heading 1 headings, seven Acts as List Bullet items, a closing 'End' paragraph",
    ),
)


def main() -> None:
    for number, make, about in BUILDS:
        target = HERE / NAMES[number]
        data = make()
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        Path(f"{target}.md").write_text(
            blocks_note(_notes(number), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
