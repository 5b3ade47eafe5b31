# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the three-hundred-and-fifty-eighth blind set.

Four invented councils' "Policies, Values and Principles" chapters, each about one topic of
children's services that earlier sets did not take, written for this set in our own words:

    35801  Harrowmere (Word, python-docx): unaccompanied asylum-seeking children; Title style and
           Heading 1 headings worded by meaning, the Acts as List Bullet items, the principles
           as List Number items, an un-headed paragraph on what happens when a young person
           arrives between the values and corporate parenting, a closing version line.
    35802  Sallowfield (Word, python-docx): disabled young people in care moving to adult
           services; every heading a bold Normal paragraph, no heading or list style at all
           (the principles typed "1." in plain paragraphs), the Acts in one sentence, an
           un-headed transition-planning paragraph after the values.
    35803  Brindlecote (PDF, a python-docx file with Title, Heading 1 and list styles printed by
           LibreOffice): delegated authority to foster carers; an un-headed paragraph on the
           placement planning meeting after the values.
    35804  Thornwick Bay (PDF, a python-docx file printed by LibreOffice): participation and the
           children in care council; the title and headings only larger type (18 pt and 14 pt
           against 11 pt, never bold, no style), a running header with the manual's name and a
           footer "Page N of M" from PAGE and NUMPAGES fields, an un-headed paragraph on how a
           meeting of the council is run after corporate parenting.

usage: .venv/bin/python tests/cases/documents/build_blind358.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind358.py"

# (kind, text): "title" the title, "h" a section heading, "p" a paragraph, "b" a bulleted item,
# "n" a numbered item.
Block = tuple[str, str]

# fmt: off
HARROWMERE: list[Block] = [
    ("title", "Unaccompanied Asylum-Seeking Children: Policy, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "This chapter explains how Harrowmere City Council cares for children who arrive in the city without a parent or any adult responsible for them and who are seeking asylum. From the day they arrive they are children looked after by the council. The chapter is for social workers, personal advisers, foster carers, supported accommodation staff and the independent reviewing officers. The chapter was amended in March 2026 to reflect changes to the national transfer arrangements."),
    ("h", "The law we work within"),
    ("p", "An unaccompanied child who is seeking asylum is a child first, and the council owes them the same duties as any other child in its care. Those duties come from:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Modern Slavery Act 2015"),
    ("b", "the Immigration Act 2016"),
    ("b", "the Children and Social Work Act 2017"),
    ("p", "Staff should also read the Department for Education's statutory guidance on the care of unaccompanied migrant children and child victims of modern slavery."),
    ("h", "Partners around the child"),
    ("p", "No single service can meet these children's needs. The council relies on the Home Office, the police, immigration solicitors, interpreters, health services that understand trauma and infection screening, colleges offering English classes, and refugee community groups who can offer a familiar language and food. Each partner is told what part it plays in the child's care plan."),
    ("h", "What we believe"),
    ("p", "A young person who has crossed continents alone has already shown great strength. We believe they deserve to be believed unless there is good reason not to, to hear the truth about their immigration position in words they understand, and to keep their language, faith and culture. We never treat a child as a case to be processed."),
    ("p", "When a young person arrives, whether they walk into the civic centre or are brought by the police or the Border Force, the duty team sees them the same day, arranges an interpreter in person or by telephone, and finds them a safe bed that night. A referral to the National Transfer Scheme is considered within two working days. If the young person's age is doubted, a full age assessment by two trained social workers follows, normally taking about 28 days, and the young person is treated as a child until it is finished."),
    ("h", "Our duty as corporate parent"),
    ("p", "Harrowmere City Council is the corporate parent of every unaccompanied child it looks after. When deciding anything for them we follow the seven corporate parenting principles:"),
    ("n", "to act in the young person's best interests and promote their physical and mental health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take those views, wishes and feelings into account"),
    ("n", "to help them gain access to, and make the best use of, the services we and our partners provide"),
    ("n", "to promote high aspirations and seek the best outcomes for them"),
    ("n", "to keep them safe and give them stability in their home lives, relationships, education and work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("h", "The Safe Harbour approach"),
    ("p", "Our social workers are trained in Safe Harbour, the council's trauma-informed way of working with separated children. It starts from safety and routine in the first weeks, then builds trust by doing what was promised, and only later asks a young person to tell their story, at their pace, with the same interpreter wherever possible."),
    ("h", "Principles we work by"),
    ("p", "Most unaccompanied children cannot return home, so their plans must settle where they will live until adulthood. A permanence plan is agreed for every child looked after by Harrowmere within four months of them coming into care, and it plans for each possible outcome of their asylum claim. Young people leaving care keep a personal adviser until they are 21, and to 25 for anyone who asks for one, whatever their immigration status."),
    ("p", "Young people are helped to trace family members through the Red Cross if they want to, and to stay in touch with friends they travelled with where that is safe."),
    ("h", "Sharing information safely"),
    ("p", "Information about an unaccompanied child can put them or their family at risk. It is shared with the Home Office and other agencies only as the law requires or the child's safety demands, and the young person is told what has been shared and why. Staff must never share a child's details with anyone claiming to be a relative until the claim has been checked."),
    ("p", "Version 2.1 – agreed by the Head of Children in Care and Care Leavers"),
]

SALLOWFIELD: list[Block] = [
    ("title", "Preparing for Adulthood: Disabled Young People in Care Moving to Adult Services"),
    ("h", "What this chapter covers"),
    ("p", "This chapter describes how Sallowfield Council plans with disabled children in care for the move from children's services to adult services. It covers young people with physical disabilities, learning disabilities, autism and complex health needs, and it applies to social workers, the transitions team, carers and the council's adult social care staff."),
    ("p", "Amended: 22 October 2025."),
    ("h", "Legal basis"),
    ("p", "The council's duties during transition come from the Chronically Sick and Disabled Persons Act 1970, the Children Act 1989, the Mental Capacity Act 2005, the Care Act 2014 and the Children and Families Act 2014, read together so that no young person falls between the children's and the adults' rules."),
    ("h", "Our beliefs"),
    ("p", "Disabled young people have the same right as anyone else to an adult life of their own choosing: somewhere to live, something meaningful to do, friends and, where they want it, work. We believe that planning early is a kindness, that a young person's voice matters even when they communicate without words, and that parents and carers should never have to fight for the next service."),
    ("p", "The transition plan starts at the review held in the school year in which the young person turns 14. The social worker invites the transitions team, the school and, where the young person has one, the health lead for their education, health and care plan, which can continue up to the age of 25. A referral for a Care Act assessment is made by the young person's 16th birthday and the assessment is finished by the time they are 17 and a half, so that any adult support is ready on their 18th birthday."),
    ("h", "As corporate parents"),
    ("p", "Sallowfield Council is corporate parent to every child in care and takes its seven principles as seriously for disabled young people as for any others. The council will:"),
    ("p", "1. act in their best interests and promote their physical and mental health and well-being;"),
    ("p", "2. encourage them to express their views, wishes and feelings, in whatever way they communicate;"),
    ("p", "3. take those views, wishes and feelings into account;"),
    ("p", "4. help them to gain access to, and make the best use of, services provided by the council and its partners;"),
    ("p", "5. promote high aspirations and seek to secure the best outcomes for them;"),
    ("p", "6. keep them safe and give them stability in their home lives, relationships and education or work;"),
    ("p", "7. prepare them for adulthood and independent living."),
    ("h", "Working across children's and adults' services"),
    ("p", "Transition succeeds only when children's social care, adult social care, education, the NHS and housing plan together. A joint transitions panel meets monthly to look at every young person in care aged 14 or over, and no service closes its involvement until the next one has taken over."),
    ("h", "Pathways Together"),
    ("p", "Staff use the Pathways Together model, which the council developed with local families. It asks four questions at every stage – what matters to the young person, what they can already do, what help they need, and who will provide it after 18 – and writes the answers in a one-page profile that moves with the young person into adult services."),
    ("h", "How we plan"),
    ("p", "Every child in care needs a settled home. Sallowfield agrees a permanence plan within three months of a child coming into care, and for a disabled child that plan also says where they are likely to live as a young adult. Care leavers, including disabled care leavers, are supported by a personal adviser up to the age of 25, alongside any adult social care they receive."),
    ("p", "Decisions are made with the young person, not for them. Where a young person lacks capacity for a particular decision, it is taken in their best interests under the Mental Capacity Act, after listening to them and to those closest to them."),
    ("h", "Consent, capacity and information"),
    ("p", "Information is passed to adult services only with the young person's agreement, or in their best interests where they lack capacity to agree. Families are told what will be shared and with whom, and records are transferred securely before the 18th birthday."),
    ("p", "Document version: 4"),
]

BRINDLECOTE: list[Block] = [
    ("title", "Delegated Authority to Foster Carers: Policy, Values and Principles"),
    ("h", "Purpose of this chapter"),
    ("p", "This chapter sets out how Brindlecote District Council gives foster carers the authority to make everyday decisions for the looked after children living with them, so that a child's life is not held up waiting for a signature. It applies to children's social workers, supervising social workers, foster carers and independent reviewing officers. Last amended in July 2025."),
    ("h", "Legislative framework"),
    ("p", "Delegated authority rests on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Fostering Services (England) Regulations 2011"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "The national minimum standards for fostering services and the Department for Education's guidance on delegated authority also apply."),
    ("h", "Working together with parents and carers"),
    ("p", "Parents usually keep parental responsibility, so decisions about their child are shared between them, the council and the foster carer. The fostering service, the child's social worker and the school each need to know who may decide what, and the child's independent reviewing officer checks that the arrangement is working."),
    ("h", "Values"),
    ("p", "We value ordinary childhoods. A looked after child should be able to go on a school trip, stay the night at a friend's house or have a haircut as easily as their classmates. We trust foster carers as the adults who know the child best day to day, and we expect them to use the judgement any reasonable parent would."),
    ("p", "At the placement planning meeting, held within five working days of a child moving in, the social worker, the foster carer and the supervising social worker complete the delegated authority record, decision by decision, with the parents where possible. Overnight stays with friends of up to two nights are delegated unless there is a reason not to. The record is checked at the child's first review within 20 working days and at every review after that."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parent, Brindlecote District Council holds to the seven corporate parenting principles set out in the Children and Social Work Act 2017: acting in the child's best interests and promoting their health and well-being; encouraging them to express their views; taking those views into account; helping them to use services; promoting high aspirations; keeping them safe with stable homes, relationships and education; and preparing them for adulthood and independent living."),
    ("h", "Everyday Parenting"),
    ("p", "The fostering service works to the Everyday Parenting model, which treats the foster home as a family first and a placement second. Carers are supported to say yes to ordinary requests, and supervising social workers coach them through riskier decisions rather than taking the decisions away from them."),
    ("h", "Principles"),
    ("p", "The more settled a child's future is, the more can be delegated. A permanence plan is made for every looked after child no later than four months after they become looked after. Young people leaving care have a personal adviser until they are 21, and this is extended to 25 where the young person wants it."),
    ("p", "Young people aged 16 and over are encouraged to make more of their own decisions, so that they are ready to make them all when they leave care."),
    ("h", "Information and records"),
    ("p", "Carers are given the information they need to make the decisions delegated to them, and no more. Each decision a carer takes under delegated authority that is out of the ordinary is recorded in the child's daily log within 24 hours and shared with the social worker."),
    ("p", "Version 3.0"),
]

THORNWICK_BAY: list[Block] = [
    ("title", "Participation and the Children in Care Council"),
    ("h", "Why this chapter exists"),
    ("p", "In January 2026 this chapter was reviewed and amended. It describes how Thornwick Bay Council listens to cared for children and care leavers, acts on what they say and tells them what changed. It applies to everyone in children's services and to the councillors who sit on the corporate parenting board."),
    ("h", "Legal duties"),
    ("p", "The duty to seek and consider children's wishes and feelings is set out in:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Young Persons Act 2008"),
    ("b", "the Equality Act 2010"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Our values"),
    ("p", "We value children's voices as expertise, not as a courtesy. Cared for children know better than anyone what it is like to live in our care, and their ideas improve the service. We are honest when we cannot do what they ask, and we explain why."),
    ("h", "Corporate parenting and the pledge"),
    ("p", "Thornwick Bay Council is corporate parent to every cared for child. The council's pledge, written with the children in care council, turns the seven corporate parenting principles into promises children can hold us to: we will look after their health and well-being, ask for their views, take those views seriously, help them use services, expect great things of them, keep them safe and settled, and get them ready for adult life."),
    ("p", "The children in care council is open to cared for children aged 11 to 17, and a separate care leavers' forum meets for young people aged 18 to 25. Both meet every six weeks, after school, with transport and a meal provided. The participation officer sends the agenda a week before and helps members prepare their questions. When members raise an issue with a senior manager, the manager replies in writing within 28 days, and the council publishes a You Said, We Did report twice a year."),
    ("h", "Everyone's job"),
    ("p", "Participation is not left to the participation team. Social workers, independent reviewing officers, carers, teachers and health staff all ask children what they think, and the corporate parenting board gives the children in care council a standing place on its agenda."),
    ("h", "The Lundy model"),
    ("p", "Our work is built on the Lundy model of participation: children need a safe space to speak, support to form and express their views, an audience who will listen, and influence, so that their views are acted upon as appropriate."),
    ("h", "Key principles"),
    ("p", "Children are told how their views shaped each decision about them. A permanence plan is in place for every cared for child within three months of them starting to be cared for, and the child's view of where they want to grow up is written into it. Care leavers have a personal adviser until they are 21, and to 25 if they ask."),
    ("h", "Privacy and consent"),
    ("p", "What members say at meetings stays within the group unless they agree otherwise or someone is at risk of harm. Photographs and stories are published only with the young person's written consent, which they can withdraw at any time."),
    ("p", "v5"),
]
# fmt: on

NAMES = {
    "35801": "35801-docx-heading-styles-uasc-topic-harrowmere-amended-month-five-acts-bulleted-guidance-apart-arrival-procedure-unheaded-seven-numbered-safe-harbour-four-months-21-or-25-if-asked-28-day-age-assessment-version-children-looked-after.docx",
    "35802": "35802-docx-bold-headings-no-styles-disabled-transitions-topic-sallowfield-amended-day-five-acts-sentence-transition-procedure-unheaded-seven-typed-pathways-together-three-months-25-for-all-ehcp-to-25-distractor-version-children-in-care.docx",
    "35803": "35803-pdf-lo-heading-styles-delegated-authority-topic-brindlecote-amended-month-four-acts-bulleted-standards-apart-planning-procedure-unheaded-seven-in-sentence-everyday-parenting-four-months-21-or-25-if-wanted-version-lac.pdf",
    "35804": "35804-pdf-lo-size-only-headings-running-header-page-n-of-m-participation-topic-thornwick-bay-amended-month-six-acts-meeting-procedure-unheaded-pledge-lundy-three-months-21-or-25-if-asked-18-to-25-forum-version-cared-for.pdf",
}


def _word(blocks: list[Block], mode: str, header: str | None = None) -> bytes:
    """A Word file of `blocks` headed one of three ways: "styles" (Title, Heading 1, List
    Bullet, List Number), "bold" (bold Normal paragraphs, lists as plain paragraphs), or
    "size" (the title and headings in larger plain type, no style and no bold)."""
    from build_binary_tools import (
        LIST_AND_HEADING_STYLES,
        add_bold_heading,
        new_docx,
        saved_docx,
        word_field,
    )
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        if mode == "styles":
            style = {**LIST_AND_HEADING_STYLES, "title": "Title"}.get(kind)
            document.add_paragraph(text, style=style)
        elif mode == "bold":
            if kind == "title":
                run = document.add_paragraph().add_run(text)
                run.bold = True
                run.font.size = Pt(15)
            elif kind == "h":
                add_bold_heading(document, text, space_before=10)
            else:
                document.add_paragraph(text)
        else:
            if kind in ("title", "h"):
                paragraph = document.add_paragraph()
                paragraph.paragraph_format.space_before = Pt(12)
                paragraph.paragraph_format.keep_with_next = True
                paragraph.add_run(text).font.size = Pt(18 if kind == "title" else 14)
            elif kind == "b":
                document.add_paragraph("\u2022 " + text)
            else:
                document.add_paragraph(text)
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
        paragraph = document.sections[0].footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("Page ")
        word_field(paragraph, "PAGE", "1")
        paragraph.add_run(" of ")
        word_field(paragraph, "NUMPAGES", "2")
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, SCRIPT, about)


def main() -> None:
    from build_binary_tools import docx_to_pdf

    builds = [
        (
            "35801",
            HARROWMERE,
            "styles",
            None,
            "python-docx, Title style, Heading 1 headings worded by meaning, List Bullet Acts, List Number principles, an un-headed arrival paragraph, a version line last",
        ),
        (
            "35802",
            SALLOWFIELD,
            "bold",
            None,
            "python-docx, no heading or list style: a bold 15 pt title, bold Normal paragraphs as headings, principles typed '1.' in Normal paragraphs, a labelled amendment date, a version line last",
        ),
        (
            "35803",
            BRINDLECOTE,
            "styles",
            None,
            "python-docx (Title, Heading 1, List Bullet) printed to PDF by LibreOffice, an un-headed placement planning paragraph, the principles in one sentence, a version line last",
        ),
        (
            "35804",
            THORNWICK_BAY,
            "size",
            "Thornwick Bay Council – Children's Services Procedures Manual",
            "python-docx printed to PDF by LibreOffice, title 18 pt and headings 14 pt in plain (not bold) Normal paragraphs against 11 pt body, bullets typed, a running header with the manual's name and a centred footer 'Page N of M' from PAGE and NUMPAGES fields, 'v5' last",
        ),
    ]
    for number, blocks, mode, header, about in builds:
        path = HERE / NAMES[number]
        data = _word(blocks, mode, header)
        if path.suffix == ".pdf":
            docx_to_pdf(data, path)
        else:
            path.write_bytes(data)
        path.with_name(path.name + ".md").write_text(_note(blocks, about), encoding="utf-8")
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
