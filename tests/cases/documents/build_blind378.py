# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written)
"""Build the three-hundred-and-seventy-eighth blind set: four invented councils' "Policies, Values
and Principles" chapter web pages, saved to PDF from a browser (Chromium headless), with site
chrome printed along, in page shapes the earlier PDF sets (blind366's WeasyPrint pages, blind171's
Chromium pages) did not have:

    37801  Wennerby: a side column ("In this section" links and a "Contact the team" box) printed
           BESIDE the text, to its right, for the first page; <h2> headings; the browser's
           header (date, page title) and footer (file URL, "N/M") on every page.
    37802  Cradlecombe: headings of two shapes, <h3> for the chapter's sections and <p><strong>
           for two of them; no <h2> at all; a "Last updated" line at the foot; printed with
           --no-pdf-header-footer (no browser lines).
    37803  Lanternhill: typed numbered <h2> headings and a long table of Acts (eleven rows, Act |
           Year | What it means for us) that runs over a page break; browser lines.
    37804  Prestwold Heath: a cookie banner printed at the top of the first page, above the
           council's header bar, a menu and a breadcrumb; <h2> headings; browser lines.

All written for this set, in our own words (invented councils). The HTML sources are kept in
this script, not as documents.

usage: .venv/bin/python tests/cases/documents/build_blind378.py   (/usr/bin/chromium)
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
header.site { background: #21465e; color: white; padding: 8px 14px; }
header.site a { color: white; margin-right: 14px; text-decoration: none; }
header.site .brand { font-weight: bold; font-size: 13pt; margin-right: 22px; }
nav.crumbs { font-size: 9pt; margin: 8px 14px; }
main { margin: 0 14px; }
footer.site { border-top: 1px solid #999; margin-top: 22px; padding: 6px 14px; font-size: 9pt; }
h1 { font-size: 19pt; } h2 { font-size: 14pt; margin-top: 16px; } h3 { font-size: 12.5pt; margin-top: 14px; }
table.acts { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.acts th, table.acts td { border: 1px solid #888; padding: 4px 6px; text-align: left; vertical-align: top; }
table.acts th { background: #e3e9ee; }
"""

SIDE = """
.layout { display: flex; gap: 18px; margin: 0 14px; }
.layout main { flex: 3; margin: 0; }
.layout aside { flex: 1; font-size: 9.5pt; border-left: 3px solid #21465e; padding-left: 10px; }
.layout aside ul { padding-left: 14px; }
"""

COOKIES = """
.cookie-banner { background: #1b1b1b; color: #f2f2f2; padding: 10px 14px; font-size: 9.5pt; }
.cookie-banner button { margin-right: 8px; font: 9.5pt Arial, sans-serif; }
"""


def page(
    council: str,
    page_title: str,
    article: str,
    *,
    domain: str,
    crumbs: str,
    before_header: str = "",
    aside: str = "",
    extra_css: str = "",
) -> str:
    menu = ("Home", "Children and families", "Procedures manual", "Local resources", "Contact us")
    links = "".join(
        f'<a href="https://www.{domain}/{m.lower().replace(" ", "-")}">{html.escape(m)}</a>'
        for m in menu
    )
    body = f'<main id="main"><article>{article}</article></main>'
    if aside:
        body = f'<div class="layout">{body}<aside>{aside}</aside></div>'
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{page_title}</title><style>{CSS}{extra_css}</style></head>
<body>
{before_header}
<header class="site"><span class="brand">{council}</span> <a href="#main">Skip to main content</a>
<nav>{links}</nav></header>
<nav class="crumbs">{crumbs}</nav>
{body}
<footer class="site"><p>{council} | <a href="https://www.{domain}/accessibility">Accessibility statement</a> | <a href="https://www.{domain}/privacy">Privacy notice</a> | <a href="#top">Back to top</a></p></footer>
</body></html>
"""


# fmt: off
WENNERBY = page(
    "Wennerby Borough Council",
    "Values and principles – Wennerby Children's Social Care Procedures",
    """<h1>Children's Services Policies, Values and Principles</h1>
<h2>About this chapter</h2>
<p>This chapter sets out what Wennerby Borough Council's children's social care service believes and how those beliefs should show in everyday practice. It is written for social workers, family practitioners, team managers, foster carers and the staff of the children's homes we run, and for every agency that provides a service to a Wennerby child on our behalf. The chapter was last amended in March 2026, when the part on leaving care was rewritten after a consultation with our care experienced young people.</p>
<h2>Legal framework</h2>
<p>The council's duties to children and their families are set out by the following legislation:</p>
<ul>
<li>the Children Act 1989;</li>
<li>the Education Act 2002;</li>
<li>the Children Act 2004;</li>
<li>the Children and Families Act 2014;</li>
<li>the Children and Social Work Act 2017.</li>
</ul>
<p>Practitioners also follow the statutory guidance in Working Together to Safeguard Children and the council's own procedures, which sit alongside this chapter.</p>
<h2>Our values</h2>
<p>We believe that children do best when they grow up with people who love them, and that most families can care for their children well when they get the right help at the right time. We are honest with families about our worries, we keep our promises, and we explain our decisions in words people understand. We treat every child as an individual with their own history, culture, faith and language, and we expect our staff to be curious about what life is like for that child, not just about what the file says.</p>
<h2>Working together</h2>
<p>No single agency can keep a child safe on its own. Our social workers share the work with health visitors, school staff, the police, youth workers, housing officers and adult services, and we expect each of them to tell us early when they are worried. Where professionals disagree about a child, the disagreement is raised with managers quickly and settled with the child's safety first in mind.</p>
<h2>Corporate parenting</h2>
<p>When a child comes into our care, the whole council becomes their corporate parent. Members and officers must have regard to the need:</p>
<ul>
<li>to act in the child's best interests and promote their physical and mental health and well-being;</li>
<li>to encourage them to express their views, wishes and feelings;</li>
<li>to take those views, wishes and feelings into account;</li>
<li>to help them gain access to, and make the best use of, services provided by the council and its partners;</li>
<li>to promote high aspirations and seek the best outcomes for them;</li>
<li>for them to be safe, and for stability in their home lives, relationships and education or work;</li>
<li>to prepare them for adulthood and independent living.</li>
</ul>
<h2>The Kindred Compass model</h2>
<p>Wennerby practitioners use the Kindred Compass model. Every assessment asks four questions, one for each point of the compass: who loves this child, who keeps this child safe, who helps this child learn, and who will still be there when they are grown. The answers shape the plan, and each review asks whether any point of the compass has moved.</p>
<h2>How we make decisions</h2>
<p>We always look first to the child's own family and friends. When a child cannot live with their parents, we consider relatives and family friends before anyone else, and we support kinship carers as we would any foster carer.</p>
<p>Every Child Looked After has a plan for permanence by the time of their second review, which is held within four months of their coming into care. We do not let plans drift, and independent reviewing officers raise any delay with the service manager.</p>
<p>Young people leaving care have a personal adviser until they are 21, and up to the age of 25 if they are in education, training or employment. They are helped to find a home, to manage money and to keep in touch with the people who matter to them.</p>
<h2>Sharing information</h2>
<p>We share information about children and families only when it is needed to keep a child safe or to give them a service, and we tell families what we have shared unless doing so would put someone at risk. Records are kept accurately and securely, and children can see what is written about them.</p>
""",
    domain="wennerby.gov.uk",
    crumbs='<a href="/">Home</a> &rsaquo; <a href="/procedures">Procedures manual</a> &rsaquo; <a href="/procedures/general">General principles</a>',
    aside="""<h2>In this section</h2>
<ul><li><a href="/procedures/general/values">Values and principles</a></li>
<li><a href="/procedures/general/glossary">Glossary</a></li>
<li><a href="/procedures/general/consent">Consent and capacity</a></li>
<li><a href="/procedures/general/interpreters">Using interpreters</a></li></ul>
<h2>Contact the team</h2>
<p>Procedures team, Wennerby Town Hall. Telephone 01632 960 418. Open Monday to Friday, 9am to 5pm.</p>""",
    extra_css=SIDE,
)

CRADLECOMBE = page(
    "Cradlecombe District Council",
    "Cradlecombe District Council – Our Policies, Values and Principles",
    """<h1>Our Policies, Values and Principles</h1>
<h3>Scope</h3>
<p>This chapter applies to all staff in Cradlecombe's Children and Young People's Service and to the carers and providers who work with us. It explains the principles that every other procedure in the manual follows. It was amended in October 2025 to reflect the new national framework for children's social care.</p>
<h3>Introduction</h3>
<p>Cradlecombe's approach rests on the law and on what children and families have told us. Our duties come chiefly from the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, and we follow the Children's Social Care National Framework, which is statutory guidance describing the outcomes practice should achieve. The chapter covers children in need, children in need of protection, Children in Care and care leavers.</p>
<p><strong>What matters to us</strong></p>
<p>We want every child in Cradlecombe to be safe, healthy and happy, to do well at school and to grow into an adult with people around them. We respect parents as the experts in their own families and work alongside them, not over them. We show respect by being on time, by returning calls and by telling people the truth, even when it is unwelcome. We challenge discrimination wherever we meet it, inside the service as well as outside it.</p>
<h3>Our responsibilities as corporate parents</h3>
<p>The council, its councillors and its staff are corporate parents to every child in care and every care leaver. We follow the seven corporate parenting principles set out in the Children and Social Work Act 2017: acting in children's best interests and promoting their health and well-being; encouraging them to express their views, wishes and feelings; taking those views into account; helping them make the best use of services; promoting high aspirations and good outcomes; helping them to be safe and to have stable homes, relationships and education or work; and preparing them for adulthood and independent living.</p>
<h3>Three Threads</h3>
<p>Our practice framework is called Three Threads. The first thread is the relationship between the worker and the family, the second is the plan that the family and the professionals write together, and the third is the network of relatives, friends and community members who will stay once the professionals have gone. Supervision asks about each thread for every child.</p>
<p><strong>Permanence and leaving care</strong></p>
<p>For every child in care, a permanence plan is agreed within five months, so that the child knows where they will grow up. Care leavers are entitled to a personal adviser until they reach 21; a young person who asks for one can keep that support to the age of 25. Pathway plans are written with the young person, in their words, and reviewed at least every six months.</p>
<h3>Confidentiality</h3>
<p>Information about children and families is private. It is shared with other professionals only when the law allows it and when it helps to keep a child safe or to meet their needs, and we keep a note of what was shared and why. Families can ask to see the records we keep about them.</p>
<p>Last updated: 14 January 2026</p>
""",
    domain="cradlecombe.gov.uk",
    crumbs='<a href="/">Home</a> &rsaquo; <a href="/cyps">Children and Young People\'s Service</a> &rsaquo; Our Policies, Values and Principles',
)

ACTS = [
    ("Children Act 1989", "1989", "Our main duties to children in need and to the children we look after."),
    ("Adoption and Children Act 2002", "2002", "How adoption is arranged and special guardianship orders."),
    ("Children Act 2004", "2004", "The duty on agencies to work together for children's well-being."),
    ("Children and Adoption Act 2006", "2006", "Contact between children and the parents they do not live with."),
    ("Children and Young Persons Act 2008", "2008", "The role of the independent reviewing officer and sufficient placements."),
    ("Equality Act 2010", "2010", "Treating people fairly whatever their protected characteristics."),
    ("Localism Act 2011", "2011", "The council's general power to act for its residents."),
    ("Children and Families Act 2014", "2014", "Staying Put, the virtual school head and special educational needs."),
    ("Care Act 2014", "2014", "Moving from children's to adult social care."),
    ("Children and Social Work Act 2017", "2017", "The corporate parenting principles and the local offer for care leavers."),
    ("Data Protection Act 2018", "2018", "How personal information is kept and shared."),
]

LANTERNHILL = page(
    "Lanternhill City Council",
    "Policies, values and principles | Lanternhill City Council",
    """<h1>Policies, Values and Principles for Children's Services</h1>
<h2>1. Introduction and scope</h2>
<p>This chapter describes the values and principles of Lanternhill City Council's children's services. It applies to everyone who works with children and families for the council, including agency social workers, students, volunteers and the staff of the services we commission. It should be read before any other chapter in the manual, because the other chapters assume it.</p>
<p>The chapter was reviewed and amended in May 2025. The only change was to the section on leaving care, which now describes the council's extended offer to care leavers.</p>
<p>Lanternhill is a large and varied city. Some of our children live in neighbourhoods that have been poor for generations, some have arrived recently from other countries, and some live in families who have never needed a service before. The principles below are meant to hold for all of them, and managers are asked to talk them through with every new member of staff in the first weeks of their employment.</p>
<h2>2. Legislation</h2>
<p>The table below lists the Acts of Parliament that shape our work, with a short note on what each means for children's services in Lanternhill.</p>
<table class="acts"><thead><tr><th>Act</th><th>Year</th><th>What it means for us</th></tr></thead><tbody>
""" + "\n".join(f"<tr><td>{a}</td><td>{y}</td><td>{w}</td></tr>" for a, y, w in ACTS) + """
</tbody></table>
<h2>3. Our values</h2>
<p>We believe children should be brought up by their families wherever that is safe, and we give families practical help before difficulties become crises. We listen to children and let what they say change what we do. We are open about our concerns and about the limits of what we can offer. We value kindness, reliability and courage: the courage to say when something is wrong, and to change course when a plan is not working.</p>
<h2>4. A shared responsibility</h2>
<p>Keeping children safe is everyone's job. The Lanternhill Safeguarding Children Partnership brings together the council, the integrated care board and the police, and we work with schools, early years settings and voluntary groups so that a child's needs are noticed by whoever sees them first.</p>
<h2>5. Corporate parenting</h2>
<p>As corporate parents, the council's members and officers have regard to seven principles in all they do for Looked After Children and care leavers: to act in their best interests and promote their health and well-being; to encourage them to express their views, wishes and feelings; to take those views into account; to help them use the services available to them; to promote high aspirations and seek the best outcomes; to help them be safe and to have stability in their homes, relationships and education or work; and to prepare them for adulthood and independent living.</p>
<h2>6. Our practice model</h2>
<p>Lanternhill uses Signs of Safety. Practitioners map what is working well, what they are worried about and what needs to happen, and they use words and pictures so that children understand their own plans.</p>
<h2>7. Key principles</h2>
<p>Every Looked After Child should have a permanence plan within six months of entering care, and the plan is checked at every review. Care leavers are offered a personal adviser until they are 21, or to 25 if they are in higher education or training.</p>
<h2>8. Information sharing</h2>
<p>Information is shared when it is necessary and proportionate, recorded on the child's file and kept securely. Practitioners who are unsure whether to share should ask their manager or the council's data protection officer.</p>
<p>Document version 4.2</p>
""",
    domain="lanternhill.gov.uk",
    crumbs='<a href="/">Home</a> &rsaquo; <a href="/childrens-services">Children\'s services</a> &rsaquo; <a href="/childrens-services/procedures">Procedures</a>',
)

PRESTWOLD = page(
    "Prestwold Heath Council",
    "Children's Services Policies, Values and Principles – Prestwold Heath Council",
    """<h1>Children's Services Policies, Values and Principles</h1>
<p>Amended: February 2026</p>
<h2>Purpose of this chapter</h2>
<p>This chapter states the values and principles that guide Prestwold Heath Council's work with children, young people and their families. It is for all practitioners and managers in children's services and for the foster carers, residential staff and partner organisations who care for children on the council's behalf.</p>
<h2>The law</h2>
<p>The work described in this manual is governed mainly by the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the statutory guidance Working Together to Safeguard Children.</p>
<h2>Our vision</h2>
<p>We want Prestwold Heath to be a place where children grow up safe, loved and hopeful about their future, and where families know they can ask for help without being judged. Our aim is that fewer children need to come into care, and that those who do have stable, loving homes and the same chances in life as their friends.</p>
<h2>Our values</h2>
<p>We put the child at the centre of what we do. We are respectful, honest and reliable; we build on what families do well; and we work with parents, not against them. We believe that relationships change lives, so we try to keep the same worker with a family for as long as we can. We celebrate the achievements of the children we care for and we are ambitious for them, as any good parent would be.</p>
<h2>Corporate parenting</h2>
<p>Prestwold Heath Council is the corporate parent of every child in its care. Elected members and officers are expected to ask of every decision, "would this be good enough for my own child?" The council follows the seven corporate parenting principles:</p>
<ol>
<li>act in the best interests of children in care and care leavers, and promote their physical and mental health and well-being;</li>
<li>encourage them to express their views, wishes and feelings;</li>
<li>take those views, wishes and feelings into account;</li>
<li>help them gain access to and make the best use of services;</li>
<li>promote high aspirations and seek to secure the best outcomes for them;</li>
<li>help them to be safe and to have stability in their home lives, relationships and education or work;</li>
<li>prepare them for adulthood and independent living.</li>
</ol>
<h2>The Bridge Builders model</h2>
<p>The Bridge Builders model is how we work with families in Prestwold Heath. Each family is helped to identify the people who can act as bridges between them and the support they need, such as a grandparent, a neighbour, a teacher or a faith leader, and the plan builds on those bridges rather than replacing them with professionals.</p>
<h2>Principles of our work</h2>
<p>When a child comes into care, we start planning straight away for where they will live in the long term. A permanence plan must be in place within three months. Young people leaving our care are supported by a personal adviser until they are 21, and until 25 if they ask for this support.</p>
<p>Children in care are listened to: they take part in their reviews, they can ask for an advocate, and the Children in Care Council meets the Director every term.</p>
<h2>Confidentiality and information sharing</h2>
<p>We respect the privacy of children and families. We share information only where the law allows and where it helps to protect a child or meet their needs, and we always record what was shared, with whom and why.</p>
""",
    domain="prestwoldheath.gov.uk",
    crumbs='<a href="/">Home</a> &rsaquo; <a href="/children">Children, young people and families</a> &rsaquo; <a href="/children/procedures">Children\'s services procedures</a>',
    before_header="""<div class="cookie-banner"><strong>Cookies on the Prestwold Heath Council website</strong><br>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site, so that we can improve it.<br><button>Accept analytics cookies</button><button>Reject analytics cookies</button><a href="/cookies" style="color:#f2f2f2">View cookie settings</a></div>""",
    extra_css=COOKIES,
)
# fmt: on

DOCUMENTS: dict[str, tuple[str, bool]] = {
    "37801-pdf-chromium-side-column-beside-text-browser-header-footer-wennerby-amended-month-five-acts-bulleted-seven-bulleted-kindred-compass-four-months-21-or-25-in-education-cla.pdf": (
        WENNERBY,
        True,
    ),
    "37802-pdf-chromium-h3-and-p-strong-headings-no-browser-lines-last-updated-cradlecombe-amended-month-three-acts-sentence-seven-in-sentence-three-threads-five-months-21-or-25-on-request-children-in-care.pdf": (
        CRADLECOMBE,
        False,
    ),
    "37803-pdf-chromium-eleven-acts-table-over-page-break-numbered-h2-browser-header-footer-lanternhill-amended-month-signs-of-safety-six-months-21-or-25-higher-education-version-lac.pdf": (
        LANTERNHILL,
        True,
    ),
    "37804-pdf-chromium-cookie-banner-printed-at-top-browser-header-footer-prestwold-heath-amended-label-four-acts-seven-numbered-bridge-builders-three-months-21-or-25-if-asked-children-in-care.pdf": (
        PRESTWOLD,
        True,
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
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={work}/profile", *flags, f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def note(document: str, browser_lines: bool) -> str:
    """The article as markdown: the text a reader sees (chrome left out), written beside the PDF."""
    article = document.split("<article>", 1)[1].split("</article>", 1)[0]
    article = re.sub(r"<p><strong>(.*?)</strong></p>", r"<h3>\1</h3>", article)
    lines = [
        "%% built by build_blind378.py: Chromium print to PDF of a council web page, site chrome printed along"
        + (
            "; the browser's date/title header and URL/N/M footer on each page"
            if browser_lines
            else "; printed without the browser's header and footer"
        ),
        "",
    ]
    in_list = False
    for tag, text in re.findall(r"<(h1|h2|h3|p|li|tr)[^>]*>(.*?)</\1>", article, flags=re.S):
        if tag == "tr":
            cells = [
                html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                for c in re.findall(r"<t[hd]>(.*?)</t[hd]>", text)
            ]
            lines.append("| " + " | ".join(cells) + " |")
            if text.lstrip().startswith("<th>"):
                lines.append("|" + " --- |" * len(cells))
            in_list = True
            continue
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
        (HERE / (name + ".md")).write_text(note(document, browser_lines), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
