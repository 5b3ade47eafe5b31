# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word chapters of the hundred-and-sixth blind set (10613, 10614).

A facts probe in chapter openings (invented councils, written for this set):

- 10613: Word, Heading 2 headings; a document-control table under the title ("Amended | 03/2023",
  "Review date | 03/2025", "Version | 4"); Acts by their initials as bullets; the seven principles
  as numbered paragraphs; "children we look after"; permanence "within 4 months"; support "until
  their 25th birthday"; Signs of Safety.
- 10614: Word, headings as Normal paragraphs with one bold run; "This chapter was last looked at
  in Spring 2024, when ..."; an Act / short-name table; "our relational approach called ...";
  permanence "by the second review" alone; "young adults aged 18 to 25"; no principles.

usage: .venv/bin/python tests/cases/documents/build_blind106.py   (needs python-docx)
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
MORLAKE = [
    ("title", "Morlake Council: Children's Services Policies, Values and Principles"),
    ("table", "Amended | 03/2023\nReview date | 03/2025\nVersion | 4"),
    ("h", "Purpose of this chapter"),
    ("p", "This chapter explains the values and principles behind the work of Morlake's children's services. Every other chapter of the manual should be read in its light."),
    ("h", "The law"),
    ("p", "The legislation that frames our work is:"),
    ("b", "CA 1989"),
    ("b", "CA 2004"),
    ("b", "C(LC)A 2000"),
    ("b", "CFA 2014"),
    ("b", "CSWA 2017"),
    ("h", "Corporate parenting"),
    ("p", "For the children we look after, the whole council is the parent. We hold ourselves to these principles:"),
    ("n", "acting in each child's best interests, for their health and wellbeing"),
    ("n", "encouraging children to express their views, wishes and feelings"),
    ("n", "taking those views, wishes and feelings into account"),
    ("n", "helping children to find and use the services available to them"),
    ("n", "promoting high aspirations and the best outcomes"),
    ("n", "keeping children safe, with stable homes and schooling"),
    ("n", "preparing young people for adulthood and independent living"),
    ("h", "Our practice model"),
    ("p", "Morlake adopted Signs of Safety in 2020. Our assessments, plans and meetings all follow its three questions."),
    ("h", "Permanence and leaving care"),
    ("p", "Children we look after have a plan for permanence within 4 months of coming into care. Care leavers can keep their personal adviser until their 25th birthday."),
]

NETHERFORD = [
    ("title", "Netherford Borough Council"),
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter was last looked at in Spring 2024, when we rewrote the part on family networks."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for Netherford's work with children and families. It is built on the legislation below."),
    ("table", "Act | Short name\nChildren Act 1989 | CA 1989\nChildren Act 2004 | CA 2004\nChildren and Families Act 2014 | CFA 2014\nChildren and Social Work Act 2017 | CSWA 2017"),
    ("h", "Our practice approach"),
    ("p", "Our relational approach called Circles of Care starts from the people a child already trusts. We bring them together early and we ask them what would help."),
    ("h", "Permanence and leaving care"),
    ("p", "Children in Care should have a permanence plan by the second review. Our care leavers service works with young adults aged 18 to 25."),
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
    return blocks_note(shown, "build_blind106.py", about)


def main() -> None:
    for name, blocks, heading, about in (
        (
            "10613-docx-heading-styles-control-table-amended-slash-month-review-date-initials-bullets-numbered-seven-children-we-look-after-4-months-25th-birthday-model.docx",
            MORLAKE,
            "style",
            "Heading 2 headings, a document-control table under the title",
        ),
        (
            "10614-docx-bold-normal-headings-last-looked-at-season-act-table-relational-called-second-review-alone-aged-18-to-25.docx",
            NETHERFORD,
            "bold",
            "bold Normal headings, a two-line title, an Act table",
        ),
    ):
        path = HERE / name
        path.write_bytes(_docx(blocks, heading))
        path.with_name(path.name + ".md").write_text(note(blocks, about), encoding="utf-8")


if __name__ == "__main__":
    main()
