# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the three-hundred-and-sixteenth blind set (31601-31604): headings named by meaning.

Four invented councils' whole chapters of "Children's Services Policies, Values and
Principles", written for this set in our own words, in the shapes of the second hidden set:

    31601  Hollinbrook: python-docx, a Title-style title and a council line, headings named by
           what they hold in Heading 2, except one in Heading 1 and one typed as a bold Normal
           paragraph; the Acts and the values List Bullet lists; a "Version" line last.
    31602  Thornwick: python-docx printed to PDF by LibreOffice, every heading a question in a
           bold Normal paragraph at body size (it differs from the body by weight alone), the
           title bold at 14 pt, the principles a List Bullet list, a running footer with a
           PAGE field.
    31603  Saltmere: a council web page rendered as text by a text browser (w3m `-dump` with link
           numbers: "[12]" before each link's words, a "References:" list of addresses at the
           end; headings of the page indented one column, body four). Real <h2> headings for
           the first three sections, then <p><strong> pseudo-headings ending in colons, which
           the browser prints as body lines of their own. No text browser is installed here,
           so `_text_dump` lays the page out as such a dump does.
    31604  Ferrington: an HTML page whose headings after the first two are <p><b> quotations
           from young people, each followed by the council's response, which says what the
           section is about.

usage: .venv/bin/python tests/cases/documents/build_blind316.py   (needs python-docx and
LibreOffice). The Word and PDF files get a .md note beside them.
"""

from __future__ import annotations

import html
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind316.py"

# (kind, text): "title", "council" a line under the title, "h" a heading (Heading 2 in Word,
# <h2> on the page), "h1" a Heading 1, "bh" a bold Normal heading, "ph" a <p><strong> heading,
# "qh" a <p><b> quotation heading, "p" a paragraph, "b" a bullet, "n" a numbered item,
# "chrome" a line of the site around the content. In the web page "[[words|address]]" is a link.
Block = tuple[str, str]

# fmt: off
HOLLINBROOK: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("council", "Hollinbrook Metropolitan Borough Council \u2013 Children's Social Care Procedures"),
    ("h", "Why this chapter exists"),
    ("p", "This chapter opens Hollinbrook's children's social care procedures. It tells everyone who works with children and families on the borough's behalf \u2013 social workers, early help practitioners, personal advisers, independent reviewing officers, foster carers and the staff of commissioned services \u2013 what the borough believes and how those beliefs should shape their work."),
    ("p", "It was revised in January 2026, when the part on leaving care was rewritten to match the borough's new Local Offer."),
    ("h1", "The law behind this chapter"),
    ("p", "Most of what the borough must do for children comes from statute. The main Acts are:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Statutory guidance, above all Working Together to Safeguard Children, explains how these duties are carried out day to day."),
    ("h", "One team around the child"),
    ("p", "No single agency sees the whole of a child's life. Teachers, health visitors, GPs, police officers and youth workers each notice things that a social worker might miss. Through the Hollinbrook Safeguarding Children Partnership the borough, the integrated care board and the police agree shared priorities every year and hold one another to account for them."),
    ("h", "What matters to us"),
    ("p", "We want every member of staff to recognise these commitments in their daily work:"),
    ("b", "children are listened to, and what they say changes what we do;"),
    ("b", "families are treated with courtesy, even when we have to challenge them;"),
    ("b", "we say what we will do, and then we do it;"),
    ("b", "we learn from our mistakes in the open instead of hiding them."),
    ("h", "Standing in for a parent"),
    ("p", "When a child comes into care, Hollinbrook Council becomes their corporate parent. That duty belongs to the whole council: every elected member, every director and every service, from housing to leisure. We have regard to the seven corporate parenting principles in the Children and Social Work Act 2017, and the Corporate Parenting Board, which includes two care-experienced young people, reviews our progress against them each quarter."),
    ("h", "Where we are heading"),
    ("p", "Our ambition is for Hollinbrook to be a place where children who are looked after grow up feeling settled, loved and hopeful, and where leaving care is the start of an adult life with the same chances as anyone else's."),
    ("h", "The way we practise"),
    ("p", "Since 2024 all of the borough's social work teams have practised Firm Foundations, a relationship-based model that pairs high support with high challenge. Workers are given time to get to know families, case discussions begin with what is already working, and plans are written in words the family would use themselves."),
    ("bh", "Finding a forever home"),
    ("p", "Most children are best brought up by their own families, and we offer help early so that they can be. When a child cannot safely live at home we look first to relatives and friends who already know them. For every child who is looked after we agree a permanence plan within five months of their first day in care, so that nobody is left wondering where they will grow up."),
    ("h", "Moving on to adult life"),
    ("p", "Turning eighteen does not end the borough's care. Every care leaver has a personal adviser up to the age of 21, and up to 25 for any care leaver who asks for one. Young people can stay with their foster carers beyond eighteen under Staying Put, and the Local Offer sets out help with housing, council tax, training and money."),
    ("h", "Knowing we have made a difference"),
    ("p", "We will judge our success by the lives children lead: whether they feel safe, whether they stay in the same home and the same school, whether they are healthy and see a dentist, and whether they leave care with qualifications, a home and people they can rely on."),
    ("h", "Keeping information safe"),
    ("p", "Records about children and families are kept securely and used only for the reason they were collected. We share information with other agencies when a child's safety depends on it or the law requires it, and we tell families what we have shared unless doing so would put a child at risk."),
    ("p", "Version 4.2"),
]

THORNWICK: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("council", "Thornwick County Council | Children's Social Care Procedures Manual"),
    ("bh", "Who does this chapter apply to?"),
    ("p", "This chapter applies to all staff in Thornwick's children's social care services, including agency workers and students on placement, and to the foster carers, residential staff and providers who care for children on the county's behalf. It was last amended in March 2026 to add the county's new permanence timescale."),
    ("bh", "Which laws give us our duties?"),
    ("p", "The county's duties to children and their families are set by the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("bh", "Who else keeps children safe?"),
    ("p", "Safeguarding is a shared task. The county council, the integrated care board and Thornwick Constabulary are the three safeguarding partners, and together with schools, early years settings and voluntary groups they decide how concerns are raised, shared and acted on across the county."),
    ("bh", "What do we believe in?"),
    ("p", "We believe that children are experts in their own lives and should help to shape the decisions made about them. We believe in being honest about our worries, fair in how we weigh what we see, and patient when trust takes time to build. We believe every family has strengths, even when they are hard to find."),
    ("bh", "What does it mean for the county to be a parent?"),
    ("p", "For Looked After Children, Thornwick County Council is a corporate parent. Every councillor and every officer shares that role, and each must have regard to the corporate parenting principles:"),
    ("b", "acting in the child's best interests and caring for their physical and mental health and well-being;"),
    ("b", "encouraging them to say what they think and feel;"),
    ("b", "giving real weight to what they say;"),
    ("b", "making sure they can reach and use the services open to them;"),
    ("b", "holding high aspirations for them;"),
    ("b", "keeping them safe and giving them stability at home, in their relationships and in learning or work;"),
    ("b", "preparing them for adulthood and for living on their own."),
    ("bh", "What are we aiming for?"),
    ("p", "We want Thornwick's Looked After Children to have the same hopes, the same chances and the same sense of belonging as any other child in the county."),
    ("bh", "How do we work with families?"),
    ("p", "Our social workers use Steady Ground, a practice model the county developed with local families in 2023. It asks workers to build a relationship before they build a plan, to bring in the family's own network early, and to review every plan with the family rather than for them."),
    ("bh", "What happens when a child cannot stay at home?"),
    ("p", "We try first to keep children safely with their parents, and then with grandparents, aunts, uncles or family friends. If a child does come into our care, a plan for where they will grow up permanently is agreed by the end of the third month."),
    ("bh", "What support is there after eighteen?"),
    ("p", "Care leavers are entitled to a personal adviser until they are 21. If they are in education or training, that support carries on until they are 25."),
    ("bh", "How will we know we are doing well?"),
    ("p", "We will look at whether Looked After Children are safe and settled, how often they have to move home, how well they do at school, whether their health needs are met, and how many care leavers are in education, work or training."),
    ("bh", "Who sees what we write down?"),
    ("p", "Children and parents can ask to see what we hold about them. We pass information to others only when it is needed to protect a child, when the law allows or requires it, or when the family has agreed."),
]

SITE = "https://www.saltmere.gov.uk"

SALTMERE: list[Block] = [
    ("chrome", f"[[Skip to content|{SITE}/children/procedures/policies#content]]"),
    ("chrome", f"[[Saltmere City Council|{SITE}/]]"),
    ("chrome", f"[[Home|{SITE}/]] [[Bins and recycling|{SITE}/bins]] [[Children and families|{SITE}/children]] [[Adults|{SITE}/adults]] [[Contact|{SITE}/contact]]"),
    ("chrome", f"[[Home|{SITE}/]] > [[Children and families|{SITE}/children]] > [[Procedures manual|{SITE}/children/procedures]] >"),
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", f"This chapter is the first in the [[Saltmere children's social care procedures manual|{SITE}/children/procedures]]. It applies to everyone who works in the city's children's services, to the foster carers and residential workers who care for children looked after by the city, and to the organisations it commissions. It was amended in November 2025 to include the city's revised offer to care leavers."),
    ("h", "The legal framework"),
    ("p", "The following Acts set out the city's main duties:"),
    ("b", "[[Children Act 1989|https://www.legislation.gov.uk/ukpga/1989/41]]"),
    ("b", "[[Children Act 2004|https://www.legislation.gov.uk/ukpga/2004/31]]"),
    ("b", "[[Children and Young Persons Act 2008|https://www.legislation.gov.uk/ukpga/2008/23]]"),
    ("b", "[[Children and Families Act 2014|https://www.legislation.gov.uk/ukpga/2014/6]]"),
    ("b", "[[Children and Social Work Act 2017|https://www.legislation.gov.uk/ukpga/2017/16]]"),
    ("h", "Working together"),
    ("p", f"The city works within the arrangements of the [[Saltmere Safeguarding Children Partnership|{SITE}/sscp]], which brings together the council, the NHS, the police and schools, and follows [[Working Together to Safeguard Children|https://www.gov.uk/government/publications/working-together-to-safeguard-children--2]]. Any worker who is worried about a child raises it the same day."),
    ("ph", "Our values:"),
    ("p", "Respect for every child and family we meet. Honesty about what we are worried about and why. Persistence, so that we keep going when things are difficult. Humility, so that we ask for help and learn from others."),
    ("ph", "Our vision:"),
    ("p", "Saltmere wants its children looked after to grow up safe, happy and ambitious, and to look back on their time in care as a time when people believed in them."),
    ("ph", "Corporate parenting:"),
    ("p", f"The whole council is the corporate parent of every child looked after by Saltmere and of every care leaver. Councillors and officers are guided by the seven corporate parenting principles, and the [[Corporate Parenting Committee|{SITE}/council/committees/corporate-parenting]] publishes a report on them each year."),
    ("ph", "Our practice model:"),
    ("p", "Saltmere's social workers practise Anchor Point, the city's own relationship-based model. Anchor Point asks every worker to be a consistent adult in a child's life, to explain decisions in plain words and to work alongside families rather than around them."),
    ("ph", "Permanence:"),
    ("p", "Children should grow up with their own families wherever it is safe. When that is not possible, the city agrees a permanence plan within six months of a child becoming looked after."),
    ("ph", "Leaving care:"),
    ("p", f"Care leavers keep a personal adviser until they are 25, whatever they are doing. The [[Saltmere Local Offer for care leavers|{SITE}/children/local-offer]] explains the rest of the help available."),
    ("ph", "Outcomes we want:"),
    ("p", "We want children looked after to be healthy, safe, learning and achieving, and ready for adult life, and we report every year on how close we are."),
    ("ph", "Confidentiality:"),
    ("p", f"Information about children and families is shared only on a need-to-know basis, in line with data protection law and the city's [[information sharing agreement|{SITE}/children/information-sharing]]."),
    ("p", "Page last updated: 20 November 2025"),
    ("chrome", f"[[Contact us|{SITE}/contact]] [[Accessibility statement|{SITE}/accessibility]] [[Privacy|{SITE}/privacy]] [[Cookies|{SITE}/cookies]]"),
    ("chrome", "\u00a9 Saltmere City Council"),
]

FERRINGTON: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("bh", "About this chapter"),
    ("p", "This chapter sets out the values and principles that guide Ferrington's children's services. It applies to all staff, carers and commissioned providers working with children and families on the council's behalf."),
    ("p", "In 2025 members of Ferrington's Children in Care Council told us what they need from the adults responsible for them. Each heading below is something one of them said; underneath is how we will respond."),
    ("p", "Amended 2 February 2026: the young people's words and our responses were added after the Children in Care Council reviewed the chapter."),
    ("bh", "The law we follow"),
    ("p", "Our duties come from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them."),
    ("qh", "\u201cEveryone who works with me should actually talk to each other.\u201d"),
    ("p", "We agree. Ferrington's social workers, schools, health services, the police and voluntary groups work together through the Ferrington Safeguarding Partnership, and we expect every professional to share a worry early rather than wait for someone else to act."),
    ("qh", "\u201cDon't lie to me to make me feel better.\u201d"),
    ("p", "We will be honest with children, even when the truth is hard to hear. Our values are honesty, kindness, respect and reliability, and we ask every member of staff to show them in the way they speak to children and in what they write about them."),
    ("qh", "\u201cI want to be proud of where I grew up.\u201d"),
    ("p", "So do we. Our vision is that every Child in Care in Ferrington grows up feeling safe, valued and part of a community, and leaves care with the confidence to build the life they want."),
    ("qh", "\u201cWho is actually meant to be looking out for me?\u201d"),
    ("p", "The whole council is. When you come into care, Ferrington Borough Council becomes your corporate parent, and every councillor and senior officer shares that job. In everything we do for you we try to:"),
    ("n", "act in your best interests and look after your physical and mental health;"),
    ("n", "encourage you to tell us your views, wishes and feelings;"),
    ("n", "take those views seriously when we make decisions;"),
    ("n", "help you find and use the services you are entitled to;"),
    ("n", "expect great things of you and for you;"),
    ("n", "make sure you are safe and that your home, school and friendships are stable;"),
    ("n", "help you get ready for adult life and living independently."),
    ("qh", "\u201cI'm not just a case file.\u201d"),
    ("p", "We know. Our social workers use Building Bonds, a practice model that puts relationships first. Workers keep smaller caseloads so that they can spend time with children, and every child has a say in who comes to their meetings."),
    ("qh", "\u201cIf I can't live with my mum, let me stay with my nan.\u201d"),
    ("p", "Wherever it is safe, we help children stay with their own families. If a child cannot live with their parents, we look first to grandparents and other relatives, and we support the family members who step in."),
    ("qh", "\u201cI just want to know where I'll be living next year.\u201d"),
    ("p", "Not knowing is hard for anyone. We agree a permanence plan for every Child in Care within four months of them coming into care, and we explain it to them in a way they understand."),
    ("qh", "\u201cPlease don't forget about me once I'm eighteen.\u201d"),
    ("p", "We won't. Every care leaver has a personal adviser until they turn 21, and until 25 if they still want our support. You can also stay on with your foster carers after eighteen through Staying Put."),
    ("qh", "\u201cI want to do as well at school as my mates.\u201d"),
    ("p", "We want that too, and we will measure ourselves by it. We track how Children in Care are doing at school, whether their health checks happen on time, how settled their homes are and how many go on to college, work or an apprenticeship."),
    ("qh", "\u201cWho gets to read what you write about me?\u201d"),
    ("p", "Only people who need to. We keep your records securely and share information only to keep you or someone else safe, or where the law says we must. You can ask to see your own file at any time."),
    ("p", "Last updated: 2 February 2026"),
]
# fmt: on

NAMES = {
    "31601": "31601-docx-title-style-heading-2-meaning-headings-one-heading-1-one-bold-normal-hollinbrook-revised-month-six-list-bullet-seven-stated-firm-foundations-five-months-21-or-25-on-request-version-children-who-are-looked-after.docx",
    "31602": "31602-pdf-lo-bold-body-size-question-headings-running-footer-page-field-thornwick-amended-month-four-acts-sentence-seven-bullets-steady-ground-end-of-third-month-21-or-25-education-lac.pdf",
    "31603": "31603-txt-w3m-dump-bracket-link-numbers-references-list-indented-h2-headings-p-strong-colon-pseudo-headings-saltmere-amended-month-five-linked-bullets-seven-stated-anchor-point-six-months-25-for-all-page-last-updated-children-looked-after.txt",
    "31604": "31604-html-p-b-quotation-headings-young-peoples-words-council-responses-ferrington-amended-day-four-acts-sentence-seven-ol-building-bonds-four-months-21-or-25-if-they-want-support-last-updated-children-in-care.html",
}

LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def _word(blocks: list[Block], footer: str | None) -> bytes:
    from build_binary_tools import new_docx, saved_docx, word_field
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            if footer is None:
                document.add_heading(text, level=0)
            else:
                run = document.add_paragraph().add_run(text)
                run.bold = True
                run.font.size = Pt(14)
        elif kind == "h":
            document.add_heading(text, level=2)
        elif kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "bh":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    if footer is not None:
        paragraph = document.sections[0].footer.paragraphs[0]
        paragraph.add_run(footer + " \u2013 Page ")
        word_field(paragraph, "PAGE", "1")
    return saved_docx(document)


def _text_dump(blocks: list[Block]) -> str:
    """A page's blocks as w3m's `-dump` with link numbers writes them: "[n]" before each link's
    words, headings one column in, body four, bullets under "\u2022", and the numbered
    addresses under "References:" at the end."""
    addresses: list[str] = []

    def numbered(text: str) -> str:
        def one(match: re.Match[str]) -> str:
            addresses.append(match[2])
            return f"[{len(addresses)}]{match[1]}"

        return LINK.sub(one, text)

    lines: list[str] = []
    previous = ""
    for kind, text in blocks:
        shown = numbered(text)
        if not (kind == "b" and previous == "b") and lines:
            lines.append("")
        if kind == "b":
            lines.extend(
                textwrap.wrap(
                    shown, 78, initial_indent="      \u2022 ", subsequent_indent="        "
                )
            )
        elif kind in ("title", "h"):
            lines.append(" " + shown)
        elif kind == "chrome":
            lines.extend(textwrap.wrap(shown, 78))
        else:
            lines.extend(textwrap.wrap(shown, 78, initial_indent="    ", subsequent_indent="    "))
        previous = kind
    lines += ["", "References:", ""]
    lines += [f"[{number}] {address}" for number, address in enumerate(addresses, 1)]
    return "\n".join(lines) + "\n"


def _quotation_page(blocks: list[Block]) -> str:
    body: list[str] = []
    open_list = False
    for kind, text in blocks:
        escaped = html.escape(text, quote=False)
        if kind == "n":
            if not open_list:
                body.append("<ol>")
                open_list = True
            body.append(f"  <li>{escaped}</li>")
            continue
        if open_list:
            body.append("</ol>")
            open_list = False
        if kind == "title":
            body.append(f"<h1>{escaped}</h1>")
            body.append(
                "<p>Ferrington Borough Council \u2013 Children and Young People's Services</p>"
            )
        elif kind in ("bh", "qh"):
            body.append(f"<p><b>{escaped}</b></p>")
        else:
            body.append(f"<p>{escaped}</p>")
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>Children's Services Policies, Values and Principles - Ferrington Borough Council</title>\n"
        "</head>\n<body>\n"
        '<header class="site-header">\n<a class="skip" href="#main">Skip to main content</a>\n'
        '<a href="/"><img src="/logo.svg" alt="Ferrington Borough Council home"></a>\n'
        '<nav><ul><li><a href="/schools">Schools</a></li><li><a href="/children">Children and families</a></li>'
        '<li><a href="/housing">Housing</a></li><li><a href="/contact">Contact the council</a></li></ul></nav>\n'
        "</header>\n"
        '<main id="main">\n' + "\n".join(body) + "\n</main>\n"
        '<footer><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | '
        '<a href="/cookies">Cookie settings</a></p><p>\u00a9 2026 Ferrington Borough Council</p></footer>\n'
        "</body>\n</html>\n"
    )


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    shown = [
        ("h" if kind in ("h1", "bh") else "p" if kind == "council" else kind, text)
        for kind, text in blocks
    ]
    return blocks_note(shown, SCRIPT, about)


def main() -> None:
    from build_binary_tools import docx_to_pdf

    docx_path = HERE / NAMES["31601"]
    docx_path.write_bytes(_word(HOLLINBROOK, footer=None))
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            HOLLINBROOK,
            "python-docx, Title-style title, Heading 2 headings named by meaning, one Heading 1 ('The law behind this chapter') and one bold Normal ('Finding a forever home'), List Bullet lists",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["31602"]
    docx_to_pdf(
        _word(THORNWICK, footer="Thornwick County Council \u2013 uncontrolled when printed"),
        pdf_path,
    )
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            THORNWICK,
            "python-docx printed to PDF by LibreOffice, title bold 14 pt, question headings bold Normal at body size, List Bullet principles, a running footer with a PAGE field",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["31603"]).write_text(_text_dump(SALTMERE), encoding="utf-8")
    (HERE / NAMES["31604"]).write_text(_quotation_page(FERRINGTON), encoding="utf-8")
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
