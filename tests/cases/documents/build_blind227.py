# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 227th blind set: a facts probe in new wordings.

    22704  Wexcombe: a Word file with heading styles, an "Amended (Sept. 2025): …" line under the
           title, five Acts in a sentence said to underpin the policy, the principles as one
           run-on sentence of "-ing" clauses, a model the practice is "informed by", a permanence
           timescale in months, and the Personal Adviser offer to 21 or 25.
    22708  Ravensholt: a Word file with heading styles, a gridded "Document control" table of
           versions with the newest last, five items of law bulleted with sections and short
           forms, "the seven principles, which are to …" in one sentence, a model work is
           "underpinned by", a second review with its timing in months, the adviser offer to
           the 25th birthday for those who want one and to 21 for everyone.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind227.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind227.py"
WEXCOMBE_NAME = "22704-docx-heading-styles-amended-abbreviated-month-in-brackets-five-acts-underpinned-by-run-on-ing-principles-informed-by-motivational-social-work-four-months-pa-offer-21-or-25-cared-for-children.docx"
RAVENSHOLT_NAME = "22708-docx-document-control-table-newest-last-five-items-with-sections-and-short-forms-seven-principles-which-are-to-underpinned-by-no-wrong-door-second-review-within-four-months-pa-25th-birthday-or-21.docx"

Block = tuple[str, str]

# fmt: off
WEXCOMBE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Amended (Sept. 2025): the practice model section was replaced and the leaving care offer extended."),
    ("h", "Introduction"),
    ("p", "This policy sets out the values and principles that guide Wexcombe County Council's work with cared for children, care leavers and their families. It is underpinned by the Children Act 1989, the Children Act 2004, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("h", "Corporate Parenting"),
    ("p", "Wexcombe's corporate parenting rests on the principles of acting in the best interests of cared for children and promoting their physical and mental health and well-being, encouraging them to express their views, wishes and feelings, taking those views into account, helping them to gain access to and make the best use of our services and those of our partners, promoting high aspirations and seeking the best outcomes for them, keeping them safe with stability in their home lives, relationships and education or work, and preparing them for adulthood and independent living."),
    ("h", "Our Practice Model"),
    ("p", "Our practice is informed by Motivational Social Work: practitioners listen for what a parent wants to change and help them to build on it, rather than telling them what to do."),
    ("h", "Permanence"),
    ("p", "Every cared for child should have a permanence plan no more than four months after they first became looked after."),
    ("h", "Leaving Care"),
    ("p", "Our offer of a Personal Adviser runs up to the age of 21, extended to 25 for care leavers in education or training."),
]

RAVENSHOLT_CONTROL: list[tuple[str, str, str]] = [
    ("Version", "Date", "Author"),
    ("V1", "June 2023", "Policy Officer"),
    ("V2", "February 2025", "Policy Officer"),
    ("V3", "30 January 2026", "Head of Service, Children Looked After"),
]

RAVENSHOLT: list[Block] = [
    ("h", "Legislation and Guidance"),
    ("p", "This chapter draws on the following legislation and guidance:"),
    ("b", "Children Act 1989 (\u2018CA 1989\u2019), in particular s.17, s.20 and s.31"),
    ("b", "Children Act 2004, s.10 and s.11"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017, s.1 (the corporate parenting principles)"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Corporate Parenting"),
    ("p", "Ravensholt Council has regard to the seven principles, which are to act in the best interests of Children Looked After and promote their health and well-being, to encourage them to express their views, wishes and feelings, to take those views into account, to help them use services well, to promote high aspirations, to keep them safe with stability in their lives, and to prepare them for adulthood."),
    ("h", "Practice Model"),
    ("p", "Our work with adolescents is underpinned by No Wrong Door: one team, based in two hubs, stays with a young person whatever happens."),
    ("h", "Permanence and Leaving Care"),
    ("p", "A permanence plan is agreed for Children Looked After by the second review (held within four months of the child coming into care)."),
    ("p", "Personal Adviser offer: up to their 25th birthday for care leavers who want one; until 21 for everyone."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}


def _paragraphs(document: Any, blocks: list[Block]) -> None:
    for kind, text in blocks:
        document.add_paragraph(text, style=STYLES.get(kind))


def _note_lines(blocks: list[Block]) -> list[str]:
    lines: list[str] = []
    previous = ""
    for kind, text in blocks:
        if kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            lines += [{"title": "# ", "h": "## "}.get(kind, "") + text, ""]
        previous = kind
    return lines


def wexcombe_docx(target: Path) -> None:
    document = new_docx()
    _paragraphs(document, WEXCOMBE)
    target.write_bytes(saved_docx(document))


def wexcombe_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: Word file with heading styles, an amended line under the title, the principles as one run-on sentence",
        "",
        *_note_lines(WEXCOMBE),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def ravensholt_docx(target: Path) -> None:
    document = new_docx()
    _paragraphs(
        document,
        [
            ("title", "Children's Services Policies, Values and Principles"),
            ("h", "Document control"),
        ],
    )
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for index, row in enumerate(RAVENSHOLT_CONTROL):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            run = cell.paragraphs[0].add_run(text)
            run.bold = index == 0
    _paragraphs(document, RAVENSHOLT)
    target.write_bytes(saved_docx(document))


def ravensholt_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: Word file with heading styles, a gridded document control table of versions newest last, bulleted law",
        "",
        "# Children's Services Policies, Values and Principles",
        "",
        "## Document control",
        "",
        *[f"| {' | '.join(row)} |" for row in RAVENSHOLT_CONTROL],
        "",
        *_note_lines(RAVENSHOLT),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    wexcombe_docx(HERE / WEXCOMBE_NAME)
    (HERE / (WEXCOMBE_NAME + ".md")).write_text(wexcombe_note(), encoding="utf-8")
    ravensholt_docx(HERE / RAVENSHOLT_NAME)
    (HERE / (RAVENSHOLT_NAME + ".md")).write_text(ravensholt_note(), encoding="utf-8")
    print(WEXCOMBE_NAME)
    print(RAVENSHOLT_NAME)


if __name__ == "__main__":
    main()
