# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 258th blind set: a facts probe in new wordings.

    25804  Mirestead: python-docx, Title and Heading 1 styles; an italic amendment line under the
           title dated "the 21st of July 2025"; five Acts bulleted after "The Acts below are the
           ones an inspector would expect ..."; the principles one a paragraph, "Firstly" to
           "Finally"; Family Safeguarding under a heading "The Mirestead Way"; "at the
           five-month point"; "until they reach twenty-one, and for as long as they want us
           after that, up to twenty-five"; a closing "Version 5.3".
    25805  Hathercombe: python-docx printed to PDF by LibreOffice; "Version 3.1 - amended
           10/2025" under the title; five Acts in one sentence ("works within"); "each of the
           seven corporate parenting principles"; Safe and Together; "never later than the end
           of their third month in care"; "until they turn twenty-five, whatever they are
           doing" over a stale table whose personal adviser row says 21 (the conflict).

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind258.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, marked_docx, marked_note  # noqa: E402

SCRIPT = "build_blind258.py"
NAMES = {
    "25804": "25804-docx-italic-amendment-the-21st-of-july-inspector-lead-in-five-acts-principles-firstly-to-finally-family-safeguarding-five-month-point-twenty-one-as-long-as-they-want-up-to-twenty-five-version-closing-looked-after-children.docx",
    "25805": "25805-pdf-lo-version-amended-mm-yyyy-five-acts-works-within-each-of-the-seven-safe-and-together-end-of-third-month-turn-twenty-five-over-stale-table-21-conflict-children-who-are-looked-after.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "i" | "b", text) or ("table", rows).
Block = tuple[Any, ...]

# fmt: off
MIRESTEAD: list[Block] = [
    ("title", TITLE),
    ("i", "Amendment (the 21st of July 2025): the list of legislation was brought up to date and the section on our practice model was rewritten."),
    ("h", "Introduction"),
    ("p", "This chapter sets out the values and principles that guide Mirestead Metropolitan Borough Council's work with looked after children, care leavers and their families. It applies to every member of staff in children's services and to the partners who work with looked after children for us."),
    ("p", "The Acts below are the ones an inspector would expect every practitioner in Mirestead to know:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our Values"),
    ("p", "We believe that children belong with their families wherever that can be made safe, and that when it cannot, they should grow up with people who love them and stay in touch with those who matter to them. We say plainly what we are worried about and we keep our word."),
    ("h", "Corporate Parenting"),
    ("p", "The law asks these things of us as corporate parents."),
    ("p", "Firstly, to act in the best interests of looked after children and young people, and to promote their physical and mental health and well-being."),
    ("p", "Secondly, to encourage them to express their views, wishes and feelings."),
    ("p", "Thirdly, to take those views, wishes and feelings into account."),
    ("p", "Fourthly, to help them gain access to, and make the best use of, services provided by the council and its partners."),
    ("p", "Fifthly, to promote high aspirations and seek the best outcomes for them."),
    ("p", "Sixthly, to make sure they are safe and have stability in their home lives, relationships and education or work."),
    ("p", "Finally, to prepare them for adulthood and independent living."),
    ("h", "The Mirestead Way"),
    ("p", "Mirestead works to the Family Safeguarding model. Specialists in domestic abuse, adult mental health and substance misuse sit in every team beside the social workers, so that parents get help with what lies behind the worries about their children."),
    ("h", "Permanence"),
    ("p", "Planning for permanence begins on the day a child becomes looked after. The plan for permanence is agreed at a planning meeting held at the five-month point of the child's time in care, and the independent reviewing officer confirms it at the next review."),
    ("h", "Leaving Care"),
    ("p", "We stay alongside care leavers until they reach twenty-one, and for as long as they want us after that, up to twenty-five. Every care leaver has a pathway plan and a personal adviser who knows them well."),
    ("h", "Information Sharing"),
    ("p", "Information about children and families is shared only where it is needed to keep a child safe or to meet their needs, and families are told what has been shared unless that would put a child at risk."),
    ("p", "Version 5.3"),
]

HATHERCOMBE: list[Block] = [
    ("title", TITLE),
    ("p", "Version 3.1 \u2013 amended 10/2025"),
    ("h", "1. Introduction"),
    ("p", "Like every English council, Hathercombe City Council works within the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. This chapter explains how we put those duties into practice for children who are looked after and for care leavers."),
    ("h", "2. Our Values"),
    ("p", "We put children's safety first, and we believe most children are safest with their own families when the right help is given early. We treat parents with respect even when we disagree with them, and we tell children the truth about their lives."),
    ("h", "3. Corporate Parenting"),
    ("p", "The council has signed up to each of the seven corporate parenting principles and reports on them to the Corporate Parenting Board twice a year. Children who are looked after sit on the board's young people's panel and set part of its agenda."),
    ("h", "4. Practice Model"),
    ("p", "Every social worker in Hathercombe is certified in the Safe and Together model, which keeps the focus on the protective parent's strengths and holds the person causing harm to account for their choices."),
    ("h", "5. Permanence"),
    ("p", "A permanence plan should be ready for the child's second review, and never later than the end of their third month in care."),
    ("h", "6. Leaving Care"),
    ("p", "Every care leaver keeps a personal adviser until they turn twenty-five, whatever they are doing. The table below shows the support on offer."),
    ("table", [
        ("Support", "Until"),
        ("Pathway plan", "21"),
        ("Personal adviser", "21"),
        ("Staying Put with former foster carers", "21"),
    ]),
    ("h", "7. Information Sharing"),
    ("p", "We share what we know with partners only where it helps to keep a child safe or to meet their needs, and we explain to families what we have shared and why."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet"}


def main() -> None:
    (HERE / NAMES["25804"]).write_bytes(marked_docx(MIRESTEAD, STYLES))
    (HERE / (NAMES["25804"] + ".md")).write_text(
        marked_note(
            MIRESTEAD,
            SCRIPT,
            "python-docx, Title and Heading 1 styles, an italic amendment line under the title, List Bullet Acts",
        ),
        encoding="utf-8",
    )
    docx_to_pdf(marked_docx(HATHERCOMBE, STYLES), HERE / NAMES["25805"])
    (HERE / (NAMES["25805"] + ".md")).write_text(
        marked_note(
            HATHERCOMBE,
            SCRIPT,
            "a python-docx file (Title and Heading 1 styles, a gridded table) printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
