# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 298th blind set: a conflicts probe.

    29804  Tannerford: python-docx, Title, Heading 1, List Bullet and List Number styles; an
           italic "Revised: 2 February 2026 - ..." under the title; an introduction holding a
           two-column "Our promise | When" table whose permanence row says "Within 4 months",
           and a later Permanence paragraph saying "within six months" (the table and the
           sentence disagree: the table, first in the text, is primary, six the conflict); the
           leaving-care row "Up to age 25" agreeing with the Leaving Care paragraph; four Acts
           in a List Bullet list; seven principles in a List Number list under "The seven
           principles"; the Solihull Approach; Children in Care.

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind298.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import marked_docx, marked_note  # noqa: E402

SCRIPT = "build_blind298.py"
NAME = "29804-docx-promises-table-within-4-months-then-sentence-six-months-conflict-table-25-agrees-with-body-tannerford-revised-day-italic-four-bulleted-acts-seven-numbered-solihull-approach-children-in-care.docx"
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "i" | "b" | "n", text) or ("table", rows).
Block = tuple[Any, ...]

# fmt: off
TANNERFORD: list[Block] = [
    ("title", TITLE),
    ("i", "Revised: 2 February 2026 - the table of promises was added and the leaving care section was rewritten."),
    ("h", "Introduction"),
    ("p", "This chapter sets out the values and principles that guide Tannerford County Council's work with children, young people and families, and the promises we make to Children in Care. It should be read by everyone who works in children's services or on their behalf."),
    ("p", "Our main promises, in brief:"),
    ("table", [
        ("Our promise", "When"),
        ("A permanence plan for every child in care", "Within 4 months of coming into care"),
        ("A personal adviser for every care leaver", "Up to age 25"),
        ("A health assessment", "Within 20 working days"),
    ]),
    ("p", "Our duties come chiefly from these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Corporate Parenting"),
    ("p", "The seven principles below guide every part of the council in its role as corporate parent. We will:"),
    ("n", "act in the best interests of Children in Care and care leavers and look after their health and well-being;"),
    ("n", "encourage them to tell us their views, wishes and feelings;"),
    ("n", "take their views, wishes and feelings into account;"),
    ("n", "help them use the services the council and its partners offer;"),
    ("n", "hold high ambitions for them and seek the best outcomes;"),
    ("n", "keep them safe and give them stable homes, relationships and schooling;"),
    ("n", "prepare them for adulthood and for living on their own."),
    ("h", "Our Practice Model"),
    ("p", "Tannerford's practice model is the Solihull Approach. It helps workers, carers and parents understand what a child's behaviour is telling them, and to respond with warmth and containment rather than with rules alone."),
    ("h", "Permanence"),
    ("p", "Every child who comes into care has a permanence plan agreed within six months, so that they know as early as possible where they will grow up."),
    ("h", "Leaving Care"),
    ("p", "Care leavers keep a personal adviser up to the age of 25, whether or not they are in education, work or training. The adviser helps with the pathway plan and with everything that comes with living independently."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}


def main() -> None:
    (HERE / NAME).write_bytes(marked_docx(TANNERFORD, STYLES))
    (HERE / (NAME + ".md")).write_text(
        marked_note(
            TANNERFORD,
            SCRIPT,
            "python-docx, Title, Heading 1, List Bullet and List Number styles, an italic line under the title, a two-column table",
        ),
        encoding="utf-8",
    )
    print("wrote", NAME)


if __name__ == "__main__":
    main()
