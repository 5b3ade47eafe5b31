# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 299th blind set (29903).

An invented council's chapter "Children's Services Policies, Values and Principles", written
for this set in our own words. The plain-text and HTML chapters (29901, 29902) are written by
hand beside this script; this script builds:

    29903  Oakmere: python-docx, the title in Word's Title style, six parts under Heading 1
           headings named by meaning, and un-headed stretches of one or two Normal paragraphs
           that turn topic under a heading (partners under the law, the practice model under
           the values, the vision under corporate parenting, strategy and information sharing
           under the principles); the principles a List Bullet list; a running header; "End"
           and a version line.

usage: .venv/bin/python tests/cases/documents/build_blind299.py   (needs python-docx). The
Word file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind299.py"

NAMES = {
    "29903": "29903-docx-heading-1-running-header-oakmere-unheaded-partners-model-vision-strategy-sharing-turns-family-partnership-model-nine-months-25-for-all-end-version-looked-after.docx",
}

HEADER = "Oakmere County Council - Children's Services Procedures"

# (kind, text): "title", "h" a heading, "p" a paragraph, "b" a bullet.
# fmt: off
OAKMERE: list[tuple[str, str]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "What this chapter covers"),
    ("p", "This chapter sets out the shared values and principles behind all of Oakmere County Council's work with children, young people and families, from early help through to leaving care."),
    ("p", "Amended in October 2025: the leaving care paragraph now reflects the council's decision to support every care leaver to 25, and the section on information sharing has been shortened."),
    ("h", "The law we work within"),
    ("p", "Our work with children who are looked after and their families rests on the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and guidance made under them."),
    ("p", "Protecting children is a task we share. Schools, nurseries, doctors, midwives, the police and housing officers all see children whom social workers may never meet, and each has a part to play in noticing when something is wrong."),
    ("p", "The Children's Social Care National Framework, issued as statutory guidance, describes the outcomes that all of these agencies are working towards, and our partnership plans are built around it."),
    ("h", "The values we hold"),
    ("p", "Children are experts in their own lives. We ask them what they think, we explain our decisions in words they understand, and we tell them when we cannot do what they want and why."),
    ("p", "We are honest with families, we keep our promises, and we do not give up on people when things become difficult."),
    ("p", "All of our practitioners work within the Family Partnership Model. It rests on a respectful partnership between the worker and the parent, in which the parent's knowledge of their own child is valued and goals are agreed together rather than imposed."),
    ("p", "Team managers use the model in supervision, so that the way staff are supported mirrors the way we expect them to work with families."),
    ("h", "Our role as corporate parent"),
    ("p", "When Oakmere County Council looks after a child, every councillor and every member of staff shares responsibility for that child's upbringing. In our decisions we have regard to the corporate parenting principles:"),
    ("b", "acting in the child's best interests and promoting their health and well-being;"),
    ("b", "encouraging them to say what they think and feel;"),
    ("b", "taking account of their views, wishes and feelings;"),
    ("b", "helping them use the services of the council and its partners;"),
    ("b", "aiming high for them and seeking the best outcomes;"),
    ("b", "keeping them safe, with stability at home, in relationships and at school or work;"),
    ("b", "preparing them for adult life and living independently."),
    ("p", "We want Oakmere to be a county where every child grows up feeling safe and loved, where families get help before problems take hold, and where the children we look after do as well as any of their friends."),
    ("h", "Family first, home for good"),
    ("b", "Children are best brought up by their own families, and we offer help early so that more of them can stay at home."),
    ("b", "Where a child cannot live with their parents, we look first at kinship care with relatives or friends."),
    ("b", "The permanence plan for each child who is looked after is agreed no later than nine months after the child starts to be looked after."),
    ("b", "Every care leaver can have a personal adviser until they turn 25, whatever their plans."),
    ("p", "Over the life of our Children and Young People's Plan 2026 to 2029 we will concentrate on keeping more children safely at home, on building a stronger fostering service within the county, and on giving care leavers a guaranteed offer of housing."),
    ("p", "Information about children and families is confidential. Staff share it only where the law allows, where it is needed to keep a child safe or where the family has agreed, and they record what they shared, with whom and why."),
    ("p", "End"),
    ("p", "Version 2.0"),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet"}


def oakmere() -> bytes:
    document = new_docx()
    document.sections[0].header.paragraphs[0].text = HEADER
    for kind, text in OAKMERE:
        document.add_paragraph(text, style=STYLES.get(kind))
    return saved_docx(document)


def main() -> None:
    (HERE / NAMES["29903"]).write_bytes(oakmere())
    note = blocks_note(
        OAKMERE,
        SCRIPT,
        f"python-docx, Title and Heading 1 styles, List Bullet lists, running header '{HEADER}'",
    )
    (HERE / (NAMES["29903"] + ".md")).write_text(note, encoding="utf-8")
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
