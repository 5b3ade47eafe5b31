# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the 395th blind set, a probe of facts held in tables,
boxes and lists.

    39501  Lindenhay (Word): a Title and council line, a "Key information" label | value table
           under its own heading (edition, date of this edition, keeper, next look, the
           permanence and personal-adviser timescales), the Acts as a Statute | What it asks of
           us table, the seven principles as a Principle | What it means table, and a closing
           "Document control" table whose columns run Summary of changes | Date | Version,
           oldest row first.
    39502  Pollardine (PDF printed by LibreOffice from python-docx): a "Record of changes"
           table under the title whose columns run Version | Summary of changes | Issued,
           newest row first; the laws as a Law | Duty it places on the council table, the
           principles as a Principle | In practice table with no count stated, the leaving care
           and permanence facts in the text.

The HTML page (39503) and the markdown (39504) are written by hand beside this script. All
written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind395.py
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

SCRIPT = "build_blind395.py"

NAMES = {
    "39501": "39501-docx-key-information-table-edition-date-of-this-edition-statute-table-principle-meaning-table-closing-control-summary-date-version-oldest-first-lindenhay-keelway-three-months-21-or-25.docx",
    "39502": "39502-pdf-lo-from-word-record-of-changes-under-title-version-summary-issued-newest-first-law-duty-table-principles-table-no-count-pollardine-copperlight-25-for-all-four-months.pdf",
}

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}

# fmt: off
LINDENHAY: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Lindenhay Borough Council – Children and Young People's Services"),
    ("h", "Key information"),
    ("table", [
        ("Item", "Detail"),
        ("What the chapter is for", "The beliefs, law and ways of working behind every later procedure"),
        ("Edition", "4.3"),
        ("Date of this edition", "9 February 2026"),
        ("Keeper of the chapter", "Service Manager, Quality and Practice"),
        ("Next look at the text", "February 2028"),
        ("Plan for a permanent home", "Agreed within three months of a child coming into care"),
        ("Personal adviser for care leavers", "Until 21; until 25 for a care leaver in education, training or an apprenticeship"),
    ], True),
    ("h", "About this chapter"),
    ("p", "This is the opening chapter of Lindenhay's children's services procedures manual. Edition 4.3, issued on 9 February 2026, replaces edition 4.2; the only change of substance is that the section on care leavers now sets out the longer offer of a personal adviser. Anyone new to the service should read it before the procedures that follow, because those procedures assume what is said here."),
    ("p", "The table above gathers the points people most often ask about. Where the text repeats a point, the two say the same."),
    ("h", "The Acts we work under"),
    ("p", "The statutes listed below are those that bear most directly on this chapter, with a line on what each asks of us."),
    ("table", [
        ("Statute", "What it asks of us"),
        ("Children Act 1989", "Promote the welfare of children in need, look after children who cannot stay at home and plan for their future."),
        ("Children (Leaving Care) Act 2000", "Keep in touch with young people as they leave care, and give each a pathway plan and a personal adviser."),
        ("Children Act 2004", "Cooperate with health, police, schools and other partners to improve children's well-being."),
        ("Children and Families Act 2014", "Avoid delay in adoption and support children with special educational needs and disabilities."),
        ("Children and Social Work Act 2017", "Keep the corporate parenting principles in mind and offer advisers to care leavers for longer."),
    ], True),
    ("h", "Working together"),
    ("p", "No single agency can keep a child safe. Schools, doctors, the police and voluntary groups see children our social workers may never meet. We expect every partner to share a worry early and to keep to what was agreed."),
    ("h", "Our values"),
    ("p", "We are honest with families about what worries us and why. We explain our decisions in plain words. We treat children as people with views of their own and build on what is going well."),
    ("h", "Lindenhay as corporate parent"),
    ("p", "Every councillor and every officer of the borough shares in the job of being a good parent to children in care and to care leavers. The law sets out seven principles for that job; the table gives each one and what it means for us in Lindenhay."),
    ("table", [
        ("Principle", "What it means in Lindenhay"),
        ("Best interests", "We act in the child's best interests and look after their physical and mental health."),
        ("Being heard", "We encourage children to tell us what they want, need and feel."),
        ("Taking views into account", "What children tell us changes what we decide."),
        ("Using services", "We help children find and use the services the borough and its partners provide."),
        ("High hopes", "We expect a great deal of and for every child, and we help them reach it."),
        ("Safety and stability", "We keep children safe and give them steady homes, friendships, schooling and work."),
        ("Getting ready for adult life", "We prepare young people for living on their own and for adulthood."),
    ], True),
    ("h", "Our practice model"),
    ("p", "Our social workers practise Keelway, the model Lindenhay adopted in 2023. Keelway asks workers to find the steady relationships in a child's life and to build plans around them."),
    ("h", "Principles of practice"),
    ("p", "Help should come early. We try everything reasonable to keep a child at home. Where a child cannot live with their parents, we look first to grandparents, aunts, uncles and family friends."),
    ("p", "Every child in care needs to know where they will grow up. A plan for a permanent home is agreed within three months of the child coming into care, and it is reviewed at each review of the care plan."),
    ("p", "Care leavers keep a personal adviser until they are 21. Those who are in education, in training or on an apprenticeship keep their adviser until they are 25. We consult children and young people when we change the services they use."),
    ("h", "Sharing information"),
    ("p", "Information about a child is shared when it is needed to keep that child or another person safe, and with the family's agreement wherever that can be sought without adding to the risk. Workers record what they shared, with whom and why."),
    ("h", "Document control"),
    ("table", [
        ("Summary of changes", "Date", "Version"),
        ("Chapter first issued in this form.", "12 June 2022", "4.0"),
        ("Practice model section rewritten for Keelway.", "3 October 2023", "4.1"),
        ("Legislation table brought up to date.", "15 November 2024", "4.2"),
        ("Care leavers' adviser offer extended to 25 for those in education, training or an apprenticeship.", "9 February 2026", "4.3"),
    ], True),
]

POLLARDINE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Pollardine District Council, Children's Social Care"),
    ("h", "Record of changes"),
    ("table", [
        ("Version", "Summary of changes", "Issued"),
        ("v7", "Care leavers section rewritten; all care leavers now keep a personal adviser to 25.", "November 2025"),
        ("v6", "Corporate parenting table added.", "July 2024"),
        ("v5", "Reissued with the new council branding.", "January 2023"),
    ], True),
    ("h", "Purpose"),
    ("p", "This chapter explains the ideas that hold Pollardine's children's social care together: what we believe about children and their families, which laws shape our work, and the principles we expect to see in every case file. It applies to every member of staff in children's social care and to the foster carers and residential workers who look after children for us."),
    ("h", "Legislation"),
    ("p", "The table sets out the laws that give this chapter its shape and the duty each one places on the council."),
    ("table", [
        ("Law", "Duty it places on the council"),
        ("Children Act 1989", "Safeguard children in need and provide care and accommodation for those who need it."),
        ("Children Act 2004", "Work with partner agencies so that children's well-being improves."),
        ("Children and Young Persons Act 2008", "Keep looked after children in stable placements and visit them regularly."),
        ("Children and Social Work Act 2017", "Act as a corporate parent and publish a local offer for care leavers."),
        ("Care Leavers (England) Regulations 2010", "Prepare a pathway plan for each care leaver and review it at least every six months."),
    ], True),
    ("h", "Shared responsibility"),
    ("p", "Keeping children safe is a task the council shares with everyone who works with them. Teachers, nurses, doctors, police officers and youth workers are often the first to notice that something is wrong, and they should raise it with us straight away. We will tell the person who raised a concern what happened next, as far as we are able to."),
    ("h", "Values"),
    ("p", "Pollardine's social workers are guests in family homes and should behave as guests: courteous, punctual and clear about why they have come. Children are entitled to know what is happening to them and to be told in words they understand. Families are more than their difficulties, and every assessment should say what a family does well."),
    ("h", "Corporate parenting"),
    ("p", "When a child comes into our care, the whole council becomes their parent. The principles in the table guide how councillors and officers carry out that role for looked after children and care leavers."),
    ("table", [
        ("Principle", "In practice"),
        ("Act in their best interests", "Ask of every decision whether it is good enough for our own child."),
        ("Encourage them to speak", "Give children time and many ways to say what they think."),
        ("Listen to what they say", "Show children how their views changed the plan."),
        ("Open doors to services", "Help children reach health, leisure and learning services."),
        ("Aim high", "Expect the best for every looked after child and back them to get it."),
        ("Keep them safe and settled", "Avoid needless moves of home or school."),
        ("Prepare them for independence", "Teach practical skills well before a young person leaves care."),
    ], True),
    ("h", "How we practise"),
    ("p", "Pollardine works to a practice model of its own, which we call Copperlight. Copperlight asks workers to look at a family's history alongside its present, to bring in the people the family trusts, and to agree small, clear steps that everyone can see being taken."),
    ("h", "Key principles"),
    ("p", "Early help: we offer support to families as soon as they need it, so that fewer children need to come into care."),
    ("p", "Family networks: relatives and friends are considered first when a child cannot remain at home."),
    ("p", "Permanence: a permanence plan is in place for every looked after child within four months of their becoming looked after."),
    ("p", "Leaving care: every care leaver can keep a personal adviser up to the age of 25, whatever they are doing at the time."),
    ("p", "Participation: looked after children help to design the services they use, through the council's children in care forum."),
    ("h", "Information sharing"),
    ("p", "Staff share information about a child or family when the law allows it and the child's safety or welfare requires it. They record what was shared and the reason. Where there is doubt, staff should speak to their manager before sharing, but doubt must never delay action to protect a child."),
]
# fmt: on

BUILDS = (
    (
        "39501",
        LINDENHAY,
        ".docx",
        "python-docx: Title, a council line, Heading 1, a 'Key information' label | value table with a bold header row, a Statute | What it asks of us table, a Principle | What it means table, a closing Summary of changes | Date | Version table oldest row first",
    ),
    (
        "39502",
        POLLARDINE,
        ".pdf",
        "python-docx printed to PDF by LibreOffice: Title, a council line, Heading 1, a 'Record of changes' table under the title (Version | Summary of changes | Issued, newest row first), a Law | Duty table, a Principle | In practice table, key principles as paragraphs",
    ),
)


def main() -> None:
    for number, blocks, suffix, about in BUILDS:
        target = HERE / NAMES[number]
        assert target.suffix == suffix
        data = styled_docx(blocks, STYLES)
        if suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        Path(f"{target}.md").write_text(blocks_note(blocks, SCRIPT, about), encoding="utf-8")
        print("wrote", target.name)


if __name__ == "__main__":
    main()
