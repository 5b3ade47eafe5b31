# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 386th blind set, un-headed chapters whose kinds change with no
cue phrase a reader could list.

    38604  Tallow Ridge: python-docx, UN-HEADED: a Title paragraph, then Normal paragraphs only
           (the council line one of them); the amendment as "This edition of the chapter dates
           from October 2025"; three Acts in one sentence after a colon; the vision ("Picture a
           Tallow Ridge teenager ten years from now") straight after the introduction and the
           confidentiality paragraph before corporate parenting (two kinds out of the usual
           order); "seven matters the council must have regard to"; permanence "within five
           months"; a personal adviser "until they turn 21, or until 25 if they are in higher
           education"; no named model; "Last updated 3 November 2025"; children looked after.

The text and HTML files (38601, 38602, 38603) are written by hand beside this script. All
written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind386.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    blocks_note,
    styled_docx,
)

SCRIPT = "build_blind386.py"
TALLOW_RIDGE_NAME = "38604-docx-normal-unheaded-tallow-ridge-edition-dates-from-month-three-acts-vision-early-records-before-cp-seven-matters-five-months-21-or-25-higher-education-no-model-last-updated-children-looked-after.docx"

# fmt: off
TALLOW_RIDGE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Tallow Ridge Borough Council"),
    ("p", "This edition of the chapter dates from October 2025. It speaks to everyone who works in the borough's children's services, whether in a social work team, a family hub, a children's home or a foster home, and it comes before every other chapter because the others build on it."),
    ("p", "Three Acts of Parliament do most of the work of setting the borough's duties: the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017. Statutory guidance issued under them fills in how those duties are to be carried out, and Tallow Ridge follows it unless it has a written reason not to."),
    ("p", "Picture a Tallow Ridge teenager ten years from now, looking back. We want that young person to say that the borough was on their side, that the adults around them kept their promises, and that growing up here gave them the same start in life that a child anywhere else in England could expect."),
    ("p", "That will not happen through children's services alone. Midwives, nursery staff, teachers, youth workers, the police and adult mental health teams all meet children and parents whom social workers never see. Each of those services is asked to act on what it notices, to share the load of a difficult case rather than hand it over, and to come to the meetings where a child's plan is made. The borough in return keeps them told of what has been decided."),
    ("p", "Families are dealt with honestly and without talking down to them. A worker explains the borough's powers plainly, including the limits of those powers, and does not promise what cannot be delivered. Staff are expected to be reliable, to be kind without being vague, and to notice when a family's experience of racism, poverty or disability is shaping what they see."),
    ("p", "A parent who talks to a worker needs to know where their words will go. Tallow Ridge tells families at the start what it keeps on record and who may see it, asks before passing anything on, and passes it on without asking only when a child's safety depends on it. Records are kept accurate, up to date and no longer than the law requires."),
    ("p", "For children looked after by Tallow Ridge, the borough council as a whole stands in a parent's shoes. The Children and Social Work Act 2017 sets out seven matters the council must have regard to for every child looked after and every young person leaving its care, and the borough's annual report to members is set out under each of those seven. Councillors sit on a panel with young people from the Children Looked After Council and hear directly from them."),
    ("p", "Young people who have grown up here should be healthy, safe, doing well in learning, taking part in their community and able to earn a living. Each child's plan says which of these matters most for that child at that time, and reviews check whether it is getting closer."),
    ("p", "Help for a family comes as early as the family will accept it. Where a child cannot be at home, the borough looks first to the child's wider family and friends, and keeps brothers and sisters together wherever it can. A child is never moved simply because a placement elsewhere is cheaper. A plan for a child's permanent home must be agreed within five months of the child becoming looked after. Each care leaver has a personal adviser until they turn 21, or until 25 if they are in higher education. Children and parents take part in the meetings that decide their future."),
    ("p", "Last updated 3 November 2025"),
]
# fmt: on

STYLES = {"title": "Title"}


def main() -> None:
    tallow_ridge = HERE / TALLOW_RIDGE_NAME
    tallow_ridge.write_bytes(styled_docx(TALLOW_RIDGE, STYLES))
    Path(f"{tallow_ridge}.md").write_text(
        blocks_note(
            TALLOW_RIDGE,
            SCRIPT,
            "python-docx, a Title paragraph and Normal paragraphs only (no headings, no bold, no lists)",
        ),
        encoding="utf-8",
    )
    print("wrote", tallow_ridge.name)


if __name__ == "__main__":
    main()
