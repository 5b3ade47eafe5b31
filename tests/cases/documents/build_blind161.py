# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the hundred-and-sixty-first blind set's Word file: one whole children's-services policy
chapter of an invented council, with headings by meaning.

    16106  Word (python-docx): Title and Heading 1 styles; a bare "Updated: June 2022" line in
           the scope; four Acts and a guidance bulleted after a sentence about new staff; the
           corporate parenting principles bulleted with bold lead words; a model named in quotes;
           permanence "within three months"; the adviser's age in a bullet ("up to the age of
           25") and, later, "until the age of 21" (a conflict); "children in our care".

All written for this set, in our own words (invented council).

usage: .venv/bin/python tests/cases/documents/build_blind161.py   (python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind161.py"
Blocks = list[tuple[str, str]]

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ------------------------------------------------------------- 16106 Brackenridge, Word
BRACKENRIDGE: Blocks = [
    ("h", "About this chapter"),
    ("p", "This chapter describes the values and principles that Brackenridge Council's children's services work to. It applies to every member of staff, to our foster carers and to the organisations we commission to work with children in our care."),
    ("p", "Updated: June 2022"),
    ("h", "Our legal duties"),
    ("p", "New staff often ask where they should start their reading. We suggest these:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children"),
    ("h", "Our corporate parenting principles"),
    ("p", "As corporate parents of the children in our care and of young people who have left our care, we will:"),
    ("B", "Put them first|: act in their best interests and promote their physical and mental health and well-being."),
    ("B", "Ask them|: encourage them to express their views, wishes and feelings."),
    ("B", "Listen|: take their views, wishes and feelings into account."),
    ("B", "Open doors|: help them to use our services and those of our partners."),
    ("B", "Aim high|: promote high aspirations and seek the best outcomes for them."),
    ("B", "Keep them safe|: make sure they are safe and have stability in their home lives, relationships and education or work."),
    ("B", "Get them ready|: prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Our operating model, 'Growing Roots', brings social workers, family practitioners and health visitors together in locality teams, so that a family meets the same few faces from the first call onwards."),
    ("h", "How we work with children in our care"),
    ("p", "We work to keep children safely at home. Where a child comes into our care, we plan for permanence from the start, and the plan for permanence is agreed within three months."),
    ("p", "When young people leave our care they can expect:"),
    ("b", "a pathway plan that they help to write;"),
    ("b", "a personal adviser up to the age of 25;"),
    ("b", "help with housing, money and finding work or training."),
    ("p", "The leaving care team offers this support until the age of 21, and young people can ask the team for advice at any time."),
]
# fmt: on


def brackenridge(target: Path) -> None:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    for kind, text in BRACKENRIDGE:
        if kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "B":
            lead, rest = text.split("|")
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(lead).bold = True
            paragraph.add_run(rest)
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


def _noted(blocks: Blocks) -> Blocks:
    return [
        ("b", "**" + text.replace("|", "**")) if kind == "B" else (kind, text)
        for kind, text in blocks
    ]


FILES = {
    "16106-docx-title-heading-styles-updated-colon-month-acts-after-where-to-start-reading-principles-bold-lead-words-operating-model-quoted-three-months-conflict-25-in-a-bullet-21-after-children-in-our-care.docx": (
        brackenridge,
        [("title", TITLE), *_noted(BRACKENRIDGE)],
        "python-docx; Title and Heading 1 styles; principles bulleted with bold lead words; adviser's age in a bullet",
    ),
}


def main() -> None:
    for name, (make, blocks, about) in FILES.items():
        make(HERE / name)
        (HERE / (name + ".md")).write_text(blocks_note(blocks, SCRIPT, about), encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main()
