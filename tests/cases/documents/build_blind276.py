# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the 276th blind set (27601-27604): four whole children's-services policy chapters of
invented councils as PDFs whose text layers carry what typeset PDFs carry and earlier PDF sets
(blind160, blind243, blind259) did not stress.

    27601  Ravelsby: WeasyPrint, a serif face set justified with automatic hyphenation
           (`hyphens: auto`, en-GB) and its fi/fl ligatures, headings in CSS small capitals,
           bullets drawn from OpenSymbol with a hanging indent, the chapter's title as a
           running header, a "Page N" footer, footnotes at the page foot, a heading that falls
           at the foot of a page with its body on the next.
    27602  Thurnmoor: a python-docx Word file printed by LibreOffice, justified DejaVu Serif
           body, Heading 1 headings letter-spaced (expanded character spacing) and not kept
           with the next paragraph, List Bullet bullets (Symbol font) with a hanging indent,
           the chapter's title in the page header and a "Page N" footer (a PAGE field).
    27603  Stannick: fpdf2, no headings after the title, justified text hyphenated at the
           line ends (soft hyphens fpdf2 breaks at), ZapfDingbats bullets with a hanging
           indent, the chapter's title as a running header, a "Page N" footer.
    27604  Hexhope: Chromium print of an HTML page, headings upper-cased and letter-spaced by
           CSS, justified text with soft hyphens, bullets as Word's "Save as web page" writes
           them (a Symbol-font dot, spaces, a negative text indent), raised note marks with
           the notes at the end, the chapter's title as the print header, a "Page N" footer.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind276.py [27601 ...]
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx, word_field  # noqa: E402

SCRIPT = "build_blind276.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]
NOTE = re.compile(r"\[\^([^\]]+)\]")

# Block kinds: "title", "line" (a council's line under the title), "h" heading, "p" paragraph,
# "b" bullet. "[^text]" in a paragraph is a note where its mark stands.

# fmt: off
# ---------------------------------------------------------------- 27601 Ravelsby, WeasyPrint
RAVE: Blocks = [
    ("title", TITLE),
    ("line", "Ravelsby Metropolitan Borough Council: Children's Services Procedures Manual"),
    ("h", "Scope of this chapter"),
    ("p", "This chapter sets out the beliefs and principles that shape the way Ravelsby Metropolitan Borough Council works with children, young people and their families. It applies to every officer in children's social care, early help, fostering and residential services, and to the providers who deliver services on our behalf. It should be read alongside the more detailed procedures that follow it in this manual. The chapter was amended in January 2026, chiefly to reflect the council's revised sufficiency strategy and the flexible offer now made to care leavers.[^The previous version, issued in September 2023, has been withdrawn and should not be relied upon.]"),
    ("h", "The law we work within"),
    ("p", "Our duties towards children and families flow chiefly from the following legislation, which staff are expected to know in outline:"),
    ("b", "the Children Act 1989;[^Part 3 and Schedule 2 in particular, which describe the support a council gives to children in need and their families.]"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017;"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010."),
    ("p", "The statutory guidance issued under these instruments, including Working Together to Safeguard Children, is reflected throughout the procedures in this manual."),
    ("h", "What we believe"),
    ("p", "We believe that most children are best brought up by their own families, and that families are entitled to the help that makes this possible. Where children cannot live safely at home, we look first to relatives and friends who already know and love them. We are honest with families about our concerns, we listen carefully to what they tell us, and we try to make our decisions in a way that families can understand even when they do not agree with them. We value difference, and we expect our staff to challenge discrimination wherever they find it."),
    ("p", "We believe that children should be known well by the adults who work with them. We try to keep the same social worker with a child for as long as possible, and when a change cannot be avoided we make sure the child meets the new worker before the old one leaves."),
    ("h", "Being a good corporate parent"),
    ("p", "When a child comes into the care of the council, every councillor and every officer shares in the responsibility of being that child's parent. In carrying out our functions we must have regard to the need:"),
    ("b", "to act in the best interests, and promote the physical and mental health and well-being, of children looked after and care leavers;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take into account those views, wishes and feelings;"),
    ("b", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("b", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("p", "The Corporate Parenting Board, chaired by the Lead Member for Children, checks how well we meet these principles and hears directly from children looked after through the Children in Care Council."),
    ("h", "How we practise"),
    ("p", "Ravelsby has used Signs of Safety as its practice framework since 2019. It gives families, their networks and professionals a shared language for talking about what is working well, what we are worried about and what needs to happen next. Safety plans are written with families, in words that the family themselves would use, and they are reviewed as often as the family's circumstances change. Practitioners are supported in the framework through group supervision and practice leads in each team."),
    ("h", "Working with other agencies"),
    ("p", "Keeping children safe is not something the council can do on its own. Schools, health services, the police and the voluntary sector all see children we may never meet, and we rely on them to share their worries with us early. We expect every professional to ask for help when they are unsure rather than wait for a crisis."),
    ("h", "Planning for permanence"),
    ("p", "Every child looked after needs a plan that gives them a secure, stable and loving home for the rest of their childhood. The plan may be a return home, a placement with family or friends under a special guardianship order, long-term fostering or adoption. A plan for permanence must be agreed at the child's second statutory review, and in any event within three months of the child coming into care, so that no child drifts while decisions are delayed."),
    ("p", "We keep brothers and sisters together wherever this is in their interests, and where it is not, we plan for them to stay in touch in ways that each of them finds comfortable."),
    ("h", "Support after care"),
    ("p", "Young people do not stop needing a parent when they turn 18, and neither do care leavers. Every care leaver in Ravelsby is offered a personal adviser until they reach the age of 21, and can keep that support, or ask for it again, at any point until they are 25 if they ask for it. Their pathway plan sets out the help they will receive with housing, money, education, training, employment and their health, and it is reviewed at least every six months."),
    ("p", "Care leavers who want to stay with their foster carers after they turn 18 can do so under a Staying Put arrangement until they are 21, and the council pays their carers an allowance to make this possible."),
    ("h", "Confidentiality and sharing information"),
    ("p", "Families have a right to expect that what they tell us will be treated as confidential. We share information with other agencies only where the law allows it,[^Including the Data Protection Act 2018 and the UK General Data Protection Regulation.] where it is needed to protect a child from significant harm, or where the family has agreed. We tell families what we have shared and why, unless doing so would put a child at risk, and we record every decision to share information and the reasons for it."),
]


def ravelsby(target: Path) -> None:
    from weasyprint import HTML

    out: list[str] = []
    in_list = False
    for kind, text in RAVE:
        if in_list and kind != "b":
            out.append("</ul>")
            in_list = False
        inline = "".join(
            f'<span class="fn">{html.escape(part)}</span>' if index % 2 else html.escape(part)
            for index, part in enumerate(NOTE.split(text))
        )
        if kind == "b":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{inline}</li>")
        elif kind == "title":
            out.append(f"<h1>{inline}</h1>")
        elif kind == "line":
            out.append(f'<p class="council">{inline}</p>')
        elif kind == "h":
            out.append(f'<p class="head">{inline}</p>')
        else:
            out.append(f"<p>{inline}</p>")
    if in_list:
        out.append("</ul>")
    css = """
@page { size: A4; margin: 26mm 27mm 26mm 27mm;
  @top-center { content: "Children\\2019s Services Policies, Values and Principles"; font: italic 8.5pt 'DejaVu Serif'; color: #444; }
  @bottom-right { content: "Page " counter(page); font: 8.5pt 'DejaVu Serif'; }
  @footnote { border-top: 0.5pt solid #888; padding-top: 1mm; } }
html { hyphens: auto; }
body { font: 10.5pt/1.45 'DejaVu Serif', serif; }
h1 { font: bold 17pt/1.2 'DejaVu Serif'; margin: 0 0 1mm; hyphens: manual; }
p { margin: 0 0 2.6mm; text-align: justify; break-inside: avoid; }
p.council { font-style: italic; margin-bottom: 8mm; text-align: left; }
p.head { font-variant: small-caps; font-weight: bold; font-size: 12pt; margin: 5mm 0 1.5mm; text-align: left; hyphens: manual; }
p.head.spaced { margin-top: 11mm; }
ul { list-style: none; margin: 0 0 2.6mm; padding-left: 7mm; }
li { text-align: justify; margin-bottom: 0.8mm; text-indent: -4.5mm; }
li::before { content: "\\25AA"; font-family: 'OpenSymbol'; display: inline-block; width: 4.5mm; text-indent: 0; }
.fn { float: footnote; font-size: 8pt; text-align: left; }
::footnote-call { font-size: 7pt; vertical-align: super; }
::footnote-marker { font-size: 7pt; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>"
        + "\n".join(out)
        + "</body></html>"
    )
    HTML(string=document).write_pdf(str(target))


# ---------------------------------------------------------------- 27602 Thurnmoor, Word via LibreOffice
THUR: Blocks = [
    ("title", TITLE),
    ("line", "Thurnmoor Council | Children's Social Care"),
    ("h", "About this chapter"),
    ("p", "This chapter describes the values and principles that Thurnmoor Council's children's social care service follows in its work with children, young people and families. It is written for social workers, team managers and the staff of our commissioned services. This chapter was last amended in March 2026, when the section on leaving care was rewritten with the help of the council's care-experienced young people."),
    ("h", "Legal framework"),
    ("p", "The chapter draws on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("p", "Working Together to Safeguard Children (2023) is the statutory guidance that sets out how agencies must work together, and our local safeguarding arrangements are built on it."),
    ("h", "Our vision"),
    ("p", "Our vision is for every child in Thurnmoor to grow up safe, healthy and happy, in a family where they feel they belong, with the confidence and skills to make the most of their lives. We want care leavers to find the council a reliable, flexible and faithful parent."),
    ("h", "Our values"),
    ("p", "Four values guide everything we do:"),
    ("b", "We put children first, and we listen to them before we make decisions about their lives."),
    ("b", "We work with families, not on them, and we build on the strengths they already have."),
    ("b", "We are open and honest, even when the conversation is a difficult one."),
    ("b", "We are ambitious for every child we work with."),
    ("h", "Corporate parenting"),
    ("p", "The whole council is the corporate parent of every child in its care. Councillors and officers must have regard to the seven corporate parenting principles in all the decisions they make about children in care and care leavers, whether those decisions are about housing, leisure, employment or school places. The Corporate Parenting Panel meets every two months and includes members of our Children in Care Council, who set part of its agenda."),
    ("h", "Family Safeguarding"),
    ("p", "Thurnmoor has worked to the Family Safeguarding model since 2022. Social workers share their caseloads with specialist adult workers who help parents with substance misuse, domestic abuse and mental health difficulties, so that the problems that most often lead to children coming into care are tackled directly. The model uses motivational interviewing and a single, shared family plan, and its workbooks are used in every assessment."),
    ("h", "Permanence and stability"),
    ("p", "Children need to know where they will grow up. When a child comes into care, the social worker begins planning for permanence straight away, and the plan for permanence should be confirmed within six months of the child becoming looked after. Where a child cannot return home, we consider care by relatives and friends before any other placement, and we seek an order that secures the arrangement when it is in the child's interests."),
    ("p", "Stability matters as much as permanence. We try to avoid moves of placement and of school, and we offer carers the support they need to keep children through difficult periods."),
    ("h", "Leaving care"),
    ("p", "Each young person leaving care has a personal adviser until the age of 21, and up to their 25th birthday if they are in education or training. Advisers help care leavers to find somewhere to live, to manage their money, to stay in learning or find work, and to keep in touch with the people who matter to them. Care leavers are exempt from council tax in Thurnmoor until they turn 25."),
    ("h", "Information sharing"),
    ("p", "We share information only where it is lawful, necessary and proportionate, and where possible with the agreement of the family. Where a child may be at risk of significant harm, the child's safety comes first and information will be shared without consent. Every decision to share, or not to share, is recorded on the child's file with the reasons for it."),
]


def _letter_spaced(run: Any, twentieths: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(twentieths))
    run._r.get_or_add_rPr().append(spacing)


def thurnmoor_docx() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    document = new_docx()
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Serif"
    normal.font.size = Pt(10.5)
    heading = document.styles["Heading 1"]
    heading.font.name = "DejaVu Sans"
    heading.font.size = Pt(12)
    heading.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    heading.paragraph_format.keep_with_next = False
    heading.paragraph_format.space_before = Pt(14)
    title_style = document.styles["Title"]
    title_style.font.name = "DejaVu Sans"
    title_style.font.size = Pt(20)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = TITLE
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.runs[0].font.size = Pt(8)
    header.runs[0].italic = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    for kind, text in THUR:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "line":
            paragraph = document.add_paragraph()
            paragraph.add_run(text).bold = True
        elif kind == "h":
            paragraph = document.add_paragraph(style="Heading 1")
            _letter_spaced(paragraph.add_run(text), 60)
        elif kind == "b":
            paragraph = document.add_paragraph(text, style="List Bullet")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            paragraph = document.add_paragraph(text)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.keep_together = True
    return saved_docx(document)


def thurnmoor(target: Path) -> None:
    docx_to_pdf(thurnmoor_docx(), target)


# ---------------------------------------------------------------- 27603 Stannick, fpdf2 with no headings
STAN: Blocks = [
    ("title", TITLE),
    ("line", "Stannick Borough Council"),
    ("p", "This chapter applies to everyone who works in Stannick Borough Council's children's services, whether in the council's own teams or in services we commission, and to the councillors who oversee them. It explains what we are trying to achieve for children and the principles we expect to see in everyday practice. It was last amended in August 2025."),
    ("p", "Our work rests on three Acts of Parliament: the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017. Between them they set out our duties to children in need, to children we look after and to young people leaving our care, and the way in which local agencies must cooperate to keep children safe."),
    ("p", "We believe that children do best when they are brought up within their own families and communities. We offer help early, before difficulties become entrenched, and we treat parents as partners who know their children better than we do. We are respectful, reliable and straightforward in the way we deal with families, and we expect the same of the agencies we work with."),
    ("p", "The council is the corporate parent of every Looked After Child in Stannick. As corporate parents, councillors and officers must have regard to the need to:"),
    ("b", "act in the best interests of Looked After Children and care leavers and promote their physical and mental health and well-being;"),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take those views, wishes and feelings into account;"),
    ("b", "help them to gain access to, and make the best use of, the services on offer to them;"),
    ("b", "promote high aspirations and seek to secure the best outcomes for them;"),
    ("b", "keep them safe and give them stability in their home lives, relationships and education or work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("p", "Stannick's social workers are trained in Restorative Practice, which means working with families rather than doing things to them or for them. Practitioners use high support together with high challenge, and family group conferences are offered to every family before a child comes into care, so that the wider family can make its own plan first."),
    ("p", "No child should wait for a settled home. For every Looked After Child a plan for permanence is agreed within four months of the child entering care, and it is tested at each review to make sure it is still the right plan and is happening without delay. Brothers and sisters are placed together unless there is a clear reason not to."),
    ("p", "Young people leaving our care are supported by a personal adviser until they reach 21, or 25 if they are still in education or training. Each care leaver has a pathway plan that is reviewed with them, and they can choose to stay with their foster carers under a Staying Put arrangement."),
    ("p", "Information about children and families is shared with other professionals only where it is necessary to keep a child safe or to meet the child's needs, and only as much as is needed. Families are told what has been shared, with whom and why, unless telling them would place a child at greater risk."),
]


def _hyphenable(text: str) -> str:
    """Soft hyphens at the breaks pyphen finds, so that fpdf2 hyphenates justified lines."""
    import pyphen

    dictionary = pyphen.Pyphen(lang="en_GB")
    return re.sub(
        r"[A-Za-z]{7,}", lambda match: dictionary.inserted(match[0], hyphen="\u00ad"), text
    )


def stannick(target: Path) -> None:
    from fpdf import FPDF

    class Chapter(FPDF):
        def header(self) -> None:
            self.set_font("Times", "I", 8.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 6, TITLE, align="C")
            self.ln(12)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-16)
            self.set_font("Times", "", 9)
            self.cell(0, 6, f"Page {self.page_no()}", align="R")

    pdf = Chapter(format="A4")
    pdf.set_creator("fpdf2")
    pdf.set_margins(26, 22, 26)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()
    previous = ""
    for kind, text in STAN:
        text = text.replace("\u2019", "'")
        if kind == "title":
            pdf.set_font("Times", "B", 18)
            pdf.multi_cell(0, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "line":
            pdf.set_font("Times", "I", 11)
            pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        elif kind == "b":
            pdf.set_font("ZapfDingbats", "", 6)
            y = pdf.get_y()
            pdf.set_x(34)
            pdf.cell(4, 5.4, "l")
            pdf.set_font("Times", "", 11)
            pdf.set_xy(39, y)
            pdf.multi_cell(0, 5.4, _hyphenable(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        else:
            if previous == "b":
                pdf.ln(2.4)
            pdf.set_font("Times", "", 11)
            pdf.multi_cell(0, 5.4, _hyphenable(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.2)
        previous = kind
    pdf.output(str(target))


# ---------------------------------------------------------------- 27604 Hexhope, Chromium print
HEXH: Blocks = [
    ("title", TITLE),
    ("line", "Hexhope Council - Children and Young People's Service"),
    ("h", "When this chapter changed"),
    ("p", "This chapter was updated in November 2025.[^Earlier versions were issued in June 2022 and April 2024.] The main change is that a plan for permanence must now be agreed within four months of a child coming into care, so that decisions about where a child will grow up are made sooner. The chapter applies to all staff in the Children and Young People's Service and to the officers of other council departments who work with children who are looked after."),
    ("h", "Legislation and guidance"),
    ("p", "The legislation that governs our work includes:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("p", "Working Together to Safeguard Children (2023) is the statutory guidance that describes how professionals and organisations must work together to safeguard children, and our procedures follow it."),
    ("h", "Our values"),
    ("p", "We listen to children and take what they say seriously. We are fair, we are reliable, and we do what we say we will do. We recognise the strengths in every family, we are curious about what lies behind the difficulties families face, and we find it unacceptable for children to be treated differently because of who they are or where they come from."),
    ("h", "Corporate parenting"),
    ("p", "Hexhope Council is the corporate parent of every child who is looked after by it and of every care leaver. All councillors and officers must have regard to the seven corporate parenting principles[^Set out in section 1 of the Children and Social Work Act 2017.] whenever they exercise a function that affects these children and young people, and the Corporate Parenting Committee reports on how well we meet them each year."),
    ("h", "Our practice model"),
    ("p", "Hexhope's practice model is Systemic Practice. Social workers are trained to look at the relationships and patterns around a child, not only at individual behaviour, and they work in small units with a consultant social worker and a clinician who share responsibility for the families they support. Reflective group supervision keeps the model alive in day-to-day work."),
    ("h", "Permanence"),
    ("p", "Every child who is looked after should have a permanent home as soon as possible. A plan for permanence is agreed within six months of the child becoming looked after, whether the plan is for the child to return to their parents, to live with relatives, to be adopted or to stay in long-term foster care. Independent reviewing officers check at every review that the plan is on track."),
    ("h", "Care leavers"),
    ("p", "Care leavers have a personal adviser until they are 21, and until they are 25 if they want one. The adviser helps them to put together a pathway plan and to carry it out, and stays in touch with them however often they want. Hexhope's local offer for care leavers describes the financial help, housing and support with education and employment that they can expect."),
    ("h", "Sharing information"),
    ("p", "Good decisions about children depend on professionals sharing what they know. We share information in line with the law and our information sharing agreement with partners, and we keep families informed about what we share and why, unless this would increase the risk to a child. Sharing information in order to keep a child safe is never a breach of confidentiality."),
]
# fmt: on


def hexhope(target: Path) -> None:
    import pyphen
    from playwright.sync_api import sync_playwright

    dictionary = pyphen.Pyphen(lang="en_GB")

    def shy(text: str) -> str:
        escaped = html.escape(text)
        return re.sub(
            r"[A-Za-z]{8,}", lambda match: dictionary.inserted(match[0], hyphen="&shy;"), escaped
        )

    out: list[str] = []
    notes: list[str] = []
    for kind, text in HEXH:
        parts = NOTE.split(text)
        inline = ""
        for index, part in enumerate(parts):
            if index % 2:
                notes.append(part)
                inline += f"<sup>{len(notes)}</sup>"
            else:
                inline += shy(part)
        if kind == "title":
            out.append(f"<h1>{html.escape(text)}</h1>")
        elif kind == "line":
            out.append(f'<p class="council">{html.escape(text)}</p>')
        elif kind == "h":
            out.append(f"<h2>{html.escape(text)}</h2>")
        elif kind == "b":
            out.append(
                '<p class="MsoListParagraph"><span style="font-family:Symbol">&#183;<span '
                'style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                f"</span></span>{inline}</p>"
            )
        else:
            out.append(f"<p>{inline}</p>")
    out.append("<h2>Notes</h2>")
    out += [
        f'<p class="note">{number}. {html.escape(body)}</p>' for number, body in enumerate(notes, 1)
    ]
    css = """
@page { size: A4; }
body { font: 10.5pt/1.5 'DejaVu Serif', serif; }
h1 { font: bold 18pt/1.25 'DejaVu Sans'; margin: 0 0 1mm; }
p.council { font: 10pt 'DejaVu Sans'; color: #555; margin: 0 0 8mm; }
h2 { font: bold 10.5pt 'DejaVu Sans'; text-transform: uppercase; letter-spacing: 0.18em; margin: 6mm 0 2mm; color: #2a4d2e; }
p { margin: 0 0 3mm; text-align: justify; }
p.MsoListParagraph { margin: 0 0 1mm 36pt; text-indent: -18pt; }
p.note { font-size: 9pt; text-align: left; }
sup { font-size: 7pt; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>"
        + "\n".join(out)
        + "</body></html>"
    )
    header = (
        '<div style="font-size:8px;width:100%;margin:0 20mm;text-align:right;color:#555;font-style:italic">'
        f"{html.escape(TITLE)}</div>"
    )
    footer = (
        '<div style="font-size:8px;width:100%;margin:0 20mm;text-align:center;color:#555">'
        'Page <span class="pageNumber"></span></div>'
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_content(document)
        page.pdf(
            path=str(target), display_header_footer=True,
            header_template=header, footer_template=footer, print_background=True,
            margin={"top": "22mm", "bottom": "22mm", "left": "20mm", "right": "20mm"},
        )  # fmt: skip
        browser.close()


def note(blocks: Blocks, about: str, endnotes: bool = False) -> str:
    """What a reader sees, as markdown: notes after the paragraph holding their mark, or at the
    end where the document gathers them."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    gathered: list[str] = []
    for kind, text in blocks:
        notes = NOTE.findall(text)
        if endnotes:
            for body in notes:
                gathered.append(body)
            text = NOTE.sub(lambda _m: f"^{len(gathered)}^", text) if notes else text
            notes = []
        else:
            text = NOTE.sub("", text)
        if previous == "b" and kind != "b":
            lines.append("")
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind == "h":
            lines += [f"## {text}", ""]
        elif kind == "b":
            lines.append(f"- {text}")
        else:
            lines += [text, ""]
        for body in notes:
            lines += [f"[footnote] {body}", ""]
        previous = kind
    if gathered:
        lines += ["## Notes", ""] + [f"{n}. {body}" for n, body in enumerate(gathered, 1)]
    return "\n".join(lines).rstrip("\n") + "\n"


FILES: dict[str, tuple[str, Any, Blocks, str]] = {
    "27601": (
        "27601-pdf-weasyprint-justified-auto-hyphens-ligatures-small-caps-meaning-headings-opensymbol-bullets-running-title-page-n-footnotes-heading-at-page-foot.pdf",
        ravelsby,
        RAVE,
        "WeasyPrint: DejaVu Serif justified with hyphens: auto (en-GB) and its fi/fl ligatures, bold small-capital headings named by meaning, bullets drawn from OpenSymbol with a hanging indent, the chapter's title as a running header, 'Page N' footer, footnotes at the page foot",
    ),
    "27602": (
        "27602-pdf-lo-justified-ligatures-letter-spaced-heading-1-symbol-list-bullets-header-title-page-n-field-heading-at-page-foot.pdf",
        thurnmoor,
        THUR,
        "python-docx printed by LibreOffice: justified DejaVu Serif body, Heading 1 with expanded character spacing and no keep-with-next, List Bullet (Symbol font) bullets with a hanging indent, the chapter's title in the page header, 'Page N' footer from a PAGE field",
    ),
    "27603": (
        "27603-pdf-fpdf2-unheaded-justified-soft-hyphen-breaks-zapfdingbats-bullets-hanging-indent-running-title-page-n.pdf",
        stannick,
        STAN,
        "fpdf2: no headings after the title and the council's line, Times justified with soft hyphens broken at line ends, ZapfDingbats bullets with a hanging indent, the chapter's title as a running header, 'Page N' footer",
    ),
    "27604": (
        "27604-pdf-chromium-uppercase-letter-spaced-css-headings-shy-hyphens-word-html-symbol-bullets-endnotes-header-title-page-n-conflict.pdf",
        hexhope,
        HEXH,
        "Chromium print: headings upper-cased and letter-spaced by CSS, justified with soft hyphens, Word-HTML Symbol-font bullets with negative text indent, raised note marks gathered under 'Notes' at the end, the chapter's title as the print header, 'Page N' footer",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for number, (name, build, blocks, about) in FILES.items():
        if only and number not in only:
            continue
        target = HERE / name
        build(target)
        target.with_name(name + ".md").write_text(
            note(blocks, about, endnotes=number == "27604"), encoding="utf-8"
        )
        print("wrote", name)


if __name__ == "__main__":
    main()
