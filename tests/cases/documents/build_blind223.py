# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the 223rd blind set's Word file and PDF (22301, 22302): two whole chapters of invented
councils written as formal policy documents in which every paragraph is numbered.

    22301  Word (python-docx), Hessleby: numbers typed in the text ("1.", "1.1", "(a)"); each
           part's title a bold Normal paragraph ("4. Our values"), not a Heading style; three
           parts have no title at all, so their topic shows only in their paragraphs
    22302  PDF printed by LibreOffice headless from a Word file (Ashbridge): a cover page (the
           council, the title, the service, version and approval date), a contents page typed
           with dot-leader tabs, then Heading 1 and Normal paragraphs numbered by one automatic
           legal-style multilevel list ("1", "1.1", "1.1.1"), no number typed

All written for this set, in our own words.

usage: .venv/bin/python tests/cases/documents/build_blind223.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind223.py"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "22301-docx-typed-numbers-bold-numbered-part-titles-three-untitled-parts-lettered-principles-appendix-legislation.docx"
PDF = "22302-pdf-lo-from-word-cover-page-contents-page-automatic-legal-numbering-three-levels-appendix-legislation.pdf"
NUM_ID = 223
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ("c", text) a cover line; ("t", text) a bold typed part title; ("p", text) a paragraph whose
# number is typed; ("a", text) an indented typed "(a)" item; ("l", text) a bulleted line
HESSLEBY = [
    ("c", "Hessleby Council"),
    ("c", "Owner: Head of Service, Children in Care and Care Leavers"),
    ("c", "Version: 4.1"),
    ("c", "Next review: January 2028"),
    ("t", "1. About this policy"),
    ("p", "1.1 This policy sets out the values and principles that guide Hessleby Council's children's social care service, and it applies to every member of staff, agency worker and volunteer in the service."),
    ("p", "1.2 It should be read together with the detailed procedures in this manual, which explain how the principles below are put into practice."),
    ("p", "1.3 This policy was last amended in January 2026, when the section on leaving care was brought up to date."),
    ("t", "2. The law"),
    ("p", "2.1 Hessleby Council's duties to children come mainly from the Children Act 1989, which places the welfare of the child at the centre of every decision a court or a local authority makes."),
    ("p", "2.2 The Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017 add further duties, and the Care Leavers (England) Regulations 2010 govern the support given to young people leaving care. A full list is in Appendix 1."),
    ("p", "3.1 Keeping children safe is everyone's business. Health visitors, schools, the police, housing officers and voluntary groups often know a family long before children's social care does."),
    ("p", "3.2 We expect partner agencies to raise concerns early and to take part in assessments and plans, and we will tell them what we have decided and why."),
    ("t", "4. Our values"),
    ("p", "4.1 We are honest with children and families about our concerns, even when the conversation is difficult."),
    ("p", "4.2 We treat people with dignity, we value difference, and we challenge discrimination wherever we find it."),
    ("p", "4.3 We believe that children do best when they are listened to, and we make sure their wishes and feelings are recorded in their own words."),
    ("p", "5.1 When a child becomes looked after, the whole council becomes that child's corporate parent. Every councillor and every officer shares the responsibility, not only the social worker."),
    ("p", "5.2 In line with the Children and Social Work Act 2017, we will have regard to the need:"),
    ("a", "(a) to act in the best interests, and promote the physical and mental health and well-being, of children looked after and care leavers;"),
    ("a", "(b) to encourage them to express their views, wishes and feelings;"),
    ("a", "(c) to take into account their views, wishes and feelings;"),
    ("a", "(d) to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("a", "(e) to promote high aspirations, and seek to secure the best outcomes, for them;"),
    ("a", "(f) for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("a", "(g) to prepare them for adulthood and independent living."),
    ("p", "5.3 The Corporate Parenting Board meets every two months. Members of the Children Looked After Council, which is open to young people aged 11 and over, attend each meeting and set part of its agenda."),
    ("t", "6. Our practice model"),
    ("p", "6.1 Since 2019 Hessleby has used Signs of Safety across its social work teams. Assessments ask what is working well, what we are worried about and what needs to happen, and families help to write the safety plan."),
    ("p", "6.2 Our fostering service also runs Mockingbird, in which a hub carer supports a small group of fostering households as an extended family."),
    ("t", "7. Planning for children"),
    ("p", "7.1 We always look first at whether a child can live safely with their parents, then with relatives or family friends, before we consider care by strangers."),
    ("p", "7.2 Every child who is looked after should have a plan for permanence by the time they have been looked after for six months, and the plan is checked at each review."),
    ("p", "7.3 Care leavers keep a personal adviser until they are 21. Young people who are still studying or training when they reach 21 may keep their personal adviser until they are 25."),
    ("p", "7.4 Pathway plans are written with the young person from the age of 16 and reviewed at least every six months."),
    ("p", "8.1 Records about children are confidential. We share information with other agencies only when it is needed to protect a child or to provide a service, and we tell families what we have shared unless doing so would put a child at risk."),
    ("p", "8.2 Staff should seek advice from their manager or the council's information governance team whenever they are unsure, and must record every decision to share or not to share."),
    ("t", "Appendix 1: Legislation"),
    ("l", "Children Act 1989"),
    ("l", "Children Act 2004"),
    ("l", "Children and Families Act 2014"),
    ("l", "Children and Social Work Act 2017"),
    ("l", "Care Leavers (England) Regulations 2010"),
    ("l", "Data Protection Act 2018"),
]

# ("cover", text) a cover-page line; ("big", text) the cover's title; ("break", "") a page break;
# ("toc_label", text) the contents label; ("toc", "1\tPurpose and scope\t3") a contents entry;
# ("h1", text) an automatically numbered Heading 1; ("h1u", text) a Heading 1 with numbering off;
# ("n", text) a "1.1" paragraph; ("nn", text) a "1.1.1" paragraph; ("p", text) a plain paragraph
ASHBRIDGE = [
    ("cover", "Ashbridge Metropolitan Borough Council"),
    ("big", TITLE),
    ("cover", "Children and Families Service"),
    ("cover", "Version: 2.0"),
    ("cover", "Date of approval: 14 October 2025"),
    ("break", ""),
    ("toc_label", "Contents"),
    ("toc", "1\tPurpose and scope\t3"),
    ("toc", "2\tLegal framework\t3"),
    ("toc", "3\tWorking with partners\t3"),
    ("toc", "4\tOur vision\t4"),
    ("toc", "5\tCorporate parenting\t4"),
    ("toc", "6\tOur practice model\t5"),
    ("toc", "7\tPrinciples of practice\t5"),
    ("toc", "8\tConfidentiality\t6"),
    ("toc", "Appendix A: Legislation\t6"),
    ("break", ""),
    ("h1", "Purpose and scope"),
    ("n", "This document states the policy of Ashbridge Metropolitan Borough Council on how its children's services work with children, young people and their families."),
    ("n", "It covers social work, family support, fostering, residential care and the leaving care service, and it applies to staff employed by the council and to those working for it under contract."),
    ("h1", "Legal framework"),
    ("n", "The council's responsibilities towards children are set out in the Children Act 1989 and the Children Act 2004, together with the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002 and the Children and Families Act 2014."),
    ("n", "The Children and Social Work Act 2017 introduced the corporate parenting principles. The Equality Act 2010 and the Data Protection Act 2018 also shape how we work. These instruments are listed in Appendix A."),
    ("h1", "Working with partners"),
    ("n", "No single agency can meet every child's needs. Ashbridge's safeguarding partners, the council, the integrated care board and the police, agree local arrangements for working together and hold one another to account."),
    ("n", "Practitioners in every agency are expected to share concerns at the earliest opportunity and to agree with each other who will do what."),
    ("h1", "Our vision"),
    ("n", "Our vision is that every child in Ashbridge grows up safe, healthy and hopeful, in a family that can look after them, and leaves childhood ready for the life they choose."),
    ("h1", "Corporate parenting"),
    ("n", "Looked After Children are the responsibility of the whole council. Elected members and officers act as corporate parents and ask of every service, would this be good enough for my own child?"),
    ("n", "When exercising its functions the council has regard to seven principles. It will:"),
    ("nn", "act in the best interests of Looked After Children and care leavers and promote their physical and mental health and well-being;"),
    ("nn", "encourage them to express their views, wishes and feelings;"),
    ("nn", "take those views, wishes and feelings into account;"),
    ("nn", "help them to gain access to, and make the best use of, the services it and its partners provide;"),
    ("nn", "promote high aspirations for them and seek the best outcomes;"),
    ("nn", "help them to be safe and to have stability in their home lives, relationships, education and work;"),
    ("nn", "prepare them for adulthood and independent living."),
    ("h1", "Our practice model"),
    ("n", "Ashbridge adopted Family Safeguarding in 2022. Social workers share a team with domestic abuse workers, substance misuse workers and adult mental health practitioners, and use motivational interviewing to help parents make changes that last."),
    ("h1", "Principles of practice"),
    ("n", "Children are best looked after within their own families, and we will give families the help they need to stay together where that is safe."),
    ("n", "Where a child cannot return home, the plan for permanence is agreed within three months of the child coming into care, so that no child waits for a settled home."),
    ("n", "Personal advisers support care leavers up to the age of 21, and up to 25 where the young person asks for that support."),
    ("n", "Children aged 16 and over are invited to chair part of their own review meetings."),
    ("h1", "Confidentiality"),
    ("n", "Personal information is collected and kept only for as long as it is needed, is held securely, and is shared with other agencies where this is necessary to safeguard a child or to meet their needs."),
    ("h1u", "Appendix A: Legislation"),
    ("l", "Children Act 1989"),
    ("l", "Children (Leaving Care) Act 2000"),
    ("l", "Adoption and Children Act 2002"),
    ("l", "Children Act 2004"),
    ("l", "Equality Act 2010"),
    ("l", "Children and Families Act 2014"),
    ("l", "Children and Social Work Act 2017"),
    ("l", "Data Protection Act 2018"),
]
# fmt: on


def hessleby() -> bytes:
    """Numbers typed as the author typed them; part titles bold in the Normal style."""
    from docx.shared import Cm

    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    for kind, value in HESSLEBY:
        if kind == "t":
            document.add_paragraph().add_run(value).bold = True
        elif kind == "a":
            document.add_paragraph(value).paragraph_format.left_indent = Cm(1)
        elif kind == "l":
            document.add_paragraph(value, style="List Bullet")
        else:
            document.add_paragraph(value)
    return saved_docx(document)


def _legal_numbering(document: Any) -> None:
    """One legal-style abstract list: "1" on Heading 1, "1.1" and "1.1.1" on Normal paragraphs,
    as Word's "1 / 1.1 / 1.1.1" multilevel list gallery entry writes it."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{style}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
        for level, style, text, left, hanging in (
            (0, '<w:pStyle w:val="Heading1"/>', "%1", 432, 432),
            (1, "", "%1.%2", 576, 576),
            (2, "", "%1.%2.%3", 1296, 720),
        )
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{NUM_ID}"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{W}" w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
        )
    )
    style = document.styles.element.get_by_id("Heading1")
    style.get_or_add_pPr().insert(
        0,
        parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="{NUM_ID}"/></w:numPr>'
        ),
    )


def _numbered(paragraph: Any, level: int, num_id: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.get_or_add_pPr().insert(
        0,
        parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def ashbridge() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    document = new_docx()
    _legal_numbering(document)
    for kind, value in ASHBRIDGE:
        if kind == "cover":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(value)
            run.font.size = Pt(14)
        elif kind == "big":
            paragraph = document.add_paragraph(value, style="Title")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc_label":
            run = document.add_paragraph().add_run(value)
            run.bold, run.font.size = True, Pt(16)
        elif kind == "toc":
            paragraph = document.add_paragraph(value)
            stops = paragraph.paragraph_format.tab_stops
            stops.add_tab_stop(Cm(1))
            stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        elif kind == "h1":
            document.add_paragraph(value, style="Heading 1")
        elif kind == "h1u":
            _numbered(document.add_paragraph(value, style="Heading 1"), 0, 0)
        elif kind == "n":
            _numbered(document.add_paragraph(value), 1, NUM_ID)
        elif kind == "nn":
            _numbered(document.add_paragraph(value), 2, NUM_ID)
        elif kind == "l":
            document.add_paragraph(value, style="List Bullet")
        else:
            document.add_paragraph(value)
    return saved_docx(document)


def hessleby_note(about: str) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", "", f"# {TITLE}", ""]
    for kind, value in HESSLEBY:
        if kind == "t":
            lines += [f"**{value}**", ""]
        elif kind == "l":
            lines.append(f"- {value}")
        else:
            lines += [value, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def ashbridge_note(about: str) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    heading = number = sub = 0
    for kind, value in ASHBRIDGE:
        if kind == "big":
            lines += [f"# {value}", ""]
        elif kind == "break":
            lines += ["---", ""]
        elif kind == "toc":
            *entry, page = value.split("\t")
            lines.append(f"{' '.join(entry)} ... {page}")
        elif kind == "h1":
            heading, number = heading + 1, 0
            lines += [f"## {heading} {value}", ""]
        elif kind == "h1u":
            lines += [f"## {value}", ""]
        elif kind == "n":
            number, sub = number + 1, 0
            lines += [f"{heading}.{number} {value}", ""]
        elif kind == "nn":
            sub += 1
            lines += [f"{heading}.{number}.{sub} {value}", ""]
        elif kind == "l":
            lines.append(f"- {value}")
        else:
            lines += [value, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    data = hessleby()
    (HERE / DOCX).write_bytes(data)
    (HERE / f"{DOCX}.md").write_text(
        hessleby_note(
            "cover lines under the title; numbers typed (1. / 1.1 / (a)); part titles bold Normal paragraphs; parts 3, 5 and 8 untitled; Appendix 1: Legislation (bold) over six bulleted instruments"
        ),
        "utf-8",
    )
    docx_to_pdf(ashbridge(), HERE / PDF)
    (HERE / f"{PDF}.md").write_text(
        ashbridge_note(
            "a Word file printed to PDF by LibreOffice headless: cover page, typed contents page with dot leaders, Heading 1 and paragraphs numbered by one automatic legal-style list (1 / 1.1 / 1.1.1), Appendix A: Legislation (a Heading 1 with numbering off) over eight instruments"
        ),
        "utf-8",
    )
    print(f"built {DOCX} and {PDF}")


if __name__ == "__main__":
    main()
