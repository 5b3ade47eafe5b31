# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 284th blind set: export tools' shapes not used before.

    28404  Caverstock: a Word file whose Heading styles were lost to direct formatting (every
           heading a Normal paragraph with a bold 13 pt run, the title a bold 18 pt Normal
           paragraph, numbers typed into the heading text), re-saved as Word by LibreOffice;
           a footer "Caverstock County Council - uncontrolled when printed"; bulleted lists.
    28405  Greystow: a SharePoint modern page printed to PDF by Chromium with the print
           header (date and page title) and footer (address and page count) switched on; the
           page keeps the suite bar, the hub navigation, "Follow" and "Share", the author and
           "Published" byline, and the comments bar at its foot.

The three other documents of the set (28401 an EPUB's XHTML chapter, 28402 Docling's markdown of
a PDF, 28403 pandoc's AsciiDoc of a Word file) are text files written by hand as those tools
emit them (Calibre, Docling and pandoc are not installed here).

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind284.py
"""

from __future__ import annotations

import html
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import _libreoffice, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind284.py"
NAMES = {
    "28404": "28404-docx-libreoffice-resave-headings-lost-to-bold-direct-formatting-typed-numbers-footer-uncontrolled-caverstock-amended-month-six-items-with-working-together-seven-bullets-family-valued-three-then-five-months-conflict-21-or-25-clas.docx",
    "28405": "28405-pdf-chromium-print-sharepoint-page-header-date-title-footer-address-page-count-suite-bar-hub-nav-published-day-amendments-heading-three-acts-in-sentence-mockingbird-2-months-digits-21-or-25-children-who-are-looked-after.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: (kind, text) with kind "title", "line" (an italic line), "h", "p", "b" (a bullet).
Block = tuple[str, str]

# fmt: off
CAVERSTOCK: list[Block] = [
    ("title", TITLE),
    ("line", "Caverstock County Council \u2013 Children and Families Directorate"),
    ("h", "1. Purpose"),
    ("p", "This chapter sets out the values and principles that Caverstock County Council\u2019s Children and Families Directorate works to, and the duties it owes to Children Looked After and to care leavers. It was reviewed and amended in November 2025, when the sections on permanence and on leaving care were brought up to date."),
    ("h", "2. Legislation and guidance"),
    ("p", "The chapter is based on:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "3. A shared responsibility"),
    ("p", "Children are protected best when agencies trust each other and share what they know. The directorate works with schools, health services, the police, district councils and the voluntary sector through the Caverstock Safeguarding Children Partnership, and every professional who works with a child is expected to act on a concern rather than assume that someone else will."),
    ("h", "4. Our values and beliefs"),
    ("p", "We believe that most children are best brought up within their own families, and that families are more likely to change when they are treated with respect. We are open about our concerns, we keep our promises, and we measure our work by the difference it makes to children\u2019s lives."),
    ("h", "5. Corporate parenting"),
    ("p", "The County Council is the corporate parent of every child in its care. In line with the corporate parenting principles, we will:"),
    ("b", "act in children\u2019s best interests and look after their physical and mental health;"),
    ("b", "encourage them to tell us their views, wishes and feelings;"),
    ("b", "take those views, wishes and feelings into account;"),
    ("b", "help them use the services of the council and its partners;"),
    ("b", "hold high aspirations for them and work for the best outcomes;"),
    ("b", "keep them safe and give them stability at home, in their relationships and at school or work;"),
    ("b", "prepare them for adult life and living independently."),
    ("h", "6. Permanence and stability"),
    ("p", "Children need to know where they will grow up. Each child looked after by the County Council has a permanence plan agreed within three months of coming into care, and the plan is tested at each review until the child is settled."),
    ("h", "7. Our model of practice"),
    ("p", "Caverstock uses Family Valued as its model of practice. A family network meeting is held for every family before a plan for permanence is agreed, and that plan is normally in place within five months, so that relatives and friends have the chance to offer a home first. Practitioners are trained in restorative conversations as part of the model."),
    ("h", "8. Leaving care"),
    ("p", "Personal advisers stay with care leavers until they are 21 and, where the young person is in full-time education or training, until they are 25. Every care leaver has a pathway plan written with them and a copy of the local offer."),
    ("h", "9. Information sharing"),
    ("p", "Information about Children Looked After is shared only where it helps to keep them safe or to meet their needs, and it is stored securely. Young people are told what we hold about them and how to see it."),
    ("p", "Last updated: 2 February 2026"),
]

GREYSTOW: list[Block] = [
    ("title", TITLE),
    ("h", "Amendments"),
    ("p", "Amended in January 2026 to describe the Mockingbird constellations and the longer support offered to care leavers."),
    ("h", "About this page"),
    ("p", "This page explains the values and principles behind Greystow Borough Council\u2019s work with children who are looked after, care leavers and their families. It is part of the Children\u2019s Services procedures and applies to everyone who works in them."),
    ("h", "Our legal duties"),
    ("p", "Our duties to children who are looked after come chiefly from the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017. Practitioners should also follow the statutory guidance issued under them."),
    ("h", "Our values"),
    ("p", "We are kind, curious and reliable. We get to know children as people, not as cases; we ask why before we decide what; and we turn up when we say we will."),
    ("h", "We are corporate parents"),
    ("p", "Every councillor and every officer of the council shares the job of being a good parent to the children who are looked after. Following the corporate parenting principles, we will:"),
    ("b", "act in their best interests and promote their health and well-being"),
    ("b", "encourage them to express their views, wishes and feelings"),
    ("b", "take their views, wishes and feelings into account"),
    ("b", "help them to use the services of the council and its partners"),
    ("b", "promote high aspirations and seek the best outcomes for them"),
    ("b", "make sure they are safe and have stability at home, in relationships and at school or work"),
    ("b", "prepare them for adulthood and independent living"),
    ("h", "How we support foster families"),
    ("p", "Our foster carers are supported through the Mockingbird model. Six to ten fostering households live near a hub home carer, who offers advice, sleepovers and a place to turn when things are difficult, so that children who are looked after grow up in an extended family rather than alone."),
    ("h", "Finding a permanent home"),
    ("p", "Each child\u2019s permanence plan is agreed within 2 months of them becoming looked after, and is reviewed by the Independent Reviewing Officer until it has been achieved."),
    ("h", "Support after care"),
    ("p", "Care leavers have a personal adviser until they are 21, and until they are 25 if they are disabled or in education. Young people can stay with their foster carers after they turn 18 under Staying Put."),
    ("h", "Confidentiality"),
    ("p", "We share what we know about a child only when it helps to keep them safe or meet their needs, and we explain to young people what we hold and why."),
]
# fmt: on

FOOTER = "Caverstock County Council \u2013 uncontrolled when printed"


def _caverstock_docx() -> bytes:
    """Headings typed as bold Normal paragraphs, as a Word file reads once its Heading styles
    were cleared and the look kept by direct formatting."""
    from docx.shared import Pt

    document = new_docx()
    document.sections[0].footer.paragraphs[0].text = FOOTER
    for kind, text in CAVERSTOCK:
        if kind == "b":
            document.add_paragraph(text, style="List Bullet")
            continue
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(18)
        elif kind == "h":
            run.bold = True
            run.font.size = Pt(13)
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.keep_with_next = True
        elif kind == "line":
            run.italic = True
    return saved_docx(document)


SUITE_BAR = ["SharePoint", "Search this site"]
HUB_NAV = ["Home", "Procedures", "Teams", "Training", "Contacts"]
SITE = "Children\u2019s Services Hub"
AUTHOR = "Maya Okafor"
PUBLISHED = "Published 12 March 2026"
PRINTED = "17/03/2026, 09:41"
ADDRESS = "https://greystow.sharepoint.com/sites/ChildrensServicesHub/SitePages/Policies-Values-and-Principles.aspx"


def _sharepoint_page() -> str:
    body: list[str] = [
        '<div class="suite"><span>' + "</span> <span>".join(SUITE_BAR) + "</span></div>",
        f'<header class="site"><div class="site-name">{html.escape(SITE)}</div>'
        "<nav><ul>" + "".join(f"<li>{item}</li>" for item in HUB_NAV) + "</ul></nav>"
        '<div class="actions"><span>Follow</span> <span>Share</span></div></header>',
        '<main><div class="title-region">',
    ]
    in_list = False
    for kind, text in GREYSTOW:
        if in_list and kind != "b":
            body.append("</ul>")
            in_list = False
        escaped = html.escape(text)
        if kind == "title":
            body.append(f"<h1>{escaped}</h1>")
            body.append(
                f'<div class="byline"><span>{AUTHOR}</span> <span>{PUBLISHED}</span></div></div>'
                '<div class="canvas">'
            )
        elif kind == "h":
            body.append(f"<h2>{escaped}</h2>")
        elif kind == "b":
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{escaped}</li>")
        else:
            body.append(f"<p>{escaped}</p>")
    if in_list:
        body.append("</ul>")
    body.append(
        '</div></main><footer class="page-footer"><span>Like</span> <span>Comment</span> '
        "<span>Save for later</span><p>Comments</p><p>Add a comment</p></footer>"
    )
    style = (
        "body{font-family:'Segoe UI',Arial,sans-serif;font-size:11pt;margin:0 14mm;color:#222}"
        ".suite{background:#036;color:#fff;padding:4px 8px;font-size:9pt}"
        ".site{border-bottom:1px solid #ccc;padding:6px 0}.site-name{font-size:15pt;font-weight:600}"
        "nav ul{list-style:none;padding:0;margin:4px 0}nav li{display:inline;margin-right:14px;font-size:9pt}"
        ".actions{font-size:9pt;text-align:right}.byline{font-size:9pt;color:#555;margin-bottom:10px}"
        "h1{font-size:22pt;font-weight:600}h2{font-size:14pt;margin-top:14pt}"
        ".page-footer{border-top:1px solid #ccc;margin-top:18px;font-size:9pt}"
    )
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title>'
        f"<style>{style}</style></head><body>" + "\n".join(body) + "</body></html>"
    )


def _chromium_print(page_html: str, target: Path) -> None:
    """Chromium's print with "Headers and footers" ticked: the time of printing and the page
    title above, the page's address and "n/N" below, in every page's margins."""
    from playwright.sync_api import sync_playwright

    cell = "font-size:8px;font-family:Arial;width:50%"
    header = (
        f'<div style="width:100%;display:flex;margin:0 10mm"><span style="{cell}">{PRINTED}</span>'
        f'<span style="{cell};text-align:center" class="title"></span></div>'
    )
    footer = (
        f'<div style="width:100%;display:flex;margin:0 10mm"><span style="{cell};width:85%">{html.escape(ADDRESS)}</span>'
        f'<span style="{cell};width:15%;text-align:right"><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'
    )
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--lang=en-GB"],
            env={"LANG": "en_GB.UTF-8", "TZ": "Europe/London"},
        )
        page = browser.new_page(locale="en-GB", timezone_id="Europe/London")
        page.set_content(page_html)
        page.pdf(
            path=str(target),
            format="A4",
            display_header_footer=True,
            header_template=header,
            footer_template=footer,
            margin={"top": "14mm", "bottom": "14mm", "left": "0", "right": "0"},
        )
        browser.close()


PRINT_NOTE = f"a SharePoint modern page printed by Chromium with headers and footers ({PRINTED} and the title above, the address and n/N below, in every page's margins)"


def _note(blocks: list[Block], about: str, before: list[str], after: list[str]) -> str:
    """What a reader sees in the built file, as markdown (the sidecar beside it)."""
    lines = [f"%% built by {SCRIPT}: {about}", "", *before]
    previous = ""
    for kind, text in blocks:
        if kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            lines += [{"title": "# ", "h": "## "}.get(kind, "") + text, ""]
        previous = kind
    lines += ["", *after] if after else []
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        resaved = Path(work) / "resaved.docx"
        _libreoffice(_caverstock_docx(), ".docx", "docx:MS Word 2007 XML", resaved)
        from build_binary import _with_fixed_zip_times

        (HERE / NAMES["28404"]).write_bytes(_with_fixed_zip_times(resaved.read_bytes()))
    (HERE / (NAMES["28404"] + ".md")).write_text(
        _note(
            CAVERSTOCK,
            f"python-docx with headings as bold Normal paragraphs (no Heading style), re-saved as Word by LibreOffice; footer: {FOOTER}",
            [],
            [],
        ),
        encoding="utf-8",
    )
    _chromium_print(_sharepoint_page(), HERE / NAMES["28405"])
    title_and_byline = _note(
        GREYSTOW[:1],
        PRINT_NOTE,
        [" ".join(SUITE_BAR), "", SITE, "", "  ".join(HUB_NAV), "", "Follow  Share", ""],
        [],
    )
    body = _note(GREYSTOW[1:], "", [], []).split("\n", 2)[2]
    (HERE / (NAMES["28405"] + ".md")).write_text(
        title_and_byline
        + f"\n{AUTHOR}  {PUBLISHED}\n\n"
        + body
        + "\nLike  Comment  Save for later\n\nComments\n\nAdd a comment\n",
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
