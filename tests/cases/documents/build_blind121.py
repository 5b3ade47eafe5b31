# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word documents of the hundred-and-twenty-first blind set (12101-12106): whole
chapters of invented councils kept in Word as council editors really keep them, built with
python-docx and a little raw WordprocessingML.

    12101  headings in a custom paragraph style named in Welsh ("Pennawd Polisi"), no outline
           level; the title in a custom "Teitl Dogfen" style; a version-history table at the end
    12102  headings as bold and underlined runs in Normal paragraphs; the title a bold run;
           running header with the title and "OFFICIAL" in header and footer; a bold lead-in
           ("Please note:") at the start of an ordinary paragraph
    12103  one real multilevel numbered list: level-1 items are the section headings, level-2
           items the paragraphs (1.1, 1.2 ...), level-3 lettered items the lists
    12104  a borderless two-column layout table: the heading in the left cell, the text (with
           bullets) in the right one; the title above it
    12105  a cover page table (logo picture with alt text, title, owner, review date), then a
           "Contents" line and a TOC field with its cached entries, a page break, then headings
           in custom "Policy Head 1" and "Para Heading" styles with no outline level
    12106  tracked changes: a deletion and an insertion inside two headings and in the text (the
           reader should see the text as accepted); header and footer with the council's name,
           the title and "OFFICIAL"; a document-history table under its own heading first

All in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind121.py   (needs python-docx)
"""

from __future__ import annotations

import io
import struct
import sys
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"
REV = 'w:author="Policy Officer" w:date="2025-09-01T10:00:00Z"'

# fmt: off
CAERWYDDON = [
    ("title", TITLE),
    ("h", "Scope of this chapter"),
    ("p", "This chapter applies to everyone who works in or for Caerwyddon County Borough Council's children's services, including the teams we commission. It sets out the values and principles that every other chapter of the manual is written to follow."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which our children's services work with children, young people and their families. It draws on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Social Services and Well-being (Wales) Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Human Rights Act 1998"),
    ("p", "It covers our work with children in need, children on protection plans, Children Looked After and young people leaving care."),
    ("h", "Corporate parenting"),
    ("p", "Every councillor and every officer of Caerwyddon is a corporate parent. When making decisions about Children Looked After and care leavers, the council must have regard to the seven corporate parenting principles:"),
    ("b", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    ("b", "to keep them safe and give them stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Caerwyddon works restoratively. Restorative Practice means doing things with families rather than to them or for them: high support together with high challenge. All staff complete two days of restorative training in their first year."),
    ("h", "Principles we work by"),
    ("p", "Children are best brought up within their own families wherever that is safe, and we will look to relatives and friends first when they cannot be. A permanence plan will be agreed for every child within four months of their becoming looked after."),
    ("p", "Young people leaving our care keep a personal adviser until they reach 25, whether or not they are in education or training."),
    ("h", "Version history"),
    ("table", [["Version", "Date", "What changed"], ["v1", "April 2022", "First issue"], ["v2", "June 2024", "Legislation list brought up to date"], ["v3", "14 January 2026", "Practice model section rewritten"]]),
]

TARROWFIELD = [
    ("title", TITLE),
    ("h", "Amendment"),
    ("p", "This chapter was amended in October 2025 to describe our leaving care offer and to bring the list of legislation up to date."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework for the work of Tarrowfield Borough Council's children's services. The legislation that shapes it includes:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("lead", "Please note:|the list is not complete, and other chapters name the guidance that applies to each area of practice."),
    ("h", "A shared responsibility"),
    ("p", "No single agency can keep children safe on its own. Schools, health services, the police and the voluntary sector work with us under the local safeguarding arrangements, and Working Together to Safeguard Children sets out what each of them must do."),
    ("h", "Our values"),
    ("p", "We are honest with families about our worries and about what will happen next. We treat children and parents with respect, we listen to them, and we keep our promises."),
    ("h", "Corporate parenting"),
    ("p", "Tarrowfield Borough Council is the corporate parent of all its Looked After Children and care leavers. The council has regard to the seven principles of corporate parenting in everything it does for them, and the Corporate Parenting Board checks how well it is doing twice a year."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Personal information about children and families is kept confidential and secure. It is shared with other agencies only where the law allows it and where sharing helps to protect a child or meet their needs, and every decision to share is written on the child's record."),
    ("h", "Leaving care"),
    ("p", "Every care leaver has a personal adviser until they are 21, and up to the age of 25 if they want one. Our leaving care team will also help them to find a home, stay in learning and manage their money."),
]

BRACKENMOOR = [
    ("title", TITLE),
    ("n1", "Scope of this chapter"),
    ("n2", "This chapter applies to all staff working in Brackenmoor City Council's children's social care and early help services."),
    ("n2", "It was amended in February 2025 to add the section on key outcomes."),
    ("n1", "Introduction"),
    ("n2", "This policy sets out the framework within which Brackenmoor's children's services work with children and their families. The main statutes are:"),
    ("n3", "Children Act 1989;"),
    ("n3", "Adoption and Children Act 2002;"),
    ("n3", "Children Act 2004;"),
    ("n3", "Children and Families Act 2014;"),
    ("n3", "Children and Social Work Act 2017."),
    ("n2", "We use Signs of Safety to assess and plan with families, so that everyone can see what we are worried about and what needs to happen."),
    ("n1", "Our vision"),
    ("n2", "Our vision is a city where every child grows up safe, loved and hopeful about the future, and where families get help as soon as they need it."),
    ("n1", "Corporate parenting"),
    ("n2", "The council is the corporate parent of every Child in Care. Its members and officers must have regard to these principles:"),
    ("n3", "acting in the child's best interests and promoting their health and well-being;"),
    ("n3", "encouraging the child to say what they think and feel;"),
    ("n3", "taking the child's views into account;"),
    ("n3", "helping the child to use the services available to them;"),
    ("n3", "promoting high aspirations and the best outcomes;"),
    ("n3", "keeping the child safe and giving them stability;"),
    ("n3", "preparing the child for adulthood and independent living."),
    ("n1", "Key outcomes"),
    ("n2", "We want Brackenmoor's children to be healthy, to be safe from harm, to enjoy school and achieve, to make a positive contribution and to be ready for work and adult life."),
    ("n1", "Permanence and leaving care"),
    ("n2", "Every Child in Care should have a plan for permanence within six months of coming into care."),
    ("n2", "Care leavers are supported by a personal adviser until they are 21, or until 25 if they are in education or training."),
]

HOLMBRIDGE = [
    ("title", TITLE),
    ("row", "About this chapter", [
        ("p", "This chapter explains the values and principles behind the work of Holmbridge Council's children's services."),
        ("p", "Amended in July 2025 to describe the Family Safeguarding model, which we adopted that spring."),
    ]),
    ("row", "Legal framework", [
        ("p", "This policy sets out the framework within which we work with children and families. It rests on:"),
        ("b", "Children Act 1989"),
        ("b", "Children Act 2004"),
        ("b", "Children (Leaving Care) Act 2000"),
        ("b", "Children and Social Work Act 2017"),
    ]),
    ("row", "Corporate parenting", [
        ("p", "All elected members and officers share the council's responsibility as corporate parent to children in care and care leavers. Decisions about them are tested against the seven corporate parenting principles set out in the Children and Social Work Act 2017."),
    ]),
    ("row", "Our practice model", [
        ("p", "Holmbridge practises Family Safeguarding. Social workers and adult specialists in domestic abuse, mental health and substance misuse work side by side in the same teams, so that parents are helped with the problems that put their children at risk."),
    ]),
    ("row", "How we work", [
        ("p", "We support children to live with their own families wherever it is safe. Where a child comes into care, a permanence plan should be agreed within four months."),
        ("p", "Care leavers can have support from a personal adviser until they are 21, or until 25 if they are in education or training."),
    ]),
    ("row", "Our strategy", [
        ("p", "Over the next three years we will move more of our spending to early help, recruit more of our own foster carers, and bring down the number of children placed far from Holmbridge."),
    ]),
]

AMBERLEIGH_BODY = [
    ("h", "1. Purpose of this chapter"),
    ("p", "This chapter sets out what Amberleigh District Council's children's services value and how we work. It was last amended in November 2025, when the section on our practice model was added."),
    ("h", "2. Introduction"),
    ("p", "This policy sets out the framework within which Amberleigh's children's services work with children, young people and their families. The legislation and guidance behind it include:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "3. Corporate parenting"),
    ("p", "The council is corporate parent to its Cared for Children and care leavers and applies the corporate parenting principles, which are to:"),
    ("b", "act in their best interests and promote their health and well-being;"),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take their views, wishes and feelings into account;"),
    ("b", "help them to use the services the council and its partners provide;"),
    ("b", "promote high aspirations and the best outcomes for them;"),
    ("b", "keep them safe and give them stability at home, in relationships and at school or work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("h", "4. Our practice model"),
    ("p", "Amberleigh is a Restorative Practice authority. We work with families, not to them, and we expect the same of our partners."),
    ("h", "5. Key principles"),
    ("sub", "Permanence"),
    ("p", "Every Cared for Child should have a permanence plan agreed at their second review, no later than four months after they came into care."),
    ("sub", "Leaving care"),
    ("p", "Care leavers are entitled to the support of a personal adviser up to their 25th birthday."),
    ("h", "6. Information sharing"),
    ("p", "Information about children and families is confidential. We share it with other agencies only where the law allows and where it is needed to keep a child safe, and we record why we shared it."),
]

PENDLEFORD = [
    ("title", TITLE),
    ("h", "Document history"),
    ("table", [["Version", "Date", "Summary of changes"], ["v5", "18 September 2025", "Practice model and leaving care updated"], ["v4", "2 March 2024", "Annual review"]]),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Pendleford Borough Council's children's services work with children and families. It is based on:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Corporate parenting"),
    ("p", "The whole council is corporate parent to our Looked After Children and care leavers, and we hold ourselves to the seven corporate parenting principles in every decision we make for them."),
    ("h", "Our {del:Practice Framework}{ins:practice model}"),
    ("p", "Pendleford uses {del:Signs of Safety}{ins:Family Safeguarding}: our social workers work alongside specialists in domestic abuse, mental health and substance misuse, so that parents get help with what puts their children at risk."),
    ("h", "{del:Key Principles}{ins:How we work with families}"),
    ("p", "Children should live with their own families where it is safe. For a Looked After Child, a permanence plan should be in place within 4 months of their coming into care."),
    ("p", "Care leavers can keep a personal adviser until they are {del:21}{ins:25}."),
    ("h", "Information sharing"),
    ("p", "Information about children and families is kept confidential and shared with other agencies only where the law allows and it is in the child's interests."),
]
# fmt: on


def _png() -> bytes:
    """A small plain square picture (a stand-in logo)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + b"\x1f\x4e\x79" * 16 for _ in range(16))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _style(document: Any, name: str, size: float, bold: bool) -> str:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(size)
    style.font.bold = bold
    style.paragraph_format.space_before = Pt(12)
    style.paragraph_format.keep_with_next = True
    return name


def _marked(paragraph: Any, text: str, bold: bool = False) -> None:
    """Runs of `text`, where {del:...} and {ins:...} become tracked deletions and insertions."""
    import re

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    for number, part in enumerate(re.split(r"(\{(?:del|ins):[^}]*\})", text)):
        if not part:
            continue
        if part.startswith("{del:"):
            paragraph._p.append(
                parse_xml(
                    f'<w:del {nsdecls("w")} w:id="{100 + number}" {REV}><w:r>{rpr}'
                    f'<w:delText xml:space="preserve">{part[5:-1]}</w:delText></w:r></w:del>'
                )
            )
        elif part.startswith("{ins:"):
            paragraph._p.append(
                parse_xml(
                    f'<w:ins {nsdecls("w")} w:id="{200 + number}" {REV}><w:r>{rpr}'
                    f'<w:t xml:space="preserve">{part[5:-1]}</w:t></w:r></w:ins>'
                )
            )
        else:
            paragraph.add_run(part).bold = bold or None


def _header_footer(document: Any, header: str, footer: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    section.header.paragraphs[0].text = header
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    section.footer.paragraphs[0].text = footer
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _simple(document: Any, blocks: list[tuple[str, Any]], title_style: str, heading: Any) -> None:
    from build_binary_tools import add_text_table

    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style=title_style)
        elif kind == "h":
            heading(text)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            add_text_table(document, text)
        elif kind == "lead":
            lead, rest = text.split("|")
            paragraph = document.add_paragraph()
            paragraph.add_run(lead).bold = True
            paragraph.add_run(" " + rest)
        else:
            paragraph = document.add_paragraph()
            _marked(paragraph, text)


def build_12101() -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    title = _style(document, "Teitl Dogfen", 20, True)
    head = _style(document, "Pennawd Polisi", 13, True)
    _simple(document, CAERWYDDON, title, lambda text: document.add_paragraph(text, style=head))
    return saved_docx(document)


def build_12102() -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    _header_footer(document, TITLE, "OFFICIAL")
    document.sections[0].header.add_paragraph("OFFICIAL")

    def heading(text: str) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = True
        run.underline = True

    blocks = list(TARROWFIELD)
    run = document.add_paragraph().add_run(blocks.pop(0)[1])
    run.bold = True
    run.font.size = Pt(16)
    _simple(document, blocks, "Normal", heading)
    return saved_docx(document)


def _numbering(document: Any) -> int:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>'
        "<w:rPr><w:b/></w:rPr></w:lvl>"
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:pPr><w:ind w:left="992" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%3)"/><w:pPr><w:ind w:left="1418" w:hanging="426"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = next(iter(numbering.findall(qn("w:num"))), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>')
    )
    return 70


def build_12103() -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    num_id = _numbering(document)
    for kind, text in BRACKENMOOR:
        if kind == "title":
            document.add_paragraph(text, style="Title")
            continue
        level = int(kind[1:]) - 1
        paragraph = document.add_paragraph(style="List Paragraph")
        paragraph.add_run(text).bold = level == 0 or None
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id
    return saved_docx(document)


def build_12104() -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Cm

    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    rows = [block for block in HOLMBRIDGE if block[0] == "row"]
    table = document.add_table(rows=0, cols=2)
    for _, heading, content in rows:
        left, right = table.add_row().cells
        left.width, right.width = Cm(4.5), Cm(12)
        left.paragraphs[0].add_run(heading).bold = True
        first = True
        for kind, text in content:
            paragraph = (
                right.paragraphs[0]
                if first
                else right.add_paragraph(style="List Bullet" if kind == "b" else None)
            )
            if first and kind == "b":
                paragraph.style = document.styles["List Bullet"]
            paragraph.add_run(text)
            first = False
    return saved_docx(document)


def _toc(document: Any, entries: list[tuple[str, int]]) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    for number, (text, page) in enumerate(entries):
        paragraph = document.add_paragraph(style="toc 1")
        if number == 0:
            paragraph._p.append(parse_xml(f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>'))
            paragraph._p.append(
                parse_xml(
                    f'<w:r {w}><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                )
            )
            paragraph._p.append(parse_xml(f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>'))
        paragraph._p.append(
            parse_xml(
                f'<w:hyperlink {w} w:anchor="_Toc{5000 + number}" w:history="1">'
                f"<w:r><w:t>{text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r>"
                "</w:hyperlink>"
            )
        )
        if number == len(entries) - 1:
            paragraph._p.append(parse_xml(f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'))


def build_12105() -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = new_docx()
    _style(document, "toc 1", 11, False)
    head = _style(document, "Policy Head 1", 14, True)
    sub = _style(document, "Para Heading", 11, True)

    cover = document.add_table(rows=4, cols=2)
    cover.style = "Table Grid"
    logo = cover.cell(0, 0).merge(cover.cell(0, 1))
    logo.paragraphs[0].add_run().add_picture(io.BytesIO(_png()), width=Cm(3))
    for doc_pr in logo._tc.iter(qn("wp:docPr")):
        doc_pr.set("descr", "Amberleigh District Council logo")
    title_cell = cover.cell(1, 0).merge(cover.cell(1, 1))
    run = title_cell.paragraphs[0].add_run(TITLE)
    run.bold = True
    run.font.size = Pt(20)
    cover.cell(2, 0).text, cover.cell(2, 1).text = "Owner", "Head of Children's Social Care"
    cover.cell(3, 0).text, cover.cell(3, 1).text = "Review date", "September 2027"

    contents = document.add_paragraph()
    contents.add_run("Contents").bold = True
    headings = [text for kind, text in AMBERLEIGH_BODY if kind == "h"]
    _toc(document, [(text, 2 + number // 3) for number, text in enumerate(headings)])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for kind, text in AMBERLEIGH_BODY:
        if kind == "h":
            document.add_paragraph(text, style=head)
        elif kind == "sub":
            document.add_paragraph(text, style=sub)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def build_12106() -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    _header_footer(document, f"Pendleford Borough Council - {TITLE}", "OFFICIAL")
    document.sections[0].header.add_paragraph("OFFICIAL")

    def heading(text: str) -> None:
        paragraph = document.add_paragraph(style="Heading 1")
        _marked(paragraph, text)

    _simple(document, PENDLEFORD, "Title", heading)
    return saved_docx(document)


FILES = {
    "12101-docx-welsh-named-heading-style-no-outline-level-version-history-table-at-end.docx": (
        build_12101,
        CAERWYDDON,
        "headings in a custom style named in Welsh with no outline level, a version-history table last",
    ),
    "12102-docx-bold-underlined-normal-headings-official-header-footer-bold-lead-in.docx": (
        build_12102,
        TARROWFIELD,
        "headings as bold underlined Normal runs, title and OFFICIAL in header and footer",
    ),
    "12103-docx-multilevel-list-level-one-headings-level-two-paragraphs.docx": (
        build_12103,
        BRACKENMOOR,
        "one multilevel list: level-1 items the headings, level-2 the paragraphs, level-3 (a)-(g)",
    ),
    "12104-docx-two-column-layout-table-heading-left-text-right.docx": (
        build_12104,
        HOLMBRIDGE,
        "a borderless two-column table: heading left, text right",
    ),
    "12105-docx-cover-table-logo-owner-review-contents-field-policy-head-styles.docx": (
        build_12105,
        [
            ("p", "[picture: Amberleigh District Council logo]"),
            ("title", TITLE),
            ("p", "Owner | Head of Children's Social Care"),
            ("p", "Review date | September 2027"),
            ("p", "Contents"),
            *[("b", text) for kind, text in AMBERLEIGH_BODY if kind == "h"],
            *AMBERLEIGH_BODY,
        ],
        "cover table (logo, title, owner, review date), Contents and a TOC field, 'Policy Head 1' and 'Para Heading' styles",
    ),
    "12106-docx-tracked-changes-in-headings-official-header-footer-history-table-first.docx": (
        build_12106,
        PENDLEFORD,
        "tracked deletions and insertions in headings and text, OFFICIAL header and footer, history table first",
    ),
}


def _numbered(blocks: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The multilevel list's items with the numbers Word draws for them ("1.", "1.1", "(a)")."""
    out: list[tuple[str, Any]] = []
    counters = [0, 0, 0]
    for kind, text in blocks:
        if kind not in ("n1", "n2", "n3"):
            out.append((kind, text))
            continue
        level = int(kind[1:]) - 1
        counters[level] += 1
        counters[level + 1 :] = [0] * (2 - level)
        label = [
            f"{counters[0]}.",
            f"{counters[0]}.{counters[1]}",
            f"({chr(96 + counters[2])})",
        ][level]
        out.append(("n1" if level == 0 else "p" if level == 1 else "n3", f"{label} {text}"))
    return out


def _note_blocks(blocks: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    import re

    def accepted(text: str) -> str:
        return re.sub(r"\{ins:([^}]*)\}", r"\1", re.sub(r"\{del:[^}]*\}", "", text))

    out: list[tuple[str, str]] = []
    if any(block[0] == "n1" for block in blocks):
        blocks = _numbered(blocks)
    for block in blocks:
        kind = block[0]
        if kind == "row":
            out.append(("h", block[1]))
            out.extend(_note_blocks(block[2]))
        elif kind == "table":
            out.extend(("p", " | ".join(row)) for row in block[1])
        elif kind in ("title", "h", "n1", "sub"):
            out.append(("title" if kind == "title" else "h", accepted(block[1])))
        elif kind in ("b", "n3"):
            out.append(("b", block[1]))
        else:
            out.append(("p", accepted(block[1].replace("|", " "))))
    return out


def main() -> None:
    from build_binary_tools import blocks_note

    for name, (build, blocks, about) in FILES.items():
        target = HERE / name
        target.write_bytes(build())
        target.with_name(name + ".md").write_text(
            blocks_note(_note_blocks(blocks), "build_blind121.py", about), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
