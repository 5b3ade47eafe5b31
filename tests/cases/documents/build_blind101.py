# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word chapters of the hundred-and-first blind set (10101-10106), in our own words,
as invented councils' children's-services policy chapters laid out in corporate-policy Word
templates: a document-control table at the top (owner, approved by, review date, version), a
version-history table (at the top or the end), "1.0 Purpose / 2.0 Scope / 3.0 Policy statement /
3.1 ..." numbering made in different ways, an equality impact statement, a glossary table, a
"Related documents" list of statutes and a sign-off block.

10101 Heading 1/2 styles with typed numbers ("1.0 Purpose", "3.1 Our values"), control table at
      the top, version history and sign-off block at the end.
10102 no Heading styles at all: the title a bold 16 pt Normal paragraph, headings Normal
      paragraphs in bold capitals ("1. PURPOSE"), sub-headings bold sentence case ("3.2 ..."), a
      version-history table at the TOP under a bold "DOCUMENT HISTORY" line, typed "a)" letters.
10103 Heading 1/2 numbered by a Word multi-level list ("%1.0", "%1.%2") on the paragraphs, no
      number typed in any heading, a closing "Version control" table.
10104 section titles naming their kinds by meaning ("Our promise", "What young people can
      expect"), the document control at the end with a last-updated line.
10105 the title inside a shaded one-cell banner table, the control table under it, every heading
      the one row of a two-cell table (number | words), body paragraphs between the tables.
10106 a TOC field (cached entries) under "Contents", Heading styles with typed numbers, control
      table at the top, version history, glossary table and related documents at the end.

usage: .venv/bin/python tests/cases/documents/build_blind101.py   (needs python-docx)
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

Block = tuple[Any, ...]


def _shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def _bold_paragraph(doc: Any, text: str, size: float | None = None, caps: bool = False) -> Any:
    para = doc.add_paragraph()
    run = para.add_run(text.upper() if caps else text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return para


def _table(doc: Any, rows: list[list[str]], header: bool = False) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text = value
            if (header and i == 0) or (not header and j == 0 and len(row) == 2):
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def _numbering(doc: Any) -> int:
    """A multi-level list '1.0' / '1.1' for Heading 1 and 2; returns its numId."""
    part = doc.part.numbering_part
    root = part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="41">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.0"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="41"><w:abstractNumId w:val="41"/></w:num>')
    )
    return 41


def _number(para: Any, num_id: int, level: int) -> None:
    ppr = para._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def _toc(doc: Any, entries: list[tuple[str, str]]) -> None:
    """A TOC field whose cached result is one paragraph an entry."""
    heading = doc.add_paragraph()
    run = heading.add_run("Contents")
    run.bold = True
    run.font.size = Pt(14)
    paras = []
    for text, page in entries:
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Pt(
            0 if "." in text.split(" ")[0][:-1] and text.split(" ")[0].endswith("0") else 12
        )
        para.add_run(text)
        para.add_run().add_tab()
        para.add_run(page)
        paras.append(para)
    begin = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>')
    instr = parse_xml(
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
    )
    sep = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>')
    first = paras[0]._p
    first_run = first.find(qn("w:r"))
    first_run.addprevious(begin)
    first_run.addprevious(instr)
    first_run.addprevious(sep)
    paras[-1]._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def build(blocks: list[Block], target: Path, about: str) -> None:
    doc = Document()
    num_id = 0
    note = [f"%% built by build_blind101.py: {about}", ""]
    for block in blocks:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
            note.append(f"# {block[1]}")
        elif kind == "bigbold":
            _bold_paragraph(doc, block[1], size=16)
            note.append(f"**{block[1]}**")
        elif kind == "h":
            doc.add_paragraph(block[2], style=f"Heading {block[1]}")
            note.append(f"{'#' * (block[1] + 1)} {block[2]}")
        elif kind == "hnum":  # a heading numbered by the multi-level list
            if not num_id:
                num_id = _numbering(doc)
            para = doc.add_paragraph(block[2], style=f"Heading {block[1]}")
            _number(para, num_id, block[1] - 1)
            note.append(f"{'#' * (block[1] + 1)} (list number) {block[2]}")
        elif kind == "bold":
            _bold_paragraph(doc, block[1])
            note.append(f"**{block[1]}**")
        elif kind == "caps":
            _bold_paragraph(doc, block[1], caps=True)
            note.append(f"**{block[1].upper()}**")
        elif kind == "p":
            doc.add_paragraph(block[1])
            note.append(block[1])
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
                note.append(f"- {item}")
        elif kind == "numbered":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
                note.append(f"1. {item}")
        elif kind == "table":
            _table(doc, block[1], header=block[2] if len(block) > 2 else False)
            note.extend(" | ".join(row) for row in block[1])
        elif kind == "banner":
            table = doc.add_table(rows=1, cols=1)
            cell = table.cell(0, 0)
            _shade(cell, "1F4E79")
            cell.text = ""
            first = True
            for line, size in block[1]:
                para = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                run = para.add_run(line)
                run.bold = True
                run.font.size = Pt(size)
            note.append(" / ".join(line for line, _ in block[1]) + " (banner cell)")
        elif kind == "rowhead":
            table = doc.add_table(rows=1, cols=2)
            for j, value in enumerate(block[1:3]):
                cell = table.cell(0, j)
                _shade(cell, "D9E2F3")
                cell.text = ""
                run = cell.paragraphs[0].add_run(value)
                run.bold = True
            table.columns[0].width = Pt(40)
            note.append(f"| {block[1]} | {block[2]} |")
        elif kind == "toc":
            _toc(doc, block[1])
            note.append("Contents (TOC field)")
            note.extend(f"{text} {page}" for text, page in block[1])
        else:
            raise ValueError(kind)
        note.append("")
    doc.core_properties.author = "Policy Team"
    doc.save(str(target))
    target.with_name(target.name + ".md").write_text("\n".join(note), encoding="utf-8")


_ = copy


SIGN_OFF_NOTE = "Signature on file"

D1: list[Block] = [
    ("title", "Corporate Parenting, Permanence and Leaving Care Policy"),
    (
        "table",
        [
            ["Policy owner", "Head of Service, Children in Care and Care Leavers"],
            ["Approved by", "Marrowfield Corporate Parenting Board"],
            ["Date approved", "11 March 2025"],
            ["Version", "3.0"],
            ["Review date", "March 2027"],
            ["Classification", "Official"],
        ],
    ),
    ("h", 1, "1.0 Purpose"),
    (
        "p",
        "This document explains the values and principles that shape the way Marrowfield City Council looks after children in care and supports young people as they leave care. It tells staff what is expected of them and tells children and young people what they can expect from us.",
    ),
    ("h", 1, "2.0 Scope"),
    (
        "p",
        "The policy applies to every officer of the council's children's services, to elected members in their role as corporate parents and to agencies that provide care or support to our children in care under contract.",
    ),
    ("h", 1, "3.0 Policy statement"),
    (
        "p",
        "Marrowfield City Council accepts that when a child comes into our care the whole council becomes their parent. Our duties come from the Children Act 1989 and the statutes that followed it, and from the statutory guidance that goes with them. The sections below set out how we meet those duties.",
    ),
    ("h", 2, "3.1 Our values"),
    (
        "p",
        "We value honesty, warmth and ambition. We listen to children in care before decisions are made about them, we keep our promises, and we expect as much for them as any good parent would expect for their own child.",
    ),
    ("h", 2, "3.2 Corporate parenting"),
    (
        "p",
        "The Children and Social Work Act 2017 asks every part of the council to have regard to seven corporate parenting principles. In all our work with children in care and care leavers we will:",
    ),
    (
        "numbered",
        [
            "act in their best interests and promote their physical and mental health and well-being;",
            "encourage them to express their views, wishes and feelings;",
            "take their views, wishes and feelings into account;",
            "help them to gain access to, and make the best use of, the services we and our partners provide;",
            "promote high aspirations and seek the best outcomes for them;",
            "make sure they are safe and have stability in their home lives, relationships and education or work;",
            "prepare them for adulthood and independent living.",
        ],
    ),
    ("h", 2, "3.3 Permanence"),
    (
        "p",
        "Every child in care needs a secure, lasting home. A plan for permanence is agreed for each child at the second statutory review, no later than four months after they came into care, and is checked at every review after that.",
    ),
    ("h", 2, "3.4 Leaving care"),
    (
        "p",
        "Young people who leave our care keep a personal adviser and a pathway plan until they are 21. Any care leaver may come back to us for support up to the age of 25, and we will say yes.",
    ),
    ("h", 2, "3.5 Our practice model"),
    (
        "p",
        "Social workers in Marrowfield use Signs of Safety to work alongside families, looking at what is going well, what is worrying and what needs to happen next.",
    ),
    ("h", 1, "4.0 Information sharing and confidentiality"),
    (
        "p",
        "We share personal information about children in care only where the law allows it and where it helps to keep them safe or meet their needs. Young people are told what we hold about them and how to see their records.",
    ),
    ("h", 1, "5.0 Equality impact statement"),
    (
        "p",
        "An equality impact assessment was completed when this policy was revised. It found no negative impact on any group sharing a protected characteristic, and it noted a positive impact for disabled care leavers, who now keep their personal adviser for longer.",
    ),
    ("h", 1, "6.0 Glossary"),
    (
        "table",
        [
            ["Term", "Meaning"],
            [
                "Care leaver",
                "A young person aged 16 to 25 who was in care for at least 13 weeks after the age of 14.",
            ],
            ["Pathway plan", "The plan that sets out the support a care leaver will receive."],
            ["Permanence", "A stable home and lasting relationships for a child until adulthood."],
        ],
        True,
    ),
    ("h", 1, "7.0 Related documents"),
    (
        "bullets",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Children and Young Persons Act 2008",
            "Care Planning, Placement and Case Review (England) Regulations 2010",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
        ],
    ),
    ("h", 1, "8.0 Version history"),
    (
        "table",
        [
            ["Version", "Date", "Author", "Summary of changes"],
            ["1.0", "June 2019", "Policy Officer", "First issue"],
            ["2.0", "May 2022", "Policy Officer", "Leaving care section rewritten"],
            [
                "3.0",
                "March 2025",
                "Head of Service",
                "Updated for the National Framework; support to 25 offered to all care leavers",
            ],
        ],
        True,
    ),
    ("bold", "Sign-off"),
    (
        "table",
        [
            ["Signed", SIGN_OFF_NOTE],
            ["Name", "Director of Children's Services"],
            ["Date", "11 March 2025"],
        ],
    ),
]

D2: list[Block] = [
    ("bigbold", "Pellingham Borough Council Policy: Looked After Children and Care Leavers"),
    (
        "table",
        [
            ["Document owner", "Service Manager, Looked After Children"],
            ["Approved by", "Children's Services Leadership Team"],
            ["Version", "2.0"],
            ["Next review", "December 2026"],
        ],
    ),
    ("caps", "Document history"),
    (
        "table",
        [
            ["Version", "Date", "Change"],
            ["1.0", "01/09/2020", "First issue"],
            ["1.1", "15/06/2023", "Contact details updated"],
            [
                "2.0",
                "02/12/2024",
                "Policy rewritten to reflect the Children's Social Care National Framework",
            ],
        ],
        True,
    ),
    ("caps", "1. Purpose"),
    (
        "p",
        "1.1 This policy describes the principles Pellingham Borough Council follows in caring for Looked After Children and in supporting young people after they leave care.",
    ),
    ("caps", "2. Scope"),
    (
        "p",
        "2.1 It covers all children's social care staff, foster carers approved by the council, and managers of the residential homes we commission.",
    ),
    ("caps", "3. Policy statement"),
    (
        "p",
        "3.1 The council is the corporate parent of every Looked After Child. We intend to be the kind of parent we would want for our own children: present, reliable and ambitious.",
    ),
    ("bold", "3.2 What we believe"),
    (
        "p",
        "3.2.1 Our values are respect, fairness and openness. Children are listened to, their identity and culture are respected, and they are told honestly about decisions that affect them.",
    ),
    ("bold", "3.3 Our duties as corporate parent"),
    (
        "p",
        "3.3.1 Like every council in England we must have regard to the corporate parenting principles. The council will:",
    ),
    (
        "p",
        "a) act in the best interests of Looked After Children and promote their health and well-being;",
    ),
    ("p", "b) encourage them to say what they think and feel;"),
    ("p", "c) take account of their views, wishes and feelings;"),
    ("p", "d) help them use the services available to them;"),
    ("p", "e) hold high aspirations for them and seek the best outcomes;"),
    ("p", "f) keep them safe, with stability at home, at school and in their relationships;"),
    ("p", "g) prepare them for adult life and living independently."),
    ("bold", "3.4 Permanence and leaving care"),
    (
        "p",
        "3.4.1 We aim for every Looked After Child to have a permanence plan agreed within six months of coming into care.",
    ),
    (
        "p",
        "3.4.2 Care leavers are entitled to the support of a personal adviser up to the age of 25, whether or not they are in education or training.",
    ),
    ("bold", "3.5 How we practise"),
    (
        "p",
        "3.5.1 Pellingham's practice framework is Restorative Practice: we work with families rather than doing things to them or for them.",
    ),
    ("caps", "4. Confidentiality"),
    (
        "p",
        "4.1 Records about Looked After Children are kept securely and shared only with those who need them to do their job, in line with data protection law.",
    ),
    ("caps", "5. Equality impact assessment"),
    (
        "p",
        "5.1 This policy has been screened for its impact on equality. No adverse impact was found.",
    ),
    ("caps", "6. Glossary"),
    (
        "table",
        [
            ["IRO", "Independent Reviewing Officer"],
            ["PA", "Personal adviser"],
            [
                "Staying Put",
                "An arrangement for a young person to stay with their foster carer after 18",
            ],
        ],
    ),
    ("caps", "7. Related documents"),
    (
        "bullets",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Data Protection Act 2018",
        ],
    ),
    ("caps", "8. Sign-off"),
    ("p", "Approved by the Director of Children's Services on 2 December 2024."),
]

D3: list[Block] = [
    ("title", "Children Looked After and Care Leavers: Values and Principles"),
    (
        "table",
        [
            ["Owner", "Assistant Director, Corporate Parenting"],
            ["Approved by", "Hawkstone Cabinet Member for Children"],
            ["Version", "2.3"],
            ["Review date", "October 2026"],
        ],
    ),
    ("hnum", 1, "Purpose"),
    (
        "p",
        "This chapter sets out the values and principles behind Hawkstone Metropolitan Borough Council's work with Children Looked After and care leavers.",
    ),
    ("hnum", 1, "Scope"),
    (
        "p",
        "It is for all staff in the Children Looked After service, the leaving care team and the fostering service.",
    ),
    ("hnum", 1, "Policy statement"),
    (
        "p",
        "This policy sets out the framework within which the council acts as corporate parent. The work is governed by the legislation below.",
    ),
    ("hnum", 2, "Legislation"),
    (
        "bullets",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Children and Young Persons Act 2008",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Care Leavers (England) Regulations 2010",
            "Equality Act 2010",
        ],
    ),
    ("hnum", 2, "Our vision"),
    (
        "p",
        "Our vision is for every Child Looked After in Hawkstone to grow up safe, settled and loved, and to leave our care with the confidence and skills to make a good life.",
    ),
    ("hnum", 2, "Corporate parenting principles"),
    ("p", "As corporate parents, councillors and officers will have regard to the need:"),
    (
        "bullets",
        [
            "to act in the best interests of Children Looked After and to promote their health and well-being;",
            "to encourage them to express their views, wishes and feelings;",
            "to take those views, wishes and feelings into account;",
            "to help them gain access to and make the best use of services;",
            "to promote high aspirations and seek the best outcomes for them;",
            "for them to be safe and to have stability in their home lives, relationships and education or work;",
            "to prepare them for adulthood and independent living.",
        ],
    ),
    ("hnum", 2, "Permanence"),
    (
        "p",
        "A permanence plan is presented at the four-month review for every Child Looked After, so that no child drifts in care without a plan for where they will grow up.",
    ),
    ("hnum", 2, "Leaving care"),
    (
        "p",
        "Care leavers keep their personal adviser until they are 21, and until 25 if they are in education or training or ask for help.",
    ),
    ("hnum", 2, "Practice model"),
    (
        "p",
        "Hawkstone uses the Family Safeguarding model, with adult mental health, substance misuse and domestic abuse workers in every children's team.",
    ),
    ("hnum", 1, "Information sharing"),
    (
        "p",
        "Information is shared with partners in line with data protection law and the council's information sharing agreements.",
    ),
    ("hnum", 1, "Equality impact"),
    (
        "p",
        "An equality impact assessment has been completed and is available from the policy team.",
    ),
    ("hnum", 1, "Glossary"),
    (
        "table",
        [
            ["Term", "Meaning"],
            [
                "Child Looked After",
                "A child in the care of the local authority or accommodated by it",
            ],
            ["Corporate parent", "The council and its partners acting as a parent would"],
        ],
        True,
    ),
    ("hnum", 1, "Version control"),
    (
        "table",
        [
            ["Version", "Date", "Changes"],
            ["2.1", "January 2023", "Reformatted into the corporate template"],
            ["2.2", "August 2023", "Leaving care ages updated"],
            ["2.3", "October 2024", "Practice model section added"],
        ],
        True,
    ),
]

D4: list[Block] = [
    ("title", "Dunmere County Council: Our Policy for Children in Care and Care Leavers"),
    ("h", 1, "1.0 Why this policy exists"),
    (
        "p",
        "This policy explains how Dunmere County Council cares for the children in our care and the young people who have left it. It was updated in January 2025 to add the support offered to care leavers up to 25.",
    ),
    ("h", 1, "2.0 Who this policy is for"),
    (
        "p",
        "It is for everyone who works for the council's children's services and for the councillors who sit on the Corporate Parenting Panel.",
    ),
    ("h", 1, "3.0 The law we follow"),
    ("p", "Our work with children in care rests on these statutes:"),
    (
        "bullets",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Adoption and Children Act 2002",
            "Children Act 2004",
            "Children and Young Persons Act 2008",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
        ],
    ),
    ("h", 1, "4.0 Our promise"),
    (
        "p",
        "We promise to be kind, honest and ambitious for every child in our care. We will treat each child as an individual, respect their family, their culture and their faith, and never give up on them.",
    ),
    ("h", 1, "5.0 Being a good parent"),
    (
        "p",
        "The whole council shares the role of parent to the children in our care. Councillors and officers hold to these seven principles:",
    ),
    (
        "numbered",
        [
            "Act in the child's best interests and look after their health and well-being.",
            "Help children to say what they think and feel.",
            "Take what they say into account.",
            "Help them to use the services that are there for them.",
            "Aim high for them and expect the best.",
            "Keep them safe and give them stable homes, relationships and schooling.",
            "Get them ready for adult life.",
        ],
    ),
    ("h", 1, "6.0 Where we are heading"),
    (
        "p",
        "By 2028 we want every child in our care to live close to home, in a family wherever that is right for them, and to tell us that they feel safe and listened to.",
    ),
    ("h", 1, "7.0 What young people can expect"),
    (
        "p",
        "Each child in our care will have a plan for permanence within four months of coming into care.",
    ),
    (
        "p",
        "Young people leaving care can keep a personal adviser until they turn 21, or until 25 if they are studying, training or simply want our help.",
    ),
    ("h", 1, "8.0 How we work with families"),
    (
        "p",
        "Our social workers use Signs of Safety. It helps families and professionals agree what the worries are and what has to change.",
    ),
    ("h", 1, "9.0 Keeping your information safe"),
    (
        "p",
        "We keep what we know about you safe and only share it when the law allows or when it is needed to protect you or someone else.",
    ),
    ("h", 1, "10.0 Fair for everyone"),
    (
        "p",
        "We have looked at whether this policy could treat any group of children unfairly. We found that it supports children of every background equally.",
    ),
    ("h", 1, "11.0 Words we use"),
    (
        "table",
        [
            ["Word", "What it means"],
            ["Personal adviser", "The worker who helps you after you leave care"],
            ["Permanence", "Having a home where you can stay while you grow up"],
        ],
        True,
    ),
    ("h", 1, "12.0 Document control"),
    (
        "table",
        [
            ["Owner", "Head of Children in Care"],
            ["Approved by", "Corporate Parenting Panel"],
            ["Version", "1.4"],
            ["Review date", "January 2027"],
        ],
    ),
    ("p", "Last updated: 20 January 2025"),
]

D5: list[Block] = [
    (
        "banner",
        [
            ("Children's Services Policy: Care, Permanence and Leaving Care", 18),
            ("Silverbeck Borough Council", 12),
        ],
    ),
    (
        "table",
        [
            ["Policy owner", "Head of Looked After Children Service"],
            ["Approved by", "Silverbeck Children's Services Management Team"],
            ["Version", "4.1"],
            ["Review date", "February 2027"],
        ],
    ),
    ("rowhead", "1.0", "Purpose"),
    (
        "p",
        "This chapter describes the values and principles that guide Silverbeck's work with Looked After Children and care leavers.",
    ),
    ("rowhead", "2.0", "Scope"),
    (
        "p",
        "It applies to all practitioners and managers in children's social care and to the providers we commission.",
    ),
    ("rowhead", "3.0", "Policy statement"),
    (
        "p",
        "Silverbeck Borough Council takes its role as corporate parent seriously. Looked After Children should have the same chances as any other child in the borough.",
    ),
    ("rowhead", "3.1", "Values"),
    (
        "p",
        "We are guided by respect, openness and high expectations. We put children's voices at the centre of what we do and we stay with them for as long as they need us.",
    ),
    ("rowhead", "3.2", "Corporate parenting"),
    (
        "p",
        "The council and its partners will have regard to the seven corporate parenting principles set out in section 1 of the Children and Social Work Act 2017:",
    ),
    (
        "bullets",
        [
            "to act in their best interests and promote their health and well-being",
            "to encourage them to express their views, wishes and feelings",
            "to take their views, wishes and feelings into account",
            "to help them gain access to and make the best use of services",
            "to promote high aspirations and seek the best outcomes",
            "for them to be safe, with stability in their home lives, relationships and education or work",
            "to prepare them for adulthood and independent living",
        ],
    ),
    ("rowhead", "3.3", "Permanence"),
    ("p", "A plan for permanence is confirmed at each Looked After Child's second review."),
    ("rowhead", "3.4", "Leaving care"),
    (
        "p",
        "Care leavers are supported by a personal adviser until they are 21, or 25 if they want the support.",
    ),
    ("rowhead", "4.0", "Information sharing"),
    (
        "p",
        "We share information about children only when it is lawful, necessary and proportionate, and we record why.",
    ),
    ("rowhead", "5.0", "Equality impact statement"),
    (
        "p",
        "The policy was assessed for its effect on people with protected characteristics. No adverse effect was found.",
    ),
    ("rowhead", "6.0", "Related documents"),
    (
        "bullets",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Children Act 2004",
            "Children and Young Persons Act 2008",
            "Care Leavers (England) Regulations 2010",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Data Protection Act 2018",
        ],
    ),
    ("rowhead", "7.0", "Version history"),
    (
        "table",
        [
            ["Version", "Date", "Description"],
            ["4.0", "17/05/2023", "Full review"],
            ["4.1", "03/02/2025", "Leaving care section updated"],
        ],
        True,
    ),
]

D6_TOC = [
    ("1.0 Purpose", "2"),
    ("2.0 Scope", "2"),
    ("3.0 Policy statement", "2"),
    ("3.1 Values", "2"),
    ("3.2 Corporate parenting", "3"),
    ("3.3 Permanence and leaving care", "3"),
    ("4.0 Confidentiality", "4"),
    ("5.0 Equality impact", "4"),
    ("6.0 Glossary", "4"),
    ("7.0 Related documents", "5"),
    ("8.0 Version history", "5"),
]

D6: list[Block] = [
    ("title", "Cared for Children and Care Leavers Policy"),
    (
        "table",
        [
            ["Council", "Oakhurst Council"],
            ["Owner", "Principal Social Worker"],
            ["Approved by", "Oakhurst Children's Services Policy Board"],
            ["Version", "3.2"],
            ["Review date", "April 2027"],
        ],
    ),
    ("toc", D6_TOC),
    ("h", 1, "1.0 Purpose"),
    (
        "p",
        "This policy explains what Oakhurst Council, as corporate parent, believes and promises to Cared for Children and care leavers.",
    ),
    ("h", 1, "2.0 Scope"),
    (
        "p",
        "The policy covers all staff in children's services, our foster carers and the councillors who sit on the Corporate Parenting Committee.",
    ),
    ("h", 1, "3.0 Policy statement"),
    (
        "p",
        "Oakhurst Council wants its Cared for Children to thrive. This section says what we stand for and what we will do.",
    ),
    ("h", 2, "3.1 Values"),
    (
        "p",
        "We are ambitious, we are honest and we are there for the long term. Cared for Children are treated with dignity and their wishes are heard.",
    ),
    ("h", 2, "3.2 Corporate parenting"),
    (
        "p",
        "Our Corporate Parenting Committee makes sure the council holds to all seven principles:",
    ),
    (
        "numbered",
        [
            "acting in the best interests of Cared for Children and promoting their health and well-being",
            "encouraging them to express their views, wishes and feelings",
            "taking their views, wishes and feelings into account",
            "helping them to gain access to, and make the best use of, services",
            "promoting high aspirations and seeking the best outcomes for them",
            "keeping them safe, with stability in their home lives, relationships and education or work",
            "preparing them for adulthood and independent living",
        ],
    ),
    ("h", 2, "3.3 Permanence and leaving care"),
    (
        "p",
        "Every Cared for Child will have a permanence plan within four months of becoming cared for.",
    ),
    ("p", "Care leavers can have the help of a personal adviser up to the age of 25."),
    ("p", "We practise Restorative Practice across all our children's teams."),
    ("h", 1, "4.0 Confidentiality"),
    (
        "p",
        "Personal information about Cared for Children is held securely and shared only on a need-to-know basis.",
    ),
    ("h", 1, "5.0 Equality impact"),
    (
        "p",
        "An equality impact assessment found that this policy is likely to have a positive effect on care leavers with disabilities.",
    ),
    ("h", 1, "6.0 Glossary"),
    (
        "table",
        [
            ["Term", "Definition"],
            ["Cared for Child", "A child looked after by Oakhurst Council"],
            ["Staying Close", "Support for young people leaving children's homes"],
        ],
        True,
    ),
    ("h", 1, "7.0 Related documents"),
    (
        "bullets",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Care Leavers (England) Regulations 2010",
            "Equality Act 2010",
        ],
    ),
    ("h", 1, "8.0 Version history"),
    (
        "table",
        [
            ["Version", "Date", "Author", "Changes"],
            ["3.0", "9 February 2023", "Principal Social Worker", "New template"],
            ["3.1", "2 October 2023", "Principal Social Worker", "Glossary added"],
            [
                "3.2",
                "14 April 2025",
                "Principal Social Worker",
                "Support to 25 for all care leavers",
            ],
        ],
        True,
    ),
]

DOCUMENTS = [
    (
        "10101-docx-heading-styles-typed-numbers-control-table-top-history-end-sign-off.docx",
        D1,
        "Heading 1/2 with typed 1.0 numbers, control table at the top, version history and sign-off at the end",
    ),
    (
        "10102-docx-no-heading-styles-bold-capitals-history-table-at-top-typed-letters.docx",
        D2,
        "no Heading styles: bold capital Normal headings, version history at the top",
    ),
    (
        "10103-docx-heading-styles-word-list-numbers-1-0-version-control-end.docx",
        D3,
        "Heading 1/2 numbered by a Word multi-level list (%1.0, %1.%2), no typed numbers",
    ),
    (
        "10104-docx-meaning-titles-our-promise-what-young-people-can-expect-control-end.docx",
        D4,
        "section titles naming kinds by meaning, document control at the end",
    ),
    (
        "10105-docx-title-in-banner-table-heading-numbers-in-table-column.docx",
        D5,
        "title in a shaded banner table, headings as number | words table rows",
    ),
    (
        "10106-docx-toc-field-contents-typed-numbers-glossary-related-documents.docx",
        D6,
        "a TOC field under Contents, Heading styles with typed numbers",
    ),
]


def main() -> None:
    for name, blocks, about in DOCUMENTS:
        build(blocks, HERE / name, about)


if __name__ == "__main__":
    main()
