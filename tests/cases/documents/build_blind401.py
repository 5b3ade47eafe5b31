# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the four-hundred-and-first blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words:

    40105  Kinglow (Word, python-docx via `styled_docx`): the title in Title, a council line in
           Normal, Heading 1 headings that each NAME TWO KINDS ("This chapter and the law
           beneath it", "Our partners and the standards we keep", "The council as parent, and
           what children gain from it", "Confidential records and the years ahead"), the second
           topic of each at length in an un-headed paragraph with no cue; five Acts and
           Regulations as List Bullet items; the seven principles as List Number items; one
           heading over permanence and leaving care; a closing "Issue 4" line.
    40106  Slatebourne (PDF, a python-docx file printed by LibreOffice): the title in Title,
           Heading 1 headings of MIXED shapes named by meaning: imperatives ("Open this chapter
           first", "Be the parent the law asks for", "Keep confidences", "Mend what is broken by
           2028"), noun phrases naming people ("Judges, ministers and Parliament", "Family group
           coordinators and social workers"), quotations from young people ('"Everyone round the
           table knew me"', '"I just wanted to stay somewhere"') and a heading naming two kinds
           ("What we hold dear and where we are heading") with its second topic un-headed; a
           running header and a "Page N" footer; a closing version line.

usage: .venv/bin/python tests/cases/documents/build_blind401.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind401.py"

# fmt: off
KINGLOW: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Kinglow District Council — Children, Families and Learning"),
    ("h", "This chapter and the law beneath it"),
    ("p", "This is the first chapter of Kinglow's children's social care procedures. It is written for every social worker, family support worker, personal adviser, independent reviewing officer and manager in the service, and for the foster carers and providers who look after children for the district. It explains the thinking behind the procedures that follow, and a new starter reads it before any of them. Amended: March 2026."),
    ("p", "Kinglow carries out its duties to children under:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Social Work Act 2017"),
    ("b", "the Care Leavers (England) Regulations 2010"),
    ("h", "Our partners and the standards we keep"),
    ("p", "Kinglow's children are seen every day by nursery staff, teachers, health visitors, family doctors and neighbourhood police officers, long before a social worker meets them. The district council, the police and the integrated care board share the safeguarding arrangements, and staff in every one of those services pass a worry on the day they have it and keep each other told of what they have done about it."),
    ("p", "Staff are honest and courteous with every family, including families who are angry with them. They listen to children, write down what children say in the children's own words and tell them what happened as a result. They give families credit for what is going well, and they offer help as soon as it is asked for."),
    ("h", "The council as parent, and what children gain from it"),
    ("p", "Once a child is looked after, Kinglow District Council is their corporate parent, and every councillor and officer shares that responsibility. In all they do for Looked After Children and care leavers, they will:"),
    ("n", "act in the best interests of the child and promote their physical and mental health and well-being;"),
    ("n", "encourage the child to say what they think, want and feel;"),
    ("n", "take account of what the child thinks, wants and feels;"),
    ("n", "help the child to get the most from the services of the council and its partners;"),
    ("n", "hold high hopes for the child and seek the best outcomes for them;"),
    ("n", "keep the child safe, with stability in their home, relationships, education and work;"),
    ("n", "prepare the child for adulthood and living independently."),
    ("p", "Looked After Children in Kinglow should be as healthy as other children in the district, go to a good school every day, sit the same exams as their friends, and leave care with a home, a job or a course, and people who care about them. The service measures these results every quarter and councillors question any that slip."),
    ("h", "How Kinstep shapes a visit"),
    ("p", "Kinglow's practitioners work to Kinstep. Every plan begins from a conversation about the next small step the family can take themselves, and each visit starts by asking whether that step happened and what got in its way."),
    ("h", "Homes that last and the years after eighteen"),
    ("p", "Each Looked After Child has a permanence plan within four months of coming into care. A return home is considered first, then care by relatives and friends, and then fostering, special guardianship or adoption."),
    ("p", "Care leavers have a personal adviser until they are 21, and until they are 25 if they are still in education. The adviser helps them find a home, manage their money and keep in touch with family and friends."),
    ("h", "Confidential records and the years ahead"),
    ("p", "Records are written fairly and accurately and held securely. Information about a child or a family is shared with another agency only when the law allows it and a child's safety or welfare requires it, and each decision to share is written down with its reason."),
    ("p", "By 2029 Kinglow intends to care for every Looked After Child within twenty miles of home, to double the number of its own foster carers, and to let every care leaver keep their personal adviser's mobile number for life."),
    ("p", "Issue 4"),
]

SLATEBOURNE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Open this chapter first"),
    ("p", "Slatebourne Council's procedures for children's social care begin here. This chapter is for social workers, managers, personal advisers, family group coordinators, foster carers, residential staff and commissioned providers, and it sets out what the rest of the manual is for. Amended in January 2026."),
    ("h", "Judges, ministers and Parliament"),
    ("p", "Slatebourne's duties come from the Children Act 1989, the Children Act 2004 and the Children and Families Act 2014. The courts rule on applications the council brings, and ministers issue the statutory guidance that shapes how the council uses its powers for children in need, children at risk of harm, Children in Care and care leavers."),
    ("h", "\u201cEveryone round the table knew me\u201d"),
    ("p", "A child's school, doctor, health visitor and the local police each know part of the child's story. The council, the police and the health services run Slatebourne's safeguarding arrangements together, and practitioners from each share what worries them on the same day and agree between them who does what next."),
    ("h", "What we hold dear and where we are heading"),
    ("p", "We are truthful with families and gentle in how we say hard things. Children are heard in every meeting about them, and we explain each decision to them. We notice what parents do well, and we help early."),
    ("p", "Our ambition is a Slatebourne where every child grows up safe and loved, where families find help before they reach a crisis, and where young people who were in care look back and say the council stood by them."),
    ("h", "Be the parent the law asks for"),
    ("p", "All of Slatebourne Council shares responsibility for Children in Care and care leavers. Councillors and officers apply the seven corporate parenting principles whenever a decision touches them, and the Corporate Parenting Forum, chaired by the council's leader, hears from Children in Care at each meeting."),
    ("h", "Family group coordinators and social workers"),
    ("p", "Slatebourne's social workers use Signs of Safety, and a family group conference is offered to every family before a child comes into care. Coordinators help the family draw up its own plan, and the social worker checks it keeps the child safe."),
    ("h", "\u201cI just wanted to stay somewhere\u201d"),
    ("p", "Every Child in Care has a permanence plan within 6 months of coming into care. Going home is considered first, then the wider family and friends, then long-term fostering, special guardianship or adoption."),
    ("p", "Each care leaver can have a personal adviser until they are 25, whatever they are doing. The adviser helps with a home, money, work or study, and health."),
    ("h", "Keep confidences"),
    ("p", "Records about children and families are accurate and kept securely. Information is shared only when the law allows and a child's safety or welfare requires it, and the reason is recorded each time."),
    ("h", "Mend what is broken by 2028"),
    ("p", "By 2028 Slatebourne will end the use of unregistered children's homes, bring waiting times for a first visit under five working days, and give every care leaver a guaranteed interview for a council apprenticeship."),
    ("p", "Version 5"),
]
# fmt: on

NAMES = {
    "40105": "40105-docx-title-style-heading-1-two-kind-headings-second-topic-unheaded-kinglow-amended-colon-month-four-acts-and-regs-bullets-seven-numbered-kinstep-four-months-21-or-25-education-issue-label-looked-after-children.docx",
    "40106": "40106-pdf-lo-heading-1-mixed-imperative-quotation-people-two-kind-headings-running-header-page-n-slatebourne-amended-month-three-acts-sentence-seven-stated-signs-of-safety-6-months-25-for-all-strategy-version-children-in-care.pdf",
}


def _pdf_word(blocks: list[tuple[Any, ...]]) -> bytes:
    from build_binary_tools import add_styled_blocks, new_docx, saved_docx, word_field

    document = new_docx()
    add_styled_blocks(document, blocks, {"title": "Title", "h": "Heading 1"})
    section = document.sections[0]
    section.header.paragraphs[0].add_run("Slatebourne Council | Children's Social Care Manual")
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    return saved_docx(document)


def _note(blocks: list[tuple[Any, ...]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, SCRIPT, about, header_rule=True)


def main() -> None:
    from build_binary_tools import docx_to_pdf, styled_docx

    docx_path = HERE / NAMES["40105"]
    docx_path.write_bytes(
        styled_docx(
            KINGLOW,
            {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"},
        )
    )
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            KINGLOW,
            "python-docx, the title in Title, a council line in Normal, Heading 1 headings that each name two kinds with the second topic in an un-headed paragraph, List Bullet Acts and Regulations, List Number principles, permanence and leaving care under one heading, a closing 'Issue 4' line",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["40106"]
    docx_to_pdf(_pdf_word(SLATEBOURNE), pdf_path)
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            SLATEBOURNE,
            "python-docx printed to PDF by LibreOffice, the title in Title and Heading 1 headings of mixed shapes named by meaning (imperatives, people, quotations from young people, one naming two kinds), a running header with the council's name, a 'Page N' footer with a PAGE field, three Acts in a sentence, seven principles stated, permanence and leaving care under one heading, a strategy section, a closing version line",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
