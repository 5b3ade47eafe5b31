# ruff: noqa: E501, RUF001, RUF002  (the chapters' paragraphs are kept a line each, as written; en dashes as councils type them)
"""Build the documents of the hundred-and-sixteenth blind set: whole procedures-manual chapters of
invented councils (leaving care, corporate parenting, permanence) adapted from a common template,
as PDF. Headings are named by meaning, in sentence case, bold at 11.5 pt over an 11 pt body; some
stretches are un-headed.

    11601  fpdf2: bold 11.5 pt headings; an un-headed opening (readership and amendment, then the
           law as a list) under the title; an un-headed closing stamp.
    11602  LibreOffice from Word: numbered headings "Section 1 – …" as bold Normal paragraphs, an
           appendix after the last section.
    11603  fpdf2: side-heads, the headings in the left margin level with their paragraphs' first
           lines (one wraps onto two lines); un-headed follow-on paragraphs.
    11604  LibreOffice from Word: the first page is a letter from the director, then the chapter.

All in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind116.py   (needs python-docx, fpdf2, LibreOffice)
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind116.py"
Blocks = list[tuple[str, str]]

# fmt: off
# ---------------------------------------------------------------- 11601 Hartwell Fen, leaving care
HARTWELL: Blocks = [
    ("title", "Leaving care and moving on"),
    ("p", "This chapter is for social workers, personal advisers and team managers in Hartwell Fen who support young people in care from the age of 15 and young people who have left our care. It was amended in February 2025 to add the local offer on council tax and the new drop-in service at the Quayside."),
    ("p", "The duties described here come from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "What we hope for our young people"),
    ("p", "We want every young person leaving our care to move into adult life with somewhere safe and settled to live, with people around them who care about them, and with the confidence to follow the learning or work they have chosen. Our ambition is that they never feel they face it alone."),
    ("h", "How we work with young people"),
    ("p", "We plan with young people and not for them, and we go at their pace. Each young person in care has a personal adviser from the age of 16 and keeps that adviser until they are 21. If they want help after that, they can ask for a personal adviser up to their 25th birthday."),
    ("p", "Our social workers use Signs of Safety to talk with young people and their networks about what is going well, what worries them and what needs to happen next."),
    ("h", "The pathway plan"),
    ("p", "The pathway plan is written with the young person before they reach 16 and a quarter. It covers where they will live, their health, education and work, money, family and friends, and who they can call on in a crisis. The plan is reviewed at least every six months."),
    ("h", "Moving to independence"),
    ("p", "No young person in care moves to independent accommodation before they are ready. Where a young person lives with foster carers, we talk with them about Staying Put from their sixteenth birthday, and carers are paid a Staying Put allowance until the young person is 21."),
    ("p", "Young people who live in Hartwell Fen and have left our care pay no council tax until they are 25."),
    ("h", "Being a good corporate parent"),
    ("p", "Every councillor and officer shares the responsibility for our Children in Care and care leavers that a good parent would feel. The council's Corporate Parenting Panel meets every two months, and two care leavers sit on it."),
    ("h", "Sharing information"),
    ("p", "We keep young people's records safe and share information only with people who need it to support them. Young people can ask to see their records at any time, and the personal adviser helps them to do so."),
    ("p", "Last updated: 18 February 2025"),
]

# ---------------------------------------------------------------- 11602 Coldbeck, corporate parenting
COLDBECK: Blocks = [
    ("title", "Corporate parenting"),
    ("h", "Section 1 – About this chapter"),
    ("p", "This chapter explains how Coldbeck Borough Council acts as the corporate parent of its Looked After Children and care leavers. It applies to all council staff, elected members and the partners who work with us. It was updated in September 2024 after the Corporate Parenting Board adopted its new pledge."),
    ("h", "Section 2 – The legal framework"),
    ("p", "Our duties as a corporate parent rest on the following legislation: the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017."),
    ("h", "Section 3 – The corporate parenting principles"),
    ("p", "When we make decisions about Looked After Children and care leavers, we must have regard to the need:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Section 4 – Working with our partners"),
    ("p", "No single service can meet all the needs of a child in care. Health, schools, the police, housing and the voluntary sector share the duty to help them, and we work to the expectations set out in Working Together to Safeguard Children."),
    ("h", "Section 5 – Our ambition for children in our care"),
    ("p", "We want Coldbeck to be a place where Looked After Children grow up feeling loved and listened to, do well in school, stay healthy, and leave care ready for the life they want."),
    ("h", "Section 6 – Support after leaving care"),
    ("p", "Care leavers are entitled to support from a personal adviser until they are 21, or until 25 if they are still in education or training or ask for help."),
    ("h", "Section 7 – The Corporate Parenting Board"),
    ("p", "The Board is chaired by the lead member for children and meets each quarter. It hears from the Children in Care Council at every meeting and reports each year to full Council on how well we are keeping our pledge."),
    ("h", "Appendix A – Terms used in this chapter"),
    ("p", "Care leaver: a young person aged 16 to 25 who has been looked after by the council for at least 13 weeks since the age of 14."),
    ("p", "Pledge: the promises the council has made to children in its care and care leavers."),
    ("p", "Version 4.1"),
]

# ---------------------------------------------------------------- 11603 Skelmoor, permanence (side-heads)
SKELMOOR_TITLE = "Permanence for children in our care"
SKELMOOR_OPENING = [
    "This chapter sets out how Skelmoor County Council plans for permanence for every child it looks after. It should be read by social workers, independent reviewing officers and team managers. It was revised in June 2025 to shorten the timescale for agreeing a permanence plan.",
]
# (side-head or "" for a paragraph that follows on under the same head, paragraph)
SKELMOOR: list[tuple[str, str]] = [
    ("What permanence means", "Permanence is the long-term plan for a child's upbringing. It gives the child a secure, stable and loving family and a sense of belonging that lasts into adulthood, whether they live with their birth family, with relatives or friends, with long-term foster carers or with adopters."),
    ("The law and guidance", "The Children Act 1989, the Adoption and Children Act 2002 and the Care Planning, Placement and Case Review (England) Regulations 2010 all require a permanence plan for every child in care."),
    ("Our way of working", "We work restoratively: we do things with families rather than to them or for them. Family Group Conferences are offered to every family before a child comes into care, so that relatives can put forward their own plan."),
    ("", "Children are told about their plans in words they understand, and their views are written into every plan."),
    ("Timescales", "A permanence plan must be agreed at the child's second looked after review, no later than four months after they came into care."),
    ("Options for permanence", "The options are a return home, a placement with family or friends under a special guardianship or child arrangements order, long-term fostering, and adoption. Residential care is a permanence option only for a small number of older children."),
    ("", "Brothers and sisters are placed together wherever this is in the interests of each of them."),
    ("Reviewing the plan", "The independent reviewing officer checks at every review that the permanence plan is on track and raises a concern with the team manager when it drifts."),
    ("Recording", "The permanence plan is recorded on the child's electronic file and shared with the child's carers, parents and school as far as is right for each of them."),
]
SKELMOOR_END = "End of chapter"

# ---------------------------------------------------------------- 11604 Wrenham, letter then the chapter
WRENHAM_LETTER = [
    "Wrenham Metropolitan Borough Council",
    "Children's Services, Civic Offices, Market Row, Wrenham",
    "7 April 2025",
    "Dear colleague,",
    "I am pleased to send you the revised chapter on caring for our children and young people. It has been rewritten with the help of the young people on our Children in Care Council, who told us plainly what they want from the adults around them.",
    "Please take time to read it with your team, and talk to your service manager if anything is unclear.",
    "Yours sincerely,",
    "Alison Thackeray",
    "Director of Children's Services",
]
WRENHAM: Blocks = [
    ("title", "Caring for our children and young people"),
    ("h", "About this chapter"),
    ("p", "This chapter applies to everyone in Wrenham who works with Cared for Children and care leavers. It was last amended in March 2025."),
    ("h", "Our values"),
    ("p", "We are honest with children and families, we keep our promises, and we treat every child as an individual with their own story. We value the relationships children have with the people who matter to them."),
    ("h", "Our practice model"),
    ("p", "Wrenham uses Restorative Practice across children's services. It means working with children and families, with high support and high challenge, so that they take part in the decisions that shape their lives."),
    ("p", "Every child in care has a named social worker who visits them at least every six weeks and sees them alone."),
    ("h", "Planning for permanence"),
    ("p", "Each Cared for Child has a permanence plan agreed by their second review, which is held within four months of their coming into care."),
    ("h", "Leaving care"),
    ("p", "Young people leaving care have a personal adviser until they are 25, whether or not they are in education or training."),
    ("h", "Working together"),
    ("p", "We cannot do this on our own. Schools, health services, the police and the voluntary sector are partners in caring for our children, and we share plans with them so that no child falls between services."),
    ("h", "Confidentiality"),
    ("p", "Information about a child is shared only where it helps to keep the child safe or to meet their needs. We explain to children what we share and with whom."),
    ("p", "Last updated: 31 March 2025"),
]
# fmt: on


# ---------------------------------------------------------------- builders


def _fpdf() -> object:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 3, 1))
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 20, 22)
    return pdf


def hartwell(target: Path) -> None:
    pdf = _fpdf()
    pdf.set_title(HARTWELL[0][1])  # type: ignore[attr-defined]
    pdf.add_page()  # type: ignore[attr-defined]
    for kind, text in HARTWELL:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 16)  # type: ignore[attr-defined]
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
            pdf.ln(3)  # type: ignore[attr-defined]
        elif kind == "h":
            pdf.ln(1)  # type: ignore[attr-defined]
            pdf.set_font("Helvetica", "B", 11.5)  # type: ignore[attr-defined]
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
            pdf.ln(1)  # type: ignore[attr-defined]
        elif kind == "b":
            pdf.set_font("Helvetica", "", 11)  # type: ignore[attr-defined]
            pdf.set_x(28)  # type: ignore[attr-defined]
            pdf.multi_cell(0, 5.5, "-  " + text, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
        else:
            pdf.set_font("Helvetica", "", 11)  # type: ignore[attr-defined]
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
            pdf.ln(2)  # type: ignore[attr-defined]
    pdf.output(str(target))  # type: ignore[attr-defined]


def skelmoor(target: Path) -> None:
    pdf = _fpdf()
    pdf.set_title(SKELMOOR_TITLE)  # type: ignore[attr-defined]
    pdf.add_page()  # type: ignore[attr-defined]
    pdf.set_font("Helvetica", "", 10)  # type: ignore[attr-defined]
    pdf.multi_cell(
        0,
        5,
        "Skelmoor County Council - Children's Services Procedures",
        new_x="LMARGIN",
        new_y="NEXT",
    )  # type: ignore[attr-defined]
    pdf.ln(2)  # type: ignore[attr-defined]
    pdf.set_font("Helvetica", "B", 16)  # type: ignore[attr-defined]
    pdf.multi_cell(0, 8, SKELMOOR_TITLE, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
    pdf.ln(4)  # type: ignore[attr-defined]
    side, body_x, body_w = 38.0, 64.0, 124.0
    for text in SKELMOOR_OPENING:
        pdf.set_font("Helvetica", "", 11)  # type: ignore[attr-defined]
        pdf.set_x(body_x)  # type: ignore[attr-defined]
        pdf.multi_cell(body_w, 5.5, text, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
        pdf.ln(3)  # type: ignore[attr-defined]
    for head, text in SKELMOOR:
        y = pdf.get_y()  # type: ignore[attr-defined]
        if head:
            pdf.ln(1)  # type: ignore[attr-defined]
            y = pdf.get_y()  # type: ignore[attr-defined]
            pdf.set_font("Helvetica", "B", 11.5)  # type: ignore[attr-defined]
            pdf.set_xy(22, y)  # type: ignore[attr-defined]
            pdf.multi_cell(side, 5.5, head, align="L", new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
            head_end = pdf.get_y()  # type: ignore[attr-defined]
        else:
            head_end = y
        pdf.set_font("Helvetica", "", 11)  # type: ignore[attr-defined]
        pdf.set_xy(body_x, y)  # type: ignore[attr-defined]
        pdf.multi_cell(body_w, 5.5, text, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
        pdf.set_y(max(pdf.get_y(), head_end))  # type: ignore[attr-defined]
        pdf.ln(3)  # type: ignore[attr-defined]
    pdf.set_font("Helvetica", "", 11)  # type: ignore[attr-defined]
    pdf.set_x(body_x)  # type: ignore[attr-defined]
    pdf.multi_cell(body_w, 5.5, SKELMOOR_END, new_x="LMARGIN", new_y="NEXT")  # type: ignore[attr-defined]
    pdf.output(str(target))  # type: ignore[attr-defined]


def _word_body(document: object, blocks: Blocks) -> None:
    from docx.shared import Pt

    for kind, text in blocks:
        if kind == "title":
            paragraph = document.add_paragraph()  # type: ignore[attr-defined]
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt(16)
        elif kind == "h":
            paragraph = document.add_paragraph()  # type: ignore[attr-defined]
            paragraph.paragraph_format.space_before = Pt(8)
            paragraph.paragraph_format.keep_with_next = True
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt(11.5)
        elif kind == "n":
            document.add_paragraph(text, style="List Number")  # type: ignore[attr-defined]
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")  # type: ignore[attr-defined]
        else:
            document.add_paragraph(text)  # type: ignore[attr-defined]


def coldbeck(target: Path) -> None:
    document = new_docx()
    _word_body(document, COLDBECK)
    docx_to_pdf(saved_docx(document), target)


def wrenham(target: Path) -> None:
    from docx.enum.text import WD_BREAK

    document = new_docx()
    for text in WRENHAM_LETTER:
        document.add_paragraph(text)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _word_body(document, WRENHAM)
    docx_to_pdf(saved_docx(document), target)


FILES = {
    "11601-pdf-fpdf-bold-11-5-meaning-headings-unheaded-opening-law-list.pdf": hartwell,
    "11602-pdf-lo-numbered-section-dash-headings-appendix.pdf": coldbeck,
    "11603-pdf-fpdf-side-heads-left-margin-follow-on-paragraphs.pdf": skelmoor,
    "11604-pdf-lo-director-cover-letter-then-chapter.pdf": wrenham,
}


def _notes() -> dict[str, str]:
    skelmoor_blocks: Blocks = [
        ("p", "Skelmoor County Council - Children's Services Procedures"),
        ("title", SKELMOOR_TITLE),
    ]
    skelmoor_blocks += [("p", text) for text in SKELMOOR_OPENING]
    for head, text in SKELMOOR:
        if head:
            skelmoor_blocks.append(("h", head))
        skelmoor_blocks.append(("p", text))
    skelmoor_blocks.append(("p", SKELMOOR_END))
    wrenham_blocks: Blocks = [("p", line) for line in WRENHAM_LETTER] + WRENHAM
    return {
        "11601": blocks_note(
            HARTWELL, SCRIPT, "fpdf2; headings bold 11.5 pt over an 11 pt body; un-headed opening"
        ),
        "11602": blocks_note(
            COLDBECK,
            SCRIPT,
            "LibreOffice PDF from Word; numbered 'Section N –' headings, bold 11.5 pt Normal paragraphs; an appendix",
        ),
        "11603": blocks_note(
            skelmoor_blocks, SCRIPT, "fpdf2; side-heads in the left margin beside their paragraphs"
        ),
        "11604": blocks_note(
            wrenham_blocks,
            SCRIPT,
            "LibreOffice PDF from Word; a letter from the director on page 1, then the chapter",
        ),
    }


def main() -> None:
    notes = _notes()
    for name, make in FILES.items():
        make(HERE / name)
        (HERE / (name + ".md")).write_text(notes[name[:5]], encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main()
