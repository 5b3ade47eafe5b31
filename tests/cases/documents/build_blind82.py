# ruff: noqa: E501, RUF001, RUF002  (the chapters' paragraphs are kept a line each, as written; en dashes as councils type them)
"""Build the Word and PDF chapter openings of the eighty-second blind set (8213, 8214), a facts
probe: short chapter openings of invented councils, written for this set.

    8213  Word: "Last reviewed: Spring 2025" under the title, a Word table of version, date and
          change, the principles in a two-column Word table, Acts by their initials in a
          sentence, support "to age twenty-one, or twenty-five for …", permanence "within 4
          months of becoming looked after", a model "guided by the X model"
    8214  PDF printed by LibreOffice from Word: "Amendments made 01/2025 – …" under an
          "Amendment" heading, Acts as a list with and without years, principles numbered
          "(1)"–"(7)" inline in other words, permanence "no later than the four-month review",
          support "until they turn 25", a model named with the council's name before it

usage: .venv/bin/python tests/cases/documents/build_blind82.py   (needs python-docx, soffice)
The build writes the files and a NNNN-....md note beside each (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
MARROWFIELD: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("p", "Last reviewed: Spring 2025"),
    ("h", "Document history"),
    ("table", [["Version", "Date", "Change"], ["3.0", "01/09/2024", "New chapter for the merged service"], ["3.1", "15/01/2025", "Leaving care paragraph corrected"]]),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for Marrowfield Council's children's services. It takes its duties from CA 1989, CA 2004 and CSWA 2017, and it covers Children in Care, care leavers and children living at home."),
    ("h", "Corporate parenting"),
    ("p", "The council holds itself to these corporate parenting principles:"),
    ("table", [["Principle", "In Marrowfield this means"], ["1", "acting in each child's best interests and promoting their physical and mental health and well-being"], ["2", "encouraging children to express their views, wishes and feelings"], ["3", "taking those views, wishes and feelings into account"], ["4", "helping children gain access to and make the best use of services"], ["5", "promoting high aspirations and seeking the best outcomes"], ["6", "helping children be safe and have stability in their home lives, relationships and education or work"], ["7", "preparing children for adulthood and independent living"]]),
    ("h", "Our practice model"),
    ("p", "Practice in Marrowfield is guided by the Safe and Together model, which keeps the focus on the person causing harm and on the protective parent's strengths."),
    ("h", "Key principles"),
    ("p", "A plan for permanence is made within 4 months of becoming looked after."),
    ("p", "Care leavers are supported to age twenty-one, or twenty-five for those in higher education."),
]

NEWSHAM: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("h", "Amendment"),
    ("p", "Amendments made 01/2025 – the permanence timescale was brought forward and the leaving care paragraph rewritten."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for Newsham Council's work with Cared for Children and their families. The chapter draws on this legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations"),
    ("h", "Corporate parenting"),
    ("p", "Newsham's corporate parenting principles ask the council (1) to put each child's best interests and health first, (2) to help them say what they want and feel, (3) to weigh what they say when decisions are made, (4) to help them reach and use services, (5) to hold high hopes for them and look for the best outcomes, (6) to keep them safe and their homes, relationships and schooling stable, and (7) to get them ready for adult life."),
    ("h", "Our practice model"),
    ("p", "Newsham's Family Safeguarding model puts adult workers for mental health, substance misuse and domestic abuse in every children's team."),
    ("h", "Key principles"),
    ("p", "Permanence is decided for every child in care no later than the four-month review."),
    ("p", "Care leavers can keep a personal adviser until they turn 25."),
]
# fmt: on


def word(blocks: list[tuple[str, Any]]) -> bytes:
    document = new_docx()
    for kind, content in blocks:
        if kind == "title":
            document.add_paragraph(content, style="Title")
        elif kind == "h":
            document.add_paragraph(content, style="Heading 1")
        elif kind == "b":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, content, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    cell.text = text
        else:
            document.add_paragraph(content)
    return saved_docx(document)


def note(blocks: list[tuple[str, Any]], about: str) -> str:
    """The text a reader sees, as markdown: the note written beside each built file."""
    lines = [f"%% built by build_blind82.py: {about}", ""]
    for kind, content in blocks:
        if kind == "table":
            lines.append("| " + " | ".join(content[0]) + " |")
            lines.append("|" + "---|" * len(content[0]))
            lines.extend("| " + " | ".join(row) + " |" for row in content[1:])
        else:
            lines.append({"title": "# ", "h": "## ", "b": "- "}.get(kind, "") + content)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    builds = [
        (
            "8213-docx-last-reviewed-spring-word-version-table-principles-word-table-acts-initials-to-age-twenty-one-or-twenty-five-within-4-months-model-guided-by.docx",
            MARROWFIELD,
            "a review season under the title, a version table, the principles in a Word table, Acts by initials",
        ),
        (
            "8214-pdf-amendments-made-mm-yyyy-acts-list-with-and-without-years-principles-numbered-own-words-no-later-than-four-month-review-until-they-turn-25-model-council-name.pdf",
            NEWSHAM,
            "printed to PDF from Word: an amendment line with a month and year in figures, Acts as a list, principles numbered in own words",
        ),
    ]
    for name, blocks, about in builds:
        target = HERE / name
        data = word(blocks)
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        target.with_name(name + ".md").write_text(note(blocks, about), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
