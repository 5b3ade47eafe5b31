# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the PDF document of the three-hundred-and-seventy-seventh blind set.

Blind set 377 writes "Policies, Values and Principles" chapters of the default family whose
subject is one part of children's services that earlier sets did not take, so that the family's
section kinds have to be found in the topic's own words. The text file (37701), the markdown
(37702) and the HTML page (37703) are written by hand beside this script; this script builds:

    37704  Sheppingdale (PDF, a python-docx file printed by LibreOffice): work experience,
           part-time jobs and first jobs for young people in care; Title style and Heading 1
           headings named by meaning, four Acts as List Bullet items, the seven principles as
           List Number items, an un-headed procedure paragraph (a risk assessment within ten
           working days, ages 13 and 14, twelve hours a week) closing the values, and a
           procedure section headed by the procedure's name ("Arranging a placement with an
           employer").

usage: .venv/bin/python tests/cases/documents/build_blind377.py   (needs python-docx and
LibreOffice). The built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    blocks_note,
    docx_to_pdf,
    styled_docx,
)

SCRIPT = "build_blind377.py"
STYLES = {**LIST_AND_HEADING_STYLES, "title": "Title"}

# (kind, text): "title" the title, "h" a section heading, "p" a paragraph, "b" a bulleted item,
# "n" a numbered item.
Block = tuple[str, str]

# fmt: off
SHEPPINGDALE: list[Block] = [
    ("title", "Work Experience and First Jobs"),
    ("h", "Purpose"),
    ("p", "Sheppingdale Metropolitan Borough Council amended this chapter in February 2026. It sets out how we help children looked after and care leavers to try out work, take on part-time jobs and find apprenticeships and first jobs, and what carers, social workers and personal advisers do to make that happen."),
    ("h", "Where our duties come from"),
    ("p", "This chapter draws on:"),
    ("b", "the Children and Young Persons Act 1933"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Our beliefs"),
    ("p", "We believe every young person in our care can do good work and deserves the chance to find out what they enjoy. A Saturday job, a paper round or a week in an office builds confidence and friendships as well as money, and we want our young people to have those chances as early as their friends do."),
    ("p", "A child may do light part-time work from the age of 13 and a formal work experience week from 14. Before a young person starts any job, the carer tells the social worker, who checks with the employer that a risk assessment has been done within ten working days of the offer. During term time the young person works no more than twelve hours a week, and the carer keeps a note of the hours."),
    ("h", "Arranging a placement with an employer"),
    ("p", "The personal adviser or social worker asks the council's own services and its partner employers for a placement at least six weeks before it is due to start. The employer is sent a short profile, agreed with the young person, within five working days of their request. After the placement the young person and the employer each give feedback, which is added to the pathway plan at its next review."),
    ("h", "Sheppingdale as corporate parent"),
    ("p", "Sheppingdale Metropolitan Borough Council is corporate parent to its children looked after and care leavers, and all its services have regard to these principles:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take into account their views, wishes and feelings"),
    ("n", "to help them gain access to and make the best use of services provided by the council and its partners"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("h", "Employers and partners"),
    ("p", "Local businesses, colleges, the careers service and the council's own departments work with us through the care leavers' covenant, offering taster days, guaranteed interviews and mentors."),
    ("h", "Ready for Work"),
    ("p", "Our personal advisers use Ready for Work, a coaching approach that starts from what the young person is good at and builds a plan one step at a time: a first conversation, a taster, a placement, then a job."),
    ("h", "How we plan for the future"),
    ("p", "A stable home makes it easier to hold down a job. A permanence plan is agreed for every child looked after within three months of their coming into care. Care leavers keep a personal adviser up to the age of 21, and to 25 if they are in an apprenticeship, education or training."),
    ("h", "Sharing information with employers"),
    ("p", "Employers are never told that a young person is or has been in care unless the young person agrees. References are written by the personal adviser with the young person's consent."),
    ("p", "Version 3.0"),
]
# fmt: on

SHEPPINGDALE_NAME = "37704-pdf-lo-heading-styles-first-jobs-topic-sheppingdale-amended-month-four-acts-bulleted-procedure-closing-values-headed-procedure-seven-numbered-ready-for-work-three-months-21-or-25-apprenticeship-version.pdf"


def main() -> None:
    sheppingdale = HERE / SHEPPINGDALE_NAME
    docx_to_pdf(styled_docx(SHEPPINGDALE, STYLES), sheppingdale)
    note = blocks_note(
        SHEPPINGDALE,
        SCRIPT,
        "python-docx printed to PDF by LibreOffice; Title style, Heading 1 headings named by meaning, List Bullet Acts, List Number principles, a job procedure closing the values, a procedure section headed by its name, a closing version line",
    )
    Path(f"{sheppingdale}.md").write_text(note, encoding="utf-8")
    print(SHEPPINGDALE_NAME)


if __name__ == "__main__":
    main()
