# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the three-hundred-and-fifty-fourth blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words:

    35405  Dunnockley (Word, python-docx): the title in Heading 1 and every section heading in
           Heading 2, a council line under the title; sections in an unusual order (the
           principles of practice second, the law third); the amendment given as a labelled
           date line; the Acts in a two-column table with a bold header row; the values one long
           paragraph; a document-owner and version line last.
    35406  Ashgarth (PDF, a python-docx file printed by LibreOffice): a bold title, headings typed
           as bold capitals in Normal paragraphs (no heading style), the Acts in one sentence, a
           single heading over both permanence and leaving care, a running footer
           "Ashgarth Council | Page N of M" with PAGE and NUMPAGES fields.

usage: .venv/bin/python tests/cases/documents/build_blind354.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind354.py"

# (kind, text): "title" the title, "sub" a line under it, "h" a section heading, "p" a paragraph,
# "b" a bulleted item, "n" a numbered item, "row" a table row with cells split on " | "
# (consecutive rows make one table, the first its header).
Block = tuple[str, str]

# fmt: off
DUNNOCKLEY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("sub", "Dunnockley Metropolitan Borough Council"),
    ("h", "Status of this document"),
    ("p", "This document records the principles and values that Dunnockley's children's social care service has agreed to work by. It sits at the front of the procedures manual because every other procedure depends on it, and managers are expected to go through it with each new member of staff during their induction."),
    ("p", "Date of last amendment: 9 January 2026."),
    ("h", "Principles that guide our practice"),
    ("p", "Children who are looked after should have their future settled quickly. A plan for permanence is agreed by the time a child has been looked after for three months, and it considers a return home and care within the wider family before anything else."),
    ("p", "Young people leaving care keep a personal adviser until the age of 21, and up to 25 if they are in education, training or employment. The adviser reviews the pathway plan with them at least every six months."),
    ("p", "Children and young people are consulted about every decision that affects them, and their views are written down in their own words."),
    ("h", "Our legal duties"),
    ("p", "The service carries out the duties placed on the council by these Acts:"),
    ("row", "Act | Why it matters to us"),
    ("row", "Children Act 1989 | The foundation of our duties to children in need, children at risk and children who are looked after"),
    ("row", "Children (Leaving Care) Act 2000 | Our duties to young people after they leave care"),
    ("row", "Adoption and Children Act 2002 | Adoption and special guardianship"),
    ("row", "Children Act 2004 | Co-operation between agencies to improve children's well-being"),
    ("row", "Children and Social Work Act 2017 | The corporate parenting principles and the local offer for care leavers"),
    ("h", "What we want for Dunnockley's children"),
    ("p", "We want every child in the borough to grow up in a family that keeps them safe, to get the help they need before problems take hold, and to reach adulthood with the skills, relationships and confidence to make a good life for themselves."),
    ("h", "The seven principles of corporate parenting"),
    ("p", "The council, as corporate parent to the children who are looked after, will:"),
    ("n", "act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "encourage them to say what they think, want and feel;"),
    ("n", "take their views, wishes and feelings into account;"),
    ("n", "help them to use the services of the council and its partners;"),
    ("n", "promote high aspirations for them and seek the best outcomes;"),
    ("n", "keep them safe and give them stability at home, at school and at work;"),
    ("n", "prepare them for adulthood and independent living."),
    ("h", "How we behave"),
    ("p", "We are respectful to every family we meet, whatever their circumstances or the reason we are involved; we are honest about our worries and about what will happen next; we listen to children and make sure that what they say counts; we work alongside parents and carers rather than doing things to them; we notice and challenge unfairness and discrimination, including our own; we are reliable and do what we say we will do; and we learn from our mistakes and from what children and families tell us about our work."),
    ("h", "Safeguarding is everybody's business"),
    ("p", "No agency can keep children safe by itself. The council, Dunnockley's integrated care board and the police lead the local safeguarding arrangements, and schools, health services, housing and voluntary organisations take part in them. Our staff share information and concerns with partners early and take part fully in joint plans."),
    ("h", "A shared approach to practice"),
    ("p", "Dunnockley has used Signs of Safety since 2019. Our assessments and plans set out what is working well, what we are worried about and what needs to happen, in language that families can understand, and children's own words and pictures are part of every plan."),
    ("h", "Measuring success"),
    ("p", "We will judge our work by whether children are safer, whether fewer children need to come into care, whether children who are looked after are settled and doing well at school, and whether young people leaving care have a home and a job or a course."),
    ("h", "Information sharing"),
    ("p", "We keep personal information securely and share it only when it is necessary and proportionate to do so, for a child's safety or to provide a service. Where we can, we ask the family first."),
    ("p", "Document owner: Head of Children's Social Care. Version 3."),
]

ASHGARTH: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("sub", "Ashgarth Council"),
    ("h", "PURPOSE AND STATUS"),
    ("p", "This chapter states the values and principles on which Ashgarth's help for children and families is built. It applies to everyone who works in children's services, to partner agencies working under council arrangements and to providers we commission, and it was amended in January 2026."),
    ("h", "THE LAW"),
    ("p", "The framework for our work is set mainly by the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Social Work Act 2017 and the Equality Act 2010. It covers children in need, children in need of protection, cared for children and care leavers."),
    ("h", "WHO WE WORK WITH"),
    ("p", "Safeguarding in Ashgarth is led jointly by the council, the police and the integrated care board, with schools, health services and voluntary groups all playing a part. Staff are expected to contact partners early, share what they know when a child may be at risk and make plans together with them."),
    ("h", "WHAT WE VALUE"),
    ("b", "The child's voice is heard and acted on."),
    ("b", "Families are supported to stay together when it is safe."),
    ("b", "We are open, honest and fair with everyone."),
    ("b", "We take responsibility for the quality of our work."),
    ("h", "OUR AMBITION FOR 2028"),
    ("p", "By 2028 we want Ashgarth to be a place where children are safe, where families can find help close to home when they need it, and where cared for children achieve as much as their friends."),
    ("h", "BEING A GOOD PARENT"),
    ("p", "Ashgarth Council takes its role as corporate parent seriously. Councillors and officers apply the corporate parenting principles to cared for children and care leavers, all seven of them, from acting in the child's best interests to preparing them for adult life, and the Corporate Parenting Board checks our progress every quarter."),
    ("h", "HOW WE PRACTISE"),
    ("p", "Our practitioners use the Stepping Stones model, which breaks a family's plan into small steps that the family helps to choose and can see being achieved. The model is used by early help, social work and the care leavers service alike."),
    ("h", "PERMANENCE AND LEAVING CARE"),
    ("p", "Cared for children should know where they will live until they grow up. Permanence is planned from the start, and a permanence plan is agreed within four months of a child coming into care."),
    ("p", "When young people leave care, their personal adviser stays with them until they are 21, and beyond that to 25 for those who want it. The adviser helps with housing, money, health and education or work."),
    ("h", "INFORMATION AND PRIVACY"),
    ("p", "We treat what families tell us as confidential and share it only where the law allows and a child's welfare needs it, recording what was shared and why."),
    ("p", "Version 1.3"),
]
# fmt: on

NAMES = {
    "35405": "35405-docx-heading-1-title-heading-2-sections-principles-second-dunnockley-date-of-last-amendment-day-five-acts-table-seven-numbered-values-one-paragraph-signs-of-safety-three-months-21-or-25-owner-version-who-are-looked-after.docx",
    "35406": "35406-pdf-lo-bold-capital-headings-no-styles-ashgarth-amended-month-in-scope-five-acts-with-equality-sentence-all-seven-stated-stepping-stones-four-months-21-or-25-if-wanted-page-n-of-m-footer-version-cared-for.pdf",
}


def _word(blocks: list[Block], footer: str | None) -> bytes:
    from build_binary_tools import (
        LIST_AND_HEADING_STYLES,
        add_bold_heading,
        add_grid_table,
        new_docx,
        saved_docx,
        word_field,
    )
    from docx.shared import Pt

    document = new_docx()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if rows:
            add_grid_table(document, rows, bold_header=True)
            rows.clear()

    for kind, text in blocks:
        if kind != "row":
            flush_table()
        if kind == "title":
            if footer is None:
                document.add_heading(text, level=1)
            else:
                run = document.add_paragraph().add_run(text)
                run.bold = True
                run.font.size = Pt(16)
        elif kind == "h":
            if footer is None:
                document.add_heading(text, level=2)
            else:
                add_bold_heading(document, text, space_before=12)
        elif kind == "row":
            rows.append(text.split(" | "))
        else:
            document.add_paragraph(text, style=LIST_AND_HEADING_STYLES.get(kind))
    flush_table()
    if footer is not None:
        paragraph = document.sections[0].footer.paragraphs[0]
        paragraph.add_run(f"{footer} | Page ")
        word_field(paragraph, "PAGE", "1")
        paragraph.add_run(" of ")
        word_field(paragraph, "NUMPAGES", "2")
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    shown: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "row":
            shown.append(("p", "| " + text + " |"))
        elif kind == "sub":
            shown.append(("p", text))
        else:
            shown.append((kind, text))
    return blocks_note(shown, SCRIPT, about)


def main() -> None:
    from build_binary_tools import docx_to_pdf

    docx_path = HERE / NAMES["35405"]
    docx_path.write_bytes(_word(DUNNOCKLEY, footer=None))
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            DUNNOCKLEY,
            "python-docx, the title in Heading 1, a council line in Normal, Heading 2 section headings in an unusual order, a labelled amendment date, a Table Grid table of five Acts with a bold header row, List Number principles, a values paragraph, an owner and version line last",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["35406"]
    docx_to_pdf(_word(ASHGARTH, footer="Ashgarth Council"), pdf_path)
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            ASHGARTH,
            "python-docx printed to PDF by LibreOffice, title bold 16 pt, a council line, headings typed in bold capitals in Normal paragraphs, List Bullet values, a footer 'Ashgarth Council | Page N of M' with PAGE and NUMPAGES fields",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
