# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the PDF document of the 344th blind set, a facts probe in new wordings.

    34404  Marlcombe: python-docx (Title, Heading 1, List Bullet, a grid table with a bold header
           row) printed to PDF by LibreOffice; a line "Version 4 (autumn 2025)" under the title
           and council line, the exact day the version came into use stated in the scope;
           five items of law bulleted, one of them Regulations, and the Children and Social Work
           Act 2017 called "the 2017 Act" later; "all seven" principles stated as a count; a
           practice framework that "goes by the name" Tidemark; a principles table whose
           permanence row says "never later than 6 months"; an adviser to the 21st birthday with
           "young people aged 21 to 25 can ask for" one, beside a housing-priority age of 22;
           children who are looked after.

The text file (34401), the markdown (34402) and the HTML page (34403) are written by hand beside
this script. All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind344.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    blocks_note,
    docx_to_pdf,
    styled_docx,
)

SCRIPT = "build_blind344.py"
NAME = "34404-pdf-version-4-autumn-2025-line-came-into-use-exact-day-five-bulleted-items-the-2017-act-all-seven-principles-goes-by-the-name-tidemark-principles-table-never-later-than-6-months-aged-21-to-25-can-ask-housing-22-looked-after.pdf"

# fmt: off
MARLCOMBE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Marlcombe Council \u2013 Children, Young People and Families"),
    ("p", "Version 4 (autumn 2025)"),
    ("h", "Scope of this chapter"),
    ("p", "This chapter sets the direction for every other part of Marlcombe's children's social care procedures. It covers staff in the assessment, child protection, children who are looked after and leaving care teams, the fostering service and the council's two children's homes. The changes made in version 4 came into use on 6 October 2025; the main change is a clearer promise to care leavers."),
    ("h", "Legislation"),
    ("p", "This chapter draws on the following:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our vision"),
    ("p", "Marlcombe wants its children to grow up safe, healthy and hopeful, in families that can look after them, and to leave childhood with the qualifications, friendships and confidence they need to build a good adult life."),
    ("h", "Our values"),
    ("p", "We are open with families about our concerns and our reasons. We are dependable, doing what we said we would do. We treat every child as an individual with a history, a culture and opinions of their own, and we hold ourselves to the standard we would want for our own children."),
    ("h", "Corporate parenting"),
    ("p", "The corporate parenting principles in section 1 of the 2017 Act, all seven of them, are printed on the back of every councillor's identity pass. They are the test the Corporate Parenting Board applies when it looks at the lives of children who are looked after by Marlcombe and of young people who have left our care."),
    ("h", "Practice framework"),
    ("p", "The practice framework adopted by Marlcombe in 2023 goes by the name Tidemark. Under Tidemark, every family has one lead worker who stays with them through assessment, planning and review, and group supervision is used to test each plan before it is agreed."),
    ("h", "Principles"),
    ("p", "The principles below apply to every child and young person we work with."),
    ("table", [
        ("Principle", "What it means in Marlcombe"),
        ("Family first", "Help is offered early, and a child comes into care only when they cannot safely stay at home."),
        ("Permanence", "Each child in care has a permanence plan, confirmed at the second statutory review and never later than 6 months after the child entered care."),
        ("Participation", "Children are told what is planned for them and asked what they think, in a way that suits their age."),
    ], True),
    ("p", "Leaving care is the point at which many young people most need us. Every care leaver has a personal adviser until their 21st birthday. Young people aged 21 to 25 can ask for a personal adviser again at any time, and the leaving care service will offer one. Care leavers also keep priority for council housing until they are 22."),
    ("h", "Information sharing"),
    ("p", "We share personal information only where the law allows and where it is needed to protect a child or provide a service. Decisions to share are recorded with the reasons for them, and families are told unless telling them would put a child at risk."),
]
# fmt: on

STYLES = {"title": "Title", **LIST_AND_HEADING_STYLES}


def main() -> None:
    target = HERE / NAME
    docx_to_pdf(styled_docx(MARLCOMBE, STYLES), target)
    note = blocks_note(
        MARLCOMBE,
        SCRIPT,
        "python-docx, Title, Heading 1 and List Bullet styles, one grid table with a bold header row, printed to PDF by LibreOffice",
    )
    Path(f"{target}.md").write_text(note, encoding="utf-8")
    print("wrote", target.name)


if __name__ == "__main__":
    main()
