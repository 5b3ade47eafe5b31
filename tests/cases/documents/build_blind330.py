# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written, with their typographic marks)
"""Build the 330th blind set: four whole "Children's Services Policies, Values and Principles"
chapters of invented councils, as PDF files made the ways council staff make them.

    33001  Calverleigh (WeasyPrint): a Word chapter printed "with markup": inserted words
           underlined in colour in the text, deleted words, comments and formatting changes in
           balloons in a wide right margin, as Word prints them when "Show markup" is left on;
           Word's blue numbered headings.
    33002  Kesterford (python-docx printed by LibreOffice): a cover page with the council's logo
           lettering in a shaded box, the manual's and chapter's names, "Version 4" and the
           month; a typed contents page with dot-leader tabs and page numbers; headings numbered
           "1" and "1.1", bold at body size (Normal paragraphs); a running header with the
           manual's name; a footer "Page N of M — Uncontrolled when printed" from PAGE and
           NUMPAGES fields; a review history table on the last page.
    33003  Pellbrook (WeasyPrint): two columns under a title across the page; the protective
           marking "OFFICIAL" at the top and foot of every page; footnotes citing the sections
           of the Acts at the foot of the page; coloured bold headings; a closing version line.
    33004  Wrensford (WeasyPrint): the chapter laid out as a borderless two-column table, each
           heading in the left cell beside its numbered paragraphs ("3.1", "3.2") in the right;
           a pale diagonal watermark "UNCONTROLLED COPY" drawn on every page.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind330.py   (python-docx, LibreOffice, weasyprint)
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from build_binary_tools import add_bold_heading, docx_to_pdf, new_docx, saved_docx, word_field

HERE = Path(__file__).resolve().parent
SCRIPT = "build_blind330.py"
TITLE = "Children's Services Policies, Values and Principles"
FONT = "'DejaVu Sans', sans-serif"

NAMES = {
    "33001": "33001-pdf-weasyprint-word-print-with-markup-balloons-deleted-comment-formatted-in-right-margin-inserted-words-underlined-numbered-blue-headings-calverleigh.pdf",
    "33002": "33002-pdf-lo-from-word-cover-logo-box-version-4-typed-contents-dot-leader-tabs-bold-body-size-1-and-1-1-headings-page-of-uncontrolled-footer-review-history-table-last-page.pdf",
    "33003": "33003-pdf-weasyprint-two-columns-official-marking-top-and-foot-footnotes-citing-act-sections-coloured-bold-headings-closing-version-pellbrook.pdf",
    "33004": "33004-pdf-weasyprint-borderless-table-layout-headings-left-cell-numbered-paragraphs-right-diagonal-uncontrolled-watermark-wrensford.pdf",
}

# --- 33001 Calverleigh: printed with markup ------------------------------------------------------
# Inline marks: {+words+} an insertion (underlined, coloured); {balloon text} a balloon in the
# right margin beside the paragraph.

# fmt: off
CALVERLEIGH: list[tuple[str, str]] = [
    ("title", TITLE),
    ("p", "Calverleigh Borough Council – Children's Services Procedures Manual"),
    ("h", "1. Purpose of this chapter"),
    ("p", "This chapter explains the commitments that every part of Calverleigh's children's services makes to the children and families it works with. Managers should make sure that new starters read it during their first week.{Commented [HM1]: Should this say first fortnight? Induction runs for ten days.}"),
    ("p", "It was updated in {+November+} 2025 to take account of the restructure of our early help teams.{Deleted: October}"),
    ("h", "2. The legal basis for our work"),
    ("p", "The main statutes that give us our duties are the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004 and the Children and Social Work Act 2017.{Formatted: Font: Italic}"),
    ("h", "3. What we value"),
    ("p", "We hold ourselves to a small number of values which staff have chosen together:"),
    ("b", "children are seen, heard and believed;"),
    ("b", "we are open with parents about our worries and about what will happen next;"),
    ("b", "we build on the strengths that families already have;"),
    ("b", "we keep our promises, and explain ourselves when we cannot;"),
    ("b", "we challenge unfairness wherever we find it."),
    ("h", "4. Everyone's business"),
    ("p", "Keeping children safe depends on schools, health visitors, GPs, the police and voluntary groups as much as on social workers. Working Together to Safeguard Children 2023 makes that a shared duty, and our local partnership sets out how each agency plays its part.{Commented [AK2]: Link to the partnership's threshold document once it is republished.}"),
    ("h", "5. The council as a parent"),
    ("p", "When a child comes into our care, every councillor and every officer of Calverleigh shares the responsibilities that a good parent would take on. The law sets out seven principles that guide us. We must:"),
    ("b", "act in the child's best interests and promote their health and well-being;"),
    ("b", "encourage children to say what they want and feel, and take it into account;"),
    ("b", "take account of the child's own views, wishes and feelings;"),
    ("b", "help children get the most out of the services we and others provide;"),
    ("b", "promote high aspirations and the best outcomes we can;"),
    ("b", "make sure children are safe and have stability at home, at school and at work;"),
    ("b", "prepare young people for adulthood and independent living."),
    ("h", "6. Our approach to practice"),
    ("p", "Calverleigh uses Restorative Practice. It asks us to work with families rather than doing things to them or for them, and to repair relationships when they have been damaged.{Commented [AK3]: Training dates for 2026 to follow.}"),
    ("h", "7. A permanent home"),
    ("p", "Every child in care should have a plan for a permanent home within {+four+} months of the day they came into care, and the plan is checked at each review.{Deleted: six}"),
    ("h", "8. Leaving care"),
    ("p", "Young people who leave our care keep a personal adviser until they turn 21, or until they are 25 if they want one. Advisers help with housing, money, study and work."),
    ("h", "9. Sharing information"),
    ("p", "We record information accurately and share it only when the law allows it and when sharing helps to protect a child or support a family. Children and parents can ask to see what we have written about them."),
    ("end", "Last updated: 20 November 2025"),
]
# fmt: on

MARK = re.compile(r"\{\+(.+?)\+\}|\{(.+?)\}")


def _plain(text: str) -> str:
    """The text with markup accepted: insertions kept, balloons dropped."""
    return MARK.sub(lambda match: match[1] or "", text)


def _marked(text: str) -> str:
    parts: list[str] = []
    balloons: list[str] = []
    position = 0
    for match in MARK.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        if match[1] is not None:
            parts.append(f"<ins>{html.escape(match[1])}</ins>")
        else:
            label, _, rest = match[2].partition(": ")
            balloons.append(
                f"<span class='balloon'><b>{html.escape(label)}:</b> {html.escape(rest)}</span>"
            )
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(balloons) + "".join(parts)


CALVERLEIGH_CSS = f"""
@page {{ size: A4; margin: 22mm 78mm 22mm 22mm; }}
body {{ font: 11pt/1.4 {FONT}; color: #000; }}
h1 {{ font: 22pt {FONT}; color: #1f3864; margin: 0 0 2mm 0; }}
h2 {{ font: 14pt {FONT}; color: #2f5496; margin: 6mm 0 2mm 0; }}
p, li {{ margin: 0 0 2.5mm 0; }}
ul {{ margin: 0 0 2.5mm 0; }}
ins {{ color: #c00000; text-decoration: underline; }}
.balloon {{ float: right; clear: right; width: 50mm; margin-right: -62mm; font-size: 7.5pt; line-height: 1.25;
  border: 0.6pt solid #c00000; background: #fbe4e4; padding: 1.2mm 1.5mm; margin-bottom: 1.5mm; }}
.end {{ font-size: 9pt; margin-top: 8mm; }}
"""


def calverleigh() -> bytes:
    import weasyprint

    parts = [
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(TITLE)}</title>",
        f"<style>{CALVERLEIGH_CSS}</style></head><body>",
    ]
    in_list = False
    for kind, text in CALVERLEIGH:
        if kind == "b" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif kind != "b" and in_list:
            parts.append("</ul>")
            in_list = False
        tag = {"title": "h1", "h": "h2", "b": "li"}.get(kind, "p")
        css = " class='end'" if kind == "end" else ""
        parts.append(f"<{tag}{css}>{_marked(text)}</{tag}>")
    parts.append("</body></html>")
    return bytes(weasyprint.HTML(string="".join(parts)).write_pdf())


# --- 33002 Kesterford: Word with cover, typed contents, review history --------------------------

KESTERFORD_MANUAL = "Kesterford Children's Services Procedures Manual"

# fmt: off
KESTERFORD: list[tuple[str, str]] = [
    ("h", "1 About this chapter"),
    ("p", "This chapter describes the values and principles that sit behind every procedure in the Kesterford manual. Where a procedure seems to point another way, this chapter should guide the decision and the procedure should be raised with the manual's editor."),
    ("h2", "1.1 Who should read it"),
    ("p", "All staff in children's social care, early help and the fostering and adoption teams, including agency workers, students and volunteers."),
    ("h2", "1.2 Changes in this version"),
    ("p", "Version 4, issued in January 2026, adds the section on our practice framework and shortens the timescale for permanence plans."),
    ("h", "2 Law and guidance"),
    ("p", "We carry out duties placed on the council by the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "3 What we believe"),
    ("h2", "3.1 Children come first"),
    ("p", "A child's safety and welfare decide what we do. We talk to children directly, in ways that suit their age and understanding, and we tell them what has happened as a result."),
    ("h2", "3.2 Families are partners"),
    ("p", "Most children do best with their own families. We work alongside parents and the wider family, and we say plainly what needs to change and why."),
    ("h", "4 Working with partners"),
    ("p", "We cannot protect children alone. Working Together to Safeguard Children 2023 sets out how the council, health services and the police share that responsibility, and the Kesterford Safeguarding Children Partnership agrees how it works here."),
    ("h", "5 Corporate parenting"),
    ("p", "For a looked after child the council is a parent. Seven corporate parenting principles apply to all of the council's services. We will:"),
    ("b", "act in the best interests of each child and young person;"),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take those views, wishes and feelings into account;"),
    ("b", "help them to use the services that are available to them;"),
    ("b", "promote high aspirations and seek the best outcomes for them;"),
    ("b", "help them to be safe and to have stable home lives, relationships and education or work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("h", "6 The Kesterford practice framework"),
    ("p", "Our framework is built on Signs of Safety. Workers map what is going well, what the worries are and what needs to happen, with the family and their network, and use the family's own words wherever they can."),
    ("h", "7 Permanence and leaving care"),
    ("h2", "7.1 Permanence"),
    ("p", "Each looked after child should have a permanence plan within three months of coming into care, so that no child waits longer than necessary to know where they will grow up."),
    ("h2", "7.2 Leaving care"),
    ("p", "Every care leaver is entitled to a personal adviser until their 25th birthday, whether or not they are in education or training."),
    ("h", "8 Information sharing"),
    ("p", "We share information about a child or family when it is needed to keep a child safe, and we follow data protection law in everything we record. Staff who are unsure should talk to their manager before they share."),
]
KESTERFORD_HISTORY = [
    ("Version", "Date", "Summary of changes", "Approved by"),
    ("1", "March 2019", "First issue", "Head of Service"),
    ("2", "June 2021", "Legislation list brought up to date", "Head of Service"),
    ("3", "May 2023", "Working Together 2023 added", "Assistant Director"),
    ("4", "January 2026", "Practice framework added; permanence timescale shortened", "Assistant Director"),
]
KESTERFORD_PAGES = {"1": 3, "2": 3, "3": 3, "4": 3, "5": 4, "6": 4, "7": 4, "8": 4}
# fmt: on


def _shade(cell: object, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(  # type: ignore[attr-defined]
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def kesterford() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Mm, Pt, RGBColor

    document = new_docx()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run(KESTERFORD_MANUAL).font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "5")
    footer.add_run(" — Uncontrolled when printed")
    for run in footer.runs:
        run.font.size = Pt(8)

    logo = document.add_table(rows=1, cols=1)
    cell = logo.rows[0].cells[0]
    _shade(cell, "0B4F6C")
    cell.width = Mm(70)
    first = cell.paragraphs[0]
    name = first.add_run("KESTERFORD")
    name.bold, name.font.size, name.font.color.rgb = True, Pt(26), RGBColor(0xFF, 0xFF, 0xFF)
    sub = cell.add_paragraph().add_run("City Council")
    sub.font.size, sub.font.color.rgb = Pt(12), RGBColor(0xFF, 0xFF, 0xFF)
    for _ in range(6):
        document.add_paragraph()
    manual = document.add_paragraph().add_run(KESTERFORD_MANUAL)
    manual.font.size = Pt(14)
    title = document.add_paragraph().add_run(TITLE)
    title.bold, title.font.size = True, Pt(24)
    for _ in range(8):
        document.add_paragraph()
    document.add_paragraph().add_run("Version 4").font.size = Pt(12)
    last = document.add_paragraph()
    last.add_run("January 2026").font.size = Pt(12)
    last.add_run().add_break(WD_BREAK.PAGE)

    document.add_paragraph().add_run("Contents").bold = True
    for kind, text in KESTERFORD:
        if kind not in ("h", "h2"):
            continue
        entry = document.add_paragraph()
        entry.paragraph_format.tab_stops.add_tab_stop(
            width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        if kind == "h2":
            entry.paragraph_format.left_indent = Mm(8)
        entry.paragraph_format.space_after = Pt(2)
        entry.add_run(f"{text}\t{KESTERFORD_PAGES[text[0]]}")
    history_entry = document.add_paragraph()
    history_entry.paragraph_format.tab_stops.add_tab_stop(
        width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    history_entry.add_run("Review history\t5")
    history_entry.add_run().add_break(WD_BREAK.PAGE)

    for kind, text in KESTERFORD:
        if kind in ("h", "h2"):
            add_bold_heading(document, text, 10 if kind == "h" else 4)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph().add_run("Review history").bold = True
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for index, row in enumerate(KESTERFORD_HISTORY):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
            if index == 0:
                cell.paragraphs[0].runs[0].bold = True
    return saved_docx(document)


# --- 33003 Pellbrook: two columns, OFFICIAL marking, footnotes -----------------------------------

# fmt: off
PELLBROOK: list[tuple[str, str]] = [
    ("title", TITLE),
    ("p", "Pellbrook District Council · Children, Young People and Families"),
    ("h", "Where this chapter fits"),
    ("p", "The procedures in this manual tell staff what to do; this chapter says why. It describes the values that Pellbrook's children's services share and the principles that should guide a worker when the procedures run out."),
    ("p", "Reviewed and amended in April 2026."),
    ("h", "Our legal duties"),
    ("p", "Our duties come mainly from the Children Act 1989[^1], the Children Act 2004[^2] and the Children and Families Act 2014[^3]. We also follow the Adoption and Children Act 2002 and the Children and Social Work Act 2017[^4], together with the regulations and statutory guidance made under them."),
    ("h", "The way we want to work"),
    ("p", "We want every family who meets us to find workers who are curious, kind and clear. We respect the knowledge that parents and children have of their own lives, and we expect to be challenged when we get things wrong."),
    ("p", "We try to keep the number of workers a child has to a minimum, because children tell us that repeating their story to strangers is one of the hardest parts of our involvement."),
    ("h", "Shared work with partners"),
    ("p", "Safeguarding is the work of many agencies. Schools, health services, the police, housing and the voluntary sector all see children whom we do not, and the statutory guidance on inter-agency working[^5] requires us all to share the task."),
    ("h", "Looking after children as a parent would"),
    ("p", "The seven corporate parenting principles ask every part of the council to act in the child's best interests, to seek and take account of their views, to help them use services, to hold high hopes for them, to keep them safe and settled, and to prepare them for adult life. Elected members check how well we do this through the Corporate Parenting Panel."),
    ("h", "Keeping families together safely"),
    ("p", "Pellbrook has adopted the Safe and Together model for families where there is domestic abuse. It keeps the child's safety at the centre while partnering with the adult survivor and holding the person who causes harm to account."),
    ("h", "A permanent home"),
    ("p", "Children need to know where they will grow up. A plan for permanence should be agreed within five months of a child becoming looked after, and earlier where the way ahead is already clear."),
    ("h", "After care"),
    ("p", "Care leavers are offered a personal adviser until they are 21. Those who are in education or training can keep their adviser up to the age of 25."),
    ("h", "Confidentiality"),
    ("p", "Records about children looked after are kept securely and shared only with people who need them to do their job, in line with data protection law and the council's information governance policy."),
    ("end", "Version 2.3"),
]
PELLBROOK_NOTES = {
    "1": "Part 3 (support for children and families) and Part 4 (care and supervision).",
    "2": "Section 10 (co-operation to improve well-being) and section 11 (arrangements to safeguard and promote welfare).",
    "3": "Part 3 (children and young people in England with special educational needs or disabilities).",
    "4": "Sections 1 to 3 (corporate parenting principles and the local offer for care leavers).",
    "5": "Working Together to Safeguard Children 2023, chapter 2.",
}
# fmt: on

PELLBROOK_CSS = f"""
@page {{ size: A4; margin: 20mm 16mm 22mm 16mm;
  @top-center {{ content: "OFFICIAL"; font: bold 9pt {FONT}; }}
  @bottom-center {{ content: "OFFICIAL"; font: bold 9pt {FONT}; }}
  @bottom-right {{ content: counter(page); font: 8pt {FONT}; }} }}
body {{ font: 9.5pt/1.45 {FONT}; color: #1a1a1a; }}
h1 {{ font: bold 19pt {FONT}; color: #4a235a; margin: 0 0 1mm 0; }}
p.council {{ font-size: 11pt; color: #555; margin: 0 0 6mm 0; }}
.cols {{ columns: 2; column-gap: 8mm; }}
h2 {{ font: bold 11pt {FONT}; color: #7d3c98; margin: 4mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.5mm 0; text-align: justify; }}
sup {{ font-size: 6.5pt; line-height: 0; }}
.notes {{ position: absolute; bottom: 0; left: 0; right: 0; border-top: 0.5pt solid #555; padding-top: 1.5mm; }}
.notes p {{ font-size: 7.5pt; line-height: 1.3; margin: 0 0 0.6mm 0; text-align: left; }}
.end {{ font-size: 8.5pt; color: #555; margin-top: 5mm; }}
"""


def pellbrook() -> bytes:
    import weasyprint

    parts = [
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(TITLE)}</title>",
        f"<style>{PELLBROOK_CSS}</style></head><body>",
    ]
    for kind, text in PELLBROOK:
        body = html.escape(text)
        body = re.sub(
            r"\[\^(\d+)\]",
            lambda match: f"<sup>{match[1]}</sup>",
            body,
        )
        if kind == "title":
            parts.append(f"<h1>{body}</h1>")
        elif kind == "p" and text.startswith("Pellbrook District"):
            parts.append(f"<p class='council'>{body}</p><div class='cols'>")
        elif kind == "h":
            parts.append(f"<h2>{body}</h2>")
        elif kind == "end":
            parts.append(f"<p class='end'>{body}</p>")
        else:
            parts.append(f"<p>{body}</p>")
    parts.append("</div><div class='notes'>")
    parts += [
        f"<p><sup>{key}</sup> {html.escape(note)}</p>" for key, note in PELLBROOK_NOTES.items()
    ]
    parts.append("</div></body></html>")
    return bytes(weasyprint.HTML(string="".join(parts)).write_pdf())


# --- 33004 Wrensford: table layout, watermark ---------------------------------------------------

# fmt: off
WRENSFORD: list[tuple[str, list[str]]] = [
    ("Summary", [
        "This chapter sets out what Wrensford's children's services stand for and the principles that all staff are expected to follow.",
        "It was last amended in July 2025, when the sections on permanence and care leavers were rewritten.",
    ]),
    ("Statutory framework", [
        "The council's responsibilities towards children in need, cared for children and care leavers are set by the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017.",
    ]),
    ("Our ambition", [
        "We want Wrensford to be a place where children grow up safe, happy and hopeful, close to the people who love them.",
        "By 2030 we aim to halve the number of children who move home more than once in a year while in our care.",
    ]),
    ("Principles of good practice", [
        "Relationships are at the heart of our work; a worker who knows a child well will make better decisions than one who does not.",
        "We use plain words and avoid jargon when we speak or write to families.",
        "We record the child's own views, and we say how they shaped our decisions.",
    ]),
    ("Corporate parenting", [
        "Wrensford Council is the corporate parent of every child it looks after. All services must have regard to the seven corporate parenting principles, which are to: (a) act in the child's best interests; (b) encourage the child to express views, wishes and feelings; (c) take those views into account; (d) help the child to access and make the best use of services; (e) promote high aspirations; (f) make sure the child is safe and has stability; and (g) prepare the child for adulthood.",
    ]),
    ("Our model", [
        "Wrensford works to the Family Safeguarding model. Social workers are joined in each team by specialists in adult mental health, substance misuse and domestic abuse, so that parents get help with the problems that put their children at risk.",
    ]),
    ("Permanence", [
        "A permanence plan must be in place within six months of the date a child became looked after.",
    ]),
    ("Care leavers", [
        "Care leavers can have the support of a personal adviser up to the age of 25.",
        "Advisers stay in touch at least every eight weeks and help with housing, benefits, training and health.",
    ]),
    ("Information", [
        "Information about cared for children and their families is confidential. It is shared only where the law permits and where doing so is in the child's interests.",
    ]),
]
# fmt: on

WRENSFORD_CSS = f"""
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt {FONT}; }} }}
body {{ font: 10.5pt/1.45 {FONT}; color: #222; }}
.mark {{ position: fixed; top: 120mm; left: -10mm; width: 200mm; text-align: center; transform: rotate(-40deg);
  font: bold 44pt {FONT}; color: #e6e6e6; z-index: -1; }}
h1 {{ font: bold 18pt {FONT}; color: #0d5c3a; margin: 0 0 1mm 0; }}
p.council {{ font-size: 11pt; margin: 0 0 6mm 0; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ vertical-align: top; padding: 2mm 2mm 3mm 0; }}
td.head {{ width: 42mm; font-weight: bold; color: #0d5c3a; }}
td p {{ margin: 0 0 2mm 0; }}
.end {{ font-size: 9pt; margin-top: 6mm; }}
"""


def wrensford() -> bytes:
    import weasyprint

    rows: list[str] = []
    for number, (heading, paragraphs) in enumerate(WRENSFORD, start=1):
        cells = "".join(
            f"<p>{number}.{index} {html.escape(text)}</p>"
            for index, text in enumerate(paragraphs, start=1)
        )
        rows.append(
            f"<tr><td class='head'>{number}. {html.escape(heading)}</td><td>{cells}</td></tr>"
        )
    parts = [
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(TITLE)}</title>",
        f"<style>{WRENSFORD_CSS}</style></head><body>",
        "<div class='mark'>UNCONTROLLED COPY</div>",
        f"<h1>{html.escape(TITLE)}</h1>",
        "<p class='council'>Wrensford Council – Children's Social Care</p>",
        f"<table>{''.join(rows)}</table>",
        "<p class='end'>Last updated: 2 July 2025</p>",
        "</body></html>",
    ]
    return bytes(weasyprint.HTML(string="".join(parts)).write_pdf())


# --- notes ----------------------------------------------------------------------------------------


def _note(number: str) -> str:
    lines = [f"%% built by {SCRIPT}: {ABOUT[number]}", ""]
    if number == "33001":
        for kind, text in CALVERLEIGH:
            prefix = {"title": "# ", "h": "## ", "b": "- "}.get(kind, "")
            lines.append(prefix + _plain(text))
            balloons = [match[2] for match in MARK.finditer(text) if match[2]]
            lines += [f"    (balloon in the right margin: {balloon})" for balloon in balloons]
            if kind != "b":
                lines.append("")
    elif number == "33002":
        lines += [
            "(cover page: shaded box 'KESTERFORD' / 'City Council'; then:)",
            "",
            KESTERFORD_MANUAL,
            "",
            f"# {TITLE}",
            "",
            "Version 4",
            "",
            "January 2026",
            "",
            "(page break)",
            "",
            "**Contents**",
            "",
        ]
        for kind, text in KESTERFORD:
            if kind in ("h", "h2"):
                lines.append(
                    ("    " if kind == "h2" else "")
                    + f"{text} ........ {KESTERFORD_PAGES[text[0]]}"
                )
        lines += ["Review history ........ 5", "", "(page break)", ""]
        for kind, text in KESTERFORD:
            lines.append(
                f"**{text}**" if kind in ("h", "h2") else ("- " + text if kind == "b" else text)
            )
            if kind != "b":
                lines.append("")
        lines += ["", "(page break)", "", "**Review history**", ""]
        lines += [" | ".join(row) for row in KESTERFORD_HISTORY]
        lines += [
            "",
            f"(running header from page 2: {KESTERFORD_MANUAL})",
            "(footer from page 2: Page N of M — Uncontrolled when printed)",
        ]
    elif number == "33003":
        lines += ["(top and foot of every page: OFFICIAL; page number bottom right)", ""]
        for kind, text in PELLBROOK:
            lines.append(
                {"title": "# ", "h": "## "}.get(kind, "") + re.sub(r"\[\^(\d+)\]", r"[^\1]", text)
            )
            lines.append("")
        lines += [f"[^{key}]: {value}" for key, value in PELLBROOK_NOTES.items()]
    else:
        lines += [
            "(every page: a pale diagonal watermark UNCONTROLLED COPY; footer Page N of M)",
            "",
            f"# {TITLE}",
            "",
            "Wrensford Council – Children's Social Care",
            "",
        ]
        for number_, (heading, paragraphs) in enumerate(WRENSFORD, start=1):
            lines.append(
                f"{number_}. {heading} | "
                + " ".join(
                    f"{number_}.{index} {text}" for index, text in enumerate(paragraphs, start=1)
                )
                + " |"
            )
        lines += ["", "Last updated: 2 July 2025"]
    return "\n".join(lines).rstrip("\n") + "\n"


ABOUT = {
    "33001": "WeasyPrint imitating Word's print with markup: insertions underlined in colour, deletions, comments and formatting in balloons in a wide right margin; numbered blue headings",
    "33002": "python-docx printed to PDF by LibreOffice; cover page with logo box, manual name, title, Version 4, month; typed contents with dot-leader tabs; bold body-size '1' and '1.1' headings; running header; 'Page N of M — Uncontrolled when printed' footer from fields; review history table on the last page",
    "33003": "WeasyPrint; title across the page, then two columns; OFFICIAL at the top and foot of every page; footnotes citing Acts' sections at the page foot; coloured bold headings at a little over body size; closing version line",
    "33004": "WeasyPrint; borderless two-column table layout, headings in the left cells, numbered paragraphs in the right; diagonal UNCONTROLLED COPY watermark on every page; Page N of M footer",
}


def main() -> None:
    for number, name in NAMES.items():
        target = HERE / name
        if number == "33001":
            target.write_bytes(calverleigh())
        elif number == "33002":
            docx_to_pdf(kesterford(), target)
        elif number == "33003":
            target.write_bytes(pellbrook())
        else:
            target.write_bytes(wrensford())
        (HERE / (name + ".md")).write_text(_note(number), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
