# ruff: noqa: E501, RUF001  (the chapter's paragraphs are kept a line each, as written)
"""Build the PDF of the three-hundred-and-eighty-eighth blind set: an invented council's "Policies,
Values and Principles" chapter web page printed to PDF from Chromium (headless --print-to-pdf),
with the site's chrome printed along and the browser's own header (date, page title) and footer
(file URL, "N/M") on each page:

    38802  Duncastle: a council header bar with a "Print this page" button, menu and breadcrumb;
           <h2> headings; an <ol> of Acts and a <ul> of the seven principles; a closing
           "Version 2.3" line; then a "Share this page" row, a feedback form and a footer.

The set's other documents (38801 txt, 38803 html, 38804 md) are written directly as the files a
user hands over after copying, saving or converting a council page. All written for this set, in
our own words (invented councils). The HTML source is kept in this script.

usage: .venv/bin/python tests/cases/documents/build_blind388.py   (/usr/bin/chromium)
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CSS = """
body { font: 11pt/1.45 Verdana, 'DejaVu Sans', sans-serif; margin: 0; }
header.site { background: #5a2a53; color: white; padding: 8px 14px; }
header.site a { color: white; margin-right: 12px; text-decoration: none; }
header.site .brand { font-weight: bold; font-size: 13pt; margin-right: 20px; }
header.site button { float: right; }
nav.crumbs { font-size: 9pt; margin: 8px 14px; }
main { margin: 0 14px; }
h1 { font-size: 19pt; } h2 { font-size: 14pt; margin-top: 16px; color: #5a2a53; }
.share, .feedback { font-size: 9.5pt; border-top: 1px solid #bbb; margin: 14px 14px 0; padding-top: 6px; }
footer.site { border-top: 1px solid #999; margin-top: 18px; padding: 6px 14px; font-size: 9pt; }
"""

ARTICLE = """<h1>Children's Services Policies, Values and Principles</h1>
<h2>Purpose and scope</h2>
<p>This chapter tells staff, partners and families what Duncastle City Council's children's services stand for. It covers the early help service, the social work teams, the fostering and adoption service and the council's three children's homes, and it should be read alongside the procedures for each service. The chapter was amended in January 2026 to add the council's practice model and to update the section on care leavers.</p>
<h2>Legislative context</h2>
<p>The duties and powers described in this manual come mainly from four Acts:</p>
<ol>
<li>the Children Act 1989;</li>
<li>the Children (Leaving Care) Act 2000;</li>
<li>the Children Act 2004;</li>
<li>the Children and Social Work Act 2017.</li>
</ol>
<p>Staff must also have regard to Working Together to Safeguard Children and to the regulations and statutory guidance made under these Acts.</p>
<h2>Our values</h2>
<p>Children come first in every decision we make. We believe in families and in their capacity to change, and we give them the time and help they need to do so. We are respectful and we are straightforward: families should never have to guess what we are worried about. We value difference, and we challenge discrimination wherever we meet it, including in our own systems.</p>
<h2>Working with partners</h2>
<p>Safeguarding is a shared task. The Duncastle Safeguarding Children Partnership brings together the council, the integrated care board and the police, and every school, nursery and health practice in the city has a named safeguarding lead who knows how to reach our front door.</p>
<h2>Our role as corporate parent</h2>
<p>For Looked After Children and care leavers the council is a corporate parent. In carrying out its functions it must have regard to the need:</p>
<ul>
<li>to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;</li>
<li>to encourage them to express their views, wishes and feelings;</li>
<li>to take their views, wishes and feelings into account;</li>
<li>to help them gain access to, and make the best use of, the services the council and its partners provide;</li>
<li>to promote high aspirations, and seek to secure the best outcomes, for them;</li>
<li>for them to be safe, and for stability in their home lives, relationships and education or work;</li>
<li>to prepare them for adulthood and independent living.</li>
</ul>
<h2>The Harbour Lights model</h2>
<p>Duncastle's social workers practise using the Harbour Lights model. It asks practitioners to find the people in a child's life who act as lights along the shore: the adults who keep them safe, the places where they feel they belong, and the routines that help them steer. Plans are built around keeping those lights burning and adding new ones where there are gaps.</p>
<h2>Principles for permanence and leaving care</h2>
<p>A child who cannot return home needs a permanent family without delay. A permanence plan is agreed within six months of a child becoming looked after, and it is reviewed by the independent reviewing officer at each review.</p>
<p>Care leavers have a personal adviser until the age of 21, or 25 for those who want one. The adviser helps them with their pathway plan, their accommodation and their next steps in education or work.</p>
<h2>Information sharing and confidentiality</h2>
<p>We share information to protect children and to support families, and we do it lawfully, securely and no more than is needed. Children and parents are told how their information is used, and we keep accurate records that they can ask to see.</p>
<p>Version 2.3</p>
"""

CHROME_AFTER = """<div class="share"><strong>Share this page</strong> · Facebook · LinkedIn · Email a link</div>
<div class="feedback"><p><strong>Did this page help you?</strong></p>
<form><label><input type="radio" name="h"> Yes</label> <label><input type="radio" name="h"> No</label><br>
<label>Tell us how we could make this page better <textarea rows="2" cols="40"></textarea></label><br>
<button type="button">Send</button></form></div>
"""


def page() -> str:
    """The whole web page as the council's site serves it: chrome around the chapter."""
    menu = ("Home", "Council services", "Children and young people", "Schools", "Contact us")
    links = "".join(
        f'<a href="https://www.duncastle.gov.uk/{m.lower().replace(" ", "-")}">{html.escape(m)}</a>'
        for m in menu
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Policies, values and principles – Children's social care procedures manual – Duncastle City Council</title><style>{CSS}</style></head>
<body>
<header class="site"><span class="brand">Duncastle City Council</span> <a href="#main">Skip to content</a> <button type="button">Print this page</button>
<nav>{links}</nav></header>
<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/children">Children and young people</a> &gt; <a href="/children/procedures">Children's social care procedures manual</a></nav>
<main id="main"><article>{ARTICLE}</article></main>
{CHROME_AFTER}
<footer class="site"><p>Duncastle City Council · <a href="https://www.duncastle.gov.uk/accessibility">Accessibility</a> · <a href="https://www.duncastle.gov.uk/privacy">Privacy and cookies</a> · <a href="https://www.duncastle.gov.uk/sitemap">Site map</a></p></footer>
</body></html>
"""


NAME = "38802-pdf-chromium-browser-header-footer-print-button-share-row-feedback-form-duncastle-amended-month-four-acts-ol-seven-ul-harbour-lights-six-months-21-or-25-if-wanted-version-lac.pdf"


def print_pdf(document: str, target: Path) -> None:
    """Chromium's headless print-to-PDF with its default header and footer lines."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is needed")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "chapter.html"
        source.write_text(document, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={work}/profile", f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def note() -> str:
    """The article as markdown: the text a reader sees (chrome left out), written beside the PDF."""
    lines = [
        "%% built by build_blind388.py: Chromium print to PDF of a council web page, site chrome printed along; the browser's date/title header and URL/N/M footer on each page",
        "",
    ]
    in_list = False
    for tag, text in re.findall(r"<(h1|h2|p|li)[^>]*>(.*?)</\1>", ARTICLE, flags=re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
        if tag == "li":
            in_list = True
            lines.append(f"- {text}")
            continue
        if in_list:
            lines.append("")
            in_list = False
        lines += [{"h1": "# ", "h2": "## "}.get(tag, "") + text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    print_pdf(page(), HERE / NAME)
    (HERE / (NAME + ".md")).write_text(note(), encoding="utf-8")
    print(NAME)


if __name__ == "__main__":
    main()
