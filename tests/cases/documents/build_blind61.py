# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the sixty-first blind set (6106, 6107).

6106 is a Word file whose chapter opens with "Heading 1" headings typed with their numbers,
then goes on under bold Normal paragraphs standing as headings (no number, no heading style),
with un-headed stretches of other topics between them, and an appendix holding the corporate
parenting principles after the body, closed by a version line. 6107 is a Word document printed
to PDF by LibreOffice headless, with a running footer: its first half is headed, its second
half loses its headings until one comes back near the end, and two appendices follow. Both
chapters are written for this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind61.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
KESTREL_MOOR = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "1. Introduction"),
    ("p", "This chapter sets out the framework of law, values and principles within which Kestrel Moor Metropolitan Borough Council provides social care to children and their families. It is the chapter that every other procedure in this manual builds on."),
    ("p", "The main legislation is:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "These procedures apply to everyone who works in Kestrel Moor's children's services, whether they are employed by the Council, placed by an agency or commissioned to provide a service. The chapter was amended in March 2025 to move the corporate parenting principles into an appendix and to bring the leaving care paragraph into line with the local offer."),
    ("h", "2. Working Together"),
    ("p", "The Council cannot keep children safe by itself. Kestrel Moor's schools, health services, police and voluntary organisations are partners in every stage of our work, from early help to care proceedings, and the safeguarding partnership sets out how concerns about a child are shared and acted on across the borough."),
    ("bold", "Our values"),
    ("p", "We listen to children and take what they say seriously. We are honest with families, including when the news is hard. We treat people fairly and challenge discrimination. We take responsibility for our work and for putting things right when we get them wrong."),
    ("p", "Our ambition is that by 2030 Kestrel Moor will be a borough where children grow up in safe and loving homes, where families can ask for help without fear, and where children who have been in care go on to lead happy and successful adult lives, just as their friends do."),
    ("bold", "Corporate parenting"),
    ("p", "Every Child in Care in Kestrel Moor has the whole Council as their corporate parent. Councillors on the Corporate Parenting Board meet Children in Care regularly, visit their homes and follow their progress at school. The Board uses the seven corporate parenting principles, which are listed in the appendix to this chapter, to judge whether the Council is doing all that a good parent would."),
    ("bold", "How we work"),
    ("p", "We help families as early as we can and keep children with their families when it is safe to do so. If a child cannot stay at home, we look for relatives or family friends who could care for them, and we keep brothers and sisters together wherever possible."),
    ("p", "Each Child in Care has a permanence plan agreed within four months of coming into care, so that they know where they will grow up."),
    ("p", "Care leavers can have a personal adviser until they are 21, and up to 25 for those who need continuing support. They keep the same adviser wherever possible."),
    ("p", "Over the coming three years the service will concentrate on three things: recruiting more of our own foster carers, so that children can stay close to their schools and friends; strengthening our early help offer in each of the borough's four localities; and reducing our reliance on agency social workers."),
    ("p", "Information about children and families is kept confidential. It is shared with other professionals only when that is necessary to protect a child or to provide a service, and always in line with data protection law and the Council's information sharing agreement."),
    ("h", "Appendix: The Corporate Parenting Principles"),
    ("p", "In carrying out its functions the Council must have regard to the need:"),
    ("n", "to act in the best interests, and promote the physical and mental health and well-being, of children and young people;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the Council and its relevant partners;"),
    ("n", "to promote high aspirations, and seek to secure the best outcomes, for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("p", "Version 2.3"),
]

PELHAM_CROSS = [
    ("title", "Policies, Values and Principles"),
    ("h", "Scope of this Chapter"),
    ("p", "This chapter applies to all staff working in Pelham Cross City Council's children's social care services and to those who provide services for the Council. It explains the legal framework, values and principles of the service."),
    ("p", "Amended in June 2025: the section on permanence was revised and a glossary was added."),
    ("h", "1. Introduction"),
    ("p", "This policy sets out the framework within which Pelham Cross City Council carries out its duties to children and families. Those duties are found mainly in the following Acts of Parliament:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Data Protection Act 2018"),
    ("h", "2. Our Values"),
    ("p", "We believe every child deserves to be safe, to be loved and to be given the chance to do well. We treat children and their families with dignity, we are open about our concerns, and we work with families as partners wherever we can."),
    ("p", "The City Council is the corporate parent of all Looked After Children and care leavers. Councillors and senior officers sit on the Corporate Parenting Panel, which meets every six weeks, listens to the Children in Care Council and reports to Cabinet each year. The Panel follows the seven corporate parenting principles in everything it considers."),
    ("p", "Social workers in Pelham Cross use Signs of Safety to assess risk and to build safety plans with families, and the service has trained its residential and family support staff in Restorative Practice, so that conflict is resolved by putting relationships right rather than by sanctions."),
    ("p", "We want our children to be healthy, to be safe, to do well in education, to feel that they belong, and to leave childhood ready for work and for a home of their own."),
    ("p", "Children should be supported to live with their families wherever it is safe. Where they cannot, we look first to the wider family. Every Looked After Child has a permanence plan within six months of entering care, and the plan is checked by the Independent Reviewing Officer at each review. Care leavers are entitled to a personal adviser until the age of 25."),
    ("h", "Our Strategy"),
    ("p", "The Children's Services Strategy for 2024 to 2027 commits the City Council to earlier help for families, more homes for children inside the city, and a stable and well-supported workforce. Progress is reported to the Children's Services Scrutiny Committee twice a year."),
    ("p", "Staff keep information about children and families securely and share it only in accordance with the law and the Council's information governance policies."),
    ("h", "Appendix A: Glossary"),
    ("p", "Corporate parent: the Council acting as a parent for the children it looks after."),
    ("p", "Permanence plan: the plan that sets out how and where a child will grow up."),
    ("h", "Appendix B: Key Contacts"),
    ("p", "Head of Service, Corporate Parenting: 01632 961 204"),
    ("p", "Principal Social Worker: 01632 961 219"),
]

FOOTER_6107 = "Pelham Cross City Council - Children's Social Care Procedures"
# fmt: on


def _docx(blocks: list[tuple[str, str]], footer: str | None = None) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    if footer is not None:
        document.sections[0].footer.paragraphs[0].text = footer
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "bold":
            document.add_paragraph().add_run(text).bold = True
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

    plain = [("p", f"**{text}**") if kind == "bold" else (kind, text) for kind, text in blocks]
    return blocks_note(plain, "build_blind61.py", about)


def main() -> None:
    from build_binary import _with_fixed_zip_times

    word = (
        HERE
        / "6106-docx-numbered-heading1-then-bold-lines-unheaded-vision-strategy-appendix-principles.docx"
    )
    word.write_bytes(_with_fixed_zip_times(_docx(KESTREL_MOOR)))
    word.with_name(word.name + ".md").write_text(
        note(
            KESTREL_MOOR,
            "Heading 1 headings typed with numbers, then bold Normal lines as headings, un-headed stretches, appendix",
        ),
        encoding="utf-8",
    )
    pdf = (
        HERE / "6107-pdf-lo-headed-first-half-unheaded-second-half-strategy-returns-appendices.pdf"
    )
    to_pdf(_docx(PELHAM_CROSS, FOOTER_6107), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        note(
            PELHAM_CROSS,
            "Heading 1 first half, un-headed second half, one heading back, appendices; printed to PDF by LibreOffice, footer",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
