# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the 405th blind set: facts where Word and PDF put them.

    40501  Wistlebury (Word): a cover page ("Issue date", "Review date") before a page break;
           a footer on every page with a version and a "Last reviewed" day; the support age
           extended in a real footnote; the permanence months in a shaded one-cell table; the
           principles a Word numbered list; an "End of chapter" line, then "Appendix:
           Legislation".
    40502  Cordingham (PDF printed by LibreOffice from python-docx): a footer with a stale
           version and a "Last reviewed" day beside "Page N of M"; the amendment month in the
           text; the permanence months in a floating text box; the principles numbered "(i)"
           by Word; "Appendix A: Legislation", then a page break and a "Document control"
           table alone on the last page.
    40503  Pellbridge (PDF printed by LibreOffice from python-docx): a cover page ("Version",
           "Issue date", "Review date"); a footer with "Last reviewed"; the support age only
           in a footnote; the permanence months in a shaded, bordered callout paragraph; an
           appendix of legislation, then a "Document control" table on the last page.
    40504  Stellmoor (Word): a footer with a version and "Last reviewed:" day, the amendment
           day in the text; the support age in a footnote; the principles a Word decimal list;
           an "End" line, then "Appendix: Legislation" as a table with a header row.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind405.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    WORD_SHAPE_NAMESPACES,
    add_word_lists,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    with_word_part,
    word_field,
    word_notes_xml,
)

SCRIPT = "build_blind405.py"
CHAPTER = "Children's Services Policies, Values and Principles"
NS = WORD_SHAPE_NAMESPACES

NAMES = {
    "40501": "40501-docx-cover-page-issue-date-review-date-footer-version-last-reviewed-footnote-support-age-shaded-cell-permanence-word-numbered-principles-end-line-appendix-legislation-wistlebury.docx",
    "40502": "40502-pdf-lo-from-word-footer-stale-version-last-reviewed-amended-month-in-text-text-box-permanence-roman-word-numbered-principles-appendix-then-document-control-last-page-cordingham.pdf",
    "40503": "40503-pdf-lo-from-word-cover-page-version-issue-date-review-date-footer-last-reviewed-support-age-only-in-footnote-shaded-callout-permanence-appendix-then-document-control-pellbridge.pdf",
    "40504": "40504-docx-footer-version-last-reviewed-amended-day-in-text-footnote-support-age-review-only-permanence-word-decimal-principles-end-line-appendix-acts-table-no-model-stellmoor.docx",
}

FOOTNOTES = {
    "40501": {
        1: "A young person who is still in education or training when they turn 21 keeps their adviser up to their 25th birthday.",
    },
    "40503": {
        1: "Until the young person's 25th birthday, whether or not they are in education, training or work.",
    },
    "40504": {
        1: "To the age of 21, and to 25 for any care leaver who asks.",
    },
}

FOOTERS = {
    "40501": "Wistlebury District Council · Version 4.0 · Last reviewed 10 January 2025 · Page ",
    "40502": "Version 2.3 · Last reviewed 14 July 2025 · Page ",
    "40503": "Pellbridge BC · v5 · Last reviewed 30 September 2025 · page ",
    "40504": "Stellmoor County Council | Version 7 | Last reviewed: 21 January 2026 | Page ",
}

# fmt: off
WISTLEBURY: list[tuple[Any, ...]] = [
    ("cover-title", CHAPTER),
    ("cover", "Wistlebury District Council"),
    ("cover", "Children and Young People's Service – Procedures Manual"),
    ("cover", "Issue date: 9 February 2026"),
    ("cover", "Review date: February 2028"),
    ("cover", "Owner: Principal Social Worker"),
    ("page",),
    ("h", "Purpose of this chapter"),
    ("p", "This chapter opens Wistlebury's procedures manual for children's social care. It says what the district believes about children and their families and how those beliefs show in daily work, and every other chapter should be read in its light. It replaces the edition issued in March 2023."),
    ("p", "It is written for social workers, family support workers, personal advisers, independent reviewing officers and team managers, and for the foster carers and residential staff who look after children in care on the district's behalf."),
    ("h", "Working with other agencies"),
    ("p", "A child's safety rarely rests with one service. Our social workers plan with health visitors, school staff, the police, youth workers and the district's housing officers, and each of them is expected to speak up as soon as something about a child worries them. The safeguarding partnership for the area settles how those conversations are held and recorded, and we keep to what it agrees."),
    ("h", "What we believe"),
    ("p", "Children do best when the adults around them are honest with them, keep their promises and stay. We believe families know things about themselves that no assessment will find, and that asking them is quicker than guessing. We would rather a worker admit a mistake early than defend it late."),
    ("h", "Wistlebury as a corporate parent"),
    ("p", "When a child comes into the district's care, every councillor and every officer takes on some of what a good parent carries. Whenever the council acts for children in care and care leavers it has regard to the need:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, the services of the council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Kinspun: our practice model"),
    ("p", "Kinspun is the practice model every Wistlebury team has used since 2024. It starts from the people a child already has – parents, grandparents, neighbours, a coach or a favourite teacher – and asks how each of them can be drawn into the plan. Workers draw a kin map with the family at the first visit and bring it up to date at every review, so that nobody who matters to the child is forgotten."),
    ("h", "Principles of practice"),
    ("p", "Help comes early. A family that asks for support is offered it before its difficulties grow, and the worker who first meets the family stays with it where that is possible."),
    ("p", "Family first. Children are brought up by their own families wherever that can be made safe. When it cannot, we look to relatives and friends before we look to strangers."),
    ("shaded", "Permanence: every child in care has a plan for a permanent home within four months of the day they came into care."),
    ("p", "The plan is agreed at the child's review and written in words the child can follow. Where the plan is a return home, the help the family will need is written down beside it."),
    ("p", "Leaving care. Each young person leaving our care has a personal adviser until they are 21.[fn:1] The adviser helps with the pathway plan, with a home, money and work, and keeps in touch even when the young person moves out of the district."),
    ("p", "Being heard. Children in care are asked what they think before any decision about them is made, and they are told afterwards what was decided and why."),
    ("h", "Sharing information"),
    ("p", "We share what we know about a child or a family only when the law allows it and the child's safety or welfare needs it. Families are told what has been shared and with whom, unless telling them would put a child at risk, and the reason for every decision to share is written on the child's file."),
    ("p", "End of chapter"),
    ("h", "Appendix: Legislation"),
    ("p", "The Acts on which this chapter chiefly rests are:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
]

CORDINGHAM: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Cordingham City Council – Children's Social Care"),
    ("h", "Scope"),
    ("p", "This chapter sets out the values and principles that guide the city's work with children, young people and families, from early help through to leaving care. It was revised in November 2025 to add a section on our practice model and to bring the appendix of legislation up to date."),
    ("h", "Introduction"),
    ("p", "This policy describes the framework within which Cordingham's children's social care service works. It applies to all staff, to the carers who look after children for the city and to the agencies we commission. The Acts and guidance it rests on are listed in the appendix at the end of the chapter."),
    ("h", "A shared responsibility"),
    ("p", "Keeping children safe is work the city shares with schools, the health service, the police, the probation service and the voluntary sector. We expect every partner to act on a concern straight away and to tell us what they have done, and we hold ourselves to the same standard when a partner comes to us."),
    ("h", "Our values"),
    ("p", "We are respectful: we are on time, we explain ourselves and we do not talk down to anyone. We are curious: we ask why, and we check what we are told. We are persistent: we do not give up on a child or a parent because the work has become hard."),
    ("h", "Corporate parenting"),
    ("p", "The city council has regard to seven principles whenever it makes a decision about Looked After Children and care leavers. In all its work it must:"),
    ("n", "act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "encourage them to say what they want and how they feel;"),
    ("n", "take what they say into account;"),
    ("n", "help them find and use the services open to them;"),
    ("n", "expect a great deal of them and seek the best outcomes for them;"),
    ("n", "keep them safe and give them stable homes, relationships and schooling or work;"),
    ("n", "prepare them for adult life and living on their own."),
    ("h", "Signs of Safety"),
    ("p", "Cordingham adopted Signs of Safety in 2021. Every assessment and every plan asks the same three questions – what are we worried about, what is working well and what needs to happen – and the answers are written in the family's own words. Children's views are gathered with the Three Houses and the Fairy and Wizard tools."),
    ("h", "Key principles"),
    ("p", "Most children are best cared for by their own families, and our first task is to help parents make that safe. When a child must come into care, we look first for a home with people the child already knows."),
    ("box", "Our timescale: a permanence plan is agreed for every Looked After Child within three months of their becoming looked after."),
    ("p", "The plan says where the child will live as they grow up and who will look after them, and the independent reviewing officer checks it at each review."),
    ("p", "Care leavers are offered a personal adviser and a pathway plan. How long the adviser stays, and what else the city offers, is set out in Cordingham's local offer for care leavers and in the leaving care chapter of this manual."),
    ("p", "We ask Looked After Children what they think of the care they receive, through their reviews and through the city's Children in Care Council, and we report back on what has changed as a result."),
    ("h", "Information sharing"),
    ("p", "Information is shared when it is needed to protect a child or to meet a child's needs, and not otherwise. Staff follow the city's data protection policy, share no more than is needed and record on the file what they shared, with whom and why."),
    ("h", "Appendix A: Legislation"),
    ("p", "This chapter is written under the following law and guidance:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("page",),
    ("h", "Document control"),
    ("table", [["Owner", "Head of Safeguarding and Quality Assurance"], ["Version", "2.4"], ["Approved by", "Children's Services Leadership Team"], ["Next review", "November 2027"]]),
]

PELLBRIDGE: list[tuple[Any, ...]] = [
    ("cover-title", CHAPTER),
    ("cover", "Pellbridge Borough Council"),
    ("cover", "Children's Services Procedures"),
    ("cover", "Version: 5"),
    ("cover", "Issue date: 2 June 2025"),
    ("cover", "Review date: June 2027"),
    ("page",),
    ("h", "About this chapter"),
    ("p", "This chapter explains what Pellbridge Borough Council's children's services stand for and what they expect of the people who work in them. It applies to every team that works with children and families, to our foster carers and to the providers who look after cared for children on the borough's behalf. Staff should read it with the leaving care chapter, which was itself revised in April 2025."),
    ("h", "Our vision"),
    ("p", "We want Pellbridge to be a place where children grow up with people who love them, where families get help before a problem becomes a crisis, and where every cared for child leaves our care with a home, a plan and someone to call."),
    ("h", "Working in partnership"),
    ("p", "No agency can protect children on its own. The borough's social workers plan alongside teachers, doctors, nurses, police officers and youth workers, and the three safeguarding partners agree together how the area's arrangements work. Working Together to Safeguard Children is the guidance we all follow."),
    ("h", "Values"),
    ("p", "Our workers are kind and they are clear. They listen before they decide, they explain what they have decided, and they treat children and parents as the experts on their own lives. They own their mistakes and learn from them."),
    ("h", "Corporate parenting"),
    ("p", "The borough council is the corporate parent of every cared for child and every care leaver for whom it is responsible. The law asks it to keep these seven principles before it in all that it does:"),
    ("n", "acting in the best interests of cared for children and promoting their physical and mental health and well-being;"),
    ("n", "encouraging them to express their views, wishes and feelings;"),
    ("n", "taking those views, wishes and feelings into account;"),
    ("n", "helping them to gain access to, and make the best use of, the services the council and its partners provide;"),
    ("n", "promoting high aspirations and seeking the best outcomes for them;"),
    ("n", "helping them to be safe and to have stability in their home lives, relationships and education or work;"),
    ("n", "preparing them for adulthood and independent living."),
    ("h", "Restorative practice"),
    ("p", "Pellbridge has been a restorative borough since 2022. Our staff use Restorative Practice to work with families rather than doing things to them or for them: high support and high challenge together. Meetings are held in a circle where that helps, and harm done to relationships is talked about openly so that it can be mended."),
    ("h", "Key principles"),
    ("p", "Children are helped to stay safely with their families wherever that is possible, and when it is not, with relatives or family friends."),
    ("callout", "Permanence timescale – a plan for permanence is in place for each cared for child no later than six months after they come into care."),
    ("p", "Leaving care. A personal adviser stays alongside every care leaver as they set up on their own.[fn:1] The adviser helps them to find a home, to manage money and to stay in learning or work."),
    ("p", "Cared for children take part in their own reviews and may chair them when they are ready."),
    ("h", "Confidentiality"),
    ("p", "What families tell us is treated with care. It is shared only when the law permits and a child's safety or welfare calls for it, and every decision to share, or not to share, is recorded with its reasons."),
    ("h", "Appendix 1 – Legislation and regulations"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("page",),
    ("h", "Document control"),
    ("table", [["Version", "5"], ["Issue date", "2 June 2025"], ["Review date", "June 2027"], ["Author", "Service Manager, Quality and Practice"], ["Summary of changes", "Permanence timescale and practice model brought up to date"]]),
]

STELLMOOR: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Stellmoor County Council"),
    ("h", "About this chapter"),
    ("p", "This chapter sets out the beliefs and the ways of working that Stellmoor's children's services share, and the duties the county owes to children looked after and to care leavers. We last amended this chapter on 4 August 2025, when the part on leaving care was rewritten."),
    ("p", "It applies to everyone who works in the county's children's services, to the foster carers and residential staff who look after children for us, and to the services we commission."),
    ("h", "Partnership"),
    ("p", "Children are kept safe when the people around them talk to each other. The county's social workers share plans with schools, early years settings, health staff, the police and district councils, and any of them may ask for a meeting about a child they are worried about. Disagreements between agencies are settled quickly and, where needed, taken to a senior manager the same week."),
    ("h", "Our values and ambitions"),
    ("p", "We want children looked after in Stellmoor to have the same chances as any other child in the county. We are patient, we keep our word and we tell children the truth about their lives in a way they can understand. We ask for help when a case is beyond us."),
    ("h", "Corporate parenting"),
    ("p", "Every councillor and every officer of Stellmoor County Council shares in the county's role as corporate parent. When it carries out its functions for children looked after and care leavers, the county has regard to the need:"),
    ("n", "to act in their best interests, and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them to gain access to, and make the best use of, services provided by the county and its partners;"),
    ("n", "to promote high aspirations, and to seek to secure the best outcomes, for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "How we work with families"),
    ("p", "We offer help early and in the family's own home, and we build on what the family already does well. A child who cannot live at home is placed with relatives or friends wherever that is safe."),
    ("p", "A permanence plan is agreed for every child looked after by their second review, and the plan is looked at again at every review after that."),
    ("p", "Care leavers keep a personal adviser (see the note below).[fn:1] The adviser helps with the pathway plan, with finding somewhere to live, with money and with staying in education, training or work."),
    ("p", "Children and young people are asked for their views at every stage, and the county's Children in Care Council meets the Lead Member four times a year."),
    ("h", "Information sharing"),
    ("p", "Information about a child or a family is shared with other agencies when that is needed to keep a child safe or to meet a child's needs. Staff share only what is necessary, check that it is accurate and record what they shared, with whom and why."),
    ("p", "End"),
    ("h", "Appendix: Legislation"),
    ("table", [["Act", "What it covers"], ["Children Act 1989", "Children in need, care proceedings and children looked after"], ["Children Act 2004", "Co-operation between agencies and the Director of Children's Services"], ["Children and Families Act 2014", "Adoption, special educational needs and Staying Put"], ["Children and Social Work Act 2017", "The corporate parenting principles and the local offer for care leavers"]]),
]
# fmt: on


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _append(document: Any, element: Any) -> Any:
    from docx.oxml.ns import qn

    document.element.body.find(qn("w:sectPr")).addprevious(element)
    return element


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _runs(text: str) -> str:
    """The text's runs, a `[fn:N]` mark becoming a real footnote reference."""
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
            out.append(f"<w:r>{_t(piece)}</w:r>")
    return "".join(out)


def _text_box(text: str) -> str:
    """A floating DrawingML text box with Word's VML fallback, both holding the same text."""
    content = f"<w:p><w:r><w:rPr><w:b/></w:rPr>{_t(text)}</w:r></w:p>"
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5029200" cy="640080"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="2" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5029200" cy="640080"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="E2EFDA"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="375623"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 2" o:spid="_x0000_s1027" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:396pt;height:50.4pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" fillcolor="#e2efda" strokecolor="#375623" strokeweight="1pt">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _roman_list(document: Any) -> None:
    """A Word list (numId 71) numbered "(i)", "(ii)"… by Word: lower roman in brackets."""
    numbering = document.part.numbering_part.element
    abstract = _el(
        f'<w:abstractNum {NS} w:abstractNumId="71"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/><w:lvlJc w:val="right"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(_el(f'<w:num {NS} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))


def _footer(document: Any, text: str, with_total: bool) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.add_run(text)
    word_field(paragraph, "PAGE", "1")
    if with_total:
        paragraph.add_run(" of ")
        word_field(paragraph, "NUMPAGES", "3")


def _table(document: Any, rows: list[list[str]], header: bool) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for index, row in enumerate(rows):
        cells = table.add_row().cells
        for column, text in enumerate(row):
            run = cells[column].paragraphs[0].add_run(text)
            run.bold = (index == 0) if header else (column == 0)


def _build(blocks: list[tuple[Any, ...]], number_props: str, table_header: bool) -> Any:
    """A python-docx document from the blocks; `number_props` are the paragraph properties
    of a principle (a Word list: the number is drawn by Word, never typed)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = new_docx()
    bullet = document.styles["List Bullet"].style_id
    for block in blocks:
        kind = block[0]
        if kind in ("title", "cover-title"):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block[1])
            run.bold = True
            run.font.size = Pt(20 if kind == "cover-title" else 16)
            if kind == "cover-title":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.paragraph_format.space_before = Pt(120)
                paragraph.paragraph_format.space_after = Pt(36)
        elif kind == "cover":
            paragraph = document.add_paragraph(block[1])
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(12)
        elif kind == "page":
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h":
            document.add_paragraph(block[1], style="Heading 1")
        elif kind == "n":
            _append(
                document, _el(f"<w:p {NS}><w:pPr>{number_props}</w:pPr>{_runs(block[1])}</w:p>")
            )
        elif kind == "b":
            _append(
                document,
                _el(
                    f'<w:p {NS}><w:pPr><w:pStyle w:val="{bullet}"/></w:pPr>{_runs(block[1])}</w:p>'
                ),
            )
        elif kind == "shaded":
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            cell.paragraphs[0].add_run(block[1]).bold = True
            cell._tc.get_or_add_tcPr().append(
                _el(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="FFF2CC"/>')
            )
        elif kind == "callout":
            border = '<w:{0} w:val="single" w:sz="12" w:space="4" w:color="7F6000"/>'
            borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right"))
            _append(
                document,
                _el(
                    f'<w:p {NS}><w:pPr><w:pBdr>{borders}</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FBE4D5"/>'
                    f'<w:spacing w:before="120" w:after="120"/><w:ind w:left="284" w:right="284"/></w:pPr>'
                    f"<w:r><w:rPr><w:b/></w:rPr>{_t(block[1])}</w:r></w:p>"
                ),
            )
        elif kind == "box":
            paragraph = document.add_paragraph()
            paragraph._p.append(_el(_text_box(block[1])))
        elif kind == "table":
            _table(document, block[1], table_header)
        else:
            _append(document, _el(f"<w:p {NS}>{_runs(block[1])}</w:p>"))
    return document


def _with_notes(document: Any, number: str) -> bytes:
    notes = word_notes_xml("footnote", FOOTNOTES[number], NS)
    return with_word_part(
        saved_docx(document), "footnotes.xml", notes, "rId905", (1980, 1, 1, 0, 0, 0)
    )


def _list_number(document: Any) -> str:
    style = document.styles["List Number"].style_id
    return f'<w:pStyle w:val="{style}"/>'


def wistlebury() -> bytes:
    document = _build([], "", False)
    props = _list_number(document)
    document = _build(WISTLEBURY, props, False)
    _footer(document, FOOTERS["40501"], False)
    return _with_notes(document, "40501")


def cordingham() -> bytes:
    document = new_docx()
    _roman_list(document)
    style = document.styles["List Paragraph"].style_id
    props = (
        f'<w:pStyle w:val="{style}"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>'
    )
    document = _build_into(document, CORDINGHAM, props, False)
    _footer(document, FOOTERS["40502"], True)
    return saved_docx(document)


def pellbridge() -> bytes:
    document = _build([], "", False)
    document = _build(PELLBRIDGE, _list_number(document), False)
    _footer(document, FOOTERS["40503"], False)
    return _with_notes(document, "40503")


def stellmoor() -> bytes:
    document = new_docx()
    add_word_lists(document, NS, 720)
    style = document.styles["List Paragraph"].style_id
    props = (
        f'<w:pStyle w:val="{style}"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="42"/></w:numPr>'
    )
    document = _build_into(document, STELLMOOR, props, True)
    _footer(document, FOOTERS["40504"], False)
    return _with_notes(document, "40504")


def _build_into(document: Any, blocks: list[tuple[Any, ...]], props: str, header: bool) -> Any:
    """`_build` into a document whose numbering has already been given its lists."""
    built = _build(blocks, props, header)
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    for child in list(built.element.body):
        if not child.tag.endswith("}sectPr"):
            _append(document, child)
    return document


def _note_blocks(number: str, blocks: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for block in blocks:
        kind = block[0]
        if kind == "page":
            continue
        if kind == "cover-title":
            out.append(("title", block[1]))
        elif kind in ("cover", "shaded", "callout", "box"):
            out.append(("p", block[1]))
        elif kind == "table":
            out.append(("table", block[1], False))
        else:
            out.append((kind, block[1].replace("[fn:1]", "[1]")))
    for key, text in FOOTNOTES.get(number, {}).items():
        out.append(("p", f"[{key}] {text} (footnote)"))
    out.append(("p", f"Footer on every page (not read): {FOOTERS[number]}N"))
    return out


BUILDS = (
    (
        "40501",
        wistlebury,
        WISTLEBURY,
        "python-docx: a cover page (centred 20 pt bold title, council, manual, 'Issue date', 'Review date', owner) ended by a page break; Heading 1 headings; a footer on every page with a version and 'Last reviewed' day (not read); the leaving-care extension in a real footnote; the permanence months in a shaded one-cell table; seven List Number principles (numbers drawn by Word); an 'End of chapter' line, then 'Appendix: Legislation' with six List Bullet Acts",
    ),
    (
        "40502",
        cordingham,
        CORDINGHAM,
        "python-docx printed to PDF by LibreOffice: a bold 16 pt title and a council line; Heading 1 headings; a footer 'Version 2.3 · Last reviewed 14 July 2025 · Page N of M' (not read); the permanence months in a floating text box; seven principles numbered '(i)'…'(vii)' by a Word list; 'Appendix A: Legislation' with five bullets, a page break and a 'Document control' table alone on the last page",
    ),
    (
        "40503",
        pellbridge,
        PELLBRIDGE,
        "python-docx printed to PDF by LibreOffice: a cover page (title, council, manual, 'Version: 5', 'Issue date', 'Review date') ended by a page break; Heading 1 headings; a footer with 'Last reviewed' (not read); the leaving-care age only in a footnote; the permanence months in a shaded, bordered paragraph; seven List Number principles; an appendix of legislation, a page break and a 'Document control' table on the last page",
    ),
    (
        "40504",
        stellmoor,
        STELLMOOR,
        "python-docx: a bold 16 pt title and a council line; Heading 1 headings; a footer 'Stellmoor County Council | Version 7 | Last reviewed: 21 January 2026 | Page N' (not read); the leaving-care ages in a footnote; seven principles in a Word decimal list (List Paragraph, numbers drawn by Word); an 'End' line, then 'Appendix: Legislation' as a table with a bold header row",
    ),
)


def main() -> None:
    for number, make, blocks, about in BUILDS:
        target = HERE / NAMES[number]
        data = make()
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        Path(f"{target}.md").write_text(
            blocks_note(_note_blocks(number, blocks), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
