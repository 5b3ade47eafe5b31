# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 406th blind set, un-headed chapters whose kinds change with no
cue phrase a reader could list.

    40604  Lindenholt: python-docx, UN-HEADED and Normal paragraphs ONLY (the title line a Normal
           paragraph too, no Title style); a council line under the title; the amendment as
           "This version of the chapter came into force in July 2025"; two Acts in a sentence;
           the principles of work (family first, permanence, leaving care) BEFORE corporate
           parenting (one kind out of the usual order); "the seven corporate parenting principles"
           stated; the vision over two paragraphs; the outcomes a ONE-sentence section; permanence
           "within four months"; a personal adviser "until their twenty-first birthday, or their
           twenty-fifth if they are in full-time education"; no named model; "Version 3.0"
           closing; children looked after.

The markdown, text and HTML files (40601, 40602, 40603) are written by hand beside this script.
All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind406.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    blocks_note,
    styled_docx,
)

SCRIPT = "build_blind406.py"
LINDENHOLT_NAME = "40604-docx-normal-only-unheaded-lindenholt-came-into-force-month-two-acts-principles-before-cp-seven-stated-vision-two-paras-one-sentence-outcomes-four-months-21-or-25-full-time-education-no-model-version-children-looked-after.docx"

# fmt: off
LINDENHOLT: list[tuple[Any, ...]] = [
    ("p", "Children's Services Policies, Values and Principles"),
    ("p", "Lindenholt City Council"),
    ("p", "This version of the chapter came into force in July 2025. It belongs at the front of the city's children's services manual, and everyone who works with children and families for Lindenholt, whether employed by the council, fostering for it or commissioned by it, is expected to know what it says."),
    ("p", "The city's work with children rests mainly on two Acts, the Children Act 1989 and the Children and Social Work Act 2017, and on the statutory guidance made under them. Between them they say when the city must step in, what it owes to children it looks after, and what it owes to young people after they have left its care. The chapter covers all of that work, from the first phone call about a family to the last contact with a care leaver in their mid-twenties."),
    ("p", "How staff behave towards families is part of the help, not a courtesy added to it. Lindenholt workers are punctual, keep their word, explain what they are worried about without jargon, and admit it when they have got something wrong. They treat a family's own account of its life as evidence worth weighing, and they remember that many parents who meet a social worker are frightened of what might happen next."),
    ("p", "Staff are also expected to challenge one another. A worker who sees a colleague speaking to a family without respect, or a decision being made without the family's voice in it, raises it with a manager, and managers thank them for doing so."),
    ("p", "Children should be brought up within their own families wherever that can be made safe, and help is given as early as a family will take it. When a child has to live elsewhere, relatives and people the child already knows are assessed first, brothers and sisters stay together if at all possible, and the child's school is kept unchanged unless there is a strong reason. Every child looked after by the city has a plan for a permanent home within four months of becoming looked after. Young people leaving care have a personal adviser until their twenty-first birthday, or their twenty-fifth if they are in full-time education, and the city consults children and their parents before it decides anything that changes their lives."),
    ("p", "Lindenholt City Council is the legal parent of every child it looks after, and all its members and officers share that role with the child's social worker. The seven corporate parenting principles in the 2017 Act guide how they carry it out: what the city would want for its own children it must want for these children too. An annual report to full council sets out what each department has done for children looked after and care leavers, and members of the Children Looked After Council present part of it themselves."),
    ("p", "In ten years' time, Lindenholt hopes to be known as a city where children who need help get it early and get it from people they trust. Fewer children will need to come into care, and those who do will stay close to home, go to good schools and leave care with the same chances as their classmates."),
    ("p", "By then a young person leaving the city's care should be able to say that Lindenholt kept its promises to them, that they always knew who was in their corner, and that nobody made them feel like a case number."),
    ("p", "Each child's plan should leave them healthier, safer, better educated and more hopeful than when the city first met them."),
    ("p", "Version 3.0"),
]
# fmt: on

STYLES: dict[str, str] = {}


def main() -> None:
    lindenholt = HERE / LINDENHOLT_NAME
    lindenholt.write_bytes(styled_docx(LINDENHOLT, STYLES))
    Path(f"{lindenholt}.md").write_text(
        blocks_note(
            LINDENHOLT,
            SCRIPT,
            "python-docx, Normal paragraphs only (the title line too: no Title or heading style, no bold, no lists)",
        ),
        encoding="utf-8",
    )
    print("wrote", lindenholt.name)


if __name__ == "__main__":
    main()
