# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word file of the hundred-and-thirtieth blind set (13004): a whole chapter of an
invented council written as an officer who never saw the template would write it: headings that
are full sentences (Word's Heading 1), a case example before any policy, the law and the
principles under one heading, sub-headings (Heading 2) inside the leaving-care section, and a
closing "Questions?" section with contacts.

All written for this set, in our own words (invented council and practice model).

usage: .venv/bin/python tests/cases/documents/build_blind130.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
PELLINGWORTH = [
    ("title", "Pellingworth Children's Services - Policies, Values and Principles"),
    ("p", "Reviewed and amended: January 2025"),
    ("h", "What happened to the Okafor children"),
    ("p", "When the three Okafor children came to our attention, four different agencies each knew part of the story and none knew all of it. The children were eventually placed together with their aunt, but only after eight months of meetings. We have written this chapter so that the next family like theirs meets one plan, one team and no unnecessary delay."),
    ("h", "We will always put the child first"),
    ("p", "Children's safety and welfare come before the convenience of any service, including our own. We will speak to children directly, and we will say so in writing when we decide something they disagree with."),
    ("h", "The laws and principles that guide us"),
    ("p", "This chapter draws on the Children Act 1989 (as amended), the Children and Social Work Act 2017 and the Equality Act 2010. From them we take three principles: children are usually best cared for by their own families; any help should be offered as early as possible; and a child's identity, culture and faith must be respected in every plan."),
    ("h", "We work the Family Circles way"),
    ("p", "Family Circles is the practice model used by every team in Pellingworth. It brings the wider family and the people who matter to a child into the planning from the very first meeting, and it asks workers to write plans the family can understand."),
    ("h", "The whole council is a parent to the children looked after by Pellingworth"),
    ("p", "Being a corporate parent means the council behaves towards children looked after as any good parent would. Our Corporate Parenting Panel meets every two months and hears directly from children looked after and care leavers about what needs to improve."),
    ("h", "A permanent home without delay"),
    ("p", "Social workers will agree a permanence plan by the end of the third month after a child comes into care, and the Independent Reviewing Officer will check it at the child's second review."),
    ("h", "We do not stop caring at 18"),
    ("h2", "Your personal adviser"),
    ("p", "Every care leaver can have support from a personal adviser until their 25th birthday, whatever they are doing."),
    ("h2", "Your local offer"),
    ("p", "Our local offer explains the help with money, housing, health and work that care leavers can claim, and it is reviewed every year with the Care Leavers Forum."),
    ("h", "Questions?"),
    ("p", "Contact the Principal Social Worker, Pellingworth Children's Services, Civic Centre, on 01632 963 901 or psw@pellingworth.gov.uk."),
]

FILES = {
    "13004-docx-month-stamp-case-example-first-sentence-headings-law-and-principles-in-one-paragraph-no-principles-listed-leaving-care-subheadings-questions.docx": PELLINGWORTH,
}
# fmt: on


def _word(blocks: list[tuple[str, str]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=0)
        elif kind == "h":
            document.add_heading(text, level=1)
        elif kind == "h2":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def main() -> None:
    from build_binary_tools import blocks_note

    for name, blocks in FILES.items():
        target = HERE / name
        target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(
                [("h" if kind == "h2" else kind, text) for kind, text in blocks],
                "build_blind130.py",
                "python-docx; Title, Heading 1 for sentence headings, Heading 2 inside leaving care",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
