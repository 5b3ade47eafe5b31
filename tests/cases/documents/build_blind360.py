# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the three-hundred-and-sixtieth blind set.

Four invented councils' "Policies, Values and Principles" chapters, each about one topic of
children's services that earlier sets did not take, written for this set in our own words:

    36001  Merrowdene (Word, python-docx): the independent reviewing officer and children's care
           reviews; Title style and Heading 1 headings worded by meaning, the Acts as List Bullet
           items, the seven principles as List Number items, an un-headed paragraph on how a
           review is timed and run after the values, a closing version line.
    36002  Quarrington (Word, python-docx): special guardianship; no heading or list style at
           all (a bold 15 pt title, every heading a bold Normal paragraph), the Acts in a grid
           table with a bold header row, an un-headed paragraph on the special guardianship
           assessment after corporate parenting.
    36003  Ebbersley (PDF, a python-docx file with Title, Heading 1 and list styles printed by
           LibreOffice): placements outside the council's area; a running header naming the
           manual and a centred page number from a PAGE field, an un-headed paragraph on
           notifying the host council after the values.
    36004  Hallowmoor (PDF, a python-docx file printed by LibreOffice): children at risk of
           exploitation; the title and headings only larger type (18 pt and 14 pt against 11 pt,
           never bold, no style) over three pages, a footer naming the council and the page
           from a PAGE field, an un-headed paragraph on what happens when a worry is raised
           after the values.

usage: .venv/bin/python tests/cases/documents/build_blind360.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind360.py"

# (kind, text): "title" the title, "h" a section heading, "p" a paragraph, "b" a bulleted item,
# "n" a numbered item; ("table", rows, bold_header) a grid table.
Block = tuple[Any, ...]

# fmt: off
MERROWDENE: list[Block] = [
    ("title", "Reviewing Children's Care Plans: Policy, Values and Principles"),
    ("h", "What this chapter is about"),
    ("p", "This chapter explains how Merrowdene Borough Council reviews the care plan of every child in care, and what the independent reviewing officer (IRO) is there to do. It is for social workers, team managers, IROs, carers and anyone invited to a review. The chapter was amended in February 2026 to reflect the new review record."),
    ("h", "The legal footing"),
    ("p", "Reviews and the role of the IRO are required by:"),
    ("b", "the Children Act 1989"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children and Young Persons Act 2008"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("p", "The IRO Handbook, issued as statutory guidance, describes how the duties are carried out day to day."),
    ("h", "What matters to us"),
    ("p", "A review is the child's meeting, not the professionals'. We want children to leave their review knowing what was decided and why, having said what they wanted to say in the way they chose. We believe a plan that the child does not understand is not yet a good plan, and we would rather hold a smaller meeting that the child is comfortable in than a full room that they dread."),
    ("p", "The first review is held within 20 working days of a child coming into care, the second no more than three months after the first, and later reviews at intervals of no more than six months. The IRO speaks to the child before each review, usually at least five working days ahead, and the child chooses where and how the review takes place. The IRO sends the review record and its recommendations to everyone who took part within 15 working days. If the IRO cannot resolve a concern about the plan with the social worker, they follow the dispute resolution process, which can lead to a referral to Cafcass."),
    ("h", "Everyone around the child"),
    ("p", "A good review draws together the people who know the child: parents, carers, the school, health professionals, youth workers and, where they are involved, the youth offending service. Each is asked for a short written contribution beforehand, so that the meeting can be spent on decisions rather than reports."),
    ("h", "Being a good corporate parent"),
    ("p", "Merrowdene Borough Council, as corporate parent, expects the IRO to test every care plan against the seven corporate parenting principles. In our reviews we ask whether the council is:"),
    ("n", "acting in the child's best interests and promoting their physical and mental health and well-being;"),
    ("n", "encouraging the child to express their views, wishes and feelings;"),
    ("n", "taking those views, wishes and feelings into account;"),
    ("n", "helping the child to gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "promoting high aspirations and seeking the best outcomes for the child;"),
    ("n", "keeping the child safe, with stability in their home life, relationships and education or work;"),
    ("n", "preparing the child for adulthood and independent living."),
    ("h", "Strong Threads"),
    ("p", "Our practice framework is Strong Threads. It asks every review to trace the relationships that hold the child's life together – family, friends, carers, teachers – and to plan how each will be kept or rebuilt, because a child's sense of belonging rarely depends on one placement alone."),
    ("h", "Principles that shape our reviews"),
    ("p", "The review's first job is to make sure the child has a permanent home in view. Each child in care has a permanence plan agreed no later than four months after they come into care, and the IRO checks at every review that it is still the right plan. Young people who leave care have a personal adviser until the age of 21, or up to 25 if they are still in education or training."),
    ("p", "The IRO's involvement ends when the young person turns 18, but the pathway plan reviewed with them beforehand sets out who will support them after that."),
    ("h", "Confidentiality and sharing records"),
    ("p", "Review records are kept on the child's file and shared only with those who need them to carry out the plan. Children are told who will see their record and can ask for parts of it to be kept from a parent where sharing would put them at risk."),
    ("p", "Version 1.4"),
]

QUARRINGTON: list[Block] = [
    ("title", "Special Guardianship – Policy, Values and Principles"),
    ("h", "Who this chapter is for"),
    ("p", "This chapter applies to Quarrington Council staff who assess, support or plan for children who may leave care to live with a special guardian, and to the special guardians themselves. It was last amended on 14 November 2025."),
    ("h", "The law behind special guardianship"),
    ("p", "The table lists the legislation this chapter relies on."),
    ("table", [
        ["Legislation", "What it provides"],
        ["Children Act 1989", "Special guardianship orders (sections 14A to 14G)"],
        ["Adoption and Children Act 2002", "Amendments creating special guardianship"],
        ["Special Guardianship Regulations 2005", "Assessment reports and support services"],
        ["Children and Families Act 2014", "Assessment of family and friends as carers"],
        ["Children and Social Work Act 2017", "Corporate parenting principles"],
    ], True),
    ("h", "Values we hold"),
    ("p", "We believe that most children are best brought up within their own families and networks. A special guardian is not a foster carer with a court order: they are the child's family for the rest of their childhood, and we treat them with that respect. We are open with families about what support they can expect, and we do not promise what we cannot give."),
    ("h", "The council as corporate parent"),
    ("p", "While a Looked After Child lives with a prospective special guardian, Quarrington Council remains their corporate parent and follows the seven corporate parenting principles: acting in the child's best interests, hearing their views, taking those views into account, helping them use services, raising their aspirations, keeping them safe and settled, and preparing them for adult life."),
    ("p", "When a relative or friend asks to become a special guardian, the kinship assessment team visits within 10 working days and completes the assessment report so that it can be filed with the court within 12 weeks. A support plan is agreed before the order is made, setting out contact, any allowance and the help available to the child. The allowance is reviewed every year and can be paid until the child turns 18, and the support plan is reviewed after the first six months."),
    ("h", "Partnership with courts and other agencies"),
    ("p", "The local family court, Cafcass, the child's school and health visitors all contribute to the decision. The council shares its assessment with the court and works with the children's guardian so that the judge hears one clear account of what the child needs."),
    ("h", "Our practice model"),
    ("p", "Quarrington uses the Family Ties model, which maps a child's whole network with them and asks the family to lead their own plan before professionals add theirs."),
    ("h", "Key principles"),
    ("p", "Permanence matters more than the legal route to it. Every Looked After Child has a plan for permanence within 3 months of coming into care, and special guardianship is considered alongside return home, adoption and long-term fostering. A young person who has left care is supported by a personal adviser up to the age of 25, whatever they are doing."),
    ("h", "Confidentiality"),
    ("p", "Special guardians are told what they need to know about the child's history so that they can care for them well. Information about birth parents is shared only as far as the child's welfare requires, and the assessment report is not given to anyone outside the court proceedings without the court's permission."),
    ("p", "Version 2.0"),
]

EBBERSLEY: list[Block] = [
    ("title", "Placements Outside the County: Policy, Values and Principles"),
    ("h", "Purpose and scope"),
    ("p", "This chapter sets out when Ebbersley County Council will place children who are looked after outside the county and how it keeps in touch with them. It covers foster, residential and supported accommodation placements alike. This chapter was amended in September 2025."),
    ("h", "Legislation"),
    ("p", "The following legislation applies:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Values"),
    ("p", "We believe children should grow up close to the people and places that matter to them. Distance is never a neutral choice: a child placed far away can lose their school, their friends and their sense of where they come from. We place outside the county only when that is the best way to meet the child's needs, and we say honestly to the child why."),
    ("p", "Before a child is placed more than 20 miles from home, the Head of Service must approve the placement in writing. The social worker tells the host council, its virtual school and the local health service within five working days of the child moving, and asks the host council for any safeguarding information it holds about the home or the area. The child is visited within one week of the move and then at least every six weeks for the first year."),
    ("h", "Corporate parenting"),
    ("p", "Ebbersley County Council is a corporate parent wherever its children live. The seven corporate parenting principles apply in full to a child placed in another area:"),
    ("n", "to act in the child's best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage the child to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help the child gain access to, and make the best use of, services;"),
    ("n", "to promote high aspirations and seek the best outcomes for the child;"),
    ("n", "to keep the child safe, with stability in home life, relationships and education or work;"),
    ("n", "to prepare the child for adulthood and independent living."),
    ("h", "Signs of Safety"),
    ("p", "Our social workers use Signs of Safety to weigh what is working well for a child placed away from home, what the worries are, and what needs to happen next. The same language is used with the host council's professionals, so that everyone involved understands the plan."),
    ("h", "Key principles"),
    ("p", "A child placed away from Ebbersley still needs a plan for a permanent home, and that plan is made within four months of the child becoming looked after. Where the plan is to bring the child back to the county, the plan says when and how. Care leavers receive help from a personal adviser until they are 21, and until 25 if they wish."),
    ("h", "Sharing information across councils"),
    ("p", "The host council and local services are given what they need to keep the child safe and to provide services, and no more. Records stay with Ebbersley, and the child is told which organisations in their new area know about them."),
    ("p", "Version 5.2"),
]

HALLOWMOOR: list[Block] = [
    ("title", "Children at Risk of Exploitation: Our Policy, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "This chapter describes how Hallowmoor Council protects children looked after by the council from criminal and sexual exploitation, including county lines, trafficking and exploitation online. It is for every practitioner in children's services and for the carers and residential staff who look after children day to day. Amended in April 2026."),
    ("p", "It should be read with the multi-agency child exploitation protocol agreed by the local safeguarding partnership."),
    ("h", "The law"),
    ("p", "The chapter is based on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Sexual Offences Act 2003"),
    ("b", "Children Act 2004"),
    ("b", "Modern Slavery Act 2015"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Working Together to Safeguard Children, the statutory guidance, sets out how the agencies involved work with one another."),
    ("h", "What we believe"),
    ("p", "Children who are exploited are victims first. We will not describe a child as choosing a risky lifestyle, as being streetwise or as putting themselves at risk, because those words place the blame on the child instead of on the adults who harm them. We believe a trusted adult who stays with a child through the hardest months does more to keep them safe than any single intervention."),
    ("p", "We believe that the places where children spend their time – parks, takeaways, transport hubs and online spaces – can be made safer, and that it is our job to work on those places as well as with the child."),
    ("p", "When a practitioner is worried that a child is being exploited, they complete the exploitation screening tool the same working day and discuss it with their manager. If the risk is significant a strategy discussion is held within 24 hours. A child who has been missing is offered a return home interview within 72 hours of coming back. The multi-agency exploitation panel meets every month to look at children and young people aged 10 to 25 and at the places and groups linked to them, and each case is reviewed at least every eight weeks until the risk reduces."),
    ("h", "Working with partners"),
    ("p", "No one agency can see the whole picture. Police, health, schools, youth services, the youth justice service and community safety officers share what they know through the panel, and housing and transport providers are asked to help make places safer."),
    ("h", "Our corporate parenting responsibilities"),
    ("p", "Hallowmoor Council follows the seven corporate parenting principles for every child it looks after: to act in their best interests and promote their health and well-being, to encourage them to say what they think, to take their views into account, to help them make the most of services, to promote high aspirations, to keep them safe and settled at home, in relationships and in education or work, and to prepare them for adulthood and independent living. For children at risk of exploitation the principle of keeping them safe and settled comes first in every plan."),
    ("h", "Contextual Safeguarding"),
    ("p", "We use Contextual Safeguarding as our practice framework. It recognises that young people can face harm outside the family, in their peer groups, schools and neighbourhoods, and it asks practitioners to assess and change those contexts, not only the child's behaviour."),
    ("h", "Key principles"),
    ("p", "Stability protects children: a child who is settled is harder to groom. A permanence plan is agreed for every child looked after within three months of them coming into care, and placement moves for a child at risk are made only when staying would put them in greater danger. Care leavers are supported by a personal adviser until they reach 21, or 25 if they are in education, training or still need our help."),
    ("p", "Children are told what we are doing and why, and are involved in their safety plan. Their account is believed and recorded in their own words."),
    ("h", "Sharing information"),
    ("p", "Information about exploitation is shared quickly between agencies where a child is at risk of harm, and consent is not needed where seeking it would increase that risk. Intelligence about adults who may be exploiting children is passed to the police through the agreed information form on the same day."),
    ("p", "Version 3.1"),
]
# fmt: on

NAMES = {
    "36001": "36001-docx-heading-styles-by-meaning-iro-reviews-topic-merrowdene-amended-month-four-acts-bulleted-review-timing-procedure-unheaded-seven-list-number-strong-threads-four-months-21-or-25-in-education-version-children-in-care.docx",
    "36002": "36002-docx-bold-run-headings-no-styles-special-guardianship-topic-quarrington-last-amended-day-five-acts-table-assessment-procedure-unheaded-seven-in-sentence-family-ties-3-months-25-whatever-version-looked-after.docx",
    "36003": "36003-pdf-lo-heading-styles-running-header-page-numbers-out-of-area-topic-ebbersley-amended-month-five-acts-host-council-procedure-unheaded-seven-numbered-signs-of-safety-four-months-21-or-25-if-they-wish-version-who-are-looked-after.pdf",
    "36004": "36004-pdf-lo-size-only-headings-three-pages-footer-exploitation-topic-hallowmoor-amended-month-five-acts-screening-procedure-unheaded-seven-in-sentence-contextual-safeguarding-three-months-21-or-25-10-to-25-panel-version-cla.pdf",
}

HEADING_STYLES = {
    "title": "Title",
    "h": "Heading 1",
    "b": "List Bullet",
    "n": "List Number",
}


def _bold_docx(blocks: list[Block]) -> bytes:
    """No style at all: a bold 15 pt title, bold Normal paragraphs as headings, grid tables."""
    from build_binary_tools import add_bold_heading, add_grid_table, new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    for block in blocks:
        kind = block[0]
        if kind == "table":
            add_grid_table(document, block[1], block[2])
        elif kind == "title":
            run = document.add_paragraph().add_run(block[1])
            run.bold = True
            run.font.size = Pt(15)
        elif kind == "h":
            add_bold_heading(document, block[1], space_before=10)
        else:
            document.add_paragraph(block[1])
    return saved_docx(document)


def _styled_with_header(blocks: list[Block], header: str) -> bytes:
    """Title, Heading 1 and list styles, a running header and a centred PAGE number."""
    from build_binary_tools import add_styled_blocks, new_docx, saved_docx, word_field
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    add_styled_blocks(document, blocks, HEADING_STYLES)
    document.sections[0].header.paragraphs[0].text = header
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    word_field(paragraph, "PAGE", "1")
    return saved_docx(document)


def _size_only(blocks: list[Block], footer: str) -> bytes:
    """The title 18 pt and headings 14 pt in plain Normal paragraphs (no bold, no style),
    bullets typed, generous spacing so the chapter runs to three pages, a footer with the
    council's name and the page number from a PAGE field."""
    from build_binary_tools import new_docx, saved_docx, word_field
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        if kind in ("title", "h"):
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(24)
            paragraph.paragraph_format.space_after = Pt(10)
            paragraph.paragraph_format.keep_with_next = True
            paragraph.add_run(text).font.size = Pt(18 if kind == "title" else 14)
        else:
            paragraph = document.add_paragraph("\u2022 " + text if kind == "b" else text)
            paragraph.paragraph_format.space_after = Pt(10)
            paragraph.paragraph_format.line_spacing = 1.5
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.add_run(footer + " – page ")
    word_field(paragraph, "PAGE", "1")
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, SCRIPT, about, header_rule=True)


def main() -> None:
    from build_binary_tools import docx_to_pdf, styled_docx

    builds = [
        (
            "36001",
            MERROWDENE,
            styled_docx(MERROWDENE, HEADING_STYLES),
            "python-docx, Title style, Heading 1 headings worded by meaning, List Bullet Acts, List Number principles, an un-headed review-timing paragraph after the values, a version line last",
        ),
        (
            "36002",
            QUARRINGTON,
            _bold_docx(QUARRINGTON),
            "python-docx, no heading or list style: a bold 15 pt title, bold Normal paragraphs as headings, the Acts in a grid table with a bold header row, an un-headed assessment paragraph after corporate parenting, a version line last",
        ),
        (
            "36003",
            EBBERSLEY,
            _styled_with_header(
                EBBERSLEY, "Ebbersley County Council – Children's Social Care Procedures"
            ),
            "python-docx (Title, Heading 1, List Bullet, List Number) printed to PDF by LibreOffice, a running header with the manual's name and a centred page number from a PAGE field, an un-headed host-council paragraph after the values, a version line last",
        ),
        (
            "36004",
            HALLOWMOOR,
            _size_only(HALLOWMOOR, "Hallowmoor Council, Children's Services"),
            "python-docx printed to PDF by LibreOffice over three pages, title 18 pt and headings 14 pt in plain (not bold) Normal paragraphs against 11 pt body at 1.5 line spacing, bullets typed, a footer 'Hallowmoor Council, Children's Services – page N' from a PAGE field, an un-headed screening paragraph after the values, a version line last",
        ),
    ]
    for number, blocks, data, about in builds:
        path = HERE / NAMES[number]
        if path.suffix == ".pdf":
            docx_to_pdf(data, path)
        else:
            path.write_bytes(data)
        path.with_name(path.name + ".md").write_text(_note(blocks, about), encoding="utf-8")
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
