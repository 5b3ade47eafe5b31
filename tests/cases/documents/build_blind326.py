# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 326th blind set: a facts probe in new wordings.

    32604  Orbisham: python-docx, Title, Heading 1, List Bullet styles and two Word tables;
           "This text includes the changes agreed by the Corporate Parenting Board on 12th
           November 2024." under the title (an ordinal day); a "Legal basis" table of five
           Acts and one set of regulations with a header row; the seven principles as a
           two-column table with a header row after a paraphrase that names no number; Safe
           and Together in apposition; a permanence plan "within sixteen weeks (en dash) roughly four
           months (en dash)"; leaving care support "to their twenty-first birthday, and further, up to
           twenty-five, for those who come back to us asking for help"; "Looked After Children
           (LAC)"; a closing "Version 7.1" line.

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind326.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, styled_docx  # noqa: E402

SCRIPT = "build_blind326.py"
NAME = "32604-docx-changes-agreed-by-board-on-ordinal-day-legal-basis-table-principles-table-after-paraphrase-safe-and-together-apposition-sixteen-weeks-roughly-four-months-twenty-first-birthday-further-twenty-five-come-back-lac-version-closing.docx"
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "b", text) or ("table", rows, header_bold).
Block = tuple[Any, ...]

# fmt: off
ORBISHAM: list[Block] = [
    ("title", TITLE),
    ("p", "This text includes the changes agreed by the Corporate Parenting Board on 12th November 2024."),
    ("h", "Introduction"),
    ("p", "Orbisham Metropolitan Borough Council's children's services exist to help children grow up safe, healthy and loved. This chapter sets out the values we share and the principles that every procedure in the manual is built on, for our own staff and for everyone who provides services to children on our behalf, including the carers of Looked After Children (LAC)."),
    ("h", "Legal basis"),
    ("p", "The law below gives the council its duties towards children and families."),
    ("table", [
        ["Instrument", "Why it matters"],
        ["Children Act 1989", "Children in need, child protection and children in care"],
        ["Children (Leaving Care) Act 2000", "Support for care leavers"],
        ["Children Act 2004", "Co-operation between agencies"],
        ["Children and Families Act 2014", "Special educational needs, adoption and Staying Put"],
        ["Children and Social Work Act 2017", "Corporate parenting and the local offer"],
        ["Care Planning, Placement and Case Review (England) Regulations 2010", "How plans for LAC are made and reviewed"],
    ], True),
    ("h", "Working together"),
    ("p", "Children are safest when the adults around them talk to each other. We work within the local safeguarding arrangements agreed with health and the police, and we expect schools, nurseries and voluntary groups to bring their worries to us early."),
    ("h", "Values"),
    ("b", "We treat children and their families with respect and kindness."),
    ("b", "We are open about what we are doing and why."),
    ("b", "We look for strengths as carefully as we look for risks."),
    ("b", "We learn from children, from families and from our own mistakes."),
    ("h", "Corporate parenting"),
    ("p", "The 2017 Act tells every council what a good corporate parent pays attention to. For us that means:"),
    ("table", [
        ["Duty", "In Orbisham"],
        ["Acting in the child's best interests and for their health and well-being", "Every plan says how it serves the child's well-being"],
        ["Encouraging children to express their views, wishes and feelings", "Advocates are offered to every child in care"],
        ["Taking those views into account", "Plans record what the child said and what changed because of it"],
        ["Helping them to access services", "A virtual school and a health team for LAC"],
        ["Promoting high aspirations and the best outcomes", "Bursaries for further and higher education"],
        ["Keeping them safe, with stability at home and at school", "Placement moves need a head of service's agreement"],
        ["Preparing them for adulthood and independent living", "Independence skills from the age of 15"],
    ], True),
    ("h", "Our practice model"),
    ("p", "Our practice model, Safe and Together, asks workers to partner with the parent who is being harmed, to hold the person causing harm to account and to keep the child at the centre of every decision."),
    ("h", "Principles we work by"),
    ("b", "Families are helped early and as close to home as we can."),
    ("b", "A child who cannot live with their parents is placed with relatives or friends if that is safe."),
    ("b", "Every Looked After Child should have a permanence plan within sixteen weeks \u2013 roughly four months \u2013 of becoming looked after."),
    ("b", "Our duty to young people leaving care runs to their twenty-first birthday, and further, up to twenty-five, for those who come back to us asking for help."),
    ("h", "Information sharing"),
    ("p", "We share information to keep children safe and to meet their needs, within the law and the council's data protection policy. Families are told what we share unless telling them would put a child at risk."),
    ("p", "Version 7.1"),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet"}


def main() -> None:
    (HERE / NAME).write_bytes(styled_docx(ORBISHAM, STYLES))
    (HERE / (NAME + ".md")).write_text(
        blocks_note(
            ORBISHAM,
            SCRIPT,
            "python-docx, Title, Heading 1 and List Bullet styles, two tables with bold header rows, a changes-agreed line with an ordinal day under the title, a closing version line",
            header_rule=True,
        ),
        encoding="utf-8",
    )
    print("wrote", NAME)


if __name__ == "__main__":
    main()
