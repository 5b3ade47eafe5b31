# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary document of the 214th blind set: a dates probe.

    21410  Coldharbour Fell: a Word file with heading styles, a "Published: … | Updated: …" stamp
           line under the title, the amendment stated again in the introduction in a month, and
           an Act's commencement date that is the law's date, not the chapter's.

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind214.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind214.py"
NAME = "21410-docx-heading-styles-published-and-updated-stamp-line-under-title-amended-month-in-introduction-act-commencement-date-seven-principles-children-in-our-care.docx"

# fmt: off
COLDHARBOUR: list[tuple[str, str]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Published: 2 September 2024 | Updated: 27 May 2025"),
    ("h", "Introduction"),
    ("p", "This chapter sets out the values and principles that Coldharbour Fell Council's children's services work by. In May 2025 we updated it to describe the support we now give to young people in our care who are preparing to live on their own."),
    ("h", "Corporate parenting"),
    ("p", "The corporate parenting principles in section 1 of the Children and Social Work Act 2017 came into force on 1 April 2018. There are seven of them, and every councillor and senior officer is expected to know them and to ask how each decision they make will affect children in our care and care leavers."),
]
# fmt: on


def coldharbour_docx(target: Path) -> None:
    document = new_docx()
    for kind, text in COLDHARBOUR:
        style = {"title": "Title", "h": "Heading 1", "b": "List Bullet"}.get(kind)
        document.add_paragraph(text, style=style)
    target.write_bytes(saved_docx(document))


def coldharbour_note() -> str:
    return blocks_note(
        COLDHARBOUR,
        SCRIPT,
        "Word file with heading styles, a published-and-updated stamp line under the title, an amendment month in the introduction and an Act's commencement date",
    )


def main() -> None:
    coldharbour_docx(HERE / NAME)
    (HERE / (NAME + ".md")).write_text(coldharbour_note(), encoding="utf-8")
    print(NAME)


if __name__ == "__main__":
    main()
