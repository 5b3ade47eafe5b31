# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 309th blind set (30904).

Four invented councils' adaptations of the common template chapter "Children's Services
Policies, Values and Principles", written for this set in our own words. The plain-text,
markdown and HTML chapters (30901-30903) are written by hand beside this script; this script
builds:

    30904  Thrushcombe: python-docx, the title in Word's Title style and every heading Heading 2
           with its number typed ("7. Family first"), the Acts a List Number list, the corporate
           parenting principles a List Bullet list, a running footer, a closing version line.

usage: .venv/bin/python tests/cases/documents/build_blind309.py   (needs python-docx). The
Word file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import add_styled_blocks, blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind309.py"

NAMES = {
    "30904": "30904-docx-thrushcombe-heading-2-typed-numbers-vision-moved-up-corporate-parenting-and-leaving-care-merged-unheaded-turn-kinship-carers-local-strategy-dropped-restorative-five-months-21-or-25-version-looked-after.docx",
}

FOOTER = "Thrushcombe County Council - printed copies are not controlled"

# (kind, text): "title", "h" a heading, "p" a paragraph, "b" a bullet, "n" a numbered item.
# fmt: off
THRUSHCOMBE: list[tuple[str, str]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "1. Purpose of this chapter"),
    ("p", "Revised November 2025: the section on kinship carers is new and the permanence timescale has changed."),
    ("p", "This chapter records the aims, values and principles on which Thrushcombe County Council's children's services are built. Everyone who works with children on the council's behalf, including agency staff and commissioned providers, is expected to know it."),
    ("h", "2. Our vision"),
    ("p", "Our vision is of a county where every child is safe, loved and hopeful about the future, and where a family that starts to struggle is noticed early and helped by people it already knows."),
    ("h", "3. Legislation and guidance"),
    ("p", "The following Acts set the legal framework for this chapter:"),
    ("n", "Children Act 1989"),
    ("n", "Children (Leaving Care) Act 2000"),
    ("n", "Adoption and Children Act 2002"),
    ("n", "Children Act 2004"),
    ("n", "Children and Young Persons Act 2008"),
    ("n", "Children and Families Act 2014"),
    ("n", "Children and Social Work Act 2017"),
    ("n", "Data Protection Act 2018"),
    ("p", "Practitioners must also follow the statutory guidance issued under these Acts."),
    ("h", "4. What we value"),
    ("p", "We value children's voices: we ask them what they think and tell them what we have done about it. We value families, and believe most children are best brought up by the people who love them. We value fairness, and we will not tolerate discrimination against any child or family."),
    ("p", "We also value our staff. Good work with children depends on a workforce that is well trained, well supported and able to stay long enough to build relationships."),
    ("h", "5. Restorative Practice: our way of working"),
    ("p", "Thrushcombe has adopted Restorative Practice across children's services and its partners. We try to do things with families rather than to them or for them, holding high expectations while giving real support, and when relationships break down we work to mend them."),
    ("h", "6. Outcomes for children"),
    ("p", "We measure our success by how children are doing. We want them to be healthy, to be safe, to learn and achieve, to feel they belong in their community, and to move into adult life with confidence."),
    ("h", "7. Family first"),
    ("p", "Our help is aimed at keeping children safely at home. Where that is not possible, we consider members of the wider family and friends as carers before any other placement, and we look for placements inside the county so that children keep their school, their friends and their contact with family."),
    ("h", "8. Planning for permanence"),
    ("p", "Every child who is looked after by the council has a plan for a permanent home no later than five months after they come into care. The plan is checked at each review and put into action as quickly as the child's needs allow."),
    ("h", "9. Supporting kinship carers"),
    ("p", "Grandparents, older brothers and sisters, aunts, uncles and friends who take on the care of a child deserve the same backing as foster carers. Each kinship carer in Thrushcombe has a named supporting social worker, access to training and a support group, and advice on the financial help available to them. We help kinship carers apply for special guardianship or child arrangements orders when that is right for the child."),
    ("h", "10. Corporate parenting and leaving care"),
    ("p", "For children who are looked after, the council as a whole is the parent. Councillors and officers in every department are expected to follow the corporate parenting principles, which are:"),
    ("b", "to act in the child's best interests and promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take account of those views, wishes and feelings;"),
    ("b", "to help them make the best use of services offered by the council and its partners;"),
    ("b", "to promote high aspirations and the best possible outcomes;"),
    ("b", "for them to be safe and to have stability at home, in relationships and in education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("p", "Leaving care does not mean leaving the council's family. Young people who have been looked after keep a personal adviser until they are 21, and up to the age of 25 for those who ask, and we help them with housing, education, work and money as they set up on their own."),
    ("h", "11. Confidentiality"),
    ("p", "Information about children and families is confidential. It is shared only with those who need it to keep a child safe or to provide a service, and in line with data protection law. Families can ask to see what we have recorded about them."),
    ("p", "Version 2.3"),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 2", "b": "List Bullet", "n": "List Number"}


def thrushcombe() -> bytes:
    document = new_docx()
    document.sections[0].footer.paragraphs[0].text = FOOTER
    add_styled_blocks(document, THRUSHCOMBE, STYLES)
    return saved_docx(document)


def main() -> None:
    (HERE / NAMES["30904"]).write_bytes(thrushcombe())
    note = blocks_note(
        THRUSHCOMBE,
        SCRIPT,
        f"python-docx, Title and Heading 2 styles (numbers typed), List Number and List Bullet lists, running footer '{FOOTER}'",
    )
    (HERE / (NAMES["30904"] + ".md")).write_text(note, encoding="utf-8")
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
