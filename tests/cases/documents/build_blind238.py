# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the two-hundred-and-thirty-eighth blind set: three whole children's-services policy
chapters of invented councils as PDFs, built for real.

    23801  Pellingham: WeasyPrint from HTML; headings named by meaning and told apart from the
           body only by colour and size (not bold), a running footer with the council's name and
           "Page x of y", a pull-quote box inside the values section.
    23802  Kelsham: fpdf2; headings in bold at the body size ending with a colon, a two-column
           "Entitlement | Age" table under the key principles, a running footer.
    23803  Harrowfield: a python-docx Word file printed to PDF by LibreOffice, with a cover page,
           a contents list typed with dot leaders to page numbers, Heading 1 and Heading 2.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind238.py
"""

from __future__ import annotations

import datetime
import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    add_styled_blocks,
    docx_to_pdf,
    new_docx,
    saved_docx,
    word_field,
)

SCRIPT = "build_blind238.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]

# Block kinds: "h" heading, "h2" sub-heading, "p" paragraph, "b" bullet, "n" numbered item,
# "q" pull quote, "line" a short line, "row" a table row ("cell|cell"), "c" contents entry.

# fmt: off
# ---------------------------------------------------------------- 23801 Pellingham, WeasyPrint
PELL: Blocks = [
    ("line", "Pellingham Borough Council \u2013 Children, Families and Learning"),
    ("h", "Who this chapter is for"),
    ("p", "This chapter applies to everyone who works with children and families in Pellingham's Children, Families and Learning directorate, and to the foster carers and residential providers who look after children on our behalf. It was amended in February 2026, when the part about care leavers was rewritten together with young people."),
    ("h", "The law behind our work"),
    ("p", "Our duties to children come from Parliament. This chapter draws in particular on:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Nobody does this alone"),
    ("p", "Keeping children safe depends on many people. We work with schools, GPs, health visitors, the police, housing officers and voluntary groups through the Pellingham Safeguarding Children Partnership, and we follow Working Together to Safeguard Children in all of our joint work."),
    ("h", "What we believe"),
    ("p", "We believe that children belong with their families wherever that can be made safe, that every child deserves adults who stay, and that families know things about their children that no professional ever will."),
    ("q", "\u201cMy social worker was the first grown-up who didn't give up on me. That is what I remember.\u201d \u2014 a young woman who left our care at 19"),
    ("p", "We are honest about our worries, we explain our decisions in plain words, and we own our mistakes."),
    ("h", "Parenting as a whole council"),
    ("p", "When a child becomes one of our Children Looked After, the whole council takes on the role of their parent. The Children and Social Work Act 2017 sets out seven corporate parenting principles, and our councillors and officers apply them to every decision that affects Children Looked After and care leavers. The Corporate Parenting Board hears directly from the Children in Care Council four times a year."),
    ("h", "Where we want to be"),
    ("p", "Our vision is a borough where children grow up safe and loved, where those who cannot live at home find a lasting family quickly, and where young people leave care with the same confidence as their friends."),
    ("h", "Conversations that help families change"),
    ("p", "All of our social workers are trained in Motivational Social Work. Practitioners listen carefully, show empathy, and help parents to find their own reasons for making the changes their children need, while staying clear about what must change and by when."),
    ("h", "Getting the plan right"),
    ("p", "We look first to parents, then to relatives and friends, before a child is placed with carers they do not know. A permanence plan is agreed for every Child Looked After no later than three months after they start to be looked after."),
    ("p", "Care leavers have a personal adviser until they reach 21. Those who are in education or training at that point can keep their adviser until they are 25."),
    ("h", "Our priorities to 2029"),
    ("p", "Over the next three years we will recruit forty more foster carers in the borough, open a second small children's home, and make sure that every care leaver has a safe place to live on their eighteenth birthday."),
    ("h", "Keeping records and sharing information"),
    ("p", "Records are written for the child, who may read them one day. We share information with other agencies when it is lawful and needed to protect a child or to plan their care, and we tell families what we have shared unless that would put a child at risk."),
    ("p", "Last updated: 17 February 2026"),
]

# ---------------------------------------------------------------- 23802 Kelsham, fpdf2
KELS: Blocks = [
    ("line", "Kelsham County Council"),
    ("h", "Purpose:"),
    ("p", "This chapter sets out the values and principles which guide Kelsham County Council's Children's Services in all of their work with children, young people and their families. It was last amended in July 2025."),
    ("h", "Legislation:"),
    ("p", "The main legislation underpinning this chapter is as follows:"),
    ("b", "a) Children Act 1989"),
    ("b", "b) Children Act 2004"),
    ("b", "c) Children and Young Persons Act 2008"),
    ("b", "d) Equality Act 2010"),
    ("b", "e) Children and Families Act 2014"),
    ("b", "f) Children and Social Work Act 2017"),
    ("h", "Working with others:"),
    ("p", "Safeguarding and promoting the welfare of children is a shared responsibility. Kelsham works with health services, schools, the police and the voluntary sector in line with Working Together to Safeguard Children, and through the Kelsham Children's Safeguarding Partnership."),
    ("h", "Our values:"),
    ("p", "We put children at the centre of what we do. We treat families with respect, we are open about our concerns, and we build on the strengths that each family already has."),
    ("h", "Corporate parenting:"),
    ("p", "Kelsham County Council is the corporate parent of every Looked After Child and care leaver. Seven corporate parenting principles guide elected members and officers in everything they do for these young people, and the Corporate Parenting Panel checks that they are kept."),
    ("h", "Our practice model:"),
    ("p", "Kelsham uses the Family Partnership Model. It rests on a respectful partnership between practitioner and parent, in which the practitioner helps the parent to explore the problem, set goals and carry out the plan they have agreed together."),
    ("h", "Key principles:"),
    ("p", "Children are best brought up within their own families wherever this is safe. Where a child becomes looked after, a permanence plan should be in place within 5 months so that the child knows where they will grow up."),
    ("p", "Care leavers are entitled to the following support:"),
    ("row", "Entitlement|Age"),
    ("row", "Personal adviser for every care leaver|Up to 21"),
    ("row", "Personal adviser if still in education or training|Up to 25"),
    ("row", "Staying Put with former foster carers|Up to 21"),
    ("row", "Leaving care grant|From 18"),
    ("h", "Information sharing:"),
    ("p", "Information is shared with partner agencies where it is necessary to safeguard a child or to provide a service, in line with data protection law and the council's information sharing agreements."),
]

# ---------------------------------------------------------------- 23803 Harrowfield, Word, LibreOffice
HARR_COVER = [
    "Harrowfield City Council",
    "Children's Social Care Policy and Procedures Manual",
    "Version 2.3",
    "September 2025",
]
HARR: Blocks = [
    ("h", "1. About this Chapter"),
    ("p", "This chapter describes the values and principles that underpin Harrowfield City Council's children's social care services. It was amended in September 2025 to reflect the council's new practice model."),
    ("h", "2. Policy Framework"),
    ("p", "Our work is set within national legislation and guidance, and within the council's own plans for children."),
    ("h2", "2.1 Legislation"),
    ("p", "The key Acts are:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h2", "2.2 Working with Partners"),
    ("p", "We work closely with partner agencies under Working Together to Safeguard Children and the local arrangements of the Harrowfield Safeguarding Children Partnership."),
    ("h", "3. Our Values"),
    ("p", "We are child-focused, respectful and ambitious. We listen to children and young people, we involve families in every decision about them, and we challenge each other to do better."),
    ("h", "4. Corporate Parenting"),
    ("p", "Harrowfield City Council, as corporate parent to Children in Care and care leavers, must have regard to the need:"),
    ("n", "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("n", "to promote high aspirations, and seek to secure the best outcomes, for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "5. Our Practice Model"),
    ("p", "In 2025 Harrowfield adopted Reclaiming Social Work. Small units led by a consultant social worker share responsibility for each family, and systemic ideas help practitioners to understand the relationships around a child."),
    ("h", "6. Key Principles"),
    ("h2", "6.1 Permanence"),
    ("p", "Children in Care should have a permanence plan within four months of coming into care. Family and friends are always considered first."),
    ("h2", "6.2 Leaving Care"),
    ("p", "Young people leaving care will have a personal adviser up to the age of 21, or up to 25 if the young person wants one."),
    ("h2", "6.3 Listening to Children"),
    ("p", "Children are consulted before each review and told afterwards what has been decided and why."),
    ("h", "7. Confidentiality and Information Sharing"),
    ("p", "Personal information is held securely and shared only where it is lawful, necessary and proportionate to do so."),
]
HARR_PAGES = {"1. About this Chapter": "3", "2. Policy Framework": "3", "2.1 Legislation": "3", "2.2 Working with Partners": "3",
              "3. Our Values": "3", "4. Corporate Parenting": "3", "5. Our Practice Model": "4", "6. Key Principles": "4",
              "6.1 Permanence": "4", "6.2 Leaving Care": "4", "6.3 Listening to Children": "4",
              "7. Confidentiality and Information Sharing": "4"}
# fmt: on


def note(blocks: Blocks, about: str) -> str:
    """What a reader sees, as markdown."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    number = 0
    for kind, text in blocks:
        if previous in ("b", "n", "c", "row") and kind not in ("b", "n", "c", "row"):
            lines.append("")
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind == "h":
            lines += [f"## {text}", ""]
        elif kind == "h2":
            lines += [f"### {text}", ""]
        elif kind == "b":
            lines.append(f"- {text}")
        elif kind == "n":
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {text}")
        elif kind == "c":
            entry, page = text.split("|")
            lines.append(f"- {entry} .... {page}")
        elif kind == "row":
            lines.append("| " + " | ".join(text.split("|")) + " |")
            if previous != "row":
                lines.append("| --- | --- |")
        elif kind == "q":
            lines += [f"> [box] {text}", ""]
        else:
            lines += [text, ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------- 23801 WeasyPrint


def pellingham(target: Path) -> None:
    from weasyprint import HTML

    out: list[str] = [f'<p class="title">{html.escape(TITLE)}</p>']
    open_list = False
    for kind, text in PELL:
        if open_list and kind != "b":
            out.append("</ul>")
            open_list = False
        if kind == "h":
            out.append(f'<p class="head">{html.escape(text)}</p>')
        elif kind == "b":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"<li>{html.escape(text)}</li>")
        elif kind == "line":
            out.append(f'<p class="council">{html.escape(text)}</p>')
        elif kind == "q":
            out.append(f'<aside class="pull"><p>{html.escape(text)}</p></aside>')
        else:
            out.append(f"<p>{html.escape(text)}</p>")
    if open_list:
        out.append("</ul>")
    css = """
@page { size: A4; margin: 20mm 22mm 26mm 22mm;
  @bottom-center { content: "Pellingham Borough Council  \\2022  Page " counter(page) " of " counter(pages);
    font: 8pt 'DejaVu Sans'; color: #555; } }
body { font: 10pt/1.5 'DejaVu Sans', sans-serif; color: #222; }
p { margin: 0 0 2.5mm; }
p.title { font-size: 21pt; line-height: 1.2; color: #00577a; margin-bottom: 1mm; }
p.council { font-size: 10pt; color: #777; margin-bottom: 7mm; }
p.head { font-size: 13.5pt; color: #00577a; margin: 5mm 0 1.5mm; break-after: avoid; }
ul { margin: 0 0 2.5mm; padding-left: 6mm; }
li { margin-bottom: 1mm; }
aside.pull { border-left: 4pt solid #e07b00; background: #fdf1e3; padding: 3mm 5mm; margin: 3mm 8mm 4mm 8mm; }
aside.pull p { font-size: 12pt; font-style: italic; color: #7a3d00; margin: 0; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>"
        + "\n".join(out)
        + "</body></html>"
    )
    HTML(string=document).write_pdf(str(target))


def pellingham_note() -> str:
    return note(
        [("title", TITLE), *PELL],
        "WeasyPrint; headings are paragraphs told from the body only by colour and size (not bold), a running footer 'Pellingham Borough Council • Page x of y' (chrome), a pull-quote box in the values section",
    )


# ---------------------------------------------------------------- 23802 fpdf2


def kelsham(target: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, "Kelsham County Council - Children's Services Procedures", align="L")
            self.set_x(22)
            self.cell(0, 5, f"{self.page_no()}", align="R")

    pdf = Pdf(format="A4", unit="mm")
    fonts = Path("/usr/share/fonts/truetype/dejavu")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 7, 14))
    pdf.set_title(TITLE)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    rows: list[list[str]] = []

    def flush_rows() -> None:
        if not rows:
            return
        pdf.set_font("DejaVu", "", 10)
        pdf.ln(1)
        with pdf.table(
            col_widths=(110, 40), width=150, line_height=6, first_row_as_headings=True
        ) as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        pdf.ln(2)
        rows.clear()

    for kind, text in KELS:
        if kind == "row":
            rows.append(text.split("|"))
            continue
        flush_rows()
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
            continue
        pdf.set_font("DejaVu", "", 10)
        if kind == "b":
            pdf.set_x(28)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            continue
        if kind == "line":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    flush_rows()
    pdf.output(str(target))


def kelsham_note() -> str:
    return note(
        [("title", TITLE), *KELS],
        "fpdf2; headings in bold at the 10 pt body size ending with a colon, Acts lettered 'a)' to 'f)' by hand, an 'Entitlement | Age' table with a header row, a running footer 'Kelsham County Council - Children's Services Procedures' with the page number",
    )


# ---------------------------------------------------------------- 23803 Word, LibreOffice


def harrowfield_docx() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt, RGBColor

    document = new_docx()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    word_field(footer, "PAGE", "1")

    for _ in range(5):
        document.add_paragraph()
    document.add_paragraph(TITLE, style="Title")
    for line in HARR_COVER:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        run.font.size = Pt(14)
        run.font.color.rgb = RGBColor(0x2E, 0x4A, 0x2B)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    label = document.add_paragraph()
    label_run = label.add_run("Contents")
    label_run.bold = True
    label_run.font.size = Pt(14)
    for kind, text in HARR:
        if kind not in ("h", "h2"):
            continue
        paragraph = document.add_paragraph()
        if kind == "h2":
            paragraph.paragraph_format.left_indent = Cm(0.8)
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        paragraph.add_run(f"{text}\t{HARR_PAGES[text]}")
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    add_styled_blocks(document, HARR, LIST_AND_HEADING_STYLES)
    return saved_docx(document)


def harrowfield_note() -> str:
    cover: Blocks = [("p", line) for line in HARR_COVER]
    contents: Blocks = [("p", "Contents")] + [
        ("c", f"{text}|{HARR_PAGES[text]}") for kind, text in HARR if kind in ("h", "h2")
    ]
    return note(
        [("title", TITLE), *cover, *contents, *HARR],
        "python-docx (Title on a cover page with four lines under it, a bold Contents label over Heading 1 and indented Heading 2 entries typed with a right tab and dot leader to page numbers, Heading 1 and Heading 2, List Bullet, List Number, a PAGE field footer) printed to PDF by LibreOffice headless",
    )


DOCUMENTS = {
    "23801-pdf-weasyprint-colour-and-size-headings-by-meaning-page-x-of-y-footer-pull-quote-box.pdf": (
        pellingham,
        pellingham_note,
    ),
    "23802-pdf-fpdf2-bold-body-size-colon-headings-entitlement-age-table.pdf": (
        kelsham,
        kelsham_note,
    ),
    "23803-pdf-lo-word-cover-page-dot-leader-contents-heading-1-and-2.pdf": (
        lambda target: docx_to_pdf(harrowfield_docx(), target),
        harrowfield_note,
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, make_note) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(make_note(), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
