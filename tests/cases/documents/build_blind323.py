# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 323rd blind set: a facts probe in council wordings.

    32304  Ellerby: python-docx, Title, Heading 1, List Bullet and List Number styles; a
           "Last checked and reissued: 03/2025" line under the title (a month written as
           digits); a List Number list of five Acts and guidance, each with its abbreviation
           in brackets; "all seven of the principles in section 1 of the CSWA 2017" stated
           and three of them picked out; Signs of Safety, which staff "simply call Signs";
           a permanence plan "by the second review" with no month; leaving care support "to
           21 and, on request, to 25"; "cared-for children".

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind323.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, styled_docx  # noqa: E402

SCRIPT = "build_blind323.py"
NAME = "32304-docx-last-checked-and-reissued-month-as-digits-numbered-acts-with-abbreviations-all-seven-stated-three-picked-signs-of-safety-called-signs-second-review-alone-21-on-request-25-cared-for-hyphen.docx"
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "b" | "n", text) or ("table", rows, header_bold).
Block = tuple[Any, ...]

# fmt: off
ELLERBY: list[Block] = [
    ("title", TITLE),
    ("p", "Last checked and reissued: 03/2025"),
    ("h", "Purpose"),
    ("p", "This chapter tells staff, carers and partners what Ellerby District Council values in its work with children and families, and which principles we expect everyone to follow. It should be read alongside the detailed procedures in this manual, which explain how each principle is put into practice."),
    ("h", "Statutory basis"),
    ("p", "The chapter draws on the following:"),
    ("n", "Children Act 1989 (CA 1989)"),
    ("n", "Children Act 2004 (CA 2004)"),
    ("n", "Children and Young Persons Act 2008 (CYPA 2008)"),
    ("n", "Children and Social Work Act 2017 (CSWA 2017)"),
    ("n", "Working Together to Safeguard Children 2023 (WT 2023)"),
    ("h", "What we hold to"),
    ("p", "We believe that children do best when they are brought up by their own families, that families deserve honesty and respect from the people who work with them, and that children's own accounts of their lives are evidence we must take seriously."),
    ("h", "Corporate parenting"),
    ("p", "Councillors and officers in Ellerby take on all seven of the principles in section 1 of the CSWA 2017. Three of them shape our plans most this year: listening to cared-for children and acting on what they say, helping them reach the services they are entitled to, and preparing them well for adult life."),
    ("h", "Our approach to practice"),
    ("p", "Ellerby's social workers use the Signs of Safety framework, which most staff simply call Signs. Each assessment maps what is working well, what the worries are and what needs to happen next, in words the family can follow."),
    ("h", "Principles in practice"),
    ("b", "Early help comes before statutory intervention wherever it can keep a child safe."),
    ("b", "Kinship carers are assessed before unrelated foster carers."),
    ("b", "Every cared-for child has a permanence plan by the second review."),
    ("b", "Leaving care support runs to 21 and, on request, to 25, and a personal adviser stays with the young person for all of that time."),
    ("h", "Confidentiality and sharing information"),
    ("p", "We keep children's and families' records safe and share them only when the law allows it and a child's safety or welfare calls for it. We tell families what we have shared unless doing so would put a child at risk."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}


def main() -> None:
    (HERE / NAME).write_bytes(styled_docx(ELLERBY, STYLES))
    (HERE / (NAME + ".md")).write_text(
        blocks_note(
            ELLERBY,
            SCRIPT,
            "python-docx, Title, Heading 1, List Bullet and List Number styles, a reissue line with a month in digits under the title",
        ),
        encoding="utf-8",
    )
    print("wrote", NAME)


if __name__ == "__main__":
    main()
