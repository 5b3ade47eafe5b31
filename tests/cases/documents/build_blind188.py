# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the hundred-and-eighty-eighth blind set: three whole
children's-services policy chapters of invented councils, written for this set in our own words.

    18801  Ryecastle: a Word file whose headings carry Word's Heading 1 style.
    18802  Causewick: a Word file whose headings are bold runs in Normal paragraphs.
    18803  Stenning: a Word file with Heading 1 styles and a running footer, printed to PDF
           by LibreOffice.

usage: .venv/bin/python tests/cases/documents/build_blind188.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind188.py"
Blocks = list[tuple[str, str]]
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ----------------------------------------------------------------- 18801 Ryecastle, Heading styles
RYE: Blocks = [
    ("title", TITLE),
    ("p", "Ryecastle Borough Council"),
    ("h", "The ground this chapter covers"),
    ("p", "Every other procedure in the Ryecastle manual rests on the policy set out here. It explains the law behind our work with children and families, the beliefs we hold, and the principles we expect to see in day-to-day practice."),
    ("p", "Updated in March 2026 to describe the council's revised offer to young people leaving care."),
    ("h", "Statutes behind our duties"),
    ("p", "The council's duties to children and their families come from several Acts of Parliament. Practitioners will most often need to know these five:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Most of our work is with children in need and with children looked after by the council, and it is done hand in hand with schools, health services, the police and voluntary groups."),
    ("h", "Convictions we hold"),
    ("p", "A child's welfare comes before the convenience of any service, including our own. Children are entitled to be heard on decisions about their lives, and to be told honestly why a decision went the way it did."),
    ("p", "We think most children do best when they grow up with people who love them and whom they know, and we judge our success by whether the children we work with are safer and happier than before we met them."),
    ("h", "The council as one family"),
    ("p", "Once a child becomes looked after, every part of Ryecastle Borough Council shares the duties of a parent. Councillors and officers must keep the following principles in mind whenever they take a decision that touches children looked after or care leavers:"),
    ("n", "to act in the child's or young person's best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to say what they think, want and feel;"),
    ("n", "to give weight to what they think, want and feel;"),
    ("n", "to help them reach, and make the most of, the services the council and its partners provide;"),
    ("n", "to aim high for them and seek the best outcomes;"),
    ("n", "to keep them safe and give them stability at home, in their relationships and in education or work;"),
    ("n", "to get them ready for adult life and living independently."),
    ("h", "Restorative Practice across Ryecastle"),
    ("p", "Since 2024 every team in the service has used Restorative Practice. Workers aim to do things with families rather than to them or for them, combining high support with high challenge, and repairing relationships when things go wrong."),
    ("h", "Home, belonging and the road to adulthood"),
    ("p", "Where it is safe, we help children to stay with their parents or to live with relatives and friends. If a child needs to be looked after, the plan for where they will grow up permanently must be settled within five months of the day they came into care."),
    ("p", "Each care leaver is given a personal adviser until they turn 21. A young person who is on an apprenticeship can keep that adviser up to the age of 25."),
    ("h", "Looking after the people who do the work"),
    ("p", "Good practice depends on staff who are well supported. Every social worker receives reflective supervision at least once a month, newly qualified workers have protected caseloads, and the service runs a confidential wellbeing line for anyone who has been affected by a difficult case."),
    ("h", "Keeping records private, sharing them wisely"),
    ("p", "What families tell us is confidential, but confidentiality never outweighs a child's safety. Staff share information when the law allows it and when it will protect a child or help to meet their needs, and they write down what they shared, with whom and why."),
]

# ----------------------------------------------------------------- 18802 Causewick, bold Normal headings
CAUSE: Blocks = [
    ("title", TITLE),
    ("h", "A word before the detail"),
    ("p", "This chapter explains the policy that sits behind Causewick City Council's procedures for children and families. Amended in August 2025: the paragraphs on permanence were rewritten and the practice model section was added."),
    ("h", "Many hands around each child"),
    ("p", "No single agency can keep a child safe. Our social workers plan alongside teachers, midwives, school nurses, the police, youth workers and the voluntary sector, following the local safeguarding arrangements that Working Together to Safeguard Children requires."),
    ("h", "The law in one sentence"),
    ("p", "Our duties are set chiefly by the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them."),
    ("h", "Our beliefs and the city we hope for"),
    ("p", "We believe children should be safe, listened to and loved, and that families deserve help early, before problems grow. We respect the people we work with, even when we disagree with them, and we own up to our mistakes."),
    ("p", "In five years' time we want Causewick to be a city where fewer children need to come into care, and where those who do say they felt cared for."),
    ("h", "Councillors in the parent's chair"),
    ("p", "For children in care the city council is the parent. All councillors and officers are expected to apply the seven corporate parenting principles in their work, and the Corporate Parenting Panel asks young people twice a year whether the council is keeping to them."),
    ("h", "Signs of Safety, the Causewick way"),
    ("p", "Causewick's practice model is Signs of Safety. Families and professionals map together what is going well, what the worries are and what must happen next, and the child's own view is written into every plan."),
    ("h", "Staying with family where it is safe"),
    ("p", "Our first aim is to help children live safely at home. Where that cannot happen, we look first to grandparents, aunts, uncles and family friends before we consider foster care with strangers."),
    ("h", "A permanent home without drift"),
    ("p", "No child should wait in limbo. A permanence plan is agreed for every child in care within three months of their arrival in care, and an independent reviewing officer checks it at each review."),
    ("h", "Grown up, not cut off"),
    ("p", "Young people who leave our care have a personal adviser until the age of 21. Those who have a disability keep the support of a personal adviser until they are 25."),
    ("h", "Listening to children with disabilities"),
    ("p", "Disabled children are too often left out of consultation. We use signing, symbols and advocates so that children with communication needs can tell us what they think of their plans and of the services they use, and we report back to them on what changed."),
    ("h", "Measures of a good childhood"),
    ("p", "We will know we are succeeding when children in care are healthy, settled in school, safe from harm, in touch with the people who matter to them, and ready for work or further study when they leave us."),
    ("p", "Version 3.1"),
]

# ----------------------------------------------------------------- 18803 Stenning, Word Heading styles printed to PDF
STEN: Blocks = [
    ("title", TITLE),
    ("p", "Stenning Metropolitan Borough Council"),
    ("h", "Purpose and latest reissue"),
    ("p", "This page gives the policy framework for all of Stenning's children's social care procedures. It was reissued in November 2025 after the council's inspection, with a new section on our work with health colleagues."),
    ("h", "Foundations in law"),
    ("p", "The service acts under these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Care Standards Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Side by side with health services"),
    ("p", "Looked After Children often have health needs that have been missed. Our social workers work side by side with the designated nurse, general practitioners, dentists and the child and adolescent mental health service, so that every child has a health assessment on time and a health plan that is acted on."),
    ("h", "Beliefs that guide the service"),
    ("p", "We put the child first, we are honest with families about our concerns, and we work from their strengths rather than only their difficulties. We expect our staff to be curious, kind and persistent."),
    ("h", "A parent in the town hall"),
    ("p", "The council as corporate parent has regard to the need:"),
    ("b", "to act in the best interests of Looked After Children and care leavers, and to promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help them to use the services that the council and its partners offer;"),
    ("b", "to promote high aspirations and the best outcomes for them;"),
    ("b", "for them to be safe and to have stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h", "Family Safeguarding in Stenning"),
    ("p", "Stenning adopted Family Safeguarding in 2023. Each team joins social workers with specialists in adult mental health, domestic abuse and substance misuse, and they work with parents together rather than referring them elsewhere."),
    ("h", "Settled futures"),
    ("p", "Permanence is discussed at a child's first review and the plan is agreed by the second review, and in any case within four months of the child becoming looked after."),
    ("p", "Care leavers keep a personal adviser until they are 21, or until they are 25 if they are in further or higher education."),
    ("h", "Plans for the next three years"),
    ("p", "Over the next three years we will open two small children's homes inside the borough, recruit forty new foster families and halve the number of children living more than twenty miles from Stenning."),
    ("p", "Last updated: 12 November 2025"),
]
# fmt: on


def word_file(blocks: Blocks, bold_headings: bool, footer: str = "") -> Any:
    """A python-docx document built from blocks: headings as Heading 1 paragraphs, or as bold
    runs in Normal paragraphs where the council formats them by hand."""
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            if bold_headings:
                run = document.add_paragraph().add_run(text)
                run.bold = True
                run.font.size = Pt(16)
            else:
                document.add_paragraph(text, style="Title")
        elif kind == "h":
            if bold_headings:
                document.add_paragraph().add_run(text).bold = True
            else:
                document.add_paragraph(text, style="Heading 1")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    return document


def ryecastle(target: Path) -> None:
    target.write_bytes(saved_docx(word_file(RYE, bold_headings=False)))


def causewick(target: Path) -> None:
    target.write_bytes(saved_docx(word_file(CAUSE, bold_headings=True)))


def stenning(target: Path) -> None:
    document = word_file(
        STEN, bold_headings=False, footer="Stenning MBC - Children's Social Care Procedures"
    )
    docx_to_pdf(saved_docx(document), target)


DOCUMENTS = {
    "18801-docx-heading-styles-ryecastle-updated-in-month-five-acts-bulleted-seven-numbered-restorative-practice-five-months-21-or-25-apprenticeship-staff-supervision-cla.docx": (
        ryecastle,
        lambda: blocks_note(
            RYE, SCRIPT, "Word file, headings in Word's Heading 1 style, title in Title style"
        ),
    ),
    "18802-docx-bold-normal-headings-causewick-amended-month-colon-partners-first-four-acts-sentence-seven-counted-signs-of-safety-principles-split-three-months-21-or-25-disability-version-children-in-care.docx": (
        causewick,
        lambda: blocks_note(
            CAUSE,
            SCRIPT,
            "Word file, headings as bold runs in Normal paragraphs (no heading styles)",
        ),
    ),
    "18803-pdf-lo-word-stenning-reissued-month-six-acts-bulleted-health-services-partners-seven-bulleted-family-safeguarding-four-months-21-or-25-education-strategy-last-updated-lac.pdf": (
        stenning,
        lambda: blocks_note(
            STEN,
            SCRIPT,
            "Word file with Heading 1 styles and a running footer, printed to PDF by LibreOffice",
        ),
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, note) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(note(), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
