# ruff: noqa: E501, RUF001, RUF002  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-thirty-eighth blind set, a facts probe in whole Word chapters as council
policy teams keep them (and two of them printed to PDF by LibreOffice from the same Word file):

    13801  Word (python-docx): Title and Heading 1/2 styles; a document-control table on the
           first page (owner, version, approved date, review date); an "Act | Summary"
           legislation table; the corporate parenting principles as a real Word numbered list
           lettered (a)-(g); a footnote citing an Act; a leaving-care table of age bands; a
           running header "Version 3.1 – Approved June 2024"; a version history at the end,
           newest row first, each row a day.
    13802  PDF printed by LibreOffice from 13801's Word file.
    13803  Word (python-docx): custom-named paragraph styles for the title and the headings (no
           outline level); the same control table shape; a version history at the end, oldest
           row first, each row a month; the "Version 3.1 – Approved June 2024" line in the footer.
    13804  PDF printed by LibreOffice from 13803's Word file.
    13805  Word (python-docx): Heading 1/2; no version history (the approved date dates it); a
           footnote citing an Act on the leaving-care paragraph; one fact stated twice with
           different values (permanence: four months in its section, six months in a promise
           under the values).
    13806  Word (python-docx): Heading 1/2; no version history; age bands written with en dashes;
           the header and the footer both carry the version line.

All written for this set, in our own words, for invented councils.

usage: .venv/bin/python tests/cases/documents/build_blind138.py
       (python-docx, LibreOffice)
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    with_word_part,
)

SCRIPT = "build_blind138.py"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
VERSION_LINE = "Version 3.1 – Approved June 2024"

# ("title" | "h1" | "h2" | "p" | "b" | "letters" | "control" | "table", value[, footnote])
# a footnote is (the words its mark follows, the note's text)
Block = tuple[Any, ...]

# fmt: off
# ---------------------------------------------------------------- 13801/13802 Ashcombe Vale
ASHCOMBE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("control", [
        ["Document owner", "Head of Service, Children in Care and Care Leavers"],
        ["Version", "3.1"],
        ["Date approved", "12 June 2024"],
        ["Review date", "June 2026"],
    ]),
    ("h1", "Who this chapter is for"),
    ("p", "This chapter applies to everyone who works with children and families for Ashcombe Vale Council's children's services, including staff in commissioned services and students on placement. It describes the values we share and the principles that shape our decisions."),
    ("h1", "The law behind our work"),
    ("p", "Our work with children and families rests on the following Acts of Parliament."),
    ("table", [
        ["Act", "Summary"],
        ["Children Act 1989", "Sets out the council's duties to children in need and to children it looks after"],
        ["Children (Leaving Care) Act 2000", "Gives care leavers a pathway plan and a personal adviser"],
        ["Adoption and Children Act 2002", "Governs adoption and special guardianship"],
        ["Children Act 2004", "Requires agencies to co-operate to improve children's well-being"],
        ["Children and Families Act 2014", "Introduced Staying Put and the virtual school head"],
        ["Children and Social Work Act 2017", "Set out the corporate parenting principles and extended support for care leavers"],
    ]),
    ("h1", "What we believe"),
    ("p", "Children are best brought up by their own families wherever that is safe. We listen to children and take what they tell us seriously, we are open with parents about our concerns, and we look for the strengths in every family as well as the risks."),
    ("h1", "Being a good corporate parent"),
    ("p", "When a child comes into the council's care, every councillor and officer shares the responsibility of being their parent. In everything we do for Children Looked After and care leavers, we must have regard to the need:", ("have regard to the need", "Section 1 of the Children and Social Work Act 2017 sets out these principles for every local authority in England.")),
    ("letters", [
        "to act in their best interests and to promote their physical and mental health and well-being;",
        "to encourage them to express their views, wishes and feelings;",
        "to take their views, wishes and feelings into account;",
        "to help them to use, and make the most of, the services offered by the council and its partners;",
        "to promote high aspirations and to seek the best outcomes for them;",
        "for them to be safe, and for stability in their home lives, relationships and education or work;",
        "to prepare them for adulthood and independent living.",
    ]),
    ("h1", "How we practise"),
    ("p", "Signs of Safety is the practice model used by every social work team in Ashcombe Vale. With each family we map what we are worried about, what is working well and what needs to happen next, in words the family can understand."),
    ("h2", "Training and supervision"),
    ("p", "Every practitioner completes the two-day Signs of Safety course in their first six months, and supervision follows the same three questions."),
    ("h1", "A permanent home for every child"),
    ("p", "Every Child Looked After should know where they will grow up. A plan for permanence is agreed at the child's second review, no later than four months after they came into care, and is checked at every review after that."),
    ("h1", "Support after care"),
    ("p", "Young people who leave our care keep our support as they grow into adulthood. The table shows what they can expect at each age."),
    ("table", [
        ["Age", "What we offer"],
        ["16 and 17", "A pathway plan, a personal adviser and help to prepare for living independently"],
        ["18 to 21", "A personal adviser, help with housing and money, and Staying Put with former foster carers"],
        ["21 to 25", "A personal adviser if the young person asks for one"],
    ]),
    ("h1", "Keeping information safe"),
    ("p", "We share information about a child or family only when the law allows it and it is needed to protect a child or meet their needs. We tell families what we have shared and why, unless telling them would put a child at risk."),
    ("h1", "Version history"),
    ("table", [
        ["Version", "Date", "What changed"],
        ["3.1", "20 May 2024", "Support after care table updated to show help up to 25"],
        ["3.0", "11 September 2023", "Chapter rewritten; Signs of Safety added"],
        ["2.0", "4 March 2021", "Legal framework updated"],
        ["1.0", "1 October 2018", "First issue"],
    ]),
]

# ---------------------------------------------------------------- 13803/13804 Kettlemoor, custom styles
KETTLEMOOR: list[Block] = [
    ("title", "Policies, Values and Principles of Children's Services"),
    ("control", [
        ["Owner", "Service Manager, Quality Assurance"],
        ["Version", "3.1"],
        ["Approved", "26 June 2024"],
        ["Next review", "June 2027"],
    ]),
    ("h1", "What this chapter covers"),
    ("p", "This chapter sets out what Kettlemoor Borough Council's children's services stand for, the law that gives us our duties and the principles we follow in our work. It is for our own staff and for the partners who work alongside us."),
    ("h1", "Our legal duties"),
    ("p", "The main Acts that give the council its duties towards children are summarised here."),
    ("table", [
        ["Act", "Summary"],
        ["Children Act 1989", "The welfare of the child is paramount; duties to children in need and in care"],
        ["Children Act 2004", "Co-operation between agencies and the role of the Director of Children's Services"],
        ["Children and Young Persons Act 2008", "Strengthened the care planning and review of children in care"],
        ["Children and Families Act 2014", "Staying Put arrangements and the duties of the virtual school head"],
        ["Children and Social Work Act 2017", "The corporate parenting principles and the local offer for care leavers"],
    ]),
    ("h1", "Working with our partners"),
    ("p", "No single agency can keep children safe on its own. We work with schools, health services and the police under the local safeguarding arrangements, and we follow the statutory guidance on working together to safeguard children."),
    ("h1", "Our corporate parenting role"),
    ("p", "Kettlemoor Borough Council is the corporate parent of every Child in Care and every care leaver. Its councillors and staff must have regard to the need:"),
    ("letters", [
        "to act in the best interests of these children and young people and to promote their physical and mental health and well-being;",
        "to encourage them to say what they think, want and feel;",
        "to take what they think, want and feel into account;",
        "to help them get access to, and make the best use of, the services provided by the council and its partners;",
        "to promote high aspirations and to seek the best outcomes for them;",
        "for them to be safe and to have stable homes, relationships, schooling or work;",
        "to prepare them for adulthood and living independently.",
    ]),
    ("h1", "Our approach to practice"),
    ("p", "Our practice model is Restorative Practice. We work with families rather than doing things to them or for them, combining high support with high challenge so that families make and keep their own plans."),
    ("h1", "Planning for a permanent home"),
    ("p", "Children in Care need to know where they will live until they grow up. The permanence plan is agreed at the second review, within four months of the child coming into care."),
    ("h1", "Leaving care"),
    ("p", "Every care leaver has a personal adviser. The support on offer at each age is shown below."),
    ("table", [
        ["Age", "Support"],
        ["16 and 17", "Pathway planning and preparation for independence"],
        ["18 to 25", "A personal adviser for every care leaver, with help with housing, education and work"],
    ]),
    ("h1", "Confidentiality"),
    ("p", "Information about children and families is kept securely and shared only with those who need it to help or protect a child, and only as the law allows."),
    ("h1", "Document history"),
    ("table", [
        ["Version", "Date", "Changes"],
        ["1.0", "March 2019", "First issue"],
        ["2.0", "April 2022", "Restorative Practice added"],
        ["3.0", "January 2024", "Legal duties table updated"],
        ["3.1", "May 2024", "Leaving care support extended to 25 for every care leaver"],
    ]),
]

# ---------------------------------------------------------------- 13805 Brindlecombe, conflict
BRINDLECOMBE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("control", [
        ["Policy owner", "Assistant Director, Children's Social Care"],
        ["Version", "3.1"],
        ["Approval date", "3 June 2024"],
        ["Review due", "June 2025"],
    ]),
    ("h1", "Purpose"),
    ("p", "This chapter explains the values and principles that guide Brindlecombe City Council's work with children, young people and their families, and where our duties come from."),
    ("h1", "Legislation"),
    ("p", "This chapter is based on the following legislation."),
    ("table", [
        ["Act", "Summary"],
        ["Children Act 1989", "The main duties of councils towards children and families"],
        ["Children (Leaving Care) Act 2000", "Duties to young people leaving care"],
        ["Adoption and Children Act 2002", "Adoption law and special guardianship"],
        ["Children Act 2004", "Duties of agencies to co-operate and to safeguard children"],
        ["Children and Young Persons Act 2008", "Care planning, placements and reviews"],
        ["Children and Families Act 2014", "Staying Put and virtual school heads"],
        ["Children and Social Work Act 2017", "Corporate parenting principles and personal advisers up to 25"],
    ]),
    ("h1", "Our values"),
    ("p", "We value honesty, respect and persistence. We promise every child in our care that:"),
    ("b", "they will have a say in every decision about their life;"),
    ("b", "they will have a permanent home agreed within six months of coming into care;"),
    ("b", "they will be visited by their social worker at least every six weeks."),
    ("h1", "Corporate parenting"),
    ("p", "As corporate parent to every Looked After Child and care leaver, the council has regard to the need:"),
    ("letters", [
        "to act in their best interests and promote their physical and mental health and well-being;",
        "to encourage them to express their views, wishes and feelings;",
        "to take those views, wishes and feelings into account;",
        "to help them gain access to, and make the best use of, our services and those of our partners;",
        "to promote high aspirations and seek the best outcomes for them;",
        "for them to be safe, and for stability in their home lives, relationships and education or work;",
        "to prepare them for adulthood and independent living.",
    ]),
    ("h1", "Our practice model"),
    ("p", "Brindlecombe uses Family Safeguarding. Social workers, adult mental health workers, domestic abuse workers and substance misuse workers share one team, so that parents get help with the problems that put their children at risk."),
    ("h1", "Permanence"),
    ("p", "For every Looked After Child the permanence plan is agreed at the second statutory review, four months after the child came into care."),
    ("h1", "Care leavers"),
    ("p", "Young people leaving care are entitled to support into adulthood.", ("into adulthood", "Children (Leaving Care) Act 2000, as amended by the Children and Social Work Act 2017.")),
    ("table", [
        ["Age band", "Entitlement"],
        ["16 to 17", "Pathway plan and personal adviser"],
        ["18 to 21", "Personal adviser for every care leaver"],
        ["21 to 25", "Personal adviser for care leavers in education or training"],
    ]),
    ("h1", "Sharing information"),
    ("p", "We share information lawfully and only where it helps to keep a child safe or meet their needs. Children and families are told what is shared and why."),
]

# ---------------------------------------------------------------- 13806 Hollinsford, en-dash age bands
HOLLINSFORD: list[Block] = [
    ("title", "Children's Services: Policies, Values and Principles"),
    ("control", [
        ["Owner", "Principal Social Worker"],
        ["Version number", "3.1"],
        ["Approved on", "18 June 2024"],
        ["Date of next review", "June 2026"],
    ]),
    ("h1", "Scope"),
    ("p", "This chapter covers all of Hollinsford District Council's children's social care services and the teams that support cared for children and care leavers."),
    ("h1", "Legal context"),
    ("p", "These are the Acts on which this chapter rests."),
    ("table", [
        ["Act", "Summary"],
        ["Children Act 1989", "Duties to safeguard children and to care for those in need"],
        ["Children Act 2004", "Local co-operation to improve children's well-being"],
        ["Children and Families Act 2014", "Staying Put for young people in foster care"],
        ["Children and Social Work Act 2017", "Corporate parenting principles and the local offer"],
    ]),
    ("h1", "Our vision"),
    ("p", "We want every child in Hollinsford to grow up safe, loved and able to make the most of their talents. We will get there by helping families early, before problems grow, and by keeping children with people who know and love them."),
    ("h1", "Corporate parenting"),
    ("p", "The council is the corporate parent of all cared for children and care leavers. We must have regard to the need:"),
    ("letters", [
        "to act in their best interests and promote their physical and mental health and well-being;",
        "to encourage them to express their views, wishes and feelings;",
        "to take their views, wishes and feelings into account;",
        "to help them gain access to, and make the best use of, services;",
        "to promote high aspirations and seek the best outcomes for them;",
        "for them to be safe and to have stability in their home lives, relationships and education or work;",
        "to prepare them for adulthood and independent living.",
    ]),
    ("h2", "The Corporate Parenting Board"),
    ("p", "The Corporate Parenting Board, chaired by the lead member, meets every two months and hears directly from the Children in Care Council."),
    ("h1", "How we work with families"),
    ("p", "Social workers in Hollinsford practise Signs of Safety. Plans are written with families, in their words, and set out what must happen for everyone to be confident that the children are safe."),
    ("h1", "Permanence"),
    ("p", "A plan for a permanent home is agreed for every cared for child by their second review, no later than four months after they came into care."),
    ("h1", "Leaving care"),
    ("p", "Our offer to care leavers changes as they grow older."),
    ("table", [
        ["Age", "Our offer"],
        ["16–17", "A pathway plan and a personal adviser"],
        ["18–21", "A personal adviser, a setting-up-home allowance and Staying Put"],
        ["21–25", "A personal adviser for any care leaver who asks for one"],
    ]),
    ("h1", "Information sharing"),
    ("p", "We share information about children and families only where it is lawful and necessary, and we keep records securely."),
]
# fmt: on


# ------------------------------------------------------------------------------ Word


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _xml(fragment: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(re.sub(r"^<(w:\w+)", rf'<\1 xmlns:w="{W}"', fragment))


def _letters_numbering(document: Any) -> int:
    """A numbering definition lettered "(a)", "(b)", … as Word's own lists are."""
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    abstract = _xml(
        '<w:abstractNum w:abstractNumId="81">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = next(iter(numbering.findall(qn("w:num"))), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(_xml('<w:num w:numId="81"><w:abstractNumId w:val="81"/></w:num>'))
    return 81


def _custom_styles(document: Any) -> dict[str, str]:
    """Title and heading styles of the council's own, named as its template names them, with no
    outline level."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    made = {}
    for key, name, size in (
        ("title", "KBC Document Title", 20),
        ("h1", "KBC Section Heading", 14),
        ("h2", "KBC Sub Heading", 12),
    ):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.keep_with_next = True
        made[key] = name
    return made


def _table(document: Any, rows: list[list[str]], bold_header: bool) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    first = table.rows[0].cells if bold_header else [row.cells[0] for row in table.rows]
    for cell in first:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    document.add_paragraph()


class Footnotes:
    def __init__(self) -> None:
        self.notes: list[tuple[int, str]] = []


def _text(paragraph: Any, text: str, footnote: tuple[str, str] | None, notes: Footnotes) -> None:
    if footnote is None:
        paragraph.add_run(text)
        return
    after, note = footnote
    cut = text.index(after) + len(after)
    number = len(notes.notes) + 1
    notes.notes.append((number, note))
    paragraph.add_run(text[:cut])
    paragraph._p.append(
        _xml(
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{number}"/></w:r>'
        )
    )
    if text[cut:]:
        paragraph.add_run(text[cut:])


def _with_footnotes(data: bytes, notes: Footnotes) -> bytes:
    """The package with a footnotes part added."""
    if not notes.notes:
        return data
    inner = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + "".join(
            f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'
            for number, text in notes.notes
        )
    )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">{inner}</w:footnotes>'
    return with_word_part(
        data, "footnotes.xml", xml.encode("utf-8"), "rIdNotes1", (2025, 1, 1, 0, 0, 0)
    )


def _word(
    blocks: list[Block], header: str | None, footer: str | None, custom_styles: bool = False
) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer is not None:
        section.footer.paragraphs[0].text = footer
        section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    styles = (
        _custom_styles(document)
        if custom_styles
        else {"title": "Title", "h1": "Heading 1", "h2": "Heading 2"}
    )
    letters = _letters_numbering(document)
    notes = Footnotes()
    for block in blocks:
        kind, value = block[0], block[1]
        footnote = block[2] if len(block) > 2 else None
        if kind in styles:
            document.add_paragraph(value, style=styles[kind])
        elif kind == "control":
            _table(document, value, bold_header=False)
        elif kind == "table":
            _table(document, value, bold_header=True)
        elif kind == "letters":
            for item in value:
                paragraph = document.add_paragraph(style="List Paragraph")
                paragraph.add_run(item)
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = letters
        elif kind == "b":
            document.add_paragraph(value, style="List Bullet")
        else:
            _text(document.add_paragraph(), value, footnote, notes)
    return _with_footnotes(saved_docx(document), notes)


def ashcombe_docx() -> bytes:
    return _word(
        ASHCOMBE, header=VERSION_LINE, footer="Ashcombe Vale Council – Children's Services"
    )


def kettlemoor_docx() -> bytes:
    return _word(
        KETTLEMOOR,
        header="Kettlemoor Borough Council",
        footer=VERSION_LINE,
        custom_styles=True,
    )


def brindlecombe_docx() -> bytes:
    return _word(BRINDLECOMBE, header=VERSION_LINE, footer="OFFICIAL")


def hollinsford_docx() -> bytes:
    return _word(HOLLINSFORD, header=VERSION_LINE, footer=VERSION_LINE)


FILES: dict[str, Any] = {
    "13801-docx-control-table-approved-day-act-summary-table-lettered-principles-footnote-act-age-band-table-header-version-line-history-newest-first.docx": (
        lambda target: target.write_bytes(ashcombe_docx()),
        ASHCOMBE,
        "python-docx; a control table, an Act | Summary table, principles lettered (a)-(g) by Word, a footnote, an age-band table, the version line in the header, a history newest first",
    ),
    "13802-pdf-lo-from-word-control-table-act-summary-table-lettered-principles-footnote-age-bands-header-version-line-history-newest-first.pdf": (
        lambda target: docx_to_pdf(ashcombe_docx(), target),
        ASHCOMBE,
        "LibreOffice PDF of 13801's Word file",
    ),
    "13803-docx-custom-named-styles-control-table-act-summary-table-lettered-principles-age-bands-footer-version-line-history-oldest-first.docx": (
        lambda target: target.write_bytes(kettlemoor_docx()),
        KETTLEMOOR,
        "python-docx; custom-named title and heading styles, a control table, tables, principles lettered (a)-(g), the version line in the footer, a history oldest first",
    ),
    "13804-pdf-lo-from-word-custom-named-styles-control-table-lettered-principles-age-bands-footer-version-line-history-oldest-first.pdf": (
        lambda target: docx_to_pdf(kettlemoor_docx(), target),
        KETTLEMOOR,
        "LibreOffice PDF of 13803's Word file",
    ),
    "13805-docx-control-table-approval-date-act-summary-table-lettered-principles-footnote-act-on-care-leavers-conflict-permanence-four-vs-six.docx": (
        lambda target: target.write_bytes(brindlecombe_docx()),
        BRINDLECOMBE,
        "python-docx; a control table, tables, principles lettered (a)-(g), a footnote citing an Act, permanence stated twice (four and six months)",
    ),
    "13806-docx-control-table-approved-on-act-summary-table-lettered-principles-en-dash-age-bands-version-line-header-and-footer.docx": (
        lambda target: target.write_bytes(hollinsford_docx()),
        HOLLINSFORD,
        "python-docx; a control table, tables, principles lettered (a)-(g), age bands with en dashes, the version line in header and footer",
    ),
}


def _note_blocks(blocks: list[Block]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block in blocks:
        kind, value = block[0], block[1]
        if kind in ("control", "table"):
            out += [("p", " | ".join(row)) for row in value]
        elif kind == "letters":
            out += [("p", f"({chr(ord('a') + index)}) {item}") for index, item in enumerate(value)]
        elif kind == "h1":
            out.append(("h", value))
        elif kind == "h2":
            out.append(("p", "### " + value))
        else:
            out.append((kind, value))
            if len(block) > 2:
                out.append(("p", "[footnote] " + block[2][1]))
    return out


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        target = HERE / name
        make(target)
        (HERE / (name + ".md")).write_text(
            blocks_note(_note_blocks(blocks), SCRIPT, about), encoding="utf-8"
        )
        print("built", name)


if __name__ == "__main__":
    main()
