# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written, with their typographic marks)
"""Build the 333rd blind set: four whole "Children's Services Policies, Values and Principles"
chapters of invented councils, as Word files made with habits earlier Word sets did not use.

    33301  Hollinbrook (python-docx): the title in a block content control bound to the
           document's title property; headings in custom paragraph styles "Council Heading A"
           and "Council Heading B", based on Heading 1 and Heading 2; the amendment date in an
           inline date-picker content control inside a sentence.
    33302  Marrowby (python-docx): a cover page in a section of its own (different first page,
           "OFFICIAL" in its first-page footer), then a next-page section break to the body with
           its own running header and a PAGE footer; headings are Normal paragraphs given an
           outline level (0 and 1) and made bold by hand; endnotes (Word's default i, ii, iii)
           citing parts of the Acts already named.
    33303  Thistlebeck (python-docx): a DrawingML text box "Key facts" (with Word's VML fallback)
           anchored in an empty paragraph under the council line; Heading 1 and Heading 2
           numbered by a multilevel list attached to the heading styles themselves (no number in
           any paragraph); bookmarks on the headings; the Acts as hyperlinks; an internal link
           to a heading's bookmark; the corporate parenting principles in a two-column table.
    33304  Pennock Moor (python-docx): a council template: Heading 1 headings outside, each
           section's body inside a rich-text block content control (paragraphs and bullets), a
           Subtitle-style council line, and a closing bold "Document control" line over a
           two-column table held in a content control.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind333.py   (python-docx)
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    WORD_MAIN_NAMESPACE,
    WORD_SHAPE_NAMESPACES,
    new_docx,
    saved_docx,
    with_word_part,
    word_field,
    word_notes_xml,
)

SCRIPT = "build_blind333.py"
W = WORD_MAIN_NAMESPACE
NS = WORD_SHAPE_NAMESPACES
TITLE = "Children's Services Policies, Values and Principles"
NAMES = {
    "33301": "33301-docx-title-in-content-control-custom-heading-styles-based-on-heading-1-and-2-amended-date-picker-in-sentence-hollinbrook-five-with-regulations-seven-stated-safe-and-together-four-months-21-or-25-education-children-in-care.docx",
    "33302": "33302-docx-cover-page-own-section-different-first-page-next-page-break-normal-headings-with-outline-level-endnotes-marrowby-cover-version-and-amended-month-four-acts-sentence-seven-family-safeguarding-five-months-25-for-all-lac.docx",
    "33303": "33303-docx-key-facts-drawingml-text-box-heading-styles-numbered-by-style-linked-list-bookmarks-hyperlinked-acts-principles-table-thistlebeck-last-amended-day-five-social-pedagogy-three-months-21-or-25-if-asks-cared-for.docx",
    "33304": "33304-docx-section-bodies-in-rich-text-content-controls-subtitle-council-line-document-control-table-in-content-control-pennock-moor-amended-month-six-with-regulations-seven-bulleted-reclaiming-six-months-21-or-25-education.docx",
}

_IDS = iter(range(5000, 9000))

# fmt: off
# ("h" | "h2" | "p" | "b", text); "{date:ISO|shown}" an inline date content control,
# "[en:N]" an endnote mark, "{link:URL|text}" a hyperlink, "{goto:BOOKMARK|text}" an internal link
HOLLINBROOK_COUNCIL = "Hollinbrook Borough Council – Children and Young People's Service"
HOLLINBROOK: list[tuple[str, str]] = [
    ("h", "About this chapter"),
    ("p", "This chapter sets out what Hollinbrook's children and young people's service believes about its work and the principles that every practitioner is expected to follow. The detailed procedures elsewhere in this manual build on it, so new staff should read it first."),
    ("p", "This chapter was last amended on {date:2026-02-17|17 February 2026}, when the part on support after care was rewritten."),
    ("h", "Legal framework"),
    ("p", "Our duties towards children and families come chiefly from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("p", "Statutory guidance, in particular Working Together to Safeguard Children 2023, explains how those duties are to be carried out in practice."),
    ("h", "What guides us"),
    ("p", "Five commitments shape the way we behave with children and with one another:"),
    ("b", "We are honest about our worries and about what needs to change."),
    ("b", "We see the child first, and we make sure their voice is heard in every plan."),
    ("b", "We build on the strengths that families already have."),
    ("b", "We respect each family's identity, culture and faith."),
    ("b", "We keep our promises, and we explain ourselves when we cannot."),
    ("h", "The council as corporate parent"),
    ("p", "Hollinbrook Borough Council is the corporate parent of every child in its care and of its care leavers. All councillors and officers must have regard to the seven corporate parenting principles whenever they make decisions that touch the lives of Children in Care."),
    ("p", "The corporate parenting board, chaired by the lead member, checks each year how well every directorate has kept to those principles and listens to what young people say about it."),
    ("h", "Working with partners"),
    ("p", "Keeping children safe is a shared task. The council, the integrated care board and the police lead the local safeguarding partnership, and schools, health visitors and voluntary groups all play their part in noticing when a child needs help and in acting on it."),
    ("h", "Partnering with the protective parent"),
    ("p", "Since 2023 Hollinbrook has used the Safe and Together model wherever domestic abuse is a concern. Practitioners hold the person who causes harm responsible for their behaviour and work alongside the non-abusing parent to keep the child safe at home."),
    ("h", "How we work"),
    ("p", "The principles below apply to every case, whichever team holds it."),
    ("h2", "Permanence"),
    ("p", "Each child who comes into care should have a plan for permanence agreed within four months, so that they know where they will grow up. The independent reviewing officer tests the plan at each review."),
    ("h2", "Support after care"),
    ("p", "Every care leaver is entitled to a personal adviser until the age of 21. Young people who are in education or training can keep their adviser until they are 25."),
    ("h", "Sharing information"),
    ("p", "Practitioners share what they know about a child when it is needed to protect them or to meet their needs, and they record what was shared, with whom and why. Families are told what we hold about them unless telling them would put a child at risk."),
]

MARROWBY_COVER = [
    ("title", TITLE),
    ("p", "Marrowby District Council"),
    ("p", "Children's Services Procedures Manual"),
    ("p", "Version 2.3"),
    ("p", "Amended: June 2025"),
]
MARROWBY_HEADER = "Marrowby District Council | Policies, Values and Principles"
MARROWBY: list[tuple[str, str]] = [
    ("h", "Introduction"),
    ("p", "This chapter brings together the values and principles by which Marrowby District Council's children's services work. It covers social work, early help and the council's own children's homes, and it should be read before any other chapter of this manual."),
    ("p", "Our duties come mainly from four Acts of Parliament: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017.[en:1] The statutory guidance Working Together to Safeguard Children 2023 describes how we should work with other agencies.[en:2]"),
    ("h", "Our values"),
    ("p", "We value children's own accounts of their lives. We value parents as partners, even when we have to act against their wishes. We value staff who are curious, who ask for help and who learn from their mistakes."),
    ("h", "Looked After Children and the council"),
    ("p", "Looked After Children and care leavers are owed more than a service: the council is their parent. The law lists seven principles to which every department must have regard.[en:3] In short, we must act in their best interests, seek out and weigh their views, help them to use the services they need, expect a great deal for them, keep them safe and settled, and prepare them for adult life."),
    ("h", "Family Safeguarding in Marrowby"),
    ("p", "Marrowby adopted Family Safeguarding in 2022. Our social workers share teams with specialists in adult mental health, drug and alcohol use and domestic abuse, and they use motivational interviewing to help parents make changes that last."),
    ("h", "Practice principles"),
    ("h2", "Keeping families together"),
    ("p", "Wherever it is safe, children should grow up with their own families. Early help is offered before difficulties turn into crises."),
    ("h2", "Permanence without delay"),
    ("p", "A permanence plan is expected within five months for every child who becomes looked after, and the plan is confirmed at the child's second review."),
    ("h2", "Young people leaving care"),
    ("p", "Care leavers can have the support of a personal adviser up to their 25th birthday, whether or not they are in education, work or training."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Information about a child or family is shared only with those who need it to keep the child safe or to provide a service. Every decision to share, or not to share, is recorded with its reason."),
]
MARROWBY_ENDNOTES = {
    1: "Part 3 of the Children Act 1989 deals with support for children and families; section 10 of the Children Act 2004 places a duty on agencies to co-operate.",
    2: "Working Together to Safeguard Children 2023, chapter 2.",
    3: "Children and Social Work Act 2017, section 1(1)(a) to (g).",
}

THISTLEBECK_COUNCIL = "Thistlebeck City Council"
THISTLEBECK_BOX = [
    ("boxhead", "Key facts"),
    ("p", "Owner: Head of Service, Children's Social Care"),
    ("p", "Last amended: 4 November 2025"),
    ("p", "Review due: November 2027"),
    ("p", "Applies to: all staff in children's social care"),
]
LEG = "https://www.legislation.gov.uk/ukpga"
THISTLEBECK: list[tuple[str, str]] = [
    ("h", "Purpose of this chapter"),
    ("p", "This chapter tells staff, partners and families what Thistlebeck City Council's children's services stand for. It is the first chapter of the procedures manual, and the others should be read in its light."),
    ("h", "The law behind our work"),
    ("p", "The main legislation is listed below; each title links to the published text."),
    ("b", "{link:" + LEG + "/1989/41|Children Act 1989}"),
    ("b", "{link:" + LEG + "/2002/38|Adoption and Children Act 2002}"),
    ("b", "{link:" + LEG + "/2004/31|Children Act 2004}"),
    ("b", "{link:" + LEG + "/2014/6|Children and Families Act 2014}"),
    ("b", "{link:" + LEG + "/2017/16|Children and Social Work Act 2017}"),
    ("h", "Our ambition for children"),
    ("p", "We want Thistlebeck to be a city where children grow up safe, healthy and hopeful, where families get help early, and where the children we care for do as well as their friends. Our reasoning is simple: help that comes early costs families less pain, and the city less money, than help that comes late."),
    ("h", "Being a corporate parent"),
    ("p", "The council's seven corporate parenting principles are set out in the table below. They apply to every cared for child and every care leaver."),
    ("table", ""),
    ("h", "How we practise"),
    ("p", "Thistlebeck practises Social Pedagogy in its children's homes and across its social work teams. Staff share everyday life with children and use those ordinary moments to build relationships of trust."),
    ("h", "Principles of practice"),
    ("p", "Children should stay with their families wherever that is safe; when they cannot, we look first to relatives and friends."),
    ("h2", "Planning for permanence"),
    ("p", "A permanence plan should be agreed within three months of a child becoming cared for. Any delay is reported to the service manager."),
    ("h2", "Leaving care"),
    ("p", "Personal advisers support care leavers until they are 21, and up to 25 if the young person asks for that support to continue."),
    ("h", "Working together"),
    ("p", "Children are kept safe by many agencies acting together, as {link:https://www.gov.uk/government/publications/working-together-to-safeguard-children--2|Working Together to Safeguard Children 2023} requires. Thistlebeck's safeguarding partnership sets local thresholds and runs joint training; how we share information with partners is explained in {goto:_Toc_confidentiality|section 8}."),
    ("h", "Confidentiality"),
    ("p", "Records about children and families are kept securely. We share information when it is needed to protect a child or to provide a service, and we tell families what we have shared unless that would put a child at greater risk."),
]
THISTLEBECK_TABLE = [
    ("Principle", "What it means for us"),
    ("Best interests", "We act in their best interests and promote their physical and mental health."),
    ("Their views", "We encourage them to tell us their views, wishes and feelings."),
    ("Taking account", "We take those views into account when we decide."),
    ("Access to services", "We help them to use the services they are entitled to."),
    ("High aspirations", "We expect the best for them and help them to achieve it."),
    ("Safety and stability", "We keep them safe and give them stable homes, relationships and schooling."),
    ("Independence", "We prepare them for adult life and for living on their own."),
]

PENNOCK_COUNCIL = "Pennock Moor Council – Children's Services"
PENNOCK: list[tuple[str, str]] = [
    ("h", "Scope"),
    ("p", "This chapter applies to all of Pennock Moor Council's children's services, including early help, social work, fostering and the leaving care team. It was amended in January 2026 to include our new commitments on kinship care."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which we work. We act under the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Care Planning, Placement and Case Review (England) Regulations 2010."),
    ("p", "Staff should use the procedures in this manual to apply that law to the circumstances of each child."),
    ("h", "What children can expect from us"),
    ("b", "A worker who knows them and who stays with them for as long as possible."),
    ("b", "To be told what is happening and why, in words they understand."),
    ("b", "To be asked what they think before decisions are made about them."),
    ("b", "To be treated fairly, whatever their background or ability."),
    ("h", "Corporate parenting"),
    ("p", "For children who are looked after and for care leavers, Pennock Moor Council is the parent. As corporate parents we must have regard to the need:"),
    ("b", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help them gain access to, and make the best use of, our services and those of our partners;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h", "Our approach to practice"),
    ("p", "Our teams are organised around Reclaiming Social Work: small units, each led by a consultant social worker, with a clinician and a unit coordinator who share the unit's cases."),
    ("h", "Kinship first"),
    ("p", "If a child cannot stay at home, we look first to their wider family and friends. Whoever the child lives with, a plan for permanence should be in place within six months of the child becoming looked after."),
    ("h", "Care leavers"),
    ("p", "Every care leaver has a personal adviser until the age of 21. Those who carry on in education or training keep their adviser until they are 25."),
    ("h", "Information sharing"),
    ("p", "We share information about children and families with other agencies when it is needed to keep a child safe or to provide help, and we record what we shared and why."),
]
PENNOCK_CONTROL = [
    ("Version", "5.1"),
    ("Last updated", "30 January 2026"),
    ("Owner", "Principal Social Worker"),
]
# fmt: on


# --- shared XML pieces ---------------------------------------------------------------------------


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _runs(document: Any, text: str, rpr: str = "") -> str:
    """A paragraph's runs from text with the date, endnote, link and goto marks."""
    import re

    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    out: list[str] = []
    for piece in re.split(r"(\{date:[^}]*\}|\[en:\d+\]|\{link:[^}]*\}|\{goto:[^}]*\})", text):
        if not piece:
            continue
        if piece.startswith("{date:"):
            iso, shown = piece[6:-1].split("|")
            out.append(
                f'<w:sdt><w:sdtPr><w:alias w:val="Date amended"/><w:tag w:val="AmendedDate"/><w:id w:val="{next(_IDS)}"/>'
                f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                f"<w:sdtContent><w:r><w:rPr>{rpr}</w:rPr>{_t(shown)}</w:r></w:sdtContent></w:sdt>"
            )
        elif piece.startswith("[en:"):
            out.append(
                '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:endnoteReference w:id="{piece[4:-1]}"/></w:r>'
            )
        elif piece.startswith("{link:"):
            url, shown = piece[6:-1].split("|")
            rid = document.part.relate_to(url, RT.HYPERLINK, is_external=True)
            out.append(
                f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/>{rpr}</w:rPr>{_t(shown)}</w:r></w:hyperlink>'
            )
        elif piece.startswith("{goto:"):
            anchor, shown = piece[6:-1].split("|")
            out.append(
                f'<w:hyperlink w:anchor="{anchor}" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/>{rpr}</w:rPr>{_t(shown)}</w:r></w:hyperlink>'
            )
        else:
            out.append(f"<w:r><w:rPr>{rpr}</w:rPr>{_t(piece)}</w:r>")
    return "".join(out)


def _paragraph(document: Any, text: str, ppr: str = "", rpr: str = "") -> Any:
    return _el(f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{_runs(document, text, rpr)}</w:p>")


def _append(document: Any, element: Any) -> Any:
    """Add a body element before the document's final section properties."""
    body = document.element.body
    body.find(f"{{{W}}}sectPr").addprevious(element)
    return element


def _bullet_ppr(document: Any) -> str:
    return f'<w:pStyle w:val="{document.styles["List Bullet"].style_id}"/>'


def _note(about: str, lines: list[str]) -> str:
    return f"%% built by {SCRIPT}: {about}\n\n" + "\n".join(lines).rstrip("\n") + "\n"


def _note_blocks(blocks: list[tuple[str, str]], heading: Any = None) -> list[str]:
    """The blocks as a reader sees them, marks resolved; headings through `heading`."""
    import re

    lines: list[str] = []
    previous = ""
    for kind, text in blocks:
        shown = re.sub(r"\{date:[^|]*\|([^}]*)\}", r"\1", text)
        shown = re.sub(r"\{(?:link|goto):[^|]*\|([^}]*)\}", r"\1", shown)
        shown = re.sub(r"\[en:(\d+)\]", lambda m: f"[^{_roman(int(m[1]))}]", shown)
        if kind == "b":
            lines.append(f"- {shown}")
        else:
            if previous == "b":
                lines.append("")
            if kind in ("h", "h2"):
                lines.append(heading(kind, shown) if heading else f"## {shown}")
            elif kind == "table":
                lines.append("(the table of principles)")
            else:
                lines.append(shown)
            lines.append("")
        previous = kind
    return lines


def _roman(number: int) -> str:
    return ["", "i", "ii", "iii", "iv", "v"][number]


# --- 33301 Hollinbrook ---------------------------------------------------------------------------


def hollinbrook() -> bytes:
    """Custom heading styles based on Heading 1/2, a bound title control, a date picker."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    document = new_docx()
    document.core_properties.title = TITLE
    styles = document.styles
    for name, base, size in (
        ("Council Heading A", "Heading 1", 15),
        ("Council Heading B", "Heading 2", 12),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.next_paragraph_style = styles["Normal"]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor.from_string("6A1B4D")
        style.font.name = "Arial"
    _append(
        document,
        _el(
            f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Title"/><w:tag w:val=""/><w:id w:val="{next(_IDS)}"/>'
            "<w:dataBinding w:prefixMappings=\"xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' \" "
            'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r>{_t(TITLE)}</w:r></w:p></w:sdtContent></w:sdt>'
        ),
    )
    document.add_paragraph(HOLLINBROOK_COUNCIL)
    for kind, text in HOLLINBROOK:
        if kind == "h":
            document.add_paragraph(text, style="Council Heading A")
        elif kind == "h2":
            document.add_paragraph(text, style="Council Heading B")
        elif kind == "b":
            _append(document, _paragraph(document, text, _bullet_ppr(document)))
        else:
            _append(document, _paragraph(document, text))
    return saved_docx(document)


# --- 33302 Marrowby ------------------------------------------------------------------------------


def marrowby() -> bytes:
    """A cover page in its own section, outline-levelled Normal headings, endnotes."""
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    cover = document.sections[0]
    cover.different_first_page_header_footer = True
    cover.first_page_footer.paragraphs[0].text = "OFFICIAL"
    cover.first_page_footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for position, (kind, text) in enumerate(MARROWBY_COVER):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if position == 0:
            paragraph.paragraph_format.space_before = Pt(160)
        run = paragraph.add_run(text)
        run.bold = kind == "title" or None
        run.font.size = Pt(26 if kind == "title" else 14)
    body = document.add_section(WD_SECTION.NEW_PAGE)
    body.different_first_page_header_footer = False
    body.header.is_linked_to_previous = False
    body.header.paragraphs[0].text = MARROWBY_HEADER
    body.footer.is_linked_to_previous = False
    footer = body.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    word_field(footer, "PAGE", "2")
    for kind, text in MARROWBY:
        if kind == "h":
            ppr = '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/>'
            rpr = '<w:b/><w:color w:val="7B1E1E"/><w:sz w:val="26"/>'
            _append(document, _paragraph(document, text, ppr, rpr))
        elif kind == "h2":
            ppr = '<w:keepNext/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="1"/>'
            _append(document, _paragraph(document, text, ppr, "<w:b/><w:i/>"))
        else:
            _append(document, _paragraph(document, text))
    endnotes = word_notes_xml("endnote", MARROWBY_ENDNOTES, NS)
    return with_word_part(
        saved_docx(document), "endnotes.xml", endnotes, "rId902", (1980, 1, 1, 0, 0, 0)
    )


# --- 33303 Thistlebeck ---------------------------------------------------------------------------


def _style_numbering(document: Any) -> None:
    """A multilevel list attached to Heading 1 and Heading 2 themselves ("1.", "6.1"), as Word
    makes one when the author links list levels to styles: no paragraph carries a number."""
    numbering = document.part.numbering_part.element
    levels = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
    )
    abstract = _el(
        f'<w:abstractNum {NS} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(_el(f'<w:num {NS} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for name, level in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = document.styles[name].element.get_or_add_pPr()
        ppr.insert(
            0,
            _el(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'),
        )


def _text_box(lines: list[tuple[str, str]]) -> str:
    """A floating DrawingML text box with Word's VML fallback, both holding the same text."""
    content = "".join(
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{"<w:b/>" if kind == "boxhead" else ""}<w:sz w:val="{24 if kind == "boxhead" else 20}"/></w:rPr>{_t(text)}</w:r></w:p>'
        for kind, text in lines
    )
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2651760" cy="1325880"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2651760" cy="1325880"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="EAF2F8"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:208.8pt;height:104.4pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#eaf2f8" strokecolor="#1f4e79">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def thistlebeck() -> bytes:
    """Style-linked heading numbers, a Key facts text box, bookmarks, links, a principles table."""
    from docx.shared import Pt

    document = new_docx()
    _style_numbering(document)
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(THISTLEBECK_COUNCIL)
    _append(document, _el(f"<w:p {NS}>{_text_box(THISTLEBECK_BOX)}</w:p>"))
    heading_number = 0
    for kind, text in THISTLEBECK:
        if kind in ("h", "h2"):
            heading_number += 1
            name = (
                "_Toc_confidentiality"
                if text == "Confidentiality"
                else f"_Toc1900{heading_number:03d}"
            )
            mark = next(_IDS)
            style = "Heading1" if kind == "h" else "Heading2"
            _append(
                document,
                _el(
                    f'<w:p {NS}><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:bookmarkStart w:id="{mark}" w:name="{name}"/>'
                    f'<w:r>{_t(text)}</w:r><w:bookmarkEnd w:id="{mark}"/></w:p>'
                ),
            )
        elif kind == "b":
            _append(document, _paragraph(document, text, _bullet_ppr(document)))
        elif kind == "table":
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            for row_number, (left, right) in enumerate(THISTLEBECK_TABLE):
                cells = table.add_row().cells
                for cell, value in zip(cells, (left, right), strict=True):
                    run = cell.paragraphs[0].add_run(value)
                    run.bold = row_number == 0 or None
                    run.font.size = Pt(10)
            document.add_paragraph()
        else:
            _append(document, _paragraph(document, text))
    return saved_docx(document)


# --- 33304 Pennock Moor --------------------------------------------------------------------------


def _into_control(elements: list[Any], alias: str) -> None:
    """Wrap body elements, in place, in one rich-text block content control."""
    sdt = _el(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.replace(" ", "")}"/>'
        f'<w:id w:val="{next(_IDS)}"/><w:richText/></w:sdtPr><w:sdtContent/></w:sdt>'
    )
    elements[0].addprevious(sdt)
    content = sdt.find(f"{{{W}}}sdtContent")
    for element in elements:
        content.append(element)


def pennock() -> bytes:
    """A council template: headings outside, each section's body in a rich-text control."""
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(PENNOCK_COUNCIL, style="Subtitle")
    pending: list[Any] = []
    heading = ""
    for kind, text in [*PENNOCK, ("h", "")]:
        if kind == "h":
            if pending:
                _into_control(pending, f"{heading} text")
                pending = []
            if text:
                document.add_paragraph(text, style="Heading 1")
                heading = text
        elif kind == "b":
            pending.append(document.add_paragraph(text, style="List Bullet")._p)
        else:
            pending.append(document.add_paragraph(text)._p)
    label = document.add_paragraph()
    label.add_run("Document control").bold = True
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for left, right in PENNOCK_CONTROL:
        cells = table.add_row().cells
        cells[0].text = left
        cells[1].text = right
    _into_control([table._tbl], "Document control")
    return saved_docx(document)


# --- notes and main ------------------------------------------------------------------------------


def main() -> None:
    (HERE / NAMES["33301"]).write_bytes(hollinbrook())
    (HERE / (NAMES["33301"] + ".md")).write_text(
        _note(
            "python-docx; the title in a content control bound to the title property, headings in custom styles 'Council Heading A'/'Council Heading B' based on Heading 1/Heading 2 (## / ###), the amendment date in a date-picker content control",
            [
                f"# {TITLE}",
                "",
                HOLLINBROOK_COUNCIL,
                "",
                *_note_blocks(
                    HOLLINBROOK, lambda kind, text: ("## " if kind == "h" else "### ") + text
                ),
            ],
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["33302"]).write_bytes(marrowby())
    cover = [f"# {TITLE}", ""] + [text + "\n" for _, text in MARROWBY_COVER[1:]]
    (HERE / (NAMES["33302"] + ".md")).write_text(
        _note(
            "python-docx; a cover page in its own section (first-page footer 'OFFICIAL'), a next-page section break, running header and PAGE footer in the body's section (chrome); headings Normal paragraphs with outline level 0 (##) and 1 (###), bold by hand; endnotes i-iii at the end of the document",
            cover
            + ["(section break, next page; running header: " + MARROWBY_HEADER + ")", ""]
            + _note_blocks(MARROWBY, lambda kind, text: ("## " if kind == "h" else "### ") + text)
            + ["Endnotes (Word prints them after the last paragraph):", ""]
            + [f"[^{_roman(n)}]: {text}" for n, text in MARROWBY_ENDNOTES.items()],
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["33303"]).write_bytes(thistlebeck())
    numbers = [0, 0]

    def numbered(kind: str, text: str) -> str:
        if kind == "h":
            numbers[0] += 1
            numbers[1] = 0
            return f"## {numbers[0]}. {text}"
        numbers[1] += 1
        return f"### {numbers[0]}.{numbers[1]} {text}"

    table = ["| " + " | ".join(row) + " |" for row in THISTLEBECK_TABLE]
    table.insert(1, "|---|---|")
    lines = _note_blocks(THISTLEBECK, numbered)
    at = lines.index("(the table of principles)")
    lines[at : at + 1] = table
    (HERE / (NAMES["33303"] + ".md")).write_text(
        _note(
            "python-docx; a floating DrawingML text box 'Key facts' (Word's VML fallback beside it) anchored in an empty paragraph under the council line; Heading 1/2 numbered by a list linked to the heading styles (numbers drawn by Word); bookmarks on the headings, the Acts as hyperlinks, an internal link; the principles in a two-column table",
            [f"# {TITLE}", "", THISTLEBECK_COUNCIL, "", "(text box, floating at the right margin:)"]
            + [
                ("**" + text + "**" if kind == "boxhead" else text) + "\n"
                for kind, text in THISTLEBECK_BOX
            ]
            + lines,
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["33304"]).write_bytes(pennock())
    (HERE / (NAMES["33304"] + ".md")).write_text(
        _note(
            "python-docx; Heading 1 headings, each section's body inside a rich-text block content control, a Subtitle-style council line, a closing bold 'Document control' line over a two-column table inside a content control",
            [f"# {TITLE}", "", PENNOCK_COUNCIL, ""]
            + _note_blocks(PENNOCK)
            + ["**Document control**", "", "| | |", "|---|---|"]
            + [f"| {left} | {right} |" for left, right in PENNOCK_CONTROL],
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
