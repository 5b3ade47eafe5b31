# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 145th blind set (14501-14504): four whole chapters of invented councils, written
in Word (python-docx) and printed to PDF by LibreOffice headless, each with a running footer
"Page N".

    14501  Heading 1 title, Heading 2 headings named by meaning ("Why this policy exists",
           "Who we work alongside" ...); the amendment stated as "Changes to this chapter
           took effect in ...".
    14502  numbered Heading 2 headings ("1. Purpose", "2. The law we work within" ...).
    14503  a two-row control table at the top under the title (owner, date of last amendment).
    14504  a bulleted legislation list and a lettered principles list ("(a) ...").

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind145.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, saved_docx, word_field  # noqa: E402

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
LINTHWAITE = [
    ("h", "About this chapter"),
    ("p", "This chapter applies to every member of staff in Linthwaite children's services and to the agencies we commission."),
    ("p", "Changes to this chapter took effect in February 2025, when the section on care leavers was rewritten."),
    ("h", "Why this policy exists"),
    ("p", "This policy sets out the framework for our work with children and families. It rests on the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. It covers children in need, Children Looked After and care leavers."),
    ("h", "Who we work alongside"),
    ("p", "Keeping children safe is everyone's business. We work with schools, health services and the police as Working Together to Safeguard Children 2023 expects, and we share our plans with them."),
    ("h", "What we believe"),
    ("p", "We believe children do best when they are heard, when adults are honest with them and when help comes early."),
    ("h", "Being a good corporate parent"),
    ("p", "The whole council acts as the parent of the children it looks after. We hold ourselves to the seven corporate parenting principles and report on them to councillors twice a year."),
    ("h", "How we practise"),
    ("p", "Our social workers use Restorative Practice, working with families rather than doing things to them or for them."),
    ("h", "How we plan for children"),
    ("p", "Every child in care will have a permanence plan within four months of becoming looked after."),
    ("p", "Young people leaving care are helped by a personal adviser until they are 21, or until 25 if they want that help."),
    ("h", "Keeping information safe"),
    ("p", "We share information about children only where the law allows it and where it helps to keep a child safe."),
]

ORMSCLIFFE = [
    ("h", "1. Purpose"),
    ("p", "This chapter describes what Ormscliffe children's services stand for. It was amended in October 2024."),
    ("h", "2. The law we work within"),
    ("p", "This policy sets out the framework within which we work, chiefly the Children Act 1989, the Adoption and Children Act 2002 and the Children and Families Act 2014. It covers Children in Care and care leavers as well as children in need."),
    ("h", "3. Our values"),
    ("p", "We are open with families, we keep our promises and we treat every child as an individual."),
    ("h", "4. Corporate parenting"),
    ("p", "As corporate parents, all councillors and officers share responsibility for the children in our care and follow the seven corporate parenting principles."),
    ("h", "5. Our vision"),
    ("p", "We want Ormscliffe to be a place where every child grows up safe, loved and ambitious for the future."),
    ("h", "6. Principles of our work"),
    ("p", "Children should stay with their families wherever it is safe. Permanence should be planned within six months of a child entering care."),
    ("p", "Care leavers are supported until the age of 21, and up to 25 if they are in education or training."),
    ("h", "7. Confidentiality"),
    ("p", "Information is shared on a need-to-know basis and in line with data protection law."),
]

CADWORTH_TABLE = [("Owner", "Head of Children's Social Care"), ("Date of last amendment", "12 November 2024")]
CADWORTH = [
    ("h", "Scope"),
    ("p", "This chapter applies to all staff in Cadworth children's services."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for children's services in Cadworth under the Children Act 1989 and the Children Act 2004. It covers Looked After Children and care leavers."),
    ("h", "Key Values"),
    ("p", "We value honesty, respect and persistence in our work with families."),
    ("h", "Our Practice Model"),
    ("p", "We use Signs of Safety to work with families on what is going well, what worries us and what needs to happen."),
    ("h", "Key Principles"),
    ("p", "Every looked after child will have a permanence plan within four months."),
    ("p", "Care leavers can have support from a personal adviser until they are 25."),
    ("h", "Information Sharing"),
    ("p", "Information is shared lawfully, safely and only where it is needed."),
]

HOLMSBRIDGE = [
    ("h", "Scope of this chapter"),
    ("p", "This chapter applies to Holmsbridge children's services. Last amended: June 2025."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for our work. The relevant legislation includes:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Children (Leaving Care) Act 2000"),
    ("li", "Children and Families Act 2014"),
    ("p", "It covers children who are looked after and care leavers."),
    ("h", "Corporate Parenting"),
    ("p", "The council follows the seven corporate parenting principles set out in the Children and Social Work Act 2017."),
    ("h", "Key Principles"),
    ("p", "Our work with children follows these principles:"),
    ("la", "(a) children are best brought up within their own families wherever it is safe;"),
    ("la", "(b) a permanence plan is made within four months of a child coming into care;"),
    ("la", "(c) young people leaving care are supported until they are 21, or 25 if they are in education;"),
    ("la", "(d) children are consulted about every decision that affects them."),
    ("h", "Information Sharing and Confidentiality"),
    ("p", "We share information in line with the law and our data protection policy."),
]
# fmt: on


def _docx(council: str, table: list[tuple[str, str]] | None = None) -> Any:
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.created = datetime.datetime(2025, 1, 1)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    document.add_paragraph(council)
    document.add_heading(TITLE, level=1)
    if table:
        grid = document.add_table(rows=len(table), cols=2)
        grid.style = "Table Grid"
        for index, (label, value) in enumerate(table):
            grid.cell(index, 0).paragraphs[0].add_run(label).bold = True
            grid.cell(index, 1).paragraphs[0].add_run(value)
    return document


def _add(document: Any, blocks: list[tuple[str, str]]) -> None:
    for kind, text in blocks:
        if kind == "h":
            document.add_heading(text, level=2)
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)


def _print(document: Any, target: Path) -> None:
    """The Word chapter printed to PDF by LibreOffice, as the other rounds' scripts print theirs."""
    docx_to_pdf(saved_docx(document), target)


CHAPTERS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]] | None, str]] = {
    "14501-pdf-lo-meaning-headings-took-effect-amendment.pdf": (
        "Linthwaite Borough Council",
        LINTHWAITE,
        None,
        "Heading 2 named by meaning, 'Changes ... took effect in' amendment",
    ),
    "14502-pdf-lo-numbered-headings-purpose.pdf": (
        "Ormscliffe District Council",
        ORMSCLIFFE,
        None,
        "numbered headings from '1. Purpose'",
    ),
    "14503-pdf-lo-two-row-control-table-top.pdf": (
        "Cadworth City Council",
        CADWORTH,
        CADWORTH_TABLE,
        "a two-row control table under the title",
    ),
    "14504-pdf-lo-bulleted-acts-lettered-principles.pdf": (
        "Holmsbridge Council",
        HOLMSBRIDGE,
        None,
        "bulleted Acts list, lettered principles list",
    ),
}


def _md(
    council: str, blocks: list[tuple[str, str]], table: list[tuple[str, str]] | None
) -> list[str]:
    lines = [council, "", f"# {TITLE}", ""]
    if table:
        lines += ["| | |", "|---|---|", *(f"| {label} | {value} |" for label, value in table), ""]
    for kind, text in blocks:
        if kind == "h":
            lines += [f"## {text}", ""]
        elif kind == "li":
            lines += [f"- {text}"]
        else:
            lines += ["", text, ""] if lines and lines[-1].startswith("- ") else [text, ""]
    return lines


def main() -> None:
    for name, (council, blocks, table, about) in CHAPTERS.items():
        document = _docx(council, table)
        _add(document, blocks)
        _print(document, HERE / name)
        lines = _md(council, blocks, table)
        text = (
            "\n".join(
                [f"%% built by build_blind145.py: {about}; footer 'Page N'", "", *lines]
            ).rstrip()
            + "\n"
        )
        (HERE / f"{name}.md").write_text(text, "utf-8")
        print(name)


if __name__ == "__main__":
    main()
