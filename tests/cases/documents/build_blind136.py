# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF files of the hundred-and-thirty-sixth blind set: whole chapters of
invented councils, one per kind of file a council keeps.

    13605  Word (python-docx): the title in a custom paragraph style ("GCC Document Title"), most
           headings in a custom style ("GCC Section Head": bold, 13 pt, based on Normal, no
           outline level), two headings typed as bold runs in Normal paragraphs; the seven
           principles as a bulleted list.
    13606  PDF (fpdf2): headings set apart by size and weight only (bold 13 pt over 11 pt
           text), a running header naming the council's manual and a "Page N of M" footer; a
           numbered legislation list.
    13607  PDF (reportlab): a cover page (title, council, manual, owner), then a "Version
           control" table (newest row last) before the chapter; bold headings at 12 pt over
           10 pt text; a running footer with the page number.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind136.py
       (python-docx, fpdf2, reportlab)
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind136.py"
# ("title" | "h" | "hb" (bold Normal heading) | "p" | "b" (bullet) | "n" (numbered), text)
Block = tuple[str, str]

# fmt: off
# ---------------------------------------------------------------- 13605 Gorsebeck, python-docx
GORSEBECK: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Gorsebeck County Council – Children's Social Care"),
    ("h", "Purpose and scope"),
    ("p", "This chapter describes the values and principles that Gorsebeck County Council's children's social care service works by, and it applies to every member of staff, student and agency worker in the service. The text below replaces the version of March 2022; it was approved and published in October 2024."),
    ("h", "Legislation"),
    ("p", "This chapter reflects the duties placed on the council by:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Domestic Abuse Act 2021"),
    ("h", "The values we share"),
    ("p", "We are respectful, we are honest and we are ambitious for children. We treat parents as the experts in their own families while never losing sight of the child. We would rather have a difficult conversation early than watch a problem grow."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parents to children looked after and care leavers, all of us in the council will:"),
    ("b", "act in the best interests of each child and young person and promote their physical and mental health and well-being;"),
    ("b", "encourage them to say what they think, want and feel;"),
    ("b", "take what they say into account;"),
    ("b", "help them find and use the services the council and its partners provide;"),
    ("b", "expect the best for them and help them to achieve it;"),
    ("b", "keep them safe and give them stability at home, at school and in their relationships;"),
    ("b", "prepare them for adult life and independent living."),
    ("h", "How we practise"),
    ("p", "Where a family lives with domestic abuse, our practitioners follow the Safe and Together model: we partner with the parent who is being harmed, hold the person causing the harm to account for their behaviour and keep the child's experience at the centre of the work."),
    ("h", "Principles of practice"),
    ("p", "Children looked after should be placed with their brothers and sisters and as near to home as can be arranged, unless that would not be safe."),
    ("p", "Permanence planning begins on the day a child comes into care, and every child should have a permanence plan within 6 months of entering care."),
    ("hb", "Leaving care"),
    ("p", "We stay in touch with care leavers, and offer each of them a personal adviser, until they are 21. Those who are studying or training may keep their adviser until they turn 25."),
    ("hb", "Information sharing"),
    ("p", "Staff must follow the council's information governance policy. Information is shared with partner agencies where that is needed to safeguard a child, and the reasons for sharing are written on the child's record."),
]

# ---------------------------------------------------------------- 13606 Linnetford, fpdf2
LINNETFORD_TITLE = "Children's Services Policies, Values and Principles"
LINNETFORD_HEADER = "Linnetford Council - Children's Services Procedures Manual"
LINNETFORD: list[Block] = [
    ("h", "Purpose"),
    ("p", "This chapter sets out the policy framework, values and principles for Linnetford Council's children's services. It is for every practitioner and manager in the service and for the organisations that work with us."),
    ("p", "Update of January 2025: the leaving care offer was widened so that all care leavers can keep a personal adviser to 25, and the outcomes section was shortened."),
    ("h", "Legislation and guidance"),
    ("n", "Children Act 1989"),
    ("n", "Children Act 2004"),
    ("n", "Children and Families Act 2014"),
    ("n", "Children and Social Work Act 2017"),
    ("h", "Working together"),
    ("p", "Keeping children safe is everybody's business. We plan and review our work with schools, health services, the police and the voluntary sector through the Linnetford Safeguarding Children Partnership, following Working Together to Safeguard Children."),
    ("h", "Values"),
    ("p", "Children's needs come first. We are open and honest with families, we respect difference, and we believe that people can change when they are given the right help at the right time."),
    ("h", "Corporate parenting"),
    ("p", "The council takes seriously its role as corporate parent to looked after children and care leavers. Members and officers will act in line with the seven principles of corporate parenting in every decision they make about these children and young people."),
    ("h", "Outcomes for children"),
    ("p", "We want Linnetford's children to be safe, to be healthy, to learn and achieve, to have good relationships and to be ready for adult life. Our performance reports measure how close we are to each of these."),
    ("h", "Our principles"),
    ("p", "Where it is safe, children are supported to remain with their families. Looked after children should know where they will grow up, and a permanence plan is agreed within the first four months of their being looked after."),
    ("p", "All care leavers can have a personal adviser up to the age of 25, whether or not they are in education, training or work."),
    ("h", "Our strategy 2025 to 2028"),
    ("p", "Over the next three years we will recruit more foster carers in Linnetford, open two small children's homes within the borough and reduce the number of changes of social worker a child experiences."),
]

# ---------------------------------------------------------------- 13607 Stavenham, reportlab
STAVENHAM_TITLE = "Children's Services Policies, Values and Principles"
STAVENHAM_COVER = [
    "Stavenham Borough Council",
    "Children's Services Procedures Manual",
    "Owner: Head of Service, Children in Care",
]
STAVENHAM_VERSIONS = [
    ["Version", "Date", "Summary of changes"],
    ["3.0", "March 2023", "Full review"],
    ["3.1", "October 2023", "Corporate parenting principles listed"],
    ["4.0", "February 2025", "Leaving care and permanence sections rewritten"],
]
STAVENHAM: list[Block] = [
    ("h", "Introduction"),
    ("p", "This chapter sets out the framework within which Stavenham Borough Council's children's services work: the law we act under, the values we hold and the principles that guide our decisions about Children in Care and their families."),
    ("p", "The main legislation is:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h", "Our values"),
    ("p", "We listen to children and take them seriously. We are reliable, we do what we say we will do, and we work in partnership with families and with the other agencies in their lives."),
    ("h", "Our vision"),
    ("p", "Our vision is a Stavenham where every child grows up in a safe, loving and stable home, and where Children in Care have the same chances in life as any other child in the borough."),
    ("h", "Corporate parenting"),
    ("p", "The council is the corporate parent of all Children in Care and care leavers. In line with section 1 of the Children and Social Work Act 2017 we will:"),
    ("n", "act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take their views, wishes and feelings into account;"),
    ("n", "help them gain access to and make the best use of services;"),
    ("n", "promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "help them be safe and have stability in their home lives, relationships and education or work;"),
    ("n", "prepare them for adulthood and independent living."),
    ("h", "Practice model"),
    ("p", "Child protection conferences and family meetings in Stavenham follow the Strengthening Families framework, which weighs the dangers a child faces against the strengths and safety already in the family."),
    ("h", "Key principles"),
    ("p", "Children should be brought up by their own families where possible. If a child comes into care, a plan for permanence should be in place within 4 months."),
    ("p", "Care leavers are offered a personal adviser up to age 21, or 25 where the young person asks."),
    ("h", "Confidentiality"),
    ("p", "Information about children and families is confidential. It is shared only with their consent or where the law allows it to protect a child, and every decision to share is recorded."),
]
# fmt: on


def gorsebeck(target: Path) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    document = new_docx()
    styles = document.styles
    title_style = styles.add_style("GCC Document Title", WD_STYLE_TYPE.PARAGRAPH)
    title_style.base_style = styles["Normal"]
    title_style.font.size, title_style.font.bold = Pt(20), True
    head_style = styles.add_style("GCC Section Head", WD_STYLE_TYPE.PARAGRAPH)
    head_style.base_style = styles["Normal"]
    head_style.font.size, head_style.font.bold = Pt(13), True
    for kind, text in GORSEBECK:
        if kind == "title":
            document.add_paragraph(text, style="GCC Document Title")
        elif kind == "h":
            document.add_paragraph(text, style="GCC Section Head")
        elif kind == "hb":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


def linnetford(target: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, LINNETFORD_HEADER, align="R")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Pdf(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 1, 20))
    pdf.set_title(LINNETFORD_TITLE)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(22, 18, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(0, 8, LINNETFORD_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    number = 0
    for kind, text in LINNETFORD:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            number = 0
        elif kind == "n":
            number += 1
            pdf.set_font("Helvetica", "", 11)
            pdf.set_x(28)
            pdf.multi_cell(0, 5.5, f"{number}.  {text}", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(target))


def stavenham(target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle(
        "head", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
    )
    cover_title = ParagraphStyle(
        "cover", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=24
    )
    cover_line = ParagraphStyle("coverline", fontName="Helvetica", fontSize=13, leading=18)

    def footer(canvas, document) -> None:  # type: ignore[no-untyped-def]
        if document.page == 1:
            return
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(
            A4[0] / 2,
            12 * mm,
            f"Stavenham Borough Council - Policies, Values and Principles - page {document.page}",
        )
        canvas.restoreState()

    story: list[object] = [Spacer(1, 60 * mm), Paragraph(STAVENHAM_TITLE, cover_title)]
    story += [Paragraph(line, cover_line) for line in STAVENHAM_COVER]
    story += [PageBreak(), Paragraph("Version control", head)]
    table = Table(STAVENHAM_VERSIONS, colWidths=[25 * mm, 35 * mm, 95 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 10),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    story += [table, Spacer(1, 8 * mm)]
    pending: list[tuple[str, str]] = []

    def flush() -> None:
        if pending:
            kind = pending[0][0]
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(text, body)) for _, text in pending],
                    bulletType="1" if kind == "n" else "bullet",
                    start=None if kind == "n" else "•",
                )
            )
            pending.clear()

    for kind, text in STAVENHAM:
        if kind in ("n", "b"):
            pending.append((kind, text))
            continue
        flush()
        story.append(Paragraph(text, head if kind == "h" else body))
    flush()
    document = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=STAVENHAM_TITLE,
        creator="reportlab",
        invariant=1,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)


FILES = {
    "13605-docx-custom-style-headings-bold-normal-headings-published-month-replaces-old-principles-bulleted-safe-and-together-six-months-cla.docx": gorsebeck,
    "13606-pdf-fpdf-size-weight-headings-running-header-page-of-footer-update-of-month-adviser-to-25-for-all-seven-principles-named.pdf": linnetford,
    "13607-pdf-reportlab-cover-page-version-control-table-newest-last-principles-numbered-strengthening-families-children-in-care.pdf": stavenham,
}


def _notes() -> dict[str, str]:
    def plain(blocks: list[Block]) -> list[tuple[str, str]]:
        return [("h" if kind == "hb" else kind, text) for kind, text in blocks]

    linnet = [("title", LINNETFORD_TITLE), *LINNETFORD]
    staven: list[tuple[str, str]] = [("title", STAVENHAM_TITLE)]
    staven += [("p", line) for line in STAVENHAM_COVER]
    staven += [("h", "Version control")]
    staven += [("p", " | ".join(row)) for row in STAVENHAM_VERSIONS] + STAVENHAM
    return {
        "13605": blocks_note(
            plain(GORSEBECK),
            SCRIPT,
            "python-docx; custom title and heading styles with no outline level; two bold Normal headings",
        ),
        "13606": blocks_note(
            linnet,
            SCRIPT,
            "fpdf2; headings by size and weight; running header and 'Page N of M' footer",
        ),
        "13607": blocks_note(
            staven,
            SCRIPT,
            "reportlab; cover page; version control table newest row last; bold headings; running footer",
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
