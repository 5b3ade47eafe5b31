# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-twenty-eighth blind set's Word and PDF files (22801-22803).

Three invented councils' adaptations of the common template chapter "Children's Services
Policies, Values and Principles", written for this set in our own words, every heading renamed:

- 22801 Word: Title and Heading 1 styles; the law and the partners merged under one heading.
- 22802 Word: no heading styles at all, the title and every heading a bold Normal paragraph
  (the title 15 pt, the headings 12 pt, the body 11 pt); the principles split in two.
- 22803 PDF: a Word file with Title and Heading 1 styles printed to PDF by LibreOffice
  (soffice --headless --convert-to pdf); a local section, "Our children's voices".

usage: python tests/cases/documents/build_blind228.py   (needs python-docx and LibreOffice)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind228.py"

# (kind, text): "title" the title, "h" a heading, "p" a Normal paragraph, "b" a List Bullet
# paragraph, "n" a List Number paragraph.
Block = tuple[str, str]

# fmt: off
HARNWICK: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "What this chapter is for"),
    ("p", "This chapter comes first in Harnwick City Council's children's services procedures because every other procedure rests on it. It says what we believe about children and families, and how we expect staff to record, to keep confidences and to ask children and parents for their views."),
    ("p", "Amended in October 2025: the part on care leavers now reflects the council's decision to extend personal advisers to 25 for young people still learning, and the list of Acts was checked."),
    ("h", "Our legal footing and our partners"),
    ("p", "Harnwick's children's services work inside a framework set by Parliament. The Acts we rely on most are:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "We also follow the government's statutory guidance, above all Working Together to Safeguard Children."),
    ("p", "Keeping children safe is never a job for one organisation. Harnwick's schools, GPs, hospital trust, police and voluntary groups see children every day that our social workers may never meet, and the Harnwick Safeguarding Children Partnership sets out how each of them shares the work and how we hold one another to account."),
    ("h", "The way we treat people"),
    ("p", "We are honest with families, even when the news is unwelcome. We are respectful of the knowledge parents and children have about their own lives. We are reliable, so that a child can count on an adult turning up when they said they would. And we are ambitious for every child we work with."),
    ("h", "Harnwick as a corporate parent"),
    ("p", "Every councillor and every officer of Harnwick City Council shares the duty of parent to the city's Looked After Children and care leavers. Section 1 of the Children and Social Work Act 2017 sets out seven principles that guide how we carry out that duty:"),
    ("n", "to act in the best interests of children and young people and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services the council and its partners provide;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe, and to have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "What we hope for Harnwick's children"),
    ("p", "We want every child in Harnwick to grow up safe and loved, to do well at school, to be healthy in body and mind, and to leave childhood with people around them who will still be there when they are grown."),
    ("h", "How our social workers practise"),
    ("p", "Since 2023 Harnwick has used Signs of Safety across its children's social care teams. Social workers map with each family what is going well, what worries everyone and what needs to happen next, and write plans in words the family can understand."),
    ("h", "Principles for planning a child's life"),
    ("p", "Children are best brought up by their own families, and we will offer help early so that as many children as possible can stay at home safely. Where they cannot, we look first to relatives and friends who already know the child."),
    ("p", "A Looked After Child should know as soon as possible where they will grow up. A permanence plan is agreed within three months of the child becoming looked after and checked at every review."),
    ("p", "Care leavers keep a personal adviser until they are 21, and until 25 if they are in education or training."),
    ("h", "Keeping information safe"),
    ("p", "What families tell us is treated as confidential. We share it with other professionals only when the law allows it and the child's safety or welfare needs it, and we write down what we shared, with whom and why."),
]

OXENBY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "About these pages"),
    ("p", "Oxenby Borough Council's children's services procedures start here. The pages below set the policy that every later procedure follows, for social workers, personal advisers, family support workers and their managers."),
    ("p", "This chapter was updated in April 2026 to name the borough's practice model and to add the new leaving care offer."),
    ("h", "Why we do this work"),
    ("p", "The council's duties to children come from law: the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. We also work within the statutory guidance that goes with them."),
    ("h", "Working with others"),
    ("p", "Oxenby's health services, schools, police and community organisations each carry part of the job of keeping children safe. The borough's safeguarding partners agree the local arrangements and publish a report each year on how well they are working."),
    ("h", "What guides us"),
    ("p", "Four beliefs run through our work. Children come first in every decision. Families are our partners and not our opponents. Difference is something to be understood and valued. And staff who are supported and listened to give children a better service."),
    ("h", "Being a good parent to children in care"),
    ("p", "The council as a whole acts as parent to Oxenby's Children in Care and its care leavers. When councillors and officers make decisions about these young people they keep in mind the seven corporate parenting principles: acting in each young person's best interests, listening to their views, taking those views seriously, helping them use the services on offer, expecting the best for them, keeping them safe and settled, and preparing them for adult life."),
    ("p", "The Corporate Parenting Panel, which the Leader of the council chairs, meets every other month with members of the Children in Care Council."),
    ("h", "The Oxenby approach"),
    ("p", "All of our locality teams now work to the Family Safeguarding model. Each team brings together social workers, a domestic abuse worker, an adult mental health practitioner and a drug and alcohol worker, so that a parent's own difficulties are tackled alongside the child's needs."),
    ("h", "Home comes first"),
    ("p", "Most children are safest and happiest with their own family. We offer help before problems take hold, and when a child cannot stay with their parents we ask grandparents, aunts, uncles and family friends to care for them before we turn to people the child has never met."),
    ("h", "A settled future"),
    ("p", "No child in our care should wait to know where they will grow up. Their permanence plan is agreed within four months of their coming into care."),
    ("p", "Leaving care does not mean leaving us. Every care leaver can have a personal adviser until they reach 21, and until 25 for every care leaver who asks."),
    ("h", "What success looks like"),
    ("p", "We will know we are doing well when fewer children need to come into care, when children in care move home and school less often, and when care leavers are in work, training or education and living somewhere safe."),
    ("h", "Confidentiality"),
    ("p", "Personal information about children and families is held securely and used only for the purpose it was given. It is shared with other agencies when a child's safety depends on it or when the family agrees."),
    ("p", "Version 3.2"),
]

THISTLEMERE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Purpose and latest changes"),
    ("p", "Thistlemere County Council sets out in this chapter the policy, values and principles behind all of its work with children and families. It applies to every member of staff in children's social care and to the providers who care for children on the council's behalf."),
    ("p", "Revised in January 2025 to add a section on how children's views shape our services."),
    ("h", "The laws behind our work"),
    ("p", "Our duties are set by the Children Act 1989, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the guidance issued under them."),
    ("h", "Agencies working together"),
    ("p", "The county's safeguarding partnership, led jointly by the council, the integrated care board and Thistlemere Constabulary, brings schools, health services and voluntary groups into one set of arrangements for keeping children safe."),
    ("h", "What we stand for"),
    ("p", "We put children at the centre. We build on what families can already do. We are open about our worries and our reasons. We keep learning from children, from families and from our mistakes."),
    ("h", "Our children's voices"),
    ("p", "Children and young people in Thistlemere help to run the services they use. Cared for Children meet every month as the Children in Care Council, young inspectors visit our children's homes, and care-experienced young people sit on the interview panels for senior posts."),
    ("p", "Every child we work with is asked what they think before a plan is made about them, and can have an independent advocate to help them say it."),
    ("h", "Our duties as corporate parent"),
    ("p", "Thistlemere County Council is the corporate parent of every Cared for Child and care leaver in the county. We follow the seven corporate parenting principles in section 1 of the Children and Social Work Act 2017 and test our decisions against them."),
    ("h", "Practice in Thistlemere"),
    ("p", "Our model of practice is Restorative Practice: we work with families rather than doing things to them or for them, combining high support with high challenge."),
    ("h", "How we plan for children"),
    ("p", "We help children to live safely with their own families wherever we can. When a child comes into care, a plan for where they will live permanently is agreed within six months. Every care leaver can have a personal adviser until they are 25."),
    ("h", "Outcomes we are aiming for"),
    ("p", "We want Cared for Children to be healthy, to attend school regularly and make good progress, to have homes that last, and to leave care with a place to live and a job, course or apprenticeship to go to."),
    ("h", "Handling personal information"),
    ("p", "We record accurately, keep records secure and share information only where it is lawful and necessary to protect a child or to give them the help they need."),
]
# fmt: on


def _heading_styles(blocks: list[Block]) -> bytes:
    """Word's own styles: Title for the title, Heading 1 for every heading."""
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _bold_normal(blocks: list[Block]) -> bytes:
    """No heading styles: the title and each heading a Normal paragraph with one bold run."""
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        if kind == "b":
            document.add_paragraph(text, style="List Bullet")
            continue
        paragraph: Any = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind in ("title", "h"):
            run.bold = True
            run.font.size = Pt(15 if kind == "title" else 12)
    return saved_docx(document)


# fmt: off
FILES: dict[str, tuple[list[Block], str]] = {
    "22801-docx-heading-styles-renamed-headings-law-and-partners-merged-five-acts-bulleted-seven-numbered-signs-of-safety-three-months-21-or-25-education-lac.docx": (HARNWICK, "python-docx, Title and Heading 1 styles, Acts in List Bullet, principles in List Number"),
    "22802-docx-bold-normal-headings-no-styles-principles-split-in-two-six-acts-in-prose-seven-in-prose-family-safeguarding-four-months-21-or-25-on-asking-version-line-children-in-care.docx": (OXENBY, "python-docx, no heading styles: the title a bold 15 pt Normal paragraph, each heading a bold 12 pt Normal paragraph over 11 pt body text"),
    "22803-pdf-lo-heading-styles-local-childrens-voices-section-four-acts-seven-named-restorative-six-months-25-for-all-cared-for.pdf": (THISTLEMERE, "a python-docx file with Title and Heading 1 styles printed to PDF by LibreOffice"),
}
# fmt: on


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, (blocks, about) in FILES.items():
        target = HERE / name
        if name.startswith("22802"):
            target.write_bytes(_bold_normal(blocks))
        elif target.suffix == ".pdf":
            docx_to_pdf(_heading_styles(blocks), target)
        else:
            target.write_bytes(_heading_styles(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(blocks, SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
