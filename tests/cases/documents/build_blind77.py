# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapter openings of the seventy-seventh blind set (7701-7703).

7701: a bold 16pt Normal title, "Amended: <day>" in italics under it, then Heading 1 headings.
7702: a centred capital title in bold Normal text, a "Version 5 | Last updated dd/mm/yyyy" line
under it, then Heading 1 headings, the first an "About this Chapter" that names the revision.
7703: printed to PDF by LibreOffice from Word: a hand-numbered bold title, a right-aligned
"Amended May 2025" line, then hand-numbered Heading 1 headings. All written for this set
(invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind77.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

# fmt: off
MARLSTOW_TITLE = "Children's Services Policies, Values and Principles"
MARLSTOW_STAMP = "Amended: 14 February 2025"
MARLSTOW = [
    ("h", "Scope of this Chapter"),
    ("p", "This chapter explains the values and principles behind the work of Marlstow Children's Services. It is meant for everyone who works with children and families on the council's behalf, including foster carers and commissioned providers."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Marlstow's social workers, family support workers and managers make decisions with and for children. It covers children in need, children subject to a protection plan and Children Looked After by the council."),
    ("h", "Key Values"),
    ("p", "We listen to children and take what they tell us seriously. We are honest with parents, we keep to what we promise, and we work with a family's strengths as well as its difficulties."),
]

HOLBECK_TITLE = "POLICIES, VALUES AND PRINCIPLES"
HOLBECK_STAMP = "Version 5 | Last updated 09/01/2025"
HOLBECK = [
    ("h", "About this Chapter"),
    ("p", "This chapter sets out what Holbeck Vale Council believes about children and families and how that belief shapes everyday practice."),
    ("p", "It was revised in January 2025 to bring it into line with the council's new early help strategy."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for all of Holbeck Vale's children's social care services, from the first contact with a family to support for young people leaving care."),
    ("h", "Corporate Parenting"),
    ("p", "When a child comes into our care the whole council becomes their corporate parent. Councillors and officers in every department share the duty to ask whether what they do is good enough for Children in Care."),
]

ESKERBY_TITLE = "4.1 Policies, Values and Principles"
ESKERBY_STAMP = "Amended May 2025"
ESKERBY = [
    ("h", "1. Amendment"),
    ("p", "This chapter was amended in May 2025. The section on working with partner agencies was rewritten after consultation with the local safeguarding partnership."),
    ("h", "2. Introduction"),
    ("p", "This policy sets out the framework for Eskerby's children's services and the values that every member of staff is expected to hold. It applies to all Cared for Children and to children living with their families."),
    ("h", "3. A Shared Responsibility"),
    ("p", "Keeping children safe is everyone's business. Schools, doctors, nurses, the police and voluntary groups in Eskerby work with us under Working Together to Safeguard Children, and no one agency can do the job alone."),
]
# fmt: on


def _body(document: Any, blocks: list[tuple[str, str]]) -> None:
    for kind, text in blocks:
        if kind == "h":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)


def marlstow() -> bytes:
    from docx.shared import Pt

    document = new_docx()
    run = document.add_paragraph().add_run(MARLSTOW_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    document.add_paragraph().add_run(MARLSTOW_STAMP).italic = True
    _body(document, MARLSTOW)
    return saved_docx(document)


def holbeck() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(HOLBECK_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    stamp = document.add_paragraph(HOLBECK_STAMP)
    stamp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _body(document, HOLBECK)
    return saved_docx(document)


def eskerby() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    run = document.add_paragraph().add_run(ESKERBY_TITLE)
    run.bold = True
    run.font.size = Pt(15)
    stamp = document.add_paragraph(ESKERBY_STAMP)
    stamp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _body(document, ESKERBY)
    return saved_docx(document)


def _note(about: str, lines: list[str]) -> str:
    return "\n".join([f"%% built by build_blind77.py: {about}", "", *lines]).rstrip() + "\n"


def _lines(blocks: list[tuple[str, str]]) -> list[str]:
    return [line for kind, text in blocks for line in ((f"## {text}" if kind == "h" else text), "")]


def main() -> None:
    from build_binary_tools import docx_to_pdf

    name = "7701-docx-bold-normal-title-italic-amended-day-under-it-heading-1-scope.docx"
    (HERE / name).write_bytes(marlstow())
    (HERE / f"{name}.md").write_text(
        _note("a bold 16pt Normal title, an italic 'Amended:' line, Heading 1 headings",
              [f"**{MARLSTOW_TITLE}**", "", f"*{MARLSTOW_STAMP}*", "", *_lines(MARLSTOW)]),
        "utf-8",
    )  # fmt: skip

    name = "7702-docx-centred-capital-title-version-and-last-updated-line-about-this-chapter-revised.docx"
    (HERE / name).write_bytes(holbeck())
    (HERE / f"{name}.md").write_text(
        _note("a centred bold capital title, a version and last-updated line, Heading 1 headings",
              [f"**{HOLBECK_TITLE}**", "", HOLBECK_STAMP, "", *_lines(HOLBECK)]),
        "utf-8",
    )  # fmt: skip

    name = (
        "7703-pdf-lo-numbered-bold-title-right-aligned-amended-month-numbered-amendment-heading.pdf"
    )
    docx_to_pdf(eskerby(), HERE / name)
    (HERE / f"{name}.md").write_text(
        _note("LibreOffice from Word: a numbered bold title, a right-aligned 'Amended <month>' line, numbered Heading 1 headings",
              [f"**{ESKERBY_TITLE}**", "", ESKERBY_STAMP, "", *_lines(ESKERBY)]),
        "utf-8",
    )  # fmt: skip
    for built in sorted(HERE.glob("770[1-3]-*")):
        print(f"built {built.name}")


if __name__ == "__main__":
    main()
