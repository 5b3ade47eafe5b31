# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the fifty-sixth blind set (5606, 5607).

5606 is a Word file with "Heading 1" headings whose "Introduction" runs on, with no heading,
into the chapter's scope and amendment note, whose "Our values" runs on into corporate parenting
and whose principles run on into partnership working, closing with a version line. 5607 is a
Word document printed to PDF by LibreOffice headless, with a running footer, whose "Background"
holds the legislation list, the corporate parenting principles and the practice model as
consecutive paragraphs, and whose closing "Other information" holds the contacts, the related
documents and the amendment note. Both chapters are written for this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind56.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
THORNACRE = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Introduction"),
    ("p", "Thornacre County Council's children's services work with around eleven thousand children and their families each year, from short pieces of early help to the care of children who cannot live at home. This policy sets out the framework for that work: the duties placed on the Council, what it believes and how its staff are expected to practise."),
    ("p", "The Council's duties rest on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Everyone who works for Thornacre's children's services, whether employed, agency or volunteer, is covered by these pages, and so are the foster carers and providers who care for children on the Council's behalf. In March 2025 the pages were revised to describe the practice model adopted by the Council."),
    ("h", "Our values"),
    ("p", "We put children at the centre of everything we do and we see them as experts in their own lives. We are honest, we keep our promises and we own our mistakes. We celebrate difference and challenge discrimination wherever we meet it."),
    ("p", "From the day a child comes into care, Thornacre's councillors and officers share the responsibility a good parent would feel for that child. The Corporate Parenting Board, which young people from the Children in Care Council attend, checks that the seven corporate parenting principles set out in law are met in every service the Council runs, from schools admissions to leisure passes."),
    ("h", "Our practice"),
    ("p", "Thornacre's model of practice is Signs of Safety. Social workers map the dangers and the strengths in a family with the family itself, and children's own words are recorded through the three houses tool. Safety plans are built with the people who will keep them."),
    ("h", "Principles of our work"),
    ("p", "Children should stay with their families wherever that is safe. Brothers and sisters are placed together unless that is not in their interests. Every child in care has a plan for permanence by their second review, no more than four months after coming into care."),
    ("p", "Care leavers have a personal adviser up to the age of 25, and our local offer sets out the practical help they can claim until then."),
    ("p", "Health visitors, teachers, the police and voluntary groups often know a family long before children's services do. Thornacre's three safeguarding partners publish joint arrangements each year, and practitioners from every agency are trained together, so that concerns are raised early and responsibility is shared rather than passed on."),
    ("h", "Information sharing"),
    ("p", "Information is shared lawfully, safely and only with those who need it. Staff may share information without consent when that is needed to protect a child from harm."),
    ("p", "Version 3.2"),
]

KELMSCAR = [
    ("title", "Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "This chapter explains the foundations of Kelmscar Borough Council's work with children and families. It applies to all children's social care staff and to those who provide services for the Council."),
    ("h", "Background"),
    ("p", "The Council's work with children is governed by the following law:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "The whole Council, and not children's services alone, stands as parent to every child in its care and to young people who have left it. Members of the Corporate Parenting Panel visit children's homes, meet young people and question officers about the help given. The Panel judges the Council against these seven principles:"),
    ("n", "to act in the best interests of the children and young people, and promote their physical and mental health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take into account their views, wishes and feelings"),
    ("n", "to help them gain access to, and make the best use of, services"),
    ("n", "to promote high aspirations and seek the best outcomes for them"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("p", "Kelmscar adopted Systemic Practice in 2023. Workers are taught to see a child's difficulties in the setting of the relationships around them, to hold more than one explanation in mind, and to talk with families in ways that open up new ideas rather than close them down. Clinicians join social workers in weekly group case discussions."),
    ("h", "Our vision"),
    ("p", "Kelmscar wants every child to grow up in a safe, loving and stable home, to do well at school and to move into adult life with confidence and with people around them who care."),
    ("h", "How we work"),
    ("p", "We offer help as soon as a need becomes clear. When a child cannot stay at home, family and friends are assessed first. A permanence plan is made within four months of a child coming into care."),
    ("p", "Care leavers are supported by a personal adviser until they are 21, and until 25 if they are in education, training or need continuing help."),
    ("p", "Children in care and care leavers are asked for their views before every review, and they can have an advocate whenever they want one."),
    ("h", "Other information"),
    ("p", "Contact: Service Manager, Quality and Practice, Kelmscar Borough Council, telephone 01632 960 455."),
    ("p", "See also the Kelmscar Care Leavers Local Offer and the Placement Sufficiency Strategy."),
    ("p", "This chapter was amended in November 2024 to add Systemic Practice and to update the list of legislation."),
]

FOOTER_5607 = "Kelmscar Borough Council - Children's Services Procedures Manual"
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

    return blocks_note(blocks, "build_blind56.py", about)


def main() -> None:
    from build_binary import _with_fixed_zip_times

    word = HERE / "5606-docx-introduction-runs-into-scope-values-into-parenting-version.docx"
    word.write_bytes(_with_fixed_zip_times(_docx(THORNACRE)))
    word.with_name(word.name + ".md").write_text(
        note(THORNACRE, "Heading 1 headings with un-headed stretches under them, List Bullet"),
        encoding="utf-8",
    )
    pdf = HERE / "5607-pdf-lo-background-holds-law-parenting-model-other-information.pdf"
    to_pdf(_docx(KELMSCAR, FOOTER_5607), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        note(
            KELMSCAR,
            "Heading 1 headings over un-headed stretches, printed to PDF by LibreOffice, footer",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
