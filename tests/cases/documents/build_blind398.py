# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the three-hundred-and-ninety-eighth blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, every heading named by meaning:

    39802  Stoatley Cross (Word, python-docx via `styled_docx`): the title in Title, a council
           line in Normal, every section heading in Heading 1 or Heading 2 and naming the PEOPLE
           it speaks to or about rather than its topic ("Parliament, the courts and the
           Secretary of State", "Every councillor and every chief officer"); three Acts in a
           sentence; the seven principles named but not listed; permanence and leaving care as
           two Heading 2 headings under a Heading 1 with a short lead paragraph; an outcomes
           section; a closing "Version 4.2" line.
    39803  Wendlebrook (PDF, a python-docx file printed by LibreOffice): no heading styles at
           all: the title and every heading a Normal paragraph of one BOLD run set LARGER than
           the body (16 pt and 13 pt against 11 pt), each heading VERY LONG (a sentence of
           fifteen to twenty-two words naming what the section holds); six Acts and
           Regulations as List Bullet items; corporate parenting without principles; a closing
           "End" line.

usage: .venv/bin/python tests/cases/documents/build_blind398.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind398.py"

# fmt: off
STOATLEY_CROSS: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Stoatley Cross District Council – Children's Services"),
    ("h", "Social workers, team managers and the foster carer down the road"),
    ("p", "This chapter is written for everyone who works with children on behalf of Stoatley Cross District Council: social workers and their managers, family support and early help workers, personal advisers, independent reviewing officers, and the foster carers, residential staff and providers the council pays to look after children. It comes first in the children's social care procedures manual because the procedures after it are meant to carry out what it says. Revised: October 2025."),
    ("h", "Parliament, the courts and the Secretary of State"),
    ("p", "Our duties come from the Children Act 1989, the Children Act 2004 and the Children and Families Act 2014, from the regulations and statutory guidance made under them, and from the decisions of the family courts. When the law changes, the procedures in this manual are changed to match it, and this chapter says which of them carries each duty."),
    ("h", "Head teachers, health visitors and the neighbourhood sergeant"),
    ("p", "The people who see Stoatley Cross's children every day are not social workers. Teachers, nursery staff, health visitors, GPs, police officers and housing officers notice the early signs, and the district's safeguarding partnership, which the council leads with the police and the integrated care board, expects each of them to raise a concern on the day they have it, to share what they know and to stay involved once a plan is agreed."),
    ("h", "Mothers, fathers and grandparents having the worst year of their lives"),
    ("p", "We remember that most families we meet are frightened of us. We explain clearly what we are worried about and what would need to change, and we never use words a family would not understand. We look for the strengths that every family has, we keep the door open to grandparents, aunts and uncles who could help, and we treat parents with courtesy even when we have to act against their wishes."),
    ("h", "Every councillor and every chief officer"),
    ("p", "Every councillor and every officer of the district council shares the responsibility of being a parent to Looked After Children and care leavers. They apply the seven corporate parenting principles to any decision that touches those young people, and the Corporate Parenting Panel, which includes two care-experienced members, hears directly from children in care at every meeting."),
    ("h", "The practitioner on the sofa and the family around them"),
    ("p", "Stoatley Cross uses Family Safeguarding. Social workers share a team with adult mental health workers, substance misuse workers and domestic abuse workers, so that the parents' own difficulties are worked on at the same time as the children's safety. Workers from the different disciplines keep to one shared plan for each family and meet weekly to review it."),
    ("h", "Babies, toddlers and teenagers growing up away from home"),
    ("p", "Children who cannot live safely with their parents need to know early where they will grow up and who will stay with them."),
    ("h2", "The toddler still waiting for a family"),
    ("p", "Every Looked After Child has a permanence plan within five months of becoming looked after, agreed at a review. A safe return home is considered first, then a home with relatives or family friends, then long-term fostering, special guardianship or adoption. Brothers and sisters are placed together unless that would harm one of them."),
    ("h2", "The nineteen-year-old with the keys to a first flat"),
    ("p", "Care leavers have a personal adviser until they are 25, whatever they are doing and whether or not they ask for one. The adviser helps them find and keep a home, manage money, stay in education or find work, and register with a GP and a dentist."),
    ("h", "Clerks, analysts and anyone who opens a case file"),
    ("p", "Everyone who reads or writes a child's record keeps it accurate, secure and confidential. Information is shared with another agency only where the law allows it and it is needed to protect a child or to give a family help, and the reason for each decision to share is written in the record. Children and parents may ask to see what is held about them."),
    ("h", "The young people who will judge us in ten years"),
    ("p", "We will know we have done our job when the children we worked with can say they were healthy and safe, that they did as well at school as their friends, that their views were heard, and that they left our care with a home, an income and people who still care about them."),
    ("p", "Version 4.2"),
]

WENDLEBROOK: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "What this chapter is for, who is expected to read it from start to finish, and when it was last put right"),
    ("p", "This is the opening chapter of Wendlebrook City Council's children's social care procedures. It sets out the duties, beliefs and commitments that every later procedure is meant to carry out. Everyone who works with children for the council reads it: social workers, managers, personal advisers, family support workers, foster carers, residential staff and the providers the council commissions. This chapter was last amended on 14 July 2025."),
    ("h", "The Acts of Parliament and the regulations from which every single one of our duties towards children is drawn"),
    ("p", "The council's legal duties to children and their families come mainly from:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Why no school, surgery, police station or children's team in the city can keep a child safe on its own"),
    ("p", "Each agency sees one part of a child's life. Wendlebrook's schools, GP surgeries, hospitals, police, housing and voluntary groups work with the council under the city's safeguarding arrangements, which the council, the police and the integrated care board lead together. Each agency is expected to share a concern promptly, to join the meetings it is asked to, and to keep to its part of any plan it agrees."),
    ("h", "The handful of things we believe about children and families that we would not give up even when money is short"),
    ("p", "Children are best brought up by their own families wherever that can be made safe. Parents deserve honesty about what worries us and a fair chance to put it right. Children's own words belong at the centre of every assessment and plan. Help given early costs less, and hurts less, than help given late. We would rather keep one promise than make three."),
    ("h", "What it means for a whole city council, from the leader to the newest apprentice, to stand in a parent's shoes"),
    ("p", "When a child comes into Wendlebrook's care, the whole council becomes their corporate parent. Councillors and officers are expected to ask, about every decision that affects Children Looked After and care leavers, whether it is good enough for their own child. The Corporate Parenting Board, chaired by the leader of the council, checks each quarter how these children are doing at school, in health and in their homes, and hears from the Children in Care Council at every meeting."),
    ("h", "The way of working our practitioners learn in their first month and keep using until the day they leave"),
    ("p", "Wendlebrook uses Signs of Safety. Practitioners ask three questions with every family: what are we worried about, what is working well, and what needs to happen. Children's own views are gathered in drawings and in their own words, and safety plans are written with the family and the people around them in words the family chose."),
    ("h", "How long a child should wait before knowing where they will grow up, and who we look to first"),
    ("p", "Every Child Looked After has a plan for permanence within six months of coming into care. We look first at whether the child can safely go home, then at relatives and family friends, and only after that at long-term fostering, special guardianship or adoption. Plans are checked at each review so that no child drifts."),
    ("h", "Staying alongside young people after their eighteenth birthday, for as long as they need us to and the law allows"),
    ("p", "Care leavers have a personal adviser up to the age of 21, and up to 25 if they are in education or training. Pathway plans cover housing, money, health, learning and work, and the relationships that matter to the young person, and are reviewed at least every six months."),
    ("h", "Who may be told what about a family, when they may be told it, and how we write down that we told them"),
    ("p", "Information about children and families is recorded accurately and kept securely. It is shared only where the law allows and a child's safety or welfare requires it, and the reason for each decision to share is recorded on the child's file. Families may ask to see the information the council holds about them."),
    ("p", "End"),
]
# fmt: on

NAMES = {
    "39802": "39802-docx-heading-1-and-2-people-named-headings-stoatley-cross-revised-colon-month-three-acts-sentence-seven-named-family-safeguarding-five-months-25-for-all-outcomes-version-4-2-looked-after.docx",
    "39803": "39803-pdf-lo-bold-larger-very-long-headings-no-styles-wendlebrook-amended-on-day-six-acts-and-regs-bullets-no-principles-signs-of-safety-six-months-21-or-25-education-end-children-looked-after.pdf",
}

BOLD_SIZES = {"title": 16.0, "h": 13.0}


def _bold_larger_docx(blocks: list[tuple[Any, ...]]) -> bytes:
    """The title and headings as Normal paragraphs holding one bold run set larger than the
    body, the way a council types headings without Word's styles; lists in List Bullet."""
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        if kind in BOLD_SIZES:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.keep_with_next = True
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt(BOLD_SIZES[kind])
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _note(blocks: list[tuple[Any, ...]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, SCRIPT, about, header_rule=True)


def main() -> None:
    from build_binary_tools import docx_to_pdf, styled_docx

    docx_path = HERE / NAMES["39802"]
    docx_path.write_bytes(
        styled_docx(
            STOATLEY_CROSS,
            {"title": "Title", "h": "Heading 1", "h2": "Heading 2"},
        )
    )
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            STOATLEY_CROSS,
            "python-docx, the title in Title, a council line in Normal, Heading 1 and Heading 2 headings that name the people a section speaks to or about, three Acts in a sentence, the seven principles named, two Heading 2 headings (permanence, leaving care) under a Heading 1 with a lead paragraph, an outcomes section, a closing 'Version 4.2' line",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["39803"]
    docx_to_pdf(_bold_larger_docx(WENDLEBROOK), pdf_path)
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            WENDLEBROOK,
            "python-docx printed to PDF by LibreOffice, no heading styles: the title (16 pt) and every heading (13 pt) a Normal paragraph of one bold run larger than the 11 pt body, every heading a long sentence naming what the section holds, six Acts and Regulations as List Bullet items, corporate parenting without principles, a closing 'End' line",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
