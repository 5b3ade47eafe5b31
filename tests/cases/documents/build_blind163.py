# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word file of the hundred-and-sixty-third blind set:

    16303  a whole children's-services policy chapter of an invented council with no headings
           in the body: a Title-style title line, then Normal paragraphs numbered "1.", "2.",
           "3." ... typed by hand (no Word numbering), corporate parenting over three numbers.

All written for this set, in our own words, for an invented council.

usage: .venv/bin/python tests/cases/documents/build_blind163.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

NAME = "16303-docx-hand-typed-numbered-paragraphs-no-headings-corporate-parenting-over-three-numbers.docx"
ABOUT = "a Title-style title, then Normal paragraphs numbered 1., 2., 3. ... typed by hand; corporate parenting over paragraphs 6 to 8"

TITLE = "Ormsgate City Council Children's Services: Policies, Values and Principles"

# fmt: off
PARAGRAPHS = [
    "This chapter is the starting point for all of Ormsgate's children's services procedures. It applies to every practitioner and manager in the service and to anyone who works with children on our behalf.",
    "The chapter was amended in October 2025, when the paragraphs on care leavers were rewritten.",
    "This policy sets out the framework for the help we give to children and families in Ormsgate. Our duties come chiefly from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017.",
    "Children are kept safe by the work of many agencies together. Schools, GPs, health visitors, the police and the voluntary sector all have a part to play, and we follow Working Together to Safeguard Children in the way we share that work.",
    "We are honest with families about our concerns, we listen to children and take what they say seriously, and we look for the strengths in every family as well as the risks.",
    "When a child becomes looked after, the council as a whole becomes their corporate parent. This is a responsibility for every councillor and every officer, not just for social workers.",
    "Under the Children and Social Work Act 2017 we must have regard to seven corporate parenting principles: to act in the best interests of Looked After Children and promote their health and well-being; to encourage them to express their views, wishes and feelings; to take those views, wishes and feelings into account; to help them gain access to and make the best use of services; to promote high aspirations and seek the best outcomes for them; to make sure they are safe and have stability in their home lives, relationships and education or work; and to prepare them for adulthood and independent living.",
    "The Corporate Parenting Board, chaired by the Lead Member for Children, checks how well we meet these principles and hears directly from the Children in Care Council.",
    "We want Ormsgate to be a city where children are safe, grow up in families that can care for them and have every chance to succeed.",
    "Our practice is built on Family Safeguarding. Social workers share a team with adult mental health, substance misuse and domestic abuse workers so that the needs of parents are tackled alongside the needs of their children.",
    "We want every child to be healthy, safe, learning and achieving, able to make a positive contribution and ready for adult life.",
    "Wherever possible children should be supported to stay with their families. If that is not safe, we consider relatives and friends first. A permanence plan should be in place for each Looked After Child within four months. Care leavers are entitled to a personal adviser until they reach 21, and until 25 if they are in education or training.",
    "We will share information about children and families only where the law allows it, and we will be clear with families about when and why we do so.",
]
# fmt: on


def build() -> bytes:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    for number, text in enumerate(PARAGRAPHS, start=1):
        document.add_paragraph(f"{number}. {text}")
    return saved_docx(document)


def note() -> str:
    lines = [f"%% built by build_blind163.py: {ABOUT}", "", f"# {TITLE}", ""]
    for number, text in enumerate(PARAGRAPHS, start=1):
        lines += [f"{number}\\. {text}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAME).write_bytes(build())
    (HERE / f"{NAME}.md").write_text(note(), "utf-8")
    print(f"built {NAME}")


if __name__ == "__main__":
    main()
