# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF documents of the ninety-seventh blind set (9703, 9704): whole chapters
of invented councils mixing headed and un-headed stretches.

    9703  Word: Heading 1 title, Heading 2 over some kinds (the law under a heading named by
          meaning, corporate parenting, outcomes, permanence and leaving care), Normal
          paragraphs of other kinds with no heading between them (scope, values, practice
          model, strategy, information sharing), the Acts as List Bullet paragraphs, a closing
          version line.
    9704  PDF printed by LibreOffice from Word: Heading 2 over scope, partnership, values,
          practice model and principles; an un-headed introduction whose Acts sit in a sentence,
          an un-headed vision and corporate parenting paragraph, and a closing amendment note.

9701 (.txt) and 9702 (.html) are written by hand. All in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind97.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
RAVENSHOLT = [
    ("title", TITLE),
    ("p", "A copy of this chapter is given to every new starter in Ravensholt's children's services, and to each agency that provides care or support for children on the council's behalf."),
    ("p", "Amended in November 2024 to take account of the council's new strategy."),
    ("h", "The Law Behind Our Work"),
    ("p", "The council's duties towards children and families come chiefly from:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Adoption and Children Act 2002"),
    ("li", "Children and Families Act 2014"),
    ("li", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("p", "Honesty comes first. We tell families plainly what worries us, we keep appointments, and we treat children as the experts on their own lives."),
    ("h", "Corporate Parenting"),
    ("p", "Ravensholt's councillors and officers share the role of parent for every one of our Looked After Children, and they test their decisions against the seven corporate parenting principles."),
    ("p", "Across every team, Restorative Practice shapes how we work: we do things with families, not to them or for them, pairing high support with high challenge."),
    ("h", "Outcomes for Children"),
    ("p", "We measure ourselves by whether children are healthy, safe, learning and achieving, heard in decisions about their lives, and prepared for adulthood."),
    ("p", "Between 2025 and 2028 the service will move money and staff towards early help, so that fewer families reach the point of crisis and fewer children need to come into care."),
    ("h", "Permanence and Leaving Care"),
    ("p", "Every Looked After Child should have a plan for permanence by their second review, four months after coming into care. Care leavers have a personal adviser until they are 21, and until 25 if they ask for one."),
    ("p", "Records about children are confidential. They are shared with other agencies only when the law permits it and a child's welfare requires it, and the reason is always written down."),
    ("p", "Version 4"),
]

STANWICK_EDGE = [
    ("title", TITLE),
    ("h", "Scope of this chapter"),
    ("p", "This chapter applies to all staff of Stanwick Edge children's services and to the providers who work with children for us."),
    ("p", "Four Acts of Parliament shape this chapter more than any others: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("h", "A Shared Responsibility"),
    ("p", "Safeguarding children is everybody's business. The council, the police and the integrated care board plan local arrangements together under Working Together to Safeguard Children, and schools are asked to take part in every decision about a child they teach."),
    ("h", "Key Values"),
    ("p", "We are open with families, we respect their culture and faith, and we own up when we get things wrong."),
    ("p", "Stanwick Edge should be a place where each child is safe at home, does well at school and has people around them for life."),
    ("h", "Our Practice Model"),
    ("p", "Our teams work in the Systemic Practice way: they look at the relationships around a child and at the stories a family tells about itself, not only at one person's behaviour."),
    ("p", "Every councillor in Stanwick Edge is a corporate parent. Together with officers they apply the seven corporate parenting principles to each decision made about our Cared for Children."),
    ("h", "Key Principles"),
    ("p", "Children should grow up with their own families where it is safe. Where it is not, a permanence plan should be in place within four months. Cared for Children who leave care have a personal adviser until they are 21, extended to 25 if they are in education or training."),
    ("p", "In April 2025 the practice model section was rewritten and the list of Acts brought up to date."),
]

FILES = {
    "9703-docx-some-heading-styles-unheaded-scope-values-model-strategy-confidentiality-law-by-meaning.docx": RAVENSHOLT,
    "9704-pdf-lo-heading-styles-unheaded-acts-sentence-vision-corporate-closing-amendment-note.pdf": STANWICK_EDGE,
}
# fmt: on


def _word(blocks: list[tuple[str, str]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=1)
        elif kind == "h":
            document.add_heading(text, level=2)
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
                [("b" if kind == "li" else kind, text) for kind, text in blocks],
                "build_blind97.py",
                "Heading 1 title, Heading 2 over some kinds, un-headed Normal stretches",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
