# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the seventy-second blind set (7204, 7205).

7204 is a Word file whose headings are Word "Heading 1" paragraphs named by one abstract word
each ("Purpose", "Foundations", "Alliances", "Convictions", "Commitments", "Direction", "Method",
"Measures", "Permanence", "Transition", "Priorities", "Confidentiality"), with the corporate
parenting principles in a List Number list and a closing version line. 7205 is a Word document
whose "Heading 1" headings name sections by meaning, two of them misleading ("Keeping children
safe" over the legislation list, "Looking ahead" over the support for care leavers), printed to
PDF by LibreOffice headless with a running footer. Both chapters are written for this set
(invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind72.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
GARNSEY = [
    ("title", "Garnsey Moor Council - Children's Services Policies, Values and Principles"),
    ("h", "Purpose"),
    ("p", "This chapter sets out the values and principles on which Garnsey Moor's Children's Services are built. It applies to all staff in the directorate, to our foster carers and to every provider that works with children on the council's behalf."),
    ("p", "The chapter was amended in August 2024 to reflect the council's revised plan for children and families."),
    ("h", "Foundations"),
    ("p", "This chapter has regard to the following legislation and guidance:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Alliances"),
    ("p", "Safeguarding children is everyone's business. Garnsey Moor works with schools, health services, the police, housing and the voluntary sector through the Garnsey Moor Safeguarding Children Partnership, and each partner agency is expected to share its concerns at the earliest point."),
    ("h", "Convictions"),
    ("p", "We are convinced that children do best when they are loved, listened to and kept safe in their own families. We treat families with respect, we are open about our concerns, and we build on the strengths that every family has."),
    ("h", "Commitments"),
    ("p", "As corporate parent to its Children Looked After and care leavers, Garnsey Moor Council commits to the seven corporate parenting principles:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "to help them be safe and have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Direction"),
    ("p", "Our vision is for every child in Garnsey Moor to grow up safe, happy and healthy, in a family that loves them, and to leave childhood with the confidence and skills to make a good life."),
    ("h", "Method"),
    ("p", "Every team in Garnsey Moor practises Family Safeguarding. Social workers, domestic abuse workers, mental health practitioners and substance misuse workers share one team, so that parents get help with the problems that put their children at risk."),
    ("h", "Measures"),
    ("p", "We measure our success by the lives of children: whether they are healthy, safe from harm, learning and achieving, heard in the decisions that affect them, and prepared for the adult world."),
    ("h", "Permanence"),
    ("p", "Children should grow up with their own families wherever that is safe. Where a child cannot remain at home, relatives and friends are considered first, and each child should have a permanence plan within three months of becoming looked after."),
    ("h", "Transition"),
    ("p", "Leaving care is a step we take alongside each young person. Care leavers have a personal adviser until they reach 21. Where they ask for it, that support continues until 25. Advisers help with housing, benefits, health, education and employment."),
    ("h", "Priorities"),
    ("p", "Our plan for 2024 to 2027 has three priorities: earlier help for families, more local homes for children in our care, and a stable and skilled workforce."),
    ("h", "Confidentiality"),
    ("p", "Personal information is held securely and shared only where the law permits and where sharing is necessary to protect a child or to provide a service, in line with the data protection legislation."),
    ("p", "Version 7"),
]

FERNLEY = [
    ("title", "Fernley Cross Borough Council: Children's Services Policies, Values and Principles"),
    ("h", "Why this chapter matters"),
    ("p", "This chapter is the starting point for all of Fernley Cross's children's social care procedures. It sets out the values we hold and the principles we work by, for staff, carers, partners and families alike."),
    ("p", "This chapter was amended in December 2024 to bring the support offered to care leavers up to date."),
    ("h", "Keeping children safe"),
    ("p", "The council's duties are set out in the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "No agency stands alone"),
    ("p", "Children are kept safe when agencies work as one. Fernley Cross works with the police, health, schools and community groups through the Fernley Cross Safeguarding Children Partnership, and we share information with them whenever a child may be at risk."),
    ("h", "What matters to us"),
    ("p", "Respect, honesty and hope matter to us. We listen to children and families, we explain our decisions, and we believe that people can change when they are given the right support."),
    ("h", "The council as parent"),
    ("p", "Fernley Cross Borough Council is the corporate parent of all its Cared for Children and care leavers. In all its work it will have regard to the seven corporate parenting principles:"),
    ("n", "to act in the best interests of the child and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "to help them be safe and have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Our way of working"),
    ("p", "Fernley Cross practitioners use Systemic Practice. They look at the relationships around a child as a whole, and work with the family's own explanations of what is happening to find change that lasts."),
    ("h", "Signs that children are thriving"),
    ("p", "Children are thriving when they are healthy and safe, when they go to school and make progress, when they have people and activities they enjoy, and when they are ready for the next stage of their lives."),
    ("h", "A permanent home"),
    ("p", "Every Cared for Child needs to know where they will grow up. Family and friends are considered first. A permanence plan should be in place within six months of a child coming into care."),
    ("h", "Looking ahead"),
    ("p", "Care leavers are supported by a personal adviser until they are 21, or until they are 25 if they are in education or training. Their pathway plan sets out the help they will get with housing, money, health and work."),
    ("h", "Handling personal information"),
    ("p", "Information about children and families is confidential. We share it only when the law allows and when it is needed to safeguard a child or to deliver a service, and we keep it no longer than we need to."),
    ("h", "Getting in touch"),
    ("p", "Questions about this chapter should be sent to the Practice Improvement Team, Fernley Cross Town Hall (practice@fernleycross.example.gov.uk)."),
]
# fmt: on

FOOTER_7205 = "Fernley Cross Borough Council - Children's Social Care Procedures"


def _docx(blocks: list[tuple[str, str]], footer: str | None = None) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
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
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def note(blocks: list[tuple[str, str]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, "build_blind72.py", about)


def main() -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import docx_to_pdf

    word = HERE / "7204-docx-one-word-abstract-labels-direction-measures.docx"
    word.write_bytes(_with_fixed_zip_times(_docx(GARNSEY)))
    word.with_name(word.name + ".md").write_text(
        note(GARNSEY, "one-word abstract Heading 1 labels, List Bullet and List Number lists"),
        encoding="utf-8",
    )
    pdf = HERE / "7205-pdf-lo-misleading-headings-keeping-safe-looking-ahead.pdf"
    docx_to_pdf(_docx(FERNLEY, FOOTER_7205), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        note(
            FERNLEY,
            "meaning Heading 1 headings, two misleading, printed to PDF by LibreOffice, footer",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
