# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the eighty-ninth blind set (8901-8906): six whole chapters of invented councils as PDF
files, each with a layout not tried in earlier sets.

    8901  fpdf2: numbered section headings ("3. Our values") in bold at the body's own size,
          nothing else setting them apart; a closing version line.
    8902  WeasyPrint: side-heads: each section heading sits in a coloured column in the left
          margin, level with the first lines of its text in the right-hand column.
    8903  reportlab: a cover page with the council's logo text, a contents page with dot leaders
          and page numbers, then the body from page 3.
    8904  LibreOffice from Word: a tagged PDF with bookmarks (an outline) made from the heading
          styles.
    8905  WeasyPrint: justified body text hyphenated at line ends (hyphens: auto), footnote
          markers with footnotes at the foot of the page, a running header carrying the chapter
          title and a footer "Page x of y | Printed copies are uncontrolled".
    8906  reportlab: the legislation as a long table (Act, year, what it does) and an
          amendment table at the end long enough to run over two pages, its header row repeated.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind89.py
       (fpdf2, weasyprint, reportlab, python-docx, LibreOffice)
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

TITLE = "Children's Services Policies, Values and Principles"

# Blocks: ("h", heading), ("p", paragraph), ("li", list item).
# fmt: off
HARROWDENE = [
    ("h", "1. About this chapter"),
    ("p", "This chapter opens the Harrowdene children's services procedures manual. It sets out what we believe about children and families and how that belief shapes the work of every team, from the front door to our leaving care service."),
    ("p", "Amended in February 2025: the section on leaving care now describes the help available up to the age of 25, and the practice model section has been rewritten."),
    ("h", "2. Legal framework"),
    ("p", "The duties we carry out come mainly from the following Acts:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Children (Leaving Care) Act 2000"),
    ("li", "Children and Families Act 2014"),
    ("li", "Children and Social Work Act 2017"),
    ("p", "The chapter applies to children in need, children subject to protection plans, Children in Care and young people leaving care."),
    ("h", "3. Working with partners"),
    ("p", "Keeping children safe is a job we share with schools, health visitors, GPs, the police and the voluntary sector. Working Together to Safeguard Children sets out what each agency must do, and our safeguarding partnership turns that guidance into local arrangements."),
    ("h", "4. Our values"),
    ("p", "We are open with families about what worries us and why. We build on what is going well in a family rather than only on what is going wrong, and we try never to make a decision about a child without hearing from that child."),
    ("h", "5. Corporate parenting"),
    ("p", "As corporate parents, every councillor and officer of Harrowdene shares responsibility for the children in our care. We follow the seven corporate parenting principles in the Children and Social Work Act 2017: to act in the child's best interests, to take account of their views, to help them reach services, to promote high aspirations, to keep them safe with stable home lives, and to prepare them for adult life, among the others."),
    ("h", "6. Our practice model"),
    ("p", "Our social workers use Signs of Safety to plan with families. It asks three plain questions: what are we worried about, what is working well, and what needs to happen next."),
    ("h", "7. Outcomes for children"),
    ("p", "We want every child in Harrowdene to be healthy, to be safe from harm, to learn and achieve, to have a say in their own life and to grow up ready for work and independence."),
    ("h", "8. Principles of our work"),
    ("p", "Children are best brought up in their own families wherever that can be made safe. Where they cannot, we look first to relatives and friends. A plan for permanence should be made within four months of a child coming into care. Young people who leave our care receive support from a personal adviser until they are 21, or until 25 if they ask for it."),
    ("h", "9. Sharing information"),
    ("p", "We share information about children only where the law allows it and where sharing helps to keep a child safe or to meet their needs. We tell families what we share and with whom, unless telling them would put a child at risk."),
]
HARROWDENE_END = "Version 6.2"

LINTONBECK = [
    ("h", "Scope"),
    ("p", "These pages describe the values and principles that Lintonbeck District Council's children's services hold to. They apply to every member of staff and to the agencies that we commission to work with children on our behalf."),
    ("p", "Last amended: November 2024"),
    ("h", "Introduction"),
    ("p", "The policy rests on the Children Act 1989, the Children Act 2004, the Adoption and Children Act 2002 and the Children and Families Act 2014, together with the statutory guidance issued under them."),
    ("h", "Shared responsibility"),
    ("p", "No single agency holds all of the information about a child. We work with the other safeguarding partners under Working Together to Safeguard Children 2023, and we expect professionals to raise concerns with each other early rather than wait."),
    ("h", "What we value"),
    ("p", "We value honesty, respect and persistence. Families tell us that they want to be listened to and to be told the truth, even when it is hard to hear, and we try to give them both."),
    ("h", "Corporate parenting"),
    ("p", "The council is the corporate parent of every child it looks after. Our Corporate Parenting Board checks that councillors and officers keep to the corporate parenting principles and asks children looked after what they think of the help they get."),
    ("h", "Vision"),
    ("p", "Our vision is a district where children grow up safe and loved, and where families get help as soon as they need it rather than when a crisis has already happened."),
    ("h", "How we work"),
    ("p", "We keep children within their families and communities where we safely can. If a child cannot go home, we aim to agree a permanence plan at the second review. Care leavers are helped by a personal adviser up to the age of 21, and to 25 where they still want that help."),
    ("h", "Confidentiality"),
    ("p", "Personal information is recorded accurately, kept securely and shared only with those who need it to protect or support a child."),
]

CAWSMOOR_INTRO_LOGO = "CAWSMOOR"
CAWSMOOR = [
    ("h", "Purpose of this chapter"),
    ("p", "This chapter explains the beliefs and principles behind all of the procedures in the Cawsmoor children's services manual. New staff should read it in their first week."),
    ("p", "This chapter was reviewed and amended in September 2024."),
    ("h", "The law and guidance"),
    ("p", "Our responsibilities come from a number of Acts of Parliament, chiefly these:"),
    ("li", "The Children Act 1989"),
    ("li", "The Children Act 2004"),
    ("li", "The Children and Young Persons Act 2008"),
    ("li", "The Children and Families Act 2014"),
    ("li", "The Children and Social Work Act 2017"),
    ("li", "The Data Protection Act 2018"),
    ("h", "Partnership working"),
    ("p", "We work alongside health, education, police and probation colleagues, following Working Together to Safeguard Children. Every agency has a part to play and no agency should assume that another has already acted."),
    ("h", "Our values"),
    ("p", "We believe that children do best when the adults around them are reliable, kind and clear. We aim to be all three in the way we work with families and with each other."),
    ("h", "Being a corporate parent"),
    ("p", "Cawsmoor County Council takes its duties as a corporate parent seriously. We have adopted the seven corporate parenting principles, and each service area reports once a year on how it has met them for Cared for Children and care leavers."),
    ("h", "Our practice framework"),
    ("p", "We practise in a restorative way, working with families rather than doing things to them or for them. Restorative Practice is supported by training for every practitioner and by regular group supervision."),
    ("h", "Key principles"),
    ("p", "Help should come early and be proportionate to need. A child who cannot live at home should have a permanence plan within six months. Young people leaving care can keep their personal adviser until they reach 25."),
    ("h", "Information sharing"),
    ("p", "Staff must follow the council's information governance rules. Information is shared when it is necessary and proportionate to protect a child or to provide a service."),
]
CAWSMOOR_END = "Last updated: 12 September 2024"

BRINDLECOTT = [
    ("h", "About this chapter"),
    ("p", "This chapter is the foundation of Brindlecott's children's services procedures. It applies to all staff in the children and families directorate."),
    ("p", "Date of last amendment: June 2025"),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which our services for children and families are delivered. The main legislation is the Children Act 1989, the Children Act 2004, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017."),
    ("h", "A shared responsibility"),
    ("p", "Safeguarding is everyone's business. Our safeguarding partners agree a shared approach, set out in the local arrangements made under Working Together to Safeguard Children."),
    ("h", "Values and beliefs"),
    ("p", "We believe that every child has strengths and that most parents want to do the best for their children. We treat people with dignity, we explain our decisions and we admit our mistakes."),
    ("h", "Corporate parenting"),
    ("p", "We hold ourselves to the corporate parenting principles. The principles ask us to act in the best interests of Looked After Children, to listen to them, to help them use services, to hope for the best for them, to keep them safe, to give them stability and to prepare them for adulthood."),
    ("h", "Our vision"),
    ("p", "We want Brindlecott to be a place where children are safe, happy and able to achieve their ambitions."),
    ("h", "Our practice model"),
    ("p", "We use Family Safeguarding, in which social workers, adult mental health workers, domestic abuse workers and substance misuse workers share a team and work with the whole family together. Every worker is trained to hold honest, motivating conversations with parents about change."),
    ("h", "Outcomes"),
    ("p", "We measure ourselves by whether children are safer, healthier, learning, and settled in homes where they feel they belong."),
    ("h", "Leaving care"),
    ("p", "We support our care leavers until they are 21, and until 25 if they are in education or training or ask for help."),
    ("h", "Information sharing"),
    ("p", "Information is shared in line with data protection law and the government's advice on information sharing for safeguarding practitioners."),
]

ASHGROVE = [
    ("h", "Scope of this chapter"),
    ("p", "This chapter applies to all practitioners and managers in Ashgrove Vale's children's social care service, including the staff of our commissioned residential and fostering providers.[1]"),
    ("p", "Amendment: this chapter was substantially revised in January 2025 to reflect the Children's Social Care National Framework.[2]"),
    ("h", "Introduction"),
    ("p", "The framework for our services is provided by the Children Act 1989 and the Children Act 2004, and by the statutory guidance and regulations made under them, which set out the responsibilities of the local authority towards children in need and their families."),
    ("h", "Working together"),
    ("p", "Practitioners from every agency are expected to collaborate, to communicate their concerns promptly and to challenge each other respectfully when they disagree about what a child needs."),
    ("h", "Values"),
    ("p", "Our practice is characterised by compassion, accountability and curiosity. We recognise that relationships are the foundation of effective intervention, and we endeavour to maintain consistent relationships between children and the practitioners responsible for them."),
    ("h", "Corporate parenting"),
    ("p", "Ashgrove Vale acknowledges its responsibilities towards children looked after and care leavers. The seven corporate parenting principles inform our commissioning, our accommodation decisions and our educational support.[3]"),
    ("h", "Key principles"),
    ("p", "Permanence planning begins at the first statutory review, and a permanence plan should be confirmed within three months of a child becoming looked after. Care leavers are entitled to support from a personal adviser until the age of 25, irrespective of whether they are in education."),
    ("h", "Information sharing"),
    ("p", "Practitioners share information proportionately and record their reasons for sharing or for deciding not to share."),
]
ASHGROVE_NOTES = [
    "[1] Commissioned providers are bound by this chapter through their contracts.",
    "[2] The National Framework was published by the Department for Education in December 2023.",
    "[3] See the Children and Social Work Act 2017, section 1.",
]

PELLINGFORD_BEFORE = [
    ("h", "Introduction"),
    ("p", "This chapter describes the values, principles and legal basis of Pellingford City Council's children's services. It applies to all staff working with children, young people and their families."),
    ("h", "Legislation"),
    ("p", "The table below lists the legislation on which this chapter rests."),
]
PELLINGFORD_LAW = [
    ("Children Act 1989", "1989", "The general duty to safeguard and promote the welfare of children in need, and the framework for care proceedings."),
    ("Adoption and Children Act 2002", "2002", "Adoption, special guardianship and the welfare checklist for adoption decisions."),
    ("Children Act 2004", "2004", "Safeguarding arrangements, the Director of Children's Services and the Lead Member."),
    ("Children and Young Persons Act 2008", "2008", "Independent reviewing officers and the stability of placements."),
    ("Equality Act 2010", "2010", "The public sector equality duty and protection from discrimination."),
    ("Children and Families Act 2014", "2014", "Staying put, special educational needs and the virtual school head."),
    ("Care Act 2014", "2014", "Transition from children's to adult social care."),
    ("Children and Social Work Act 2017", "2017", "The corporate parenting principles and the local offer for care leavers."),
    ("Data Protection Act 2018", "2018", "The lawful handling and sharing of personal information."),
    ("Domestic Abuse Act 2021", "2021", "Children recognised as victims of domestic abuse in their own right."),
]
PELLINGFORD_AFTER = [
    ("h", "Working together"),
    ("p", "We meet our duties in partnership with the NHS, the police, schools and the community and voluntary sector, following Working Together to Safeguard Children."),
    ("h", "Our values"),
    ("p", "We are respectful, reliable and ambitious for children. We say what we will do and then do it."),
    ("h", "Corporate parenting"),
    ("p", "All of the council's services share the duty to act as good parents to Children Looked After, guided by the seven corporate parenting principles."),
    ("h", "Our practice approach"),
    ("p", "Our approach is relationship-based and trauma-informed. We do not use a single branded model; instead every team is trained to understand how early harm affects a child's behaviour and relationships."),
    ("h", "Key principles"),
    ("p", "Children should be helped to stay with their families wherever it is safe. A permanence plan should be agreed within five months of a child becoming looked after. Care leavers are supported by a personal adviser until they are 25."),
    ("h", "Confidentiality and information sharing"),
    ("p", "We keep records that are accurate and fair, and share them only as the law allows."),
    ("h", "Amendment record"),
]
PELLINGFORD_HISTORY = [
    ("v1.0", "April 2016", "Chapter first published."),
    ("v1.1", "October 2016", "Contact details for the emergency duty team corrected."),
    ("v1.2", "March 2017", "Local offer for care leavers added to the key principles."),
    ("v2.0", "July 2017", "Rewritten after the Children and Social Work Act 2017 introduced the corporate parenting principles."),
    ("v2.1", "January 2018", "Links to the safeguarding partnership's procedures updated."),
    ("v2.2", "September 2018", "Information sharing section revised for the Data Protection Act 2018."),
    ("v2.3", "May 2019", "Wording on independent reviewing officers clarified."),
    ("v3.0", "August 2020", "Practice approach section rewritten; references to an earlier model removed."),
    ("v3.1", "February 2021", "Temporary arrangements for remote visits added."),
    ("v3.2", "November 2021", "Domestic Abuse Act 2021 added to the legislation table; temporary arrangements withdrawn."),
    ("v3.3", "June 2022", "Permanence planning timescale changed from six to five months."),
    ("v4.0", "March 2023", "Chapter restructured and values rewritten with children and young people."),
    ("v4.1", "January 2024", "Working Together 2023 reflected in the partnership section."),
    ("v4.2", "October 2024", "Leaving care support extended to age 25 for all care leavers."),
]
# fmt: on


# ---------------------------------------------------------------- 8901 fpdf2, bold body-size numbered headings


def harrowdene(target: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 2, 1))
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(24, 22, 24)
    pdf.set_title(TITLE)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Harrowdene Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in HARROWDENE:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)  # the body's size, only bold
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        pdf.set_font("Helvetica", "", 10)
        if kind == "li":
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(0, 5, f"-  {text}", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 5, HARROWDENE_END, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


# ---------------------------------------------------------------- 8902 WeasyPrint, side-heads


def lintonbeck(target: Path) -> None:
    import weasyprint

    css = """
    @page { size: A4; margin: 20mm 18mm 20mm 0; }
    body { font: 10pt/1.45 serif; color: #222; margin: 0; }
    .masthead { margin-left: 52mm; }
    .masthead p { font: 9pt sans-serif; color: #555; margin: 0 0 2mm; }
    h1 { font: bold 18pt sans-serif; color: #5b2a86; margin: 0 0 8mm; }
    section { display: flex; margin: 0 0 5mm; break-inside: avoid; }
    section h2 { flex: 0 0 40mm; margin: 0 8mm 0 0; padding: 1mm 3mm 1mm 8mm; background: #5b2a86;
                 color: #fff; font: bold 9.5pt/1.3 sans-serif; min-height: 12mm; }
    section div { flex: 1; }
    section p { margin: 0 0 2mm; }
    """
    parts: list[str] = []
    current: list[str] = []
    heading = ""

    def close() -> None:
        if heading:
            parts.append(
                f"<section><h2>{html.escape(heading)}</h2><div>{''.join(current)}</div></section>"
            )

    for kind, text in LINTONBECK:
        if kind == "h":
            close()
            heading, current = text, []
        else:
            current.append(f"<p>{html.escape(text)}</p>")
    close()
    document = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head>'
        f'<body><div class="masthead"><p>Lintonbeck District Council | Children\'s Services</p><h1>{html.escape(TITLE)}</h1></div>{"".join(parts)}</body></html>'
    )
    weasyprint.HTML(string=document).write_pdf(target)


# ---------------------------------------------------------------- reportlab


def _rl_styles() -> Any:
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    base = getSampleStyleSheet()
    return {
        "body": ParagraphStyle(
            "body",
            parent=base["BodyText"],
            fontName="Helvetica",
            fontSize=10,
            leading=14,
            spaceAfter=6,
        ),
        "li": ParagraphStyle(
            "li",
            parent=base["BodyText"],
            fontName="Helvetica",
            fontSize=10,
            leading=14,
            leftIndent=14,
            bulletIndent=4,
        ),
        "h": ParagraphStyle(
            "h",
            parent=base["Heading2"],
            fontName="Helvetica-Bold",
            fontSize=13,
            leading=17,
            spaceBefore=10,
            spaceAfter=4,
            textColor="#1f4e5f",
        ),
        "title": ParagraphStyle(
            "title",
            parent=base["Title"],
            fontName="Helvetica-Bold",
            fontSize=20,
            leading=25,
            alignment=0,
            textColor="#1f4e5f",
        ),
        "small": ParagraphStyle(
            "small", parent=base["BodyText"], fontName="Helvetica", fontSize=9, leading=12
        ),
        "cell": ParagraphStyle(
            "cell", parent=base["BodyText"], fontName="Helvetica", fontSize=9, leading=11.5
        ),
        "cellhead": ParagraphStyle(
            "cellhead",
            parent=base["BodyText"],
            fontName="Helvetica-Bold",
            fontSize=9,
            leading=11.5,
            textColor="#ffffff",
        ),
    }


def _rl_story(
    blocks: list[tuple[str, str]], styles: Any, keep: list[Any] | None = None
) -> list[Any]:
    from reportlab.platypus import Paragraph

    story: list[Any] = []
    for kind, text in blocks:
        if kind == "h":
            para = Paragraph(html.escape(text), styles["h"])
            if keep is not None:
                keep.append(para)
            story.append(para)
        elif kind == "li":
            story.append(Paragraph(html.escape(text), styles["li"], bulletText="\u2022"))
        else:
            story.append(Paragraph(html.escape(text), styles["body"]))
    return story


def cawsmoor(target: Path) -> None:
    """Cover page, then a contents page whose page numbers are those the body was set on
    (two passes: the first finds where each heading falls)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    styles = _rl_styles()
    headings = [text for kind, text in CAWSMOOR if kind == "h"]

    def build(pages: dict[str, int], out: Path) -> dict[str, int]:
        found: dict[str, int] = {}

        class Doc(SimpleDocTemplate):  # type: ignore[misc]
            def afterFlowable(self, flowable: Any) -> None:  # noqa: N802
                if isinstance(flowable, Paragraph) and flowable.style.name == "h":
                    found[flowable.getPlainText()] = self.page

        doc = Doc(
            str(out),
            pagesize=A4,
            leftMargin=25 * mm,
            rightMargin=25 * mm,
            topMargin=25 * mm,
            bottomMargin=22 * mm,
            title=TITLE,
            author="Cawsmoor County Council",
            creator="ReportLab",
        )
        story: list[Any] = []
        logo = Table([[CAWSMOOR_INTRO_LOGO], ["COUNTY COUNCIL"]], colWidths=[70 * mm])
        logo.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), "#1f4e5f"),
                    ("TEXTCOLOR", (0, 0), (-1, -1), "#ffffff"),
                    ("FONTNAME", (0, 0), (0, 0), "Helvetica-Bold"),
                    ("FONTSIZE", (0, 0), (0, 0), 22),
                    ("LEADING", (0, 0), (0, 0), 26),
                    ("FONTSIZE", (0, 1), (0, 1), 9),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (0, 0), 8),
                    ("BOTTOMPADDING", (0, 1), (0, 1), 8),
                ]
            )
        )
        logo.hAlign = "LEFT"
        story += [
            logo,
            Spacer(1, 70 * mm),
            Paragraph(html.escape(TITLE), styles["title"]),
            Spacer(1, 6 * mm),
            Paragraph("Children's Services Procedures Manual", styles["body"]),
            PageBreak(),
        ]
        story.append(Paragraph("Contents", styles["h"]))
        rows = []
        for heading in headings:
            rows.append(
                [
                    Paragraph(html.escape(heading) + " " + "." * 90, styles["body"]),
                    str(pages.get(heading, 0)),
                ]
            )
        contents = Table(rows, colWidths=[145 * mm, 15 * mm])
        contents.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (1, 0), (1, -1), "Helvetica"),
                    ("FONTSIZE", (1, 0), (1, -1), 10),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [contents, PageBreak()]
        story += _rl_story(CAWSMOOR, styles)
        story += [Spacer(1, 6 * mm), Paragraph(CAWSMOOR_END, styles["small"])]
        doc.build(story)
        return found

    pages = build({}, target)
    build(pages, target)


def pellingford(target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    styles = _rl_styles()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(22 * mm, 12 * mm, f"Pellingford City Council - page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=TITLE,
        author="Pellingford City Council",
        creator="ReportLab",
    )
    grid = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), "#3b5b2a"),
            ("GRID", (0, 0), (-1, -1), 0.5, "#999999"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["#ffffff", "#f0f4ec"]),
        ]
    )

    def cells(row: tuple[str, ...], style: str) -> list[Any]:
        return [Paragraph(html.escape(cell), styles[style]) for cell in row]

    story: list[Any] = [Paragraph(html.escape(TITLE), styles["title"]), Spacer(1, 4 * mm)]
    story += _rl_story(PELLINGFORD_BEFORE, styles)
    law = LongTable(
        [cells(("Legislation", "Year", "What it means for our work"), "cellhead")]
        + [cells(row, "cell") for row in PELLINGFORD_LAW],
        colWidths=[55 * mm, 15 * mm, 96 * mm],
        repeatRows=1,
    )
    law.setStyle(grid)
    story += [law, Spacer(1, 5 * mm)]
    story += _rl_story(PELLINGFORD_AFTER, styles)
    # a deliberately roomy amendment table: its rows run over onto the next page
    history = LongTable(
        [cells(("Version", "Date", "Summary of changes"), "cellhead")]
        + [cells(row, "cell") for row in PELLINGFORD_HISTORY],
        colWidths=[20 * mm, 30 * mm, 116 * mm],
        repeatRows=1,
    )
    history.setStyle(
        TableStyle(
            [
                *grid.getCommands(),
                ("TOPPADDING", (0, 1), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 14),
            ]
        )
    )
    story.append(history)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- 8904 LibreOffice, tagged PDF with bookmarks


def brindlecott(target: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.add_paragraph("Brindlecott Council - Children and Families Directorate")
    document.add_heading(TITLE, level=1)
    for kind, text in BRINDLECOTT:
        if kind == "h":
            document.add_heading(text, level=2)
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed for 8904")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / (target.stem + ".docx")
        document.save(str(source))
        options = '{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}'
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                f"pdf:writer_pdf_Export:{options}",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(tmp) / (target.stem + ".pdf"), target)


# ---------------------------------------------------------------- 8905 WeasyPrint, justified and hyphenated, footnotes


def ashgrove(target: Path) -> None:
    import weasyprint

    css = f"""
    @page {{ size: A5; margin: 22mm 16mm 22mm;
            @top-center {{ content: "{TITLE}"; font: italic 7.5pt serif; color: #444; }}
            @bottom-center {{ content: "Page " counter(page) " of " counter(pages) " | Printed copies are uncontrolled"; font: 7.5pt sans-serif; color: #444; }}
            @footnote {{ border-top: 0.5pt solid #888; padding-top: 1mm; }} }}
    body {{ font: 10pt/1.35 serif; }}
    h1 {{ font: bold 15pt/1.2 sans-serif; margin: 0 0 5mm; hyphens: manual; }}
    h2 {{ font: bold 11pt sans-serif; margin: 5mm 0 1.5mm; hyphens: manual; }}
    p {{ text-align: justify; hyphens: auto; margin: 0 0 2mm; }}
    .fn {{ float: footnote; font-size: 7.5pt; text-align: left; hyphens: manual; }}
    .fn::footnote-call {{ content: counter(footnote); vertical-align: super; font-size: 6.5pt; }}
    .fn::footnote-marker {{ content: counter(footnote) ". "; }}
    """
    notes = {f"[{index + 1}]": note.split("] ", 1)[1] for index, note in enumerate(ASHGROVE_NOTES)}
    body: list[str] = []
    for kind, text in ASHGROVE:
        if kind == "h":
            body.append(f"<h2>{html.escape(text)}</h2>")
            continue
        escaped = html.escape(text)
        for mark, note in notes.items():
            escaped = escaped.replace(mark, f'<span class="fn">{html.escape(note)}</span>')
        body.append(f"<p>{escaped}</p>")
    document = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head>'
        f'<body><p style="text-align:left;font:9pt sans-serif">Ashgrove Vale Metropolitan Borough Council</p><h1>{html.escape(TITLE)}</h1>{"".join(body)}</body></html>'
    )
    weasyprint.HTML(string=document).write_pdf(target)


BUILDERS = {
    "8901-pdf-fpdf2-bold-body-size-numbered-headings.pdf": harrowdene,
    "8902-pdf-weasyprint-side-heads-coloured-margin-column.pdf": lintonbeck,
    "8903-pdf-reportlab-cover-logo-contents-dot-leaders.pdf": cawsmoor,
    "8904-pdf-libreoffice-tagged-bookmarks-outline.pdf": brindlecott,
    "8905-pdf-weasyprint-justified-hyphenated-footnotes-running-header-footer.pdf": ashgrove,
    "8906-pdf-reportlab-legislation-table-amendment-table-two-pages.pdf": pellingford,
}


def _md(blocks: list[tuple[str, str]]) -> list[str]:
    lines: list[str] = []
    for kind, text in blocks:
        if kind == "h":
            lines += [f"## {text}", ""]
        elif kind == "li":
            lines += [f"- {text}"]
        else:
            lines += ["", text, ""] if lines and lines[-1].startswith("- ") else [text, ""]
    return lines


def _rows(rows: list[tuple[str, str, str]], header: tuple[str, str, str]) -> list[str]:
    return [
        f"| {' | '.join(header)} |",
        "|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in rows),
        "",
    ]


def _notes_in_place(text: str) -> str:
    for index in range(len(ASHGROVE_NOTES)):
        text = text.replace(f"[{index + 1}]", f"[^{index + 1}]")
    return text


SOURCES: dict[str, tuple[str, list[str]]] = {
    "8901": ("fpdf2: numbered headings in bold at the body's size", ["Harrowdene Borough Council", "", f"# {TITLE}", "", *_md(HARROWDENE), HARROWDENE_END]),
    "8902": ("WeasyPrint: side-heads in a coloured left margin column", ["Lintonbeck District Council | Children's Services", "", f"# {TITLE}", "", *_md(LINTONBECK)]),
    "8903": ("reportlab: cover with logo text, contents with dot leaders and page numbers, then the body", [CAWSMOOR_INTRO_LOGO, "COUNTY COUNCIL", "", f"# {TITLE}", "", "Children's Services Procedures Manual", "", "## Contents", "", *(f"- {text} .... 3" for kind, text in CAWSMOOR if kind == "h"), "", *_md(CAWSMOOR), CAWSMOOR_END]),
    "8904": ("LibreOffice from Word: a tagged PDF with bookmarks from the heading styles", ["Brindlecott Council - Children and Families Directorate", "", f"# {TITLE}", "", *_md(BRINDLECOTT)]),
    "8905": ("WeasyPrint: justified, hyphenated, footnotes, running header (the title) and footer 'Page x of y | Printed copies are uncontrolled'", ["Ashgrove Vale Metropolitan Borough Council", "", f"# {TITLE}", "", *_md([(kind, _notes_in_place(text)) for kind, text in ASHGROVE]), *(f"[^{note[1]}]: {note.split('] ', 1)[1]}" for note in ASHGROVE_NOTES)]),
    "8906": ("reportlab: legislation table and an amendment table over two pages, footer 'Pellingford City Council - page N'", [f"# {TITLE}", "", *_md(PELLINGFORD_BEFORE), *_rows(PELLINGFORD_LAW, ("Legislation", "Year", "What it means for our work")), *_md(PELLINGFORD_AFTER), *_rows(PELLINGFORD_HISTORY, ("Version", "Date", "Summary of changes"))]),
}  # fmt: skip


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)
        about, lines = SOURCES[name[:4]]
        text = "\n".join([f"%% built by build_blind89.py: {about}", "", *lines]).rstrip() + "\n"
        (HERE / f"{name}.md").write_text(text, "utf-8")
        print(name)


if __name__ == "__main__":
    main()
