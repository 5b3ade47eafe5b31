# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-fortieth blind set's Word and PDF files (24003, 24004): whole chapters with no headings.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings in the body: Normal paragraphs only, the
title typed as one more Normal paragraph, topics in orders far from the template's (care leavers
and corporate parenting before the law, the scope paragraph late), a topic over two or three
paragraphs, paragraphs that open with a linking phrase ("In practice that means", "Alongside the
law", "This matters because") and one topic that comes back briefly near the end.

- 24003 Word: an amendment note as the first line under the title, the vision first.
- 24004 PDF: a Word file of the same kind printed to PDF by LibreOffice (soffice --headless),
  the amendment told inside the law paragraph.

usage: python tests/cases/documents/build_blind240.py   (needs python-docx and LibreOffice)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind240.py"

# (kind, text): "title" a title typed as a Normal paragraph, "p" a Normal paragraph.
Block = tuple[str, str]

# fmt: off
RAVELSTOKE: list[Block] = [
    ("title", "Ravelstoke County Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "Note: this version was amended on 3 November 2025 and replaces the edition issued in 2023."),
    ("p", "We want Ravelstoke to be a county where children looked after by the council grow up with the same chances as their neighbours, and where no young person leaves care without someone to turn to."),
    ("p", "A young person who leaves the county's care is entitled to the help of a personal adviser until their twenty-first birthday and, where they are in full-time training or work-based learning, until their twenty-fifth."),
    ("p", "The adviser visits at least every eight weeks in the first year after the young person moves on, helps them to find and keep a home, and stays in touch by text or phone in between. The local offer, written with care leavers, sets out the money, discounts and practical help available."),
    ("p", "Three Acts underpin most of what follows: the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017."),
    ("p", "Alongside them, the county follows the statutory guidance that explains how those Acts are to be applied, and its own procedures are revised whenever that guidance changes."),
    ("p", "Councillors take the role of parent for every one of the county's children looked after. Each member is expected to know the principles of corporate parenting that the 2017 Act introduced and to test every report that comes before them against them."),
    ("p", "In practice that means a report to Cabinet on housing, transport or leisure must say what it will mean for children in care and care leavers, and the Corporate Parenting Group, which meets six times a year, follows up any report that does not."),
    ("p", "Social workers in Ravelstoke practise Think Family. When a child is referred, the worker asks who else in the household needs help, whether a parent's mental health, a sibling's school attendance or a grandparent's care, and brings the right adult services into the plan from the start."),
    ("p", "This matters because children rarely struggle alone, and help that reaches only the child tends not to last."),
    ("p", "Every child who comes into care has a settled plan for their future inside nine months. The plan names the home the child will grow up in, whether with parents, relatives, long-term foster carers, special guardians or adopters, and the steps that will get them there."),
    ("p", "Staff are asked to treat every family with courtesy, to tell people the truth about what the council is worried about, and to keep children at the centre of every conversation with adults."),
    ("p", "Foster carers, residential staff and the organisations the county commissions are bound by these pages just as much as the council's own social workers and managers."),
    ("p", "Information about a child or a family is shared with other professionals only when it is needed to keep a child safe or to give them the help they need, and the reason for each decision is written on the child's file."),
    ("p", "A final note on Think Family: from April 2026 the county's adult social care teams will work in the same way, so that parents who need help themselves meet one approach whichever door they come through."),
]

HOLLINS_VALE: list[Block] = [
    ("title", "Hollins Vale Council: Children's Services Policies, Values and Principles"),
    ("p", "Leaving care at eighteen is far too early for most young people, and Hollins Vale does not expect it of the cared for children it has brought up. Every care leaver has a personal adviser until 21, and beyond that until 25 for anyone who is in education, training or looking for work."),
    ("p", "Those who live with foster carers can stay on in the same home after their eighteenth birthday, and those leaving residential care are offered a room in one of the council's supported lodgings near where they grew up."),
    ("p", "This matters because the move into adult life is where Cared for Children most often fall behind their friends, and a little help at the right moment can prevent a great deal of trouble later."),
    ("p", "Every one of the council's 48 elected members is a corporate parent. Members of the Corporate Parenting Panel visit a children's home or a foster family twice a year and ask the young people they meet what the council should change."),
    ("p", "The legal framework for all of this is the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017. When the chapter was amended in April 2026, the reference to the Children and Families Act 2014 was added."),
    ("p", "Alongside the law sits a simple promise: no child in Hollins Vale's care will wait more than 7 months for a decision about where they will grow up, and that decision will be explained to them by someone they know."),
    ("p", "We will count ourselves successful when Cared for Children in Hollins Vale are as likely as their classmates to finish school with qualifications, to be registered with a dentist, to be in work or study at nineteen and to say that they have an adult they trust."),
    ("p", "Staff are asked to be curious about families, kind to children and consistent in what they say and do, and managers look for those qualities at interview and in supervision."),
    ("p", "These principles hold for every part of children's services in Hollins Vale, for the foster carers and residential staff who work with us, and for the voluntary organisations we fund."),
    ("p", "Foster carers and residential staff are trained to respond to children using PACE, which stands for playfulness, acceptance, curiosity and empathy."),
    ("p", "In practice that means a carer responds to a child's anger by wondering aloud what lies behind it rather than by punishing it, and social workers use the same approach in their visits."),
    ("p", "Health visitors, school nurses, teachers and police officers all have a part to play in keeping the borough's children safe. The Hollins Vale Safeguarding Partnership sets the rules for how they work together and checks that they are kept."),
    ("p", "Members of the Corporate Parenting Panel also meet care leavers each summer, to hear from them directly how the local offer is working."),
]
# fmt: on


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for _kind, text in blocks:
        document.add_paragraph(text)
    return saved_docx(document)


# fmt: off
FILES: dict[str, tuple[list[Block], str]] = {
    "24003-docx-normal-paragraphs-typed-title-amendment-note-first-vision-first-care-leavers-before-the-law-principles-unnumbered-think-family-returns.docx": (RAVELSTOKE, "Normal paragraphs only, typed title"),
    "24004-pdf-lo-normal-paragraphs-typed-title-care-leavers-first-amendment-inside-the-law-paragraph-pace-corporate-parenting-returns.pdf": (HOLLINS_VALE, "a Word file of Normal paragraphs printed to PDF by LibreOffice"),
}
# fmt: on


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, (blocks, about) in FILES.items():
        target = HERE / name
        if target.suffix == ".pdf":
            docx_to_pdf(_word(blocks), target)
        else:
            target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(blocks, SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
