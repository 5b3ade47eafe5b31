# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the 393rd blind set: PDF and Word as councils publish them.

    39301  Blaxendale (PDF printed by LibreOffice from python-docx): an A4 LANDSCAPE page
           throughout; headings in SMALL CAPITALS at the body's size, not bold; a footer
           "Blaxendale Borough Council · Page N".
    39302  Corvington (PDF printed by LibreOffice from python-docx): a Word file whose tracked
           changes were accepted before printing (the final text only); headings UNDERLINED
           at the body's size, not bold; a page break and a closing "Document control"
           label | value table alone on the last page.
    39303  Ravelsham (Word): headings are Normal paragraphs carrying a Word multilevel list's
           numbers ("1", "1.1": numbers in no paragraph's text) and a direct outline level.
    39304  Pevensholt (Word): Title and Heading 1 styles, a running header carrying the
           council's name and the chapter title, and real footnotes (a footnotes part).
    39305  Dunnerholme (Word made from a PDF by a converter): every printed line its own
           paragraph, a two-line title, typed numbers and bullets, some blocks held in one
           paragraph by hard line breaks, a page break where the PDF's page ended, and the
           PDF's footer in Word's footer.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind393.py
"""

from __future__ import annotations

import html
import sys
import textwrap
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    WORD_SHAPE_NAMESPACES,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    with_word_part,
    word_field,
    word_notes_xml,
)

SCRIPT = "build_blind393.py"
CHAPTER = "Children's Services Policies, Values and Principles"
NS = WORD_SHAPE_NAMESPACES

NAMES = {
    "39301": "39301-pdf-lo-from-word-landscape-small-caps-body-size-headings-blaxendale-amended-month-five-acts-bulleted-seven-numbered-signs-of-safety-four-months-21-or-25-education-cla.pdf",
    "39302": "39302-pdf-lo-from-word-tracked-changes-accepted-underlined-headings-closing-document-control-table-last-page-corvington-four-acts-sentence-seven-bulleted-systemic-three-months-25-for-all.pdf",
    "39303": "39303-docx-word-list-numbered-headings-direct-outline-levels-no-typed-numbers-ravelsham-amended-month-three-acts-sentence-seven-stated-family-safeguarding-six-months-21-or-25-training-children-in-care.docx",
    "39304": "39304-docx-header-council-and-chapter-title-footnotes-near-miss-heading-1-pevensholt-amended-day-version-four-acts-bulleted-bright-threads-strategy-three-months-21-or-25-if-asked-cared-for.docx",
    "39305": "39305-docx-converted-from-pdf-line-paragraphs-hard-breaks-two-line-title-typed-numbers-dunnerholme-amended-month-six-acts-seven-numbered-restorative-five-months-21-or-25-full-time-education-last-updated-lac.docx",
}

# fmt: off
BLAXENDALE: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Blaxendale Borough Council – Children and Families Directorate"),
    ("h", "About this chapter"),
    ("p", "This is the opening chapter of Blaxendale's children's social care procedures manual. It describes the beliefs and habits of work that lie behind every other chapter, and it applies to social workers, personal advisers, team managers, foster carers and the staff of the borough's two children's homes."),
    ("p", "The chapter was updated in October 2025 to describe the practice model the borough now uses."),
    ("h", "Legislation"),
    ("p", "Our work with children, young people and their families is governed mainly by these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Working with partners"),
    ("p", "No single service can keep a child safe. Blaxendale's social workers plan alongside teachers, health visitors, school nurses, the police and housing officers, and the borough's safeguarding partnership agrees how concerns travel between them. We expect partners to raise worries early, and they may expect the same of us."),
    ("h", "Our vision"),
    ("p", "We want each child in Blaxendale to grow up safe, settled and known by people who care about them, and each Child Looked After to leave our care ready for the life they choose."),
    ("h", "What we value"),
    ("p", "We value honesty, even when it is uncomfortable. We value the knowledge that families have about themselves. We value staff who stay curious, who check what they are told and who ask for help when a case troubles them."),
    ("h", "The council as corporate parent"),
    ("p", "Blaxendale Borough Council is the corporate parent of every Child Looked After and every care leaver in its care. Whenever it makes a decision about them it has regard to the need:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them to gain access to, and make the best use of, the council's services and those of its partners;"),
    ("n", "to promote high aspirations and to seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Since the spring of 2025 our practitioners have worked with Signs of Safety. With each family, and with the friends and relatives who stand around it, they map what is going well, what is worrying them and what needs to happen, and they write the safety plan in words the family can use."),
    ("h", "Principles that guide our work"),
    ("p", "Children are usually best brought up within their own families, and we give parents the help they need to make that safe. When a child cannot stay at home we look first to the wider family."),
    ("p", "No Child Looked After should wait long for a settled future: a permanence plan is in place within four months of the child coming into care."),
    ("p", "Young people leaving care keep a personal adviser until they are 21, and until they are 25 if they are in education or training."),
    ("h", "Confidentiality and information sharing"),
    ("p", "Personal information is held securely and shared only where the law allows and a child's safety or welfare calls for it. We tell families what we have shared and why, unless telling them would put a child at risk, and we write down every decision to share."),
]

CORVINGTON: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Corvington City Council, People Directorate"),
    ("h", "Purpose"),
    ("p", "This chapter explains what Corvington's children's social care service stands for and how it expects its staff to work. It covers work with children in need, children who are looked after, care leavers and their families, and it should be read alongside every other chapter of the city's manual."),
    ("h", "Legal context"),
    ("p", "The chapter rests on the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them."),
    ("h", "Partnership"),
    ("p", "Children are kept safe by many people at once. The city council, the integrated care board and the police are Corvington's safeguarding partners, and schools, GPs, youth services and community groups all take part in the plans that are made for children. Working Together to Safeguard Children is the guidance every one of them follows."),
    ("h", "Values"),
    ("p", "We treat children and parents with respect and speak to them plainly. We build on what a family does well. We do what we say we will do, and when we cannot, we explain why."),
    ("h", "Corporate parenting"),
    ("p", "The city council acts as a good parent would for children who are looked after and for its care leavers. It keeps the seven corporate parenting principles in mind in all it does:"),
    ("b", "acting in the best interests of the children and young people and promoting their health and well-being;"),
    ("b", "encouraging them to say what they think and feel;"),
    ("b", "giving weight to what they say;"),
    ("b", "helping them to use the services open to them;"),
    ("b", "expecting a great deal of them and for them;"),
    ("b", "keeping them safe and giving them stability at home, at school and at work;"),
    ("b", "getting them ready for adult life."),
    ("h", "Systemic practice"),
    ("p", "Corvington's practitioners are trained in Systemic Practice. They look at the patterns of relationships in a family and the stories its members tell about themselves, and they meet in small practice groups each week to think about their cases together."),
    ("h", "Outcomes we want"),
    ("p", "We want every child we work with to be healthy, to be safe from harm, to enjoy learning and to do well at it, to have a say in their community and to have the money and skills to manage as an adult."),
    ("h", "Key principles"),
    ("p", "Where it is safe, children stay with their families. Where it is not, we look for a home with relatives or friends before anyone else."),
    ("p", "A permanence plan for each child who is looked after is agreed no later than three months after the child comes into care, and the child's independent reviewing officer checks it at every review."),
    ("p", "Every care leaver can have a personal adviser up to the age of 25, whether or not they are in education, training or work."),
    ("h", "Sharing information"),
    ("p", "Information about children and their families is shared on a need-to-know basis and in line with data protection law. Staff record what they share, with whom and for what purpose."),
]

CORVINGTON_CONTROL = [
    ("Document owner", "Head of Practice Standards"),
    ("Version", "3.1"),
    ("Date approved", "14 January 2026"),
    ("Approved by", "Children's Services Leadership Team"),
    ("Changes in this version", "Tracked changes accepted: permanence timescale shortened, outcomes added"),
    ("Next review", "January 2028"),
]

RAVELSHAM: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Ravelsham Borough Council"),
    ("h1", "About this chapter"),
    ("p", "This chapter tells everyone who works with Ravelsham's children and families what the borough believes and what it expects of them. It applies to social work teams, the leaving care service, the fostering service and the borough's partners when they act for it."),
    ("p", "In June 2025 this chapter was amended to add the borough's practice model and to bring the section on care leavers up to date."),
    ("h1", "The legal framework"),
    ("p", "The borough's duties to Children in Care and care leavers are set chiefly by the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017."),
    ("h1", "Working together"),
    ("p", "Ravelsham's children are kept safe by agencies working as one. The borough's social workers meet regularly with schools, health staff, the police and the probation service, and each agency is expected to share what it knows when a child may be at risk of harm."),
    ("h1", "Values and behaviours"),
    ("p", "We are kind, we are straightforward and we are persistent. We listen to children first, we explain ourselves to their parents, and we do not give up on a young person because they have pushed us away."),
    ("h1", "Corporate parenting"),
    ("p", "As corporate parent to its Children in Care and care leavers, Ravelsham Borough Council has regard to the seven principles laid down in section 1 of the Children and Social Work Act 2017 whenever it exercises any of its functions that touch their lives."),
    ("h1", "How we practise"),
    ("p", "Ravelsham adopted the Family Safeguarding model in 2024. Specialist workers for domestic abuse, mental health and substance misuse sit in each children's team, so that parents are helped with the difficulties that put their children at risk, and the whole team shares a single plan for the family."),
    ("h1", "Key principles"),
    ("h2", "Families first"),
    ("p", "We help children to live safely at home wherever we can, and when they cannot, we look to the people they already know and trust."),
    ("h2", "Permanence"),
    ("p", "Each Child in Care has a plan for permanence, agreed at the review held six months after they came into care at the latest."),
    ("h2", "Leaving care"),
    ("p", "A personal adviser supports each care leaver until the age of 21. Young people still in education or training may keep their adviser until they are 25."),
    ("h1", "Information sharing"),
    ("p", "Staff share information about children and families only when it is lawful, necessary and proportionate, and they note on the child's record what was shared and the reason for it."),
]

PEVENSHOLT_HEADER = "Pevensholt County Council  |  Children's Services Policies, Values and Principles"
PEVENSHOLT: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("h", "Scope"),
    ("p", "This chapter describes the values and principles that shape Pevensholt County Council's work with children, young people and families. It is addressed to everyone in the county's children's services and to the foster carers and providers who look after Cared for Children on the county's behalf. This is Version 5 of the chapter; it was amended on 22 April 2025."),
    ("h", "Legislation"),
    ("p", "The county's duties arise chiefly from the following Acts:[fn:1]"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Working together"),
    ("p", "Pevensholt's children are protected by agencies that know each other and trust each other. The county's social workers share information and plans with schools, health services, the police and district councils' housing teams, and every agency answers to the county's safeguarding partnership."),
    ("h", "Our values"),
    ("p", "We are warm and we are honest. We hold on to children through hard times and we celebrate what they achieve. We treat families as people with strengths, not only as problems to be solved."),
    ("h", "Corporate parenting"),
    ("p", "The county council is the corporate parent of every Cared for Child and care leaver it is responsible for, and it keeps to the corporate parenting principles:[fn:2]"),
    ("b", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take their views, wishes and feelings into account;"),
    ("b", "to help them gain access to and make the best use of services;"),
    ("b", "to promote high aspirations and the best outcomes for them;"),
    ("b", "for them to be safe, with stable homes, relationships and education or work;"),
    ("b", "to prepare them for adulthood and living independently."),
    ("h", "Bright Threads"),
    ("p", "Bright Threads is Pevensholt's practice model.[fn:3] It asks workers to trace the threads that hold a child's life together – family, friends, school and place – and to protect and strengthen them, so that a child who moves home does not lose everything at once."),
    ("h", "Our strategy for 2025 to 2028"),
    ("p", "Over the next three years the county will open two more small children's homes within its own borders, recruit forty new foster carers and halve the number of Cared for Children living more than twenty miles from Pevensholt."),
    ("h", "Key principles"),
    ("p", "Children belong with their families wherever that can be made safe. When it cannot, we look for kinship carers first."),
    ("p", "Every Cared for Child has a permanence plan within three months of coming into care.[fn:4]"),
    ("p", "Care leavers have a personal adviser until their 21st birthday. If they ask for one, they can keep an adviser until they are 25."),
    ("h", "Information sharing"),
    ("p", "Pevensholt shares personal information about children only where it is needed to keep them safe or to meet their needs. Each decision to share is recorded, and children and parents are told what was shared unless that would put a child at risk."),
]
PEVENSHOLT_FOOTNOTES = {
    1: "Guidance issued under these Acts, such as Working Together to Safeguard Children, is followed as well.",
    2: "Children and Social Work Act 2017, section 1(1).",
    3: "Bright Threads was designed in 2023 by the county's practice team together with care-experienced young people.",
    4: "Before April 2025 this chapter allowed six months.",
}

DUNNERHOLME_TITLE = ("Children's Services Policies, Values", "and Principles")
DUNNERHOLME: list[tuple[Any, ...]] = [
    ("p", "Dunnerholme Metropolitan Borough Council – Children's Social Care"),
    ("h", "1. Scope"),
    ("p", "This chapter applies to everyone who works in Dunnerholme's children's social care service and to the carers and providers who look after children on the borough's behalf. It sets out the principles and values on which the rest of the procedures manual is built. This chapter was amended in February 2026, when the list of legislation was brought up to date."),
    ("h", "2. Legislation"),
    ("p", "The service works within the following Acts of Parliament:"),
    ("br", ["•  Children Act 1989", "•  Children (Leaving Care) Act 2000", "•  Adoption and Children Act 2002"]),
    ("br", ["•  Children Act 2004", "•  Children and Families Act 2014", "•  Children and Social Work Act 2017"]),
    ("h", "3. Working together"),
    ("p", "Looked After Children and children in need are safer when agencies talk to each other. The borough's social workers share information with schools, health services, the police and the voluntary sector, and they take part in the plans that the safeguarding partnership agrees for each child."),
    ("h", "4. Our values"),
    ("p", "We believe every child deserves to be listened to and to be loved. We are open and fair with families, we respect their cultures and beliefs, and we take responsibility for what we do."),
    ("page", ""),
    ("h", "5. Corporate parenting"),
    ("p", "Dunnerholme Metropolitan Borough Council is the corporate parent of its Looked After Children and care leavers. In line with the law it will:"),
    ("p", "1. act in their best interests and promote their physical and mental health and well-being;"),
    ("p", "2. encourage them to express their views, wishes and feelings;"),
    ("p", "3. take their views, wishes and feelings into account;"),
    ("p", "4. help them gain access to, and make the best use of, its services and its partners' services;"),
    ("p", "5. promote high aspirations and seek the best outcomes for them;"),
    ("p", "6. help them to be safe and to have stable homes, relationships and education or work;"),
    ("p", "7. prepare them for adulthood and independent living."),
    ("h", "6. Restorative practice"),
    ("p", "Dunnerholme is a restorative borough. Its staff use Restorative Practice to work with families rather than doing things to them or for them, and they set out to mend relationships that have been damaged."),
    ("h", "7. Key principles"),
    ("p", "Children are helped to live with their own families wherever that is safe. A permanence plan is made for each Looked After Child within five months of their becoming looked after."),
    ("p", "Care leavers have a personal adviser up to the age of 21, or up to 25 if they are in full-time education."),
    ("h", "8. Information sharing"),
    ("p", "Information about children and families is handled in confidence. It is shared only with those who need it to keep a child safe or to meet a child's needs, and every decision to share is recorded."),
    ("p", "Last updated: 9 March 2026"),
]
# fmt: on


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _append(document: Any, element: Any) -> Any:
    from docx.oxml.ns import qn

    document.element.body.find(qn("w:sectPr")).addprevious(element)
    return element


def _title(document: Any, text: str, size: float = 16) -> None:
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(8)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(size)


def _marked_heading(document: Any, text: str, mark: str) -> None:
    """A heading at the body's size and weight, told apart only by small capitals or an
    underline."""
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run(text)
    if mark == "smallcaps":
        run.font.small_caps = True
    else:
        run.underline = True


def _simple(document: Any, blocks: list[tuple[Any, ...]], mark: str) -> None:
    for block in blocks:
        kind = block[0]
        if kind == "title":
            _title(document, block[1])
        elif kind == "h":
            _marked_heading(document, block[1], mark)
        elif kind == "b":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "n":
            document.add_paragraph(block[1], style="List Number")
        else:
            document.add_paragraph(block[1])


def blaxendale() -> bytes:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    document = new_docx()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    foot = section.footer.paragraphs[0]
    foot.add_run("Blaxendale Borough Council · Page ")
    word_field(foot, "PAGE", "1")
    _simple(document, BLAXENDALE, "smallcaps")
    return saved_docx(document)


def corvington() -> bytes:
    from docx.enum.text import WD_BREAK

    document = new_docx()
    _simple(document, CORVINGTON, "underline")
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _marked_heading(document, "Document control", "underline")
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in CORVINGTON_CONTROL:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    return saved_docx(document)


def _numbered_headings(document: Any) -> None:
    """A Word multilevel list (numId 61): level 1 "1" and level 2 "1.1", each followed by a
    tab, linked to no style; the headings carry it and an outline level directly."""
    numbering = document.part.numbering_part.element
    abstract = _el(
        f'<w:abstractNum {NS} w:abstractNumId="61"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(_el(f'<w:num {NS} w:numId="61"><w:abstractNumId w:val="61"/></w:num>'))


def ravelsham() -> bytes:
    document = new_docx()
    _numbered_headings(document)
    for block in RAVELSHAM:
        kind, text = block
        if kind == "title":
            _title(document, text, 18)
        elif kind in ("h1", "h2"):
            level = 0 if kind == "h1" else 1
            size = 26 if level == 0 else 22
            before = 240 if level == 0 else 120
            _append(
                document,
                _el(
                    f'<w:p {NS}><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="61"/></w:numPr>'
                    f'<w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{level}"/></w:pPr>'
                    f'<w:r><w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r></w:p>'
                ),
            )
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _runs(text: str) -> str:
    out: list[str] = []
    for piece in text.replace("[fn:", "\0[fn:").replace("]", "]\0").split("\0"):
        if not piece:
            continue
        if piece.startswith("[fn:"):
            out.append(
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{piece[4:-1]}"/></w:r>'
            )
        else:
            out.append(
                f'<w:r><w:t xml:space="preserve">{html.escape(piece, quote=False)}</w:t></w:r>'
            )
    return "".join(out)


def pevensholt() -> bytes:
    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = PEVENSHOLT_HEADER
    foot = section.footer.paragraphs[0]
    foot.add_run("Page ")
    word_field(foot, "PAGE", "1")
    for block in PEVENSHOLT:
        kind, text = block
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style="Heading 1")
        else:
            style = document.styles["List Bullet" if kind == "b" else "Normal"].style_id
            _append(
                document,
                _el(f'<w:p {NS}><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{_runs(text)}</w:p>'),
            )
    notes = word_notes_xml("footnote", PEVENSHOLT_FOOTNOTES, NS)
    return with_word_part(
        saved_docx(document), "footnotes.xml", notes, "rId901", (1980, 1, 1, 0, 0, 0)
    )


def _line(document: Any, text: str, bold: bool = False, size: float = 10) -> Any:
    """One printed line of the PDF as the converter writes it: a paragraph of its own, no
    space after, the PDF's font named on the run."""
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    run = paragraph.add_run(text)
    run.font.name = "Arial"
    run.font.size = Pt(size)
    run.bold = bold
    return paragraph


def dunnerholme() -> bytes:
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    document = new_docx()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.6)
    foot = section.footer.paragraphs[0]
    foot.add_run("Dunnerholme MBC – Children's Social Care Procedures – Page ")
    word_field(foot, "PAGE", "1")
    for line in DUNNERHOLME_TITLE:
        _line(document, line, bold=True, size=16)
    for block in DUNNERHOLME:
        kind = block[0]
        if kind == "h":
            paragraph = _line(document, block[1], bold=True, size=12)
            paragraph.paragraph_format.space_before = Pt(9)
        elif kind == "page":
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        elif kind == "br":
            paragraph = _line(document, block[1][0])
            for line in block[1][1:]:
                run = paragraph.add_run()
                run.add_break()
                run = paragraph.add_run(line)
                run.font.name = "Arial"
                run.font.size = Pt(10)
        else:
            lines = textwrap.wrap(block[1], 92)
            for number, line in enumerate(lines):
                paragraph = _line(document, line)
                if number == len(lines) - 1:
                    paragraph.paragraph_format.space_after = Pt(6)
    return saved_docx(document)


def _note_blocks(blocks: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2"):
            out.append(("h", block[1]))
        elif kind == "br":
            out += [("p", line) for line in block[1]]
        elif kind == "page":
            continue
        else:
            out.append(block[:2])
    return out


def _notes(number: str) -> list[tuple[Any, ...]]:
    if number == "39302":
        return [
            *CORVINGTON,
            ("h", "Document control"),
            ("table", [list(row) for row in CORVINGTON_CONTROL], False),
        ]
    if number == "39304":
        notes = [("p", f"[{key}] {text}") for key, text in PEVENSHOLT_FOOTNOTES.items()]
        return [*PEVENSHOLT, ("p", "Footnotes:"), *notes]
    if number == "39305":
        return [("title", " ".join(DUNNERHOLME_TITLE)), *_note_blocks(DUNNERHOLME)]
    blocks = {"39301": BLAXENDALE, "39303": RAVELSHAM}[number]
    return _note_blocks(blocks)


BUILDS = (
    (
        "39301",
        blaxendale,
        "python-docx printed to PDF by LibreOffice on A4 landscape pages: a bold 16 pt title and a council line, headings in small capitals at the body's 11 pt size and weight, five Acts as List Bullet items, seven principles as List Number items, a footer 'Blaxendale Borough Council · Page N' (not read)",
    ),
    (
        "39302",
        corvington,
        "python-docx printed to PDF by LibreOffice: the final text of a Word file whose tracked changes were accepted; a bold 16 pt title and a council line, headings underlined at the body's size and weight, seven principles as List Bullet items, a page break and a closing 'Document control' label | value table alone on the last page",
    ),
    (
        "39303",
        ravelsham,
        "python-docx: a bold 18 pt title and a council line; headings are Normal paragraphs carrying a Word multilevel list (level 1 '1', level 2 '1.1', the numbers in no paragraph's text) and a direct outline level; three level-2 headings inside Key principles",
    ),
    (
        "39304",
        pevensholt,
        "python-docx: Title and Heading 1 styles, a running header 'Pevensholt County Council | Children's Services Policies, Values and Principles' and a 'Page N' footer (not read), four footnotes (a footnotes part; marks after the Acts' lead-in, the principles' lead-in, the model's first sentence and the permanence sentence), four Acts and seven principles as List Bullet items",
    ),
    (
        "39305",
        dunnerholme,
        "python-docx as a PDF-to-Word converter writes: every printed line its own paragraph (wrapped at 92 characters, 10 pt Arial, narrow margins, no space after but the last), the title on two bold 16 pt lines, bold 12 pt headings with typed numbers, the Acts as typed bullets in two paragraphs of three lines joined by hard line breaks, the principles typed '1.' to '7.', a page break where the PDF's first page ended, the PDF's footer in Word's footer (not read)",
    ),
)


def main() -> None:
    for number, make, about in BUILDS:
        target = HERE / NAMES[number]
        data = make()
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        Path(f"{target}.md").write_text(
            blocks_note(_notes(number), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
