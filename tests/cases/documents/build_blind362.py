# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the three-hundred-and-sixty-second blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words:

    36205  Harrowdene (Word, python-docx via `styled_docx`): the title in the Title style and
           every section heading in Heading 2; a practice model described for a paragraph
           before the next paragraph names it; the Acts and one set of Regulations as List
           Bullet items; permanence and leaving care under one heading; a closing version line.
    36206  Colbeck Moor (PDF, a python-docx file printed by LibreOffice): the title and headings
           in Heading 1, a running header naming the manual and a "Page N" footer with a PAGE
           field; values written as the questions a child might ask; the law in a two-column
           table; a strategy section; a closing "Last updated" and version line.

usage: .venv/bin/python tests/cases/documents/build_blind362.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind362.py"

# fmt: off
HARROWDENE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Harrowdene Council – Children's Social Care"),
    ("h", "The place of this chapter in the manual"),
    ("p", "This chapter comes first in Harrowdene's children's social care manual because it states the values and principles that the other chapters put into practice. Staff should read it during their first week with the council and whenever a situation arises that no procedure seems to cover."),
    ("p", "Amendments in this version (March 2026): the section on permanence and life after care now describes the council's extended offer to care leavers."),
    ("h", "Statutory framework"),
    ("p", "The main legislation behind this chapter is:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Special Guardianship Regulations 2005"),
    ("h", "Our ambition for Harrowdene's children"),
    ("p", "We want Harrowdene's children to grow up safe, healthy and hopeful, in families that get the right help early, so that no child comes into care who could have stayed at home with support."),
    ("h", "Everyone's responsibility"),
    ("p", "Protecting children is a job for every agency in Harrowdene. The council works with the police, health services, schools and the voluntary sector under the area's safeguarding arrangements, and staff are expected to share concerns promptly and to plan jointly with colleagues from other organisations."),
    ("h", "Relationships first"),
    ("p", "A social worker's most useful tool is the relationship they build with a family. Our practitioners begin by listening to how the family sees its own situation, draw a map with them of the people and places that help, and agree small goals that the family can reach and can see themselves reaching. Plans are written in the family's words and reviewed with them rather than about them."),
    ("p", "Harrowdene calls this way of working Lanterns, and every new member of staff is trained in it during their first year."),
    ("h", "Parenting children in our care"),
    ("p", "When a child comes into care, Harrowdene Council becomes their corporate parent. The council will:"),
    ("n", "act in the best interests of each child and promote their physical and mental health;"),
    ("n", "encourage children to express their views, wishes and feelings;"),
    ("n", "take those views, wishes and feelings into account;"),
    ("n", "help children to make use of the council's services and those of its partners;"),
    ("n", "promote high aspirations and seek the best outcomes for them;"),
    ("n", "make sure they are safe and have stability in their home lives, relationships and education or work;"),
    ("n", "prepare them for adulthood and for living independently."),
    ("h", "What families can expect from us"),
    ("p", "Families can expect us to be polite, punctual and honest, to explain what we are doing and why, to respect their identity and beliefs, and to treat what they tell us with care. Children can expect to be seen, to be listened to and to be told what is happening to them."),
    ("h", "Permanence and life after care"),
    ("p", "Every Child in Care should have a plan for a permanent home, agreed within 6 months of their coming into care. Living with family or friends is always considered first."),
    ("p", "Care leavers keep a personal adviser until their 21st birthday, and up to the age of 25 if they are in education or training. The adviser helps them with accommodation, money, health and work."),
    ("h", "Outcomes we expect"),
    ("p", "We expect Children in Care to be safe, to be healthy, to do well at school and to leave care with a home, a trusted adult and a plan for their future."),
    ("h", "Confidentiality"),
    ("p", "Information about children and families is confidential. It is shared only where the law allows and it is needed to protect a child or to provide a service, and the reasons for sharing are always recorded."),
    ("p", "Version 5.1 – March 2026"),
]

COLBECK: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "What this chapter covers"),
    ("p", "Colbeck Moor's children's services procedures are built on the values and principles written down here. They apply to social workers, family support staff, managers, foster carers and commissioned providers alike. The chapter was amended in December 2025."),
    ("h", "Legal context"),
    ("p", "Our duties are set by the following legislation:"),
    ("table", [["Legislation", "What it covers"], ["Children Act 1989", "Children in need, child protection and Looked After Children"], ["Children (Leaving Care) Act 2000", "Support for young people leaving care"], ["Children Act 2004", "Co-operation to improve children's well-being"], ["Children and Young Persons Act 2008", "Care planning and the wishes of children in care"], ["Children and Social Work Act 2017", "Corporate parenting and the local offer to care leavers"]], True),
    ("h", "Shared safeguarding"),
    ("p", "The council, Colbeck Moor Police and the integrated care board share the lead for safeguarding children in the area. Every partner is expected to act on a worry about a child without waiting to be asked, and to join in plans made with the family."),
    ("h", "What a child might ask us"),
    ("p", "Our values are best described as the answers to questions a child might put to us. Do you care what happens to me? Yes, and we will show it by turning up and following through. Will anyone tell me what is going on? Yes, we will explain every decision in a way you can understand. Do I get a say? Yes, your views will be asked for and written down. Will you give up on me? No, not when things go wrong and not when you turn 18."),
    ("h", "Our duties as corporate parent"),
    ("p", "The law asks the council to be a good parent to Looked After Children and care leavers and sets out seven principles for doing so. Colbeck Moor will:"),
    ("b", "act in their best interests and promote their health and well-being;"),
    ("b", "encourage them to say what they think, want and feel;"),
    ("b", "take their views, wishes and feelings into account;"),
    ("b", "help them to use the services that are available to them;"),
    ("b", "promote high aspirations and the best outcomes for them;"),
    ("b", "keep them safe and give them stability at home, at school and at work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("h", "Practice approach"),
    ("p", "Colbeck Moor's practitioners use Fairway Practice, which asks them to work out with each family where they want to get to and what is in the way, and to keep the child's experience at the centre of every plan."),
    ("h", "Permanence"),
    ("p", "A permanence plan is agreed for every Looked After Child within four months of their becoming looked after, with a return home or care by relatives considered first."),
    ("h", "Leaving care"),
    ("p", "Young people leaving care have a personal adviser up to the age of 21 and, if they ask for one, up to 25. The adviser reviews the pathway plan with the young person at least every six months."),
    ("h", "Measuring impact"),
    ("p", "We measure our impact by the number of children who can stay safely with their families, the stability of placements for Looked After Children, school attendance and results, and how many care leavers are in education, training or work."),
    ("h", "Priorities for 2026 to 2028"),
    ("p", "Over the next three years we will strengthen early help in every neighbourhood, recruit more of our own foster carers, and reduce the number of children placed far from Colbeck Moor."),
    ("h", "Information governance"),
    ("p", "Personal information is kept securely and shared only when it is lawful and necessary to protect a child or to provide a service. Families are told what we hold about them and why."),
    ("p", "Last updated: 5 January 2026. Version 4."),
]
# fmt: on

NAMES = {
    "36205": "36205-docx-title-style-heading-2-meaning-headings-harrowdene-amendments-in-this-version-month-five-acts-and-regulations-bullets-model-described-then-named-lanterns-seven-numbered-6-months-21-or-25-education-version-children-in-care.docx",
    "36206": "36206-pdf-lo-heading-1-running-header-page-footer-colbeck-moor-amended-month-five-acts-table-values-as-childs-questions-seven-bullets-fairway-practice-four-months-21-or-25-if-asked-strategy-last-updated-version-looked-after-children.pdf",
}


def _pdf_word(blocks: list[tuple[Any, ...]]) -> bytes:
    from build_binary_tools import (
        LIST_AND_HEADING_STYLES,
        add_styled_blocks,
        new_docx,
        saved_docx,
        word_field,
    )

    document = new_docx()
    styles = dict(LIST_AND_HEADING_STYLES)
    styles["title"] = "Heading 1"
    add_styled_blocks(document, blocks, styles)
    section = document.sections[0]
    section.header.paragraphs[0].add_run("Colbeck Moor Council – Children's Services Procedures")
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    return saved_docx(document)


def _note(blocks: list[tuple[Any, ...]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, SCRIPT, about, header_rule=True)


def main() -> None:
    from build_binary_tools import docx_to_pdf, styled_docx

    docx_path = HERE / NAMES["36205"]
    docx_path.write_bytes(
        styled_docx(
            HARROWDENE,
            {"title": "Title", "h": "Heading 2", "b": "List Bullet", "n": "List Number"},
        )
    )
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            HARROWDENE,
            "python-docx, the title in the Title style, a council line in Normal, Heading 2 section headings named by meaning, an amendment line labelled 'Amendments in this version', List Bullet Acts and Regulations, a practice model described for a paragraph before it is named, List Number principles, one heading over permanence and leaving care, a closing version line",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["36206"]
    docx_to_pdf(_pdf_word(COLBECK), pdf_path)
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            COLBECK,
            "python-docx printed to PDF by LibreOffice, title and headings in Heading 1, a running header naming the manual, a 'Page N' footer with a PAGE field, a Table Grid table of five Acts with a bold header row, values as a child's questions in one paragraph, List Bullet principles, a closing 'Last updated' and version line",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
