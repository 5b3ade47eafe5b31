# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the 247th blind set (24701-24705): five whole children's-services policy chapters of
invented councils as PDFs, built for real, with headings named by meaning or none at all.

    24701  Merrowfield: an HTML council page printed by Chromium (Playwright) with the browser's
           own header (print date and time, page title) and footer (address, "N/M").
    24702  Calderbrook: a python-docx Word file printed by LibreOffice; headings are Normal
           paragraphs in bold at the body's own 11 pt, the title bold 14 pt.
    24703  Hexley Moor: reportlab; headings in teal at 14 pt (not bold) over a 10 pt body, a
           running header with the council, the manual and "Version 4.2", a "Page N of M" footer.
    24704  Wendlebury: fpdf2; a two-page letter from the director with no headings: bold title,
           addressee line, the letter's date set right, "Dear colleagues,", a sign-off.
    24705  Oakhanger: WeasyPrint; a "Key facts" table under the title and numbered headings named
           by meaning ("3. Being there after 18"), a running footer.

All written for this set, in our own words (invented councils).

usage: PYTHONPATH=/folder/with/reportlab .venv/bin/python tests/cases/documents/build_blind247.py
       (reportlab is not in the shared virtualenv: `pip install --target /tmp/somewhere reportlab`)
"""

from __future__ import annotations

import datetime
import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind247.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]

# Block kinds: "title", "h" heading, "p" paragraph, "b" bullet, "n" numbered item, "line" a short
# line (a council's line, a letter's addressee or greeting), "r" a line set right (a letter's
# date), "row" a table row ("cell|cell").

# fmt: off
# ---------------------------------------------------------------- 24701 Merrowfield, Chromium
MERR: Blocks = [
    ("title", TITLE),
    ("p", "This page was reviewed and changed in October 2025, when we added our promise as corporate parents and brought the list of laws up to date."),
    ("h", "What guides us"),
    ("p", "Three beliefs shape everything we do in Merrowfield. Children do best when they are known and loved by the people around them. Families are the experts in their own lives. And the way we do our work matters as much as what we do."),
    ("p", "We are straightforward with families, we keep our word, and when we get something wrong we say so and put it right."),
    ("h", "Everyone's business"),
    ("p", "No single agency can keep a child safe. Our social workers work hand in hand with midwives, teachers, GPs, police officers and youth workers through the Merrowfield Safeguarding Children Partnership, and all of us follow Working Together to Safeguard Children."),
    ("h", "The laws we work under"),
    ("p", "This chapter is set within the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our promise as corporate parents"),
    ("p", "Every councillor and every officer in Merrowfield shares the job of parent to our Children in Care and care leavers. When we make decisions about them we must have regard to the need:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to say what they think, wish and feel;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them reach, and make the best use of, the services the council and its partners provide;"),
    ("n", "to promote high aspirations and to seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their homes, relationships, schooling and work;"),
    ("n", "to prepare them for adulthood and for living independently."),
    ("p", "Our Corporate Parenting Committee meets every two months, and a member of the Children in Care Council chairs it alongside the lead councillor."),
    ("h", "How we practise"),
    ("p", "Restorative Practice is the basis of our work with families. It means working with people rather than doing things to them or for them, and offering high support and high challenge at the same time."),
    ("h", "Growing up with us"),
    ("p", "We want every child who grows up with our help to be healthy, to be safe from harm, to enjoy learning and do well at school, to have friends and interests of their own, and to leave childhood with hope for what comes next."),
    ("h", "When children cannot live at home"),
    ("p", "If a child cannot stay with their parents, we look first to grandparents, aunts, uncles and family friends. Every Child in Care has a plan for permanence agreed within the first four months of their care, so that they know where they will grow up."),
    ("p", "Leaving care is not the end of our support. Care leavers have a personal adviser until they are 21; if they are doing an apprenticeship or studying at university, they may keep their adviser until they are 25."),
    ("h", "Keeping information safe"),
    ("p", "We keep what families tell us confidential. We share it with other agencies only when the law allows it and a child's safety or care depends on it, and we record what we shared and why."),
    ("p", "Page last updated: 3 November 2025"),
]
MERR_PAGE_TITLE = "Children's Services Policies, Values and Principles | Merrowfield Borough Council"
MERR_ADDRESS = "https://www.merrowfield.gov.uk/children-and-families/procedures/policies-values-principles"

# ---------------------------------------------------------------- 24702 Calderbrook, Word, LibreOffice
CALD: Blocks = [
    ("title", TITLE),
    ("h", "Before you read on"),
    ("p", "This chapter explains the beliefs and principles behind Calderbrook City Council's work with children and families. It applies to social workers, family support workers, personal advisers and managers, and to the carers and providers we commission."),
    ("p", "Updated in March 2026: the part about care leavers was rewritten and our new practice model added."),
    ("h", "Where our duties come from"),
    ("p", "Our responsibilities are set out chiefly in the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the statutory guidance made under them."),
    ("h", "Everyone's business"),
    ("p", "Protecting children is a task for the whole city. Schools, health services, the police, housing and the voluntary sector each hold part of the picture, and the Calderbrook Safeguarding Children Partnership brings them together under Working Together to Safeguard Children."),
    ("h", "What guides us"),
    ("p", "We listen before we decide. We are honest with families about what worries us and what needs to change. We look for what is going well in a family as carefully as for what is going wrong, and we treat every parent and child with respect."),
    ("h", "Growing up with us"),
    ("p", "Our vision is a Calderbrook where every child grows up in a safe and loving home, where help comes early, and where children who cannot live with their parents still have a childhood that they would want for their own children."),
    ("h", "Our promise as corporate parents"),
    ("p", "Calderbrook City Council is corporate parent to every one of its Looked After Children and care leavers. Parliament has given corporate parents seven principles to follow, and we apply all seven of them to every decision we make, from the council's budget to the choice of a school."),
    ("h", "Working alongside whole families"),
    ("p", "In 2025 Calderbrook introduced Family Safeguarding. Our social workers work in teams with adult mental health workers, domestic abuse workers and drug and alcohol workers, so that parents' own difficulties are tackled alongside the worries about their children."),
    ("h", "When children cannot live at home"),
    ("p", "We support children to stay with their families wherever that is safe. When it is not, we consider relatives and friends first. A permanence plan is agreed for each Looked After Child within five months of their becoming looked after, and it is checked at every review."),
    ("h", "A bridge into adult life"),
    ("p", "Care leavers have a personal adviser up to the age of 21, and up to 25 where they are in higher education. They can stay with their foster carers under Staying Put until they turn 21."),
    ("h", "Private things, shared carefully"),
    ("p", "Records belong to the child's story and are kept securely. Information is shared with partners only where it is necessary and proportionate, and families are told what has been shared unless telling them would put a child at risk."),
]

# ---------------------------------------------------------------- 24703 Hexley Moor, reportlab
HEXL: Blocks = [
    ("title", TITLE),
    ("h", "What this chapter covers"),
    ("p", "This chapter describes the values and principles that shape Hexley Moor Council's services for children in need, children in care and care leavers. It was last revised in August 2025, when the section on leaving care was extended."),
    ("h", "The law we work within"),
    ("p", "The main statutes and regulations behind this chapter are:"),
    ("b", "the Children Act 1989"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "the Equality Act 2010"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "What guides us"),
    ("p", "We are curious about each child's life and we keep asking what it is like to be them. We work with families, not around them, and we are honest when we are worried. We hold ourselves to the standard we would want for our own children."),
    ("h", "Our promise as corporate parents"),
    ("p", "The council, its members and its officers are corporate parents to all Children Looked After and care leavers. In all we do for them we keep to these seven principles:"),
    ("p", "1. act in their best interests and promote their health and well-being;"),
    ("p", "2. encourage them to express their views, wishes and feelings;"),
    ("p", "3. take those views, wishes and feelings into account;"),
    ("p", "4. help them to use the services of the council and its partners;"),
    ("p", "5. promote high aspirations and seek the best outcomes for them;"),
    ("p", "6. keep them safe and give them stability at home, in relationships and in education or work;"),
    ("p", "7. prepare them for adulthood and independent living."),
    ("h", "How we practise"),
    ("p", "Our work with teenagers follows No Wrong Door. A single team based in two hub homes offers young people a bed, a trusted key worker and specialist help from a speech and language therapist and a life coach, so that they are not passed from one service to another."),
    ("h", "Growing up with us"),
    ("p", "We measure ourselves by how children's lives turn out: whether they are healthy, whether they feel safe, whether they are in school and learning, whether they have someone to turn to, and whether they grow up ready for work and for a home of their own."),
    ("h", "When children cannot live at home"),
    ("p", "Family and friends are always considered first. For every Child Looked After a permanence plan is made within six months of becoming looked after, and the Independent Reviewing Officer checks that it is being carried out."),
    ("h", "Leaving care"),
    ("p", "Every care leaver can have a personal adviser until their 25th birthday, whatever they are doing. Advisers help with housing, money, health and work, and they keep in touch even when a young person moves away."),
    ("h", "Sharing information"),
    ("p", "We share personal information with partner agencies only when it is lawful and needed to protect a child or to plan their care, and we keep it no longer than we must."),
]
HEXL_HEADER = ("Hexley Moor Council \u2013 Children's Services Procedures Manual", "Version 4.2")

# ---------------------------------------------------------------- 24704 Wendlebury, fpdf2 letter
WEND: Blocks = [
    ("title", TITLE),
    ("line", "To: all staff, foster carers and partners of Wendlebury Borough Council's Children's Services"),
    ("r", "14 April 2026"),
    ("line", "Dear colleagues,"),
    ("p", "I am writing to set out, in one place, the values and principles that guide our service. Please treat this letter as the chapter of our procedures manual that carries that title; it replaces the earlier version, and every other procedure in the manual should be read in its light."),
    ("p", "Our duties are laid down by Parliament, principally in the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017. The statutory guidance made under those Acts tells us how to carry them out, and I expect every manager to know it well."),
    ("p", "Above all, I want us to be kind, curious and honest. Kind, because families who meet us are often frightened. Curious, because the first story we hear is rarely the whole story. Honest, because families can only change what they have been told plainly."),
    ("p", "As corporate parents to the children who are looked after by Wendlebury, we follow the seven corporate parenting principles, and I ask councillors and officers alike to test their decisions against them. Would this be good enough for my own child? If not, it is not good enough for ours."),
    ("p", "Last year we trained every social worker and team manager in Signs of Wellbeing. It gives us a shared language with families: what are we worried about, what is working well, and what needs to happen next. I want it to be visible in every assessment and every plan."),
    ("p", "Children should grow up in their own families wherever that is safe, and with relatives or friends before strangers when it is not. For the children who are looked after, a permanence plan must be agreed no later than three months after they come into care, so that no child waits to know where they belong."),
    ("p", "Our care leavers can have a personal adviser until 21, and beyond that to 25 for anyone who is in training or looking for work. Staying close matters more than any entitlement, and I am proud of the advisers who still hear from young people years later."),
    ("p", "None of this can be done by one service. Schools, health visitors, the police and our voluntary partners see children we never meet, and the Wendlebury Safeguarding Partnership exists so that what each of us knows can be joined up in time."),
    ("p", "We will know we are succeeding when more children stay safely at home, when those in our care are settled, learning and healthy, and when our care leavers tell us they felt they had someone on their side."),
    ("p", "Finally, please remember that what families tell us is theirs. We share information only when it is lawful and necessary to keep a child safe or to plan their care, and we tell families what we have shared unless that would put a child at risk."),
    ("line", "With thanks for all that you do,"),
    ("line", "Ruth Okonjo"),
    ("line", "Director of Children's Services"),
]

# ---------------------------------------------------------------- 24705 Oakhanger, WeasyPrint
OAKH: Blocks = [
    ("title", TITLE),
    ("line", "Oakhanger County Council \u2013 Children and Young People's Services"),
    ("h", "Key facts"),
    ("row", "Last amended|January 2026"),
    ("row", "Applies to|All children's social care staff and the providers we commission"),
    ("row", "Permanence plan|Within 4 months of coming into care"),
    ("row", "Next review|January 2028"),
    ("h", "1. What guides us"),
    ("p", "Children tell us what matters to them: adults who turn up, who explain things, and who do not give up. We try to be those adults. We build on what families do well, we speak plainly about risk, and we keep children's own words at the heart of their records."),
    ("h", "2. Our promise as corporate parents"),
    ("p", "Oakhanger County Council follows the corporate parenting principles set out in section 1 of the Children and Social Work Act 2017 in everything it decides for children in care and care leavers. The Corporate Parenting Board, which includes two young people from the Children in Care Council, reports to full council each year."),
    ("h", "3. Being there after 18"),
    ("p", "Turning 18 does not end our relationship with the young people we have cared for. Every care leaver has a personal adviser until they are 21, or until 25 if they ask for one, and can stay with their foster carers under Staying Put."),
    ("h", "4. When children cannot live at home"),
    ("p", "We help children to stay with their families wherever it is safe, and we look to relatives and friends before anyone else. For each of the children in care, a permanence plan is agreed within three months of their coming into care, and it is reviewed at every looked after review."),
    ("h", "5. How we practise"),
    ("p", "Our practitioners are trained in systemic practice. They look at the relationships around a child rather than at one person's problems, and they use genograms and reflective group supervision to test their thinking."),
    ("h", "6. Everyone's business"),
    ("p", "Keeping children safe is the job of everyone who works with them. We plan with schools, health services, the police and the voluntary sector through the Oakhanger Safeguarding Children Partnership and in line with Working Together to Safeguard Children."),
    ("h", "7. The law behind this chapter"),
    ("p", "This chapter rests on the following Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "8. Sharing what we know"),
    ("p", "We share information about children and families only where it is lawful, necessary and proportionate, and we follow the county council's information sharing agreements and data protection law."),
]
# fmt: on


def _page_html(blocks: Blocks, css: str, page_title: str, web: bool) -> str:
    """HTML for a block list: h1/h2 on a web page, classed paragraphs for a printed layout."""
    out: list[str] = []
    open_list = ""
    rows: list[list[str]] = []
    for kind, text in blocks:
        if open_list and kind not in ("b", "n"):
            out.append(f"</{open_list}>")
            open_list = ""
        if rows and kind != "row":
            out.append('<table class="facts">' + "".join(
                "<tr>" + f"<th>{html.escape(r[0])}</th><td>{html.escape(r[1])}</td>" + "</tr>" for r in rows
            ) + "</table>")  # fmt: skip
            rows = []
        if kind == "title":
            out.append(
                f"<h1>{html.escape(text)}</h1>"
                if web
                else f'<p class="title">{html.escape(text)}</p>'
            )
        elif kind == "h":
            out.append(
                f"<h2>{html.escape(text)}</h2>"
                if web
                else f'<p class="head">{html.escape(text)}</p>'
            )
        elif kind in ("b", "n"):
            tag = "ul" if kind == "b" else "ol"
            if not open_list:
                out.append(f"<{tag}>")
                open_list = tag
            out.append(f"<li>{html.escape(text)}</li>")
        elif kind == "row":
            rows.append(text.split("|"))
        elif kind == "line":
            out.append(f'<p class="council">{html.escape(text)}</p>')
        else:
            out.append(f"<p>{html.escape(text)}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(page_title)}'
        f"</title><style>{css}</style></head><body>" + "\n".join(out) + "</body></html>"
    )


# ---------------------------------------------------------------- 24701 Chromium


def merrowfield(target: Path) -> None:
    from playwright.sync_api import sync_playwright

    css = (
        "body { font: 11pt/1.55 'Liberation Sans', Arial, sans-serif; color: #1b1b1b; margin: 0 4mm; }"
        " h1 { font-size: 22pt; color: #5b2a86; margin: 0 0 5mm; }"
        " h2 { font-size: 15pt; color: #5b2a86; margin: 6mm 0 2mm; }"
        " p { margin: 0 0 3mm; } ul, ol { margin: 0 0 3mm; } li { margin: 0 0 1mm; }"
    )
    page_html = _page_html(MERR, css, MERR_PAGE_TITLE, web=True)
    small = "font-size:8px;font-family:Arial,sans-serif;width:100%;margin:0 10mm;display:flex;justify-content:space-between"
    header = f'<div style="{small}"><span>06/12/2026, 07:02</span><span>{html.escape(MERR_PAGE_TITLE)}</span><span></span></div>'
    footer = f'<div style="{small}"><span>{html.escape(MERR_ADDRESS)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_content(page_html)
        page.pdf(
            path=str(target), format="A4", display_header_footer=True,
            header_template=header, footer_template=footer,
            margin={"top": "15mm", "bottom": "15mm", "left": "10mm", "right": "10mm"},
        )  # fmt: skip
        browser.close()


# ---------------------------------------------------------------- 24702 Word, LibreOffice


def calderbrook_docx() -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    for kind, text in CALD:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(14)
            paragraph.paragraph_format.space_after = Pt(12)
        elif kind == "h":
            run.bold = True
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.space_after = Pt(2)
    return saved_docx(document)


def calderbrook(target: Path) -> None:
    from build_binary_tools import docx_to_pdf

    docx_to_pdf(calderbrook_docx(), target)


# ---------------------------------------------------------------- 24703 reportlab


def hexley(target: Path) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    teal = HexColor("#00707a")
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    numbered = ParagraphStyle("numbered", parent=body, leftIndent=8 * mm, spaceAfter=3)
    head = ParagraphStyle(
        "head", fontName="Helvetica", fontSize=14, leading=18, textColor=teal, spaceBefore=8,
        spaceAfter=4,
    )  # fmt: skip
    title = ParagraphStyle(
        "title", fontName="Helvetica", fontSize=20, leading=24, textColor=teal, spaceAfter=10
    )

    class Running(Canvas):  # type: ignore[misc]
        """Keeps every page and draws the running header and "Page N of M" when saved."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.setFillColor(HexColor("#555555"))
                self.drawString(22 * mm, A4[1] - 12 * mm, HEXL_HEADER[0])
                self.drawRightString(A4[0] - 22 * mm, A4[1] - 12 * mm, HEXL_HEADER[1])
                self.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
                self.drawCentredString(A4[0] / 2, 11 * mm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    story: list[Any] = []
    bullets: list[Any] = []
    for kind, text in HEXL:
        if bullets and kind != "b":
            story.append(ListFlowable(bullets, bulletType="bullet", leftIndent=8 * mm))
            bullets = []
        if kind == "b":
            bullets.append(ListItem(Paragraph(html.escape(text), body)))
        elif kind == "title":
            story.append(Paragraph(html.escape(text), title))
        elif kind == "h":
            story.append(Paragraph(html.escape(text), head))
        elif text[:2].rstrip(".").isdigit():
            story.append(Paragraph(html.escape(text), numbered))
        else:
            story.append(Paragraph(html.escape(text), body))
    doc = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
        topMargin=22 * mm, bottomMargin=20 * mm, title=TITLE,
        author="policydiff test cases", invariant=1,
    )  # fmt: skip
    doc.build(story, canvasmaker=Running)


# ---------------------------------------------------------------- 24704 fpdf2 letter


def wendlebury(target: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    fonts = Path("/usr/share/fonts/truetype/dejavu")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSerif-Bold.ttf"))
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2026, 4, 14))
    pdf.set_title(TITLE)
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    for kind, text in WEND:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        elif kind == "r":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "line":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.5)
    pdf.output(str(target))


# ---------------------------------------------------------------- 24705 WeasyPrint


def oakhanger(target: Path) -> None:
    from weasyprint import HTML

    css = """
@page { size: A4; margin: 20mm 22mm 24mm 22mm;
  @bottom-left { content: "Oakhanger County Council"; font: 8pt 'DejaVu Sans'; color: #666; }
  @bottom-right { content: "page " counter(page); font: 8pt 'DejaVu Sans'; color: #666; } }
body { font: 10pt/1.5 'DejaVu Sans', sans-serif; color: #222; }
p { margin: 0 0 2.5mm; }
p.title { font-size: 19pt; font-weight: bold; line-height: 1.2; color: #8a1f2c; margin-bottom: 1mm; }
p.council { color: #666; margin-bottom: 6mm; }
p.head { font-size: 12pt; font-weight: bold; color: #8a1f2c; margin: 5mm 0 1.5mm; break-after: avoid; }
table.facts { border-collapse: collapse; width: 100%; margin: 0 0 4mm; }
table.facts th, table.facts td { border: 0.6pt solid #b9a3a6; padding: 1.5mm 2.5mm; text-align: left; vertical-align: top; }
table.facts th { background: #f4e8ea; width: 38%; font-weight: bold; }
ul { margin: 0 0 2.5mm; padding-left: 6mm; }
"""
    HTML(string=_page_html(OAKH, css, TITLE, web=False)).write_pdf(str(target))


def _note_blocks(blocks: Blocks) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "row":
            out.append(("p", "| " + " | ".join(text.split("|")) + " |"))
        elif kind in ("line", "r"):
            out.append(("p", text))
        else:
            out.append((kind, text))
    return out


FILES: dict[str, tuple[str, Any, Blocks, str]] = {
    "24701": (
        "24701-pdf-chromium-council-page-browser-date-title-header-url-footer-h2-meaning-headings-changed-line-under-title-page-last-updated.pdf",
        merrowfield, MERR,
        "Chromium print (Playwright) of an HTML council page: h1 title, h2 headings named by meaning, the browser's header (print date and time, page title) and footer (address, N/M) on every page",
    ),
    "24702": (
        "24702-pdf-lo-word-bold-body-size-meaning-headings-updated-colon-line-two-headed-key-principles.pdf",
        calderbrook, CALD,
        "python-docx Normal paragraphs (title bold 14 pt, headings bold at the 11 pt body size) printed to PDF by LibreOffice headless",
    ),
    "24703": (
        "24703-pdf-reportlab-teal-larger-headings-running-header-with-version-page-n-of-m-typed-numbered-principles.pdf",
        hexley, HEXL,
        "reportlab: teal 14 pt headings (not bold) over a 10 pt body, a running header 'Hexley Moor Council - Children's Services Procedures Manual' and 'Version 4.2' with a rule, a 'Page N of M' footer; the principles typed '1.' to '7.' in indented paragraphs",
    ),
    "24704": (
        "24704-pdf-fpdf2-two-page-letter-no-headings-addressee-date-right-dear-colleagues-sign-off.pdf",
        wendlebury, WEND,
        "fpdf2: a two-page letter with no headings, bold title, addressee line, date set right, greeting, justified paragraphs, sign-off",
    ),
    "24705": (
        "24705-pdf-weasyprint-key-facts-table-numbered-meaning-headings-stale-permanence-cell-principles-referred-to.pdf",
        oakhanger, OAKH,
        "WeasyPrint: bold red title, the council's line, a bold 'Key facts' heading over a two-column table, bold red 12 pt numbered headings, a running footer with the council and the page number",
    ),
}  # fmt: skip


def main() -> None:
    from build_binary_tools import blocks_note

    only = set(sys.argv[1:])
    for number, (name, build, blocks, about) in FILES.items():
        if only and number not in only:
            continue
        target = HERE / name
        build(target)
        target.with_name(name + ".md").write_text(
            blocks_note(_note_blocks(blocks), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", name)


if __name__ == "__main__":
    main()
