# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 158th blind set's Word and PDF files (15805, 15806): two whole chapters of invented
councils, as councils keep them.

    15805  Word (python-docx): the title in the Title style, headings in Heading 1 named by
           meaning ("Purpose of this guidance", "How the council acts as a parent" ...), the
           corporate parenting principles a real Word numbered list (List Number), the
           principles of work split under two headings.
    15806  Word file of Normal paragraphs whose headings are bold runs at body size (11 pt),
           printed to PDF by LibreOffice headless with a running footer "Page N"; the vision
           first, the principles and information sharing merged under one heading.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind158.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx, word_field  # noqa: E402

SCRIPT = "build_blind158.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]

# fmt: off
THISTLEGATE: Blocks = [
    ("h", "Purpose of this guidance"),
    ("p", "This guidance tells staff, partners and commissioned providers how Thistlegate Council's children's services are expected to work. Version 2.4."),
    ("p", "It was signed off by the Corporate Parenting Board in February 2025 and replaces all earlier versions."),
    ("h", "The legal basis for our work"),
    ("p", "This policy sets out the framework for our work with children and their families. It rests on the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. It covers children in need, Children Looked After and care leavers."),
    ("h", "A shared duty to protect"),
    ("p", "Safeguarding children is the job of every agency, not of children's social care alone. We agree plans with schools, health services, the police and housing, as the statutory guidance Working Together to Safeguard Children expects, and we hold each other to account for them."),
    ("h", "How the council acts as a parent"),
    ("p", "Thistlegate Council, its councillors and its officers together act as the parent of every child it looks after. In all that we do for them we will:"),
    ("n", "act in their best interests and look after their physical and mental health and well-being;"),
    ("n", "encourage them to tell us their views, wishes and feelings;"),
    ("n", "give proper weight to those views, wishes and feelings;"),
    ("n", "help them to find and use the services open to them;"),
    ("n", "hold high hopes for them and seek the best outcomes;"),
    ("n", "make sure they are safe and that their home, school and relationships are stable;"),
    ("n", "prepare them for adulthood and for living independently."),
    ("h", "The way our social workers practise"),
    ("p", "Thistlegate works to the Family Safeguarding model. Social workers, adult mental health workers, domestic abuse workers and substance misuse workers sit in one team, so that parents get help with the problems behind a child's difficulties."),
    ("h", "What we want for every child"),
    ("p", "We want every child in Thistlegate to be healthy, to be safe, to enjoy learning and achieve, to make a positive contribution and to grow into economic well-being."),
    ("h", "A settled home"),
    ("p", "Children should be brought up within their own families whenever it is safe. Where a child cannot live at home we look to family and friends carers first."),
    ("p", "Every Child Looked After will have a permanence plan within four months of coming into care, confirmed at the second review."),
    ("h", "Moving on to adult life"),
    ("p", "Care leavers keep the support of a personal adviser up to the age of 21, extended to 25 for any care leaver who asks for it."),
    ("p", "Young people can stay with their foster carers after 18 under Staying Put arrangements."),
    ("h", "Confidentiality"),
    ("p", "Information about children is held securely and shared only on a need-to-know basis, in line with data protection law and our information sharing agreements."),
]

OAKENSETT: Blocks = [
    ("h", "About this edition"),
    ("p", "This edition of the chapter came into force on 1 November 2024. It applies to all staff of Oakensett Borough Council's children's services."),
    ("h", "Vision"),
    ("p", "Our vision is that every child in Oakensett grows up in a family where they are safe, loved and able to thrive, and that children who are looked after by us have the same chances in life as any other child."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for the work of Oakensett's children's services. Its legal foundations are the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. It covers children in need, children who are looked after and care leavers."),
    ("h", "Values and beliefs"),
    ("p", "We believe children have a right to be heard. We value honesty, persistence and kindness, and we expect our staff to challenge one another when a child's needs are being missed."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parents, councillors and officers share the duties of a good parent towards children who are looked after and care leavers. The council has adopted the seven corporate parenting principles and reports each year to full council on how it has met them."),
    ("h", "Our practice model"),
    ("p", "We use the Safe and Together model when domestic abuse is a concern, keeping children safe and together with the parent who is not abusive and holding the abusive parent to account."),
    ("h", "Key principles"),
    ("p", "Children are best looked after within their families wherever it is safe. We support parents to care for their children and turn to kinship care before other placements."),
    ("p", "Each child who is looked after should have a permanence plan within six months of entering care."),
    ("p", "Care leavers are supported until they are 21, or until 25 if they are in education, training or employment."),
    ("p", "Information about children and their families is confidential. Staff share it with other agencies only when the law allows, when a child's safety or welfare depends on it, and after thinking about whether the family should be told first, and they record every decision to share."),
    ("h", "Our strategy"),
    ("p", "Over the next three years our strategy is to support more families early, to recruit more foster carers within Oakensett, and to keep social workers' caseloads at a level where they can know every child well."),
]
# fmt: on


def thistlegate(target: Path) -> None:
    document = new_docx()
    document.core_properties.title = TITLE
    document.core_properties.created = datetime.datetime(2025, 2, 1)
    document.add_paragraph(TITLE, style="Title")
    for kind, text in THISTLEGATE:
        if kind == "h":
            document.add_heading(text, level=1)
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


def oakensett(target: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    document.core_properties.title = TITLE
    document.core_properties.created = datetime.datetime(2024, 11, 1)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    title = document.add_paragraph()
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(16)
    for kind, text in OAKENSETT:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind == "h":
            run.bold = True  # body size: a bold Normal line is the heading
    docx_to_pdf(saved_docx(document), target)


FILES = {
    "15805-docx-heading-styles-by-meaning-version-signed-off-by-board-month-numbered-principles-principles-split-family-safeguarding-four-months-21-or-25-who-asks-clas.docx": (
        thistlegate,
        THISTLEGATE,
        "Word, Title and Heading 1 styles, headings named by meaning, the principles a real numbered list",
    ),
    "15806-pdf-lo-bold-body-size-headings-came-into-force-day-vision-first-principles-and-sharing-merged-safe-and-together-six-months-21-or-25-who-are-looked-after.pdf": (
        oakensett,
        OAKENSETT,
        "LibreOffice PDF of a Word file whose headings are bold Normal lines at body size, footer 'Page N'",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / f"{name}.md").write_text(
            blocks_note([("title", TITLE), *blocks], SCRIPT, about), "utf-8"
        )
        print(name)


if __name__ == "__main__":
    main()
