# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the three-hundred-and-eighteenth blind set (31803).

An invented council's whole chapter of "Children's Services Policies, Values and Principles",
written for this set in our own words: python-docx, the title in Word's Heading 1, every
section heading in Heading 3 (no Heading 2 anywhere), the Acts a List Bullet list, and one
section ("Our principles in practice") whose content, after a lead sentence, is a two-column
table with a header row "Topic | What we do" and one row per principle. A "Version" line closes
the chapter.

    31803  Tollerdown

usage: .venv/bin/python tests/cases/documents/build_blind318.py   (needs python-docx). The
Word file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind318.py"

NAME = "31803-docx-heading-1-title-heading-3-sections-two-column-table-topic-what-we-do-tollerdown-revised-month-six-list-bullet-acts-seven-stated-signs-of-safety-three-months-21-or-25-education-training-or-work-version-line-looked-after-children.docx"

# (kind, text): "title" Heading 1, "h" Heading 3, "p" a paragraph, "b" a List Bullet item,
# "table" rows joined by "\n", cells by " | " (the first row the header).
Block = tuple[str, str]

# fmt: off
TOLLERDOWN: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "Tollerdown County Council revised this chapter in July 2026. It explains the beliefs and commitments that sit behind every other procedure in the manual, and it applies to all staff and carers who work with children and families for the county."),
    ("h", "The legal basis"),
    ("p", "The county's duties to children are found in the following Acts of Parliament:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Each of these is read together with the statutory guidance that goes with it."),
    ("h", "Partnership"),
    ("p", "Protecting children is work the county shares with schools, health services, the police and the voluntary sector. When agencies disagree about a child, the disagreement is raised with managers quickly rather than left to grow, and the Tollerdown Safeguarding Children Partnership settles what cannot be settled locally."),
    ("h", "Things we will always do"),
    ("p", "We will speak to children directly and tell them what happens next. We will treat parents as people who love their children, even when we are worried about the care they give. We will be on time, do what we said we would, and own up when we get something wrong."),
    ("h", "Councillors as parents"),
    ("p", "Looked After Children have the county council as their corporate parent, and every councillor shares in that role. Members of the Corporate Parenting Committee visit children's homes, meet the Children in Care Council and keep the seven principles of corporate parenting in view whenever they make decisions about budgets and services."),
    ("h", "Our model of practice"),
    ("p", "Tollerdown uses Signs of Safety. Workers and families map together what is going well, what worries everyone and what needs to happen next, and children's own words and drawings are part of every assessment."),
    ("h", "Our principles in practice"),
    ("p", "The table sets out the principles that guide our work with Looked After Children and their families."),
    ("table", "Topic | What we do\n"
              "Staying at home | We offer help as early as possible so that children can remain safely with their parents.\n"
              "Family and friends | If a child cannot stay at home, we look first to grandparents, aunts, uncles and family friends.\n"
              "Permanence | Each child's permanence plan is agreed within three months of them becoming looked after.\n"
              "Leaving care | A personal adviser supports every care leaver up to 21, and up to 25 for those who are in education, training or work.\n"
              "Children's voices | Children take part in their own reviews and can bring an advocate."),
    ("h", "Privacy and sharing records"),
    ("p", "Records about children are private, and staff look at them only when their work needs it. We share information with other agencies when it helps to keep a child safe, and we tell families what we have shared unless doing so would put a child at risk."),
    ("p", "Version 2.3 \u2013 July 2026"),
]
# fmt: on


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import add_text_table, new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=1)
        elif kind == "h":
            document.add_heading(text, level=3)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            add_text_table(document, [line.split(" | ") for line in text.split("\n")])
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    shown: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "table":
            shown.extend(("p", "| " + line + " |") for line in text.split("\n"))
        else:
            shown.append((kind, text))
    return blocks_note(shown, SCRIPT, about)


def main() -> None:
    path = HERE / NAME
    path.write_bytes(_word(TOLLERDOWN))
    path.with_name(path.name + ".md").write_text(
        _note(
            TOLLERDOWN,
            "python-docx, title in Heading 1, section headings in Heading 3, List Bullet Acts, one section's content a two-column Table Grid table (header row Topic | What we do), a Version line last",
        ),
        encoding="utf-8",
    )
    print("wrote", NAME)


if __name__ == "__main__":
    main()
