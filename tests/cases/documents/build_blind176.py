# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF files of the 176th blind set (17605-17607): whole chapters of invented
councils, as councils keep and print them.

    17605  Word (python-docx): the title in a custom paragraph style ("QC Chapter Title") and
           every heading in another ("QC Section Heading": bold 13 pt, based on Normal, no
           outline level); a version line and an amendment note under the purpose; Acts and
           the seven principles as bulleted lists.
    17606  Word file with Heading 1 headings numbered by hand ("1. Scope and amendment"),
           a running footer naming the council and "Page N", printed to PDF by LibreOffice
           headless; vision and values merged under one heading.
    17607  A council web page (header with a logo's alt text, menu, breadcrumb trail, a
           "Print this page" line, footer) printed to PDF by Chromium headless with the
           browser's own header and footer lines (date, page title, file URL, "N/M"); the
           principles a numbered list; a "Page last updated" line closing the article.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind176.py   (python-docx, LibreOffice,
       /usr/bin/chromium)
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

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind176.py"
TITLE = "Children's Services Policies, Values and Principles"
# ("h" heading | "p" paragraph | "b" bullet | "n" numbered item, text)
Blocks = list[tuple[str, str]]

# fmt: off
# ---------------------------------------------------------------- 17605 Quillstone, python-docx
QUILLSTONE: Blocks = [
    ("h", "Purpose"),
    ("p", "This chapter sets out what Quillstone Council's children's services stand for and how we expect our staff to work with children who are looked after, with care leavers and with the families we support."),
    ("p", "Version 3.2"),
    ("p", "Amended February 2026 following consultation with the Children in Care Council, whose members rewrote the paragraph on leaving care."),
    ("h", "Legal framework"),
    ("p", "Our duties to children who are looked after and to care leavers come from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Partners in safeguarding"),
    ("p", "Keeping children safe depends on agencies acting together. We work with health services, schools, the police, probation and the voluntary sector under our local safeguarding arrangements, and we expect each partner to share a worry about a child as soon as it arises."),
    ("h", "Our values"),
    ("p", "We are respectful, we are reliable and we are brave enough to say difficult things kindly. We believe that children who are looked after deserve the same patience, ambition and fun that any good parent would give."),
    ("h", "Corporate parenting"),
    ("p", "Quillstone Council is the corporate parent of every child who is looked after by the council and of every care leaver. Under the Children and Social Work Act 2017 all of us must have regard to the need:"),
    ("b", "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take into account their views, wishes and feelings;"),
    ("b", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("b", "to promote high aspirations, and seek to secure the best outcomes, for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h", "Our practice model"),
    ("p", "Quillstone's social workers are trained in Safe and Together. Where there is domestic abuse we partner with the parent who is being harmed, hold the person causing harm to account for their behaviour as a parent, and keep the child's experience at the centre of the plan."),
    ("h", "Outcomes we want"),
    ("p", "We want every child who is looked after to be healthy, to be safe from harm, to enjoy school and achieve there, to have people who love them for the long term, and to leave care ready for adult life."),
    ("h", "Principles of practice"),
    ("p", "Children should stay with their birth families whenever that is safe, and we give parents the help they need to make it possible. Where a child cannot return home, we plan for permanence at the earliest point and look to family and friends carers before others."),
    ("p", "Every care leaver has a personal adviser until they are 21, or until 25 if they ask us for one."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Information about children and families is kept confidential and shared only where the law allows or a child's safety requires it. Where it is safe to do so, we tell families before we share."),
]

# ---------------------------------------------------------------- 17606 Corrabeck, LibreOffice PDF
CORRABECK: Blocks = [
    ("h", "1. Scope and amendment"),
    ("p", "This chapter applies to all staff of Corrabeck Borough Council's children's social care division and to those who provide services to Looked After Children on the council's behalf."),
    ("p", "Date of last amendment: August 2024. The list of legislation and the section on our strategy were updated."),
    ("h", "2. Introduction"),
    ("p", "This policy sets out the framework in which Corrabeck delivers its services to Looked After Children, children in need and their families. The main legislation is:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h", "3. Vision and values"),
    ("p", "Our vision is that every child in Corrabeck grows up in a safe and loving home and has the chance to flourish."),
    ("p", "Our values guide the way we do that. We treat children and parents with dignity, we listen carefully and write down what children tell us in their own words, and we are open about our concerns and about the reasons for our decisions. We work alongside families and do not give up on them when progress is slow."),
    ("h", "4. Corporate parenting"),
    ("p", "Every councillor and every officer of Corrabeck Borough Council shares the role of corporate parent. We keep the corporate parenting principles in mind in every decision that affects Looked After Children and care leavers, and the Corporate Parenting Board checks each year how well we have done."),
    ("h", "5. Our practice model"),
    ("p", "Our practice is relationship-based. Social workers stay with the same families for as long as they can, spend time getting to know children, and use those relationships to help families change."),
    ("h", "6. Key principles"),
    ("p", "Children are best brought up by their own families. When a child cannot remain at home, relatives and friends are considered first."),
    ("p", "Each Looked After Child has a permanence plan within four months of coming into care, and the independent reviewing officer checks it at every review."),
    ("p", "Care leavers are given a personal adviser who helps them with housing, education, work and money, and who keeps in touch for as long as they need."),
    ("h", "7. Our strategy"),
    ("p", "Our strategy for the coming three years is to invest in early help, to find more foster homes within the borough, and to make sure that Looked After Children have fewer changes of social worker."),
    ("h", "8. Information sharing"),
    ("p", "We follow data protection law and the government's advice on information sharing. Personal information is shared only with those who need it, and every decision to share is recorded on the child's file."),
]
# fmt: on

PIPWELL_ARTICLE = """
<p>Amended in September 2025: the section on permanence and leaving care now describes our staying-close offer.</p>
<h2>Who this chapter applies to</h2>
<p>This chapter applies to everyone working in Pipwell Heath children's services, including agency staff, students on placement and the providers we commission to care for Children Looked After.</p>
<h2>Legislation</h2>
<p>Our work is governed by:</p>
<ul>
<li>the Children Act 1989</li>
<li>the Adoption and Children Act 2002</li>
<li>the Children and Families Act 2014</li>
<li>the Children and Social Work Act 2017</li>
</ul>
<h2>Our values and ambitions</h2>
<p>We aim high for every child. We are warm and straightforward with families, we act quickly when a child is at risk, and we measure ourselves by the difference we make to children's lives rather than by the forms we complete.</p>
<h2>Corporate parenting</h2>
<p>Pipwell Heath Council and its partners are corporate parents to all Children Looked After and care leavers. The seven corporate parenting principles are:</p>
<ol>
<li>acting in the child's best interests and promoting their health and well-being;</li>
<li>encouraging children and young people to express their views, wishes and feelings;</li>
<li>taking those views, wishes and feelings into account;</li>
<li>helping them to use the services of the council and its partners;</li>
<li>promoting high aspirations and seeking the best outcomes for them;</li>
<li>keeping them safe and giving them stability at home, in their relationships and in education or work;</li>
<li>preparing them for adulthood and independent living.</li>
</ol>
<h2>Our practice model</h2>
<p>Pipwell Heath has adopted Motivational Social Work. Practitioners use reflective listening and open questions to help parents find their own reasons for change, and supervision looks at recorded conversations to help staff improve.</p>
<h2>Permanence and leaving care</h2>
<p>Each child who comes into our care should have a permanence plan within six months. Care leavers can have a personal adviser up to the age of 25.</p>
<h2>Information sharing</h2>
<p>We share information about children only when it is necessary and lawful, and we record our reasons each time.</p>
<p>Page last updated: 2 October 2025</p>
"""

PIPWELL_CSS = """
body { font: 11pt/1.45 Arial, 'Liberation Sans', sans-serif; margin: 0; }
header.site { background: #35305e; color: white; padding: 6px 12px; }
header.site img { height: 26px; color: white; margin-right: 16px; }
header.site a { color: white; margin-right: 12px; text-decoration: none; }
nav.crumbs { font-size: 9pt; margin: 8px 12px; }
main { margin: 0 12px; }
.tools { font-size: 9pt; color: #444; }
footer.site { border-top: 1px solid #999; margin-top: 20px; padding: 6px 12px; font-size: 9pt; }
h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 16px; }
"""

PIPWELL = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Pipwell Heath Council</title><style>{PIPWELL_CSS}</style></head>
<body>
<header class="site"><img src="missing-logo.png" alt="Pipwell Heath Council logo"> <a href="#main">Skip to main content</a>
<nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/children">Children and families</a> <a href="/manual">Procedures manual</a> <a href="/contact">Contact us</a></nav></header>
<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/children">Children and families</a> &gt; <a href="/manual">Procedures manual</a> &gt; Policies, values and principles</nav>
<main id="main"><article><h1>{TITLE}</h1>
<p class="tools">Print this page</p>
{PIPWELL_ARTICLE}
</article></main>
<footer class="site"><p>&copy; Pipwell Heath Council 2025 | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""


def quillstone(target: Path) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    document = new_docx()
    document.core_properties.title = TITLE
    document.core_properties.created = datetime.datetime(2026, 2, 9)
    styles = document.styles
    title_style = styles.add_style("QC Chapter Title", WD_STYLE_TYPE.PARAGRAPH)
    title_style.base_style = styles["Normal"]
    title_style.font.size, title_style.font.bold = Pt(18), True
    head_style = styles.add_style("QC Section Heading", WD_STYLE_TYPE.PARAGRAPH)
    head_style.base_style = styles["Normal"]
    head_style.font.size, head_style.font.bold = Pt(13), True
    document.add_paragraph(TITLE, style="QC Chapter Title")
    for kind, text in QUILLSTONE:
        if kind == "h":
            document.add_paragraph(text, style="QC Section Heading")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


def corrabeck(target: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    document.core_properties.title = TITLE
    document.core_properties.created = datetime.datetime(2024, 8, 12)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Corrabeck Borough Council - Children's Social Care Procedures - Page ")
    _field(footer, "PAGE", "1")
    document.add_paragraph(TITLE, style="Title")
    for kind, text in CORRABECK:
        if kind == "h":
            document.add_heading(text, level=1)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    docx_to_pdf(saved_docx(document), target)


def _field(paragraph: Any, instruction: str, shown: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind in ("begin", None, "separate", "shown", "end"):
        run = paragraph.add_run()
        if kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif kind == "shown":
            run.text = shown
        else:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)


def pipwell(target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "chapter.html"
        source.write_text(PIPWELL, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def _article_blocks() -> Blocks:
    blocks: Blocks = [("p", "Print this page")]
    for tag, text in re.findall(r"<(h2|p|li)[^>]*>(.*?)</\1>", PIPWELL_ARTICLE, flags=re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
        blocks.append(({"h2": "h", "li": "n"}.get(tag, "p"), text))
    return blocks


FILES = {
    "17605-docx-custom-title-and-heading-styles-version-line-amended-month-six-acts-bulleted-seven-bulleted-safe-and-together-earliest-point-21-or-25-who-ask-who-are-looked-after.docx": (
        quillstone,
        QUILLSTONE,
        "python-docx; custom title and heading styles with no outline level; Acts and principles bulleted",
    ),
    "17606-pdf-lo-heading-1-numbered-by-hand-footer-council-page-date-of-last-amendment-vision-and-values-merged-no-model-no-ages-four-months-lac.pdf": (
        corrabeck,
        CORRABECK,
        "LibreOffice PDF of a Word file with Heading 1 headings numbered by hand and a running footer 'Corrabeck Borough Council - ... - Page N'",
    ),
    "17607-pdf-chromium-site-chrome-browser-lines-amended-in-month-line-under-title-principles-numbered-motivational-social-work-six-months-25-page-last-updated-cla.pdf": (
        pipwell,
        _article_blocks(),
        "Chromium print to PDF of a council web page with its site chrome and the browser's header and footer lines",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / f"{name}.md").write_text(
            blocks_note([("title", TITLE), *blocks], SCRIPT, about), "utf-8"
        )
        print(name)


if __name__ == "__main__":
    main()
