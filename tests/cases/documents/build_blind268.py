# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the documents of the 268th blind set (26801-26807) that need a tool to make them.

Seven invented councils' whole chapters of "Children's Services Policies, Values and
Principles", written for this set in our own words. The plain-text, HTML and markdown chapters
(26801, 26802, 26803, 26807) are written by hand beside this script; this script builds:

    26804  Hernsby: a council web page (skip link, cookie banner, menu, breadcrumb, feedback and
           footer) rendered to text by Chromium through Playwright (the body's innerText, what
           a browser's "save as text" or select-all copy gives). blind268_sources/ keeps the HTML.
    26805  Kelverton: python-docx, headings bold Normal paragraphs and one council style
           ("KCC Heading"), the seven principles a Word numbered list, the Acts in a table,
           a running header and a footer with a PAGE field.
    26806  Yelverford: python-docx with headings named by meaning in Heading 2, printed to PDF
           by LibreOffice headless.

usage: .venv/bin/python tests/cases/documents/build_blind268.py   (needs python-docx, Playwright
with /usr/bin/chromium and LibreOffice). Each Word or PDF file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind268.py"

# (kind, text): "title", "h" a heading, "p" a paragraph, "b" a bullet, "n" a numbered item,
# "row" a table row (cells split on " | ").
Block = tuple[str, str]

# fmt: off
KELVERTON: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Amendment date: 30/01/2026. The table of legislation was brought up to date and the paragraph on support after care was rewritten."),
    ("h", "Purpose and reach"),
    ("p", "This chapter opens Kelverton County Council's children's social care procedures. It describes the beliefs and legal duties behind everything that follows, and it applies to social workers, family support staff, managers, foster carers and the providers the county commissions."),
    ("h", "Our legal duties"),
    ("p", "The Acts below place the main duties on the county council:"),
    ("row", "Act | What it requires of us"),
    ("row", "Children Act 1989 | Support for children in need, care proceedings and the care of Looked After Children"),
    ("row", "Children (Leaving Care) Act 2000 | Pathway plans and personal advisers for care leavers"),
    ("row", "Adoption and Children Act 2002 | Adoption and special guardianship"),
    ("row", "Children Act 2004 | Co-operation between agencies to improve children's well-being"),
    ("row", "Children and Social Work Act 2017 | The corporate parenting principles and the local offer for care leavers"),
    ("h", "Working with partners"),
    ("p", "No single agency can keep children safe. The county council, Kelverton and Wold Integrated Care Board and the county's police force are the safeguarding partners, and together with schools, housing providers and voluntary groups they agree how information about children at risk is passed on and acted on."),
    ("h", "The things we hold to"),
    ("p", "We are honest with families, even when the news is hard. We keep our promises to children. We look for what a family does well before we look for what is going wrong, and we ask children what they think before we decide anything about their lives."),
    ("h", "Kelverton as a corporate parent"),
    ("p", "Elected members and officers of the county share the responsibilities of a parent for Looked After Children and care leavers. When exercising its functions the county has regard to the need:"),
    ("n", "to act in the best interests of those children and young people, and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account those views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the county and its relevant partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Signs of Safety"),
    ("p", "Kelverton's social workers use Signs of Safety with every family they work with. Assessments set out the dangers, the strengths and the safety goals in words the family understands, and children's own views are gathered with the words and pictures tools before a plan is agreed."),
    ("h", "Permanence"),
    ("p", "A permanence plan is agreed for every Looked After Child within 10 months of their becoming looked after, and is checked at each review by the child's Independent Reviewing Officer."),
    ("h", "Leaving care"),
    ("p", "Care leavers are entitled to the support of a personal adviser up to the age of 21, and up to 25 if they are pursuing further or higher education."),
    ("h", "Confidentiality"),
    ("p", "Information about children and families is recorded accurately, held securely and shared only in line with data protection law. Where sharing is needed to protect a child, staff share it without delay and record why."),
    ("p", "Document version: 4.2"),
]

YELVERFORD: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter has been revised (July 2023): the wording on the Mockingbird constellations and on advisers for care leavers is new."),
    ("h", "Read this first"),
    ("p", "These pages explain why Yelverford Council works with children and families in the way it does. Every procedure in this manual rests on them, so new staff are asked to read this chapter before any other."),
    ("h", "Three Acts at the heart of it"),
    ("p", "Our legal duties come mostly from three Acts: the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017."),
    ("h", "Nobody keeps a child safe alone"),
    ("p", "Schools, doctors, health visitors, the police and youth workers often know a family long before we do. The Yelverford Children's Partnership brings them together so that worries about a child are heard early and acted on jointly."),
    ("h", "Where we want Yelverford's children to be in five years"),
    ("p", "We want more children to grow up safely with their own families, fewer children to move from home to home once they are in care, and every young person who leaves our care to have somewhere settled to live and someone to turn to."),
    ("h", "The duties of a good parent"),
    ("p", "The whole council acts as the parent of children in care and care leavers. In everything it does for them, it keeps to the corporate parenting principles:"),
    ("b", "acting in their best interests and promoting their physical and mental health and well-being;"),
    ("b", "encouraging them to express their views, wishes and feelings;"),
    ("b", "taking those views, wishes and feelings into account;"),
    ("b", "helping them to use the services of the council and its partners;"),
    ("b", "promoting high aspirations and the best outcomes for them;"),
    ("b", "keeping them safe, with stability at home, in their relationships and in education or work;"),
    ("b", "preparing them for adulthood and independent living."),
    ("h", "Two ideas we have made our own"),
    ("p", "For teenagers on the edge of care we use No Wrong Door: one team, based in two hubs, offers a bed, outreach and specialist help from a single key worker. For foster carers we run Mockingbird, in which a hub home supports a constellation of nearby fostering families like an extended family would."),
    ("h", "Settled for good"),
    ("p", "Children in care should know as early as possible where they will grow up. A permanence plan is agreed within four months of a child coming into care, and relatives and friends are always considered first."),
    ("h", "Someone to call on after care"),
    ("p", "Every care leaver can have a personal adviser up to the age of 25, whatever they are doing, and can come back for help at any point before then."),
    ("h", "Handling what families tell us"),
    ("p", "We keep records accurate and secure. We share information when the law requires it or when it will protect a child, and we tell families what we have shared unless doing so would put a child at risk."),
]
# fmt: on

HERNSBY_TITLE = "Children's Services Policies, Values and Principles"


def _hernsby_html() -> str:
    return """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Children's Services Policies, Values and Principles | Hernsby Borough Council</title>
<style>
body { font-family: Arial, sans-serif; margin: 0; }
.skip { position: static; }
header, footer, nav { background: #eef; padding: 8px; }
nav ul, footer ul { list-style: none; padding: 0; }
nav li, footer li { display: inline; margin-right: 12px; }
.crumbs li { display: inline; }
.crumbs li + li::before { content: " > "; }
main { padding: 8px 16px; }
.note { border: 1px solid #999; padding: 6px; }
</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<div class="cookies">
<p>We use cookies to make this website work and to understand how you use it.</p>
<button>Accept all cookies</button> <button>Reject optional cookies</button>
</div>
<header>
<p><a href="/">Hernsby Borough Council</a></p>
<form><label for="q">Search this site</label> <input id="q" name="q"> <button>Search</button></form>
<nav>
<ul>
<li><a href="/">Home</a></li>
<li><a href="/children">Children and families</a></li>
<li><a href="/adults">Adult care</a></li>
<li><a href="/bins">Bins and recycling</a></li>
<li><a href="/tax">Council tax</a></li>
</ul>
</nav>
</header>
<ol class="crumbs">
<li><a href="/">Home</a></li>
<li><a href="/children">Children and families</a></li>
<li><a href="/children/manual">Children's social care procedures</a></li>
</ol>
<main id="main">
<h1>Children's Services Policies, Values and Principles</h1>
<div class="note"><p>This page was amended in February 2026 to describe the family help teams and to update the list of legislation.</p></div>
<h2>About this chapter</h2>
<p>This chapter sets out the values and principles of Hernsby Borough Council's children's services. It applies to all staff who work with children and families, to our foster carers and to the services we commission.</p>
<h2>The legal framework</h2>
<p>The main legislation governing our work is:</p>
<ul>
<li>Children Act 1989</li>
<li>Children (Leaving Care) Act 2000</li>
<li>Children Act 2004</li>
<li>Children and Young Persons Act 2008</li>
<li>Children and Families Act 2014</li>
<li>Children and Social Work Act 2017</li>
</ul>
<h2>Working together in Hernsby</h2>
<p>The Hernsby Safeguarding Children Partnership is led by the council, the integrated care board and the police. Every agency that works with children in the borough is expected to share concerns early, to take part in assessments and to help deliver the plans that follow.</p>
<h2>Values</h2>
<p>We put the child at the centre of every decision. We are respectful, open and reliable, we work with families rather than doing things to them, and we believe that people can change when they get the right help.</p>
<h2>Corporate parenting</h2>
<p>The council is the corporate parent of children who are looked after and of care leavers. Councillors and officers must have regard to the corporate parenting principles, which are to:</p>
<ul>
<li>act in the best interests of children who are looked after, and promote their physical and mental health and well-being</li>
<li>encourage them to express their views, wishes and feelings</li>
<li>take into account their views, wishes and feelings</li>
<li>help them gain access to, and make the best use of, services provided by the council and its partners</li>
<li>promote high aspirations, and seek to secure the best outcomes for them</li>
<li>make sure they are safe, and have stability in their home lives, relationships and education or work</li>
<li>prepare them for adulthood and independent living</li>
</ul>
<h2>Family Safeguarding</h2>
<p>Hernsby works to the Family Safeguarding model. Social workers are part of multi-disciplinary teams with adult mental health, substance misuse and domestic abuse workers, and use motivational interviewing to help parents make changes that last.</p>
<h2>Permanence and leaving care</h2>
<p>Every child who is looked after has a permanence plan in place within three months of entering care, so that decisions about where they will grow up are not left to drift.</p>
<p>Care leavers are supported by a personal adviser until they are 21, or 25 where they are in education, employment or training.</p>
<h2>Information sharing</h2>
<p>Staff share information about children and families in line with the law and the partnership's information sharing agreement. Families are told what is held about them and who it may be shared with.</p>
<p>Page last updated: 17 February 2026</p>
</main>
<footer>
<p>Was this page helpful? <a href="/feedback">Yes</a> <a href="/feedback">No</a></p>
<ul>
<li><a href="/accessibility">Accessibility</a></li>
<li><a href="/privacy">Privacy and cookies</a></li>
<li><a href="/contact">Contact us</a></li>
<li><a href="/jobs">Jobs</a></li>
</ul>
<p>&copy; Hernsby Borough Council 2026</p>
</footer>
</body>
</html>
"""


def _hernsby_text(page_html: str) -> str:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_content(page_html)
        text: str = page.evaluate("document.body.innerText")
        browser.close()
    return text.rstrip("\n") + "\n"


def _kelverton() -> bytes:
    from build_binary_tools import new_docx, saved_docx, word_field
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    document = new_docx()
    council_heading = document.styles.add_style("KCC Heading", WD_STYLE_TYPE.PARAGRAPH)
    council_heading.base_style = document.styles["Normal"]
    council_heading.font.bold = True
    council_heading.font.size = Pt(13)
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = "Kelverton County Council \u2013 Children's Social Care Procedures"
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    table = None
    headings = 0
    for kind, text in KELVERTON:
        if kind == "title":
            run = document.add_paragraph().add_run(text)
            run.bold = True
            run.font.size = Pt(16)
        elif kind == "h":
            headings += 1
            if headings % 2:
                run = document.add_paragraph().add_run(text)
                run.bold = True
                run.font.size = Pt(12)
            else:
                document.add_paragraph(text, style="KCC Heading")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        elif kind == "row":
            cells = text.split(" | ")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for cell, value in zip(row, cells, strict=True):
                cell.text = value
            if len(table.rows) == 1:
                for cell in row:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
            continue
        else:
            document.add_paragraph(text)
        if kind != "row":
            table = None
    return saved_docx(document)


def _yelverford() -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in YELVERFORD:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_heading(text, level=2)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


FILES = {
    "26804": "26804-txt-chromium-innertext-full-page-chrome-hernsby-page-amended-in-month-six-ul-seven-ul-family-safeguarding-three-months-21-or-25-eet-page-last-updated-children-who-are-looked-after.txt",
    "26805": "26805-docx-bold-and-council-style-headings-table-of-acts-list-number-header-footer-kelverton-amendment-date-slashed-day-five-in-table-seven-numbered-signs-of-safety-10-months-21-or-25-further-education-document-version-lac.docx",
    "26806": "26806-pdf-lo-heading-2-meaning-headings-yelverford-revised-parenthesised-month-three-acts-sentence-seven-bulleted-no-wrong-door-and-mockingbird-four-months-25-whatever-children-in-care.pdf",
}


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    shown = [
        ("p", text.replace(" | ", " \u2013 ")) if kind == "row" else (kind, text)
        for kind, text in blocks
    ]
    return blocks_note(shown, SCRIPT, about)


def main() -> None:
    from build_binary_tools import docx_to_pdf

    sources = HERE / "blind268_sources"
    sources.mkdir(exist_ok=True)
    page_html = _hernsby_html()
    (sources / "26804-hernsby-page.html").write_text(page_html, encoding="utf-8")
    (HERE / FILES["26804"]).write_text(_hernsby_text(page_html), encoding="utf-8")
    (HERE / FILES["26805"]).write_bytes(_kelverton())
    docx_to_pdf(_yelverford(), HERE / FILES["26806"])
    (HERE / (FILES["26805"] + ".md")).write_text(
        _note(
            KELVERTON,
            "python-docx, headings bold Normal and a 'KCC Heading' style by turns, a Table Grid of Acts, List Number principles, running header and PAGE footer",
        ),
        encoding="utf-8",
    )
    (HERE / (FILES["26806"] + ".md")).write_text(
        _note(
            YELVERFORD,
            "python-docx, Title and Heading 2 headings named by meaning, List Bullet principles, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    for name in FILES.values():
        print("wrote", name)


if __name__ == "__main__":
    main()
