# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 315th blind set: a facts probe in council wordings.

    31504  Pitchmere: python-docx, Title and Heading 1 styles; the amendment stated in the
           middle of the scope paragraph ("This version of the chapter was amended in February
           2026, when ..."); "These are the main sources of our duties:" over List Bullet
           items; a corporate parenting section that sets out no principles; a "Key
           principles" List Bullet list saying support lasts "up to the age of 25", and a later
           "Leaving care" paragraph saying 21, and 25 for anyone who asks (the conflict); the
           Safe and Together model; permanence at the second statutory review, "four months
           after the child comes into care"; "cared for children".

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind315.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, styled_docx  # noqa: E402

SCRIPT = "build_blind315.py"
NAME = "31504-docx-amended-month-mid-paragraph-main-sources-of-our-duties-bullets-no-principles-set-out-safe-and-together-second-review-four-months-after-25-bullet-then-21-and-25-if-asked-conflict-cared-for-children.docx"
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "b" | "n", text) or ("table", rows, header_bold).
Block = tuple[Any, ...]

# fmt: off
PITCHMERE: list[Block] = [
    ("title", TITLE),
    ("h", "About this chapter"),
    ("p", "This chapter sets out the values and principles that guide Pitchmere Borough Council's work with children, young people and their families. It applies to all staff in children's services and to the carers and providers who look after cared for children on the council's behalf. This version of the chapter was amended in February 2026, when the part on leaving care was rewritten with a group of care leavers, and it replaces every earlier version. Managers should make sure that new staff read it during their induction."),
    ("h", "Our legal duties"),
    ("p", "These are the main sources of our duties:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "What guides us"),
    ("p", "We want children in Pitchmere to be safe, healthy and hopeful about the future. We are respectful and straightforward with families, we build on what is going well in their lives, and we keep children's own words at the heart of our records and plans."),
    ("h", "The council as a parent"),
    ("p", "Pitchmere Borough Council is the corporate parent of every child it looks after and of every young person who has left its care. Councillors on the Corporate Parenting Board visit children's homes, meet care leavers and ask officers hard questions about the progress cared for children are making. Each council department, from housing to leisure, has named how it will help."),
    ("h", "Key principles"),
    ("p", "Our work rests on a few plain commitments:"),
    ("b", "Children are helped to stay safely with their own families wherever possible."),
    ("b", "Relatives and friends are considered before any other kind of placement."),
    ("b", "Young people leaving care can rely on our support up to the age of 25."),
    ("b", "Children's views are sought and recorded at every stage."),
    ("h", "How we practise"),
    ("p", "Where domestic abuse is part of a family's life, our workers follow the Safe and Together model: they partner with the protective parent, hold the person causing harm to account for their behaviour, and look at how that behaviour affects the children."),
    ("h", "Permanence"),
    ("p", "Drift harms children. The plan for a child's permanent home is confirmed at the second statutory review, four months after the child comes into care, and the Independent Reviewing Officer escalates any delay to the Head of Service."),
    ("h", "Leaving care"),
    ("p", "Every care leaver has a personal adviser until they are 21, and until 25 for anyone who asks. Pathway plans are written with the young person from the age of 16 and reviewed at least every six months, and Staying Put lets young people remain with their foster carers after 18."),
    ("h", "Confidentiality"),
    ("p", "Records about children and families are kept securely and shared only with people who need them to keep a child safe or to provide a service. Young people are told what is recorded about them and may ask to read their files."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}


def main() -> None:
    (HERE / NAME).write_bytes(styled_docx(PITCHMERE, STYLES))
    (HERE / (NAME + ".md")).write_text(
        blocks_note(
            PITCHMERE,
            SCRIPT,
            "python-docx, Title, Heading 1 and List Bullet styles, an amendment sentence mid-paragraph and a leaving-care conflict",
        ),
        encoding="utf-8",
    )
    print("wrote", NAME)


if __name__ == "__main__":
    main()
