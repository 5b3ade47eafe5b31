# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the PDF document of the three-hundred-and-eighty-seventh blind set.

Blind set 387 writes "Policies, Values and Principles" chapters of the default family whose
subject is one part of children's services that earlier sets did not take, so that the family's
section kinds have to be found in the topic's own words. The text file (38701), the markdown
(38702) and the HTML page (38703) are written by hand beside this script; this script builds:

    38704  Tolverton (PDF, a python-docx file printed by LibreOffice): pets and other animals
           in foster homes; Title style, Heading 1 headings named by meaning, four Acts as List
           Bullet items, the seven principles as List Number items, an un-headed procedure
           closing the values (seven days, aged 5, every 12 months) straight before a procedure
           section headed by its name ("Assessing the animals in a household"), and a closing
           version line.

usage: .venv/bin/python tests/cases/documents/build_blind387.py   (needs python-docx and
LibreOffice). The built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    blocks_note,
    docx_to_pdf,
    styled_docx,
)

SCRIPT = "build_blind387.py"
STYLES = {**LIST_AND_HEADING_STYLES, "title": "Title"}

# (kind, text): "title" the title, "h" a section heading, "p" a paragraph, "b" a bulleted item,
# "n" a numbered item.
Block = tuple[str, str]

# fmt: off
TOLVERTON: list[Block] = [
    ("title", "Pets and Other Animals in Foster Homes"),
    ("h", "Purpose of the chapter"),
    ("p", "Tolverton Council amended this chapter on 22 June 2026. It covers the dogs, cats, rabbits, horses and other animals that live in or visit the homes of our foster carers and residential staff, the pets that children looked after bring with them or would like to have, and how we keep children and animals safe together. It is for foster carers, fostering social workers, children's social workers and managers of our children's homes."),
    ("h", "The law we follow"),
    ("p", "We take account of:"),
    ("b", "the Children Act 1989"),
    ("b", "the Dangerous Dogs Act 1991"),
    ("b", "the Animal Welfare Act 2006"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Why animals matter to us"),
    ("p", "We value the comfort, the routine and the unconditional affection that a pet can give a child who has lost a great deal. Many children looked after tell us the family dog was the first member of the household they trusted. We also value honesty about risk: an animal that is loved can still bite or scratch, and children who have been hurt may sometimes hurt an animal."),
    ("p", "When a child looked after arrives with a pet of their own, the social worker and the fostering social worker agree within seven days whether it can stay with the child, and if it cannot, where it will be looked after and how the child will see it. A child aged 5 or over is given a small, real task in the care of the household's animals, and the plan for each animal is looked at again every 12 months."),
    ("h", "Assessing the animals in a household"),
    ("p", "Each animal in a fostering household is assessed when the carer is approved and at every annual review. The fostering social worker meets the animal, checks its vaccinations and where it sleeps, and records any history of biting. A dog of a type the law prohibits is never kept in a fostering household. A new animal joining the household is reported to the fostering social worker before it arrives."),
    ("h", "Our duties as corporate parent"),
    ("p", "Tolverton Council is corporate parent to every child looked after and care leaver, and has regard to the need:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take into account their views, wishes and feelings"),
    ("n", "to help them gain access to and make the best use of the services of the council and its relevant partners"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them"),
    ("n", "for them to be safe and for stability in their home lives, relationships and education or work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("h", "Vets, animal charities and our partners"),
    ("p", "Local vets, animal rescue charities and the council's environmental health team advise us, and some charities will foster a child's pet for a time so that the child and the animal are not parted for good."),
    ("h", "Home Together"),
    ("p", "Our fostering service works to Home Together, a model in which the whole household, people and animals alike, is prepared for a child's arrival, and the child is introduced to the animals on the first visit before they move in."),
    ("h", "Stability and growing up"),
    ("p", "Being allowed to keep a pet can help a placement last. A permanence plan is made for each child looked after within five months of their becoming looked after. Care leavers keep a personal adviser until the age of 21, and to 25 for those in training or at university, and the adviser helps a young person find a home where their pet is welcome."),
    ("h", "Sharing information"),
    ("p", "What we know about an animal's behaviour is shared with any social worker placing a child in the household, and a child's fear of or allergy to animals is shared with every carer before the child visits."),
    ("p", "Version 1.4"),
]
# fmt: on

TOLVERTON_NAME = "38704-pdf-lo-heading-styles-pets-topic-tolverton-amended-day-four-acts-bulleted-procedure-closing-values-headed-procedure-seven-numbered-home-together-five-months-21-or-25-training-version.pdf"


def main() -> None:
    tolverton = HERE / TOLVERTON_NAME
    docx_to_pdf(styled_docx(TOLVERTON, STYLES), tolverton)
    Path(f"{tolverton}.md").write_text(
        blocks_note(
            TOLVERTON,
            SCRIPT,
            "python-docx printed to PDF by LibreOffice; Title style, Heading 1 headings named by meaning, List Bullet Acts, List Number principles, an un-headed procedure closing the values straight before a procedure section headed by its name, a closing version line",
        ),
        encoding="utf-8",
    )
    print(TOLVERTON_NAME)


if __name__ == "__main__":
    main()
