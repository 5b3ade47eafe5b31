# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the documents of the 273rd blind set: headings marked in ways Word and PDF files carry
them that are neither a Heading style nor a bold line.

    27301  Brackenfold: python-docx; every heading a Normal paragraph given an outline level
           (w:outlineLvl 0, a sub-heading 1) and a bold 13 pt run, no heading style at all.
    27302  Ditchcombe: python-docx; the council's own styles "DCC Document Name" (the title) and
           "DCC Para Heading" (based on Normal, no outline level), each heading numbered by
           Word list numbering (w:numPr in the paragraph, "%1." drawn by Word, typed nowhere).
    27303  Westcaster: python-docx; each heading a shaded single-cell table (white bold text on
           teal), the law's heading the merged, shaded first row of the table of Acts.
    27304  Hembury: fpdf2; headings coloured (teal) body-size text, neither bold nor larger; a
           running header repeating the chapter title on every page and a footer
           "Uncontrolled when printed" with the page number; the permanence timescale stated
           twice (four months, later six: the conflict).
    27305  Harrowfield: a Google-Docs-like HTML export (classes c0..c9, spans, empty paragraphs,
           h2 with "h.xxxx" ids, lst-kix lists) printed by Chromium.

Written for this set, in our own words (invented councils).

usage: PYTHONPATH=/folder/with/fpdf2 .venv/bin/python tests/cases/documents/build_blind273.py
       (fpdf2 is not in the shared virtualenv: `pip install --target /tmp/somewhere fpdf2`)
"""

from __future__ import annotations

import datetime
import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind273.py"
NAMES = {
    "27301": "27301-docx-normal-paragraphs-with-outline-levels-as-headings-no-heading-style-six-items-with-regulations-restorative-practice.docx",
    "27302": "27302-docx-council-styles-dcc-para-heading-numbered-by-word-list-numbering-amended-day-line-permanence-by-second-review.docx",
    "27303": "27303-docx-headings-in-shaded-single-cell-tables-law-heading-as-merged-first-row-of-acts-table-cared-for-children.docx",
    "27304": "27304-pdf-fpdf2-coloured-body-size-unnumbered-headings-running-header-chapter-title-uncontrolled-when-printed-footer-conflict-four-then-six-months.pdf",
    "27305": "27305-pdf-chromium-google-docs-like-html-export-spans-and-classes-h2-ids-children-who-are-looked-after.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: (kind, text) with kind "title", "line", "h", "h2", "p", "b", "n"; or ("table", rows)
Block = tuple[Any, ...]

# fmt: off
BRACKENFOLD: list[Block] = [
    ("title", TITLE),
    ("line", "Brackenfold Borough Council \u2013 Children's Social Care"),
    ("h", "About this chapter"),
    ("p", "This chapter sets out the values and principles that shape Brackenfold's work with Children Looked After, care leavers and their families. It applies to every social worker, personal adviser and manager in Children's Social Care. It was last amended in August 2025, when the section on young people leaving care was rewritten."),
    ("h", "The legal framework"),
    ("p", "The council's duties to the children in its care come from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "What we value"),
    ("p", "We value honesty, kindness and persistence. We tell families plainly what worries us and what needs to change, we treat them with respect while we do it, and we do not give up on children when things become difficult."),
    ("p", "We want children to grow up with people who know them well, so we keep changes of social worker to a minimum and we explain every change to the child before it happens."),
    ("h", "Our ambition for children"),
    ("p", "Our ambition is that every Child Looked After by Brackenfold has a settled home, does well at school, has someone to turn to and leaves our care ready for adult life, with the same chances as any other child in the borough."),
    ("h", "Corporate parenting"),
    ("p", "Section 1 of the Children and Social Work Act 2017 sets out seven corporate parenting principles. Councillors and officers must have regard to them whenever they make a decision that affects a Child Looked After or a care leaver."),
    ("h2", "The principles in Brackenfold"),
    ("n", "to act in the best interests of children and young people, and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, the services the council and its partners provide;"),
    ("n", "to promote high aspirations, and seek to secure the best outcomes, for them;"),
    ("n", "to keep them safe, with stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "How we practise"),
    ("p", "Brackenfold's practice model is Restorative Practice. We work with families rather than doing things to them or for them: high support and high challenge together. Every practitioner is trained in restorative conversations in their first six months with us."),
    ("h", "Planning for permanence"),
    ("p", "Every Child Looked After needs a home that will last. A permanence plan is agreed at the child's second review, and in any case within four months of the child coming into care. We look first at a return home, then at care within the wider family, and only then at adoption or long-term fostering."),
    ("h", "Young people leaving care"),
    ("p", "Every care leaver has a personal adviser until they are 21, and keeps one until they are 25 if they ask for one. Their pathway plan is reviewed at least every six months, and they can stay with their former foster carers under Staying Put arrangements."),
    ("h", "Information sharing and confidentiality"),
    ("p", "We share information about children and families only where the law allows it and where it helps to keep a child safe or to provide a service. We tell families what we share, with whom and why, unless telling them would put a child at risk."),
]

DITCHCOMBE: list[Block] = [
    ("title", TITLE),
    ("p", "Amended: 12 November 2025"),
    ("h", "Purpose of this chapter"),
    ("p", "This chapter explains the values and principles of Ditchcombe County Council's services for Children in Care and care leavers. It should be read with the chapters on care planning and on leaving care."),
    ("h", "Legislation and guidance"),
    ("p", "Our policy rests on the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017. Practitioners should also follow the statutory guidance that accompanies them."),
    ("h", "Working together with partners"),
    ("p", "No single agency can meet the needs of Children in Care on its own. We plan with schools, health services, the police and the voluntary sector, and we expect each of them to tell us early when they are worried about a child."),
    ("h", "Our values"),
    ("p", "We are open with families, we respect their culture and identity, and we build on what is already working in a family before we look elsewhere."),
    ("h", "The council as corporate parent"),
    ("p", "Every member and officer of Ditchcombe County Council keeps the seven corporate parenting principles in mind when deciding anything that affects Children in Care or care leavers. The Corporate Parenting Panel meets every two months and hears directly from the Children in Care Council."),
    ("h", "Our practice model"),
    ("p", "Ditchcombe has adopted Family Safeguarding. Social workers share the work with adult mental health practitioners, substance misuse workers and domestic abuse workers in one team, and use motivational interviewing with parents."),
    ("h", "Permanence"),
    ("p", "Each child's plan for permanence is confirmed by the time of their second statutory review, and the independent reviewing officer checks at every review after that that it is still the right plan."),
    ("h", "Care leavers"),
    ("p", "Care leavers in Ditchcombe can have a personal adviser up to the age of 25, whatever they are doing, and a pathway plan that they help to write."),
    ("h", "Keeping information safe"),
    ("p", "Records are kept securely and shared only with those who need them to keep a child safe or to support them. Young people may see their own records and may ask us to correct anything that is wrong."),
]

WESTCASTER: list[Block] = [
    ("title", TITLE),
    ("h", "Scope"),
    ("p", "This chapter applies to all staff in Westcaster City Council's Children's Services who work with Cared for Children and young people leaving care. It was revised in February 2026."),
    ("lawtable", "The law we follow", [
        ("Children Act 1989", "Duties to children in need and to Cared for Children"),
        ("Children Act 2004", "Co-operation to improve children's well-being"),
        ("Children and Families Act 2014", "Staying Put and the virtual school head"),
        ("Children and Social Work Act 2017", "The corporate parenting principles and the local offer"),
        ("Working Together to Safeguard Children 2023", "Statutory guidance on how agencies work together"),
    ]),
    ("h", "Why we do this"),
    ("p", "We want Cared for Children in Westcaster to feel safe, loved and listened to, to do well in learning, and to leave our care with the skills, relationships and confidence to live the lives they choose. That is the reason for everything in this chapter."),
    ("h", "Being a good corporate parent"),
    ("p", "As corporate parents we follow all seven of the principles in the Children and Social Work Act 2017:"),
    ("b", "acting in children's best interests and promoting their health and well-being;"),
    ("b", "encouraging them to say what they think and feel;"),
    ("b", "taking their views, wishes and feelings into account;"),
    ("b", "helping them to use the services available to them;"),
    ("b", "holding high aspirations for them;"),
    ("b", "keeping them safe and giving them stability;"),
    ("b", "preparing them for adult life."),
    ("h", "Our way of working"),
    ("p", "Westcaster works to the Family Valued model: we hold family group conferences early, we use restorative approaches in every conversation, and we invest in relationships between practitioners and families."),
    ("h", "A permanent home"),
    ("p", "A permanence plan is agreed for every Cared for Child no later than three months after they come into our care."),
    ("h", "Growing up and leaving care"),
    ("p", "Young people leaving care have a personal adviser until 21, and up to 25 for those in education, training or an apprenticeship."),
    ("h", "Sharing information"),
    ("p", "We share information with partners when it is needed to keep a child safe or to meet their needs, and we record what we shared, with whom and why."),
]

HEMBURY: list[Block] = [
    ("title", TITLE),
    ("line", "Hembury District Council \u2013 Children and Families Service"),
    ("p", "Last amended: June 2025"),
    ("h", "Introduction"),
    ("p", "This chapter describes the values and principles that guide Hembury District Council's work with Looked After Children, care leavers and their families. It is for everyone in the Children and Families Service, including our commissioned providers, and it should be read before any of the procedures that follow it in this manual."),
    ("p", "The chapter rests on the following Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our values"),
    ("p", "We believe that children do best when they grow up in their own families, and that most families can be helped to care for their children safely. We are respectful, reliable and honest. We ask children what they think before we decide anything about their lives, we explain our decisions in words they understand, and we keep our promises to them."),
    ("p", "We expect the same of the people who work with us. Managers make time for reflective supervision, and no practitioner is left to carry a difficult decision alone."),
    ("h", "Corporate parenting"),
    ("p", "Hembury District Council is the corporate parent of every Looked After Child and care leaver. When it acts for them, the council must have regard to the seven corporate parenting principles. The seven principles are:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "to keep them safe and give them stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Our practice model is Motivational Social Work. Practitioners use skilled, empathic conversations to help parents find their own reasons to change, while remaining clear about what must change to keep a child safe. The model is supported by group supervision every fortnight and by observed practice."),
    ("h", "Permanence"),
    ("p", "Every Looked After Child should have a stable and lasting home. A permanence plan is agreed within four months of the child coming into care, and the options are considered in order: a safe return home, care by family or friends, special guardianship, adoption and long-term fostering."),
    ("h", "Care leavers"),
    ("p", "Care leavers have a personal adviser until 21, and up to 25 if they are at university. The adviser helps them with housing, money, health, education and work, and with keeping in touch with the people who matter to them."),
    ("h", "Reviewing children's plans"),
    ("p", "Each Looked After Child's care plan is reviewed by an independent reviewing officer within 20 working days of their coming into care, again within three months and then every six months. The permanence plan, which must be in place within six months of the child becoming looked after, is checked at every review, and the child is helped to take part in their review in the way they choose."),
    ("h", "Confidentiality"),
    ("p", "Information about children and families is confidential. We share it with other agencies only where that is needed to protect a child or to provide a service, and we record every decision to share."),
]

HARROWFIELD: list[Block] = [
    ("title", TITLE),
    ("p", "Harrowfield Metropolitan Borough Council"),
    ("p", "Reviewed and amended: January 2026"),
    ("h", "Introduction"),
    ("p", "This chapter sets out what Harrowfield's Children's Services believe in and how we work with children who are looked after, young people leaving care and their families. Our duties come from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("h", "Our vision"),
    ("p", "We want children who are looked after in Harrowfield to be safe, healthy and happy, to have people who care about them for the long term, and to leave our care ready for the rest of their lives."),
    ("h", "Values we share"),
    ("b", "We listen to children and act on what they tell us."),
    ("b", "We are honest with families, even when the news is hard."),
    ("b", "We celebrate children's achievements, however small."),
    ("h", "Corporate parenting"),
    ("p", "The Children and Social Work Act 2017 sets out seven corporate parenting principles, and every part of the council has regard to them when it makes decisions about children who are looked after and care leavers."),
    ("h", "The practice model"),
    ("p", "Harrowfield uses Strengthening Families. Plans are built with each family around the strengths they already have, and the worries are named plainly so that everyone knows what has to change."),
    ("h", "Outcomes we want"),
    ("p", "We measure our success by whether children are healthy, safe, learning, making friends and taking part in their community, and by what they tell us about their own lives."),
    ("h", "Permanence and leaving care"),
    ("p", "Each child's permanence plan is agreed within five months of their coming into care."),
    ("p", "Young people leaving care have a personal adviser until they turn 21, or 25 if they are in education or training."),
    ("h", "Confidentiality"),
    ("p", "Information about children is shared only when it is needed to keep them safe or to help them, and only with those who need it."),
]
# fmt: on


# ------------------------------------------------------------------ Word helpers


def _ppr(paragraph: Any) -> Any:
    return paragraph._p.get_or_add_pPr()


def _append_child(parent: Any, tag: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(name), value)
    parent.append(element)
    return element


def _bold_run(paragraph: Any, text: str, size: float, colour: Any = None) -> None:
    from docx.shared import Pt

    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour


def _note(blocks: list[Block], about: str, numbered_headings: bool = False) -> str:
    """What a reader sees in the built file, as markdown (the sidecar beside it)."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    number = 0
    heading_number = 0
    previous = ""
    for block in blocks:
        kind = block[0]
        if kind in ("b", "n"):
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {block[1]}" if kind == "n" else f"- {block[1]}")
        else:
            if previous in ("b", "n"):
                lines.append("")
            if kind == "lawtable":
                lines += [f"## {block[1]}", ""]
                lines += [f"| {a} | {b} |" for a, b in block[2]]
                lines.append("")
            elif kind == "h" and numbered_headings:
                heading_number += 1
                lines += [f"## {heading_number}. {block[1]}", ""]
            else:
                prefix = {"title": "# ", "h": "## ", "h2": "### "}.get(kind, "")
                lines += [prefix + block[1], ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def brackenfold() -> bytes:
    """Headings are Normal paragraphs with an outline level and a bold run, as Word writes them
    when an author sets "Outline level: Level 1" in the Paragraph dialog instead of a style."""
    from docx.shared import Pt

    document = new_docx()
    for kind, text in BRACKENFOLD:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind in ("h", "h2"):
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            _append_child(_ppr(paragraph), "w:outlineLvl", **{"w:val": "0" if kind == "h" else "1"})
            _bold_run(paragraph, text, 13 if kind == "h" else 11.5)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def ditchcombe() -> bytes:
    """The council's own styles, and headings numbered by a list in numbering.xml referenced from
    each heading paragraph's numPr (Word's "Define new number format" applied by hand)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.shared import Pt, RGBColor

    document = new_docx()
    styles = document.styles
    name_style = styles.add_style("DCC Document Name", WD_STYLE_TYPE.PARAGRAPH)
    name_style.base_style = styles["Normal"]
    name_style.font.size = Pt(20)
    name_style.font.bold = True
    name_style.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    name_style.paragraph_format.space_after = Pt(12)
    head_style = styles.add_style("DCC Para Heading", WD_STYLE_TYPE.PARAGRAPH)
    head_style.base_style = styles["Normal"]
    head_style.font.size = Pt(12.5)
    head_style.font.bold = True
    head_style.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    head_style.paragraph_format.space_before = Pt(14)
    head_style.paragraph_format.space_after = Pt(4)
    head_style.paragraph_format.keep_with_next = True

    numbering = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    abstract = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    for kind, text in DITCHCOMBE:
        if kind == "title":
            document.add_paragraph(text, style="DCC Document Name")
        elif kind == "h":
            paragraph = document.add_paragraph(text, style="DCC Para Heading")
            num_pr = _append_child(_ppr(paragraph), "w:numPr")
            _append_child(num_pr, "w:ilvl", **{"w:val": "0"})
            _append_child(num_pr, "w:numId", **{"w:val": "90"})
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    _append_child(tc_pr, "w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill})


def westcaster() -> bytes:
    """Each heading a one-cell shaded table (a banner the author drew with Insert > Table), the
    law's heading the merged first row of the table of Acts."""
    from docx.shared import Pt, RGBColor

    white = RGBColor(0xFF, 0xFF, 0xFF)
    document = new_docx()
    for block in WESTCASTER:
        kind = block[0]
        if kind == "title":
            document.add_paragraph(block[1], style="Title")
        elif kind == "h":
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            _shade(cell, "1B6F6A")
            _bold_run(cell.paragraphs[0], block[1], 12, white)
            document.add_paragraph().paragraph_format.space_after = Pt(0)
        elif kind == "lawtable":
            rows = block[2]
            table = document.add_table(rows=1 + len(rows), cols=2)
            table.style = "Table Grid"
            top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
            _shade(top, "1B6F6A")
            _bold_run(top.paragraphs[0], block[1], 12, white)
            for row, (act, why) in zip(table.rows[1:], rows, strict=True):
                row.cells[0].paragraphs[0].add_run(act).bold = True
                row.cells[1].text = why
            document.add_paragraph()
        elif kind == "b":
            document.add_paragraph(block[1], style="List Bullet")
        else:
            document.add_paragraph(block[1])
    return saved_docx(document)


# ------------------------------------------------------------------ 27304 Hembury, fpdf2

HEMBURY_FOOTER = "Uncontrolled when printed \u2013 check the online manual for the current version"


def hembury(target: Path) -> None:
    from fpdf import FPDF

    fonts = Path("/usr/share/fonts/truetype/dejavu")

    class Manual(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("DejaVu", "", 8)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, HEMBURY_FOOTER, align="L")
            self.cell(0, 5, f"{self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Manual(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 6, 18))
    pdf.set_title(TITLE)
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    number = 0
    for kind, text in HEMBURY:
        pdf.set_x(pdf.l_margin)
        if kind == "title":
            pdf.set_font("DejaVu", "B", 17)
            pdf.multi_cell(0, 9, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "line":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(4)
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_text_color(0, 112, 120)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind in ("b", "n"):
            number = number + 1 if kind == "n" else 0
            pdf.set_font("DejaVu", "", 10.5)
            mark = f"{number}." if kind == "n" else "\u2022"
            pdf.cell(8, 6, mark)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            number = 0
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(target))


# ------------------------------------------------------------------ 27305 Harrowfield, Google-Docs-like HTML

_GDOCS_CSS = (
    "ul.lst-kix_m3x1-0{list-style-type:none}"
    ".lst-kix_m3x1-0>li:before{content:'\\25cf   '}"
    "ol{margin:0;padding:0}table td,table th{padding:0}"
    ".c0{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}"
    ".c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:'Arial';font-style:normal}"
    ".c2{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
    ".c3{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:'Arial';font-style:normal}"
    ".c4{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}"
    ".c5{padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
    ".c6{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:26pt;font-family:'Arial';font-style:normal}"
    ".c7{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}"
    ".c8{padding:0;margin:0}"
    ".c9{color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:'Arial';font-style:italic}"
    ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:'Arial';line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
    "li{color:#000000;font-size:11pt;font-family:'Arial'}"
    "p{margin:0;color:#000000;font-size:11pt;font-family:'Arial'}"
    "h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:'Arial';line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
)


def _gdocs_html(blocks: list[Block]) -> str:
    body: list[str] = []
    items: list[str] = []
    heading_ids = iter(
        [
            "h.7q2xk1",
            "h.b0d4t9",
            "h.3ma8ze",
            "h.k1v6ru",
            "h.p9s2wq",
            "h.x4g7ln",
            "h.f8c3yo",
            "h.r5t1hd",
            "h.u2m9ab",
        ]
    )
    seen_line = False
    for kind, text in blocks:
        if kind == "b":
            items.append(
                f'<li class="c0 c7 li-bullet-0"><span class="c1">{html.escape(text)}</span></li>'
            )
            continue
        if items:
            body.append(f'<ul class="c8 lst-kix_m3x1-0 start">{"".join(items)}</ul>')
            items = []
        if kind == "title":
            body.append(
                f'<p class="c5 title" id="h.gd01"><span class="c6">{html.escape(text)}</span></p>'
            )
        elif kind == "h":
            body.append(
                f'<h2 class="c2" id="{next(heading_ids)}"><span class="c3">{html.escape(text)}</span></h2>'
            )
        elif kind == "p" and not seen_line and text.startswith("Harrowfield"):
            seen_line = True
            body.append(f'<p class="c0"><span class="c9">{html.escape(text)}</span></p>')
        else:
            body.append(f'<p class="c0"><span class="c1">{html.escape(text)}</span></p>')
            body.append('<p class="c0 c10"><span class="c1"></span></p>')
    if items:
        body.append(f'<ul class="c8 lst-kix_m3x1-0 start">{"".join(items)}</ul>')
    return (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        f'<style type="text/css">{_GDOCS_CSS}</style></head>'
        f'<body class="c4 doc-content">{"".join(body)}</body></html>'
    )


def _chromium_print(page_html: str, target: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--lang=en-GB"],
            env={"LANG": "en_GB.UTF-8", "TZ": "Europe/London"},
        )
        page = browser.new_page(locale="en-GB", timezone_id="Europe/London")
        page.set_content(page_html)
        page.pdf(
            path=str(target),
            format="A4",
            print_background=True,
            margin={"top": "0", "bottom": "0", "left": "0", "right": "0"},
        )
        browser.close()


def main() -> None:
    (HERE / NAMES["27301"]).write_bytes(brackenfold())
    (HERE / (NAMES["27301"] + ".md")).write_text(
        _note(
            BRACKENFOLD,
            "python-docx, Title style; headings Normal paragraphs with an outline level (0, one sub-heading 1) and a bold 13 pt run",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["27302"]).write_bytes(ditchcombe())
    (HERE / (NAMES["27302"] + ".md")).write_text(
        _note(
            DITCHCOMBE,
            "python-docx, council styles 'DCC Document Name' and 'DCC Para Heading' (based on Normal, no outline level), headings numbered '1.' by Word list numbering (numPr in each heading paragraph)",
            numbered_headings=True,
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["27303"]).write_bytes(westcaster())
    (HERE / (NAMES["27303"] + ".md")).write_text(
        _note(
            WESTCASTER,
            "python-docx, Title style; each heading a shaded single-cell table, the law's heading the merged shaded first row of the table of Acts",
        ),
        encoding="utf-8",
    )
    hembury(HERE / NAMES["27304"])
    (HERE / (NAMES["27304"] + ".md")).write_text(
        _note(
            HEMBURY,
            "fpdf2, headings teal body-size text; running header with the chapter title on every page; footer 'Uncontrolled when printed \u2013 check the online manual for the current version' and the page number",
        ),
        encoding="utf-8",
    )
    _chromium_print(_gdocs_html(HARROWFIELD), HERE / NAMES["27305"])
    (HERE / (NAMES["27305"] + ".md")).write_text(
        _note(
            HARROWFIELD,
            "a Google-Docs-like HTML export (classes, spans, empty paragraphs, h2 with h.xxxx ids, lst-kix list) printed by Chromium",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
