# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the seventieth blind set (7001-7006): six whole chapters of invented councils with few
or no headings, three in Word and three in PDF.

    7001  Word, Normal paragraphs only: the title a bold Normal paragraph, a contents table
          (Paragraphs | Subject) under it, every body paragraph numbered by hand ("1." ...
          "19."), no heading, "Version 5.2" closing.
    7002  Word, the chapter's name in the Title style and the council in the Subtitle style,
          then Normal body paragraphs only; an amendment note first, "Last updated: ..." last.
    7003  Word, the body in a two-column table: a short topic label in the left cell, the
          paragraphs (and a typed numbered list, and List Bullet statutes) in the right; the
          labels are the only headings. "Version 3" under the table.
    7004  PDF (fpdf2), the title across the page and the body justified in two columns, no
          headings, a running footer with the page number.
    7005  PDF (fpdf2), every paragraph opening with a bold run-in lead ("Our values. We ...").
    7006  PDF (LibreOffice from Word), a policy written as a letter from the director: an
          addressee line, "Dear colleague,", the body, "Yours sincerely," a signature block
          and the date at the end.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind70.py   (python-docx, fpdf2, soffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

# fmt: off
FARTHINGDALE_CONTENTS = [
    ("Paragraphs", "Subject"),
    ("1 - 3", "About this chapter"),
    ("4 - 6", "The law we work under"),
    ("7", "Working with partners"),
    ("8 - 9", "What we value"),
    ("10 - 11", "Being a corporate parent"),
    ("12", "How we practise"),
    ("13 - 17", "Principles of our work"),
    ("18", "What we want for children"),
    ("19", "Sharing information"),
]

FARTHINGDALE = [
    "1. This chapter opens Farthingdale's children's services procedures manual. It sets out the policy, values and principles on which every other procedure in the manual is built, and it applies to all staff in children's services and to anyone who works with children on the council's behalf.",
    "2. Read it alongside the procedures for your own team. Where a procedure seems to pull against this chapter, raise it with your manager so that one or the other can be put right.",
    "3. The chapter was last amended in February 2025, when paragraph 16 was rewritten to extend the support offered to young people leaving care.",
    "4. Our duties to children come chiefly from the Children Act 1989, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Education Act 2002, together with the statutory guidance issued under them.",
    "5. These laws reach children in need, children who may be suffering significant harm, Children Looked After and young people who have left care.",
    "6. The procedures in this manual follow these laws and the guidance made under them, and they are rewritten whenever the law changes.",
    "7. Keeping children safe is not a task for social workers alone. Teachers, doctors, health visitors, police officers and youth workers in Farthingdale all see children we never meet, and the local safeguarding partnership sets out how each of them should act on a worry and how we will answer them.",
    "8. We ask everyone in the service to work with honesty, warmth, persistence and respect.",
    "9. Honesty means telling families plainly what we are worried about and what will happen next. Warmth means remembering that the people we work with are often frightened. Persistence means not giving up on a child because a plan has failed once. Respect means treating parents as the experts on their own families, even when we disagree with them.",
    "10. When a child comes into our care, the whole council becomes that child's corporate parent, and every department is expected to ask what it can do for the children it looks after.",
    "11. The law sets out seven corporate parenting principles: to act in the child's best interests and promote their health and well-being; to encourage them to express their views, wishes and feelings; to take those views into account; to help them make use of services; to promote high aspirations; to help them be safe and stable at home, in their relationships and in education or work; and to prepare them for adult life.",
    "12. Our social workers use Restorative Practice. We work with families rather than doing things to them or for them, we set high expectations alongside high support, and we repair relationships when they go wrong.",
    "13. Children are best brought up within their own families, and we offer help early so that they can stay there safely.",
    "14. When a child cannot stay at home, grandparents, aunts, uncles and family friends are considered before anyone else.",
    "15. Every child in our care has a plan for permanence by their second review, and no later than four months after they arrive.",
    "16. Young people leaving our care can keep a personal adviser until they are 21, and until 25 if they ask for one.",
    "17. Children and their parents are asked for their views before any plan about them is made, and they are told what was decided and why.",
    "18. We want every child in Farthingdale to be safe, to be healthy, to do well at school, to be listened to and to be ready for adult life.",
    "19. We share information about a family with other agencies when that is needed to protect a child or to give the family the help it needs, and we record each decision to share and the reason for it.",
    "Version 5.2",
]

WETHERSFOLD_TITLE = "Policy, Values and Principles"
WETHERSFOLD_SUBTITLE = "Wethersfold District Council - Children and Families Service"
WETHERSFOLD = [
    "This chapter was amended in September 2024 to take account of the Children's Social Care National Framework.",
    "Everything else in Wethersfold's children and families manual should be read in the light of this chapter. It is written for social workers, family support workers and managers, and for the partners who work beside them.",
    "The council's responsibilities towards children are set by Parliament. The main statutes are the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004 and the Children and Families Act 2014, and the Children and Social Work Act 2017 added the duties of a corporate parent.",
    "They cover every child in need in the district, including Cared for Children and young people who have left care.",
    "The Children's Social Care National Framework is statutory guidance. It describes the purpose of children's social care, the principles that should guide it and the outcomes it should achieve, and we use it to shape our practice and our audits.",
    "Our ambition is for Wethersfold to be the best place in the region to be a child: a district where families get help before problems grow, and where children in our care feel that they belong.",
    "We hold ourselves to being kind, to being straight with people and to keeping our promises. Families judge us by whether we do what we said we would, when we said we would.",
    "Safeguarding children is everyone's business. The council, the police and the health service lead the district's safeguarding partnership, and schools, nurseries and voluntary groups play their part by reporting concerns early and sharing what they know.",
    "As corporate parents, councillors and officers ask of every decision whether it would be good enough for their own child. The council has regard to all seven corporate parenting principles in everything it does for Cared for Children.",
    "Our practice framework is Family Safeguarding. Social workers share a team with specialists in adult mental health, substance misuse and domestic abuse, so that parents get help with the problems that put their children at risk.",
    "Over the next three years we will open a family hub in each of the district's four towns, recruit more foster carers who live locally and bring down the number of children who move school when they come into care.",
    "Children are helped to stay with their own families wherever it is safe. When they cannot, relatives and friends are looked at first. A permanence plan is agreed within six months of a child becoming Cared for, and every care leaver is offered a personal adviser up to the age of 25. Children and parents are involved in every decision about them.",
    "Success, for us, is children who are safe and healthy, who enjoy and achieve at school, who have a say in their lives and who leave our care ready for what comes next.",
    "Information given to us by families is kept confidential, and it is shared only where the law allows and a child's welfare requires it.",
    "Last updated: 30 September 2024",
]

CASTLEGARTH_TITLE = "Children's Services Policies, Values and Principles"
CASTLEGARTH: list[tuple[str, list[tuple[str, str]]]] = [
    ("About this chapter", [
        ("p", "This chapter explains the policy, values and principles behind Castlegarth City Council's children's services. Every practitioner and manager should know it, and every procedure in the manual should be consistent with it."),
        ("p", "It was revised in March 2025 to describe the council's new family hubs."),
    ]),
    ("Legal basis", [
        ("p", "The council's work with children rests on the following statutes:"),
        ("b", "Children Act 1989"),
        ("b", "Adoption and Children Act 2002"),
        ("b", "Children Act 2004"),
        ("b", "Children and Adoption Act 2006"),
        ("b", "Children and Young Persons Act 2008"),
        ("b", "Children and Families Act 2014"),
        ("b", "Children and Social Work Act 2017"),
        ("p", "Together they cover children in need, children in need of protection and Looked After Children, and the young people who leave care."),
    ]),
    ("Working together", [
        ("p", "No agency can protect children on its own. Castlegarth's safeguarding partners - the council, the police and the integrated care board - agree how concerns are raised and answered, and schools, early years settings and the voluntary sector are part of those arrangements."),
    ]),
    ("Our values", [
        ("p", "We are open with families about our concerns, we treat everyone with dignity, and we take responsibility for our decisions. We expect the same of the partners we commission."),
    ]),
    ("Corporate parenting", [
        ("p", "The whole council is corporate parent to the children it looks after and to its care leavers. It must have regard to the need:"),
        ("p", "1. to act in their best interests and promote their physical and mental health and well-being;"),
        ("p", "2. to encourage them to express their views, wishes and feelings;"),
        ("p", "3. to take those views, wishes and feelings into account;"),
        ("p", "4. to help them gain access to, and make the best use of, services;"),
        ("p", "5. to promote high aspirations and seek the best outcomes for them;"),
        ("p", "6. for them to be safe, and for stability in their home lives, relationships and education or work;"),
        ("p", "7. to prepare them for adulthood and independent living."),
    ]),
    ("Practice model", [
        ("p", "Castlegarth's practitioners use Signs of Safety. With each family they map what is working well, what they are worried about and what needs to happen next, and the family's own network helps to write and keep the safety plan."),
    ]),
    ("Principles", [
        ("p", "Children should grow up in their own families wherever that is safe, and help is given early to make it possible. When a child cannot live at home, we look first to family and friends. Each Looked After Child has a permanence plan within four months of coming into care."),
        ("p", "Care leavers keep a personal adviser until the age of 21 - or up to 25 for those in education or training. Children and families are consulted on every plan that affects them."),
    ]),
    ("Outcomes", [
        ("p", "We want children in Castlegarth to be safe, to be healthy, to learn and achieve, to have a voice and to move into adult life with confidence."),
    ]),
    ("Information sharing", [
        ("p", "Practitioners share information with other agencies when a child's safety or welfare needs it, and keep it confidential otherwise. Each decision to share, and its reasons, is recorded on the child's file."),
    ]),
]
CASTLEGARTH_END = "Version 3"

PENNYHALLOW_TITLE = "Children's Social Care: Policy, Values and Principles"
PENNYHALLOW_FOOTER = "Pennyhallow County Council - Children's Social Care Manual"
PENNYHALLOW = [
    "This chapter stands at the front of Pennyhallow's children's social care manual. It says why the service exists, what it believes and how it means to work, and it applies to all staff and to the organisations the county council commissions. It was amended in January 2025 to add the paragraph on support for care leavers.",
    "Our work is governed by the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, and by the statutory guidance that goes with them. Those duties extend to children in need, children at risk of harm, children in care and care leavers.",
    "No child in Pennyhallow is kept safe by one service. Schools, doctors, the police and voluntary groups see children every day, and the county's safeguarding partnership makes sure that each of them knows what to do with a worry and whom to tell.",
    "We want Pennyhallow to be a county where every child has someone on their side, a safe place to live and a fair chance of a good life, whatever their start.",
    "We listen before we act. We tell families the truth, including the hard parts. We are reliable, we are curious about what lies behind what we see, and we treat every family with respect.",
    "As corporate parent, the county council has regard to the seven principles set out in law: to act in the best interests of children in care, to encourage them to express their views, to take those views into account, to help them make use of services, to promote high aspirations, to help them be safe and stable, and to prepare them for adulthood.",
    "Systemic Practice runs through all our work. Practitioners look at the relationships around a child rather than at one person's problems, and they work with the whole family to find its own answers.",
    "Children do best in their own families, and we offer help early so that they can stay there safely. If a child cannot remain at home, relatives and family friends are the first people we turn to. A plan for permanence is made within 4 months of a child coming into care. A personal adviser supports care leavers until their twenty-first birthday, or to twenty-five for those who want one. Children and parents take part in every plan about them.",
    "We will know we are succeeding when children are safe, healthy and happy, when they do well at school, when their views shape what happens to them, and when they leave our care ready for adult life.",
    "Information about families is confidential. We share it with other agencies only when a child's safety or well-being depends on it, and we record what we shared, with whom and why.",
    "Last updated: 21 January 2025",
]

ORMSBY_TITLE = "Children's Services Policies, Values and Principles"
ORMSBY = [
    ("About this chapter.", "This chapter sets out the policy, values and principles of Ormsby Reach Borough Council's children's services. It is meant for everyone who works with children and families on the council's behalf, and the rest of the manual builds on it."),
    ("The law.", "Our duties are laid down in the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, and they extend to children in need, children at risk of significant harm and Children in Care."),
    ("Partners.", "Safeguarding in Ormsby Reach is shared. The council, the police and the health service are joint safeguarding partners, and schools, housing and voluntary groups are expected to act on their concerns and to work with us to resolve them."),
    ("Our values.", "We believe that children are best placed with people who love them, that families deserve honesty, and that the way we treat people matters as much as what we decide."),
    ("Corporate parenting.", "Every councillor and every department shares the role of parent to the children in our care. We follow the seven corporate parenting principles and report on them to the Corporate Parenting Panel twice a year."),
    ("Our practice model.", "Where domestic abuse is part of a family's story we use Safe and Together: we partner with the parent who is being harmed and hold the person causing the harm to account for its effect on the children."),
    ("Our strategy.", "By 2027 we mean to halve the number of children placed outside the borough, to give every family hub a social worker, and to cut the time families wait for help after a first contact."),
    ("Families first.", "We help children to stay with their parents whenever that is safe, and we look to the wider family first when it is not."),
    ("Permanence.", "Every child in care has a plan for a permanent home within three months of coming into our care."),
    ("Leaving care.", "Care leavers are supported by a personal adviser until they turn 25, whether or not they are in education or work."),
    ("Listening to children.", "Children's views are sought before every decision about them and recorded in their own words."),
    ("Outcomes.", "The results we look for are children who are safe, healthy, learning, listened to and ready for independence."),
    ("Confidentiality.", "We keep what families tell us private, and share it with other agencies only when a child's safety or welfare requires it."),
]
ORMSBY_END = "Version 2.0, approved by the Children's Services Leadership Team on 3 June 2025."

TIDEWELL_TITLE = "Children's Services Policies, Values and Principles"
TIDEWELL = [
    ("p", "To everyone who works with Tidewell's children and families"),
    ("p", "Dear colleague,"),
    ("p", "I am writing to set out, in one place, the policy, values and principles that lie behind every procedure in our children's services manual. Please read this letter, keep it, and come back to it when you are unsure what to do."),
    ("p", "Our work is governed above all by the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Together they give us duties to children in need, to children who need protection, to Looked After Children and to those who have left our care."),
    ("p", "None of us keeps children safe alone. The police, the health service, schools and the voluntary sector are our partners in Tidewell's safeguarding arrangements, and I ask you to treat their concerns as seriously as your own and to answer them promptly."),
    ("p", "I expect all of us to be honest with families, to be kind, and to keep going for children when things are hard. We should explain our decisions in plain words and own our mistakes when we make them."),
    ("p", "The council is corporate parent to every child it looks after. Councillors and officers alike must have regard to the seven principles that the law sets for corporate parents, and I want every service in the council to ask what a good parent would do."),
    ("p", "Signs of Safety remains the way we work with families. It asks us to be clear about danger, to build on what a family does well, and to let families and their networks write their own plans."),
    ("p", "Children should live with their families wherever it is safe, and we support families to make that possible. When a child cannot live at home, relatives come first. Every Looked After Child should have a permanence plan within six months of coming into care, and every care leaver can have a personal adviser until they are 25. Children must be heard before any decision about them is made."),
    ("p", "What we want for Tidewell's children is simple: that they are safe, healthy, learning, listened to and ready for adult life."),
    ("p", "Information that families give us is confidential. Share it only when a child's safety or welfare requires it, and record why you did."),
    ("p", "Yours sincerely,"),
    ("p", "Margaret Ellison"),
    ("p", "Director of Children's Services"),
    ("p", "14 May 2025"),
]
# fmt: on


def farthingdale() -> bytes:
    from docx.shared import Pt

    document = new_docx()
    title = document.add_paragraph()
    run = title.add_run("Children's Services Policies, Values and Principles")
    run.bold = True
    run.font.size = Pt(14)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for number, (left, right) in enumerate(FARTHINGDALE_CONTENTS):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
        if number == 0:
            for cell in cells:
                cell.paragraphs[0].runs[0].bold = True
    document.add_paragraph()
    for text in FARTHINGDALE:
        document.add_paragraph(text)
    return saved_docx(document)


def wethersfold() -> bytes:
    document = new_docx()
    document.add_paragraph(WETHERSFOLD_TITLE, style="Title")
    document.add_paragraph(WETHERSFOLD_SUBTITLE, style="Subtitle")
    for text in WETHERSFOLD:
        document.add_paragraph(text)
    return saved_docx(document)


def castlegarth() -> bytes:
    from docx.shared import Cm

    document = new_docx()
    document.add_paragraph(CASTLEGARTH_TITLE, style="Title")
    table = document.add_table(rows=0, cols=2)
    for label, blocks in CASTLEGARTH:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4), Cm(12)
        cells[0].paragraphs[0].add_run(label).bold = True
        first = True
        for kind, text in blocks:
            paragraph = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            paragraph.add_run(text)
            if kind == "b":
                paragraph.style = document.styles["List Bullet"]
    for column, width in zip(table.columns, (Cm(4), Cm(12)), strict=True):
        column.width = width
    document.add_paragraph()
    document.add_paragraph(CASTLEGARTH_END)
    return saved_docx(document)


def tidewell() -> bytes:
    from docx.shared import Pt

    document = new_docx()
    title = document.add_paragraph()
    run = title.add_run(TIDEWELL_TITLE)
    run.bold = True
    run.font.size = Pt(15)
    for _kind, text in TIDEWELL:
        document.add_paragraph(text)
    return saved_docx(document)


def _fpdf() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_producer("PyFPDF/fpdf2")
    pdf.set_author("policydiff test cases")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1))
    pdf.set_auto_page_break(True, margin=20)
    return pdf


def pennyhallow(target: Path) -> None:
    pdf = _fpdf()

    class Footed(type(pdf)):  # type: ignore[misc]
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"{PENNYHALLOW_FOOTER}   |   page {self.page_no()}", align="C")

    pdf.__class__ = Footed
    pdf.set_title(PENNYHALLOW_TITLE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, PENNYHALLOW_TITLE, align="L")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="J", line_height=1.25, balance=True
    ) as columns:
        for text in PENNYHALLOW:
            with columns.paragraph(bottom_margin=3) as paragraph:
                paragraph.write(text)
    pdf.output(str(target))


def ormsby(target: Path) -> None:
    pdf = _fpdf()
    pdf.set_title(ORMSBY_TITLE)
    pdf.add_page()
    pdf.set_margins(22, 20, 22)
    pdf.set_x(22)
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, ORMSBY_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 10.5)
    for lead, text in ORMSBY:
        pdf.multi_cell(0, 5.4, f"**{lead}** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    pdf.multi_cell(0, 5.4, ORMSBY_END, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def _note(about: str, lines: list[str]) -> str:
    return "\n".join([f"%% built by build_blind70.py: {about}", "", *lines]).rstrip() + "\n"


def main() -> None:
    from build_binary_tools import docx_to_pdf

    name = "7001-docx-normal-paragraphs-only-hand-numbered-contents-table-version.docx"
    (HERE / name).write_bytes(farthingdale())
    rows = [f"| {left} | {right} |" for left, right in FARTHINGDALE_CONTENTS]
    (HERE / f"{name}.md").write_text(
        _note("a bold Normal title, a contents table, Normal paragraphs numbered by hand",
              ["Children's Services Policies, Values and Principles", "", rows[0], "|---|---|", *rows[1:], "",
               *(line for text in FARTHINGDALE for line in (text, ""))]),
        "utf-8",
    )  # fmt: skip

    name = "7002-docx-title-and-subtitle-styles-body-normal-only-amended-first-last-updated.docx"
    (HERE / name).write_bytes(wethersfold())
    (HERE / f"{name}.md").write_text(
        _note("Title (chapter) and Subtitle (council) styles, then Normal paragraphs only",
              [f"# {WETHERSFOLD_TITLE}", "", WETHERSFOLD_SUBTITLE, "",
               *(line for text in WETHERSFOLD for line in (text, ""))]),
        "utf-8",
    )  # fmt: skip

    name = "7003-docx-body-in-two-column-table-topic-labels-left-paragraphs-right.docx"
    (HERE / name).write_bytes(castlegarth())
    lines = [f"# {CASTLEGARTH_TITLE}", ""]
    for label, blocks in CASTLEGARTH:
        lines += [f"**{label}**", ""]
        lines += [("- " if kind == "b" else "") + text for kind, text in blocks]
        lines.append("")
    (HERE / f"{name}.md").write_text(
        _note("a Title, then a two-column table: bold topic label | the topic's paragraphs",
              [*lines, CASTLEGARTH_END]),
        "utf-8",
    )  # fmt: skip

    name = "7004-pdf-fpdf-two-justified-columns-no-headings-running-footer.pdf"
    pennyhallow(HERE / name)
    (HERE / f"{name}.md").write_text(
        _note("fpdf2: a bold title across the page, the body justified in two columns, a footer",
              [f"# {PENNYHALLOW_TITLE}", "", *(line for text in PENNYHALLOW for line in (text, ""))]),
        "utf-8",
    )  # fmt: skip

    name = "7005-pdf-fpdf-bold-run-in-leads-no-headings-version-approved.pdf"
    ormsby(HERE / name)
    (HERE / f"{name}.md").write_text(
        _note("fpdf2: each paragraph opens with a bold run-in lead",
              [f"# {ORMSBY_TITLE}", "", *(line for lead, text in ORMSBY for line in (f"**{lead}** {text}", "")),
               ORMSBY_END]),
        "utf-8",
    )  # fmt: skip

    name = "7006-pdf-lo-letter-dear-colleague-signature-block-date-at-end.pdf"
    docx_to_pdf(tidewell(), HERE / name)
    (HERE / f"{name}.md").write_text(
        _note("LibreOffice from Word: a policy as a letter, signature and date at the end",
              [f"**{TIDEWELL_TITLE}**", "",
               *(line for _, text in TIDEWELL for line in (text, ""))]),
        "utf-8",
    )  # fmt: skip
    for built in sorted(HERE.glob("700[1-6]-*")):
        print(f"built {built.name}")


if __name__ == "__main__":
    main()
