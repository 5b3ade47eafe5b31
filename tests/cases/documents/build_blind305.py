# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the documents of the 305th blind set (30502-30504) that need a tool to make them.

Four invented councils' whole chapters of "Children's Services Policies, Values and
Principles", written for this set in our own words. The HTML chapter (30501) is written by hand
beside this script; this script builds:

    30502  Larkmoor: a council web page dumped as text by a text browser (lynx `-dump` layout:
           body lines indented three columns and wrapped at 78, headings indented two, the
           title centred, list items "     * ", every link numbered "[12]" where it stands, and
           a "References" list of the links' addresses under the page, "Visible links" and
           "Hidden links" apart). No text browser is installed here, so `_text_browser_dump`
           lays the page's blocks out as the dump does.
    30503  Tollingham: python-docx, every heading a bold Normal paragraph at body size named by
           what it holds, the title bold Normal at 14 pt, the Acts a List Bullet list, the
           principles a List Number list, and a table of the service's commitments (the
           permanence timescale and the leaving-care ages stated only there).
    30504  Scarrowby Vale: HTML and CSS printed by WeasyPrint, headings bold lines at body size
           (`<p><b>`), the body justified and hyphenated (`hyphens: auto`, `lang="en-GB"`,
           narrow measure), a running header and a "Page N of M" footer in the margins.

usage: .venv/bin/python tests/cases/documents/build_blind305.py   (needs python-docx and
WeasyPrint). Each Word or PDF file gets a .md note beside it.
"""

from __future__ import annotations

import html
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind305.py"

# (kind, text): "title", "h" a heading, "p" a paragraph, "b" a bullet, "n" a numbered item,
# "row" a table row (cells apart by " | "); for the web page also "chrome-p" and "chrome-b",
# lines of the site around the content. In the web page's texts "[[label|address]]" is a link.
Block = tuple[str, str]

SITE = "https://www.larkmoor.gov.uk"

# fmt: off
LARKMOOR: list[Block] = [
    ("chrome-p", f"[[Skip to main content|{SITE}/children/procedures/policies-values-principles#main]]"),
    ("chrome-p", f"[[Larkmoor Council|{SITE}/]]"),
    ("chrome-p", "Search this site ____________________ (BUTTON) Search"),
    ("chrome-b", f"[[Rubbish and recycling|{SITE}/bins]]"),
    ("chrome-b", f"[[Schools and learning|{SITE}/schools]]"),
    ("chrome-b", f"[[Children and families|{SITE}/children]]"),
    ("chrome-b", f"[[Adult social care|{SITE}/adults]]"),
    ("chrome-p", f"You are here: [[Home|{SITE}/]] > [[Children and families|{SITE}/children]] > [[Procedures|{SITE}/children/procedures]]"),
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This page was updated in February 2026 to describe the wider help we now give to care leavers who go on to university or an apprenticeship."),
    ("h", "Who this chapter is for"),
    ("p", f"The chapter opens Larkmoor's [[children's social care procedures|{SITE}/children/procedures]]. Social workers, personal advisers, family support workers, independent reviewing officers and managers should read it first, and so should the foster carers, residential staff and agencies who care for children on the council's behalf."),
    ("h", "The legal framework"),
    ("p", "The duties Larkmoor carries towards children and families are set mainly by these Acts:"),
    ("b", "[[Children Act 1989|https://www.legislation.gov.uk/ukpga/1989/41]]"),
    ("b", "[[Children (Leaving Care) Act 2000|https://www.legislation.gov.uk/ukpga/2000/35]]"),
    ("b", "[[Children Act 2004|https://www.legislation.gov.uk/ukpga/2004/31]]"),
    ("b", "Children and Families Act 2014"),
    ("b", "[[Children and Social Work Act 2017|https://www.legislation.gov.uk/ukpga/2017/16]]"),
    ("h", "Keeping children safe is everyone's business"),
    ("p", "A child's teacher, doctor or youth worker may be the first to see that something is wrong. The [[Larkmoor Safeguarding Children Partnership|https://www.larkmoorscp.org.uk/]] brings the council, the NHS and the police together with schools and voluntary groups, so that a worry raised anywhere reaches the people who can act on it."),
    ("h", "The things we hold to"),
    ("p", "We are honest with families about our worries and about what they can expect from us. We notice strengths as carefully as we notice risks. We keep brothers and sisters together wherever we can, and we never give up on a child."),
    ("h", "Larkmoor's promise to children in care"),
    ("p", "Every part of the council shares the job of parenting its Looked After Children and care leavers. Members and officers have regard to the seven corporate parenting principles set out in section 1 of the [[Children and Social Work Act 2017|https://www.legislation.gov.uk/ukpga/2017/16/section/1]], and the Corporate Parenting Panel checks each year how well we have kept to them."),
    ("h", "Thinking about the whole family"),
    ("p", "Our practice model is Systemic Practice. Practitioners look at the relationships around a child, the patterns that repeat in a family and the stories family members tell about themselves, and they work in small units that share thinking about every family they support."),
    ("h", "A settled home"),
    ("p", "Children need to know where they will grow up. A plan for permanence is agreed for every Looked After Child within four months of their becoming looked after, and it is checked at every review after that."),
    ("h", "Moving on to adult life"),
    ("p", f"Care leavers have a personal adviser until they are 21, and until 25 if they are at university or on an apprenticeship. The [[local offer for care leavers|{SITE}/children/care-leavers/local-offer]] sets out what else they are entitled to."),
    ("h", "Privacy and information"),
    ("p", f"We record what we need to and no more, we keep records secure, and we share information only where the law allows it and it helps a child. Our [[privacy notice|{SITE}/privacy]] explains how families can see what we hold about them."),
    ("p", "Page last updated: 9 February 2026"),
    ("chrome-p", "Was this page helpful? (BUTTON) Yes (BUTTON) No"),
    ("chrome-b", f"[[Accessibility|{SITE}/accessibility]]"),
    ("chrome-b", f"[[Cookies|{SITE}/cookies]]"),
    ("chrome-b", f"[[Contact us|{SITE}/contact]]"),
    ("chrome-p", "\u00a9 Larkmoor Council 2026"),
]

TOLLINGHAM: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Amended in November 2025: the table of our commitments was added and the section on information was shortened."),
    ("h", "Why we have this chapter"),
    ("p", "Tollingham Borough Council's children's services want every practitioner to start from the same beliefs. This chapter sets those beliefs out, together with the law and the principles that the rest of the procedures manual builds on, for staff, carers and the organisations we commission."),
    ("h", "Laws that shape our work"),
    ("p", "Five Acts lie behind most of what we do:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Equality Act 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Nobody keeps a child safe alone"),
    ("p", "Tollingham's safeguarding partners, the council, the police and the integrated care board, agree how local agencies will work together. Schools, nurseries, GPs, housing providers and charities each have a part to play and each is expected to speak up when a child may be at risk."),
    ("h", "Beliefs we hold"),
    ("p", "Children belong with their families unless it is unsafe for them to stay. Parents deserve honesty and a fair chance to change. Children's own words should be heard in every decision about them, and written down as they said them."),
    ("h", "Being a parent to Cared for Children"),
    ("p", "The council is the corporate parent of its Cared for Children and care leavers. In all it does it keeps in mind the need:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them use and get the best from the services of the council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe, and to have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and living independently."),
    ("h", "A way of working we share"),
    ("p", "Tollingham practitioners use Signs of Safety. With each family they map what is working well, what they are worried about and what needs to happen next, and they build a safety plan with the people who know and love the child."),
    ("h", "Promises we measure ourselves against"),
    ("p", "The commitments below are reported to the Corporate Parenting Board every quarter."),
    ("row", "Commitment | What we promise"),
    ("row", "A permanence plan | Agreed for every Cared for Child within 3 months of their coming into care"),
    ("row", "A health assessment | Completed within 20 working days of a child coming into care"),
    ("row", "A personal adviser | For every care leaver up to the age of 21, and up to 25 for those still in education or training"),
    ("row", "A visit after a move | From the child's social worker within one week of a move to a new home"),
    ("h", "Handling what families tell us"),
    ("p", "Records are accurate, kept securely and shared only when sharing protects a child or is needed to give them a service. We tell families what we share and why, unless telling them would put a child in danger."),
]

SCARROWBY_VALE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "Amendment"),
    ("p", "In July 2025 this chapter was updated to describe Family Safeguarding, which the council introduced across its safeguarding and assessment teams in the spring."),
    ("h", "Purpose and scope"),
    ("p", "This chapter states the values, commitments and principles that underpin the work of Scarrowby Vale District Council's children's social care services. It is addressed to all practitioners and managers, including independent reviewing officers and personal advisers, and to foster carers, residential providers and other organisations delivering services commissioned by the council."),
    ("h", "Legislation and guidance"),
    ("p", "The council's responsibilities derive principally from the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, supplemented by the accompanying regulations and statutory guidance, including Working Together to Safeguard Children."),
    ("h", "Partnership working"),
    ("p", "Safeguarding is a collective responsibility. The council, the integrated care board and the police, as statutory safeguarding partners, coordinate the contributions of education, health, probation, housing and voluntary organisations, and every practitioner in those agencies is expected to share concerns promptly and to participate constructively in assessments and plans."),
    ("h", "Our values and ambitions"),
    ("p", "We are ambitious for every child. We treat families with respect and courtesy, we explain our decisions in straightforward language, and we recognise and strengthen the relationships and resources families already possess, intervening compulsorily only when that is unavoidable."),
    ("h", "Corporate parenting"),
    ("p", "Scarrowby Vale District Council acts as corporate parent to all children looked after and to care leavers. Elected members and officers have regard to the following principles:"),
    ("b", "acting in the best interests of those children and young people, and promoting their physical and mental health and well-being;"),
    ("b", "encouraging them to express their views, wishes and feelings;"),
    ("b", "taking into account their views, wishes and feelings;"),
    ("b", "helping them to gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("b", "promoting high aspirations, and seeking to secure the best outcomes, for them;"),
    ("b", "ensuring that they are safe, and have stability in their home lives, relationships and education or work;"),
    ("b", "preparing them for adulthood and independent living."),
    ("h", "Family Safeguarding"),
    ("p", "Under Family Safeguarding, social workers are joined in multidisciplinary teams by specialist practitioners in domestic abuse, substance misuse and adult mental health, so that the difficulties parents face are addressed together, using motivational approaches, instead of through separate referrals to separate services."),
    ("h", "Permanence"),
    ("p", "Every child looked after should have a permanence plan confirmed no later than seven months after becoming looked after, so that uncertainty about where the child will grow up is kept as short as possible."),
    ("h", "Care leavers"),
    ("p", "All care leavers are entitled to the support of a personal adviser up to the age of 25, irrespective of whether they are in education, employment or training."),
    ("h", "Confidentiality and information sharing"),
    ("p", "Personal information is processed lawfully and proportionately, in accordance with data protection legislation; it is disclosed to other agencies when that is necessary to safeguard a child or to promote their welfare, and the reasons are recorded."),
    ("p", "Last reviewed: 30 July 2025"),
]
# fmt: on

LINK = r"\[\[([^|\]]+)\|([^\]]+)\]\]"
HIDDEN_LINKS = [f"{SITE}/opensearch.xml", f"{SITE}/feeds/children.atom"]


def _text_browser_dump(blocks: list[Block]) -> str:
    """A page's blocks as a text browser's `-dump` writes them: links numbered where they
    stand, body lines indented three columns within 78, headings two, the title centred, list
    items under a star, and the numbered addresses listed under "References" at the end."""
    import re

    addresses: list[str] = []

    def numbered(text: str) -> str:
        def one(match: re.Match[str]) -> str:
            addresses.append(match[2])
            return f"[{len(addresses) + len(HIDDEN_LINKS)}]{match[1]}"

        return re.sub(LINK, one, text)

    lines: list[str] = []
    previous = ""
    for kind, text in blocks:
        shown = numbered(text)
        is_item = kind in ("b", "chrome-b")
        if not (is_item and previous in ("b", "chrome-b")) and lines:
            lines.append("")
        if is_item:
            lines.extend(
                textwrap.wrap(shown, 78, initial_indent="     * ", subsequent_indent="       ")
            )
        elif kind == "title":
            lines.append(shown.center(78).rstrip())
        elif kind == "h":
            lines.append("  " + shown)
        else:
            lines.extend(textwrap.wrap(shown, 78, initial_indent="   ", subsequent_indent="   "))
        previous = kind
    lines += ["", "References", "", "   Visible links:"]
    first_visible = len(HIDDEN_LINKS) + 1
    lines += [f"{number:4d}. {address}" for number, address in enumerate(addresses, first_visible)]
    lines += ["", "   Hidden links:"]
    lines += [f"{number:4d}. {address}" for number, address in enumerate(HIDDEN_LINKS, 1)]
    return "\n".join(lines) + "\n"


def _tollingham() -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    table = None
    for kind, text in TOLLINGHAM:
        if kind == "row":
            cells = text.split(" | ")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row()
            for cell, value in zip(row.cells, cells, strict=True):
                cell.paragraphs[0].add_run(value).bold = len(table.rows) == 1
            continue
        table = None
        if kind == "title":
            run = document.add_paragraph().add_run(text)
            run.bold = True
            run.font.size = Pt(14)
        elif kind == "h":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _scarrowby_vale_html() -> str:
    css = """
@page { size: A4; margin: 25mm 45mm 25mm 45mm;
  @top-center { content: "Scarrowby Vale District Council \u2013 Children's Social Care Procedures Manual"; font: 8pt 'DejaVu Sans'; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #555; } }
body { font: 11pt/1.4 'DejaVu Serif', serif; }
p { margin: 0 0 2.5mm; text-align: justify; hyphens: auto; }
p.title { font-size: 15pt; font-weight: bold; text-align: left; hyphens: manual; margin-bottom: 6mm; }
p.heading { text-align: left; hyphens: manual; margin: 4mm 0 1.5mm; break-after: avoid; }
ul { margin: 0 0 2.5mm; padding-left: 7mm; }
li { text-align: justify; hyphens: auto; margin-bottom: 1mm; }
"""
    body: list[str] = []
    open_list = False
    for kind, text in SCARROWBY_VALE:
        escaped = html.escape(text)
        if kind == "b":
            if not open_list:
                body.append("<ul>")
                open_list = True
            body.append(f"<li>{escaped}</li>")
            continue
        if open_list:
            body.append("</ul>")
            open_list = False
        if kind == "title":
            body.append(f'<p class="title">{escaped}</p>')
        elif kind == "h":
            body.append(f'<p class="heading"><b>{escaped}</b></p>')
        else:
            body.append(f"<p>{escaped}</p>")
    if open_list:
        body.append("</ul>")
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>Children's Services Policies, Values and Principles</title><style>{css}</style></head><body>"
        + "\n".join(body)
        + "</body></html>"
    )


FILES = {
    "30502": "30502-txt-lynx-dump-indented-meaning-headings-centred-title-numbered-links-visible-and-hidden-references-larkmoor-updated-in-month-five-star-bullets-seven-stated-systemic-practice-four-months-21-or-25-university-page-last-updated-lac.txt",
    "30503": "30503-docx-bold-normal-body-size-meaning-headings-commitments-table-holds-permanence-and-leaving-care-tollingham-amended-label-month-five-list-bullet-seven-list-number-signs-of-safety-three-months-21-or-25-cared-for-children.docx",
    "30504": "30504-pdf-weasyprint-justified-hyphenated-bold-body-size-headings-running-header-scarrowby-vale-amendment-heading-month-five-acts-sentence-seven-bullets-family-safeguarding-seven-months-25-for-all-last-reviewed-children-looked-after.pdf",
}


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    shown = [("p", text) if kind == "row" else (kind, text) for kind, text in blocks]
    return blocks_note(shown, SCRIPT, about)


def main() -> None:
    import weasyprint

    sources = HERE / "blind305_sources"
    sources.mkdir(exist_ok=True)
    (HERE / FILES["30502"]).write_text(_text_browser_dump(LARKMOOR), encoding="utf-8")
    (HERE / FILES["30503"]).write_bytes(_tollingham())
    page = _scarrowby_vale_html()
    (sources / "30504-scarrowby-vale-print.html").write_text(page, encoding="utf-8")
    weasyprint.HTML(string=page).write_pdf(str(HERE / FILES["30504"]))
    (HERE / (FILES["30503"] + ".md")).write_text(
        _note(
            TOLLINGHAM,
            "python-docx, title bold Normal 14 pt, every heading a bold Normal paragraph at body size, List Bullet Acts, List Number principles, a Table Grid table of commitments (shown here a row a line, cells apart by ' | ')",
        ),
        encoding="utf-8",
    )
    (HERE / (FILES["30504"] + ".md")).write_text(
        _note(
            SCARROWBY_VALE,
            "WeasyPrint, A4 with wide margins, headings <p><b> at body size, body justified and hyphenated (lang en-GB), running header and Page N of M footer; the printed HTML is in blind305_sources/",
        ),
        encoding="utf-8",
    )
    for name in FILES.values():
        print("wrote", name)


if __name__ == "__main__":
    main()
