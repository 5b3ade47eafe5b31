# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-seventy-first blind set: four council children's-services chapter web
pages of invented councils printed to PDF by Chromium headless, in page layouts earlier printed
sets (blind148, blind165) did not have. Some carry the browser's own header and footer lines
(print date, page title, file URL, "N/M"), others were printed with `--no-pdf-header-footer`.

    17101  Harrowden Vale: page opening; a two-level breadcrumb and an "On this page" contents
           box before the body, an "About this chapter" amendment, the law in a sentence, values
           with a named model; browser header/footer.
    17102  Wrexcombe: whole chapter; a Bootstrap-like print stylesheet that prints every link's
           URL after it (breadcrumb, Acts, guidance, footer) and hides the menu and cookie banner;
           an amendment line under the title, a version line; no browser lines.
    17103  Ockendon Fields: whole chapter; an accordion printed open, its "Hide all sections"
           button and a "Hide this section" label under every heading, a related-links column
           printed after the body; browser header/footer.
    17104  Brackley Heath: page opening; headings styled only by weight (bold paragraphs at body
           size), a "Was this page helpful?" feedback form at the foot; no browser lines.

All written for this set, in our own words (invented councils). The HTML sources are kept in
this script, not as documents.

usage: .venv/bin/python tests/cases/documents/build_blind171.py   (/usr/bin/chromium)
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
.cookies { background: #eef2d8; padding: 6px 12px; font-size: 9pt; }
header.site { background: #3a2e5c; color: white; padding: 6px 12px; }
header.site a { color: white; margin-right: 14px; text-decoration: none; }
header.site .brand { font-weight: bold; margin-right: 20px; }
nav.crumbs { font-size: 9pt; margin: 8px 12px; }
main, aside.related { margin: 0 12px; }
footer.site { border-top: 1px solid #999; margin-top: 20px; padding: 6px 12px; font-size: 9pt; }
h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 16px; }
.on-this-page { border-left: 4px solid #3a2e5c; background: #f4f2f8; padding: 6px 12px; margin: 10px 0 16px; }
.on-this-page h2 { font-size: 11pt; margin: 0 0 4px; }
.on-this-page ul { list-style: none; padding-left: 0; margin: 0; }
"""

# Bootstrap 3's print rules, which many council sites still carry: link addresses after links.
PRINT_URLS = """
@media print {
  a[href]:after { content: " (" attr(href) ")"; }
  .cookies, header.site nav { display: none; }
}
"""

ACCORDION = """
.acc-all { font: 10pt Arial, sans-serif; background: none; border: 1px solid #777; padding: 2px 8px; margin: 6px 0; }
.acc h2 { margin-bottom: 0; }
.acc h2 button { font: bold 14pt Arial, 'Liberation Sans', sans-serif; background: none; border: 0; padding: 0; text-align: left; }
.acc .toggle { display: block; font: 9pt Arial, sans-serif; color: #1d70b8; margin: 2px 0 6px; }
.layout { display: block; }
aside.related { border-top: 3px solid #3a2e5c; margin-top: 18px; font-size: 10pt; }
"""

WEIGHT_HEADINGS = """
p.h { font-weight: bold; margin: 14px 0 4px; }
h1 { font-size: 16pt; }
form.feedback { border: 1px solid #bbb; margin: 24px 12px 0; padding: 8px 12px; font-size: 10pt; }
form.feedback textarea { width: 90%; height: 48px; display: block; margin: 4px 0 8px; }
"""


def page(
    council: str,
    title: str,
    article: str,
    *,
    crumbs: str,
    domain: str,
    menu: tuple[str, ...] = ("Home", "Services", "Children and families", "Procedures", "Contact"),
    extra_css: str = "",
    after_main: str = "",
) -> str:
    links = "".join(
        f'<a href="https://www.{domain}/{m.lower().replace(" ", "-")}">{html.escape(m)}</a>'
        for m in menu
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {council}</title><style>{CSS}{extra_css}</style></head>
<body>
<div class="cookies">This site uses cookies. Some are essential, others help us improve it. Accept cookies | Reject cookies | Find out more</div>
<header class="site"><span class="brand">{council}</span> <a href="#main">Skip to content</a>
<nav>{links}</nav></header>
<nav class="crumbs">{crumbs}</nav>
<div class="layout">
<main id="main"><article><h1>{title}</h1>
{article}
</article></main>
{after_main}
</div>
<footer class="site"><p>&copy; {council} | <a href="https://www.{domain}/accessibility">Accessibility</a> | <a href="https://www.{domain}/privacy">Privacy</a> | <a href="https://www.{domain}/cookies">Cookies</a> | <a href="#top">Back to top</a></p></footer>
</body></html>
"""


# fmt: off
HARROWDEN = page(
    "Harrowden Vale Council",
    "Children's Services Policies, Values and Principles",
    """
<nav class="on-this-page" aria-label="On this page"><h2>On this page</h2>
<ul>
<li><a href="#about">About this chapter</a></li>
<li><a href="#law">The law we work within</a></li>
<li><a href="#values">What we value</a></li>
<li><a href="#cp">Corporate parenting</a></li>
<li><a href="#leaving">Leaving care</a></li>
<li><a href="#confidential">Confidentiality</a></li>
</ul></nav>
<h2 id="about">About this chapter</h2>
<p>This chapter tells staff, partners and families what Harrowden Vale's children's services stand for. We last changed it in November 2025, when the leaving care section was rewritten with young people from our Children in Care Council.</p>
<h2 id="law">The law we work within</h2>
<p>Our duties towards Children Looked After and care leavers come mainly from the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Families Act 2014, together with the regulations and statutory guidance made under them.</p>
<h2 id="values">What we value</h2>
<p>We value honesty with families, even when the news is hard, and we value the relationships children have with the people who matter to them. Our fostering service is organised around Mockingbird, so that carers in a constellation can lean on one another and on an experienced hub home carer.</p>
""",
    crumbs='<a href="/">Home</a> &rsaquo; <a href="/childrens-procedures">Children\'s procedures</a>',
    domain="harrowdenvale.gov.uk",
)

WREXCOMBE = page(
    "Wrexcombe Borough Council",
    "Policies, Values and Principles",
    """
<p>This page was amended in January 2026 to add links to the legislation and guidance it mentions.</p>
<h2>Introduction</h2>
<p>Wrexcombe's children's services exist to help children grow up safely with their families, and to be a good parent to the Children in Care whom the courts or their parents entrust to us. The main legislation behind this chapter is:</p>
<ul>
<li><a href="https://www.legislation.gov.uk/ukpga/1989/41">Children Act 1989</a></li>
<li><a href="https://www.legislation.gov.uk/ukpga/2004/31">Children Act 2004</a></li>
<li><a href="https://www.legislation.gov.uk/ukpga/2014/6">Children and Families Act 2014</a></li>
<li><a href="https://www.legislation.gov.uk/ukpga/2017/16">Children and Social Work Act 2017</a></li>
</ul>
<h2>Working with other agencies</h2>
<p>No single service can protect a child on its own. We work to <a href="https://www.gov.uk/government/publications/working-together-to-safeguard-children--2">Working Together to Safeguard Children</a> and to the procedures of the Wrexcombe Safeguarding Children Partnership.</p>
<h2>Corporate parenting</h2>
<p>The whole council shares the job of parenting the children it looks after. The <a href="https://www.gov.uk/government/publications/applying-corporate-parenting-principles-to-looked-after-children-and-care-leavers">statutory guidance on corporate parenting</a> asks every part of the council to:</p>
<ul>
<li>act in the best interests of each child and promote their physical and mental health;</li>
<li>encourage children to express their views, wishes and feelings;</li>
<li>take those views, wishes and feelings into account;</li>
<li>help them to find and use services provided by the council and its partners;</li>
<li>promote high aspirations and seek the best outcomes for them;</li>
<li>make sure they are safe and have stability in their home lives, relationships and education or work;</li>
<li>prepare them for adulthood and independent living.</li>
</ul>
<h2>Permanence</h2>
<p>Children need to know where they will grow up. A plan for permanence is agreed for every child by the time they have been in our care for three months, and it is checked at each review after that.</p>
<h2>Young people leaving care</h2>
<p>Personal advisers stay with care leavers until they turn 21. Any care leaver who wants one can keep a personal adviser up to the age of 25, and can come back to us for help at any time before then.</p>
<p>Document version: 3.2</p>
""",
    crumbs='<a href="https://www.wrexcombe.gov.uk/">Home</a> / <a href="https://www.wrexcombe.gov.uk/children">Children and families</a> / <a href="https://www.wrexcombe.gov.uk/children/procedures">Procedures manual</a> / Policies, Values and Principles',
    domain="wrexcombe.gov.uk",
    extra_css=PRINT_URLS,
)

OCKENDON_RELATED = """<aside class="related">
<h2>Related pages</h2>
<ul>
<li><a href="/fostering">Foster for Ockendon Fields</a></li>
<li><a href="/local-offer">Our local offer for care leavers</a></li>
<li><a href="/front-door">Contact the children's services front door</a></li>
<li><a href="/procedures/thresholds">Levels of need guidance</a></li>
</ul>
</aside>"""


def accordion_section(heading: str, body: str) -> str:
    return f'<div class="acc"><h2><button aria-expanded="true">{heading}</button></h2><span class="toggle">Hide this section</span>\n{body}</div>\n'


OCKENDON = page(
    "Ockendon Fields District Council",
    "Children's Services Policies, Values and Principles",
    '<button class="acc-all" aria-expanded="true">Hide all sections</button>\n'
    + accordion_section("About this chapter", "<p>Amended July 2025: the section on permanence now gives a timescale for the permanence plan.</p><p>The chapter applies to everyone working with children who are looked after by Ockendon Fields and with young people leaving our care.</p>")
    + accordion_section("Our vision", "<p>We want every child in Ockendon Fields to have a safe, stable home and at least one adult who will stay in their life for good.</p>")
    + accordion_section("How we practise", "<p>Our social workers use the Safe and Together model wherever domestic abuse is part of a child's story: we partner with the protective parent and hold the person who causes harm to account for their behaviour.</p>")
    + accordion_section("Being a good corporate parent", "<p>Councillors and officers keep the corporate parenting principles in mind in everything they decide for the children the council looks after, and the Corporate Parenting Board checks that they do.</p>")
    + accordion_section("Permanence", "<p>Drift harms children. A permanence plan is in place no later than five months after a child becomes looked after, and the independent reviewing officer challenges any delay.</p>")
    + accordion_section("Leaving care", "<p>Care leavers have a personal adviser until they are 21, and until 25 if they are still studying.</p>"),
    crumbs='<a href="/">Home</a> &gt; <a href="/children">Children\'s services</a> &gt; <a href="/children/manual">Practice manual</a> &gt; Policies, values and principles',
    domain="ockendonfields.gov.uk",
    extra_css=ACCORDION,
    after_main=OCKENDON_RELATED,
)

BRACKLEY_FEEDBACK = """<form class="feedback" action="/feedback" method="post">
<p><strong>Was this page helpful?</strong></p>
<label><input type="radio" name="helpful" value="yes"> Yes</label>
<label><input type="radio" name="helpful" value="no"> No</label>
<p>Tell us how we could make this page better. Please do not include any personal details.</p>
<textarea name="comments"></textarea>
<button type="submit">Send feedback</button>
</form>"""

BRACKLEY = page(
    "Brackley Heath Council",
    "Children's Services Policies, Values and Principles",
    """
<p class="h">Purpose</p>
<p>This chapter sets out the values and principles that guide Brackley Heath's work with cared for children, care leavers and their families. It was revised in August 2025 after consultation with our foster carers.</p>
<p class="h">Legislation and guidance</p>
<p>The chapter rests on the Children Act 1989 and on the Children and Social Work Act 2017. We also follow the statutory guidance that goes with them.</p>
<p class="h">Working with other agencies</p>
<p>Schools, health services, the police and the voluntary sector each see a different part of a child's life. We share what we know with them, as Working Together to Safeguard Children expects, so that no worry about a child is left with one person.</p>
<p class="h">Our practice approach</p>
<p>Brackley Heath has adopted Family Valued. It means we work with families rather than doing things to them, and we use family group conferences before any decision is made about where a child should live.</p>
""",
    crumbs='<a href="/">Home</a> &gt; <a href="/social-care">Social care</a> &gt; <a href="/social-care/procedures">Procedures</a> &gt; Children\'s Services Policies, Values and Principles',
    domain="brackleyheath.gov.uk",
    extra_css=WEIGHT_HEADINGS,
    after_main=BRACKLEY_FEEDBACK,
)
# fmt: on

DOCUMENTS = {
    "17101-pdf-chromium-two-level-breadcrumb-on-this-page-box-before-body-opening.pdf": (
        HARROWDEN,
        True,
    ),
    "17102-pdf-chromium-print-stylesheet-link-urls-after-links-whole-chapter.pdf": (
        WREXCOMBE,
        False,
    ),
    "17103-pdf-chromium-accordion-printed-open-toggle-labels-related-column-after-body-whole-chapter.pdf": (
        OCKENDON,
        True,
    ),
    "17104-pdf-chromium-headings-by-weight-only-feedback-form-at-foot-opening.pdf": (
        BRACKLEY,
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
    article = re.sub(
        r'<nav class="on-this-page".*?<h2>(.*?)</h2>', r"<h2>\1</h2>", article, flags=re.S
    )
    article = re.sub(
        r'<span class="toggle">.*?</span>|<button class="acc-all".*?</button>', "", article
    )
    article = re.sub(r'<p class="h">(.*?)</p>', r"<h2>\1</h2>", article)
    lines = [
        "%% built by build_blind171.py: Chromium print to PDF of a council web page, site chrome printed along",
        "",
    ]
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
