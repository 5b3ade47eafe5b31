# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 332nd blind set: a facts probe in new wordings.

    33203  Wendlecombe: python-docx, Title and Heading 1 styles; an un-headed line under the title
           saying the chapter replaces the version of May 2021 and has applied since 4 February
           2026; a "Legal framework" table "Act | Section | What it covers" in which one Act has
           two rows; seven principles as plain paragraphs numbered by hand ("1. ...", not a list
           style); "the Keel model"; a permanence plan "at the latest within sixteen weeks" (no
           months); 21, and to the day before the 25th birthday while at college or university;
           each child looked after by the council.
    33204  Brantwich: the same kind of Word file printed to PDF by LibreOffice; an "Amendment made
           10/11/2025: ..." line under the title; three Acts in one sentence ("The main law is
           ...; the other Acts that matter here are ..."); the principles named only as the range
           "paragraphs (a) to (g)" of section 1(1); Family Safeguarding; a permanence plan "inside
           four months" under Key principles against "at the latest within five months" under
           Permanence (the conflict); help that "ends at twenty-one unless they ask us to carry
           on, in which case it lasts to twenty-five"; a closing "Issue number: 6".

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind332.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, marked_docx, marked_note  # noqa: E402

SCRIPT = "build_blind332.py"
NAMES = {
    "33203": "33203-docx-replaces-version-of-may-2021-applied-since-day-legal-framework-table-one-act-twice-principles-hand-numbered-paragraphs-keel-model-at-the-latest-sixteen-weeks-college-or-university-child-looked-after.docx",
    "33204": "33204-pdf-lo-amendment-made-slash-date-three-acts-main-and-other-principles-range-a-to-g-family-safeguarding-inside-four-months-then-five-months-conflict-unless-they-ask-to-carry-on-issue-number.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "i", text), ("runs", [(text, "" | "i" | "b"), ...]) or
# ("table", rows).
Block = tuple[Any, ...]

# fmt: off
WENDLECOMBE: list[Block] = [
    ("title", TITLE),
    ("p", "This chapter replaces the version of May 2021. It has applied since 4 February 2026, when the Director of Children's Services signed it off."),
    ("h", "Introduction"),
    ("p", "Wendlecombe County Council's children's services work with around four thousand children a year, from families who need a short piece of help to children who will spend the rest of their childhood in our care. This chapter sets out the beliefs that all of that work shares."),
    ("p", "It is written for our own staff and for the agencies and carers who work with us. Newly appointed staff read it in their first week."),
    ("h", "Legal framework"),
    ("p", "The table lists the legal duties this chapter rests on."),
    ("table", [
        ("Act", "Section", "What it covers"),
        ("Children Act 1989", "Section 17", "Services for children in need and their families"),
        ("Children Act 1989", "Section 22", "The council's general duty to each child looked after by it"),
        ("Children Act 2004", "Section 10", "Co-operation to improve children's well-being"),
        ("Children (Leaving Care) Act 2000", "Whole Act", "Support for young people leaving care"),
        ("Children and Social Work Act 2017", "Section 1", "The corporate parenting principles"),
    ]),
    ("h", "Shared responsibility"),
    ("p", "Keeping children safe is not the job of children's social care alone. Wendlecombe's safeguarding partners publish arrangements that say how schools, health services, the police and the council work together, and we expect every worker to know their part in them and to share a concern as soon as they have one."),
    ("h", "Values"),
    ("p", "We believe that children should be heard, that families should be treated with respect, and that the help we give should be the least intrusive help that keeps a child safe. We try to be reliable, honest and kind, and we expect the same of the services we buy."),
    ("h", "Our duties as a corporate parent"),
    ("p", "For each child looked after by the council, Wendlecombe as a whole has to think and act as a parent would. In our corporate parenting we keep to these principles:"),
    ("p", "1. To act in the best interests of the child and to promote their physical and mental health."),
    ("p", "2. To encourage the child to say what they think and to take their views into account."),
    ("p", "3. To make sure the child has the information they need about our services and those of our partners."),
    ("p", "4. To help the child to use those services."),
    ("p", "5. To hope for the best for the child and to help them achieve it."),
    ("p", "6. To keep the child safe and to give them stable homes, schooling and relationships."),
    ("p", "7. To prepare the child to live independently as an adult."),
    ("h", "Practice model"),
    ("p", "Since 2023 our social workers have used the Keel model. Like the keel of a boat, it is meant to keep practice steady when conditions are rough: workers keep to a small number of clear questions about what is going well, what is worrying and what needs to happen next, and they ask them with the family rather than about the family."),
    ("h", "Principles that guide our work"),
    ("p", "Help comes first. Wherever it is safe, we support children to stay with their parents, and we make that support available early."),
    ("p", "Relatives before strangers. If a child must leave home, we look first to the people the child already knows and trusts."),
    ("p", "Permanence. Every child who comes into care has a permanence plan at the latest within sixteen weeks, so that decisions about where they will grow up are not left to drift."),
    ("p", "Care leavers. A personal adviser stays with each care leaver until they are twenty-one, and until the day before their 25th birthday while they are at college or university."),
    ("h", "Information sharing"),
    ("p", "We share information with partners when it is needed to keep a child safe or to give a family the help it needs, and we tell families what we have shared unless doing so would put a child at risk. Every decision to share without consent is recorded with the reasons for it."),
]

BRANTWICH: list[Block] = [
    ("title", TITLE),
    ("i", "Amendment made 10/11/2025: the permanence and leaving care principles were rewritten."),
    ("h", "About this chapter"),
    ("p", "This chapter belongs to Brantwich Borough Council's children's social care procedures manual. It sets out what we value and the principles we expect to see in every piece of work with children, young people and their families."),
    ("h", "Introduction"),
    ("p", "The main law is the Children Act 1989; the other Acts that matter here are the Children Act 2004 and the Children and Social Work Act 2017. The procedures in the rest of the manual explain how each duty is carried out."),
    ("h", "A shared responsibility"),
    ("p", "We work alongside the health services, the police and Brantwich's schools. Nobody in the partnership may assume that somebody else has acted on a concern: each agency is responsible for passing on what it knows."),
    ("h", "What we value"),
    ("p", "Children's safety and well-being come first. We respect families, we are open about what we are doing and why, and we try to leave every family better able to manage on its own."),
    ("h", "Corporate parenting"),
    ("p", "Children and young people in care are the council's children. In everything the council does for them we follow the principles in section 1(1) of the Children and Social Work Act 2017, paragraphs (a) to (g), without exception, and our corporate parenting board checks each year how far we have lived up to them."),
    ("h", "Our practice model"),
    ("p", "Brantwich has worked to the Family Safeguarding model since 2020. Social workers share a team with adult mental health, substance misuse and domestic abuse workers, so that parents get help with the problems behind the worries about their children."),
    ("h", "Key principles"),
    ("p", "Families first: children are supported to live safely at home wherever that can be done."),
    ("p", "Permanence: a plan for permanence is agreed inside four months of the child coming into care."),
    ("p", "Leaving care: our help for care leavers ends at twenty-one unless they ask us to carry on, in which case it lasts to twenty-five."),
    ("h", "Permanence"),
    ("p", "The independent reviewing officer checks at each review that the permanence plan is on track. The plan must be agreed at the latest within five months of the child entering care."),
    ("h", "Information sharing"),
    ("p", "Staff share information lawfully, safely and only as much as is needed. Where a child may be at risk of significant harm, sharing information with the right people comes before any worry about confidentiality."),
    ("p", "Issue number: 6"),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1"}


def main() -> None:
    (HERE / NAMES["33203"]).write_bytes(marked_docx(WENDLECOMBE, STYLES))
    (HERE / (NAMES["33203"] + ".md")).write_text(
        marked_note(
            WENDLECOMBE,
            SCRIPT,
            "python-docx, Title and Heading 1 styles, one table with a bold header row, principles numbered by hand in plain paragraphs",
        ),
        encoding="utf-8",
    )
    docx_to_pdf(marked_docx(BRANTWICH, STYLES), HERE / NAMES["33204"])
    (HERE / (NAMES["33204"] + ".md")).write_text(
        marked_note(
            BRANTWICH,
            SCRIPT,
            "python-docx, Title and Heading 1 styles, an italic line under the title, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
