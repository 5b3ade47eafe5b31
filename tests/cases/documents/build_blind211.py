# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the two-hundred-and-eleventh blind set: five whole children's-services policy chapters of
invented councils as PDFs, each made the way a council's communications or policy team makes one.

    21101  Quenmoor: a "designed" reportlab document; coloured bold headings at the body size, a
           "Key facts" sidebar box beside the opening section, a pull quote from a young person,
           and two columns from the second page on.
    21102  Hebblestone: an HTML page in the shape of a Google Docs export (headings are styled
           paragraphs, not h1/h2; a typed contents list with page numbers) with a print
           stylesheet, printed by Chromium headless; permanence stated twice with two values.
    21103  Crossthwaite: a python-docx Word file with a cover page, a contents page typed with
           right tabs and dot leaders to page numbers, and a back page of contacts, printed to
           PDF by LibreOffice.
    21104  Wickenby: WeasyPrint; footnotes at the page foot (float: footnote) and a running
           chapter title in a wide left margin.
    21105  Audmere: fpdf2; headings in bold capitals at the body size, lists bulleted with an
           en dash and a lower-case "o" for the inner level.

All written for this set, in our own words (invented councils).

usage: PYTHONPATH=/path/to/reportlab .venv/bin/python tests/cases/documents/build_blind211.py
       (python-docx, LibreOffice, Chromium, WeasyPrint, fpdf2, reportlab; reportlab is not in the
       shared virtualenv: install it into a folder of its own and put that on PYTHONPATH)
"""

from __future__ import annotations

import datetime
import html
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

SCRIPT = "build_blind211.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]
NOTE = re.compile(r"\[\^([^\]]+)\]")

# Block kinds: "h" heading, "p" paragraph, "b" bullet, "o" inner bullet, "n" numbered item,
# "q" pull quote, "box" a key-facts line, "c" contents entry ("text|page"), "line" a short line.

# fmt: off
# ---------------------------------------------------------------- 21101 Quenmoor, reportlab designed
QUEN_OPENING: Blocks = [
    ("h", "About this chapter"),
    ("p", "This chapter describes the values and principles behind everything Quenmoor Borough Council does for children who need help, for children in care and for young people who have left care. It applies to social workers, family support workers, residential staff, foster carers and managers across the Children and Families Directorate. It was amended in March 2026 to bring in our revised Local Offer for care leavers."),
]
QUEN_BOX: Blocks = [
    ("h", "Key facts"),
    ("box", "Applies to: all children's social care and early help staff"),
    ("box", "Owner: Head of Corporate Parenting"),
    ("box", "Last amended: March 2026"),
    ("box", "Next review: March 2027"),
]
QUEN_BODY: Blocks = [
    ("h", "Our legal duties"),
    ("p", "What we do is shaped by Acts of Parliament, regulations and statutory guidance. The legislation that matters most to this chapter is:"),
    ("b", "the Children Act 1989"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children and Young Persons Act 2008"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Working with partners"),
    ("p", "No single agency can keep a child safe on its own. We work alongside schools, nurseries, the Quenmoor and District NHS Trust, the police, housing and the voluntary sector, following Working Together to Safeguard Children, and we expect each partner to share what it knows when a child may be at risk."),
    ("h", "What we value"),
    ("p", "Children do best when they are loved and kept safe by people who know them well. We value honesty with families, even when the message is hard; we value the views of children, whatever their age; and we value the skills of our staff and carers, who are the people children actually meet."),
    ("q", "\u201cNobody rushed me. They asked what I wanted and then they wrote it down and did it.\u201d"),
    ("line", "Jade, 16, member of the Quenmoor Children in Care Council"),
    ("p", "We measure ourselves by what children tell us about their lives, not only by the forms we complete."),
    ("h", "Quenmoor as a corporate parent"),
    ("p", "Every councillor and every officer of the council shares responsibility for Children in Care and care leavers. In all that we do for them we have regard to the need:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "to promote high aspirations and to seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Our way of working: Safe and Together"),
    ("p", "Where domestic abuse is part of a child's life, our practitioners use the Safe and Together model. It asks us to stay alongside the parent who is being harmed, to hold the person causing the harm to account as a parent, and to describe precisely how that behaviour affects the child."),
    ("h", "Principles that guide our practice"),
    ("p", "We support families to stay together wherever that is safe, and we look first to relatives and friends when a child cannot live at home. Each child in care has a permanence plan agreed within five months of their first day in care, so that no child waits longer than they must to know where they will grow up."),
    ("p", "Young people leaving care keep a personal adviser until they turn 21. A young person who wants to stay in touch with their adviser after that can do so up to the age of 25."),
    ("p", "We consult children before every review and we tell them afterwards what was decided and why."),
    ("h", "Sharing information safely"),
    ("p", "We record what we do accurately and promptly. Information is shared with other agencies when it is needed to protect a child or to plan their care, and always within data protection law. Adults who were in care can ask to read their records, and a member of staff will sit with them while they do."),
]

QUEN_BREAK = QUEN_BODY.index(("h", "What we value"))

# ---------------------------------------------------------------- 21102 Hebblestone, Google Docs-like HTML, Chromium
HEBB: Blocks = [
    ("line", "Hebblestone Council \u2013 Children and Young People's Service"),
    ("h", "Contents"),
    ("c", "Purpose of this chapter|2"),
    ("c", "Legal basis|2"),
    ("c", "Our vision|2"),
    ("c", "Our commitment as corporate parents|2"),
    ("c", "Family Safeguarding|2"),
    ("c", "How we plan for children|2"),
    ("c", "Partners|2"),
    ("c", "Priorities for 2026 to 2028|2"),
    ("c", "Records and confidentiality|3"),
    ("h", "Purpose of this chapter"),
    ("p", "This chapter sets out what Hebblestone Council's children's service believes in and how those beliefs shape our day-to-day work with children, parents and carers. This version was amended in November 2025 after a round of consultation with the Children in Care Council and our foster carers' association."),
    ("h", "Legal basis"),
    ("p", "The chapter rests on four Acts: the Children Act 1989, the Children Act 2004, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017. Statutory guidance issued under them, including the Children's Social Care National Framework, sets out how the duties are to be carried out."),
    ("h", "Our vision"),
    ("p", "We want every child in Hebblestone to grow up in a safe and loving family, to do well at school and to leave childhood with people around them who will still be there when they are adults."),
    ("h", "Our commitment as corporate parents"),
    ("p", "When the council looks after a child, it takes on the job of a parent. Our councillors, directors and frontline staff keep the seven corporate parenting principles in mind when they make decisions that touch the lives of Looked After Children and care leavers, and the Corporate Parenting Panel asks young people every year how well we are doing."),
    ("h", "Family Safeguarding"),
    ("p", "Hebblestone has used the Family Safeguarding model since 2022. Social workers are joined in their teams by specialists in adult mental health, substance misuse and domestic abuse, so that a parent's own difficulties can be worked on at the same time as the child's safety."),
    ("h", "How we plan for children"),
    ("p", "Children should live with their families wherever it is safe. If a child has to be looked after, we aim to make a permanence plan within three months of their coming into care, considering family and friends first."),
    ("p", "Every care leaver can have a personal adviser until they are 25, whatever they are doing, and they can come back to us for help at any point until then."),
    ("h", "Partners"),
    ("p", "We work with health visitors, school nurses, head teachers, the police and the voluntary sector through the Hebblestone Safeguarding Children Partnership, and we follow Working Together to Safeguard Children in everything we do with them."),
    ("h", "Priorities for 2026 to 2028"),
    ("p", "Over the next two years we will open two more children's homes within the borough, recruit thirty new foster families and make sure that every child's permanence plan is settled by their four-month review."),
    ("h", "Records and confidentiality"),
    ("p", "Case records are written with the child in mind, as something they may one day read. We share information only where it is lawful and needed, and we explain to families what we are sharing and why, unless doing so would put a child at risk."),
    ("p", "Last updated 2 December 2025"),
]

# ---------------------------------------------------------------- 21103 Crossthwaite, Word with cover, contents and contacts
CROSS_COVER = [
    "Crossthwaite Metropolitan Borough Council",
    "Children's Social Care Procedures Manual",
    "Version 6",
    "January 2026",
]
CROSS: Blocks = [
    ("h", "1. Introduction"),
    ("p", "This chapter was reviewed and amended in January 2026. It explains the policy framework within which Crossthwaite's children's social care services are delivered and the values that all of our staff are expected to hold."),
    ("p", "The main legislation we work within is:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "2. Working Together"),
    ("p", "Protecting children is everybody's business. We work with partner agencies under Working Together to Safeguard Children and through the Crossthwaite Safeguarding Partnership, sharing training, audits and plans."),
    ("h", "3. Our Values"),
    ("p", "We are respectful, open and persistent. We listen to children and take what they say seriously; we work with parents rather than doing things to them; and we do not give up on young people when things go wrong."),
    ("h", "4. Corporate Parenting"),
    ("p", "As a corporate parent, Crossthwaite Metropolitan Borough Council must, in carrying out its functions for children looked after and care leavers, have regard to the need:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them to gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "5. Restorative Practice"),
    ("p", "Across the service we work restoratively: with families, not to them or for them. Restorative Practice gives our staff a shared language for building relationships, repairing harm and agreeing what will happen next with children and their families."),
    ("h", "6. Key Principles"),
    ("p", "Where children cannot remain at home, their plan for permanence is to be in place within six months of their becoming looked after, and family members are considered before anyone else."),
    ("p", "Care leavers are entitled to the support of a personal adviser until the age of 21, and up to 25 for any care leaver who asks us for it."),
    ("h", "7. Information Sharing"),
    ("p", "Information about a child is shared with other professionals where this is necessary to keep the child safe or to meet their needs, and in line with the council's data protection policy and the government's advice on information sharing."),
]
CROSS_BACK: Blocks = [
    ("h", "Contacts"),
    ("p", "Children's Social Care Policy and Practice Team"),
    ("p", "Crossthwaite Metropolitan Borough Council, Town Hall, Market Street, Crossthwaite"),
    ("p", "Telephone: 0161 496 0327"),
    ("p", "Email: cscpolicy@crossthwaite.example.gov.uk"),
    ("p", "If you need this document in another format or language, please contact the team."),
]

# ---------------------------------------------------------------- 21104 Wickenby, WeasyPrint footnotes, margin running title
WICK: Blocks = [
    ("line", "Wickenby District Council"),
    ("h", "Scope"),
    ("p", "This chapter is for everyone working in Wickenby's children's services, whether employed by the council or commissioned by it. It was updated in August 2025.[^The previous version, published in March 2023, can be had from the policy team on request.]"),
    ("h", "Legislation"),
    ("p", "The chapter is written within the following Acts:"),
    ("b", "Children Act 1989[^Section 22 sets out the general duty of a local authority towards a child it looks after.]"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our values"),
    ("p", "We believe in children's strengths and in their families' ability to change. We are curious rather than judgemental, we say clearly what we are worried about, and we keep our promises."),
    ("h", "Corporate parenting"),
    ("p", "All of the council, not only children's services, acts as a parent to cared for children and care leavers. Members and officers have regard to the corporate parenting principles[^The principles are set out in section 1 of the Children and Social Work Act 2017.] whenever their decisions affect these young people."),
    ("h", "Our vision"),
    ("p", "Our vision is a district where children are safe at home, where those who cannot be at home find a family for life, and where young people leaving care feel as well prepared as any other young adult."),
    ("h", "Strengthening Families"),
    ("p", "Our child protection conferences and the work around them follow the Strengthening Families approach, which keeps the focus on a family's strengths as well as the dangers to the child and brings the family's own network into the plan."),
    ("h", "Key principles"),
    ("p", "A child who is cared for should have a permanence plan within four months, reviewed at every looked after review after that."),
    ("p", "Personal advisers work with care leavers up to the age of 21. This is extended to 25 for care leavers in higher education."),
    ("h", "Information sharing"),
    ("p", "We share information when the law permits it and when it is in the child's interests, and we keep a record of what was shared, with whom and why."),
]

# ---------------------------------------------------------------- 21105 Audmere, fpdf2, bold capital headings, dash and o bullets
AUD: Blocks = [
    ("line", "Audmere County Council"),
    ("h", "WHO THIS CHAPTER IS FOR"),
    ("p", "This chapter applies to all staff and managers in Audmere County Council's Children's Services, to our foster carers and to the providers we commission. It was amended in May 2026."),
    ("h", "THE LAW"),
    ("p", "Our work with Children Looked After and care leavers is governed by:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Adoption Act 2006;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017;"),
    ("b", "the Data Protection Act 2018."),
    ("h", "WORKING ALONGSIDE OTHERS"),
    ("p", "We work with health, education, the police, youth justice and the voluntary sector in line with Working Together to Safeguard Children. Our shared aim is that a family tells its story once and gets the right help from the right people."),
    ("h", "WHAT MATTERS TO US"),
    ("p", "In Audmere we hold to these values:"),
    ("b", "Children and young people:"),
    ("o", "are listened to and their wishes are written into their plans;"),
    ("o", "keep in contact with the people who matter to them."),
    ("b", "Parents and carers:"),
    ("o", "are treated with respect and told the truth about our concerns;"),
    ("o", "get help early, before problems become crises."),
    ("h", "OUR DUTIES AS CORPORATE PARENT"),
    ("p", "Audmere County Council has regard to seven principles in all its work for Children Looked After and care leavers:"),
    ("b", "acting in their best interests and promoting their health and well-being;"),
    ("b", "encouraging them to say what they think, want and feel;"),
    ("b", "taking their views, wishes and feelings into account;"),
    ("b", "helping them use the services of the council and its partners;"),
    ("b", "promoting high aspirations and the best outcomes;"),
    ("b", "helping them to be safe and to have stability at home, in relationships and in education or work;"),
    ("b", "preparing them for adulthood and independent living."),
    ("h", "SIGNS OF SAFETY IN AUDMERE"),
    ("p", "Our practice framework is Signs of Safety. Practitioners map with each family what is going well, what the worries are and what needs to happen, and the child's own words and drawings are part of every assessment."),
    ("h", "HOW WE WORK WITH CHILDREN AND FAMILIES"),
    ("b", "Permanence:"),
    ("o", "every child in care has a permanence plan within six months of becoming looked after;"),
    ("o", "brothers and sisters live together unless that is not in their interests."),
    ("b", "Leaving care:"),
    ("o", "every care leaver has a personal adviser until they are 21;"),
    ("o", "care leavers who are still in education keep their personal adviser until 25."),
    ("h", "KEEPING INFORMATION SAFE"),
    ("p", "Personal information is stored securely and shared only where it is lawful, necessary and proportionate. We tell children and families what we hold about them and how they can see it."),
    ("p", "Last updated: 11 May 2026"),
]
# fmt: on


def _clean(text: str) -> str:
    return NOTE.sub("", text)


def note(blocks: Blocks, about: str) -> str:
    """What a reader sees, as markdown: footnotes shown after the paragraph holding their mark."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    number = 0
    for kind, text in blocks:
        notes = NOTE.findall(text)
        text = _clean(text)
        if previous in ("b", "o", "n", "box", "c") and kind not in ("b", "o", "n", "box", "c"):
            lines.append("")
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind == "h":
            lines += [f"## {text}", ""]
        elif kind == "b":
            lines.append(f"- {text}")
        elif kind == "o":
            lines.append(f"    - {text}")
        elif kind == "n":
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {text}")
        elif kind == "box":
            lines.append(f"- [box] {text}")
        elif kind == "c":
            entry, page = text.split("|")
            lines.append(f"- {entry} .... {page}")
        elif kind == "q":
            lines += [f"> {text}", ""]
        else:
            lines += [text, ""]
        for body in notes:
            lines += [f"[footnote] {body}", ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------- 21101 reportlab


def quenmoor(target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        ListFlowable,
        ListItem,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    teal = colors.HexColor("#0F6E7A")
    plum = colors.HexColor("#7A1F5C")
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=5)
    head = ParagraphStyle(
        "head",
        parent=body,
        fontName="Helvetica-Bold",
        textColor=teal,
        spaceBefore=7,
        spaceAfter=3,
        keepWithNext=1,
    )
    title = ParagraphStyle(
        "title",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=22,
        leading=26,
        textColor=teal,
        spaceAfter=3,
    )
    strap = ParagraphStyle("strap", parent=body, fontSize=10.5, textColor=plum, spaceAfter=10)
    quote = ParagraphStyle(
        "quote",
        parent=body,
        fontName="Helvetica-BoldOblique",
        fontSize=14,
        leading=18,
        textColor=plum,
        spaceBefore=8,
        spaceAfter=2,
        leftIndent=4 * mm,
    )
    cite = ParagraphStyle(
        "cite", parent=body, fontSize=8.5, textColor=plum, leftIndent=4 * mm, spaceAfter=9
    )
    boxhead = ParagraphStyle(
        "boxhead", parent=body, fontName="Helvetica-Bold", textColor=colors.white, spaceAfter=4
    )
    boxline = ParagraphStyle(
        "boxline", parent=body, fontSize=8.5, leading=11, textColor=colors.white, spaceAfter=3
    )

    def flow(blocks: Blocks) -> list[Any]:
        story: list[Any] = []
        items: list[Any] = []
        numbered = False

        def close() -> None:
            if items:
                story.append(ListFlowable(
                    list(items), bulletType="1" if numbered else "bullet", start="1" if numbered else "\u2022",
                    leftIndent=5 * mm, bulletFontName="Helvetica", bulletFontSize=9.5, bulletColor=teal,
                ))  # fmt: skip
                items.clear()

        for kind, text in blocks:
            if kind in ("b", "n"):
                numbered = kind == "n"
                items.append(ListItem(Paragraph(html.escape(text), body)))
                continue
            close()
            style = {"h": head, "q": quote, "line": cite}.get(kind, body)
            story.append(Paragraph(html.escape(text), style))
        close()
        return story

    width, height = A4
    margin = 18 * mm
    usable = width - 2 * margin
    box = Table(
        [
            [
                [Paragraph(html.escape(QUEN_BOX[0][1]), boxhead)]
                + [Paragraph(html.escape(t), boxline) for _, t in QUEN_BOX[1:]]
            ]
        ],
        colWidths=[58 * mm],
    )
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), teal),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))  # fmt: skip
    opening = Table([[flow(QUEN_OPENING), box]], colWidths=[usable - 64 * mm, 64 * mm])
    opening.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 10),
        ("RIGHTPADDING", (1, 0), (1, 0), 0), ("TOPPADDING", (1, 0), (1, 0), 6),
    ]))  # fmt: skip

    story: list[Any] = [
        Paragraph(html.escape(TITLE), title),
        Paragraph("Quenmoor Borough Council \u00b7 Children and Families Directorate", strap),
        NextPageTemplate("two"),
        opening,
        Spacer(1, 4),
        *flow(QUEN_BODY[:QUEN_BREAK]),
        PageBreak(),
        *flow(QUEN_BODY[QUEN_BREAK:]),
    ]

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(teal)
        canvas.rect(0, height - 8 * mm, width, 8 * mm, stroke=0, fill=1)
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(
            margin, 10 * mm, "Quenmoor Borough Council  |  Children's Services Manual"
        )
        canvas.drawRightString(width - margin, 10 * mm, str(doc.page))
        canvas.restoreState()

    gap = 8 * mm
    column = (usable - gap) / 2
    top = height - 18 * mm
    bottom = 18 * mm
    document = BaseDocTemplate(
        str(target), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=18 * mm,
        bottomMargin=bottom, title=TITLE, author="policydiff test cases", creator="reportlab",
        invariant=1,
    )  # fmt: skip
    document.addPageTemplates([
        PageTemplate("one", [Frame(margin, bottom, usable, top - bottom, id="full")], onPage=page),
        PageTemplate("two", [
            Frame(margin, bottom, column, top - bottom, id="left"),
            Frame(margin + column + gap, bottom, column, top - bottom, id="right"),
        ], onPage=page),
    ])  # fmt: skip
    document.build(story)


def quenmoor_note() -> str:
    blocks: Blocks = [
        ("title", TITLE),
        ("p", "Quenmoor Borough Council \u00b7 Children and Families Directorate"),
    ]
    return note(
        blocks + QUEN_OPENING + QUEN_BOX + QUEN_BODY,
        "reportlab 'designed' document: coloured bold headings at the body size, a Key facts sidebar box beside the opening section (drawn after it), a pull quote, two columns from page 2",
    )


# ---------------------------------------------------------------- 21102 Google Docs-like HTML, Chromium


def hebblestone_page() -> str:
    out: list[str] = [
        f'<p class="c14 title" id="h.t"><span class="c9">{html.escape(TITLE)}</span></p>'
    ]
    anchor = 0
    for kind, text in HEBB:
        if kind == "line":
            out.append(f'<p class="c6 subtitle"><span class="c11">{html.escape(text)}</span></p>')
        elif kind == "h":
            anchor += 1
            extra = " c20" if text == "Contents" else ""
            brk = " c21" if text == "Purpose of this chapter" else ""
            out.append(
                f'<p class="c3{extra}{brk}" id="h.{anchor:03d}"><span class="c7">{html.escape(text)}</span></p>'
            )
        elif kind == "c":
            entry, page = text.split("|")
            out.append(
                f'<p class="c18"><span class="c2"><a class="c16" href="#h.{entry[:3].lower()}">{html.escape(entry)}</a></span>'
                f'<span class="c2 c22">{page}</span></p>'
            )
        else:
            out.append(f'<p class="c1"><span class="c2">{html.escape(text)}</span></p>')
    css = """
.c1{padding-top:0;padding-bottom:8pt;line-height:1.15;orphans:2;widows:2;text-align:left}
.c2{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}
.c3{padding-top:14pt;padding-bottom:4pt;line-height:1.15;page-break-after:avoid;text-align:left}
.c7{color:#1f3864;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:13pt;font-family:"Arial";font-style:normal}
.c9{color:#000000;font-weight:400;font-size:24pt;font-family:"Arial"}
.c11{color:#666666;font-weight:400;font-size:12pt;font-family:"Arial"}
.c6{padding-top:0;padding-bottom:14pt;line-height:1.15}
.c14{padding-top:0;padding-bottom:3pt;line-height:1.15;page-break-after:avoid}
.c16{color:#1155cc;text-decoration:underline}
.c18{padding-top:0;padding-bottom:3pt;line-height:1.15;display:flex;justify-content:space-between;max-width:150mm}
.c22{text-align:right}
.c21{page-break-before:always}
.doc-content{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}
p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}
@media print {
  @page { size: A4; margin: 20mm 22mm; }
  .doc-content { padding: 0; max-width: none; }
  a { color: #000000; text-decoration: none; }
}
"""
    return (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        f'<title>{html.escape(TITLE)}</title><style type="text/css">{css}</style></head>'
        '<body class="doc-content">' + "".join(out) + "</body></html>"
    )


def chromium_pdf(page: str, target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "ChildrensServicesPoliciesValuesandPrinciples.html"
        source.write_text(page, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             "--no-pdf-header-footer", f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def hebblestone_note() -> str:
    return note(
        [("title", TITLE), *HEBB],
        "a Google Docs-shaped HTML export (headings as styled paragraphs, a typed contents list with page numbers) with a print stylesheet, printed by Chromium headless without header and footer lines",
    )


# ---------------------------------------------------------------- 21103 Word with cover, contents, contacts, LibreOffice


def crossthwaite_docx() -> bytes:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt, RGBColor

    document = new_docx()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    word_field(footer, "PAGE", "1")

    for _ in range(6):
        document.add_paragraph()
    heading = document.add_paragraph(style="Title")
    heading.add_run(TITLE)
    for line in CROSS_COVER:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        run.font.size = Pt(14)
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    label = document.add_paragraph()
    label_run = label.add_run("Contents")
    label_run.bold = True
    label_run.font.size = Pt(14)
    pages = ["3", "3", "3", "3", "4", "4", "4"]
    entries = [text for kind, text in CROSS if kind == "h"] + ["Contacts"]
    for entry, page in zip(entries, [*pages, "5"], strict=True):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        paragraph.add_run(f"{entry}\t{page}")
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def add_blocks(blocks: Blocks) -> None:
        for kind, text in blocks:
            if kind == "h":
                document.add_heading(text, level=1)
            elif kind == "b":
                document.add_paragraph(text, style="List Bullet")
            elif kind == "n":
                document.add_paragraph(text, style="List Number")
            else:
                document.add_paragraph(text)

    add_blocks(CROSS)
    back = document.add_section(WD_SECTION.NEW_PAGE)
    back.footer.is_linked_to_previous = True
    add_blocks(CROSS_BACK)
    return saved_docx(document)


def crossthwaite_note() -> str:
    cover: Blocks = [("p", line) for line in CROSS_COVER]
    contents: Blocks = [("p", "Contents")] + [
        ("c", f"{text}|{page}")
        for text, page in zip(
            [t for k, t in CROSS if k == "h"] + ["Contacts"],
            ["3", "3", "3", "3", "4", "4", "4", "5"],
            strict=True,
        )
    ]
    return note(
        [("title", TITLE), *cover, *contents, *CROSS, *CROSS_BACK],
        "python-docx (Title on a cover page with four lines under it, a bold Contents label over entries typed with a right tab and dot leader to page numbers, Heading 1, List Bullet, List Number, a back page of contacts, a PAGE field in the footer) printed to PDF by LibreOffice headless",
    )


# ---------------------------------------------------------------- 21104 WeasyPrint footnotes, margin running title


def _inline(text: str) -> str:
    parts: list[str] = []
    position = 0
    for match in NOTE.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        parts.append(f'<span class="fn">{html.escape(match[1])}</span>')
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def wickenby(target: Path) -> None:
    from weasyprint import HTML

    out: list[str] = [f"<h1>{html.escape(TITLE)}</h1>"]
    open_list = False
    for kind, text in WICK:
        if open_list and kind != "b":
            out.append("</ul>")
            open_list = False
        if kind == "h":
            out.append(f"<h2>{html.escape(text)}</h2>")
        elif kind == "b":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"<li>{_inline(text)}</li>")
        elif kind == "line":
            out.append(f'<p class="council">{html.escape(text)}</p>')
        else:
            out.append(f"<p>{_inline(text)}</p>")
    if open_list:
        out.append("</ul>")
    css = """
@page { size: A4; margin: 22mm 20mm 24mm 48mm;
  @left-top { content: "Chapter 1.2 \\A Policies, Values and Principles"; white-space: pre-wrap;
    width: 30mm; margin-right: 6mm; padding-top: 6mm; vertical-align: top; text-align: left;
    font: italic 8pt/1.3 'DejaVu Sans'; color: #8a5a00; }
  @footnote { border-top: 0.5pt solid #999; }
  @bottom-right { content: counter(page); font: 8pt 'DejaVu Sans'; color: #666; } }
body { font: 10.5pt/1.45 'DejaVu Serif', serif; }
h1 { font: bold 18pt/1.2 'DejaVu Sans'; margin: 0 0 2mm; }
p.council { font: 10pt 'DejaVu Sans'; color: #555; margin-bottom: 6mm; }
h2 { font: bold 12.5pt 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
p, li { margin: 0 0 2.5mm; }
ul { margin: 0 0 2.5mm; padding-left: 7mm; }
.fn { float: footnote; font-size: 8pt; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>"
        + "\n".join(out)
        + "</body></html>"
    )
    HTML(string=document).write_pdf(str(target))


def wickenby_note() -> str:
    return note(
        [("title", TITLE), *WICK],
        "WeasyPrint, footnotes at the page foot (float: footnote), a running 'Chapter 1.2 / Policies, Values and Principles' in a wide left margin, a page number footer",
    )


# ---------------------------------------------------------------- 21105 fpdf2


def audmere(target: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"{self.page_no()}", align="C")

    pdf = Pdf(format="A4", unit="mm")
    fonts = Path("/usr/share/fonts/truetype/dejavu")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2026, 5, 11))
    pdf.set_title(TITLE)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for kind, text in AUD:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        pdf.set_font("DejaVu", "", 10.5)
        if kind in ("b", "o"):
            indent = 26 if kind == "b" else 34
            pdf.set_x(indent)
            pdf.cell(6, 5.5, "\u2013" if kind == "b" else "o")
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            continue
        if kind == "line":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            continue
        pdf.ln(1)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(str(target))


def audmere_note() -> str:
    return note(
        [("title", TITLE), *AUD],
        "fpdf2, headings in bold capitals at the body size, lists bulleted with an en dash and an inner level bulleted 'o', a page number footer",
    )


DOCUMENTS = {
    "21101-pdf-reportlab-designed-coloured-body-size-headings-key-facts-sidebar-pull-quote-two-columns.pdf": (
        quenmoor,
        quenmoor_note,
    ),
    "21102-pdf-chromium-google-docs-export-styled-paragraph-headings-contents-page-numbers-permanence-conflict.pdf": (
        lambda target: chromium_pdf(hebblestone_page(), target),
        hebblestone_note,
    ),
    "21103-pdf-lo-word-cover-page-dot-leader-contents-back-page-contacts.pdf": (
        lambda target: docx_to_pdf(crossthwaite_docx(), target),
        crossthwaite_note,
    ),
    "21104-pdf-weasyprint-footnotes-running-title-in-left-margin.pdf": (wickenby, wickenby_note),
    "21105-pdf-fpdf2-bold-caps-body-size-headings-dash-and-o-bullets.pdf": (audmere, audmere_note),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, make_note) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(make_note(), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
