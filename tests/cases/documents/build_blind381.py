# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF documents of the three-hundred-and-eighty-first blind set.

Blind set 381 writes "Policies, Values and Principles" chapters of the default family whose
subject is one part of children's services that earlier sets did not take, so that the family's
section kinds have to be found in the topic's own words. The text file (38101), the markdown
(38102) and the HTML page (38103) are written by hand beside this script; this script builds:

    38104  Wintercombe (Word, python-docx): the social worker's visits to children looked
           after; Title style and Heading 1 headings named by meaning, three Acts as List
           Bullet items, the seven principles as List Number items, an un-headed visiting
           procedure closing the values (every six weeks, aged 4 or over, two working days) and
           a procedure section headed by its name ("Arranging and recording a visit").
    38105  Ravenmoor (PDF, a python-docx file printed by LibreOffice): getting to school,
           family time and clubs (transport and travel); Title style, Heading 1 headings named
           by meaning, four Acts as List Bullet items, the seven principles as List Number
           items, a running header naming the manual and a footer page number from a PAGE
           field (neither the chapter's), an un-headed travel procedure closing the practice
           model section (aged 11, 45 minutes, five working days).

usage: .venv/bin/python tests/cases/documents/build_blind381.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    add_styled_blocks,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    styled_docx,
    word_field,
)

SCRIPT = "build_blind381.py"
STYLES = {**LIST_AND_HEADING_STYLES, "title": "Title"}
RAVENMOOR_HEADER = "Ravenmoor Council Children's Social Care Procedures Manual"

# (kind, text): "title" the title, "h" a section heading, "p" a paragraph, "b" a bulleted item,
# "n" a numbered item.
Block = tuple[str, str]

SEVEN = [
    (
        "n",
        "to act in the best interests of children and young people, and promote their physical and mental health and well-being",
    ),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take into account their views, wishes and feelings"),
    (
        "n",
        "to help them gain access to, and make the best use of, services provided by the council and its relevant partners",
    ),
    ("n", "to promote high aspirations, and seek to secure the best outcomes, for them"),
    (
        "n",
        "for them to be safe, and for stability in their home lives, relationships and education or work",
    ),
    ("n", "to prepare them for adulthood and independent living"),
]

# fmt: off
WINTERCOMBE: list[Block] = [
    ("title", "Visits to Children Looked After"),
    ("h", "What this chapter is for"),
    ("p", "Wintercombe Metropolitan Borough Council revised this chapter in May 2026. It sets out why, how often and in what way a social worker visits each of our children looked after, how the child is seen and heard during a visit, and what happens to what the child says."),
    ("h", "The legal basis for visiting"),
    ("p", "Visits are required and shaped by:"),
    ("b", "the Children Act 1989"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "What a good visit means to us"),
    ("p", "We value visits that children look forward to. A visit is not an inspection of the carer's home but time with a trusted adult who knows the child's story, remembers what they said last time and does what they promised. Children looked after choose, as far as possible, where they are seen and what they do during the visit."),
    ("p", "A child is visited in the first week of any new placement and then at least every six weeks during the first year. Any child aged 4 or over is offered time alone with the social worker at each visit, and a child who refuses is asked again at the next one. If a planned visit cannot happen, the carer and the child are told why and a new date is set within two working days."),
    ("h", "Arranging and recording a visit"),
    ("p", "The social worker agrees the date with the carer and, where the child is old enough, with the child, and writes up the visit within three working days. The record says whether the child was seen alone, what the child said in their own words, and what will be done about it. A team manager reads the record of every third visit."),
    ("h", "Our promise as corporate parent"),
    ("p", "As corporate parent of every child looked after and care leaver, Wintercombe Metropolitan Borough Council has regard to the need:"),
    *SEVEN,
    ("h", "Carers, schools and the reviewing officer"),
    ("p", "Foster carers, residential staff, teachers and the independent reviewing officer share with the social worker what they notice between visits, and the social worker shares back what the child has asked to be passed on."),
    ("h", "Open Door"),
    ("p", "Our social workers practise Open Door, a relationship-based model in which the worker keeps the same day, the same phone number and the same manner for as long as they hold the child's case, so that the child always knows how to reach them."),
    ("h", "Planning for the long term"),
    ("p", "Fewer changes of social worker and of home mean better visits. A permanence plan is agreed for every child looked after within six months of their becoming looked after. Care leavers have a personal adviser until they are 21, or 25 if they are studying."),
    ("h", "Confidential information"),
    ("p", "What a child tells their social worker during a visit is kept confidential unless sharing it is needed to keep the child or someone else safe, and the child is told before it is shared whenever that is possible."),
    ("p", "Version 4.2"),
]

RAVENMOOR: list[Block] = [
    ("title", "Getting About: Transport and Travel for Children in Care"),
    ("h", "Scope and amendment"),
    ("p", "This chapter was amended on 14 April 2026. It explains how Ravenmoor Council makes sure that children in care can get to school, to family time, to appointments and to the clubs they love, and how older children are helped to travel on their own. It applies to carers, social workers, the transport team and personal advisers."),
    ("h", "Relevant legislation"),
    ("p", "This chapter takes account of:"),
    ("b", "the Children Act 1989"),
    ("b", "the Education Act 1996"),
    ("b", "the Equality Act 2010"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Our values"),
    ("p", "We believe that a journey should never stand between a child and the people and places that matter to them. Children in care should arrive at school on time and unembarrassed, should not be the only child in a taxi with a stranger if it can be avoided, and should be helped to travel as independently as their friends do."),
    ("h", "The council as corporate parent"),
    ("p", "Ravenmoor Council is corporate parent to all children in care and care leavers, and its services have regard to these principles:"),
    *SEVEN,
    ("h", "Partners on the road"),
    ("p", "Schools, the home-to-school transport service, bus companies and independent fostering agencies agree with us who takes a child where, so that no journey is missed when a carer or driver is unwell."),
    ("h", "Safe Journeys"),
    ("p", "Our workers use Safe Journeys, a model that plans each regular journey with the child, starting from the route their friends take and adding support only where it is needed."),
    ("p", "Before a child aged 11 or over travels alone on a regular route, the carer and social worker complete a travel plan with the child and try the route together at least twice. A taxi journey to school should take no longer than 45 minutes, and a new driver is introduced to the child before their first trip. Any change of transport is arranged within five working days of the request."),
    ("h", "Principles of permanence and leaving care"),
    ("p", "Children should not have to change school because of a long journey. Every child in care has a permanence plan within four months of entering care. Every care leaver can have a personal adviser until their 25th birthday, and gets help with the cost of travel to college, training or work."),
    ("h", "Information sharing"),
    ("p", "Drivers and escorts are told only what they need to keep a child safe on the journey, and never why the child is in care."),
    ("p", "Last updated: 20 May 2026"),
]
# fmt: on

WINTERCOMBE_NAME = "38104-docx-heading-styles-visits-topic-wintercombe-amended-month-three-acts-bulleted-procedure-closing-values-headed-procedure-seven-numbered-open-door-six-months-21-or-25-studying-version.docx"
RAVENMOOR_NAME = "38105-pdf-lo-heading-styles-running-header-page-field-transport-topic-ravenmoor-amended-day-four-acts-bulleted-seven-numbered-safe-journeys-procedure-closing-model-four-months-25-for-all-last-updated.pdf"


def ravenmoor_docx() -> bytes:
    """Ravenmoor's Word file: the styled blocks under a running header naming the manual and a
    footer that shows the page number from a PAGE field."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = RAVENMOOR_HEADER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    word_field(footer, "PAGE", "1")
    add_styled_blocks(document, RAVENMOOR, STYLES)
    return saved_docx(document)


def main() -> None:
    wintercombe = HERE / WINTERCOMBE_NAME
    wintercombe.write_bytes(styled_docx(WINTERCOMBE, STYLES))
    Path(f"{wintercombe}.md").write_text(
        blocks_note(
            WINTERCOMBE,
            SCRIPT,
            "python-docx; Title style, Heading 1 headings named by meaning, List Bullet Acts, List Number principles, a visiting procedure closing the values, a procedure section headed by its name, a closing version line",
        ),
        encoding="utf-8",
    )
    ravenmoor = HERE / RAVENMOOR_NAME
    docx_to_pdf(ravenmoor_docx(), ravenmoor)
    Path(f"{ravenmoor}.md").write_text(
        blocks_note(
            RAVENMOOR,
            SCRIPT,
            f"python-docx printed to PDF by LibreOffice; running header '{RAVENMOOR_HEADER}' and a footer 'Page N' from a PAGE field (not the chapter's), Title style, Heading 1 headings named by meaning, List Bullet Acts, List Number principles, a travel procedure closing the practice model section, a closing last-updated line",
        ),
        encoding="utf-8",
    )
    print(WINTERCOMBE_NAME)
    print(RAVENMOOR_NAME)


if __name__ == "__main__":
    main()
