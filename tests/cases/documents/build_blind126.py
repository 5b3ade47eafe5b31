# ruff: noqa: E501, RUF001, RUF002  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-twenty-sixth blind set, a facts probe in whole chapters held as Word and
PDF: six children's-services policy chapters of invented councils, each putting its facts where
councils put them in such files.

    12601  Word (python-docx): a document-control table before the first heading (version,
           "Date of last amendment" with a day); a "Legal framework" table; the corporate
           parenting principles as a two-column table (Principle | What we do); the practice
           model in a shaded one-cell call-out; permanence as "Step N –" paragraphs; leaving-care
           ages in a table of entitlements; the looked-after term only as "CLA", spelt out in a
           glossary table at the end.
    12602  Word (an OpenDocument saved as Word by LibreOffice): real Word footnotes on the Acts
           of a bulleted list and on the leaving-care sentence (the extension to 25 is said only
           in the footnote); the practice model in a floating text box; a version-history table
           at the end (newest row last).
    12603  Word (python-docx): a cover page (title, council, "Version: 3.0", "Date issued:
           April 2025") before a page break; a running footer "Reviewed: April 2025" (page
           furniture); principles in a two-column table; the model in a call-out; permanence in a
           Word-numbered list of steps; leaving-care ages in a table; a glossary table. One fact
           stated twice with different values (annotated conflict): the permanence plan at the
           second review four months after coming into care, and "within six months" in an
           "at a glance" list near the end.
    12604  PDF printed by LibreOffice from Word: a document-control table at the top, a running
           footer "Reviewed: <day> – Page N"; a Legal framework table with the year in its own
           column; permanence as a flowchart of stages joined by arrows; the leaving-care
           sentence split over a page break; the model in a bordered call-out; the
           looked-after term in a glossary table.
    12605  PDF (reportlab): a cover page (version, "Last amended: <day>"); the Acts only in
           footnotes at the foot of the page; the leaving-care ages only in a footnote; a
           two-column principles table; a shaded call-out naming the model; a glossary table.
    12606  PDF (an OpenDocument printed by LibreOffice): a document-control table at the start,
           a version history at the end, a running footer "Reviewed: <month>"; the model in a
           text box; a legal-framework table; a footnote on the leaving-care age that names the
           old limit of 21 for young people who left care before 2018.

All written for this set, in our own words (invented councils and an invented practice model or
two).

usage: .venv/bin/python tests/cases/documents/build_blind126.py
       (python-docx, LibreOffice, reportlab)
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind126.py"
# ("title" | "h" | "p" | "b" | "n" | "box" | "table" | "break", text or rows)
Block = tuple[str, Any]

# fmt: off
# ---------------------------------------------------------------- 12601 Harrowdene, python-docx
HARROWDENE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("table", [
        ["Document title", "Children's Services Policies, Values and Principles"],
        ["Owner", "Head of Quality and Practice Improvement"],
        ["Version", "5.2"],
        ["Date of last amendment", "14 January 2025"],
        ["Next review due", "January 2027"],
        ["Approved by", "Children's Services Leadership Team"],
    ]),
    ("h", "1. Purpose of this chapter"),
    ("p", "This chapter sets out the values and principles that guide everyone who works in Harrowdene's children's services, and the law and guidance within which we work. It applies to social workers, managers, personal advisers and the agencies we commission to care for children."),
    ("h", "2. Legal framework"),
    ("p", "The table below lists the main legislation and statutory guidance behind this chapter."),
    ("table", [
        ["Legislation or guidance", "What it means for our work"],
        ["Children Act 1989", "Our core duties to children and their families"],
        ["Children Act 2004", "Agencies co-operating to improve the well-being of children"],
        ["Children (Leaving Care) Act 2000", "Support for young people as they leave care"],
        ["Children and Social Work Act 2017", "The corporate parenting principles and advice for care leavers"],
        ["Working Together to Safeguard Children 2023", "How agencies work together to keep children safe"],
    ]),
    ("h", "3. Our values"),
    ("p", "We believe children do best when they grow up safely within their own families and communities. We are honest with families about our worries, we listen to children and take their views seriously, and we build on the strengths that every family has."),
    ("h", "4. Corporate parenting"),
    ("p", "When a child comes into our care, the whole of Harrowdene Borough Council becomes their corporate parent. The table sets out the seven principles we must have regard to and what each one means in practice for every CLA and care leaver."),
    ("table", [
        ["Principle", "What we do"],
        ["Act in their best interests and promote their physical and mental health and well-being", "Every CLA has a health assessment each year and quick access to emotional well-being support"],
        ["Encourage them to express their views, wishes and feelings", "Children can use an advocate and the Children in Care Council to speak up"],
        ["Take their views, wishes and feelings into account", "Reviews record what the child said and what we did about it"],
        ["Help them to access and make the best use of services", "Care leavers get help with housing, benefits and health registration"],
        ["Promote high aspirations and seek the best outcomes for them", "The Virtual School tracks progress and funds extra tuition"],
        ["Help them to be safe and to have stability in their home lives, relationships and education or work", "We keep brothers and sisters together wherever we can and avoid school moves"],
        ["Prepare them for adulthood and independent living", "Pathway plans start at 16 and cover money, cooking and tenancy skills"],
    ]),
    ("h", "5. How we practise"),
    ("box", "Our practice model: Restorative Practice. We work with families, not to them or for them, offering high support and high challenge, and every plan is made together."),
    ("p", "All new staff complete the council's restorative practice training in their first year, and team managers use restorative supervision."),
    ("h", "6. Planning for permanence"),
    ("p", "Permanence planning follows these steps:"),
    ("p", "Step 1 – Within 72 hours of a child coming into care, the social worker holds a placement planning meeting."),
    ("p", "Step 2 – The first review is held within 20 working days and considers whether the child can return home."),
    ("p", "Step 3 – The permanence plan is agreed at the second review, no later than four months after the child came into care."),
    ("p", "Step 4 – The plan is checked at each review after that until the child is settled in a permanent home."),
    ("h", "7. Leaving care"),
    ("p", "Young people leaving our care are entitled to the support set out below."),
    ("table", [
        ["Entitlement", "From", "Until"],
        ["Pathway plan", "16", "21"],
        ["Personal adviser", "18", "21, or 25 if the young person asks for one"],
        ["Staying Put with former foster carers", "18", "21"],
    ]),
    ("h", "8. Sharing information"),
    ("p", "We share information about children and their families only when the law allows it and when it is needed to keep a child safe or to meet their needs. We tell families what we share and why, unless doing so would put a child at risk."),
    ("h", "9. Glossary"),
    ("table", [
        ["Term", "Meaning"],
        ["CLA", "Children Looked After: children in the care of the council, whether under a care order or by agreement with their parents"],
        ["IRO", "Independent Reviewing Officer, who chairs each child's review"],
        ["Personal adviser", "The worker who supports a care leaver with their pathway plan"],
    ]),
]

# ---------------------------------------------------------------- 12602 Quillbrook, LibreOffice Word with footnotes and a text box
QUILLBROOK_SOURCE = """%% maker: lo-fodt-docx
%% footer: Quillbrook City Council - Children's Services - Page {page}

# Policy, Values and Principles for Children's Services

## Introduction

This chapter describes what Quillbrook City Council's children's services stand for and how we work. It is written for our staff and partners, and for children and families who want to know what they can expect from us.

## The law behind this chapter

Our duties come mainly from four Acts of Parliament:

- Children Act 1989[^Sections 17 and 22 of the 1989 Act set out our duties to children in need and to children in our care.]
- Children Act 2004
- Children (Leaving Care) Act 2000[^This Act added new duties towards care leavers to the Children Act 1989.]
- Children and Social Work Act 2017[^Section 1 of this Act sets out the corporate parenting principles.]

## Our values

We put children first. We believe that most children are best cared for by their own families, and we work alongside parents to help them make the changes their children need. We treat people with respect, we keep our promises and we say so when we get things wrong.

## How we work

[box] Our practice model is Roots and Wings: relationships first, strengths always, and plans made with families.

Each team has a practice lead who coaches staff in the model, and our case records are written to the child so that they can read them when they are older.

## Corporate parenting

The council is the corporate parent of every child in care and every care leaver. We have regard to the seven corporate parenting principles:

1. to act in the best interests of children in care and promote their physical and mental health and well-being;
2. to encourage them to express their views, wishes and feelings;
3. to take those views, wishes and feelings into account;
4. to help them gain access to, and make the best use of, the services we and our partners provide;
5. to promote high aspirations and seek the best outcomes for them;
6. for them to be safe, and for stability in their home lives, relationships and education or work;
7. to prepare them for adulthood and independent living.

## Permanence

Every child in care needs a plan for a permanent home, whether that is a return to their family, care by relatives, long-term fostering or adoption. The plan is agreed at the second statutory review, within four months of the child coming into care.

## Leaving care

Every care leaver is offered a personal adviser until the age of 21.[^A care leaver may ask for a personal adviser at any time until they are 25, and we will provide one.] Young people in foster care may stay with their carers under a Staying Put arrangement after they turn 18.

## Information sharing

We share information only when it is lawful and necessary, and we explain to children and families what we have shared and why.

## Version history

| Version | Date | Summary of changes |
| 1.0 | June 2021 | First issue |
| 2.0 | September 2023 | Rewritten after the corporate parenting review |
| 2.1 | February 2025 | Leaving care section updated; notes on the law added |
"""

# ---------------------------------------------------------------- 12603 Stanmere Vale, python-docx, cover page, footer, conflict
STANMERE_COVER = [
    "Stanmere Vale Council",
    "Children and Families Directorate",
    "Version: 3.0",
    "Date issued: April 2025",
    "Review date: April 2027",
]
STANMERE_FOOTER = "Reviewed: April 2025 | Stanmere Vale Council"
STANMERE: list[Block] = [
    ("h", "About this chapter"),
    ("p", "This chapter explains the values and principles behind the work of Stanmere Vale's children's social care services. Every practitioner and manager should read it when they join us and come back to it when the way forward in a case is unclear."),
    ("h", "Legal framework"),
    ("p", "The main legislation that applies is:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Our values"),
    ("p", "We are respectful, curious and persistent. We keep the child at the centre of everything we do, we look for what is working in a family as well as what is not, and we do what we said we would do."),
    ("h", "Corporate parenting"),
    ("p", "The council is corporate parent to every Looked After Child and care leaver. The seven principles below guide every decision we make about them."),
    ("table", [
        ["Principle", "What this means in Stanmere Vale"],
        ["Best interests, health and well-being", "We put the child's interests first and make sure their health needs are met"],
        ["Views, wishes and feelings", "We help LAC say what they want, in whatever way suits them"],
        ["Taking views into account", "We show children how their views changed our decisions"],
        ["Access to services", "We help young people find and use the services they are entitled to"],
        ["High aspirations", "We expect as much for them as any good parent would"],
        ["Safety and stability", "We keep moves of home and school to a minimum"],
        ["Preparing for adulthood", "We teach the skills needed to live independently"],
    ]),
    ("h", "Practice model"),
    ("box", "Signs of Safety is our practice model. It asks three questions of every family: what are we worried about, what is working well, and what needs to happen?"),
    ("h", "Permanence planning"),
    ("p", "For every LAC we follow these steps:"),
    ("n", "The child comes into care and a care plan is written."),
    ("n", "A family group conference considers whether relatives or friends could care for the child."),
    ("n", "The first review is held within 20 working days."),
    ("n", "The permanence plan is agreed at the second review, four months after the child came into care."),
    ("n", "The plan is looked at again every six months until the child is settled."),
    ("h", "Leaving care"),
    ("p", "Young people leaving care can expect the following support."),
    ("table", [
        ["Support", "Ages"],
        ["Pathway plan", "From 16"],
        ["Personal adviser", "18 to 25"],
        ["Help with the costs of further and higher education", "18 to 25"],
    ]),
    ("h", "Our commitments at a glance"),
    ("b", "Every Looked After Child has a permanence plan within six months of coming into care."),
    ("b", "Every care leaver has a personal adviser."),
    ("b", "Every child is visited by their social worker at least every six weeks."),
    ("h", "Glossary"),
    ("table", [
        ["Term", "Meaning"],
        ["LAC", "Looked After Children: children in the care of the council"],
        ["Permanence", "A safe and stable home for the rest of a child's childhood"],
        ["Pathway plan", "The plan that prepares a young person for leaving care"],
    ]),
]

# ---------------------------------------------------------------- 12604 Oakhurst Fells, LibreOffice PDF from Word, split sentence
OAKHURST_FOOTER = "Reviewed: 9 June 2025 – Page "
OAKHURST: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("table", [
        ["Council", "Oakhurst Fells Council"],
        ["Version", "1.3"],
        ["Date of this version", "9 June 2025"],
        ["Owner", "Principal Social Worker"],
    ]),
    ("h", "Introduction"),
    ("p", "This chapter sets out how Oakhurst Fells Council works with children, young people and their families, the law we work within and the principles that shape our practice. It applies to all staff in children's social care and early help."),
    ("p", "The chapter should be read alongside the council's procedures on assessment, child protection and care planning."),
    ("h", "Legal framework"),
    ("table", [
        ["Legislation", "Year"],
        ["Children Act", "1989"],
        ["Children (Leaving Care) Act", "2000"],
        ["Children Act", "2004"],
        ["Children and Social Work Act", "2017"],
    ]),
    ("h", "Our values"),
    ("p", "We believe in families. We know that almost all parents want the best for their children, and we work with them, openly and respectfully, to help them provide it. Where children cannot live safely at home, we look first to their wider family and friends."),
    ("p", "We want every child we work with to feel listened to, to know who their worker is, and to understand the decisions we make and why."),
    ("h", "Our practice framework"),
    ("box", "Practice framework: Family Safeguarding. Social workers, adult mental health workers, substance misuse workers and domestic abuse workers work in one team around the family."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parents we have regard to the seven principles in the table below."),
    ("table", [
        ["Principle", "What we do"],
        ["Best interests and well-being", "Health assessments on time and therapeutic support when needed"],
        ["Expressing views", "Independent advocates and a children in care council"],
        ["Taking views into account", "Children's views are written into every plan"],
        ["Access to services", "A care leavers' offer published on our website"],
        ["High aspirations", "Ring-fenced apprenticeships inside the council"],
        ["Safety and stability", "Matching panels that look at sibling links and schools"],
        ["Preparation for adulthood", "Independence skills work from the age of 15"],
    ]),
    ("h", "Leaving care"),
    ("p", "Leaving care is one of the biggest changes in a young person's life, and we want the cared for children of Oakhurst Fells to make it with the same help that other young people have from their families."),
    ("p", "FILLER"),
    ("p", "Every young person who leaves our care has a personal adviser from the age of 18 until they are 21, or until they are 25 if they are in education or training or simply ask us for help."),
    ("p", "Young people can stay with their foster carers after they turn 18 under a Staying Put arrangement."),
    ("h", "Planning for permanence"),
    ("p", "Our permanence planning runs through these stages:"),
    ("step", "Stage 1: The child comes into care and a placement plan is made"),
    ("arrow", "↓"),
    ("step", "Stage 2: Family and friends are assessed as possible carers"),
    ("arrow", "↓"),
    ("step", "Stage 3: The permanence plan is agreed at the second review, within four months"),
    ("arrow", "↓"),
    ("step", "Stage 4: The plan is carried out and checked at each review"),
    ("h", "Information sharing"),
    ("p", "We share information with other agencies when it helps to keep a child safe or to meet their needs, and we keep a record of what we shared, with whom and why."),
    ("h", "Glossary"),
    ("table", [
        ["Term", "Meaning"],
        ["Cared for children", "Our name for children looked after by the council"],
        ["Personal adviser", "A worker who supports a young person who has left care"],
    ]),
]
OAKHURST_FILLERS = [
    "We start to talk with young people about leaving care when they are fifteen, so that nothing comes as a surprise. Their social worker, their carers and, later, their personal adviser help them to learn to cook, budget, look after their health and manage a tenancy, and to make a plan for education, training or work that they own.",
    "Care leavers told us that the hardest part was feeling alone on the day they moved out, so a worker they know now visits on that day and again within the first week.",
    "Each care leaver has a 'local offer' booklet, written with the Care Leavers' Forum, which sets out help with council tax, travel, prescriptions and leisure.",
    "We celebrate achievements at an awards evening every summer.",
    "Young parents who are care leavers are offered extra support from a family worker.",
]

OAKHURST_FILLER_COUNT = 5  # chosen so that the leaving-care sentence is split by the page break

# ---------------------------------------------------------------- 12605 Penwarden, reportlab, cover page, footnotes
PENWARDEN_TITLE = "Children's Services Policies, Values and Principles"
PENWARDEN_COVER = [
    "Penwarden Borough Council",
    "Children's Services Procedures Manual",
    "Version 7",
    "Last amended: 3 March 2025",
]
# (kind, text, footnote or "")
PENWARDEN: list[tuple[str, Any, str]] = [
    ("h", "Scope", ""),
    ("p", "This chapter applies to everyone who works in Penwarden's children's services. It explains the values we hold, the principles we follow and the legal duties we carry.", ""),
    ("h", "Legal framework", ""),
    ("p", "The council must safeguard and promote the welfare of children in need in its area.", "Children Act 1989, section 17."),
    ("p", "It must act as a good parent would for every child in its care and for care leavers.", "Children and Social Work Act 2017, section 1."),
    ("p", "It must keep in touch with and support young people after they leave care.", "Children (Leaving Care) Act 2000."),
    ("p", "It must support young people who want to remain with their foster carers after they turn 18.", "Children and Families Act 2014, section 98."),
    ("h", "Our values", ""),
    ("p", "We are ambitious for children. We work in partnership with families, we are honest about our concerns, and we celebrate success however small. We expect the same high standards of ourselves as we would of any parent.", ""),
    ("h", "Corporate parenting", ""),
    ("p", "Penwarden's councillors and officers share the role of corporate parent. The principles we follow, and what we do to meet them, are:", ""),
    ("table", [
        ["Principle", "What we do"],
        ["Best interests and well-being", "A named nurse for Children in Care and fast access to therapy"],
        ["Listening to children", "Advocacy offered at every review"],
        ["Acting on what children tell us", "A 'you said, we did' report each year"],
        ["Making services work for them", "Free leisure passes and help with travel"],
        ["High aspirations", "Bursaries for college and university"],
        ["Safety and stability", "Keeping brothers and sisters together"],
        ["Ready for adulthood", "Taster flats and independence courses"],
    ], ""),
    ("h", "Our practice model", ""),
    ("box", "Our practice model is Bright Threads: we find and strengthen the relationships that hold a child's life together.", ""),
    ("p", "Every social worker is trained in the model in their first year, and our audits ask how well it is used.", ""),
    ("h", "Permanence", ""),
    ("p", "For each child in care:", ""),
    ("n", "A care plan is agreed before the child is placed, or within five working days in an emergency.", ""),
    ("n", "Relatives and friends are assessed as possible carers.", ""),
    ("n", "A permanence plan is agreed within three months of the child coming into care.", ""),
    ("n", "The plan is checked at every review until the child is settled.", ""),
    ("h", "Leaving care", ""),
    ("p", "Young people leaving care have a pathway plan from 16 and are supported by a personal adviser.", "Until they are 21, or until they are 25 if they ask for one."),
    ("p", "We help care leavers to find a home, a course or a job, and we remember their birthdays.", ""),
    ("h", "Glossary", ""),
    ("table", [
        ["Term", "Meaning"],
        ["Children in Care (CiC)", "Children looked after by the council under the Children Act 1989"],
        ["Care leaver", "A young person who was in care for at least 13 weeks after turning 14"],
    ], ""),
]

# ---------------------------------------------------------------- 12606 Lytchcombe, LibreOffice PDF from OpenDocument
LYTCHCOMBE_SOURCE = """%% maker: lo-fodt-pdf
%% footer: Lytchcombe District Council | Reviewed: November 2024 | Page {page}

# Children's Services: Policies, Values and Principles

| Document owner | Head of Children's Social Care |
| Current version | 4.0 |
| Approved | 21 November 2024 |
| Next review | November 2026 |

## Introduction

This chapter explains what Lytchcombe District Council expects of everyone who works with children and families, and the framework of law and guidance that shapes our work. It covers early help, children's social care and our services for care leavers.

## Legal framework

| Statute or regulations | Why it matters |
| Children Act 1989 | Our core duties to children in need and children looked after |
| Children Act 2004 | Co-operation between agencies |
| Children (Leaving Care) Act 2000 | Duties to care leavers |
| Children and Families Act 2014 | Staying Put and support for adoption |
| Children and Social Work Act 2017 | Corporate parenting principles |
| Care Planning, Placement and Case Review (England) Regulations 2010 | Care plans and reviews |

## Our values

We listen to children and take what they say seriously. We work with families rather than doing things to them, and we hold on to hope for children even when things are hard.

## Our practice model

[box] Our practice model is Strengths Together: every plan starts from what a family does well.

Practice leads run monthly workshops on the model, and it shapes how we write assessments and plans.

## Corporate parenting

Every councillor and officer is a corporate parent to the children looked after by Lytchcombe. We have regard to the seven principles:

| Principle | Our commitment |
| Best interests and health | Every child has a health plan |
| Views, wishes and feelings | Advocates for every child who wants one |
| Views taken into account | Children chair part of their own reviews |
| Access to services | Council services free for care leavers |
| High aspirations | Personal education plans with stretching targets |
| Safety and stability | Fewer moves, stable schools |
| Preparation for adulthood | Independence skills from age 15 |

## Permanence

1. The child becomes looked after and a care plan is made.
2. Family and friends are assessed as carers.
3. The permanence plan is confirmed at the second review, four months after the child became looked after.
4. The plan is carried out and checked at each review.

## Leaving care

Care leavers can have a personal adviser up to the age of 25.[^Young people who left care before April 2018 could have a personal adviser only until they were 21.] Their pathway plan sets out the help they will receive with housing, education, work and health.

## Information sharing

Information is shared with partners when it is needed to protect a child or to provide a service, and always in line with data protection law.

## Glossary

| Term | Meaning |
| Children Looked After (CLA) | Children in the care of the council |
| Pathway plan | A plan for a young person's move to adulthood |

## Version history

| Version | Date | Changes |
| 3.0 | March 2022 | Full revision |
| 3.1 | August 2023 | Legal framework table updated |
| 4.0 | November 2024 | Practice model section added; permanence steps revised |
"""
# fmt: on


# ------------------------------------------------------------------------------ Word


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def _page_field(paragraph: Any) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._r.append(
        parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>')
    )
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def _word(blocks: list[Block], document: Any, headings: str = "styles") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    for kind, value in blocks:
        if kind == "title":
            document.add_paragraph(value, style="Title")
        elif kind == "h":
            if headings == "styles":
                document.add_heading(value, level=1)
            else:
                paragraph = document.add_paragraph()
                paragraph.paragraph_format.keep_with_next = True
                paragraph.add_run(value).bold = True
        elif kind == "b":
            document.add_paragraph(value, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(value, style="List Number")
        elif kind == "box":
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.cell(0, 0)
            cell.text = value
            _shade(cell, "DCE6F1")
            document.add_paragraph()
        elif kind == "table":
            table = document.add_table(rows=0, cols=len(value[0]))
            table.style = "Table Grid"
            for row in value:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
            document.add_paragraph()
        elif kind == "step":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(value).bold = True
        elif kind == "arrow":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(value).font.size = Pt(14)
        elif kind == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            document.add_paragraph(value)


def harrowdene(target: Path) -> None:
    document = new_docx()
    document.sections[0].footer.paragraphs[0].text = "Harrowdene Borough Council – OFFICIAL"
    _word(HARROWDENE, document)
    target.write_bytes(saved_docx(document))


def stanmere(target: Path) -> None:
    from docx.enum.text import WD_BREAK

    document = new_docx()
    document.sections[0].footer.paragraphs[0].text = STANMERE_FOOTER
    document.add_paragraph("Children's Services Policies, Values and Principles", style="Title")
    for line in STANMERE_COVER:
        document.add_paragraph(line)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _word(STANMERE, document)
    target.write_bytes(saved_docx(document))


def oakhurst(target: Path, filler: int = OAKHURST_FILLER_COUNT) -> None:
    document = new_docx()
    document.styles["Normal"].paragraph_format.widow_control = False
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = OAKHURST_FOOTER
    _page_field(footer)
    blocks: list[Block] = []
    for kind, value in OAKHURST:
        if value == "FILLER":
            blocks.extend(("p", text) for text in OAKHURST_FILLERS[:filler])
        else:
            blocks.append((kind, value))
    _word(blocks, document, headings="bold")
    docx_to_pdf(saved_docx(document), target)


def _source(text: str, target: Path) -> None:
    from build_binary import build

    source = target.with_name(target.name + ".md")
    source.write_text(text, encoding="utf-8")
    build(source)


def quillbrook(target: Path) -> None:
    _source(QUILLBROOK_SOURCE, target)


def lytchcombe(target: Path) -> None:
    _source(LYTCHCOMBE_SOURCE, target)


# ------------------------------------------------------------------------------ reportlab


def penwarden(target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    head = ParagraphStyle(
        "head", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8,
        spaceAfter=4, keepWithNext=1,
    )  # fmt: skip
    title = ParagraphStyle(
        "title", parent=body, fontName="Helvetica-Bold", fontSize=22, leading=27, spaceAfter=18
    )
    cover = ParagraphStyle("cover", parent=body, fontSize=13, leading=18, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    numbered = ParagraphStyle("numbered", parent=body, leftIndent=16, bulletIndent=2, spaceAfter=3)
    note = ParagraphStyle("note", fontName="Helvetica", fontSize=8, leading=10)
    state: dict[str, Any] = {"notes": [], "number": 0}

    class NoteMark(Flowable):  # type: ignore[misc]
        def __init__(self, number: int, text: str) -> None:
            super().__init__()
            self.number, self.text = number, text

        def wrap(self, *_: Any) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            state["notes"].append((self.number, self.text))

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(
            A4[0] / 2,
            12 * mm,
            f"Penwarden Borough Council · Policies, Values and Principles · Page {doc.page}",
        )
        y = 22 * mm
        for number, text in reversed(state["notes"]):
            paragraph = Paragraph(f"<super>{number}</super> {html.escape(text)}", note)
            _, height = paragraph.wrap(A4[0] - 44 * mm, 40 * mm)
            paragraph.drawOn(canvas, 22 * mm, y)
            y += height + 2
        if state["notes"]:
            canvas.line(22 * mm, y + 1, 70 * mm, y + 1)
        state["notes"] = []
        canvas.restoreState()

    def plain(canvas: Any, doc: Any) -> None:
        pass

    story: list[Any] = [Spacer(1, 60 * mm), Paragraph(html.escape(PENWARDEN_TITLE), title)]
    story += [Paragraph(html.escape(line), cover) for line in PENWARDEN_COVER]
    story += [NextPageTemplate("body"), PageBreak()]
    number = 0
    previous = ""
    for kind, value, footnote in PENWARDEN:
        number = number + 1 if kind == "n" and previous == "n" else 1
        previous = kind
        if kind == "h":
            story.append(Paragraph(html.escape(value), head))
        elif kind == "table":
            rows = [[Paragraph(html.escape(text), cell) for text in row] for row in value]
            table = Table(rows, colWidths=[60 * mm, A4[0] - 44 * mm - 60 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))  # fmt: skip
            story += [table, Spacer(1, 8)]
        elif kind == "box":
            box = Table([[Paragraph(html.escape(value), body)]], colWidths=[A4[0] - 60 * mm])
            box.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF2CC")),
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#BF9000")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))  # fmt: skip
            story += [box, Spacer(1, 8)]
        else:
            mark = ""
            if footnote:
                state["number"] += 1
                story.append(NoteMark(state["number"], footnote))
                mark = f"<super>{state['number']}</super>"
            if kind == "n":
                story.append(
                    Paragraph(html.escape(value) + mark, numbered, bulletText=f"{number}.")
                )
            else:
                story.append(Paragraph(html.escape(value) + mark, body))
    document = BaseDocTemplate(
        str(target), pagesize=A4, title=PENWARDEN_TITLE, author="policydiff test cases",
        creator="reportlab", invariant=1,
    )  # fmt: skip
    frame = Frame(22 * mm, 50 * mm, A4[0] - 44 * mm, A4[1] - 72 * mm, id="frame")
    document.addPageTemplates([
        PageTemplate(id="cover", frames=[frame], onPageEnd=plain),
        PageTemplate(id="body", frames=[frame], onPageEnd=page),
    ])  # fmt: skip
    document.build(story)


FILES = {
    "12601-docx-control-table-day-legal-framework-table-principles-two-column-table-callout-model-steps-entitlements-table-cla-glossary.docx": harrowdene,
    "12602-docx-lo-word-footnotes-on-acts-and-extension-to-25-text-box-model-version-history-at-end.docx": quillbrook,
    "12603-docx-cover-page-version-issued-month-footer-reviewed-conflict-four-month-steps-vs-six-months-at-a-glance-lac-glossary.docx": stanmere,
    "12604-pdf-lo-control-table-footer-reviewed-day-act-year-table-flowchart-stages-support-split-over-page-break-cared-for-glossary.pdf": oakhurst,
    "12605-pdf-reportlab-cover-page-last-amended-acts-only-in-footnotes-ages-only-in-footnote-principles-table-callout-cic-glossary.pdf": penwarden,
    "12606-pdf-lo-control-table-approved-day-history-at-end-footer-reviewed-text-box-model-regulations-in-table-old-21-in-footnote.pdf": lytchcombe,
}


def _table_lines(rows: list[list[str]]) -> list[tuple[str, str]]:
    return [("p", " | ".join(row)) for row in rows]


def _blocks(blocks: list[Block]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, value in blocks:
        if kind == "table":
            out += _table_lines(value)
        elif kind == "box":
            out.append(("p", "[call-out] " + value))
        elif kind in ("step", "arrow"):
            out.append(("p", value))
        elif kind != "break":
            out.append((kind, value))
    return out


def _notes() -> dict[str, str]:
    stanmere_blocks: list[tuple[str, str]] = [
        ("title", "Children's Services Policies, Values and Principles")
    ]
    stanmere_blocks += [("p", line) for line in STANMERE_COVER] + [("p", "[page break]")]
    stanmere_blocks += [*_blocks(STANMERE), ("p", "[footer] " + STANMERE_FOOTER)]
    oakhurst_blocks = [
        *_blocks(
            [
                (kind, text)
                for kind, value in OAKHURST
                for text in (
                    OAKHURST_FILLERS[:OAKHURST_FILLER_COUNT] if value == "FILLER" else [value]
                )
            ]
        ),
        ("p", "[footer] " + OAKHURST_FOOTER + "N"),
    ]
    pen_blocks: list[tuple[str, str]] = [("title", PENWARDEN_TITLE)]
    pen_blocks += [("p", line) for line in PENWARDEN_COVER] + [("p", "[page break]")]
    for kind, value, footnote in PENWARDEN:
        pen_blocks += _blocks([(kind, value)])
        if footnote:
            pen_blocks.append(("p", "[footnote] " + footnote))
    return {
        "12601": blocks_note(
            _blocks(HARROWDENE),
            SCRIPT,
            "python-docx; control table first, tables for the law, principles, entitlements and glossary; a call-out",
        ),
        "12603": blocks_note(
            stanmere_blocks,
            SCRIPT,
            "python-docx; a cover page, a 'Reviewed:' footer, tables, Word-numbered steps; a conflict",
        ),
        "12604": blocks_note(
            oakhurst_blocks,
            SCRIPT,
            "LibreOffice PDF from Word; a 'Reviewed:' footer, an Act|Year table, stages with arrows, a sentence over a page break",
        ),
        "12605": blocks_note(
            pen_blocks,
            SCRIPT,
            "reportlab; a cover page, Acts and ages only in footnotes, tables, a call-out",
        ),
    }


def main() -> None:
    notes = _notes()
    only = set(sys.argv[1:])
    for name, make in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        if name[:5] in notes:
            (HERE / (name + ".md")).write_text(notes[name[:5]], encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main()
