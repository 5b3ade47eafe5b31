# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF documents of the hundred-and-twentieth blind set (12004, 12005): whole
chapters of invented councils that mix headed and un-headed stretches.

    12004  Word: Title style; numbered Heading 1 sections for the first half ("1. Scope of this
           chapter" to "4. Corporate parenting"), a "4.1 The principles we follow" sub-heading set
           in the same Heading 1 style as the sections over the seven principles; then Normal
           paragraphs with no heading (practice model, principles whose bold run-in lead
           "Leaving care." stands on the section's second paragraph, confidentiality); a
           "Version 2.3" line and a "Last updated" line.
    12005  PDF printed by LibreOffice from Word: Heading 1 title, an "In brief" Heading 2 box of
           bullets naming the chapter's topics; an un-headed first half (introduction with a
           bulleted list of Acts, partnership, values); a headed second half named by meaning
           ("Keeping our word", "Where we want to be", "Our practice model", "Growing up
           settled", "Keeping information safe"); "End of chapter".

12001 (.txt), 12002 (.md), 12003 and 12006 (.html) are written by hand. All in our own words
(invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind120.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
ASHCOMBE_VALE = [
    ("title", TITLE),
    ("h1", "1. Scope of this chapter"),
    ("p", "This chapter applies to all staff in Ashcombe Vale Council's Children and Families Directorate and to the providers who work for us under contract."),
    ("p", "This version replaces the one issued in 2023. It was amended in September 2024 to reflect the council's new corporate parenting strategy."),
    ("h1", "2. Introduction"),
    ("p", "This policy sets out the framework for our work with children, young people and their families. The legislation that applies includes:"),
    ("num", "Children Act 1989"),
    ("num", "Children (Leaving Care) Act 2000"),
    ("num", "Children Act 2004"),
    ("num", "Children and Families Act 2014"),
    ("num", "Children and Social Work Act 2017"),
    ("h1", "3. Our values"),
    ("p", "We believe that children are the experts in their own lives. We are open about our concerns, we treat parents with respect, and we do what we say we will do."),
    ("h1", "4. Corporate parenting"),
    ("p", "Every councillor and every officer of Ashcombe Vale is a corporate parent to our Cared for Children. That means asking, in every decision, what a loving and ambitious parent would want for their child. The Corporate Parenting Committee meets every two months and hears from the Children in Care Council at each meeting."),
    ("h1", "4.1 The principles we follow"),
    ("li", "to act in the best interests of each child and to promote their health and well-being;"),
    ("li", "to encourage them to express their views, wishes and feelings;"),
    ("li", "to take those views, wishes and feelings into account;"),
    ("li", "to help them make the best use of services provided by the council and its partners;"),
    ("li", "to promote high aspirations and seek the best outcomes for them;"),
    ("li", "to keep them safe and give them stability at home, at school and in their relationships;"),
    ("li", "to prepare them for adulthood and independent living."),
    ("p", "Across the directorate our social workers practise Signs of Safety. They map with each family what is going well, what the worries are and what has to happen, and they build a network of people around the child who can keep them safe."),
    ("p", "Our first thought is always whether a child can stay safely with their own family, with help. Where they cannot, relatives and family friends are assessed before any other carer, and a plan for permanence is expected within three months."),
    ("bp", "Leaving care.|A personal adviser stays with each care leaver to the age of 21, and beyond that to 25 where the young person asks for it. Every care leaver is told about the local offer before their 18th birthday."),
    ("p", "Confidential information about children and their families is kept on the case record and shared with other agencies only where the law allows it and a child's safety or welfare depends on it."),
    ("p", "Version 2.3"),
    ("p", "Last updated: 14 May 2025"),
]

WRENFOLD = [
    ("title", TITLE),
    ("h2", "In brief"),
    ("li", "The law that shapes our work and the partners we work with."),
    ("li", "What we value and what we want for children."),
    ("li", "Our promise as corporate parents."),
    ("li", "How we practise, where children grow up and how we keep information safe."),
    ("li", "This chapter was amended in February 2025."),
    ("p", "This policy sets out the framework for the work of Wrenfold County Council's children's social care service. It is grounded in three Acts of Parliament:"),
    ("li", "Children Act 1989"),
    ("li", "Children and Families Act 2014"),
    ("li", "Children and Social Work Act 2017"),
    ("p", "We cannot protect children alone. Wrenfold's safeguarding partners, the council, the constabulary and the integrated care board, agree local arrangements each year, and schools, colleges and health services follow them when they have a worry about a child."),
    ("p", "Kindness, honesty and ambition guide everything we do. We build relationships with families that last, and we expect the best of the children we work with."),
    ("h1", "Keeping our word"),
    ("p", "The council is corporate parent to every one of the children who are looked after by Wrenfold. Members and officers alike apply the seven corporate parenting principles, and they ask of every decision whether it would be good enough for their own son or daughter."),
    ("h1", "Where we want to be"),
    ("p", "Our ambition is a county in which every child grows up safe, healthy and hopeful, and in which no child is held back by where they were born."),
    ("h1", "Our practice model"),
    ("p", "We use Restorative Practice. Staff work with families, not to them or for them, and every plan is made with the people it affects."),
    ("h1", "Growing up settled"),
    ("p", "Children should grow up with their own families wherever it is safe, and with relatives or friends where it is not. A permanence plan is agreed within four months of a child coming into care. Care leavers have a personal adviser until they are 21, and until 25 for those who want one."),
    ("h1", "Keeping information safe"),
    ("p", "Records are kept securely and shared only where the law allows and a child's welfare requires it. Children and parents can see what we hold about them, except where that would put someone at risk."),
    ("p", "End of chapter"),
]

FILES = {
    "12004-docx-numbered-headings-same-style-sub-heading-unheaded-second-half-run-in-lead-second-paragraph-version-updated.docx": ASHCOMBE_VALE,
    "12005-pdf-lo-in-brief-box-unheaded-first-half-meaning-headings-second-half-end-of-chapter.pdf": WRENFOLD,
}
# fmt: on


def _word(blocks: list[tuple[str, str]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            if blocks is ASHCOMBE_VALE:
                document.add_paragraph(text, style="Title")
            else:
                document.add_heading(text, level=1)
        elif kind.startswith("h"):
            document.add_heading(text, level=int(kind[1:]))
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "num":
            document.add_paragraph(text, style="List Number")
        elif kind == "bp":
            lead, rest = text.split("|", 1)
            paragraph = document.add_paragraph()
            paragraph.add_run(lead).bold = True
            paragraph.add_run(" " + rest)
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _note_kind(kind: str) -> str:
    if kind in ("li", "num"):
        return "b"
    if kind.startswith("h"):
        return "h"
    return "p" if kind == "bp" else kind


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
                [(_note_kind(kind), text.replace("|", " ")) for kind, text in blocks],
                "build_blind120.py",
                "numbered Heading 1 sections then un-headed Normal paragraphs (12004); In brief box, un-headed first half, meaning headings (12005)",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
