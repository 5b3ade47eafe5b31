# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word files of the fifty-first blind set (5113, 5114): short chapter openings of
invented councils, written for this set, made with python-docx through build_blind34's builder.

    5113  a document-control table ("Version | 4.1", "Amended | 3rd Feb. 2025", "Review due |
          3rd Feb. 2027"), Acts as bullets with their abbreviations in brackets, a Welsh Act in
          passing, a principles table, "a four-month timescale", "until the young person's 25th
          birthday", "We are a restorative council"
    5114  "This chapter was refreshed on Friday 13 June 2025", a review date, "the first three" of
          the seven principles numbered, Acts with their sections as bullets, a permanence plan
          "within 20 weeks" (no months), "aged 21 (or 25 if in education)", "v5" closing the page

usage: python tests/cases/documents/build_blind51.py   (needs python-docx)
Each build writes NNNN-....docx and a NNNN-....docx.md note (the text a reader sees, notes apart).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_blind34 import build_document, note  # noqa: E402

TITLE = "Children's Services Policies, Values and Principles"

CHAPTERS: dict[str, dict[str, Any]] = {
    "5113-docx-control-table-ordinal-abbreviated-month-review-due-acts-with-abbreviations-welsh-act-in-passing-principles-table-four-month-timescale-restorative-council.docx": {
        "what": "a document-control table with an ordinal short-month amendment and a review date, Acts with abbreviations in brackets, a principles table, a restorative council",
        "blocks": [
            ("title", TITLE),
            (
                "table",
                [
                    ["Version", "4.1"],
                    ["Amended", "3rd Feb. 2025"],
                    ["Review due", "3rd Feb. 2027"],
                    ["Owner", "Service Manager, Children Looked After"],
                ],
            ),
            ("h1", "Legislation"),
            ("p", "The legislation this chapter rests on is:"),
            ("bullet", "Children Act 1989 (CA 1989)"),
            ("bullet", "Children Act 2004 (CA 2004)"),
            ("bullet", "Children and Families Act 2014 (CFA 2014)"),
            ("bullet", "Children and Social Work Act 2017 (CSWA 2017)"),
            (
                "p",
                "Children placed in Dunmarket by Welsh councils stay the responsibility of those councils under the Social Services and Well-being (Wales) Act 2014.",
            ),
            ("h1", "Corporate parenting"),
            (
                "table",
                [
                    ["Principle", "What we do"],
                    [
                        "Best interests",
                        "We act in the best interests of children looked after and promote their health and well-being.",
                    ],
                    ["Views", "We encourage them to express their views, wishes and feelings."],
                    ["Listening", "We take their views, wishes and feelings into account."],
                    ["Services", "We help them to use our services and our partners' services."],
                    [
                        "Aspiration",
                        "We promote high aspirations and seek the best outcomes for them.",
                    ],
                    [
                        "Stability",
                        "We keep them safe and give them stability at home, in school and at work.",
                    ],
                    ["Independence", "We prepare them for adulthood and independent living."],
                ],
            ),
            ("h1", "Our way of working"),
            (
                "p",
                "We are a restorative council: restorative practice is our way of working with families, with each other and with our partners. Meetings start by asking what has happened and who has been affected.",
            ),
            ("h1", "Permanence and leaving care"),
            (
                "p",
                "Permanence for children looked after is planned within a four-month timescale from the day they come into care. Personal advisers stay with care leavers until the young person's 25th birthday.",
            ),
        ],
    },
    "5114-docx-refreshed-on-weekday-date-due-for-review-first-three-of-seven-numbered-acts-with-sections-20-weeks-aged-21-or-25-family-safeguarding-v5.docx": {
        "what": "a chapter refreshed on a day named with its weekday, a review date, the first three of seven principles numbered, Acts with their sections, a permanence plan in weeks, v5 closing the page",
        "blocks": [
            ("title", TITLE),
            ("h1", "About this chapter"),
            (
                "p",
                "This chapter was refreshed on Friday 13 June 2025, when the leaving care section was rewritten. It is due for review by 13 June 2027.",
            ),
            ("h1", "The law we work within"),
            ("p", "The legislation behind this chapter is listed below."),
            ("bullet", "Children Act 1989, sections 17, 20 and 22"),
            ("bullet", "Children (Leaving Care) Act 2000"),
            ("bullet", "Care Leavers (England) Regulations 2010"),
            ("bullet", "Children and Social Work Act 2017, section 1"),
            ("h1", "Corporate parenting"),
            (
                "p",
                "Ousterley Council is corporate parent to all its cared for children. Of the seven corporate parenting principles, the first three are:",
            ),
            (
                "num",
                "to act in the best interests of cared for children and promote their health and well-being",
            ),
            ("num", "to encourage them to express their views, wishes and feelings"),
            ("num", "to take those views, wishes and feelings into account"),
            ("p", "The other four are set out in the corporate parenting strategy."),
            ("h1", "Our way of working"),
            (
                "p",
                "Our way of working is the Family Safeguarding model. Adult mental health, drug and alcohol and domestic abuse workers are part of every children's team.",
            ),
            ("h1", "Permanence and leaving care"),
            (
                "p",
                "A permanence plan is made for each cared for child within 20 weeks of their coming into care. Young people leaving our care are supported until they are aged 21 (or 25 if in education).",
            ),
            ("p", "v5"),
        ],
    },
}


def main() -> None:
    for name, spec in CHAPTERS.items():
        (HERE / name).write_bytes(build_document(spec))
        (HERE / f"{name}.md").write_text(
            note(spec).replace("build_blind34", "build_blind51"), encoding="utf-8"
        )
        print(f"built {name}")


if __name__ == "__main__":
    main()
