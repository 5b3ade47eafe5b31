# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the binary documents of the 234th blind set: a facts probe on the facts most often missed.

    23404  Kestholm: a Word file with heading styles, law and guidance bulleted with an item
           "as amended by" a later Act, the principles bulleted, permanence in weeks, a gridded
           table of leaving-care entitlements with a base and an extended age, and a closing
           "Revision history" table with the newest row last.
    23408  Pennicott: a Word file with heading styles printed to PDF by LibreOffice: an
           amendment heading, law, regulations and guidance bulleted, the principles numbered,
           a model that replaced another, permanence in months, and the adviser offer "to 21 for
           all care leavers; on request, to 25".

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind234.py   (needs python-docx and LibreOffice)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    add_grid_table,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
)

SCRIPT = "build_blind234.py"
KESTHOLM_NAME = "23404-docx-heading-styles-law-and-guidance-bulleted-as-amended-by-regulations-statutory-guidance-seven-bulleted-motivational-social-work-20-weeks-entitlements-table-base-and-extended-age-revision-history-newest-last-cared-for.docx"
PENNICOTT_NAME = "23408-pdf-lo-heading-styles-amendment-heading-month-acts-regulations-guidance-bulleted-seven-numbered-model-replaced-by-family-safeguarding-six-months-21-for-all-on-request-25-children-looked-after.pdf"

# (kind, text): "title", "h" a heading, "p" a Normal paragraph, "b" List Bullet, "n" List Number,
# "table" a marker where a table stands.
Block = tuple[str, str]

# fmt: off
KESTHOLM_TOP: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Kestholm County Council works with cared for children, care leavers and their families. The legislation and guidance behind it are:"),
    ("b", "the Children Act 1989, as amended by the Children and Social Work Act 2017"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Care Leavers (England) Regulations 2010"),
    ("b", "The Children Act 1989 Guidance and Regulations Volume 3: Planning Transition to Adulthood for Care Leavers (statutory guidance)"),
    ("h", "Corporate Parenting"),
    ("p", "Kestholm County Council and its partners act as corporate parents to every cared for child. In all we do for them we will:"),
    ("b", "act in their best interests and promote their physical and mental health and well-being"),
    ("b", "encourage them to express their views, wishes and feelings"),
    ("b", "take their views, wishes and feelings into account"),
    ("b", "help them to gain access to, and make the best use of, our services and those of our partners"),
    ("b", "promote high aspirations and seek the best outcomes for them"),
    ("b", "keep them safe and give them stability in their home lives, relationships and education or work"),
    ("b", "prepare them for adulthood and independent living"),
    ("h", "Practice Model"),
    ("p", "Our practice model is Motivational Social Work. Practitioners listen carefully, reflect back what parents say and help them find their own reasons to change."),
    ("h", "Permanence and Leaving Care"),
    ("p", "A permanence plan is made for every cared for child within 20 weeks of the child coming into care."),
    ("p", "Care leavers are entitled to the following support:"),
]

KESTHOLM_ENTITLEMENTS: list[tuple[str, str, str]] = [
    ("Entitlement", "Base age", "Extended age"),
    ("Personal adviser", "21", "25, for care leavers in education or training"),
    ("Pathway plan", "21", "25, for care leavers in education or training"),
]

KESTHOLM_HISTORY: list[tuple[str, str, str]] = [
    ("Version", "Date", "Changes"),
    ("1.0", "April 2023", "First issue"),
    ("1.1", "September 2024", "Legislation list checked"),
    ("2.0", "19 January 2026", "Entitlements table added"),
]

PENNICOTT: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Amendment"),
    ("p", "Amended in March 2026 to replace the practice model section."),
    ("h", "Legislation and Guidance"),
    ("p", "This chapter follows the legislation and guidance below:"),
    ("b", "Children Act 1989"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("b", "Extending Personal Adviser support to all care leavers to age 25 (statutory guidance, 2018)"),
    ("h", "Corporate Parenting"),
    ("p", "Pennicott Council sets out seven principles for every member of staff and every councillor who works with Children Looked After:"),
    ("n", "to act in the best interests of Children Looked After and to promote their health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take their views, wishes and feelings into account"),
    ("n", "to help them to use the services they need"),
    ("n", "to promote high aspirations for them"),
    ("n", "to keep them safe and give them stability"),
    ("n", "to prepare them for adulthood and independent living"),
    ("h", "Our Practice Model"),
    ("p", "Pennicott's practice model was Signs of Safety until 2025, when it was replaced by Family Safeguarding. Social workers now work in teams with adult mental health, substance misuse and domestic abuse workers so that a parent's own difficulties are tackled alongside the child's needs."),
    ("h", "Permanence and Leaving Care"),
    ("p", "Children Looked After have a permanence plan within six months of becoming looked after."),
    ("p", "Personal advisers: to 21 for all care leavers; on request, to 25."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}


def _paragraphs(document: Any, blocks: list[Block]) -> None:
    for kind, text in blocks:
        document.add_paragraph(text, style=STYLES.get(kind))


def kestholm_docx() -> bytes:
    document = new_docx()
    _paragraphs(document, KESTHOLM_TOP)
    add_grid_table(document, KESTHOLM_ENTITLEMENTS, bold_header=True)
    _paragraphs(document, [("h", "Revision history")])
    add_grid_table(document, KESTHOLM_HISTORY, bold_header=True)
    return saved_docx(document)


def kestholm_note() -> str:
    note = blocks_note(
        KESTHOLM_TOP, SCRIPT, "python-docx, Title and Heading 1 styles, two gridded tables"
    )
    lines = [note.rstrip("\n"), ""]
    lines += [f"| {' | '.join(row)} |" for row in KESTHOLM_ENTITLEMENTS]
    lines += ["", "## Revision history", ""]
    lines += [f"| {' | '.join(row)} |" for row in KESTHOLM_HISTORY]
    return "\n".join(lines) + "\n"


def pennicott_docx() -> bytes:
    document = new_docx()
    _paragraphs(document, PENNICOTT)
    return saved_docx(document)


def main() -> None:
    kestholm = HERE / KESTHOLM_NAME
    kestholm.write_bytes(kestholm_docx())
    kestholm.with_name(KESTHOLM_NAME + ".md").write_text(kestholm_note(), encoding="utf-8")
    pennicott = HERE / PENNICOTT_NAME
    docx_to_pdf(pennicott_docx(), pennicott)
    pennicott.with_name(PENNICOTT_NAME + ".md").write_text(
        blocks_note(
            PENNICOTT,
            SCRIPT,
            "a python-docx file with Title and Heading 1 styles printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    print("wrote", KESTHOLM_NAME, PENNICOTT_NAME)


if __name__ == "__main__":
    main()
