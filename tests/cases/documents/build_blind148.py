# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-forty-eighth blind set: three whole children's-services policy chapters
of invented councils as web pages printed to PDF by Chromium headless, the site's chrome printed
along (menu, breadcrumb, footer) and the browser's own header and footer lines on every page
(print date, page title, file URL, "N/M").

    14801  Ashcombe Vale: a site header with "Skip to content" and a menu, a breadcrumb, <h2>
           headings named by meaning, a "Last updated" line closing the article, a site footer.
    14802  Brindlemere: as 14801 with a sidebar (related chapters, contact) that prints after
           the main column; a version line closing the article.
    14803  Corran Fells: as 14801, a vision and a strategy section, principles as bullets.

All written for this set, in our own words (invented councils). The HTML sources are kept in
this script, not as documents.

usage: .venv/bin/python tests/cases/documents/build_blind148.py   (/usr/bin/chromium)
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
body { font: 11pt/1.45 Arial, 'Liberation Sans', sans-serif; margin: 0; }
header.site { background: #1d4f6b; color: white; padding: 6px 12px; }
header.site a { color: white; margin-right: 14px; text-decoration: none; }
nav.crumbs { font-size: 9pt; margin: 8px 12px; }
main, aside { margin: 0 12px; }
aside { border-top: 2px solid #1d4f6b; margin-top: 18px; font-size: 10pt; }
footer.site { border-top: 1px solid #999; margin-top: 20px; padding: 6px 12px; font-size: 9pt; }
h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 16px; }
"""


def page(council: str, title: str, article: str, sidebar: str = "") -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {council}</title><style>{CSS}</style></head>
<body>
<header class="site"><a href="#main">Skip to content</a> <strong>{council}</strong>
<nav><a href="/">Home</a><a href="/services">Services</a><a href="/manual">Procedures manual</a><a href="/contact">Contact us</a><a href="/search">Search</a></nav></header>
<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/manual">Children's services procedures</a> &gt; {title}</nav>
<main id="main"><article>
<h1>{title}</h1>
{article}
</article></main>
{sidebar}
<footer class="site"><p>&copy; {council} 2025 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/cookies">Cookies</a></p>
<p>Back to top</p></footer>
</body></html>
"""


# fmt: off
ASHCOMBE = page("Ashcombe Vale Council", "Children's Services Policies, Values and Principles", """
<h2>Who this chapter is for</h2>
<p>This chapter applies to every social worker, manager and support worker in Ashcombe Vale's children's services, and to the agencies who provide services for us.</p>
<p>It was amended in February 2025 to take account of the new statutory guidance on working together.</p>
<h2>The laws that guide us</h2>
<p>Our work with children and their families rests on the following legislation:</p>
<ul>
<li>Children Act 1989;</li>
<li>Children Act 2004;</li>
<li>Children (Leaving Care) Act 2000;</li>
<li>Children and Families Act 2014;</li>
<li>Children and Social Work Act 2017.</li>
</ul>
<h2>Working alongside other agencies</h2>
<p>Keeping children safe is never the job of one service alone. Working Together to Safeguard Children expects the council, the police and health partners to share the task, and we plan with schools, early years settings and voluntary groups as equals.</p>
<h2>What we stand for</h2>
<p>We believe children should be brought up by their own families wherever that is safe. We listen to children, we are straightforward with parents about what worries us, and we build on the strengths each family already has.</p>
<h2>Being a good corporate parent</h2>
<p>Once a child becomes looked after, the whole council shares the responsibility of a parent. The Children and Social Work Act 2017 sets out seven principles we must have regard to:</p>
<ol>
<li>to act in the best interests of Looked After Children and care leavers, and promote their physical and mental health and well-being;</li>
<li>to encourage them to express their views, wishes and feelings;</li>
<li>to take those views, wishes and feelings into account;</li>
<li>to help them gain access to services provided by the council and its partners;</li>
<li>to promote high aspirations and seek the best outcomes for them;</li>
<li>to make sure they are safe and have stability in their home lives, relationships and education or work;</li>
<li>to prepare them for adulthood and independent living.</li>
</ol>
<h2>How we plan for children's futures</h2>
<p>Every child who is looked after has a permanence plan by the second review, which takes place four months after they came into our care.</p>
<p>Care leavers have a personal adviser until they are 21, or up to 25 if they would like one.</p>
<h2>Sharing information properly</h2>
<p>We record information accurately and share it only when the law allows and the child's welfare needs it, telling families what we share and why unless doing so would put a child at risk.</p>
<p>Last updated: 17 February 2025</p>
""")

BRINDLE_SIDEBAR = """<aside>
<h3>Related chapters</h3>
<ul><li><a href="/manual/threshold">Threshold guidance</a></li><li><a href="/manual/care-planning">Care planning</a></li><li><a href="/manual/leaving-care">Leaving care</a></li></ul>
<h3>Contact the procedures team</h3>
<p>procedures@brindlemere.example &middot; 01632 960 418</p>
</aside>"""

BRINDLE = page("Brindlemere Borough Council", "Our Values and Principles in Children's Services", """
<h2>Purpose of this chapter</h2>
<p>This chapter describes what guides our practice with children in care, care leavers and families who need our help. It was last amended in October 2024.</p>
<h2>Our legal foundations</h2>
<p>The main Acts we work under are the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017.</p>
<h2>The service we are building</h2>
<p>We want Brindlemere to be a place where children grow up safe, settled and proud of who they are, supported by a stable, skilled workforce who know them well.</p>
<h2>Our approach to practice</h2>
<p>Our practitioners use Restorative Practice: we work with families rather than doing things to them or for them, with high support and high challenge.</p>
<h2>What we want for children</h2>
<p>We want every child to be healthy, to be safe, to enjoy learning and achieve, to have a say in decisions about their lives, and to be ready for adult life.</p>
<h2>Principles for our work</h2>
<p>We keep children with their families where we safely can, and look first to relatives and friends when a child cannot live at home.</p>
<p>A plan for permanence is made within three months of a child entering care.</p>
<p>Our leaving care team stays in touch with young people until they are 21, and until 25 if they are in education or training.</p>
<p>The council's corporate parenting principles shape how every department treats Children in Care.</p>
<h2>Confidentiality</h2>
<p>Information about children and families is kept securely and shared with partners only where it is needed to keep a child safe or to provide a service.</p>
<p>Version 4.1</p>
""", BRINDLE_SIDEBAR)

CORRAN = page("Corran Fells District Council", "Children's Services Policies, Values and Principles", """
<h2>What this page covers</h2>
<p>This page sets out the values and principles behind Corran Fells children's services. It was revised in November 2024.</p>
<h2>The framework we follow</h2>
<p>This policy sets out the framework for our work with children who are looked after, care leavers and children in need, under the Children Act 1989 and the Children and Families Act 2014.</p>
<h2>Everyone's responsibility</h2>
<p>Safeguarding children is a shared responsibility. We work with health, police, education and the voluntary sector, following Working Together to Safeguard Children.</p>
<h2>Where we want to be</h2>
<p>By 2027 we want every child in Corran Fells to live in a safe, loving home and to have the same chances in life as their classmates.</p>
<h2>How we will get there</h2>
<p>Our plan has three strands: help offered earlier, more homes for children close to Corran Fells, and a workforce that stays.</p>
<h2>The things we value</h2>
<ul>
<li>Children's voices are heard and acted on.</li>
<li>Families are partners, not problems.</li>
<li>We use Signs of Safety to keep risk and strength in view together.</li>
</ul>
<h2>Keeping children's lives stable</h2>
<p>A permanence plan for children who are looked after is agreed within four months of them coming into care.</p>
<p>Every care leaver can have a personal adviser up to the age of 25.</p>
<h2>Handling information</h2>
<p>We only share what is necessary, with the people who need it, and we keep careful records of what was shared and why.</p>
<p>Last updated: 14 November 2024</p>
""")
# fmt: on

DOCUMENTS = {
    "14801-pdf-chromium-site-chrome-browser-header-footer-meaning-h2-last-updated-line.pdf": ASHCOMBE,
    "14802-pdf-chromium-site-chrome-sidebar-after-main-column-version-line.pdf": BRINDLE,
    "14803-pdf-chromium-site-chrome-vision-strategy-principles-bullets.pdf": CORRAN,
}


def print_pdf(document: str, target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "chapter.html"
        source.write_text(document, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def note(document: str) -> str:
    """The article as markdown: the text a reader sees (chrome left out), written beside the PDF."""
    article = document.split("<article>", 1)[1].split("</article>", 1)[0]
    lines = [
        "%% built by build_blind148.py: Chromium print to PDF of a council web page, site chrome and the browser's header and footer printed along",
        "",
    ]
    number = 0
    for tag, text in re.findall(r"<(h1|h2|p|li)>(.*?)</\1>", article, flags=re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
        if tag == "li":
            number += 1
            lines.append(f"- {text}")
            continue
        if number:
            lines.append("")
            number = 0
        lines += [{"h1": "# ", "h2": "## "}.get(tag, "") + text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    for name, document in DOCUMENTS.items():
        print_pdf(document, HERE / name)
        (HERE / (name + ".md")).write_text(note(document), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
