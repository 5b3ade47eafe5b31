# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the ninety-third blind set (9301-9306): six whole chapters of invented councils, each
mixing headed and un-headed stretches, as three Word files and three PDF files.

    9301  Word: Heading 2 only over three kinds (Introduction, Corporate parenting, Information
          sharing); long runs of Normal paragraphs between them, each paragraph another kind
          with no heading (scope under the title, partners, values, vision, practice model,
          outcomes, principles); a closing version line.
    9302  Word: headings as Normal paragraphs with one bold run over some kinds, and List Number
          paragraphs ("1. We will ...") each carrying another kind with no heading; a closing
          "Last updated" line.
    9303  Word: a Heading 1 at the top of nearly every page (page break before), the scope
          un-headed under the title, an un-headed partnership paragraph after the Acts list and
          an un-headed corporate parenting paragraph after the values, and a two-row table with
          no heading over it whose rows hold two kinds (label cell, text cell).
    9304  fpdf2: headings in regular type only one point larger than the body, nothing else
          setting them apart; two kinds un-headed; a closing "Last updated" line.
    9305  WeasyPrint: some headings real (bold, larger), others bold run-in labels ending in a
          colon at the start of their paragraph ("Values: We ...").
    9306  LibreOffice from Word, two pages: headed body, then two un-headed closing paragraphs,
          a contacts paragraph and an amendment history in prose.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind93.py
       (python-docx, fpdf2, WeasyPrint, LibreOffice)
"""

from __future__ import annotations

import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

TITLE = "Children's Services Policies, Values and Principles"

# Blocks: ("h", heading), ("p", paragraph), ("li", bullet), ("n", numbered paragraph),
# ("b", bold-run heading), ("run", label, text), ("row", label, text), ("page", heading).
# fmt: off
MARROWBY = [
    ("p", "This chapter is part of the Marrowby children's social care procedures manual. It applies to everyone who works in or for the service, including staff in the services we commission and students on placement."),
    ("p", "It was last amended in March 2025 to bring the part on care leavers into line with the council's local offer."),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Marrowby's children's services work. The main legislation is:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Children (Leaving Care) Act 2000"),
    ("li", "Children and Families Act 2014"),
    ("li", "Children and Social Work Act 2017"),
    ("p", "It covers children in need, children with a child protection plan, Looked After Children and care leavers."),
    ("p", "No single service can protect children by itself. Schools, health services, the police, housing and voluntary groups each see part of a child's life, and Working Together to Safeguard Children 2023 describes how we must put together what we each know."),
    ("p", "Where a partner is worried about a child, we expect them to call us early, and we will tell them what we have done about it."),
    ("p", "We believe that children should be listened to, that families deserve honesty, and that every contact with a family should leave it better able to cope. These beliefs apply to managers as much as to practitioners."),
    ("p", "Respect for a family's culture, faith and language is part of the same belief, and so is admitting our own mistakes when we make them."),
    ("h", "Corporate parenting"),
    ("p", "As a corporate parent the council must act, as any good parent would, in the best interests of the children it looks after. The Children and Social Work Act 2017 sets out seven corporate parenting principles, and our Corporate Parenting Panel checks how well every department meets them."),
    ("p", "We want Marrowby to be a borough where children grow up safe, healthy and hopeful, close to the people who matter to them, and where families can ask for help without fear of being judged."),
    ("p", "Practitioners in every team are trained in Systemic Practice, which looks at the relationships around a child rather than at one person's behaviour alone. Group case discussions take place every fortnight."),
    ("p", "We judge our success by what changes for children: whether they are healthy, safe, doing well at school, heard in decisions about their lives and ready for adult life when the time comes."),
    ("p", "Children should grow up in their own families wherever this is safe. Where it is not, relatives and friends are considered before anyone else. Every child in care should have a plan for permanence by the time of their second review, and at the latest within four months of coming into care."),
    ("p", "Young people leaving care are supported by a personal adviser until they are 21, or until 25 if they are in education or training."),
    ("h", "Information sharing"),
    ("p", "Information about children and families is shared only where it is lawful and where it helps to protect a child or to meet their needs. Staff must follow the council's data protection guidance and record why information was shared."),
]
MARROWBY_END = "Version 3.0"

QUENSTEAD = [
    ("b", "Scope of this chapter"),
    ("p", "This chapter applies to all staff in Quenstead's children's services and to those who provide services for children on our behalf."),
    ("p", "Amended: January 2025"),
    ("b", "The legal framework"),
    ("p", "Our work is governed chiefly by the Children Act 1989, the Children Act 2004, the Adoption and Children Act 2002 and the Children and Families Act 2014. We work with children in need, children in need of protection, Children in Care and care leavers."),
    ("b", "What we stand for"),
    ("p", "We want families to find us honest, reliable and respectful. We say what we are worried about, we do what we say we will do, and we treat parents as people who love their children."),
    ("n", "We will work closely with our partners. Health, education and the police share the duty to safeguard children under Working Together to Safeguard Children, and we will make joint decisions with them wherever we can."),
    ("n", "We will be good corporate parents. Every councillor and officer shares responsibility for the children in our care, and we have adopted the corporate parenting principles as the measure of how we treat them."),
    ("n", "We will help every child to do well: to be healthy, to stay safe, to enjoy learning, to make a positive contribution and to grow up with the money and skills to live well."),
    ("n", "We will find every child a permanent home. A child who cannot return to their family will have a permanence plan within six months, and care leavers will be supported by a personal adviser up to the age of 25."),
    ("b", "How we practise"),
    ("p", "Quenstead uses the Signs of Safety approach in all of its social work teams. It gives families and professionals a shared language for danger, safety and the next steps."),
    ("n", "We will deliver our children's services strategy for 2024 to 2027, which moves money and staff towards early help so that fewer families reach a crisis."),
    ("b", "Keeping information confidential"),
    ("p", "Records are kept on secure systems and looked at only by those who need them. We share information with other agencies when a child's safety or welfare requires it, and we tell families when we have done so unless that would put a child at risk."),
]
QUENSTEAD_END = "Last updated: 20 January 2025"

FALLOWMERE_SCOPE = [
    "This chapter describes the beliefs and principles on which Fallowmere's procedures for children's social care are built. Every member of staff, and every agency working for us, should read it.",
    "Amended in October 2024.",
]
FALLOWMERE = [
    ("page", "Introduction"),
    ("p", "This policy brings together the duties that the law places on the council. The most important Acts are:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Adoption and Children Act 2002"),
    ("li", "Children and Young Persons Act 2008"),
    ("li", "Children and Families Act 2014"),
    ("li", "Children and Social Work Act 2017"),
    ("p", "The Fallowmere Safeguarding Children Partnership brings together the council, the integrated care board and the police. Under Working Together to Safeguard Children each of them plans and checks local safeguarding arrangements with the others."),
    ("page", "Our values"),
    ("p", "We treat every family with respect and we are honest about our concerns. We try hard to keep our promises and we explain our decisions in words that children can understand."),
    ("p", "The council looks after around three hundred children. For each of them, councillors and officers share the responsibilities of a parent and apply the seven corporate parenting principles to every decision they make about Children Looked After."),
    ("row", "Our vision", "We want every child in Fallowmere to grow up in a safe, loving home and to leave school with real choices about what to do next."),
    ("row", "Our practice model", "Restorative Practice is the model used across the service: high support together with high challenge, working with families rather than doing things to them or for them."),
    ("page", "Key principles"),
    ("p", "Children should live with their families wherever it is safe. If they cannot, a permanence plan should be agreed within three months. Care leavers have a personal adviser until they are 21, and up to 25 for those who want one."),
    ("page", "Sharing information"),
    ("p", "We share information about children and families when the law allows it and when it is needed to keep a child safe. Staff record what was shared, with whom and why."),
]
FALLOWMERE_END = "Version 12"

TILLINGCOTE = [
    ("h", "Scope of this chapter"),
    ("p", "This chapter applies to all of Tillingcote Council's children's services and to the organisations that provide services for children on the council's behalf."),
    ("p", "Amended February 2025: the part on the practice model was rewritten."),
    ("h", "Introduction"),
    ("p", "Our duties to children and families are set out mainly in the Children Act 1989, the Children Act 2004, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017. The chapter covers children in need, children at risk of significant harm and Looked After Children."),
    ("h", "Working together"),
    ("p", "Children are safest when the adults who know them talk to each other. We work with schools, health, police and the voluntary sector, in the way Working Together to Safeguard Children describes."),
    ("h", "Our values"),
    ("p", "We listen to children and take what they say seriously. We are honest with families, we respect their strengths and we do not give up on them."),
    ("p", "Our ambition is for Tillingcote to be a place where every child is safe at home, does well at school and has someone to turn to."),
    ("h", "Corporate parenting"),
    ("p", "All councillors and officers are corporate parents. We apply the corporate parenting principles to every decision we make about children in our care."),
    ("h", "Our practice model"),
    ("p", "Our practitioners use Signs of Safety. Families are asked what is working well, what they are worried about and what needs to happen, and the answers shape the plan."),
    ("p", "For every child we want the same things: good health, safety, progress in learning, a voice in decisions and a good start in adult life."),
    ("h", "Principles"),
    ("p", "Family is the first place we look. A permanence plan is made within four months of a child becoming looked after. Care leavers can have a personal adviser until they are 25."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Information is held securely and shared only when the law allows it and it is in the child's interests."),
]
TILLINGCOTE_END = "Last updated: 3 February 2025"

RAVENSHOLT = [
    ("h", "About this chapter"),
    ("p", "This chapter sets out the values and principles of Ravensholt's children's services. This version was amended in April 2025."),
    ("h", "Introduction"),
    ("p", "We work within a framework of law and guidance. The main Acts are:"),
    ("li", "Children Act 1989"),
    ("li", "Children Act 2004"),
    ("li", "Children and Families Act 2014"),
    ("run", "Working together:", "No agency can keep a child safe on its own. We plan and review our work with schools, health services and the police, as Working Together to Safeguard Children requires."),
    ("run", "Values:", "We are honest, we are kind, and we are persistent. Families should know where they stand with us and what will happen next."),
    ("h", "Corporate parenting"),
    ("p", "Ravensholt Council is the corporate parent of every child in its care. We follow the seven corporate parenting principles and report on them to the Corporate Parenting Board twice a year."),
    ("run", "Practice model:", "We use the Family Safeguarding model, in which social workers, adult mental health workers and domestic abuse workers work in one team around the family."),
    ("run", "Outcomes:", "We want children to be safe, healthy, learning and achieving, and ready for the move to adult life."),
    ("h", "Principles"),
    ("p", "Children are best looked after in their own families. If a child cannot return home, a permanence plan will be made within six months. A personal adviser supports every care leaver up to the age of 21, or to 25 if the young person asks for it."),
    ("run", "Confidentiality:", "Information about children is kept securely and shared only when it is necessary to protect a child."),
]
RAVENSHOLT_END = "Version 2.4"

BRACKENFOLD_OPENING = "These pages set out how Brackenfold Council's children's services work with children and families, and the principles that all of our procedures follow."
BRACKENFOLD = [
    ("h", "Introduction"),
    ("p", "This policy applies the law to the work of Brackenfold's children's services. The main Acts are the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. It covers all children in need, including children in care and care leavers."),
    ("h", "A shared responsibility"),
    ("p", "Keeping children safe is everyone's business. We work with our partners in health, education and the police under Working Together to Safeguard Children, and we expect them to share their worries with us early."),
    ("h", "Our values"),
    ("p", "We treat families with respect, we are open with them about our concerns and we involve children in every decision about their lives."),
    ("h", "Corporate parenting"),
    ("p", "Brackenfold Council is the corporate parent of the children in its care and follows the corporate parenting principles set out in law."),
    ("h", "Our practice model"),
    ("p", "Practitioners across Brackenfold work in a restorative way. Restorative Practice means working with families, not doing things to them or for them, and every practitioner is trained in it."),
    ("h", "Key principles"),
    ("p", "Children do best with their own families, and we support families to stay together where it is safe. When a child cannot live at home, a permanence plan is agreed within four months. Care leavers are supported by a personal adviser until 21, or until 25 if they are in education or training."),
    ("h", "Information sharing"),
    ("p", "We keep information about children and families securely. We share it only where the law allows, and we tell families what we have shared unless that would put a child at risk."),
]
BRACKENFOLD_CLOSING = [
    "Questions about this chapter can be sent to the Policy and Quality Team at Brackenfold Council, telephone 01632 960418, or by email to childrens.policy@brackenfold.example.org.",
    "This chapter was first issued in May 2021. It was revised in July 2023, when the section on permanence was rewritten, and again in June 2025, when the contact details were brought up to date.",
]
# fmt: on


# ---------------------------------------------------------------- Word helpers


def _docx(council: str) -> Any:
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.created = datetime.datetime(2025, 1, 1)
    document.add_paragraph(council)
    document.add_heading(TITLE, level=1)
    return document


def _add(document: Any, blocks: list[tuple[str, ...]], heading_level: int = 2) -> None:
    table_rows = [block for block in blocks if block[0] == "row"]
    table_done = False
    for block in blocks:
        kind = block[0]
        if kind == "h":
            document.add_heading(block[1], level=heading_level)
        elif kind == "page":
            heading = document.add_heading(block[1], level=1)
            heading.paragraph_format.page_break_before = True
        elif kind == "b":
            paragraph = document.add_paragraph()
            paragraph.add_run(block[1]).bold = True
        elif kind == "li":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "n":
            document.add_paragraph(block[1], style="List Number")
        elif kind == "row":
            if table_done:
                continue
            table = document.add_table(rows=len(table_rows), cols=2)
            table.style = "Table Grid"
            for index, (_, label, text) in enumerate(table_rows):
                table.cell(index, 0).paragraphs[0].add_run(label).bold = True
                table.cell(index, 1).paragraphs[0].add_run(text)
            table_done = True
        else:
            document.add_paragraph(block[1])


def marrowby(target: Path) -> None:
    document = _docx("Marrowby Borough Council")
    _add(document, MARROWBY)
    document.add_paragraph(MARROWBY_END)
    document.save(str(target))


def quenstead(target: Path) -> None:
    document = _docx("Quenstead District Council")
    _add(document, QUENSTEAD)
    document.add_paragraph(QUENSTEAD_END)
    document.save(str(target))


def fallowmere(target: Path) -> None:
    document = _docx("Fallowmere City Council")
    for text in FALLOWMERE_SCOPE:
        document.add_paragraph(text)
    _add(document, FALLOWMERE)
    document.add_paragraph(FALLOWMERE_END)
    document.save(str(target))


# ---------------------------------------------------------------- 9304 fpdf2, headings barely larger


def tillingcote(target: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 2, 3))
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(25, 22, 25)
    pdf.set_title(TITLE)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Tillingcote Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 6, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in TILLINGCOTE:
        if kind == "h":
            pdf.set_font("Helvetica", "", 11)  # one point above the body, not bold
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, TILLINGCOTE_END, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


# ---------------------------------------------------------------- 9305 WeasyPrint, run-in labels


def ravensholt(target: Path) -> None:
    import weasyprint

    css = """
    @page { size: A4; margin: 22mm 22mm; }
    body { font: 10.5pt/1.45 sans-serif; color: #1d1d1d; }
    .council { font-size: 9pt; color: #555; margin: 0 0 2mm; }
    h1 { font-size: 17pt; margin: 0 0 6mm; }
    h2 { font-size: 13pt; margin: 5mm 0 2mm; }
    p { margin: 0 0 2.5mm; }
    ul { margin: 0 0 2.5mm; }
    """
    body: list[str] = []
    items: list[str] = []
    for block in RAVENSHOLT:
        if block[0] != "li" and items:
            body.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if block[0] == "h":
            body.append(f"<h2>{html.escape(block[1])}</h2>")
        elif block[0] == "li":
            items.append(f"<li>{html.escape(block[1])}</li>")
        elif block[0] == "run":
            body.append(f"<p><b>{html.escape(block[1])}</b> {html.escape(block[2])}</p>")
        else:
            body.append(f"<p>{html.escape(block[1])}</p>")
    document = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head>'
        f'<body><p class="council">Ravensholt Council</p><h1>{html.escape(TITLE)}</h1>{"".join(body)}<p>{RAVENSHOLT_END}</p></body></html>'
    )
    weasyprint.HTML(string=document).write_pdf(target)


# ---------------------------------------------------------------- 9306 LibreOffice, two pages


def brackenfold(target: Path) -> None:
    from docx.shared import Pt

    document = _docx("Brackenfold Council")
    document.styles["Normal"].font.size = Pt(12)
    document.add_paragraph(BRACKENFOLD_OPENING)
    _add(document, BRACKENFOLD)
    for text in BRACKENFOLD_CLOSING:
        document.add_paragraph(text)
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed for 9306")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / (target.stem + ".docx")
        document.save(str(source))
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(tmp) / (target.stem + ".pdf"), target)


BUILDERS = {
    "9301-docx-few-heading-styles-long-normal-stretches.docx": marrowby,
    "9302-docx-bold-run-headings-numbered-paragraph-kinds.docx": quenstead,
    "9303-docx-heading-per-page-two-kind-table.docx": fallowmere,
    "9304-pdf-fpdf2-headings-barely-larger-than-body.pdf": tillingcote,
    "9305-pdf-weasyprint-bold-run-in-labels.pdf": ravensholt,
    "9306-pdf-lo-two-pages-unheaded-contacts-and-history.pdf": brackenfold,
}


def _md(blocks: list[tuple[str, ...]]) -> list[str]:
    lines: list[str] = []
    number = 0
    in_table = False
    for block in blocks:
        kind = block[0]
        if kind != "row" and in_table:
            lines.append("")
            in_table = False
        if kind in ("h", "page"):
            lines += [f"## {block[1]}", ""]
        elif kind == "b":
            lines += [f"**{block[1]}**", ""]
        elif kind == "li":
            lines += [f"- {block[1]}"]
        elif kind == "n":
            number += 1
            lines += [f"{number}. {block[1]}", ""]
        elif kind == "run":
            lines += [f"{block[1]} {block[2]}", ""]  # bold in the PDF
        elif kind == "row":
            if not in_table:
                lines += ["| | |", "|---|---|"]
                in_table = True
            lines += [f"| {block[1]} | {block[2]} |"]
        else:
            lines += ["", block[1], ""] if lines and lines[-1].startswith("- ") else [block[1], ""]
    return lines


SOURCES: dict[str, tuple[str, list[str]]] = {
    "9301": ("Word: Heading 2 over three kinds only, long Normal stretches between", ["Marrowby Borough Council", "", f"# {TITLE}", "", *_md(MARROWBY), MARROWBY_END]),
    "9302": ("Word: bold-run headings over some kinds, List Number paragraphs carrying others", ["Quenstead District Council", "", f"# {TITLE}", "", *_md(QUENSTEAD), QUENSTEAD_END]),
    "9303": ("Word: a Heading 1 with a page break before nearly every section, a two-row table of two kinds", ["Fallowmere City Council", "", f"# {TITLE}", "", *(line for text in FALLOWMERE_SCOPE for line in (text, "")), *_md(FALLOWMERE), FALLOWMERE_END]),
    "9304": ("fpdf2: regular headings one point larger than the body", ["Tillingcote Council", "", f"# {TITLE}", "", *_md(TILLINGCOTE), TILLINGCOTE_END]),
    "9305": ("WeasyPrint: some real headings, some bold run-in labels with a colon", ["Ravensholt Council", "", f"# {TITLE}", "", *_md(RAVENSHOLT), RAVENSHOLT_END]),
    "9306": ("LibreOffice from Word, two pages, un-headed contacts and amendment history closing", ["Brackenfold Council", "", f"# {TITLE}", "", BRACKENFOLD_OPENING, "", *_md(BRACKENFOLD), *(line for text in BRACKENFOLD_CLOSING for line in (text, ""))]),
}  # fmt: skip


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)
        about, lines = SOURCES[name[:4]]
        text = "\n".join([f"%% built by build_blind93.py: {about}", "", *lines]).rstrip() + "\n"
        (HERE / f"{name}.md").write_text(text, "utf-8")
        print(name)


if __name__ == "__main__":
    main()
