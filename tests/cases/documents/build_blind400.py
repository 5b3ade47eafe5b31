# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 400th blind set, an eighth probe of the facts stated in prose.

    40004  Gildenbrook: python-docx, a Title paragraph, a council line and Heading 1 sections;
           the amendment as two changes told in the passive with the year before the months
           ("Two changes were made to this chapter in 2025: ... in April, and ... in
           September"); three Acts cited with "by virtue of" and "under", then shortened ("the
           2017 Act"); the corporate parenting principles named in one run-on sentence with no
           count; the permanence plan "no later than six months after" coming into care; no
           support age, no named model; cared for children.

The text, markdown and HTML files (40001, 40002, 40003) are written by hand beside this script.
All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind400.py
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

SCRIPT = "build_blind400.py"
GILDENBROOK_NAME = "40004-docx-heading-1-gildenbrook-two-changes-passive-year-before-months-three-acts-by-virtue-of-under-2017-act-short-run-on-principles-no-count-six-months-no-support-age-no-model-cared-for.docx"

# fmt: off
GILDENBROOK: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Gildenbrook City Council"),
    ("h", "About this chapter"),
    ("p", "Two changes were made to this chapter in 2025: the list of Acts was brought up to date in April, and the part on corporate parenting was rewritten in September after councillors asked for it to say more plainly what they owe each cared for child. The chapter sets out what Gildenbrook's children's services stand for and the duties they carry, and each of the manual's other chapters assumes the reader knows it."),
    ("p", "It is meant for everyone who works with children and families for the city, whether employed by the council or by an agency the council pays."),
    ("h", "The law"),
    ("p", "The city's duties towards children in need and cared for children arise by virtue of the Children Act 1989. Its work with disabled children and with children who have special educational needs is done under the Children and Families Act 2014, and its duties as a corporate parent and towards care leavers come from the Children and Social Work Act 2017. Guidance issued under these Acts is followed throughout the manual."),
    ("h", "Safeguarding partners"),
    ("p", "Gildenbrook shares the work of keeping children safe with the police, the health services, schools and the voluntary sector. The three statutory partners lead the Gildenbrook Safeguarding Children Partnership, and every other agency that works with children in the city is expected to take part in its training and its reviews."),
    ("p", "Anyone who has a worry about a child should raise it with the children's advice line without delay. The advice line tells the person who called what is being done, so that worries are not lost between agencies."),
    ("h", "Our values"),
    ("p", "We treat children and parents with respect and tell them the truth, including when it is not what they want to hear. We ask children what they think and we let their answers change what we do. We build on what families already do well rather than starting from what they do badly. We expect the same standards of ourselves that we ask of others, and we own our mistakes."),
    ("h", "Being a corporate parent"),
    ("p", "When a child comes into the city's care, Gildenbrook takes on a parent's responsibilities, and the 2017 Act asks it to have regard to the corporate parenting principles in all that it does, namely to act in the best interests of each child and to promote their physical and mental health and well-being and to encourage them to express their views, wishes and feelings and to take account of those views and to help them gain access to and make the best use of services provided by the council and its partners and to promote high aspirations and seek to secure the best outcomes for them and to ensure that they are safe and have stability in their home lives, relationships and education or work and to prepare them for adulthood and independent living."),
    ("p", "The Corporate Parenting Group, chaired by the Leader of the Council, reviews twice a year how cared for children are doing at school, in their health and in their homes, and the Children in Care Council attends each of its meetings."),
    ("h", "Key principles"),
    ("p", "Families get help as soon as a difficulty shows, from family hubs, schools and health visitors, rather than after it has become a crisis."),
    ("p", "Where a child cannot live safely at home, the wider family is asked first whether someone can care for them, and family group conferences are offered before any child comes into care unless an emergency prevents it."),
    ("p", "Each cared for child should know where they will grow up. A permanence plan is expected to be in place no later than six months after the child comes into care, and the independent reviewing officer checks its progress at each review."),
    ("p", "Cared for children leaving the city's care are given a pathway plan and a personal adviser, and the leaving care chapter of this manual describes the support the city offers and for how long."),
    ("p", "Cared for children and care leavers help to shape the services they use, through the Children in Care Council and through surveys run each year."),
    ("h", "Sharing information"),
    ("p", "Information about children and families is shared only where the law allows and where it is needed to keep a child safe or to get a family the right help. Families are told what has been shared, and with whom, unless that would put a child at risk. Every decision to share, or not to share, is recorded with its reasons."),
]
# fmt: on

STYLES = {"title": "Title", "h": LIST_AND_HEADING_STYLES["h"]}


def main() -> None:
    gildenbrook = HERE / GILDENBROOK_NAME
    gildenbrook.write_bytes(styled_docx(GILDENBROOK, STYLES))
    Path(f"{gildenbrook}.md").write_text(
        blocks_note(
            GILDENBROOK,
            SCRIPT,
            "python-docx, a Title paragraph, a council line, Heading 1 headings and body paragraphs",
            header_rule=True,
        ),
        encoding="utf-8",
    )
    print("wrote", gildenbrook.name)


if __name__ == "__main__":
    main()
