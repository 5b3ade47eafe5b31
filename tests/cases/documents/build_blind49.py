# ruff: noqa: E501  (the pages' paragraphs are kept a line each)
"""Build the PDFs of the forty-ninth blind set (4913, 4914): web pages printed to PDF.

A browser's "Print" / "Save as PDF" prints the whole page, site chrome and all, and adds its own
running lines in the page margins: the date and time of printing, the page's title or address,
and a page counter "1/3". WeasyPrint draws the same with `@page` margin boxes.

    4913  Chrome-like: date and time top left, the page's <title> top centre, its address bottom
          left, "1/2" bottom right; a cookie banner, a menu row, a trail and a stamp under the <h1>
    4914  the date and time top left and the address top right, "1/2" bottom centre, in larger type; the site's
          name as the only <h1>, the chapter's title an <h2> under a "You are here:" line

Each build writes the file and a NNNN-....pdf.md note (the text a reader sees on the pages,
margin lines left out) beside this script.
usage: python tests/cases/documents/build_blind49.py   (WeasyPrint)
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

PRINT_CSS = """
@page {
  size: A4;
  margin: 18mm 12mm 16mm 12mm;
  @top-left { content: "%(stamp)s"; font: 8pt Arial, sans-serif; }
  @top-%(title_side)s { content: "%(top)s"; font: 8pt Arial, sans-serif; }
  @bottom-left { content: "%(bottom_left)s"; font: 8pt Arial, sans-serif; }
  @bottom-%(counter_side)s { content: counter(page) "/" counter(pages); font: 8pt Arial, sans-serif; }
}
body { font: %(size)s/1.6 Arial, sans-serif; color: #222; }
h1 { font-size: 24pt; margin: 10pt 0; }
h2 { font-size: 18pt; margin: 14pt 0 6pt; }
h3 { font-size: 14pt; margin: 12pt 0 4pt; }
.chrome { font-size: 10pt; color: #444; }
.menu li { display: inline; margin-right: 14pt; }
.menu ul { padding: 0; }
.banner { border: 1px solid #888; padding: 6pt; background: #eee; }
.meta { color: #555; font-size: 10.5pt; }
"""

KESTLEWOOD = """
<div class="banner chrome">
<p><strong>Cookies on Kestlewood Council's website</strong></p>
<p>We use essential cookies to make this site work, and optional cookies to improve it.</p>
<p>Accept optional cookies &nbsp; Reject optional cookies</p>
</div>
<p class="chrome"><strong>Kestlewood Council</strong></p>
<div class="menu chrome"><ul><li>Home</li><li>Services</li><li>Your council</li><li>News</li><li>Contact us</li></ul></div>
<p class="chrome">Home &rsaquo; Social care &rsaquo; Children's procedures &rsaquo; Children's Services Policies, Values and Principles</p>
<h1>Children's Services Policies, Values and Principles</h1>
<p class="meta">Last modified: 27 February 2025</p>
<h2>Amendment</h2>
<p>This chapter was amended in February 2025. We have updated the introduction and added a section on information sharing.</p>
<h2>Introduction</h2>
<p>This chapter sets out the framework within which Kestlewood's Children's Services work with children, young people and their families. It is underpinned by a range of legislation, including:</p>
<ul>
<li>Children Act 1989;</li>
<li>Children (Leaving Care) Act 2000;</li>
<li>Adoption and Children Act 2002;</li>
<li>Children Act 2004;</li>
<li>Children and Young Persons Act 2008;</li>
<li>Children and Families Act 2014;</li>
<li>Children and Social Work Act 2017;</li>
<li>Data Protection Act 2018.</li>
</ul>
<p>It covers our work with Children in Need, children subject to child protection plans and Looked After Children.</p>
<h2>Key Values</h2>
<p>We believe that children should be brought up by their own families wherever it is safe for them to be. We will offer early help when families first need it, and we will be open and honest with parents about our worries.</p>
<p>We will treat every child as an individual and respect their culture, faith and identity.</p>
<h2>Information Sharing and Confidentiality</h2>
<p>We share information about children and families only where the law allows it and where it helps to keep a child safe or to meet their needs. We explain to families what we share, with whom and why, unless doing so would put a child at risk.</p>
<p class="chrome">Contact us &nbsp; Accessibility &nbsp; Privacy &nbsp; © Kestlewood Council</p>
"""

TIDEWICK = """
<h1>Tidewick Borough Council</h1>
<div class="menu chrome"><ul><li>Home</li><li>Bins</li><li>Council tax</li><li>Schools</li><li>Social care</li><li>Planning</li></ul></div>
<p class="chrome">You are here: Home / Social care / Children's services procedures</p>
<h2>Policies, Values and Principles</h2>
<h3>Scope of this chapter</h3>
<p>This chapter applies to all staff and managers in Tidewick's Children's Services. It was last amended in October 2024, when the section on leaving care was rewritten.</p>
<h3>Introduction</h3>
<p>Tidewick Borough Council is committed to improving the lives of the children and young people it works with. We are proud to be the corporate parent of our Children in Care, and we expect every part of the council to play its part.</p>
<h3>Our Values</h3>
<p>Our values were written with children, parents and staff. They describe how we will behave, not only what we will do:</p>
<ul>
<li>Children come first: their safety and well-being guide every decision we make.</li>
<li>We are respectful: we treat families as partners and we value what they know about their own lives.</li>
<li>We are reliable: we do what we say we will do, and we tell people when we cannot.</li>
<li>We are ambitious: we expect the best for every child and we do not give up on them.</li>
</ul>
<h3>Leaving Care</h3>
<p>Every young person leaving our care will have a personal adviser until they are 21. Any care leaver who wants help after that can keep their personal adviser until they reach 25.</p>
<p>We will help young people to find suitable accommodation, to stay in education, training or work, and to manage their money.</p>
<p class="chrome">Back to top</p>
<p class="chrome">Follow us: Facebook &nbsp; Instagram &nbsp; YouTube</p>
"""


def page(body: str, title: str, stamp: str, url: str, chrome_like: bool) -> str:
    css = PRINT_CSS % {
        "stamp": stamp,
        "title_side": "center" if chrome_like else "right",
        "top": title if chrome_like else url,
        "bottom_left": url if chrome_like else "",
        "counter_side": "right" if chrome_like else "center",
        "size": "12.5pt" if chrome_like else "16pt",
    }
    return f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title><style>{css}</style></head><body>{body}</body></html>'


def note(what: str, body: str) -> str:
    """The text a reader sees on the pages (margin lines left out), in markdown."""
    import re

    lines: list[str] = [f"%% built by build_blind49.py: {what}", ""]
    for match in re.finditer(r"<(h1|h2|h3|p|li)[^>]*>(.*?)</\1>", body, re.S):
        tag, inner = match.group(1), match.group(2)
        text = (
            re.sub(r"<[^>]+>", "", inner)
            .replace("&nbsp;", " ")
            .replace("&rsaquo;", "\u203a")
            .strip()
        )
        prefix = {"h1": "# ", "h2": "## ", "h3": "### ", "li": "- ", "p": ""}[tag]
        if tag != "li" and lines[-1].startswith("- "):
            lines.append("")
        lines.append(prefix + text)
        if tag != "li":
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    import weasyprint

    builds = {
        "4913-pdf-chrome-print-header-date-title-footer-url-counter-cookie-banner-menu.pdf": (
            "Chrome-like print: date and time and title above, address and 1/2 below",
            KESTLEWOOD,
            "Children's Services Policies, Values and Principles | Kestlewood Council",
            "27/03/2025, 10:41",
            "https://www.kestlewood.gov.uk/social-care/childrens-procedures/policies-values-principles",
            True,
        ),
        "4914-pdf-print-date-and-url-header-counter-footer-site-h1-title-h2.pdf": (
            "print with date and address above, 1/2 below; site name h1, title h2",
            TIDEWICK,
            "Policies, Values and Principles - Tidewick Borough Council",
            "14/11/2024 16:05",
            "https://www.tidewick.gov.uk/social-care/procedures/policies-values-and-principles",
            False,
        ),
    }
    for name, (what, body, title, stamp, url, chrome_like) in builds.items():
        weasyprint.HTML(string=page(body, title, stamp, url, chrome_like)).write_pdf(HERE / name)
        (HERE / f"{name}.md").write_text(note(what, body), encoding="utf-8")


if __name__ == "__main__":
    main()
