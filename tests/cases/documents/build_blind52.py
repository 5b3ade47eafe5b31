# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the fifty-second blind set (5207, 5208).

5207 is a Word file whose headings are Word "Heading 1" paragraphs named by one word each
("Purpose", "Foundations", "Commitments", "Journey"...), two of them splitting the key
principles, with the corporate parenting principles in a List Number list and a closing version
line. 5208 is a Word document whose headings ("Heading 1") are questions and first-person promises
("Why does this chapter exist?", "We will not work alone"), with a "Version: v5" line under the
title and a "Next steps" heading over the contacts, printed to PDF by LibreOffice headless with a
running footer. Both chapters are written for this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind52.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
SALTMARSH = [
    ("title", "Saltmarsh Vale Council - Children's Services Policies, Values and Principles"),
    ("h", "Purpose"),
    ("p", "This chapter describes the values and principles that shape Saltmarsh Vale's services for children, young people and families. It applies to all Children's Services staff, to foster carers and to every organisation that provides a service for the council."),
    ("p", "In May 2025 this chapter was revised to describe the council's new offer to care leavers in higher education."),
    ("h", "Foundations"),
    ("p", "The chapter has regard to the following legislation and guidance:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Together"),
    ("p", "Keeping children safe is a job for the whole community. We work with health services, schools, the police, district councils and voluntary groups through the Saltmarsh Vale Safeguarding Children Partnership, and we expect every agency to share concerns early."),
    ("h", "Beliefs"),
    ("p", "We believe that every child deserves to be loved, listened to and kept safe. We are honest and respectful with families, we look for strengths as well as risks, and we do not give up on children when things are difficult."),
    ("h", "Commitments"),
    ("p", "As corporate parent of our Children in Care and care leavers, the council commits itself to the seven corporate parenting principles:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "to help them be safe and have stability in their homes, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Ambition"),
    ("p", "Our ambition is that every child in Saltmarsh Vale grows up safe, healthy and happy, in a family that can care for them, with the chance to fulfil their potential."),
    ("h", "Practice"),
    ("p", "Signs of Safety is the practice framework used by every team in Saltmarsh Vale. It helps workers and families to talk openly about worries and strengths and to write plans that families own."),
    ("h", "Outcomes"),
    ("p", "We want children to be healthy, safe, achieving at school, making friends and taking part in their communities, and ready for independence when the time comes."),
    ("h", "Belonging"),
    ("p", "Children belong with their families wherever that is safe. When a child cannot live at home, we consider relatives and friends first. Every child in care should have a permanence plan within 4 months of entering care, so that they know where they will grow up."),
    ("h", "Journey"),
    ("p", "Leaving care is a gradual journey. Each care leaver has a personal adviser until they reach 21. Where a young person is in higher education, that support continues to 25. Personal advisers help with housing, money, health and work."),
    ("h", "Plan"),
    ("p", "Our children's services plan for 2025 to 2028 sets three priorities: to help families sooner, to find more homes for children within the district, and to hear children's voices in every decision we make."),
    ("h", "Privacy"),
    ("p", "Information about children and families is confidential. We share it only when the law allows, when it is needed to protect a child or to provide a service, and we tell families what we have shared unless that would put a child at risk."),
    ("h", "Contacts"),
    ("p", "Children's Services Policy Team, Saltmarsh Vale Council, The Guildhall, Saltmarsh. Telephone 01632 960 877."),
    ("p", "Version 2.3"),
]

PENNIGATE = [
    ("title", "Pennigate Borough Council: Children's Services Policies, Values and Principles"),
    ("p", "Version: v5"),
    ("h", "Why does this chapter exist?"),
    ("p", "This chapter is the foundation of Pennigate's children's social care procedures. It tells staff, partners and families what we value and how we intend to work, and every other chapter should be read in its light."),
    ("p", "This chapter was brought up to date in October 2024 to reflect the council's new plan for children's services."),
    ("h", "What the law asks of us"),
    ("p", "Our duties come from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("h", "We will not work alone"),
    ("p", "Protecting children is a shared task. Pennigate works with the police, health services, schools and the voluntary sector through the safeguarding partnership, and we share information with them so that no warning sign is missed."),
    ("h", "What we stand for"),
    ("p", "We stand for fairness, honesty and respect. We listen to children and take what they say seriously, we are open with parents about our concerns, and we are proud of the families we work with when they make changes."),
    ("h", "We will be the parent every child deserves"),
    ("p", "The council is corporate parent to all Children Looked After and care leavers. We will have regard to the seven corporate parenting principles:"),
    ("n", "act in their best interests, and promote their physical and mental health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take their views, wishes and feelings into account;"),
    ("n", "help them gain access to, and make the best use of, services;"),
    ("n", "promote high aspirations, and seek to secure the best outcomes for them;"),
    ("n", "help them to be safe, and to have stability in their home lives, relationships and education or work;"),
    ("n", "prepare them for adulthood and independent living."),
    ("h", "Where are we heading?"),
    ("p", "Our vision is a Pennigate where children are safe and thriving, where families get the right help at the right time, and where every child we look after has a stable and loving home."),
    ("h", "How do we help families change?"),
    ("p", "We use the Family Safeguarding model. Social workers and adult specialists work in one team, using motivational conversations to help parents tackle the problems that affect their children."),
    ("h", "We will measure what matters"),
    ("p", "We will know we are succeeding when children are healthy, safe, learning well, listened to and ready for adult life."),
    ("h", "Home for good"),
    ("p", "Children are best brought up in their own families. If a child cannot return home, we will plan for permanence early: each Child Looked After should have a permanence plan within three months of coming into care."),
    ("h", "What happens when a child leaves our care?"),
    ("p", "Care leavers receive support from a personal adviser up to 21 (25 if in education or training). Their pathway plan covers housing, health, money and education or work, and they can return to us for advice at any time."),
    ("h", "Our plan for the next three years"),
    ("p", "Our strategy focuses on early help, on keeping families together safely, and on improving the stability of homes for children in care. Progress is reported to councillors every six months."),
    ("h", "Keeping things private"),
    ("p", "We keep personal information securely and share it only where it is lawful and necessary to safeguard or support a child."),
    ("h", "Next steps"),
    ("p", "For questions about this chapter contact the Quality Assurance Service, Pennigate Civic Offices (qa.childrens@pennigate.example.gov.uk)."),
]
# fmt: on

FOOTER_5208 = "Pennigate Borough Council - Children's Services Procedures"


def saltmarsh_docx() -> bytes:
    import docx

    document = docx.Document()
    for kind, text in SALTMARSH:
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


def pennigate_docx() -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].footer.paragraphs[0].text = FOOTER_5208
    for kind, text in PENNIGATE:
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


def to_pdf(data: bytes, target: Path) -> None:
    from build_binary_tools import docx_to_pdf

    docx_to_pdf(data, target)


def note(blocks: list[tuple[str, str]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, "build_blind52.py", about)


def main() -> None:
    from build_binary import _with_fixed_zip_times

    word = HERE / "5207-docx-one-word-heading-labels-split-principles-version.docx"
    word.write_bytes(_with_fixed_zip_times(saltmarsh_docx()))
    word.with_name(word.name + ".md").write_text(
        note(SALTMARSH, "one-word Heading 1 labels, List Bullet and List Number lists"),
        encoding="utf-8",
    )
    pdf = HERE / "5208-pdf-lo-question-and-promise-headings-next-steps.pdf"
    to_pdf(pennigate_docx(), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        note(
            PENNIGATE,
            "question and promise Heading 1 headings, printed to PDF by LibreOffice, footer",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
