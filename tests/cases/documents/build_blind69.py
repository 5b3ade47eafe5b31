# ruff: noqa: E501, RUF001, RUF002  (the chapter's paragraphs are kept a line each, as written; en dashes as councils type them)
"""Build the Word chapter of the sixty-ninth blind set (6910), a facts probe: a short chapter
opening of an invented council, written for this set.

    6910  Word: the looked-after term opening the first sentence, Acts in one sentence with
          commas and "and", one of them named again as "the 2017 Act", principles numbered
          (i)-(vii) inline after a stated seven, a model named in its heading, permanence "at
          the four-month review", support "until they reach 21, and to 25 years of age for …",
          and "Amended 17/03/2025 – …" in the body

usage: .venv/bin/python tests/cases/documents/build_blind69.py   (needs python-docx)
The build writes the file and a NNNN-....md note beside it (the text a reader sees).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
ELLENSHAW: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "Children in Care in Ellenshaw, and the care leavers who were once in our care, are the people this chapter is written for."),
    ("p", "This chapter rests on the Children Act 1989, the Children (Leaving Care) Act 2000, and the Children and Social Work Act 2017, and every duty it describes can be traced to the Children Act 1989 or to the 2017 Act."),
    ("h", "Corporate parenting"),
    ("p", "The council follows the seven corporate parenting principles. For every child in its care it will (i) act in their best interests and promote their physical and mental health and well-being; (ii) encourage them to express their views, wishes and feelings; (iii) take those views, wishes and feelings into account; (iv) help them gain access to, and make the best use of, services; (v) promote high aspirations and seek the best outcomes for them; (vi) help them to be safe and to have stability in their home lives, relationships and education or work; and (vii) prepare them for adulthood and independent living."),
    ("h", "Our practice framework: Signs of Safety"),
    ("p", "Every assessment and plan is built around three questions asked with the family: what are we worried about, what is working well, and what needs to happen."),
    ("h", "Key principles"),
    ("p", "The plan for permanence is confirmed at the four-month review for every child in care."),
    ("p", "Personal advisers work with care leavers until they reach 21, and to 25 years of age for those in education, training or with a disability."),
    ("p", "Amended 17/03/2025 – the permanence and leaving care paragraphs were updated."),
]
# fmt: on


def word(blocks: list[tuple[str, Any]]) -> bytes:
    import docx

    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    for kind, content in blocks:
        if kind == "title":
            document.add_paragraph(content, style="Title")
        elif kind == "h":
            document.add_paragraph(content, style="Heading 1")
        else:
            document.add_paragraph(content)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def note(blocks: list[tuple[str, Any]], about: str) -> str:
    """The text a reader sees, as markdown: the note written beside each built file."""
    lines = [f"%% built by build_blind69.py: {about}", ""]
    for kind, content in blocks:
        lines.append({"title": "# ", "h": "## "}.get(kind, "") + content)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    from build_binary import _with_fixed_zip_times

    builds = [
        (
            "6910-docx-term-opening-sentence-acts-comma-and-one-named-again-as-the-year-act-roman-principles-inline-model-heading-colon-four-month-review-21-and-to-25-years-amended-slash-day-in-body.docx",
            ELLENSHAW,
            "the looked-after term opening the chapter, an Act named again, principles (i)-(vii) inline, a model in its heading, an amendment line in the body",
        ),
    ]
    for name, blocks, about in builds:
        target = HERE / name
        target.write_bytes(_with_fixed_zip_times(word(blocks)))
        target.with_name(name + ".md").write_text(note(blocks, about), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
