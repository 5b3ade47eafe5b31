# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-thirty-ninth blind set's Word files (23901-23904).

Four invented councils' adaptations of the common template chapter "Children's Services
Policies, Values and Principles", written for this set in our own words, every heading named by
meaning and none of them set in a Word heading style:

- 23901 Word: the title and every heading a bold Normal paragraph of the body's own size (11 pt;
  the title 14 pt), the Acts in List Bullet and the principles in List Number paragraphs.
- 23902 Word: the title and every heading underlined, not bold, at the body's size (the title
  14 pt); a closing "Last updated" line.
- 23903 Word: the title (18 pt) and the headings (14 pt) larger than the 11 pt body but neither
  bold nor underlined; the Acts and the principles in List Bullet paragraphs; a version line.
- 23904 Word: the title a bold 16 pt Normal paragraph and no headings at all: each section's
  first paragraph opens with a bold sentence (a run-in lead) and goes on in plain text.

usage: python tests/cases/documents/build_blind239.py   (needs python-docx)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind239.py"

# (kind, text): "title" the title, "h" a heading, "p" a Normal paragraph, "b" a List Bullet
# paragraph, "n" a List Number paragraph, "r" a Normal paragraph whose text before " | " is a
# bold run-in lead.
Block = tuple[str, str]

# fmt: off
BRISWORTH: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Before you read on"),
    ("p", "Everything else in Brisworth Borough Council's children's services manual builds on this chapter. It tells social workers, family support staff, foster carers and managers what the council believes about children, which laws it answers to and how it expects them to work."),
    ("p", "The chapter was reviewed and amended in July 2025, when the part about young people leaving care was rewritten."),
    ("h", "What the law asks of us"),
    ("p", "The duties that Brisworth carries for children are set by Parliament, chiefly in these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Partners around the child"),
    ("p", "A child's safety rarely rests with one service. Brisworth's schools, health visitors, GPs, the police and the voluntary sector all hold part of the picture, and the borough's safeguarding partners agree how that picture is put together and acted on."),
    ("h", "Where we are heading"),
    ("p", "We want Brisworth to be a borough where children grow up in families that can look after them, where those who need our help get it early, and where no child leaves our care without a home, a plan and someone in their corner."),
    ("h", "Standing by our children"),
    ("p", "The whole council, not only its social workers, is parent to Brisworth's Children in Care and care leavers. In every decision about them we apply the principles in section 1 of the Children and Social Work Act 2017, which ask us:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to say what they think, want and feel;"),
    ("n", "to take what they say into account;"),
    ("n", "to help them find and make the best use of the services we and our partners offer;"),
    ("n", "to aim high for them and seek the best outcomes;"),
    ("n", "to keep them safe and give them stability at home, in their relationships and at school or work;"),
    ("n", "to get them ready for adult life and living on their own."),
    ("h", "Conversations that change things"),
    ("p", "Brisworth adopted Motivational Social Work in 2024. Our practitioners are trained to listen carefully, to draw out what parents themselves want to change and to be honest about the worries that brought us to the door."),
    ("h", "A home that lasts"),
    ("p", "Children should spend as little time as possible not knowing where they will grow up. For each child in our care a permanence plan is agreed within five months of their first day in care, and it is looked at again at each review."),
    ("h", "After care, not the end"),
    ("p", "Young people leaving our care keep a personal adviser until they are 21, or until 25 if they are still studying."),
    ("h", "Who sees what we write"),
    ("p", "Records are written with the child in mind, because one day they may read them. We keep them secure and share what is in them only where the law permits and a child's welfare or safety calls for it."),
]

GARTHBY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Who should read this"),
    ("p", "This chapter is for everyone in Garthby District Council who works with children and their families, and for the agencies we commission. It explains the beliefs and duties that the rest of our procedures put into practice."),
    ("p", "We amended this chapter in December 2025 to describe our practice model and the support we now give care leavers."),
    ("h", "What the law asks of us"),
    ("p", "Garthby's duties to children come from the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, and from the statutory guidance made under them."),
    ("h", "What we believe"),
    ("p", "Children do best when they are listened to. Parents usually want the best for their children even when they cannot yet provide it. Good help is given early, plainly and with respect."),
    ("h", "Standing by our children"),
    ("p", "Once a child becomes one of Garthby's Looked After Children, every councillor and officer shares in being their parent. We hold ourselves to the seven corporate parenting principles, and the Corporate Parenting Committee checks each year how well we have kept to them."),
    ("h", "Working in partnership with parents"),
    ("p", "Our practice model is the Family Partnership Model. Practitioners build an honest working relationship with each parent, agree with them what the difficulty is and what they want to achieve, and plan the help together."),
    ("h", "Where we are heading"),
    ("p", "Our aim is a district in which fewer children need to come into care, and those who do are brought up as well as any loving parent would bring up their own."),
    ("h", "Knowing where home is"),
    ("p", "No Looked After Child should be left waiting to know where they will live. We agree a plan for permanence within eight months of the child coming into care."),
    ("h", "After care, not the end"),
    ("p", "Every care leaver can have a personal adviser until they are 25, whatever they are doing, and can come back to us for help at any point before then."),
    ("h", "Keeping it confidential"),
    ("p", "Families trust us with private information. We keep it secure, tell them how it will be used and share it without their agreement only to protect a child from harm."),
    ("p", "Last updated: 9 January 2026"),
]

HATHERSTONE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "This chapter in brief"),
    ("p", "Hatherstone County Council uses this chapter to set out the values and principles behind all of its services for children in need, Children Looked After and young people leaving care. Managers should make sure new staff read it in their first week."),
    ("p", "The chapter was revised in March 2025 to add the outcomes we measure ourselves against."),
    ("h", "What the law asks of us"),
    ("p", "The main statutes we work under are:"),
    ("b", "Children Act 1989"),
    ("b", "Human Rights Act 1998"),
    ("b", "Children Act 2004"),
    ("b", "Equality Act 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Where we are heading"),
    ("p", "By the end of this decade we want every child in Hatherstone to have at least one adult they trust, a school place where they are doing well and a home they expect to stay in."),
    ("h", "Standing by our children"),
    ("p", "As corporate parent to Children Looked After and care leavers, the county council follows seven principles:"),
    ("b", "acting in the best interests of each child and young person;"),
    ("b", "encouraging them to share their views, wishes and feelings;"),
    ("b", "taking those views, wishes and feelings into account;"),
    ("b", "helping them to reach and use the services available to them;"),
    ("b", "having high hopes for them and working for the best outcomes;"),
    ("b", "making sure they are safe and their lives are stable;"),
    ("b", "preparing them for adulthood and independence."),
    ("h", "The way we practise"),
    ("p", "Our practice model is Systemic Practice. Social workers look at the relationships around a child, not only at the child or one parent, and talk through their thinking with colleagues in weekly group supervision."),
    ("h", "Good lives for children"),
    ("p", "We judge our work by what happens to children: whether they are healthy, whether they are safe, whether they go to school and learn, and whether they leave care ready to work or study."),
    ("h", "Families first, then permanence"),
    ("p", "Wherever it is safe, children stay with their parents or go to live with people they already know. For a child who cannot return home, the plan for permanence is agreed within 4 months of the child becoming looked after."),
    ("h", "After care, not the end"),
    ("p", "Care leavers are offered a personal adviser until they turn 21, and until 25 for those who want to keep one."),
    ("h", "Sharing information well"),
    ("p", "Staff share information with other agencies when it is necessary to protect a child or to meet their needs, and record each decision to share and the reasons for it."),
    ("p", "Version 2.4"),
]

QUENMOOR: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("r", "This chapter is the starting point. | It sets out what Quenmoor Council's children's services believe and why, and every other procedure in the manual should be read in its light. It was updated in May 2026, when the section on care leavers was changed."),
    ("r", "The law comes first. | Our duties come from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, and we follow the statutory guidance issued under them."),
    ("r", "No one can keep a child safe alone. | Schools, health services, the police and voluntary groups in Quenmoor see children every day, and our safeguarding partnership agrees how we all share what we know and act on it together."),
    ("r", "We know where we are heading. | By 2030 we want Quenmoor to be a place where children are brought up safely by their own families wherever possible, and where Cared for Children do as well as their classmates."),
    ("r", "We stand by our children. | When a child comes into our care the council becomes their corporate parent, and every councillor and officer is expected to ask whether a decision is good enough for their own child."),
    ("p", "The Corporate Parenting Board, chaired by the lead member for children, meets four times a year and hears directly from Cared for Children and care leavers."),
    ("r", "We work restoratively. | Our teams do things with families rather than to them or for them, expecting a lot of parents while giving them the help they need to meet those expectations."),
    ("r", "Families come first. | A child who cannot live with their parents is placed with relatives or friends wherever that is safe, and a plan for permanence is agreed as early as we can in the child's time in care."),
    ("r", "After care is not the end. | Care leavers have a personal adviser until they are 21, and until 25 if they have special educational needs or a disability."),
    ("r", "What you tell us stays safe. | We keep personal information secure and share it only when the law allows it and a child's welfare depends on it."),
]
# fmt: on


def _docx(blocks: list[Block], headings: str) -> bytes:
    """No heading styles: the title and each heading a Normal paragraph with one run, set bold
    ("bold"), underlined ("underline") or larger ("larger"); "run-in" has no headings, each
    "r" paragraph opening with a bold lead."""
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        if kind in ("b", "n"):
            document.add_paragraph(text, style="List Bullet" if kind == "b" else "List Number")
            continue
        paragraph: Any = document.add_paragraph()
        if kind == "r":
            lead, rest = text.split(" | ", 1)
            paragraph.add_run(lead).bold = True
            paragraph.add_run(" " + rest)
            continue
        run = paragraph.add_run(text)
        if kind == "title":
            if headings == "underline":
                run.underline = True
                run.font.size = Pt(14)
            elif headings == "larger":
                run.font.size = Pt(18)
            else:
                run.bold = True
                run.font.size = Pt(16 if headings == "run-in" else 14)
        elif kind == "h":
            if headings == "bold":
                run.bold = True
            elif headings == "underline":
                run.underline = True
            else:
                run.font.size = Pt(14)
    return saved_docx(document)


def _note_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks as the note shows them: a run-in lead in bold."""
    shown: list[Block] = []
    for kind, text in blocks:
        if kind == "r":
            lead, rest = text.split(" | ", 1)
            shown.append(("p", f"**{lead}** {rest}"))
        else:
            shown.append((kind, text))
    return shown


# fmt: off
FILES: dict[str, tuple[list[Block], str, str]] = {
    "23901-docx-bold-body-size-normal-headings-by-meaning-five-acts-bulleted-seven-numbered-motivational-social-work-five-months-21-or-25-studying-children-in-care.docx": (BRISWORTH, "bold", "python-docx, no heading styles: the title a bold 14 pt Normal paragraph, each heading a bold Normal paragraph at the body's 11 pt"),
    "23902-docx-underlined-not-bold-headings-three-acts-in-prose-seven-in-prose-family-partnership-model-eight-months-25-for-all-last-updated-looked-after-children.docx": (GARTHBY, "underline", "python-docx, no heading styles: the title an underlined 14 pt Normal paragraph, each heading an underlined (not bold) Normal paragraph at the body's 11 pt"),
    "23903-docx-larger-not-bold-headings-six-acts-bulleted-seven-bulleted-systemic-4-months-21-or-25-on-asking-version-line-children-looked-after.docx": (HATHERSTONE, "larger", "python-docx, no heading styles: the title an 18 pt Normal paragraph and each heading a 14 pt Normal paragraph, neither bold nor underlined, over 11 pt body text"),
    "23904-docx-no-headings-bold-run-in-sentence-opens-each-section-four-acts-no-principles-restoratively-no-months-21-or-25-send-cared-for.docx": (QUENMOOR, "run-in", "python-docx, no headings: the title a bold 16 pt Normal paragraph, each section's first paragraph opening with a bold sentence"),
}
# fmt: on


def main() -> None:
    from build_binary_tools import blocks_note

    for name, (blocks, headings, about) in FILES.items():
        target = HERE / name
        target.write_bytes(_docx(blocks, headings))
        target.with_name(name + ".md").write_text(
            blocks_note(_note_blocks(blocks), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
