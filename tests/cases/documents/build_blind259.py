# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the 259th blind set (25901-25905): five whole children's-services policy chapters of
invented councils, held as PDFs or as the text taken out of PDFs, in shapes earlier PDF sets
(blind211, blind243, blind247) did not use.

    25901  Ravensgarth: reportlab, the whole body set in two columns with platypus frames (the
           title across both columns on the first page), a running footer.
    25902  Marlcaster: a python-docx Word file printed by LibreOffice, each heading across the
           page and each section's body in two balanced columns (continuous section breaks),
           a "Page N" footer; kept as the text `pdftotext -layout` gives (columns side by side).
    25903  Holmcroft: fpdf2, a contents page with dot leaders and page numbers (fpdf2's own
           table-of-contents placeholder), a running header with the manual and the chapter's
           title, a "Page N of M" footer.
    25904  Kelsholt: a python-docx Word file printed by LibreOffice with a page-number footer,
           kept as the text select-all-and-copy in a browser's PDF viewer (pdf.js) gives: each
           text item with a line break only where pdf.js marks an end of line.
    25905  Brantholme: WeasyPrint, headings numbered "1." and sub-headings "1.1" in bold at the
           body's own size, footnotes at the page foot (float: footnote).

All written for this set, in our own words (invented councils).

usage: PYTHONPATH=/folder/with/reportlab .venv/bin/python tests/cases/documents/build_blind259.py
       (reportlab is not in the shared virtualenv: `pip install --target /tmp/somewhere reportlab`;
       25904 needs node and `npm install pdfjs-dist@4` in PDFJS_DIR, default /tmp/b259js)
"""

from __future__ import annotations

import datetime
import html
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "blind259_sources"
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind259.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]
NOTE = re.compile(r"\[\^([^\]]+)\]")

# Block kinds: "title", "line" (a council's line under the title), "h" heading, "s" a numbered
# sub-heading, "p" paragraph, "b" bullet, "n" numbered item, "toc" a contents label and "c" a
# contents entry ("entry|page", drawn by the producer's own contents). "[^text]" in a
# paragraph is a footnote where a producer has them.

# fmt: off
# ---------------------------------------------------------------- 25901 Ravensgarth, reportlab two columns
RAVE: Blocks = [
    ("title", TITLE),
    ("line", "Ravensgarth Borough Council - Children and Families Directorate"),
    ("h", "About this chapter"),
    ("p", "This chapter describes what Ravensgarth Borough Council believes about children and families and the principles that follow from those beliefs. It applies to everyone who works in children's social care, in early help and in our fostering and residential services. It was amended in December 2025, when the section on family time was rewritten."),
    ("h", "Legislation"),
    ("p", "The main legislation behind our work is:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h", "Our values"),
    ("p", "We believe that children do best when they grow up within their own families, and that most families can look after their children well with the right help at the right time. We are open with parents about our concerns, we keep our promises, and we notice and celebrate what families do well. Every child is different, and we take time to understand what their life is like and what they hope for."),
    ("h", "Corporate parenting"),
    ("p", "When a child comes into our care, the whole council becomes their corporate parent. Councillors and officers must have regard to the need:"),
    ("n", "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("n", "to promote high aspirations, and seek to secure the best outcomes, for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("p", "Our Corporate Parenting Board, chaired by the Leader of the Council, checks every quarter how well we are keeping these promises to our Children in Care."),
    ("h", "Family Valued"),
    ("p", "Since 2024 our practice has been built on Family Valued. Family group conferences are offered to every family before a child might come into care, and our staff are trained to work relationally, so that families are helped to find their own solutions and children's wider networks are part of every plan."),
    ("h", "Working with partners"),
    ("p", "No single agency can keep children safe on its own. Schools, health visitors, GPs, the police and the voluntary sector work with us through the Ravensgarth Safeguarding Children Partnership, following Working Together to Safeguard Children 2023."),
    ("h", "Permanence"),
    ("p", "Children need to know where they will grow up. If a child cannot return home, we first look to their relatives and friends, then to long-term fostering, special guardianship or adoption. A plan for permanence is agreed for each Child in Care within five months of their coming into care, and their Independent Reviewing Officer checks it at every review."),
    ("h", "Leaving care"),
    ("p", "Young people leaving our care have a personal adviser until they turn 21, and until they turn 25 if they are in further or higher education. Advisers help with somewhere to live, money, health and work, and with the practical things that a parent would help with."),
    ("h", "Sharing information"),
    ("p", "We share information about children and families with other agencies when it is needed to keep a child safe or to plan their care. We tell families what we share and why, unless doing so would put a child at risk, and we keep records securely and no longer than we need to."),
]
RAVE_FOOTER = ("Ravensgarth Borough Council", "Children's Social Care Manual")


def ravensgarth(target: Path) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        ListFlowable,
        ListItem,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
    )

    navy = HexColor("#1d3b6b")
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=12.5, spaceAfter=5, alignment=TA_JUSTIFY)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=navy, spaceBefore=7, spaceAfter=3, keepWithNext=1)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=navy, spaceAfter=4)
    line = ParagraphStyle("line", fontName="Helvetica", fontSize=10, leading=13, textColor=HexColor("#555555"))
    margin, gutter = 18 * mm, 7 * mm
    width = (A4[0] - 2 * margin - gutter) / 2
    top, bottom = A4[1] - 18 * mm, 20 * mm
    banner = 28 * mm

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(HexColor("#666666"))
        canvas.line(margin, 14 * mm, A4[0] - margin, 14 * mm)
        canvas.drawString(margin, 10 * mm, f"{RAVE_FOOTER[0]}  |  {RAVE_FOOTER[1]}")
        canvas.drawRightString(A4[0] - margin, 10 * mm, str(doc.page))
        canvas.restoreState()

    first = [
        Frame(margin, top - banner, A4[0] - 2 * margin, banner, id="banner", leftPadding=0, rightPadding=0),
        Frame(margin, bottom, width, top - banner - bottom - 4 * mm, id="left1", leftPadding=0, rightPadding=0),
        Frame(margin + width + gutter, bottom, width, top - banner - bottom - 4 * mm, id="right1", leftPadding=0, rightPadding=0),
    ]
    later = [
        Frame(margin, bottom, width, top - bottom, id="left", leftPadding=0, rightPadding=0),
        Frame(margin + width + gutter, bottom, width, top - bottom, id="right", leftPadding=0, rightPadding=0),
    ]
    doc = BaseDocTemplate(
        str(target), pagesize=A4, title=TITLE, author="policydiff test cases", invariant=1,
        pageTemplates=[PageTemplate("first", first, onPage=footer), PageTemplate("later", later, onPage=footer)],
    )  # fmt: skip
    story: list[Any] = [NextPageTemplate("later")]
    items: list[Any] = []
    kind_of_list = ""
    for kind, text in RAVE:
        if items and kind != kind_of_list:
            story.append(
                ListFlowable(items, bulletType="1" if kind_of_list == "n" else "bullet", leftIndent=5 * mm, bulletFontSize=9)
            )
            items = []
        escaped = html.escape(text)
        if kind in ("b", "n"):
            kind_of_list = kind
            items.append(ListItem(Paragraph(escaped, body)))
        elif kind == "title":
            story.append(Paragraph(escaped, title))
        elif kind == "line":
            story += [Paragraph(escaped, line), FrameBreak()]
        elif kind == "h":
            story.append(Paragraph(escaped, head))
        else:
            story.append(Paragraph(escaped, body))
    doc.build(story)


# ---------------------------------------------------------------- 25902 Marlcaster, Word columns via LibreOffice, pdftotext -layout
MARL: Blocks = [
    ("title", TITLE),
    ("line", "Marlcaster City Council"),
    ("h", "1. Scope"),
    ("p", "This chapter explains the values and principles that guide Marlcaster City Council's work with children in need, children in need of protection, Looked After Children and care leavers. It is for social workers, team managers, personal advisers and the staff of the services we commission. The chapter was revised in July 2025, when we added our fostering model and updated the section on permanence."),
    ("h", "2. The legal framework"),
    ("p", "Our duties towards children and families are set out in the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Statutory guidance, and in particular Working Together to Safeguard Children, explains how these duties should be carried out, and our procedures follow it."),
    ("h", "3. Our vision"),
    ("p", "We want Marlcaster to be a city where children grow up safe, loved and listened to, where families get help as soon as they need it, and where every Looked After Child has the same chances in life as any other child in the city. We want children who have been in our care to look back and say that we did right by them."),
    ("h", "4. Corporate parenting"),
    ("p", "Every councillor and every member of staff shares responsibility for the children we look after. We follow the seven corporate parenting principles set out in the Children and Social Work Act 2017 when we make decisions about budgets, housing, leisure, jobs and training, as well as about social care. The Corporate Parenting Panel hears from young people at every meeting."),
    ("h", "5. Mockingbird"),
    ("p", "Our fostering service is organised around Mockingbird. Groups of six to ten fostering families live near one another and are supported by an experienced hub home carer, who offers sleepovers, advice and a place to turn to, much as an extended family would. Children in the constellations move placement less often, and carers stay with us for longer."),
    ("h", "6. Permanence and leaving care"),
    ("p", "We want every child to have a permanent home as early as possible. For a Looked After Child who cannot return to their family, a permanence plan is made within three months of their becoming looked after. Every care leaver may have a personal adviser until the age of 25, whatever their plans, and may return to us for help at any time before then."),
    ("h", "7. Information sharing"),
    ("p", "Good decisions depend on good information. We share what we know with schools, health services and the police where the law allows and a child's welfare requires it, we record our reasons, and we are honest with families about what we have shared."),
]


def marlcaster_docx() -> bytes:
    from build_binary_tools import new_docx, saved_docx, word_field
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    def columns(section: Any, number: int) -> None:
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(number))
        cols.set(qn("w:space"), "425")

    document = new_docx()
    first = document.sections[0]
    first.page_width, first.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(first, side, Mm(20))
    footer = first.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    for kind, text in MARL:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "line":
            paragraph = document.add_paragraph(text)
            paragraph.runs[0].font.size = Pt(12)
        elif kind == "h":
            section = document.add_section(WD_SECTION.CONTINUOUS)
            columns(section, 1)
            document.add_paragraph(text, style="Heading 1")
        else:
            section = document.add_section(WD_SECTION.CONTINUOUS)
            columns(section, 2)
            paragraph = document.add_paragraph(text)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return saved_docx(document)


def marlcaster(target: Path) -> None:
    from build_binary_tools import docx_to_pdf, pdftotext

    SOURCES.mkdir(exist_ok=True)
    pdf = SOURCES / "25902.pdf"
    docx_to_pdf(marlcaster_docx(), pdf)
    target.write_text(pdftotext(pdf, layout=True), encoding="utf-8")


# ---------------------------------------------------------------- 25903 Holmcroft, fpdf2 contents page, running header
HOLM: Blocks = [
    ("title", TITLE),
    ("line", "Holmcroft County Council"),
    ("toc", "Contents"),
    ("c", "1. About this chapter|3"),
    ("c", "2. Legislation|3"),
    ("c", "3. Values|3"),
    ("c", "4. Corporate Parenting|3"),
    ("c", "5. Practice Model: the Solihull Approach|3"),
    ("c", "6. Key Outcomes|3"),
    ("c", "7. Permanence and Care Leavers|4"),
    ("c", "8. Confidentiality|4"),
    ("h", "1. About this chapter"),
    ("p", "This chapter sets out the values and principles that underpin Holmcroft County Council's services for children and their families, and for the cared for children and care leavers for whom the council is responsible. It should be read alongside the other chapters of the manual. This chapter was last amended in February 2026."),
    ("h", "2. Legislation"),
    ("p", "The chapter draws on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "3. Values"),
    ("p", "Children are best brought up by their own families wherever that is safe. We work with parents as partners, we are clear and honest about risk, and we listen to children and take what they say seriously. We treat people fairly, we respect their culture, faith and identity, and we challenge discrimination wherever we find it."),
    ("p", "We expect our staff to be reliable and to stay in children's lives for as long as they can. A child should not have to tell their story again and again to a new worker."),
    ("h", "4. Corporate Parenting"),
    ("p", "Holmcroft County Council is the corporate parent of every cared for child and care leaver. The law requires the council to have regard to seven principles whenever it acts for them, and we have made those seven principles the basis of our Corporate Parenting Strategy. Elected members visit our children's homes and meet the Children in Care Council twice a year."),
    ("h", "5. Practice Model: the Solihull Approach"),
    ("p", "Our staff and foster carers are trained in the Solihull Approach. It helps adults to understand children's behaviour through their relationships, to contain a child's strong feelings rather than react to them, and to respond to the child's needs in a way that builds trust."),
    ("h", "6. Key Outcomes"),
    ("p", "We want all children in Holmcroft to be healthy, to be safe, to enjoy school and achieve, to make a positive contribution to their community and to grow up ready for work and independent life. We measure our progress against these outcomes every quarter."),
    ("h", "7. Permanence and Care Leavers"),
    ("p", "Every cared for child should have a secure and lasting home. Their permanence plan is agreed within four months of their entering care, and we consider a return home, care by relatives, special guardianship, adoption and long-term fostering, in that order. Care leavers are supported by a personal adviser until they are 21, or until they are 25 if they are still working towards the goals in their pathway plan."),
    ("h", "8. Confidentiality"),
    ("p", "Personal information is confidential and is kept securely. We share it with other professionals only where it is necessary to protect a child or to provide a service, and we explain to families how their information is used."),
]
HOLM_HEADER = "Holmcroft Children's Services Manual  -  Chapter 2: Policies, Values and Principles"


def holmcroft(target: Path) -> None:
    from fpdf import FPDF

    fonts = Path("/usr/share/fonts/truetype/dejavu")

    class Manual(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, HOLM_HEADER, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(8)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    def contents(pdf: Any, outline: list[Any]) -> None:
        pdf.set_x(pdf.l_margin)
        pdf.set_font("DejaVu", "B", 14)
        pdf.cell(0, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("DejaVu", "", 11)
        for entry in outline:
            if entry.level != 0:
                continue
            page = str(entry.page_number)
            name_width = pdf.get_string_width(entry.name)
            page_width = pdf.get_string_width(page)
            room = pdf.epw - name_width - page_width - 4
            dots = "." * int(room / pdf.get_string_width("."))
            pdf.cell(name_width + 2, 8, entry.name, link=pdf.add_link(page=entry.page_number))
            pdf.cell(room, 8, dots, align="C")
            pdf.cell(0, 8, page, align="R", new_x="LMARGIN", new_y="NEXT")

    pdf = Manual(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(fonts / "DejaVuSans-Oblique.ttf"))
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2026, 2, 20))
    pdf.set_title(TITLE)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for kind, text in HOLM:
        if kind in ("toc", "c"):
            continue  # drawn by the contents placeholder from the sections' outline
        if kind == "title":
            pdf.ln(30)
            pdf.set_font("DejaVu", "B", 22)
            pdf.multi_cell(0, 11, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "line":
            pdf.ln(4)
            pdf.set_font("DejaVu", "", 13)
            pdf.multi_cell(0, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            pdf.insert_toc_placeholder(contents, pages=1)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 13)
            pdf.start_section(text, level=0)
            pdf.multi_cell(0, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "b":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(0, 6, "\u2022  " + text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(str(target))


# ---------------------------------------------------------------- 25904 Kelsholt, Word via LibreOffice, pdf.js copy
KELS: Blocks = [
    ("title", TITLE),
    ("h", "Amendments"),
    ("p", "This chapter was updated in October 2025. The section on our practice model now describes Reclaiming Social Work, and the section on key principles reflects our new offer to care leavers. Earlier changes are listed in the manual's register of amendments."),
    ("h", "Introduction"),
    ("p", "This chapter sets out the framework within which Kelsholt Borough Council provides services to children, young people and their families. Our work is underpinned by three pieces of legislation: the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017. It covers every child we work with, from those receiving early help to children looked after and young people who have left our care, and it applies to the staff of every service that the council commissions on their behalf."),
    ("h", "Working Together"),
    ("p", "Safeguarding children is everyone's responsibility. The council works with the Integrated Care Board, schools and colleges, Kelsholt Police and voluntary organisations as members of the Kelsholt Children's Safeguarding Partnership, and we follow Working Together to Safeguard Children in all of our joint work. Where agencies disagree about a child's needs, our escalation policy helps them to resolve it quickly, and the partnership reviews every case where it was used."),
    ("h", "Our Values"),
    ("p", "We put the child at the centre of everything we do. We are respectful, we are honest about what we are worried about, and we build on the strengths that every family has. We value diversity and we expect our staff to challenge unfairness. We learn from children, from families and from our own mistakes, and we are not afraid to change the way we work when we find a better way."),
    ("p", "We want the people we work with to find us reliable. That means returning calls, turning up when we say we will, and explaining our decisions in plain words that children and parents can understand. It also means telling families straight away when something has gone wrong, and putting it right."),
    ("p", "We also want children and families to help shape our services. Young people from the Children in Care Council interview every senior manager we appoint, parents who have been through child protection help us to train new social workers, and the comments that families make to us each year are reported to councillors so that they can see what we have changed as a result."),
    ("h", "Corporate Parenting"),
    ("p", "As corporate parent, the council must have regard to the need to:"),
    ("b", "act in the best interests of children looked after and care leavers, and promote their health and well-being;"),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take their views, wishes and feelings into account;"),
    ("b", "help them to gain access to, and make the best use of, our services and those of our partners;"),
    ("b", "promote high aspirations and seek the best outcomes for them;"),
    ("b", "make sure they are safe and have stability in their home lives, relationships and education or work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("h", "Our Practice Model"),
    ("p", "Kelsholt's children's social care is organised around Reclaiming Social Work. Small units led by a consultant social worker share the work for a group of families, so that a family always knows more than one worker and decisions are talked through together. A clinician in each unit helps staff to understand the patterns in families' relationships."),
    ("h", "Key Principles"),
    ("p", "We believe that children should live with their families wherever possible, and we work hard to keep them together. When a child cannot live at home, we look for a home with relatives or friends before anything else. Every child looked after has a permanence plan no later than six months after they come into care, and the plan is reviewed at each statutory review until it has been achieved."),
    ("p", "Care leavers can have a personal adviser up to the age of 21. This is extended up to the age of 25 for any young person who is still in education or training, and our advisers will help them to find a course, an apprenticeship or a job."),
    ("h", "Information Sharing"),
    ("p", "We follow the seven golden rules for sharing information. We share information lawfully, securely and only as much as is needed, and we keep a record of what we have shared and why."),
    ("p", "Last updated: 14 October 2025"),
]


def kelsholt_docx() -> bytes:
    from build_binary_tools import new_docx, saved_docx, word_field
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    document.styles["Normal"].paragraph_format.widow_control = False
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    word_field(footer, "PAGE", "1")
    for kind, text in KELS:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


PDFJS_COPY = r"""
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
const pdf = await getDocument({ url: process.argv[2], verbosity: 0 }).promise;
let out = "";
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const items = (await page.getTextContent()).items.filter((item) => item.str !== "" || item.hasEOL);
  const heights = new Map();
  for (const item of items) heights.set(Math.round(item.height), (heights.get(Math.round(item.height)) || 0) + item.str.length);
  const body = [...heights.entries()].sort((a, b) => b[1] - a[1])[0][0];
  // the viewer's text layer: a span for each item and a break where pdf.js marks the end of a
  // line; the copy loses the break after a line in a larger font when body text follows it, so a
  // heading runs into its first sentence
  let last = null;
  items.forEach((item, index) => {
    out += item.str;
    if (item.str.trim() !== "") last = item;
    if (!item.hasEOL) return;
    const next = items.slice(index + 1).find((other) => other.str.trim() !== "");
    const runsOn = last && next && Math.round(last.height) > body && Math.round(next.height) === body && next.fontName !== last.fontName;
    out += runsOn ? " " : "\n";
  });
  out += "\n";
}
process.stdout.write(out);
"""


def kelsholt(target: Path) -> None:
    from build_binary_tools import docx_to_pdf

    SOURCES.mkdir(exist_ok=True)
    pdf = SOURCES / "25904.pdf"
    docx_to_pdf(kelsholt_docx(), pdf)
    folder = Path(os.environ.get("PDFJS_DIR", "/tmp/b259js"))
    script = folder / "copy.mjs"
    script.write_text(PDFJS_COPY, encoding="utf-8")
    text = subprocess.run(["node", str(script), str(pdf)], check=True, capture_output=True, text=True, cwd=folder).stdout
    target.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- 25905 Brantholme, WeasyPrint numbered bold body-size headings, footnotes
BRAN: Blocks = [
    ("title", TITLE),
    ("line", "Brantholme Metropolitan Borough Council"),
    ("h", "1. Purpose and scope"),
    ("p", "This chapter describes the values and principles on which Brantholme Metropolitan Borough Council's children's services are built. It applies to all staff in children's social care and early help and to the providers we commission. It was amended in April 2026.[^It replaces the version issued in May 2024, which is withdrawn.]"),
    ("h", "2. Legislation and guidance"),
    ("s", "2.1 Legislation"),
    ("p", "The legislation on which this chapter rests is:"),
    ("b", "the Children Act 1989;[^As amended, in particular by the Children and Families Act 2014.]"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Social Work Act 2017."),
    ("s", "2.2 Statutory guidance"),
    ("p", "The council also follows the statutory guidance issued under these Acts, including Working Together to Safeguard Children and the Children's Social Care National Framework."),
    ("h", "3. Values"),
    ("p", "We believe that every child deserves to be safe, to be loved and to be heard. We are honest and open with families, we look for their strengths as well as the risks, and we work alongside them rather than doing things to them. We do what we say we will do."),
    ("h", "4. Corporate parenting"),
    ("s", "4.1 Our responsibilities"),
    ("p", "The council is the corporate parent of every child in care and every care leaver, and all of its members and officers share that role."),
    ("s", "4.2 The principles"),
    ("p", "In carrying out its functions for them, the council must have regard to the need:[^Children and Social Work Act 2017, section 1.]"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, the services of the council and its partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "5. Practice model"),
    ("p", "Brantholme uses the Family Partnership Model. Practitioners are trained to build a genuine partnership with parents, to explore problems together and to agree goals that the family owns, because change that a family chooses is more likely to last."),
    ("h", "6. Key principles"),
    ("s", "6.1 Permanence"),
    ("p", "Where a child in care cannot go home, we plan early for a permanent home with relatives, a special guardian, adopters or long-term foster carers. The permanence plan is agreed within 4 months of the child entering care."),
    ("s", "6.2 Leaving care"),
    ("p", "Each care leaver has a personal adviser until the age of 21[^Section 23C of the Children Act 1989.] and, if they are in education or training, until the age of 25. Care leavers can stay with their foster carers under Staying Put until they are 21."),
    ("h", "7. Information sharing"),
    ("p", "We share information about children and families only where the law allows and where it is needed to keep a child safe or to meet their needs.[^Including under the Data Protection Act 2018 and the UK General Data Protection Regulation.] Families are told what we share, unless telling them would put a child at risk."),
]


def brantholme(target: Path) -> None:
    from weasyprint import HTML

    out: list[str] = []
    open_list = ""
    for kind, text in BRAN:
        if open_list and kind != open_list:
            out.append(f"</{'ol' if open_list == 'n' else 'ul'}>")
            open_list = ""
        inline = "".join(
            f'<span class="fn">{html.escape(part)}</span>' if index % 2 else html.escape(part)
            for index, part in enumerate(NOTE.split(text))
        )
        if kind in ("b", "n"):
            if not open_list:
                out.append("<ol>" if kind == "n" else "<ul>")
                open_list = kind
            out.append(f"<li>{inline}</li>")
        elif kind == "title":
            out.append(f'<p class="title">{inline}</p>')
        elif kind == "line":
            out.append(f'<p class="council">{inline}</p>')
        elif kind in ("h", "s"):
            out.append(f'<p class="head">{inline}</p>')
        else:
            out.append(f"<p>{inline}</p>")
    css = """
@page { size: A4; margin: 24mm 25mm 25mm 25mm;
  @footnote { border-top: 0.5pt solid #777; }
  @bottom-center { content: counter(page); font: 9pt 'DejaVu Sans'; } }
body { font: 10pt/1.5 'DejaVu Sans', sans-serif; }
p { margin: 0 0 3mm; text-align: justify; }
p.title { font: bold 16pt/1.25 'DejaVu Sans'; margin: 0 0 1.5mm; text-align: left; }
p.council { margin-bottom: 7mm; text-align: left; }
p.head { font-weight: bold; margin: 4mm 0 1.5mm; break-after: avoid; text-align: left; }
ul, ol { margin: 0 0 3mm; padding-left: 8mm; }
ol { list-style-type: lower-alpha; }
li { margin-bottom: 1mm; }
.fn { float: footnote; font-size: 8pt; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>"
        + "\n".join(out)
        + "</body></html>"
    )
    HTML(string=document).write_pdf(str(target))


def note(blocks: Blocks, about: str) -> str:
    """What a reader sees, as markdown: footnotes shown after the paragraph holding their mark."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    number = 0
    for kind, text in blocks:
        notes = NOTE.findall(text)
        text = NOTE.sub("", text)
        if previous in ("b", "n") and kind not in ("b", "n"):
            lines.append("")
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind == "h":
            lines += [f"## {text}", ""]
        elif kind == "s":
            lines += [f"### {text}", ""]
        elif kind == "b":
            lines.append(f"- {text}")
        elif kind == "n":
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {text}")
        elif kind == "c":
            entry, page = text.split("|")
            lines += [f"{entry} .... {page}", ""]
        else:
            lines += [text, ""]
        for body in notes:
            lines += [f"[footnote] {body}", ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


FILES: dict[str, tuple[str, Any, Blocks, str]] = {
    "25901": (
        "25901-pdf-reportlab-two-column-frames-title-across-running-footer-family-valued.pdf",
        ravensgarth, RAVE,
        "reportlab platypus: the title and the council's line across the page, then the whole body in two justified columns (frames), bold navy headings, a running footer with the council, the manual and the page number",
    ),
    "25902": (
        "25902-txt-pdf-copy-pdftotext-layout-word-via-libreoffice-headings-across-bodies-in-two-balanced-columns-side-by-side.txt",
        marlcaster, MARL,
        "",
    ),
    "25903": (
        "25903-pdf-fpdf2-contents-page-dot-leaders-running-header-chapter-title-page-n-of-m.pdf",
        holmcroft, HOLM,
        "fpdf2: a title page with the council's line, a contents page of numbered headings with dot leaders and page numbers, a running header with the manual and the chapter's title, a 'Page N of M' footer",
    ),
    "25904": (
        "25904-txt-pdf-copy-pdfjs-select-all-word-via-libreoffice-page-numbers-mid-paragraph.txt",
        kelsholt, KELS,
        "",
    ),
    "25905": (
        "25905-pdf-weasyprint-numbered-bold-body-size-headings-and-subheadings-page-foot-footnotes.pdf",
        brantholme, BRAN,
        "WeasyPrint: headings '1.' and sub-headings '1.1' in bold at the 10 pt body size, footnotes at the page foot (float: footnote), lettered principles, a page number footer",
    ),
}
# fmt: on


def main() -> None:
    only = set(sys.argv[1:])
    for number, (name, build, blocks, about) in FILES.items():
        if only and number not in only:
            continue
        target = HERE / name
        build(target)
        if name.endswith(".pdf"):
            target.with_name(name + ".md").write_text(note(blocks, about), encoding="utf-8")
        print("wrote", name)


if __name__ == "__main__":
    main()
