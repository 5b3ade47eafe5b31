# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the PDFs of the 297th blind set: whole chapters from producers and layouts earlier PDF
sets did not imitate.

    29701  Pennistoke: reportlab, a leaflet: a coloured title band across the top of page 1 (the
           title and the council's name in white), then the body in two columns drawn as
           platypus frames, bold teal headings, and pull-out quote boxes (a young person's words
           in a shaded, ruled box) set inside the columns; a footer "Pennistoke Council |
           Children's Services" and the page number.
    29702  Lydmoor: WeasyPrint, headings numbered "Section 1 - Scope" in CSS small capitals,
           body text justified and hyphenated (hyphens: auto), numbered paragraphs "2.1" in the
           legislation section, lettered principles, a centred "- N -" (en dashes) page number.
    29703  Hallowfield: fpdf2 drawn as a Google Docs export looks: a Title paragraph, headings in
           a sans font (Helvetica) over a serif body (Times), no header or footer, bullets drawn
           as filled dots, and a "Document history" table at the end (version, date, changes;
           oldest row first).

Written for this set, in our own words (invented councils).

usage: PYTHONPATH=/folder/with/reportlab .venv/bin/python tests/cases/documents/build_blind297.py
       (reportlab is not in the shared virtualenv: `pip install --target /tmp/somewhere reportlab`)
"""

from __future__ import annotations

import datetime
import html
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPT = "build_blind297.py"
NAMES = {
    "29701": "29701-pdf-reportlab-leaflet-two-columns-coloured-title-band-pull-out-quote-boxes-footer.pdf",
    "29702": "29702-pdf-weasyprint-section-n-dash-small-capital-headings-justified-hyphenated-body-numbered-paragraphs.pdf",
    "29703": "29703-pdf-fpdf2-google-docs-like-sans-headings-serif-body-document-history-table-at-end.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ("h", heading) | ("p", paragraph) | ("b", bullet) | ("n", numbered item) | ("q", pull-out quote)
PENNISTOKE: list[tuple[str, str]] = [
    ("h", "About this leaflet"),
    ("p", "This leaflet explains what Pennistoke Council's children's services believe in and how we work with Children in Care, care leavers and their families. It was updated in November 2025 to reflect the council's new pledge to care leavers."),
    ("p", "It is for everyone who works in or with our children's services, including foster carers and the agencies we commission."),
    ("h", "The law we follow"),
    ("p", "Our work rests on the following legislation:"),
    ("b", "The Children Act 1989"),
    ("b", "The Children (Leaving Care) Act 2000"),
    ("b", "The Children and Young Persons Act 2008"),
    ("b", "The Children and Families Act 2014"),
    ("b", "The Children and Social Work Act 2017"),
    ("h", "Being a good corporate parent"),
    ("p", "When a child comes into our care, the whole council becomes their parent. Councillors, officers and our partners share that role and must act as any good parent would."),
    ("p", "We hold ourselves to the seven corporate parenting principles set out in law, and our Corporate Parenting Panel checks every quarter how well we keep to them."),
    ("q", "\u201cMy carers came to my football final. That meant more than anything.\u201d \u2013 young person, aged 13"),
    ("h", "How we work: Restorative Practice"),
    ("p", "Our practice model is Restorative Practice. We work with families rather than doing things to them or for them, and we build relationships that are high in support and high in challenge."),
    ("h", "Planning for permanence"),
    ("p", "Every Child in Care should have a permanence plan within four months of coming into care. The plan is agreed at the child's second review and checked at every review after that."),
    ("h", "Leaving care"),
    ("p", "Young people leaving our care are supported by a personal adviser until they are 21. Support carries on until they are 25 if they want it."),
    ("q", "\u201cI still ring my PA when something goes wrong. She always picks up.\u201d \u2013 care leaver, aged 22"),
    ("h", "Listening to children"),
    ("p", "Children's views shape our plans. The Children in Care Council meets every month and tells senior managers and councillors what needs to change."),
]

LYDMOOR: list[tuple[str, str]] = [
    ("h", "Section 1 \u2013 Scope"),
    ("p", "This chapter describes the values and principles that underpin the work of Lydmoor County Council's children's social care services with Looked After Children, with young people leaving care and with their families and carers. Every practitioner, manager and commissioned provider is expected to be familiar with it and to apply it in their day-to-day decision-making."),
    ("p", "Last amended: 12 January 2026."),
    ("h", "Section 2 \u2013 Legislative Framework"),
    ("n", "2.1 The principal statutes governing this work are the Children Act 1989, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("n", "2.2 Practitioners should also follow the statutory guidance issued under those Acts, which is referenced throughout the remaining chapters of this manual."),
    ("h", "Section 3 \u2013 Corporate Parenting"),
    ("p", "Under the Children and Social Work Act 2017 the council, in carrying out its functions in relation to Looked After Children and care leavers, must have regard to the need:"),
    ("b", "(a) to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;"),
    ("b", "(b) to encourage them to express their views, wishes and feelings;"),
    ("b", "(c) to take into account their views, wishes and feelings;"),
    ("b", "(d) to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("b", "(e) to promote high aspirations, and seek to secure the best outcomes, for them;"),
    ("b", "(f) for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "(g) to prepare them for adulthood and independent living."),
    ("h", "Section 4 \u2013 Practice Framework"),
    ("p", "Lydmoor has adopted Signs of Safety as its practice framework. Practitioners map what is working well, what the worries are and what needs to happen, always alongside the family and the child's wider network of support."),
    ("h", "Section 5 \u2013 Permanence"),
    ("p", "Permanence planning begins from the moment a child becomes looked after. A permanence plan should be in place within six months of the child entering care, and any delay beyond that timescale must be explained to the Independent Reviewing Officer."),
    ("h", "Section 6 \u2013 Leaving Care"),
    ("p", "Every care leaver is entitled to the support of a personal adviser up to the age of 25, whether or not they are in education, training or employment, together with a pathway plan that is reviewed at least every six months."),
    ("h", "Section 7 \u2013 Participation"),
    ("p", "The council recognises that children and young people are experts in their own lives. Their participation in planning, in the recruitment of staff and in the scrutiny of services is actively encouraged and properly resourced."),
]

HALLOWFIELD: list[tuple[str, str]] = [
    ("h", "Introduction"),
    ("p", "This chapter sets out what Hallowfield City Council believes about children and families, and the principles that guide our work with cared for children and care leavers. It applies to everyone working in children's social care."),
    ("h", "Legislation and guidance"),
    ("p", "The chapter is based on:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("h", "Our values"),
    ("p", "We are respectful, curious and kind. We believe that children should be brought up in their own families wherever that is safe, and that every cared for child deserves the ambition a loving parent would have for them."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parents we follow the corporate parenting principles. The council must have regard to the need:"),
    ("b", "to act in the best interests of children and young people"),
    ("b", "to encourage them to express their views, wishes and feelings"),
    ("b", "to take those views into account"),
    ("b", "to help them access and use services"),
    ("b", "to promote high aspirations and the best outcomes"),
    ("b", "for them to be safe and to have stability"),
    ("b", "to prepare them for adulthood and independent living"),
    ("h", "Systemic Practice"),
    ("p", "Hallowfield uses Systemic Practice. Social workers look at the relationships around a child, and not only at the child, and they work with the whole family to find solutions that last."),
    ("h", "Permanence and leaving care"),
    ("p", "A permanence plan should be made for every cared for child within three months of the child coming into care."),
    ("p", "Care leavers have a personal adviser until they are 21, and until they are 25 if they are in education, training or employment."),
]

HALLOWFIELD_HISTORY: list[tuple[str, str, str]] = [
    ("Version", "Date", "Changes"),
    ("3.0", "4 March 2024", "Chapter rewritten for the new practice model"),
    ("3.1", "18 October 2024", "Legislation list updated"),
    ("4.0", "20 August 2025", "Permanence timescale changed to three months"),
]
# fmt: on


# ---------------------------------------------------------------- 29701 Pennistoke, reportlab leaflet


def pennistoke() -> bytes:
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    teal = HexColor("#00716B")
    width, height = A4
    margin = 16 * mm
    gap = 8 * mm
    band = 42 * mm
    column = (width - 2 * margin - gap) / 2

    def first_page(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFillColor(teal)  # type: ignore[attr-defined]
        canvas.rect(0, height - band, width, band, stroke=0, fill=1)  # type: ignore[attr-defined]
        canvas.setFillColor(white)  # type: ignore[attr-defined]
        canvas.setFont("Helvetica-Bold", 19)  # type: ignore[attr-defined]
        canvas.drawString(margin, height - 20 * mm, TITLE)  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 12)  # type: ignore[attr-defined]
        canvas.drawString(margin, height - 30 * mm, "Pennistoke Council")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]
        footer(canvas, doc)

    def footer(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.setFillColor(HexColor("#555555"))  # type: ignore[attr-defined]
        canvas.drawString(margin, 10 * mm, "Pennistoke Council | Children's Services")  # type: ignore[attr-defined]
        canvas.drawRightString(width - margin, 10 * mm, str(canvas.getPageNumber()))  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    top_first = height - band - 8 * mm
    bottom = 18 * mm
    first_frames = [
        Frame(margin, bottom, column, top_first - bottom, id="a1", showBoundary=0),
        Frame(margin + column + gap, bottom, column, top_first - bottom, id="b1"),
    ]
    top = height - margin
    later_frames = [
        Frame(margin, bottom, column, top - bottom, id="a"),
        Frame(margin + column + gap, bottom, column, top - bottom, id="b"),
    ]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, title=TITLE, author="Pennistoke Council")
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=first_frames, onPage=first_page, autoNextPageTemplate="later"
            ),
            PageTemplate(id="later", frames=later_frames, onPage=footer),
        ]
    )
    heading = ParagraphStyle(
        "h",
        fontName="Helvetica-Bold",
        fontSize=12.5,
        leading=15,
        textColor=teal,
        spaceBefore=9,
        spaceAfter=4,
    )
    body = ParagraphStyle(
        "p", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=6, alignment=TA_LEFT
    )
    bullet = ParagraphStyle("b", parent=body, leftIndent=10, bulletIndent=2, spaceAfter=2)
    quote = ParagraphStyle(
        "q", fontName="Helvetica-BoldOblique", fontSize=11, leading=14, textColor=teal
    )
    story: list[object] = []
    for kind, text in PENNISTOKE:
        escaped = html.escape(text, quote=False)
        if kind == "h":
            story.append(Paragraph(escaped, heading))
        elif kind == "b":
            story.append(Paragraph(escaped, bullet, bulletText="\u2022"))
        elif kind == "q":
            box = Table([[Paragraph(escaped, quote)]], colWidths=[column - 4])
            box.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), HexColor("#E3F2F1")),
                        ("LINEBEFORE", (0, 0), (0, -1), 3, teal),
                        ("LEFTPADDING", (0, 0), (-1, -1), 9),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                        ("TOPPADDING", (0, 0), (-1, -1), 7),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ]
                )
            )
            story += [Spacer(1, 4), box, Spacer(1, 8)]
        else:
            story.append(Paragraph(escaped, body))
    doc.build(story)  # type: ignore[arg-type]
    return buffer.getvalue()


# ---------------------------------------------------------------- 29702 Lydmoor, WeasyPrint small caps


LYDMOOR_CSS = """
@page { size: A4; margin: 22mm 24mm 20mm 24mm;
        @bottom-center { content: "\\2013  " counter(page) "  \\2013"; font: 9pt "DejaVu Serif"; } }
body { font: 10.5pt/1.45 "DejaVu Serif", serif; text-align: justify; hyphens: auto; }
h1 { font: bold 17pt "DejaVu Sans", sans-serif; text-align: left; margin: 0 0 2pt 0; }
p.council { font: 11pt "DejaVu Sans", sans-serif; margin: 0 0 16pt 0; text-align: left; }
h2 { font-variant: small-caps; font-weight: bold; font-size: 12.5pt; letter-spacing: 0.3pt;
     margin: 16pt 0 5pt 0; text-align: left; border-bottom: 0.6pt solid #888; }
p { margin: 0 0 7pt 0; }
p.num { padding-left: 22pt; text-indent: -22pt; }
p.let { padding-left: 30pt; text-indent: -18pt; margin-bottom: 3pt; }
"""


def lydmoor() -> bytes:
    import weasyprint

    parts = [
        "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>",
        f"<title>{html.escape(TITLE)}</title><style>{LYDMOOR_CSS}</style></head><body>",
        f"<h1>{html.escape(TITLE)}</h1><p class='council'>Lydmoor County Council \u2013 Children's Social Care Procedures</p>",
    ]
    for kind, text in LYDMOOR:
        escaped = html.escape(text, quote=False)
        if kind == "h":
            parts.append(f"<h2>{escaped}</h2>")
        elif kind == "n":
            parts.append(f"<p class='num'>{escaped}</p>")
        elif kind == "b":
            parts.append(f"<p class='let'>{escaped}</p>")
        else:
            parts.append(f"<p>{escaped}</p>")
    parts.append("</body></html>")
    return bytes(weasyprint.HTML(string="".join(parts)).write_pdf())


# ---------------------------------------------------------------- 29703 Hallowfield, fpdf2 Google-Docs-like


def _latin(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2013", "-")


def hallowfield() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="pt")
    pdf.set_margins(72, 72, 72)
    pdf.set_auto_page_break(True, margin=72)
    pdf.set_creation_date(datetime.datetime(2025, 8, 20, tzinfo=datetime.UTC))
    pdf.set_title(TITLE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=26)
    pdf.multi_cell(0, 32, _latin(TITLE), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", size=15)
    pdf.set_text_color(102, 102, 102)
    pdf.multi_cell(0, 20, "Hallowfield City Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    for kind, text in HALLOWFIELD:
        if kind == "h":
            pdf.ln(12)
            pdf.set_font("Helvetica", size=17)
            pdf.multi_cell(0, 22, _latin(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "b":
            pdf.set_font("Times", size=11.5)
            y = pdf.get_y()
            pdf.set_fill_color(0, 0, 0)
            pdf.ellipse(72 + 16, y + 6, 3.6, 3.6, style="F")
            pdf.set_x(72 + 36)
            pdf.multi_cell(0, 16, _latin(text), align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
            pdf.set_font("Times", size=11.5)
            pdf.multi_cell(0, 16, _latin(text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
    pdf.ln(12)
    pdf.set_font("Helvetica", size=17)
    pdf.multi_cell(0, 22, "Document history", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Times", size=11)
    with pdf.table(
        col_widths=(50, 90, 220), line_height=16, text_align="LEFT", first_row_as_headings=True
    ) as table:
        for row in HALLOWFIELD_HISTORY:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    return bytes(pdf.output())


# ---------------------------------------------------------------- sidecars


def _note(blocks: list[tuple[str, str]], about: str, council: str, tail: str = "") -> str:
    lines = [f"%% built by {SCRIPT}: {about}", "", f"# {TITLE}", "", council, ""]
    previous = ""
    for kind, text in blocks:
        if kind in ("b", "n") and kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            if kind == "h":
                lines += [f"## {text}", ""]
            elif kind == "q":
                lines += [f"> {text}", ""]
            else:
                lines += [text, ""]
        previous = kind
    if tail:
        lines += ["", tail]
    return "\n".join(lines).rstrip("\n") + "\n"


def _history_table() -> str:
    rows = [f"| {' | '.join(row)} |" for row in HALLOWFIELD_HISTORY]
    rows.insert(1, "| --- | --- | --- |")
    return "## Document history\n\n" + "\n".join(rows)


def main() -> None:
    (HERE / NAMES["29701"]).write_bytes(pennistoke())
    (HERE / (NAMES["29701"] + ".md")).write_text(
        _note(
            PENNISTOKE,
            "reportlab leaflet, coloured title band, two frame columns, pull-out quote boxes, footer with page number",
            "Pennistoke Council",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["29702"]).write_bytes(lydmoor())
    (HERE / (NAMES["29702"] + ".md")).write_text(
        _note(
            LYDMOOR,
            "WeasyPrint, 'Section N \u2013' headings in small capitals, justified hyphenated body, centred page number",
            "Lydmoor County Council \u2013 Children's Social Care Procedures",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["29703"]).write_bytes(hallowfield())
    (HERE / (NAMES["29703"] + ".md")).write_text(
        _note(
            HALLOWFIELD,
            "fpdf2 drawn as a Google Docs export, sans headings over a serif body, Document history table at the end",
            "Hallowfield City Council",
            _history_table(),
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
