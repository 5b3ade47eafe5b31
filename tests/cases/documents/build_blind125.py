# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF documents of the hundred-and-twenty-fifth blind set (12505-12507):
whole chapters of invented councils whose headings are all named by meaning (none says
"Introduction", "Scope", "Values" and the like), with sections of procedure headed the same way.

    12505  Word: Title style; every section under a Heading 1 named by meaning, a same-day
           procedure section among them, two principles sections side by side ("A home for
           good", "After 18, not alone"); "Version 5.1" and a "Reviewed in full" line to close.
    12506  Word: no heading styles at all; each heading a bold Normal line of its own at body
           size; a placement-stability procedure in the middle; an amendment line at the end.
    12507  PDF printed by LibreOffice from Word: headings are bold Normal lines at body size;
           a procedure for visits to children placed far away; a strategy; "Last word" closing
           with the date it was last updated.

12501, 12502 (.txt), 12503 (.md) and 12504 (.html) are written by hand. All in our own words
(invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind125.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
THORNBURY_VALE = [
    ("title", TITLE),
    ("h1", "A word before we start"),
    ("p", "This chapter is written for everyone in Thornbury Vale Council's Children and Young People's Service. Its current text was agreed by the Director of Children's Services on 4 April 2025, with changes to the sections on permanence and care leavers."),
    ("h1", "The children we look after and the families we help"),
    ("p", "This policy sets out the framework for our social work with children and families, from early help to leaving care. It takes its authority from these laws:"),
    ("li", "Children Act 1989"),
    ("li", "Children (Leaving Care) Act 2000"),
    ("li", "Children Act 2004"),
    ("li", "Children and Families Act 2014"),
    ("h1", "The thread running through our practice"),
    ("p", "Thornbury Vale is a Family Safeguarding authority. Social workers share a team with adult practitioners in domestic abuse, mental health and substance misuse, so that the problems that bring parents to our attention are worked on together. Motivational interviewing is at the heart of every visit."),
    ("h1", "Growing up well"),
    ("p", "We want children to be healthy, safe and happy at home; to go to school and achieve; to have friends and interests; and to grow into adults who can look after themselves and others."),
    ("h1", "What we owe the children in our care"),
    ("p", "The whole council shares responsibility for our Cared for Children. We ask ourselves whether each decision is one that a good parent would make. The Children and Social Work Act 2017 sets out seven principles for corporate parents, and our Corporate Parenting Strategy shows how each service meets them."),
    ("h1", "Handing over at the end of the day"),
    ("p", "Before 4.30pm each weekday, the duty social worker emails the Emergency Duty Team a list of any child whose safety may need checking overnight, with the plan agreed for each. The Emergency Duty Team sends back a summary of what it did by 9am the next working day, and the duty manager reads it before the morning meeting."),
    ("h1", "A home for good"),
    ("p", "Children need to know where they will grow up. We plan for permanence from the day a child comes into care, and a permanence plan is confirmed at the child's second review, within four months. Where it is safe, we look to a child's own parents and relatives before anyone else."),
    ("h1", "After 18, not alone"),
    ("p", "Our care leavers keep a personal adviser to the age of 21. If they are studying or training, or if they simply ask, that support carries on until they are 25."),
    ("h1", "Telling and not telling"),
    ("p", "We keep what families tell us confidential, except where sharing it is needed to keep a child or another person safe. We explain this to families when we first meet them."),
    ("p", "Version 5.1"),
    ("p", "Reviewed in full: 16 April 2025"),
]

KELDERWICK = [
    ("title", TITLE),
    ("b", "Who this is for"),
    ("p", "This chapter is for all staff, managers and volunteers in Kelderwick Borough Council's children's services, and for the agencies we buy services from."),
    ("b", "Where our duties come from"),
    ("p", "This policy sets out the framework for children's social care in Kelderwick. The legislation behind it is:"),
    ("num", "Children Act 1989"),
    ("num", "Children Act 2004"),
    ("num", "Children and Families Act 2014"),
    ("num", "Children and Social Work Act 2017"),
    ("num", "Data Protection Act 2018"),
    ("b", "Our compass"),
    ("p", "We put children at the centre of what we do. We are curious, we are kind and we are clear with families about what worries us. We do what we said we would, when we said we would."),
    ("b", "Looking further ahead"),
    ("p", "Our ambition is that by 2030 every child in Kelderwick who cannot live at home will live in a family, in or near the borough, and will leave our care with a home, a job or a course, and people who care about them."),
    ("b", "Parents in every corridor of the town hall"),
    ("p", "All of us who work for Kelderwick, and every councillor, are corporate parents to the borough's Children in Care. We follow the principles of corporate parenting:"),
    ("li", "to act in their best interests and promote their health and well-being;"),
    ("li", "to encourage them to say what they think and feel;"),
    ("li", "to take account of their views;"),
    ("li", "to help them use the services available to them;"),
    ("li", "to promote high aspirations and the best outcomes;"),
    ("li", "to keep them safe and give them stability;"),
    ("li", "to prepare them for adulthood and independent living."),
    ("b", "Steps when a placement may end"),
    ("p", "When a carer says a placement may end, the social worker arranges a stability meeting within five working days. The meeting agrees extra support for the carer and child and sets a date to review it. If the placement still cannot continue, the service manager must agree any move, and the child is told in person by someone they know."),
    ("b", "The difference we want to make"),
    ("p", "Children in Kelderwick should be safe, healthy, doing well at school and heard. Care leavers will be supported until they are 25, whatever they are doing."),
    ("b", "Sharing with care"),
    ("p", "Information is shared with other agencies lawfully, only where it is needed, and with the family's knowledge unless telling them would put a child at risk. Staff ask the information governance team when they are unsure."),
    ("b", "Changes"),
    ("p", "This chapter was amended in August 2024 to add the section on placement stability."),
]

RAVENSBY = [
    ("title", TITLE),
    ("b", "What follows and why"),
    ("p", "Ravensby Metropolitan Borough Council's children's services follow the policies set out below. This chapter was last amended in October 2024."),
    ("b", "The rules we work within"),
    ("p", "This policy sets out the framework for children's social care in Ravensby. The law we act under includes:"),
    ("li", "Children Act 1989;"),
    ("li", "Children Act 2004;"),
    ("li", "Children and Families Act 2014;"),
    ("li", "Children and Social Work Act 2017;"),
    ("li", "Working Together to Safeguard Children 2023."),
    ("b", "Many hands"),
    ("p", "No one service can do this alone. The Ravensby Safeguarding Children Partnership brings together the council, the police and the integrated care board, and we share our plans with schools, health visitors and the voluntary sector so that families are not passed from door to door."),
    ("b", "Parents on paper and in practice"),
    ("p", "Being a corporate parent is not something that lives only in committee papers. Every officer of the council is a corporate parent to our Looked After Children and care leavers, and we judge ourselves against the seven principles that the Children and Social Work Act 2017 gives us."),
    ("b", "How we think about the work"),
    ("p", "Our practice framework is Systemic Practice. Social workers look at the relationships around a child, not only the child or one parent, and they use genograms and reflective group supervision to test their thinking."),
    ("b", "Visiting children who live far away"),
    ("p", "Where a child lives more than 20 miles from Ravensby, the social worker books each statutory visit at least two weeks ahead and tells the carer and the child. Travel is booked through the business support team. If a visit cannot take place, the team manager agrees a new date within five working days and records why."),
    ("b", "Growing roots"),
    ("p", "We want children to belong somewhere for good. If a child cannot go home, a plan for permanence is agreed within three months of them coming into care, with family and friends considered first. Young people leaving care have a personal adviser until they are 21, or 25 if they want one."),
    ("b", "Our plan for the next three years"),
    ("p", "The children's services plan for 2024 to 2027 has three aims: to reach families earlier, to find more foster homes in the borough and to keep experienced social workers. The Director reports on each aim to Cabinet every six months."),
    ("b", "Last word"),
    ("p", "Last updated: 21 October 2024"),
]

FILES = {
    "12505-docx-heading-styles-meaning-headings-evening-handover-procedure-two-principles-siblings-version-reviewed.docx": THORNBURY_VALE,
    "12506-docx-bold-normal-meaning-headings-placement-stability-procedure-amendment-last.docx": KELDERWICK,
    "12507-pdf-lo-bold-body-size-meaning-headings-far-visits-procedure-strategy-last-word.pdf": RAVENSBY,
}
# fmt: on


def _word(blocks: list[tuple[str, str]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind.startswith("h"):
            document.add_heading(text, level=int(kind[1:]))
        elif kind == "b":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "num":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _note_kind(kind: str) -> str:
    if kind == "num":
        return "n"
    if kind == "li":
        return "b"
    if kind.startswith("h") or kind == "b":
        return "h"
    return kind


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, blocks in FILES.items():
        target = HERE / name
        data = _word(blocks)
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        target.with_name(name + ".md").write_text(
            blocks_note(
                [(_note_kind(kind), text) for kind, text in blocks],
                "build_blind125.py",
                "Heading 1 headings by meaning (12505); bold Normal lines as headings (12506, 12507 printed to PDF)",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
