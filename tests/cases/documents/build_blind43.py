# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written; en dashes as councils type them)
"""Build the Word files of the forty-third blind set (4313, 4314): short chapter openings of
invented councils, written for this set, made with python-docx through build_blind34's builder
(its inline language: ^[text] is a footnote).

    4313  an amendment record table oldest first with day-first short dates ("3.3.25") and a
          "2025/1" version column, Acts as bullets, seven numbered principles, "We have adopted
          Signs of Safety", permanence "by the time of the second LAC review" (no months)
    4314  "Amended 2025 March:" (year before month), Acts as bullets each with a Word footnote
          that names the Act again ("the 1989 Act"), principles "set out in s.1" with no list,
          a quoted framework name, "within a maximum of six months", a closing
          "Reviewed on 21 May 2025" and "Issue 7"

usage: python tests/cases/documents/build_blind43.py   (needs python-docx)
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
    "4313-docx-record-table-oldest-first-dotted-short-dates-slash-versions-numbered-seven-adopted-sos-second-lac-review.docx": {
        "what": "an amendment record table oldest first (day-first short dates, 2025/1 versions), Acts as bullets, seven numbered principles, an adopted model",
        "blocks": [
            ("title", TITLE),
            ("h1", "Amendment record"),
            (
                "table",
                [
                    ["Date", "Version", "Change"],
                    ["12.09.23", "2023/1", "First issue"],
                    ["04.06.24", "2024/1", "Contacts and links corrected"],
                    [
                        "3.3.25",
                        "2025/1",
                        "Leaving care offer extended; practice model section rewritten",
                    ],
                ],
            ),
            ("h1", "Legislation"),
            ("p", "The legislation that this chapter draws on is:"),
            ("bullet", "Children Act 1989"),
            ("bullet", "Children (Leaving Care) Act 2000"),
            ("bullet", "Children and Families Act 2014"),
            ("bullet", "Children and Social Work Act 2017"),
            ("h1", "Corporate parenting"),
            (
                "p",
                "Pendleford Council is corporate parent to all children and young people in our care. The seven corporate parenting principles ask us:",
            ),
            ("num", "to act in their best interests and promote their health and well-being"),
            ("num", "to encourage them to say what they think and feel"),
            ("num", "to take their views into account"),
            ("num", "to help them use the services of the council and its partners"),
            ("num", "to promote high aspirations for them"),
            ("num", "to keep them safe and give them stability"),
            ("num", "to prepare them for adulthood"),
            ("h1", "Our practice model"),
            (
                "p",
                "We have adopted Signs of Safety. Plans are written with families in their own words, and children help to draw up their own safety plans.",
            ),
            ("h1", "Permanence and leaving care"),
            (
                "p",
                "Children and young people in our care should have a permanence plan by the time of the second LAC review. Young people leaving our care are supported 18–21 (up to 25 in full-time education).",
            ),
        ],
    },
    "4314-docx-amended-year-before-month-acts-with-word-footnotes-s1-no-list-quoted-framework-reviewed-on-issue-7.docx": {
        "what": "'Amended 2025 March', Acts as bullets with Word footnotes naming 'the 1989 Act', principles set out in s.1 with no list, a closing 'Reviewed on' line and 'Issue 7'",
        "blocks": [
            ("title", TITLE),
            ("h1", "About this chapter"),
            (
                "p",
                "This chapter sets out the values that guide Aldwick Vale Council's children's services. Amended 2025 March: the legislation list now carries a note on each Act.",
            ),
            ("h1", "Legislation"),
            ("p", "Our work rests on the following legislation:"),
            (
                "bullet",
                "Children Act 1989^[Sections 17, 20 and 22 of the 1989 Act are the ones we use most.]",
            ),
            (
                "bullet",
                "Children (Leaving Care) Act 2000^[Its duties now sit inside the 1989 Act as amended.]",
            ),
            ("bullet", "Children Act 2004"),
            (
                "bullet",
                "Children and Social Work Act 2017^[Section 1 of the 2017 Act sets out the corporate parenting principles.]",
            ),
            ("h1", "Corporate parenting"),
            (
                "p",
                "Looked After Children (LAC) are the whole council's responsibility. Members and officers must have regard to the principles set out in s.1 of the Children and Social Work Act 2017 in every decision about Looked After Children.",
            ),
            ("h1", "Our practice framework"),
            (
                "p",
                "Our strengths-based practice framework, 'Open Hands', asks workers to start from what a family already does well. Every new worker is trained in it in their first three months.",
            ),
            ("h1", "Permanence and leaving care"),
            (
                "p",
                "Every Looked After Child has a permanence plan within a maximum of six months of coming into care. Care leavers are supported until twenty-one, or twenty-five if they are studying.",
            ),
            ("p", "Reviewed on 21 May 2025"),
            ("p", "Issue 7"),
        ],
    },
}


def main() -> None:
    for name, spec in CHAPTERS.items():
        (HERE / name).write_bytes(build_document(spec))
        (HERE / f"{name}.md").write_text(
            note(spec).replace("build_blind34", "build_blind43"), encoding="utf-8"
        )
        print(f"built {name}")


if __name__ == "__main__":
    main()
