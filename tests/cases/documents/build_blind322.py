# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written, with their typographic marks)
"""Build the 322nd blind set: four whole "Children's Services Policies, Values and Principles"
chapters of invented councils, as Word and PDF files made the way council staff make them.

    32201  Ashwick Fen (Word, python-docx): no heading styles at all; the title and headings are
           Normal paragraphs made bold and larger by direct formatting (18 pt, 14 pt), except one
           section's heading, which is set apart only by its colour (body size, not bold).
    32202  Brantwick (Word, python-docx): Normal paragraphs made bold and numbered by Word's own
           list numbering (the "1." is drawn by Word, not typed), with two sub-headings in the
           real "Heading 2" style under one of them; a version and last-updated line at the end.
    32203  Thurlby Water (WeasyPrint): a web page printed from the browser: the date and time and
           the page's title at the top of every page, the page's address and "1/3" at the
           bottom, a printed trail line above the title; h2 headings by meaning.
    32204  Orrington Vale (fpdf2): a designed PDF with a coloured band down the left margin that
           holds each heading in small bold type beside its first paragraph; each heading is
           drawn after the paragraph it sits beside, as layout tools often write them.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind322.py   (python-docx, weasyprint, fpdf2)
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from build_binary_tools import blocks_note, new_docx, saved_docx

HERE = Path(__file__).resolve().parent
SCRIPT = "build_blind322.py"
CHAPTER = "Children's Services Policies, Values and Principles"

# fmt: off
ASHWICK: list[tuple[str, str]] = [
    ("title", CHAPTER),
    ("p", "Ashwick Fen District Council: Children and Families Directorate"),
    ("h", "Why this chapter exists"),
    ("p", "This chapter describes the beliefs and commitments that shape all of our work with children, young people and their families in Ashwick Fen. It applies to everyone who works in the directorate, including agency staff and students on placement, and it should be read alongside the procedures that sit beneath it."),
    ("p", "The chapter was revised in September 2025 so that it reflects the way our new family help teams are organised."),
    ("h", "The law we work within"),
    ("p", "Most of what we are required to do as a children's services authority comes from these statutes:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Where the law gives us a choice about how to act, we choose the course that is most likely to keep a child safe within their own family and community."),
    ("h", "What matters to us"),
    ("p", "Children tell us that they want workers who turn up when they say they will, who explain what is happening and who do not keep changing. We have built our values around what they have said."),
    ("b", "We are honest with families, even when the news is difficult."),
    ("b", "We listen to children and write down what they say in their own words."),
    ("b", "We notice and build on what is going well in a family."),
    ("b", "We treat every family fairly, whatever their background."),
    ("h-colour", "Working with other agencies"),
    ("p", "No single organisation can protect children on its own. Health services, schools, the police and voluntary groups all hold part of the picture, and Working Together to Safeguard Children 2023 expects us to share responsibility with them."),
    ("p", "Our safeguarding partnership agrees local thresholds, and joint training helps staff from every agency understand one another's roles."),
    ("h", "Being a good corporate parent"),
    ("p", "When a child comes into our care, the whole council becomes their parent. Seven principles guide every department when it makes decisions that affect children in care and care leavers. We will:"),
    ("b", "act in their best interests and promote their health and well-being;"),
    ("b", "find out their views, wishes and feelings and take them into account;"),
    ("b", "help them to gain access to the services we and our partners provide;"),
    ("b", "aim for the best outcomes for them;"),
    ("b", "help them to be safe and to have stable home lives, relationships and time in education or work;"),
    ("b", "prepare them for adulthood and for living on their own;"),
    ("b", "support them to become confident, independent adults."),
    ("h", "Our way of working with families"),
    ("p", "Since 2022 Ashwick Fen has used Family Safeguarding. Social workers sit in the same team as adult mental health practitioners, domestic abuse workers and substance use workers, so that parents can get help with the difficulties behind the concerns about their children."),
    ("p", "Group supervision gives every worker a regular chance to reflect on their cases with colleagues from other disciplines."),
    ("h", "Planning for a settled future"),
    ("p", "Every child needs to know where they will grow up. A plan for permanence should be agreed for each child in care within four months of their becoming looked after, and it is checked at each review."),
    ("p", "Where a child cannot go home, we look first at relatives and friends who could care for them before we consider foster care or adoption."),
    ("h", "Young people leaving our care"),
    ("p", "Care leavers are offered a personal adviser until they are 21. If a young person wants help for longer, their adviser can stay involved until they reach 25."),
    ("p", "Our local offer sets out the practical and financial help that care leavers can expect, and it is reviewed each year with the Children in Care Council."),
    ("h", "Keeping information safe"),
    ("p", "We record information accurately and share it only when doing so helps to protect a child or to meet their needs. Staff should explain to families what we hold about them and who we may share it with, unless telling them would put a child at risk."),
]

BRANTWICK: list[tuple[str, str]] = [
    ("title", CHAPTER),
    ("p", "Brantwick Borough Council"),
    ("h", "Who this chapter is for"),
    ("p", "This chapter is written for every practitioner and manager in Brantwick's children's social care service. It explains what we stand for and how our procedures fit together."),
    ("p", "Amended in January 2026: the part on care leavers now reflects the extended local offer agreed by the council's cabinet."),
    ("h", "Our legal duties"),
    ("p", "The main sources of our duties are the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Care Planning, Placement and Case Review (England) Regulations 2010. Each procedure in this manual names the particular sections that apply to it."),
    ("h", "Our vision for Brantwick's children"),
    ("p", "We want every child in Brantwick to grow up in a safe and loving home, to do well at school and to have people around them who will stay in their lives into adulthood."),
    ("p", "We will know that we are succeeding when fewer children need to come into care, and when those who do come into care tell us they feel settled and listened to."),
    ("h", "The council as a parent"),
    ("p", "For Looked After Children and care leavers, Brantwick Borough Council is the parent. Elected members and officers alike must apply the seven corporate parenting principles:"),
    ("n", "acting in the child's or young person's best interests, and promoting their physical and mental health and well-being;"),
    ("n", "encouraging them to express their views, wishes and feelings;"),
    ("n", "taking those views, wishes and feelings into account;"),
    ("n", "helping them to gain access to, and make the best use of, services;"),
    ("n", "promoting high aspirations and seeking the best outcomes;"),
    ("n", "making sure they are safe, with stability in their home lives, relationships and education or work;"),
    ("n", "preparing them for adulthood and independent living."),
    ("h", "How we practise"),
    ("p", "Brantwick is a Restorative Practice authority. We work with families rather than doing things to them or for them, and we try to repair relationships that have been harmed."),
    ("h", "Principles of our practice"),
    ("p", "We keep families together wherever that is safe, and we offer early help before problems grow."),
    ("h2", "Staying with one family"),
    ("p", "No child should drift in care. The plan for a child's permanent home must be in place within six months of the child becoming looked after."),
    ("h2", "Moving on to adult life"),
    ("p", "Young people leave care at 18, but they do not leave our support. Every care leaver can have a personal adviser until their 25th birthday."),
    ("h", "Sharing what we know"),
    ("p", "Information about children and families is confidential. We share it with other agencies when the law allows it and when it is needed to keep a child safe, and we record each decision to share and the reason for it."),
    ("end", "Version 4.2 – last updated 9 January 2026"),
]

THURLBY: list[tuple[str, str]] = [
    ("title", CHAPTER),
    ("p", "We amended this chapter in February 2026 to add the section on partners in keeping children safe."),
    ("h", "What this chapter covers"),
    ("p", "This chapter sets out the values and principles of Thurlby Water Council's children's services. Every other chapter of this manual should be read in their light."),
    ("h", "Legislation"),
    ("p", "The chapter rests on these pieces of legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Equality Act 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Principles we hold"),
    ("p", "Children are best brought up by their own families wherever that can be made safe. When it cannot, they deserve carers who will love them and stay with them."),
    ("p", "We respect the identity, faith and culture of every child, and we expect our staff to challenge discrimination whenever they meet it."),
    ("h", "Partners in keeping children safe"),
    ("p", "Thurlby Water's safeguarding arrangements are led jointly by the council, the integrated care board and the police. Schools, early years settings and community groups are relevant agencies and take part in the partnership's reviews and training."),
    ("h", "Our promises as corporate parents"),
    ("p", "The law asks the council to follow seven corporate parenting principles: to act in the best interests of cared for children, to listen to their views, to take those views into account, to help them use services, to hold high ambitions for them, to keep them safe and settled, and to prepare them for adult life."),
    ("p", "Councillors on the corporate parenting panel meet cared for children twice a year to hear how well we are keeping these promises."),
    ("h", "How we work with families"),
    ("p", "Our social workers are trained in Systemic Practice. They look at the relationships and patterns around a child rather than at one person's behaviour, and they test their ideas with the family."),
    ("h", "Permanence"),
    ("p", "A permanence plan should be agreed no more than five months after a child starts to be cared for by the council. The independent reviewing officer checks that the plan is being followed."),
    ("h", "Support after care"),
    ("p", "Young people who have left care can keep a personal adviser until they are 21, or until they are 25 if they ask for one."),
    ("h", "Confidentiality"),
    ("p", "Records about children are kept securely and shared only with people who need them to support or protect the child. Young people can ask to see their own records, and we help them to understand what they read."),
    ("end", "Last updated 3 March 2026"),
]

ORRINGTON: list[tuple[str, str]] = [
    ("title", CHAPTER),
    ("p", "Orrington Vale Council · Children's Services"),
    ("h", "Purpose"),
    ("p", "This document sets out the values, principles and commitments that guide Orrington Vale's children's services. Managers should make sure that every new member of staff reads it during their induction. This version was reviewed and amended in November 2025."),
    ("h", "Legal background"),
    ("p", "Our responsibilities are set out chiefly in the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, together with the statutory guidance issued under them."),
    ("h", "What we believe"),
    ("p", "We believe that children do best when they are safe, loved and given the chance to learn. We believe that parents deserve respect and a clear explanation of our concerns, and that most families can change with the right help at the right time."),
    ("h", "Corporate parenting responsibilities"),
    ("p", "The council and its partners have seven corporate parenting principles to apply to Children Looked After and care leavers: (a) act in their best interests; (b) seek their views; (c) take those views into account; (d) help them to access services; (e) promote high aspirations; (f) give them safety and stability; and (g) prepare them for adulthood."),
    ("h", "Our practice framework"),
    ("p", "Orrington Vale uses Signs of Safety to assess risk and to plan with families. Each plan records what we are worried about, what is working well and what needs to happen next."),
    ("h", "Stability and permanence"),
    ("p", "A permanence plan is to be made for each child within three months of their coming into care, so that the child knows as soon as possible where they will grow up."),
    ("h", "Leaving care"),
    ("p", "Care leavers have a personal adviser until they turn 21. Those who are in further or higher education can keep their adviser up to the age of 25."),
    ("h", "Information sharing"),
    ("p", "We share information with partner agencies when it is necessary to protect a child, and we tell families what we have shared unless doing so would increase the risk to the child."),
]
# fmt: on


# --- Word ------------------------------------------------------------------------------------


def _bold_run(
    paragraph: Any, text: str, size: float, colour: str | None = None, bold: bool = True
) -> None:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.bold = bold or None
    run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = RGBColor.from_string(colour)


def ashwick_docx() -> bytes:
    """Headings are Normal paragraphs made bold and 14 pt by hand; one is only coloured."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    for kind, text in ASHWICK:
        if kind == "title":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _bold_run(paragraph, text, 18)
        elif kind == "h":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            _bold_run(paragraph, text, 14)
        elif kind == "h-colour":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            _bold_run(paragraph, text, 11, colour="2E74B5", bold=False)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _heading_numbering(document: Any) -> int:
    """A decimal list ("1.", "2." …) added to the numbering part, as Word makes one when the
    author clicks the numbering button on a bold Normal paragraph; returns its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract_ids = [
        int(a.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNumId"))
        for a in numbering.findall(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNum"
        )
    ]
    num_ids = [
        int(n.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numId"))
        for n in numbering.findall(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num"
        )
    ]
    abstract_id = max(abstract_ids, default=0) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
        "<w:rPr><w:b/></w:rPr></w:lvl>"
        "</w:abstractNum>"
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def _number_paragraph(paragraph: Any, num_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def brantwick_docx() -> bytes:
    """Bold Normal headings numbered by Word's list numbering, two Heading 2 sub-headings."""
    from docx.shared import Pt

    document = new_docx()
    num_id = _heading_numbering(document)
    for kind, text in BRANTWICK:
        if kind == "title":
            _bold_run(document.add_paragraph(), text, 16)
        elif kind == "h":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(10)
            _number_paragraph(paragraph, num_id)
            _bold_run(paragraph, text, 12)
        elif kind == "h2":
            document.add_paragraph(text, style="Heading 2")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        elif kind == "end":
            paragraph = document.add_paragraph()
            paragraph.add_run(text).italic = True
        else:
            document.add_paragraph(text)
    return saved_docx(document)


# --- PDF -------------------------------------------------------------------------------------

THURLBY_TITLE = "Policies, values and principles | Thurlby Water children's services manual"
THURLBY_URL = (
    "https://manuals.thurlbywater.gov.uk/childrens-services/chapter-1-2-policies-values-principles"
)


def thurlby_html() -> str:
    """A browser's print of the manual's page: the print lines are the page's margin boxes."""
    parts: list[str] = []
    in_list = False
    for kind, text in THURLBY:
        escaped = html.escape(text)
        if kind == "b":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{escaped}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "title":
            parts.append(
                '<p class="trail">Home › Children’s services manual › Values and principles</p>'
            )
            parts.append(f"<h1>{escaped}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{escaped}</h2>")
        elif kind == "end":
            parts.append(f'<p class="updated">{escaped}</p>')
        else:
            parts.append(f"<p>{escaped}</p>")
    css = f"""
@page {{ size: A4; margin: 16mm 12mm 16mm 12mm;
  @top-left {{ content: "07/03/2026, 14:52"; font: 8pt 'DejaVu Sans'; }}
  @top-center {{ content: "{THURLBY_TITLE}"; font: 8pt 'DejaVu Sans'; }}
  @bottom-left {{ content: "{THURLBY_URL}"; font: 8pt 'DejaVu Sans'; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt 'DejaVu Sans'; }} }}
body {{ font: 13pt/1.55 'DejaVu Sans', sans-serif; color: #222; margin: 0 6mm; }}
.trail {{ font-size: 9.5pt; color: #555; }}
h1 {{ font-size: 24pt; color: #00395d; margin: 6px 0 14px; }}
h2 {{ font-size: 17pt; color: #00395d; margin: 20px 0 6px; }}
.updated {{ font-size: 10pt; color: #555; border-top: 1px solid #bbb; padding-top: 6px; }}
"""
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(THURLBY_TITLE)}</title><style>{css}</style></head><body>{''.join(parts)}</body></html>"


def orrington_pdf(target: Path) -> None:
    """A teal band down the left margin holds each heading beside its first paragraph; the body
    paragraph is drawn first and its heading after it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    band_width, body_left, body_width, line = 48.0, 56.0, 140.0, 5.6
    bottom = 270.0
    page_number = 0

    def new_page() -> None:
        nonlocal page_number
        pdf.add_page()
        page_number += 1
        pdf.set_fill_color(214, 236, 234)
        pdf.rect(0, 0, band_width, 297, style="F")
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(body_left, 284)
        pdf.cell(
            body_width, 4, f"Orrington Vale Council   |   {CHAPTER}   |   {page_number}", align="R"
        )
        pdf.set_text_color(30, 30, 30)
        pdf.set_y(20)

    new_page()
    pending_heading: str | None = None
    for kind, text in ORRINGTON:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 20)
            pdf.set_text_color(0, 84, 80)
            pdf.set_x(body_left)
            pdf.multi_cell(body_width, 9, text, align="L")
            pdf.set_text_color(30, 30, 30)
            continue
        if kind == "h":
            pending_heading = text
            continue
        pdf.set_font("DejaVu", "", 10.5)
        needed = len(pdf.multi_cell(body_width, line, text, dry_run=True, output="LINES")) * line
        if pdf.get_y() + needed > bottom:
            new_page()
        top = pdf.get_y() + (5 if pending_heading else 2)
        pdf.set_xy(body_left, top)
        pdf.multi_cell(body_width, line, text)
        after = pdf.get_y()
        if pending_heading is not None:
            pdf.set_font("DejaVu", "B", 8.5)
            pdf.set_text_color(0, 84, 80)
            pdf.set_xy(6, top + 0.6)
            pdf.multi_cell(band_width - 12, 4.4, pending_heading, align="L")
            pdf.set_text_color(30, 30, 30)
            after = max(after, pdf.get_y())
            pending_heading = None
        pdf.set_y(after)
    pdf.output(str(target))


DOCUMENTS = {
    "32201-docx-normal-headings-bold-14pt-by-hand-one-heading-colour-only-ashwick-fen-revised-month-five-acts-bulleted-seven-bulleted-family-safeguarding-four-months-21-or-25-if-wanted-children-in-care.docx": ASHWICK,
    "32202-docx-bold-normal-headings-numbered-by-word-list-numbering-heading-2-sub-headings-brantwick-amended-month-colon-four-with-regulations-seven-list-number-restorative-six-months-25-for-all-version-last-updated-line-lac.docx": BRANTWICK,
    "32203-pdf-weasyprint-browser-print-lines-date-time-title-top-url-page-of-bottom-trail-line-thurlby-water-amended-month-six-acts-bulleted-seven-in-one-sentence-systemic-five-months-21-or-25-if-they-ask-last-updated-cared-for.pdf": THURLBY,
    "32204-pdf-fpdf2-headings-in-coloured-left-margin-band-drawn-after-paragraph-orrington-vale-reviewed-and-amended-month-three-acts-sentence-seven-lettered-signs-of-safety-three-months-21-or-25-further-or-higher-education-cla.pdf": ORRINGTON,
}

ABOUT = {
    "32201": "a Word file whose headings are Normal paragraphs made bold and 14 pt by direct formatting; one heading is marked only by its colour",
    "32202": "a Word file whose bold Normal headings are numbered by Word's list numbering (the numbers are drawn by Word), with Heading 2 sub-headings under one of them",
    "32203": "a web page printed to PDF from the browser, with the date, time, page title, address and page count printed in the margins",
    "32204": "a designed PDF whose headings sit in small type in a coloured band down the left margin, beside their first paragraphs",
}


def _note_blocks(blocks: list[tuple[str, str]], number_headings: bool) -> list[tuple[str, str]]:
    """The blocks as the note shows them: Word's drawn heading numbers written out."""
    renamed = {"h-colour": "h", "h2": "h", "end": "p"}
    shown: list[tuple[str, str]] = []
    heading = 0
    for kind, text in blocks:
        if kind == "h" and number_headings:
            heading += 1
            text = f"{heading}. {text}"
        shown.append((renamed.get(kind, kind), text))
    return shown


def main() -> None:
    import weasyprint  # the build's own dependency, not the reader's

    for name, blocks in DOCUMENTS.items():
        target = HERE / name
        number = name[:5]
        if number == "32201":
            target.write_bytes(ashwick_docx())
        elif number == "32202":
            target.write_bytes(brantwick_docx())
        elif number == "32203":
            weasyprint.HTML(string=thurlby_html()).write_pdf(str(target))
        else:
            orrington_pdf(target)
        (HERE / (name + ".md")).write_text(
            blocks_note(_note_blocks(blocks, number == "32202"), SCRIPT, ABOUT[number]),
            encoding="utf-8",
        )
        print(name)


if __name__ == "__main__":
    main()
