# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 338th blind set (33801-33804): un-headed chapters in shapes earlier sets did not use.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, where the structure a reader usually leans on is missing:

- 33801 text (Fennickford): decimal-numbered paragraphs "1.1", "1.2", "2.1" ... hard-wrapped with
  a hanging indent; the paragraph numbers are the only structure, the topic changing with the
  major number and no heading anywhere; a version line last.
- 33802 Word (Wetherholt): every paragraph Normal, no bold, no headings; topics parted only by an
  empty paragraph and a change of subject, several topics over two or three paragraphs; a grid
  table of statutes (no bold header) inside the law topic; an end block of three paragraphs.
- 33803 PDF (Lindenmarsh): WeasyPrint; every block, headings and title included, in the same font,
  size and weight, with the same blank line after it: a heading is told only by being a short
  line with no full stop; the seven principles as lettered lines; a page number in the footer.
- 33804 HTML (Ottersmere): an ordinary council page (skip link, masthead, menu, breadcrumb,
  footer) whose whole content is one <div> of text with <br><br> between paragraphs and single
  <br>s inside a list of seven; no heading element anywhere in the page.

usage: .venv/bin/python tests/cases/documents/build_blind338.py   (python-docx, weasyprint)
The Word and PDF builds write a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind338.py"
FONT = "'DejaVu Sans', sans-serif"

NAMES = {
    "33801": "33801-txt-decimal-numbered-paragraphs-only-structure-topic-changes-at-major-number-hanging-indent-fennickford-amended-month-four-acts-sentence-seven-in-one-sentence-harbour-practice-five-months-21-or-25-education-version-looked-after-children.txt",
    "33802": "33802-docx-all-normal-no-bold-no-headings-empty-paragraph-between-topics-statute-table-wetherholt-amended-month-seven-stated-well-held-six-months-21-or-25-higher-education-or-ask-vision-last-version-block-children-in-care.docx",
    "33803": "33803-pdf-weasyprint-headings-same-size-and-weight-as-body-no-full-stop-blank-line-lindenmarsh-amended-day-four-acts-and-regulations-lettered-seven-keystone-4-months-21-or-25-education-document-control-children-looked-after.pdf",
    "33804": "33804-html-site-chrome-one-div-br-br-paragraphs-no-heading-elements-ottersmere-amended-month-three-acts-sentence-seven-numbered-lines-restorative-five-months-21-or-25-if-they-want-last-updated-cared-for-children.html",
}

# fmt: off
# --- 33801 Fennickford: decimal-numbered paragraphs, nothing else ---------------------------------

FENNICKFORD_TITLE = "Fennickford Borough Council — Children's Services: Policies, Values and Principles"
FENNICKFORD: list[tuple[str, str]] = [
    ("1.1", "This chapter brings together the policies, values and principles on which Fennickford Borough Council runs its services for children and their families. Every other chapter of the procedures manual should be read in its light."),
    ("1.2", "It applies to social workers, family support staff, independent reviewing officers, residential staff and managers employed by the council, and to foster carers and agency staff while they work on the council's behalf."),
    ("1.3", "The chapter was amended in September 2025. The paragraphs on permanence and on support after care were rewritten at that time; the rest is unchanged from the previous issue."),
    ("2.1", "Fennickford wants to be a borough in which children are brought up by people who love them, learn in schools that expect a great deal of them, and reach adulthood with somewhere to live, something to do and someone to turn to."),
    ("2.2", "For the children the council looks after, the test is a demanding one: would this be good enough for my own child? Where the answer is no, managers are expected to say so and to change it."),
    ("3.1", "The council's duties to children come from statute. The Acts which matter most to the work described in this manual are the Children Act 1989, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("3.2", "Statutory guidance issued under those Acts, including Working Together to Safeguard Children, is followed unless a good reason for departing from it is recorded on the child's file."),
    ("4.1", "Staff are asked to carry four commitments into every piece of work. The first is that a child's own account of their life comes first and is written down as they gave it."),
    ("4.2", "Parents are treated as partners for as long as it is safe to do so, and told honestly when it no longer is."),
    ("4.3", "Differences of culture, faith, language, disability or sexuality are understood and respected, and never assumed to be a risk in themselves."),
    ("4.4", "Promises to children and families are made sparingly and are kept."),
    ("5.1", "When a child comes into Fennickford's care, the whole council takes on the role of their parent. Elected members and senior officers share that role with the social worker and the carer, whichever committee or department they belong to."),
    ("5.2", "In exercising it the council keeps to the seven corporate parenting principles: to act in the child's best interests and promote their physical and mental health and well-being; to encourage them to express their views, wishes and feelings; to take those views into account; to help them gain access to services and make the best use of them; to seek the best outcomes for them; to keep them safe and give them stability at home and at school; and to prepare them for adult life."),
    ("5.3", "A Corporate Parenting Board of councillors meets every quarter. Two of its places are held by looked after children from the borough's Young Voices forum."),
    ("6.1", "Fennickford's social workers practise in a way the council calls Harbour Practice. It rests on the idea that children are safest when the adults around them are steady, and that a worker's first task is to steady those adults rather than to judge them."),
    ("6.2", "Under Harbour Practice every assessment names the people a family already leans on, every plan gives each of them a task, and every review asks the family first what has changed."),
    ("7.1", "Most looked after children can be helped to return home, and work towards that begins on the day they arrive. Where return is not safe, the child's wider family and friends are assessed before carers who are strangers to them."),
    ("7.2", "Each looked after child should have a permanence plan agreed no more than five months after they started to be looked after. The independent reviewing officer checks at every review that the plan is on course."),
    ("7.3", "The council's responsibilities do not stop when a looked after child reaches eighteen. A personal adviser stays with each care leaver until they are 21 and, where they are in education or training, until they are 25. Staying Put is offered to every young person in foster care who wants it."),
    ("8.1", "Information about children and families is held securely on the council's case recording system and used only for the purpose for which it was given."),
    ("8.2", "It may be shared with other agencies without consent where that is needed to protect a child from significant harm; the reason is recorded, and the family is told unless telling them would increase the risk."),
    ("9.1", "The service measures its success by what happens to children: whether they stay safely at home, whether they attend and progress at school, whether their health needs are met, whether looked after children move placement less often, and whether care leavers are in education, work or training."),
    ("9.2", "These measures are reported to councillors every six months."),
]
FENNICKFORD_END = "Version 2.3"

# --- 33802 Wetherholt: Normal paragraphs, an empty one between topics ------------------------------

# Each inner list is one topic: paragraphs, or ("table", rows) for the statute table.
WETHERHOLT: list[list[object]] = [
    ["Children's Services Policies, Values and Principles", "Wetherholt Metropolitan Borough Council, Children and Families Directorate"],
    [
        "This document explains the policies, values and principles that shape children's social care in Wetherholt. It is the first chapter of the directorate's procedures manual, and the procedures that follow it are written to put it into practice.",
        "It covers everyone who works with children and families on the council's behalf, whether employed, commissioned or volunteering. It was last amended in March 2026, when the part on young people leaving care was brought into line with the council's revised local offer.",
    ],
    [
        "Keeping children safe is not a task the council can do alone. Schools, early years settings, health services, the police, probation, housing and voluntary groups all see children the council never meets, and each has a duty to act on what it sees.",
        "The Wetherholt Safeguarding Children Partnership brings those agencies together. Its arrangements follow Working Together to Safeguard Children, and staff are expected to know the partnership's threshold document and to use it when they talk to colleagues in other services.",
    ],
    [
        "The council's responsibilities towards children are set in law. The main statutes are listed below with a note of what each asks of the service.",
        ("table", [
            ("Statute", "What it requires"),
            ("Children Act 1989", "The general duty to safeguard and promote the welfare of children in need, and the framework for care and supervision orders."),
            ("Children (Leaving Care) Act 2000", "Continuing support for young people after they leave care, including pathway plans."),
            ("Children Act 2004", "Co-operation between agencies to improve the well-being of children."),
            ("Children and Families Act 2014", "Timescales in care proceedings, support for children with special educational needs, and Staying Put."),
            ("Children and Social Work Act 2017", "The corporate parenting principles and personal adviser support to the age of 25."),
        ]),
        "Where the law and this chapter appear to differ, the law prevails and the chapter will be corrected.",
    ],
    [
        "Once a child is in the council's care, Wetherholt becomes their corporate parent. That means every councillor and every officer, not only those in children's services, should ask of each decision whether it is one a good parent would make.",
        "The council has adopted the seven corporate parenting principles in the 2017 Act as the standard against which its Corporate Parenting Panel judges the services children in care receive. The panel meets six times a year, and young people from the council's care experienced forum sit on it as full members.",
    ],
    [
        "What we value shows in how we behave. We listen before we decide, and we tell children and parents what we have decided and why.",
        "We treat families with courtesy even when we disagree with them. We own our mistakes, put them right where we can and learn from them openly.",
        "We believe children do best in their own families and communities, and we give help early so that fewer of them need to leave home.",
    ],
    [
        "Since 2023 Wetherholt has used Well Held as its model of practice. Well Held combines systemic thinking about families with a clear, shared language for describing harm, strengths and the steps needed for change.",
        "Every practitioner completes the Well Held programme in their first six months with the council, and supervision follows its structure.",
    ],
    [
        "A child in care needs to know where they will grow up. The plan for that, whether it is a return home, a special guardianship order, adoption or long-term fostering, must be agreed within six months of the child coming into care and looked at again at every statutory review after that.",
        "Relatives and people the child already knows are considered first, and brothers and sisters are placed together wherever it is safe.",
        "Young people leaving care are entitled to a personal adviser until their 21st birthday. Those who go on to higher education, or who ask for the help to continue, keep their adviser until they are 25.",
    ],
    [
        "The difference the service makes is judged by children's lives. The directorate reports each quarter on five things: whether children are safe from harm, whether they are healthy, whether they attend and achieve at school, whether children in care have a settled home, and whether care leavers are in suitable accommodation and in education, employment or training.",
    ],
    [
        "Information given to the service is confidential. It is shared only where the law allows, where the person has agreed, or where sharing is needed to keep a child safe, and every decision to share is written on the child's record with the reason.",
    ],
    [
        "Looking ahead, the council's aim is a Wetherholt where every child is safe, feels they belong and has the chance to do well, and where children in care grow up with the same hopes as any other child in the borough.",
    ],
    [
        "Version 1.4",
        "Approved by the Children and Families Directorate Leadership Team",
        "Next review due: March 2027",
    ],
]

# --- 33803 Lindenmarsh: headings in body type ---------------------------------------------------

# ("h" | "p", text); every block is printed alike.
LINDENMARSH: list[tuple[str, str]] = [
    ("h", "Lindenmarsh Council: Children's Services Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "This chapter sets out the policies, values and principles that guide the work of Lindenmarsh Council's children's services. It should be read before any of the procedures in this manual, and it applies to all staff and to everyone who provides services on the council's behalf."),
    ("p", "The chapter was amended on 17 November 2025 to add the council's revised expectations on planning for permanence."),
    ("h", "The legal basis"),
    ("p", "The council's work with children and families is governed principally by the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004 and the Children and Social Work Act 2017, and by the Care Planning, Placement and Case Review (England) Regulations 2010. Staff also follow the statutory guidance issued under that legislation."),
    ("h", "What we hope for"),
    ("p", "Our vision is of a district where children grow up safe and healthy, where families are helped before they reach crisis, and where children looked after by the council are given every chance to flourish."),
    ("h", "Working together"),
    ("p", "Protecting children is a shared task. The council works with the district's schools, health trusts, the police and voluntary organisations through the Lindenmarsh Safeguarding Partnership, and it expects its staff to build good working relationships across those agencies."),
    ("h", "Our values"),
    ("p", "We put the needs of children before the convenience of the organisation. We are honest with families about our concerns and about what we can offer. We value the knowledge families have of themselves. We challenge discrimination wherever we find it."),
    ("h", "Acting as a corporate parent"),
    ("p", "The council as a whole is the corporate parent of every child looked after by Lindenmarsh. Councillors, directors and staff in every department are expected to act in line with the corporate parenting principles, which require the council:"),
    ("p", "(a) to act in the best interests of children and young people and promote their health and well-being;"),
    ("p", "(b) to encourage them to express their views, wishes and feelings;"),
    ("p", "(c) to take those views, wishes and feelings into account;"),
    ("p", "(d) to help them gain access to, and make the best use of, the services available to them;"),
    ("p", "(e) to promote high aspirations and seek the best outcomes for them;"),
    ("p", "(f) to help them be safe and have stability in their home lives, relationships and education or work;"),
    ("p", "(g) to prepare them for adulthood and independent living."),
    ("h", "How we practise"),
    ("p", "All practitioners in Lindenmarsh are trained in Keystone, the council's practice model. Keystone asks workers to find the one relationship in a child's life that holds the others in place, and to build the plan around keeping that relationship strong."),
    ("h", "Planning for permanence"),
    ("p", "A permanence plan is to be in place for each child looked after within 4 months of their first day in care, and the child's first review checks that work on it has begun. Wherever it can, the plan will keep the child within their family or their network of friends."),
    ("h", "After care"),
    ("p", "Care leavers are supported by a personal adviser up to the age of 21, or up to 25 if they are in education or training. The council also guarantees each care leaver an interview for any apprenticeship it advertises."),
    ("h", "Confidentiality"),
    ("p", "Personal information about children and families is confidential. It will be shared with other professionals only where the law allows or requires it, or where sharing is necessary to safeguard a child, and the reasons for sharing will always be recorded."),
    ("h", "Document control"),
    ("p", "Version 3.1"),
    ("p", "Owner: Head of Children's Social Care"),
]

# --- 33804 Ottersmere: one div, <br><br> between paragraphs -------------------------------------------

OTTERSMERE_TITLE = "Children's Services Policies, Values and Principles"
OTTERSMERE: list[str] = [
    OTTERSMERE_TITLE,
    "What follows describes the policies, values and principles of Ottersmere Council's children's services. It applies across early help, children's social care and the services for cared for children and care leavers, and to every worker, manager and carer in them. This chapter was amended in June 2026 to include the council's new arrangements for care leavers.",
    "Our ambition is for Ottersmere to be the best place in the region to grow up: a place where children are safe at home, do well at school and leave childhood ready for whatever comes next.",
    "Our work rests on a few plain beliefs. Children are entitled to be listened to and taken seriously. Families deserve help that arrives early and stays long enough to make a difference. Nobody should be written off because of where they come from. And the people we work with should find us reliable, kind and honest.",
    "The legal framework for this chapter is provided by the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, together with the statutory guidance Working Together to Safeguard Children 2023.",
    "Cared for children are the council's own children in every sense that matters. As their corporate parent Ottersmere has signed up to seven principles:<br>1) putting their best interests, health and well-being first<br>2) encouraging them to say what they think and feel<br>3) taking what they say into account<br>4) helping them to find and use the services they need<br>5) expecting the best for them and of them<br>6) keeping them safe, with stability at home, in relationships and at school or work<br>7) getting them ready for adult life and living on their own",
    "Our social workers use Restorative Practice. They work with families rather than doing things to them or for them, they set high expectations and offer high support in equal measure, and they repair relationships when things go wrong.",
    "A child who cannot live at home needs to know where they will be growing up, and quickly. We aim to agree a permanence plan within five months of a child becoming cared for, considering relatives and friends before anyone else.",
    "When cared for children turn 18 we stay in their lives. Each care leaver is offered a personal adviser until they are 21, and until they are 25 if they want one.",
    "We keep what families tell us confidential and share it only where the law allows, where consent has been given, or where a child may be at risk of harm. We tell people when we have shared information about them unless doing so would put a child in danger.",
    "Last updated: 30 June 2026",
]
# fmt: on


def fennickford() -> str:
    lines = [FENNICKFORD_TITLE, ""]
    for number, text in FENNICKFORD:
        wrapped = textwrap.wrap(
            f"{number} {text}", width=76, subsequent_indent="    ", break_on_hyphens=False
        )
        lines += [*wrapped, ""]
    lines.append(FENNICKFORD_END)
    return "\n".join(lines) + "\n"


def wetherholt() -> bytes:
    from build_binary_tools import add_grid_table, new_docx, saved_docx

    document = new_docx()
    for index, topic in enumerate(WETHERHOLT):
        if index:
            document.add_paragraph("", style="Normal")
        for block in topic:
            if isinstance(block, tuple):
                add_grid_table(document, block[1], bold_header=False)
            else:
                document.add_paragraph(str(block), style="Normal")
    return saved_docx(document)


def _wetherholt_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: python-docx, every paragraph Normal, no bold, no headings; an empty Normal paragraph between topics; a Table Grid table of statutes with a plain header row",
        "",
    ]
    for index, topic in enumerate(WETHERHOLT):
        if index:
            lines += ["(empty paragraph)", ""]
        for block in topic:
            if isinstance(block, tuple):
                lines += [f"| {' | '.join(row)} |" for row in block[1]]
                lines.append("")
            else:
                lines += [str(block), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


LINDENMARSH_CSS = f"""
@page {{ size: A4; margin: 22mm 22mm 24mm 22mm;
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 9pt {FONT}; }} }}
body {{ font: 11pt/1.45 {FONT}; color: #000; }}
p {{ margin: 0 0 1.45em 0; }}
"""


def lindenmarsh() -> bytes:
    import weasyprint

    parts = [
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(LINDENMARSH[0][1])}</title>",
        f"<style>{LINDENMARSH_CSS}</style></head><body>",
    ]
    parts += [f"<p>{html.escape(text)}</p>" for _kind, text in LINDENMARSH]
    parts.append("</body></html>")
    return bytes(weasyprint.HTML(string="".join(parts)).write_pdf())


def _lindenmarsh_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: WeasyPrint; every block (title and headings too) a <p> in the same 11 pt regular type with the same blank line after it; a heading is a short line with no full stop; 'Page N of M' footer",
        "",
    ]
    for _kind, text in LINDENMARSH:
        lines += [text, ""]
    lines.append("(footer on every page: Page N of M)")
    return "\n".join(lines) + "\n"


def ottersmere() -> str:
    body = "<br><br>\n".join(
        html.escape(paragraph).replace("&lt;br&gt;", "<br>\n") for paragraph in OTTERSMERE
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(OTTERSMERE_TITLE)} | Ottersmere Council</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<header class="masthead">
<div class="logo"><a href="/"><img src="/assets/ottersmere-logo.svg" alt="Ottersmere Council home page"></a></div>
<form class="search" action="/search" method="get"><label for="q">Search this site</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
</header>
<nav class="menu" aria-label="Main menu">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/bins">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li>
<li><a href="/children-and-families">Children and families</a></li>
<li><a href="/contact">Contact us</a></li>
</ul>
</nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/children-and-families">Children and families</a> &gt; <a href="/children-and-families/procedures">Procedures manual</a> &gt; Policies, values and principles</div>
<main id="content">
<div class="page-content">
{body}
</div>
</main>
<footer class="site-footer">
<p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a></p>
<p>© Ottersmere Council 2026. Town Hall, Mere Street, Ottersmere.</p>
</footer>
</body>
</html>
"""


def main() -> None:
    (HERE / NAMES["33801"]).write_text(fennickford(), encoding="utf-8")
    docx_path = HERE / NAMES["33802"]
    docx_path.write_bytes(wetherholt())
    Path(f"{docx_path}.md").write_text(_wetherholt_note(), encoding="utf-8")
    pdf_path = HERE / NAMES["33803"]
    pdf_path.write_bytes(lindenmarsh())
    Path(f"{pdf_path}.md").write_text(_lindenmarsh_note(), encoding="utf-8")
    (HERE / NAMES["33804"]).write_text(ottersmere(), encoding="utf-8")
    for number in NAMES:
        print(NAMES[number])


if __name__ == "__main__":
    main()
