# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the PDF document of the 394th blind set, un-headed chapters whose kinds change by meaning.

    39404  Nettlebrook: python-docx printed to PDF by LibreOffice, UN-HEADED (a Title paragraph,
           a council line, then plain body paragraphs only, one a topic); the records paragraph
           straight after the law and a second, on passing things to other agencies, at the end
           (the kind split in two places); the practice model after the principles of work; the
           outcomes in ONE sentence; "took effect in March 2026"; three Acts in one sentence;
           seven principles stated; permanence "within five months"; a personal adviser "until
           they turn 21, or until 25 if they are in full-time education"; 'Last updated: 20 March
           2026'; children looked after.

The text and HTML files (39401, 39402, 39403) are written beside this script.
All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind394.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    blocks_note,
    docx_to_pdf,
    styled_docx,
)

SCRIPT = "build_blind394.py"
NETTLEBROOK_NAME = "39404-pdf-unheaded-nettlebrook-took-effect-month-three-acts-records-early-records-split-seven-principles-five-months-21-or-25-full-time-education-ploughline-after-principles-one-sentence-outcomes-last-updated-cla.pdf"

# fmt: off
NETTLEBROOK: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Nettlebrook Borough Council"),
    ("p", "The present version of this chapter took effect in March 2026, after a review led by the borough's principal social worker. It stands first in Nettlebrook's procedures for children's social care and gives the reasons behind them. Each service manager is responsible for making sure their team has read it, and for raising anything in it that no longer matches how the borough works. Where a later procedure and this chapter seem to disagree, staff should follow the chapter and tell their manager, so that the procedure can be put right."),
    ("p", "Nettlebrook's work with children rests on three Acts: the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017. The chapter applies to all children and families who receive a service from the borough, including children looked after, care leavers, disabled children and young carers, and to everyone who provides those services, whether as an employee, an agency worker or a volunteer."),
    ("p", "A child's file is a record of their life, and it is written with that in mind. Workers set down what happened and what was said in words the child could read years later without being hurt by them, keep opinions apart from facts, and store everything on the borough's case system rather than in notebooks or personal email. Adults who were children looked after in Nettlebrook can ask for their files, and the borough helps them to read them. Files are kept for as long as the law requires and are then destroyed safely."),
    ("p", "Nettlebrook's councillors answer for its children looked after in the way a parent answers for a child. Seven principles in the 2017 Act guide them, asking among other things that children looked after are listened to, kept safe, helped to do well and got ready for life on their own. Every new councillor is trained in what this means before taking a seat on any committee, and the council's leader chairs the panel that checks it is done."),
    ("p", "Families are offered help as soon as they ask for it, and children are kept at home wherever it is safe. When a child does come into care, kin are looked at before strangers, and a plan for the child's permanence is agreed within five months of their becoming looked after. Care leavers keep their personal adviser until they turn 21, or until 25 if they are in full-time education. Children looked after are invited to every review, helped to speak for themselves there and told about their right to an advocate."),
    ("p", "Ploughline, the borough's way of doing social work, was adopted in 2024. It asks workers to plan with families rather than for them, to write plans in the family's own words, and to check at each visit whether the plan is still the right one. Every team has a Ploughline lead who coaches colleagues, and new staff are trained in it before they hold cases of their own. Families are asked at the end of each piece of work whether Ploughline helped them, and their answers are read by the head of service."),
    ("p", 'Every child the borough works with should grow up healthy, safe and learning, with people around them who will still be there when they are grown.'),
    ("p", 'Before a worker passes anything about a family to a school, a doctor or the police, the family hears about it first, unless that would put a child in danger. The borough shares what is needed to keep a child safe or to get the family help, and no more, and it notes what it shared, with whom and why.'),
    ("p", 'Last updated: 20 March 2026'),
]
# fmt: on

STYLES = {"title": "Title"}


def main() -> None:
    nettlebrook = HERE / NETTLEBROOK_NAME
    docx_to_pdf(styled_docx(NETTLEBROOK, STYLES), nettlebrook)
    Path(f"{nettlebrook}.md").write_text(
        blocks_note(
            NETTLEBROOK,
            SCRIPT,
            "python-docx printed to PDF by LibreOffice, a Title paragraph and plain body paragraphs only (no headings)",
        ),
        encoding="utf-8",
    )
    print("wrote", nettlebrook.name)


if __name__ == "__main__":
    main()
