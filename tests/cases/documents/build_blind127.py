# ruff: noqa: E501, RUF001  (the pages' paragraphs are kept a line each, as written)
"""Build the two PDF files of the hundred-and-twenty-seventh blind set: council procedures-manual
chapter pages (page openings) printed to PDF from a browser, Chromium driven by Playwright, with
the header and footer Chromium prints by default (the date and the page's title at the head of
every sheet, its address and "n/m" at the foot).

    12715  a site name in large type above the chapter title, a search box with its placeholder
           text, a "You are here" trail ending in the title, "Print this page | Email | Share",
           a "Contents" list of links, then Amendment and Introduction with a list of Acts.
    12716  a "We are changing how we ..." banner, a language toggle, the manual's name line, a
           chapter number "6.1.3" before the title, an image with its caption, an "On this page"
           list, a "Page last reviewed" line, then Scope, Corporate Parenting and Care leavers.

All written for this set, in our own words (invented councils). The other fourteen files of the
set are written by hand.

usage: .venv/bin/python tests/cases/documents/build_blind127.py
       (Playwright with /usr/bin/chromium)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCRIPT = "build_blind127.py"

CSS = """
body { font: 11pt/1.45 Arial, 'Liberation Sans', sans-serif; margin: 0; }
.site-name { font-size: 26pt; font-weight: bold; color: #12345a; margin: 0 0 3mm; }
.banner { background: #fff3c4; border: 1pt solid #c9a100; padding: 2mm 4mm; margin: 0 0 3mm; }
.trail, .tools, .languages, .manual { font-size: 9pt; color: #444; margin: 1mm 0; }
input { font-size: 10pt; width: 70mm; padding: 1mm; }
h1 { font-size: 20pt; margin: 4mm 0 2mm; }
h2 { font-size: 14pt; margin: 4mm 0 1mm; }
.toc { border: 1pt solid #999; padding: 1mm 4mm; margin: 2mm 0 4mm; }
figure { margin: 2mm 0; } figure div { width: 80mm; height: 30mm; background: #cde; }
figcaption { font-size: 9pt; font-style: italic; }
"""

OAKBURY_TITLE = "Children's Services Policies, Values and Principles"
OAKBURY = f"""
<div class="site-name">Oakbury Cross Children's Procedures</div>
<form><input type="search" placeholder="Search these procedures"> <button>Search</button></form>
<p class="trail">You are here: <a href="/">Home</a> &gt; <a href="/1">Values and Principles</a> &gt; {OAKBURY_TITLE}</p>
<h1>{OAKBURY_TITLE}</h1>
<p class="tools"><a href="#">Print this page</a> | <a href="#">Email</a> | <a href="#">Share</a></p>
<div class="toc"><h2>Contents</h2><ol><li><a href="#a">Amendment</a></li><li><a href="#i">Introduction</a></li></ol></div>
<h2 id="a">Amendment</h2>
<p>This chapter was revised in May 2025. The list of legislation and the section on care leavers were brought up to date.</p>
<h2 id="i">Introduction</h2>
<p>This chapter describes the legal and policy framework for Oakbury Cross children's services. The main legislation is:</p>
<ul><li>Children Act 1989</li><li>Children Act 2004</li><li>Children and Social Work Act 2017</li><li>Data Protection Act 2018</li></ul>
<p>We use the term Children Looked After for all children in the council's care.</p>
"""

PELLINGHAM_TITLE = "6.1.3 Policies, Values and Principles"
PELLINGHAM = f"""
<div class="banner"><strong>We are changing how we share our procedures with partners.</strong> Read more about the changes.</div>
<p class="languages"><a href="#">English</a> | <a href="#">Cymraeg</a></p>
<p class="manual">Procedures Manual for Children's Services – Pellingham District Council</p>
<h1>{PELLINGHAM_TITLE}</h1>
<figure><div></div><figcaption>Members of our Corporate Parenting Board meet young people at the town hall</figcaption></figure>
<div class="toc"><p><strong>On this page</strong></p><ul><li><a href="#s">Scope</a></li><li><a href="#c">Corporate Parenting</a></li><li><a href="#l">Care leavers</a></li></ul></div>
<p class="trail">Page last reviewed: 21 October 2025</p>
<h2 id="s">Scope</h2>
<p>This chapter applies to all staff in children's social care. It was last amended in September 2025.</p>
<h2 id="c">Corporate Parenting</h2>
<p>Every councillor and every officer of the council is a corporate parent to the children who are looked after by Pellingham. We follow the seven corporate parenting principles, which require us:</p>
<ol>
<li>to act in the best interests of the children and promote their health and well-being;</li>
<li>to encourage them to say what they think, wish and feel;</li>
<li>to take their views, wishes and feelings into account;</li>
<li>to help them use the services the council and its partners provide;</li>
<li>to promote high aspirations for them and seek the best outcomes;</li>
<li>to help them be safe and have stable homes, relationships and schooling or work;</li>
<li>to prepare them for adult life and living independently.</li>
</ol>
<h2 id="l">Care leavers</h2>
<p>We continue to support young people after they leave care until they are 21, and until they are 25 if they are in higher education.</p>
"""

PAGES = {
    "12715-pdf-chromium-default-header-footer-site-name-large-search-placeholder-trail-tools-contents-amendment-acts.pdf": (
        "https://procedures.oakburycross.example/values/policies-values-principles.html",
        OAKBURY_TITLE + " | Oakbury Cross Children's Procedures",
        OAKBURY,
    ),
    "12716-pdf-chromium-default-header-footer-banner-language-manual-name-numbered-title-caption-on-this-page-reviewed.pdf": (
        "https://pellingham.procedures.example/chapters/6-1-3.html",
        PELLINGHAM_TITLE + " – Pellingham Children's Services",
        PELLINGHAM,
    ),
}

# The header and footer Chromium prints when none is given: the date and the title at the top,
# the address and the page count at the foot (Playwright sends empty templates unless told).
HEADER = (
    '<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;margin:0 10mm">'
    '<span class="date"></span><span class="title"></span><span></span></div>'
)
FOOTER = (
    '<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;margin:0 10mm">'
    '<span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'
)


def note(body: str, about: str) -> str:
    import re

    text = re.sub(r"<(h1|h2)[^>]*>", lambda m: "\n# " if m.group(1) == "h1" else "\n## ", body)
    text = re.sub(r"<li>", "\n- ", text)
    text = re.sub(r"<(p|div|figcaption|form)[^>]*>", "\n", text)
    text = re.sub(r"<input[^>]*placeholder=\"([^\"]*)\"[^>]*>", r"[\1]", text)
    text = re.sub(r"<[^>]+>", "", text).replace("&gt;", ">")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return f"%% built by {SCRIPT}: {about}\n\n" + "\n\n".join(lines) + "\n"


def _serve(document: str) -> Callable[..., None]:
    def handler(route: Any, _request: Any) -> None:
        route.fulfill(body=document, content_type="text/html; charset=utf-8")

    return handler


def main() -> None:
    from playwright.sync_api import sync_playwright

    only = set(sys.argv[1:])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        for name, (url, title, body) in PAGES.items():
            if only and name[:5] not in only:
                continue
            document = (
                '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
                f"<title>{title}</title><style>{CSS}</style></head><body>{body}</body></html>"
            )
            page = browser.new_page()
            page.route(url, _serve(document))
            page.goto(url)
            page.pdf(
                path=str(HERE / name), format="A4", display_header_footer=True,
                header_template=HEADER, footer_template=FOOTER, print_background=True,
                margin={"top": "14mm", "bottom": "14mm", "left": "14mm", "right": "14mm"},
            )  # fmt: skip
            page.close()
            (HERE / (name + ".md")).write_text(
                note(
                    body,
                    "Chromium print to PDF with its default header and footer (date, title, address, n/m)",
                ),
                encoding="utf-8",
            )
            print("built", name)
        browser.close()


if __name__ == "__main__":
    main()
