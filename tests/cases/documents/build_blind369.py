# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the 369th blind set, a probe of facts held where Word and
PDF files put them: document-control tables, document-history tables, page headers and footers,
table cells and Word-numbered lists.

    36901  Ashvellow (Word): a Title, a council line and a borderless-looking label | value
           document-control table on the first page (Document title, Owner, Version, Date of
           issue, Review date); a running header naming the manual and an "OFFICIAL - page N"
           footer; the Acts in a two-column table (Act | What it requires) with a bold header
           row; the seven principles a Word-numbered list (List Number, numbers drawn by Word).
    36902  Tansleigh (Word): the version and month only in the page header; a next review in
           the scope; the Acts and Regulations as Word bullets; seven Word-numbered principles;
           the key principles as a two-column table whose cells hold the permanence timescale
           and the leaving-care ages; a closing "Document history" table, oldest row first.
    36903  Pethering (PDF printed by LibreOffice from python-docx): the issue date and version
           in every page footer; the Acts in a two-column table; seven Word-numbered
           principles; the leaving-care ages in the cells of a two-column table; a closing
           "Document control" table (Version, Date of issue, Owner, Approved by, Review date).
    36904  Frysham (PDF printed by LibreOffice from python-docx): the version only in the page
           header; a "Document history" table under the title, newest row first (Date |
           Change, no version column); the review date in the scope; the Acts in a sentence;
           seven Word-numbered principles; the leaving-care age in a key-facts table cell.

The HTML page (36905) is written by hand beside this script. All written for this set, in our
own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind369.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    word_field,
)

SCRIPT = "build_blind369.py"

NAMES = {
    "36901": "36901-docx-first-page-document-control-table-date-of-issue-review-date-version-owner-header-and-official-footer-acts-table-act-what-it-requires-word-numbered-principles-ashvellow-family-safeguarding-four-months-21-or-25-in-education.docx",
    "36902": "36902-docx-version-and-month-in-page-header-next-review-in-scope-key-principles-table-cells-three-months-21-or-25-who-asks-closing-document-history-oldest-first-tansleigh-systemic-practice-five-bulleted.docx",
    "36903": "36903-pdf-lo-from-word-issue-date-and-version-in-footer-acts-table-six-word-numbered-principles-leaving-care-ages-in-table-cells-closing-document-control-table-pethering-restorative-six-months.pdf",
    "36904": "36904-pdf-lo-from-word-version-only-in-page-header-document-history-table-under-title-newest-first-date-change-review-in-scope-four-acts-sentence-key-facts-cell-25-for-all-frysham-signs-of-safety.pdf",
}

ACTS_HEADER = ("Act", "What it requires")

# fmt: off
ASHVELLOW: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Ashvellow Borough Council – Children's Services"),
    ("control", [
        ("Document title", "Children's Services Policies, Values and Principles"),
        ("Owner", "Head of Service, Children in Care"),
        ("Version", "3.2"),
        ("Date of issue", "14 October 2025"),
        ("Review date", "October 2027"),
    ]),
    ("h", "Purpose of this chapter"),
    ("p", "This chapter is the first in Ashvellow's children's services procedures manual. It explains what the council believes about children and families, the law it works under and the principles that every later procedure follows. Social workers, managers, foster carers and residential staff should read it when they join the service and whenever it is reissued."),
    ("h", "Legislation"),
    ("p", "The main Acts behind this chapter, and what each of them asks of the council, are set out in the table."),
    ("table", [
        ACTS_HEADER,
        ("Children Act 1989", "Safeguard and promote the welfare of children in need and look after children who cannot live at home."),
        ("Children (Leaving Care) Act 2000", "Stay in touch with young people leaving care and give them a personal adviser and a pathway plan."),
        ("Children Act 2004", "Work with partner agencies to improve children's well-being."),
        ("Children and Families Act 2014", "Support children with special educational needs and keep adoption and fostering timely."),
        ("Children and Social Work Act 2017", "Act as a corporate parent and offer personal advisers to care leavers for longer."),
    ], True),
    ("h", "Our values"),
    ("p", "We believe that children should be brought up by their own families wherever that can be done safely. We speak honestly to parents, even when the message is hard, and we keep our promises to children. We treat every family with respect whatever their background, and we expect our staff to stay curious about what a child's day is really like."),
    ("h", "Working with partners"),
    ("p", "No single service can keep a child safe. Schools, health visitors, the police, housing officers and voluntary groups each hold part of the picture. We expect partners to share worries early and to come to the meetings where plans for a child are made, and we will tell them what has happened after they have raised a concern."),
    ("h", "Corporate parenting"),
    ("p", "Every councillor and every officer of Ashvellow Borough Council is a corporate parent to the children in care and to care leavers. When the council acts for these young people it has regard to the following principles:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to say what they want, need and feel;"),
    ("n", "to take their views and wishes into account;"),
    ("n", "to help them use the services the council and its partners offer;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "to keep them safe and give them stability in home life, relationships, education and work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Ashvellow has used Family Safeguarding since 2022. Social workers share cases with adult mental health workers, domestic abuse workers and substance misuse workers in the same team, so that the parents' own difficulties are worked on alongside the child's needs."),
    ("h", "Key principles"),
    ("p", "Children in care should know as early as possible where they will grow up. A permanence plan is agreed for every child within four months of their coming into care and is checked at each review."),
    ("p", "Care leavers keep a personal adviser up to the age of 21, and up to 25 if they are in education or training. The adviser helps with housing, money, work and health, and stays in touch even when the young person moves away."),
    ("p", "Brothers and sisters are placed together unless that would be against the interests of one of them, and contact with family is kept up wherever it is safe."),
    ("h", "Information sharing"),
    ("p", "We share information about children in care and their families only where the law allows it and where it is needed to keep a child safe or to provide a service. Each decision to share, and each decision not to, is written on the child's record with the reason."),
]

TANSLEIGH: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Tansleigh District Council"),
    ("h", "About this chapter"),
    ("p", "This chapter describes the values and principles that shape Tansleigh's work with looked after children, care leavers and their families. It is reviewed every two years by the Corporate Parenting Board; the next review is due in February 2028. Changes made since the first issue are listed in the document history at the end."),
    ("h", "The law"),
    ("p", "The council's duties towards looked after children and care leavers come mainly from:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Social Work Act 2017;"),
    ("b", "the Care Leavers (England) Regulations 2010."),
    ("h", "What we value"),
    ("p", "Children tell us they want workers who listen, who turn up when they say they will and who do not keep changing. We value relationships above paperwork, we say plainly what we are worried about, and we recognise what families are doing well as readily as what they are doing badly."),
    ("h", "Our shared responsibility"),
    ("p", "Keeping children safe is a job for every agency in Tansleigh. Schools, general practitioners, hospitals, the police and the voluntary sector work with us under the local safeguarding arrangements, and each of them is expected to act on a worry rather than wait for someone else to."),
    ("h", "Tansleigh as corporate parent"),
    ("p", "The whole council shares the duties of a good parent towards looked after children and care leavers. In everything it does for them it keeps in mind that it should:"),
    ("n", "act in their best interests and promote their health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take those views, wishes and feelings into account;"),
    ("n", "make sure they can get the services the council and others provide;"),
    ("n", "promote high aspirations and the best outcomes for them;"),
    ("n", "help them to be safe and to have stable homes, relationships, schooling and work;"),
    ("n", "prepare them for adult life and living independently."),
    ("h", "How we practise"),
    ("p", "Our model is Systemic Practice. Workers look at the relationships around a child rather than at one parent's behaviour alone, and every team has a weekly group supervision in which cases are thought through together."),
    ("h", "Principles of our work"),
    ("table", [
        ("Principle", "What it means in Tansleigh"),
        ("Family first", "Help is offered to keep a child at home before care is considered."),
        ("Permanence", "Every looked after child has a permanence plan within three months of coming into care."),
        ("Leaving care", "A personal adviser for every care leaver until the age of 21, and until 25 for any care leaver who asks for one."),
        ("Listening", "Children's views are recorded in their own words at every review."),
    ], True),
    ("h", "Sharing information"),
    ("p", "Information about looked after children is shared with partners when the law allows it and a child's safety or care depends on it. Staff record what was shared, with whom and why, and young people may see what is held about them."),
    ("h", "Document history"),
    ("table", [
        ("Version", "Date", "What changed"),
        ("1.0", "9 May 2021", "First issue."),
        ("1.3", "17 August 2023", "List of legislation brought up to date."),
        ("2.0", "3 February 2026", "Permanence and leaving care principles rewritten."),
    ], True),
]

PETHERING: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Pethering Council Children and Families Service"),
    ("h", "Introduction"),
    ("p", "This chapter applies to everyone who works with cared for children in Pethering: social workers and their managers, foster carers, staff in our children's homes, and the councillors who take decisions on their behalf. It sets out the framework within which all the other chapters of the manual are written."),
    ("h", "Legal framework"),
    ("table", [
        ("Legislation", "What it requires of us"),
        ("Children Act 1989", "Provide accommodation and care for children who need it and plan for their future."),
        ("Children (Leaving Care) Act 2000", "Assess and support young people as they leave care."),
        ("Adoption and Children Act 2002", "Consider adoption where a child cannot return home and put the child's welfare first."),
        ("Children Act 2004", "Cooperate with partners to improve outcomes for children."),
        ("Children and Social Work Act 2017", "Have regard to the corporate parenting principles."),
        ("Care Planning, Placement and Case Review (England) Regulations 2010", "Keep a care plan for every cared for child and review it on time."),
    ], True),
    ("h", "Our vision"),
    ("p", "We want every cared for child in Pethering to grow up feeling safe, settled and proud of who they are, and to leave our care with the skills and the people they need to make a good start as adults."),
    ("h", "Values"),
    ("p", "We are open with families about what we are doing and why. We respect people's culture and identity. We build on what is strong in a family and we keep children's own words at the centre of our records and our decisions."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parent, Pethering Council holds itself to these principles:"),
    ("n", "acting in the best interests of cared for children and young people;"),
    ("n", "encouraging them to express their views, wishes and feelings;"),
    ("n", "taking those views, wishes and feelings into account;"),
    ("n", "helping them to use the services available to them;"),
    ("n", "promoting high aspirations and the best outcomes;"),
    ("n", "helping them to be safe and stable at home, at school and at work;"),
    ("n", "preparing them for adulthood and independent living."),
    ("h", "Practice model"),
    ("p", "Pethering works in a restorative way. Restorative Practice asks workers to do things with families rather than to them or for them, and the same approach is used in supervision, in meetings and in our children's homes."),
    ("h", "Permanence and leaving care"),
    ("p", "Every cared for child should have a plan for permanence by the time they have been in our care for six months. The plan says where the child will live and who will care for them as they grow up."),
    ("p", "Care leavers can expect the following support from the council:"),
    ("table", [
        ("Support", "Available until"),
        ("A personal adviser and a pathway plan for every care leaver", "their 21st birthday"),
        ("A personal adviser for a care leaver in education or training", "their 25th birthday"),
        ("Help with the costs of university", "the end of the course"),
    ], True),
    ("h", "Information sharing"),
    ("p", "Personal information about cared for children is kept securely and shared only with people who need it to keep a child safe or to provide care. Young people are told what is held about them and how to ask for a copy."),
    ("h", "Document control"),
    ("control", [
        ("Version", "5"),
        ("Date of issue", "1 December 2025"),
        ("Owner", "Assistant Director, Children's Social Care"),
        ("Approved by", "Children's Services Leadership Team"),
        ("Review date", "December 2027"),
    ]),
]

FRYSHAM: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Frysham City Council"),
    ("h", "Document history"),
    ("table", [
        ("Date", "Change"),
        ("January 2026", "Support for care leavers rewritten to match the new local offer."),
        ("July 2024", "Section on the practice model added."),
        ("March 2022", "First published."),
    ], True),
    ("h", "Scope"),
    ("p", "This chapter covers the work of Frysham's children's social care teams with children looked after and care leavers. Every other chapter of the manual should be read alongside it. The chapter will be looked at again by January 2028, or sooner if the law changes."),
    ("h", "Legislation"),
    ("p", "The duties described here are laid on the council by the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004 and the Children and Social Work Act 2017, and by the regulations and guidance made under them."),
    ("h", "A shared responsibility"),
    ("p", "Schools, health services, the police, probation and the voluntary sector all have a part to play in protecting children in Frysham. We work with them under the city's safeguarding partnership arrangements, and we expect every partner to raise concerns quickly and to take part in planning for the child."),
    ("h", "Values"),
    ("p", "We put the child first, we work openly with families, and we treat children and parents with dignity. We judge our work by the difference it makes to children's lives, not by the number of forms completed."),
    ("h", "Corporate parenting"),
    ("p", "Frysham City Council follows the seven corporate parenting principles, which are:"),
    ("n", "to act in the best interests of children looked after and care leavers, and promote their health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account those views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes;"),
    ("n", "to help them be safe, with stability in their home lives, relationships, education and work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Frysham works with the Signs of Safety approach. Families, their friends and the professionals around them map together what is worrying, what is going well and what needs to happen, and the child's own view is drawn or written into the plan."),
    ("h", "Key principles"),
    ("p", "Children looked after should know where they will be growing up as soon as it can be decided. A permanence plan is made within 4 months of a child becoming looked after."),
    ("table", [
        ("Key facts", ""),
        ("Care leavers", "Personal adviser support up to the age of 25 for every care leaver, whatever they are doing."),
        ("Reviews", "Every child looked after has a review within 20 working days of coming into care."),
    ], True),
    ("h", "Information sharing"),
    ("p", "We share information only when it is lawful, necessary and proportionate, and we tell families what we have shared unless doing so would put a child at risk. Every decision is recorded with the reasons for it."),
]
# fmt: on


def _control_table(document: Any, rows: list[tuple[str, str]]) -> None:
    """A label | value document-control table in the Table Grid style, the labels in bold."""
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)


def _grid_table(document: Any, rows: list[tuple[str, ...]], bold_header: bool) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for index, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.paragraphs[0].add_run(text).bold = bold_header and index == 0


STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}


def _document(blocks: list[tuple[Any, ...]], header: str, footer: str, page: bool) -> Any:
    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    foot = section.footer.paragraphs[0]
    foot.add_run(footer)
    if page:
        word_field(foot, "PAGE", "1")
    for block in blocks:
        if block[0] == "control":
            _control_table(document, block[1])
        elif block[0] == "table":
            _grid_table(document, block[1], block[2])
        else:
            document.add_paragraph(block[1], style=STYLES.get(block[0]))
    return document


def _note_blocks(blocks: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [("table", block[1], False) if block[0] == "control" else block for block in blocks]


BUILDS = (
    (
        "36901",
        ASHVELLOW,
        "Ashvellow Borough Council · Children's Services Procedures Manual",
        "OFFICIAL – page ",
        ".docx",
        "python-docx: Title, a label | value document-control table on the first page, Heading 1, a two-column Acts table, List Number principles; a running header naming the manual and an 'OFFICIAL – page N' footer (neither read)",
    ),
    (
        "36902",
        TANSLEIGH,
        "Version 2.0 · February 2026",
        "Uncontrolled when printed · page ",
        ".docx",
        "python-docx: Title, Heading 1, List Bullet Acts, List Number principles, a two-column principles table, a closing document-history table oldest row first; the version and month also in the page header, 'Uncontrolled when printed · page N' in the footer (neither read)",
    ),
    (
        "36903",
        PETHERING,
        "Pethering Council – Children's Services Procedures",
        "Issued December 2025 · Version 5 · Page ",
        ".pdf",
        "python-docx printed to PDF by LibreOffice: Title, Heading 1, a two-column Acts table, List Number principles, a two-column leaving-care table, a closing label | value document-control table; the manual in the page header and 'Issued December 2025 · Version 5 · Page N' in the footer (neither read)",
    ),
    (
        "36904",
        FRYSHAM,
        "Frysham City Council · Children's Services Procedures · Version 7.1",
        "Page ",
        ".pdf",
        "python-docx printed to PDF by LibreOffice: Title, Heading 1, a document-history table under the title (newest first, no version column), List Number principles, a key-facts table; the version only in the page header, 'Page N' in the footer (neither read)",
    ),
)


def main() -> None:
    for number, blocks, header, footer, suffix, about in BUILDS:
        target = HERE / NAMES[number]
        assert target.suffix == suffix
        data = saved_docx(_document(blocks, header, footer, page=True))
        if suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        Path(f"{target}.md").write_text(
            blocks_note(_note_blocks(blocks), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
