# ruff: noqa: E501  (the chapters' paragraphs are kept a line each; the OpenDocument is XML)
"""Build the five Word chapters of the seventy-fifth blind set (7501-7505), each made the way
another producer writes Word files.

7501 is an OpenDocument (flat .fodt) whose styles are LibreOffice's own (Title, Heading_20_1,
Text_20_body, the List 1 and Numbering 123 list styles) saved as Word by LibreOffice headless.
7502 is an HTML page (h1, h2, links, a legislation table with a header row, an ordered list)
saved as Word by LibreOffice. 7503 is a python-docx file whose house styles (not based on any
Heading style) carry one multi-level numbering definition through the styles themselves
(1. / 1.1 / 1.1.1; the numbers are in no paragraph's text). 7504 has "Heading 2" headings only
(no Heading 1) and its title in the only cell of a table at the top. 7505 is split into three
sections by section breaks (next page, continuous), with a different first-page header, a
running header and footer on later pages, and footnotes. All five chapters are written for
this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind75.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import html
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

FOOTNOTE = re.compile(r"\[\^([^\]]+)\]")

# fmt: off
BRACKENHURST = [
    ("title", "Brackenhurst Borough Council - Children's Services Policies, Values and Principles"),
    ("h", "Scope of this chapter"),
    ("p", "This chapter describes the values and principles that shape children's services in Brackenhurst. It applies to social workers, managers, foster carers and to the agencies we commission to work with children and families."),
    ("p", "This chapter was amended in February 2025 to describe the council's new family help offer."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Brackenhurst Children's Services work. Our duties come from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Care Standards Act 2000"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "A shared responsibility"),
    ("p", "No single agency can keep children safe on its own. Schools, health visitors, doctors, the police and voluntary groups in Brackenhurst all play their part, and we follow Working Together to Safeguard Children in everything we do with them."),
    ("h", "Our values"),
    ("p", "We put children at the centre of our work. We are honest with families about our worries, we treat everyone with dignity, and we look for what is going well in a family as carefully as we look for what is going wrong."),
    ("h", "Corporate parenting"),
    ("p", "Brackenhurst Borough Council is the corporate parent of every one of its Looked After Children and care leavers. In all that it does for them the council has regard to the corporate parenting principles:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them get access to, and make the best use of, the services the council and its partners provide;"),
    ("n", "to promote high aspirations and to seek the best outcomes for them;"),
    ("n", "to help them be safe and to have stable home lives, relationships, education and work;"),
    ("n", "to prepare them for adulthood and for living independently."),
    ("h", "Our vision"),
    ("p", "We want Brackenhurst to be a place where children grow up safe and loved, where families get help as soon as they need it, and where young people leave care with a home, a plan and people who care about them."),
    ("h", "Our practice model"),
    ("p", "Our staff are trained in Restorative Practice. We work with families rather than doing things to them or for them, and we repair relationships when they have been harmed."),
    ("h", "Outcomes for children"),
    ("p", "We judge our work by what it means for children. We want every child in Brackenhurst to be:"),
    ("b", "healthy in body and mind;"),
    ("b", "safe from harm and neglect;"),
    ("b", "learning and achieving at school;"),
    ("b", "heard and able to contribute;"),
    ("b", "ready for work and adult life."),
    ("h", "Key principles"),
    ("p", "Children are best brought up by their own families wherever this is safe. When a child cannot stay at home we look first to relatives and friends, and a plan for permanence is agreed within four months of the child becoming looked after."),
    ("p", "Care leavers keep a personal adviser until they are 21, or until they are 25 if they are still in education or training."),
    ("h", "Information sharing"),
    ("p", "We keep records about children and families securely, we tell families what we hold, and we share it with other agencies only when the law allows and a child's safety or welfare needs it."),
]

OLLERBY = [
    ("title", "Ollerby District Council: Children's Services Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "This chapter is the first in the Ollerby <a href=\"https://procedures.ollerby.example.gov.uk/contents\">children's social care procedures manual</a>. It explains what we believe and how we work, and every other chapter should be read in its light."),
    ("p", "This chapter was last amended in January 2025, when the section on care leavers was rewritten."),
    ("h", "Legal framework"),
    ("p", "The main laws behind our work are listed below, each with a link to its text:"),
    ("th", "Legislation|What it covers"),
    ("tr", "<a href=\"https://law.example.org/1989/41\">Children Act 1989</a>|the council's duties to children in need and to children in its care"),
    ("tr", "<a href=\"https://law.example.org/2002/38\">Adoption and Children Act 2002</a>|adoption and special guardianship"),
    ("tr", "<a href=\"https://law.example.org/2004/31\">Children Act 2004</a>|co-operation between agencies to improve children's well-being"),
    ("tr", "<a href=\"https://law.example.org/2014/6\">Children and Families Act 2014</a>|support for children with special educational needs, and staying put"),
    ("tr", "<a href=\"https://law.example.org/2017/16\">Children and Social Work Act 2017</a>|corporate parenting and the local offer for care leavers"),
    ("h", "Working with our partners"),
    ("p", "We cannot protect children on our own. The <a href=\"https://ollerby.example.gov.uk/partnership\">Ollerby Safeguarding Children Partnership</a> brings together the council, health services and the police, and every partner agency shares the duty to act on concerns about a child."),
    ("h", "What we believe"),
    ("p", "We believe that every child deserves to be safe, to be heard and to have someone who is on their side. We believe in being open and fair with parents, and in giving them the chance to make things better."),
    ("h", "Our duties as corporate parent"),
    ("p", "Ollerby District Council has regard to seven corporate parenting principles whenever it makes decisions about its Children in Care and care leavers. It will:"),
    ("n", "act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take their views, wishes and feelings into account;"),
    ("n", "help them to use the services available to them;"),
    ("n", "promote high aspirations and seek the best outcomes for them;"),
    ("n", "help them to be safe and to have stability in their home lives, relationships, education and work;"),
    ("n", "prepare them for adulthood and independent living."),
    ("h", "Our vision"),
    ("p", "Our vision is simple: Ollerby's children should be safe, happy and hopeful about the future, whatever start in life they have had."),
    ("h", "How we practise"),
    ("p", "Since 2021 all of Ollerby's social work teams have used Signs of Safety. Families and professionals map together what they are worried about, what is working well and what needs to happen next."),
    ("h", "Permanence for children"),
    ("p", "Every Child in Care should know where they will grow up. We consider family and friends first, and a permanence plan is made within six months of a child coming into care."),
    ("h", "Support for care leavers"),
    ("p", "Every care leaver in Ollerby can have a personal adviser up to the age of 25, whatever they are doing. Advisers help with housing, money, health, education and work."),
    ("h", "Our strategy"),
    ("p", "Our children's plan for 2024 to 2026 aims to help families earlier, to find more foster homes within the district, and to keep experienced social workers with us."),
    ("h", "Confidentiality and information sharing"),
    ("p", "Information about children and their families is kept confidential. It is shared with other agencies only when the law allows it and when it is needed to keep a child safe or to provide a service."),
    ("p", "Last updated: 20 January 2025"),
]

THORNWICK = [
    ("title", "Thornwick County Council Children's Services Policies, Values and Principles"),
    ("h", "Purpose of this chapter"),
    ("p", "This chapter explains the values and principles on which Thornwick's children's services are founded, for staff, carers and partner agencies."),
    ("p", "The chapter was amended in October 2024 following the council's annual self-assessment."),
    ("h", "The law"),
    ("p", "The council acts under the following statutes:"),
    ("i", "Children Act 1989"),
    ("i", "Children (Leaving Care) Act 2000"),
    ("i", "Adoption and Children Act 2002"),
    ("i", "Children Act 2004"),
    ("i", "Children and Young Persons Act 2008"),
    ("i", "Children and Families Act 2014"),
    ("i", "Children and Social Work Act 2017"),
    ("h", "Partnership"),
    ("p", "Keeping children safe is a task we share with schools, the health service, the police and community organisations. Thornwick's safeguarding partners meet every month and agree together how concerns about children are to be handled."),
    ("h", "Our values"),
    ("p", "We are respectful, honest and ambitious for children. We listen before we act, and we keep our promises to the children and families we work with."),
    ("h", "Corporate parenting"),
    ("p", "The Children and Social Work Act 2017 sets out seven principles to which the council, as corporate parent of its Cared for Children, must have regard. They are:"),
    ("i", "to act in the child's best interests and promote their physical and mental health and well-being;"),
    ("i", "to encourage the child to express their views, wishes and feelings;"),
    ("i", "to take those views, wishes and feelings into account;"),
    ("i", "to help the child gain access to, and make the best use of, services;"),
    ("i", "to promote high aspirations and seek to secure the best outcomes for the child;"),
    ("i", "for the child to be safe and to have stability in their home life, relationships and education or work;"),
    ("i", "to prepare the child for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Thornwick's social workers practise Systemic Practice. They work with the whole network of relationships around a child and help families find their own ways to change."),
    ("h", "Outcomes we want for children"),
    ("p", "We want children in Thornwick to be healthy, to be safe, to enjoy learning and do well, to have a say in their own lives and to grow into independent adults."),
    ("h", "Principles of our work"),
    ("p", "A child who cannot live safely at home is placed with relatives or friends wherever possible, and has a permanence plan within three months of coming into care."),
    ("p", "Care leavers are supported by a personal adviser until they are 21, or until they are 25 if they are in higher education."),
    ("h", "Information sharing"),
    ("p", "We share personal information only when the law allows it and when it is needed to safeguard a child or to provide a service. Records are kept securely and for no longer than necessary."),
    ("h", "Document history"),
    ("p", "Version 2.3, approved by the Director of Children's Services in October 2024."),
]

WEXCOMBE = [
    ("cell", "Wexcombe Council - Children's Services Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "This chapter sets out what Wexcombe's children's services stand for and the principles that guide our practice. It applies to all staff and to the organisations that work with children on our behalf."),
    ("p", "This chapter was amended in June 2024 to add our updated strategy."),
    ("h", "Legislation and guidance"),
    ("p", "This chapter is informed by:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Working together"),
    ("p", "Wexcombe's safeguarding partners, the council, the integrated care board and the police, share responsibility for keeping children safe, and every agency that works with children is expected to play its part."),
    ("h", "Our values"),
    ("p", "We value kindness, curiosity and fairness. We are open with families, we hold on to hope, and we never forget that each child's story is their own."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parent to its Children Looked After, Wexcombe Council follows the seven corporate parenting principles:"),
    ("n", "to act in the best interests of the children and young people and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "to help them be safe and have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Vision"),
    ("p", "Our vision is for Wexcombe's children to grow up in safe and loving homes, supported by strong communities, with every chance to fulfil their potential."),
    ("h", "Practice model"),
    ("p", "Wexcombe has adopted Family Safeguarding. Adult specialists in mental health, substance misuse and domestic abuse sit in our children's teams, so that parents get help with their own difficulties."),
    ("h", "Key outcomes"),
    ("p", "The outcomes we seek for children are that they are healthy, safe, happy at school, listened to and well prepared for adult life."),
    ("h", "Permanence"),
    ("p", "Children should live with their own families wherever that is safe. If a child needs to be looked after, we look first to family and friends, and a permanence plan is made within four months."),
    ("h", "Leaving care"),
    ("p", "Care leavers are offered a personal adviser up to the age of 21. Where a young person asks for it, that support continues up to the age of 25."),
    ("h", "Our strategy"),
    ("p", "Our strategy for 2024 to 2027 is to help families early, to keep children in Wexcombe close to their schools and friends, and to support our workforce."),
    ("h", "Information sharing"),
    ("p", "Personal information is handled in line with data protection law. It is shared only where this is lawful and necessary to protect a child or to deliver a service."),
    ("p", "Version 5"),
]

SALTMARSH = [
    ("title", "Saltmarsh Vale Council - Children's Services Policies, Values and Principles"),
    ("h", "Scope"),
    ("p", "This chapter sets out the values and principles of Saltmarsh Vale's Children's Services. It applies to everyone who works with children and families on the council's behalf."),
    ("p", "This chapter was amended in September 2024 to reflect the Children's Social Care National Framework."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which our services are delivered. It rests on the following legislation:[^A full list of statutory guidance is kept by the council's Practice Standards Team.]"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Partnership working"),
    ("p", "Safeguarding is everyone's responsibility. The Saltmarsh Vale Safeguarding Children Partnership sets the arrangements by which the council, health services and the police work together, and every agency contributes to them."),
    ("h", "Values"),
    ("p", "We believe children should be listened to, kept safe and supported to reach their potential. We work with families openly and with respect, building on their strengths."),
    ("break", "next page"),
    ("h", "Corporate parenting"),
    ("p", "The council is the corporate parent of all children who are looked after by it and of its care leavers. It has regard to the seven corporate parenting principles[^Section 1 of the Children and Social Work Act 2017.]:"),
    ("n", "to act in the best interests of children and young people and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "to help them be safe and have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Vision and rationale"),
    ("p", "Our vision is that every child in Saltmarsh Vale grows up safe, healthy and happy, and that children who cannot live at home have the same chances in life as their friends."),
    ("h", "Practice model"),
    ("p", "We use Signs of Safety to work alongside families. It helps us be clear about danger and about the safety a family can build for its children."),
    ("break", "continuous"),
    ("h", "Key outcomes"),
    ("p", "We want children to be healthy, safe, achieving at school, taking part in their communities and ready for adult life."),
    ("h", "Key principles"),
    ("p", "Wherever it is safe, children are cared for within their own families. When they cannot be, family and friends are considered first, and every child who is looked after has a permanence plan within four months."),
    ("p", "Care leavers keep their personal adviser until they turn 21, and until 25 for those who want one.[^Young people can return to the leaving care service for advice at any time before their 25th birthday.]"),
    ("h", "Strategy"),
    ("p", "The council's plan for children sets three priorities for 2024 to 2027: earlier help, more homes for children within Saltmarsh Vale, and a stable workforce."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Information about children and families is shared only where the law permits and where it is needed to keep a child safe or to provide a service."),
    ("p", "Last updated: 12 September 2024"),
]
# fmt: on

SALTMARSH_FIRST_HEADER = "Children's Social Care Procedures Manual"
SALTMARSH_HEADER = "Saltmarsh Vale Council - Policies, Values and Principles"
SALTMARSH_FOOTER = "Children's Services, Saltmarsh Vale Council"


# --- 7501: an OpenDocument in LibreOffice's own styles, saved as Word by LibreOffice ---------
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt"/></style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:line-height="115%"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="28pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="130%" fo:font-weight="bold"/></style:style>
<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
<text:list-style style:name="List_20_1" style:display-name="List 1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.4cm" fo:text-indent="-0.4cm" fo:margin-left="0.4cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:body><office:text>
"""


def _fodt(blocks: list[tuple[str, str]]) -> str:
    body: list[str] = []
    open_list = ""
    for kind, text in blocks:
        list_style = {"b": "List_20_1", "n": "Numbering_20_123"}.get(kind, "")
        if open_list and open_list != list_style:
            body.append("</text:list>")
            open_list = ""
        if list_style and not open_list:
            body.append(f'<text:list text:style-name="{list_style}">')
            open_list = list_style
        escaped = html.escape(text, quote=False)
        if kind == "title":
            body.append(f'<text:p text:style-name="Title">{escaped}</text:p>')
        elif kind == "h":
            body.append(
                f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escaped}</text:h>'
            )
        elif list_style:
            body.append(
                f'<text:list-item><text:p text:style-name="List">{escaped}</text:p></text:list-item>'
            )
        else:
            body.append(f'<text:p text:style-name="Text_20_body">{escaped}</text:p>')
    if open_list:
        body.append("</text:list>")
    return FODT_HEAD + "\n".join(body) + "\n</office:text></office:body></office:document>\n"


# --- 7502: an HTML page saved as Word by LibreOffice ------------------------------------------
def _html(blocks: list[tuple[str, str]]) -> str:
    body: list[str] = []
    open_tag = ""
    for kind, text in blocks:
        tag = {"b": "ul", "n": "ol", "th": "table", "tr": "table"}.get(kind, "")
        if open_tag and open_tag != tag:
            body.append(f"</{open_tag}>")
            open_tag = ""
        if tag and not open_tag:
            body.append('<table border="1">' if tag == "table" else f"<{tag}>")
            open_tag = tag
        if kind == "title":
            body.append(f"<h1>{text}</h1>")
        elif kind == "h":
            body.append(f"<h2>{text}</h2>")
        elif kind in ("b", "n"):
            body.append(f"<li>{text}</li>")
        elif kind in ("th", "tr"):
            cell = "th" if kind == "th" else "td"
            body.append(
                "<tr>" + "".join(f"<{cell}>{part}</{cell}>" for part in text.split("|")) + "</tr>"
            )
        else:
            body.append(f"<p>{text}</p>")
    if open_tag:
        body.append(f"</{open_tag}>")
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        "<title>Policies, Values and Principles</title></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _libreoffice_docx(content: str, suffix: str, target: Path) -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import _libreoffice

    _libreoffice(content, suffix, "docx:MS Word 2007 XML", target)
    target.write_bytes(_with_fixed_zip_times(target.read_bytes()))


# --- python-docx makers (7503-7505) ------------------------------------------------------------
def _new_document():  # type: ignore[no-untyped-def]
    import docx
    from build_binary import FIXED_TIME
    from docx.shared import Pt

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_TIME.replace(tzinfo=None)
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1
    document.styles["Normal"].font.size = Pt(11)
    return document


def _save(document) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _thornwick() -> bytes:
    """House styles carrying one multi-level numbering definition (1. / 1.1 / 1.1.1)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor

    document = _new_document()
    numbering = document.part.numbering_part.element
    levels = [("%1.", 0, 432), ("%1.%2", 576, 576), ("%1.%2.%3", 1296, 720)]
    style_names = ["TCC Section Heading", "TCC Numbered Paragraph", "TCC Numbered Point"]
    abstract = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
        + "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:pStyle w:val="{name.replace(" ", "")}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left + hanging}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
            for i, ((text, left, hanging), name) in enumerate(zip(levels, style_names, strict=True))
        )
        + "</w:abstractNum>"
    )
    first_num = next(iter(numbering.findall(f"{{{numbering.nsmap['w']}}}num")), None)
    if first_num is not None:
        first_num.addprevious(parse_xml(abstract))
    else:
        numbering.append(parse_xml(abstract))
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>')
    )

    title = document.styles.add_style("TCC Document Title", WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = document.styles["Normal"]
    title.font.size, title.font.bold = Pt(20), True
    title.font.color.rgb = RGBColor(0x00, 0x5A, 0x4E)
    for level, name in enumerate(style_names):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        if level == 0:
            style.font.size, style.font.bold = Pt(14), True
            style.font.color.rgb = RGBColor(0x00, 0x5A, 0x4E)
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(12)
        p_pr = style.element.get_or_add_pPr()
        outline = '<w:outlineLvl w:val="0"/>' if level == 0 else ""
        p_pr.append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="70"/></w:numPr>'
            )
        )
        if outline:
            p_pr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="0"/>'))
    for kind, text in THORNWICK:
        style = {
            "title": "TCC Document Title",
            "h": style_names[0],
            "p": style_names[1],
            "i": style_names[2],
        }[kind]
        document.add_paragraph(text, style=style)
    return _save(document)


def _wexcombe() -> bytes:
    """Heading 2 headings only; the title in the only cell of a table at the top."""
    from docx.shared import Pt

    document = _new_document()
    for kind, text in WEXCOMBE:
        if kind == "cell":
            table = document.add_table(rows=1, cols=1)
            table.style = document.styles["Table Grid"]
            run = table.cell(0, 0).paragraphs[0].add_run(text)
            run.bold, run.font.size = True, Pt(18)
        elif kind == "h":
            document.add_paragraph(text, style="Heading 2")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return _save(document)


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "{notes}</w:footnotes>"
)
FOOTNOTE_XML = (
    '<w:footnote w:id="{id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
)


def _saltmarsh() -> bytes:
    """Three sections split by section breaks, a different first-page header, footnotes."""
    from docx.enum.section import WD_SECTION
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = _new_document()
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = SALTMARSH_FIRST_HEADER
    first.header.paragraphs[0].text = SALTMARSH_HEADER
    first.footer.paragraphs[0].text = SALTMARSH_FOOTER
    notes: list[str] = []
    for kind, text in SALTMARSH:
        if kind == "break":
            document.add_section(
                WD_SECTION.NEW_PAGE if text == "next page" else WD_SECTION.CONTINUOUS
            )
            continue
        style = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}
        paragraph = document.add_paragraph(style=style.get(kind))
        position = 0
        for match in FOOTNOTE.finditer(text):
            paragraph.add_run(text[position : match.start()])
            notes.append(match[1])
            paragraph._p.append(
                parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(notes)}"/></w:r>'
                )
            )
            position = match.end()
        paragraph.add_run(text[position:])
    data = _save(document)
    footnotes = FOOTNOTES_XML.format(
        notes="".join(
            FOOTNOTE_XML.format(id=i, text=html.escape(note, quote=False))
            for i, note in enumerate(notes, 1)
        )
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()


# --- notes beside the built files ---------------------------------------------------------------
def note(blocks: list[tuple[str, str]], about: str, numbered: bool = False) -> str:
    """The text a reader sees, as markdown (7503: the numbers the numbering definition draws)."""
    lines = [f"%% built by build_blind75.py: {about}", ""]
    counters = [0, 0, 0]
    number = 0
    previous = ""
    for kind, raw in blocks:
        text = re.sub(r"<[^>]+>", "", FOOTNOTE.sub(r" (\1)", raw))
        if kind == "break":
            lines.append(f"%% section break ({raw})")
            lines.append("")
            continue
        if numbered and kind in ("h", "p", "i"):
            level = {"h": 0, "p": 1, "i": 2}[kind]
            counters[level] += 1
            counters[level + 1 :] = [0] * (2 - level)
            label = ".".join(str(c) for c in counters[: level + 1]) + ("." if level == 0 else "")
            text = f"{label} {text}"
        if kind == "n":
            number = number + 1 if kind == previous else 1
            lines.append(f"{number}. {text}")
        elif kind == "b":
            lines.append(f"- {text}")
        elif kind in ("th", "tr"):
            lines.append("| " + " | ".join(text.split("|")) + " |")
        else:
            if previous in ("n", "b", "th", "tr"):
                lines.append("")
            prefix = {"title": "# ", "h": "## ", "cell": "| "}.get(kind, "")
            lines.append(prefix + text + (" |" if kind == "cell" else ""))
            lines.append("")
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    from build_binary import _with_fixed_zip_times

    built = [
        ("7501-docx-lo-written-own-styles-text-body-list-styles.docx", BRACKENHURST,
         "an OpenDocument in LibreOffice's own styles (Title, Heading_20_1, Text_20_body, List 1, Numbering 123) saved as Word by LibreOffice", False),
        ("7502-docx-lo-from-html-links-legislation-table.docx", OLLERBY,
         "an HTML page (h1, h2, links, a legislation table with a header row, an ordered list) saved as Word by LibreOffice", False),
        ("7503-docx-house-styles-multilevel-numbering-definitions.docx", THORNWICK,
         "house styles not based on Heading carrying a 1. / 1.1 / 1.1.1 numbering definition; numbers in no paragraph's text", True),
        ("7504-docx-heading-2-only-title-in-table-cell.docx", WEXCOMBE,
         "Heading 2 headings only, the title in the only cell of a table at the top", False),
        ("7505-docx-section-breaks-first-page-header-footnotes.docx", SALTMARSH,
         "three sections (next page, continuous breaks), different first-page header, running header and footer, footnotes", False),
    ]  # fmt: skip
    for name, blocks, about, numbered in built:
        target = HERE / name
        if name.startswith("7501"):
            _libreoffice_docx(_fodt(blocks), ".fodt", target)
        elif name.startswith("7502"):
            _libreoffice_docx(_html(blocks), ".html", target)
        elif name.startswith("7503"):
            target.write_bytes(_with_fixed_zip_times(_thornwick()))
        elif name.startswith("7504"):
            target.write_bytes(_with_fixed_zip_times(_wexcombe()))
        else:
            target.write_bytes(_with_fixed_zip_times(_saltmarsh()))
        target.with_name(name + ".md").write_text(note(blocks, about, numbered), encoding="utf-8")


if __name__ == "__main__":
    main()
