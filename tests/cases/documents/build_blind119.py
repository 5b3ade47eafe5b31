# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word file of the hundred-and-nineteenth blind set (11905): a whole chapter of an
invented council with no headings, every paragraph (the title and the closing note too) a plain
Normal paragraph with no style, bold or numbering of Word's own. The order differs from the
seeds': the corporate parenting principles before the scope, outcomes before the introduction,
leaving care and permanence in one paragraph, a revision note closing the chapter.

All written for this set, in our own words (invented council).

usage: .venv/bin/python tests/cases/documents/build_blind119.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
LINDOW_ASH = [
    "Lindow Ash Council Children's Services Policies, Values and Principles",
    "The principles of corporate parenting - there are seven of them in the 2017 Act - oblige the council to act in the best interests of looked after children, to listen to them, to take what they say seriously, to help them reach the services they need, to expect great things of them, to give them safety and stability, and to prepare them for independence. Lindow Ash's Corporate Parenting Board checks each year how far we have kept to them.",
    "Those principles, like the rest of this chapter, bind every officer of the council who works with children, whether employed by us, supplied by an agency or working for a service we commission.",
    "For looked after children, as for every other child in Lindow Ash, we want good health, safety, a good education, friendships and fun, and a confident start to adult life.",
    "Our duties were given to us by the 1989 and 2004 Children Acts and by the Children and Families Act of 2014, and the statutory guidance issued under them tells us how to carry them out.",
    "A looked after child's permanence plan is ratified at the four-month review, and the Independent Reviewing Officer checks at every later review that it is being carried out. Young people leaving care keep a personal adviser to twenty-one, and to twenty-five while they study.",
    "Family Safeguarding is the model our social workers practise: adult specialists in mental health, substance misuse and domestic abuse work inside the children's teams, and every family has one plan.",
    "Keeping children safe is never the work of one agency. Working Together to Safeguard Children puts the duty on the council, the police and the health service to plan together, and in Lindow Ash schools and early years settings join them as relevant agencies.",
    "Revised March 2026, when the paragraph on leaving care was brought up to date.",
]

FILES = {
    "11905-docx-normal-only-principles-before-scope-outcomes-before-law-leaving-care-with-permanence-revised-close.docx": LINDOW_ASH,
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
                "build_blind119.py",
                "plain Normal paragraphs only, no headings",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
