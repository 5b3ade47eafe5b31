# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 160th blind set (16001-16004): four whole chapters on looked-after children,
leaving care and corporate parenting, as council officers who never saw the common template
write them, held as Word and PDF.

    16001  Word: a briefing note to a corporate parenting panel; Title style, a prepared-for
           line, headings in Heading 2 named by meaning ("Why this note has been written",
           "How we got here", "What members need to know", "What we are asking the Panel to
           do"); the facts scattered through the background.
    16002  Word: a guide written as a letter to young people ("Dear …", "You", "Your rights",
           "When you turn 18"), title a larger bold run, headings bold Normal paragraphs,
           a signed closing.
    16003  a Word FAQ (Heading 1 questions, answers of one or two paragraphs) printed to PDF by
           LibreOffice headless.
    16004  fpdf2: a one-page summary leaflet in two columns under a title and a boxed
           panel of key facts spanning the page.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind160.py   (python-docx, LibreOffice, fpdf2)
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind160.py"
Blocks = list[tuple[str, str]]

# fmt: off
HALSTOW_TITLE = "Briefing Note: Our Duties to Children Looked After and Care Leavers"
HALSTOW: Blocks = [
    ("p", "Prepared for the Corporate Parenting Panel by the Head of Children Looked After, Halstow Borough Council"),
    ("h", "Why this note has been written"),
    ("p", "New members of the Panel asked for a short account of what the council owes to the children it looks after and to the young people who have left its care. This note is that account. It is meant for councillors and senior officers, and it was last revised in October 2025 to take in the Panel's comments from the summer."),
    ("h", "How we got here"),
    ("p", "The council's duties towards children looked after did not arrive all at once. The Children Act 1989 made the council responsible for the welfare of every child it accommodates. The Children (Leaving Care) Act 2000 carried those duties past a young person's eighteenth birthday, and the Children and Social Work Act 2017 wrote the idea of the council as a corporate parent into law."),
    ("p", "In Halstow, a care leaver is now entitled to a personal adviser until the age of 21, and the help carries on up to 25 for any young person who asks us to keep it going. About 140 young people use that offer at any one time."),
    ("p", "In 2023 the Panel asked officers to look again at how long children wait for a settled home. Since then we have expected a plan for permanence to be agreed no later than four months after a child starts to be looked after."),
    ("h", "What members need to know"),
    ("p", "Children still move home too often. One child looked after in eight had three or more placements last year, and each move costs a child friendships and, often, a school. Stability comes first, and a child who cannot go home should know quickly, and for certain, where they will grow up."),
    ("p", "Young people tell us that leaving care feels like falling off a cliff. We believe no young person should be pushed to leave a home before they are ready, and that the help they get should go on for as long as they need it, not stop at an arbitrary birthday."),
    ("h", "Being a good corporate parent"),
    ("p", "Every councillor and every officer shares in the council's role as corporate parent. The law sets out seven corporate parenting principles, from acting in a child's best interests to preparing them for adult life, and members should test every report that comes before them against those seven."),
    ("h", "The way our social workers practise"),
    ("p", "Since 2022 Halstow's social workers have practised Restorative Practice. It asks staff to work with children and families, high in support and high in challenge, rather than doing things to them or for them."),
    ("h", "What we are asking the Panel to do"),
    ("p", "We recommend that the Panel agrees three priorities for the next two years: to recruit thirty more foster families who live within the borough, to open a second Staying Close house for young people leaving residential care, and to ask every directorate of the council to offer at least two apprenticeships a year to care leavers."),
    ("h", "Contact"),
    ("p", "Questions about this note can be sent to the Children Looked After service at Halstow Civic Centre."),
]

BRINEFORD_TITLE = "Moving On: A Guide for Young People Leaving Care in Brineford"
BRINEFORD: Blocks = [
    ("h", "You"),
    ("p", "Dear young person, we have written this guide for you if you are 15 or older and live in care with Brineford Council, or if you have already left our care. It tells you what you can expect from us and what you can ask for. We changed this guide in February 2026, after the Children in Care Council told us which parts were hard to follow."),
    ("h", "Your rights"),
    ("p", "The law gives you rights, and we must respect them. The Children Act 1989 says we have to look after your welfare while you are in care, the Children (Leaving Care) Act 2000 says our help does not stop when you turn 18, and the Care Leavers (England) Regulations 2010 say what your pathway plan must cover."),
    ("p", "You also have the right to see most of what we write about you, and the right to complain if you think we have let you down."),
    ("h", "The council is your parent too"),
    ("p", "When you came into care, the whole council became your corporate parent, as it is for every child in care in Brineford. That means every councillor and every member of staff should do for you what a good parent would do. There are seven promises in the law, called the corporate parenting principles, and we try to keep all seven of them for you every day."),
    ("h", "Having your say"),
    ("p", "Nothing about your future should be decided without you. Your social worker and, later, your personal adviser will ask what you think before any big decision, and if you find it hard to speak up for yourself, we will find you an advocate who is on your side."),
    ("h", "When you turn 18"),
    ("p", "Turning 18 does not mean you are on your own. You will keep a personal adviser until you are 21. If you want their help after that, you can keep your adviser until your 25th birthday; you just need to tell us."),
    ("h", "Somewhere to live"),
    ("p", "If you live with foster carers, you may be able to stay with them after you turn 18 under Staying Put. Your adviser will help you look at the other choices too, such as supported lodgings or a flat of your own, and will help you with the forms."),
    ("h", "Money"),
    ("p", "We will give you a setting-up-home grant when you move into your own place, and help with the costs of college or university. Your adviser can explain what you can claim and help you to open a bank account."),
    ("h", "Who sees what we write about you"),
    ("p", "What we write about you is kept private. We only share it with other people, such as your doctor or your college, when you agree or when we need to keep you or someone else safe, and we will tell you when we have done so."),
    ("h", "Questions?"),
    ("p", "If anything in this guide is not clear, ask your adviser or call the Leaving Care Team on the number on the back page."),
    ("p", "Best wishes,"),
    ("p", "The Leaving Care Team, Brineford Council"),
]

OXLEY_TITLE = "Corporate Parenting: Questions and Answers"
OXLEY: Blocks = [
    ("h", "What is this document for?"),
    ("p", "Oxley Fells Council wrote these questions and answers for its staff, its councillors and the foster carers and providers who work with Looked After Children in Oxley Fells. They replace the older corporate parenting guidance. They were last updated in June 2025."),
    ("h", "Which laws set out the council's duties?"),
    ("p", "Most of our duties come from four Acts of Parliament: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Each has statutory guidance of its own, which staff should follow."),
    ("h", "What does being a corporate parent mean?"),
    ("p", "It means that the council as a whole, and not only its social workers, takes on the responsibilities a good parent would have. The Children and Social Work Act sets out seven principles for corporate parents to follow."),
    ("p", "In short, we must act in each child's best interests, listen to their wishes and feelings and take them into account, help them use the services they need, hope for the best for them, keep them safe and settled, and get them ready for adult life."),
    ("h", "Who else shares this responsibility?"),
    ("p", "No single agency can do this alone. Schools, health services, the police, housing and the voluntary sector all have a part to play, and we agree plans with them in the way that Working Together to Safeguard Children 2023 describes."),
    ("h", "How soon will a child know where they are going to grow up?"),
    ("p", "A child who cannot return home should not be left waiting. Every Looked After Child in Oxley Fells has a permanence plan agreed at the review held by the end of their fourth month in care, and the Independent Reviewing Officer checks that the plan is moving."),
    ("h", "What help do care leavers get?"),
    ("p", "Every care leaver has a personal adviser until they turn 21. Those who want the support to go on can have it until they reach 25."),
    ("h", "How do our social workers work with families?"),
    ("p", "Our social workers use Family Safeguarding. Adult mental health workers, drug and alcohol workers and domestic abuse workers sit in the same teams as social workers, so that a family's problems are tackled together rather than one at a time."),
    ("h", "What do we want for the children we look after?"),
    ("p", "We want them to be healthy, to be safe, to do well at school, to have friends and interests, and to leave our care ready for work, further study and a home of their own."),
    ("h", "Who can see information about a child?"),
    ("p", "Only people who need it to help the child. We share information with other agencies where the law allows it and where it protects a child, and we tell children and their families what we have shared unless that would put someone at risk."),
]

MARROW_TITLE = "Our Promise to Cared For Children: A Summary"
MARROW_BOX: list[tuple[str, str]] = [
    ("Updated", "September 2025"),
    ("Personal adviser", "until 21, or until 25 in education or training"),
    ("A settled home", "a permanence plan within 6 months of coming into care"),
    ("How we work", "Signs of Safety"),
]
MARROW_LEFT: Blocks = [
    ("h", "About this leaflet"),
    ("p", "This leaflet sums up, on one page, how Marrowdale Council cares for its cared for children and its care leavers. The full policy is on the council's website."),
    ("h", "Our promise"),
    ("p", "The whole council is a corporate parent. Councillors and staff follow the seven corporate parenting principles and ask, every time, whether a decision would be good enough for their own child."),
    ("h", "A home for every child"),
    ("p", "Children do best with their own families when it is safe. When it is not, every cared for child should have a permanence plan within six months of coming into care."),
]
MARROW_RIGHT: Blocks = [
    ("h", "After you leave care"),
    ("p", "Every care leaver has a personal adviser until 21, and until 25 if they are in education or training. Advisers help with housing, money, study and work."),
    ("h", "How we work"),
    ("p", "Our social workers use Signs of Safety. They look with each family at what is going well, what worries us and what needs to happen next."),
    ("h", "Contact us"),
    ("p", "Marrowdale Children's Services, Town Hall, Marrowdale. Ask for the Cared For Children Team."),
]
# fmt: on


# ----------------------------------------------------------------------------- 16001 briefing note
def halstow(target: Path) -> None:
    document = new_docx()
    document.core_properties.title = HALSTOW_TITLE
    document.core_properties.created = datetime.datetime(2025, 10, 1)
    document.add_paragraph(HALSTOW_TITLE, style="Title")
    for kind, text in HALSTOW:
        if kind == "h":
            document.add_paragraph(text, style="Heading 2")
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


# ------------------------------------------------------------------------ 16002 letter-like guide
def brineford(target: Path) -> None:
    from docx.shared import Pt

    document = new_docx()
    document.core_properties.title = BRINEFORD_TITLE
    document.core_properties.created = datetime.datetime(2026, 2, 1)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(12)
    title = document.add_paragraph()
    run = title.add_run(BRINEFORD_TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for kind, text in BRINEFORD:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind == "h":
            run.bold = True
    target.write_bytes(saved_docx(document))


# ---------------------------------------------------------------------------------- 16003 FAQ, PDF
def oxley(target: Path) -> None:
    document = new_docx()
    document.core_properties.title = OXLEY_TITLE
    document.core_properties.created = datetime.datetime(2025, 6, 1)
    document.add_paragraph(OXLEY_TITLE, style="Title")
    for kind, text in OXLEY:
        if kind == "h":
            document.add_paragraph(text, style="Heading 1")
        else:
            document.add_paragraph(text)
    docx_to_pdf(saved_docx(document), target)


# ----------------------------------------------------------------------------- 16004 leaflet, fpdf2
def marrowdale(target: Path) -> None:
    from fpdf import FPDF

    teal = (0, 101, 107)
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 9, 15))
    pdf.set_title(MARROW_TITLE)
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 19)
    pdf.set_text_color(*teal)
    pdf.multi_cell(0, 9, MARROW_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    # the key facts: a bordered, shaded box across the page, a coloured heading band on top
    top = pdf.get_y()
    pdf.set_fill_color(*teal)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "  Key facts", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(230, 242, 242)
    pdf.set_text_color(0, 0, 0)
    for label, value in MARROW_BOX:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(50, 7, "  " + label, fill=True)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 7, value, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*teal)
    pdf.set_line_width(0.5)
    pdf.rect(18, top, 174, pdf.get_y() - top)
    pdf.ln(8)
    # two columns below the box: the left column's blocks, then the right's
    with pdf.text_columns(ncols=2, gutter=8, text_align="L") as columns:
        for index, blocks in enumerate((MARROW_LEFT, MARROW_RIGHT)):
            if index:
                columns.new_column()
            for kind, text in blocks:
                if kind == "h":
                    pdf.set_font("Helvetica", "B", 12)
                    pdf.set_text_color(*teal)
                    with columns.paragraph(
                        line_height=1.3, top_margin=2, bottom_margin=1
                    ) as paragraph:
                        paragraph.write(text)
                else:
                    pdf.set_font("Helvetica", "", 10)
                    pdf.set_text_color(0, 0, 0)
                    with columns.paragraph(line_height=1.35, bottom_margin=3) as paragraph:
                        paragraph.write(text)
    pdf.output(str(target))


FILES = {
    "16001-docx-briefing-note-heading-2-meaning-headings-prepared-for-line-facts-in-background-restorative-four-months-21-and-25-on-request-children-looked-after.docx": (
        halstow,
        [("title", HALSTOW_TITLE), *HALSTOW],
        "Word briefing note, Title style, a prepared-for line, Heading 2 headings named by meaning, facts scattered through the background",
    ),
    "16002-docx-letter-guide-to-young-people-bold-normal-headings-you-your-rights-when-you-turn-18-sign-off-children-in-care.docx": (
        brineford,
        [("title", BRINEFORD_TITLE), *BRINEFORD],
        "Word guide written as a letter to young people, title a larger bold run, headings bold Normal paragraphs",
    ),
    "16003-pdf-lo-faq-heading-1-questions-family-safeguarding-fourth-month-21-and-25-looked-after-children.pdf": (
        oxley,
        [("title", OXLEY_TITLE), *OXLEY],
        "a Word FAQ (Heading 1 questions) printed to PDF by LibreOffice",
    ),
    "16004-pdf-fpdf-one-page-leaflet-two-columns-key-facts-box-signs-of-safety-six-months-cared-for.pdf": (
        marrowdale,
        [
            ("title", MARROW_TITLE),
            ("h", "Key facts"),
            *(("b", f"{label}: {value}") for label, value in MARROW_BOX),
            *MARROW_LEFT,
            *MARROW_RIGHT,
        ],
        "fpdf2 one-page leaflet: title and a boxed table of key facts across the page, two columns below",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / f"{name}.md").write_text(blocks_note(blocks, SCRIPT, about), "utf-8")
        print(name)


if __name__ == "__main__":
    main()
