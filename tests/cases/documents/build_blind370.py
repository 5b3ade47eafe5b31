# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF documents of the three-hundred-and-seventieth blind set.

Blind set 370 writes "Policies, Values and Principles" chapters of the default family whose
subject is one part of children's services that earlier sets did not take, so that the family's
section kinds have to be found in the topic's own words. The text file (37001), the markdown
(37002) and the HTML page (37003) are written by hand beside this script; this script builds:

    37004  Aldenbridge (Word, python-docx): when a cared for child dies or is seriously hurt;
           Title style, Heading 1 headings named by meaning, five Acts as List Bullet items,
           the seven principles stated in a sentence, and a paragraph of the topic's
           notification procedure (the same day, one working day, five working days) closing
           the headed corporate parenting section.
    37005  Kingsmarsh (PDF, a python-docx file printed by LibreOffice): online safety, phones
           and social media; the title and headings typed as bold Normal paragraphs (no style),
           and a paragraph of the topic's procedure (a phone agreement within 7 days, a report
           within 24 hours, ages 11 and 13) closing the headed practice model section.

usage: .venv/bin/python tests/cases/documents/build_blind370.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    add_bold_heading,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    styled_docx,
)

SCRIPT = "build_blind370.py"
STYLES = {**LIST_AND_HEADING_STYLES, "title": "Title"}

# (kind, text): "title" the title, "h" a section heading, "p" a paragraph, "b" a bulleted item,
# "n" a numbered item.
Block = tuple[str, str]

# fmt: off
ALDENBRIDGE: list[Block] = [
    ("title", "When a Cared for Child Dies or Is Seriously Hurt: Policy, Values and Principles"),
    ("h", "Purpose of this chapter"),
    ("p", "Amended 5 January 2026. This chapter sets out what Aldenbridge Metropolitan Borough Council's children's services do when a cared for child dies, or suffers a serious injury or illness, and how we look after the child's family, carers and friends at such a time. It applies to every member of staff and every carer who looks after cared for children on the council's behalf."),
    ("h", "Statutory basis"),
    ("p", "The duties that apply at such a time are found in:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children Act 2004"),
    ("b", "the Coroners and Justice Act 2009"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "What guides us"),
    ("p", "We believe that a child's death or serious harm must be met with honesty, kindness and care for everyone who loved them. Parents remain the child's parents and are told first, in person wherever possible. Carers, brothers and sisters and other children in the home are grieving too and are given time and support, not just questions."),
    ("p", "We believe in learning without blame, so that what happened to one child can make other children safer."),
    ("h", "Our duty as corporate parent"),
    ("p", "Aldenbridge Metropolitan Borough Council is corporate parent to every cared for child and stays so for the families of those who die while in our care. The seven corporate parenting principles guide us here as they do in life: the child's best interests, their views and feelings, their safety and stability, and the high hopes we held for them."),
    ("p", "If a cared for child dies or is seriously hurt, the carer or home manager tells the social worker or the out of hours team at once, and the team manager tells the Head of Service on the same day. The Head of Service makes sure Ofsted is notified within one working day of the death, and the Safeguarding Partnership within five working days where abuse or neglect is known or suspected. A meeting to plan support for the family and carers is held within 48 hours."),
    ("h", "Working with partners"),
    ("p", "The police, the coroner's officer, the hospital, the child death review team, the child's school and the local safeguarding partners each have their own duties. We work alongside them openly and share what they need to know, while making sure the family hears news from us before they hear it from anyone else."),
    ("h", "Signs of Safety"),
    ("p", "Our staff use Signs of Safety throughout. After a death or serious injury it helps us think with the family and carers about what is worrying, what is working well and what needs to happen next for any other children in the home."),
    ("h", "Principles of good practice"),
    ("p", "Children do best when they know where they will grow up. A permanence plan is made for each cared for child within 4 months of the child coming into care. Care leavers are offered a personal adviser up to 21, and up to 25 for those in education, training or employment. Where a cared for child has brothers and sisters, their own plans are reviewed after a death so that they keep what matters to them."),
    ("h", "Records and confidentiality"),
    ("p", "Records about a child who has died are kept securely and are never destroyed while any review or inquest is open. Information is shared with the coroner and the child death review team as the law requires, and with no one else without the family's knowledge."),
    ("p", "Version 5"),
]

KINGSMARSH: list[Block] = [
    ("title", "Online Safety, Phones and Social Media"),
    ("h", "Scope"),
    ("p", "Kingsmarsh Council amended this chapter in July 2025. It covers how carers and staff help children who are looked after to use phones, the internet, games and social media safely and with confidence, and what happens when something goes wrong online. It applies to foster carers, residential staff and social workers."),
    ("h", "Our legal duties"),
    ("p", "The Children Act 1989, the Data Protection Act 2018 and the Online Safety Act 2023 set the framework for this chapter, alongside the council's safeguarding procedures."),
    ("h", "What we believe"),
    ("p", "We believe the online world is part of growing up, not something to keep children away from. Children who are looked after should have the same phones, games and apps as their friends, with the same sensible limits. Taking a phone away is never a punishment on its own, because for many children it is their link to family and friends."),
    ("h", "Everyone's business"),
    ("p", "Carers, schools, the police, health services and the children's own families all help children stay safe online. Schools teach online safety, and the council's carers are trained in it within their first year of approval."),
    ("h", "Kingsmarsh as corporate parent"),
    ("p", "As corporate parent, Kingsmarsh Council has regard to all seven corporate parenting principles. Online, this means listening to what children tell us about their lives there, keeping them safe from people who would harm them, and preparing them to manage their own digital lives once they leave care."),
    ("h", "Safe Online Together"),
    ("p", "We use Safe Online Together, a model that asks carers to learn alongside children: to play the games, know the apps and talk about what the child sees, so that the child turns to the carer when something feels wrong."),
    ("p", "Most children are given their own phone from the age of 11, and social media accounts are agreed from 13 in line with the apps' own rules. The carer and the child write a phone agreement within 7 days of the child arriving, and the social worker adds it to the placement plan. If a carer finds images, messages or contact that suggest a child is at risk, they keep the phone as it is, do not forward anything and tell the social worker within 24 hours, or the police at once where the child is in danger."),
    ("h", "Key principles"),
    ("p", "Stable homes make safe online lives easier. For every child who is looked after a permanence plan is agreed within three months of them coming into care. Young people leaving care are given a personal adviser until they are 25, and help to keep a phone and data as they set up home."),
    ("h", "Privacy"),
    ("p", "Photographs of a child who is looked after are not posted online by carers or staff without the child's agreement and the social worker's. Passwords belong to the child, and carers look at a child's messages only where there is a real worry about their safety."),
    ("p", "Last updated: 30 September 2025"),
]
# fmt: on

ALDENBRIDGE_NAME = "37004-docx-heading-styles-death-or-serious-injury-topic-aldenbridge-amended-day-five-acts-bulleted-seven-stated-notification-procedure-closing-corporate-parenting-signs-of-safety-4-months-21-or-25-education-training-employment-version-cared-for.docx"
KINGSMARSH_NAME = "37005-pdf-lo-bold-normal-headings-online-safety-topic-kingsmarsh-amended-month-three-acts-sentence-seven-stated-safe-online-together-phone-procedure-closing-model-three-months-25-for-all-last-updated-who-are-looked-after.pdf"


def _bold_headed_docx(blocks: list[Block]) -> bytes:
    """A Word file whose title and headings are bold Normal paragraphs (no heading style, no
    outline level), the body plain Normal paragraphs."""
    document = new_docx()
    for kind, text in blocks:
        if kind in ("title", "h"):
            add_bold_heading(document, text, 18 if kind == "title" else 12)
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def main() -> None:
    aldenbridge = HERE / ALDENBRIDGE_NAME
    aldenbridge.write_bytes(styled_docx(ALDENBRIDGE, STYLES))
    note = blocks_note(
        ALDENBRIDGE,
        SCRIPT,
        "python-docx; Title style, Heading 1 headings named by meaning, List Bullet Acts, seven principles stated, a notification procedure closing the corporate parenting, a closing version line",
    )
    Path(f"{aldenbridge}.md").write_text(note, encoding="utf-8")
    print(ALDENBRIDGE_NAME)

    kingsmarsh = HERE / KINGSMARSH_NAME
    docx_to_pdf(_bold_headed_docx(KINGSMARSH), kingsmarsh)
    note = blocks_note(
        KINGSMARSH,
        SCRIPT,
        "python-docx printed to PDF by LibreOffice; title and headings bold Normal paragraphs, three Acts in a sentence, a phone procedure closing the practice model, 'Last updated' last",
    )
    Path(f"{kingsmarsh}.md").write_text(note, encoding="utf-8")
    print(KINGSMARSH_NAME)


if __name__ == "__main__":
    main()
