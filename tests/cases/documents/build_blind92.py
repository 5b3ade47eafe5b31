# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the ninety-second blind set (9205, 9206).

A facts probe in whole chapters; both close on an amendment table whose newest row is the last:

- 9205: Word, headings in Heading 2 named by meaning, legislation cited by section ("s.22 of
  the Children Act 1989"), the principles one a paragraph, permanence in weeks, a care leaver's
  own words for the support age, and a dated history table (Word table) at the end;
- 9206: Word printed to PDF by LibreOffice, mostly un-headed (a few bold body-size headings),
  permanence "by the time of the second review" held within four months, the support age in a
  young person's voice, and a version table at the end.

The chapters are written for this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind92.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
THRELKMOOR = [
    ("title", "Threlkmoor County Council - Children's Services Policies, Values and Principles"),
    ("h", "What this chapter is for"),
    ("p", "This chapter gathers in one place the values and principles that every Threlkmoor children's social care procedure depends on. It applies to our staff, our foster carers and residential workers, and the services we commission."),
    ("h", "The rules we work within"),
    ("p", "Our duties to children looked after and to care leavers are found in Acts, regulations and statutory guidance, chiefly:"),
    ("b", "s.22 of the Children Act 1989 (general duty of a local authority looking after a child)"),
    ("b", "s.22C of the Children Act 1989 (ways in which the children we look after are to be accommodated)"),
    ("b", "s.23C of the Children Act 1989 (continuing functions in respect of former relevant children)"),
    ("b", "s.1 of the Children and Social Work Act 2017 (corporate parenting principles)"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Sharing the work"),
    ("p", "We cannot protect children on our own. Threlkmoor's safeguarding partners, the council, the integrated care board and the police, agree together how agencies will work with each other and how concerns are escalated."),
    ("h", "Acting as a parent would"),
    ("p", "The whole council, from the leader to the newest officer, is corporate parent to our children in care and to care leavers. We try to meet the standard any good parent would set."),
    ("p", "We put the best interests of each child first, including their physical and mental health and well-being."),
    ("p", "We invite every child to tell us their views, wishes and feelings."),
    ("p", "We give those views, wishes and feelings real weight in our decisions."),
    ("p", "We make sure they can reach, and make the best use of, services from the council and from our partners."),
    ("p", "We raise their sights and pursue the best possible outcomes for them."),
    ("p", "We help them to be safe, and to have stable homes, relationships, schooling and work."),
    ("p", "We prepare them for adulthood and independent living."),
    ("h", "How we practise"),
    ("p", "Threlkmoor uses Systemic Practice. Our workers look at the relationships and patterns around a child, not just at one person's behaviour, and they test their ideas with the family."),
    ("h", "When home is not safe"),
    ("p", "We look to the wider family before anyone else. For a child who cannot return home, a plan for permanence should be made within 20 weeks of the child coming into care, and it is checked at every review."),
    ("h", "Life after care"),
    ("p", "Our children in care helped us write this part. Marnie, who left care last year, told us: \"I'm 19 and at university, and I know I can get help from my PA until I'm 25. It means I'm not on my own.\""),
    ("h", "Respecting privacy"),
    ("p", "We share information only when the law allows it and a child's welfare requires it, and we tell families what we share and why unless doing so would put a child at risk."),
    ("h", "Amendment history"),
    ("table", ""),
]
THRELKMOOR_TABLE = [
    ("Date", "Amendment"),
    ("1 May 2024", "Chapter first issued"),
    ("20 November 2024", "Practice model section added"),
    ("3 March 2025", "Life after care rewritten with care leavers"),
]

DUNSFORD = [
    ("title", "Dunsford Reach Council - Children's Services Policies, Values and Principles"),
    ("p", "This chapter is the starting point for everyone who works in Dunsford Reach children's services. It says what we value and how we expect children and families to be treated, and every other procedure in the manual should be read alongside it."),
    ("p", "The law that governs our work with children looked after includes:"),
    ("b", "Children Act 1989, s.20 and s.31 (how children come to be looked after)"),
    ("b", "Children Act 1989, section 23C (care leavers)"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("b", "The Children Act 1989 Guidance and Regulations Volume 3: Planning Transition to Adulthood for Care Leavers (statutory guidance, 2022)"),
    ("p", "Every agency that meets children in Dunsford Reach shares the responsibility for keeping them safe. The local safeguarding partnership sets out how we work together and how disagreements between agencies are resolved."),
    ("h", "Promises"),
    ("p", "The Children and Social Work Act 2017 asks councils to keep seven corporate parenting principles in mind for children looked after and care leavers. We have turned each one into a promise."),
    ("p", "We will act in your best interests and look after your physical and mental health."),
    ("p", "We will encourage you to tell us your views, wishes and feelings."),
    ("p", "We will listen to what you tell us and take it into account."),
    ("p", "We will help you to use the services that the council and our partners provide."),
    ("p", "We will have high hopes for you and work for the best outcomes."),
    ("p", "We will help you to feel safe and settled at home, with the people who matter to you, and at school or work."),
    ("p", "We will help you get ready for adult life and living on your own."),
    ("p", "We want every family, and all our children looked after, to find us respectful, reliable and honest. We say what we are worried about, we explain why, and we keep our word."),
    ("p", "Children should grow up with their own families wherever that is safe. Where it is not, we look at relatives and friends first, and a plan for permanence should be agreed by the time of the second review, which is held no later than four months after the child becomes looked after."),
    ("h", "Leaving care"),
    ("p", "Our children in care told us what they want to hear when they turn 18. One young woman put it simply: \"I can get help from my PA until I'm 25.\" Our leaving care service makes sure every care leaver hears that message from their first pathway plan."),
    ("p", "Records about our children in care are kept safely and shared only where it is lawful and necessary to protect a child or to give them a service."),
    ("table", ""),
]
DUNSFORD_TABLE = [
    ("Version", "Date", "Change"),
    ("Version 1", "July 2022", "First published"),
    ("Version 2", "May 2023", "Legislation list updated"),
    ("Version 3", "October 2024", "Leaving care section rewritten"),
]
# fmt: on


def _docx(blocks: list[tuple[str, str]], table: list[tuple[str, ...]], heading: str) -> bytes:
    """A Word file: `heading` "style" puts headings in Heading 2 (the title in Title), "bold"
    puts them in Normal paragraphs with one bold run; the table closes the chapter."""
    from build_binary_tools import new_docx, saved_docx

    document: Any = new_docx()
    for kind, text in blocks:
        if kind == "title":
            if heading == "style":
                document.add_paragraph(text, style="Title")
            else:
                document.add_paragraph().add_run(text).bold = True
        elif kind == "h":
            if heading == "style":
                document.add_paragraph(text, style="Heading 2")
            else:
                document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            grid.style = "Table Grid"
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    grid.cell(r, c).text = cell
        else:
            document.add_paragraph(text)
    return bytes(saved_docx(document))


def note(blocks: list[tuple[str, str]], table: list[tuple[str, ...]], about: str) -> str:
    from build_binary_tools import blocks_note

    text = blocks_note([b for b in blocks if b[0] != "table"], "build_blind92.py", about)
    return text + "\n" + "\n".join(" | ".join(row) for row in table) + "\n"


def main() -> None:
    from build_binary_tools import docx_to_pdf

    word = (
        HERE
        / "9205-docx-heading-styles-by-meaning-s22-s23c-weeks-voice-pa-25-history-table-last.docx"
    )
    word.write_bytes(_docx(THRELKMOOR, THRELKMOOR_TABLE, "style"))
    word.with_name(word.name + ".md").write_text(
        note(
            THRELKMOOR, THRELKMOOR_TABLE, "Heading 2 headings named by meaning, history table last"
        ),
        encoding="utf-8",
    )
    pdf = (
        HERE
        / "9206-pdf-lo-mostly-unheaded-promises-second-review-four-months-voice-pa-25-version-table-last.pdf"
    )
    docx_to_pdf(_docx(DUNSFORD, DUNSFORD_TABLE, "bold"), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        note(
            DUNSFORD,
            DUNSFORD_TABLE,
            "mostly un-headed, bold headings, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
