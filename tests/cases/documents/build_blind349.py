# ruff: noqa: E501, RUF001  (the chapter's paragraphs are kept a line each, with the dashes a council types)
"""Build the Word file of the 349th blind set (34905): a chapter on another topic of the family.

Blind set 349 writes "Policies, Values and Principles" chapters whose subject is one part of
children's services (placement stability, children who go missing, family time, education, and
here health), so that the family's section kinds have to be found in unfamiliar vocabulary. The
other four documents of the set are plain files written by hand; this script builds only:

- 34905 Word (Easterwick): Title style, Heading 1 headings, a grid table of Acts with a bold
  header row, the seven principles as List Number items, a procedure section on health
  assessments (a timescale and a six-monthly review that are no permanence plan), and a closing
  version line.

usage: .venv/bin/python tests/cases/documents/build_blind349.py   (python-docx)
The build writes a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import LIST_AND_HEADING_STYLES, blocks_note, styled_docx  # noqa: E402

SCRIPT = "build_blind349.py"
NAME = "34905-docx-heading-styles-health-topic-easterwick-amended-day-acts-and-regulations-table-guidance-apart-seven-list-number-health-assessment-procedure-signs-of-safety-three-months-21-or-25-education-version-looked-after-children.docx"

# fmt: off
EASTERWICK: list[tuple[Any, ...]] = [
    ("title", "Health and Well-being of Looked After Children: Policy, Values and Principles"),
    ("p", "Easterwick Borough Council – Children, Families and Learning"),
    ("h", "Purpose"),
    ("p", "This chapter explains how Easterwick Borough Council and its health partners make sure that looked after children have their physical, emotional and mental health needs understood and met. It applies to social workers, foster carers, residential staff and the council's commissioned providers, and it is shared with the looked after children's health team. It was last amended on 14 May 2025."),
    ("h", "Legislation and guidance"),
    ("p", "The council's duties to promote the health of the children it looks after come from the legislation below."),
    ("table", [
        ("Legislation", "What it means for health"),
        ("Children Act 1989", "The duty to safeguard and promote the welfare of each looked after child."),
        ("Health and Social Care Act 2012", "The duties of health bodies to co-operate in meeting children's health needs."),
        ("Children and Social Work Act 2017", "The corporate parenting principles, including physical and mental health."),
        ("Care Planning, Placement and Case Review (England) Regulations 2010", "Health assessments and health plans as part of the care plan."),
    ], True),
    ("p", "Staff should also follow the statutory guidance on promoting the health and well-being of looked-after children, issued jointly by the Department for Education and the Department of Health and Social Care."),
    ("h", "Working with health partners"),
    ("p", "The integrated care board, the designated doctor and nurse for looked after children, GPs, dentists, school nurses and the mental health service for children and young people each have a part in a child's health. The council and the integrated care board meet every quarter to review how quickly health assessments happen and to clear any blockages between services."),
    ("h", "What we stand for"),
    ("p", "We want looked after children to be as healthy as their classmates, and we treat any gap as something to close, not to explain. Children are asked about their own health and helped to understand it. Carers are trusted to make everyday health decisions, such as taking a child to the dentist or the optician, without waiting for permission."),
    ("h", "Corporate parenting"),
    ("p", "Easterwick Borough Council is the corporate parent of every child it looks after. In planning for a child's health we apply the seven corporate parenting principles:"),
    ("n", "act in the child's best interests and promote their physical and mental health and well-being"),
    ("n", "encourage the child to express their views, wishes and feelings"),
    ("n", "take those views, wishes and feelings into account"),
    ("n", "help the child to gain access to, and make the best use of, services"),
    ("n", "promote high aspirations and seek to secure the best outcomes for the child"),
    ("n", "keep the child safe and give them stability in their home lives, relationships and education or work"),
    ("n", "prepare the child for adulthood and independent living"),
    ("h", "Health assessments"),
    ("p", "An initial health assessment is completed by a doctor within 20 working days of a child becoming looked after. Review health assessments follow every six months for children under five and every year for older children. The social worker makes sure that each assessment's recommendations become actions in the child's health plan."),
    ("h", "How we practise"),
    ("p", "Easterwick uses Signs of Safety as its practice framework. In health planning this means asking the child, their family and their carers what is going well, what is worrying them and what needs to happen next, and writing the health plan in the same simple terms."),
    ("h", "Principles for practice"),
    ("p", "Where it is safe, a child's health care should continue with the GP and dentist they already know. The plan for where a child will grow up is agreed within three months of them becoming looked after, so that long-term health care can be arranged around it. Young people leaving care receive a summary of their health history and have a personal adviser until they are 21, or until 25 if they stay in education or training."),
    ("h", "Outcomes we want"),
    ("p", "Success means every looked after child registered with a GP and a dentist, immunisations up to date, emotional well-being measured each year and acted on, and care leavers who know how to look after their own health."),
    ("h", "Consent and confidentiality"),
    ("p", "Health information about a looked after child is sensitive. It is shared with carers and professionals only as far as they need it to care for the child, and young people who are old enough to decide for themselves are asked before their health information is passed on."),
    ("p", "Version 1.4 – approved by the Children's Leadership Team"),
]
# fmt: on


def main() -> None:
    path = HERE / NAME
    path.write_bytes(styled_docx(EASTERWICK, {**LIST_AND_HEADING_STYLES, "title": "Title"}))
    note = blocks_note(
        EASTERWICK,
        SCRIPT,
        "python-docx; Title style, Heading 1 headings, a grid table with a bold header row, List Number items",
        header_rule=True,
    )
    Path(f"{path}.md").write_text(note, encoding="utf-8")
    print(NAME)


if __name__ == "__main__":
    main()
