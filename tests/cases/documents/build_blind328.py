# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the three-hundred-and-twenty-eighth blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with headings named by what their sections mean rather
than by the template's words:

    32803  Lyddington Marsh (Word, python-docx): a Title-style title and a council line, Heading 2
           headings that are mostly the council's own programme names, and one heading set in the
           Title style in the middle of the document (the council's care charter); List Bullet
           and List Number lists; a version line in Normal at the end.
    32804  Tindleford (PDF, WeasyPrint): headings bold and larger than the body (13 pt against
           10 pt), some of them questions a young person would ask; a running header naming the
           council and a "Page N of M" footer in the page margins.

usage: .venv/bin/python tests/cases/documents/build_blind328.py   (needs python-docx and
WeasyPrint). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind328.py"

# (kind, text): "title" the document's title (Title style / <h1>), "council" a line under it,
# "h" a heading (Heading 2 / a bold larger <h2>), "th" a heading set in the Title style mid-way,
# "p" a paragraph, "b" a bulleted item, "n" a numbered item.
Block = tuple[str, str]

# fmt: off
LYDDINGTON: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("council", "Lyddington Marsh Council \u00b7 Children's Social Care"),
    ("h", "Using this part of the manual"),
    ("p", "This is the opening chapter of Lyddington Marsh's children's social care procedures. It sets down the purpose and the beliefs that the more detailed chapters put into practice, and everyone who works with children on the council's behalf is expected to know it: social workers, support workers, personal advisers, residential staff, independent reviewing officers and the foster carers we approve."),
    ("p", "The chapter was amended in June 2026, when the parts on permanence and on care leavers were brought up to date."),
    ("h", "Our statutory mandate"),
    ("p", "The council's powers and duties towards children are given to it by Parliament, chiefly in these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Data Protection Act 2018"),
    ("p", "The chapter covers children in need and their families, children in need of protection, Looked After Children and young people who have left care."),
    ("h", "The Marsh Safeguarding Alliance"),
    ("p", "The Marsh Safeguarding Alliance is the name the council, the integrated care board and the police gave to their joint arrangements for protecting children, drawn up under Working Together to Safeguard Children 2023. Schools, early years settings, probation and the voluntary sector are relevant agencies within it and take part in its reviews and training."),
    ("p", "In practice it means one conversation about a worried-about child rather than five, and a shared duty to follow a concern through until someone has acted on it."),
    ("h", "Marsh Ambitions 2030"),
    ("p", "Marsh Ambitions 2030 is the council's ten-year aim for its children: that by 2030 every child in Lyddington Marsh grows up in a safe, loving home, in a community that knows them, with the chance to do well at school and beyond. We think it is achievable because most families, given help early and given it well, can care for their children safely, and because children do best when the adults around them work together."),
    ("h", "Lines we never cross"),
    ("p", "Some things hold whatever the pressure on a team or a budget:"),
    ("b", "a child is seen, and spoken to alone, whenever we are worried about them;"),
    ("b", "parents are told plainly what we think and why;"),
    ("b", "no decision about a child is made without asking what the child wants;"),
    ("b", "we put right our mistakes and say sorry for them."),
    ("th", "The Lyddington Marsh Care Charter"),
    ("p", "The Care Charter is the council's corporate parenting pledge, agreed by full council and renewed every two years. It commits every department, councillor and officer to the seven corporate parenting principles, which require us:"),
    ("n", "to act in the best interests of each of our Looked After Children and to look after their health and well-being;"),
    ("n", "to encourage them to say what they think and feel;"),
    ("n", "to take account of what they say;"),
    ("n", "to help them get to, and get the most from, the services of the council and its partners;"),
    ("n", "to aim high for them and to pursue the best outcomes;"),
    ("n", "to keep them safe and to give them stability at home, in relationships and at school or work;"),
    ("n", "to prepare them for adult life and independence."),
    ("h", "Kinder Conversations"),
    ("p", "Kinder Conversations is Lyddington Marsh's practice model. Introduced in 2022, it asks practitioners to build relationships first and plans second: to meet families where they are, to name risks honestly, and to agree with the family small steps they believe they can take. Supervision follows the same pattern, so that staff are treated as we ask them to treat families."),
    ("h", "Permanence Pathway"),
    ("p", "The Permanence Pathway sets out how we decide where a child will grow up. We begin with the child's own parents and wider family, including kinship care and special guardianship, before fostering, adoption or residential care are considered. Every Looked After Child must have a plan for permanence within six months of entering care, and no child's plan may be left undecided at a review without a date for the decision."),
    ("h", "The Launchpad Service for care leavers"),
    ("p", "Launchpad is the council's leaving care service. Each young person leaving care has a personal adviser and a pathway plan up to the age of 21. If they ask us to, we will carry on supporting them until they are 25, for any reason and with no need to be in education."),
    ("h", "Marks of a good childhood"),
    ("p", "We look for six marks in the lives of the children we work with: they are safe, they are healthy, they learn and achieve, they have people who love them, they have a say in their own lives, and they leave childhood with somewhere to live and something to do. The service reports on each mark to the Care Charter board twice a year."),
    ("h", "Handling records with care"),
    ("p", "We record what matters, accurately and in words a family could read without being hurt by them. Records are kept securely and are open only to staff who need them. Information is shared with partners when a child's safety or welfare depends on it, and where we share without consent we record the reason. Children and parents are told how to see their records and how to ask for a correction."),
    ("p", "Version 3.2 \u2013 approved by the Assistant Director, Children's Social Care"),
]

TINDLEFORD: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("council", "Tindleford County Council \u2013 Children and Families Directorate"),
    ("h", "Scope, status and limits"),
    ("p", "This chapter states the values and principles on which Tindleford's children's services are run. It applies to all staff and managers in the directorate and to the organisations the county commissions to care for children. It does not replace the detailed procedures elsewhere in the manual; where one of them is silent, this chapter tells you what the county would want."),
    ("p", "The chapter was last revised in April 2026."),
    ("h", "Statute, briefly"),
    ("p", "Most of our duties flow from the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004 and the Children and Social Work Act 2017. The chapter applies to children in need, to children at risk of significant harm, to Cared for Children and to care leavers."),
    ("h", "Which partners share the job?"),
    ("p", "Children are safest when the people who know them talk to each other. With the police and the local health board we lead Tindleford's safeguarding arrangements under Working Together to Safeguard Children 2023, and schools, nurseries, GPs and charities are part of them. Any practitioner with a worry about a child should share it the same day."),
    ("h", "What sort of county do we want for children?"),
    ("p", "We want Tindleford to be a county where children grow up safe, happy and hopeful, in their own families wherever possible, and where no child's chances are limited by where they were born or what happened to them. We believe it can be done because the county's families, schools and communities already do much of this work, and our job is to strengthen them rather than replace them."),
    ("h", "Beliefs that steady us"),
    ("b", "Children have a right to be heard on every decision about them."),
    ("b", "Most parents want to do right by their children and can change with the right help."),
    ("b", "Relationships, not processes, are what change lives."),
    ("b", "Fairness means noticing who is not getting our help."),
    ("b", "We are accountable to children for what we do."),
    ("h", "Tindleford's word to every cared for child"),
    ("p", "When a child comes into our care, Tindleford County Council becomes their corporate parent. We hold ourselves to the seven corporate parenting principles in everything we decide for Cared for Children:"),
    ("b", "their best interests, health and well-being come first;"),
    ("b", "they are encouraged to give their views, wishes and feelings;"),
    ("b", "those views, wishes and feelings are weighed in our decisions;"),
    ("b", "they are helped to use the county's and our partners' services to the full;"),
    ("b", "we aim high for them and pursue the best outcomes;"),
    ("b", "they are safe and their homes, relationships, schooling and work are stable;"),
    ("b", "they are made ready for adult life and for living independently."),
    ("h", "Seeing the whole system"),
    ("p", "Our social workers are trained in Systemic Practice. They look at a child's difficulties in the light of the whole family and the wider network, test more than one explanation before settling on one, and bring in the family's own ideas about what would help. Teams hold a weekly group supervision in which each case is thought about together."),
    ("h", "When can a child not stay at home?"),
    ("p", "Only when it is unsafe, and only after we have looked at what support, or which relatives, could make it safe. For every child who does come into care, a permanence plan is agreed within four months, so that no child is left wondering for long where they will grow up."),
    ("h", "Can I still get help at 22?"),
    ("p", "Yes. Every care leaver in Tindleford has a personal adviser until their 21st birthday. After that, support carries on up to the age of 25 for any care leaver who asks for it."),
    ("h", "How do we judge whether we are making a difference?"),
    ("p", "By asking children and families, and by looking at what happens to them: whether children stay safe, whether they are settled at home and at school, whether their health needs are met, and whether young adults leaving care are in a home of their own and in work, education or training. The directorate publishes what it finds each year."),
    ("h", "Sharing information, carefully"),
    ("p", "Information about children and families is private, and we handle it that way. It is stored securely, used only for the purpose it was given for, and shared only where sharing is needed to keep a child safe or is agreed with the family. Practitioners who are unsure should ask their manager before they share rather than after."),
    ("p", "Last updated: 30 April 2026"),
]
# fmt: on

# Title and Heading 2 are the styles python-docx's add_heading gives levels 0 and 2.
LYDDINGTON_STYLES = {
    "title": "Title",
    "th": "Title",
    "h": "Heading 2",
    "b": "List Bullet",
    "n": "List Number",
}

NAMES = {
    "32803": "32803-docx-title-style-title-heading-2-programme-name-headings-title-style-heading-mid-document-lyddington-marsh-amended-month-six-acts-list-bullet-seven-list-number-kinder-conversations-six-months-21-or-25-on-request-version-lac.docx",
    "32804": "32804-pdf-weasyprint-bold-larger-headings-question-headings-running-header-page-footer-tindleford-revised-month-four-acts-sentence-seven-bullets-systemic-four-months-21-or-25-on-request-last-updated-cared-for.pdf",
}


def lyddington_docx() -> bytes:
    from build_binary_tools import styled_docx

    return styled_docx(LYDDINGTON, LYDDINGTON_STYLES)


def tindleford_source() -> str:
    """The chapter in build_binary.py's source language, for WeasyPrint's maker."""
    lines = [
        "%% maker: weasyprint",
        "%% header: Tindleford County Council \u2013 Children's Services Procedures",
        "",
    ]
    for kind, text in TINDLEFORD:
        prefix = {"title": "# ", "h": "## ", "b": "- "}.get(kind, "")
        lines += [prefix + text, ""]
    return "\n".join(lines)


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    shown = [
        ("h" if kind == "th" else "p" if kind == "council" else kind, text) for kind, text in blocks
    ]
    return blocks_note(shown, SCRIPT, about)


def main() -> None:
    from build_binary import parse_source
    from build_binary_tools import build_with

    docx_path = HERE / NAMES["32803"]
    docx_path.write_bytes(lyddington_docx())
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            LYDDINGTON,
            "python-docx, Title-style title, council line in Normal, Heading 2 headings named by meaning or by the council's programme names, one heading in the Title style mid-document ('The Lyddington Marsh Care Charter'), List Bullet and List Number lists, version line in Normal",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["32804"]
    build_with(parse_source(tindleford_source()), pdf_path)
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            TINDLEFORD,
            "WeasyPrint, h1 title 18 pt, h2 headings bold 13 pt against a 10 pt body, some headings questions, running header naming the council, 'Page N of M' footer",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
