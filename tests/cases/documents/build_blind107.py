# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the hundred-and-seventh blind set (10701-10706): six whole procedures-manual chapters of
invented councils about leaving care, corporate parenting and permanence, as PDF files, each
setting its headings apart in a way a reader sees but a style name does not say.

    10701  LibreOffice from Word: headings (and the title) Normal paragraphs in bold at the
           body's own 11 pt, no size change; an un-headed stretch on information sharing.
    10702  fpdf2: headings (and the title) coloured only, same font, size and weight as the body;
           an un-headed closing stretch on leaving care before a version line.
    10703  fpdf2: headings as numbered paragraphs ("2. Legislation") in the body's own font,
           size and weight; an un-headed stretch on corporate parenting.
    10704  LibreOffice from Word: a boxed "Key points" panel (a bordered one-cell table) under
           the title, an un-headed stretch of principles, a table of amendments at the end.
    10705  fpdf2: the title on a cover page (with the council, the manual and a version line),
           a contents page with dot leaders and page numbers, the body from page 3.
    10706  LibreOffice from Word: the title across the page, the body in two columns (a
           continuous section break); an un-headed opening and an un-headed model stretch.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind107.py
       (fpdf2, python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind107.py"

# Blocks: ("title", text), ("h", heading), ("p", paragraph), ("b", bullet).
# fmt: off
ASHWOLD = [
    ("title", "Leaving Care and the Move to Adulthood"),
    ("h", "Scope of this chapter"),
    ("p", "This chapter describes how Ashwold Council helps young people prepare to leave care and supports them once they have left. It applies to Looked After Children aged 16 and 17 and to care leavers up to the age of 25."),
    ("p", "Amendment: in March 2025 this chapter was revised to describe the wider Personal Adviser offer and the new rates of the setting-up-home grant."),
    ("h", "Legal context"),
    ("p", "Our duties to young people leaving care come from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("h", "Our part as corporate parents"),
    ("p", "Every councillor and every officer of Ashwold is a corporate parent to the young people the council has looked after. We want for them what any good parent wants for their own child: that they are safe, that they do well in learning and in work, and that they leave home when they are ready rather than on the day a birthday says they must."),
    ("h", "What guides our work"),
    ("p", "Young people leaving our care should be at the centre of every plan made for them. In all we do for them we try to:"),
    ("b", "move at the young person's pace, not the pace of a procedure;"),
    ("b", "keep people who matter to the young person in their life;"),
    ("b", "make sure no young person leaves care without a safe place to live;"),
    ("b", "stay in touch, even when a young person tells us they do not want our help for now."),
    ("h", "Pathway planning"),
    ("p", "Each eligible young person has a needs assessment before their 16th birthday and a pathway plan drawn from it. The plan covers where they will live, their health, education and work, money, and the relationships that support them, and it is reviewed at least every six months."),
    ("p", "The young person's social worker writes the plan with them. A copy is given to the young person in a form they have agreed, and they are told how to ask for it to be changed."),
    ("h", "Personal Advisers"),
    ("p", "Every care leaver has a Personal Adviser until the age of 21, and up to the age of 25 if they ask for one. The Personal Adviser keeps the pathway plan up to date, helps the young person reach services and is the person they can call when something goes wrong."),
    ("p", "Records about young people are held securely and kept for the periods the law requires. We share what we know about a care leaver with other agencies only with their agreement, unless keeping quiet would put them or someone else at risk of serious harm."),
    ("p", "Young people can ask to see their records at any time, and a worker will go through the records with them if they would like that."),
    ("p", "Last updated: 21 March 2025"),
]

FENMARSH = [
    ("title", "Corporate Parenting Responsibilities"),
    ("h", "Who this chapter is for"),
    ("p", "This chapter is for councillors, council officers and partner agencies in Fenmarsh who share responsibility for Children in Care and care leavers."),
    ("p", "It was last amended in November 2024 to add the part the Children in Care Council plays in reviewing this chapter each year."),
    ("h", "What corporate parenting means"),
    ("p", "The Children and Social Work Act 2017 sets out seven corporate parenting principles. Whenever we make a decision about Children in Care or care leavers we must:"),
    ("b", "act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "encourage them to tell us their views, wishes and feelings;"),
    ("b", "take those views, wishes and feelings into account;"),
    ("b", "help them to find and make the best use of the services the council and its partners provide;"),
    ("b", "promote high aspirations and seek the best outcomes for them;"),
    ("b", "help them to be safe and to have stability in their home lives, relationships and education or work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("h", "Legislation and guidance"),
    ("p", "The main legislation behind this chapter is the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017, read with the statutory guidance that goes with them."),
    ("h", "The Corporate Parenting Board"),
    ("p", "The Corporate Parenting Board meets every two months and is chaired by the lead member for children. It holds services to account for how well Children in Care do, and two members of the Children in Care Council sit on it."),
    ("h", "Hearing from children"),
    ("p", "We ask children what they think before we decide anything that affects them, and we tell them afterwards what we decided and why. The Children in Care Council meets monthly and reports to the Board twice a year."),
    ("h", "Our ambitions"),
    ("p", "We want every child in our care to have a settled home, to go to a good school, to have people in their life who will still be there when they are grown up, and to leave our care with the confidence to run their own life."),
    ("p", "Care leavers in Fenmarsh can have help from a Personal Adviser until they are 25. The Personal Adviser stays in touch at least every eight weeks and helps with housing, money, work and health."),
    ("p", "Version 2.3"),
]

ORRISHAM = [
    ("title", "Permanence Planning for Children"),
    ("h", "1. Purpose"),
    ("p", "This chapter sets out how Orrisham Council plans for a permanent home for every child it looks after. It applies to all Cared for Children and to children on the edge of care."),
    ("p", "This chapter was updated in June 2025 to add kinship care as a route to permanence in its own right."),
    ("h", "2. Legislation"),
    ("p", "The following legislation applies:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "3. What permanence means"),
    ("p", "Permanence means a child having a secure and loving home that lasts through childhood and beyond, and a sense of belonging to a family. We look first to the child's own family, then to relatives and friends, and only then to other carers."),
    ("h", "4. Timescales"),
    ("p", "A permanence plan must be agreed at the second review, which takes place no more than four months after the child became looked after. The Independent Reviewing Officer checks at each later review that the plan is still right and is being carried out without delay."),
    ("h", "5. Routes to permanence"),
    ("p", "The routes we consider, in this order, are a return home with support, care by relatives or friends under a Child Arrangements Order or a Special Guardianship Order, long-term fostering and adoption."),
    ("h", "6. Our practice approach"),
    ("p", "Our social workers use Signs of Safety in their work with families. It helps us to be clear with parents about what we are worried about and what needs to change, and to build a plan with the family's own network."),
    ("p", "Every member and officer of the council is a corporate parent to the children it looks after, and the corporate parenting principles apply to every permanence decision we make. Councillors on the Corporate Parenting Board ask each year how many children found a permanent home and how long it took."),
    ("p", "Version 4"),
]

KELBRIDGE_TITLE = "Staying Put and Staying Close"
KELBRIDGE_BOX_HEADING = "Key points"
KELBRIDGE_BOX = [
    "Young people in foster care can stay on with their carers after 18 in a Staying Put arrangement.",
    "Staying Close gives young people leaving a children's home a place to live nearby and support from staff they know.",
    "Support from a Personal Adviser continues to 21, or to 25 for those who want it.",
]
KELBRIDGE = [
    ("h", "About this chapter"),
    ("p", "This chapter applies to Children Looked After who are approaching 18, to their foster carers and residential staff, and to the Personal Advisers who will support them after 18."),
    ("h", "The law"),
    ("p", "Staying Put is a duty placed on the council by section 23CZA of the Children Act 1989, added by the Children and Families Act 2014. Our wider duties to care leavers come from the Children (Leaving Care) Act 2000."),
    ("p", "We believe that no young person should have to leave a home where they are settled just because they have turned 18. Moving on should happen gradually, when the young person is ready, with the people who matter to them close by."),
    ("p", "Young people should have a say in when and how they move, and a way back if a move does not work out."),
    ("h", "Staying Put"),
    ("p", "The young person's social worker raises Staying Put at the review after the young person's 16th birthday. If the young person and the carers want it, the arrangement is agreed in writing by the time the young person is 17 and a half."),
    ("h", "Staying Close"),
    ("p", "Young people leaving one of the council's children's homes can move to a flat nearby, keep in touch with staff from the home and call on them for advice, for as long as they need to."),
    ("h", "Financial arrangements"),
    ("p", "Carers receive a weekly Staying Put allowance, made up of the young person's own contribution, any housing benefit due and a top-up from the council. The rates are reviewed each April."),
]
KELBRIDGE_AMENDMENTS_HEADING = "Table of amendments"
KELBRIDGE_AMENDMENTS = [
    ("Date", "Version", "Change"),
    ("January 2024", "1.0", "First issue"),
    ("September 2024", "1.1", "Staying Close section added"),
    ("April 2025", "1.2", "Allowance rates updated"),
]

THORNLEA_TITLE = "Supporting Care Leavers"
THORNLEA_COVER = ["Thornlea Borough Council", "Children's Services Procedures Manual", "Version 3.1 - October 2024"]
THORNLEA = [
    ("h", "1. Introduction"),
    ("p", "This chapter describes the help Thornlea Borough Council gives to young people who have left its care, and to Children in Care aged 16 and over who are preparing to leave. It is written for social workers, Personal Advisers and managers."),
    ("p", "The legislation it draws on is:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "This chapter was amended in October 2024 to match the council's new Local Offer for care leavers."),
    ("h", "2. Our promise to care leavers"),
    ("p", "We promise to treat every care leaver as a good parent would treat their own grown-up child: to be there when they need us, to believe in what they can achieve, and never to close the door on them."),
    ("h", "3. Personal Advisers and pathway plans"),
    ("p", "All care leavers have a Personal Adviser until they are 21, and until 25 if they are in education or training or ask for one. The Personal Adviser reviews the pathway plan with the young person at least every six months."),
    ("h", "4. Housing"),
    ("p", "No care leaver should be placed in bed and breakfast accommodation. The leaving care team and the housing service agree a move-on plan at least three months before a young person's 18th birthday."),
    ("h", "5. Money and allowances"),
    ("p", "Care leavers receive a setting-up-home grant, help with council tax until they are 25 and a bursary if they go on to higher education."),
    ("h", "6. Working with other agencies"),
    ("p", "Health services, Jobcentre Plus, colleges and housing providers each have a named lead for care leavers. The leads meet every quarter with the leaving care team to sort out problems young people have met in getting help."),
]
THORNLEA_CONTENTS = [
    ("1. Introduction", "3"),
    ("2. Our promise to care leavers", "3"),
    ("3. Personal Advisers and pathway plans", "3"),
    ("4. Housing", "4"),
    ("5. Money and allowances", "4"),
    ("6. Working with other agencies", "4"),
]

PENDRY_TITLE = "Being a Corporate Parent to Care Leavers"
PENDRY = [
    ("p", "This chapter explains what Pendry Vale Council does as a corporate parent for young people who have left its care. It was amended in August 2025 to include the council tax exemption for care leavers living outside the borough."),
    ("h", "Legislation"),
    ("p", "This chapter draws on:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Housing Act 1996"),
    ("h", "The corporate parenting principles"),
    ("p", "The seven principles require us, in short, to act in young people's best interests; to encourage them to say what they think; to listen to what they say; to help them get the services they need; to aim high for them; to keep them safe and settled; and to get them ready for adult life."),
    ("h", "Our values"),
    ("p", "We are honest with young people, we keep our promises, and we treat them with the respect we would want for our own children. We celebrate what they achieve, however small it may look to others."),
    ("h", "Leaving care: our approach"),
    ("p", "Children who are looked after should leave care gradually and only when they are ready. Care leavers can keep their Personal Adviser until they are 21, or 25 if they wish, and can come back to us for help at any time up to that age."),
    ("p", "We use Restorative Practice in all our work with young people: we work with them, rather than doing things to them or for them, and when things go wrong we put relationships right together."),
    ("p", "Every worker in the leaving care team is trained in Restorative Practice in their first six months, and team meetings begin with a restorative check-in."),
    ("h", "Sharing information"),
    ("p", "We tell young people what we record about them and who we share it with. We share information without their agreement only where the law allows it and there is a risk of harm to them or to others."),
    ("p", "Last updated: 4 August 2025"),
]
# fmt: on


# ------------------------------------------------------------------------------ Word and LibreOffice


def _qn(name: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(name))


def _el(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(_qn("w:" + key), value)
    return element


def _docx_blocks(document: Any, blocks: list[tuple[str, str]], heading: str) -> None:
    """Blocks into a python-docx document; `heading` says how a heading is made: "bold" (a
    Normal paragraph with a bold run at the body's size) or "style" (Word's Heading 2)."""
    from docx.shared import Pt

    for kind, text in blocks:
        if kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind in ("h", "title") and heading == "style":
            document.add_heading(text, level=0 if kind == "title" else 2)
        elif kind in ("h", "title"):
            paragraph = document.add_paragraph()
            paragraph.add_run(text).bold = True
            paragraph.paragraph_format.space_before = Pt(6)
        else:
            document.add_paragraph(text)


def ashwold(target: Path) -> None:
    from build_binary_tools import docx_to_pdf, new_docx, saved_docx

    document = new_docx()
    _docx_blocks(document, ASHWOLD, "bold")
    docx_to_pdf(saved_docx(document), target)


def _box_borders(cell: Any) -> None:
    properties = cell._tc.get_or_add_tcPr()
    borders = _el("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        borders.append(_el(f"w:{side}", val="single", sz="12", space="0", color="1F4E79"))
    properties.append(borders)
    properties.append(_el("w:shd", val="clear", color="auto", fill="DEEAF6"))


def kelbridge(target: Path) -> None:
    from build_binary_tools import docx_to_pdf, new_docx, saved_docx

    document = new_docx()
    document.add_heading(KELBRIDGE_TITLE, level=0)
    box = document.add_table(rows=1, cols=1)
    cell = box.cell(0, 0)
    _box_borders(cell)
    cell.paragraphs[0].add_run(KELBRIDGE_BOX_HEADING).bold = True
    for text in KELBRIDGE_BOX:
        cell.add_paragraph(text, style="List Bullet")
    document.add_paragraph()
    _docx_blocks(document, KELBRIDGE, "style")
    document.add_heading(KELBRIDGE_AMENDMENTS_HEADING, level=2)
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for number, row in enumerate(KELBRIDGE_AMENDMENTS):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.paragraphs[0].add_run(text).bold = number == 0
    docx_to_pdf(saved_docx(document), target)


def pendry(target: Path) -> None:
    from build_binary_tools import docx_to_pdf, new_docx, saved_docx
    from docx.enum.section import WD_SECTION

    document = new_docx()
    document.add_heading(PENDRY_TITLE, level=0)
    body = document.add_section(WD_SECTION.CONTINUOUS)
    body._sectPr.append(_el("w:cols", num="2", space="567"))
    _docx_blocks(document, PENDRY, "style")
    docx_to_pdf(saved_docx(document), target)


# ------------------------------------------------------------------------------ fpdf2


def _fpdf() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creator("policydiff test cases")
    pdf.set_creation_date(
        __import__("datetime").datetime(2025, 1, 1, tzinfo=__import__("datetime").UTC)
    )
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def _fpdf_blocks(pdf: Any, blocks: list[tuple[str, str]], heading: str) -> None:
    """`heading`: "colour" (same font, size and weight, dark teal) or "plain" (nothing at all
    sets the heading apart but its shortness and its number) or "bold13"."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in blocks:
        pdf.set_x(pdf.l_margin)
        if kind in ("h", "title"):
            pdf.ln(2)
            if heading == "colour":
                pdf.set_text_color(0, 110, 120)
            elif heading == "bold13":
                pdf.set_font("Helvetica", "B", 13 if kind == "h" else 18)
            elif kind == "title":
                pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(width, 6, text)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", size=11)
            pdf.ln(2)
        elif kind == "b":
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(width - 5, 5.5, "- " + text)
            pdf.ln(1)
        else:
            pdf.multi_cell(width, 5.5, text)
            pdf.ln(3)


def fenmarsh(target: Path) -> None:
    pdf = _fpdf()
    _fpdf_blocks(pdf, FENMARSH, "colour")
    pdf.output(str(target))


def orrisham(target: Path) -> None:
    pdf = _fpdf()
    _fpdf_blocks(pdf, ORRISHAM, "plain")
    pdf.output(str(target))


def thornlea(target: Path) -> None:
    pdf = _fpdf()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.ln(70)
    pdf.set_font("Helvetica", "B", 26)
    pdf.multi_cell(width, 12, THORNLEA_TITLE, align="C")
    pdf.ln(10)
    for number, line in enumerate(THORNLEA_COVER):
        pdf.set_font("Helvetica", "B" if number == 0 else "", 14 if number == 0 else 12)
        pdf.multi_cell(width, 8, line, align="C")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(width, 9, "Contents")
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for entry, page in THORNLEA_CONTENTS:
        dots_width = width - pdf.get_string_width(entry) - pdf.get_string_width(page) - 4
        dots = "." * int(dots_width / pdf.get_string_width("."))
        pdf.cell(width, 7, f"{entry} {dots} {page}", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    _fpdf_blocks(pdf, THORNLEA, "bold13")
    pdf.output(str(target))


# ------------------------------------------------------------------------------ notes


def _note(blocks: list[tuple[str, str]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, SCRIPT, about)


def _notes() -> dict[str, str]:
    kelbridge_blocks = [("title", KELBRIDGE_TITLE), ("p", KELBRIDGE_BOX_HEADING)]
    kelbridge_blocks += [("b", text) for text in KELBRIDGE_BOX]
    kelbridge_blocks += [*KELBRIDGE, ("h", KELBRIDGE_AMENDMENTS_HEADING)]
    kelbridge_blocks += [("p", " | ".join(row)) for row in KELBRIDGE_AMENDMENTS]
    thornlea_blocks = [("title", THORNLEA_TITLE)] + [("p", line) for line in THORNLEA_COVER]
    thornlea_blocks += [("h", "Contents")] + [
        ("p", f"{e} ...... {p}") for e, p in THORNLEA_CONTENTS
    ]
    thornlea_blocks += THORNLEA
    return {
        "10701": _note(
            ASHWOLD, "LibreOffice PDF from Word; title and headings bold at the body's 11 pt"
        ),
        "10702": _note(FENMARSH, "fpdf2; title and headings set apart by colour only"),
        "10703": _note(ORRISHAM, "fpdf2; headings numbered paragraphs in the body's own font"),
        "10704": _note(
            kelbridge_blocks,
            "LibreOffice PDF from Word; boxed Key points panel, table of amendments at the end",
        ),
        "10705": _note(
            thornlea_blocks, "fpdf2; cover page with the title, contents page with dot leaders"
        ),
        "10706": _note(
            [("title", PENDRY_TITLE), *PENDRY], "LibreOffice PDF from Word; body in two columns"
        ),
    }


FILES = {
    "10701-pdf-lo-bold-body-size-headings-unheaded-information-sharing.pdf": ashwold,
    "10702-pdf-fpdf-colour-only-headings-unheaded-closing-leaving-care.pdf": fenmarsh,
    "10703-pdf-fpdf-numbered-paragraph-headings-same-font.pdf": orrisham,
    "10704-pdf-lo-boxed-key-points-panel-amendments-table.pdf": kelbridge,
    "10705-pdf-fpdf-cover-title-contents-dot-leaders.pdf": thornlea,
    "10706-pdf-lo-two-columns-unheaded-opening-and-model.pdf": pendry,
}


def main() -> None:
    notes = _notes()
    for name, make in FILES.items():
        make(HERE / name)
        (HERE / (name + ".md")).write_text(notes[name[:5]], encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main()
