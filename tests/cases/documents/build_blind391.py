# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the three-hundred-and-ninety-first blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words:

    39105  Tunstead Moss (Word, python-docx via `styled_docx`): the title in Title, a council
           line in Normal, every section heading in Heading 2 and put as a QUESTION; four Acts
           and one set of Regulations as List Bullet items; the seven principles as List Number
           items; an un-headed vision paragraph with no cue after the values paragraph; a
           closing "v2.1" line.
    39106  Calverdown (PDF, a python-docx file printed by LibreOffice): the title in Title,
           every heading in Heading 1 named by meaning in the first person plural ("Where we
           stand in law", "Whom we work beside"), a running header with the council's name and
           a "Page N of M" footer; three Acts in a sentence; the seven principles stated; an
           un-headed information-sharing paragraph with no cue after the leaving-care paragraph;
           a strategy section; a closing version line.

usage: .venv/bin/python tests/cases/documents/build_blind391.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind391.py"

# fmt: off
TUNSTEAD_MOSS: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Tunstead Moss Borough Council – Children and Families Service"),
    ("h", "How far does this chapter reach?"),
    ("p", "This chapter heads Tunstead Moss's procedures for children's social care. Social workers, senior practitioners, team managers, early help workers, personal advisers and independent reviewing officers follow it, and so do the foster carers, children's homes and commissioned services that care for children on the council's behalf. Each later procedure puts part of it into practice. Amended in August 2025 to bring in the council's new practice approach."),
    ("h", "What gives the council its duties?"),
    ("p", "Parliament gives the council its powers and duties towards children chiefly through:"),
    ("b", "the Children Act 1989"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Care Leavers (England) Regulations 2010"),
    ("h", "Which services share the load?"),
    ("p", "Tunstead Moss's schools, health visitors, midwives, police and housing officers meet children and parents far more often than a social worker does. The council, the police and the integrated care board agree the borough's safeguarding arrangements, and every practitioner is expected to raise a concern promptly, to share what they know and to do what they said they would do."),
    ("h", "What should families expect from our staff?"),
    ("p", "Staff are honest with families about what worries them and about what the council can and cannot do. They listen to children and take what they say seriously. They look for what a family does well as carefully as for what it does badly, and they offer help early, before a struggle becomes a crisis."),
    ("p", "In ten years' time we would like every child who grew up in Tunstead Moss, including those the council looked after, to say that the borough gave them a fair start: a safe home, a good school, and adults who stayed."),
    ("h", "What do councillors and officers promise children in care?"),
    ("p", "Tunstead Moss Borough Council, through its councillors and officers, will:"),
    ("n", "act in the best interests of Children in Care and care leavers, and promote their physical and mental health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take account of those views, wishes and feelings;"),
    ("n", "help them to make the best use of the services provided by the council and its partners;"),
    ("n", "promote high aspirations and seek the best outcomes for them;"),
    ("n", "make sure they are safe and have stability in their home lives, relationships and education or work;"),
    ("n", "prepare them for adulthood and independent living."),
    ("h", "How do practitioners approach a family?"),
    ("p", "Social workers in Tunstead Moss use Tillerstone Practice. The worker and family begin by naming the people around the child, agree together the one thing that most needs to change, and review it at each visit in the family's own words."),
    ("h", "How soon is a permanent home settled?"),
    ("p", "Every Child in Care has a plan for permanence within four months of coming into care. A return home is considered first, then care by relatives or friends, and then fostering, special guardianship or adoption."),
    ("h", "What happens once a young person leaves care?"),
    ("p", "Care leavers have a personal adviser up to the age of 21, and up to 25 if they are studying or training. The adviser helps them find somewhere to live, manage money and keep in touch with the people they care about."),
    ("h", "Who may see what families tell us?"),
    ("p", "Information about children and families is recorded fairly, stored securely and shared only where the law allows and a child's safety or welfare requires it. Each decision to share is recorded with its reason, and families may ask to see what is held about them."),
    ("p", "v2.1"),
]

CALVERDOWN: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Whom we wrote this for"),
    ("p", "Calverdown Council's children's social care procedures are written for social workers, managers, personal advisers, family support workers, foster carers and the providers the council commissions. This chapter comes first because it sets out the beliefs that the rest of the manual serves, and anyone joining the service reads it in their first week. Revised June 2025."),
    ("h", "Where we stand in law"),
    ("p", "Calverdown's duties to children are set by the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017. Those duties run to children in need, to children at risk of significant harm, to Looked After Children and to care leavers, and the council carries them out with families wherever it safely can."),
    ("h", "Whom we work beside"),
    ("p", "No single agency can keep Calverdown's children safe. The council, the police and the health services set the local safeguarding arrangements together, schools and early years settings join them, and a practitioner in any of those places who is worried about a child tells the others on the same day."),
    ("h", "What we will not compromise"),
    ("p", "We are straight with families and kind in how we say hard things. We expect children to be heard in every meeting about them, and we explain every decision we make. We notice what parents are doing well. We give staff time to think, and we expect them to challenge a decision they believe is wrong."),
    ("h", "Why we answer as a parent"),
    ("p", "Every part of the council shares responsibility for Looked After Children and care leavers. Councillors and officers apply the seven corporate parenting principles to any decision that affects them, and the council's Corporate Parenting Committee, two of whose members are care-experienced, checks progress four times a year."),
    ("h", "How we set about our work"),
    ("p", "Calverdown's social workers use the Tethered Families model. A worker spends the first visit learning who the family already leans on, and builds the plan around those people rather than around the council's services."),
    ("h", "Where we want children to grow up"),
    ("p", "Looked After Children in Calverdown have a permanence plan within 6 months of becoming looked after. Going home is considered first, then the wider family and friends, then fostering, special guardianship and adoption."),
    ("p", "Every care leaver has a personal adviser until they are 25, whatever they are doing. The adviser helps with a home, a budget, work or study, and health."),
    ("p", "Records about children and families are written accurately and kept securely. They are shared with another agency only when the law allows it and a child's safety or welfare requires it, and each decision to share is noted with the reason."),
    ("h", "What we mean to do next"),
    ("p", "By 2028 Calverdown will bring more Looked After Children back to live inside the county, open supported lodgings for young people leaving care, and give every family an online copy of their plan."),
    ("p", "Version 1.4"),
]
# fmt: on

NAMES = {
    "39105": "39105-docx-title-style-heading-2-question-headings-tunstead-moss-amended-month-four-acts-and-regs-bullets-unheaded-vision-after-values-seven-numbered-tillerstone-four-months-21-or-25-studying-v2-1-children-in-care.docx",
    "39106": "39106-pdf-lo-heading-1-first-person-plural-headings-running-header-page-n-of-m-calverdown-revised-month-three-acts-sentence-seven-stated-tethered-families-6-months-25-for-all-unheaded-records-strategy-version.pdf",
}


def _pdf_word(blocks: list[tuple[Any, ...]]) -> bytes:
    from build_binary_tools import add_styled_blocks, new_docx, saved_docx, word_field
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    add_styled_blocks(document, blocks, {"title": "Title", "h": "Heading 1"})
    section = document.sections[0]
    section.header.paragraphs[0].add_run("Calverdown Council - Children's Services Procedures")
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "2")
    return saved_docx(document)


def _note(blocks: list[tuple[Any, ...]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, SCRIPT, about, header_rule=True)


def main() -> None:
    from build_binary_tools import docx_to_pdf, styled_docx

    docx_path = HERE / NAMES["39105"]
    docx_path.write_bytes(
        styled_docx(
            TUNSTEAD_MOSS,
            {"title": "Title", "h": "Heading 2", "b": "List Bullet", "n": "List Number"},
        )
    )
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            TUNSTEAD_MOSS,
            "python-docx, the title in Title, a council line in Normal, Heading 2 section headings put as questions, List Bullet Acts and Regulations, an un-headed vision paragraph after the values paragraph, List Number principles, a closing 'v2.1' line",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["39106"]
    docx_to_pdf(_pdf_word(CALVERDOWN), pdf_path)
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            CALVERDOWN,
            "python-docx printed to PDF by LibreOffice, the title in Title and Heading 1 headings named by meaning in the first person plural, a running header with the council's name, a 'Page N of M' footer with PAGE and NUMPAGES fields, three Acts in a sentence, seven principles stated, permanence, leaving care and an un-headed records paragraph under one heading, a strategy section, a closing version line",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
