# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the seventy-fourth blind set (7401-7405): five whole chapters of invented councils as
PDF files from producers other than LibreOffice, each with a layout that sets its headings
apart in its own way.

    7401  WeasyPrint from HTML and CSS: two heading levels told apart by size and colour, a
          floated "Key facts" sidebar box beside the opening, running page headers and footers
          from CSS @page margin boxes.
    7402  fpdf2: section headings in small capitals (capital letters in two sizes), letter-spaced,
          at body size, not bold; a closing version line.
    7403  fpdf2: numbered headings whose number is a separate text object hanging far left of
          the heading words and of the body's left edge.
    7404  fpdf2: section headings set in white on a dark full-width band; a closing
          "Last updated" line.
    7405  WeasyPrint: one landscape page in the middle of the chapter holding a wide table (the
          outcomes), portrait pages either side, a page-number footer.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind74.py   (weasyprint, fpdf2)
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TITLE = "Children's Services Policies, Values and Principles"

# Blocks: ("h", heading), ("s", subheading), ("p", paragraph), ("li", list item).
# fmt: off
CORROWMERE_FACTS = [
    "Applies to: all children's services staff",
    "Amended: March 2025",
    "Last updated: 3 March 2025",
    "Owner: Head of Quality Assurance",
]
CORROWMERE = [
    ("h", "About this chapter"),
    ("p", "This chapter is the first in Corrowmere's children's services procedures manual. It describes the policy, the values and the principles that every later chapter puts into practice, and it applies to social workers, family support workers, managers and the staff of our residential homes alike."),
    ("p", "The chapter was amended in March 2025 to describe our practice model more fully and to extend the help we give to young people after they leave care."),
    ("h", "The law behind this chapter"),
    ("p", "Our work with children and families rests on the following legislation and the statutory guidance made under it:"),
    ("li", "The Children Act 1989"),
    ("li", "The Children Act 2004"),
    ("li", "The Children (Leaving Care) Act 2000"),
    ("li", "The Children and Young Persons Act 2008"),
    ("li", "The Children and Families Act 2014"),
    ("li", "The Children and Social Work Act 2017"),
    ("p", "It covers children in need, children at risk of significant harm, Children Looked After and care leavers."),
    ("h", "Working together"),
    ("p", "No single service can keep a child safe. Schools, health services, the police and voluntary groups in Corrowmere share that task with us under Working Together to Safeguard Children, and the local safeguarding partners agree how each agency responds when it is worried about a child."),
    ("h", "Our values"),
    ("p", "We are honest with families about our concerns, we listen before we decide, and we keep our promises. We treat every child as an individual with a history, a family and a voice of their own."),
    ("s", "What families can expect"),
    ("p", "Families can expect us to explain what we are doing and why, to write down what we have agreed, and to tell them how to complain if they think we have got something wrong."),
    ("h", "Corporate parenting"),
    ("p", "Every part of the council shares responsibility for the children it looks after. The Children and Social Work Act 2017 sets out seven corporate parenting principles, which require us to act in each child's best interests, to encourage them to express their views, to take those views into account, to help them reach services, to promote high aspirations, to help them be safe and stable, and to prepare them for adulthood."),
    ("h", "Our practice model"),
    ("p", "Corrowmere practises Signs of Safety. Workers map what is going well, what is worrying and what needs to happen, using language that families can follow, and plans are built with the family's own network rather than handed to them."),
    ("h", "Outcomes we want for children"),
    ("p", "We want every child in Corrowmere to be healthy, to be safe from harm, to enjoy learning and do well at school, to have a say in their community, and to grow into an adult who can support themselves."),
    ("h", "Key principles"),
    ("s", "Families first"),
    ("p", "Children are usually best brought up within their own families. We offer early help to keep families together wherever that is safe, and we look first to relatives and friends when a child cannot stay at home."),
    ("s", "Permanence"),
    ("p", "Every child who becomes looked after has a permanence plan by the time of the second review, no later than four months after they came into care."),
    ("s", "Leaving care"),
    ("p", "Young people leaving care have a personal adviser until they are 21, and until they are 25 if they are in education or training."),
    ("h", "Information sharing and confidentiality"),
    ("p", "We keep records accurate and secure. We share personal information only where the law allows it and it is needed to protect a child or to provide a service, and we tell families what we share unless doing so would put a child at risk."),
    ("h", "Contacts"),
    ("p", "Questions about this chapter should go to the Quality Assurance Team, Corrowmere Borough Council, Market Hall, Corrowmere."),
]

MARROWBY = [
    ("h", "Scope of this chapter"),
    ("p", "This chapter applies to everyone who works in Marrowby's children's services, whether employed by the council or working for us under contract. It sets the policy, values and principles that all of our procedures follow."),
    ("p", "Amendment: this chapter was amended in September 2024 to add the section on our practice approach and to update the list of legislation."),
    ("h", "Introduction"),
    ("p", "Marrowby District Council has duties to children under several Acts of Parliament. The main ones are:"),
    ("li", "Children Act 1989;"),
    ("li", "Children Act 2004;"),
    ("li", "Children and Young Persons Act 2008;"),
    ("li", "Children and Families Act 2014;"),
    ("li", "Children and Social Work Act 2017."),
    ("p", "This chapter should be read alongside the statutory guidance issued under these Acts."),
    ("h", "A shared responsibility"),
    ("p", "Safeguarding children is the responsibility of every agency that works with them. We work with our partners in health, education and the police within the local arrangements made under Working Together to Safeguard Children, and we expect our staff to share worries early."),
    ("h", "Key values"),
    ("p", "We believe that children do best when they are listened to, when they are brought up by people who care about them, and when the adults around them are open about what is happening and why."),
    ("h", "Corporate parenting"),
    ("p", "When a child comes into our care, the council becomes their corporate parent. We follow the seven corporate parenting principles in the Children and Social Work Act 2017, and our Corporate Parenting Board, which includes young people from the Children in Care Council, checks that we keep to them."),
    ("h", "Our practice approach"),
    ("p", "Our staff are trained in Restorative Practice. We work with families rather than doing things to them or for them, combining high support with high challenge."),
    ("h", "Key outcomes"),
    ("p", "We measure our success by whether children are safe, healthy, learning, settled in a home that lasts, and ready for adult life when they leave us."),
    ("h", "Key principles"),
    ("p", "Children should live with their own families wherever it is safe for them to do so. Where they cannot, we look first to their wider family and friends."),
    ("p", "A permanence plan is made for all Children in Care within three months of their becoming looked after, so that no child drifts."),
    ("p", "Care leavers are supported by a personal adviser until the age of 21, or until 25 if they are in full-time education."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Information about children and families is confidential. It is shared with other agencies only when the law allows it and when it is needed to keep a child safe or to meet their needs."),
    ("h", "Further help"),
    ("p", "For advice about this chapter, speak to your team manager or contact the Practice Standards Team at Marrowby District Council."),
]
MARROWBY_END = "Version 4.1"

QUENHALLOW = [
    ("1", "Purpose and scope"),
    ("p", "This chapter sets out the policy, values and principles of Quenhallow County Council's children's services. It applies to all staff, to agency workers and to the providers we commission."),
    ("p", "Amended in November 2024: the information on support for care leavers and on our practice model has been updated."),
    ("2", "Legal framework"),
    ("p", "The council's work with children is governed by the Children Act 1989, the Children Act 2004, the Adoption and Children Act 2002, the Children (Leaving Care) Act 2000, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the statutory guidance made under them."),
    ("3", "Working with partners"),
    ("p", "Keeping children safe depends on every agency playing its part. We work with schools, health services, the police, housing and voluntary organisations under Working Together to Safeguard Children, and we take part fully in the local safeguarding arrangements."),
    ("4", "Our values"),
    ("p", "We put the child at the centre of everything we do. We are respectful, honest and reliable, and we build on the strengths that every family has."),
    ("5", "Corporate parenting"),
    ("p", "As corporate parents to our Cared for Children, all councillors and officers must have regard to the corporate parenting principles. These are:"),
    ("a", "to act in the best interests of the child and promote their physical and mental health and well-being;"),
    ("a", "to encourage them to express their views, wishes and feelings;"),
    ("a", "to take those views, wishes and feelings into account;"),
    ("a", "to help them gain access to and make the best use of services;"),
    ("a", "to promote high aspirations and seek the best outcomes for them;"),
    ("a", "for them to be safe, with stability in their home lives, relationships, education and work;"),
    ("a", "to prepare them for adulthood and independent living."),
    ("6", "Practice model"),
    ("p", "Quenhallow uses the Family Safeguarding model. Social workers work in teams alongside specialists in adult mental health, domestic abuse and substance misuse, so that the problems parents face can be tackled together."),
    ("7", "Outcomes for children"),
    ("p", "We want children to be safe, to be healthy, to achieve at school and beyond, to have good relationships, and to become independent adults."),
    ("8", "Principles of our work"),
    ("p", "We help families early, before problems grow. Where a child cannot live with their parents we consider relatives and friends first."),
    ("p", "Each Cared for Child has a permanence plan agreed within six months of coming into care."),
    ("p", "We continue to support care leavers through a personal adviser until they are 21, or until they are 25 if they are in education or training."),
    ("9", "Sharing information"),
    ("p", "We share information with partner agencies where it is necessary and lawful to do so to safeguard a child, and we record what we have shared and why."),
    ("10", "Contact"),
    ("p", "Enquiries about this chapter: Children's Services Policy Officer, County Hall, Quenhallow."),
]

SKELBROOKE = [
    ("h", "About this chapter"),
    ("p", "This chapter explains the policy, values and principles that guide Skelbrooke Council's children's services. It applies to all staff who work with children and families, whatever their role."),
    ("p", "This chapter was amended in January 2025 to reflect the Children's Social Care National Framework."),
    ("h", "Legislation"),
    ("p", "The legislation that governs our work includes:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Children and Families Act 2014"),
    ("li", "Children and Social Work Act 2017"),
    ("li", "Education Act 2002"),
    ("li", "Data Protection Act 2018"),
    ("h", "Partnership"),
    ("p", "We cannot protect children on our own. Health, education, the police and voluntary organisations work with us under Working Together to Safeguard Children, and the Children's Social Care National Framework, which is statutory guidance, sets out the purpose of children's social care that we share with them."),
    ("h", "Values"),
    ("p", "Our staff are kind, curious and determined. We believe in families, we celebrate children's achievements, and we are open when we make mistakes."),
    ("h", "Corporate parenting"),
    ("p", "The council is the corporate parent of every child in its care. We hold ourselves to the seven principles of corporate parenting and report each year to councillors on how well we have met them."),
    ("h", "How we practise"),
    ("p", "We use Systemic Practice, which sees each family as a set of relationships. Workers look at patterns within the family and the network around it, and look for change that the family can keep going after we have left."),
    ("h", "Outcomes"),
    ("p", "We want children in Skelbrooke to grow up safe, healthy and happy, to learn well, to have people who love them, and to go on to a good adult life."),
    ("h", "Principles"),
    ("p", "We keep children with their families when it is safe. If a child cannot stay at home, we look to their family and friends before anyone else."),
    ("p", "Children in Care have a plan for permanence within four months of their becoming looked after."),
    ("p", "Care leavers keep the support of a personal adviser until they are 21, and up to 25 if they want it."),
    ("h", "Confidentiality"),
    ("p", "Records are kept securely and shared only where there is a lawful reason to do so. Children and families can ask to see what we have written about them."),
    ("h", "Contact us"),
    ("p", "Skelbrooke Council Children's Services, Civic Centre, Skelbrooke. Email the policy team with any questions about this chapter."),
]
SKELBROOKE_END = "Last updated: 20 January 2025"

WENDLECOMBE_BEFORE = [
    ("h", "Scope"),
    ("p", "This chapter sets out the policy, values and principles of Wendlecombe City Council's children's services. It applies to every member of staff in the service and to those who provide services on our behalf."),
    ("p", "In June 2024 this chapter was amended to add the table of outcomes and the section on information sharing."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which the council meets its duties to children and their families. Those duties arise chiefly from the Children Act 1989, the Children Act 2004, the Children and Young Persons Act 2008 and the Children and Families Act 2014."),
    ("p", "It covers children in need, children in need of protection, Looked After Children and young people leaving care."),
    ("h", "Working Together"),
    ("p", "Safeguarding is everyone's business. We work with health, schools, the police and the voluntary sector under Working Together to Safeguard Children, and together we decide how to respond when a child may be at risk."),
    ("h", "Our Values"),
    ("p", "We value children's voices, strong families, fairness and respect. We try to do what we say we will do, and to say so when we cannot."),
    ("h", "Corporate Parenting"),
    ("p", "The whole council acts as corporate parent to Looked After Children. Our Corporate Parenting Panel monitors how we meet the seven corporate parenting principles set out in law."),
    ("h", "Our Practice Model"),
    ("p", "Wendlecombe works to the Signs of Safety approach. Practitioners work with families to identify strengths and dangers, and to agree clear goals that everyone can understand."),
    ("h", "Key Outcomes"),
    ("p", "The table on the next page sets out the outcomes we want for children and how we will know whether we are achieving them."),
]
WENDLECOMBE_TABLE = [
    ("Outcome", "What it means for a child", "How we will know"),
    ("Being healthy", "The child has regular health checks, sees a dentist and has help with their emotional well-being.", "Health assessments completed on time; strengths and difficulties scores."),
    ("Staying safe", "The child is protected from harm and neglect and knows who to turn to.", "Repeat child protection plans; children's own views of their safety."),
    ("Enjoying and achieving", "The child goes to school regularly and is helped to make progress.", "Attendance; progress at each key stage; personal education plans."),
    ("Making a positive contribution", "The child has a say in decisions about their life and takes part in their community.", "Attendance at reviews; involvement in the Children in Care Council."),
    ("Economic well-being", "The young person is ready for work, training or further study.", "Care leavers in education, employment or training at 19, 20 and 21."),
]
WENDLECOMBE_AFTER = [
    ("h", "Key Principles"),
    ("p", "We support families to stay together where that is safe, and consider family and friends carers before other placements."),
    ("p", "A permanence plan is in place for every Looked After Child within four months of their first coming into care."),
    ("p", "Young people leaving our care receive support from a personal adviser up to the age of 21, extended to 25 for those in education, training or employment who ask for it."),
    ("h", "Information Sharing"),
    ("p", "Information is shared in line with the data protection legislation and the government's advice on information sharing for safeguarding practitioners. Staff who are unsure should ask their manager before sharing."),
    ("h", "Contacts"),
    ("p", "Children's Services Policy Team, Wendlecombe City Council, The Guildhall, Wendlecombe."),
]
# fmt: on


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in blocks)


# ---------------------------------------------------------------- 7401 WeasyPrint, sidebar


def _html_blocks(blocks: list[tuple[str, str]]) -> str:
    out: list[str] = []
    in_list = False
    for kind, text in blocks:
        if kind == "li" and not in_list:
            out.append("<ul>")
            in_list = True
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        tag = {"h": "h2", "s": "h3", "p": "p", "li": "li"}[kind]
        out.append(f"<{tag}>{html.escape(text)}</{tag}>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def corrowmere(target: Path) -> None:
    import weasyprint

    css = """
    @page { size: A4; margin: 24mm 20mm 22mm;
            @top-left { content: "Corrowmere Borough Council"; font: 8pt sans-serif; color: #666; }
            @top-right { content: "Children's Services Procedures Manual"; font: 8pt sans-serif; color: #666; }
            @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #666; } }
    body { font: 10pt/1.45 sans-serif; color: #222; }
    h1 { font-size: 20pt; color: #123c69; margin: 0 0 6mm; }
    h2 { font-size: 14pt; color: #123c69; margin: 6mm 0 2mm; font-weight: bold; }
    h3 { font-size: 11pt; color: #2a7f62; margin: 4mm 0 1mm; font-weight: bold; }
    p { margin: 0 0 2.5mm; }
    aside { float: right; width: 58mm; margin: 0 0 4mm 6mm; padding: 3mm 4mm;
            background: #eef3f8; border-left: 3pt solid #123c69; font-size: 9pt; }
    aside h4 { margin: 0 0 2mm; font-size: 10pt; color: #123c69; }
    aside p { margin: 0 0 1.5mm; }
    """
    box = (
        "<aside><h4>Key facts</h4>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in CORROWMERE_FACTS)
        + "</aside>"
    )
    document = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head>'
        f"<body><h1>{html.escape(TITLE)}</h1>{box}{_html_blocks(CORROWMERE)}</body></html>"
    )
    weasyprint.HTML(string=document).write_pdf(target)


# ---------------------------------------------------------------- fpdf2


def _fpdf() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_producer("PyFPDF/fpdf2")
    pdf.set_author("policydiff test cases")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1))
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 20, 22)
    return pdf


def _small_caps(pdf: Any, text: str, size: float, spacing: float) -> None:
    """Capitals in two sizes, as small capitals are drawn: a word's first letter at `size`,
    the rest as capitals at about three quarters of it, all letter-spaced."""
    pdf.set_char_spacing(spacing)
    pdf.set_x(pdf.l_margin)
    height = size * 0.5
    for index, word in enumerate(text.split(" ")):
        if index:
            pdf.set_font("Times", "", size * 0.76)
            pdf.write(height, " ")
        pdf.set_font("Times", "", size)
        pdf.write(height, word[0].upper())
        if len(word) > 1:
            pdf.set_font("Times", "", size * 0.76)
            pdf.write(height, word[1:].upper())
    pdf.set_char_spacing(0)
    pdf.ln(height + 1.5)


def marrowby(target: Path) -> None:
    pdf = _fpdf()
    pdf.set_title(TITLE)
    pdf.add_page()
    pdf.set_font("Times", "", 11)
    pdf.set_char_spacing(2)
    pdf.multi_cell(0, 6, "MARROWBY DISTRICT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_font("Times", "B", 17)
    pdf.multi_cell(0, 9, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for kind, text in MARROWBY:
        if kind == "h":
            pdf.ln(3)
            _small_caps(pdf, text, 11.5, 1.2)
            continue
        pdf.set_font("Times", "", 11)
        if kind == "li":
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(0, 5.4, f"\x95  {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        else:
            pdf.multi_cell(0, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.ln(6)
    pdf.set_font("Times", "I", 9.5)
    pdf.multi_cell(0, 5, MARROWBY_END, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def quenhallow(target: Path) -> None:
    pdf = _fpdf()
    pdf.set_margins(16, 20, 20)
    indent = 34.0

    class Footed(type(pdf)):  # type: ignore[misc]
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.set_x(indent)
            self.cell(0, 5, f"Quenhallow County Council  -  {self.page_no()}", align="L")

    pdf.__class__ = Footed
    pdf.set_title(TITLE)
    pdf.add_page()
    pdf.set_x(indent)
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LEFT", new_y="NEXT")
    pdf.ln(6)
    letters = iter("abcdefg")
    for kind, text in QUENHALLOW:
        if kind.isdigit():
            pdf.ln(3)
            if pdf.will_page_break(20):
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 12)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(10, 6.5, kind)  # the number, its own text object far left
            pdf.set_xy(indent, y)
            pdf.multi_cell(0, 6.5, text, new_x="LEFT", new_y="NEXT")
            pdf.ln(1.5)
            continue
        pdf.set_font("Helvetica", "", 10)
        if kind == "a":
            y = pdf.get_y()
            pdf.set_xy(indent, y)
            pdf.cell(7, 5, f"({next(letters)})")
            pdf.set_xy(indent + 8, y)
            pdf.multi_cell(0, 5, text, new_x="LEFT", new_y="NEXT")
            pdf.ln(1)
            continue
        pdf.set_x(indent)
        pdf.multi_cell(0, 5, text, new_x="LEFT", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(target))


def skelbrooke(target: Path) -> None:
    pdf = _fpdf()
    pdf.set_title(TITLE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.set_text_color(0x1D, 0x2B, 0x4F)
    pdf.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.set_text_color(0x55, 0x55, 0x55)
    pdf.multi_cell(0, 6, "Skelbrooke Council - Children's Services", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    for kind, text in SKELBROOKE:
        if kind == "h":
            pdf.ln(3)
            if pdf.will_page_break(20):
                pdf.add_page()
            pdf.set_fill_color(0x1D, 0x2B, 0x4F)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 8, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2.5)
            continue
        pdf.set_font("Helvetica", "", 10)
        if kind == "li":
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(0, 5, f"-  {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        else:
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 5, SKELBROOKE_END, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


# ---------------------------------------------------------------- 7405 WeasyPrint, landscape page


def wendlecombe(target: Path) -> None:
    import weasyprint

    css = """
    @page { size: A4; margin: 22mm 20mm; @bottom-right { content: counter(page); font: 9pt serif; } }
    @page wide { size: A4 landscape; margin: 18mm 20mm; }
    @page tall { size: A4; margin: 22mm 20mm; }
    body { font: 11pt/1.4 serif; }
    h1 { font-size: 18pt; margin: 0 0 2mm; }
    p.council { font-size: 12pt; margin: 0 0 8mm; }
    h2 { font-size: 13pt; margin: 6mm 0 2mm; }
    p { margin: 0 0 2.5mm; }
    section.wide { page: wide; }
    section.tall { page: tall; }
    table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
    th, td { border: 0.75pt solid #444; padding: 2mm 3mm; text-align: left; vertical-align: top; }
    th { background: #ddd; }
    """
    head, *rows = WENDLECOMBE_TABLE
    table = (
        '<section class="wide"><table><thead><tr>'
        + "".join(f"<th>{html.escape(cell)}</th>" for cell in head)
        + "</tr></thead><tbody>"
        + "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
            for row in rows
        )
        + "</tbody></table></section>"
    )
    document = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head>'
        f'<body><h1>{html.escape(TITLE)}</h1><p class="council">Wendlecombe City Council</p>'
        f'{_html_blocks(WENDLECOMBE_BEFORE)}{table}<section class="tall">{_html_blocks(WENDLECOMBE_AFTER)}</section></body></html>'
    )
    weasyprint.HTML(string=document).write_pdf(target)


# ---------------------------------------------------------------- notes


def _note(about: str, lines: list[str]) -> str:
    return "\n".join([f"%% built by build_blind74.py: {about}", "", *lines]).rstrip() + "\n"


def _md(blocks: list[tuple[str, str]]) -> list[str]:
    lines: list[str] = []
    for kind, text in blocks:
        if kind == "h":
            lines += [f"## {text}", ""]
        elif kind == "s":
            lines += [f"### {text}", ""]
        elif kind == "li" or kind == "a":
            lines += [f"- {text}"]
        elif kind.isdigit():
            lines += [f"## {kind} {text}", ""]
        else:
            lines += ["", text, ""] if lines and lines[-1].startswith("- ") else [text, ""]
    return lines


def main() -> None:
    name = "7401-pdf-weasyprint-css-two-heading-levels-key-facts-sidebar-page-headers.pdf"
    corrowmere(HERE / name)
    (HERE / f"{name}.md").write_text(
        _note("WeasyPrint: h2/h3 by size and colour, a floated Key facts aside, @page headers and footers",
              [f"# {TITLE}", "", "**Key facts**", "", *(f"- {line}" for line in CORROWMERE_FACTS), "", *_md(CORROWMERE)]),
        "utf-8",
    )  # fmt: skip

    name = "7402-pdf-fpdf-small-capital-letter-spaced-headings-version-closing.pdf"
    marrowby(HERE / name)
    (HERE / f"{name}.md").write_text(
        _note("fpdf2: headings in letter-spaced small capitals at body size, a closing version line",
              ["MARROWBY DISTRICT COUNCIL", "", f"# {TITLE}", "", *_md([(kind, text.upper() if kind == "h" else text) for kind, text in MARROWBY]), MARROWBY_END]),
        "utf-8",
    )  # fmt: skip

    name = "7403-pdf-fpdf-hanging-heading-numbers-far-left-lettered-principles.pdf"
    quenhallow(HERE / name)
    (HERE / f"{name}.md").write_text(
        _note("fpdf2: heading numbers as separate text objects hanging far left of the heading words",
              [f"# {TITLE}", "", *_md(QUENHALLOW)]),
        "utf-8",
    )  # fmt: skip

    name = "7404-pdf-fpdf-white-headings-on-dark-bands-last-updated-closing.pdf"
    skelbrooke(HERE / name)
    (HERE / f"{name}.md").write_text(
        _note("fpdf2: section headings in white on a dark full-width band",
              [f"# {TITLE}", "", "Skelbrooke Council - Children's Services", "", *_md(SKELBROOKE), SKELBROOKE_END]),
        "utf-8",
    )  # fmt: skip

    name = "7405-pdf-weasyprint-landscape-page-outcomes-table-mid-chapter.pdf"
    wendlecombe(HERE / name)
    rows = [f"| {' | '.join(row)} |" for row in WENDLECOMBE_TABLE]
    (HERE / f"{name}.md").write_text(
        _note("WeasyPrint: a landscape page holding the outcomes table between portrait pages",
              [f"# {TITLE}", "", "Wendlecombe City Council", "", *_md(WENDLECOMBE_BEFORE), rows[0], "|---|---|---|", *rows[1:], "",
               *_md(WENDLECOMBE_AFTER)]),
        "utf-8",
    )  # fmt: skip
    for built in sorted(HERE.glob("740[1-5]-*")):
        print(f"built {built.name}")


if __name__ == "__main__":
    main()
