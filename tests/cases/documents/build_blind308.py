# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the documents of the 308th blind set: Word and PDF chapters as councils hold them, from
producers and habits earlier sets did not use.

    30801  Harlowby: python-docx; the title, then straight under it Word's TOC field with no label
           (switches `\\o "2-3"`, no hyperlinks: plain TOC 2 and TOC 3 entries with dot leaders and
           page numbers in the field's cached result); headings in Heading 2 and Heading 3 only
           (no Heading 1); a running header naming the council and the manual; a footer
           "Uncontrolled when printed" with a PAGE field at the right.
    30802  Cotterdale: python-docx typed by hand: the title and every heading bold Normal
           paragraphs whose numbers the editor typed ("2.3 Our values", "2.6.1 Permanence"),
           the chapter being chapter 2 of the manual; every body paragraph numbered by one Word
           list running through the document (1., 2., 3. ...), the corporate parenting principles
           at its second level ((a) to (g)); a "Document history" table at the end.
    30803  Wyckfield: python-docx printed to PDF by LibreOffice; a cover page (the council's
           logo, a picture with alt text, the title, the council, the service and "Version 4 -
           March 2026"), a contents page (a "Table of contents" label over Word's TOC field with
           hyperlinked Heading 1 and Heading 2 entries), then the chapter in Heading 1/2; a
           footer with the page number.
    30804  Brimsworth: WeasyPrint; two columns on A4, headings in coloured capitals by CSS
           (text-transform), a boxed "At a glance" summary across both columns under the title,
           a footer naming the council and the page.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind308.py
"""

from __future__ import annotations

import html
import io
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    add_grid_table,
    docx_to_pdf,
    new_docx,
    saved_docx,
    word_field,
)

SCRIPT = "build_blind308.py"
NAMES = {
    "30801": "30801-docx-toc-field-under-title-no-label-heading-2-and-3-only-running-header-uncontrolled-when-printed-footer.docx",
    "30802": "30802-docx-typed-heading-numbers-in-bold-normal-chapter-two-body-paragraphs-word-list-numbered-document-history-table.docx",
    "30803": "30803-pdf-lo-from-word-cover-page-logo-version-line-toc-field-contents-page-heading-1-and-2.pdf",
    "30804": "30804-pdf-weasyprint-two-columns-coloured-capital-headings-at-a-glance-box.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ("h2" | "h3" | "p" | "b", text)
HARLOWBY: list[tuple[str, str]] = [
    ("h2", "About this chapter"),
    ("p", "This chapter explains what Harlowby's children's services stand for and how those beliefs should show in the everyday work of our staff. It was last amended in January 2026, when the part on care leavers was rewritten with young people from the Children in Care Council."),
    ("p", "It applies to social workers, personal advisers, managers and the foster carers and providers who look after children for us."),
    ("h2", "The legal framework"),
    ("p", "The duties behind this chapter come from these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Equality Act 2010"),
    ("p", "Alongside the Acts we follow Working Together to Safeguard Children (2023), the statutory guidance on how agencies work together to protect children."),
    ("h2", "What we believe"),
    ("p", "Three beliefs sit under everything we do."),
    ("h3", "Children belong with their families"),
    ("p", "Most children are best brought up by their own parents or wider family. We will offer help early and keep offering it, so that fewer children need to come into care at all."),
    ("h3", "Every child is known as a person"),
    ("p", "We learn what matters to each child, use the words they use, and write our records so that they could read them one day without being hurt by them."),
    ("h3", "We do what we say"),
    ("p", "Children who have been let down by adults notice when we are late, when we cancel and when we forget. We keep our appointments and explain when we cannot."),
    ("h2", "Harlowby as a corporate parent"),
    ("p", "When a child comes into our care the whole council becomes their parent. The law sets out seven principles which every corporate parent must have in mind, and our Corporate Parenting Panel checks each year how well we have kept to them, asking Children Looked After and care leavers for their view."),
    ("h2", "Our practice framework"),
    ("p", "Harlowby works to the Family Partnership Model. Staff are trained to build a relationship of trust with parents, to agree goals with them and to share the work of reaching them, rather than doing things to families."),
    ("h2", "Planning for permanence"),
    ("p", "Every Child Looked After will have a plan for permanence within four months of coming into care, so that nobody waits to know where they will grow up."),
    ("h3", "Reviewing the plan"),
    ("p", "The independent reviewing officer looks at the plan at each review and raises any drift with the team manager."),
    ("h2", "Support after care"),
    ("p", "Young people leaving our care have a personal adviser until they turn 21. Anyone who asks can keep that support until they are 25, whatever they are doing."),
    ("h2", "Sharing information"),
    ("p", "We share what we know about a child only where the law allows it and it helps the child. Records are held securely, and children and care leavers can ask to see their files."),
]
HARLOWBY_TOC = [
    (2, "About this chapter", 1), (2, "The legal framework", 1), (2, "What we believe", 1),
    (3, "Children belong with their families", 1), (3, "Every child is known as a person", 2),
    (3, "We do what we say", 2), (2, "Harlowby as a corporate parent", 2),
    (2, "Our practice framework", 2), (2, "Planning for permanence", 2),
    (3, "Reviewing the plan", 2), (2, "Support after care", 2), (2, "Sharing information", 2),
]
HARLOWBY_HEADER = "Harlowby Borough Council \u2013 Children's Social Care Procedures"

COTTERDALE_TITLE = "Chapter 2 \u2013 Children's Services Policies, Values and Principles"
# ("h" | "n" | "a" | "p", text): "n" a body paragraph numbered by the list, "a" its second level
COTTERDALE: list[tuple[str, str]] = [
    ("h", "2.1 About this chapter"),
    ("n", "This chapter of the Cotterdale manual sets out the values and principles that all of our children's services work to. Other chapters explain procedures; this one explains why we work as we do."),
    ("n", "Everyone who works with Children in Care in Cotterdale should read it, including staff of the agencies we commission."),
    ("h", "2.2 The law"),
    ("n", "Our responsibilities come chiefly from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("n", "Statutory guidance explains how those duties are carried out, and managers make sure that staff know the guidance which applies to their work."),
    ("h", "2.3 Our values"),
    ("n", "We are curious about children's lives and do not assume we already know the answer."),
    ("n", "We are straightforward with families, even when what we have to say is hard to hear."),
    ("n", "We work with a family's strengths and its own network before we look elsewhere."),
    ("h", "2.4 Working with others"),
    ("n", "No single agency can keep a child safe. We work closely with schools, health services, the police and the voluntary sector through the Cotterdale Safeguarding Children Partnership, and we expect our partners to tell us when they are worried."),
    ("h", "2.5 Our duties as corporate parent"),
    ("n", "The council, as corporate parent of every child in its care and every care leaver, must have regard to the need:"),
    ("a", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("a", "to encourage them to express their views, wishes and feelings;"),
    ("a", "to take those views, wishes and feelings into account;"),
    ("a", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("a", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("a", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("a", "to prepare them for adulthood and independent living."),
    ("h", "2.6 Principles of practice"),
    ("n", "Two principles guide how we plan for Children in Care."),
    ("h", "2.6.1 Permanence"),
    ("n", "A child's permanence plan is agreed within 3 months of their becoming looked after and is checked at every review until it has been achieved."),
    ("h", "2.6.2 Leaving care"),
    ("n", "Every care leaver is entitled to a personal adviser up to the age of 25, whether or not they are in education, training or work."),
    ("h", "2.7 How we work with families"),
    ("n", "Cotterdale's social workers are trained in Motivational Social Work. They use reflective listening and open questions to help parents find their own reasons to change, and they are supervised in the same way."),
    ("h", "2.8 Confidentiality"),
    ("n", "Information is shared on a need-to-know basis and in line with data protection law. If we are unsure whether to share, we ask a manager and record the decision and the reason for it."),
]
COTTERDALE_HISTORY = [
    ("Version", "Date", "Summary of changes", "Approved by"),
    ("1.0", "12 March 2019", "New chapter", "Director of Children's Services"),
    ("2.0", "30 June 2022", "Rewritten after the practice review", "Director of Children's Services"),
    ("3.0", "8 September 2024", "Corporate parenting duties added", "Assistant Director"),
    ("3.2", "14 November 2025", "Leaving care support extended to 25 for everyone", "Assistant Director"),
]

WYCKFIELD_COVER = ["Wyckfield District Council", "Children's Social Care", "Version 4 \u2013 March 2026"]
# ("h1" | "h2" | "p" | "n" | "b", text)
WYCKFIELD: list[tuple[str, str]] = [
    ("h1", "Introduction"),
    ("p", "This chapter brings together the values and principles that guide Wyckfield's work with children, young people and families. It applies to every member of the children's social care workforce and is the starting point for all other chapters in the manual."),
    ("h2", "The law we work under"),
    ("p", "The chapter is written to meet the requirements of:"),
    ("n", "the Children Act 1989;"),
    ("n", "the Children (Leaving Care) Act 2000;"),
    ("n", "the Children Act 2004;"),
    ("n", "the Children and Families Act 2014;"),
    ("n", "the Children and Social Work Act 2017;"),
    ("n", "the Care Planning, Placement and Case Review (England) Regulations 2010."),
    ("h1", "Our vision"),
    ("p", "We want Wyckfield to be a place where children grow up safe, healthy and hopeful, and where families can ask for help without fear of being judged."),
    ("h1", "Our values"),
    ("p", "We put children's interests first. We treat families with respect and tell them the truth. We take responsibility for our decisions and learn when we get things wrong."),
    ("h1", "Partnership working"),
    ("p", "We cannot do this work alone. Health visitors, schools, the police, housing and the voluntary sector all hold part of the picture, and we agree with them, through the local safeguarding arrangements, how we share concerns and plan together."),
    ("h1", "Corporate parenting"),
    ("p", "Wyckfield District Council is the corporate parent of all Looked After Children and care leavers. Members and officers apply the seven corporate parenting principles to every decision that affects them, and the Corporate Parenting Board reports on this to full council each year."),
    ("h1", "Family Safeguarding"),
    ("p", "Since 2022 Wyckfield has used the Family Safeguarding model. Social workers share their teams with adult mental health, substance misuse and domestic abuse workers, so that parents get help with the problems behind the risk to their children."),
    ("h1", "Key principles"),
    ("h2", "Permanence"),
    ("p", "Each Looked After Child will have a permanence plan within six months of entering care, agreed with them where they are old enough to take part."),
    ("h2", "Leaving care"),
    ("p", "A personal adviser will stay in touch with each care leaver until they are 21, and until they are 25 if they are in education or training."),
    ("h1", "Information sharing"),
    ("p", "Information about a child or family is shared only when it is lawful, necessary and proportionate. Staff follow the council's information governance policy and record what they share, with whom and why."),
]
WYCKFIELD_TOC = [
    (1, "Introduction", 3), (2, "The law we work under", 3), (1, "Our vision", 3),
    (1, "Our values", 3), (1, "Partnership working", 3), (1, "Corporate parenting", 3),
    (1, "Family Safeguarding", 4), (1, "Key principles", 4), (2, "Permanence", 4),
    (2, "Leaving care", 4), (1, "Information sharing", 4),
]

BRIMSWORTH_COUNCIL = "Brimsworth City Council"
BRIMSWORTH_GLANCE = [
    ("Who it is for", "everyone who works with cared for children and care leavers in Brimsworth"),
    ("Owner", "Assistant Director, Children's Social Care"),
    ("Last amended", "5 February 2026"),
    ("Read with", "the Brimsworth care leavers' local offer"),
]
# ("h" | "p" | "b", text)
BRIMSWORTH: list[tuple[str, str]] = [
    ("h", "About this chapter"),
    ("p", "This chapter says what Brimsworth City Council believes about caring for children and how those beliefs should shape each decision we make. It is short on purpose: the procedures in other chapters fill in the detail."),
    ("h", "The law"),
    ("p", "Our duties are set by the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("h", "Our promises to children"),
    ("p", "We will listen to you and tell you what we have decided and why. We will help you stay in touch with the people who matter to you. We will not move you unless we have to, and if we must, we will explain it to you first."),
    ("h", "Being a good corporate parent"),
    ("p", "Everyone at the council shares the job of parenting our cared for children. In all we do for them we will:"),
    ("b", "act in their best interests and look after their health and well-being;"),
    ("b", "encourage them to tell us their views, wishes and feelings;"),
    ("b", "take account of what they tell us;"),
    ("b", "help them to find and use the services they need;"),
    ("b", "aim high for them and expect the best outcomes;"),
    ("b", "make sure they are safe and settled at home, in relationships and at school or work;"),
    ("b", "get them ready for adult life and living on their own."),
    ("h", "Strengthening Families"),
    ("p", "Brimsworth's practice model is Strengthening Families. Child protection conferences and plans are built around what is going well, what we are worried about and what needs to happen, written in words that families understand."),
    ("h", "What we want for children"),
    ("p", "We want our children to be healthy, to be safe, to enjoy learning and to do well at it, to have a voice in their own lives, and to leave our care ready for work, study and a home of their own."),
    ("h", "Permanence"),
    ("p", "A plan for permanence is made no more than five months after a child comes into care."),
    ("h", "Leaving care"),
    ("p", "Care leavers keep a personal adviser until they reach 21, and until 25 where they ask for it."),
    ("h", "Keeping information safe"),
    ("p", "We share information only when the law allows and it is in the child's interests, and we keep records secure and accurate."),
]
# fmt: on


def _style_tabs(paragraph: Any, width: Any) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

    paragraph.paragraph_format.tab_stops.add_tab_stop(
        width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )


def _field_begin(paragraph: Any, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for part in ("begin", "instruction", "separate"):
        run = paragraph.add_run()
        if part == "instruction":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), part)
            run._r.append(mark)


def _field_end(paragraph: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(mark)


def _toc_style(document: Any, level: int) -> Any:
    """Word's built-in "toc N" paragraph style (python-docx's template has none)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Mm, Pt

    name = f"toc {level}"
    try:
        return document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Mm(5 * (level - 1))
        style.paragraph_format.space_after = Pt(3)
        return style


def _toc(
    document: Any, entries: list[tuple[int, str, int]], instruction: str, hyperlinks: bool
) -> None:
    """Word's TOC field as Word leaves it after an update: the field's code in the first entry,
    each entry a paragraph in its "toc N" style with a dot-leader tab and the page number, the
    field's end after the last entry."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    for index, (level, text, page) in enumerate(entries):
        paragraph = document.add_paragraph(style=_toc_style(document, level))
        _style_tabs(paragraph, width)
        if index == 0:
            _field_begin(paragraph, instruction)
        safe = html.escape(text, quote=False)
        runs = f'<w:r><w:t xml:space="preserve">{safe}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r>'
        if hyperlinks:
            anchor = f"_Toc1875{index:05d}"
            paragraph._p.append(
                parse_xml(
                    f'<w:hyperlink {nsdecls("w")} w:anchor="{anchor}" w:history="1">{runs}</w:hyperlink>'
                )
            )
        else:
            for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
                paragraph._p.append(run)
        if index == len(entries) - 1:
            _field_end(paragraph)


def _bookmark(paragraph: Any, index: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    name = f"_Toc1875{index:05d}"
    paragraph._p.insert(
        1 if paragraph._p.pPr is not None else 0,
        parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{index}" w:name="{name}"/>'),
    )
    paragraph._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{index}"/>'))


def harlowby() -> bytes:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    document = new_docx()
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.add_run(HARLOWBY_HEADER).font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run("Uncontrolled when printed\t").font.size = Pt(9)
    word_field(footer, "PAGE", "1")

    document.add_paragraph(TITLE, style="Title")
    _toc(document, HARLOWBY_TOC, 'TOC \\o "2-3" \\u', hyperlinks=False)
    for kind, text in HARLOWBY:
        if kind == "h2":
            document.add_paragraph(text, style="Heading 2")
        elif kind == "h3":
            document.add_paragraph(text, style="Heading 3")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _harlowby_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx; a TOC field with no label under the title, Heading 2/3 only, running header, footer 'Uncontrolled when printed' and page number",
        "",
        f"(running header: {HARLOWBY_HEADER})",
        "",
        f"# {TITLE}",
        "",
    ]
    for level, text, page in HARLOWBY_TOC:
        lines.append(("    " if level == 3 else "") + f"{text} ........ {page}")
    lines.append("")
    previous = ""
    for kind, text in HARLOWBY:
        if kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            lines += [{"h2": "## ", "h3": "### "}.get(kind, "") + text, ""]
        previous = kind
    lines += ["", "(footer: Uncontrolled when printed <tab> page number)"]
    return "\n".join(lines).rstrip("\n") + "\n"


def _cotterdale_numbering(document: Any) -> int:
    """One Word list for the body paragraphs: "1." at the first level, "(a)" at the second."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="83">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = next(iter(numbering.findall(qn("w:num"))), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="83"><w:abstractNumId w:val="83"/></w:num>')
    )
    return 83


def _number(paragraph: Any, num_id: int, level: int) -> None:
    properties = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    properties.get_or_add_ilvl().val = level
    properties.get_or_add_numId().val = num_id


def cotterdale() -> bytes:
    from docx.shared import Pt

    document = new_docx()
    title = document.add_paragraph()
    run = title.add_run(COTTERDALE_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    council = document.add_paragraph().add_run("Cotterdale Metropolitan Borough Council")
    council.italic = True
    num_id = _cotterdale_numbering(document)
    for kind, text in COTTERDALE:
        if kind == "h":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.keep_with_next = True
            paragraph.add_run(text).bold = True
        elif kind in ("n", "a"):
            paragraph = document.add_paragraph(text)
            _number(paragraph, num_id, 0 if kind == "n" else 1)
        else:
            document.add_paragraph(text)
    heading = document.add_paragraph()
    heading.paragraph_format.space_before = Pt(18)
    heading.add_run("Document history").bold = True
    add_grid_table(document, COTTERDALE_HISTORY, bold_header=True)
    return saved_docx(document)


def _cotterdale_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx; bold Normal headings with typed numbers, body paragraphs numbered by one Word list, document history table",
        "",
        f"**{COTTERDALE_TITLE}**",
        "",
        "*Cotterdale Metropolitan Borough Council*",
        "",
    ]
    number = letter = 0
    for kind, text in COTTERDALE:
        if kind == "h":
            if letter:
                lines.append("")
            letter = 0
            lines += [f"**{text}**", ""]
        elif kind == "n":
            if letter:
                lines.append("")
            number, letter = number + 1, 0
            lines += [f"{number}. {text}", ""]
        else:
            letter += 1
            if letter == 1 and lines[-1] == "":
                pass
            lines.append(f"    ({chr(96 + letter)}) {text}")
    lines += ["", "**Document history**", ""]
    lines += ["| " + " | ".join(row) + " |" for row in COTTERDALE_HISTORY]
    return "\n".join(lines).rstrip("\n") + "\n"


def _crest_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (200, 200), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.polygon(
        [(100, 10), (185, 50), (170, 150), (100, 190), (30, 150), (15, 50)], fill=(92, 35, 110)
    )
    draw.ellipse((70, 60, 130, 120), fill=(240, 200, 60))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def wyckfield() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    document = new_docx()
    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    word_field(footer, "PAGE", "1")

    logo = document.add_paragraph()
    logo.alignment = WD_ALIGN_PARAGRAPH.CENTER
    logo.paragraph_format.space_before = Pt(60)
    logo.add_run().add_picture(io.BytesIO(_crest_png()), width=Mm(35))
    logo._p.xpath(".//wp:docPr")[0].set("descr", "Wyckfield District Council crest")
    title = document.add_paragraph(TITLE, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(36)
    for index, line in enumerate(WYCKFIELD_COVER):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(150 if index == 2 else 6)
        run = paragraph.add_run(line)
        run.font.size = Pt(14 if index < 2 else 12)
        run.bold = index == 0
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    label = document.add_paragraph()
    label.paragraph_format.space_after = Pt(12)
    label_run = label.add_run("Table of contents")
    label_run.bold = True
    label_run.font.size = Pt(16)
    _toc(document, WYCKFIELD_TOC, 'TOC \\o "1-2" \\h \\z \\u', hyperlinks=True)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    heading_index = 0
    for kind, text in WYCKFIELD:
        if kind in ("h1", "h2"):
            paragraph = document.add_paragraph(
                text, style="Heading 1" if kind == "h1" else "Heading 2"
            )
            _bookmark(paragraph, heading_index)
            heading_index += 1
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            paragraph = document.add_paragraph(text)
            paragraph.paragraph_format.space_after = Pt(8)
    return saved_docx(document)


def _wyckfield_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx printed to PDF by LibreOffice; cover page with crest (alt text), title, council and version line; contents page from a TOC field; Heading 1/2; page-number footer",
        "",
        "[picture: Wyckfield District Council crest]",
        "",
        f"# {TITLE}",
        "",
    ]
    for line in WYCKFIELD_COVER:
        lines += [line, ""]
    lines += ["(page break)", "", "**Table of contents**", ""]
    for level, text, page in WYCKFIELD_TOC:
        lines.append(("    " if level == 2 else "") + f"{text} ........ {page}")
    lines += ["", "(page break)", ""]
    number = 0
    previous = ""
    for kind, text in WYCKFIELD:
        if kind == "n":
            number += 1
            lines.append(f"{number}. {text}")
        else:
            if previous == "n":
                lines.append("")
            lines += [{"h1": "## ", "h2": "### "}.get(kind, "") + text, ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


BRIMSWORTH_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-left { content: "Brimsworth City Council \\2013  Children's Services"; font: 8pt 'DejaVu Sans', sans-serif; color: #555; }
  @bottom-right { content: "page " counter(page); font: 8pt 'DejaVu Sans', sans-serif; color: #555; } }
body { font: 10pt/1.4 'DejaVu Serif', serif; color: #222; }
h1 { font: bold 22pt 'DejaVu Sans', sans-serif; color: #7a1f5c; margin: 0 0 2mm 0; }
p.council { font: 12pt 'DejaVu Sans', sans-serif; color: #444; margin: 0 0 5mm 0; }
div.glance { border: 1.5pt solid #7a1f5c; background: #f7edf3; padding: 3mm 5mm; margin: 0 0 6mm 0; }
div.glance h2 { font: bold 12pt 'DejaVu Sans', sans-serif; color: #7a1f5c; margin: 0 0 2mm 0; }
div.glance p { margin: 0 0 1mm 0; font-size: 9.5pt; }
div.columns { column-count: 2; column-gap: 8mm; }
div.columns h2 { font: bold 10.5pt 'DejaVu Sans', sans-serif; text-transform: uppercase; letter-spacing: 0.4pt; color: #1b6f7a; margin: 4mm 0 1.5mm 0; break-after: avoid; }
div.columns p { margin: 0 0 2mm 0; text-align: left; }
ul { margin: 0 0 2mm 0; padding-left: 5mm; }
li { margin: 0 0 1mm 0; }
"""


def brimsworth() -> bytes:
    import weasyprint

    parts = [
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(TITLE)}</title>",
        f"<style>{BRIMSWORTH_CSS}</style></head><body>",
        f"<h1>{html.escape(TITLE)}</h1>",
        f"<p class='council'>{BRIMSWORTH_COUNCIL}</p>",
        "<div class='glance'><h2>At a glance</h2>",
    ]
    for label, value in BRIMSWORTH_GLANCE:
        parts.append(f"<p><b>{html.escape(label)}:</b> {html.escape(value)}</p>")
    parts.append("</div><div class='columns'>")
    in_list = False
    for kind, text in BRIMSWORTH:
        if kind == "b" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif kind != "b" and in_list:
            parts.append("</ul>")
            in_list = False
        tag = {"h": "h2", "b": "li"}.get(kind, "p")
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    if in_list:
        parts.append("</ul>")
    parts.append("</div></body></html>")
    return bytes(weasyprint.HTML(string="".join(parts)).write_pdf())


def _brimsworth_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: WeasyPrint; two columns, headings in coloured capitals (CSS uppercase; written here as the author typed them), a boxed At a glance summary, footer with council and page",
        "",
        f"# {TITLE}",
        "",
        BRIMSWORTH_COUNCIL,
        "",
        "### At a glance (boxed, across both columns)",
        "",
    ]
    for label, value in BRIMSWORTH_GLANCE:
        lines += [f"**{label}:** {value}", ""]
    lines += ["(two columns from here)", ""]
    previous = ""
    for kind, text in BRIMSWORTH:
        if kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            lines += [("## " + text) if kind == "h" else text, ""]
        previous = kind
    lines += ["(footer: Brimsworth City Council \u2013 Children's Services | page N)"]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAMES["30801"]).write_bytes(harlowby())
    (HERE / (NAMES["30801"] + ".md")).write_text(_harlowby_note(), encoding="utf-8")
    (HERE / NAMES["30802"]).write_bytes(cotterdale())
    (HERE / (NAMES["30802"] + ".md")).write_text(_cotterdale_note(), encoding="utf-8")
    docx_to_pdf(wyckfield(), HERE / NAMES["30803"])
    (HERE / (NAMES["30803"] + ".md")).write_text(_wyckfield_note(), encoding="utf-8")
    (HERE / NAMES["30804"]).write_bytes(brimsworth())
    (HERE / (NAMES["30804"] + ".md")).write_text(_brimsworth_note(), encoding="utf-8")
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
