# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 368th blind set, a probe of the facts in new wordings.

    36804  Wymondcote: python-docx (Title, Heading 1, List Bullet, one grid table with a bold
           header row); a dated change log table "Date | Change" in the scope, newest first,
           months only; the law in bullets after "Read this chapter alongside the following:";
           the corporate parenting principles as one prose sentence of seven clauses joined by
           commas and a last "and", no count; Lanternwork as the model; permanence stated in
           weeks only ("within eighteen weeks"); a personal adviser "until their twenty-first
           birthday" and "for as long as they remain in education or training, up to their
           twenty-fifth birthday"; children who are looked after.

The text, markdown and HTML files (36801, 36802, 36803, 36805) are written by hand beside this
script. All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind368.py
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

SCRIPT = "build_blind368.py"
WYMONDCOTE_NAME = "36804-docx-dated-change-log-table-newest-first-read-alongside-list-prose-principles-joined-by-and-no-count-eighteen-weeks-only-twenty-first-birthday-then-twenty-fifth-while-in-education-lanternwork.docx"

# fmt: off
WYMONDCOTE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Wymondcote County Council \u2013 Children's Services"),
    ("h", "Scope"),
    ("p", "This chapter is for everyone who works with children and families on behalf of Wymondcote County Council, including staff in commissioned services and students on placement. It explains the values and principles behind all of our procedures. Changes to the chapter are recorded in the table below."),
    ("table", [
        ("Date", "Change"),
        ("January 2026", "Principles of practice rewritten; leaving care section corrected"),
        ("April 2025", "Legislation list brought up to date"),
    ], True),
    ("h", "The legal framework"),
    ("p", "Read this chapter alongside the following:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Partnership working"),
    ("p", "Children are kept safe when the adults around them talk to each other. Wymondcote children's services work with schools, early years settings, health services and the police through the county's safeguarding partnership, and we expect our staff to share concerns with partners promptly and to follow up what they share."),
    ("h", "Our values"),
    ("p", "We treat children and their families with respect and kindness. We are clear about our concerns and about what needs to change. We believe that children should be brought up in their own families where that is safe, and we work hard to make that possible."),
    ("h", "Corporate parenting"),
    ("p", "The council is the corporate parent of all children who are looked after and of care leavers up to 25. As its corporate parent, Wymondcote will act in each child's best interests, find out what they want and feel, take their views into account, help them to use our services, expect the best for them, keep them safe and settled and get them ready for adult life. Every councillor takes part in corporate parenting training in their first year."),
    ("h", "Our practice model"),
    ("p", "Lanternwork is the model of practice in every Wymondcote team. It asks workers to shed light on what is happening for the child before anything else, to be open about what they see, and to help families find their own way forward. Case records and supervision both follow the Lanternwork headings."),
    ("h", "Principles of practice"),
    ("p", "Help is offered early, before problems grow, and children who are looked after are supported to stay in touch with the people who matter to them."),
    ("p", "Children who are looked after should not wait to know where they will grow up. Every child who is looked after should have a plan for permanence within eighteen weeks of coming into care."),
    ("p", "A personal adviser stays with each care leaver until their twenty-first birthday, and for as long as they remain in education or training, up to their twenty-fifth birthday. Young people may stay with their foster carers under Staying Put until they are 21."),
    ("h", "Information sharing"),
    ("p", "We share information when it is necessary to protect a child or to provide the right help, and we follow data protection law when we do. Children and families are told what we hold about them and how to see it."),
]
# fmt: on

STYLES = {"title": "Title", **LIST_AND_HEADING_STYLES}


def main() -> None:
    wymondcote = HERE / WYMONDCOTE_NAME
    wymondcote.write_bytes(styled_docx(WYMONDCOTE, STYLES))
    Path(f"{wymondcote}.md").write_text(
        blocks_note(
            WYMONDCOTE,
            SCRIPT,
            "python-docx, Title, Heading 1 and List Bullet styles, one grid table with a bold header row",
        ),
        encoding="utf-8",
    )
    print("wrote", wymondcote.name)


if __name__ == "__main__":
    main()
