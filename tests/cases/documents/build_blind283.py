# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 283rd blind set: facts where Word and PDF put them.

    28301  Kestlebury: python-docx; a two-column document-control table under the title
           ("Amended | 22 July 2025 - leaving care offer revised", "Next review | July 2027");
           the Acts as a Word numbered list (List Number) under "The Law"; the corporate
           parenting principles as a second numbered list restarted at 1 (seven items); the
           model in a heading "Our Practice Model: Signs of Safety"; the permanence timescale
           in a bold run inside a paragraph; the personal adviser's age in a table cell.
    28302  Marrowfield: python-docx with a running header; six items in a numbered list; "the
           seven corporate parenting principles" in a sentence; a heading "Practice Model -
           Family Safeguarding"; a bold "within four months" in Permanence and "within six
           months" later in the practice-model section (the conflict); an inspection month (a
           distractor); a closing line "This chapter was last amended on 3 March 2026."
    28303  Oxdown: python-docx printed to PDF by LibreOffice; a document-control table under the
           title with "Version | 3.1", "First approved | May 2020" (a distractor) and "Last
           amended | 21 January 2026"; five Acts and seven principles as numbered lists; a
           heading "Our practice model: Restorative Practice"; a bold "by the end of the sixth
           month"; the age in a one-row table.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind283.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind283.py"
NAMES = {
    "28301": "28301-docx-control-table-under-title-amended-row-with-reason-acts-numbered-word-list-principles-second-numbered-list-restarted-model-in-heading-bold-five-months-run-pa-age-in-table-cell-panel-2019-distractor-lac.docx",
    "28302": "28302-docx-running-header-six-item-numbered-list-seven-in-a-sentence-practice-model-dash-heading-bold-four-months-then-six-conflict-inspection-distractor-closing-last-amended-line-children-in-care.docx",
    "28303": "28303-pdf-lo-control-table-version-first-approved-distractor-last-amended-five-numbered-acts-seven-numbered-principles-model-in-heading-bold-sixth-month-age-in-one-row-table-looked-after-children.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "b" | "n", text), ("n1", text) restarting a numbered list,
# ("pb", before, bold, after) a paragraph with a bold run, or ("table", rows).
Block = tuple[Any, ...]

# fmt: off
KESTLEBURY: list[Block] = [
    ("title", TITLE),
    ("table", [
        ("Owner", "Head of Service, Children in Care"),
        ("Amended", "22 July 2025 \u2013 leaving care offer revised"),
        ("Next review", "July 2027"),
    ]),
    ("h", "Introduction"),
    ("p", "This chapter describes what Kestlebury County Council believes about the care of looked after children and how those beliefs show in day-to-day practice. It applies to everyone who works in children's services."),
    ("h", "The Law"),
    ("p", "The duties this chapter describes are placed on us by:"),
    ("n1", "the Children Act 1989"),
    ("n", "the Children (Leaving Care) Act 2000"),
    ("n", "the Children and Families Act 2014"),
    ("n", "the Children and Social Work Act 2017"),
    ("h", "Corporate Parenting"),
    ("p", "Our Corporate Parenting Panel has met every month since January 2019. As corporate parents we will:"),
    ("n1", "act in each child's best interests and look after their health and well-being;"),
    ("n", "find out what children think, wish and feel;"),
    ("n", "give those views proper weight;"),
    ("n", "help children get the most from council services and those of our partners;"),
    ("n", "raise our sights for them and push for good outcomes;"),
    ("n", "keep them safe and give them steady homes, friendships and schooling;"),
    ("n", "get them ready for adult life and living on their own."),
    ("h", "Our Practice Model: Signs of Safety"),
    ("p", "Workers map what is going well, what worries us and what needs to happen next, with the family at the table. Every new worker is trained in the model in their first six months."),
    ("h", "Permanence"),
    ("pb", "A looked after child should have a permanence plan ", "within five months of entering care", ", and the plan is checked at every review after that."),
    ("h", "Leaving Care"),
    ("p", "Our offer to care leavers is summarised below."),
    ("table", [
        ("Support", "Available until"),
        ("Staying Put with former foster carers", "21st birthday"),
        ("Personal adviser", "25th birthday"),
    ]),
]

MARROWFIELD: list[Block] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "Marrowfield City Council cares for around four hundred children in care. This chapter sets out the values we hold and the principles we follow for them and for young people who have left our care."),
    ("h", "Key Legislation"),
    ("p", "Staff should know where our duties come from:"),
    ("n1", "Children Act 1989"),
    ("n", "Children Act 2004"),
    ("n", "Children and Families Act 2014"),
    ("n", "Children and Social Work Act 2017"),
    ("n", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("n", "Working Together to Safeguard Children 2023"),
    ("h", "Corporate Parenting"),
    ("p", "Every councillor signs up to the seven corporate parenting principles when elected. Ofsted looked at how well we live up to them when it inspected us in June 2024."),
    ("h", "Practice Model \u2013 Family Safeguarding"),
    ("p", "Social workers, adult mental health workers and domestic abuse workers sit in the same team and share one plan for each family. Under the model every child in care has a permanence plan within six months."),
    ("h", "Permanence"),
    ("pb", "We agree a permanence plan for each child ", "within four months", " of them coming into care, and we tell the child what it means in words they understand."),
    ("h", "Leaving Care"),
    ("p", "Every care leaver can keep a personal adviser up to the age of 25, whether or not they are in education, training or work."),
    ("p", "This chapter was last amended on 3 March 2026."),
]

OXDOWN: list[Block] = [
    ("title", TITLE),
    ("table", [
        ("Version", "3.1"),
        ("First approved", "May 2020"),
        ("Last amended", "21 January 2026"),
    ]),
    ("h", "Introduction"),
    ("p", "Oxdown Borough Council is corporate parent to all looked-after children in the borough. This chapter says what we value and how we act on it."),
    ("h", "Legislation"),
    ("p", "The chapter draws on the following Acts:"),
    ("n1", "Children Act 1989"),
    ("n", "Adoption and Children Act 2002"),
    ("n", "Children Act 2004"),
    ("n", "Children and Families Act 2014"),
    ("n", "Children and Social Work Act 2017"),
    ("h", "The Corporate Parenting Principles"),
    ("p", "Oxdown's elected members and officers will:"),
    ("n1", "put the best interests of each child first and promote their health and well-being;"),
    ("n", "encourage children to say what they think and feel;"),
    ("n", "take what they say into account;"),
    ("n", "help them use the services open to them;"),
    ("n", "expect a great deal of them and for them;"),
    ("n", "keep them safe and give them stability at home and at school;"),
    ("n", "prepare them for adulthood."),
    ("h", "Our practice model: Restorative Practice"),
    ("p", "We work with families, not to them or for them. High support and high challenge go together in every conversation."),
    ("h", "Permanence"),
    ("pb", "Every looked-after child has a permanence plan ", "by the end of the sixth month", " after they come into care."),
    ("h", "Leaving Care"),
    ("table", [
        ("Personal adviser support ends at age", "21"),
    ]),
]
# fmt: on

STYLES = {
    "title": "Title",
    "h": "Heading 1",
    "b": "List Bullet",
    "n": "List Number",
    "n1": "List Number",
}


def _restart_numbering(document: Any, paragraph: Any) -> None:
    """Give the paragraph a new list instance of List Number's list that starts again at 1."""
    numbering = document.part.numbering_part.element
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    numbering_properties = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering_properties.get_or_add_ilvl().val = 0
    numbering_properties.get_or_add_numId().val = num.numId
    return num.numId


def _word(blocks: list[Block], header: str | None = None) -> bytes:
    document = new_docx()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    current: int | None = None
    for block in blocks:
        kind = block[0]
        if kind == "table":
            rows = block[1]
            table = document.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for row in rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.paragraphs[0].add_run(text).bold = cell is cells[0]
        elif kind == "pb":
            paragraph = document.add_paragraph()
            paragraph.add_run(block[1])
            paragraph.add_run(block[2]).bold = True
            paragraph.add_run(block[3])
        elif kind in ("n", "n1"):
            paragraph = document.add_paragraph(block[1], style="List Number")
            if kind == "n1":
                current = _restart_numbering(document, paragraph)
            elif current is not None:
                numbering_properties = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                numbering_properties.get_or_add_ilvl().val = 0
                numbering_properties.get_or_add_numId().val = current
        else:
            document.add_paragraph(block[1], style=STYLES.get(kind))
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    """What a reader sees in the built file, as markdown (the sidecar beside it)."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    number = 0
    previous = ""
    for block in blocks:
        kind = block[0]
        if kind in ("n", "n1"):
            number = 1 if kind == "n1" else number + 1
            lines.append(f"{number}. {block[1]}")
        else:
            if previous in ("n", "n1"):
                lines.append("")
            if kind == "table":
                lines += [f"| {' | '.join(row)} |" for row in block[1]]
                lines.append("")
            elif kind == "pb":
                lines += [f"{block[1]}**{block[2]}**{block[3]}", ""]
            else:
                prefix = {"title": "# ", "h": "## "}.get(kind, "")
                lines += [prefix + block[1], ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAMES["28301"]).write_bytes(_word(KESTLEBURY))
    (HERE / (NAMES["28301"] + ".md")).write_text(
        _note(
            KESTLEBURY,
            "python-docx, a control table under the title, numbered Word lists, a bold run, a table cell",
        ),
        encoding="utf-8",
    )
    header = "Marrowfield City Council \u2013 Children's Services Procedures Manual"
    (HERE / NAMES["28302"]).write_bytes(_word(MARROWFIELD, header))
    (HERE / (NAMES["28302"] + ".md")).write_text(
        _note(
            MARROWFIELD,
            f"python-docx with a running header ({header}), a numbered Word list, bold runs",
        ),
        encoding="utf-8",
    )
    docx_to_pdf(_word(OXDOWN), HERE / NAMES["28303"])
    (HERE / (NAMES["28303"] + ".md")).write_text(
        _note(
            OXDOWN,
            "python-docx printed to PDF by LibreOffice; a control table under the title, numbered Word lists, a bold run, a one-row table",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
