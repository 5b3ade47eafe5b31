# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the fifty-fifth blind set (5511-5514), a facts probe of
where facts sit: short chapter openings of invented councils, written for this set.

    5511  Word: a "Related legislation" table (Act | Year | What it requires), the corporate
          parenting principles referred to but not listed, and the amendment date only in a
          document-control table at the end
    5512  Word: a "Key facts" two-column table under the title holding the leaving-care age and a
          two-number permanence timescale, dated change bullets in a "Changes in this version"
          list, Acts in one prose sentence, varied looked-after terms, a neighbour's model in
          the closing "Further information"
    5513  PDF printed by LibreOffice from Word: the version and amendment month only in a running
          footer on every page (page furniture, SPEC), a two-number permanence sentence
    5514  PDF printed by LibreOffice from Word: the leaving-care age only in a key-facts table row,
          a related-legislation table, the model only in "Further information", a
          document-control table at the end

usage: .venv/bin/python tests/cases/documents/build_blind55.py   (needs python-docx, soffice)
Each build writes the file and a NNNN-....md note beside it (the text a reader sees).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"

PRINCIPLES = [
    "act in their best interests and promote their physical and mental health and well-being;",
    "encourage them to express their views, wishes and feelings;",
    "take their views, wishes and feelings into account;",
    "help them gain access to, and make the best use of, services;",
    "promote high aspirations and seek the best outcomes for them;",
    "help them to be safe and to have stability in their home lives, relationships and education or work;",
    "prepare them for adulthood and independent living.",
]

# fmt: off
GLASSBROOK: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "This chapter sets out the values and principles that Glassbrook Council's Children's Services work by. It applies to all staff, to foster carers and to the providers we commission."),
    ("h", "Related legislation"),
    ("table", [
        ["Act", "Year", "What it requires"],
        ["Children Act", "1989", "Support for children in need and Cared for Children"],
        ["Adoption and Children Act", "2002", "Adoption services and special guardianship"],
        ["Children Act", "2004", "Co-operation to improve well-being"],
        ["Children and Families Act", "2014", "Staying Put arrangements"],
        ["Children and Social Work Act", "2017", "Corporate parenting principles and the local offer"],
    ]),
    ("h", "Corporate parenting"),
    ("p", "As section 1 of the Children and Social Work Act 2017 requires, the council has regard to the corporate parenting principles whenever it acts for Cared for Children and care leavers. The Corporate Parenting Board reports to Cabinet twice a year."),
    ("h", "Our practice"),
    ("p", "Signs of Safety is the practice framework in every Glassbrook team. Workers and families map what is working well, what the worries are and what needs to happen next."),
    ("h", "Permanence and leaving care"),
    ("p", "A permanence plan is made for every child within 4 months of their coming into care."),
    ("p", "Care leavers are offered a personal adviser until they reach 21, or 25 if they are still in education."),
    ("h", "Document control"),
    ("table", [
        ["Version", "4.0"],
        ["Date last amended", "19 February 2025"],
        ["Next review", "February 2027"],
        ["Author", "Principal Social Worker"],
    ]),
]

STANFORTH: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("p", "Version 7"),
    ("table", [
        ["Key facts", ""],
        ["Leaving care", "A personal adviser to 21; to 25 if still in education or training"],
        ["Permanence plan", "Within 20 working days of the second review, and no later than 4 months after the child enters care"],
        ["Chapter owner", "Head of Children's Social Care"],
    ]),
    ("h", "Changes in this version"),
    ("b", "November 2024: contact details updated"),
    ("b", "May 2025: key facts table added"),
    ("b", "February 2025: leaving care section rewritten"),
    ("h", "Introduction"),
    ("p", "The legislation behind this chapter is the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017. This chapter says how Stanforth Council applies it to children we look after and to care leavers."),
    ("h", "Corporate parenting"),
    ("p", "For the children we look after, the council will:"),
    *[("n", text) for text in PRINCIPLES],
    ("h", "Our values"),
    ("p", "We believe children in care should be treated as any good parent would treat their own child: with warmth, patience and high hopes for their future."),
    ("h", "Further information"),
    ("p", "Information about Signs of Safety, which our neighbours in Brantwick use, is on their website. Stanforth does not use a branded practice model."),
]

HARROWBY_FOOTER = "Harrowby Council | Version 6.1 | Amended March 2025"

HARROWBY: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "This chapter describes the values and principles of Harrowby Council's Children's Services. It is for everyone who works with children, young people and families on the council's behalf, including staff in partner agencies and commissioned services. It should be read with the other chapters of this manual, which set out the procedures that put these principles into practice."),
    ("p", "The chapter draws on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "A shared responsibility"),
    ("p", "No single agency can keep children safe on its own. We work with schools, health services, the police and the voluntary sector through the Harrowby Safeguarding Children Partnership, and we expect every partner to share information early when they are worried about a child. Our arrangements follow Working Together to Safeguard Children, and we review them each year with our partners."),
    ("p", "Families tell us that they want to tell their story once. We therefore keep one shared plan for each child and invite families to every meeting that is about them."),
    ("h", "Corporate parenting"),
    ("p", "Harrowby's Children Looked After have the whole council as their corporate parent. The seven corporate parenting principles are that we will:"),
    *[("n", text) for text in PRINCIPLES],
    ("p", "The Corporate Parenting Board, chaired by the Lead Member, meets every two months and hears directly from Children Looked After through the Children in Care Council."),
    ("h", "Our practice model"),
    ("p", "Harrowby uses Systemic Practice. Social workers are trained to understand the patterns of relationships in a family, to be curious about different points of view and to help families find their own solutions. Each team has a systemic supervisor, and group case discussions are held every fortnight."),
    ("p", "We record our work in plain language that children and parents can read, and we share our assessments with families before they are finalised."),
    ("h", "Key outcomes"),
    ("p", "We want every child in Harrowby to be healthy, to be safe from harm, to enjoy and achieve at school, to make a positive contribution to their community and to be ready for adult life. We measure our progress against these outcomes each quarter and publish the results to the Children's Services Scrutiny Committee."),
    ("h", "Permanence"),
    ("p", "Every child should grow up in a stable and loving home. A permanence plan is agreed within 10 working days of the second review and no later than six months after the child first becomes looked after. Where a child cannot return home, we consider family and friends carers before anyone else."),
    ("p", "Permanence is reviewed at every statutory review, and the independent reviewing officer checks that the plan is still right for the child."),
    ("h", "Leaving care"),
    ("p", "Young people leaving care have a personal adviser until they are 25, whatever they are doing. The local offer for care leavers sets out the help with housing, money, health and education that every care leaver can expect."),
    ("h", "Information sharing"),
    ("p", "We share information about children and families only where it is lawful, necessary and proportionate, and we tell families what we share and why unless doing so would put a child at risk."),
]

BRYNMOOR: list[tuple[str, Any]] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "This chapter explains the values and principles behind Brynmoor Council's work with children in care, care leavers and their families."),
    ("table", [
        ["Key facts", "Detail"],
        ["Who the chapter covers", "All Children's Services staff"],
        ["Support for care leavers", "A personal adviser until 21, or until 25 for those in higher education"],
        ["Corporate Parenting Board", "Meets every two months"],
    ]),
    ("h", "Related legislation"),
    ("table", [
        ["Legislation", "Year", "Notes"],
        ["Children Act", "1989", "Part 3: support for children and families"],
        ["Children (Leaving Care) Act", "2000", "Pathway plans"],
        ["Children and Families Act", "2014", "Staying Put"],
        ["Children and Social Work Act", "2017", "Corporate parenting principles"],
    ]),
    ("h", "Corporate parenting"),
    ("p", "The council is corporate parent to all Children in Care of Brynmoor. We will:"),
    *[("b", text) for text in PRINCIPLES],
    ("h", "Permanence"),
    ("p", "We agree a plan for permanence for children in care within four months of their arrival in care."),
    ("h", "Further information"),
    ("p", "Restorative Practice is our practice model; the practice handbook describes how we use it in supervision and in meetings with families."),
    ("h", "Document control"),
    ("table", [
        ["Version", "2.4"],
        ["Date amended", "03/03/2025"],
        ["Review date", "03/03/2027"],
    ]),
]
# fmt: on


def word(blocks: list[tuple[str, Any]], footer: str = "") -> bytes:
    import docx

    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    for kind, content in blocks:
        if kind == "title":
            document.add_paragraph(content, style="Title")
        elif kind == "h":
            document.add_paragraph(content, style="Heading 1")
        elif kind == "b":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(content, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, content, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    cell.text = text
        else:
            document.add_paragraph(content)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_pdf(data: bytes, target: Path) -> None:
    from build_binary_tools import docx_to_pdf

    docx_to_pdf(data, target)


def note(blocks: list[tuple[str, Any]], about: str, footer: str = "") -> str:
    """The text a reader sees, as markdown: the note written beside each built file."""
    lines = [f"%% built by build_blind55.py: {about}", ""]
    number = 0
    previous = ""
    for kind, content in blocks:
        if kind == "n":
            number = number + 1 if kind == previous else 1
            lines.append(f"{number}. {content}")
        elif kind == "b":
            lines.append(f"- {content}")
        elif kind == "table":
            if previous in ("n", "b"):
                lines.append("")
            lines += [f"| {' | '.join(row)} |" for row in content] + [""]
        else:
            if previous in ("n", "b"):
                lines.append("")
            lines.append({"title": "# ", "h": "## "}.get(kind, "") + content)
            lines.append("")
        previous = kind
    if footer:
        lines += ["", f"%% running footer on every page: {footer}"]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    from build_binary import _with_fixed_zip_times

    builds = [
        (
            "5511-docx-related-legislation-table-principles-referred-control-table-at-end.docx",
            GLASSBROOK,
            "",
            "related-legislation table, principles referred to, document control at the end",
        ),
        (
            "5512-docx-key-facts-table-two-number-permanence-dated-change-bullets-neighbours-model.docx",
            STANFORTH,
            "",
            "key-facts table, dated change bullets, Acts in prose, a neighbour's model closing",
        ),
        (
            "5513-pdf-lo-version-and-amendment-only-in-running-footer-two-number-permanence.pdf",
            HARROWBY,
            HARROWBY_FOOTER,
            "version and amendment only in the running footer, printed by LibreOffice",
        ),
        (
            "5514-pdf-lo-key-facts-table-age-related-legislation-model-in-further-information-control-table-at-end.pdf",
            BRYNMOOR,
            "",
            "key-facts table row, related legislation, model in further information, printed by LibreOffice",
        ),
    ]
    for name, blocks, footer, about in builds:
        target = HERE / name
        data = word(blocks, footer)
        if name.endswith(".docx"):
            target.write_bytes(_with_fixed_zip_times(data))
        else:
            to_pdf(data, target)
        target.with_name(name + ".md").write_text(note(blocks, about, footer), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
