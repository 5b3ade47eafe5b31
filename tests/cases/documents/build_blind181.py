# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-eighty-first blind set: four whole children's-services policy chapters of
invented councils as PDFs, each from a producer and layout earlier sets did not combine.

    18101  Marlcombe: WeasyPrint; justified text with automatic hyphenation, a running header
           repeating the chapter's title and a "Page N of M" footer; permanence stated twice
           with two values (three months in the principles, four in the strategy).
    18102  Ravensholt: a Word file with a contents page (dot leaders, page numbers) before the
           body and real Word footnotes, printed to PDF by LibreOffice.
    18103  Wexcombe: reportlab; headings told apart only by font size (no bold), numbered
           paragraphs "3.1", a margin-note column beside the paragraphs.
    18104  Dunholme: fpdf2; a landscape page holding a table of entitlements, and a heading
           left at the very foot of a page with its body on the next.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind181.py
       (python-docx, LibreOffice, reportlab, fpdf2, WeasyPrint; reportlab is not in the shared
       virtualenv: install it into a folder of its own and put that on PYTHONPATH)
"""

from __future__ import annotations

import datetime
import html
import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx  # noqa: E402

SCRIPT = "build_blind181.py"
Blocks = list[tuple[str, str]]
NOTE = re.compile(r"\[\^([^\]]+)\]")

# fmt: off
# ---------------------------------------------------------------- 18101 Marlcombe, WeasyPrint
MARL_TITLE = "Children's Services Policies, Values and Principles"
MARL: Blocks = [
    ("p", "Marlcombe Borough Council"),
    ("h", "Where this chapter applies"),
    ("p", "This chapter applies to everyone who works in Marlcombe's children's social care service, including the staff of our children's homes, our fostering team and the leaving care service. It was revised in October 2025 to take account of the council's new sufficiency strategy and the changes to our leaving care offer."),
    ("h", "The legal ground we stand on"),
    ("p", "Our responsibilities towards children in care and young people leaving care are drawn from a body of legislation and statutory guidance. The Acts we rely on most are:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Partners around the child"),
    ("p", "Keeping children safe and helping them to flourish is a task the council shares with schools, health visitors, general practitioners, mental health services, the police and the many voluntary organisations working in the borough. We follow Working Together to Safeguard Children and expect every partner to bring its knowledge of the child to the table."),
    ("h", "What we stand for"),
    ("p", "We believe that children are usually best brought up by their own families, and that when they cannot be, they deserve carers who are committed to them for the long term. We treat children and parents with respect, we explain our decisions in plain language, and we are willing to change our minds when we learn something new."),
    ("h", "Being a good corporate parent"),
    ("p", "When a child comes into the care of Marlcombe Borough Council, the whole council takes on the responsibilities of a parent. Elected members and officers have regard to the seven corporate parenting principles in every decision that affects children in care and care leavers, and our Corporate Parenting Board checks twice a year that we are living up to them."),
    ("h", "How we practise"),
    ("p", "Our social workers use Signs of Safety. The approach helps practitioners and families to set out together what is working well, what they are worried about and what needs to happen next, and it keeps the child's own words at the centre of the plan."),
    ("h", "Settled homes and life after care"),
    ("p", "Every child who is in care should know where they are going to grow up. A permanence plan is agreed for each child within three months of their coming into care and is confirmed at their second review."),
    ("p", "Young people leaving our care have a personal adviser until they are 21. Those who are in education or training can keep their personal adviser until they reach the age of 25."),
    ("h", "Our strategy to 2028"),
    ("p", "Our sufficiency strategy commits us to finding more local foster homes, to reducing the number of children placed more than twenty miles from Marlcombe and to making sure that every child has a permanence plan within four months of becoming looked after."),
    ("h", "Confidentiality"),
    ("p", "Information about children and their families is held securely and shared only where the law allows it and where sharing helps to keep a child safe or meet their needs. Young people may ask to see their records and we will help them to understand what they read."),
    ("p", "Last updated: 14 October 2025"),
]

# ---------------------------------------------------------------- 18102 Ravensholt, Word with contents page and footnotes, LibreOffice PDF
RAVEN_TITLE = "Children's Services Policies, Values and Principles"
RAVEN_CONTENTS = [
    ("1. Introduction", "2"),
    ("2. Working Together", "2"),
    ("3. The Things We Value", "2"),
    ("4. Our Duties as a Corporate Parent", "3"),
    ("5. Family Safeguarding in Ravensholt", "3"),
    ("6. Principles for Planning", "3"),
    ("7. Sharing Information", "4"),
]
RAVEN: Blocks = [
    ("h", "1. Introduction"),
    ("p", "This policy sets out the framework within which Ravensholt Metropolitan Borough Council provides services to children in care and to care leavers. It was last amended in July 2025.[^The July 2025 amendment added the section on Family Safeguarding and brought the list of legislation up to date.]"),
    ("p", "The main legislation that governs this work is:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017[^Part 1 of the Act, which sets out the corporate parenting principles and the local offer for care leavers.]"),
    ("h", "2. Working Together"),
    ("p", "Children's services cannot meet the needs of children in care on their own. We work with our partners in health, education, the police and the community under the local safeguarding arrangements, as Working Together to Safeguard Children expects."),
    ("h", "3. The Things We Value"),
    ("p", "We value honesty, persistence and kindness. We tell children the truth about their lives in a way they can understand, we do not give up on young people when things are hard, and we remember that every child in care is somebody's son or daughter."),
    ("h", "4. Our Duties as a Corporate Parent"),
    ("p", "The Council has regard to the following principles in everything it does for children in care and care leavers:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the Council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "5. Family Safeguarding in Ravensholt"),
    ("p", "Since 2023 Ravensholt has organised its social work teams around Family Safeguarding. Social workers, adult mental health practitioners, domestic abuse workers and substance misuse workers sit in the same team and work with the whole family."),
    ("h", "6. Principles for Planning"),
    ("p", "Permanence planning starts on the day a child comes into care. A plan for permanence is expected to be ready by the four-month review."),
    ("p", "Every care leaver is offered a personal adviser until the age of 21.[^A care leaver who tells us that they want the support to continue keeps their personal adviser until the age of 25.]"),
    ("p", "We consult children and young people about the services they receive through the Children in Care Council and act on what they tell us."),
    ("h", "7. Sharing Information"),
    ("p", "Staff share information about children and families in line with data protection law and the council's information sharing agreements. When in doubt, they ask a manager before sharing, but they never let doubt stand in the way of protecting a child."),
    ("p", "Document last updated: 3 July 2025"),
]

# ---------------------------------------------------------------- 18103 Wexcombe, reportlab, size-only headings, numbered paragraphs, margin notes
WEX_TITLE = "Children's Services Policies, Values and Principles"
# (kind, text, margin note)
WEX: list[tuple[str, str, str]] = [
    ("p", "Wexcombe County Council  -  Version 7.2", ""),
    ("h", "1  About this chapter", ""),
    ("p", "1.1  This chapter describes the values and principles that guide Wexcombe County Council's work with Children Looked After and with young people who have left care.", ""),
    ("p", "1.2  This chapter was amended in April 2026.", "Amended April 2026"),
    ("h", "2  Our legal duties", ""),
    ("p", "2.1  The council's duties to Children Looked After arise chiefly under the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them.", "Statute"),
    ("h", "3  Values", ""),
    ("p", "3.1  We put the child first. Every decision we make is tested against one question: would this be good enough for my own child?", ""),
    ("p", "3.2  We are curious and respectful. We try to understand a family's story before we judge it, and we are honest when we have concerns.", ""),
    ("h", "4  Corporate parenting", ""),
    ("p", "4.1  All members and officers of the council are corporate parents. In making decisions about Children Looked After and care leavers, they must have regard to the corporate parenting principles.", "All councillors"),
    ("p", "4.2  The Corporate Parenting Panel meets every quarter and hears directly from young people about how well the council is doing.", ""),
    ("h", "5  Our practice model", ""),
    ("p", "5.1  Wexcombe uses Signs of Safety as its practice model across early help, child protection and children in care.", "See 6.1"),
    ("h", "6  How we work", ""),
    ("p", "6.1  We plan for permanence from the start. Each Child Looked After has a permanence plan within six months of coming into care.", "Permanence"),
    ("p", "6.2  Every care leaver is entitled to the support of a personal adviser until the age of 25, whatever they are doing and wherever they live.", "Leaving care"),
    ("p", "6.3  We involve children in their own reviews and in shaping our services, and we tell them what has changed as a result.", ""),
    ("h", "7  Information sharing", ""),
    ("p", "7.1  We share personal information only where it is necessary and proportionate, and we record what we shared, with whom and why.", "Records"),
    ("p", "End of chapter", ""),
]

# ---------------------------------------------------------------- 18104 Dunholme, fpdf2, landscape entitlements page, orphaned heading
DUN_TITLE = "Children's Services: Policies, Values and Principles"
DUN: Blocks = [
    ("p", "Dunholme Borough Council - Children and Families Directorate"),
    ("h", "Scope of this chapter"),
    ("p", "This chapter applies to all of Dunholme's work with children in care and care leavers. It was last amended in January 2026, when the table of entitlements for care leavers was added."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for the way Dunholme Borough Council looks after children and supports the young people who leave its care. It draws on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "A Shared Responsibility"),
    ("p", "The safety and well-being of children in care is the business of every agency in Dunholme. The council works with the integrated care board, schools, the police and the voluntary sector under the local multi-agency safeguarding arrangements and in line with Working Together to Safeguard Children."),
    ("h", "Our Values"),
    ("p", "We are ambitious for children in care. We listen to them, we keep our promises and we work alongside their families wherever it is safe to do so. We challenge one another, and our partners, when a child's needs are not being met."),
    ("p", "We want every child in our care to have the chances that any loving parent would want for their own child: a settled home, a good education, friendships that last and adults who stick with them. We know that many children come into care after experiencing harm, and we design our services so that they can recover from it rather than simply survive it. We measure our success by how our children are doing when they are grown up, not only by how they are doing while they are with us."),
    ("p", "We are proud of our foster carers and residential staff, and we give them the training, supervision and support they need to provide stable, loving care. We are open with children about the decisions we make for them and we give them a say in those decisions wherever we can."),
    ("p", "We believe that relationships are what help children most. We try hard to keep the same social worker with a child for as long as possible, and when a worker has to move on we make sure that the child hears it from them and meets the person who is taking over. We value the people who were important to a child before they came into care, such as grandparents, aunts and uncles, family friends, teachers and coaches, and we help children to stay in touch with them. We record what children tell us in their own words and we read it back to them, so that the file we keep is one that they would recognise as their own story when they come to read it as adults. Life-story work is kept up to date for every child."),
    ("h", "Corporate Parenting"),
    ("p", "As corporate parent, Dunholme Borough Council follows seven principles:"),
    ("n", "acting in the best interests of children in care and care leavers, and promoting their physical and mental health and well-being;"),
    ("n", "encouraging them to express their views, wishes and feelings;"),
    ("n", "taking those views, wishes and feelings into account;"),
    ("n", "helping them to gain access to, and make the best use of, the services we and our partners provide;"),
    ("n", "promoting high aspirations and seeking the best outcomes for them;"),
    ("n", "making sure they are safe, with stability in their home lives, relationships and education or work;"),
    ("n", "preparing them for adulthood and independent living."),
    ("h", "Our Practice Model"),
    ("p", "Dunholme's practice model is Systemic Practice. Practitioners look at the relationships around a child, not only at the child, and work with families to find their own solutions."),
    ("h", "Key Principles"),
    ("p", "Permanence: a plan for permanence is made for every child in care no later than their second review, four months after they came into care."),
    ("p", "Leaving care: a personal adviser supports every care leaver until they are 21, and until they are 25 for any care leaver who asks for that support. The entitlements of care leavers are set out in the table below."),
    ("t", ""),
    ("h", "Information Sharing and Confidentiality"),
    ("p", "Dunholme shares information about children and families only where the law allows and where it is needed to protect a child or to provide a service. Young people are told what is held about them and how to see it."),
    ("p", "Version 5.0 - last updated 19 January 2026"),
]
DUN_TABLE = [
    ("Entitlement", "Who can have it", "Ages", "Amount or detail"),
    ("Personal adviser", "Every care leaver", "18 to 21; to 25 on request", "Contact at least every eight weeks"),
    ("Setting-up-home allowance", "Care leavers moving into their first tenancy", "18 to 25", "£3,000"),
    ("Driving lessons", "Care leavers in education, training or work", "17 to 21", "Up to £600"),
    ("Council tax exemption", "Care leavers living in Dunholme", "18 to 25", "Full exemption"),
    ("Free leisure pass", "Care leavers and one friend", "16 to 25", "All council leisure centres"),
]
# fmt: on


# ------------------------------------------------------------------------------ 18101 WeasyPrint


def marlcombe(target: Path) -> None:
    from weasyprint import HTML

    out: list[str] = [f"<h1>{html.escape(MARL_TITLE)}</h1>"]
    open_list = False
    for kind, text in MARL:
        if open_list and kind != "b":
            out.append("</ul>")
            open_list = False
        if kind == "h":
            out.append(f"<h2>{html.escape(text)}</h2>")
        elif kind == "b":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"<li>{html.escape(text)}</li>")
        elif text == "Marlcombe Borough Council":
            out.append(f'<p class="council">{html.escape(text)}</p>')
        else:
            out.append(f"<p>{html.escape(text)}</p>")
    css = """
@page { size: A4; margin: 26mm 22mm 24mm 22mm;
  @top-left { content: string(chapter); font: 8pt 'DejaVu Sans'; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #555; } }
body { font: 11pt/1.45 'DejaVu Serif', serif; }
h1 { font: bold 19pt 'DejaVu Sans'; margin: 0 0 2mm; string-set: chapter content(); }
p.council { font: 10pt 'DejaVu Sans'; color: #444; text-align: left; margin-bottom: 6mm; }
h2 { font: bold 13pt 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
p, li { margin: 0 0 2.5mm; text-align: justify; hyphens: auto; }
ul { margin: 0 0 2.5mm; padding-left: 7mm; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(MARL_TITLE)}</title><style>{css}</style></head><body>"
        + "\n".join(out)
        + "</body></html>"
    )
    HTML(string=document).write_pdf(str(target))


def marlcombe_note() -> str:
    return blocks_note(
        [("title", MARL_TITLE), *MARL],
        SCRIPT,
        "WeasyPrint, justified hyphenated text, running header with the chapter title, Page N of M footer",
    )


# ------------------------------------------------------------------------------ 18102 Word via LibreOffice

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def _with_footnotes(data: bytes, notes: list[str]) -> bytes:
    """The saved package with a real footnotes part added (python-docx writes none)."""
    body = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    ) + "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {html.escape(text, quote=False)}</w:t></w:r></w:p></w:footnote>'
        for number, text in enumerate(notes, start=1)
    )
    part = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">{body}</w:footnotes>'
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    f'<Override PartName="/word/footnotes.xml" ContentType="{CT}footnotes+xml"/></Types>'.encode(),
                )
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdF181" Type="{REL}footnotes" Target="footnotes.xml"/></Relationships>'.encode(),
                )
            info.date_time = (2025, 7, 3, 0, 0, 0)
            target.writestr(info, content)
        target.writestr(zipfile.ZipInfo("word/footnotes.xml", (2025, 7, 3, 0, 0, 0)), part)
    return out.getvalue()


def ravensholt_docx() -> bytes:
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = new_docx()
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    notes: list[str] = []

    def add_text(paragraph: Any, text: str) -> None:
        position = 0
        for match in NOTE.finditer(text):
            paragraph.add_run(text[position : match.start()])
            notes.append(match[1])
            run = paragraph.add_run()
            run.font.superscript = True
            reference = OxmlElement("w:footnoteReference")
            reference.set(qn("w:id"), str(len(notes)))
            run._r.append(reference)
            position = match.end()
        paragraph.add_run(text[position:])

    document.add_paragraph(RAVEN_TITLE, style="Title")
    document.add_paragraph("Ravensholt Metropolitan Borough Council")
    label = document.add_paragraph()
    label.add_run("Contents").bold = True
    label.runs[0].font.size = Pt(14)
    for topic, page in RAVEN_CONTENTS:
        entry = document.add_paragraph(f"{topic}\t{page}")
        entry.paragraph_format.tab_stops.add_tab_stop(
            Mm(160), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for kind, text in RAVEN:
        if kind == "h":
            paragraph = document.add_paragraph(style="Heading 1")
        elif kind == "b":
            paragraph = document.add_paragraph(style="List Bullet")
        elif kind == "n":
            paragraph = document.add_paragraph(style="List Number")
        else:
            paragraph = document.add_paragraph()
        add_text(paragraph, text)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Ravensholt MBC - Children's Services Procedures Manual"
    out = io.BytesIO()
    document.save(out)
    return _with_footnotes(out.getvalue(), notes)


def ravensholt(target: Path) -> None:
    docx_to_pdf(ravensholt_docx(), target)


def ravensholt_note() -> str:
    blocks: Blocks = [
        ("title", RAVEN_TITLE),
        ("p", "Ravensholt Metropolitan Borough Council"),
        ("p", "Contents"),
    ]
    blocks += [("p", f"{topic} .......... {page}") for topic, page in RAVEN_CONTENTS]
    body: Blocks = []
    for kind, text in RAVEN:
        body.append((kind, NOTE.sub(lambda match: f" [footnote: {match[1]}]", text)))
    return blocks_note(
        blocks + body,
        SCRIPT,
        "Word file with a typed contents page (dot leaders, page numbers) and real footnotes, printed to PDF by LibreOffice",
    )


# ------------------------------------------------------------------------------ 18103 reportlab


def wexcombe(target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=0)
    head = ParagraphStyle(
        "head", parent=body, fontSize=14, leading=18, spaceBefore=10, spaceAfter=4, keepWithNext=1
    )
    title = ParagraphStyle("title", parent=body, fontSize=20, leading=24, spaceAfter=4)
    note = ParagraphStyle(
        "note",
        parent=body,
        fontName="Times-Italic",
        fontSize=8,
        leading=10,
        textColor=colors.HexColor("#555555"),
    )
    width = A4[0] - 40 * mm
    story: list[Any] = [Paragraph(html.escape(WEX_TITLE), title)]
    for kind, text, margin in WEX:
        if kind == "h":
            story.append(Paragraph(html.escape(text), head))
            continue
        row = [[Paragraph(html.escape(margin), note), Paragraph(html.escape(text), body)]]
        table = Table(row, colWidths=[32 * mm, width - 32 * mm])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))  # fmt: skip
        story.append(table)

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Times-Roman", 8)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Wexcombe County Council | {doc.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
        bottomMargin=22 * mm, title=WEX_TITLE, author="policydiff test cases",
        creator="reportlab", invariant=1,
    )  # fmt: skip
    document.build(story, onFirstPage=page, onLaterPages=page)


def wexcombe_note() -> str:
    blocks: Blocks = [("title", WEX_TITLE)]
    for kind, text, margin in WEX:
        blocks.append((kind, f"{text}  [margin: {margin}]" if margin else text))
    return blocks_note(
        blocks,
        SCRIPT,
        "reportlab, headings by font size only, numbered paragraphs, a margin-note column",
    )


# ------------------------------------------------------------------------------ 18104 fpdf2


def dunholme(target: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Dunholme Borough Council  |  Page {self.page_no()}", align="R")

    pdf = Pdf(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2026, 1, 19))
    pdf.set_title(DUN_TITLE)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(24, 20, 24)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 8, DUN_TITLE, new_x="LMARGIN", new_y="NEXT")
    number = 0
    for kind, text in DUN:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            number = 0
            continue
        if kind == "t":
            pdf.add_page(orientation="L")
            pdf.set_font("Helvetica", "B", 10)
            widths = (55, 80, 60, 54)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=6) as table:
                for cells in DUN_TABLE:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.add_page(orientation="P")
            continue
        pdf.set_font("Helvetica", "", 10.5)
        if kind in ("b", "n"):
            number += 1
            pdf.set_x(30)
            pdf.cell(7, 5.5, "-" if kind == "b" else f"{number}.")
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            continue
        number = 0
        if text.startswith("Dunholme Borough Council"):
            pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(target))


def dunholme_note() -> str:
    blocks: Blocks = [("title", DUN_TITLE)]
    for kind, text in DUN:
        if kind == "t":
            blocks += [("p", " | ".join(row)) for row in DUN_TABLE]
        else:
            blocks.append((kind, text))
    return blocks_note(
        blocks,
        SCRIPT,
        "fpdf2, a landscape page holding the entitlements table, a heading orphaned at a page's foot",
    )


DOCUMENTS = {
    "18101-pdf-weasyprint-justified-hyphenated-running-title-header-page-n-of-m-permanence-conflict.pdf": (
        marlcombe,
        marlcombe_note,
    ),
    "18102-pdf-lo-word-contents-page-dot-leaders-footnotes-later-age-in-footnote.pdf": (
        ravensholt,
        ravensholt_note,
    ),
    "18103-pdf-reportlab-size-only-headings-numbered-paragraphs-margin-notes.pdf": (
        wexcombe,
        wexcombe_note,
    ),
    "18104-pdf-fpdf2-landscape-entitlements-table-orphaned-heading-at-page-foot.pdf": (
        dunholme,
        dunholme_note,
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, note) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(note(), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
