# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary document of the 195th blind set: facts in wordings earlier sets did not use.

    19504  Penhallow: a Word file with heading styles, an "Amended in part" note naming the month,
           legislation bulleted under "Legislation at a glance", the seven principles lettered
           (a) to (g) inside one sentence, and a model introduced as "one practice model".

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind195.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind195.py"
NAME = "19504-docx-heading-styles-amended-in-part-month-legislation-at-a-glance-six-bulleted-seven-lettered-in-one-sentence-one-practice-model-21-or-25-training-six-months-children-and-young-people-in-care.docx"

# fmt: off
PENHALLOW: list[tuple[str, str]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Penhallow Council"),
    ("h", "Status of this chapter"),
    ("p", "Amended in part, October 2025 (section 3 only). This chapter applies to everyone who works in Penhallow's children's services, and to councillors in their role as corporate parents."),
    ("h", "Legislation at a glance"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Corporate parenting"),
    ("p", "Corporate parenting is built on seven principles, found in section 1(1) of the Children and Social Work Act 2017, which are: (a) to act in the best interests of children and young people in care and promote their health and well-being; (b) to encourage them to express their views, wishes and feelings; (c) to take those views into account; (d) to help them use services provided by the council and its partners; (e) to promote high aspirations and seek the best outcomes for them; (f) to keep them safe and give them stability at home, in relationships and in education or work; and (g) to prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Across the service we use one practice model, Safe Harbours, which asks every worker to find the people and places that already make a child feel safe and to build the plan around them."),
    ("h", "Plans for children and young people in care"),
    ("p", "Permanence should be secured in the child's care plan within 6 months of their first placement."),
    ("p", "Care leavers keep a personal adviser until the age of twenty-one; if still in training or education, to twenty-five."),
]
# fmt: on


def penhallow_docx(target: Path) -> None:
    document = new_docx()
    for kind, text in PENHALLOW:
        style = {"title": "Title", "h": "Heading 1", "b": "List Bullet"}.get(kind)
        document.add_paragraph(text, style=style)
    target.write_bytes(saved_docx(document))


def penhallow_note() -> str:
    return blocks_note(
        PENHALLOW,
        SCRIPT,
        "Word file with heading styles, an amended-in-part note under the title, six bulleted items of law, seven lettered principles in one sentence",
    )


def main() -> None:
    penhallow_docx(HERE / NAME)
    (HERE / (NAME + ".md")).write_text(penhallow_note(), encoding="utf-8")
    print(NAME)


if __name__ == "__main__":
    main()
