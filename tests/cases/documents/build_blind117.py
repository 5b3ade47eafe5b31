# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word chapter of the hundred-and-seventeenth blind set (11710).

A facts probe in chapter openings (an invented council, written for this set):

- 11710: Word, Heading 2 headings; a document-control table under the title whose rows give two
  dates ("Date amended | 3 March 2025", "Approved | 10 February 2025") and a review month; Acts as
  bullets, then "the 1989 Act" again in a sentence; "the seven needs set out in section 1 of the
  2017 Act" with none listed; "children and young people in our care"; "Signs of Safety® (SoS)";
  permanence "within 120 days"; a leaving care team for young people "aged 16\u201325" (an en dash).

usage: .venv/bin/python tests/cases/documents/build_blind117.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# Blocks: ("title", text), ("h", heading), ("p", paragraph), ("b", bullet), ("n", numbered),
# ("table", rows joined by "\n", cells by " | ").
# fmt: off
NORTHALLER = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("table", "Date amended | 3 March 2025\nApproved | 10 February 2025\nReview | March 2027"),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for the work of Northaller's children's services with children, young people and families. The legislation behind it is:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Most of our duties to children and young people in our care come from the 1989 Act."),
    ("h", "Corporate parenting"),
    ("p", "Councillors and officers alike are corporate parents. Each decision they make about children and young people in our care is tested against the seven needs set out in section 1 of the 2017 Act."),
    ("h", "Our practice model"),
    ("p", "Northaller has used Signs of Safety® (SoS) since 2018. SoS mapping is how our teams, families and partners think together about danger and safety."),
    ("h", "Permanence and leaving care"),
    ("p", "A permanence plan should be in place within 120 days of a child coming into our care. Our leaving care team works with young people aged 16\u201325."),
]
# fmt: on


def _docx(blocks: list[tuple[str, str]], heading: str) -> bytes:
    """A Word file: `heading` "style" puts headings in Heading 2 (the title in Title), "bold"
    puts them (and the title) in Normal paragraphs with one bold run."""
    from build_binary_tools import new_docx, saved_docx

    document: Any = new_docx()
    for kind, text in blocks:
        if kind in ("title", "h"):
            if heading == "style":
                document.add_paragraph(text, style="Title" if kind == "title" else "Heading 2")
            else:
                document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        elif kind == "table":
            rows = [line.split(" | ") for line in text.split("\n")]
            grid = document.add_table(rows=len(rows), cols=len(rows[0]))
            grid.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    grid.cell(r, c).text = cell
        else:
            document.add_paragraph(text)
    return bytes(saved_docx(document))


def note(blocks: list[tuple[str, str]], about: str) -> str:
    from build_binary_tools import blocks_note

    shown = [("p", b[1].replace("\n", "  \n")) if b[0] == "table" else b for b in blocks]
    return blocks_note(shown, "build_blind117.py", about)


def main() -> None:
    name = "11710-docx-heading-styles-control-table-date-amended-day-beside-approved-day-seven-needs-no-list-1989-act-restated-in-our-care-registered-model-acronym-120-days-aged-16-25.docx"
    path = HERE / name
    path.write_bytes(_docx(NORTHALLER, "style"))
    about = "Heading 2 headings, a document-control table with two dates under the title"
    path.with_name(path.name + ".md").write_text(note(NORTHALLER, about), encoding="utf-8")


if __name__ == "__main__":
    main()
