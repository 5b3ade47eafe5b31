# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the hundred-and-ninety-sixth blind set: four whole
children's-services policy chapters of invented councils, written for this set in our own words.

    19601  Brackenholme: a Word file whose headings carry Word's Heading 1 style (Title-style title).
    19602  Harrowden: a Word file whose headings are bold Normal paragraphs with hand-typed
           numbers ("3. ...").
    19603  Oakmere: a Word file with Heading 1 styles, a running header and a "Page N of M"
           footer (real PAGE and NUMPAGES fields), printed to PDF by LibreOffice Writer.
    19604  Kelsby: reportlab, headings set only a little larger than the body (11.5 pt against
           10 pt, same weight), a running footer with the page number.

The three text documents of the set (19605 HTML, 19606 markdown, 19607 plain text) are written
by hand beside these.

usage: PYTHONPATH=/path/to/reportlab .venv/bin/python tests/cases/documents/build_blind196.py
       (python-docx, LibreOffice, reportlab; reportlab is not in the shared virtualenv: install
       it into a folder of its own and put that on PYTHONPATH)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx, word_field  # noqa: E402

SCRIPT = "build_blind196.py"
Blocks = list[tuple[str, str]]
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ----------------------------------------------------------------- 19601 Brackenholme, Heading styles
BRACK: Blocks = [
    ("title", TITLE),
    ("h", "Purpose of these pages"),
    ("p", "Brackenholme's children's social care procedures all start from the policy described in this chapter. It says where our duties come from, what we believe about children and families, and how we expect those beliefs to show in everyday casework."),
    ("p", "October 2025 amendment: the section on care leavers was rewritten to match the council's extended offer, and a section on children who arrive in the borough without a parent was added."),
    ("h", "Where our powers come from"),
    ("p", "Parliament has given the council its responsibilities towards children mainly through the following statutes:"),
    ("b", "Children Act 1989"),
    ("b", "Human Rights Act 1998"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Equality Act 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "The chapter applies above all to our work with children in need and children looked after, which we carry out together with schools, health services, the police and the voluntary sector."),
    ("h", "What we stand for"),
    ("p", "Children come first in every decision, and their safety is never traded for convenience. We are open with parents about what worries us, we build on what is going well in a family, and we do not give up on children whose lives are hard to change."),
    ("p", "We expect every member of staff to treat children and families with courtesy, to keep appointments, and to explain decisions in words that people can understand."),
    ("h", "Being a good parent to every child we look after"),
    ("p", "When a child becomes looked after, the whole council takes on a parent's responsibilities. Councillors and officers must keep in mind the need:"),
    ("n", "to act in the best interests of children looked after and care leavers, and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them to find and make the best use of the services provided by the council and its partners;"),
    ("n", "to promote high aspirations and to seek the best outcomes for them;"),
    ("n", "for them to be safe, and to have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Thinking about the whole family system"),
    ("p", "Brackenholme's practice model is Systemic Practice. Social workers look at the relationships around a child rather than at one person's behaviour, and every team has a qualified systemic practitioner who leads a weekly group discussion of cases."),
    ("h", "Home first, then a home for good"),
    ("p", "Wherever it is safe, children are helped to remain with their parents, and when they cannot, we look first to relatives and family friends."),
    ("p", "For a child who does come into care, a permanence plan must be in place before the child has spent four months in our care, so that nobody drifts without knowing where they will grow up."),
    ("h", "After eighteen"),
    ("p", "Our leaving care team stays alongside young people until they reach 21. Where a care leaver is bringing up a child of their own, we continue to offer a personal adviser until they are 25."),
    ("h", "Children who come to us alone"),
    ("p", "Each year a number of young people arrive in Brackenholme without a parent, many of them seeking asylum. They are offered an interpreter at every meeting, an age-appropriate placement within the borough where one can be found, and a solicitor who specialises in immigration law."),
]

# ----------------------------------------------------------------- 19602 Harrowden, bold Normal headings with typed numbers
HARR: Blocks = [
    ("title", TITLE),
    ("h", "1. Why this chapter exists"),
    ("p", "This chapter is the starting point for the rest of Harrowden's children's services manual: it describes the policy framework, the values of the service and the principles that each of our procedures puts into practice."),
    ("p", "Our May 2026 revision rewrote section 8 on leaving care and replaced the description of our practice model."),
    ("h", "2. Partners around the child"),
    ("p", "Harrowden's social workers rarely act alone. The Harrowden Safeguarding Children Partnership brings together the council, the integrated care board and the police, and we follow Working Together to Safeguard Children in every piece of joint work with schools, health visitors and voluntary organisations."),
    ("h", "3. The law we work under"),
    ("p", "The service carries out duties placed on the council by the Children Act 1989, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("h", "4. What we care about"),
    ("p", "We want children to feel that someone is on their side. That means listening before we decide, being reliable, treating families fairly whatever their background, and saying clearly what must change when a child is not safe."),
    ("h", "5. The council as a family"),
    ("p", "Every Child in Care in Harrowden has the whole city council as a parent. The council has adopted the seven principles of corporate parenting, and each directorate reports once a year to the Corporate Parenting Board on what it has done for Children in Care and care leavers."),
    ("h", "6. Restorative Practice in Harrowden"),
    ("p", "Since 2025 the service has used Restorative Practice throughout. Practitioners work with families, not to them, balancing clear expectations with practical help, and meetings are run so that everyone affected has a say."),
    ("h", "7. Where children grow up"),
    ("p", "A child is best brought up by their own family if that can be made safe. When it cannot, the child's social worker must secure a permanence plan inside six months of the child coming into care, and the independent reviewing officer checks that the plan is moving."),
    ("h", "8. Leaving care"),
    ("p", "Every young person leaving our care is entitled to a personal adviser until they are 21. Care leavers who are at university keep their personal adviser until they turn 25."),
    ("h", "9. Keeping information safe"),
    ("p", "We record what families tell us accurately and keep it secure. Information is shared with other agencies when it is needed to protect a child or to provide a service, and the reason is written on the child's file."),
    ("p", "Version 2.4"),
]

# ----------------------------------------------------------------- 19603 Oakmere, Heading styles, running header and footer, printed to PDF
OAK_HEADER = "Oakmere Council | Children's Services Procedures Manual"
OAK: Blocks = [
    ("title", TITLE),
    ("h", "About this chapter and its latest revision"),
    ("p", "This chapter sets out the policy that underpins every procedure Oakmere Council's children's services follow. Amendments were last made to this chapter in January 2026, when the section on missing children was added and the outcomes were reworded."),
    ("h", "Legal basis"),
    ("p", "The council acts within a body of law that includes:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Care Standards Act 2000;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("p", "Most of this chapter concerns Looked After Children and children in need, whom we support alongside the rest of the council and our partners in health, education and the police."),
    ("h", "How we behave"),
    ("p", "Oakmere's staff are asked to be honest, respectful and persistent. We put the child's welfare ahead of every other interest, we listen to children and write down their views in their own words, and we treat parents as partners unless that would put a child at risk."),
    ("h", "The corporate parent's duties"),
    ("p", "Oakmere Council is the corporate parent of every Looked After Child and care leaver. In exercising its functions it must have regard to the need:"),
    ("b", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take into account their views, wishes and feelings;"),
    ("b", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h", "Signs of Safety in Oakmere"),
    ("p", "Oakmere's practice model is Signs of Safety. Every assessment asks what is working well, what we are worried about and what needs to happen, and children's words and drawings are part of each plan."),
    ("h", "Permanence and belonging"),
    ("p", "We plan for a permanent home from the day a child comes into care. The permanence plan is confirmed at most three months after admission to care, and it is reviewed at each of the child's reviews."),
    ("h", "Support beyond care"),
    ("p", "We offer each care leaver a personal adviser up to their twenty-first birthday, and beyond that, until their twenty-fifth birthday, to any who are still in education or training."),
    ("h", "Children missing from home and care"),
    ("p", "When a Looked After Child goes missing, the carer reports it to the police at once and tells the social worker the same day. Every child who comes back is offered a return home interview by someone independent of their placement within 72 hours, and what they say is used to make them safer."),
    ("h", "What good looks like for our children"),
    ("p", "We will measure our success by whether children are healthy, learning and achieving, safe from harm, able to make a positive contribution and, when they leave care, in work, education or training and living somewhere they call home."),
    ("h", "Our plan for 2026 to 2028"),
    ("p", "Over the next two years Oakmere will open a small children's home in the town, recruit thirty new foster carers and bring back to the county every child who lives more than twenty miles away without a good reason."),
    ("p", "Last updated: 28 January 2026"),
]

# ----------------------------------------------------------------- 19604 Kelsby, reportlab, headings a little larger than the body
KELS_FOOTER = "Kelsby Borough Council - Children's Social Care"
KELS: Blocks = [
    ("title", TITLE),
    ("h", "Introduction and law"),
    ("p", "This chapter describes the framework within which Kelsby's children's services work with children who are looked after, children in need and their families. Our duties come principally from the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017, read with the statutory guidance issued under them."),
    ("h", "Changes to this chapter"),
    ("p", "Rewritten throughout in March 2026. Earlier versions should no longer be relied on."),
    ("h", "Our commitments"),
    ("p", "We commit to keeping children safe, to telling them the truth about their situation in a way they can understand, and to being as ambitious for them as any good parent would be. We value the people who look after children, whether they are parents, relatives or foster carers, and we treat them with respect."),
    ("h", "Parenting as a whole council"),
    ("p", "Kelsby Borough Council, its councillors and its officers act as corporate parents to children who are looked after and to care leavers, and apply the principles of corporate parenting in every decision that affects them, from housing to leisure passes."),
    ("h", "Practising with families"),
    ("p", "Kelsby introduced Strengthening Families in 2024 as the model for all of its child protection work. Conferences are held in plain language, strengths and dangers are written side by side, and families are asked to help write the plan."),
    ("h", "The child's journey through care"),
    ("p", "A child who is looked after should know early where they will grow up. We aim to agree a permanence plan within five months of the date the child became looked after."),
    ("p", "When they leave care, young people have a personal adviser until they are 21, and those who are homeless or at risk of becoming homeless keep that adviser up to the age of 25."),
    ("h", "Kinship carers in Kelsby"),
    ("p", "Grandparents, older brothers and sisters, aunts and family friends bring up many Kelsby children who cannot live with their parents. We assess them fairly and quickly, pay kinship carers the same allowances as our foster carers, and give them a named support worker."),
    ("h", "Joint work with partners"),
    ("p", "We cannot protect children on our own. We plan with schools, GPs, health visitors, the police and voluntary groups through the Kelsby Safeguarding Children Partnership, and we expect every partner to raise a concern early."),
]
# fmt: on


def word_file(blocks: Blocks, bold_headings: bool) -> Any:
    """A python-docx document built from blocks: headings as Heading 1 paragraphs, or as bold
    Normal paragraphs carrying their typed numbers where the council formats them by hand."""
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            if bold_headings:
                run = document.add_paragraph().add_run(text)
                run.bold = True
                run.font.size = Pt(15)
            else:
                document.add_paragraph(text, style="Title")
        elif kind == "h":
            if bold_headings:
                document.add_paragraph().add_run(text).bold = True
            else:
                document.add_heading(text, 1)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return document


def brackenholme(target: Path) -> None:
    target.write_bytes(saved_docx(word_file(BRACK, bold_headings=False)))


def harrowden(target: Path) -> None:
    target.write_bytes(saved_docx(word_file(HARR, bold_headings=True)))


def oakmere(target: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = word_file(OAK, bold_headings=False)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = OAK_HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "2")
    docx_to_pdf(saved_docx(document), target)


def kelsby(target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    heading = ParagraphStyle(
        "heading", parent=body, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4
    )
    title = ParagraphStyle("title", parent=body, fontSize=14, leading=18, spaceAfter=10)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, 12 * mm, KELS_FOOTER)
        canvas.drawRightString(190 * mm, 12 * mm, f"{doc.page}")
        canvas.restoreState()

    story: list[Any] = []
    for kind, text in KELS:
        style = {"title": title, "h": heading}.get(kind, body)
        story.append(Paragraph(text.replace("&", "&amp;"), style))
    pdf = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=20 * mm, bottomMargin=22 * mm, title=TITLE, author="policydiff test cases",
        creator="reportlab", invariant=1,
    )  # fmt: skip
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)


# fmt: off
DOCUMENTS = {
    "19601-docx-heading-styles-brackenholme-month-first-amendment-six-acts-bulleted-seven-numbered-systemic-practice-four-months-21-or-25-own-child-arriving-alone-cla.docx": (
        brackenholme, BRACK, "python-docx, Title style for the title and Heading 1 styles for the headings"),
    "19602-docx-bold-typed-number-headings-harrowden-our-revision-partners-first-four-acts-sentence-seven-adopted-restorative-six-months-21-or-25-university-version-children-in-care.docx": (
        harrowden, HARR, "python-docx, headings as bold runs in Normal paragraphs with typed numbers; the title a larger bold line"),
    "19603-pdf-lo-word-running-header-page-of-footer-oakmere-amendments-last-made-seven-acts-seven-bulleted-signs-of-safety-three-months-words-birthdays-missing-children-outcomes-strategy-last-updated-lac.pdf": (
        oakmere, OAK, "python-docx with Heading 1 styles, a running header and a 'Page N of M' footer (fields), printed to PDF by LibreOffice"),
    "19604-pdf-reportlab-slightly-larger-headings-kelsby-law-first-rewritten-throughout-three-acts-principles-uncounted-strengthening-families-five-months-21-or-25-homeless-kinship-partners-last.pdf": (
        kelsby, KELS, "reportlab, headings 11.5 pt against a 10 pt body at the same weight, a footer with the council's name and the page number"),
}
# fmt: on


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, blocks, about) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(blocks_note(blocks, SCRIPT, about), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
