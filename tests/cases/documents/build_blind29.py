# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the four text files of the twenty-ninth blind set that `pdftotext` makes from a PDF.

Councils rarely send us the PDF itself through a converter pipeline: a text export from
`pdftotext` is what many intranet indexers and document portals keep. So these four cases are
the *text* a real `pdftotext` (poppler-utils) prints, from PDFs WeasyPrint lays out here from
chapters written for this set:

    2908  pdftotext -layout   justified A4, hyphenation on, running header and "Page N of M"
                              footer, numbered headings
    2909  pdftotext -layout   justified, narrow page, running footer with the chapter title,
                              meaning headings (an opening)
    2910  pdftotext           (reading order) justified, hyphenation on, running header and
                              footer, meaning headings, bullets
    2911  pdftotext           (reading order) a two-column page under a full-width title band
                              (an opening)

usage: python tests/cases/documents/build_blind29.py   (needs weasyprint and pdftotext)
The text files are committed; a rebuild with another poppler may space lines a little
differently, so keep the committed ones unless the chapters change.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

BASE_CSS = """
@page { size: A4; margin: 24mm 22mm 22mm 22mm;
  @top-left { content: "%(header)s"; font: 8.5pt 'DejaVu Sans'; }
  @top-right { content: "%(header_right)s"; font: 8.5pt 'DejaVu Sans'; }
  @bottom-left { content: "%(footer)s"; font: 8pt 'DejaVu Sans'; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; } }
body { font: 10.5pt/1.35 'DejaVu Serif'; text-align: justify; hyphens: auto; }
h1 { font: bold 17pt 'DejaVu Sans'; text-align: left; margin: 0 0 8pt; }
h2 { font: bold 12pt 'DejaVu Sans'; text-align: left; margin: 14pt 0 5pt; }
p { margin: 0 0 7pt; }
ul { margin: 0 0 7pt 14pt; padding-left: 10pt; }
li { margin: 0 0 2pt; }
.under { font: 9pt 'DejaVu Sans'; text-align: left; }
.stamp { margin-top: 36pt; font: 9pt 'DejaVu Sans'; }
"""

# --- 2908: Penhallow, -layout, numbered headings --------------------------------------------

PENHALLOW = """
<h1>Children's Services Policies, Values and Principles</h1>
<p class="under">Penhallow Borough Council &middot; Children's Services Procedures Manual &middot; Chapter 1.1</p>
<h2>1. Scope of this Chapter</h2>
<p>This chapter is the starting point for every other procedure in the Penhallow manual. It describes the legal duties of the Borough Council towards children and families, the values our staff are asked to hold, and the principles that shape day-to-day decisions about children in need, children in need of protection and Looked After Children.</p>
<p>Amendment: this chapter was amended in September 2024. The section on young people leaving care now describes the extended personal adviser offer, and references to the former regional adoption arrangements have been removed.</p>
<h2>2. Introduction</h2>
<p>Penhallow Borough Council provides services for children and their families within a framework of legislation and statutory guidance. The principal statutes are:</p>
<ul>
<li>The Children Act 1989;</li>
<li>The Children Act 2004;</li>
<li>The Children (Leaving Care) Act 2000;</li>
<li>The Adoption and Children Act 2002;</li>
<li>The Children and Young Persons Act 2008;</li>
<li>The Children and Families Act 2014;</li>
<li>The Children and Social Work Act 2017;</li>
<li>The Equality Act 2010;</li>
<li>The Human Rights Act 1998;</li>
<li>The Data Protection Act 2018.</li>
</ul>
<p>The framework applies to all children and young people who receive a service from Children's Services, from early help through to leaving care, and to every member of staff and every commissioned provider acting on the Council's behalf.</p>
<h2>3. A Shared Responsibility</h2>
<p>Keeping children safe cannot be the task of one organisation. Working Together to Safeguard Children describes how local authorities, health bodies, the police and schools share the work, and the Penhallow Safeguarding Children Partnership turns that guidance into local arrangements. Each agency remains accountable for its own part, but none of us can do our part well without the information and the trust of the others.</p>
<h2>4. Our Values</h2>
<p>The way we work with children and families is guided by a small set of values:</p>
<ul>
<li>children are listened to and their views make a difference;</li>
<li>families are treated as partners and told honestly what we think;</li>
<li>we notice and build on what is going well in a family;</li>
<li>we treat everyone fairly and challenge discrimination;</li>
<li>we learn from our mistakes and from what children tell us.</li>
</ul>
<h2>5. Corporate Parenting</h2>
<p>When a child becomes looked after, the Borough Council as a whole becomes their corporate parent. Elected members and officers in every directorate share the responsibility, and the Corporate Parenting Panel reports to full Council each year. Under the Children and Social Work Act 2017, the Council must have regard to seven corporate parenting principles when it exercises its functions in relation to Looked After Children and care leavers:</p>
<ul>
<li>to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;</li>
<li>to encourage them to express their views, wishes and feelings;</li>
<li>to take into account their views, wishes and feelings;</li>
<li>to help them gain access to, and make the best use of, services provided by the Council and its relevant partners;</li>
<li>to promote high aspirations, and seek to secure the best outcomes, for them;</li>
<li>for them to be safe, and for stability in their home lives, relationships and education or work;</li>
<li>to prepare them for adulthood and independent living.</li>
</ul>
<h2>6. Our Practice Model</h2>
<p>Practitioners in Penhallow use Signs of Safety to structure assessment and planning with families, asking what is working well, what we are worried about and what needs to happen. Restorative Practice informs how we hold meetings and how we repair relationships when things have gone wrong, so that families do things with us rather than having things done to them.</p>
<h2>7. Key Principles</h2>
<p>Children are best brought up within their own families, and our first task is to help parents do that safely. Where a child cannot remain at home, relatives and family friends are considered before anyone else. Every child who is looked after should have a permanence plan by the time of their second review, four months after they came into care, so that drift is avoided and the child knows where they will grow up.</p>
<p>Young people leaving care are entitled to the support of a personal adviser until they reach 21, and this continues up to the age of 25 where they are in education, training or employment or ask for it. We consult children, young people and parents about decisions that affect them and about the design of our services.</p>
<h2>8. Information Sharing and Confidentiality</h2>
<p>Information about children and families is held securely and shared only where there is a lawful basis. Practitioners must not let worries about data protection prevent them from sharing information that is needed to protect a child from harm; when in doubt, they should seek advice from a manager and record the decision and the reasons for it.</p>
<p>End</p>
"""

# --- 2909: Caverleigh, -layout, meaning headings (an opening) ------------------------------

CAVERLEIGH = """
<h1>Children's Services Policies, Values and Principles</h1>
<p class="under">Amended: 12 May 2025</p>
<h2>What this chapter covers</h2>
<p>This is the first chapter of Caverleigh City Council's procedures for children's social care. It explains the law and the values from which the rest of the manual flows, and it should be read by anyone new to the service before they read any individual procedure. This version replaces the edition issued in the autumn of 2023; the changes are to the list of legislation and to the wording about family networks.</p>
<h2>The legal foundations</h2>
<p>The City Council's work with children and families rests on the following Acts of Parliament:</p>
<ul>
<li>Children Act 1989</li>
<li>Children Act 2004</li>
<li>Children and Families Act 2014</li>
<li>Children and Social Work Act 2017</li>
<li>Children's Wellbeing and Schools Act 2025</li>
</ul>
<p>These duties reach every child in need in Caverleigh, children at risk of significant harm, Children Looked After by the City Council and the young people who have left our care. They bind every team in the service, whatever its name.</p>
<h2>Partners in safeguarding</h2>
<p>We rely on our partners in the Caverleigh Safeguarding Children Partnership to share what they know and to act on what we tell them. Schools, general practitioners, health visitors and the police all see children whom we do not, and the arrangements agreed under Working Together to Safeguard Children make sure that concerns are passed on without delay.</p>
"""

# --- 2910: Lowmoor, reading order, meaning headings, bullets ------------------------------

LOWMOOR = """
<h1>Children's Services Policies, Values and Principles</h1>
<p class="under">Lowmoor County Council &middot; Children and Families Service</p>
<h2>About this chapter</h2>
<p>This chapter sets out the policy base for Lowmoor County Council's children and families service: the laws that give us our duties, the values we hold, and the principles we apply when we make decisions with and about children. It was updated in May 2024, when the sections on corporate parenting and on our practice model were rewritten.</p>
<h2>Introduction</h2>
<p>Lowmoor County Council exercises its duties to children and families under a framework that includes:</p>
<ul>
<li>Children Act 1989</li>
<li>Children Act 2004</li>
<li>Children (Leaving Care) Act 2000</li>
<li>Adoption and Children Act 2002</li>
<li>Children and Families Act 2014</li>
<li>Children and Social Work Act 2017</li>
<li>Special Educational Needs and Disability Regulations 2014</li>
<li>Domestic Abuse Act 2021</li>
</ul>
<p>The policy applies to children in need, to children subject to child protection plans, to Children in Care and to care leavers, and to all staff, volunteers and contractors working in the service.</p>
<h2>Working together</h2>
<p>Safeguarding is everybody's responsibility. The Lowmoor Children's Safeguarding Partnership, in which the County Council, the integrated care board and the chief constable are equal partners, publishes the local arrangements required by Working Together to Safeguard Children. Our staff are expected to know those arrangements and to use them, and to escalate their concerns when a partner's response does not keep a child safe.</p>
<h2>What we value</h2>
<p>We are ambitious for every child. We are respectful and honest with families, even when the message is hard to hear. We are curious about what lies behind a family's difficulties, and we are persistent: we do not give up on children or on the adults who care for them.</p>
<h2>Corporate parenting</h2>
<p>Every councillor and every officer of Lowmoor County Council shares responsibility for the children in our care. We take as our guide the seven corporate parenting principles of the Children and Social Work Act 2017, and our Corporate Parenting Board, which includes young people with care experience, checks what each directorate does to meet them. We want our Children in Care to be able to say that the Council has been a good parent to them.</p>
<h2>Our vision</h2>
<p>Our vision is for Lowmoor to be a county where children grow up safe, healthy and happy in their own families and communities, and where those who need our help receive it early and from people they trust.</p>
<h2>Our practice model</h2>
<p>Lowmoor has adopted Family Safeguarding. Social workers are joined in multi-disciplinary teams by specialists in adult mental health, substance misuse and domestic abuse, so that the problems which put children at risk are tackled in the family alongside the worries about the children themselves. Motivational conversations are at the heart of the model.</p>
<h2>Principles of our work</h2>
<ul>
<li>Children should live with their own families wherever that is safe, and we give help early so that more of them can.</li>
<li>If a child cannot stay at home we look first to relatives and friends.</li>
<li>A permanence plan should be agreed for every child in care within four months of their becoming looked after.</li>
<li>Young people leaving our care are supported by a personal adviser until they are 25.</li>
<li>Children and families are consulted and their views are recorded.</li>
</ul>
<h2>Sharing information</h2>
<p>We share information to protect children and to give families the help they need, and we do so lawfully, securely and in proportion to the need. Where consent is appropriate we ask for it; where asking would put a child at greater risk we share without it and record why.</p>
<p class="stamp">Last updated: 30 May 2024</p>
"""

# --- 2911: Ferrisham, reading order, two columns (an opening) -----------------------------

FERRISHAM = """
<div class="band">
<h1>Children's Services Policies, Values and Principles</h1>
<p class="under">Ferrisham Borough Council</p>
</div>
<div class="cols">
<h2>Scope</h2>
<p>This chapter gives the policy framework, values and principles that apply across Ferrisham's children's services. It was revised in April 2025 to bring the section on leaving care into line with the Council's new local offer.</p>
<h2>The law</h2>
<p>Ferrisham Borough Council carries out its duties to children under the following legislation:</p>
<ul>
<li>Children Act 1989</li>
<li>Children Act 2004</li>
<li>Children (Leaving Care) Act 2000</li>
<li>Children and Families Act 2014</li>
<li>Children and Social Work Act 2017</li>
</ul>
<p>Those duties cover children in need, children at risk of significant harm, our Cared for Children and young people who have left care.</p>
<h2>Leaving care</h2>
<p>Young people leaving care have a personal adviser and a pathway plan until they reach 21, and up to 25 if they are studying or training. We help them find somewhere safe to live, to manage money and to stay in touch with the people who matter to them.</p>
<h2>Listening to children</h2>
<p>Children and young people are asked what they think before decisions are made about them, and our children in care council meets the Director every quarter to say how services should change.</p>
</div>
"""

COLUMNS_CSS = """
.band { border-bottom: 1.5pt solid #333; margin-bottom: 10pt; }
.cols { column-count: 2; column-gap: 14mm; column-rule: 0.5pt solid #999; }
.cols h2 { margin-top: 8pt; }
.cols ul { margin-left: 0; padding-left: 0; list-style-position: inside; }
"""

CASES = {
    "2908-txt-pdftotext-layout-justified-numbered-headings.txt": (
        PENHALLOW,
        {
            "header": "Penhallow Borough Council",
            "header_right": "Children's Services Procedures Manual",
            "footer": "Uncontrolled when printed",
        },
        "body { hyphenate-character: '-'; }",
        True,
    ),
    "2909-txt-pdftotext-layout-justified-opening-amended-under-title.txt": (
        CAVERLEIGH,
        {
            "header": "",
            "header_right": "Caverleigh City Council",
            "footer": "Children's Services Policies, Values and Principles",
        },
        "@page { size: A5; margin: 18mm 16mm; } body { font-size: 10pt; }",
        True,
    ),
    "2910-txt-pdftotext-reading-order-meaning-headings-bullets.txt": (
        LOWMOOR,
        {
            "header": "Lowmoor County Council",
            "header_right": "Procedures Manual",
            "footer": "Printed copies may be out of date",
        },
        "",
        False,
    ),
    "2911-txt-pdftotext-reading-order-two-columns-opening.txt": (
        FERRISHAM,
        {
            "header": "Ferrisham Borough Council",
            "header_right": "Children's Services",
            "footer": "Policies, Values and Principles",
        },
        COLUMNS_CSS,
        False,
    ),
}


def build(name: str, body: str, running: dict[str, str], extra_css: str, layout: bool) -> None:
    """Lay the chapter out as a PDF with WeasyPrint, then keep what pdftotext reads from it."""
    import weasyprint

    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        raise SystemExit("pdftotext is needed: apt-get install poppler-utils")
    css = BASE_CSS % {key: value.replace('"', '\\"') for key, value in running.items()} + extra_css
    page = f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'
    with tempfile.TemporaryDirectory() as work:
        pdf = Path(work) / "chapter.pdf"
        weasyprint.HTML(string=page).write_pdf(str(pdf))
        args = [pdftotext, *(["-layout"] if layout else []), "-enc", "UTF-8", str(pdf), "-"]
        text = subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
    (HERE / name).write_text(text, encoding="utf-8")


def main() -> None:
    for name, (body, running, extra_css, layout) in CASES.items():
        build(name, body, running, extra_css, layout)
        print(name)


if __name__ == "__main__":
    main()
