# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 390th blind set, a sixth probe of the facts in new wordings.

    39004  Eddersley: python-docx, UN-HEADED (a Title paragraph, then body paragraphs, two grid
           tables and a bulleted list, one topic after another); the amendment in a sentence
           that also asks new starters to read the chapter, approved "on 12 Jan 2026" (a
           month-name abbreviation); the Acts in a table whose first column is the year
           ("Year | Act"); the corporate parent's seven duties as List Bullet items under a
           lead-in that neither counts them nor calls them principles; the permanence timescale
           in a table cell, "17 weeks (four months) after the child comes into care"; a personal
           adviser "until their 21st birthday, and past it to their 25th birthday where they are
           at college, at university or in training"; the model at the end of a sentence,
           "known in the county as Kestrelway"; cared for children.

The text, markdown and HTML files (39001, 39002, 39003) are written by hand beside this script.
All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind390.py
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
    styled_docx,
)

SCRIPT = "build_blind390.py"
EDDERSLEY_NAME = "39004-docx-unheaded-eddersley-approved-on-abbreviated-month-in-sentence-acts-year-first-table-seven-bullets-no-count-permanence-table-cell-weeks-and-months-21st-then-25th-if-at-college-known-as-kestrelway-cared-for.docx"

# fmt: off
EDDERSLEY: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Eddersley County Council"),
    ("p", "The Lead Member for Children approved this revision of the chapter on 12 Jan 2026 and asked that every new starter in children's services read it during their first month. It sets out why the county's children's social care works as it does, and every other chapter of the procedures manual builds on it."),
    ("p", "The county's duties to children are laid down by Parliament. The statutes that matter most to this chapter are these:"),
    ("table", [["Year", "Act"], ["1989", "Children Act"], ["2000", "Children (Leaving Care) Act"], ["2004", "Children Act"], ["2014", "Children and Families Act"], ["2017", "Children and Social Work Act"]], True),
    ("p", "Regulations and statutory guidance made under these statutes fill in the detail, and later chapters name the ones they follow."),
    ("p", "No one agency can keep children safe by itself. Eddersley, the police and the county's health services lead the Eddersley Safeguarding Children Partnership together, and schools, early years providers, housing associations and voluntary groups all play their part. A worker in any of them who is worried about a child should say so the same day, and should hear back about what was done."),
    ("p", "We want families to find us honest, kind and reliable. We tell parents what worries us and what would make us less worried. We take children's words seriously and record them as they were said. We believe most families can change with the right help, and we give them the time to show it."),
    ("p", "When a child comes into the county's care, the whole council becomes their parent. Eddersley's councillors and officers have agreed that, for every cared for child, they will:"),
    ("b", "act in the child's best interests and look after their health and well-being;"),
    ("b", "ask the child what they want and how they feel;"),
    ("b", "take the child's views seriously when decisions are made;"),
    ("b", "help the child find and use the services that are there for them;"),
    ("b", "set high hopes for the child and help them achieve them;"),
    ("b", "keep the child safe and give them stability at home, at school and in their relationships;"),
    ("b", "prepare the child for adult life and for living on their own."),
    ("p", "Workers in every Eddersley team use the same relationship-based approach, built with local families over three years and known in the county as Kestrelway. It asks workers to start from what a family does well, to agree goals with them in plain words, and to review those goals together."),
    ("p", "Help is offered early, through family hubs and schools, so that small problems do not become large ones. Where a child cannot stay at home, relatives and family friends are thought of first. A personal adviser works with each care leaver until their 21st birthday, and past it to their 25th birthday where they are at college, at university or in training. Cared for children are helped to take part in their reviews and are offered an independent advocate. The key timescales for a cared for child are:"),
    ("table", [["Step", "Timing"], ["First review", "Within 20 working days of the child coming into care"], ["Permanence plan agreed", "17 weeks (four months) after the child comes into care"], ["Health assessment", "Within 20 working days, then every six or twelve months"]], True),
    ("p", "Information about a family is shared only when the law allows and when it will keep a child safe or bring the family the help it needs. Families are told what has been shared unless that would put a child at risk, and every decision to share is recorded with its reasons."),
]
# fmt: on

STYLES = {"title": "Title", "b": LIST_AND_HEADING_STYLES["b"]}


def main() -> None:
    eddersley = HERE / EDDERSLEY_NAME
    eddersley.write_bytes(styled_docx(EDDERSLEY, STYLES))
    Path(f"{eddersley}.md").write_text(
        blocks_note(
            EDDERSLEY,
            SCRIPT,
            "python-docx, a Title paragraph, body paragraphs, two grid tables with bold header rows and List Bullet items (no headings)",
            header_rule=True,
        ),
        encoding="utf-8",
    )
    print("wrote", eddersley.name)


if __name__ == "__main__":
    main()
