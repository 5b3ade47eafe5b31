# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary document of the 215th blind set: a policy-facts probe.

    21504  Wellerby: a Word file with heading styles, the looked-after term only in its headings,
           a "Last amended:" line, four items of law bulleted, the seven principles numbered, a
           practice model named in an appositive, and the permanence timescale and the adviser's
           age given only as answers to questions young people ask.

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind215.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind215.py"
NAME = "21504-docx-heading-styles-term-only-in-headings-last-amended-month-four-items-of-law-seven-numbered-model-in-appositive-faq-answers-three-months-21-or-25.docx"

# fmt: off
WELLERBY: list[tuple[str, str]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Document status"),
    ("p", "Last amended: November 2025. Owner: Head of Children's Social Care, Wellerby Council."),
    ("h", "Looked After Children and the Law"),
    ("p", "The main duties behind this chapter are in:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Corporate Parenting for Looked After Children"),
    ("p", "Every councillor and every officer of Wellerby Council shares the duty to be a good parent to the children and young people the council looks after. In everything we do for them we have regard to the need:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("p", "Our practice model, Steady Steps, shapes how social workers plan with children: small goals, agreed with the child, reviewed often."),
    ("h", "Questions Looked After Children Ask Us"),
    ("p", "When will I know where I am going to live for good?"),
    ("p", "Your social worker will make a plan for permanence with you within three months of you coming into care."),
    ("p", "How long will I have a personal adviser?"),
    ("p", "Until you are 21. If you are studying or training, or you just want the support, you can keep your adviser until you are 25."),
]
# fmt: on


def wellerby_docx(target: Path) -> None:
    document = new_docx()
    for kind, text in WELLERBY:
        style = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}.get(
            kind
        )
        document.add_paragraph(text, style=style)
    target.write_bytes(saved_docx(document))


def wellerby_note() -> str:
    return blocks_note(
        WELLERBY,
        SCRIPT,
        "Word file with heading styles, the looked-after term only in headings, seven numbered principles, answers to young people's questions",
    )


def main() -> None:
    wellerby_docx(HERE / NAME)
    (HERE / (NAME + ".md")).write_text(wellerby_note(), encoding="utf-8")
    print(NAME)


if __name__ == "__main__":
    main()
