# ruff: noqa: E501  (Word XML fragments and the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-first blind set: five whole chapters of invented councils'
"Children's Services Policies, Values and Principles", kept the way councils keep them:

    20101  Culverdale: a Word file as a procedures system exports it: a cover table (a merged
           title row over owner, version, approval and review rows), a contents page holding
           Word's TOC field (entries at the TOC 2 level, page numbers by PAGEREF), every heading
           in Heading 2 (no Heading 1), the values, the seven principles and the key
           principles each held in a two-column table.
    20102  Hazelmere: a python-docx chapter (Title, Heading 1, bullets, a numbered list) printed
           to PDF by LibreOffice headless, with a two-line running header, a grey "UNCONTROLLED
           WHEN PRINTED" line under it on every page, and a "Page N of M" footer from PAGE and
           NUMPAGES fields.
    20103  Ostbridge: a Word file whose council built its own paragraph styles ("CYP Title",
           "CYP Heading", "Body Para", no outline level) instead of Title and Heading 1-3; the
           principles as typed bullets in Body Para; a closing "Last updated" line.
    20104  Lindenmoor: an HTML page printed to PDF by Chromium headless (no browser header or
           footer lines), its headings numbered "1." to "9." and set in bold at the body size.
    20105  Rookhurst: a Word file still holding tracked insertions and deletions (words, a whole
           inserted list item, a whole deleted paragraph) and reviewers' comments.

All written for this set, in our own words, for invented councils.

Inline marks in a paragraph's text (as build_blind175.py):
    {+words+}            a tracked insertion (w:ins)
    {-words-}            a tracked deletion (w:del / w:delText)
    <<anchor||comment>>  a comment whose range covers `anchor`

usage: .venv/bin/python tests/cases/documents/build_blind201.py   (python-docx; LibreOffice; Chromium)
"""

from __future__ import annotations

import datetime
import html
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx, word_field  # noqa: E402
from build_blind175 import (  # noqa: E402
    DATE,
    NS,
    PAGE_BREAK,
    Build,
    _accepted,
    _p,
    _sect_pr,
    _t,
    _tbl,
    _with_parts,
)

SCRIPT = "build_blind201.py"
TITLE = "Children's Services Policies, Values and Principles"
AUTHOR = "Joanne Whitlock"
Block = tuple[Any, ...]

# fmt: off
# ---------------------------------------------------------------- 20101 Culverdale
CULVERDALE_COVER = [
    ["Owner", "Head of Service, Children in Care and Care Leavers"],
    ["Version", "4.3"],
    ["Date approved", "11 March 2026"],
    ["Review date", "March 2028"],
]
CULVERDALE: list[Block] = [
    ("cover", TITLE, CULVERDALE_COVER),
    ("toc", "Contents", [
        ("Scope of this chapter", 2), ("Legal framework", 2), ("Working together", 2), ("Our values", 2),
        ("The council as corporate parent", 3), ("Practice model", 3), ("Key principles", 3),
        ("Information sharing", 4),
    ]),
    ("h2", "Scope of this chapter"),
    ("p", "This chapter applies to all staff in Culverdale's Children's Services who work with Children in Care, care leavers and their families, including agency staff and students on placement."),
    ("p", "The chapter was amended in February 2026 to bring the care leavers' local offer into line with the council's new housing protocol."),
    ("h2", "Legal framework"),
    ("p", "Our duties to children and young people are set out in these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Each is read with the regulations and statutory guidance made under it."),
    ("h2", "Working together"),
    ("p", "Children are kept safe by agencies that talk to one another. Culverdale's social workers plan alongside health visitors, schools, the police and housing officers, following Working Together to Safeguard Children 2023 and the local multi-agency safeguarding arrangements."),
    ("h2", "Our values"),
    ("p", "Five values describe how we expect every member of staff to behave."),
    ("table", "", [
        ["Value", "What it means in practice"],
        ["Respect", "We are on time, we do what we say we will do, and we explain our decisions."],
        ["Openness", "Families can read what we write about them and tell us when they think it is wrong."],
        ["Belonging", "Children stay connected to their family, culture, faith and community."],
        ["Ambition", "We expect as much of our children as any good parent would."],
        ["Curiosity", "We ask why things are happening, not only what has happened."],
    ]),
    ("h2", "The council as corporate parent"),
    ("p", "Culverdale Council is the corporate parent of every child in its care and every care leaver. Councillors and officers apply the corporate parenting principles, which are set out below with what each means for us."),
    ("table", "", [
        ["Principle", "What Culverdale does"],
        ["Act in their best interests and promote their health and well-being", "Health assessments are completed on time and followed up."],
        ["Encourage them to say what they want and feel", "Every child has access to an independent advocate."],
        ["Take their views into account", "Children's views are recorded in their own words in every plan."],
        ["Help them use services", "Care leavers have a named contact in housing, benefits and health."],
        ["Have high hopes for them", "The virtual school sets aspirational targets for each child."],
        ["Keep them safe and give them stability", "We avoid moving children's homes or schools mid-year."],
        ["Prepare them for adult life", "Independence skills are taught from the age of 15."],
    ]),
    ("h2", "Practice model"),
    ("p", "All of our teams work to the Family Partnership Model, building a relationship with parents in which their expertise about their own family is valued alongside ours."),
    ("h2", "Key principles"),
    ("p", "The principles below guide decisions about where and with whom a child will live."),
    ("table", "", [
        ["Principle", "Our commitment"],
        ["Family first", "We look at whether family or friends can care for a child before we look for a foster home."],
        ["Permanence", "A permanence plan is agreed for every child no later than four months after they come into care."],
        ["Leaving care", "Each care leaver has a personal adviser until the age of 21, and up to 25 for any care leaver who requests one."],
        ["Listening", "Young people chair part of their own review meeting if they want to."],
    ]),
    ("h2", "Information sharing"),
    ("p", "Staff share personal information only where it is lawful and necessary, record why they did so, and tell the child or family unless doing so would put someone at risk."),
]

# ---------------------------------------------------------------- 20102 Hazelmere
HAZELMERE_HEADER = ("Hazelmere District Council - Children's Social Care Procedures Manual", "Part 1: Policies, Values and Principles")
HAZELMERE_STAMP = "UNCONTROLLED WHEN PRINTED"
HAZELMERE: list[Block] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "This chapter describes the values and principles that underpin how Hazelmere District Council works with Looked After Children, young people leaving care and their families. It was updated in November 2025 following the review of the council's sufficiency strategy."),
    ("p", "The principles in this chapter rest on four Acts of Parliament:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Our vision"),
    ("p", "We want Hazelmere to be a place where children grow up with people who love them, where they are heard, and where leaving care is the start of a good adult life rather than the end of our interest in it."),
    ("h", "Values"),
    ("p", "We are honest, we are kind, and we are persistent. We do not give up on a child because their behaviour is difficult, and we do not give up on a family because change is slow."),
    ("h", "Corporate parenting"),
    ("p", "Under the Children and Social Work Act 2017 the council must have regard to the need:"),
    ("n", "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take into account their views, wishes and feelings"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners"),
    ("n", "to promote high aspirations, and seek to secure the best outcomes, for them"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("h", "Family Safeguarding in Hazelmere"),
    ("p", "Since 2024 our children's social work has been organised around Family Safeguarding. Each team brings together social workers, a domestic abuse practitioner, a substance misuse worker and an adult mental health practitioner, so that parents get help with the problems that put their children at risk."),
    ("h", "Principles of practice"),
    ("p", "Children are supported to stay with their own families wherever that is safe. Where a child does come into care, the plan for where they will grow up is settled within three months."),
    ("p", "Every young person who leaves our care is offered a personal adviser until they are 25, and a pathway plan that is reviewed with them at least every six months."),
    ("h", "Confidentiality"),
    ("p", "We keep records securely, we share them only where the law allows, and we help care leavers to see their files when they ask."),
]

# ---------------------------------------------------------------- 20103 Ostbridge
OSTBRIDGE: list[Block] = [
    ("title", TITLE),
    ("p", "Ostbridge Borough Council - Children and Young People's Directorate"),
    ("h", "Purpose"),
    ("p", "This chapter gives everyone working with Cared for Children in Ostbridge a shared statement of what we believe and how we act on it. It was last amended in May 2025."),
    ("h", "The law"),
    ("p", "The council's responsibilities come from three Acts: the Children Act 1989, the Children and Young Persons Act 2008 and the Children and Social Work Act 2017."),
    ("h", "Values"),
    ("p", "Children do best when they are known, loved and expected to succeed. We build our services around the relationships children tell us matter most to them, and we measure ourselves by what changes in their lives."),
    ("h", "Being a corporate parent"),
    ("p", "Ostbridge Borough Council, as corporate parent, commits itself to:"),
    ("p", "\u2022\tputting the best interests of each child first and looking after their health and well-being"),
    ("p", "\u2022\thelping children and young people to say what they think and feel"),
    ("p", "\u2022\tpaying attention to what they have told us"),
    ("p", "\u2022\tmaking sure they can use the council's services and its partners'"),
    ("p", "\u2022\tholding high aspirations for each of them"),
    ("p", "\u2022\tgiving them safety and stable homes, relationships, education and work"),
    ("p", "\u2022\tpreparing them well for adulthood and living on their own"),
    ("h", "How we practise"),
    ("p", "Ostbridge adopted Reclaiming Social Work in 2023. Small units led by a consultant social worker share the work of each family, so that children are known by more than one worker."),
    ("h", "Principles for permanence and leaving care"),
    ("p", "Each Cared for Child has a permanence plan by the time they have been in care for six months."),
    ("p", "Care leavers keep their personal adviser until they are 21. Those in higher education keep their adviser until they are 25."),
    ("h", "Sharing information"),
    ("p", "Information is shared on a need-to-know basis and in line with data protection law. Young people are told what we share about them and why."),
    ("p", "Last updated: 2 June 2025"),
]

# ---------------------------------------------------------------- 20104 Lindenmoor
LINDENMOOR: list[Block] = [
    ("title", TITLE),
    ("h", "1. Scope"),
    ("p", "This chapter covers Lindenmoor City Council's work with Children Looked After and care leavers. It was amended in September 2025 to reflect the council's adoption of a new practice model."),
    ("h", "2. Introduction"),
    ("p", "The council's children's services work within the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "3. A shared responsibility"),
    ("p", "Safeguarding children is everyone's job. Lindenmoor works with the Lindenmoor Safeguarding Children Partnership, the NHS, schools and the police, and follows Working Together to Safeguard Children."),
    ("h", "4. Our values"),
    ("p", "We believe that children should be brought up by their families wherever possible, that children in our care deserve what any loving parent would want for their own child, and that young people should have a say in every decision about them."),
    ("h", "5. Corporate parenting"),
    ("p", "The council and its partners follow the seven corporate parenting principles set out in law, and the Corporate Parenting Panel checks every quarter how well we are meeting them."),
    ("h", "6. Practice model"),
    ("p", "In 2025 Lindenmoor adopted Safe and Together, which keeps children safe and together with the non-offending parent where there is domestic abuse, and holds the person causing harm to account."),
    ("h", "7. Key principles"),
    ("p", "A child who comes into care should have a plan for permanence within three months, agreed at their second review."),
    ("p", "Young people leaving care have a personal adviser up to the age of 21, or to 25 where they are in education or training."),
    ("h", "8. Our strategy"),
    ("p", "By 2027 we want fewer children to come into care, more of those who do to live with relatives, and every child's permanence plan to be agreed within two months of their arrival in care."),
    ("h", "9. Information sharing"),
    ("p", "Information is shared with partners when it is needed to protect a child or to plan their care, and children and parents are told what has been shared."),
]

# ---------------------------------------------------------------- 20105 Rookhurst
ROOKHURST: list[Block] = [
    ("title", TITLE),
    ("h1", "About this chapter"),
    ("p", "This chapter sets out the values and principles that Rookhurst County Council expects in all its work with children who are looked after and young people who have left care. It was amended in {-June-}{+October+} 2025."),
    ("h1", "<<Legal context||Do we still need the word context here?>>"),
    ("p", "The chapter rests on:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Families Act 2014"),
    ("ib", "the Children and Social Work Act 2017"),
    ("h1", "Values"),
    ("p", "We want children who are looked after to have the childhood any parent would want for their child: to be safe, to be loved, to learn and to have fun."),
    ("dp", "Our aim is to agree a plan for permanence within three months of a child coming into care."),
    ("h1", "Corporate parenting"),
    ("p", "Rookhurst County Council applies the seven corporate parenting principles in every decision that affects children who are looked after and care leavers{+, and reports on them each year to the Cabinet+}."),
    ("h1", "Our practice model"),
    ("p", "Rookhurst's social workers use {-Signs of Safety-}{+Restorative Practice+}, working with families rather than doing things to them or for them."),
    ("h1", "Key principles"),
    ("p", "Children should live with their families wherever it is safe. Where they cannot, a permanence plan will be agreed within {-four-}{+six+} months of their becoming looked after."),
    ("p", "Care leavers have a personal adviser until they are 21{+, or 25 if they want one+}. <<Pathway plans||Should this say 25 for all care leavers now?>> are reviewed every six months."),
    ("h1", "Information sharing"),
    ("p", "We share information lawfully and only with those who need it, and we tell young people how they can see their records."),
]
# fmt: on


# ---------------------------------------------------------------- Word XML (20101, 20105)


def _cover_table(title: str, rows: list[list[str]], build: Build) -> str:
    """A procedures system's cover table: the title in a merged first row, then label rows."""
    grid = '<w:gridCol w:w="3000"/><w:gridCol w:w="6000"/>'
    title_rpr = '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="32"/>'
    title_row = (
        '<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/><w:gridSpan w:val="2"/>'
        '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>'
        f"{_p(title, build, rpr=title_rpr)}</w:tc></w:tr>"
    )
    body = "".join(
        '<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr>'
        f"{_p(label, build, rpr='<w:b/>')}</w:tc>"
        f'<w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr>{_p(value, build)}</w:tc></w:tr>'
        for label, value in rows
    )
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
        '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{title_row}{body}</w:tbl><w:p/>"
    )


def _toc_level2(label: str, entries: list[tuple[str, int]], build: Build) -> str:
    """Word's TOC field over Heading 2 headings: every entry at the TOC 2 level, hyperlinked to
    its heading's bookmark with a PAGEREF page number (the cached result a saved file holds)."""
    out = [_p(label, build, style="TOCHeading")]
    for index, (entry, page) in enumerate(entries):
        anchor = f"_Toc2010{index:05d}"
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(entries) - 1 else ""
        out.append(
            f'<w:p><w:pPr><w:pStyle w:val="TOC2"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:ind w:left="220"/></w:pPr>{begin}'
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
            f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr>{_t(entry)}</w:r>'
            "<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>"
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>"
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
            f"</w:hyperlink>{end}</w:p>"
        )
    out.append(PAGE_BREAK)
    return "".join(out)


def _bookmarked(text: str, build: Build, style: str, anchor: str, bookmark: int) -> str:
    """A heading paragraph wrapped in the _Toc bookmark its contents entry links to."""
    paragraph = _p(text, build, style=style)
    head, _, tail = paragraph.partition("</w:pPr>")
    return (
        f'{head}</w:pPr><w:bookmarkStart w:id="{bookmark}" w:name="{anchor}"/>'
        f'{tail[: -len("</w:p>")]}<w:bookmarkEnd w:id="{bookmark}"/></w:p>'
    )


def _body(blocks: list[Block], build: Build) -> str:
    out: list[str] = []
    heading_index = 0
    for block in blocks:
        kind, text = block[0], block[1]
        extra = block[2] if len(block) > 2 else None
        if kind == "title":
            out.append(_p(text, build, style="Title"))
        elif kind == "cover":
            out.append(_cover_table(text, extra, build))
        elif kind == "toc":
            out.append(_toc_level2(text, extra, build))
        elif kind in ("h1", "h2"):
            style = "Heading1" if kind == "h1" else "Heading2"
            if kind == "h2":
                out.append(
                    _bookmarked(
                        text, build, style, f"_Toc2010{heading_index:05d}", 500 + heading_index
                    )
                )
                heading_index += 1
            else:
                out.append(_p(text, build, style=style))
        elif kind == "p":
            out.append(_p(text, build))
        elif kind == "b":
            out.append(_p(text, build, style="ListBullet"))
        elif kind == "ib":  # a list item inserted whole, its paragraph mark with it
            out.append(
                f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:rPr><w:ins w:id="{build.next_rev()}" w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr></w:pPr>'
                f'<w:ins w:id="{build.next_rev()}" w:author="{AUTHOR}" w:date="{DATE}"><w:r>{_t(text)}</w:r></w:ins></w:p>'
            )
        elif kind == "dp":  # a paragraph deleted whole, its paragraph mark with it
            out.append(
                f'<w:p><w:pPr><w:rPr><w:del w:id="{build.next_rev()}" w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr></w:pPr>'
                f'<w:del w:id="{build.next_rev()}" w:author="{AUTHOR}" w:date="{DATE}"><w:r>{_t(text, "w:delText")}</w:r></w:del></w:p>'
            )
        elif kind == "table":
            out.append(_tbl(extra, build, header=True))
            out.append("<w:p/>")
        else:
            raise SystemExit(f"unknown block {kind!r}")
    return "".join(out)


def word_xml(blocks: list[Block], title: str, settings_track: bool) -> bytes:
    from docx.oxml import parse_xml

    document = new_docx()
    build = Build()
    xml = _body(blocks, build)
    body = document.element.body
    for child in list(body):
        body.remove(child)
    for child in list(parse_xml(f"<w:wrap {NS}>{xml}</w:wrap>")):
        body.append(child)
    body.append(parse_xml(f"<w:wrap {NS}>{_sect_pr('portrait', False, {})}</w:wrap>")[0])
    if settings_track:  # the file was saved with Track Changes still on
        settings = document.settings.element
        settings.insert(0, parse_xml(f"<w:trackRevisions {NS}/>"))
    properties = document.core_properties
    properties.title = title
    properties.revision = 12
    properties.created = properties.modified = datetime.datetime(2026, 3, 12, 9, 30, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_parts(buffer.getvalue(), build)


# ---------------------------------------------------------------- python-docx (20102, 20103)


def hazelmere_docx() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    document = new_docx()
    for kind, text in HAZELMERE:
        if kind == "title":
            document.add_heading(text, 0)
        elif kind == "h":
            document.add_heading(text, 1)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    header = document.sections[0].header
    first = header.paragraphs[0]
    first.text = HAZELMERE_HEADER[0]
    second = header.add_paragraph(HAZELMERE_HEADER[1])
    for line in (first, second):
        line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in line.runs:
            run.font.size = Pt(8)
    stamp = header.add_paragraph()
    stamp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = stamp.add_run(HAZELMERE_STAMP)
    run.font.size, run.font.bold = Pt(22), True
    run.font.color.rgb = RGBColor(0xD0, 0xD0, 0xD0)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "3")
    return saved_docx(document)


def ostbridge_docx() -> bytes:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    document = new_docx()
    styles = document.styles

    def style(
        name: str, size: float, bold: bool, colour: RGBColor | None, before: float, after: float
    ) -> None:
        new = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        new.base_style = styles["Normal"]
        new.font.name, new.font.size, new.font.bold = "Arial", Pt(size), bold
        if colour is not None:
            new.font.color.rgb = colour
        new.paragraph_format.space_before, new.paragraph_format.space_after = Pt(before), Pt(after)

    teal = RGBColor(0x00, 0x6E, 0x6D)
    style("CYP Title", 20, True, teal, 0, 6)
    style("CYP Subtitle", 12, False, None, 0, 18)
    style("CYP Heading", 13, True, teal, 16, 6)
    style("Body Para", 11, False, None, 0, 8)
    style("Body Bullet", 11, False, None, 0, 4)
    styles["Body Bullet"].paragraph_format.left_indent = Pt(18)
    styles["Body Bullet"].paragraph_format.first_line_indent = Pt(-18)
    for index, (kind, text) in enumerate(OSTBRIDGE):
        if kind == "title":
            document.add_paragraph(text, style="CYP Title")
        elif kind == "h":
            document.add_paragraph(text, style="CYP Heading")
        elif index == 1:
            document.add_paragraph(text, style="CYP Subtitle")
        elif text.startswith("\u2022"):
            document.add_paragraph(text, style="Body Bullet")
        else:
            document.add_paragraph(text, style="Body Para")
    return saved_docx(document)


# ---------------------------------------------------------------- Chromium (20104)


def lindenmoor_page() -> str:
    css = """
@page { size: A4; margin: 20mm 18mm; }
body { font: 11pt/1.45 Arial, Helvetica, sans-serif; color: #222; }
h1 { font-size: 18pt; color: #004b6b; margin: 0 0 14pt; }
p { margin: 0 0 8pt; }
p.head { font-weight: bold; margin-top: 14pt; }
ul { margin: 0 0 8pt; padding-left: 20pt; }
"""
    out: list[str] = []
    open_list = False
    for kind, text in LINDENMOOR:
        if open_list and kind != "b":
            out.append("</ul>")
            open_list = False
        escaped = html.escape(text)
        if kind == "title":
            out.append(f"<h1>{escaped}</h1>")
        elif kind == "h":
            out.append(f'<p class="head">{escaped}</p>')
        elif kind == "b":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"<li>{escaped}</li>")
        else:
            out.append(f"<p>{escaped}</p>")
    if open_list:
        out.append("</ul>")
    body = "\n".join(out)
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>\n{body}\n</body></html>"
    )


def chromium_pdf(page: str, target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "policies-values-and-principles.html"
        source.write_text(page, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             "--no-pdf-header-footer", f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


# ---------------------------------------------------------------- notes


def note(blocks: list[Block], about: str) -> str:
    """What a reader sees, as markdown, changes accepted and comments apart."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    number = 0
    for block in blocks:
        kind, text = block[0], _accepted(block[1])
        extra = block[2] if len(block) > 2 else None
        if kind == "dp":
            continue
        if previous in ("b", "n", "ib") and kind not in ("b", "n", "ib"):
            lines.append("")
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind in ("h", "h1", "h2"):
            lines += [f"## {text}", ""]
        elif kind == "p":
            lines += [text, ""]
        elif kind in ("b", "ib"):
            lines.append(f"- {text}")
        elif kind == "n":
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {text}")
        elif kind == "table":
            lines += ["| " + " | ".join(extra[0]) + " |", "|" + "---|" * len(extra[0])]
            lines += ["| " + " | ".join(row) + " |" for row in extra[1:]] + [""]
        elif kind == "cover":
            lines += [f"# {text}", ""] + [f"| {label} | {value} |" for label, value in extra] + [""]
        elif kind == "toc":
            lines += [text, ""] + [f"{entry} .......... {page}" for entry, page in extra] + [""]
        previous = kind
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


# fmt: off
DOCUMENTS: list[tuple[str, list[Block], str]] = [
    ("20101-docx-procedures-export-cover-table-toc-field-heading-2-only-principles-in-tables.docx", CULVERDALE,
     "a procedures system's Word export: a cover table (merged title row, owner, version, approval and review dates), Word's TOC field at the TOC 2 level, Heading 2 only, values and principles in two-column tables"),
    ("20102-pdf-lo-word-two-line-running-header-uncontrolled-stamp-page-n-of-m.pdf", HAZELMERE,
     "python-docx (Title, Heading 1, List Bullet, List Number) printed to PDF by LibreOffice headless; a two-line running header, a grey 'UNCONTROLLED WHEN PRINTED' line in the header, a 'Page N of M' footer from PAGE and NUMPAGES fields"),
    ("20103-docx-council-named-styles-cyp-heading-body-para-typed-bullets-last-updated.docx", OSTBRIDGE,
     "the council's own paragraph styles (CYP Title, CYP Subtitle, CYP Heading, Body Para, Body Bullet; no outline levels); principles as typed bullets; a closing Last updated line"),
    ("20104-pdf-chromium-numbered-bold-body-size-headings-strategy-conflict.pdf", LINDENMOOR,
     "an HTML page printed by Chromium headless without the browser's header and footer lines; headings numbered '1.' to '9.', bold at the body size"),
    ("20105-docx-tracked-insertions-deletions-inserted-list-item-deleted-paragraph-comments.docx", ROOKHURST,
     "tracked insertions and deletions (words, a whole inserted list item, a whole deleted paragraph) and comments, saved with Track Changes on"),
]
# fmt: on


def main() -> None:
    only = set(sys.argv[1:])
    for name, blocks, about in DOCUMENTS:
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        target = HERE / name
        if name.startswith("20101"):
            target.write_bytes(word_xml(blocks, TITLE, settings_track=False))
        elif name.startswith("20102"):
            docx_to_pdf(hazelmere_docx(), target)
        elif name.startswith("20103"):
            target.write_bytes(ostbridge_docx())
        elif name.startswith("20104"):
            chromium_pdf(lindenmoor_page(), target)
        else:
            target.write_bytes(word_xml(blocks, TITLE, settings_track=True))
        (HERE / f"{name}.md").write_text(note(blocks, about), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
