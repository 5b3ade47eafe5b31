# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written, with their typographic marks)
"""Build the 347th blind set: four whole "Children's Services Policies, Values and Principles"
chapters of invented councils, as PDFs in shapes councils publish.

    34701  Tollerdale (WeasyPrint imitating a browser's "Print to PDF" of a council web page):
           the browser's date and time and the page title at the top of every page, the page
           address and "n/3" at the foot; the site's cookie line, menu words, search box and
           breadcrumb on page one above the chapter; "Was this page helpful?" and the site's
           footer links after it.
    34702  Pellford (WeasyPrint): a coloured side bar down the left edge of every page holding
           the manual's name; call-out boxes ("Key point", "Practice note") floated beside the
           body text; the corporate parenting principles in a table that breaks across pages
           with its header row repeated on the second page.
    34703  Sedgecote (WeasyPrint): a contents page listing the numbered headings and
           sub-headings with dot leaders and page numbers; the headings themselves numbered
           and set bold in the body's own size; a footer naming the council with "Page N of M".
    34704  Marlingham (WeasyPrint): A4 landscape pages; a cover page (council, manual, chapter
           number, title); an inside cover holding a "Document control" table; the body under
           a running header; the Acts and the corporate parenting principles in two appendices
           at the end.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind347.py   (weasyprint)
"""

from __future__ import annotations

import html
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = "build_blind347.py"
TITLE = "Children's Services Policies, Values and Principles"
FONT = "'DejaVu Sans', sans-serif"
SERIF = "'DejaVu Serif', serif"

NAMES = {
    "34701": "34701-pdf-browser-print-web-page-date-title-top-url-n-of-3-foot-cookie-line-menu-breadcrumb-helpful-footer-tollerdale-amended-month-last-updated-six-acts-safe-and-together-four-months-21-or-25-if-wanted-cic.pdf",
    "34702": "34702-pdf-weasyprint-coloured-side-bar-key-point-practice-note-boxes-beside-text-principles-table-across-pages-header-repeated-pellford-amended-day-five-with-regs-signs-of-safety-five-months-in-box-25-lac.pdf",
    "34703": "34703-pdf-weasyprint-contents-page-dot-leaders-numbered-bold-body-size-headings-sub-headings-page-n-of-m-sedgecote-updated-month-seven-acts-seven-lettered-family-safeguarding-six-months-21-or-25-version-cared-for.pdf",
    "34704": "34704-pdf-weasyprint-landscape-cover-page-inside-cover-document-control-running-header-appendix-acts-appendix-principles-marlingham-last-amended-day-version-five-acts-restorative-three-months-21-or-25-cla.pdf",
}

# fmt: off
# --- 34701 Tollerdale: a council web page printed by a browser ----------------------------------

TOLLERDALE_URL = "https://www.tollerdale.gov.uk/children-and-families/procedures-manual/policies-values-and-principles"
TOLLERDALE_PAGE_TITLE = "Policies, values and principles | Tollerdale Borough Council"
TOLLERDALE_PRINTED = "12/02/2026, 14:07"
TOLLERDALE_COOKIES = "We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it. Accept analytics cookies  Reject analytics cookies  View cookies"
TOLLERDALE_MASTHEAD = "Tollerdale Borough Council"
TOLLERDALE_MENU = ["Home", "Bins and recycling", "Council tax", "Housing", "Schools and learning", "Children and families", "Adult care", "Contact us"]
TOLLERDALE_SEARCH = "Search this site  Search"
TOLLERDALE_TRAIL = "Home › Children and families › Procedures manual › Policies, values and principles"
TOLLERDALE_AFTER = [
    "Was this page helpful?  Yes  No",
    "Report a problem with this page",
]
TOLLERDALE_FOOTER = ["Accessibility statement", "Privacy notice", "Cookies", "Terms of use", "Contact the council", "© Tollerdale Borough Council 2026"]
TOLLERDALE: list[tuple[str, str]] = [
    ("h", "About this chapter"),
    ("p", "This chapter sets out what Tollerdale's children's social care service believes and the principles that every other procedure in the manual follows. It applies to social workers, family support staff, managers and to the foster carers and residential staff who look after children on the council's behalf."),
    ("p", "The chapter was last amended in January 2026, when the section on support after care was rewritten and the list of legislation was checked."),
    ("h", "The law we work within"),
    ("p", "Parliament has given the council duties towards children in need, children in care and young people leaving care. The main Acts are:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Government guidance and the council's own policies explain how these duties are to be carried out day to day."),
    ("h", "What we believe"),
    ("p", "Children do best when they grow up with their own families, and most families can care safely for their children if they get the right help early enough. We are honest with parents about what worries us and we tell them what needs to change. We treat every child as an individual, and we listen to what children tell us, even when it is hard to hear."),
    ("h", "A job for every agency"),
    ("p", "No single organisation can keep children safe. Schools, health visitors, GPs, the police, housing officers and voluntary groups all see children we never meet. Working Together to Safeguard Children explains what each of them is expected to do, and the Tollerdale Safeguarding Children Partnership agrees how we do it locally."),
    ("h", "Being a parent to children in care"),
    ("p", "When a child comes into care, the council becomes their corporate parent and every department shares that job. In all we do for children in care and care leavers we must keep in mind the seven corporate parenting principles:"),
    ("b", "to act in the child's best interests and to promote their physical and mental health and well-being"),
    ("b", "to encourage the child to say what they think, want and feel"),
    ("b", "to take the child's views, wishes and feelings into account"),
    ("b", "to help the child find and make the most of the services the council and its partners offer"),
    ("b", "to promote high aspirations and try to secure the best outcomes for the child"),
    ("b", "for the child to be safe, and to have stability in their home, their relationships and their education or work"),
    ("b", "to prepare the child for adult life and living independently"),
    ("h", "Our practice framework"),
    ("p", "Tollerdale's social workers use the Safe and Together model wherever domestic abuse is part of a family's story. It asks us to keep the child safe together with the parent who is not abusive, and to hold the abusive parent to account for the harm their behaviour causes."),
    ("h", "Finding children a permanent home"),
    ("p", "Every child in care needs to know where they will grow up. A plan for permanence should be agreed within four months of the child coming into care, and the Independent Reviewing Officer checks progress against it at every review."),
    ("h", "Support after care"),
    ("p", "Leaving care is not the end of our responsibility. Each young person has a personal adviser up to the age of 21, and up to 25 for any care leaver who wants one. The adviser helps with housing, money, education, work and health."),
    ("h", "Keeping information safe"),
    ("p", "Families trust us with private information. We share it only when the law allows it and when it is needed to protect a child or give them a service, we share no more than is needed, and we write down what we shared and why."),
    ("end", "Page last updated: 14 January 2026"),
]

# --- 34702 Pellford: side bar, call-out boxes, a table across pages -----------------------------

PELLFORD_BAR = "Pellford District Council · Children's Services Procedures"
PELLFORD_COUNCIL = "Pellford District Council – Children and Young People's Service"
# ("box", label, text) is a call-out box floated beside the paragraph that follows it
PELLFORD: list[tuple[str, ...]] = [
    ("h", "Purpose"),
    ("p", "This chapter explains the values that Pellford's children's services hold and the principles they work by. New staff, agency workers and students read it first, in their induction."),
    ("p", "It was amended on 2 December 2025 to bring the leaving care offer and the practice model up to date."),
    ("h", "Legal basis"),
    ("p", "The council's duties towards children come from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, and from the Care Leavers (England) Regulations 2010. Where this chapter and the law disagree, the law applies."),
    ("h", "Our values"),
    ("box", "Key point", "Ask the child first. Their view goes into every assessment and every plan, in their own words."),
    ("p", "We respect children and their families and we are honest with them. We believe that people can change, and we look for what is going well in a family as carefully as we look for what is going wrong. We are fair to everyone, we challenge discrimination, and we keep our promises to children."),
    ("p", "We hold ourselves to account for the difference we make in children's lives rather than for the paperwork we complete."),
    ("h", "Partnership"),
    ("p", "Keeping children safe depends on many organisations working as one. Health, education, the police, probation and the voluntary sector each have their part, and the Pellford Safeguarding Children Partnership sets the local thresholds and checks how well agencies work together."),
    ("h", "Corporate parenting"),
    ("p", "Every Looked After Child has the whole council as their corporate parent. Councillors and officers must have regard to seven principles in everything they do for Looked After Children and care leavers. The table sets them out, with what each means for our staff."),
    ("table", "Principle|What it means for us",
     "Act in the child's best interests and promote their physical and mental health and well-being|Health assessments are on time, and emotional health is discussed at every visit",
     "Encourage the child to express their views, wishes and feelings|Children are offered an advocate and can attend their reviews",
     "Take the child's views, wishes and feelings into account|Plans say what the child asked for and what we did about it",
     "Help the child gain access to, and make the best use of, services|Workers help children use leisure, health and careers services",
     "Promote high aspirations and seek the best outcomes|The virtual school tracks every child's progress and ambitions",
     "Help the child be safe, with stability in home life, relationships and education or work|Moves of home and school are avoided unless they are in the child's interests",
     "Prepare the child for adulthood and independent living|Pathway planning starts at 15 and is built with the young person"),
    ("h", "Practice model"),
    ("box", "Practice note", "Use the three columns – what are we worried about, what is working well, what needs to happen – in every case discussion."),
    ("p", "Pellford uses Signs of Safety. Social workers build a shared understanding of danger and safety with the family and the people around them, and safety plans are agreed with the family rather than imposed on them."),
    ("p", "Children's own words and pictures are used to explain the plan to them."),
    ("h", "Permanence"),
    ("box", "Key point", "A permanence plan must be agreed within five months of a child becoming looked after."),
    ("p", "Children should not wait for decisions about where they will live. From the first day in care, workers plan for a permanent home, whether that is a return to the child's family, a home with relatives or friends, long-term fostering or adoption. Reviews check that the plan is on track."),
    ("h", "Leaving care"),
    ("p", "Every care leaver can have a personal adviser until their 25th birthday. The adviser helps them find somewhere to live, manage their money and stay in education, training or work."),
    ("h", "Confidentiality"),
    ("p", "Information about children and families is confidential. Staff share it only where it is needed to keep a child safe or to provide a service, and always in line with data protection law and the council's information sharing agreements."),
]

# --- 34703 Sedgecote: contents page, numbered bold headings in the body's size ------------------

SEDGECOTE_COUNCIL = "Sedgecote Council"
SEDGECOTE_SERVICE = "Children and Families Directorate"
SEDGECOTE: list[tuple[str, str]] = [
    ("h", "1. Introduction"),
    ("p", "This chapter describes the values and principles on which Sedgecote's services for children and families are built. It covers early help, children's social care and the service for care leavers."),
    ("p", "The chapter was updated in October 2025. The update added the council's priorities for the next three years."),
    ("h", "2. Legislative framework"),
    ("p", "The council's duties are found in the following Acts of Parliament:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "3. Vision"),
    ("p", "Our vision is of a Sedgecote where children grow up in safe, loving homes, do well at school and move into adult life with confidence. We want families to get help as soon as problems appear, from people they already know and trust."),
    ("h", "4. Values"),
    ("p", "We are respectful, curious and reliable. We speak plainly to families, we ask about the whole of a child's life and not only the incident that brought them to us, and we do what we said we would do."),
    ("h", "5. The council as corporate parent"),
    ("p", "The council is corporate parent to every cared for child and care leaver. The Children and Social Work Act 2017 requires it to have regard to seven principles:"),
    ("l", "(a) to act in the best interests of the child, and to promote their physical and mental health and well-being;"),
    ("l", "(b) to encourage the child to express their views, wishes and feelings;"),
    ("l", "(c) to take into account those views, wishes and feelings;"),
    ("l", "(d) to help the child gain access to, and make the best use of, services provided by the council and its partners;"),
    ("l", "(e) to promote high aspirations, and seek to secure the best outcomes, for the child;"),
    ("l", "(f) for the child to be safe, and for stability in their home lives, relationships and education or work;"),
    ("l", "(g) to prepare the child for adulthood and independent living."),
    ("h", "6. Practice model"),
    ("p", "Sedgecote has adopted Family Safeguarding. Social workers are teamed with specialists in adult mental health, domestic abuse and substance misuse, so that the problems parents face can be tackled together and children can stay safely at home wherever possible."),
    ("h", "7. Principles of practice"),
    ("h2", "7.1 Permanence"),
    ("p", "Every cared for child should have a plan for permanence by the time they have been in care for six months. The plan is discussed with the child in a way that suits their age."),
    ("h2", "7.2 Leaving care"),
    ("p", "Care leavers are offered the support of a personal adviser to age 21, and to 25 where they are in education or training."),
    ("h", "8. Our priorities 2025–2028"),
    ("p", "In the next three years we will open family hubs in each of the council's four localities, bring more children's homes into the borough, and halve the number of cared for children living more than twenty miles from Sedgecote."),
    ("h", "9. Information sharing"),
    ("p", "We share information to protect children and to give families the right help. Staff follow data protection law and the council's information sharing protocol, and they record each decision to share or not to share."),
    ("end", "Version 5.0"),
]
SEDGECOTE_PAGES = {"1. Introduction": 2, "2. Legislative framework": 2, "3. Vision": 2, "4. Values": 2, "5. The council as corporate parent": 2, "6. Practice model": 3, "7. Principles of practice": 3, "7.1 Permanence": 3, "7.2 Leaving care": 3, "8. Our priorities 2025–2028": 3, "9. Information sharing": 3}

# --- 34704 Marlingham: landscape, cover, inside cover, appendices -------------------------------

MARLINGHAM_COVER = ["Marlingham Metropolitan Borough Council", "Children's Services Procedures Manual", "Chapter 1.2"]
MARLINGHAM_HEADER = "Marlingham MBC – Children's Services Procedures Manual – Chapter 1.2"
MARLINGHAM_CONTROL = [
    ("Document title", TITLE),
    ("Version", "4.2"),
    ("Last amended", "12 January 2026"),
    ("Summary of changes", "Practice model section rewritten; appendices added"),
    ("Owner", "Assistant Director, Children's Social Care"),
    ("Approved by", "Children's Services Leadership Team"),
    ("Next review", "January 2028"),
]
MARLINGHAM: list[tuple[str, str]] = [
    ("h", "Introduction"),
    ("p", "This chapter is the starting point of Marlingham's procedures manual. It sets out the values that guide our work with children and families and the principles we expect every practitioner to follow, whatever their team. The Acts of Parliament under which the council acts are listed in Appendix 1."),
    ("h", "Our vision"),
    ("p", "We want every child in Marlingham to grow up in a family that keeps them safe and helps them thrive. Where children cannot live with their parents, we want them to have a settled home and people who will stand by them well into adult life."),
    ("h", "Our shared responsibility"),
    ("p", "Children are kept safe by many people working together. Our partners in health, schools, early years settings, the police and the voluntary sector share the duty to safeguard children, and the Marlingham Children's Safeguarding Partnership coordinates that work under Working Together to Safeguard Children 2023."),
    ("h", "Our values"),
    ("p", "We value relationships. Change happens when children and parents trust the people who work with them, so we keep the same worker with a family wherever we can, we are clear about our concerns, and we recognise what families do well."),
    ("h", "Corporate parenting"),
    ("p", "For children looked after by Marlingham, the council is a corporate parent. It must have regard to the seven corporate parenting principles, which are set out in full in Appendix 2, and it reports to councillors every year on how it has met them."),
    ("h", "Our practice model"),
    ("p", "Marlingham is a Restorative Practice council. We work with families rather than doing things to them or for them, combining high support with high challenge, and we use restorative conversations to repair harm and rebuild relationships."),
    ("h", "Key principles"),
    ("p", "Children are best looked after within their own families, and when they cannot be, with relatives or friends who know them. For every child looked after a permanence plan is agreed within three months of their arrival in care."),
    ("p", "Young people leaving our care keep a personal adviser up to their 21st birthday, or to their 25th if they are studying or in training."),
    ("h", "Information sharing"),
    ("p", "We share information lawfully, safely and only as far as is needed. Every practitioner must know the council's information sharing guidance and ask a manager where they are unsure."),
]
MARLINGHAM_APPENDIX_1 = ("Appendix 1 – Legislation", "This chapter relies on the following legislation:", [
    "Children Act 1989",
    "Children Act 2004",
    "Children and Families Act 2014",
    "Children and Social Work Act 2017",
    "Care Planning, Placement and Case Review (England) Regulations 2010",
])
MARLINGHAM_APPENDIX_2 = ("Appendix 2 – The corporate parenting principles", "Under section 1 of the Children and Social Work Act 2017 the council must have regard to the need:", [
    "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;",
    "to encourage them to express their views, wishes and feelings;",
    "to take into account their views, wishes and feelings;",
    "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;",
    "to promote high aspirations, and seek to secure the best outcomes, for them;",
    "for them to be safe, and for stability in their home lives, relationships and education or work;",
    "to prepare them for adulthood and independent living.",
])
# fmt: on


def _page(html_body: str, css: str, title: str = TITLE) -> bytes:
    import weasyprint

    document = (
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{css}</style></head><body>{html_body}</body></html>"
    )
    return bytes(weasyprint.HTML(string=document).write_pdf())


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _list_html(blocks: list[tuple[str, str]]) -> str:
    """Headings (h2, or h3 for "h2"), paragraphs and bulleted items as HTML."""
    parts: list[str] = []
    in_list = False
    for kind, text in blocks:
        if kind == "b" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif kind != "b" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "h":
            parts.append(f"<h2>{_e(text)}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{_e(text)}</h3>")
        elif kind == "b":
            parts.append(f"<li>{_e(text)}</li>")
        elif kind == "l":
            parts.append(f"<p class='lettered'>{_e(text)}</p>")
        elif kind == "end":
            parts.append(f"<p class='end'>{_e(text)}</p>")
        else:
            parts.append(f"<p>{_e(text)}</p>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)


# --- 34701 -----------------------------------------------------------------------------------------

TOLLERDALE_CSS = f"""
@page {{ size: A4; margin: 14mm 10mm 14mm 10mm;
  @top-left {{ content: "{TOLLERDALE_PRINTED}"; font: 8pt {FONT}; color: #000; vertical-align: middle; width: 30%; }}
  @top-center {{ content: "{TOLLERDALE_PAGE_TITLE}"; font: 8pt {FONT}; color: #000; vertical-align: middle; width: 70%; }}
  @bottom-left {{ content: "{TOLLERDALE_URL}"; font: 8pt {FONT}; color: #000; vertical-align: middle; width: 85%; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt {FONT}; color: #000; vertical-align: middle; }} }}
body {{ font: 10.5pt/1.55 {FONT}; color: #0b0c0c; margin: 0 6mm; }}
.cookies {{ background: #f3f2f1; padding: 3mm 4mm; font-size: 9pt; margin: 0 -6mm 3mm -6mm; }}
.masthead {{ background: #0b3d5c; color: #fff; font: bold 13pt {FONT}; padding: 3mm 4mm; margin: 0 -6mm; }}
.menu {{ background: #e8eef2; padding: 2mm 4mm; margin: 0 -6mm 2mm -6mm; font-size: 9pt; }}
.menu span {{ margin-right: 4mm; }}
.search {{ font-size: 9pt; color: #505a5f; border: 0.6pt solid #505a5f; padding: 1.5mm 3mm; width: 70mm; margin: 2mm 0; }}
.trail {{ font-size: 8.5pt; color: #1d70b8; margin: 2mm 0 5mm 0; }}
h1 {{ font: bold 22pt/1.2 {FONT}; margin: 0 0 5mm 0; }}
h2 {{ font: bold 14pt {FONT}; margin: 6mm 0 2mm 0; }}
p {{ margin: 0 0 3mm 0; }}
ul {{ margin: 0 0 3mm 0; padding-left: 7mm; }}
li {{ margin: 0 0 1mm 0; }}
p.end {{ font-size: 9pt; color: #505a5f; margin-top: 8mm; }}
.helpful {{ border-top: 1pt solid #b1b4b6; margin-top: 6mm; padding-top: 3mm; font-size: 9.5pt; }}
.helpful p {{ margin: 0 0 2mm 0; }}
.footer {{ background: #0b3d5c; color: #fff; font-size: 8.5pt; padding: 4mm; margin: 6mm -6mm 0 -6mm; }}
.footer span {{ margin-right: 4mm; }}
"""


def tollerdale() -> bytes:
    body = (
        f"<div class='cookies'>{_e(TOLLERDALE_COOKIES)}</div>"
        f"<div class='masthead'>{_e(TOLLERDALE_MASTHEAD)}</div>"
        "<div class='menu'>"
        + "".join(f"<span>{_e(word)}</span>" for word in TOLLERDALE_MENU)
        + "</div>"
        f"<div class='search'>{_e(TOLLERDALE_SEARCH)}</div>"
        f"<div class='trail'>{_e(TOLLERDALE_TRAIL)}</div>"
        f"<h1>{_e(TITLE)}</h1>"
        + _list_html(TOLLERDALE)
        + "<div class='helpful'>"
        + "".join(f"<p>{_e(line)}</p>" for line in TOLLERDALE_AFTER)
        + "</div>"
        + "<div class='footer'>"
        + "".join(f"<span>{_e(word)}</span>" for word in TOLLERDALE_FOOTER)
        + "</div>"
    )
    return _page(body, TOLLERDALE_CSS, TOLLERDALE_PAGE_TITLE)


# --- 34702 -----------------------------------------------------------------------------------------

PELLFORD_CSS = f"""
@page {{ size: A4; margin: 20mm 18mm 20mm 36mm;
  @bottom-right {{ content: counter(page); font: 8pt {FONT}; color: #1f6f6a; }} }}
body {{ font: 10pt/1.5 {FONT}; color: #1a1a1a; }}
h1 {{ font: bold 20pt/1.2 {FONT}; color: #1f6f6a; margin: 0 0 1mm 0; }}
p.council {{ font-size: 10.5pt; color: #555; margin: 0 0 6mm 0; }}
h2 {{ font: bold 12.5pt {FONT}; color: #1f6f6a; margin: 5mm 0 2mm 0; clear: both; }}
p {{ margin: 0 0 2.5mm 0; }}
.box {{ float: right; width: 52mm; margin: 0 0 2mm 5mm; padding: 2.5mm 3mm; background: #e4f1ef;
  border-left: 2.5mm solid #1f6f6a; font-size: 9pt; line-height: 1.4; }}
.box .label {{ font-weight: bold; color: #1f6f6a; margin: 0 0 1mm 0; }}
.box p {{ margin: 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 2mm 0 0 0; font-size: 9.5pt; }}
thead {{ display: table-header-group; }}
th {{ background: #1f6f6a; color: #fff; text-align: left; padding: 2mm; }}
td {{ border: 0.5pt solid #9bb; padding: 2mm; vertical-align: top; }}
.bar {{ position: fixed; left: -30mm; top: -20mm; width: 16mm; height: 297mm; background: #1f6f6a; }}
.bar p {{ position: absolute; left: -110mm; top: 140mm; width: 236mm; transform: rotate(-90deg);
  color: #fff; font: bold 10pt {FONT}; text-align: center; margin: 0; letter-spacing: 0.6pt; }}
"""


def pellford() -> bytes:
    parts = [
        f"<div class='bar'><p>{_e(PELLFORD_BAR)}</p></div>"
        f"<h1>{_e(TITLE)}</h1><p class='council'>{_e(PELLFORD_COUNCIL)}</p>"
    ]
    for block in PELLFORD:
        kind = block[0]
        if kind == "h":
            parts.append(f"<h2>{_e(block[1])}</h2>")
        elif kind == "box":
            parts.append(
                f"<div class='box'><p class='label'>{_e(block[1])}</p><p>{_e(block[2])}</p></div>"
            )
        elif kind == "table":
            header, *rows = block[1:]
            head = (
                "<thead><tr>"
                + "".join(f"<th>{_e(c)}</th>" for c in header.split("|"))
                + "</tr></thead>"
            )
            parts.append(
                f"<table>{head}<tbody>"
                + "".join(
                    "<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row.split("|")) + "</tr>"
                    for row in rows
                )
                + "</tbody></table>"
            )
        else:
            parts.append(f"<p>{_e(block[1])}</p>")
    return _page("".join(parts), PELLFORD_CSS)


# --- 34703 -----------------------------------------------------------------------------------------

SEDGECOTE_CSS = f"""
@page {{ size: A4; margin: 22mm 24mm 22mm 24mm;
  @bottom-left {{ content: "{SEDGECOTE_COUNCIL}"; font: 8.5pt {SERIF}; color: #333; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8.5pt {SERIF}; color: #333; }} }}
body {{ font: 11pt/1.45 {SERIF}; color: #111; }}
.cover h1 {{ font: bold 18pt/1.25 {SERIF}; margin: 0 0 3mm 0; }}
.cover p {{ margin: 0 0 1mm 0; }}
h2.contents {{ font: bold 11pt {SERIF}; margin: 10mm 0 4mm 0; }}
.toc p {{ margin: 0 0 1.6mm 0; }}
.toc p.sub {{ padding-left: 8mm; }}
.toc a {{ color: #111; text-decoration: none; }}
.toc a::after {{ content: leader('.') target-counter(attr(href), page); }}
.body {{ break-before: page; }}
h2 {{ font: bold 11pt/1.45 {SERIF}; margin: 4mm 0 1mm 0; }}
h3 {{ font: bold 11pt/1.45 {SERIF}; margin: 3mm 0 1mm 0; }}
p {{ margin: 0 0 2.5mm 0; text-align: justify; }}
p.lettered {{ padding-left: 8mm; text-indent: -8mm; margin-left: 8mm; margin-bottom: 1.2mm; }}
ul {{ margin: 0 0 2.5mm 0; padding-left: 8mm; }}
p.end {{ margin-top: 8mm; font-size: 9pt; }}
"""


def _anchor(index: int) -> str:
    return f"s{index}"


def sedgecote() -> bytes:
    headings = [(kind, text) for kind, text in SEDGECOTE if kind in ("h", "h2")]
    toc = "".join(
        f"<p class='{'sub' if kind == 'h2' else 'top'}'><a href='#{_anchor(index)}'>{_e(text)}</a></p>"
        for index, (kind, text) in enumerate(headings)
    )
    body: list[str] = []
    index = 0
    in_list = False
    for kind, text in SEDGECOTE:
        if kind == "b" and not in_list:
            body.append("<ul>")
            in_list = True
        elif kind != "b" and in_list:
            body.append("</ul>")
            in_list = False
        if kind in ("h", "h2"):
            tag = "h2" if kind == "h" else "h3"
            body.append(f"<{tag} id='{_anchor(index)}'>{_e(text)}</{tag}>")
            index += 1
        else:
            body.append(_list_html([(kind, text)]))
    page = (
        f"<div class='cover'><h1>{_e(TITLE)}</h1><p>{_e(SEDGECOTE_COUNCIL)}</p><p>{_e(SEDGECOTE_SERVICE)}</p></div>"
        f"<h2 class='contents'>Contents</h2><div class='toc'>{toc}</div>"
        f"<div class='body'>{''.join(body)}</div>"
    )
    return _page(page, SEDGECOTE_CSS)


# --- 34704 -----------------------------------------------------------------------------------------

MARLINGHAM_CSS = f"""
@page {{ size: A4 landscape; margin: 20mm 22mm 18mm 22mm;
  @top-left {{ content: "{MARLINGHAM_HEADER}"; font: 8pt {FONT}; color: #5a2a82; }}
  @bottom-right {{ content: "Page " counter(page); font: 8pt {FONT}; color: #5a2a82; }} }}
@page cover {{ margin: 0; @top-left {{ content: none; }} @bottom-right {{ content: none; }} }}
body {{ font: 10.5pt/1.5 {FONT}; color: #1c1c1c; }}
.cover {{ page: cover; height: 210mm; background: #5a2a82; color: #fff; padding: 34mm 30mm 0 30mm; box-sizing: border-box; break-after: page; }}
.cover p {{ font: 14pt {FONT}; margin: 0 0 3mm 0; }}
.cover p.council {{ font: bold 16pt {FONT}; margin-bottom: 22mm; }}
.cover h1 {{ font: bold 30pt/1.2 {FONT}; margin: 16mm 0 0 0; }}
.control {{ break-after: page; }}
h2 {{ font: bold 14pt {FONT}; color: #5a2a82; margin: 5mm 0 2mm 0; }}
.control table {{ border-collapse: collapse; width: 70%; font-size: 10pt; }}
.control td {{ border: 0.6pt solid #999; padding: 2mm 3mm; }}
.control td.label {{ font-weight: bold; background: #efe8f5; width: 35%; }}
p {{ margin: 0 0 2.5mm 0; }}
.appendix {{ break-before: page; }}
ol {{ margin: 0 0 2.5mm 0; padding-left: 8mm; }}
ul {{ margin: 0 0 2.5mm 0; padding-left: 8mm; }}
"""


def marlingham() -> bytes:
    council, manual, chapter = MARLINGHAM_COVER
    cover = (
        f"<div class='cover'><p class='council'>{_e(council)}</p><p>{_e(manual)}</p>"
        f"<p>{_e(chapter)}</p><h1>{_e(TITLE)}</h1></div>"
    )
    control = (
        "<div class='control'><h2>Document control</h2><table>"
        + "".join(
            f"<tr><td class='label'>{_e(label)}</td><td>{_e(value)}</td></tr>"
            for label, value in MARLINGHAM_CONTROL
        )
        + "</table></div>"
    )
    appendices = ""
    for (heading, lead, items), tag in (
        (MARLINGHAM_APPENDIX_1, "ul"),
        (MARLINGHAM_APPENDIX_2, "ol"),
    ):
        appendices += (
            f"<div class='appendix'><h2>{_e(heading)}</h2><p>{_e(lead)}</p><{tag}>"
            + "".join(f"<li>{_e(item)}</li>" for item in items)
            + f"</{tag}></div>"
        )
    return _page(cover + control + _list_html(MARLINGHAM) + appendices, MARLINGHAM_CSS)


# --- notes -----------------------------------------------------------------------------------------

ABOUT = {
    "34701": "WeasyPrint imitating a browser's Print to PDF of a council web page: date and time and the page title at the top of every page, the page address and 'n/3' at the foot; the site's cookie line, masthead, menu, search box and breadcrumb above the chapter on page one; 'Was this page helpful?' and the footer links after it",
    "34702": "WeasyPrint; a coloured side bar in the left margin of every page holding the manual's name; 'Key point' and 'Practice note' call-out boxes floated right beside the body text; the corporate parenting principles in a two-column table with a header row, breaking across pages with the header repeated; page number at the foot",
    "34703": "WeasyPrint; title and council lines, a 'Contents' page listing numbered headings and sub-headings with dot leaders and page numbers; the body from page 2, its numbered headings and sub-headings bold in the body's own size; footer council name and 'Page N of M'",
    "34704": "WeasyPrint; A4 landscape; a coloured cover page (council, manual, chapter number, title), an inside cover with a 'Document control' table, the body under a running header with 'Page N' at the foot, two appendices on pages of their own",
}


def _blocks_note(blocks: list[tuple[str, ...]]) -> list[str]:
    lines: list[str] = []
    previous = ""
    for block in blocks:
        kind, text = block[0], block[1]
        if kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            if kind == "h":
                lines.append(f"## {text}")
            elif kind == "h2":
                lines.append(f"### {text}")
            elif kind == "box":
                lines.append(f"> **{text}** {block[2]}  (call-out box beside the next paragraph)")
            elif kind == "table":
                rows = [row.split("|") for row in block[1:]]
                lines += [f"| {' | '.join(row)} |" for row in rows]
                lines.insert(len(lines) - len(rows) + 1, "|---|---|")
            else:
                lines.append(text)
            lines.append("")
        previous = kind
    return lines


def _note(number: str) -> str:
    lines = [f"%% built by {SCRIPT}: {ABOUT[number]}", ""]
    if number == "34701":
        lines += [
            f"(every page: top '{TOLLERDALE_PRINTED}' and '{TOLLERDALE_PAGE_TITLE}'; foot '{TOLLERDALE_URL}' and 'n/3')",
            "",
            TOLLERDALE_COOKIES,
            "",
            TOLLERDALE_MASTHEAD,
            "",
            "  ".join(TOLLERDALE_MENU),
            "",
            TOLLERDALE_SEARCH,
            "",
            TOLLERDALE_TRAIL,
            "",
            f"# {TITLE}",
            "",
            *_blocks_note(TOLLERDALE),
            *[line + "\n" for line in TOLLERDALE_AFTER],
            "  ".join(TOLLERDALE_FOOTER),
        ]
    elif number == "34702":
        lines += [
            f"(every page: side bar '{PELLFORD_BAR}' in the left margin; page number at the foot)",
            "",
            f"# {TITLE}",
            "",
            PELLFORD_COUNCIL,
            "",
            *_blocks_note(PELLFORD),
            "(the table breaks across pages 1 and 2, its header row repeated at the top of page 2)",
        ]
    elif number == "34703":
        lines += [
            f"(footer on every page: {SEDGECOTE_COUNCIL} | Page N of M)",
            "",
            f"# {TITLE}",
            "",
            SEDGECOTE_COUNCIL,
            SEDGECOTE_SERVICE,
            "",
            "## Contents",
            "",
        ]
        for kind, text in SEDGECOTE:
            if kind in ("h", "h2"):
                indent = "    " if kind == "h2" else ""
                lines.append(f"{indent}{text} ........ {SEDGECOTE_PAGES[text]}")
        lines += ["", "(page break; headings below bold in the body's size)", ""]
        lines += _blocks_note([(kind, text) for kind, text in SEDGECOTE])
    else:
        lines += [
            f"(landscape pages; body pages: running header '{MARLINGHAM_HEADER}', footer 'Page N')",
            "",
            "--- cover page",
            MARLINGHAM_COVER[0],
            MARLINGHAM_COVER[1],
            MARLINGHAM_COVER[2],
            "",
            f"# {TITLE}",
            "",
            "--- inside cover",
            "## Document control",
            "",
            *[f"| {label} | {value} |" for label, value in MARLINGHAM_CONTROL],
            "",
            "--- body",
            *_blocks_note([(kind, text) for kind, text in MARLINGHAM]),
        ]
        for heading, lead, items in (MARLINGHAM_APPENDIX_1, MARLINGHAM_APPENDIX_2):
            lines += ["--- new page", f"## {heading}", "", lead, ""]
            numbered = heading == MARLINGHAM_APPENDIX_2[0]
            lines += [
                f"{index}. {item}" if numbered else f"- {item}"
                for index, item in enumerate(items, start=1)
            ]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    builders = {
        "34701": tollerdale,
        "34702": pellford,
        "34703": sedgecote,
        "34704": marlingham,
    }
    for number, name in NAMES.items():
        (HERE / name).write_bytes(builders[number]())
        (HERE / (name + ".md")).write_text(_note(number), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
