# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the 301st blind set: four whole "Children's Services Policies, Values and Principles"
chapters of invented councils' procedures-manual sites, saved by a policy officer with the
browser's "Save as PDF", site chrome and all.

    30101  Hawksmere (Chromium, browser lines): a right-hand "In this section" menu that the
           print stylesheet drops below the article (it prints after the chapter), a
           "Was this page helpful?" form and footer link columns after it; a slash breadcrumb.
    30102  Orbridge (Chromium, no browser lines): the site's own print header ("Printed from
           URL on date"); a print stylesheet that hides nothing and writes every link's address
           after it; the article in two CSS columns; headings are styled <div>s, not h2s.
    30103  Caddonfield (WeasyPrint): an accordion printed open, each section's button followed
           by a "Hide" label, a "Show all sections" control above; page margin boxes with the
           URL, the print date and "Page N of M".
    30104  Pellingham (Chromium, no browser lines): numbered h2 headings under a "Contents" list,
           a "Related content" column printed beside the article on the right, a
           "Page last updated" line, a helpful form with a textarea.

All written for this set, in our own words (invented councils). The HTML sources are kept in
this script, not as documents.

usage: .venv/bin/python tests/cases/documents/build_blind301.py   (/usr/bin/chromium, weasyprint)
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

BASE_CSS = """
body { font: 10.5pt/1.45 'Liberation Sans', Arial, sans-serif; margin: 0; color: #1c1c1c; }
.cookies { background: #fdf6d8; border-bottom: 1px solid #b39b2f; padding: 8px 14px; font-size: 9pt; }
.cookies button { margin-left: 6px; }
header.site { background: #1f4d3a; color: #fff; padding: 8px 14px; }
header.site a { color: #fff; margin-right: 12px; }
header.site .brand { font-size: 14pt; font-weight: bold; display: block; margin-bottom: 4px; }
nav.top a { font-size: 9.5pt; }
nav.crumbs { font-size: 9pt; margin: 8px 14px; }
h1 { font-size: 20pt; margin: 8px 0 10px; } h2 { font-size: 13.5pt; margin: 16px 0 5px; }
.helpful { border: 1px solid #9aa; padding: 6px 12px; margin: 18px 14px; font-size: 9.5pt; }
footer.site { background: #eef1ee; margin-top: 18px; padding: 10px 14px; font-size: 8.5pt; }
footer.site .cols { display: flex; gap: 30px; }
footer.site ul { list-style: none; padding: 0; margin: 2px 0; }
"""

TOP_LINKS = ("Home", "Services", "Council and democracy", "News", "Contact us")


def cookie_banner(council: str) -> str:
    return f'<div class="cookies">{html.escape(council)} uses cookies. Some are needed for the site to work; others help us improve it. <button>Accept all cookies</button><button>Necessary cookies only</button> <a href="/cookie-settings">Cookie settings</a></div>'


def site_header(council: str, domain: str) -> str:
    links = "".join(
        f'<a href="https://{domain}/{re.sub(r"[^a-z]+", "-", t.lower())}">{t}</a>'
        for t in TOP_LINKS
    )
    return f'<header class="site"><a href="#main">Skip to main content</a><span class="brand">{html.escape(council)}</span><nav class="top">{links}</nav></header>'


def helpful_form(*, textarea: bool = False) -> str:
    extra = (
        '<p><label>Tell us how we could improve this page (do not include personal details)</label><br><textarea rows="3" cols="50"></textarea><br><button>Send feedback</button></p>'
        if textarea
        else ""
    )
    return f'<form class="helpful"><p><strong>Was this page helpful?</strong> <button>Yes</button> <button>No</button> <a href="/report-a-problem">Report a problem with this page</a></p>{extra}</form>'


def site_footer(council: str) -> str:
    columns = (
        (
            "About the council",
            ("Jobs and careers", "Councillors and committees", "Budgets and spending"),
        ),
        ("Help", ("Accessibility statement", "Privacy notice", "Cookies")),
        ("Follow us", ("Facebook", "Instagram", "YouTube")),
    )
    cols = "".join(
        f"<div><strong>{head}</strong><ul>{''.join(f'<li><a href=/{i}>{item}</a></li>' for i, item in enumerate(items))}</ul></div>"
        for head, items in columns
    )
    return f'<footer class="site"><div class="cols">{cols}</div><p>&copy; {html.escape(council)} 2026</p></footer>'


# fmt: off
HAWKSMERE_CSS = """
.grid { display: grid; grid-template-columns: 1fr 230px; gap: 26px; margin: 0 14px; }
.grid aside { border-top: 4px solid #1f4d3a; font-size: 9.5pt; }
.grid aside ul { padding-left: 16px; }
.grid aside .here { font-weight: bold; }
.updated { color: #555; font-size: 9.5pt; }
@media print {
  .grid { display: block; }
  .grid aside { margin-top: 16px; }
}
"""

HAWKSMERE_ARTICLE = """
<h2>Purpose of this chapter</h2>
<p>This chapter describes the beliefs and standards that sit underneath every other procedure in the Hawksmere children's services manual. Practitioners, team managers, independent reviewing officers and the foster carers we approve should all know it.</p>
<p>Changes made in April 2026: the part on care leavers was rewritten to match our new local offer, and the list of legislation was brought up to date.</p>
<h2>Legal context</h2>
<p>What we do for Looked After Children and care leavers is shaped by the following law:</p>
<ul>
<li>Children Act 1989</li>
<li>Children Act 2004</li>
<li>Children (Leaving Care) Act 2000</li>
<li>The Care Planning, Placement and Case Review (England) Regulations 2010</li>
<li>Children and Families Act 2014</li>
<li>Children and Social Work Act 2017</li>
</ul>
<h2>Our values</h2>
<p>Hawksmere staff hold on to a few plain commitments. We tell families the truth, including when it is hard to hear. We look for what is going well before we list what is going wrong. We keep our promises, and when we cannot, we explain why. We believe every child deserves at least one adult who is unreasonably proud of them.</p>
<h2>Corporate parenting</h2>
<p>Every councillor and every officer of Hawksmere Borough Council shares the role of parent to the children we look after. The Children and Social Work Act 2017 asks us to keep seven principles in mind:</p>
<ol>
<li>to act in the child's best interests and to promote their physical and mental health and well-being;</li>
<li>to encourage children to say what they think, want and feel;</li>
<li>to take those views, wishes and feelings into account;</li>
<li>to help children use the services we and our partners offer;</li>
<li>to promote high aspirations and seek the best outcomes for them;</li>
<li>to make sure they are safe and have stability in their home lives, relationships, education and work;</li>
<li>to prepare them for adulthood and independent living.</li>
</ol>
<h2>Our practice approach</h2>
<p>Practitioners in Hawksmere use Signs of Safety to talk with families about danger, safety and what needs to change. Mapping meetings bring the family and their network together, and the child's own words are written into every plan.</p>
<h2>Permanence planning</h2>
<p>Children should not drift. A permanence plan is agreed no later than five months after a child comes into our care, and we look first at whether a relative or family friend could offer a home.</p>
<h2>Care leavers</h2>
<p>Every care leaver is offered a personal adviser up to the age of 21; if they wish, this continues up to 25. Young people can come back to us for help at any point before then, even if they turned support down earlier.</p>
<h2>Sharing information</h2>
<p>We share what we know about a child when it is needed to keep them safe or to meet their needs, and we record why we did so. Young people may see their own records and we will help them understand what is written.</p>
<p class="updated">Last updated: 14 April 2026</p>
"""

HAWKSMERE_ASIDE = """<aside><h2>In this section</h2><ul>
<li><a href="/manual/introduction">Introduction to the manual</a></li>
<li class="here">Policies, values and principles</li>
<li><a href="/manual/contact-and-referral">Contact and referral</a></li>
<li><a href="/manual/child-in-need">Children in need</a></li>
<li><a href="/manual/looked-after">Looked after children</a></li>
<li><a href="/manual/leaving-care">Leaving care</a></li>
</ul></aside>"""


def hawksmere() -> str:
    council = "Hawksmere Borough Council"
    title = "Children's Services Policies, Values and Principles"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {council}</title><style>{BASE_CSS}{HAWKSMERE_CSS}</style></head>
<body>
{cookie_banner(council)}
{site_header(council, "www.hawksmere.gov.uk")}
<nav class="crumbs"><a href="/">Home</a> / <a href="/children-and-families">Children and families</a> / <a href="/manual">Procedures manual</a> / Policies, values and principles</nav>
<div class="grid"><main id="main"><article><h1>{title}</h1>
{HAWKSMERE_ARTICLE}
</article></main>
{HAWKSMERE_ASIDE}</div>
{helpful_form()}
{site_footer(council)}
</body></html>
"""


ORBRIDGE_CSS = """
.print-head { display: none; }
main { margin: 0 14px; }
.columns { column-count: 2; column-gap: 24px; }
.sec-title { font-size: 13pt; font-weight: bold; color: #1f4d3a; margin: 12px 0 4px; border-bottom: 1px solid #c8d3cc; }
.onpage { font-size: 9.5pt; margin: 14px; }
@media print {
  .print-head { display: block; font-size: 8.5pt; border-bottom: 1px solid #999; margin: 0 14px 6px; }
  body { color: #000; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 8pt; }
}
"""

ORBRIDGE_ARTICLE = """
<div class="columns">
<div class="sec-title">Who this applies to</div>
<p>These policies, values and principles apply to everyone who works with children and families on behalf of Orbridge City Council, whether employed by us, commissioned by us or volunteering with us. The chapter was reviewed and reissued in November 2025.</p>
<div class="sec-title">The legislation behind this chapter</div>
<p>Our work with Children Looked After rests on the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them.</p>
<div class="sec-title">Working together with partners</div>
<p>No single organisation can keep children safe alone. Schools, health services, the police and the voluntary sector work alongside us under our local safeguarding arrangements, and we follow Working Together to Safeguard Children 2023 in everything we do jointly.</p>
<div class="sec-title">What we believe</div>
<ul>
<li>Children belong with their families wherever that can be made safe.</li>
<li>Relationships, not processes, are what help families change.</li>
<li>Children should understand the decisions we make and why we make them.</li>
<li>Difference is something to learn from, never something to judge.</li>
</ul>
<div class="sec-title">Our corporate parenting duties</div>
<p>When a child comes into our care, the council takes on duties that a good parent would carry. The law sets out seven corporate parenting principles, and our Corporate Parenting Board checks each year how well we are meeting them: whether children's views are heard, whether they are safe and settled, whether their education and health are improving, and whether they are ready for adult life when the time comes.</p>
<div class="sec-title">Our practice framework</div>
<p>Orbridge's framework is Systemic Practice. Social workers are trained to see a child's difficulties in the context of the whole family and its relationships, and units meet every week to think together about the families they work with.</p>
<div class="sec-title">Finding a permanent home</div>
<p>Each child who cannot return home safely should have a clear plan for permanence within 4 months of coming into care. The plan names the home we are working towards and what will happen if it does not work out.</p>
<div class="sec-title">When young people leave care</div>
<p>Young people leaving our care keep a personal adviser until their 21st birthday, or until their 25th if they are in education or training or still want our help. Details are in <a href="https://www.orbridge.gov.uk/care-leavers/local-offer">our local offer for care leavers</a>.</p>
</div>
<p>Version 4</p>
"""


def orbridge() -> str:
    council = "Orbridge City Council"
    title = "Children's Services Policies, Values and Principles"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {council}</title><style>{BASE_CSS}{ORBRIDGE_CSS}</style></head>
<body>
<div class="print-head">Printed from https://www.orbridge.gov.uk/childrens-services/manual/policies-values-principles on 5 December 2026</div>
{cookie_banner(council)}
{site_header(council, "www.orbridge.gov.uk")}
<nav class="crumbs"><a href="https://www.orbridge.gov.uk/">Home</a> &gt; <a href="https://www.orbridge.gov.uk/childrens-services">Children's services</a> &gt; Policies, values and principles</nav>
<main id="main"><article><h1>{title}</h1>
{ORBRIDGE_ARTICLE}
</article></main>
<div class="onpage"><strong>In this section</strong>: <a href="https://www.orbridge.gov.uk/childrens-services/manual/contents">Manual contents</a> | <a href="https://www.orbridge.gov.uk/childrens-services/manual/glossary">Glossary</a></div>
{helpful_form()}
{site_footer(council)}
</body></html>
"""


CADDONFIELD_CSS = """
@page { size: A4; margin: 18mm 14mm;
  @top-left { content: "www.caddonfield.gov.uk/children/manual/policies-values-and-principles"; font-size: 7.5pt; color: #555; }
  @top-right { content: "Printed 6 December 2026"; font-size: 7.5pt; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #555; } }
main { margin: 0 14px; }
.show-all { font-size: 9pt; text-align: right; color: #1d5fa8; }
.acc-section { border-top: 1px solid #b8c4cf; padding: 4px 0 8px; }
.acc-button { display: block; width: 100%; text-align: left; border: none; background: none; padding: 0; font-size: 13pt; font-weight: bold; color: #1d5fa8; margin: 4px 0 0; }
.acc-state { display: block; font-size: 8.5pt; color: #1d5fa8; }
.acc-panel { display: block; }
"""

CADDONFIELD_SECTIONS = (
    ("Scope of this chapter", """<p>This chapter is for every member of Caddonfield's children's services workforce and for the carers and providers who look after children on our behalf. We amended it in February 2026, adding the part on kinship care to the section on permanence.</p>"""),
    ("Legal basis", """<p>The chapter draws on these Acts of Parliament:</p>
<ul>
<li>Children Act 1989</li>
<li>Adoption and Children Act 2002</li>
<li>Children and Young Persons Act 2008</li>
<li>Children and Families Act 2014</li>
<li>Children and Social Work Act 2017</li>
</ul>"""),
    ("Our ambition for children", """<p>We want every child in Caddonfield to grow up safe, loved and hopeful, in a family of their own wherever possible. For Children in Care, our ambition is that being in care never narrows what they can become.</p>"""),
    ("Corporate parenting", """<p>Under the Children and Social Work Act 2017, the council must have regard to seven corporate parenting principles whenever it makes decisions that touch children in our care or care leavers. Our councillors visit children's homes, meet the Children in Care Council every quarter and report what they have learned to full council.</p>"""),
    ("Our practice model", """<p>Caddonfield is a restorative council. Our practice model, Restorative Practice, means working with families rather than doing things to them or for them, pairing high support with high challenge.</p>"""),
    ("Kinship care and permanence", """<p>We ask first whether someone in the child's wider family or friendship network can care for them. Every child who cannot go home has a permanence plan no more than six months after they start to be looked after.</p>"""),
    ("Leaving care", """<p>Care leavers in Caddonfield have a personal adviser until they are 25, whether or not they are in education, training or work. We help with housing, money and health, and we celebrate their achievements as any family would.</p>"""),
    ("Confidentiality", """<p>Information about children and their families is kept securely and shared only with those who need it to help or protect a child. We tell families what we share and with whom, unless doing so would put a child at risk.</p>"""),
)


def caddonfield() -> str:
    council = "Caddonfield District Council"
    title = "Children's Services Policies, Values and Principles"
    sections = "\n".join(
        f'<div class="acc-section"><button class="acc-button" aria-expanded="true">{html.escape(head)}</button><span class="acc-state">Hide</span><div class="acc-panel">{body}</div></div>'
        for head, body in CADDONFIELD_SECTIONS
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {council}</title><style>{BASE_CSS}{CADDONFIELD_CSS}</style></head>
<body>
{cookie_banner(council)}
{site_header(council, "www.caddonfield.gov.uk")}
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/children">Children and families</a> &rsaquo; <a href="/children/manual">Children's services manual</a></nav>
<main id="main"><article><h1>{title}</h1>
<div class="show-all">Show all sections</div>
{sections}
<p>Page reference CSC-01 | Version 3.2</p>
</article></main>
{helpful_form(textarea=True)}
{site_footer(council)}
</body></html>
"""


PELLINGHAM_CSS = """
.wrap { display: flex; gap: 22px; margin: 0 14px; }
.wrap main { flex: 2; }
.wrap aside.related { flex: 1; font-size: 9pt; border-top: 3px solid #1d5fa8; padding-top: 4px; align-self: flex-start; }
.contents { list-style: none; padding-left: 0; }
.contents li::before { content: "— "; }
.meta { font-size: 9.5pt; color: #444; border-top: 1px solid #ccc; padding-top: 6px; }
.print-link { font-size: 9pt; }
"""

PELLINGHAM_ARTICLE = """
<p class="print-link"><a href="javascript:window.print()">Print this page</a></p>
<h2>Contents</h2>
<ol class="contents">
<li><a href="#s1">Introduction</a></li>
<li><a href="#s2">Working with other agencies</a></li>
<li><a href="#s3">Our values</a></li>
<li><a href="#s4">Corporate parenting</a></li>
<li><a href="#s5">How we practise</a></li>
<li><a href="#s6">Permanence</a></li>
<li><a href="#s7">Leaving care</a></li>
<li><a href="#s8">Information sharing</a></li>
</ol>
<h2 id="s1">1. Introduction</h2>
<p>Updated in September 2025 to take account of the Children's Social Care National Framework.</p>
<p>This chapter sets out the framework of law, values and principles for Pellingham's work with children who are looked after, children in need and their families. The main legislation is:</p>
<ul>
<li>Children Act 1989</li>
<li>Children Act 2004</li>
<li>Children and Young Persons Act 2008</li>
<li>The Care Leavers (England) Regulations 2010</li>
<li>Children and Social Work Act 2017</li>
</ul>
<h2 id="s2">2. Working with other agencies</h2>
<p>Keeping children safe depends on schools, doctors, health visitors, police officers and housing staff noticing what worries them and telling each other early. We work within the local multi-agency safeguarding arrangements agreed by the three safeguarding partners.</p>
<h2 id="s3">3. Our values</h2>
<p>We are curious rather than certain. We are respectful of the people we work with and honest with them about our concerns. We do what we say we will do, and we treat each child as the expert on their own life.</p>
<h2 id="s4">4. Corporate parenting</h2>
<p>As corporate parents, the council and its partners must hold seven principles in mind. The seven principles are:</p>
<ul>
<li>acting in the best interests of the child and promoting their health and well-being;</li>
<li>encouraging them to express their views, wishes and feelings;</li>
<li>taking those views, wishes and feelings into account;</li>
<li>helping them gain access to services and make the best use of them;</li>
<li>promoting high aspirations and the best possible outcomes;</li>
<li>making sure they are safe and have stability at home, in relationships and at school or work;</li>
<li>preparing them for adulthood and independent living.</li>
</ul>
<h2 id="s5">5. How we practise</h2>
<p>Our staff are trained in the Family Partnership Model. It puts the relationship between worker and parent at the centre of the work and helps parents find their own answers to the problems they face.</p>
<h2 id="s6">6. Permanence</h2>
<p>Children need to know where they will grow up. We aim to agree each child's permanence plan in the first three months of their time in care, so that decisions are not left to drift.</p>
<h2 id="s7">7. Leaving care</h2>
<p>Young people have the support of a personal adviser until the age of 21, or until 25 for young people who are disabled or in higher education. Our Pathway Team stays in touch with every care leaver, wherever they live.</p>
<h2 id="s8">8. Information sharing</h2>
<p>Staff share information lawfully and in proportion to the concern. When in doubt they speak to their manager, and a worry that a child may be harmed always overrides a wish to keep something private.</p>
<p class="meta">Page last updated: 21 September 2025</p>
"""

PELLINGHAM_RELATED = """<aside class="related"><h2>Related content</h2><ul>
<li><a href="/manual/care-planning">Care planning and reviews</a></li>
<li><a href="/manual/pathway-plans">Pathway plans</a></li>
<li><a href="/manual/local-offer">Our local offer for care leavers</a></li>
</ul><p>Contact the procedures team: procedures@pellingham.gov.uk</p></aside>"""


def pellingham() -> str:
    council = "Pellingham Council"
    title = "Policies, Values and Principles (Children's Services)"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {council}</title><style>{BASE_CSS}{PELLINGHAM_CSS}</style></head>
<body>
{cookie_banner(council)}
{site_header(council, "www.pellingham.gov.uk")}
<nav class="crumbs"><a href="/">Home</a> » <a href="/social-care">Social care</a> » <a href="/manual">Children's procedures manual</a> » Policies, values and principles</nav>
<div class="wrap"><main id="main"><article><h1>{title}</h1>
{PELLINGHAM_ARTICLE}
</article></main>
{PELLINGHAM_RELATED}</div>
{helpful_form(textarea=True)}
{site_footer(council)}
</body></html>
"""
# fmt: on

DOCUMENTS = {
    "30101-pdf-chromium-right-menu-printed-after-article-helpful-form-footer-columns-browser-lines-changes-made-in-month-six-with-regulations-seven-ol-signs-of-safety-five-months-21-or-25-last-updated-looked-after-children.pdf": (
        hawksmere,
        "chromium-lines",
    ),
    "30102-pdf-chromium-print-header-url-date-link-addresses-printed-two-columns-div-headings-reissued-month-four-acts-sentence-seven-named-systemic-4-months-21-or-25-version-children-looked-after.pdf": (
        orbridge,
        "chromium",
    ),
    "30103-pdf-weasyprint-accordion-printed-open-hide-labels-margin-box-url-date-page-n-of-m-amended-month-five-acts-seven-sentence-restorative-six-months-25-version-children-in-care.pdf": (
        caddonfield,
        "weasyprint",
    ),
    "30104-pdf-chromium-contents-numbered-h2-related-column-right-textarea-form-updated-month-five-with-regulations-seven-bulleted-family-partnership-three-months-21-or-25-last-updated-looked-after.pdf": (
        pellingham,
        "chromium",
    ),
}


def print_chromium(document: str, target: Path, *, browser_lines: bool) -> None:
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


def print_weasyprint(document: str, target: Path) -> None:
    import weasyprint  # the build's own dependency, not the reader's

    weasyprint.HTML(string=document).write_pdf(target)


def note(document: str) -> str:
    """The article as markdown: the text a reader sees (chrome left out), written beside the PDF."""
    article = document.split("<article>", 1)[1].split("</article>", 1)[0]
    article = re.sub(
        r'<p class="print-link">.*?</p>|<div class="show-all">.*?</div>|<span class="acc-state">.*?</span>',
        "",
        article,
    )
    article = re.sub(r'<ol class="contents">(.*?)</ol>', lambda m: m.group(1), article, flags=re.S)
    lines = [
        "%% built by build_blind301.py: a council procedures-manual web page saved with the browser's print to PDF, site chrome printed along",
        "",
    ]
    in_list = False
    pattern = r'<(h1|h2|p|li|button|div class="sec-title")[^>]*>(.*?)</(?:h1|h2|p|li|button|div)>'
    for tag, text in re.findall(pattern, article, flags=re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
        if tag == "li":
            in_list = True
            lines.append(f"- {text}")
            continue
        if in_list:
            lines.append("")
            in_list = False
        prefix = (
            "# "
            if tag == "h1"
            else "## "
            if tag in ("h2", "button") or tag.startswith("div")
            else ""
        )
        lines += [prefix + text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    for name, (build, printer) in DOCUMENTS.items():
        document = build()
        if printer == "weasyprint":
            print_weasyprint(document, HERE / name)
        else:
            print_chromium(document, HERE / name, browser_lines=printer == "chromium-lines")
        (HERE / (name + ".md")).write_text(note(document), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
