# ruff: noqa: E501  (the chapters' paragraphs and the WordprocessingML fragments are kept a line each)
"""Build the 261st blind set's Word files (26101-26105).

Five invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words and kept in Word in shapes the earlier Word sets did not
use, built for real with python-docx; where python-docx has no API (tracked changes, content
controls, a table-of-contents field, section breaks) the WordprocessingML Word itself writes is
added through python-docx's own element objects.

- 26101 Ashmarden: tracked changes left unaccepted by one named reviewer: words replaced in
  facts and a heading, a whole section inserted and another deleted (paragraph marks and all), a
  list item deleted and another inserted, a paragraph moved (moveFrom/moveTo), a Normal
  paragraph restyled as Heading 1 (pPrChange), a run made bold (rPrChange).
- 26102 Thrapley: comments anchored in the text (on the title, across a heading and its
  paragraph, on single words, one at a point) whose words name other ages, months, models, Acts
  and dates than the chapter does.
- 26103 Caddenham: the Title and Subtitle styles and, for every other heading, a Normal
  paragraph made bold and larger by direct formatting; a bold lead-in inside a paragraph.
- 26104 Lyncombe: a table-of-contents field at the top (Word's contents block: a docPartObj
  content control, "Contents" in TOC Heading, hyperlinked TOC 1/TOC 2 entries with PAGEREF page
  numbers), headings in the council's own styles "LCC Heading A" (based on Heading 1) and "LCC
  Heading B" (based on Heading 2).
- 26105 Wexbridge: the title in a content control bound to the document's Title property, the
  approval and review dates in date-picker controls, and the middle of the chapter in a
  two-column section between one-column ones (continuous breaks).

usage: python tests/cases/documents/build_blind261.py   (needs python-docx)
Each build writes the file and a .md note beside it (the text a reader sees, every tracked
change accepted, comments and field codes left out).
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind261.py"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REVIEWER = "Marisol Fenwick-Agu"
WHEN = "2026-03-04T10:12:00Z"

# A block is (note, xml): the markdown line a reader sees (None: nothing) and one body element's
# WordprocessingML (a w:p, w:tbl or w:sdt without the namespace declaration).
Block = tuple[str | None, str]


class _Ids:
    """Revision and bookmark ids, unique in a document as Word keeps them."""

    def __init__(self) -> None:
        self.value = 100

    def next(self) -> int:
        self.value += 1
        return self.value


IDS = _Ids()


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text, quote=False)}</w:t>'


def r(text: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def mark(tag: str) -> str:
    return f'<w:{tag} w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"/>'


def ins(text: str, rpr: str = "") -> str:
    return (
        f'<w:ins w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}">{r(text, rpr)}</w:ins>'
    )


def dele(text: str, rpr: str = "") -> str:
    pr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:del w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"><w:r>{pr}'
        f'<w:delText xml:space="preserve">{escape(text, quote=False)}</w:delText></w:r></w:del>'
    )


def p(runs: str, style: str = "", mark_rpr: str = "", extra_ppr: str = "") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra_ppr
    if mark_rpr:
        ppr += f"<w:rPr>{mark_rpr}</w:rPr>"
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def plain(text: str, style: str = "") -> str:
    return p(r(text), style)


def inserted_p(text: str, style: str = "") -> str:
    """A paragraph the reviewer typed: its runs and its paragraph mark are insertions."""
    return p(ins(text), style, mark_rpr=mark("ins"))


def deleted_p(text: str, style: str = "") -> str:
    """A paragraph the reviewer deleted whole: its runs and its paragraph mark are deletions."""
    return p(dele(text), style, mark_rpr=mark("del"))


def heading(level: int, text: str) -> Block:
    return (("#" * (level + 1)) + " " + text, plain(text, f"Heading{level}"))


def para(text: str) -> Block:
    return (text, plain(text))


def bullet(text: str) -> Block:
    return ("- " + text, plain(text, "ListBullet"))


# --- 26101 Ashmarden: unaccepted tracked changes ----------------------------------------------


def ashmarden() -> list[Block]:
    move_name = "move261"
    moved = "Where a child's first language is not English, we arrange an interpreter for every meeting about them, and we write their plans in words they and their family understand."
    move_from = (
        f'<w:moveFromRangeStart w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}" w:name="{move_name}"/>'
        f'<w:moveFrom w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}">{r(moved)}</w:moveFrom>'
        '<w:moveFromRangeEnd w:id="{end}"/>'
    )
    move_from = move_from.replace("{end}", str(IDS.value - 1))
    move_to = (
        f'<w:moveToRangeStart w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}" w:name="{move_name}"/>'
        f'<w:moveTo w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}">{r(moved)}</w:moveTo>'
        '<w:moveToRangeEnd w:id="{end}"/>'
    )
    move_to = move_to.replace("{end}", str(IDS.value - 1))
    restyled = (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/>'
        f'<w:pPrChange w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"><w:pPr/></w:pPrChange>'
        f"</w:pPr>{r('How we work with families')}</w:p>"
    )
    bold_change = f'<w:rPrChange w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"><w:rPr/></w:rPrChange>'
    return [
        (
            "# Children's Services Policies, Values and Principles",
            plain("Children's Services Policies, Values and Principles", "Title"),
        ),
        (
            "This chapter was last amended in March 2026.",
            p(
                r("This chapter was last amended in ")
                + dele("October 2025")
                + ins("March 2026")
                + r(".")
            ),
        ),
        heading(1, "Scope"),
        (
            "This chapter applies to every social worker, personal adviser, family support worker and manager in Ashmarden's children's social care, and to the foster carers and residential homes that care for Children Looked After on the council's behalf.",
            p(
                r(
                    "This chapter applies to every social worker, personal adviser, family support worker and manager in Ashmarden's children's social care, and to the foster carers and residential homes that care for "
                )
                + dele("looked after children")
                + ins("Children Looked After")
                + r(" on the council's behalf.")
            ),
        ),
        (
            None,
            p(
                move_from,
                mark_rpr=f'<w:moveFrom w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"/>',
            ),
        ),
        heading(1, "The law behind this chapter"),
        para(
            "This policy sets out the framework within which Ashmarden's services for children and families are delivered. It draws on the following legislation:"
        ),
        bullet("Children Act 1989"),
        bullet("Children (Leaving Care) Act 2000"),
        (None, deleted_p("Care Standards Act 2000", "ListBullet")),
        bullet("Equality Act 2010"),
        bullet("Children and Families Act 2014"),
        (
            "- Children and Social Work Act 2017",
            inserted_p("Children and Social Work Act 2017", "ListBullet"),
        ),
        (
            "## What we want for children",
            p(dele("Our Vision") + ins("What we want for children"), "Heading1"),
        ),
        para(
            "We want every child in Ashmarden to grow up with people who love them, to feel safe where they live and at school, and to leave childhood believing that the future belongs to them as much as to anyone."
        ),
        heading(1, "What we stand for"),
        para(
            "We are honest with families about our worries and about what we can and cannot do. We listen to children first, we write down what they tell us in their own words, and we keep our promises."
        ),
        (
            moved,
            p(
                move_to,
                mark_rpr=f'<w:moveTo w:id="{IDS.next()}" w:author="{REVIEWER}" w:date="{WHEN}"/>',
            ),
        ),
        heading(1, "Corporate parenting"),
        (
            "Every councillor and every officer of the council shares in the job of being a good parent. In every decision that touches Children Looked After and care leavers the council must keep in mind all seven of the corporate parenting principles set out in the Children and Social Work Act 2017, and the Corporate Parenting Board reports to full Council on them twice a year.",
            p(
                r(
                    "Every councillor and every officer of the council shares in the job of being a good parent. In every decision that touches "
                )
                + dele("looked after children")
                + ins("Children Looked After")
                + r(" and care leavers the council must keep in mind ")
                + dele("the")
                + ins("all seven of the")
                + r(
                    " corporate parenting principles set out in the Children and Social Work Act 2017, and the Corporate Parenting Board reports to full Council on them "
                )
                + dele("once a year")
                + ins("twice a year")
                + r(".")
            ),
        ),
        ("## How we work with families", restyled),
        (
            "Ashmarden's practitioners are trained in Motivational Social Work. Conversations with parents are built on curiosity and empathy rather than on instruction, because people change when they find their own reasons to.",
            p(
                r("Ashmarden's practitioners are trained in ")
                + dele("Signs of Safety")
                + ins("Motivational Social Work")
                + r(". ")
                + r(
                    "Conversations with parents are built on curiosity and empathy rather than on instruction,",
                    f"<w:b/>{bold_change}",
                )
                + r(" because people change when they find their own reasons to.")
            ),
        ),
        (None, deleted_p("Placement Strategy", "Heading1")),
        (
            None,
            deleted_p(
                "Our placement strategy for 2024 to 2027 commits the council to open two new children's homes within the borough and to recruit forty more foster families by March 2027."
            ),
        ),
        heading(1, "Planning for permanence"),
        (
            "Every child who comes into our care has a plan for permanence agreed within five months, so that they know where they will grow up and who will be there for them.",
            p(
                r("Every child who comes into our care has a plan for permanence agreed within ")
                + dele("six")
                + ins("five")
                + r(
                    " months, so that they know where they will grow up and who will be there for them."
                )
            ),
        ),
        ("## Leaving care", inserted_p("Leaving care", "Heading1")),
        (
            "Young people leaving our care keep a personal adviser until they are 21, and until they are 25 if they are in an apprenticeship or at university. Their pathway plan is reviewed at least every six months.",
            inserted_p(
                "Young people leaving our care keep a personal adviser until they are 21, and until they are 25 if they are in an apprenticeship or at university. Their pathway plan is reviewed at least every six months."
            ),
        ),
        heading(1, "Information sharing"),
        para(
            "We share what we know about a child with other agencies only when it is needed to keep the child safe or to meet their needs, and we record what we shared, with whom and why."
        ),
    ]


# --- 26102 Thrapley: comments -------------------------------------------------------------------

# (block index, first run index, last run index, comment text, author, initials): the comments
# are added through python-docx's comments API around the runs of the blocks built below.
THRAPLEY_COMMENTS: list[tuple[int, int, int, str, str, str]] = []


def thrapley() -> list[Block]:
    blocks: list[Block] = [
        (
            "# Thrapley District Council: Children's Services Policies, Values and Principles",
            plain(
                "Thrapley District Council: Children's Services Policies, Values and Principles",
                "Title",
            ),
        ),
        heading(1, "About this chapter"),
        (
            "This chapter describes the values, principles and legal duties that shape Thrapley's work with children, young people and families. It was reviewed and amended in November 2025, when the sections on permanence and leaving care were rewritten.",
            p(
                r(
                    "This chapter describes the values, principles and legal duties that shape Thrapley's work with children, young people and families. It was reviewed and amended in "
                )
                + r("November 2025")
                + r(", when the sections on permanence and leaving care were rewritten.")
            ),
        ),
        heading(1, "Legal context"),
        (
            "This policy sets out the framework within which Thrapley's services for children and their families are delivered. Our duties come from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017.",
            p(
                r(
                    "This policy sets out the framework within which Thrapley's services for children and their families are delivered. Our duties come from the Children Act 1989, the Children Act 2004, "
                )
                + r("the Children and Families Act 2014")
                + r(" and the Children and Social Work Act 2017.")
            ),
        ),
        heading(1, "Our ambition"),
        para(
            "Thrapley wants its Children in Care to have childhoods full of ordinary good things: friends, hobbies, holidays, a bedroom that is theirs and adults who turn up when they say they will."
        ),
        heading(1, "Corporate parenting"),
        (
            "The council applies the seven corporate parenting principles to everything it does for Children in Care and care leavers. Our Children in Care Council meets the Lead Member every term to tell them how well we are doing.",
            p(
                r("The council applies the ")
                + r("seven corporate parenting principles")
                + r(
                    " to everything it does for Children in Care and care leavers. Our Children in Care Council meets the Lead Member every term to tell them how well we are doing."
                )
            ),
        ),
        heading(1, "Our practice model"),
        (
            "Family Valued is the model we use across children's social care. Family group conferences, restorative conversations and relational practice help families find their own solutions, with the council alongside them.",
            p(
                r("Family Valued")
                + r(
                    " is the model we use across children's social care. Family group conferences, restorative conversations and relational practice help families find their own solutions, with the council alongside them."
                )
            ),
        ),
        heading(1, "Key principles"),
        (
            "A child who cannot live safely at home should know as soon as possible where they will grow up. A permanence plan is agreed within three months of a child coming into care and is checked at every review.",
            p(
                r(
                    "A child who cannot live safely at home should know as soon as possible where they will grow up. A permanence plan is agreed "
                )
                + r("within three months")
                + r(" of a child coming into care and is checked at every review.")
            ),
        ),
        (
            "Every care leaver can keep a personal adviser until they are 25, whatever they are doing, and can come back to us for help at any point before then.",
            p(
                r("Every care leaver can keep a personal adviser ")
                + r("until they are 25")
                + r(
                    ", whatever they are doing, and can come back to us for help at any point before then."
                )
            ),
        ),
        heading(1, "Confidentiality"),
        (
            "Records about children are kept securely and shared only where the law allows and a child's safety or welfare needs it.",
            p(
                r(
                    "Records about children are kept securely and shared only where the law allows and a child's safety or welfare needs it."
                )
                + r("")
            ),
        ),
    ]
    THRAPLEY_COMMENTS[:] = [
        (
            0,
            0,
            0,
            "Legal to confirm the title matches the manual's index page.",
            "Ruth Danquah",
            "RD",
        ),
        (
            2,
            1,
            1,
            "Change this to January 2026 once Cabinet has signed off the new offer.",
            "Ruth Danquah",
            "RD",
        ),
        (
            4,
            1,
            1,
            "Should we add the Adoption and Children Act 2002 and the Equality Act 2010 here?",
            "Owen Sallis",
            "OS",
        ),
        (
            8,
            1,
            1,
            "Do we want to list all of them? Six would be shorter if we merge two.",
            "Owen Sallis",
            "OS",
        ),
        (
            10,
            0,
            0,
            "The fostering team still says they use Signs of Safety and Restorative Practice - check with them.",
            "Ruth Danquah",
            "RD",
        ),
        (11, 0, 0, "Move this heading above Corporate parenting?", "Owen Sallis", "OS"),
        (
            12,
            1,
            1,
            "The 2023 version said within four months - is three realistic?",
            "Ruth Danquah",
            "RD",
        ),
        (
            13,
            1,
            1,
            "Legal advise 21, or 25 on request - please confirm before publishing.",
            "Owen Sallis",
            "OS",
        ),
        (15, 1, 1, "Last updated 2 February 2026 by RD", "Ruth Danquah", "RD"),
    ]
    return blocks


# --- 26103 Caddenham: Title, Subtitle and manual headings ---------------------------------------

MANUAL = '<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/>'


def manual_heading(text: str) -> Block:
    """A Normal paragraph made a heading by hand: bold 14 pt runs (and mark), space before it,
    kept with the next paragraph, as an editor formats one without the heading styles."""
    spacing = '<w:keepNext/><w:spacing w:before="240" w:after="120"/>'
    return ("## " + text, p(r(text, MANUAL), extra_ppr=spacing, mark_rpr=MANUAL))


def caddenham() -> list[Block]:
    return [
        ("# Policies, Values and Principles", plain("Policies, Values and Principles", "Title")),
        (
            "Caddenham Council - Children's Social Care",
            plain("Caddenham Council - Children's Social Care", "Subtitle"),
        ),
        manual_heading("Purpose of this chapter"),
        para(
            "This chapter explains the beliefs and principles behind Caddenham's work with children and families and the law that gives the council its duties. It was updated in June 2026, when the leaving care section was brought into line with the council's new local offer."
        ),
        (
            "**Please note:** other chapters of this manual describe procedures in detail; this one sets out why we work as we do.",
            p(
                r("Please note:", "<w:b/>")
                + r(
                    " other chapters of this manual describe procedures in detail; this one sets out why we work as we do."
                )
            ),
        ),
        manual_heading("Legal framework"),
        para(
            "This policy sets out the framework within which children's services are delivered in Caddenham. The council's duties towards children and families come chiefly from the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017."
        ),
        manual_heading("The Caddenham promise"),
        para(
            "Our aim is that every child in Caddenham is safe, is healthy, is learning and has people to turn to. For Looked After Children we want more: that being in care opens doors for them rather than closing them."
        ),
        manual_heading("What we value"),
        para(
            "We value honesty, kindness and persistence. We take families' strengths as seriously as their difficulties, we explain our decisions in plain words, and we never give up on a young person because they have given up on us."
        ),
        manual_heading("Corporate parenting principles"),
        para("As corporate parent, the council will:"),
        bullet(
            "act in the best interests of Looked After Children and care leavers and promote their physical and mental health and well-being;"
        ),
        bullet("encourage them to express their views, wishes and feelings;"),
        bullet("take their views, wishes and feelings into account;"),
        bullet("help them to gain access to and make the best use of services;"),
        bullet("promote high aspirations and seek the best outcomes for them;"),
        bullet(
            "help them to be safe and have stability in their home lives, relationships and education or work;"
        ),
        bullet("prepare them for adulthood and independent living."),
        manual_heading("How we practise"),
        para(
            "Caddenham has adopted the Family Partnership Model. Every practitioner is trained to build a working partnership with parents, to help them set their own goals and to notice and name what they do well."
        ),
        manual_heading("Planning for permanence"),
        para(
            "Children who come into our care need to know where their future lies. A permanence plan is agreed within six months of a child becoming looked after, and the independent reviewing officer tests it at each review."
        ),
        manual_heading("Care leavers"),
        para(
            "Every care leaver has a personal adviser until they reach 21, and up to the age of 25 if they want that help to carry on. Caddenham's local offer sets out what else they can expect."
        ),
        manual_heading("Sharing information"),
        para(
            "Information about a child is shared with partner agencies only where it is lawful and necessary, and children and parents are told what has been shared unless telling them would place a child at risk."
        ),
    ]


# --- 26104 Lyncombe: contents field, the council's own heading styles --------------------------


def bookmark(text: str, style: str, name: str) -> str:
    number = IDS.next()
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:bookmarkStart w:id="{number}" w:name="{name}"/>'
        f'{r(text)}<w:bookmarkEnd w:id="{number}"/></w:p>'
    )


def fld_char(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def instr(code: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'


def toc_entry(text: str, level: int, anchor: str, page: int, first: bool, last: bool) -> str:
    opening = (
        (
            fld_char("begin")
            + instr('TOC \\o "1-2" \\h \\z \\t "LCC Heading A,1,LCC Heading B,2"')
            + fld_char("separate")
        )
        if first
        else ""
    )
    link = (
        f'<w:hyperlink w:anchor="{anchor}" w:history="1">{r(text, "<w:noProof/>")}'
        "<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>"
        + fld_char("begin")
        + instr(f"PAGEREF {anchor} \\h")
        + fld_char("separate")
        + r(str(page), "<w:noProof/><w:webHidden/>")
        + fld_char("end")
        + "</w:hyperlink>"
    )
    closing = fld_char("end") if last else ""
    tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'
    return f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/>{tabs}</w:pPr>{opening}{link}{closing}</w:p>'


LYNCOMBE_HEADINGS: list[tuple[int, str, int]] = [
    (1, "About this chapter", 2),
    (1, "Legal framework", 2),
    (1, "Our ambition for Lyncombe's children", 2),
    (1, "Values", 3),
    (2, "Listening to children", 3),
    (2, "Working with families", 3),
    (1, "Corporate parenting", 3),
    (1, "Practice framework", 4),
    (1, "Permanence and leaving care", 4),
    (2, "Permanence", 4),
    (2, "Leaving care", 4),
    (1, "Confidentiality", 5),
]

LYNCOMBE_BODY: dict[str, list[Block]] = {
    "About this chapter": [
        para(
            "This chapter sets out the values and principles that Lyncombe City Council's Children's Services work by, and the duties that underpin them. It applies to all staff in children's social care, to our foster carers and to the providers we commission."
        ),
        para("It was updated in January 2026 to describe the council's new practice framework."),
    ],
    "Legal framework": [
        para(
            "This policy sets out the framework within which Lyncombe delivers its services to children and families. The duties it describes arise from the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."
        ),
    ],
    "Our ambition for Lyncombe's children": [
        para(
            "We want Lyncombe to be a city where every child grows up safe and happy, does well at school and leaves childhood ready for the life they choose."
        ),
    ],
    "Values": [
        para(
            "Our values describe how children and families should experience us, whichever part of the service they meet."
        ),
    ],
    "Listening to children": [
        para(
            "Children are seen on their own and listened to, and what they say changes what we do. Their words are written into their plans."
        ),
    ],
    "Working with families": [
        para(
            "We work with parents as partners, are open about our concerns and build on what is going well in the family."
        ),
    ],
    "Corporate parenting": [
        para(
            "Lyncombe's councillors and officers act for Children in Care and care leavers as good parents would. The seven corporate parenting principles guide every decision the council makes about them, and the Corporate Parenting Committee, chaired by the Leader of the Council, monitors how well they are kept."
        ),
    ],
    "Practice framework": [
        para(
            "Lyncombe's practice framework is Restorative Practice. Staff work with families rather than doing things to them or for them, combining high support with high challenge."
        ),
    ],
    "Permanence and leaving care": [
        para("Every child needs a secure base and adults who stay."),
    ],
    "Permanence": [
        para(
            "A permanence plan is agreed within four months of a child coming into care and reviewed at each Child in Care review."
        ),
    ],
    "Leaving care": [
        para(
            "Young people leaving care are offered a personal adviser to the age of 21, or to 25 if they are in education or training, and help to find and keep a home."
        ),
    ],
    "Confidentiality": [
        para(
            "Staff keep information about children and families confidential, share it only where the law allows and it is necessary to safeguard a child, and record every decision to share."
        ),
    ],
}


def lyncombe() -> list[Block]:
    toc = [p(r("Contents"), "TOCHeading")]
    for number, (level, text, page) in enumerate(LYNCOMBE_HEADINGS):
        toc.append(
            toc_entry(
                text,
                level,
                f"_Toc2104{number:04d}",
                page,
                number == 0,
                number == len(LYNCOMBE_HEADINGS) - 1,
            )
        )
    sdt = (
        f'<w:sdt><w:sdtPr><w:id w:val="-1702157210"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
        f"<w:sdtEndPr><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr></w:sdtEndPr><w:sdtContent>{''.join(toc)}</w:sdtContent></w:sdt>"
    )
    contents_note = "## Contents\n\n" + "\n".join(
        ("    " if level == 2 else "") + f"{text} {page}" for level, text, page in LYNCOMBE_HEADINGS
    )
    blocks: list[Block] = [
        (
            "# Children's Services: Policies, Values and Principles",
            plain("Children's Services: Policies, Values and Principles", "Title"),
        ),
        ("Lyncombe City Council", plain("Lyncombe City Council")),
        (contents_note, sdt),
        (None, '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'),
    ]
    for number, (level, text, _page) in enumerate(LYNCOMBE_HEADINGS):
        style = "LCCHeadingA" if level == 1 else "LCCHeadingB"
        blocks.append(
            ("#" * (level + 1) + " " + text, bookmark(text, style, f"_Toc2104{number:04d}"))
        )
        blocks += LYNCOMBE_BODY[text]
    return blocks


# --- 26105 Wexbridge: content controls, a two-column middle ------------------------------------

CORE_TITLE_BINDING = (
    "<w:dataBinding w:prefixMappings=\"xmlns:ns0='http://purl.org/dc/elements/1.1/' "
    "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' \" "
    'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>'
)
WEXBRIDGE_TITLE = "Children's Services Policies, Values and Principles"


def date_control(alias: str, iso: str, shown: str, pattern: str) -> str:
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.replace(" ", "")}"/><w:id w:val="{IDS.next() + 880000}"/>'
        f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{pattern}"/><w:lid w:val="en-GB"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        f"<w:sdtContent>{r(shown)}</w:sdtContent></w:sdt>"
    )


def section_break(columns: int, kind: str) -> str:
    """A paragraph closing a section, as Word writes a section break: the section's properties
    (A4, its column count, how it starts) in the paragraph's own pPr."""
    cols = (
        f'<w:cols w:num="{columns}" w:space="567"/>' if columns > 1 else '<w:cols w:space="708"/>'
    )
    return (
        f'<w:p><w:pPr><w:sectPr><w:type w:val="{kind}"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        f"{cols}</w:sectPr></w:pPr></w:p>"
    )


def wexbridge() -> list[Block]:
    title = (
        '<w:sdt><w:sdtPr><w:alias w:val="Title"/><w:tag w:val=""/><w:id w:val="1180315423"/>'
        f"{CORE_TITLE_BINDING}<w:text/></w:sdtPr><w:sdtContent>{plain(WEXBRIDGE_TITLE, 'Title')}</w:sdtContent></w:sdt>"
    )
    return [
        ("# " + WEXBRIDGE_TITLE, title),
        (
            "Wexbridge Borough Council, Children's Services",
            plain("Wexbridge Borough Council, Children's Services", "Subtitle"),
        ),
        (
            "Approved: 14 October 2025",
            p(
                r("Approved: ")
                + date_control("Approval date", "2025-10-14", "14 October 2025", "d MMMM yyyy")
            ),
        ),
        (
            "Review date: October 2027",
            p(
                r("Review date: ")
                + date_control("Review date", "2027-10-01", "October 2027", "MMMM yyyy")
            ),
        ),
        heading(1, "Introduction"),
        para(
            "This policy sets out the framework within which Wexbridge's children's services work with children, young people and families. It rests on the Children Act 1989, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017."
        ),
        heading(1, "Our vision"),
        para(
            "Wexbridge wants its Looked After Children to feel that they belong: in a family, in a school, in a community and in the plans that are made for them."
        ),
        (None, section_break(1, "continuous")),
        heading(1, "Our values"),
        para(
            "We are respectful, open and reliable. We speak with children rather than about them, we give families the information they need to take part in decisions, and we own our mistakes."
        ),
        heading(1, "Corporate parenting"),
        para(
            "Wexbridge Borough Council is corporate parent to every child it looks after and every care leaver. Its members and officers follow the seven corporate parenting principles in the Children and Social Work Act 2017 and answer to the Corporate Parenting Panel for the way they do so."
        ),
        heading(1, "Our practice model"),
        para(
            "Social work in Wexbridge follows the Signs of Wellbeing model in early help and the Signs of Safety model in statutory work, so that families meet the same questions and the same language wherever they enter the service."
        ),
        heading(1, "Permanence"),
        para(
            "Each child's permanence plan is agreed within four months of their coming into care, and no child waits longer than is needed for a decision about where they will grow up."
        ),
        heading(1, "Leaving care"),
        para(
            "Our care leavers are entitled to a personal adviser until their 21st birthday, and to their 25th birthday if they want one. Their pathway plan goes with them wherever they live."
        ),
        (None, section_break(2, "continuous")),
        heading(1, "Information sharing"),
        para(
            "We share information with partner agencies where it is lawful, necessary and proportionate to do so, and we record what was shared and why."
        ),
    ]


# --- assembling the packages -------------------------------------------------------------------


def _add_styles(document: Any) -> None:
    """The styles these chapters use that python-docx's template lacks: Word's TOC 1 and TOC 2,
    and Lyncombe's own heading styles, based on Heading 1 and Heading 2 as councils' templates
    make theirs (so they carry the outline levels the contents field collects)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    styles = document.styles
    for name, indent in (("TOC 1", 0), ("TOC 2", 220)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.paragraph_format.space_after = Pt(5)
        style.paragraph_format.left_indent = Pt(indent / 20)
        style.element.get_or_add_pPr()
    for name, base, size in (
        ("LCC Heading A", "Heading 1", 16),
        ("LCC Heading B", "Heading 2", 13),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x6A, 0x1B, 0x4D)
        style.next_paragraph_style = styles["Normal"]
        style.quick_style = True


def _replace_last(document: Any, xml: str) -> Any:
    from docx.oxml import parse_xml

    element = parse_xml(_with_ns(xml))
    placeholder = document.add_paragraph()._p
    placeholder.addnext(element)
    placeholder.getparent().remove(placeholder)
    return element


def _with_ns(xml: str) -> str:
    """The fragment's first element with the WordprocessingML namespace declared on it."""
    end = xml.index(">")
    if xml[end - 1] == "/":
        end -= 1
    return xml[:end] + f" {W}" + xml[end:]


def _word(blocks: list[Block], name: str) -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    document = new_docx()
    _add_styles(document)
    elements = [_replace_last(document, xml) for _, xml in blocks]
    if name.startswith("26101"):
        settings = document.settings.element
        settings.insert(0, parse_xml(f"<w:trackRevisions {W}/>"))
    if name.startswith("26102"):
        for index, first, last, text, author, initials in THRAPLEY_COMMENTS:
            paragraph = Paragraph(elements[index], document._body)
            runs = paragraph.runs
            comment = document.add_comment(
                [runs[first], runs[last]], text=text, author=author, initials=initials
            )
            comment._comment_elm.set(qn("w:date"), WHEN)  # fixed, so a rebuild is identical
    if name.startswith("26105"):
        document.core_properties.title = WEXBRIDGE_TITLE
        final = document.element.body.sectPr
        final.insert(0, parse_xml(f'<w:type {W} w:val="continuous"/>'))
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous_bullet = False
    for text, _ in blocks:
        if text is None:
            continue
        is_bullet = text.startswith("- ")
        if previous_bullet and not is_bullet:
            lines.append("")
        lines.append(text)
        if not is_bullet:
            lines.append("")
        previous_bullet = is_bullet
    return "\n".join(lines).rstrip("\n") + "\n"


# fmt: off
FILES: dict[str, tuple[Any, str]] = {
    "26101-docx-unaccepted-tracked-changes-one-reviewer-section-inserted-section-deleted-moved-paragraph-restyled-heading.docx": (ashmarden, "tracked changes by one reviewer left unaccepted (shown here accepted)"),
    "26102-docx-comments-anchored-on-title-facts-and-headings-naming-other-values.docx": (thrapley, "comments anchored in the text (left out here)"),
    "26103-docx-title-and-subtitle-styles-manual-bold-larger-normal-headings.docx": (caddenham, "Title and Subtitle styles, every other heading a bold 14 pt Normal paragraph"),
    "26104-docx-toc-field-content-control-at-top-council-heading-styles-based-on-heading-1-and-2.docx": (lyncombe, "a contents field at the top, headings in 'LCC Heading A' and 'LCC Heading B'"),
    "26105-docx-title-and-date-content-controls-two-column-middle-section.docx": (wexbridge, "title and dates in content controls, a two-column middle section"),
}
# fmt: on


def main() -> None:
    for name, (make, about) in FILES.items():
        blocks = make()
        target = HERE / name
        target.write_bytes(_word(blocks, name))
        target.with_name(name + ".md").write_text(_note(blocks, about), encoding="utf-8")
        print("wrote", target.name)


if __name__ == "__main__":
    main()
