# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 287th blind set: a facts probe in new wordings.

    28704  Hollinsend: python-docx, Title, Heading 1 and List Number styles; an italic
           "Changes made in spring 2025: ..." under the title; the Acts in a two-column
           "Statute | Year" table with the year in its own cell; "Seven principles guide us as
           corporate parents; we give them here in our own words:" over seven numbered items;
           the model in apposition ("Hollinsend's practice model, Anchor Points, ..."); a
           child's age in a case example (a distractor); "within four calendar months";
           personal advisers for care leavers "aged 18-25"; children the council looks after.
    28705  Kelderby: the same kind of Word file printed to PDF by LibreOffice; five Acts counted
           in a sentence; "The corporate parenting principles - all seven of them - ..."; a
           key-principles bullet "within six months" and a later Permanence "by the end of month
           four" (the conflict); "Restorative Practice, our practice model since 2019" (the year
           a distractor); "until they are 21 - or 25 if they are in education or training" and
           a care leaver "now 19" (a distractor); a closing "Version 2.3 (approved by the
           Corporate Parenting Board on 03.02.2026)"; our looked-after children.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind287.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, marked_docx, marked_note  # noqa: E402

SCRIPT = "build_blind287.py"
NAMES = {
    "28704": "28704-docx-changes-made-in-spring-italic-under-title-statute-year-two-column-table-seven-counted-in-lead-in-numbered-list-model-in-apposition-four-calendar-months-aged-18-25-range-child-aged-nine-distractor-children-the-council-looks-after.docx",
    "28705": "28705-pdf-lo-five-acts-counted-in-a-sentence-all-seven-of-them-between-dashes-six-months-bullet-then-month-four-conflict-model-since-2019-21-or-25-if-in-education-now-19-distractor-closing-version-approved-by-board-dotted-day-looked-after.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "i" | "b" | "n", text) or ("table", rows).
Block = tuple[Any, ...]

# fmt: off
HOLLINSEND: list[Block] = [
    ("title", TITLE),
    ("i", "Changes made in spring 2025: the leaving care offer and the table of legislation were updated."),
    ("h", "Introduction"),
    ("p", "Hollinsend District Council looks after some one hundred and sixty children. This chapter is for everyone who works with the children the council looks after, whether in social care, education, health or housing."),
    ("p", "The statutes we rely on are these:"),
    ("table", [
        ("Statute", "Year"),
        ("Children Act", "1989"),
        ("Adoption and Children Act", "2002"),
        ("Children and Young Persons Act", "2008"),
        ("Children and Families Act", "2014"),
        ("Children and Social Work Act", "2017"),
    ]),
    ("h", "Corporate Parenting"),
    ("p", "Seven principles guide us as corporate parents; we give them here in our own words:"),
    ("n", "We do what is best for each child, as a good parent would."),
    ("n", "We ask children what they think and take it seriously."),
    ("n", "We make sure they can get the help the council and its partners offer."),
    ("n", "We expect great things of them and help them reach for them."),
    ("n", "We give them safe, stable homes and relationships."),
    ("n", "We help them stay safe wherever they are."),
    ("n", "We get them ready for adult life and stay with them as they start it."),
    ("h", "Our Way of Working"),
    ("p", "Hollinsend's practice model, Anchor Points, gives every worker the same three questions to ask with a family: what is going well, what worries us, and what needs to happen next."),
    ("h", "Permanence"),
    ("p", "When Sam came to us at nine years old, he had already lived in four homes. We do not want that for any child, so we agree a permanence plan within four calendar months of a child coming into care."),
    ("h", "Leaving Care"),
    ("p", "Personal advisers support care leavers aged 18\u201325, whether or not they are studying or working, and help them find and keep a home."),
]

KELDERBY: list[Block] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "Kelderby County Council is corporate parent to our looked-after children and to the young people who have left our care. This chapter sets out the values we share and the principles we work to."),
    ("p", "This chapter rests on five Acts: the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("h", "Corporate Parenting"),
    ("p", "The corporate parenting principles \u2013 all seven of them \u2013 bind every service of the council, from housing to libraries and leisure."),
    ("h", "Key Principles"),
    ("b", "Families first: we help children stay safely at home wherever we can."),
    ("b", "Permanence: every one of our looked-after children should have a permanence plan within six months of coming into care."),
    ("b", "Listening: children's views are written into their plans in their own words."),
    ("h", "Practice Model"),
    ("p", "Social workers in Kelderby are trained in Restorative Practice, our practice model since 2019, and managers use it in supervision."),
    ("h", "Permanence"),
    ("p", "Our aim is a permanence plan by the end of month four, agreed with the child and the people who care for them."),
    ("h", "Leaving Care"),
    ("p", "A personal adviser is available until they are 21 \u2013 or 25 if they are in education or training. One care leaver, now 19, told us that her adviser was the one person who never gave up on her."),
    ("p", "Version 2.3 (approved by the Corporate Parenting Board on 03.02.2026)"),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}


def main() -> None:
    (HERE / NAMES["28704"]).write_bytes(marked_docx(HOLLINSEND, STYLES))
    (HERE / (NAMES["28704"] + ".md")).write_text(
        marked_note(
            HOLLINSEND,
            SCRIPT,
            "python-docx, Title, Heading 1 and List Number styles, an italic line under the title, a two-column table",
        ),
        encoding="utf-8",
    )
    docx_to_pdf(marked_docx(KELDERBY, STYLES), HERE / NAMES["28705"])
    (HERE / (NAMES["28705"] + ".md")).write_text(
        marked_note(
            KELDERBY,
            SCRIPT,
            "python-docx, Title, Heading 1 and List Bullet styles, printed to PDF by LibreOffice; a closing version line",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
