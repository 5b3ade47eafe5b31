# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 291st blind set (29102).

Set blind291 (round runin21, decision 0426) reads pages whose only headings are bold run-in
leads ("Our promise." in bold, then the sentence in the same paragraph) outside HTML. The
markdown chapter (29101) and the plain-text near miss (29103) are written by hand beside this
script; this script builds:

    29102  Lindwell: python-docx, the title in Word's Title style, then Normal paragraphs each
           opening with a bold run (the lead, ending in a full stop or a colon) and running on
           in plain runs; the Acts a List Bullet list, the principles a List Number list, a
           closing plain "Version 4" paragraph.

usage: .venv/bin/python tests/cases/documents/build_blind291.py   (needs python-docx). The Word
file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind291.py"

# (kind, text): "title", "lead" a Normal paragraph whose text is (bold lead, plain rest) joined
# by "|", "p" a paragraph, "b" a List Bullet item, "n" a List Number item.
Block = tuple[str, str]

# fmt: off
LINDWELL: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter was last amended on 14 October 2025, when the section on care leavers was rewritten and Family Safeguarding became our model of practice."),
    ("lead", "Why this chapter exists:|It explains what Lindwell Borough Council's children's services believe in and how those beliefs shape the procedures that follow. It applies to everyone who works with children on the council's behalf."),
    ("lead", "Our legal duties.|The council's responsibilities towards children are set out mainly in:"),
    ("b", "the Children Act 1989"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Young Persons Act 2008"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("lead", "Working with other agencies.|Lindwell's safeguarding partners are the council, the integrated care board and the police. Schools, GPs and housing officers follow the partnership's procedures and share what they know when a child may be at risk."),
    ("lead", "What guides us.|We put the child first, we are open with families about what we think and why, and we build on the strengths that every family has."),
    ("lead", "Being a good corporate parent.|The whole council acts as the parent of every Looked After Child and care leaver, and it keeps in mind these principles:"),
    ("n", "to act in their best interests, and promote their physical and mental health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take into account those views, wishes and feelings"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners"),
    ("n", "to promote high aspirations, and seek to secure the best outcomes, for them"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("lead", "Our model of practice.|Since 2025 every team has worked to the Family Safeguarding model, with adult mental health, domestic abuse and substance misuse workers in the same team as the child's social worker."),
    ("lead", "Planning for permanence.|A child in care has a plan for where they will live for good within six months of becoming looked after, and that plan is checked at every review."),
    ("lead", "Support when care ends.|Young people leaving care keep their personal adviser up to the age of 21, or to 25 if they are still studying or training."),
    ("lead", "Keeping records safe.|Records about children are held securely. Staff look at a record only when their work needs it, and families can ask to see what we hold about them."),
    ("p", "Version 4"),
]
# fmt: on

FILE = "29102-docx-bold-run-in-leads-in-normal-paragraphs-title-style-lindwell-last-amended-day-six-list-bullet-seven-list-number-family-safeguarding-six-months-21-or-25-studying-version-label-lac.docx"


def _lindwell() -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in LINDWELL:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "lead":
            lead, rest = text.split("|")
            paragraph = document.add_paragraph()
            paragraph.add_run(lead).bold = True
            paragraph.add_run(" " + rest)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _note() -> str:
    from build_binary_tools import blocks_note

    shown = [
        ("p", "**{}** {}".format(*text.split("|"))) if kind == "lead" else (kind, text)
        for kind, text in LINDWELL
    ]
    return blocks_note(
        shown,
        SCRIPT,
        "python-docx, title in Word's Title style, Normal paragraphs each opening with a bold run-in lead, List Bullet Acts, List Number principles, closing version line",
    )


def main() -> None:
    (HERE / FILE).write_bytes(_lindwell())
    (HERE / (FILE + ".md")).write_text(_note(), encoding="utf-8")
    print("wrote", FILE)


if __name__ == "__main__":
    main()
