# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF files of the forty-eighth blind set (4805, 4806): chapters with no headings.

    4805  python-docx: every paragraph in the Normal style, no Heading styles, no bold, no lists;
          the title a plain sentence-case first paragraph, the statutes one Normal paragraph each
    4806  fpdf2: one font, one size, one weight for every line, the title included

Each build writes the file and a NNNN-....md note (the text a reader sees) beside this script.
usage: python tests/cases/documents/build_blind48.py   (python-docx, fpdf2)
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

PENDLECOMBE = [
    "Children's services policies, values and principles",
    "This chapter is the foundation of the Pendlecombe procedures manual. It records the policy within which children's social care in the county operates, and the values and principles that practitioners bring to their work.",
    "Pendlecombe County Council's duties towards children and their families are set by Parliament. The Acts that matter most to this manual are these:",
    "Children Act 1989",
    "Children (Leaving Care) Act 2000",
    "Children Act 2004",
    "Children and Young Persons Act 2008",
    "Children and Families Act 2014",
    "These Acts, and the guidance issued under them, apply to every child the service works with, whatever the reason for our involvement.",
    "The county's safeguarding arrangements are owned jointly by three partners: the council, the integrated care board and Pendlecombe Police. Schools, early years settings, hospitals and the voluntary sector are relevant agencies under those arrangements, and each is expected to share concerns promptly and to take its part in any plan.",
    "We expect kindness, curiosity and fairness from everyone who works with children in Pendlecombe.",
    "Around four hundred Looked After Children in Pendlecombe, and a similar number of care leavers, have the county council as their parent in law. The law asks the council to have regard to seven principles in that role. The first is to act in the best interests of each child and to promote their physical and mental health and well-being. The second is to encourage them to say what they think, wish and feel. The third is to take those views into account. The fourth is to help them use the council's services and those of its partners. The fifth is to promote high aspirations and seek the best outcomes for them. The sixth is to keep them safe and give them stability in their homes, relationships and education or work. The seventh is to prepare them for adulthood and independent living.",
    "Family Safeguarding is the model of practice used across the county's assessment and safeguarding teams. Workers who specialise in adult mental health, substance misuse and domestic abuse sit in the same teams as social workers, and group supervision brings them together to plan with each family.",
    "For every child we want health, safety, learning, a say in their own life and a good start in adulthood.",
    "Our work begins from the belief that children are usually best cared for by their own families. We offer help early so that fewer children need to come into care. When a child cannot remain at home, relatives and family friends are assessed before other carers. A plan for permanence is agreed within six months of a child becoming looked after. Care leavers have a personal adviser until they are 21, and until 25 where the young person asks for one. Children and parents are consulted before decisions are made about them.",
    "Personal information is handled in line with data protection law. It is shared with other agencies when a child's safety requires it, when the law demands it or when the family consents, and every disclosure is recorded with its reason.",
    "Amended in November 2024: the paragraph on the model of practice was rewritten after Family Safeguarding was introduced across the county.",
    "Version 2.3",
]

KESTRELFORD = [
    "Kestrelford children's services: policies, values and principles",
    "What follows is the policy statement that sits at the front of the Kestrelford Borough Council children's services manual. Managers are asked to make sure that every new member of staff reads it during their first week.",
    "Kestrelford Borough Council works with children and families within the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. The policy applies to all children in need, children in need of protection, Children Looked After and care leavers, and to the carers and providers who look after them on our behalf.",
    "A child's safety rarely rests on one service. The borough's safeguarding partners are the council, the police and the integrated care board, and they are supported by every school, practice and youth project that knows the child. Each is expected to pass on worries promptly and to stay involved after a referral is made.",
    "Honesty with families matters more to us than comfortable words. We are clear about what worries us, we are fair in how we decide, and we are warm towards children and parents even when we disagree with them. We show respect by being punctual, by reading the file before we visit and by explaining our decisions in writing.",
    "Our ambition is a borough in which no child is left without a trusted adult.",
    "For Children Looked After and care leavers, the council acts as parent, and all councillors and officers must have regard to the seven corporate parenting principles: to act in their best interests and promote their physical and mental health and well-being; to encourage them to express their views, wishes and feelings; to take those views into account; to help them access and make the best use of services; to promote high aspirations and the best outcomes; to help them be safe and have stability at home, in their relationships and in education or work; and to prepare them for adulthood and independent living.",
    "Practice in Kestrelford is relationship-based and trauma-informed. Workers are helped to understand how past harm shapes a child's behaviour, and to build the steady relationships through which children and parents can change.",
    "Children should be brought up in their own families wherever that is safe, and we provide help to make it possible. If a child must leave home, relatives and friends are approached first. Every child who becomes looked after has a permanence plan that is agreed at their second statutory review. Young people leaving care can keep a personal adviser up to the age of 21, or to 25 for those in education or training. Children and parents are told what is planned and their views are recorded.",
    "Information is shared with care and only for a lawful reason. A child's safety always outweighs a family's wish for privacy, and every decision to share, or not to share, is recorded with the reasons for it.",
    "For comments or questions about this chapter, write to the Head of Quality Assurance, Kestrelford Borough Council, Civic Centre, or email qualityassurance@kestrelford.example.gov.uk.",
    "Reviewed and amended in March 2025. The paragraph on practice was rewritten and the statement about care leavers now names the upper age of 25.",
]


# --- Word ---------------------------------------------------------------------------------------------


def docx_pendlecombe() -> bytes:
    import docx

    document = docx.Document()
    for text in PENDLECOMBE:
        document.add_paragraph(text, style="Normal")
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1
    properties.created = properties.modified = datetime.datetime(2024, 11, 20, 9, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- PDF ----------------------------------------------------------------------------------------------


def pdf_kestrelford(target: Path) -> None:
    from fpdf import FPDF

    pdf: Any = FPDF(format="A4")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 3, 18, tzinfo=datetime.UTC))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    for text in KESTRELFORD:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    target.write_bytes(bytes(pdf.output()))


# --- notes --------------------------------------------------------------------------------------------


def note(what: str, paragraphs: list[str]) -> str:
    return "\n\n".join([f"%% built by build_blind48.py: {what}", *paragraphs]) + "\n"


def main() -> None:
    name = "4805-docx-all-normal-style-statutes-as-plain-paragraphs-principles-as-sentences-version-at-end.docx"
    (HERE / name).write_bytes(docx_pendlecombe())
    (HERE / f"{name}.md").write_text(
        note("python-docx, every paragraph Normal, no bold, no lists", PENDLECOMBE), "utf-8"
    )
    print(f"built {name}")
    name = "4806-pdf-uniform-font-no-model-named-contact-then-reviewed-and-amended-last.pdf"
    pdf_kestrelford(HERE / name)
    (HERE / f"{name}.md").write_text(
        note("fpdf2, Helvetica 10.5 regular for every line, the title included", KESTRELFORD),
        "utf-8",
    )
    print(f"built {name}")


if __name__ == "__main__":
    main()
