# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-sixty-fifth blind set: five council procedures-manual chapter web pages
of invented councils printed to PDF by Chromium headless, with their site chrome (a header with
the logo's alt text and a menu, a breadcrumb trail, a sidebar, a cookie banner, a footer). Some
carry the browser's own header and footer lines (print date, page title, file URL, "N/M"),
others were printed with `--no-pdf-header-footer`.

    16501  Abbotsmere: page opening; menu and breadcrumb printed before the title, an amendment
           line under the title, an introduction with an Acts list, a shared-responsibility
           section; browser header/footer.
    16502  Thistleford: page opening; a print stylesheet hides all the chrome; a long title that
           wraps to two lines; an "Amendment" heading, a care leavers section; no browser lines.
    16503  Quenby Marsh: page opening; menu and breadcrumb, an amendment box floated beside the
           title, a "Print this page" line, scope and values sections; browser header/footer.
    16504  Lowick Cross: short whole chapter; a sidebar column before the main column, a cookie
           banner fixed to the foot of every sheet, a "Page last reviewed" line; browser lines.
    16505  Pelham Stour: short whole chapter; logo alt text, a cookie banner above the header, a
           "Print this page" line, numbered headings, a version line; no browser lines.

All written for this set, in our own words (invented councils). The HTML sources are kept in
this script, not as documents.

usage: .venv/bin/python tests/cases/documents/build_blind165.py   (/usr/bin/chromium)
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
.cookies { background: #f3e9c6; padding: 6px 12px; font-size: 9pt; }
header.site { background: #2b4a33; color: white; padding: 6px 12px; }
header.site img { height: 28px; color: white; margin-right: 16px; }
header.site a { color: white; margin-right: 14px; text-decoration: none; }
nav.crumbs { font-size: 9pt; margin: 8px 12px; }
main, aside { margin: 0 12px; }
.tools { font-size: 9pt; color: #444; }
footer.site { border-top: 1px solid #999; margin-top: 20px; padding: 6px 12px; font-size: 9pt; }
h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 16px; }
.amend-box { float: right; width: 36%; border: 1px solid #2b4a33; padding: 6px 10px; margin: 0 0 10px 14px; font-size: 9.5pt; }
.columns { display: grid; grid-template-columns: 28% 68%; gap: 4%; }
.columns aside { font-size: 9.5pt; border-right: 1px solid #ccc; }
.cookies.fixed { position: fixed; bottom: 0; left: 0; right: 0; }
"""

HIDE_CHROME = """
@media print { .cookies, header.site, nav, aside, footer.site, .tools { display: none; } }
"""


def page(
    council: str,
    title: str,
    article: str,
    *,
    crumbs: str,
    menu: tuple[str, ...] = (
        "Home",
        "Services",
        "Children and families",
        "Procedures manual",
        "Contact us",
    ),
    sidebar: str = "",
    cookies: str = "We use cookies to make this site work and to see how it is used. Accept all cookies | Reject optional cookies | Cookie settings",
    cookie_class: str = "cookies",
    extra_css: str = "",
    before_title: str = "",
) -> str:
    links = "".join(f'<a href="/{i}">{html.escape(m)}</a>' for i, m in enumerate(menu))
    main = f'<main id="main"><article>{before_title}<h1>{title}</h1>\n{article}\n</article></main>'
    body = f'<div class="columns">{sidebar}{main}</div>' if sidebar else main
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - {council}</title><style>{CSS}{extra_css}</style></head>
<body>
<div class="{cookie_class}">{cookies}</div>
<header class="site"><img src="missing-logo.png" alt="{council} logo"> <a href="#main">Skip to main content</a>
<nav>{links}</nav></header>
<nav class="crumbs">{crumbs}</nav>
{body}
<footer class="site"><p>&copy; {council} 2025 | <a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a> | <a href="/sitemap">Site map</a></p></footer>
</body></html>
"""


# fmt: off
ABBOTSMERE = page(
    "Abbotsmere Council",
    "Children's Services Policies, Values and Principles",
    """
<p>Amended April 2025: the legislation section now names the Children and Social Work Act 2017.</p>
<h2>Introduction</h2>
<p>Everything Abbotsmere's children's social care does starts from the law and from what children and families tell us they need. The legislation this chapter rests on is set out below.</p>
<ul>
<li>The Children Act 1989</li>
<li>The Adoption and Children Act 2002</li>
<li>The Children and Social Work Act 2017</li>
</ul>
<p>It applies to all Children Looked After by the council and to each care leaver we support.</p>
<h2>Nobody keeps children safe alone</h2>
<p>Schools, GPs, health visitors, the police and our own staff all hold part of the picture. We follow Working Together to Safeguard Children and expect every partner to raise a worry early rather than wait for someone else to do so.</p>
""",
    crumbs='<a href="/">Home</a> &gt; <a href="/children">Children and families</a> &gt; <a href="/manual">Procedures manual</a> &gt; Policies, values and principles',
)

THISTLEFORD = page(
    "Thistleford Borough Council",
    "Policies, Values and Principles for Children in Care, Care Leavers and their Families",
    """
<h2>Amendment</h2>
<p>The January 2025 revision of this chapter brought the care leavers section into line with the council's new local offer.</p>
<h2>Care leavers</h2>
<p>When Children in Care reach 18 we do not step away. Every young person leaving our care keeps a personal adviser until their 21st birthday, and beyond that up to 25 where they ask for our continued help.</p>
<p>Their pathway plan is reviewed at least every six months and written with them, not for them.</p>
""",
    crumbs='<a href="/">Home</a> / <a href="/social-care">Social care</a> / Policies, values and principles',
    extra_css=HIDE_CHROME,
)

QUENBY = page(
    "Quenby Marsh District Council",
    "Policies, Values and Principles",
    """
<p class="tools">Print this page</p>
<h2>Scope of this chapter</h2>
<p>This chapter describes the values that shape social work with children who are looked after, young people leaving care and families who need help in Quenby Marsh. Managers are expected to make sure their teams know it well.</p>
<h2>Our values</h2>
<p>Our values are rooted in the Signs of Safety approach: we are honest about danger, we look for what is already working, and we never make plans about a family without the family.</p>
<ul>
<li>We treat children and parents with respect, even when we disagree.</li>
<li>We keep our promises, and explain when we cannot.</li>
<li>We give children time to tell their own story.</li>
</ul>
""",
    crumbs='<a href="/">Home</a> &raquo; <a href="/manual">Children\'s social care procedures</a> &raquo; Policies, Values and Principles',
    before_title='<div class="amend-box"><strong>Amendment</strong><br>Updated in June 2024 to add a paragraph on how we record children\'s own words.</div>',
)

LOWICK_SIDEBAR = """<aside>
<h3>In this section</h3>
<ul>
<li><a href="/manual/contacts">Contacts and duty numbers</a></li>
<li><a href="/manual/policies">Policies, values and principles</a></li>
<li><a href="/manual/thresholds">Levels of need</a></li>
<li><a href="/manual/glossary">Glossary</a></li>
</ul>
</aside>"""

LOWICK = page(
    "Lowick Cross Council",
    "Children's Services Policies, Values and Principles",
    """
<h2>Scope</h2>
<p>This chapter applies to all staff in Lowick Cross children's services. We reviewed and re-issued it in February 2025.</p>
<h2>Legal context</h2>
<p>The duties described here come from the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017.</p>
<h2>Our vision</h2>
<p>We want Lowick Cross to be the best place in the region to grow up in care: a place where Looked After Children are known by name, not by case number.</p>
<h2>Corporate parenting</h2>
<p>Every councillor and officer is a corporate parent. When we make decisions about Looked After Children we ask ourselves whether we would accept them for our own child, and we hold to these principles:</p>
<ul>
<li>act in each child's best interests and look after their health and well-being;</li>
<li>help them say what they think and feel;</li>
<li>give real weight to what they tell us;</li>
<li>make sure they can reach the services the council and its partners provide;</li>
<li>aim high for them and help them get there;</li>
<li>keep them safe and give them stability at home, in relationships and at school or work;</li>
<li>prepare them for adult life and living on their own.</li>
</ul>
<h2>Permanence and leaving care</h2>
<p>A permanence plan is in place for every child no later than six months after they start to be looked after.</p>
<p>Every care leaver is entitled to the support of a personal adviser up to their 25th birthday.</p>
<h2>Sharing information</h2>
<p>We share information about children only with those who need it to keep them safe or to help them, and we tell children and their families what we have shared.</p>
<p>Page last reviewed: 3 March 2025</p>
""",
    crumbs='<a href="/">Home</a> &gt; <a href="/manual">Procedures</a> &gt; Children\'s Services Policies, Values and Principles',
    sidebar=LOWICK_SIDEBAR,
    cookie_class="cookies fixed",
)

PELHAM = page(
    "Pelham Stour Borough Council",
    "Policies, Values and Principles",
    """
<p class="tools">Print this page</p>
<p>Changes in September 2024: the list of legislation was brought up to date and the section on confidentiality was shortened.</p>
<h2>1. Introduction</h2>
<p>This chapter explains what Pelham Stour children's services believe and how that belief shows in our work. The laws behind it include:</p>
<ul>
<li>Children Act 1989;</li>
<li>Children Act 2004;</li>
<li>Children and Families Act 2014;</li>
<li>Children and Social Work Act 2017.</li>
</ul>
<h2>2. Working with partners</h2>
<p>Safeguarding is a job we share with health, police, schools and the voluntary sector, as Working Together to Safeguard Children requires.</p>
<h2>3. Our values</h2>
<p>We are kind, we are curious and we are accountable. Our teams use the Family Safeguarding model, with adult specialists working alongside social workers in the same team.</p>
<h2>4. Corporate parenting</h2>
<p>The corporate parenting principles guide every part of the council in what it does for cared for children.</p>
<h2>5. Principles of our work</h2>
<p>Children should live with their own family or with people they already know wherever that is safe. Each child in our care has a plan for permanence agreed at their four-month review.</p>
<p>Care leavers can have a personal adviser to 21, or to 25 for those who want help.</p>
<h2>6. Confidentiality</h2>
<p>Records are kept securely and information is shared only where the law allows.</p>
<p>Version 2.3</p>
""",
    crumbs='<a href="/">Home</a> &gt; <a href="/manual">Procedures manual</a> &gt; <a href="/manual/introduction">Introduction</a> &gt; Policies, Values and Principles',
)
# fmt: on

DOCUMENTS = {
    "16501-pdf-chromium-menu-breadcrumb-before-title-amendment-line-acts-list-opening.pdf": (
        ABBOTSMERE,
        True,
    ),
    "16502-pdf-chromium-print-stylesheet-hides-chrome-long-wrapped-title-opening.pdf": (
        THISTLEFORD,
        False,
    ),
    "16503-pdf-chromium-amendment-box-beside-title-print-this-page-opening.pdf": (QUENBY, True),
    "16504-pdf-chromium-sidebar-column-fixed-cookie-banner-whole-chapter.pdf": (LOWICK, True),
    "16505-pdf-chromium-logo-alt-print-line-numbered-headings-version-whole-chapter.pdf": (
        PELHAM,
        False,
    ),
}


def print_pdf(document: str, target: Path, *, browser_lines: bool) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "chapter.html"
        source.write_text(document, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        flags = [] if browser_lines else ["--no-pdf-header-footer"]
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             *flags, f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def note(document: str) -> str:
    """The article as markdown: the text a reader sees (chrome left out), written beside the PDF."""
    article = document.split("<article>", 1)[1].split("</article>", 1)[0]
    lines = [
        "%% built by build_blind165.py: Chromium print to PDF of a council web page, site chrome printed along unless a print stylesheet hides it",
        "",
    ]
    # a box floated beside the title is read after it, its label a line of its own
    box = re.search(r'<div class="amend-box"><strong>(.*?)</strong><br>(.*?)</div>', article)
    if box is not None:
        article = article.replace(box.group(0), "")
        article = article.replace("</h1>", f"</h1><p>{box.group(1)}</p><p>{box.group(2)}</p>", 1)
    number = 0
    for tag, text in re.findall(r"<(h1|h2|p|li)[^>]*>(.*?)</\1>", article, flags=re.S):
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
    for name, (document, browser_lines) in DOCUMENTS.items():
        print_pdf(document, HERE / name, browser_lines=browser_lines)
        (HERE / (name + ".md")).write_text(note(document), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
