# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-fortieth blind set's Word and PDF files: two whole children's-services
policy chapters of invented councils, with headings by meaning.

    14005  Word (python-docx): Title and Heading 1 styles; the amendment in the scope's body
           prose ("we looked at it again in April 2025"), a closing version line; the seven
           corporate parenting principles as a bulleted list with no number stated; permanence
           "by the second statutory review, no more than four months after ..."; leaving-care
           support "until they reach 21, or 25 where ..."; Safe and Together.
    14006  PDF, LibreOffice from Word: headings bold at body size; a running header with the
           chapter's name and a footer "Page N of M"; the principles named in a sentence; a
           closing note "Changes since the last edition:" with a list and a "Last revision:" line.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind140.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import add_bold_heading, blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind140.py"
Blocks = list[tuple[str, str]]

TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ------------------------------------------------------------------ 14005 Kestrel Hythe, Word
KESTREL: Blocks = [
    ("h", "About this chapter"),
    ("p", "This chapter explains what Kestrel Hythe Council expects of everyone who works with children and young people in our care, children in need and their families. It is the starting point for the rest of our procedures manual."),
    ("p", "We looked at this chapter again in April 2025, and this version replaces the one published in May 2022. The main change is a fuller account of our practice model."),
    ("h", "The legal framework"),
    ("p", "The Children Act 1989 and the Children Act 2004 give the council most of its duties to children. The Children and Social Work Act 2017 sets out the principles we follow as corporate parents, and the Care Leavers (England) Regulations 2010 set out what we must offer young people leaving care."),
    ("h", "Partnership"),
    ("p", "Keeping children safe depends on agencies working well together. We follow Working Together to Safeguard Children and take an active part in the local safeguarding partnership with health and the police."),
    ("h", "Our values"),
    ("p", "We are respectful, we are honest, and we keep going for children when things are hard. We believe that most children do best with their own families and that families can change when they are given the right help."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parents, councillors and officers must keep in mind the need:"),
    ("b", "to act in the best interests of children and young people in our care and to promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help them gain access to, and make the best use of, our services and those of our partners;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h", "Our vision"),
    ("p", "Our vision is for Kestrel Hythe's children to grow up safe, healthy and happy, with adults around them who believe in them."),
    ("h", "Our practice model"),
    ("p", "We use Safe and Together, a model that keeps the child safe and together with the parent who is not harming them where there is domestic abuse, and that holds the person causing harm to account as a parent."),
    ("h", "Principles we work to"),
    ("p", "Families are supported to stay together where that is safe. Relatives and friends are considered first when a child cannot live at home."),
    ("p", "The plan for permanence should be in place by the second statutory review, no more than four months after the child started to be looked after."),
    ("p", "Care leavers keep a personal adviser until they reach 21, or 25 where they want continued support."),
    ("p", "We ask children, young people and families what they think and we show them how their views changed what we do."),
    ("h", "Information sharing and confidentiality"),
    ("p", "Staff share information when it is needed to protect a child or to provide a service, following data protection law and national advice on information sharing. Families are told what is shared unless telling them would put a child at risk."),
    ("p", "Version 3.1"),
]

# ------------------------------------------------------------ 14006 Marrowby, LibreOffice PDF
MARROWBY: Blocks = [
    ("h", "Purpose of this chapter"),
    ("p", "This chapter sets out the values and principles of Marrowby Metropolitan Borough Council's children's services. It applies to all staff, volunteers and commissioned services working with children and families."),
    ("h", "Legislation and guidance"),
    ("p", "Our work is shaped by the Children Act 1989, the Children Act 2004, the Adoption and Children Act 2002 and the Children and Social Work Act 2017 (which brought in the corporate parenting principles), and by statutory guidance including the Children's Social Care National Framework."),
    ("h", "Working with our partners"),
    ("p", "We work closely with health, schools, the police and the voluntary sector. Each partner has its own duties under Working Together to Safeguard Children, and we meet together to plan and review the help that families receive."),
    ("h", "What we believe"),
    ("p", "We believe that children should be listened to and taken seriously, that parents should be treated as partners wherever possible, and that good relationships are at the heart of good social work."),
    ("h", "As corporate parents"),
    ("p", "The council applies the seven corporate parenting principles in section 1 of the Children and Social Work Act 2017 to every decision about cared for young people and care leavers, and the Corporate Parenting Board checks that it does."),
    ("h", "How we practise"),
    ("p", "Restorative Practice is our way of working: we do things with families rather than to them or for them, and we put repairing relationships first."),
    ("h", "What we want for children"),
    ("p", "We want cared for young people to be healthy, safe, achieving at school and college, and ready for adult life."),
    ("h", "Principles of practice"),
    ("p", "Early help is offered as soon as a family needs it. Where children cannot stay at home we look first to their wider family."),
    ("p", "Each child's permanence plan is agreed within 3 months of their coming into care."),
    ("p", "Our leaving care team supports every young person until their twenty-first birthday; those who want help beyond that can have it until their twenty-fifth."),
    ("h", "Confidentiality"),
    ("p", "Personal information is kept securely and shared only when it is lawful and necessary to protect a child or to provide a service."),
    ("h", "Changes since the last edition"),
    ("b", "The practice model section now describes Restorative Practice."),
    ("b", "The leaving care principle was updated."),
    ("p", "Last revision: October 2025"),
]
# fmt: on


def _docx_field(paragraph: Any, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    run._r.append(instruction)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def kestrel(target: Path) -> None:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    for kind, text in KESTREL:
        if kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


def marrowby(target: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = TITLE
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _docx_field(footer, "PAGE")
    footer.add_run(" of ")
    _docx_field(footer, "NUMPAGES")
    title = document.add_paragraph()
    title.paragraph_format.space_after = Pt(12)
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for kind, text in MARROWBY:
        if kind == "h":
            add_bold_heading(document, text, 10)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    docx_to_pdf(saved_docx(document), target)


FILES = {
    "14005-docx-title-heading-styles-looked-at-again-month-replaces-principles-bulleted-keep-in-mind-the-need-second-statutory-review-four-months-until-21-or-25-safe-and-together-in-our-care.docx": (
        kestrel,
        [("title", TITLE), *KESTREL],
        "python-docx; Title and Heading 1 styles; principles bulleted; a closing version line",
    ),
    "14006-pdf-lo-bold-body-size-headings-running-header-page-of-footer-seven-principles-named-changes-since-last-edition-last-revision-month-three-months-twenty-first-to-twenty-fifth-cared-for.pdf": (
        marrowby,
        [("title", TITLE), *MARROWBY],
        "LibreOffice PDF from Word; bold body-size headings; header, 'Page N of M'; closing changes list and last revision",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / (name + ".md")).write_text(blocks_note(blocks, SCRIPT, about), encoding="utf-8")
        print("built", name)


if __name__ == "__main__":
    main()
