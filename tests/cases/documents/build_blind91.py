# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the ninety-first blind set (9101-9108): chapters shaped like councils' corporate policy templates.

Six Word files (python-docx) and two PDFs exported from two of them by LibreOffice:
    every file opens with the title, a document-control table (Title, Owner, Approved by,
    Version, Date approved, Review date), a version-history table (Version | Date | Author |
    Changes) and a "Contents" list typed by hand with page numbers; the body's headings are typed
    with decimal numbers ("1.0 Purpose", "2.0 Scope", "3.0 Policy statement", "3.1 ..."), either
    in Heading styles or as bold Normal paragraphs; sub-headings under a general "Policy
    statement" name sections of different kinds; an equality impact statement, a "Related
    documents" list and an appendix with a glossary table close the body. Each page header holds
    the council's name and the "OFFICIAL" marking, each footer "Page X of Y" (fields).
    9101  Heading 1 / Heading 2 styles, the control table straight under the title (no heading)
    9102  bold Normal headings, a bold "Document control" line above the control table
    9103  Heading styles, the version history's latest row dated by month only
    9104  bold capital headings ("1.0 PURPOSE"), a contents list with dot leaders
    9105  Heading styles, a "Document information" heading, legislation as a table
    9106  bold Normal headings, sub-headings bold italic
    9107  LibreOffice's PDF of 9102;  9108  LibreOffice's PDF of 9105

Each build writes the file and a NNNN-....md note (the text a reader sees) beside this script.
The chapters are written for this set (invented councils, our own words).
usage: .venv/bin/python tests/cases/documents/build_blind91.py   (python-docx, LibreOffice)
LibreOffice stamps its output, so the PDFs' rebuilds are equivalent, not identical.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import word_field  # noqa: E402

TITLE = "Children's Services Policies, Values and Principles"

Block = tuple[Any, ...]


def _chrome(document: Any, council: str) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{council}\tOFFICIAL"
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "1")


def _table(document: Any, rows: list[list[str]], header: bool) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if (header and r == 0) or (not header and c == 0):
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def build_docx(doc: dict[str, Any], path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    _chrome(document, doc["council"])
    styled = doc["headings"] == "styles"
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "title":
            if styled:
                document.add_paragraph(block[1], style="Title")
            else:
                run = document.add_paragraph().add_run(block[1])
                run.bold = True
                run.font.size = Pt(18)
        elif kind in ("h1", "h2"):
            text = block[1]
            if styled:
                document.add_heading(text, level=1 if kind == "h1" else 2)
            else:
                run = document.add_paragraph().add_run(text)
                run.bold = True
                if kind == "h2" and doc.get("h2_italic"):
                    run.italic = True
        elif kind == "label":  # a bold line above a table or list, never styled
            run = document.add_paragraph().add_run(block[1])
            run.bold = True
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "bullets":
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in block[1]:
                document.add_paragraph(item, style="List Number")
        elif kind == "contents":
            for entry, page in block[1]:
                paragraph = document.add_paragraph()
                stops = paragraph.paragraph_format.tab_stops
                leader = WD_TAB_LEADER.DOTS if doc.get("dots") else WD_TAB_LEADER.SPACES
                stops.add_tab_stop(Pt(440), WD_TAB_ALIGNMENT.RIGHT, leader)
                paragraph.add_run(f"{entry}\t{page}")
        elif kind == "table":
            _table(document, block[1], header=block[2])
        else:
            raise ValueError(kind)
    document.save(str(path))


def note(doc: dict[str, Any], what: str) -> str:
    lines = [f"%% built by build_blind91.py: {what}"]
    lines.append(f"%% header: {doc['council']} OFFICIAL")
    lines.append("%% footer: Page {page} of {pages}")
    lines.append("")
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "title":
            lines += [f"# {block[1]}", ""]
        elif kind == "h1":
            lines += [f"## {block[1]}", ""]
        elif kind == "h2":
            lines += [f"### {block[1]}", ""]
        elif kind == "label":
            lines += [f"**{block[1]}**", ""]
        elif kind == "p":
            lines += [block[1], ""]
        elif kind == "bullets":
            lines += [f"- {item}" for item in block[1]] + [""]
        elif kind == "numbers":
            lines += [f"{n}. {item}" for n, item in enumerate(block[1], 1)] + [""]
        elif kind == "contents":
            lines += [f"{entry} {page}" for entry, page in block[1]] + [""]
        elif kind == "table":
            rows = block[1]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "---|" * len(rows[0]))
            lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            lines.append("")
    return "\n".join(lines)


def export_pdf(source: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        subprocess.run(
            ["libreoffice", "--headless", f"-env:UserInstallation=file://{out}/profile",
             "--convert-to", "pdf", "--outdir", str(out), str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out / (source.stem + ".pdf"), target)


def control(
    title: str, owner: str, approver: str, version: str, approved: str, review: str
) -> Block:
    return (
        "table",
        [
            ["Title", title],
            ["Owner", owner],
            ["Approved by", approver],
            ["Version", version],
            ["Date approved", approved],
            ["Review date", review],
        ],
        False,
    )


def history(rows: list[list[str]]) -> Block:
    return ("table", [["Version", "Date", "Author", "Changes"], *rows], True)


LEGISLATION_A = [
    "Children Act 1989",
    "Children Act 2004",
    "Children (Leaving Care) Act 2000",
    "Adoption and Children Act 2002",
    "Children and Families Act 2014",
    "Children and Social Work Act 2017",
    "Equality Act 2010",
    "Data Protection Act 2018",
]

PRINCIPLES = [
    "to act in the best interests of children and young people and promote their physical and mental health and well-being;",
    "to encourage them to express their views, wishes and feelings;",
    "to take those views, wishes and feelings into account;",
    "to help them gain access to, and make the best use of, the services the council and its partners provide;",
    "to promote high aspirations and seek the best outcomes for them;",
    "to make sure they are safe and have stability in their home lives, relationships and education or work;",
    "to prepare them for adulthood and independent living.",
]


# 9101 -------------------------------------------------------------------------------------
D9101: dict[str, Any] = {
    "council": "Ashcombe Marsh Borough Council",
    "headings": "styles",
    "blocks": [
        ("title", TITLE),
        control(
            TITLE,
            "Head of Service, Children in Care and Care Leavers",
            "Children's Services Leadership Team",
            "4.2",
            "12 March 2025",
            "March 2027",
        ),
        ("label", "Version history"),
        history(
            [
                [
                    "4.0",
                    "08/03/2023",
                    "R. Okafor",
                    "Policy rewritten on the council's new template.",
                ],
                ["4.1", "19/09/2024", "R. Okafor", "Links to partner procedures updated."],
                [
                    "4.2",
                    "12/03/2025",
                    "J. Fenwick",
                    "Leaving care support to 25 set out for all care leavers; permanence timescale clarified.",
                ],
            ]
        ),
        ("label", "Contents"),
        (
            "contents",
            [
                ("1.0 Purpose", 3),
                ("2.0 Scope", 3),
                ("3.0 Policy statement", 4),
                ("4.0 Equality impact", 7),
                ("5.0 Related documents", 7),
                ("Appendix A: Glossary", 8),
            ],
        ),
        ("h1", "1.0 Purpose"),
        (
            "p",
            "This policy sets out the framework within which Ashcombe Marsh Borough Council provides services to children, young people and their families. It describes the duties the council holds in law and the values and principles that shape how its staff carry those duties out.",
        ),
        ("p", "Our services are delivered under the following legislation:"),
        ("bullets", LEGISLATION_A),
        (
            "p",
            "Statutory guidance, including Working Together to Safeguard Children, sits alongside these Acts and is followed by every team.",
        ),
        ("h1", "2.0 Scope"),
        (
            "p",
            "This policy applies to everyone who works in children's services, whether employed by the council, placed through an agency or working for a provider the council commissions. It covers our work with children in need, children subject to a child protection plan, Children in Care and young people leaving care.",
        ),
        ("h1", "3.0 Policy statement"),
        (
            "p",
            "Ashcombe Marsh Borough Council believes that children do best when they grow up safely within their own families. Our values are to be open and honest with families, to treat every child as an individual, to listen before we decide and to do what we say we will do. We hold ourselves to these values in every contact we have with a child or a parent.",
        ),
        ("h2", "3.1 Corporate parenting"),
        (
            "p",
            "When a child comes into our care the whole council becomes their corporate parent. Elected members and officers share that responsibility and are guided by the following principles:",
        ),
        ("numbers", PRINCIPLES),
        (
            "p",
            "The Corporate Parenting Board meets every quarter to check how well we keep to these principles.",
        ),
        ("h2", "3.2 Our practice model"),
        (
            "p",
            "Our practice model is Signs of Safety. It gives practitioners a shared way to map worries, strengths and goals with families, and it keeps the child's own words at the centre of every plan.",
        ),
        ("h2", "3.3 Permanence and leaving care"),
        (
            "p",
            "Every child in our care should have a permanence plan agreed at their second review, which will take place within four months of the child becoming looked after. Staying with family or friends is considered first.",
        ),
        (
            "p",
            "We support young people leaving care until they are 21. Support continues until they are 25 if they are in education or training or if they ask us for it. Every care leaver has a personal adviser and a pathway plan.",
        ),
        ("h2", "3.4 Information sharing"),
        (
            "p",
            "We share information about children and families only where the law allows it and where it helps to keep a child safe or to meet their needs. Staff follow the council's data protection policy and record every decision to share.",
        ),
        ("h1", "4.0 Equality impact"),
        (
            "p",
            "An equality impact assessment was completed when this policy was revised. It found no negative effect on any group with a protected characteristic and a positive effect for disabled care leavers, who are more likely to need support after 21.",
        ),
        ("h1", "5.0 Related documents"),
        (
            "bullets",
            [
                "Care Leavers Local Offer",
                "Pathway Planning Procedure",
                "Permanence Planning Procedure",
                "Data Protection Policy",
            ],
        ),
        ("h1", "Appendix A: Glossary"),
        (
            "table",
            [
                ["Term", "Meaning"],
                [
                    "Care leaver",
                    "A young person who has been in the council's care and is now preparing for or living in adulthood.",
                ],
                [
                    "Corporate parent",
                    "The council as a whole, acting as a parent would for the children in its care.",
                ],
                ["Pathway plan", "The plan that sets out the support a care leaver will receive."],
            ],
            True,
        ),
    ],
}

# 9102 -------------------------------------------------------------------------------------
D9102: dict[str, Any] = {
    "council": "Kettlewick City Council",
    "headings": "bold",
    "blocks": [
        ("title", TITLE),
        ("label", "Document control"),
        control(
            "Children's Services Policies, Values and Principles",
            "Service Manager, Quality Assurance",
            "Director of Children's Services",
            "2.0",
            "June 2025",
            "June 2026",
        ),
        ("label", "Version history"),
        history(
            [
                ["1.0", "May 2022", "T. Brannigan", "First issue."],
                ["1.1", "October 2023", "T. Brannigan", "Legislation list updated."],
                ["2.0", "June 2025", "S. Achebe", "Vision restated; leaving care section added."],
            ]
        ),
        ("label", "Contents"),
        (
            "contents",
            [
                ("1.0 Purpose", 2),
                ("2.0 Scope", 2),
                ("3.0 Policy statement", 3),
                ("3.1 Our values", 3),
                ("3.2 Corporate parenting", 3),
                ("3.3 Leaving care", 4),
                ("3.4 Confidentiality", 4),
                ("4.0 Legal framework", 5),
                ("5.0 Equality impact statement", 5),
                ("6.0 Related documents", 6),
                ("Appendix 1: Glossary", 6),
            ],
        ),
        ("h1", "1.0 Purpose"),
        (
            "p",
            "The purpose of this policy is to set out the framework for Kettlewick City Council's work with children and families: the law we work within, the vision we share and the principles every practitioner follows.",
        ),
        ("h1", "2.0 Scope"),
        (
            "p",
            "The policy covers all social work, early help and residential staff in the Children and Families Directorate, and those who commission services on the directorate's behalf.",
        ),
        ("h1", "3.0 Policy statement"),
        (
            "p",
            "Our vision is a city where every child is safe, loved and able to reach their potential. We want children to grow up in their own families wherever that is safe, and when it is not, to have a stable and caring home for as long as they need one.",
        ),
        ("h2", "3.1 Our values"),
        (
            "p",
            "We are respectful, curious and persistent. We value the knowledge that families have about themselves, we ask questions before we reach conclusions, and we do not give up on children whose lives are hard.",
        ),
        ("h2", "3.2 Corporate parenting"),
        (
            "p",
            "As corporate parents we take on the duties set out in the Children and Social Work Act 2017. We will act in each child's best interests, listen to their views and take them into account, help them use the services they need, hold high hopes for them, keep them safe and stable, and prepare them for adult life. These seven principles guide every decision the council makes about Looked After Children.",
        ),
        ("h2", "3.3 Leaving care"),
        (
            "p",
            "Care leavers in Kettlewick receive help from a personal adviser until the age of 25, whether or not they are in education. Their pathway plan is reviewed at least every six months.",
        ),
        (
            "p",
            "Permanence for every Looked After Child should be planned early: a plan for permanence is expected within six months of a child entering care.",
        ),
        ("h2", "3.4 Confidentiality"),
        (
            "p",
            "Information about children is confidential. It is shared with partners when a child's safety or welfare requires it, in line with data protection law and the council's information sharing agreement.",
        ),
        ("h1", "4.0 Legal framework"),
        ("p", "The council's duties to children arise mainly from the following:"),
        (
            "bullets",
            [
                "Children Act 1989",
                "Children Act 2004",
                "Children and Families Act 2014",
                "Children and Social Work Act 2017",
                "Children (Leaving Care) Act 2000",
            ],
        ),
        ("h1", "5.0 Equality impact statement"),
        (
            "p",
            "This policy has been screened for its effect on equality. No group with a protected characteristic is disadvantaged by it, so a full assessment was not needed.",
        ),
        ("h1", "6.0 Related documents"),
        (
            "bullets",
            [
                "Kettlewick Local Offer for Care Leavers",
                "Information Sharing Agreement",
                "Staying Put Policy",
            ],
        ),
        ("h1", "Appendix 1: Glossary"),
        (
            "table",
            [
                ["Term", "Meaning"],
                [
                    "Looked After Child",
                    "A child in the care of the council or provided with accommodation by it.",
                ],
                [
                    "Personal adviser",
                    "The worker who supports a care leaver with their pathway plan.",
                ],
            ],
            True,
        ),
    ],
}

# 9103 -------------------------------------------------------------------------------------
D9103: dict[str, Any] = {
    "council": "Stavenford County Council",
    "headings": "styles",
    "blocks": [
        ("title", TITLE),
        control(
            TITLE,
            "Assistant Director, Children's Social Care",
            "Cabinet Member for Children and Families",
            "1.3",
            "04/11/2024",
            "November 2025",
        ),
        ("label", "Version history"),
        history(
            [
                ["1.1", "January 2022", "M. Quayle", "Review with no changes."],
                ["1.2", "February 2023", "M. Quayle", "Practice model section added."],
                [
                    "1.3",
                    "November 2024",
                    "D. Harrow",
                    "Corporate parenting principles listed in full.",
                ],
            ]
        ),
        ("label", "Contents"),
        (
            "contents",
            [
                ("1.0 Purpose", 2),
                ("2.0 Scope", 2),
                ("3.0 Policy statement", 3),
                ("4.0 Equality impact", 6),
                ("5.0 Related documents", 6),
                ("Appendix A - Glossary", 7),
            ],
        ),
        ("h1", "1.0 Purpose"),
        (
            "p",
            "This policy sets out the legal and practice framework for Stavenford County Council's children's services. The council's work rests on the Children Act 1989, the Children Act 2004, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017.",
        ),
        ("h1", "2.0 Scope"),
        (
            "p",
            "The policy applies to all staff and volunteers in children's services and to providers working under contract to the council.",
        ),
        ("h1", "3.0 Policy statement"),
        (
            "p",
            "Stavenford County Council will work with families, partners and communities so that children are kept safe and supported to thrive. Working Together to Safeguard Children makes safeguarding everyone's responsibility, and we work jointly with health, police and schools through the Stavenford Safeguarding Children Partnership.",
        ),
        ("h2", "3.1 Corporate parenting"),
        ("p", "The council, as corporate parent of every Looked After Child, will:"),
        ("bullets", [p[0].upper() + p[1:] for p in PRINCIPLES]),
        ("h2", "3.2 Our practice model"),
        (
            "p",
            "Stavenford practises Family Safeguarding. Social workers, adult mental health workers, domestic abuse workers and drug and alcohol workers sit in one team and use motivational interviewing with parents.",
        ),
        ("h2", "3.3 Leaving care"),
        (
            "p",
            "Care leavers keep their personal adviser until they are 25. Permanence is planned from the first day a child is looked after, and a permanence plan is agreed within three months.",
        ),
        ("h2", "3.4 Key outcomes"),
        (
            "p",
            "We want every child to be healthy, to be safe, to enjoy and achieve, to make a positive contribution and to achieve economic well-being.",
        ),
        ("h1", "4.0 Equality impact"),
        (
            "p",
            "The council has considered this policy against the Public Sector Equality Duty. It treats all children fairly and gives extra help to those whose circumstances need it.",
        ),
        ("h1", "5.0 Related documents"),
        (
            "bullets",
            [
                "Stavenford Safeguarding Children Partnership procedures",
                "Care Leaver Offer",
                "Family Safeguarding Practice Guide",
            ],
        ),
        ("h1", "Appendix A - Glossary"),
        (
            "table",
            [
                ["Term", "Meaning"],
                ["Looked After Child", "A child aged under 18 in the care of the council."],
                ["Care leaver", "A young person aged 18 to 25 who was looked after."],
            ],
            True,
        ),
    ],
}

# 9104 -------------------------------------------------------------------------------------
D9104: dict[str, Any] = {
    "council": "Morlington Borough Council",
    "headings": "bold",
    "dots": True,
    "blocks": [
        ("title", TITLE),
        control(
            TITLE,
            "Head of Corporate Parenting",
            "Corporate Parenting Panel",
            "V3",
            "21 January 2025",
            "January 2028",
        ),
        ("label", "Version history"),
        history(
            [
                ["V1", "September 2019", "A. Penrose", "New policy."],
                ["V2", "July 2022", "A. Penrose", "Updated for the National Framework."],
                ["V3", "21 January 2025", "L. Gathii", "Leaving care ages and outcomes updated."],
            ]
        ),
        ("label", "Contents"),
        (
            "contents",
            [
                ("1.0 PURPOSE", 2),
                ("2.0 SCOPE", 2),
                ("3.0 POLICY STATEMENT", 3),
                ("4.0 EQUALITY IMPACT", 5),
                ("5.0 RELATED DOCUMENTS", 5),
                ("APPENDIX A: GLOSSARY", 6),
            ],
        ),
        ("h1", "1.0 PURPOSE"),
        (
            "p",
            "This document is the opening chapter of Morlington Borough Council's children's services procedures manual. It explains the values and principles our services are organised around and what every child and family can expect from us.",
        ),
        ("h1", "2.0 SCOPE"),
        (
            "p",
            "It applies to all staff in Children's Services and to anyone acting on the council's behalf with children and families.",
        ),
        ("h1", "3.0 POLICY STATEMENT"),
        (
            "p",
            "This policy sets out the framework of law and guidance within which the council provides its services. The main legislation is:",
        ),
        (
            "bullets",
            [
                "The Children Act 1989",
                "The Children Act 2004",
                "The Children (Leaving Care) Act 2000",
                "The Children and Families Act 2014",
                "The Children and Social Work Act 2017",
                "The Care Leavers (England) Regulations 2010",
            ],
        ),
        ("h2", "3.1 CORPORATE PARENTING"),
        (
            "p",
            "All councillors and officers are corporate parents to Children Looked After. We follow the seven corporate parenting principles set out in law, and our Corporate Parenting Panel asks children each year how well we are doing.",
        ),
        ("h2", "3.2 LEAVING CARE"),
        (
            "p",
            "Care leavers are supported until they are 21, or until 25 if they are in full-time education. A permanence plan is made for every child within four months of coming into care.",
        ),
        ("h2", "3.3 KEY OUTCOMES"),
        (
            "p",
            "We judge our success by the outcomes children achieve: being healthy, being safe, doing well at school, having good relationships and being ready for adult life.",
        ),
        ("h1", "4.0 EQUALITY IMPACT"),
        (
            "p",
            "An equality impact assessment found that the policy supports the council's duties under the Equality Act 2010 and does not disadvantage any group.",
        ),
        ("h1", "5.0 RELATED DOCUMENTS"),
        (
            "bullets",
            [
                "Corporate Parenting Strategy 2024-2027",
                "Pathway Planning Procedure",
                "Children Looked After Sufficiency Strategy",
            ],
        ),
        ("h1", "APPENDIX A: GLOSSARY"),
        (
            "table",
            [
                ["Term", "Meaning"],
                ["CLA", "Children Looked After."],
                ["Pathway plan", "A plan for a care leaver's move to adult life."],
            ],
            True,
        ),
    ],
}

# 9105 -------------------------------------------------------------------------------------
D9105: dict[str, Any] = {
    "council": "Pryorsbridge District Council",
    "headings": "styles",
    "blocks": [
        ("title", TITLE),
        ("label", "Document information"),
        control(
            TITLE,
            "Principal Social Worker",
            "Children's Services Management Board",
            "5.0",
            "30 September 2024",
            "September 2026",
        ),
        ("label", "Version history"),
        history(
            [
                ["4.0", "14 April 2022", "P. Lindqvist", "Minor wording changes."],
                [
                    "5.0",
                    "30 September 2024",
                    "N. Osei",
                    "Strategy section added; leaving care support extended.",
                ],
            ]
        ),
        ("label", "Contents"),
        (
            "contents",
            [
                ("1.0 Purpose", 2),
                ("2.0 Scope", 2),
                ("3.0 Policy statement", 2),
                ("3.1 Corporate parenting", 3),
                ("3.2 Leaving care", 3),
                ("3.3 Our strategy", 4),
                ("4.0 Equality impact", 4),
                ("5.0 Related documents", 5),
                ("Appendix A: Glossary", 5),
            ],
        ),
        ("h1", "1.0 Purpose"),
        (
            "p",
            "This policy sets out the framework for children's services in Pryorsbridge. Our work is governed by the legislation in the table below.",
        ),
        (
            "table",
            [
                ["Legislation", "Year"],
                ["Children Act", "1989"],
                ["Children Act", "2004"],
                ["Children (Leaving Care) Act", "2000"],
                ["Children and Families Act", "2014"],
                ["Children and Social Work Act", "2017"],
            ],
            True,
        ),
        ("h1", "2.0 Scope"),
        (
            "p",
            "The policy applies to children's social care, early help and the fostering and adoption teams, and to providers commissioned by the council.",
        ),
        ("h1", "3.0 Policy statement"),
        (
            "p",
            "Our values guide everything we do: we put children first, we are honest with families about our worries, we build on the strengths families already have, and we work as one team with our partners.",
        ),
        ("h2", "3.1 Corporate parenting"),
        (
            "p",
            "Pryorsbridge District Council accepts the responsibilities of a good parent for every child in its care and for its care leavers. We apply the corporate parenting principles in all our decisions:",
        ),
        (
            "bullets",
            [
                "acting in the child's best interests",
                "listening to their views",
                "taking their views into account",
                "helping them access services",
                "promoting high aspirations",
                "keeping them safe and giving them stability",
                "preparing them for independence",
            ],
        ),
        ("h2", "3.2 Leaving care"),
        (
            "p",
            "Young people leaving care receive support until 21 and may continue to receive support until 25 if they wish. A permanence plan will be in place for each Child in Care by the time of their second review.",
        ),
        ("h2", "3.3 Our strategy"),
        (
            "p",
            "Our strategy for 2024 to 2027 has three aims: to help more children stay safely at home, to find more local foster homes, and to improve the help care leavers get with housing and work.",
        ),
        ("h1", "4.0 Equality impact"),
        (
            "p",
            "This policy was assessed for its equality impact in September 2024. No adverse impact was identified.",
        ),
        ("h1", "5.0 Related documents"),
        (
            "bullets",
            [
                "Children's Services Strategy 2024-2027",
                "Fostering Service Statement of Purpose",
                "Care Leavers Local Offer",
            ],
        ),
        ("h1", "Appendix A: Glossary"),
        (
            "table",
            [
                ["Term", "Meaning"],
                ["Child in Care", "A child looked after by the council."],
                [
                    "Corporate parenting",
                    "The shared duty of the whole council towards children in its care.",
                ],
            ],
            True,
        ),
    ],
}

# 9106 -------------------------------------------------------------------------------------
D9106: dict[str, Any] = {
    "council": "Elmsworth Council",
    "headings": "bold",
    "h2_italic": True,
    "blocks": [
        ("title", TITLE),
        control(
            TITLE,
            "Head of Safeguarding and Quality",
            "Lead Member for Children",
            "2.3",
            "7 July 2025",
            "July 2027",
        ),
        ("label", "Version history"),
        history(
            [
                ["2.1", "3 March 2023", "K. Whitlow", "Information sharing added."],
                ["2.2", "11 June 2024", "K. Whitlow", "Contacts updated."],
                [
                    "2.3",
                    "7 July 2025",
                    "F. Adeyemi",
                    "Restorative Practice adopted as the practice model.",
                ],
            ]
        ),
        ("label", "Contents"),
        (
            "contents",
            [
                ("1.0 Purpose", 2),
                ("2.0 Scope", 2),
                ("3.0 Policy statement", 3),
                ("4.0 Equality impact", 5),
                ("5.0 Related documents", 5),
                ("Appendix: Glossary", 6),
            ],
        ),
        ("h1", "1.0 Purpose"),
        (
            "p",
            "This policy sets out the framework within which Elmsworth Council supports children and families, under the Children Act 1989, the Children Act 2004, the Children and Social Work Act 2017 and the Children (Leaving Care) Act 2000.",
        ),
        ("h1", "2.0 Scope"),
        (
            "p",
            "This policy is for all practitioners and managers in Elmsworth's children's services and for the council's partners in the local safeguarding arrangements.",
        ),
        ("h1", "3.0 Policy statement"),
        (
            "p",
            "We believe in honesty, respect, fairness and persistence. These values shape how we speak with children, how we write about them and how we make decisions with their families.",
        ),
        ("h2", "3.1 Working together"),
        (
            "p",
            "Keeping children safe is a shared responsibility. We work with schools, health services, the police and voluntary groups as Working Together to Safeguard Children expects, and we follow the Children's Social Care National Framework as statutory guidance.",
        ),
        ("h2", "3.2 Corporate parenting"),
        (
            "p",
            "The council is corporate parent to all Cared for Children and follows the seven corporate parenting principles. We will act in their best interests, seek and take account of their views, help them use services, raise their aspirations, keep them safe and prepare them for adult life.",
        ),
        ("h2", "3.3 Our practice model"),
        (
            "p",
            "Our practice model is Restorative Practice: we work with families rather than doing things to them or for them.",
        ),
        ("h2", "3.4 Leaving care"),
        (
            "p",
            "Every care leaver can have support from a personal adviser up to the age of 25. Permanence plans for Cared for Children are agreed within four months.",
        ),
        ("h1", "4.0 Equality impact"),
        (
            "p",
            "We have assessed this policy and found that it promotes equality of opportunity for children and young people with protected characteristics.",
        ),
        ("h1", "5.0 Related documents"),
        (
            "bullets",
            [
                "Restorative Practice Handbook",
                "Care Leavers Local Offer",
                "Elmsworth Safeguarding Partnership Arrangements",
            ],
        ),
        ("h1", "Appendix: Glossary"),
        (
            "table",
            [
                ["Term", "Meaning"],
                ["Cared for Child", "A child looked after by the council."],
                [
                    "Restorative Practice",
                    "Working with families with high support and high challenge.",
                ],
            ],
            True,
        ),
    ],
}

WORD = {
    "9101-docx-corporate-template-heading-styles-control-table-under-title": D9101,
    "9102-docx-corporate-template-bold-headings-document-control-label": D9102,
    "9103-docx-corporate-template-heading-styles-history-by-month": D9103,
    "9104-docx-corporate-template-capital-bold-headings-dot-leaders": D9104,
    "9105-docx-corporate-template-document-information-legislation-table": D9105,
    "9106-docx-corporate-template-bold-headings-italic-sub-headings": D9106,
}
PDF = {
    "9107-pdf-lo-export-of-9102-corporate-template": "9102-docx-corporate-template-bold-headings-document-control-label",
    "9108-pdf-lo-export-of-9105-corporate-template": "9105-docx-corporate-template-document-information-legislation-table",
}


def main() -> None:
    for name, doc in WORD.items():
        build_docx(doc, HERE / f"{name}.docx")
        (HERE / f"{name}.docx.md").write_text(
            note(doc, "python-docx, a council's corporate policy template"), "utf-8"
        )
    for name, source in PDF.items():
        export_pdf(HERE / f"{source}.docx", HERE / f"{name}.pdf")
        (HERE / f"{name}.pdf.md").write_text(
            note(WORD[source], f"LibreOffice's PDF export of {source}.docx"), "utf-8"
        )


if __name__ == "__main__":
    main()
