# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF documents of the hundred-and-fifth blind set (10503, 10504): whole
chapters of invented councils whose first half has headings named by meaning at inconsistent
levels and whose second half runs on un-headed.

    10503  Word: Heading 1 title; a "Key messages" Heading 2 box of bullets before the
           introduction; "Introduction" at Heading 1, "Background" at Heading 3 over the list of
           Acts, "What matters to us" at Heading 2, "How we do it" at Heading 4 over the practice
           model; then Normal paragraphs of other kinds with no heading; a closing contacts
           paragraph and dated history lines.
    10504  PDF printed by LibreOffice from Word: "Who this is for" at Heading 2, "The law" at
           Heading 1, "What matters to us" at Heading 3, "How we do it" at Heading 2 over the
           principles; then un-headed partnership, corporate parenting, vision, outcomes and
           confidentiality paragraphs; a closing contacts paragraph and an amendment history.

10501 (.txt), 10502 (.md), 10505 and 10506 (.html) are written by hand. All in our own words
(invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind105.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
STRATHMOOR_DALE = [
    ("title", TITLE),
    ("h2", "Key messages"),
    ("li", "Everyone who works with children in Strathmoor Dale follows this chapter."),
    ("li", "Help is offered early, and families are kept together wherever it is safe."),
    ("li", "Every councillor is a corporate parent."),
    ("h1", "Introduction"),
    ("p", "This policy sets out the framework for the work of Strathmoor Dale Children's Services with children in need, children with a child protection plan, Cared for Children and care leavers."),
    ("h3", "Background"),
    ("p", "The legislation that governs this work includes:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Children and Young Persons Act 2008"),
    ("li", "Children and Families Act 2014"),
    ("li", "Children and Social Work Act 2017"),
    ("h2", "What matters to us"),
    ("p", "We put children at the centre of everything we do. We are respectful, we are reliable, and we are open with families about what we are doing and why."),
    ("h4", "How we do it"),
    ("p", "Our social workers use Family Safeguarding. Adult workers for domestic abuse, mental health and substance misuse sit in the same teams as children's social workers, so that parents get help with the problems that put their children at risk."),
    ("p", "Strathmoor Dale's safeguarding partners, the council, the police and the integrated care board, follow Working Together to Safeguard Children 2023 and agree each year how schools, GPs and housing will be drawn into the work."),
    ("p", "Each of our Cared for Children has the whole council as their parent. Councillors and officers apply the seven corporate parenting principles in every decision about those children."),
    ("p", "Children should be healthy, safe and happy, do well in learning, have their say, and leave care ready for adult life."),
    ("p", "When children cannot live at home, we turn first to their wider family and friends. A permanence plan should be agreed within four months of a child coming into care. Care leavers have a personal adviser until they are 21, extended to 25 if they are in education or training."),
    ("p", "Confidential information is kept securely and shared with partners only when the law permits it and a child's welfare requires it. Workers record what they share and why."),
    ("p", "For questions about this chapter, contact the Children's Services Policy Officer, Strathmoor Dale Council, County Buildings, Abbey Road."),
    ("p", "March 2022 - chapter first issued."),
    ("p", "November 2024 - practice model paragraph rewritten."),
    ("p", "May 2025 - list of legislation updated."),
]

ELLERBY_VALE = [
    ("title", TITLE),
    ("h2", "Who this is for"),
    ("p", "This chapter is meant for everyone who works with children and families for Ellerby Vale District Council, whether employed directly, through an agency or by a provider we commission."),
    ("h1", "The law"),
    ("p", "Our duties come mainly from the Children Act 1989, the Children Act 2004, the Children (Leaving Care) Act 2000 and the Children and Families Act 2014."),
    ("h3", "What matters to us"),
    ("p", "Honesty, warmth and persistence. We tell families the truth, we are kind while we do it, and we keep going when things are difficult."),
    ("h2", "How we do it"),
    ("p", "We start from the family: children stay at home whenever it is safe, and relatives are asked to help before anyone else. A child in care should have a permanence plan within four months. Care leavers keep a personal adviser until they are 21, and until 25 if they ask for one."),
    ("p", "Partner agencies in Ellerby Vale share the job of keeping children safe. Under Working Together to Safeguard Children 2023, police, health and the council agree local arrangements and invite schools to every child protection conference."),
    ("p", "As corporate parents, all councillors and officers of Ellerby Vale hold themselves to the seven corporate parenting principles whenever they decide anything that affects one of our Children in Care."),
    ("p", "We want Ellerby Vale to be a place where every child is safe, loved and has the chance to thrive."),
    ("p", "Records about children and families are kept confidential. Staff share them with other agencies only where the law allows it and a child's safety requires it, and they note the reason on the file."),
    ("p", "If you have a question about this chapter, please contact the Principal Social Worker at Ellerby Vale District Council, Market Place, on 01632 960 884."),
    ("p", "This chapter was first issued in January 2023. It was amended in October 2024, when the practice paragraph was rewritten, and again in April 2025, when the list of Acts was checked."),
]

FILES = {
    "10503-docx-key-messages-box-levels-at-random-background-over-acts-unheaded-half-contacts-history.docx": STRATHMOOR_DALE,
    "10504-pdf-lo-meaning-headings-levels-at-random-unheaded-half-contacts-prose-history.pdf": ELLERBY_VALE,
}
# fmt: on


def _word(blocks: list[tuple[str, str]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=1)
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
                "build_blind105.py",
                "Heading 1 title, headings named by meaning at levels 1-4, un-headed Normal second half",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
