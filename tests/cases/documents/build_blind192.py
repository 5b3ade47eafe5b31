# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the 192nd blind set's Word file: an invented council's adaptation of the chapter,
written for this set in our own words.

    19201  a python-docx file whose headings carry a house paragraph style ("Tollerbridge
           Heading") based on Word's Heading 1, as a council's own template defines one

usage: .venv/bin/python tests/cases/documents/build_blind192.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind192.py"
Blocks = list[tuple[str, str]]
HOUSE_STYLE = "Tollerbridge Heading"

# fmt: off
TOLLERBRIDGE: Blocks = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Who must follow this chapter, and its latest change"),
    ("p", "Everyone who works in Tollerbridge's children's social care, whether employed by the council, placed through an agency or working for a provider we commission, is expected to follow this chapter."),
    ("p", "The chapter was brought up to date in April 2025, when the description of our practice approach was rewritten."),
    ("h", "Acts of Parliament that set our duties"),
    ("p", "What we must do for children and their families is laid down chiefly by:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Most of what follows concerns children in need of help or protection and Children Looked After by Tollerbridge Borough Council."),
    ("h", "Seven duties the council holds as a parent"),
    ("p", "Tollerbridge Borough Council is the corporate parent of its Children Looked After and its care leavers. Whenever it takes a decision affecting them, the council keeps in view the need:"),
    ("b", "to act in their best interests and look after their physical and mental health and well-being;"),
    ("b", "to encourage them to say what they think, want and feel;"),
    ("b", "to give weight to what they tell us;"),
    ("b", "to help them find, and get the most from, services run by the council and its partners;"),
    ("b", "to hold high hopes for them and look for the best outcomes;"),
    ("b", "to help them be safe and keep their homes, relationships, schooling and work steady;"),
    ("b", "to get them ready for adult life and for living on their own."),
    ("h", "Working alongside parents: our chosen approach"),
    ("p", "Since 2023 every practitioner in Tollerbridge has been trained in the Family Partnership Model. We build a working alliance with each parent, agree goals together and share the thinking behind every decision we make."),
    ("h", "Settled homes and the move into adulthood"),
    ("p", "Children do best when they grow up with their own families, and we will offer help early so that more of them can. Where a child cannot stay at home we look to grandparents, aunts, uncles and family friends before anyone else."),
    ("p", "A plan for permanence is agreed for each child within three months of their becoming looked after, and the independent reviewing officer checks that it is being carried out."),
    ("p", "Every care leaver may keep a personal adviser until the age of 21, and until 25 if they are pregnant or already a parent."),
    ("h", "Tollerbridge family hubs"),
    ("p", "Our six family hubs bring midwives, health visitors, early help workers and debt advisers under one roof. Parents can walk in without an appointment, and a social worker is on site two mornings a week for advice."),
    ("p", "Last reviewed: 14 April 2025"),
]
# fmt: on


def word_file(blocks: Blocks) -> Any:
    """A python-docx document whose headings use a house style based on Heading 1 (outline level
    inherited, name the council's own), title in Title style, lists in List Bullet."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    document = new_docx()
    styles = document.styles
    house = styles.add_style(HOUSE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    house.base_style = styles["Heading 1"]
    house.font.size = Pt(14)
    house.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style=HOUSE_STYLE)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return document


def tollerbridge(target: Path) -> None:
    target.write_bytes(saved_docx(word_file(TOLLERBRIDGE)))


DOCUMENTS = {
    "19201-docx-house-heading-style-on-heading-1-tollerbridge-brought-up-to-date-seven-acts-seven-bulleted-duties-family-partnership-model-three-months-21-or-25-parent-family-hubs-last-reviewed-clas.docx": (
        tollerbridge,
        lambda: blocks_note(
            TOLLERBRIDGE,
            SCRIPT,
            "Word file, headings in a house style based on Heading 1, title in Title style",
        ),
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, note) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(note(), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
