# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the 292nd blind set: four whole "Children's Services Policies, Values and Principles"
chapters of invented councils, saved by a policy officer by printing the council's published web
page with Chromium headless, site chrome and all.

    29201  Fernhollow: a left menu column of the manual's other pages beside the main column, a
           cookie notice with buttons above a header holding a search box, a single-guillemet breadcrumb, a
           closing "This page was last updated on …" sentence; browser date/title header and
           URL/N/M footer.
    29202  Marlstow: a print stylesheet hides the cookie notice, header, menu, breadcrumb and
           footer; an "In this chapter" box of jump links under the title; an h3 under an h2;
           a closing "Version … | Last updated …" line; no browser lines.
    29203  Sallowby: two pages, the "Our corporate parenting responsibilities" heading left at the
           foot of the first sheet with its text on the second; a share row under the title; an
           unheaded revision line; a footer with the council's address; browser lines.
    29204  Kettlewick: question headings; an "In this section" left column of site links; a
           "Back to top" link after every section; the cookie notice printed after the footer;
           a "Document owner … Version …" line; no browser lines.

All written for this set, in our own words (invented councils). The HTML sources are kept in
this script, not as documents.

usage: .venv/bin/python tests/cases/documents/build_blind292.py   (/usr/bin/chromium)
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
body { font: 11pt/1.5 'Liberation Sans', Arial, sans-serif; margin: 0; color: #1b1b1b; }
.cookie-notice { background: #e8eef6; border-bottom: 2px solid #29507a; padding: 8px 14px; font-size: 9.5pt; }
.cookie-notice button { margin-left: 8px; }
header.site { background: #29507a; color: #fff; padding: 8px 14px; }
header.site a { color: #fff; text-decoration: none; margin-right: 14px; }
header.site .name { font-size: 15pt; font-weight: bold; margin-right: 28px; }
header.site form { display: inline; }
header.site input { width: 180px; }
nav.breadcrumb { font-size: 9.5pt; margin: 8px 14px; }
.layout { display: flex; gap: 24px; margin: 0 14px; }
.layout aside { flex: 0 0 26%; font-size: 9.5pt; border-right: 1px solid #bbb; padding-right: 10px; }
.layout aside ul { list-style: none; padding-left: 0; }
.layout aside li { margin-bottom: 6px; }
.layout aside .current { font-weight: bold; }
.layout main { flex: 1; }
main.single { margin: 0 14px; }
h1 { font-size: 21pt; margin: 10px 0 12px; } h2 { font-size: 14.5pt; margin: 18px 0 6px; } h3 { font-size: 12pt; margin: 12px 0 4px; }
.jump { border-left: 4px solid #29507a; padding: 4px 12px; margin: 10px 0 16px; background: #f4f6f9; }
.jump h2 { font-size: 12pt; margin: 4px 0; }
.share { font-size: 9pt; color: #444; }
.top { font-size: 9pt; }
footer.site { border-top: 1px solid #999; margin-top: 24px; padding: 8px 14px; font-size: 9pt; }
"""

PRINT_HIDES_CHROME = """
@media print {
  .cookie-notice, header.site, nav.breadcrumb, footer.site { display: none; }
  main.single { margin: 0; }
  a { color: inherit; text-decoration: none; }
}
"""

COOKIES = '<div class="cookie-notice">Cookies on {council}: we use some essential cookies to make this website work, and would like to set others to understand how you use it. <button>Accept additional cookies</button><button>Reject additional cookies</button> <a href="/cookies">View cookies</a></div>'


def page(
    council: str,
    title: str,
    article: str,
    *,
    crumbs: str,
    menu: tuple[str, ...],
    aside: str = "",
    extra_css: str = "",
    cookies_last: bool = False,
    footer: str = "",
) -> str:
    links = "".join(f'<a href="/{i}">{html.escape(m)}</a>' for i, m in enumerate(menu))
    cookie_notice = COOKIES.format(council=html.escape(council))
    main_class = "" if aside else ' class="single"'
    main = f'<main id="content"{main_class}><article><h1>{title}</h1>\n{article}\n</article></main>'
    body = f'<div class="layout">{aside}{main}</div>' if aside else main
    foot = (
        footer
        or f'<p>{html.escape(council)} | <a href="/contact">Contact us</a> | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a></p><p>&copy; {html.escape(council)} 2026</p>'
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {council}</title><style>{CSS}{extra_css}</style></head>
<body>
{"" if cookies_last else cookie_notice}
<header class="site"><a href="#content">Skip to main content</a><span class="name">{html.escape(council)}</span>
<form role="search"><input type="search" placeholder="Search this website"> <button>Search</button></form><br>
<nav>{links}</nav></header>
<nav class="breadcrumb">{crumbs}</nav>
{body}
<footer class="site">{foot}</footer>
{cookie_notice if cookies_last else ""}
</body></html>
"""


# fmt: off
FERNHOLLOW_MENU = """<aside>
<p><strong>Children's social care procedures</strong></p>
<ul>
<li><a href="/procedures/contacts">Contacts and out of hours</a></li>
<li class="current">Policies, values and principles</li>
<li><a href="/procedures/referrals">Making a referral</a></li>
<li><a href="/procedures/assessment">Assessment and planning</a></li>
<li><a href="/procedures/placements">Finding a home for a child</a></li>
<li><a href="/procedures/glossary">Words we use</a></li>
</ul>
</aside>"""

FERNHOLLOW = page(
    "Fernhollow Borough Council",
    "Children's Services Policies, Values and Principles",
    """
<h2>About this chapter</h2>
<p>This chapter tells anyone working for Fernhollow's children's services what we stand for and why. It applies to social workers, family support staff, managers, foster carers and the staff of our own children's homes. It was amended in March 2026 to add the section on how we practise.</p>
<h2>The law we work within</h2>
<p>Our duties to Children in Care and to young people leaving our care come from these Acts:</p>
<ul>
<li>Children Act 1989</li>
<li>Children (Leaving Care) Act 2000</li>
<li>Children and Young Persons Act 2008</li>
<li>Children and Families Act 2014</li>
<li>Children and Social Work Act 2017</li>
</ul>
<p>Alongside them we follow the statutory guidance that explains how those duties should be carried out.</p>
<h2>What we value</h2>
<p>We would rather do things with families than to them. We believe that:</p>
<ul>
<li>children are usually best brought up by their own families;</li>
<li>a child's wishes should be heard before any decision is made about them;</li>
<li>people change when someone believes they can;</li>
<li>being open about worries is kinder than hiding them.</li>
</ul>
<h2>Being a good corporate parent</h2>
<p>The Children and Social Work Act 2017 gives the whole council seven corporate parenting principles. In our own words, we will:</p>
<ul>
<li>act in the best interests of each child and young person and promote their health and well-being;</li>
<li>encourage them to express their views, wishes and feelings;</li>
<li>take those views, wishes and feelings into account;</li>
<li>help them make the best use of the services available to them;</li>
<li>promote high aspirations and seek the best outcomes for them;</li>
<li>make sure they are safe and have stability in their home lives, relationships, education and work;</li>
<li>prepare them for adulthood and independent living.</li>
</ul>
<h2>How we practise</h2>
<p>Since 2024 every team in Fernhollow has used Restorative Practice. It asks us to work with high challenge and high support at the same time, and to repair relationships when things go wrong rather than walk away from them.</p>
<h2>Planning for permanence</h2>
<p>No child should drift in care. A permanence plan is agreed for each child in our care by the end of their fourth month with us, and it is looked at again at every review.</p>
<h2>After care</h2>
<p>Leaving care does not mean leaving us. Each care leaver has a personal adviser until they reach 21, and anyone who asks for one can keep an adviser until they turn 25.</p>
<p>This page was last updated on 9 March 2026.</p>
""",
    crumbs='<a href="/">Home</a> &rsaquo; <a href="/children">Children and families</a> &rsaquo; <a href="/procedures">Children\'s social care procedures</a> &rsaquo; Policies, values and principles',
    menu=("Home", "Council services", "Children and families", "Have your say", "Contact us"),
    aside=FERNHOLLOW_MENU,
)

MARLSTOW = page(
    "Marlstow City Council",
    "Policies, Values and Principles",
    """
<div class="jump">
<h2>In this chapter</h2>
<ul>
<li><a href="#scope">Scope and status</a></li>
<li><a href="#law">Legal framework</a></li>
<li><a href="#vision">Our vision for Looked After Children</a></li>
<li><a href="#cp">Corporate parenting principles</a></li>
<li><a href="#families">Working with families</a></li>
<li><a href="#permanence">Permanence</a></li>
<li><a href="#leaving">Leaving care</a></li>
<li><a href="#confidentiality">Confidentiality</a></li>
</ul>
</div>
<h2 id="scope">Scope and status</h2>
<p>This is the opening chapter of Marlstow's children's social care manual, and every other chapter should be read in its light. We revised this chapter in October 2025, when the section on working with families was rewritten.</p>
<h2 id="law">Legal framework</h2>
<p>The Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017 place the main duties on the council towards the children it looks after and the young people who have left its care.</p>
<h2 id="vision">Our vision for Looked After Children</h2>
<p>We want every child Marlstow looks after to grow up feeling wanted, to do well at school and to leave care with a home, a purpose and people who will stay in their lives.</p>
<h2 id="cp">Corporate parenting principles</h2>
<p>Elected members and officers share the council's role as corporate parent. In everything we do for Looked After Children and care leavers, we must:</p>
<ol>
<li>act in their best interests and promote their physical and mental health and well-being;</li>
<li>encourage them to say what they think, want and feel;</li>
<li>take proper account of what they tell us;</li>
<li>help them get the most from the services the council and others provide;</li>
<li>set high expectations and look for the best outcomes for them;</li>
<li>keep them safe and give them stability at home, in relationships, in education and at work;</li>
<li>get them ready for adult life and living independently.</li>
</ol>
<h2 id="families">Working with families</h2>
<p>Our practice model is Family Safeguarding. Social workers share a team with specialists in adult mental health, substance misuse and domestic abuse, so that a parent's own difficulties are worked on alongside the child's plan.</p>
<h3>Group supervision</h3>
<p>Each team meets weekly to think together about the families it works with. The group, not one worker alone, owns the plan for each family.</p>
<h2 id="permanence">Permanence</h2>
<p>A child's long-term plan should never be left to chance. We expect a permanence plan within six months of a child becoming looked after, sooner where the way forward is already clear.</p>
<h2 id="leaving">Leaving care</h2>
<p>All care leavers can have a personal adviser up to the age of 25, whatever they are doing and wherever they live.</p>
<h2 id="confidentiality">Confidentiality</h2>
<p>Information about a child belongs in the first place to that child. We record it accurately, keep it securely and share it only where the law allows or where a child's safety depends on it.</p>
<p>Version 6.1 | Last updated 2 February 2026</p>
""",
    crumbs='<a href="/">Home</a> / <a href="/social-care">Social care and health</a> / <a href="/manual">Children\'s manual</a> / Policies, Values and Principles',
    menu=("Residents", "Business", "Council and democracy", "Social care"),
    extra_css=PRINT_HIDES_CHROME,
)

SALLOWBY = page(
    "Sallowby District Council",
    "Children's Services Policies, Values and Principles",
    """
<p class="share">Share this page: Email | Facebook | LinkedIn | Print</p>
<p>Revised July 2025 &ndash; the section on care leavers now reflects our new local offer.</p>
<h2>Purpose</h2>
<p>This chapter brings together the values and principles that guide Sallowby's work with children who are looked after, with care leavers and with the families of both. It is written for everyone who works in or alongside our children's services and should be read before the more detailed procedures in this manual.</p>
<h2>Legislation and guidance</h2>
<p>The main legislation behind this chapter is:</p>
<ul>
<li>the Children Act 1989;</li>
<li>the Adoption and Children Act 2002;</li>
<li>the Children Act 2004;</li>
<li>the Children and Families Act 2014;</li>
<li>the Children and Social Work Act 2017;</li>
<li>the Care Planning, Placement and Case Review (England) Regulations 2010.</li>
</ul>
<p>Our work with other agencies follows Working Together to Safeguard Children.</p>
<h2>Values and principles</h2>
<p>Children and young people are at the centre of what we do. We listen to them, we tell them the truth about their situation in a way they can understand, and we keep them informed about decisions that affect them. When we cannot do what a child wants, we explain why.</p>
<p>We believe that most children do best in their own families, and that help offered early is better than help offered late. Where a child cannot live at home, we look first to relatives and friends who already know and love them, and we work hard to keep brothers and sisters together.</p>
<h2>Our corporate parenting responsibilities</h2>
<p>As corporate parent, the council must have regard to the seven principles in the Children and Social Work Act 2017. The seven principles require us to:</p>
<ul>
<li>act in the child's or young person's best interests and promote their physical and mental health;</li>
<li>encourage them to express their views, wishes and feelings;</li>
<li>take those views, wishes and feelings into account;</li>
<li>help them gain access to, and make the best use of, services provided by the council and its partners;</li>
<li>promote high aspirations and seek to secure the best outcomes for them;</li>
<li>make sure they are safe and have stability in their home lives, relationships and education or work;</li>
<li>prepare them for adulthood and independent living.</li>
</ul>
<h2>Practice model</h2>
<p>Sallowby uses the Strengthening Families framework for child protection conferences and for planning with families more generally. Meetings are built around three questions: what are we worried about, what is working well, and what needs to happen next.</p>
<h2>Stability and permanence</h2>
<p>Every child who becomes looked after must have a plan for permanence within three months, agreed at their review and shared with the child in a way that makes sense to them. Changes of home are kept to a minimum, and a move is planned with the child wherever it can be.</p>
<h2>Information sharing and confidentiality</h2>
<p>We share information with other agencies when it is needed to keep a child safe or to give them the help they need, and we follow the council's information sharing agreements when we do. Children and parents are told what we hold about them and how they can see it.</p>
<p>Records are written for the child who may one day read them: accurate, respectful and free of jargon.</p>
<h2>Support for care leavers</h2>
<p>Young people leaving care have a personal adviser until they are 21, and up to 25 if they are in education or training. Their pathway plan sets out where they will live, how they will manage money and who they can turn to.</p>
""",
    crumbs='<a href="/">Home</a> &gt; <a href="/children">Children, families and education</a> &gt; Children\'s Services Policies, Values and Principles',
    menu=("Home", "Bins and recycling", "Council tax", "Children and families", "Planning", "Contact"),
    extra_css="body { line-height: 1.4; } h2 { margin-top: 12px; }",
    footer='<p>Sallowby District Council, Market Street, Sallowby. Telephone 01632 960 418.</p><p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p>',
)

KETTLEWICK_MENU = """<aside>
<p><strong>In this section</strong></p>
<ul>
<li><a href="/manual/about">About the manual</a></li>
<li class="current">Policies, values and principles</li>
<li><a href="/manual/thresholds">Threshold document</a></li>
<li><a href="/manual/looked-after">Looked after children procedures</a></li>
<li><a href="/manual/leaving-care">Leaving care procedures</a></li>
</ul>
</aside>"""

TOP = '<p class="top"><a href="#content">Back to top</a></p>'

KETTLEWICK = page(
    "Kettlewick Council",
    "Children's Services: Policies, Values and Principles",
    f"""
<h2>Who is this chapter for?</h2>
<p>It is for everyone in Kettlewick who works with cared for children, whether they are employed by the council, commissioned by it or volunteer for it. The January 2026 update added a short answer on the use of information.</p>
{TOP}
<h2>Which laws apply?</h2>
<p>Four Acts set the framework for this chapter: the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017.</p>
{TOP}
<h2>What do we want for children?</h2>
<p>We want Kettlewick's Cared for Children to feel safe, to feel that they belong somewhere, and to have the same chances in life as any other child growing up in the district.</p>
{TOP}
<h2>What does corporate parenting mean here?</h2>
<p>It means the council acting as any good parent would. Councillors and officers keep the corporate parenting principles in mind in every decision that touches cared for children, and the Corporate Parenting Board checks that they do.</p>
{TOP}
<h2>How do we work with families?</h2>
<p>Kettlewick has adopted the Safe and Together model for families where there is domestic abuse. It keeps the child safe and together with the parent who is not harming them, and holds the parent who is causing harm to account.</p>
{TOP}
<h2>What happens when a child cannot return home?</h2>
<p>We make a plan for permanence by the child's second review, looking first at family and friends who could care for them, then at long-term fostering, special guardianship or adoption.</p>
{TOP}
<h2>What happens when young people leave care?</h2>
<p>They keep a personal adviser until they are 21, and until 25 if they are still studying. We help them find somewhere to live and stay in touch for as long as they want us to.</p>
{TOP}
<h2>How do we use information about children?</h2>
<p>Only for the purpose it was given for, unless a child would otherwise be at risk. We tell children what we write about them and help them read their records when they are ready.</p>
{TOP}
<p>Document owner: Head of Children's Social Care. Version 2.0</p>
""",
    crumbs='<a href="/">Home</a> » <a href="/manual">Children\'s procedures</a> » Policies, values and principles',
    menu=("Menu",),
    aside=KETTLEWICK_MENU,
    cookies_last=True,
)
# fmt: on

DOCUMENTS = {
    "29201-pdf-chromium-left-menu-column-cookie-buttons-search-box-browser-lines-amended-in-month-five-acts-bulleted-seven-restorative-fourth-month-21-or-25-last-updated-sentence-children-in-care.pdf": (
        FERNHOLLOW,
        True,
    ),
    "29202-pdf-chromium-print-stylesheet-hides-chrome-in-this-chapter-box-h3-under-h2-revised-month-three-acts-sentence-seven-ol-family-safeguarding-six-months-25-version-and-last-updated-line-looked-after-children.pdf": (
        MARLSTOW,
        False,
    ),
    "29203-pdf-chromium-two-pages-heading-at-page-foot-share-row-revised-line-six-with-regulations-seven-bulleted-strengthening-families-three-months-21-or-25-browser-lines-children-who-are-looked-after.pdf": (
        SALLOWBY,
        True,
    ),
    "29204-pdf-chromium-question-headings-in-this-section-column-back-to-top-cookies-after-footer-update-month-four-acts-sentence-principles-named-only-safe-and-together-second-review-21-or-25-version-cared-for.pdf": (
        KETTLEWICK,
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
    article = re.sub(r'<p class="(top|share)">.*?</p>', "", article)
    lines = [
        "%% built by build_blind292.py: Chromium print to PDF of a council web page, site chrome printed along unless a print stylesheet hides it",
        "",
    ]
    in_list = False
    for tag, text in re.findall(r"<(h1|h2|h3|p|li)[^>]*>(.*?)</\1>", article, flags=re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
        if tag == "li":
            in_list = True
            lines.append(f"- {text}")
            continue
        if in_list:
            lines.append("")
            in_list = False
        lines += [{"h1": "# ", "h2": "## ", "h3": "### "}.get(tag, "") + text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    for name, (document, browser_lines) in DOCUMENTS.items():
        print_pdf(document, HERE / name, browser_lines=browser_lines)
        (HERE / (name + ".md")).write_text(note(document), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
