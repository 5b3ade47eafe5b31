# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-thirty-third blind set: five whole children's-services policy chapters of
invented councils as PDF, each from a different producer, with their facts where PDFs put them
(a cover page, a document-control table at the end, footnotes, a table of entitlements).

    13301  LibreOffice from Word: a cover page (title, council, version, issue date); headings
           "1. Who this chapter is for" bold at body size and paragraphs numbered "1.1"; a
           running header with the chapter's name and a footer "Page N of M" (Word fields); a
           document-control table at the end.
    13302  reportlab: headings by meaning bold at body size; a running header with the chapter's
           name, a footer "Page N of M"; footnotes citing Acts at the page foot; a table of
           entitlements (ages and amounts); a document-control table at the end.
    13303  fpdf2: a cover page (title, council, version, date of issue); headings bold at body
           size; text set by our own line breaker, long words hyphenated at line ends; a
           running header and a footer "Page N of M".
    13304  Chromium (headless print to PDF) from HTML: a cover page; the body in two columns,
           justified, with soft hyphens breaking words at line ends; a table of entitlements
           across both columns; a running header and a footer "Page N of M" from @page boxes.
    13305  WeasyPrint from HTML: headings "3. ..." bold at body size, paragraphs numbered "3.2";
           Acts cited only in footnotes; a table of entitlements; a running header with the
           chapter's name, "Page N of M"; hyphenation; a document-control table at the end.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind133.py
       (python-docx, LibreOffice, reportlab, fpdf2, WeasyPrint, /usr/bin/chromium)
"""

from __future__ import annotations

import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import add_bold_heading, blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind133.py"
Blocks = list[tuple[str, str]]

# fmt: off
# ---------------------------------------------------------------- 13301 Pellmoor, LibreOffice from Word
PELLMOOR_TITLE = "Children's Services Policies, Values and Principles"
PELLMOOR_COVER = [
    "Pellmoor Borough Council",
    "Children's Services Procedures Manual",
    "Version: v3.2",
    "Issued: January 2025",
]
PELLMOOR: Blocks = [
    ("h", "1. Who this chapter is for"),
    ("p", "1.1 This chapter is for everyone who works in children's social care in Pellmoor, whether employed by the council, placed by an agency or working for a service we commission."),
    ("p", "1.2 It explains what we believe about children and families and the principles that every other chapter of this manual builds on."),
    ("h", "2. The law behind our work"),
    ("p", "2.1 What we do for children is shaped above all by these Acts of Parliament:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "2.2 The statutory guidance Working Together to Safeguard Children tells us how to work with the police, health services and schools so that no child falls through the gaps."),
    ("h", "3. What we believe"),
    ("p", "3.1 Every child deserves to grow up loved, safe and listened to. Most children do best with their own families, and our job is first to help families stay together safely."),
    ("p", "3.2 We are honest with parents about our worries, we treat people with respect, and we notice and build on the things that are going well."),
    ("h", "4. Our promises as corporate parents"),
    ("p", "4.1 When a child comes into our care the whole council becomes that child's parent. Councillors and officers keep the seven corporate parenting principles in mind in everything they decide:"),
    ("n", "to act in the best interests of Looked After Children and care leavers and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to say what they think, wish and feel;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them make use of services provided by the council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "to keep them safe and give them stability at home, in their relationships and in their education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "5. How we practise"),
    ("p", "5.1 Our practice model is Signs of Safety. Practitioners map what is going well, what worries us and what needs to happen next with the family and their network, in words the family can use too."),
    ("h", "6. Keeping children with their families"),
    ("p", "6.1 We offer help early so that fewer children need to come into care. Where a child cannot live at home we look first to relatives and friends."),
    ("p", "6.2 Every Looked After Child has a permanence plan by the second review, which is held four months after they come into care."),
    ("p", "6.3 Care leavers have a personal adviser until they are 21, and until they are 25 if they ask for one."),
    ("h", "7. Keeping information safe"),
    ("p", "7.1 We share information when it is needed to keep a child safe, we explain to families what we share and why, and we record every decision to share or not to share."),
]
PELLMOOR_CONTROL = [
    ("Document control", ""),
    ("Version", "v3.2"),
    ("Issued", "January 2025"),
    ("Owner", "Principal Social Worker"),
    ("Next review", "January 2027"),
]

# ---------------------------------------------------------------- 13302 Quenby Marsh, reportlab
QUENBY_TITLE = "Our Values and Principles in Children's Social Care"
QUENBY: list[tuple[str, str, str]] = [
    ("p", "Quenby Marsh District Council – Children's Services", ""),
    ("h", "What this chapter covers", ""),
    ("p", "This chapter sets out what Quenby Marsh District Council's children's services stand for and how our staff are expected to work. It applies to social workers, personal advisers, team managers and the foster carers who look after Children in Care on our behalf.", ""),
    ("h", "Where our duties come from", ""),
    ("p", "The duties described in this chapter come from the following Acts:", ""),
    ("b", "Children Act 1989", ""),
    ("b", "Children (Leaving Care) Act 2000", ""),
    ("b", "Children and Social Work Act 2017", ""),
    ("h", "The kind of service we want to be", ""),
    ("p", "We want every child in Quenby Marsh to have a safe and happy childhood and to leave our care ready for adult life, with people around them who care what happens to them.", ""),
    ("h", "Working alongside our partners", ""),
    ("p", "Keeping children safe is not the work of one agency. We plan with schools, health visitors, the police and voluntary groups, and we hold each other to account through the local safeguarding partnership.", ""),
    ("h", "How we practise", ""),
    ("p", "Our work is built on Restorative Practice: we do things with families rather than to them or for them, and we repair relationships when they have broken down.", ""),
    ("h", "Being a good corporate parent", ""),
    ("p", "The council is the corporate parent of every Child in Care. Councillors and officers have regard to the corporate parenting principles when they make decisions that affect children in our care and care leavers.", "Children and Social Work Act 2017, section 1."),
    ("h", "Support when young people leave our care", ""),
    ("p", "Each young person leaving our care has a pathway plan, prepared with them before they turn 18 and reviewed at least every six months.", "Children Act 1989, section 23E."),
    ("p", "The table below shows what care leavers are entitled to and at what ages.", ""),
]
QUENBY_TABLE = [
    ("Support", "Who can have it", "Ages", "Amount"),
    ("Personal adviser", "Every care leaver", "18 to 21", "–"),
    ("Personal adviser, continued", "Care leavers who ask for one", "21 to 25", "–"),
    ("Setting-up-home allowance", "Care leavers moving into their own home", "18 to 25", "£3,000"),
    ("Higher education bursary", "Care leavers on a university course", "18 to 25", "£2,000"),
]
QUENBY_AFTER: list[tuple[str, str, str]] = [
    ("p", "A personal adviser stays in touch with every care leaver until they are 21, and until they are 25 for those who ask for one.", "Children and Social Work Act 2017, section 3."),
    ("h", "Sharing what we know", ""),
    ("p", "Information about a child is shared only with those who need it to keep the child safe or to help them, and every decision to share is written on the child's record.", ""),
]
QUENBY_CONTROL = [
    ("Document control", ""),
    ("Date of last amendment", "14 March 2025"),
    ("Version", "2.0"),
    ("Approved by", "Head of Children's Social Care"),
    ("Next review", "March 2027"),
]

# ---------------------------------------------------------------- 13303 Ashby Wold, fpdf2, hyphenated lines
ASHBY_TITLE = "Children's Services Policies, Values and Principles"
ASHBY_COVER = [
    "Ashby Wold County Council",
    "Procedures Manual for Children's Social Care",
    "Version 5",
    "Date of issue: 2 September 2024",
]
ASHBY: Blocks = [
    ("h", "Why we wrote this chapter"),
    ("p", "This chapter gives practitioners in Ashby Wold a shared understanding of the responsibilities, values and principles that underpin everything children's social care does. Read it before any other chapter of the manual."),
    ("h", "Our legal responsibilities"),
    ("p", "Our responsibilities towards children and their families are set out principally in the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "What matters most to us"),
    ("p", "We put the child's experience at the centre of every conversation and every decision. We are respectful, we are curious about what lies behind what we see, and we keep our promises to children."),
    ("h", "Cared for Children and the council as parent"),
    ("p", "The council is the corporate parent of every Cared for Child. Our corporate parenting responsibilities are summed up in seven principles. We will:"),
    ("n", "act in their best interests and promote their health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take those views, wishes and feelings into account;"),
    ("n", "help them get the best from the services available to them;"),
    ("n", "promote high aspirations and the best possible outcomes;"),
    ("n", "keep them safe and give them stability at home, at school and at work;"),
    ("n", "prepare them for adulthood and independent living."),
    ("h", "The way we work with families"),
    ("p", "Our practice framework is Signs of Safety, which helps practitioners and families to understand the dangers a child faces and the strengths a family already has, and to agree what must change."),
    ("h", "Growing up in a permanent home"),
    ("p", "Every Cared for Child needs a home where they can stay for the rest of their childhood. A permanence plan is agreed for each child within six months of their coming into care."),
    ("p", "When young people leave our care they keep the support of a personal adviser until the age of 21, or until 25 if they are in education or training."),
    ("h", "Confidentiality and consent"),
    ("p", "Families are told what information we hold about them and with whom it may be shared. Where we can, we ask for consent first; where a child is at risk of significant harm, we share without it."),
]

# ---------------------------------------------------------------- 13304 Tillingham Reach, Chromium, two columns
TILLING_TITLE = "Values, Principles and Practice in Children's Services"
TILLING_COVER = [
    "Tillingham Reach Borough Council",
    "Children and Families Service",
    "Version 1.4",
    "Amended March 2025",
]
TILLING: Blocks = [
    ("h", "About this chapter"),
    ("p", "This chapter describes the responsibilities, values and principles that guide Tillingham Reach's children's services. It applies to all practitioners and managers, and to the services we commission on behalf of Children Looked After."),
    ("h", "The legislation we work under"),
    ("p", "Our statutory responsibilities arise mainly from the following Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our ambitions for children"),
    ("p", "Our ambition is that every child in Tillingham Reach grows up in a safe, loving and stable family, does well at school, and has the confidence to take part in the life of their community."),
    ("h", "What we value"),
    ("p", "We value honesty, respect and persistence. We listen to children and take their wishes seriously, even when we cannot do everything they would like."),
    ("h", "How we think about families"),
    ("p", "Our practice model is Systemic Practice. Practitioners consider the whole network of relationships around a child and use conversations with the family to find solutions that will last."),
    ("h", "Planning for permanence"),
    ("p", "Permanence planning begins as soon as a child comes into our care. Every Child Looked After has a permanence plan, confirmed at the review held four months after they became looked after."),
    ("h", "After care"),
    ("p", "Care leavers can have a personal adviser until the age of 21, and up to the age of 25 if they ask for one. Their entitlements are set out in the table."),
]
TILLING_TABLE = [
    ("Entitlement", "Ages", "Amount"),
    ("Personal adviser", "18 to 21, or to 25 on request", "–"),
    ("Leaving care grant for a first home", "18 to 25", "£2,500"),
    ("Driving lessons", "17 to 21", "£600"),
    ("Birthday and festival allowance", "16 to 18", "£75 each"),
]
TILLING_AFTER: Blocks = [
    ("h", "Information we hold"),
    ("p", "We keep information about children and families securely, share it only where the law allows or where a child's safety requires it, and tell families what we have shared and why."),
]

# ---------------------------------------------------------------- 13305 Wrexbury, WeasyPrint, footnoted Acts
WREX_TITLE = "Children's Services Policies, Values and Principles"
WREX: list[tuple[str, str, str]] = [
    ("h", "1. The purpose of this chapter", ""),
    ("p", "1.1 This chapter sets out the values and principles that guide children's services in Wrexbury. It applies to every practitioner and manager who works with children who are looked after, children in need and their families.", ""),
    ("h", "2. Our legal duties", ""),
    ("p", "2.1 The council must safeguard and promote the welfare of children in need in its area and provide services to their families.", "Children Act 1989, section 17."),
    ("p", "2.2 The council must work with its partners to improve the well-being of all children in the borough.", "Children Act 2004, section 10."),
    ("p", "2.3 The council must keep in contact with, and offer support to, young people after they leave its care.", "Children (Leaving Care) Act 2000, section 2."),
    ("p", "2.4 Councillors and officers must have regard to the corporate parenting principles set out below.", "Children and Social Work Act 2017, section 1."),
    ("h", "3. Things we hold to", ""),
    ("p", "3.1 Children are entitled to be heard and to be taken seriously. We explain our decisions to them in words they understand.", ""),
    ("p", "3.2 We work in partnership with parents and carers, and we are open about our concerns and about what needs to change.", ""),
    ("h", "4. Our duties as corporate parents", ""),
    ("p", "4.1 For every child who is looked after, and for every care leaver, the council will:", ""),
    ("n", "act in their best interests and promote their physical and mental health;", ""),
    ("n", "encourage them to express their views, wishes and feelings;", ""),
    ("n", "take their views, wishes and feelings into account;", ""),
    ("n", "help them to gain access to, and make the best use of, the services we and our partners provide;", ""),
    ("n", "promote high aspirations and seek the best outcomes for them;", ""),
    ("n", "make sure they are safe and have stability in their home lives, relationships, education and work;", ""),
    ("n", "prepare them for adulthood and independent living.", ""),
    ("h", "5. Our way of working", ""),
    ("p", "5.1 Restorative Practice is our model for working with families: high support and high challenge, doing things with people rather than to them.", ""),
    ("h", "6. Moving on from care", ""),
    ("p", "6.1 Every care leaver in Wrexbury can have a personal adviser up to the age of 25, whether or not they are in education or training. The table shows what else they are entitled to.", ""),
]
WREX_TABLE = [
    ("Entitlement", "Ages", "Amount"),
    ("Personal adviser", "18 to 25", "–"),
    ("Setting-up-home grant", "18 to 25", "£2,800"),
    ("Staying Put allowance to the carer", "18 to 21", "£190 a week"),
]
WREX_AFTER: list[tuple[str, str, str]] = [
    ("h", "7. Sharing information", ""),
    ("p", "7.1 Practitioners share information in line with the national advice on information sharing, and record what was shared, with whom and why.", ""),
]
WREX_CONTROL = [
    ("Document control", ""),
    ("Version", "4.1"),
    ("Date approved", "9 December 2024"),
    ("Approved by", "Children's Services Leadership Team"),
    ("Review date", "December 2026"),
]
# fmt: on


# ------------------------------------------------------------------------------ 13301 LibreOffice


def _docx_field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) in a paragraph, as Word writes one."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, text, separate, shown, end):
        run._r.append(element)


def pellmoor(target: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = new_docx()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = PELLMOOR_TITLE
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _docx_field(footer, "PAGE")
    footer.add_run(" of ")
    _docx_field(footer, "NUMPAGES")

    cover = document.add_paragraph()
    cover.paragraph_format.space_before = Pt(160)
    cover.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = cover.add_run(PELLMOOR_TITLE)
    run.bold = True
    run.font.size = Pt(22)
    for line in PELLMOOR_COVER:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).font.size = Pt(14)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for kind, text in PELLMOOR:
        if kind == "h":
            add_bold_heading(document, text, 10)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in PELLMOOR_CONTROL:
        cells = table.add_row().cells
        if not value:
            merged = cells[0].merge(cells[1])
            merged.paragraphs[0].add_run(label).bold = True
        else:
            cells[0].text, cells[1].text = label, value
    docx_to_pdf(saved_docx(document), target)


# ------------------------------------------------------------------------------ 13302 reportlab


def quenby(target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        KeepTogether,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    head = ParagraphStyle(
        "head", parent=body, fontName="Helvetica-Bold", spaceBefore=6, spaceAfter=3, keepWithNext=1
    )
    title = ParagraphStyle(
        "title", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=8
    )
    council = ParagraphStyle("council", parent=body, fontSize=9, textColor=colors.grey)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    note = ParagraphStyle("note", fontName="Helvetica", fontSize=8, leading=10)
    state: dict[str, Any] = {"notes": [], "number": 0}

    class NoteMark(Flowable):  # type: ignore[misc]
        def __init__(self, number: int, text: str) -> None:
            super().__init__()
            self.number, self.text = number, text

        def wrap(self, *_: Any) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            state["notes"].append((self.number, self.text))

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Pages held back until the end so each footer can say "of M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                self.setFont("Helvetica", 8)
                self.drawCentredString(A4[0] / 2, 12 * mm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica-Oblique", 8)
        canvas.drawRightString(A4[0] - 22 * mm, A4[1] - 14 * mm, QUENBY_TITLE)
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

    def add(story: list[Any], blocks: list[tuple[str, str, str]]) -> None:
        for kind, text, footnote in blocks:
            if kind == "h":
                story.append(Paragraph(html.escape(text), head))
            elif kind == "b":
                story.append(Paragraph(html.escape(text), bullet, bulletText="•"))
            elif text.startswith("Quenby Marsh District Council"):
                story.append(Paragraph(html.escape(text), council))
            else:
                if not footnote:
                    story.append(Paragraph(html.escape(text), body))
                    continue
                # the note drawn on the page where its mark stands: kept with its paragraph
                state["number"] += 1
                mark = f"<super>{state['number']}</super>"
                story.append(KeepTogether([
                    Paragraph(html.escape(text) + mark, body),
                    NoteMark(state["number"], footnote),
                ]))  # fmt: skip

    def table(rows: list[tuple[str, ...]], widths: list[float], spanned: bool) -> Any:
        data = [[Paragraph(html.escape(value), cell) for value in row] for row in rows]
        result = Table(data, colWidths=widths)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef5")),
        ]
        if spanned:
            style.append(("SPAN", (0, 0), (-1, 0)))
        result.setStyle(TableStyle(style))
        return result

    width = A4[0] - 44 * mm
    story: list[Any] = [Paragraph(html.escape(QUENBY_TITLE), title)]
    add(story, QUENBY)
    story.append(
        table(QUENBY_TABLE, [width * 0.3, width * 0.34, width * 0.18, width * 0.18], False)
    )
    story.append(Spacer(1, 8))
    add(story, QUENBY_AFTER)
    story.append(Spacer(1, 10))
    story.append(table(QUENBY_CONTROL, [width * 0.45, width * 0.55], True))
    document = BaseDocTemplate(
        str(target), pagesize=A4, title=QUENBY_TITLE, author="policydiff test cases",
        creator="reportlab", invariant=1,
    )  # fmt: skip
    frame = Frame(22 * mm, 50 * mm, A4[0] - 44 * mm, A4[1] - 72 * mm, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=page)])
    document.build(story, canvasmaker=NumberedCanvas)


# ------------------------------------------------------------------------------ 13303 fpdf2


def _hyphenated_lines(pdf: Any, text: str, width: float) -> list[str]:
    """Lines of `text` no wider than `width`, a long word that will not fit broken with a hyphen
    at the line's end as a typesetter's hyphenation would (three letters at least either side)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if pdf.get_string_width(candidate) <= width:
            line = candidate
            continue
        letters = word.rstrip(".,;:")
        split = 0
        if len(letters) >= 8 and word.isascii():
            for cut in range(len(letters) - 3, 2, -1):
                head = f"{line} {word[:cut]}-" if line else f"{word[:cut]}-"
                if (
                    pdf.get_string_width(head) <= width
                    and word[cut - 1].isalpha()
                    and word[cut].isalpha()
                ):
                    split = cut
                    break
        if split:
            lines.append((f"{line} " if line else "") + word[:split] + "-")
            line = word[split:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def ashby(target: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, ASHBY_TITLE, align="R")
            self.ln(10)

        def footer(self) -> None:
            if self.page_no() == 1:
                return
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Pdf(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2024, 9, 2))
    pdf.set_title(ASHBY_TITLE)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(25, 18, 25)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_y(90)
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(0, 10, ASHBY_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 13)
    for line in ASHBY_COVER:
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    width = pdf.w - 50
    number = 0
    for kind, text in ASHBY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            number = 0
            continue
        pdf.set_font("Helvetica", "", 10.5)
        if kind in ("b", "n"):
            number += 1
            mark = "-" if kind == "b" else f"{number}."
            pdf.cell(7, 5.5, mark)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            continue
        number = 0
        for line in _hyphenated_lines(pdf, text, width):
            pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(target))


# ------------------------------------------------------------------------------ 13304 Chromium


def _soft_hyphens(text: str) -> str:
    """Escaped text with soft hyphens in its long words, every few letters, as a word processor's
    hyphenation points would let the browser break them at a line's end."""
    out: list[str] = []
    for word in text.split(" "):
        if len(word) >= 9 and word.isalpha():
            parts = [word[i : i + 4] for i in range(0, len(word) - 3, 4)]
            rest = word[len("".join(parts)) :]
            if len(rest) < 3 and parts:
                rest = parts.pop() + rest
            out.append("&shy;".join(html.escape(part) for part in [*parts, rest] if part))
        else:
            out.append(html.escape(word))
    return " ".join(out)


def _html_blocks(blocks: Blocks, soft: bool) -> str:
    out: list[str] = []
    open_list = ""
    escape = _soft_hyphens if soft else html.escape
    for kind, text in blocks:
        if open_list and kind != open_list:
            out.append("</ol>" if open_list == "n" else "</ul>")
            open_list = ""
        if kind == "h":
            out.append(f"<h2>{html.escape(text)}</h2>")
        elif kind in ("b", "n"):
            if not open_list:
                out.append("<ol>" if kind == "n" else "<ul>")
                open_list = kind
            out.append(f"<li>{escape(text)}</li>")
        else:
            out.append(f"<p>{escape(text)}</p>")
    if open_list:
        out.append("</ol>" if open_list == "n" else "</ul>")
    return "\n".join(out)


def _html_table(rows: list[tuple[str, ...]], spanned: bool = False) -> str:
    out = ["<table>"]
    for i, row in enumerate(rows):
        if i == 0 and spanned:
            out.append(f'<tr><th colspan="{len(row)}">{html.escape(row[0])}</th></tr>')
            continue
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html.escape(v)}</{tag}>" for v in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def tillingham(target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed for 13304: apt-get install chromium")
    css = f"""
@page {{ size: A4; margin: 22mm 18mm;
  @top-right {{ content: "{TILLING_TITLE}"; font: italic 8pt Arial, 'Liberation Sans', sans-serif; color: #444; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, 'Liberation Sans', sans-serif; color: #444; }} }}
@page cover {{ @top-right {{ content: none; }} @bottom-center {{ content: none; }} }}
body {{ font: 10pt/1.4 Arial, 'Liberation Sans', sans-serif; }}
.cover {{ page: cover; text-align: center; padding-top: 70mm; break-after: page; }}
.cover h1 {{ font-size: 22pt; margin: 0 0 10mm; }}
.cover p {{ font-size: 13pt; margin: 2mm 0; }}
.cols {{ columns: 2; column-gap: 8mm; text-align: justify; }}
h2 {{ font: bold 10pt/1.4 Arial, 'Liberation Sans', sans-serif; margin: 3mm 0 1mm; break-after: avoid; }}
p {{ margin: 0 0 2mm; }}
ul {{ margin: 0 0 2mm; padding-left: 5mm; }}
table {{ column-span: all; border-collapse: collapse; width: 100%; margin: 3mm 0; text-align: left; }}
th, td {{ border: 0.5pt solid #555; padding: 1.5mm; vertical-align: top; }}
"""
    cover = "".join(f"<p>{html.escape(line)}</p>" for line in TILLING_COVER)
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TILLING_TITLE)}</title><style>{css}</style></head><body>"
        f'<div class="cover"><h1>{html.escape(TILLING_TITLE)}</h1>{cover}</div>'
        '<div class="cols">'
        + _html_blocks(TILLING, soft=True)
        + _html_table(TILLING_TABLE)
        + _html_blocks(TILLING_AFTER, soft=True)
        + "</div></body></html>"
    )
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "chapter.html"
        page.write_text(document, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             "--no-pdf-header-footer", f"--print-to-pdf={out}", page.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


# ------------------------------------------------------------------------------ 13305 WeasyPrint


def wrexbury(target: Path) -> None:
    from weasyprint import HTML

    def blocks(items: list[tuple[str, str, str]]) -> str:
        out: list[str] = []
        open_list = False
        for kind, text, footnote in items:
            note = f'<span class="fn">{html.escape(footnote)}</span>' if footnote else ""
            if open_list and kind != "n":
                out.append("</ol>")
                open_list = False
            if kind == "h":
                out.append(f"<h2>{html.escape(text)}</h2>")
            elif kind == "n":
                if not open_list:
                    out.append("<ol>")
                    open_list = True
                out.append(f"<li>{html.escape(text)}</li>")
            else:
                out.append(f"<p>{html.escape(text)}{note}</p>")
        if open_list:
            out.append("</ol>")
        return "\n".join(out)

    css = """
@page { size: A4; margin: 24mm 20mm 22mm 20mm;
  @top-center { content: string(chapter); font: italic 8pt 'DejaVu Serif'; color: #444; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Serif'; color: #444; }
  @footnote { border-top: 0.5pt solid #777; } }
body { font: 10.5pt/1.4 'DejaVu Serif', serif; hyphens: auto; text-align: justify; }
h1 { font: bold 17pt 'DejaVu Sans'; margin: 0 0 6mm; string-set: chapter content(); }
h2 { font: bold 10.5pt/1.4 'DejaVu Serif', serif; margin: 4mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2mm; }
ol { margin: 0 0 2mm; padding-left: 8mm; }
.fn { float: footnote; font-size: 7.5pt; hyphens: manual; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; hyphens: manual; text-align: left; }
th, td { border: 0.5pt solid #555; padding: 1.5mm; vertical-align: top; font-size: 9.5pt; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(WREX_TITLE)}</title><style>{css}</style></head><body>"
        f"<h1>{html.escape(WREX_TITLE)}</h1>"
        + blocks(WREX)
        + _html_table(WREX_TABLE)
        + blocks(WREX_AFTER)
        + _html_table(WREX_CONTROL, spanned=True)
        + "</body></html>"
    )
    HTML(string=document).write_pdf(str(target))


FILES = {
    "13301-pdf-lo-cover-version-issued-numbered-paragraphs-page-n-of-m-control-table.pdf": pellmoor,
    "13302-pdf-reportlab-bold-body-size-meaning-headings-footnoted-acts-entitlements-table-control-table.pdf": quenby,
    "13303-pdf-fpdf-cover-date-of-issue-hyphenated-line-ends-running-header.pdf": ashby,
    "13304-pdf-chromium-cover-two-columns-soft-hyphens-entitlements-table-page-boxes.pdf": tillingham,
    "13305-pdf-weasyprint-numbered-paragraphs-acts-only-in-footnotes-entitlements-control-table.pdf": wrexbury,
}


def _with_notes(items: list[tuple[str, str, str]]) -> Blocks:
    out: Blocks = []
    for kind, text, footnote in items:
        out.append((kind, text))
        if footnote:
            out.append(("p", "[footnote] " + footnote))
    return out


def _rows(rows: list[tuple[str, ...]]) -> Blocks:
    return [("p", " | ".join(value for value in row if value)) for row in rows]


def _notes() -> dict[str, str]:
    def cover(title: str, lines: list[str]) -> Blocks:
        return [("title", title), *(("p", line) for line in lines), ("p", "[page break]")]

    return {
        "13301": blocks_note(
            cover(PELLMOOR_TITLE, PELLMOOR_COVER) + PELLMOOR + _rows(PELLMOOR_CONTROL),
            SCRIPT,
            "LibreOffice PDF from Word; a cover; '1.' headings bold at body size, '1.1' paragraphs; header, 'Page N of M'; a control table",
        ),
        "13302": blocks_note(
            [
                ("title", QUENBY_TITLE),
                *_with_notes(QUENBY),
                *_rows(QUENBY_TABLE),
                *_with_notes(QUENBY_AFTER),
                *_rows(QUENBY_CONTROL),
            ],
            SCRIPT,
            "reportlab; bold body-size headings; running header, 'Page N of M'; footnotes; entitlements and control tables",
        ),
        "13303": blocks_note(
            cover(ASHBY_TITLE, ASHBY_COVER) + ASHBY,
            SCRIPT,
            "fpdf2; a cover; bold body-size headings; long words hyphenated at line ends; header, 'Page N of M'",
        ),
        "13304": blocks_note(
            cover(TILLING_TITLE, TILLING_COVER) + TILLING + _rows(TILLING_TABLE) + TILLING_AFTER,
            SCRIPT,
            "Chromium print to PDF; a cover; two justified columns with soft hyphens; an entitlements table; @page header and 'Page N of M'",
        ),
        "13305": blocks_note(
            [
                ("title", WREX_TITLE),
                *_with_notes(WREX),
                *_rows(WREX_TABLE),
                *_with_notes(WREX_AFTER),
                *_rows(WREX_CONTROL),
            ],
            SCRIPT,
            "WeasyPrint; '3.' headings bold at body size, '3.2' paragraphs; Acts only in footnotes; hyphenation; entitlements and control tables",
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
