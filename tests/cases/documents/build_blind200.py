# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word documents of the 200th blind set: facts in paraphrases earlier sets did not use.

    20004  Marland: a python-docx Word file with heading styles, a "Looked at again in …" note
           under "Document control", the legislation in a two-column Word table of name and year
           (two Acts of one name, told apart by their years), the seven principles in real Word
           numbering, a model named as something staff learn.
    20005  Ashcombe: an OpenDocument saved as Word by LibreOffice, the legislation only in real
           Word footnotes on two sentences, "all seven principles" with no list, a model named as
           the pattern teams are organised on, and a conflict of three against four months.

Both written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind200.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind200.py"
MARLAND_NAME = "20004-docx-heading-styles-looked-at-again-month-by-board-legislation-word-table-name-and-year-numbered-principles-three-months-of-first-day-twenty-one-or-twenty-five-in-training-family-partnership-model-learnt-children-looked-after.docx"
ASHCOMBE_NAME = "20005-docx-lo-word-footnotes-carry-every-act-reviewed-and-amended-month-all-seven-principles-no-list-reclaiming-social-work-pattern-conflict-three-against-four-months-21st-birthday-or-25-on-asking-children-in-care.docx"

Row = tuple[str, str]

# fmt: off
# ------------------------------------------------------------------------------ 20004 Marland
MARLAND_LAW: list[Row] = [
    ("Legislation", "Year"),
    ("Children Act", "1989"),
    ("Children Act", "2004"),
    ("Children and Young Persons Act", "2008"),
    ("Children and Social Work Act", "2017"),
    ("Working Together to Safeguard Children (statutory guidance)", "2023"),
]
MARLAND_BEFORE: list[tuple[str, str]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Document control"),
    ("p", "Looked at again in October 2025 by the Corporate Parenting Board, which changed the section on leaving care. Owner: Head of Service for Children Looked After."),
    ("h", "Legislation"),
    ("p", "The table gives each piece of legislation and guidance that this chapter relies on, with the year it was made."),
]
MARLAND_AFTER: list[tuple[str, str]] = [
    ("h", "Corporate parenting"),
    ("p", "In everything it does for Children Looked After and care leavers, Marland County Council has regard to the need:"),
    ("n", "to act in their best interests, and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("n", "to promote high aspirations, and to seek to secure the best outcomes, for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Our practice"),
    ("p", "Every new social worker learns the Family Partnership Model in their first year with us, and supervisors use it to reflect with them on how they are building relationships with parents."),
    ("h", "Permanence and leaving care"),
    ("p", "A permanence plan should be ready within three months of the child's first day in care."),
    ("p", "A personal adviser supports each care leaver to the age of twenty-one, and on to twenty-five where a young person is still in training."),
]

# ------------------------------------------------------------------------------ 20005 Ashcombe
ASHCOMBE_SOURCE = """%% maker: lo-fodt-docx
%% footer: Ashcombe City Council - Children's Services

# Children's Services Policies, Values and Principles

## Chapter review

Reviewed and amended: January 2026 (the paragraphs on permanence and on leaving care). This chapter sets out the values behind Ashcombe City Council's work with children in care and care leavers.

## Our duties in law

Our duties to children in care were given to us by Parliament.[^Children Act 1989 and Children Act 2004.] Those duties have since been extended to young people leaving care, and strengthened.[^By the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017.]

## Corporate parenting

Ashcombe City Council has adopted all seven principles of corporate parenting, and its Corporate Parenting Panel checks every year how well each service is meeting them.

## How our teams are organised

Our social work teams are organised in small units on the Reclaiming Social Work pattern: a consultant social worker, a social worker, a children's practitioner and a unit coordinator share every case, and the unit meets each week to talk the cases through together.

## Permanence

Each child in care should have a plan for permanence within three months of coming into care.

Our timescale for the permanence plan is four months from the day the child came into care, which is when the second review is held.

## Leaving care

Personal advisers stay in touch with every care leaver up to their twenty-first birthday; a young person who asks can keep theirs until they turn 25.
"""
# fmt: on


def _word_table(document: Any, rows: list[Row]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for index, (first, second) in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, (first, second), strict=True):
            run = cell.paragraphs[0].add_run(text)
            run.bold = index == 0


def marland_docx(target: Path) -> None:
    document = new_docx()
    styles = {"title": "Title", "h": "Heading 1", "n": "List Number"}
    for kind, text in MARLAND_BEFORE:
        document.add_paragraph(text, style=styles.get(kind))
    _word_table(document, MARLAND_LAW)
    for kind, text in MARLAND_AFTER:
        document.add_paragraph(text, style=styles.get(kind))
    target.write_bytes(saved_docx(document))


def marland_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: Word file with heading styles, a two-column legislation table of name and year, seven principles in Word numbering",
        "",
    ]
    number = 0
    for kind, text in MARLAND_BEFORE:
        lines += [{"title": "# ", "h": "## "}.get(kind, "") + text, ""]
    lines += [f"| {first} | {second} |" for first, second in MARLAND_LAW] + [""]
    for kind, text in MARLAND_AFTER:
        if kind == "n":
            number += 1
            lines.append(f"{number}. {text}")
            continue
        if number and lines[-1] != "":
            lines.append("")
        lines += [{"title": "# ", "h": "## "}.get(kind, "") + text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def ashcombe_docx(target: Path) -> None:
    from build_binary import build

    source = target.with_name(target.name + ".md")
    source.write_text(ASHCOMBE_SOURCE, encoding="utf-8")
    build(source)


def main() -> None:
    marland_docx(HERE / MARLAND_NAME)
    (HERE / (MARLAND_NAME + ".md")).write_text(marland_note(), encoding="utf-8")
    print(MARLAND_NAME)
    ashcombe_docx(HERE / ASHCOMBE_NAME)
    print(ASHCOMBE_NAME)


if __name__ == "__main__":
    main()
