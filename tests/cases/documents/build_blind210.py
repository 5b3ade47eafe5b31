# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the 210th blind set's Word file and its PDF (21001, 21002): a whole chapter of an
invented council written as a formal policy document. A cover block of plain field lines under
the title (owner, approver, approval date, review date, version); then every paragraph numbered
by one real Word multilevel list ("1." on Heading 1, "1.1" on Normal paragraphs, "(a)" on the
third level), no number typed in the text. Headings stand only at the top level and name broad
parts ("Introduction", "Our commitments to children", "Planning for children"), so corporate
parenting, the practice model and information sharing each begin at a numbered paragraph, not
at a heading. "Appendix A: Legislation" (a Heading 1 with its number taken off) closes it.

    21001  Word (python-docx, numbering.xml written as Word's "Define New Multilevel List" does)
    21002  21001 printed to PDF by LibreOffice headless

All written for this set, in our own words.

usage: .venv/bin/python tests/cases/documents/build_blind210.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind210.py"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "21001-docx-cover-fields-multilevel-numbering-top-level-headings-topics-open-at-numbered-paragraphs-lettered-principles-appendix-legislation.docx"
PDF = "21002-pdf-lo-from-word-cover-fields-multilevel-numbering-topics-open-at-numbered-paragraphs-appendix-legislation.pdf"
NUM_ID = 210

# fmt: off
TITLE = "Children's Services Policies, Values and Principles"
# ("c", text) a cover line; ("h1", text) numbered heading; ("h1u", text) heading with its number off;
# ("n", text) a "1.1" paragraph; ("a", text) an "(a)" paragraph; ("l", text) a bulleted line
BLOCKS = [
    ("c", "Halverton Borough Council"),
    ("c", "Policy owner: Assistant Director for Children's Social Care"),
    ("c", "Approved by: Children's Services Leadership Team"),
    ("c", "Date of approval: 17 June 2025"),
    ("c", "Review date: June 2027"),
    ("c", "Version: 2.3"),
    ("h1", "Introduction"),
    ("n", "This policy describes the values and principles on which Halverton Borough Council bases its work with children, young people and their families, and the framework of law within which that work is done."),
    ("n", "It applies to everyone who works in children's social care, including social workers, personal advisers, residential staff, managers and students on placement. The laws referred to in the policy are listed in Appendix A."),
    ("n", "Halverton cannot keep children safe on its own. Schools, health visitors, GPs, the police and voluntary groups all see children whom we never meet, and the local safeguarding partnership brings these agencies together so that concerns are shared early and acted on jointly."),
    ("n", "Each agency in the partnership keeps its own duties, but we agree a single plan for each child who needs one, and no agency closes its involvement without telling the others."),
    ("h1", "Our commitments to children"),
    ("n", "We listen to children before we make decisions about them, and we explain our decisions in words they understand. We are open with families about what worries us and about what we will do next."),
    ("n", "We treat every family with courtesy and respect their culture, faith and language, and we believe that most children are best cared for by the people who already love them."),
    ("n", "When a child comes into the care of Halverton, every councillor and every officer of the council shares responsibility for that child as a corporate parent. The Children and Social Work Act 2017 requires the council, in everything it does for children in care and care leavers, to have regard to the need:"),
    ("a", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("a", "to encourage them to say what they think, wish and feel;"),
    ("a", "to take their views, wishes and feelings into account;"),
    ("a", "to help them use the services offered by the council and its partners, and to make the most of them;"),
    ("a", "to hold high aspirations for them and to seek the best outcomes for them;"),
    ("a", "for them to be safe, and to have stability at home, in their relationships and in school or work;"),
    ("a", "to prepare them for adult life and for living independently."),
    ("n", "The Corporate Parenting Panel, chaired by the Leader of the council, meets six times a year and hears directly from the Children in Care Council."),
    ("n", "Since 2021 Halverton's social workers have practised Family Valued, a way of working that puts relationships at the centre and uses family group conferences to let families make their own plans wherever it is safe."),
    ("n", "Every new practitioner completes the Family Valued training within their first year, and team managers use it in group supervision."),
    ("h1", "Planning for children"),
    ("n", "Our first aim is to help children stay safely at home. Where that is not possible, we look next to relatives and friends before placing a child with foster carers."),
    ("n", "Every child in care should have a plan for permanence, agreed with them where they are old enough, no later than five months after they started to be looked after."),
    ("n", "When a young person leaves care, a personal adviser stays with them until they are 21. Any care leaver who asks for that support may keep their personal adviser up to the age of 25."),
    ("n", "Care leavers are exempt from council tax in Halverton until their 22nd birthday, and the leaving care team helps every young person to find a settled home before they leave their placement."),
    ("n", "Young people are invited to help review this policy through the Children in Care Council, whose members are paid for their time."),
    ("n", "Information about children and their families is held securely and is shared only when it is needed to keep a child safe or to provide a service, and with the family's knowledge unless telling them would put the child at risk."),
    ("n", "Staff who are unsure whether to share information should speak to their manager or the council's Data Protection Officer before they do so, and must record their decision and the reason for it."),
    ("h1u", "Appendix A: Legislation"),
    ("p", "This policy has been written with regard to the following laws:"),
    ("l", "Children Act 1989"),
    ("l", "Children Act 2004"),
    ("l", "Children (Leaving Care) Act 2000"),
    ("l", "Children and Social Work Act 2017"),
    ("l", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("l", "Data Protection Act 2018"),
]
# fmt: on


def _numbering(document: Any) -> None:
    """One abstract list: "1." on Heading 1, "1.1" and "(a)" on numbered Normal paragraphs, as a
    legal-style multilevel list defined in Word is written."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{style}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
        for level, fmt, style, text, left, hanging in (
            (0, "decimal", '<w:pStyle w:val="Heading1"/>', "%1.", 567, 567),
            (1, "decimal", "", "%1.%2", 567, 567),
            (2, "lowerLetter", "", "(%3)", 1134, 567),
        )
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{NUM_ID}"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{W}" w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
        )
    )
    style = document.styles.element.get_by_id("Heading1")
    style.get_or_add_pPr().insert(
        0,
        parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="{NUM_ID}"/></w:numPr>'
        ),
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
            _numbered(document.add_paragraph(value), 1, NUM_ID)
        elif kind == "a":
            _numbered(document.add_paragraph(value), 2, NUM_ID)
        elif kind == "l":
            document.add_paragraph(value, style="List Bullet")
        else:
            document.add_paragraph(value)
    return saved_docx(document)


def note(about: str) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", "", f"# {TITLE}", ""]
    heading = number = letter = 0
    for kind, value in BLOCKS:
        if kind == "h1":
            heading, number = heading + 1, 0
            lines += [f"## {heading}. {value}", ""]
        elif kind == "h1u":
            lines += [f"## {value}", ""]
        elif kind == "n":
            number, letter = number + 1, 0
            lines += [f"{heading}.{number} {value}", ""]
        elif kind == "a":
            letter += 1
            lines += [f"({'abcdefghij'[letter - 1]}) {value}", ""]
        elif kind == "l":
            lines.append(f"- {value}")
        else:
            lines += [str(value), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    about = "a cover block of field lines under the title; Heading 1 and every paragraph under it numbered by one multilevel list (1. / 1.1 / (a), no number typed); topics open at numbered paragraphs under broad headings; Appendix A: Legislation (a Heading 1 with numbering off) listing six Acts and Regulations"
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
