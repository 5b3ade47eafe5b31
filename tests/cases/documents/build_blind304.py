# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 304th blind set: a facts probe in council wordings.

    30404  Pendlebeck: python-docx, Title and Heading 1 styles; a "Legislation" section whose
           lead-in sits over a two-column "Source | Type" table mixing Acts, regulations,
           statutory guidance and a Supreme Court judgment; "Our 7 principles as corporate
           parents are:" over seven List Number items; a "Key principles" List Bullet list
           whose permanence bullet says "within 4 months", and a later "Permanence" paragraph
           saying "by the six-month review" (the conflict); "up to the age of 21, and to 25 for
           those who ask us to"; Restorative Practice as the framework's basis since 2019; a
           closing "Document control" heading over a two-column field table (Version, Approved
           by, Date approved, Date of next review).

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind304.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, styled_docx  # noqa: E402

SCRIPT = "build_blind304.py"
NAME = "30404-docx-source-type-table-acts-regulations-guidance-judgment-our-7-principles-numbered-4-months-bullet-then-six-month-review-conflict-21-and-25-if-asked-restorative-closing-control-table-we-look-after.docx"
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "b" | "n", text) or ("table", rows, header_bold).
Block = tuple[Any, ...]

# fmt: off
PENDLEBECK: list[Block] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "This chapter describes the beliefs and commitments that guide Pendlebeck District Council's children's services. It applies to everyone who works with the children we look after, with care leavers and with their families, whether they are employed by the council or by a service we commission."),
    ("h", "Legislation"),
    ("p", "Our duties come from the sources below."),
    ("table", [
        ("Source", "Type"),
        ("Children Act 1989", "Act of Parliament"),
        ("Children and Young Persons Act 2008", "Act of Parliament"),
        ("Care Leavers (England) Regulations 2010", "Regulations"),
        ("Children's Social Care National Framework 2023", "Statutory guidance"),
        ("Re H-W (Children) [2022] UKSC 17", "Case law"),
    ], True),
    ("h", "Corporate Parenting"),
    ("p", "Every councillor and every officer of Pendlebeck District Council shares responsibility for the children we look after. Our 7 principles as corporate parents are:"),
    ("n", "Acting in the best interests of each child and young person, and supporting their health and well-being."),
    ("n", "Encouraging children and young people to tell us their views, wishes and feelings."),
    ("n", "Weighing those views, wishes and feelings whenever we make a decision."),
    ("n", "Helping children and young people reach and use the services the council and its partners provide."),
    ("n", "Aiming high for them and looking for the best outcomes."),
    ("n", "Keeping them safe and giving them stability at home, at school and in their relationships."),
    ("n", "Preparing them for adult life and for living independently."),
    ("h", "Key Principles"),
    ("p", "In all our work with the children we look after we keep to these commitments:"),
    ("b", "Children stay with their own families wherever that is safe."),
    ("b", "Family and friends are the first place we look when a child cannot live at home."),
    ("b", "Every child has a permanence plan within 4 months of becoming looked after."),
    ("b", "Brothers and sisters live together unless that would harm one of them."),
    ("h", "How We Practise"),
    ("p", "Restorative Practice has been the basis of Pendlebeck's practice framework since 2019. We work with families rather than doing things to them or for them, we use restorative conversations to mend relationships after conflict, and our managers model the same approach with their teams."),
    ("h", "Permanence"),
    ("p", "Independent reviewing officers check at every review that a plan for permanence is being made. The permanence plan should be agreed by the six-month review at the latest, and any delay beyond that is reported to the Service Manager."),
    ("h", "Leaving Care"),
    ("p", "We support care leavers up to the age of 21, and to 25 for those who ask us to. Each has a personal adviser and a pathway plan, and they can come back to us for help at any point until then."),
    ("h", "Document control"),
    ("table", [
        ("Version", "1.4"),
        ("Approved by", "Corporate Parenting Board"),
        ("Date approved", "January 2026"),
        ("Date of next review", "January 2027"),
    ], False),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}


def main() -> None:
    (HERE / NAME).write_bytes(styled_docx(PENDLEBECK, STYLES))
    (HERE / (NAME + ".md")).write_text(
        blocks_note(
            PENDLEBECK,
            SCRIPT,
            "python-docx, Title, Heading 1, List Bullet and List Number styles, a source-type table of law and a closing document-control table",
        ),
        encoding="utf-8",
    )
    print("wrote", NAME)


if __name__ == "__main__":
    main()
