# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-eighty-second blind set (28201-28203): whole chapters with no headings.

Three invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings at all (a title line over eleven to
thirteen paragraphs), topics partly out of the template's order, one topic coming back after
others in each, and the facts told inside the prose.

- 28201 markdown (Thrushcombe): an un-headed markdown file, the title a plain first line, one
  paragraph a line with blank lines between, emphasis on the model's name.
- 28202 text (Hollinmere): the chapter pasted into an e-mail body and saved as .txt: a greeting
  line above the title, the sign-off, first name and a signature block below.
- 28203 Word (Stennack Vale): python-docx, Normal paragraphs only, the title typed as one more.

usage: python tests/cases/documents/build_blind282.py   (needs python-docx)
The Word build writes a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind282.py"

Block = tuple[str, str]

# fmt: off
THRUSHCOMBE: list[Block] = [
    ("title", "Thrushcombe Council \u2014 Children's Services Policies, Values and Principles"),
    ("p", "Thrushcombe's councillors are corporate parents to the 184 Children in Care the council looks after and to around 150 care leavers. They act on the seven corporate parenting principles, and the Corporate Parenting Panel meets every six weeks to hear from young people directly."),
    ("p", "Councillor Imogen Falk chairs the Panel. Each of its members visits one of the council's children's homes or a foster family at least once a year, with the family's agreement."),
    ("p", "What children tell us changes what we do. Before every review a Child in Care is asked what is going well and what is not, and an advocate from the Children's Rights Service is offered to anyone who wants help to say it."),
    ("p", "The duties behind this chapter come from five Acts: the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Statutory guidance tells us how to carry them out."),
    ("p", "We want every child in Thrushcombe to grow up safe, settled and believed in, and to leave childhood with people who will still be there for them when they are thirty."),
    ("p", "Since 2022 our social workers have practised in the way known as *Family Valued*. It puts the family's own network at the centre of every plan, uses family group conferences early, and asks practitioners to work with families rather than do things to them."),
    ("p", "Where a child cannot safely go home, we aim to have a plan for permanence agreed within six months of their first day in care, and we look to relatives and friends before we look to strangers."),
    ("p", "Young people leaving care have a personal adviser until they are 21, and until 25 if they are still in learning or want help finding work. Their pathway plan is written with them, not for them."),
    ("p", "Being a good corporate parent is not only the Panel's business. Housing, leisure, planning and finance each name an officer who answers for how their service treats Children in Care and care leavers, and each of those officers reports to the Panel once a year."),
    ("p", "Four values run through everything above: we are honest, we are kind, we are curious and we keep going."),
    ("p", "Information about children and their families is shared only when it is needed to keep a child safe or to meet their needs, and always within the UK GDPR and the Data Protection Act 2018. Families are told what has been shared and why, unless telling them would put a child at risk."),
    ("p", "This chapter applies to every member of staff in children's services, to foster carers and to anyone who provides a service to children on the council's behalf. It was brought up to date in February 2026 to describe the officer leads who now report to the Panel."),
    ("p", "If you have a question about this chapter, please contact the Principal Social Worker at Thrushcombe Civic Centre."),
]

HOLLINMERE_GREETING = "Hi everyone,"
HOLLINMERE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Hollinmere wants its children to be safe at home, to do well at school and to grow into adults who can look after themselves and others. That ambition is the same for looked after children as for any other child in the borough."),
    ("p", "Six Acts give this chapter its force: the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Children do best with their own families. Our first job is to help parents to keep their children safely at home, and when that is not possible we look to grandparents, aunts, uncles and family friends."),
    ("p", "No child should drift. A plan for where a looked after child will grow up is agreed within nine months of their coming into care, and sooner where the court's timetable requires it."),
    ("p", "The borough trained all of its social workers and foster carers in the Solihull Approach in 2024. It helps adults to notice the feelings a child's behaviour carries and to respond in a way that contains them, and it gives staff and carers a common language."),
    ("p", "We try to be respectful, reliable and ambitious for children, and we are open with families when we get things wrong."),
    ("p", "Records are kept safely and shared with partners only where the law allows it, where a family agrees, or where a child would otherwise be at risk of harm."),
    ("p", "By 2029 we want fewer looked after children to move school in the middle of a year, more of them to see a dentist every year, and every one of them to have a trusted adult outside children's services."),
    ("p", "Care leavers have a personal adviser up to the age of 21, or to 25 while they are at university or college. Their adviser helps them find a home, manage money and stay in touch with the people who matter to them."),
    ("p", "All 48 councillors are corporate parents. They sign up to the corporate parenting principles, of which there are seven, and the Corporate Parenting Board checks twice a year how well the council is keeping them."),
    ("p", "This chapter covers all staff in children's services and the agencies who work with us. It was amended on 12 May 2026 to take account of the Children's Social Care National Framework."),
]
HOLLINMERE_CLOSE = [
    "Best wishes,",
    "Lorna",
    "",
    "Lorna Pethick | Practice Standards Lead | Hollinmere Borough Council",
    "Tel: 01632 960 772",
]

STENNACK_VALE: list[Block] = [
    ("title", "Stennack Vale Council: Children's Services Policies, Values and Principles"),
    ("p", "What we do for children rests on the law, chiefly the Children Act 1989 and the Children and Social Work Act 2017, which between them set out the council's duties to the children it looks after and to young people who have left its care."),
    ("p", "Children Looked After by Stennack Vale are experts in their own lives. Their views are sought before every decision about where they live, who they see and which school they go to, and are written down in their own words."),
    ("p", "The council as a whole is corporate parent to its Children Looked After. Its Corporate Parenting Board, chaired by the Leader of the Council, keeps the corporate parenting principles in front of every directorate."),
    ("p", "A child who cannot return home needs to know where they will grow up. A permanence meeting settles the plan no more than five months after the child becomes looked after, and the plan is then checked at each review."),
    ("p", "Young people leaving our care have a personal adviser until they turn 21, and beyond that, up to 25, if they are looking after a child of their own or caring for a relative."),
    ("p", "This chapter applies to all children's services staff, to the council's foster carers and to the providers it commissions. It was revised in November 2025, when the part of the manual on care leavers was rewritten."),
    ("p", "Our social work follows the Family Safeguarding model. Social workers sit in teams with adult mental health, substance misuse and domestic abuse practitioners, and use motivational interviewing with parents."),
    ("p", "We value honesty, warmth and persistence. We keep our promises to children, and when we cannot, we tell them why."),
    ("p", "Keeping children safe is shared work. The police, the integrated care board and the council lead the Stennack Vale Safeguarding Children Partnership under Working Together to Safeguard Children 2023, and schools and voluntary groups are part of it."),
    ("p", "Corporate parenting reaches beyond children's services: the council's housing team gives care leavers priority on its register, and its leisure centres are free to Children Looked After and their carers."),
    ("p", "Our vision is a county where every child looked after is as safe, healthy and hopeful as any other child, and where leaving care feels like a step forward rather than a cliff edge."),
    ("p", "Personal information is handled with care. It is shared with other agencies only when that helps to keep a child safe or to meet their needs, and the reasons are recorded on the child's file."),
    ("p", "Next review: November 2027."),
]
# fmt: on

NAMES = {
    "28201": "28201-md-unheaded-plain-title-line-corporate-parenting-first-and-again-panel-chair-views-five-acts-family-valued-six-months-21-or-25-learning-or-work-brought-up-to-date-month-contact-last.md",
    "28202": "28202-txt-email-body-greeting-above-title-signature-below-vision-first-six-acts-families-first-nine-months-solihull-approach-outcomes-leaving-care-again-21-or-25-university-seven-of-which-amended-day-lac.txt",
    "28203": "28203-docx-normal-paragraphs-only-typed-title-law-first-two-acts-views-principles-unnumbered-five-months-21-or-25-parents-or-carers-scope-mid-revised-month-family-safeguarding-corporate-parenting-again-next-review.docx",
}


def _mail(greeting: str, blocks: list[Block], close: list[str]) -> str:
    body = "\n\n".join(text for _kind, text in blocks)
    return greeting + "\n\n" + body + "\n\n" + "\n".join(close) + "\n"


def main() -> None:
    from build_binary_tools import blocks_note, plain_text, styled_docx

    (HERE / NAMES["28201"]).write_text(plain_text(THRUSHCOMBE), encoding="utf-8")
    (HERE / NAMES["28202"]).write_text(
        _mail(HOLLINMERE_GREETING, HOLLINMERE, HOLLINMERE_CLOSE), encoding="utf-8"
    )
    (HERE / NAMES["28203"]).write_bytes(styled_docx(STENNACK_VALE, {}))
    (HERE / (NAMES["28203"] + ".md")).write_text(
        blocks_note(STENNACK_VALE, SCRIPT, "python-docx, Normal paragraphs only, typed title"),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
