# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the three-hundred-and-eighty-second blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words:

    38205  Ashwarren (Word, python-docx via `styled_docx`): the title in Heading 1, a council
           line in Normal, every section heading in Heading 2 named by meaning; four Acts as
           List Bullet items; a values paragraph that speaks of the corporate parent; the seven
           principles as List Number items; permanence and leaving care under one heading,
           followed by an un-headed outcomes paragraph with no cue; a closing version line.
    38206  Hobbleford (PDF, a python-docx file printed by LibreOffice): the title in Title and
           every heading a bold Normal paragraph (no heading style), a running header with the
           council's name and a centred page-number footer; a scope paragraph that speaks of
           legislation; four Acts in a sentence; the seven principles stated; a strategy
           section; permanence and leaving care under two headings; a closing "v5" line.

usage: .venv/bin/python tests/cases/documents/build_blind382.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind382.py"

# fmt: off
ASHWARREN: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Ashwarren District Council – Children's Services"),
    ("h", "The purpose and reach of this chapter"),
    ("p", "This chapter opens Ashwarren's manual of children's social care procedures. It applies to the council's own staff in every children's team, to students and agency workers on placement with them, and to the foster carers, residential staff and commissioned services who look after children for the council. The procedures that follow turn its commitments into steps; where a procedure is silent, this chapter is the guide. The chapter was amended in September 2025 to reflect the council's new practice approach."),
    ("h", "Statute book entries that bind the council"),
    ("p", "The main Acts that give the council its duties and powers towards children are:"),
    ("b", "the Children Act 1989"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "No agency on its own"),
    ("p", "Health visitors, school staff, police officers and housing workers each see a part of a child's life that a social worker may never see. Ashwarren's safeguarding partners agree how those pieces are brought together, and our practitioners share what they know promptly, go to each other's meetings and follow through on what they said they would do."),
    ("h", "Creed of the service"),
    ("p", "We are honest with families about our worries and about what we can and cannot do. We listen to children and let them see that what they say changes things. We start from a family's strengths and we help early, before a difficulty becomes a crisis. The council is corporate parent to the children in its care, and that asks every member of staff to be as ambitious for those children as for their own; for all children, we judge our work by whether life has become better for the child."),
    ("h", "The duties of a parent, shared across the council"),
    ("p", "Ashwarren District Council, through its councillors and officers, will:"),
    ("n", "act in the best interests of children in care and care leavers, and promote their physical and mental health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take those views, wishes and feelings into account;"),
    ("n", "help them to use the services available to them to the full;"),
    ("n", "hold high hopes for them and seek the best outcomes for them;"),
    ("n", "keep them safe, with stability in their homes, relationships and education or work;"),
    ("n", "prepare them for adulthood and for living independently."),
    ("h", "Conversations at the heart of practice"),
    ("p", "Ashwarren's workers practise Common Ground Practice. Each assessment is built from conversations with the child, both parents where possible and the wider family, and it records where they agree and where they differ as well as what the worker thinks. Plans are written with the family in short sentences they would use themselves."),
    ("h", "Home, belonging and growing up"),
    ("p", "Every child in care has a plan for permanence agreed within four months of coming into care. Care leavers have a personal adviser up to the age of 21, and up to 25 if they are in education or training. The adviser helps them to find a home, manage money and stay in touch with the people who matter to them."),
    ("p", "Children in care in Ashwarren should do as well at school as other children in the district, should be as healthy, should not move home more than they have to, and should leave care with somewhere safe to live. Each of those is reported to the council's cabinet every six months."),
    ("h", "Keeping what families tell us safe"),
    ("p", "Information about children and families is recorded accurately, stored securely and shared only when the law allows it and a child's safety or welfare requires it. Staff write down each decision to share and the reason for it, and families can ask to see what is held about them."),
    ("p", "Version 2.3 – September 2025"),
]

HOBBLEFORD: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("bh", "Readers and reach"),
    ("p", "Hobbleford Council's children's social care procedures are written for social workers, managers, personal advisers, foster carers and the staff of commissioned services. Later chapters set out what the legislation requires in each situation; this one sets out the values and principles that those requirements serve, and it should be read first by anyone new to the service. Amended July 2025."),
    ("bh", "Chapter and verse of the law"),
    ("p", "Hobbleford's duties come from the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004 and the Children and Social Work Act 2017. They cover children who need help or protection, Looked After Children and care leavers, and the council carries them out with families rather than to them wherever it safely can."),
    ("bh", "Safety woven by several services"),
    ("p", "Keeping children safe in Hobbleford is a task for the council, the police and the health services together, with schools, nurseries and voluntary groups alongside them. Each agency tells the others promptly about a worry, and families who need help from several services are given one named worker to coordinate it."),
    ("bh", "Manners of the service"),
    ("p", "We speak to families plainly and respectfully. We keep children at the centre of every conversation about them and we make sure they understand the decisions we make. We recognise the effort parents make and tell them so. Managers make time for staff to think about their cases, and staff are expected to question decisions that seem wrong to them."),
    ("bh", "Responsibilities as corporate parent"),
    ("p", "Every part of the council shares the duty to Looked After Children and care leavers. Councillors and officers apply the seven corporate parenting principles to decisions about them, and the Corporate Parenting Group, which includes two care-experienced young people, reviews the council's progress three times a year."),
    ("bh", "Practice in Hobbleford"),
    ("p", "Social workers use Pathfinder Practice, the council's own framework. It asks each worker to build a picture of the family with them, to agree the single most important change, and to check at every visit whether that change has begun."),
    ("bh", "Permanence for Looked After Children"),
    ("p", "A permanence plan is made for each Looked After Child within six months of the child becoming looked after, considering first whether the child can go home safely."),
    ("bh", "Leaving care in Hobbleford"),
    ("p", "Young people who leave care are given a personal adviser up to the age of 21. On request the adviser stays with them until they are 25."),
    ("bh", "Our next three years"),
    ("p", "By 2028 Hobbleford will bring more of its Looked After Children back to live within the district, open a supported lodgings scheme for young people leaving care, and give every family an online copy of their plan."),
    ("bh", "Secrets kept and passed on"),
    ("p", "Information about children and families is kept securely, shared only where the law allows and a child's welfare requires it, and every decision to share is recorded with its reason."),
    ("p", "v5"),
]
# fmt: on

NAMES = {
    "38205": "38205-docx-heading-1-title-heading-2-meaning-headings-ashwarren-amended-month-four-acts-bullets-values-mention-corporate-parent-seven-numbered-common-ground-4-months-21-or-25-education-unheaded-outcomes-version.docx",
    "38206": "38206-pdf-lo-bold-normal-headings-running-header-page-footer-hobbleford-amended-month-line-scope-mentions-legislation-four-acts-sentence-seven-stated-pathfinder-six-months-21-or-25-on-request-strategy-v5.pdf",
}


def _pdf_word(blocks: list[tuple[Any, ...]]) -> bytes:
    from build_binary_tools import add_bold_heading, new_docx, saved_docx, word_field
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    for block in blocks:
        if block[0] == "title":
            document.add_paragraph(block[1], style="Title")
        elif block[0] == "bh":
            add_bold_heading(document, block[1], 12)
        else:
            document.add_paragraph(block[1])
    section = document.sections[0]
    section.header.paragraphs[0].add_run("Hobbleford Council | Children's Social Care Manual")
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    word_field(footer, "PAGE", "1")
    return saved_docx(document)


def _note(blocks: list[tuple[Any, ...]], about: str) -> str:
    from build_binary_tools import blocks_note

    shown = [("h", *block[1:]) if block[0] == "bh" else block for block in blocks]
    return blocks_note(shown, SCRIPT, about, header_rule=True)


def main() -> None:
    from build_binary_tools import docx_to_pdf, styled_docx

    docx_path = HERE / NAMES["38205"]
    docx_path.write_bytes(
        styled_docx(
            ASHWARREN,
            {"title": "Heading 1", "h": "Heading 2", "b": "List Bullet", "n": "List Number"},
        )
    )
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            ASHWARREN,
            "python-docx, the title in Heading 1, a council line in Normal, Heading 2 section headings named by meaning, List Bullet Acts, a values paragraph that speaks of the corporate parent, List Number principles, permanence and leaving care under one heading followed by an un-headed outcomes paragraph, a closing version line",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["38206"]
    docx_to_pdf(_pdf_word(HOBBLEFORD), pdf_path)
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            HOBBLEFORD,
            "python-docx printed to PDF by LibreOffice, the title in Title and every heading a bold Normal paragraph kept with the next, a running header with the council's name, a centred page-number footer with a PAGE field, a scope paragraph that speaks of legislation, four Acts in a sentence, seven principles stated, permanence and leaving care under two headings, a strategy section, a closing 'v5' line",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
