# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-fifty-third blind set: four whole children's-services policy chapters of
invented councils as PDFs a council would publish, written round children in care, leaving care
and corporate parenting, headings named by meaning in our own words.

    15301  Harrowmere: a Word file whose headings carry the council's own style ("CouncilHead1",
           not "Heading N"), a contents list at the start typed with dotted leaders and page
           numbers, a running header with the chapter's title; printed to PDF by LibreOffice.
    15302  Fenwick Vale: reportlab; headings set apart only by colour, at body size and weight;
           a two-row table of entitlements (header and one row).
    15303  Ollerby: an HTML page printed by Chromium headless; headings are <p><strong> lines; the
           corporate parenting principles as a numbered list; footnote-style reference marks and
           a closing list of notes.
    15304  Pendlecombe: fpdf2; numbered headings ("3. Our promise to you"); a paragraph broken
           across a page with the page footer between its halves.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind153.py
       (python-docx, LibreOffice, reportlab, fpdf2, /usr/bin/chromium)
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

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind153.py"
Blocks = list[tuple[str, str]]

# fmt: off
# ---------------------------------------------------------------- 15301 Harrowmere, Word custom styles via LibreOffice
HARROW_TITLE = "Children's Services Policies, Values and Principles"
HARROW_CONTENTS = [
    ("About this chapter", "2"),
    ("The laws we work under", "2"),
    ("Working hand in hand with others", "2"),
    ("What matters most to us", "2"),
    ("The council as a parent", "3"),
    ("Our way of working with families", "3"),
    ("Homes that last and life after care", "3"),
    ("Keeping records private", "3"),
]
HARROW: Blocks = [
    ("h", "About this chapter"),
    ("p", "This chapter describes the beliefs and principles that guide Harrowmere Borough Council when it looks after children, supports young people leaving its care and carries out its duties as a corporate parent. It was last amended in February 2025."),
    ("p", "It is written for social workers, personal advisers, independent reviewing officers, residential staff and foster carers, and for anyone else who makes decisions about Looked After Children in Harrowmere."),
    ("h", "The laws we work under"),
    ("p", "The council's responsibilities to children in its care and to care leavers are set down in these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Working hand in hand with others"),
    ("p", "No single service can give a child in care everything they need. We plan alongside schools, the virtual school head, health colleagues, the police and the voluntary sector, and we follow Working Together to Safeguard Children in doing so."),
    ("p", "Where partners disagree about what a child needs, we talk it through quickly and put the child's interests before the budgets of the agencies involved."),
    ("h", "What matters most to us"),
    ("p", "Children belong with people who love them. We are open with families about our concerns, we listen to children and take what they tell us seriously, and we never lower our expectations of a child because they are in care."),
    ("p", "We keep brothers and sisters together wherever we can, and we help children keep in touch with the people who matter to them."),
    ("h", "The council as a parent"),
    ("p", "Every councillor and every officer of Harrowmere shares in the job of parenting the children we look after. In all that we do for Looked After Children and care leavers we hold to these principles:"),
    ("n", "acting in their best interests and caring for their physical and mental health and well-being;"),
    ("n", "encouraging them to tell us their views, wishes and feelings;"),
    ("n", "giving proper weight to those views, wishes and feelings;"),
    ("n", "making sure they can find and use the services the council and its partners offer;"),
    ("n", "expecting great things of them and seeking the best outcomes for them;"),
    ("n", "keeping them safe and giving them stability in their homes, relationships, education and work;"),
    ("n", "getting them ready for adult life and living independently."),
    ("h", "Our way of working with families"),
    ("p", "Harrowmere practitioners use Restorative Practice. We work with families rather than doing things to them or for them, and we offer both high support and high challenge."),
    ("h", "Homes that last and life after care"),
    ("p", "Every Looked After Child should know where they will grow up. A permanence plan is agreed no later than four months after a child starts to be looked after, and is checked at each review."),
    ("p", "When young people leave our care a personal adviser stays alongside them until they are 21. Anyone who wants that help to go on can keep their adviser up to the age of 25."),
    ("h", "Keeping records private"),
    ("p", "We record what children and families tell us accurately and keep it secure. Information is passed to other agencies only when a child's safety or well-being depends on it, and we tell families what we have shared unless that would put a child at risk."),
    ("p", "Version 6.1"),
]

# ---------------------------------------------------------------- 15302 Fenwick Vale, reportlab, colour headings
FENWICK_TITLE = "Children's Services Policies, Values and Principles"
FENWICK: Blocks = [
    ("p", "Fenwick Vale District Council"),
    ("h", "Why this chapter exists"),
    ("p", "This chapter explains what Fenwick Vale's children's services stand for when we care for children and support young people as they leave our care. It was brought up to date in June 2024."),
    ("h", "Our legal footing"),
    ("p", "Our duties to Children in Care come mainly from the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017."),
    ("h", "Our hopes for Fenwick Vale's children"),
    ("p", "We want each Child in Care to feel settled, to do well at school and to leave our care confident, with a home, an income and people they can turn to."),
    ("h", "How we practise"),
    ("p", "Our practice model is Signs of Safety. It helps us keep what is working and what worries us in view together, with families and in language they use."),
    ("h", "Promises from the whole council"),
    ("p", "The council is the corporate parent of every Child in Care and every care leaver. Members and officers are expected to have regard to the corporate parenting principles whenever they take a decision that touches those young people's lives."),
    ("h", "Stability and support after care"),
    ("p", "Each Child in Care has a plan for permanence within six months of coming into our care, so that they know where they will live for the rest of their childhood."),
    ("p", "Our personal advisers support care leavers until they reach 21, or up to 25 where the young person wants that help to carry on."),
    ("p", "Care leavers setting up their first home can also claim a grant:"),
    ("t", ""),
    ("h", "Who we share information with"),
    ("p", "We share what we know about a child only with people who need it to keep that child safe or to help them, and we note on the child's file each time we do."),
    ("p", "Last updated: 21 June 2024"),
]
FENWICK_TABLE = [
    ("What you can have", "Ages", "How much"),
    ("Setting-up-home grant for your first tenancy", "18 to 25", "£2,500"),
]

# ---------------------------------------------------------------- 15303 Ollerby, Chromium, <p><strong> headings
OLLERBY_TITLE = "Children's Services Policies, Values and Principles"
OLLERBY: Blocks = [
    ("h", "What you will find here"),
    ("p", "This page gives the values and principles that Ollerby Metropolitan Borough Council follows as a corporate parent to children who are looked after and to young people leaving care. It was updated in September 2024."),
    ("h", "Laws that shape our work"),
    ("p", "The main Acts behind our duties are:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Nobody does this alone"),
    ("p", "Health services, schools, the police and community groups all share the work of keeping children safe. We agree plans with them and follow Working Together to Safeguard Children."),
    ("h", "Where we are heading"),
    ("p", "By 2028 we want every child who is looked after by Ollerby to live close to home, in a family where they feel they belong, and to have the same hopes for the future as any other child in the borough."),
    ("h", "Seven promises to children we look after"),
    ("p", "As corporate parents, councillors and staff are bound by seven principles set out in law.[1] We will:"),
    ("n", "act in the best interests of children who are looked after and care leavers, and look after their physical and mental health;"),
    ("n", "encourage them to say what they think and feel;"),
    ("n", "take account of their views, wishes and feelings;"),
    ("n", "help them get the most from the services we and our partners offer;"),
    ("n", "aim high for them and seek the best outcomes;"),
    ("n", "keep them safe and bring stability to their home lives, relationships, schooling and work;"),
    ("n", "prepare them for adult life and independent living."),
    ("h", "Growing up and moving on"),
    ("p", "A permanence plan is made for every child by the time they have been looked after for three months."),
    ("p", "Every young person leaving our care is offered a personal adviser until the age of 21, and up to 25 if they are still in education or training.[2]"),
    ("h", "Sharing information with care"),
    ("p", "We keep children's records safe, share them only when we have to, and explain to young people what we hold about them and how they can see it."),
    ("h", "Notes"),
    ("r", "Children and Social Work Act 2017, section 1."),
    ("r", "Children Act 1989, section 23C, as amended by the Children and Social Work Act 2017."),
    ("p", "Version 2.3"),
]

# ---------------------------------------------------------------- 15304 Pendlecombe, fpdf2, numbered headings
PENDLE_TITLE = "Policies, Values and Principles for Children's Social Care"
PENDLE: Blocks = [
    ("h", "1. Before you read on"),
    ("p", "This chapter tells Children Looked After, care leavers and the people who work with them what Pendlecombe County Council believes and what it promises. It was amended in December 2024 to bring the section on life after care up to date."),
    ("h", "2. The legal backdrop"),
    ("p", "Three Acts of Parliament set out most of what we must do:"),
    ("b", "Children Act 1989"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "3. Our promise to you"),
    ("p", "Pendlecombe County Council is your corporate parent. That means every part of the council, not only children's services, has to think about you the way a good parent would. We keep to these principles:"),
    ("n", "we act in your best interests and look after your physical and mental health;"),
    ("n", "we ask what you think, wish and feel;"),
    ("n", "we take what you tell us into account;"),
    ("n", "we help you use the services that the council and its partners provide;"),
    ("n", "we hope for the best for you and work to make it happen;"),
    ("n", "we keep you safe and help your home, relationships, schooling and work stay steady;"),
    ("n", "we get you ready for adult life and living on your own."),
    ("h", "4. The values we live by"),
    ("p", "We are honest and straightforward with children and families. We do what we say we will do, we say sorry when we get things wrong, and we treat every Child Looked After as an individual with their own story."),
    ("h", "5. Our model of practice"),
    ("p", "Pendlecombe social workers use Signs of Safety to work out with families what is going well, what the worries are and what has to happen next."),
    ("h", "6. Life after care"),
    ("p", "Each Child Looked After has a permanence plan agreed within 4 months of coming into care."),
    ("p", "Leaving care does not mean leaving us. Your personal adviser will keep in touch with you, help you with your pathway plan and be someone you can ring when things go wrong, whether that is money, housing, college or work. Your adviser stays with you until you turn 21, and until you are 25 if you would like one. We will help you find somewhere safe and affordable to live, we will make sure you know about every grant and allowance you can claim, and we will keep checking in with you even if you have told us you do not need us for a while, because a good parent never really stops caring about how their children are getting on."),
    ("h", "7. Your information"),
    ("p", "We keep what we know about you safe. We only share it when the law allows and when it helps to keep you or someone else safe, and you can ask to see what we hold."),
    ("p", "Last updated 9 December 2024"),
    ("p", "Version 4.0"),
]
# fmt: on


# ------------------------------------------------------------------------------ 15301 LibreOffice


def harrowmere(target: Path) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Mm, Pt, RGBColor

    document = new_docx()
    styles = document.styles
    title = styles.add_style("CouncilTitle", WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = styles["Normal"]
    title.font.size, title.font.bold = Pt(20), True
    title.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    head = styles.add_style("CouncilHead1", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = styles["Normal"]
    head.font.size, head.font.bold = Pt(13), True
    head.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    head.paragraph_format.space_before = Pt(12)
    head.paragraph_format.keep_with_next = True
    entry = styles.add_style("CouncilContents", WD_STYLE_TYPE.PARAGRAPH)
    entry.base_style = styles["Normal"]
    entry.paragraph_format.space_after = Pt(2)
    entry.paragraph_format.tab_stops.add_tab_stop(
        Mm(160), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = HARROW_TITLE
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.runs[0].font.size = Pt(8)
    header.runs[0].italic = True

    document.add_paragraph(HARROW_TITLE, style="CouncilTitle")
    document.add_paragraph("Harrowmere Borough Council, Children's Services Procedures")
    document.add_paragraph("Contents", style="CouncilHead1")
    for topic, page in HARROW_CONTENTS:
        document.add_paragraph(f"{topic}\t{page}", style="CouncilContents")
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for kind, text in HARROW:
        if kind == "h":
            document.add_paragraph(text, style="CouncilHead1")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    docx_to_pdf(saved_docx(document), target)


def harrowmere_note() -> str:
    blocks: Blocks = [
        ("title", HARROW_TITLE),
        ("p", "Harrowmere Borough Council, Children's Services Procedures"),
        ("h", "Contents"),
    ]
    blocks += [("p", f"{topic} .......... {page}") for topic, page in HARROW_CONTENTS]
    return blocks_note(
        blocks + HARROW,
        SCRIPT,
        "Word with custom heading styles (CouncilHead1), contents list with dotted leaders, running header, printed to PDF by LibreOffice",
    )


# ------------------------------------------------------------------------------ 15302 reportlab


def fenwick(target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    head = ParagraphStyle(
        "head", parent=body, textColor=colors.HexColor("#00787A"), spaceBefore=8, spaceAfter=2,
        keepWithNext=1,
    )  # fmt: skip
    title = ParagraphStyle(
        "title", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=6,
        textColor=colors.HexColor("#00787A"),
    )  # fmt: skip
    council = ParagraphStyle("council", parent=body, fontSize=9, textColor=colors.grey)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    width = A4[0] - 50 * mm
    story: list[Any] = [Paragraph(html.escape(FENWICK_TITLE), title)]
    for kind, text in FENWICK:
        if kind == "h":
            story.append(Paragraph(html.escape(text), head))
        elif kind == "t":
            rows = [[Paragraph(html.escape(value), cell) for value in row] for row in FENWICK_TABLE]
            table = Table(rows, colWidths=[width * 0.55, width * 0.2, width * 0.25])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dff0ef")),
            ]))  # fmt: skip
            story.append(table)
        elif text == "Fenwick Vale District Council":
            story.append(Paragraph(html.escape(text), council))
        else:
            story.append(Paragraph(html.escape(text), body))

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(
            A4[0] / 2, 12 * mm, f"Fenwick Vale District Council  |  {doc.page}"
        )
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
        bottomMargin=22 * mm, title=FENWICK_TITLE, author="policydiff test cases",
        creator="reportlab", invariant=1,
    )  # fmt: skip
    document.build(story, onFirstPage=page, onLaterPages=page)


def fenwick_note() -> str:
    blocks: Blocks = [("title", FENWICK_TITLE)]
    for kind, text in FENWICK:
        if kind == "t":
            blocks += [("p", " | ".join(row)) for row in FENWICK_TABLE]
        else:
            blocks.append((kind, text))
    return blocks_note(
        blocks,
        SCRIPT,
        "reportlab, headings in colour only at body size, a two-row entitlements table",
    )


# ------------------------------------------------------------------------------ 15303 Chromium

OLLERBY_CSS = """
body { font: 11pt/1.45 Arial, 'Liberation Sans', sans-serif; margin: 0 8px; }
h1 { font-size: 19pt; color: #5a2a6e; }
p.h { margin-top: 16px; margin-bottom: 4px; }
sup a { text-decoration: none; }
ol.notes { font-size: 9pt; }
"""


def _footnoted(text: str) -> str:
    out = html.escape(text)
    for number in range(1, 10):
        out = out.replace(f"[{number}]", f'<sup><a href="#note{number}">{number}</a></sup>')
    return out


def ollerby_html() -> str:
    body: list[str] = [
        f"<h1>{html.escape(OLLERBY_TITLE)}</h1>",
        "<p>Ollerby Metropolitan Borough Council</p>",
    ]
    open_list = ""
    for kind, text in OLLERBY:
        wanted = {"b": "ul", "n": "ol", "r": 'ol class="notes"'}.get(kind, "")
        if open_list and open_list != wanted:
            body.append(f"</{open_list.split()[0]}>")
            open_list = ""
        if wanted and not open_list:
            body.append(f"<{wanted}>")
            open_list = wanted
        if kind == "h":
            body.append(f'<p class="h"><strong>{html.escape(text)}</strong></p>')
        elif kind == "r":
            number = sum(1 for line in body if line.startswith('<li id="note')) + 1
            body.append(f'<li id="note{number}">{html.escape(text)}</li>')
        elif wanted:
            body.append(f"<li>{_footnoted(text)}</li>")
        else:
            body.append(f"<p>{_footnoted(text)}</p>")
    if open_list:
        body.append(f"</{open_list.split()[0]}>")
    return (
        f'<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(OLLERBY_TITLE)}</title>'
        f"<style>{OLLERBY_CSS}</style></head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def print_pdf(document: str, target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "chapter.html"
        source.write_text(document, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             "--no-pdf-header-footer", f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def ollerby_note() -> str:
    blocks: Blocks = [("title", OLLERBY_TITLE), ("p", "Ollerby Metropolitan Borough Council")]
    blocks += [("n" if kind == "r" else kind, text) for kind, text in OLLERBY]
    return blocks_note(
        blocks,
        SCRIPT,
        "Chromium print of an HTML page, headings as <p><strong> lines, numbered principles, footnote references",
    )


# ------------------------------------------------------------------------------ 15304 fpdf2


def pendlecombe(target: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(
                0,
                5,
                f"Pendlecombe County Council - Children's Social Care - page {self.page_no()}",
                align="C",
            )

    pdf = Pdf(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2024, 12, 9))
    pdf.set_title(PENDLE_TITLE)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(0, 8, PENDLE_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    number = 0
    for kind, text in PENDLE:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            number = 0
            continue
        pdf.set_font("Helvetica", "", 10.5)
        if kind in ("b", "n"):
            number += 1
            mark = "-" if kind == "b" else f"({chr(96 + number)})"
            pdf.set_x(30)
            pdf.cell(8, 5.5, mark)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            continue
        number = 0
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(target))


def pendlecombe_note() -> str:
    return blocks_note(
        [("title", PENDLE_TITLE), *PENDLE],
        SCRIPT,
        "fpdf2, numbered headings, a paragraph broken across a page with the footer between",
    )


DOCUMENTS = {
    "15301-pdf-lo-custom-heading-style-contents-dotted-leaders-running-header.pdf": (
        harrowmere,
        harrowmere_note,
    ),
    "15302-pdf-reportlab-colour-only-headings-body-size-two-row-entitlements-table.pdf": (
        fenwick,
        fenwick_note,
    ),
    "15303-pdf-chromium-p-strong-headings-numbered-principles-footnote-references.pdf": (
        lambda target: print_pdf(ollerby_html(), target),
        ollerby_note,
    ),
    "15304-pdf-fpdf2-numbered-headings-paragraph-across-page-footer-between.pdf": (
        pendlecombe,
        pendlecombe_note,
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
