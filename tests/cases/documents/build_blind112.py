# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF documents of the hundred-and-twelfth blind set (11204, 11205): whole
chapters of invented councils, each adapted from the common template chapter as councils do:
sections re-ordered, two sections merged under one heading, headings renamed by meaning, a
local procedural section added, one section dropped and one section's heading taken away so that
it runs on after the section before it.

    11204  Word: Title style, numbered Heading 1 headings named by meaning; the vision first,
           then the law; "Our model and our strategy" holding both; confidentiality running on
           un-headed after the principles; a local "Supervision and case file audits" section.
    11205  PDF printed by LibreOffice from Word: numbered Heading 2 headings; "Outcomes and
           principles" holding both; the vision running on un-headed after corporate parenting;
           a local "Learning and development for staff" section.

11201 (.txt), 11202 (.md) and 11203 (.html) are written by hand. All in our own words (invented
councils).

usage: .venv/bin/python tests/cases/documents/build_blind112.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
MARROWBY = [
    ("title", TITLE),
    ("h1", "Scope of this chapter"),
    ("p", "This chapter applies to all staff of Marrowby County Council Children's Services and to the agencies we commission. It explains why we work as we do and the principles that the rest of the manual follows."),
    ("p", "In January 2026 this chapter was amended to describe Family Safeguarding, which replaced our earlier practice model, and to add the section on supervision and case file audits."),
    ("h1", "1. Our approach and the reasons for it"),
    ("p", "Marrowby wants children to grow up in families that are safe, stable and able to give them a good start. Our vision is that children are helped early, by people who know them, and that the council steps in with statutory powers only when that help is not enough. The rationale is simple: children do better when they stay connected to the people who love them."),
    ("h1", "2. The legal framework"),
    ("p", "This policy sets out the framework within which Marrowby Children's Services works with children, young people and their families. The main statutes are:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Children (Leaving Care) Act 2000"),
    ("li", "Children and Young Persons Act 2008"),
    ("li", "Children and Families Act 2014"),
    ("li", "Children and Social Work Act 2017"),
    ("p", "The policy covers our work with children in need, children subject to protection plans, Cared for Children and care leavers."),
    ("h1", "3. The council as a parent"),
    ("p", "When a child comes into our care, Marrowby County Council becomes their corporate parent. Councillors and officers are expected to ask of every decision whether it is what a good parent would want for their own child, and the council applies the corporate parenting principles in all its dealings with Cared for Children and care leavers. The Corporate Parenting Panel meets every two months and hears directly from the Children in Care Council."),
    ("h1", "4. Our model and our strategy"),
    ("p", "Marrowby practises Family Safeguarding. Children's social workers work in the same teams as specialist adult workers for domestic abuse, mental health and drug and alcohol use, so that parents get help with the difficulties that put their children at risk. Teams use motivational interviewing and a shared electronic workbook for each family."),
    ("p", "Our strategy over the next four years is to bring early help and social work into one service in each of the county's three districts, to reduce the number of children who need to come into care, and to spend the money saved on support for families and for care leavers. Progress is reported every quarter to the Children's Services Improvement Board."),
    ("h1", "5. Principles we hold to"),
    ("p", "We will work to keep children safely within their families, and we will look first to relatives and friends when a child cannot live at home. Brothers and sisters will be placed together wherever possible."),
    ("p", "Every Cared for Child will have a permanence plan within five months of coming into care. Every care leaver can have a personal adviser up to the age of 25."),
    ("p", "Children, parents and carers will be consulted about plans and services, and children will be told how to get an advocate."),
    ("p", "Information about children and families is held in confidence. Staff share it with other professionals only where the law allows and where sharing is needed to keep a child safe or to meet their needs, and they record each decision to share on the child's file."),
    ("h1", "6. Supervision and case file audits"),
    ("p", "Every social worker has formal supervision at least once a month, recorded on the case management system. Team managers audit two case files each month using the county's audit tool, and the findings are discussed with the worker within ten working days."),
]

STRELLING = [
    ("title", TITLE),
    ("h2", "About this chapter"),
    ("p", "This chapter sets out the values and principles that guide Strelling Borough Council Children's Services. It should be read before any other chapter of the manual."),
    ("p", "This chapter was amended in September 2023 to update the list of legislation and to add the section on learning and development for staff."),
    ("h2", "1. Our values"),
    ("p", "We believe that children should be listened to, kept safe and given every chance to flourish. We are open and honest with families, we treat people with respect whatever their background, and we do what we say we will do."),
    ("h2", "2. Legal context"),
    ("p", "This policy sets out the framework within which Strelling Children's Services works with children and families. It is underpinned by legislation including:"),
    ("li", "Children Acts 1989 and 2004;"),
    ("li", "Children (Leaving Care) Act 2000;"),
    ("li", "Care Standards Act 2000;"),
    ("li", "Human Rights Act 1998;"),
    ("li", "United Nations Convention on the Rights of the Child;"),
    ("li", "Adoption and Children Act 2002;"),
    ("li", "Data Protection Act 2018;"),
    ("li", "Children and Families Act 2014;"),
    ("li", "Children and Social Work Act 2017;"),
    ("li", "Equality Act 2010."),
    ("p", "It applies to our work with children in need and Looked After Children, which is carried out together with the rest of the council and with partner agencies."),
    ("h2", "3. Sharing responsibility"),
    ("p", "Keeping children safe is a shared responsibility. Health services, schools, the police and the voluntary sector each have duties of their own, and Working Together to Safeguard Children expects every agency to share information promptly and to take part in assessments and plans. Strelling's safeguarding partners publish their arrangements each year."),
    ("h2", "4. Outcomes and principles"),
    ("p", "We want every child in Strelling to be healthy, safe and happy, to achieve at school, to make a positive contribution to their community and to reach adulthood with the skills they need for work and independent life."),
    ("p", "Our work with families follows clear principles. Children should live with their own families where it is safe; if not, we look to their wider family and friends first. A permanence plan should be agreed by the second review and at the latest within four months of a child becoming looked after. Care leavers are supported by a personal adviser until they are 21, and until 25 if they ask for it. Children and families are consulted on all plans."),
    ("h2", "5. Corporate parenting"),
    ("p", "Strelling Borough Council is the corporate parent of its Looked After Children and care leavers. The Children and Social Work Act 2017 sets out seven corporate parenting principles, and the council has regard to them in all of its functions:"),
    ("li", "acting in children's best interests and promoting their health and well-being;"),
    ("li", "encouraging them to express their views, wishes and feelings;"),
    ("li", "taking those views, wishes and feelings into account;"),
    ("li", "helping them to use services provided by the council and its partners;"),
    ("li", "promoting high aspirations and the best outcomes;"),
    ("li", "keeping them safe, with stability at home, in relationships and in education or work;"),
    ("li", "preparing them for adulthood and independent living."),
    ("p", "Our vision is for Strelling to be a borough where children are proud to grow up: where families get the right help at the right time, where children in care do as well as their classmates, and where every young person leaves our care with a home, a trusted adult and a plan for the future."),
    ("h2", "6. Information and confidentiality"),
    ("p", "Information about children and families is confidential and is kept securely. It is shared with other agencies only where the law permits it and where it is in the child's interests or needed to protect them, and each decision to share is recorded."),
    ("h2", "7. Learning and development for staff"),
    ("p", "New social workers complete the Strelling induction programme within their first three months. All practitioners must complete the council's safeguarding training every two years, and managers keep a record of the training each member of their team has done."),
]

FILES = {
    "11204-docx-numbered-h1-vision-first-merged-model-strategy-unheaded-confidentiality-audits.docx": MARROWBY,
    "11205-pdf-lo-numbered-h2-merged-outcomes-principles-unheaded-vision-training.pdf": STRELLING,
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
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


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
                [
                    ("b" if kind == "li" else "h" if kind.startswith("h") else kind, text)
                    for kind, text in blocks
                ],
                "build_blind112.py",
                "Title style title, numbered headings named by meaning, one merged heading, one section run on un-headed",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
