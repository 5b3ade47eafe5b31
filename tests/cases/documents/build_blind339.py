# ruff: noqa: E501, RUF001, RUF002, RUF003  (the chapters' paragraphs are kept a line each, as written, with their typographic marks)
"""Build the 339th blind set: four whole "Children's Services Policies, Values and Principles"
chapters of invented councils, as PDF and Word files laid out the ways councils lay them out.

    33901  Brindleham (WeasyPrint): the body set in two columns from the top of the first page,
           the text running down the left column and then the right; the title and a council
           line across the page above the columns; a running header naming the council's manual
           on the left and the chapter on the right; a footer "Page N of M".
    33902  Elvingham (WeasyPrint): a slide deck saved as PDF: 16:9 landscape pages, a title
           slide, an agenda slide, then one topic per slide, each with a slide title and bullet
           points; the council's name in a coloured band at the top of every slide and the
           chapter's short name and slide number at the foot; one topic carried over onto a
           second slide "(continued)".
    33903  Stallingford (WeasyPrint): headings numbered "Section 3 – …"; real page footnotes
           laid out by hand, citing the Acts and their sections at the foot of the page
           where they are called; a heading left at the foot of page 1 with its text on page 2;
           a footer with the council's name and the page number.
    33904  Lindenholme (python-docx): a two-row document control table under the title
           (Version, Approved, Owner, Review due / their values); a "Contents" label in the TOC
           Heading style over Word's TOC field whose entries carry the drawn numbers as text;
           Heading 1 and Heading 2 numbered by Word list numbering (a numPr on each heading, no
           number in the text); tracked changes made and accepted: Track Changes still switched
           on in the settings, runs split where edits were accepted, each with its own rsid.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind339.py   (python-docx, weasyprint)
"""

from __future__ import annotations

import html
import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind339.py"
TITLE = "Children's Services Policies, Values and Principles"
FONT = "'DejaVu Sans', sans-serif"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'

NAMES = {
    "33901": "33901-pdf-weasyprint-two-columns-from-top-running-header-council-manual-and-chapter-page-n-of-m-footer-brindleham-revised-month-five-acts-bulleted-seven-numbered-strengthening-families-four-months-21-or-25-if-asked-lac.pdf",
    "33902": "33902-pdf-weasyprint-slide-deck-landscape-16-9-council-band-every-slide-agenda-slide-one-topic-per-slide-continued-slide-elvingham-amended-month-five-with-regulations-seven-over-two-slides-systemic-six-months-25-for-all-children-in-care.pdf",
    "33903": "33903-pdf-weasyprint-section-n-dash-headings-page-footnotes-citing-acts-heading-at-page-foot-text-next-page-stallingford-amended-day-four-acts-footnoted-seven-stated-family-safeguarding-five-months-21-or-25-education-version-last-cla.pdf",
    "33904": "33904-docx-two-row-control-table-contents-label-toc-field-numbered-entries-headings-word-list-numbered-accepted-tracked-changes-split-runs-lindenholme-approved-day-version-six-with-regulations-signs-of-safety-three-months-21-or-25-cared-for.docx",
}

# fmt: off
# --- 33901 Brindleham: two columns, running header, Page N of M ----------------------------------

BRINDLEHAM_COUNCIL = "Brindleham District Council – Children and Families Service"
BRINDLEHAM_HEADER_LEFT = "Brindleham District Council · Children's Services Procedures Manual"
BRINDLEHAM_HEADER_RIGHT = "Chapter 1.1 · Policies, Values and Principles"
BRINDLEHAM: list[tuple[str, str]] = [
    ("h", "Why this chapter matters"),
    ("p", "Every procedure in this manual rests on the commitments described here. When a worker is unsure what a procedure expects, or meets a family whose circumstances no procedure foresaw, this chapter is the place to start."),
    ("p", "The chapter was revised in September 2025. The revision brought the legislation up to date and added the section on our practice approach."),
    ("h", "The laws that shape our duties"),
    ("p", "Brindleham's responsibilities towards children and their families come from Parliament. The most important are:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("p", "Statutory guidance made under these Acts, and the council's own policies, fill in the detail."),
    ("h", "What we stand for"),
    ("p", "We believe that children belong with people who love them, and that the state should step in only as far as it must. When we do step in, we owe children and parents honesty, courtesy and a clear account of what we are worried about."),
    ("p", "We measure ourselves by what changes for children, not by the number of forms completed. Staff are encouraged to say when a process gets in the way of a child's interests."),
    ("h", "Nobody works alone"),
    ("p", "Teachers, school nurses, GPs, police officers and youth workers often know a child far better than we do. Working Together to Safeguard Children 2023 describes how agencies share the job of protecting children, and the Brindleham Safeguarding Partnership turns that guidance into local arrangements."),
    ("h", "Our duties as a corporate parent"),
    ("p", "When a child is looked after, the whole council takes on a parent's role. The law gives us seven corporate parenting principles, and every service of the council must have regard to them. We must:"),
    ("n", "act in the best interests of the child and promote their physical and mental health and well-being;"),
    ("n", "encourage the child to express their views, wishes and feelings;"),
    ("n", "take those views, wishes and feelings into account;"),
    ("n", "help the child gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "promote high aspirations and seek to secure the best outcomes for the child;"),
    ("n", "make sure the child is safe and has stability in their home life, relationships and education or work;"),
    ("n", "prepare the child for adulthood and independent living."),
    ("h", "How we practise"),
    ("p", "Brindleham follows the Strengthening Families approach. Conferences and family meetings are organised around three questions: what are we worried about, what is working well, and what needs to happen next. Families see the same written analysis that professionals see."),
    ("h", "Planning for permanence"),
    ("p", "No child should drift in care. For every Looked After Child a permanence plan is to be agreed within four months of the child coming into our care, and is then checked at every statutory review."),
    ("h", "Leaving care"),
    ("p", "Young people leaving our care will have a personal adviser until they reach 21. If they ask for one, they can keep an adviser up to the age of 25."),
    ("h", "Confidentiality and sharing information"),
    ("p", "We keep what families tell us confidential unless sharing it is needed to protect a child or is required by law. When we share, we share only what is necessary, with the people who need it, and we record why."),
]

# --- 33902 Elvingham: a slide deck -----------------------------------------------------------------

ELVINGHAM_COUNCIL = "Elvingham Borough Council"
ELVINGHAM_FOOT = "Policies, Values and Principles"
ELVINGHAM_TITLE_SLIDE = [TITLE, "Children's Social Care – staff briefing", ELVINGHAM_COUNCIL]
ELVINGHAM: list[tuple[str, list[str]]] = [
    ("What this briefing covers", [
        "About this chapter",
        "The law behind our work",
        "Our vision",
        "Working with other agencies",
        "Corporate parenting",
        "Our practice model",
        "Permanence and leaving care",
        "Sharing information",
    ]),
    ("About this chapter", [
        "Sets out the values and principles behind every procedure in the Elvingham manual",
        "Applies to everyone in Children's Social Care who works with children in need, children in care and care leavers",
        "This chapter was amended in May 2025: the legislation list and the care leavers' offer were brought up to date",
    ]),
    ("The law behind our work", [
        "Children Act 1989",
        "Children Act 2004",
        "Children and Families Act 2014",
        "Children and Social Work Act 2017",
        "Care Leavers (England) Regulations 2010",
    ]),
    ("Our vision", [
        "Every child in Elvingham grows up safe, loved and able to do well",
        "Children live with their own families wherever that can be made safe",
        "When children cannot live at home, they know where they will grow up and who is on their side",
    ]),
    ("Working with other agencies", [
        "Safeguarding is shared with schools, health services, the police and the voluntary sector",
        "Working Together to Safeguard Children 2023 sets out what each agency must do",
        "Our local partnership agrees thresholds and joint training",
    ]),
    ("Corporate parenting", [
        "For every child in our care, the council as a whole acts as the child's parent",
        "There are seven corporate parenting principles; the council must:",
        "1. act in the child's best interests and promote their health and well-being",
        "2. encourage the child to express their views, wishes and feelings",
        "3. take those views, wishes and feelings into account",
    ]),
    ("Corporate parenting (continued)", [
        "4. help the child to use the services available to them",
        "5. promote high aspirations and the best possible outcomes",
        "6. keep the child safe, with stability at home, at school or at work",
        "7. prepare the child for adulthood and living independently",
    ]),
    ("Our practice model", [
        "Elvingham uses Systemic Practice",
        "Workers look at the relationships around a child, not just at one person's behaviour",
        "Weekly group case discussions bring several points of view to each family's situation",
    ]),
    ("Permanence and leaving care", [
        "A plan for permanence is agreed within six months of a child entering care",
        "Care leavers can have a personal adviser until their 25th birthday",
        "The adviser helps with a home, money, learning and work",
    ]),
    ("Sharing information", [
        "Share information when it protects a child; record what was shared, with whom and why",
        "Follow data protection law and the council's information governance rules",
        "If in doubt, ask a manager before sharing",
    ]),
]

# --- 33903 Stallingford: Section N – headings, page footnotes ----------------------------------------

STALLINGFORD_COUNCIL = "Stallingford City Council"
# [^text] marks a footnote at the foot of the page where it is called.
STALLINGFORD: list[tuple[str, str]] = [
    ("title", TITLE),
    ("council", "Stallingford City Council · Children's Services"),
    ("h", "Section 1 – About this chapter"),
    ("p", "This chapter states what Stallingford's children's services value and the principles on which the rest of the manual is built. It is for every member of staff, whatever their role, and for the foster carers and providers who work on the council's behalf."),
    ("p", "Amended on 3 March 2026, when the sections on permanence and leaving care were rewritten."),
    ("h", "Section 2 – Legal framework"),
    ("p", "The council's duties to children in need, to children looked after and to care leavers arise chiefly under the Children Act 1989[^Children Act 1989, in particular Part 3 (sections 17 to 30A) and Part 4 (sections 31 to 42).], the Children Act 2004[^Children Act 2004, section 10 (co-operation to improve well-being) and section 11 (safeguarding arrangements).], the Children and Families Act 2014[^Children and Families Act 2014, Part 1 (adoption and contact) and Part 3 (special educational needs).] and the Children and Social Work Act 2017[^Children and Social Work Act 2017, sections 1 to 3.]."),
    ("h", "Section 3 – Our vision"),
    ("p", "We want Stallingford to be a city where children are brought up safely by their own families, where help arrives early, and where children who cannot stay at home grow up with carers who will stay with them into adult life."),
    ("h", "Section 4 – Values"),
    ("p", "Our work is guided by respect for children and parents, by honesty about risk, and by the belief that people can change when they are given the right help at the right time. We treat every family fairly and we notice and challenge discrimination."),
    ("h", "Section 5 – Working with partners"),
    ("p", "The council shares responsibility for safeguarding with health services, the police, schools and voluntary organisations.[^Working Together to Safeguard Children 2023, chapter 2.] We agree common thresholds with them and we expect to be challenged when we are wrong."),
    ("h", "Section 6 – Corporate parenting"),
    ("p", "Every councillor and officer is a corporate parent to the children the council looks after. We must have regard to the seven corporate parenting principles set out in law[^Children and Social Work Act 2017, section 1(1).], so that each child is listened to, kept safe, given stability and helped to prepare for adult life with high expectations of what they can achieve."),
    ("h", "Section 7 – Our practice model"),
    ("p", "Stallingford has adopted Family Safeguarding. Each social work team includes practitioners with expertise in domestic abuse, parental mental health and drug and alcohol misuse, who work with parents alongside the child's social worker."),
    ("p", "Workers use motivational interviewing to help parents find their own reasons to change."),
    ("h", "Section 8 – Permanence"),
    ("p", "A permanence plan should be in place within five months of a child becoming looked after. The plan names where the child will live, with whom, and how their relationships with family and friends will be kept up."),
    ("h", "Section 9 – Care leavers"),
    ("p", "Care leavers receive the support of a personal adviser to the age of 21, or to 25 where the young person remains in education or training.[^Children Act 1989, sections 23C and 23CZB.]"),
    ("h", "Section 10 – Information and confidentiality"),
    ("p", "Records about children looked after and their families are confidential. They are shared only with people who need them to protect or support the child, and in line with data protection law."),
    ("end", "Version 3.1"),
    ("end", "Last updated: 3 March 2026"),
]
# the heading whose text is pushed onto the next page
STALLINGFORD_BREAK_AFTER = "Section 7 – Our practice model"

# --- 33904 Lindenholme: Word, control table, TOC, list-numbered headings, accepted changes ------

LINDENHOLME_CONTROL = [
    ("Version", "Approved", "Owner", "Review due"),
    ("6.0", "22 October 2025", "Head of Quality and Safeguarding", "October 2027"),
]
# a "|" inside a text marks where an accepted tracked change split the run
LINDENHOLME: list[tuple[str, str]] = [
    ("h", "Purpose of this chapter"),
    ("p", "This chapter explains the beliefs and principles that guide Lindenholme's children's services. Other chapters say what to do; this one says |why| we do it, and should be read first by anyone new to the service."),
    ("h", "Legislation"),
    ("p", "Our work is governed by the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, |together with| the Care Planning, Placement and Case Review (England) Regulations 2010."),
    ("h", "Values"),
    ("p", "We are respectful, open and persistent. We listen to children and take what they say seriously, we tell families the truth about our concerns, and we do not give up on a child |because a plan has| not worked."),
    ("h", "Working together"),
    ("p", "Protecting children is a shared task. Health, education, the police and the voluntary sector each hold part of the picture, and Working Together to Safeguard Children 2023 sets out how those parts fit together."),
    ("h", "Corporate parenting"),
    ("p", "The council is the corporate parent of every cared for child. In everything it does it must have regard to |seven principles|, which are to:"),
    ("b", "act in the child's best interests and promote their health and well-being;"),
    ("b", "encourage the child to express their views, wishes and feelings;"),
    ("b", "take account of those views, wishes and feelings;"),
    ("b", "help the child to access and make the best use of services;"),
    ("b", "promote high aspirations and seek the best outcomes;"),
    ("b", "make sure the child is safe and has stability at home, in relationships and in education or work;"),
    ("b", "prepare the child for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Lindenholme practises |Signs of Safety|. Workers and families map together the dangers, the strengths and the next steps, and safety plans are written in words that children can understand."),
    ("h", "Key principles"),
    ("h2", "Permanence"),
    ("p", "A permanence plan is made for every cared for child within |three| months of their becoming looked after."),
    ("h2", "Leaving care"),
    ("p", "Care leavers keep a personal adviser |up to the age of 21, or until 25 if they are still studying|."),
    ("h", "Our priorities for 2025 to 2028"),
    ("p", "Over the next three years we will recruit more foster carers within the borough, reduce the number of changes of social worker a child experiences, and open a second family hub."),
    ("h", "Information sharing"),
    ("p", "Information is shared when it is needed to keep a child safe or to provide a service, and always in line with data protection law. Staff record what they share |and the reason for sharing it|."),
]
LINDENHOLME_PAGES = {"Purpose of this chapter": 2, "Legislation": 2, "Values": 2, "Working together": 2, "Corporate parenting": 3, "Our practice model": 3, "Key principles": 3, "Permanence": 3, "Leaving care": 3, "Our priorities for 2025 to 2028": 4, "Information sharing": 4}
# fmt: on


def _page(html_body: str, css: str) -> bytes:
    import weasyprint

    document = (
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(TITLE)}</title>"
        f"<style>{css}</style></head><body>{html_body}</body></html>"
    )
    return bytes(weasyprint.HTML(string=document).write_pdf())


def _blocks_html(blocks: list[tuple[str, str]]) -> str:
    parts: list[str] = []
    open_list = ""
    for kind, text in blocks:
        wanted = {"b": "ul", "n": "ol"}.get(kind, "")
        if open_list and wanted != open_list:
            parts.append(f"</{open_list}>")
            open_list = ""
        if wanted and not open_list:
            parts.append(f"<{wanted}>")
            open_list = wanted
        body = html.escape(text)
        if kind == "h":
            parts.append(f"<h2>{body}</h2>")
        elif wanted:
            parts.append(f"<li>{body}</li>")
        else:
            parts.append(f"<p>{body}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    return "".join(parts)


# --- 33901 -----------------------------------------------------------------------------------------

BRINDLEHAM_CSS = f"""
@page {{ size: A4; margin: 24mm 17mm 22mm 17mm;
  @top-left {{ content: "{BRINDLEHAM_HEADER_LEFT}"; font: 7.5pt {FONT}; color: #555; border-bottom: 0.5pt solid #888; }}
  @top-right {{ content: "{BRINDLEHAM_HEADER_RIGHT}"; font: 7.5pt {FONT}; color: #555; border-bottom: 0.5pt solid #888; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt {FONT}; }} }}
body {{ font: 10.5pt/1.5 {FONT}; color: #1b1b1b; }}
h1 {{ font: bold 20pt {FONT}; color: #24553b; margin: 0 0 1mm 0; }}
p.council {{ font-size: 10.5pt; color: #444; margin: 0 0 5mm 0; border-bottom: 1.2pt solid #24553b; padding-bottom: 2mm; }}
.cols {{ columns: 2; column-gap: 7mm; }}
h2 {{ font: bold 10.5pt {FONT}; color: #24553b; margin: 3.5mm 0 1.2mm 0; }}
p {{ margin: 0 0 2.2mm 0; text-align: justify; hyphens: manual; }}
ul, ol {{ margin: 0 0 2.2mm 0; padding-left: 5mm; }}
li {{ margin: 0 0 0.8mm 0; }}
"""


def brindleham() -> bytes:
    body = (
        f"<h1>{html.escape(TITLE)}</h1><p class='council'>{html.escape(BRINDLEHAM_COUNCIL)}</p>"
        f"<div class='cols'>{_blocks_html(BRINDLEHAM)}</div>"
    )
    return _page(body, BRINDLEHAM_CSS)


# --- 33902 -----------------------------------------------------------------------------------------

ELVINGHAM_CSS = f"""
@page {{ size: 254mm 142.875mm; margin: 0; }}
body {{ font: 15pt/1.3 {FONT}; color: #222; margin: 0; }}
.slide {{ position: relative; width: 254mm; height: 142.875mm; break-after: page; overflow: hidden; }}
.slide:last-child {{ break-after: auto; }}
.band {{ position: absolute; top: 0; left: 0; right: 0; height: 11mm; background: #5b2c6f; color: #fff;
  font: bold 10pt {FONT}; padding: 3.2mm 0 0 10mm; box-sizing: border-box; letter-spacing: 0.5pt; }}
.foot {{ position: absolute; bottom: 4mm; left: 10mm; right: 10mm; font: 8pt {FONT}; color: #777; }}
.foot .num {{ position: absolute; right: 0; }}
h2 {{ position: absolute; top: 16mm; left: 12mm; right: 12mm; font: bold 24pt {FONT}; color: #5b2c6f; margin: 0; }}
ul {{ position: absolute; top: 36mm; left: 14mm; right: 16mm; margin: 0; padding-left: 7mm; }}
li {{ margin: 0 0 3mm 0; }}
li.sub {{ list-style: none; margin-left: 8mm; font-size: 14pt; }}
.cover h1 {{ position: absolute; top: 42mm; left: 16mm; right: 16mm; font: bold 30pt/1.15 {FONT}; color: #5b2c6f; margin: 0; }}
.cover p.sub {{ position: absolute; top: 84mm; left: 16mm; font: 16pt {FONT}; color: #444; margin: 0; }}
.cover p.who {{ position: absolute; top: 96mm; left: 16mm; font: bold 16pt {FONT}; color: #222; margin: 0; }}
"""


def elvingham() -> bytes:
    slides: list[str] = []
    band = f"<div class='band'>{html.escape(ELVINGHAM_COUNCIL.upper())}</div>"
    title, sub, who = ELVINGHAM_TITLE_SLIDE
    slides.append(
        f"<div class='slide cover'>{band}<h1>{html.escape(title)}</h1>"
        f"<p class='sub'>{html.escape(sub)}</p><p class='who'>{html.escape(who)}</p></div>"
    )
    for number, (heading, bullets) in enumerate(ELVINGHAM, start=2):
        items = "".join(
            f"<li class='sub'>{html.escape(text)}</li>"
            if re.match(r"\d\. ", text)
            else f"<li>{html.escape(text)}</li>"
            for text in bullets
        )
        slides.append(
            f"<div class='slide'>{band}<h2>{html.escape(heading)}</h2><ul>{items}</ul>"
            f"<div class='foot'>{html.escape(ELVINGHAM_FOOT)}<span class='num'>{number}</span></div></div>"
        )
    return _page("".join(slides), ELVINGHAM_CSS)


# --- 33903 -----------------------------------------------------------------------------------------

STALLINGFORD_CSS = f"""
@page {{ size: A4; margin: 18mm 22mm 20mm 22mm;
  @bottom-left {{ content: "{STALLINGFORD_COUNCIL}"; font: 8pt {FONT}; color: #555; }}
  @bottom-right {{ content: "Page " counter(page); font: 8pt {FONT}; color: #555; }} }}
body {{ font: 10pt/1.45 {FONT}; color: #111; margin: 0; }}
.page {{ position: relative; height: 258mm; break-after: page; }}
.page:last-child {{ break-after: auto; }}
h1 {{ font: bold 19pt {FONT}; margin: 0 0 1mm 0; color: #7a1f1f; }}
p.council {{ font-size: 10.5pt; color: #555; margin: 0 0 5mm 0; }}
h2 {{ font: bold 11.5pt {FONT}; color: #7a1f1f; margin: 4.5mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.5mm 0; }}
p.end {{ font-size: 8.5pt; color: #555; margin: 0 0 1mm 0; }}
p.end.first {{ margin-top: 8mm; }}
sup {{ font-size: 6.5pt; line-height: 0; }}
.notes {{ position: absolute; bottom: 0; left: 0; right: 0; border-top: 0.5pt solid #666; padding-top: 1.5mm; }}
.notes p {{ font: 7.5pt/1.3 {FONT}; margin: 0 0 0.8mm 0; }}
"""

FOOTNOTE = re.compile(r"\[\^(.+?)\]")


def stallingford() -> bytes:
    """Two pages laid out by hand: footnotes at the foot of the page of their call (WeasyPrint's
    own footnote float mislays them), the page turning after the chosen heading."""
    pages: list[list[str]] = [[]]
    notes: list[list[str]] = [[]]
    count = 0
    first_end = True

    def call(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        notes[-1].append(f"<p><sup>{count}</sup> {match[1]}</p>")
        return f"<sup>{count}</sup>"

    for kind, text in STALLINGFORD:
        body = FOOTNOTE.sub(call, html.escape(text, quote=False))
        if kind == "title":
            pages[-1].append(f"<h1>{body}</h1>")
        elif kind == "council":
            pages[-1].append(f"<p class='council'>{body}</p>")
        elif kind == "h":
            pages[-1].append(f"<h2>{body}</h2>")
            if text == STALLINGFORD_BREAK_AFTER:
                pages.append([])
                notes.append([])
        elif kind == "end":
            pages[-1].append(f"<p class='end{' first' if first_end else ''}'>{body}</p>")
            first_end = False
        else:
            pages[-1].append(f"<p>{body}</p>")
    return _page(
        "".join(
            f"<div class='page'>{''.join(page)}"
            + (f"<div class='notes'>{''.join(page_notes)}</div>" if page_notes else "")
            + "</div>"
            for page, page_notes in zip(pages, notes, strict=True)
        ),
        STALLINGFORD_CSS,
    )


# --- 33904 -----------------------------------------------------------------------------------------


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _append(document: Any, element: Any) -> Any:
    document.element.body.find(f"{{{W}}}sectPr").addprevious(element)
    return element


_RSIDS = ["00A41C2E", "005F3B71", "00C27D90", "0017E4A2"]


def _split_runs(text: str, rpr: str = "") -> str:
    """Runs as Word leaves them after tracked changes are accepted: the accepted words in a run
    of their own, stamped with the editing session's rsid, between the original runs."""
    out: list[str] = []
    for index, piece in enumerate(text.split("|")):
        if not piece:
            continue
        rsid = _RSIDS[1 + index % 3] if index % 2 else _RSIDS[0]
        out.append(f'<w:r w:rsidR="{rsid}"><w:rPr>{rpr}</w:rPr>{_t(piece)}</w:r>')
    return "".join(out)


def _heading_numbering(document: Any) -> int:
    """A two-level list ("1." and "1.1") that Word attaches to each heading paragraph."""
    numbering = document.part.numbering_part.element
    abstract = _el(
        f'<w:abstractNum {NS} w:abstractNumId="39"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(_el(f'<w:num {NS} w:numId="39"><w:abstractNumId w:val="39"/></w:num>'))
    return 39


def _numbered_headings() -> list[tuple[str, str, str]]:
    """(kind, drawn number, text) for every heading, as Word numbers them."""
    numbers = [0, 0]
    out: list[tuple[str, str, str]] = []
    for kind, text in LINDENHOLME:
        if kind == "h":
            numbers = [numbers[0] + 1, 0]
            out.append((kind, f"{numbers[0]}.", text))
        elif kind == "h2":
            numbers[1] += 1
            out.append((kind, f"{numbers[0]}.{numbers[1]}", text))
    return out


def _toc_style(document: Any, name: str, indent_mm: int) -> str:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Mm, Pt

    try:
        style = document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Mm(indent_mm)
        style.paragraph_format.space_after = Pt(3)
    return str(style.style_id)


def _toc(document: Any) -> None:
    """A "Contents" label in the TOC Heading style over Word's TOC field after an update: each
    entry a hyperlink to the heading's bookmark holding the drawn number, a tab, the heading,
    a dot-leader tab and the page."""
    from docx.enum.style import WD_STYLE_TYPE

    section = document.sections[0]
    width = int((section.page_width - section.left_margin - section.right_margin) / 635)
    try:
        document.styles["TOC Heading"]
    except KeyError:
        label = document.styles.add_style("TOC Heading", WD_STYLE_TYPE.PARAGRAPH)
        label.base_style = document.styles["Heading 1"]
    _append(
        document,
        _el(
            f'<w:p {NS}><w:pPr><w:pStyle w:val="{document.styles["TOC Heading"].style_id}"/></w:pPr>{_t("Contents").join(("<w:r>", "</w:r>"))}</w:p>'
        ),
    )
    entries = _numbered_headings()
    for index, (kind, number, text) in enumerate(entries):
        style = _toc_style(document, "toc 1" if kind == "h" else "toc 2", 0 if kind == "h" else 5)
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(entries) - 1 else ""
        page = LINDENHOLME_PAGES[text]
        _append(
            document,
            _el(
                f'<w:p {NS}><w:pPr><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="left" w:pos="{440 if kind == "h" else 880}"/>'
                f'<w:tab w:val="right" w:leader="dot" w:pos="{width}"/></w:tabs></w:pPr>{begin}'
                f'<w:hyperlink w:anchor="_Toc2093{index:04d}" w:history="1"><w:r>{_t(number)}</w:r><w:r><w:tab/></w:r>'
                f"<w:r>{_t(text)}</w:r><w:r><w:tab/></w:r><w:r>{_t(str(page))}</w:r></w:hyperlink>{end}</w:p>"
            ),
        )


def _with_track_revisions(data: bytes) -> bytes:
    """Switch Track Changes on in the settings part, as a file whose changes were accepted with
    tracking still on keeps it, and give the settings the editing sessions' rsids."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/settings.xml":
                text = content.decode("utf-8")
                rsids = "".join(f'<w:rsid w:val="{rsid}"/>' for rsid in _RSIDS[1:])
                text = re.sub(r"(<w:settings[^>]*>)", r"\1<w:trackRevisions/>", text, count=1)
                text = text.replace(
                    "</w:settings>",
                    f'<w:rsids><w:rsidRoot w:val="{_RSIDS[0]}"/><w:rsid w:val="{_RSIDS[0]}"/>{rsids}</w:rsids></w:settings>',
                )
                content = text.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


def lindenholme() -> bytes:
    from docx.shared import Pt

    document = new_docx()
    num_id = _heading_numbering(document)
    document.add_paragraph(TITLE, style="Title")
    control = document.add_table(rows=0, cols=4)
    control.style = document.styles["Table Grid"]
    for row_number, row in enumerate(LINDENHOLME_CONTROL):
        cells = control.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            run = cell.paragraphs[0].add_run(value)
            run.bold = row_number == 0 or None
            run.font.size = Pt(10)
    document.add_paragraph()
    _toc(document)
    bullet = document.styles["List Bullet"].style_id
    heading_index = 0
    for kind, text in LINDENHOLME:
        if kind in ("h", "h2"):
            level = 0 if kind == "h" else 1
            style = "Heading1" if kind == "h" else "Heading2"
            page_break = "<w:pageBreakBefore/>" if heading_index == 0 else ""
            _append(
                document,
                _el(
                    f'<w:p {NS} w:rsidR="{_RSIDS[0]}"><w:pPr><w:pStyle w:val="{style}"/>{page_break}<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
                    f'<w:bookmarkStart w:id="{heading_index}" w:name="_Toc2093{heading_index:04d}"/>{_split_runs(text)}<w:bookmarkEnd w:id="{heading_index}"/></w:p>'
                ),
            )
            heading_index += 1
        elif kind == "b":
            _append(
                document,
                _el(
                    f'<w:p {NS} w:rsidR="{_RSIDS[0]}"><w:pPr><w:pStyle w:val="{bullet}"/></w:pPr>{_split_runs(text)}</w:p>'
                ),
            )
        else:
            _append(
                document,
                _el(f'<w:p {NS} w:rsidR="{_RSIDS[0]}"><w:pPr/>{_split_runs(text)}</w:p>'),
            )
    return _with_track_revisions(saved_docx(document))


# --- notes -------------------------------------------------------------------------------------------


ABOUT = {
    "33901": "WeasyPrint; title and council line across the page, then the body in two columns (left column then right); running header 'Brindleham District Council · Children's Services Procedures Manual' (left) and 'Chapter 1.1 · Policies, Values and Principles' (right); footer 'Page N of M'",
    "33902": "WeasyPrint; a 16:9 landscape slide deck saved as PDF: the council's name in a purple band at the top of every slide, slide title, bullet points, a foot line 'Policies, Values and Principles' and the slide number; title slide, agenda slide, one topic per slide, corporate parenting carried onto a '(continued)' slide",
    "33903": "WeasyPrint; headings 'Section N – …'; page footnotes laid out by hand, citing the Acts and their sections at the foot of the page of their call; 'Section 7 – Our practice model' left at the foot of page 1 with its text on page 2; footer council name and 'Page N'",
    "33904": "python-docx; Title, a two-row control table (Version, Approved, Owner, Review due), a 'Contents' label in the TOC Heading style over Word's TOC field (entries: drawn number, tab, heading, dot leader, page), Heading 1/2 numbered by Word list numbering (numbers drawn, not in the text), tracked changes accepted with Track Changes left on (runs split where edits were accepted)",
}


def _note(number: str) -> str:
    lines = [f"%% built by {SCRIPT}: {ABOUT[number]}", ""]
    if number == "33901":
        lines += [
            f"(running header: {BRINDLEHAM_HEADER_LEFT} | {BRINDLEHAM_HEADER_RIGHT}; footer: Page N of M)",
            "",
            f"# {TITLE}",
            "",
            BRINDLEHAM_COUNCIL,
            "",
            "(two columns from here)",
            "",
        ]
        count = 0
        for kind, text in BRINDLEHAM:
            if kind == "n":
                count += 1
                lines.append(f"{count}. {text}")
                continue
            count = 0
            lines.append({"h": "## ", "b": "- "}.get(kind, "") + text)
            if kind != "b":
                lines.append("")
    elif number == "33902":
        lines += [
            f"(every slide: band '{ELVINGHAM_COUNCIL.upper()}' at the top; foot '{ELVINGHAM_FOOT}' and the slide number on slides 2 onwards)",
            "",
            "--- slide 1",
            f"# {ELVINGHAM_TITLE_SLIDE[0]}",
            "",
            *[line + "\n" for line in ELVINGHAM_TITLE_SLIDE[1:]],
        ]
        for number_, (heading, bullets) in enumerate(ELVINGHAM, start=2):
            lines += [f"--- slide {number_}", f"## {heading}", ""]
            lines += [f"- {text}" for text in bullets]
            lines.append("")
    elif number == "33903":
        lines += [f"(footer: {STALLINGFORD_COUNCIL} | Page N)", ""]
        notes: list[str] = []

        def call(match: re.Match[str]) -> str:
            notes.append(match[1])
            return f"[^{len(notes)}]"

        for kind, text in STALLINGFORD:
            lines.append({"title": "# ", "h": "## "}.get(kind, "") + FOOTNOTE.sub(call, text))
            lines.append("")
            if text == STALLINGFORD_BREAK_AFTER:
                lines += ["(page break: the heading stands at the foot of page 1)", ""]
        lines += [f"[^{index}]: {note}" for index, note in enumerate(notes, start=1)]
        lines.append("(each footnote printed at the foot of the page where it is called)")
    else:
        lines += [
            f"# {TITLE}",
            "",
            "| " + " | ".join(LINDENHOLME_CONTROL[0]) + " |",
            "|---|---|---|---|",
            "| " + " | ".join(LINDENHOLME_CONTROL[1]) + " |",
            "",
            "**Contents** (TOC Heading style; Word's TOC field follows)",
            "",
        ]
        for kind, drawn, text in _numbered_headings():
            lines.append(
                ("    " if kind == "h2" else "")
                + f"{drawn} {text} ........ {LINDENHOLME_PAGES[text]}"
            )
        lines += ["", "(page break)", ""]
        headings = iter(_numbered_headings())
        for kind, text in LINDENHOLME:
            plain = text.replace("|", "")
            if kind in ("h", "h2"):
                _, drawn, _ = next(headings)
                lines += [("## " if kind == "h" else "### ") + f"{drawn} {plain}", ""]
            elif kind == "b":
                lines.append("- " + plain)
            else:
                lines += [plain, ""]
        lines.append("(heading numbers drawn by Word list numbering, not in the paragraphs' text)")
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    builders = {
        "33901": brindleham,
        "33902": elvingham,
        "33903": stallingford,
        "33904": lindenholme,
    }
    for number, name in NAMES.items():
        (HERE / name).write_bytes(builders[number]())
        (HERE / (name + ".md")).write_text(_note(number), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
