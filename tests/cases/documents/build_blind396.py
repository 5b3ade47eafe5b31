# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word document of the three-hundred-and-ninety-sixth blind set.

Blind set 396 writes "Policies, Values and Principles" chapters of the default family whose
subject is one part of children's services that earlier sets did not take, so that the family's
section kinds have to be found in the topic's own words. The text file (39601), the markdown
(39602) and the HTML page (39603) are written by hand beside this script; this script builds:

    39604  Sketherby (Word, python-docx): learning to drive and travelling independently; Title
           style, Heading 1 headings named by meaning, four Acts as List Bullet items, the seven
           principles as List Number items, an un-headed procedure closing the values (aged 16,
           aged 17, within 15 working days) straight before the corporate parenting heading, a
           procedure section headed by its name ("Paying for lessons and tests"; 40 lessons, up
           to the age of 21, within 20 working days), and a closing version line.

usage: .venv/bin/python tests/cases/documents/build_blind396.py   (needs python-docx). The built
file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    blocks_note,
    styled_docx,
)

SCRIPT = "build_blind396.py"
STYLES = {**LIST_AND_HEADING_STYLES, "title": "Title"}

# (kind, text): "title" the title, "h" a section heading, "p" a paragraph, "b" a bulleted item,
# "n" a numbered item.
Block = tuple[str, str]

# fmt: off
SKETHERBY: list[Block] = [
    ("title", "Learning to Drive and Travelling Independently"),
    ("h", "Who and what this chapter covers"),
    ("p", "Sketherby County Council amended this chapter in January 2026. It sets out how we help cared for children and care leavers to travel on their own with confidence, from a first bus journey alone to a driving licence, and how carers and workers decide when a young person is ready. It is for foster carers, residential staff, social workers and personal advisers."),
    ("h", "Laws we work within"),
    ("p", "This chapter is written within:"),
    ("b", "the Children Act 1989"),
    ("b", "the Road Traffic Act 1988"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "What we think matters"),
    ("p", "We think that being able to get about without an adult is part of an ordinary adolescence, and that cared for children should not be held back by rules their friends do not have to follow. We would rather teach a young person to manage a risk than forbid it, and we value the independence, the jobs and the friendships that travel opens up."),
    ("p", "A young person aged 16 who wants to ride a moped, or aged 17 who wants a provisional driving licence, talks first to their carer, and the carer passes the request to the social worker. The social worker checks who holds parental responsibility and what they think, and gives the young person an answer within 15 working days. Insurance is always arranged by the carer or the council, never by the young person alone."),
    ("h", "Sketherby as corporate parent"),
    ("p", "The council, as corporate parent to all cared for children and care leavers, has regard to the need:"),
    ("n", "to act in their best interests, and to promote their physical and mental health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take into account their views, wishes and feelings"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners"),
    ("n", "to promote high aspirations, and seek to secure the best outcomes for them"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("h", "Paying for lessons and tests"),
    ("p", "The council pays for up to 40 driving lessons, the theory test and one practical test for each cared for child or care leaver who wants to learn, up to the age of 21. The personal adviser or social worker sends the application to the leaving care manager, who decides it within 20 working days. A second practical test is paid for where the young person has kept up their lessons."),
    ("h", "Schools, colleges and transport partners"),
    ("p", "Schools and colleges teach road safety, the county's travel training team teaches young people to use buses and trains safely, and local driving instructors who know our young people offer them lessons at a fair price."),
    ("h", "Travel Ready"),
    ("p", "Our carers and workers follow Travel Ready, a stepped model in which a young person's journeys grow little by little, each step agreed with them and tried first with an adult nearby, so that by the time they leave care they can reach college, work and family on their own."),
    ("h", "Stability and adulthood"),
    ("p", "Travel helps a young person keep their school, their friends and their family when they move. A permanence plan is agreed for every cared for child within four months of their coming into care. Care leavers have a personal adviser until they are 21, and until 25 if they are still studying, and the adviser helps them plan how they will get to work or college."),
    ("h", "Keeping information safe"),
    ("p", "Copies of a young person's licence, insurance and any motoring offence are kept on their record and shared only with the people arranging their lessons and insurance."),
    ("p", "Version 4.1"),
]
# fmt: on

SKETHERBY_NAME = "39604-docx-heading-styles-driving-topic-sketherby-amended-month-four-acts-bulleted-procedure-closing-values-headed-procedure-seven-numbered-travel-ready-four-months-21-or-25-studying-version-cared-for.docx"


def main() -> None:
    sketherby = HERE / SKETHERBY_NAME
    sketherby.write_bytes(styled_docx(SKETHERBY, STYLES))
    Path(f"{sketherby}.md").write_text(
        blocks_note(
            SKETHERBY,
            SCRIPT,
            "python-docx; Title style, Heading 1 headings named by meaning, List Bullet Acts, List Number principles, an un-headed procedure closing the values, a procedure section headed by its name, a closing version line",
        ),
        encoding="utf-8",
    )
    print(SKETHERBY_NAME)


if __name__ == "__main__":
    main()
