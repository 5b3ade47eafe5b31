# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word file of the ninety-eighth blind set (9804): a whole chapter of an invented
council with no headings, every paragraph (the title and the closing stamp too) a plain Normal
paragraph with no style, bold or numbering of Word's own. The order differs from the seeds':
amendment first, leaving care and permanence early, the introduction and its legislation last.

All written for this set, in our own words (invented council).

usage: .venv/bin/python tests/cases/documents/build_blind98.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
MARROWFIELD_DOWNS = [
    "Marrowfield Downs Council: Children's Services Policies, Values and Principles",
    "September 2024 saw this chapter amended to reflect new statutory guidance. It applies to all staff in Marrowfield Downs children's services and to the organisations we commission to work with children and families.",
    "Care leavers in Marrowfield Downs can rely on us until they are 25: each has a personal adviser up to that age, and our local offer sets out the help they can claim with housing, money and work.",
    "Stability is what children in care tell us they want most. We therefore aim to agree a permanence plan for every child within three months of their coming into our care.",
    "Elected members and senior officers are corporate parents to the Children in Care of Marrowfield Downs. The seven principles they follow are these: acting in the child's best interests and promoting their health and well-being; encouraging children to express their views, wishes and feelings; taking those views into account; helping children to gain access to services; promoting high aspirations; helping children to be safe and stable at home, in relationships and at school or work; and preparing them for adulthood and independent living.",
    "Working Together to Safeguard Children makes safeguarding the business of every agency. In Marrowfield Downs the council, the police and the health services lead the safeguarding partnership together, and schools and voluntary groups take part in its plans.",
    "What we value shows in how we behave. We are open with families about our concerns, we are fair in how we use our powers, and we hold on to hope for every child.",
    "Family Safeguarding is the model our teams work to. Social workers sit alongside specialists in domestic abuse, mental health and substance misuse, so that a family meets one team rather than many.",
    "Finally, the legal framework. This policy is set within the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, and within the statutory guidance made under them.",
    "Last updated: 3 October 2024",
]

FILES = {
    "9804-docx-normal-only-date-led-amendment-leaving-care-first-law-last-updated-close.docx": MARROWFIELD_DOWNS,
}
# fmt: on


def _word(paragraphs: list[str]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for text in paragraphs:
        document.add_paragraph(text)
    return saved_docx(document)


def main() -> None:
    from build_binary_tools import blocks_note

    for name, paragraphs in FILES.items():
        target = HERE / name
        target.write_bytes(_word(paragraphs))
        target.with_name(name + ".md").write_text(
            blocks_note(
                [("p", text) for text in paragraphs],
                "build_blind98.py",
                "plain Normal paragraphs only, no headings",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
