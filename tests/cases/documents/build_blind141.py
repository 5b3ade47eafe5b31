# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF files of the hundred-and-forty-first blind set: two invented councils'
adaptations of the template chapter, rewritten in their own words.

    14105  Word (python-docx): built-in Title and Heading 1 styles; headings renamed by meaning;
           a local plan moved up beside the law; principles split in two (families first;
           permanence and leaving care); partnership and information sharing merged under one
           heading; a closing "Document version: 3.0" field.
    14106  PDF (LibreOffice, from a python-docx file with Heading 1 styles): headed first half
           (purpose, law, partners, values), then plain paragraphs with no headings (corporate
           parenting, practice model, principles, leaving care, strategy); no information
           sharing section; a closing "Last updated" line.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind141.py [14105|14106]
       (python-docx; LibreOffice for the PDF)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind141.py"
# ("title" | "h" | "p" | "b" (bullet), text)
Block = tuple[str, str]

# fmt: off
# ---------------------------------------------------------------- 14105 Tamsford, python-docx
TAMSFORD: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Tamsford Metropolitan Borough Council"),
    ("h", "Scope and amendments"),
    ("p", "This chapter gives the policy context for every procedure in Tamsford's children's services manual, and the values and principles we apply to recording, confidentiality and consultation."),
    ("p", "Amended January 2025: the legislation list was updated and the council's Children and Young People's Plan 2025-2028 was added."),
    ("h", "The legal framework"),
    ("p", "Tamsford's work with children, young people and families is governed by law, in particular:"),
    ("b", "Children Act 1989"),
    ("b", "Human Rights Act 1998"),
    ("b", "Care Standards Act 2000"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Data Protection Act 2018"),
    ("p", "The chapter applies above all to our work with children in need and Looked After Children, which we share with other council services and with our statutory and voluntary partners."),
    ("h", "Our Children and Young People's Plan 2025-2028"),
    ("p", "The plan, agreed by the council's cabinet, commits Tamsford to three priorities: help for families at the first sign of difficulty, more of our Looked After Children living in family homes within the borough, and a better start to adult life for care leavers. Progress is reported to the Children's Partnership Board twice a year."),
    ("h", "The way we behave"),
    ("p", "We put the child first in every decision. We are open and honest with families, even when the news is hard. We value the differences between Tamsford's communities and challenge unfairness. We are curious, we keep learning, and we hold ourselves to account for the difference we make."),
    ("h", "Our responsibilities to children in our care"),
    ("p", "As corporate parent to its Looked After Children and care leavers, the whole council will have regard to these seven principles:"),
    ("b", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help them to gain access to and make best use of the services of the council and its partners;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    ("b", "for them to be safe, with stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h", "Signs of Safety in Tamsford"),
    ("p", "All of our social work teams use Signs of Safety. Practitioners map with each family what is working well, what they are worried about and what needs to happen, and the family's own network helps to write the safety plan."),
    ("h", "Family first"),
    ("p", "We will do all we safely can to help children to remain with their parents. If that is not possible, relatives and friends who know the child are considered first, and children who need a new home will be placed with their brothers and sisters wherever that is safe."),
    ("h", "Permanence and leaving care"),
    ("p", "Each Looked After Child is to have a permanence plan within six months of entering care, and the plan is to be put into action promptly."),
    ("p", "Care leavers receive help from a personal adviser until they are 21, and up to 25 if they are in education, training or employment."),
    ("h", "Working with partners and sharing information"),
    ("p", "We work with health, schools, police and the voluntary sector as Working Together to Safeguard Children expects, keeping the child at the centre of what every agency does."),
    ("p", "Personal information is kept confidential and shared with partner agencies only where a child's safety or the law requires it; the reason for sharing is always recorded."),
    ("p", "Document version: 3.0"),
]

# ---------------------------------------------------------------- 14106 Brackenholt, LibreOffice PDF
BRACKENHOLT: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Purpose of this chapter"),
    ("p", "Brackenholt Council's children's services procedures all follow from the policy in this chapter, which also sets out the values and principles we hold to when we record, keep information confidential and consult."),
    ("p", "Reviewed and reissued in November 2024, with an updated list of legislation."),
    ("h", "Laws we work under"),
    ("p", "The main legislation behind our work with children, young people and families is:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "A shared task"),
    ("p", "Protecting children depends on agencies working as one. Working Together to Safeguard Children expects all of us to keep the child in focus, to think about the family around the child and to build trusting relationships with parents. The Children's Social Care National Framework, which is statutory guidance, sets out what good services for children and families look like."),
    ("h", "Our values"),
    ("p", "We are on the child's side. We listen to children and families and we take what they say seriously. We respect every family's culture and background, and we are ambitious that Brackenholt's children should have the same chances as any others."),
    ("p", "Brackenholt Council takes its duties as corporate parent seriously. For every one of our Children Looked After and care leavers, the council will have regard to seven principles:"),
    ("b", "acting in their best interests and promoting their physical and mental health and well-being;"),
    ("b", "encouraging them to express their views, wishes and feelings;"),
    ("b", "taking their views, wishes and feelings into account;"),
    ("b", "helping them to make use of the services of the council and its partners;"),
    ("b", "promoting high aspirations and seeking the best outcomes for them;"),
    ("b", "keeping them safe and giving them stability at home, in relationships and in education or work;"),
    ("b", "preparing them for adulthood and independent living."),
    ("p", "Across Brackenholt's services we practise Restorative Practice, working with families rather than doing things to them or for them, and repairing relationships when things go wrong."),
    ("p", "Children should be helped to live safely with their own families, and where they cannot, with relatives or family friends before other carers are considered."),
    ("p", "All Children Looked After should have a plan for permanence four months after coming into care at the latest."),
    ("p", "We support young people who leave our care until they are 21, and up to 25 if they are in full-time education."),
    ("p", "Our strategy is to reach families sooner through our early help hubs, so that specialist services can concentrate on the children most in need of them."),
    ("p", "Last updated 18 November 2024"),
]
# fmt: on


def _docx(blocks: list[Block]) -> bytes:
    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_heading(text, level=1)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    data: bytes = saved_docx(document)
    return data


def tamsford(target: Path) -> None:
    target.write_bytes(_docx(TAMSFORD))


def brackenholt(target: Path) -> None:
    docx_to_pdf(_docx(BRACKENHOLT), target)


FILES = {
    "14105-docx-heading-styles-local-plan-beside-law-principles-split-partners-and-information-merged-version-field.docx": (
        tamsford,
        TAMSFORD,
        "python-docx; Title and Heading 1 styles; principles split; partners and information merged; version field",
    ),
    "14106-pdf-lo-from-word-headed-first-half-unheaded-second-half-no-information-section-restorative-practice-last-updated.pdf": (
        brackenholt,
        BRACKENHOLT,
        "LibreOffice PDF from python-docx; headed first half, unheaded second half",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / (name + ".md")).write_text(blocks_note(blocks, SCRIPT, about), encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main()
