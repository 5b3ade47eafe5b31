# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF documents of the three-hundred-and-sixty-fifth blind set.

Blind set 365 writes "Policies, Values and Principles" chapters of the default family whose
subject is one part of children's services that earlier sets did not take, so that the family's
section kinds have to be found in the topic's own words. The text file (36501) and the markdown
(36502) are written by hand beside this script; this script builds only:

    36503  Calderholme (Word, python-docx): pocket money, allowances and savings; Title style,
           Heading 1 headings named by meaning, the Acts as List Bullet items, the seven
           principles as List Number items, and a paragraph of the topic's procedure (weekly
           pocket money, a savings account opened within a month, what is paid in each week)
           closing the headed values section.
    36504  Stavenholt (PDF, a python-docx file printed by LibreOffice): faith, culture and
           identity; the title (18 pt) and headings (14 pt) set apart only by size against
           11 pt body (never bold, no style), and a paragraph of the topic's procedure (an
           identity assessment within 20 working days, a cultural mentor matched within eight
           weeks) closing the headed corporate parenting section.

usage: .venv/bin/python tests/cases/documents/build_blind365.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    styled_docx,
)

SCRIPT = "build_blind365.py"
STYLES = {**LIST_AND_HEADING_STYLES, "title": "Title"}

# (kind, text): "title" the title, "h" a section heading, "p" a paragraph, "b" a bulleted item,
# "n" a numbered item.
Block = tuple[str, str]

# fmt: off
CALDERHOLME: list[Block] = [
    ("title", "Pocket Money, Allowances and Savings for Children Looked After"),
    ("h", "Who and what this chapter covers"),
    ("p", "This chapter explains how Calderholme Metropolitan Borough Council makes sure that children looked after by the council have money of their own to spend, learn to manage it, and leave care with savings behind them. It is for foster carers, residential staff, social workers, personal advisers and the finance team who pay carers' allowances."),
    ("p", "Revised and reissued in April 2025."),
    ("h", "Legislation"),
    ("p", "The council's responsibilities for the money of the children it looks after come from:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "What we value"),
    ("p", "Money is part of an ordinary childhood. We value children choosing how to spend their own money, making small mistakes while the stakes are low, and learning from the adults around them how to budget, save and give. Pocket money is never withheld as a punishment, and a child's savings belong to the child."),
    ("p", "We also value fairness: brothers and sisters living in different homes should receive the same, and no child should feel poorer than the friends they sit beside at school."),
    ("p", "Carers pay pocket money every week at the rate for the child's age in the council's allowance schedule, starting from the age of five, and record each payment in the child's money log. The social worker opens a savings account in the child's name within one month of them coming into care, and the carer pays in at least £5 a week from the allowance. The independent reviewing officer checks the money log and the savings balance at every review, and the money in a Junior ISA passes to the young person at 18."),
    ("h", "Being a good corporate parent"),
    ("p", "Calderholme Metropolitan Borough Council is corporate parent to every child it looks after. In managing their money, as in everything else, it follows the seven corporate parenting principles and will:"),
    ("n", "act in the child's best interests and promote their physical and mental health and well-being"),
    ("n", "encourage the child to say what they want and feel"),
    ("n", "take the child's wishes and feelings into account"),
    ("n", "help the child to use the services the council and its partners offer"),
    ("n", "promote high aspirations and the best outcomes for the child"),
    ("n", "keep the child safe, with stable homes, relationships, education and work"),
    ("n", "prepare the child for adulthood and living on their own"),
    ("h", "Partners in money matters"),
    ("p", "Carers, schools, the Virtual School, banks and building societies, and the leaving care service all have a part in helping a child learn about money. The council works with a local credit union, which runs money workshops for young people in care from the age of 13."),
    ("h", "Money Confident"),
    ("p", "Our approach follows the Money Confident model, which breaks learning about money into small steps suited to a child's age: recognising coins, saving up for something, keeping to a weekly budget, and finally paying bills. Personal advisers pick up where carers leave off."),
    ("h", "How we work"),
    ("p", "Stability helps a child save and plan. A permanence plan is in place for every child looked after within three months of the child entering care. Young people leaving care have a personal adviser until they are 21, and until 25 if they are in education or training, who helps them budget, claim what they are entitled to and use their setting-up home grant wisely."),
    ("p", "Children are told how much they have saved at least once a year, in a way they can understand."),
    ("h", "Records and confidentiality"),
    ("p", "A child's money records are kept with their care record and shared only with the child, their carer, their social worker and, when they leave care, their personal adviser. Bank details are never written in plans that go to meetings."),
    ("p", "Version 1.4 (approved by the Corporate Parenting Board)"),
]

STAVENHOLT: list[Block] = [
    ("title", "Faith, Culture and Identity"),
    ("h", "This chapter in brief"),
    ("p", "Stavenholt Council's children's services amended this chapter in September 2025. It describes how we help cared for children to know who they are and where they come from: their faith, their culture, their language, their ethnicity and, as they grow, their own sense of identity. It applies to everyone who plans for or looks after a cared for child."),
    ("h", "The legal framework"),
    ("p", "The Children Act 1989 requires the council to give due consideration to a child's religious persuasion, racial origin and cultural and linguistic background. The Human Rights Act 1998, the Equality Act 2010 and the Children and Families Act 2014 also shape this work."),
    ("h", "Beliefs that guide us"),
    ("p", "We believe identity is something a child has a right to keep, explore and change. Children should be able to practise their faith, eat food that feels like home, hear their first language and see people like themselves among the adults who care for them. No child's background is a box to tick."),
    ("h", "Stavenholt as corporate parent"),
    ("p", "The council acts as corporate parent for every cared for child and takes the seven corporate parenting principles as its guide, paying particular attention to helping children express their views, to their stability in relationships and to preparing them for adult life with a secure sense of themselves."),
    ("p", "The councillors of the corporate parenting board ask each year how many cared for children live with carers who share their faith or culture, and what is done when they do not."),
    ("p", "The child's social worker completes an identity and heritage assessment within 20 working days of the child becoming cared for, with the child and with the parents where possible. Where the carers do not share the child's faith or culture, a cultural mentor from the same community is matched within eight weeks, and the arrangements for worship, diet, hair and skin care and language are written into the placement plan and checked at each review."),
    ("h", "Working with communities"),
    ("p", "Faith leaders, community organisations, interpreters and schools help us understand what matters to each child. The council keeps a list of community contacts and pays for children to attend places of worship, supplementary schools and cultural events."),
    ("h", "Roots and Wings"),
    ("p", "Social workers use Roots and Wings, the council's own identity framework, which pairs a child's roots (family, faith, culture, language) with their wings (the choices they make as they grow). Life story work and family trees are built around it."),
    ("h", "Our key principles"),
    ("p", "Every cared for child needs a settled future that respects where they come from. A permanence plan is agreed for each cared for child within six months of them being cared for, and it says how the child's heritage will be kept alive wherever they live. Care leavers have a personal adviser up to the age of 21, and to 25 if they ask for one."),
    ("p", "Children of 14 and over are supported to make their own choices about faith, even where these differ from their family's."),
    ("h", "Sharing what we know"),
    ("p", "Information about a child's faith, ethnicity or sexuality is sensitive. It is recorded accurately, in the words the child uses, and shared only where it helps the child's care and with the child's agreement where they are old enough to give it."),
    ("p", "Version 2"),
]
# fmt: on

CALDERHOLME_NAME = "36503-docx-heading-styles-pocket-money-savings-topic-calderholme-revised-month-four-acts-bulleted-seven-numbered-money-confident-weekly-money-procedure-closing-values-three-months-21-or-25-in-education-version-cla.docx"
STAVENHOLT_NAME = "36504-pdf-lo-size-only-headings-faith-culture-identity-topic-stavenholt-amended-month-four-acts-sentence-seven-stated-roots-and-wings-identity-procedure-closing-corporate-parenting-six-months-21-or-25-if-asked-version-cared-for.pdf"


def _size_headed_docx(blocks: list[Block]) -> bytes:
    """A Word file whose title (18 pt) and headings (14 pt) differ from the 11 pt body only by
    size: plain Normal paragraphs, never bold, with no heading style for a reader to find."""
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        paragraph = document.add_paragraph()
        if kind in ("title", "h"):
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.keep_with_next = True
            paragraph.add_run(text).font.size = Pt(18 if kind == "title" else 14)
        else:
            paragraph.add_run(text)
    return saved_docx(document)


def main() -> None:
    calderholme = HERE / CALDERHOLME_NAME
    calderholme.write_bytes(styled_docx(CALDERHOLME, STYLES))
    note = blocks_note(
        CALDERHOLME,
        SCRIPT,
        "python-docx; Title style, Heading 1 headings named by meaning, List Bullet Acts, List Number principles, a money procedure closing the values, a closing version line",
    )
    Path(f"{calderholme}.md").write_text(note, encoding="utf-8")
    print(CALDERHOLME_NAME)

    stavenholt = HERE / STAVENHOLT_NAME
    docx_to_pdf(_size_headed_docx(STAVENHOLT), stavenholt)
    note = blocks_note(
        STAVENHOLT,
        SCRIPT,
        "python-docx printed to PDF by LibreOffice; title 18 pt and headings 14 pt in plain Normal paragraphs against 11 pt body, an identity procedure closing the corporate parenting, 'Version 2' last",
    )
    Path(f"{stavenholt}.md").write_text(note, encoding="utf-8")
    print(STAVENHOLT_NAME)


if __name__ == "__main__":
    main()
