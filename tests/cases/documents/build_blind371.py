# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the three-hundred-and-seventy-first blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words:

    37105  Yelverdale (Word, python-docx via `styled_docx`): the title in the Title style, a
           council line in Normal, every section heading in Heading 1 named by meaning; the law
           as List Number items with one set of Regulations; values as a two-column table of
           what the council will do and what a family will see; an un-headed outcomes paragraph
           after the table with no cue; permanence and leaving care under two headings; a
           closing version line with an approval month.
    37106  Quernside (PDF, a python-docx file printed by LibreOffice): the title in Title and
           headings in Heading 2, a running header naming the manual and a "Page N of M" footer
           with PAGE and NUMPAGES fields; three Acts in a sentence; the seven principles stated
           in a sentence; permanence and leaving care under one heading; a strategy section; a
           closing "Last updated ... | Version 6" line.

usage: .venv/bin/python tests/cases/documents/build_blind371.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind371.py"

# fmt: off
YELVERDALE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Yelverdale Council – Children, Young People and Families"),
    ("h", "What this document is for"),
    ("p", "This is the opening chapter of Yelverdale's children's social care procedures. It records the values and principles that every other chapter puts into practice, and it is the chapter managers will point to when a worker asks why something is done the way it is. The council last amended this chapter in May 2026."),
    ("h", "Acts that bind us"),
    ("p", "The council's duties to children come from:"),
    ("n", "the Children Act 1989;"),
    ("n", "the Children Act 2004;"),
    ("n", "the Children and Families Act 2014;"),
    ("n", "the Children and Social Work Act 2017;"),
    ("n", "the Children's Homes (England) Regulations 2015."),
    ("h", "Picture of a good childhood"),
    ("p", "We want Yelverdale's children to wake up somewhere safe, to learn something every day, to have people who notice when they are sad, and to grow up believing that their future is theirs to shape."),
    ("h", "Agencies together"),
    ("p", "Keeping children safe is not a job the council can do by itself. The council, the police and the health services share the lead for safeguarding in Yelverdale, and schools, early years settings and voluntary groups work with them. When a family needs help from more than one service, one lead professional coordinates it and the family tells its story only once."),
    ("h", "Guiding commitments"),
    ("table", [["What we will do", "What a family will see"], ["Be honest about our worries", "Plain words, no surprises at meetings"], ["Listen before deciding", "Their view written into every plan"], ["Keep our promises", "Visits that happen when we said they would"], ["Respect who people are", "Their culture, faith and language taken seriously"]], True),
    ("p", "By the time they leave us, children in care should be in good health, should hold qualifications they are proud of, and should have at least one adult they can always call. The council reports each year on how close it has come."),
    ("h", "The council's family role"),
    ("p", "Yelverdale Council acts as the corporate parent of every child in care and every care leaver. It will:"),
    ("b", "act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take account of their views, wishes and feelings;"),
    ("b", "help them to gain access to and make the best use of services;"),
    ("b", "promote high aspirations and seek the best outcomes for them;"),
    ("b", "make sure they are safe and have stability in their home lives, relationships and education or work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("h", "Practice we are known for"),
    ("p", "Yelverdale's practitioners work with Lodestone Practice. Every plan starts from what the child would say matters most to them, the worker and family agree together how they will know things are getting better, and the same questions are asked at every review so that progress can be seen."),
    ("h", "Homes for the long run"),
    ("p", "A permanence plan is agreed for every child in care within four months of their arrival in care. The plan considers a return home first, then family and friends, then fostering or adoption."),
    ("h", "Support into adulthood"),
    ("p", "Care leavers have a personal adviser until they are 21 and, if they are in education, training or employment, until they are 25. The adviser helps them with their pathway plan, a home of their own and managing money."),
    ("h", "Guarding family details"),
    ("p", "Personal information about children and families is kept securely and shared only where the law allows and the child's welfare needs it. Staff record every decision to share, and families are told what the council holds about them."),
    ("p", "Version 1.4 – approved May 2026"),
]

QUERNSIDE: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h2", "Ground covered"),
    ("p", "Quernside Council's children's services procedures rest on the values and principles on this page. They apply to social workers, family support workers, personal advisers, managers and foster carers, and to every provider the council commissions. This chapter was amended in August 2025."),
    ("h2", "Statute and guidance"),
    ("p", "Our duties to children and families are set by the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, and by the statutory guidance made under them."),
    ("h2", "One team around each child"),
    ("p", "No single service can keep a child safe. Quernside's safeguarding partners, the council, the police and the integrated care board, agree local arrangements with schools and other agencies so that a worry about a child is heard and acted on wherever it first appears."),
    ("h2", "Habits of good practice"),
    ("p", "We go to families rather than asking them to come to us. We tell people what we are going to do and then do it. We ask children what they think and we let them see that their answer made a difference. We never use jargon when an ordinary word will do."),
    ("h2", "Parent in name and deed"),
    ("p", "The council is corporate parent to every one of its Looked After Children and to its care leavers, and it measures its work with them against the seven corporate parenting principles set out in the Children and Social Work Act 2017. Councillors on the Corporate Parenting Committee meet Looked After Children four times a year to hear directly from them."),
    ("h2", "Approach to families"),
    ("p", "Quernside uses the Family Safeguarding model. Social workers share their teams with specialists in adult mental health, domestic abuse and substance misuse, so that a parent's own difficulties can be worked on at the same time as the worries about the children."),
    ("h2", "A family for life and a start in adult life"),
    ("p", "Every Looked After Child has a permanence plan within 6 months of becoming looked after. Young people who leave care have a personal adviser up to the age of 21, and until they are 25 if they are still studying."),
    ("h2", "Progress we look for"),
    ("p", "We look for fewer children needing to come into care, for Looked After Children who stay in one home and one school, and for care leavers who are in education, training or work and who have a safe place to live."),
    ("h2", "Where we are heading by 2028"),
    ("p", "Over the next three years the council will open two more children's homes in Quernside, grow its own foster carers, and bring every care leaver's pathway plan online so that young people can read and change it themselves."),
    ("h2", "Confidential matters"),
    ("p", "Information about children and families is recorded accurately, kept securely and shared only where the law allows and it protects a child or helps a family. The reason for every decision to share is written down."),
    ("p", "Last updated 2 September 2025 | Version 6"),
]
# fmt: on

NAMES = {
    "37105": "37105-docx-title-style-heading-1-meaning-headings-yelverdale-amended-month-five-acts-and-regulations-numbered-values-table-unheaded-outcomes-seven-bullets-lodestone-four-months-21-or-25-education-version-children-in-care.docx",
    "37106": "37106-pdf-lo-title-heading-2-running-header-page-n-of-m-quernside-amended-month-three-acts-sentence-seven-stated-family-safeguarding-6-months-21-or-25-studying-strategy-last-updated-version-looked-after-children.pdf",
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
    styles["title"] = "Title"
    add_styled_blocks(document, blocks, styles)
    section = document.sections[0]
    section.header.paragraphs[0].add_run(
        "Quernside Council – Children's Social Care Procedures Manual"
    )
    footer = section.footer.paragraphs[0]
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

    docx_path = HERE / NAMES["37105"]
    docx_path.write_bytes(
        styled_docx(
            YELVERDALE,
            {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"},
        )
    )
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            YELVERDALE,
            "python-docx, the title in the Title style, a council line in Normal, Heading 1 section headings named by meaning, List Number Acts and Regulations, values as a Table Grid table with a bold header row, an un-headed outcomes paragraph after the table, List Bullet principles, permanence and leaving care under two headings, a closing version line",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["37106"]
    docx_to_pdf(_pdf_word(QUERNSIDE), pdf_path)
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            QUERNSIDE,
            "python-docx printed to PDF by LibreOffice, the title in Title and headings in Heading 2, a running header naming the manual, a 'Page N of M' footer with PAGE and NUMPAGES fields, three Acts in a sentence, seven principles stated, permanence and leaving care under one heading, a strategy section, a closing 'Last updated ... | Version 6' line",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
