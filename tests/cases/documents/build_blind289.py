# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 289th blind set: whole chapters in Word and PDF shapes
earlier sets did not use.

    28901  Fellbridge: python-docx; a cover page (the title, then a borderless cover table whose
           first row is the council's logo, a picture with alt text, and whose rows name the
           service, the document owner and the review date), a page break, a "Version control"
           table at the top (version, date, author, change; oldest row first), then headings
           numbered by one multilevel Word list ("1." on Heading 1, "1.1" on Heading 2) whose
           second level also numbers ordinary body paragraphs ("2.1 The Children Act 1989 ...").
    28902  Cragholme: python-docx; every heading a shaded VML text box standing in its own
           paragraph (w:pict, v:shape, v:textbox, w:txbxContent), no heading style; the title a
           bold 18 pt Normal paragraph; Acts in one sentence; principles as bullets.
    28903  Wendlecombe: python-docx printed to PDF by LibreOffice; a running header (council name,
           a tab, the chapter's title), a footer "Page x of y" from PAGE and NUMPAGES fields, a
           contents page of typed entries with right tab stops and dot leaders, and headings in a
           custom style "WC Heading": teal, 13 pt against 11 pt body, not bold, with an outline
           level.
    28904  Ostermere: fpdf2, landscape A4 set as slides: a title slide, then each section a slide
           with its heading in a white-on-blue band, the body on the left and, on the second
           slide, a bordered "Key facts" box in a right-hand sidebar; a footer on every slide
           "Ostermere Council | Children's Services | Slide n".

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind289.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import add_grid_table, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind289.py"
NAMES = {
    "28901": "28901-docx-cover-table-logo-alt-text-owner-review-date-version-control-table-at-top-multilevel-list-numbered-headings-and-numbered-body-paragraphs.docx",
    "28902": "28902-docx-headings-in-shaded-vml-text-boxes-no-heading-style-bold-normal-title-acts-in-a-sentence.docx",
    "28903": "28903-pdf-lo-running-header-council-and-title-page-x-of-y-contents-dot-leaders-teal-13pt-unbolded-headings.pdf",
    "28904": "28904-pdf-fpdf2-landscape-slides-heading-bands-key-facts-sidebar-box-slide-footer.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ("title" | "h1" | "h2" | "p" | "n2" | "b", text): n2 a body paragraph at the list's second level
FELLBRIDGE: list[tuple[str, str]] = [
    ("h1", "Introduction"),
    ("h2", "Purpose"),
    ("p", "This chapter sets out the values and principles that guide Fellbridge Metropolitan Borough Council's work with Children Looked After, care leavers and their families. Every other chapter of the manual should be read with it."),
    ("h2", "Who this chapter applies to"),
    ("p", "It applies to all staff in children's social care, to managers and to the agencies we commission."),
    ("h1", "Legislation"),
    ("p", "Our duties are set out in law. The main Acts are described below."),
    ("n2", "The Children Act 1989 gives the council its duties to children in need and to Children Looked After."),
    ("n2", "The Children Act 2004 set up the role of the Director of Children's Services and the duty to co-operate."),
    ("n2", "The Children and Families Act 2014 changed the rules on adoption, contact and Staying Put."),
    ("n2", "The Children and Social Work Act 2017 introduced the corporate parenting principles and the local offer for care leavers."),
    ("n2", "The Equality Act 2010 requires us to treat every child and family fairly."),
    ("h1", "Our values"),
    ("p", "We believe children do best when they grow up with people who love them, and that most families can change with the right help. We are honest with children about why decisions are made, we listen to what they tell us, and we celebrate who they are."),
    ("h1", "Corporate parenting"),
    ("p", "Every councillor and every officer of Fellbridge is a corporate parent. We measure ourselves against the seven corporate parenting principles and report to the Corporate Parenting Board twice a year on how we are doing."),
    ("h2", "Our pledge"),
    ("p", "Our pledge was written with the Children in Care Council and is given to every child when they come into our care."),
    ("h1", "Practice model"),
    ("p", "Our practice model is Safe and Together. It keeps children safe and together with the non-abusing parent where domestic abuse is present, and holds the person causing harm to account for their behaviour."),
    ("h1", "Permanence"),
    ("p", "Each Child Looked After should have a plan for permanence no later than three months after they start to be looked after, agreed at their second review."),
    ("h1", "Care leavers"),
    ("p", "Care leavers can have support from a personal adviser until they are 21, or until 25 if they are in education or training."),
    ("h1", "Information sharing"),
    ("p", "We share information about children only when the law allows and when it helps to keep them safe. Records are kept securely and children may see what we have written about them."),
]

CRAGHOLME: list[tuple[str, str]] = [
    ("title", TITLE),
    ("p", "Cragholme City Council"),
    ("box", "About this chapter"),
    ("p", "This chapter sets out what Cragholme City Council believes about its work with children in care and care leavers, and the principles which follow from those beliefs."),
    ("p", "Amended in July 2025 to add the section on keeping information safe."),
    ("box", "The legal framework"),
    ("p", "Our duties come from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, and from the regulations and guidance made under them."),
    ("box", "What we believe"),
    ("p", "Children should be brought up in their own families wherever that is safe. When they cannot be, they should live with people they know, close to home and school. Children's views matter and we will always ask for them."),
    ("box", "Our vision"),
    ("p", "We want every child in Cragholme to be safe, to feel loved and to have the chance to do well at school and in life."),
    ("box", "Corporate parenting"),
    ("p", "As corporate parents, our councillors and officers will:"),
    ("b", "act in the best interests of every child in care and care leaver, and promote their physical and mental health;"),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take those views into account;"),
    ("b", "help them to make use of services provided by the council and our partners;"),
    ("b", "promote high aspirations and seek the best outcomes for them;"),
    ("b", "make sure they are safe and have stability in their home lives, relationships and education or work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("box", "How we practise"),
    ("p", "Cragholme's social workers use Systemic Practice. They look at the relationships around a child and work with the whole family network, using genograms and reflective supervision."),
    ("box", "Permanence"),
    ("p", "Children in care will have a permanence plan within 6 months of coming into care. We will not let a child drift while plans are made."),
    ("box", "Leaving care"),
    ("p", "Every care leaver is offered a personal adviser up to the age of 25."),
    ("box", "Keeping information safe"),
    ("p", "Information about children and families is shared only where it is lawful and necessary, and is kept securely."),
]

WENDLECOMBE_HEADINGS = [
    "About this chapter",
    "Legislation",
    "Corporate parenting",
    "Our practice model",
    "What we want children to achieve",
    "Permanence",
    "Leaving care",
]
WENDLECOMBE: list[tuple[str, str]] = [
    ("h", "About this chapter"),
    ("p", "This chapter describes the values and principles of Wendlecombe Council's children's services. It was updated in April 2026 to reflect the council's new sufficiency strategy."),
    ("h", "Legislation"),
    ("p", "The chapter is based on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("h", "Corporate parenting"),
    ("p", "The council accepts its role as corporate parent to all Looked After Children. Councillors and officers are expected to know and apply our seven corporate parenting principles in every decision they take about children in our care."),
    ("h", "Our practice model"),
    ("p", "Wendlecombe uses Reclaiming Social Work. Small units led by a consultant social worker share the work on each family, and each unit has a clinician and a unit coordinator."),
    ("h", "What we want children to achieve"),
    ("p", "We want Looked After Children to be healthy, to be safe, to enjoy school and do well there, to have a say in their lives, and to leave care ready for work or further study."),
    ("h", "Permanence"),
    ("p", "A permanence plan will be in place within four months of a child first becoming looked after. The independent reviewing officer checks the plan at every review."),
    ("h", "Leaving care"),
    ("p", "A personal adviser is provided until a young person reaches 21, and up to 25 if they are in higher education."),
]

OSTERMERE: list[tuple[str, list[str]]] = [
    ("About this chapter", [
        "This chapter sets out the values and principles behind Ostermere Council's services for children who are looked after and young people leaving care.",
        "It should be read by all staff and by the agencies who work with us.",
    ]),
    ("Our legal duties", [
        "Our work is governed by:",
        "- Children Act 1989",
        "- Children Act 2004",
        "- Children and Families Act 2014",
        "- Children and Social Work Act 2017",
        "- Working Together to Safeguard Children 2023",
    ]),
    ("Our values", [
        "- Children come first in every decision.",
        "- We are honest and open with families.",
        "- We build on what is working in a family.",
        "- We keep our promises.",
    ]),
    ("Being a good corporate parent", [
        "Ostermere's councillors and officers will:",
        "1. act in children's best interests and promote their health and well-being;",
        "2. listen to their views, wishes and feelings;",
        "3. take those views into account;",
        "4. help them to use the services they are entitled to;",
        "5. have high hopes for them and seek the best outcomes;",
        "6. keep them safe, with stable homes, relationships and schooling;",
        "7. prepare them for adult life and living independently.",
    ]),
    ("Our practice model", [
        "Ostermere's social workers practise Social Pedagogy: they build relationships through everyday activities and shared experiences with the children they support.",
    ]),
    ("Permanence and leaving care", [
        "Every child who is looked after has a permanence plan within six months of coming into care.",
        "Every care leaver has a personal adviser until the age of 21, and until 25 if they ask for one.",
    ]),
]
OSTERMERE_KEY_FACTS = [
    "Key facts",
    "Owner: Assistant Director, Children's Social Care",
    "Last amended: October 2025",
    "Applies to: all children's social care staff",
]
# fmt: on


def _numbering(document: Any) -> int:
    """A two-level Word list ("%1." then "%1.%2") and one instance of it; its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="71">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = next(iter(numbering.findall(qn("w:num"))), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="71"/></w:num>')
    )
    return 71


def _number(paragraph: Any, num_id: int, level: int) -> None:
    properties = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    properties.get_or_add_ilvl().val = level
    properties.get_or_add_numId().val = num_id


def _logo_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 80), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 72, 72), fill=(0, 96, 100))
    draw.rectangle((90, 30, 230, 50), fill=(0, 96, 100))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _no_borders(table: Any) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        + "".join(
            f'<w:{side} w:val="nil"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
    )
    table._tbl.tblPr.append(borders)


def fellbridge() -> bytes:
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm, Pt

    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    cover = document.add_table(rows=4, cols=2)
    _no_borders(cover)
    logo_cell = cover.rows[0].cells[0].merge(cover.rows[0].cells[1])
    logo_cell.paragraphs[0].add_run().add_picture(io.BytesIO(_logo_png()), width=Mm(60))
    doc_pr = logo_cell._tc.xpath(".//wp:docPr")[0]
    doc_pr.set("descr", "Fellbridge Metropolitan Borough Council logo")
    for row, (label, value) in zip(
        cover.rows[1:],
        [
            ("Service", "Children's Social Care"),
            ("Document owner", "Head of Service, Children Looked After"),
            ("Review date", "February 2028"),
        ],
        strict=True,
    ):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(value)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph().add_run("Version control").bold = True
    add_grid_table(
        document,
        [
            ("Version", "Date", "Author", "Change"),
            ("1.0", "3 May 2021", "Policy Officer", "First issue"),
            ("1.1", "18 September 2023", "Policy Officer", "Legislation brought up to date"),
            ("2.0", "9 February 2026", "Head of Service", "Care leavers section revised"),
        ],
        bold_header=True,
    )
    document.add_paragraph()
    num_id = _numbering(document)
    for kind, text in FELLBRIDGE:
        if kind == "h1":
            _number(document.add_paragraph(text, style="Heading 1"), num_id, 0)
        elif kind == "h2":
            _number(document.add_paragraph(text, style="Heading 2"), num_id, 1)
        elif kind == "n2":
            paragraph = document.add_paragraph(text)
            paragraph.paragraph_format.space_after = Pt(6)
            _number(paragraph, num_id, 1)
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _fellbridge_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx, a cover table with a logo (alt text), a version-control table, multilevel list numbering on headings and body paragraphs",
        "",
        f"# {TITLE}",
        "",
        "[picture: Fellbridge Metropolitan Borough Council logo]",
        "| Service | Children's Social Care |",
        "| Document owner | Head of Service, Children Looked After |",
        "| Review date | February 2028 |",
        "",
        "(page break)",
        "",
        "**Version control**",
        "",
        "| Version | Date | Author | Change |",
        "| 1.0 | 3 May 2021 | Policy Officer | First issue |",
        "| 1.1 | 18 September 2023 | Policy Officer | Legislation brought up to date |",
        "| 2.0 | 9 February 2026 | Head of Service | Care leavers section revised |",
        "",
    ]
    top = sub = 0
    for kind, text in FELLBRIDGE:
        if kind == "h1":
            top, sub = top + 1, 0
            lines += [f"## {top}. {text}", ""]
        elif kind in ("h2", "n2"):
            sub += 1
            prefix = "### " if kind == "h2" else ""
            lines += [f"{prefix}{top}.{sub} {text}", ""]
        else:
            lines += [text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _text_box(paragraph: Any, text: str) -> None:
    """A shaded VML text box inline in the paragraph, holding the heading's text in a bold
    paragraph of its own (what older Word and LibreOffice write for a text box)."""
    from docx.oxml import parse_xml

    safe = text.replace("&", "&amp;")
    paragraph._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:v="urn:schemas-microsoft-com:vml">'
            "<w:pict>"
            '<v:shape id="box" type="#_x0000_t202" style="width:453pt;height:24pt"'
            ' fillcolor="#DCE8F2" stroked="f">'
            '<v:textbox inset="6pt,3pt,6pt,3pt"><w:txbxContent>'
            '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/></w:rPr>'
            f"<w:t>{safe}</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox>"
            "</v:shape></w:pict></w:r>"
        )
    )


def cragholme() -> bytes:
    from docx.shared import Pt

    document = new_docx()
    for kind, text in CRAGHOLME:
        if kind == "title":
            run = document.add_paragraph().add_run(text)
            run.bold = True
            run.font.size = Pt(18)
        elif kind == "box":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            _text_box(paragraph, text)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _plain_note(blocks: list[tuple[str, str]], about: str) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    for kind, text in blocks:
        if kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            prefix = {"title": "# ", "box": "## ", "h": "## "}.get(kind, "")
            lines += [prefix + text, ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def wendlecombe() -> bytes:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = new_docx()
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    header.add_run("Wendlecombe Council\tChildren's Services Policies, Values and Principles")
    for run in header.runs:
        run.font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run("\tPage ")
    for instruction, after in (("PAGE", " of "), ("NUMPAGES", "")):
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        footer._p.append(field)
        if after:
            footer.add_run(after)

    style = document.styles.add_style("WC Heading", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(13)
    style.font.bold = False
    style.font.color.rgb = RGBColor(0x00, 0x7A, 0x87)
    style.paragraph_format.space_before = Pt(12)
    style.paragraph_format.space_after = Pt(4)
    style.paragraph_format.keep_with_next = True
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "0")
    style.element.get_or_add_pPr().append(outline)

    title = document.add_paragraph(TITLE, style="Title")
    title.paragraph_format.space_after = Pt(6)
    document.add_paragraph("Wendlecombe Council \u2013 Children's Social Care Manual")
    document.add_paragraph("Contents", style="WC Heading")
    pages = [2, 2, 2, 2, 2, 2, 2]
    for heading, page in zip(WENDLECOMBE_HEADINGS, pages, strict=True):
        entry = document.add_paragraph()
        entry.paragraph_format.tab_stops.add_tab_stop(
            width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        entry.paragraph_format.space_after = Pt(2)
        entry.add_run(f"{heading}\t{page}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, text in WENDLECOMBE:
        if kind == "h":
            document.add_paragraph(text, style="WC Heading")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            paragraph = document.add_paragraph(text)
            paragraph.paragraph_format.space_after = Pt(8)
    return saved_docx(document)


def _wendlecombe_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx printed to PDF by LibreOffice; running header (council, title), footer Page x of y, contents with dot leaders, teal 13 pt unbolded headings",
        "",
        f"# {TITLE}",
        "",
        "Wendlecombe Council \u2013 Children's Social Care Manual",
        "",
        "## Contents",
        "",
    ]
    for heading, page in zip(WENDLECOMBE_HEADINGS, [2, 2, 2, 2, 2, 2, 2], strict=True):
        lines.append(f"{heading} ........ {page}")
    lines.append("")
    body = _plain_note(WENDLECOMBE, "").split("\n", 2)[2]
    return "\n".join(lines) + "\n" + body


def ostermere() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 18, 18)
    slide = [0]

    def footer() -> None:
        pdf.set_xy(18, 196)
        pdf.set_font("Helvetica", "", 9)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(261, 6, f"Ostermere Council | Children's Services | Slide {slide[0]}", align="R")

    def new_slide() -> None:
        pdf.add_page()
        slide[0] += 1

    new_slide()
    pdf.set_fill_color(18, 58, 112)
    pdf.rect(0, 0, 297, 210, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 30)
    pdf.set_xy(24, 70)
    pdf.multi_cell(250, 14, TITLE, align="L")
    pdf.set_font("Helvetica", "", 16)
    pdf.set_x(24)
    pdf.cell(250, 12, "Ostermere Council")
    footer()

    for index, (heading, body) in enumerate(OSTERMERE):
        new_slide()
        pdf.set_fill_color(18, 58, 112)
        pdf.rect(0, 12, 297, 22, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 22)
        pdf.set_xy(18, 16)
        pdf.cell(250, 14, heading)
        body_width = 165 if index == 0 else 250
        pdf.set_text_color(30, 30, 30)
        pdf.set_xy(18, 46)
        for line in body:
            pdf.set_font("Helvetica", "", 15)
            if line.startswith("- "):
                pdf.set_x(24)
                pdf.cell(6, 8, chr(149))
                pdf.multi_cell(body_width - 12, 8, line[2:], align="L")
            elif line[:2].rstrip(".").isdigit():
                number, rest = line.split(" ", 1)
                pdf.set_x(24)
                pdf.cell(8, 8, number)
                pdf.multi_cell(body_width - 14, 8, rest, align="L")
            else:
                pdf.set_x(18)
                pdf.multi_cell(body_width, 8, line, align="L")
            pdf.ln(3)
        if index == 0:
            pdf.set_draw_color(18, 58, 112)
            pdf.set_fill_color(232, 240, 250)
            pdf.rect(195, 46, 84, 64, style="DF")
            pdf.set_xy(200, 50)
            pdf.set_font("Helvetica", "B", 14)
            pdf.set_text_color(18, 58, 112)
            pdf.cell(74, 9, OSTERMERE_KEY_FACTS[0])
            pdf.set_font("Helvetica", "", 11)
            pdf.set_text_color(30, 30, 30)
            pdf.set_xy(200, 61)
            for fact in OSTERMERE_KEY_FACTS[1:]:
                pdf.set_x(200)
                pdf.multi_cell(74, 6, fact, align="L")
                pdf.ln(2)
        footer()
    return bytes(pdf.output())


def _ostermere_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: fpdf2 landscape slides, heading bands, a Key facts sidebar box on the second slide, slide footers",
        "",
        f"# {TITLE}",
        "",
        "Ostermere Council",
        "",
    ]
    for index, (heading, body) in enumerate(OSTERMERE):
        lines += [f"## {heading}", ""]
        for line in body:
            lines.append(line)
            if not line.startswith("- ") and not line[:2].rstrip(".").isdigit():
                lines.append("")
        if lines[-1]:
            lines.append("")
        if index == 0:
            lines += [f"### {OSTERMERE_KEY_FACTS[0]}", ""]
            for fact in OSTERMERE_KEY_FACTS[1:]:
                lines += [fact, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAMES["28901"]).write_bytes(fellbridge())
    (HERE / (NAMES["28901"] + ".md")).write_text(_fellbridge_note(), encoding="utf-8")
    (HERE / NAMES["28902"]).write_bytes(cragholme())
    (HERE / (NAMES["28902"] + ".md")).write_text(
        _plain_note(CRAGHOLME, "python-docx, every heading in a shaded VML text box"),
        encoding="utf-8",
    )
    docx_to_pdf(wendlecombe(), HERE / NAMES["28903"])
    (HERE / (NAMES["28903"] + ".md")).write_text(_wendlecombe_note(), encoding="utf-8")
    (HERE / NAMES["28904"]).write_bytes(ostermere())
    (HERE / (NAMES["28904"] + ".md")).write_text(_ostermere_note(), encoding="utf-8")
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
