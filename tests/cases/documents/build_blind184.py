# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the 184th blind set's Word file and its PDF (18401, 18402): a whole chapter of an
invented council in a corporate-policy layout, legal-style numbering made by a real Word
multilevel list ("1." on Heading 1, "1.1" on numbered Normal paragraphs with no heading of
their own), a definitions table holding the Acts, the principles in an appendix (a Heading 1 with
its number taken off), a document-control table and a version history at the end.

    18401  Word (python-docx, numbering.xml written as Word's "Define New Multilevel List" does)
    18402  18401 printed to PDF by LibreOffice headless

All written for this set, in our own words.

usage: .venv/bin/python tests/cases/documents/build_blind184.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind184.py"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "18401-docx-multilevel-list-numbered-headings-and-paragraphs-definitions-table-acts-appendix-principles-control-table-version-history-end.docx"
PDF = "18402-pdf-lo-from-word-multilevel-numbered-paragraphs-definitions-acts-appendix-principles-control-table-version-history.pdf"

# fmt: off
TITLE = "Children's Services Policies, Values and Principles"
# ("h1", text) numbered heading; ("h1u", text) unnumbered heading; ("n", text) a "1.1" paragraph; ("p", text); ("t", rows)
BLOCKS = [
    ("p", "Wrexfold Borough Council, Children and Families Directorate"),
    ("h1", "Purpose of this chapter"),
    ("n", "This chapter of the Wrexfold children's services procedures manual explains the values and principles that every member of staff in the directorate is expected to work by, whatever their role."),
    ("n", "It applies to social workers, family support workers, personal advisers, managers and the staff of our two children's homes, and to agency staff while they work for us."),
    ("h1", "Definitions"),
    ("n", "In this chapter the words below have these meanings."),
    ("t", [["Term", "Meaning"],
           ["Children Act 1989", "The main law setting out the council's duties to children in need and to the children it looks after."],
           ["Children (Leaving Care) Act 2000", "The law that extended the council's duties to young people after they leave care."],
           ["Children and Social Work Act 2017", "The law that sets out the corporate parenting principles and the offer of a personal adviser to older care leavers."],
           ["Care Leavers (England) Regulations 2010", "The rules on pathway plans and the help care leavers should receive."],
           ["Child in care", "A child who is looked after by the council under a care order or by agreement with their parents."],
           ["Relevant child", "A young person aged 16 or 17 who has left care after being looked after for at least 13 weeks."]]),
    ("h1", "Our values"),
    ("n", "We believe that children do best when they grow up within their own families, and we will work alongside parents for as long as it is safe to do so."),
    ("n", "We treat children, young people and their families with respect, we are honest with them about our worries, and we keep our promises."),
    ("n", "We value the different cultures, faiths and languages of Wrexfold's families and make sure that a child's identity is understood and kept alive in their plans."),
    ("h1", "Wrexfold as corporate parent"),
    ("n", "When a child comes into our care, the whole council takes on the role of their parent. Elected members, officers and our partners share that role and should ask of every decision: would this be good enough for my own child?"),
    ("n", "The corporate parenting principles that guide us are set out in full in Appendix 1. The Corporate Parenting Board checks each year how well we keep to them."),
    ("h1", "Roles and responsibilities"),
    ("n", "The Director of Children's Services owns this chapter and is accountable for it to the Cabinet Member for Children."),
    ("n", "Team managers make sure that their staff have read the chapter and discuss it in supervision at least once a year."),
    ("n", "Every practitioner is responsible for applying the chapter in their own work and for raising any part of it that no longer fits practice with the Quality Assurance Team."),
    ("h1", "Permanence and leaving care"),
    ("n", "Every child in care should know where they will grow up. A plan for permanence is made for each child within three months of their becoming looked after, and it is reviewed at every statutory review."),
    ("n", "When a young person leaves care we stay alongside them. Each care leaver has a personal adviser until they reach 21, and we will continue that support up to the age of 25 if they choose to keep in touch with us."),
    ("h1", "How we practise"),
    ("n", "Since 2023 our teams have worked with Restorative Practice. We aim to do things with families rather than to them or for them, pairing high support with high challenge."),
    ("h1", "Equality impact statement"),
    ("n", "An equality impact assessment of this chapter was completed when it was last revised. It found no negative impact on any group with a protected characteristic, and it noted that the chapter should be offered in other languages on request."),
    ("h1u", "Appendix 1: The corporate parenting principles"),
    ("p", "In carrying out its functions for children in care and care leavers, the council must have regard to the need:"),
    ("l", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("l", "to encourage them to express their views, wishes and feelings;"),
    ("l", "to take into account their views, wishes and feelings;"),
    ("l", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("l", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("l", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("l", "to prepare them for adulthood and independent living."),
    ("h1", "Document control"),
    ("t", [["Document owner", "Director of Children's Services"],
           ["Approved by", "Children and Families Leadership Team"],
           ["Version", "5.2"],
           ["Next review", "January 2028"]]),
    ("h1", "Version history"),
    ("t", [["Version", "Date", "Summary of changes"],
           ["5.0", "2 March 2023", "Chapter rewritten for the new practice model."],
           ["5.1", "19 September 2024", "Definitions section added."],
           ["5.2", "14 January 2026", "Leaving care paragraph updated; appendix of principles added."]]),
]
# fmt: on


def _numbering(document: Any) -> None:
    """A multilevel list: "%1." on Heading 1 (attached to the style) and "%1.%2" for the
    numbered paragraphs under it, as Word's legal-style paragraph numbering makes it."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{style}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
        for level, style, text, indent in (
            (0, '<w:pStyle w:val="Heading1"/>', "%1.", 567),
            (1, "", "%1.%2", 567),
        )
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="84"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W}" w:numId="84"><w:abstractNumId w:val="84"/></w:num>')
    )
    style = document.styles.element.get_by_id("Heading1")
    style.get_or_add_pPr().insert(
        0, parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="84"/></w:numPr>')
    )


def _numbered(paragraph: Any, level: int, num_id: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.get_or_add_pPr().insert(
        0,
        parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def build() -> bytes:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    _numbering(document)
    for kind, value in BLOCKS:
        if kind == "h1":
            document.add_paragraph(value, style="Heading 1")
        elif kind == "h1u":
            _numbered(document.add_paragraph(value, style="Heading 1"), 0, 0)
        elif kind == "n":
            _numbered(document.add_paragraph(value), 1, 84)
        elif kind == "l":
            document.add_paragraph(value, style="List Bullet")
        elif kind == "t":
            table = document.add_table(rows=0, cols=len(value[0]))
            table.style = "Table Grid"
            for row in value:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
            document.add_paragraph("")
        else:
            document.add_paragraph(value)
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Wrexfold Borough Council - OFFICIAL"
    return saved_docx(document)


def note(about: str) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", "", f"# {TITLE}", ""]
    heading = number = 0
    for kind, value in BLOCKS:
        if kind == "h1":
            heading, number = heading + 1, 0
            lines += [f"## {heading}. {value}", ""]
        elif kind == "h1u":
            lines += [f"## {value}", ""]
        elif kind == "n":
            number += 1
            lines += [f"{heading}.{number} {value}", ""]
        elif kind == "l":
            lines.append(f"- {value}")
        elif kind == "t":
            lines += [" | ".join(row) for row in value] + [""]
        else:
            lines += [str(value), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    about = "Heading 1 and the paragraphs under it numbered by one multilevel list (1. / 1.1, no number typed), a definitions table of Acts and terms, Appendix 1 (a Heading 1 with numbering off) holding the seven principles, a document-control table and a version history closing the chapter"
    data = build()
    (HERE / DOCX).write_bytes(data)
    (HERE / f"{DOCX}.md").write_text(note(about), "utf-8")
    docx_to_pdf(data, HERE / PDF)
    (HERE / f"{PDF}.md").write_text(
        note(f"{DOCX} printed to PDF by LibreOffice headless; {about}"), "utf-8"
    )
    print(f"built {DOCX} and {PDF}")


if __name__ == "__main__":
    main()
