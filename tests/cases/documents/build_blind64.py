# ruff: noqa: E501, RUF001, RUF002  (the chapters' paragraphs are kept a line each, as written; en dashes as councils type them)
"""Build the Word and PDF chapters of the sixty-fourth blind set (6413-6414), a facts probe:
short chapter openings of invented councils, written for this set.

    6413  Word: a version table of several dated revisions under the title (the newest
          "Reissued …"), Acts "as amended" in one prose sentence, seven numbered principles, a
          model "introduced in 2020", permanence "within four months – at the latest by the
          second review", support "up to the age of twenty-one (or twenty-five …)"
    6414  PDF printed by LibreOffice from Word: "Updated in May 2025:" note that changes the
          permanence timescale beside an "Effective from" line, the older timescale still in the
          body (a conflict), an Act | Abbreviation table, no branded model

usage: .venv/bin/python tests/cases/documents/build_blind64.py   (needs python-docx, soffice)
Each build writes the file and a NNNN-....md note beside it (the text a reader sees).
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
STAVELY: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("table", [
        ["Version", "Date", "Change"],
        ["5.0", "12 February 2025", "Reissued with the new leaving care offer"],
        ["4.1", "3 October 2024", "Legislation brought up to date"],
        ["4.0", "20 May 2024", "Yearly review, no change of substance"],
    ]),
    ("h", "Introduction"),
    ("p", "This chapter sets out the values and principles of Stavely Cross Council's Children's Services. It applies to everyone who works with cared for children, care leavers and their families."),
    ("p", "The law behind this chapter is set out in the Children Act 1989 (as amended), the Children and Families Act 2014, the Children and Social Work Act 2017 and the Care Planning, Placement and Case Review (England) Regulations 2010."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parent to every one of our cared for children, the council will:"),
    ("n", "act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take account of those views, wishes and feelings;"),
    ("n", "help them gain access to, and make the best use of, services;"),
    ("n", "promote high aspirations and seek the best outcomes for them;"),
    ("n", "help them to be safe and to have stability in their home lives, relationships and education or work;"),
    ("n", "prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Restorative Practice has been our model since it was introduced in 2020: we set high expectations and give high support, working with families rather than doing things to them."),
    ("h", "Key principles"),
    ("p", "The plan for permanence should be ready within four months – at the latest by the second review."),
    ("p", "Care leavers keep a personal adviser up to the age of twenty-one (or twenty-five for those who ask)."),
]

TOLLAND: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("h", "What has changed"),
    ("p", "Updated in May 2025: permanence plans are now due within four months (it was six)."),
    ("p", "Effective from 1 June 2025."),
    ("p", "Version 2.1"),
    ("h", "Introduction"),
    ("p", "This chapter sets out the values of Tolland Council's Children's Services and the laws they rest on. It applies to all staff working with Children in Care and care leavers."),
    ("table", [
        ["Act", "Abbreviation"],
        ["Children Act 1989", "CA 1989"],
        ["Children (Leaving Care) Act 2000", "C(LC)A 2000"],
        ["Children and Families Act 2014", "CFA 2014"],
        ["Children and Social Work Act 2017", "CSWA 2017"],
    ]),
    ("h", "Corporate parenting"),
    ("p", "The council has regard to the seven corporate parenting principles for all Children in Care:"),
    ("n", "to act in their best interests and promote their health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to and make the best use of services;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "to help them be safe and have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "How we work"),
    ("p", "We do not use a branded practice model. Our teams are trained in relationship-based practice and have reflective supervision every month."),
    ("h", "Key principles"),
    ("p", "A permanence plan is made within six months of the child coming into care."),
    ("p", "Care leavers get support from the leaving care team up to their twenty-fifth birthday."),
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
        elif kind == "n":
            document.add_paragraph(content, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, content, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    cell.text = text
        else:
            document.add_paragraph(content)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def note(blocks: list[tuple[str, Any]], about: str) -> str:
    """The text a reader sees, as markdown: the note written beside each built file."""
    lines = [f"%% built by build_blind64.py: {about}", ""]
    number = 0
    previous = ""
    for kind, content in blocks:
        if kind == "n":
            number = number + 1 if kind == previous else 1
            lines.append(f"{number}. {content}")
        elif kind == "table":
            if previous == "n":
                lines.append("")
            lines += [f"| {' | '.join(row)} |" for row in content] + [""]
        else:
            if previous == "n":
                lines.append("")
            lines.append({"title": "# ", "h": "## "}.get(kind, "") + content)
            lines.append("")
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import docx_to_pdf

    builds = [
        (
            "6413-docx-version-table-several-dated-revisions-reissued-newest-acts-as-amended-in-prose-four-months-at-the-latest-second-review-twenty-one-or-twenty-five.docx",
            STAVELY,
            "a version table of dated revisions, Acts as amended in prose, a model introduced in a year",
        ),
        (
            "6414-pdf-lo-updated-in-month-note-changes-permanence-four-vs-six-conflict-effective-from-act-abbreviation-table-no-branded-model.pdf",
            TOLLAND,
            "an amendment note changing the permanence timescale, the older one left in the body, printed by LibreOffice",
        ),
    ]
    for name, blocks, about in builds:
        target = HERE / name
        data = word(blocks)
        if name.endswith(".docx"):
            target.write_bytes(_with_fixed_zip_times(data))
        else:
            docx_to_pdf(data, target)
        target.with_name(name + ".md").write_text(note(blocks, about), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
