# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the two-hundred-and-nineteenth blind set: a whole children's-services
policy chapter of an invented council, written for this set in our own words.

    21904  Kestonbury: a Word file whose title and headings are all Normal paragraphs made to look
           like headings by hand: bold runs at 16 pt (the title) and 13 pt (the headings) over
           11 pt body text, no heading style anywhere, the Acts in List Bullet paragraphs.

The three text documents of the set (21901 and 21902 HTML, 21903 markdown) are written by hand
beside this one.

usage: .venv/bin/python tests/cases/documents/build_blind219.py [PREFIX…]
       (python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind219.py"
Blocks = list[tuple[str, str]]
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# kinds: title (bold Normal, 16 pt), h (bold Normal, 13 pt), p (Normal), b (List Bullet)
KEST: Blocks = [
    ("title", TITLE),
    ("h", "Who this chapter is for"),
    ("p", "Kestonbury County Council's children's services procedures all begin from the values and duties described here. The chapter is for social workers, personal advisers, foster carers and managers, and for the providers we buy services from."),
    ("p", "This chapter was amended in November 2025 to describe our practice model in more detail."),
    ("h", "Acts of Parliament that shape our duties"),
    ("p", "The following Acts give us our main responsibilities towards children who are looked after and care leavers:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Domestic Abuse Act 2021"),
    ("h", "What we want for Kestonbury's children"),
    ("p", "We want every child in Kestonbury to grow up safe, loved and with someone who believes in them, in a county where children who are looked after do as well as their friends at school and beyond."),
    ("h", "The whole council as a good parent"),
    ("p", "When a child becomes looked after, the county council becomes their corporate parent. Councillors, officers and partners must all have regard to the seven corporate parenting principles in section 1 of the Children and Social Work Act 2017, asking of every decision whether it is good enough for their own child."),
    ("h", "Restorative working"),
    ("p", "Restorative Practice is the model used across Kestonbury's children's services. Practitioners work with families, not to them or for them, combining high support with high challenge so that families take part in solving their own difficulties."),
    ("h", "Settled homes"),
    ("p", "Children should stay with their own families when it is safe for them to do so. For children who are looked after, a plan for permanence is to be agreed by the fifth month after they came into care, and brothers and sisters are kept together whenever we can."),
    ("h", "After care"),
    ("p", "Each care leaver is offered a personal adviser up to the age of 21. Young people with a disability can keep their personal adviser until they are 25."),
    ("h", "Looking after personal information"),
    ("p", "We keep records that are accurate, fair and secure. Information is shared with other agencies only where the law permits and a child's welfare requires it, and children can ask to see what we hold about them."),
]
# fmt: on


def kestonbury(target: Path) -> None:
    """Every heading a Normal paragraph with one bold run, larger than the body text."""
    from docx.shared import Pt

    document = new_docx()
    for kind, text in KEST:
        if kind == "b":
            document.add_paragraph(text, style="List Bullet")
            continue
        paragraph: Any = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind in ("title", "h"):
            run.bold = True
            run.font.size = Pt(16 if kind == "title" else 13)
    target.write_bytes(saved_docx(document))


# fmt: off
DOCUMENTS = {
    "21904-docx-normal-bold-larger-size-headings-no-styles-kestonbury-amended-month-seven-acts-bulleted-vision-seven-in-prose-restorative-practice-fifth-month-21-or-25-disability-children-who-are-looked-after.docx": (
        kestonbury, KEST, "python-docx, no heading styles: the title a bold 16 pt Normal paragraph and every heading a bold 13 pt Normal paragraph over 11 pt body text, the Acts in List Bullet paragraphs"),
}
# fmt: on


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, blocks, about) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(blocks_note(blocks, SCRIPT, about), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
