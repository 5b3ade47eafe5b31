# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 294th blind set: a facts probe weighted to legislation.

    29403  Thornhallow: python-docx, Title and Heading 1 styles; an italic "Reissued 9 January
           2026, with ..." under the title; Acts in one sentence with their short titles in
           italic runs and their chapter numbers, one "as amended by" another; Working Together
           2023 named by year in passing; seven principles as a bold word with a sentence each;
           the Family Partnership Model; the plan at the second LAC review and in any case within
           six months; "up to the age of 25"; looked after children.
    29404  Wyvernholt: the same kind of Word file printed to PDF by LibreOffice; a "Review
           history" heading over a "Date | Change" table of four rows; three Acts in italics in a
           sentence; seven principles adopted by Cabinet in July 2018 (the month a distractor);
           "known as Tidefast"; the plan "within 12 weeks of the first review, and never later
           than four months after" against a stale "Key Timescales" table's "by month 6" (the
           conflict); 21, and to 25 for those in education or training; children who are looked
           after.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind294.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, marked_docx, marked_note  # noqa: E402

SCRIPT = "build_blind294.py"
NAMES = {
    "29403": "29403-docx-reissued-italic-under-title-acts-in-italic-runs-with-chapter-numbers-as-amended-by-working-together-2023-in-passing-seven-bold-words-second-lac-review-within-six-months-up-to-25-looked-after-children.docx",
    "29404": "29404-pdf-lo-review-history-table-four-rows-three-italic-acts-seven-adopted-by-cabinet-distractor-model-known-as-12-weeks-of-first-review-and-four-months-against-month-6-table-conflict-children-who-are-looked-after.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "i", text), ("runs", [(text, "" | "i" | "b"), ...]) or
# ("table", rows).
Block = tuple[Any, ...]

# fmt: off
THORNHALLOW: list[Block] = [
    ("title", TITLE),
    ("i", "Reissued 9 January 2026, with the leaving care offer brought up to date."),
    ("h", "Introduction"),
    ("p", "Thornhallow County Council looks after about three hundred children. This chapter applies to everyone who works with looked after children and care leavers in Thornhallow, whichever service employs them."),
    ("runs", [
        ("Our duties rest on the ", ""),
        ("Children Act 1989", "i"),
        (" (c. 41), as amended by the ", ""),
        ("Children and Social Work Act 2017", "i"),
        (" (c. 16), and on the ", ""),
        ("Adoption and Children Act 2002", "i"),
        (" (c. 38) and the ", ""),
        ("Children and Families Act 2014", "i"),
        (" (c. 6).", ""),
    ]),
    ("h", "A Shared Responsibility"),
    ("p", "Working Together 2023 expects every agency to play its part. Health visitors, teachers and police officers often know a child better than we do, and we plan with them."),
    ("h", "Corporate Parenting"),
    ("p", "As corporate parents we hold ourselves to these principles:"),
    ("runs", [("Interests.", "b"), (" We act in the best interests of every looked after child, and of every care leaver.", "")]),
    ("runs", [("Voice.", "b"), (" We ask children and young people what they think, and their views shape what we do.", "")]),
    ("runs", [("Access.", "b"), (" We make sure they know what services there are for them.", "")]),
    ("runs", [("Help.", "b"), (" We help them use those services, and we go with them when they need us to.", "")]),
    ("runs", [("Aspiration.", "b"), (" We expect great things of them.", "")]),
    ("runs", [("Stability.", "b"), (" We keep them safe, with stable homes, schools and relationships.", "")]),
    ("runs", [("Independence.", "b"), (" We get them ready for adult life.", "")]),
    ("h", "How We Practise"),
    ("p", "Thornhallow works to the Family Partnership Model: workers build a partnership with each parent, agree what they are trying to change, and review it together."),
    ("h", "Permanence"),
    ("p", "We aim to confirm each child's permanence plan at the second LAC review, and in any case within six months of the child coming into care."),
    ("h", "Leaving Care"),
    ("p", "Every care leaver may have a personal adviser up to the age of 25, whether or not they are in education, training or work."),
]

WYVERNHOLT: list[Block] = [
    ("title", TITLE),
    ("h", "Review history"),
    ("table", [
        ("Date", "Change"),
        ("April 2021", "First issued"),
        ("12 September 2023", "Legislation updated"),
        ("6 March 2024", "Reviewed, no changes"),
        ("20 October 2025", "Permanence and leaving care sections rewritten"),
    ]),
    ("h", "Introduction"),
    ("p", "Wyvernholt Council is corporate parent to every child who is looked after by the council and to the young people who have left its care. This chapter describes the values and principles we share with our partners."),
    ("runs", [
        ("Three Acts above all shape this chapter: the ", ""),
        ("Children Act 1989", "i"),
        (", the ", ""),
        ("Children and Young Persons Act 2008", "i"),
        (" and the ", ""),
        ("Children and Social Work Act 2017", "i"),
        (".", ""),
    ]),
    ("h", "Corporate Parenting"),
    ("p", "Parliament set out seven corporate parenting principles in 2017, and Cabinet adopted all of them for Wyvernholt in July 2018. Every service of the council, from planning to parks, is expected to show how its decisions serve children who are looked after."),
    ("h", "Our Practice Model"),
    ("p", "Wyvernholt's practice model is known as Tidefast. It asks workers to hold steady with families through hard times, as a mooring holds a boat."),
    ("h", "Permanence"),
    ("p", "The permanence plan is agreed within 12 weeks of the first review, and never later than four months after the child came into care."),
    ("h", "Leaving Care"),
    ("p", "A personal adviser supports each care leaver until they are 21, and then to 25 for those who are in education or training."),
    ("h", "Key Timescales"),
    ("table", [
        ("What", "When"),
        ("First review", "Within 20 working days"),
        ("Permanence plan", "By month 6"),
        ("Pathway plan", "From age 16"),
    ]),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1"}


def main() -> None:
    (HERE / NAMES["29403"]).write_bytes(marked_docx(THORNHALLOW, STYLES))
    (HERE / (NAMES["29403"] + ".md")).write_text(
        marked_note(
            THORNHALLOW,
            SCRIPT,
            "python-docx, Title and Heading 1 styles, an italic line under the title, italic and bold runs inside paragraphs",
        ),
        encoding="utf-8",
    )
    docx_to_pdf(marked_docx(WYVERNHOLT, STYLES), HERE / NAMES["29404"])
    (HERE / (NAMES["29404"] + ".md")).write_text(
        marked_note(
            WYVERNHOLT,
            SCRIPT,
            "python-docx, Title and Heading 1 styles, two tables, italic runs, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
