# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the PDF document of the 385th blind set, a fifth probe of the facts in new wordings.

    38504  Ketterdale: python-docx printed to PDF by LibreOffice, UN-HEADED (a Title paragraph,
           then body paragraphs only, one a topic); "issued as Version 6, effective from 1 April
           2026" with the text approved in March 2026; the Acts by their section numbers in one
           sentence and the 1989 Act named again as "the 1989 Act"; seven principles counted in
           the sentence that lists them, split by semicolons; the model in single inverted
           commas, 'Openhand'; permanence "by the time the child has spent four months in
           care"; a personal adviser "until 21 and, for any young person who wants it, ... until
           the day before their 25th birthday"; cared for children.

The text, markdown and HTML files (38501, 38502, 38503) are written by hand beside this script.
All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind385.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    blocks_note,
    docx_to_pdf,
    styled_docx,
)

SCRIPT = "build_blind385.py"
KETTERDALE_NAME = "38504-pdf-unheaded-ketterdale-version-6-effective-from-day-approved-month-acts-by-section-numbers-seven-principles-counted-in-listing-sentence-quoted-model-spent-four-months-in-care-21-or-day-before-25th-if-wanted-cared-for-children.pdf"

# fmt: off
KETTERDALE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Ketterdale Borough Council"),
    ("p", "Ketterdale issued this chapter as Version 6, effective from 1 April 2026; the Children's Services Leadership Team approved its text in March 2026. The chapter stands at the front of the borough's procedures manual for children's social care and explains the thinking behind everything that follows it. Social workers, personal advisers, foster carers, residential staff and managers should all read it when they join and again whenever it changes."),
    ("p", "Most of the borough's duties sit in sections 17, 20, 22 and 47 of the Children Act 1989, section 11 of the Children Act 2004 and sections 1 to 3 of the Children and Social Work Act 2017, and the duties owed to care leavers come from section 23C of the 1989 Act. Regulations and statutory guidance made under those Acts add the detail, and each later chapter says which of them it follows."),
    ("p", "Ketterdale cannot protect children on its own. The borough, the police and the local health services lead the Ketterdale Safeguarding Children Partnership as equals, and schools, early years settings, housing officers and youth workers all take part in it. A worker from any of these agencies who is worried about a child is expected to say so that day, and to be told what happened as a result."),
    ("p", "We try to be fair, open and warm. Families are told what we think, and why, in words they can follow. Children's own accounts of their lives are written down as they gave them. We expect to be challenged and we answer challenges properly, and we hold on to the belief that most parents can do better for their children with the right help."),
    ("p", "The Children and Social Work Act 2017 gives every corporate parent seven principles, which Ketterdale reads as promises to its cared for children: to act in their best interests and promote their physical and mental health and well-being; to encourage them to say what they want and how they feel; to take what they say into account; to help them reach and make good use of the services they need; to hope for great things for them and seek the best outcomes; to keep them safe and give them stability at home, in their relationships and at school or work; and to prepare them for adult life and living on their own."),
    ("p", "Ketterdale calls its model of practice 'Openhand'. Openhand asks workers to begin every piece of work by asking the family what is going well, to agree with them what needs to change, and to hand back to the family as much of the planning as is safe. Managers use the same questions in supervision."),
    ("p", "Help is offered early, through the borough's family hubs, so that problems are met while they are small. If a child has to leave home, relatives and family friends are considered before anyone else. Each cared for child should have a plan for permanence by the time the child has spent four months in care. Help from a personal adviser lasts until 21 and, for any young person who wants it, carries on until the day before their 25th birthday. Cared for children are helped to take part in their own reviews and are offered an advocate."),
    ("p", "Information about children and families is held securely and shared only where that will keep a child safe or get the family the help it needs. We tell families what we share unless doing so would put a child at risk, and we keep a note of what was shared, with whom and for what reason."),
]
# fmt: on

STYLES = {"title": "Title"}


def main() -> None:
    ketterdale = HERE / KETTERDALE_NAME
    docx_to_pdf(styled_docx(KETTERDALE, STYLES), ketterdale)
    Path(f"{ketterdale}.md").write_text(
        blocks_note(
            KETTERDALE,
            SCRIPT,
            "python-docx printed to PDF by LibreOffice, a Title paragraph and body paragraphs only (no headings)",
        ),
        encoding="utf-8",
    )
    print("wrote", ketterdale.name)


if __name__ == "__main__":
    main()
