# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word and PDF files of the seventy-ninth blind set: whole chapters of invented
councils that mix headed and un-headed stretches.

    7904  Word: Heading 2 headings for the first half; after "Our Values" the corporate
          parenting and leaving care paragraphs have no heading and open with a team's name
          ("The Corporate Parenting Panel …", "The Wetherley Dale Leaving Care Team …"); a
          "How we practise" heading, then an un-headed paragraph opening with a date ("Since
          September 2024 …") on confidentiality; "Version 5.1" closing.
    7905  PDF printed by LibreOffice from Word: only "Introduction" and "Corporate Parenting"
          headed (Heading 1); an un-headed scope opening, un-headed values, principles with a
          short bullet list between two un-headed paragraphs, outcomes, and an un-headed
          closing history paragraph.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind79.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
WETHERLEY = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "This chapter sets out the values and principles behind the work of Wetherley Dale Council's children's services. It applies to every member of staff, to our foster carers and to the providers we commission."),
    ("p", "In January 2025 the chapter was amended to describe the council's offer to care leavers."),
    ("h", "Introduction"),
    ("p", "Our work with children and families is guided by legislation and by national guidance, in particular:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Working with Partners"),
    ("p", "Children are kept safe when agencies work as one. Health visitors, schools, the police and the voluntary sector meet with us in the Wetherley Dale Safeguarding Partnership, and referrals from any of them are answered by a single front door."),
    ("h", "Our Values"),
    ("p", "We are warm, straightforward and fair. We believe families can change, we say clearly what worries us, and we keep our promises to children."),
    ("p", "The Corporate Parenting Panel meets every two months and brings councillors, senior officers and young people together. It checks that the council, as parent to every one of our Children Looked After, does for them what a good parent would do for their own child."),
    ("p", "The Wetherley Dale Leaving Care Team works with young people from their sixteenth birthday. Each of them has a personal adviser until they are 21, or until 25 if they ask for the support to continue."),
    ("p", "Children who cannot go home need certainty early. Their plan for permanence is agreed within four months of their becoming looked after."),
    ("h", "How we practise"),
    ("p", "Our social workers are trained in Systemic Practice. They look at the relationships around a child and bring the wider family into the plan from the start."),
    ("p", "Since September 2024 every record about a child has been kept in one secure case management system. Information from it is shared with other agencies only when the law allows, and families are told what has been shared unless this would put a child at risk."),
    ("p", "Version 5.1"),
]

CULVERTON = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "These pages are written for the social workers, personal advisers, foster carers and managers of Culverton County Council's children's services, and for anyone who works with children on the county's behalf."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which services to children in Culverton are planned and delivered. The legislation behind it includes:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Kindness, ambition and fairness run through everything we do. We expect staff to treat every family with dignity, to be open about what they think and why, and to hold on to hope for children when others have let it go."),
    ("h", "Corporate Parenting"),
    ("p", "Culverton County Council is the corporate parent of all its Children in Care. Every councillor and every officer shares that duty, and the council asks of itself what a good parent would ask: are these children safe, are they happy, and are they doing as well as they can?"),
    ("p", "Most children are best brought up within their own family, and we work to make that possible. Where it is not:"),
    ("b", "relatives and friends are considered before unrelated foster carers;"),
    ("b", "brothers and sisters live together unless that would harm one of them;"),
    ("b", "a plan for permanence is in place within four months of a child coming into care."),
    ("p", "Care leavers are entitled to a personal adviser up to the age of 25."),
    ("p", "We judge ourselves by what happens to children: whether they are healthy, whether they are safe, whether they learn and enjoy learning, whether they take part in their communities, and whether they leave us ready for work and adult life."),
    ("p", "This chapter was first published in June 2022. It was reviewed in October 2023 and amended in April 2025, when the corporate parenting section was rewritten."),
]
# fmt: on


def _docx(blocks: list[tuple[str, str]], heading_style: str) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style=heading_style)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def main() -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import blocks_note, docx_to_pdf

    word = HERE / "7904-docx-team-and-date-openings-unheaded-middle.docx"
    word.write_bytes(_with_fixed_zip_times(_docx(WETHERLEY, "Heading 2")))
    word.with_name(word.name + ".md").write_text(
        blocks_note(
            WETHERLEY,
            "build_blind79.py",
            "Heading 2 headings, un-headed paragraphs opening with a team's name or a date",
        ),
        encoding="utf-8",
    )
    pdf = HERE / "7905-pdf-lo-two-headings-unheaded-closing-history.pdf"
    docx_to_pdf(_docx(CULVERTON, "Heading 1"), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        blocks_note(
            CULVERTON,
            "build_blind79.py",
            "only Introduction and Corporate Parenting headed, printed to PDF by LibreOffice, an un-headed closing history",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
