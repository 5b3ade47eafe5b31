# ruff: noqa: E501  (the guide's paragraphs are kept a line each)
"""Build the Word file of the 187th blind set (18704): a council's children's services
policies, values and principles rewritten in plain English by a communications officer, as a
Word document to put beside the web page. Title style, a Normal subtitle line, Heading 1
headings that are plain statements, the laws as List Bullet paragraphs, a closing block
about easy read and other formats.

The other documents of the set (18701 .html, 18702 .md, 18703 .txt) are written by hand.
All written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind187.py   (python-docx)
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind187.py"
Blocks = list[tuple[str, str]]

# fmt: off
KESTLEBURY_TITLE = "Caring for Children: Our Policies Made Simple"
KESTLEBURY: Blocks = [
    ("p", "Kestlebury Council Children's Services"),
    ("h", "About this document"),
    ("p", "This is a plain English guide to the policies, values and principles that Kestlebury Council's children's services follow. It is written for Cared for Children, their families and carers, and members of the public."),
    ("p", "Version 3. We changed this document in June 2025."),
    ("h", "The ideas behind our work"),
    ("p", "We believe children should be brought up by their own families wherever it is safe. We believe every child has a right to be heard. We believe that being in care should open doors for a child, not close them."),
    ("p", "These beliefs shape everything we do, from the first phone call to the day a young person leaves our care."),
    ("h", "Cared for children and the council"),
    ("p", "In Kestlebury we say Cared for Children rather than looked after children, because that is what the young people asked us to call them."),
    ("p", "When a child is cared for by us, the council takes on the job of a parent. Everyone who works for the council shares that job. The law sets out principles that guide us as corporate parents, and our Corporate Parenting Panel checks how well we keep to them."),
    ("h", "Our practice model: Caring Connections"),
    ("p", "Our practice model is called Caring Connections. It is built on one idea: children and families change through good relationships. Social workers keep the same families for as long as they can, and they spend more time with families and less time at a desk."),
    ("h", "Where the law comes from"),
    ("p", "Our duties come from these laws:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "A settled home, as soon as possible"),
    ("p", "Children need to know where they belong. If a child cannot return to their family, we will agree a permanence plan within six months of them coming into our care. We always look at relatives and family friends first."),
    ("h", "Leaving care: help up to 25"),
    ("p", "Every care leaver has a personal adviser until they are 21. If you ask, we will keep helping you until you are 25. We also help with your council tax, a first home and finding work or training."),
    ("h", "Working with other services"),
    ("p", "We cannot do this alone. Schools, health services, the police and voluntary groups all work with us to keep children safe. We follow Working Together to Safeguard Children, the government guidance on how agencies should work together."),
    ("h", "Easy read and other formats"),
    ("p", "You can ask for this document in easy read, large print, audio or another language. Email childrens.info@kestlebury.example or call 01632 960 418."),
]
# fmt: on


# ------------------------------------------------------------------ 18704 plain English guide, Word
def kestlebury(target: Path) -> None:
    document = new_docx()
    document.core_properties.title = KESTLEBURY_TITLE
    document.core_properties.created = datetime.datetime(2025, 6, 11)
    document.add_paragraph(KESTLEBURY_TITLE, style="Title")
    for kind, text in KESTLEBURY:
        style = {"h": "Heading 1", "b": "List Bullet"}.get(kind)
        document.add_paragraph(text, style=style)
    target.write_bytes(saved_docx(document))


FILES = {
    "18704-docx-plain-english-guide-title-style-heading-1-statements-version-and-changed-month-in-about-principles-not-counted-caring-connections-acts-as-bullets-six-months-21-and-25-if-you-ask-other-formats-cared-for-children.docx": (
        kestlebury,
        [("title", KESTLEBURY_TITLE), *KESTLEBURY],
        "Word plain English guide: Title style, a Normal line under it, Heading 1 plain-statement headings, the laws as List Bullet, a closing other-formats block",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / f"{name}.md").write_text(blocks_note(blocks, SCRIPT, about), "utf-8")
        print(name)


if __name__ == "__main__":
    main()
