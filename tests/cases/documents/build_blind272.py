# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary document of the 272nd blind set: a facts probe in new wordings.

    27204  Harrowdean: python-docx, Title, Heading 1, List Number and List Bullet styles; an
           italic line under the title "This chapter was amended in spring 2025 ..." with a
           next review in spring 2027; five Acts in brackets, semicolons between them; the
           principles a List Number list of seven under "Put simply, they ask us to:";
           Family Safeguarding named in passing ("Since we adopted Family Safeguarding in
           2021"); "no later than four months after the child's first day in care"; an adviser
           "until they turn twenty-one", and to the twenty-fifth birthday in higher education.

Written for this set, in our own words (invented council).

usage: .venv/bin/python tests/cases/documents/build_blind272.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind272.py"
NAME = "27204-docx-amended-in-spring-next-review-spring-distractor-five-acts-in-brackets-semicolons-list-number-seven-family-safeguarding-in-passing-since-2021-four-months-first-day-twenty-one-higher-education-twenty-five-cared-for.docx"
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "i" | "n", text).
Block = tuple[Any, ...]

# fmt: off
HARROWDEAN: list[Block] = [
    ("title", TITLE),
    ("i", "This chapter was amended in spring 2025 to bring the leaving care section into line with the council's local offer. The next full review is due in spring 2027."),
    ("h", "Introduction"),
    ("p", "This chapter sets out the values and principles behind Harrowdean Metropolitan Borough Council's work with cared for children, care leavers and their families. The statutory framework (Children Act 1989; Children Act 2004; Children and Families Act 2014; Children and Social Work Act 2017; Care Leavers (England) Regulations 2010) is summarised in Appendix A of this manual."),
    ("h", "Our Values"),
    ("p", "We believe children should grow up with their own families wherever that can be made safe. Since we adopted Family Safeguarding in 2021, more children have been able to stay safely at home, because their parents get help with what lies behind the worries about them."),
    ("h", "Corporate Parenting"),
    ("p", "We hold ourselves to the corporate parenting principles. Put simply, they ask us to:"),
    ("n", "act in the best interests of cared for children and promote their physical and mental health and well-being;"),
    ("n", "encourage them to say what they think, wish and feel;"),
    ("n", "take their views, wishes and feelings into account;"),
    ("n", "help them find and make the best use of the council's services and those of its partners;"),
    ("n", "aim high for them and seek the best outcomes;"),
    ("n", "keep them safe and give them stability at home, in their relationships and in education or work;"),
    ("n", "prepare them for adult life and living independently."),
    ("h", "Permanence"),
    ("p", "Planning for permanence starts as soon as a child comes into our care. The permanence plan must be signed off no later than four months after the child's first day in care."),
    ("h", "Leaving Care"),
    ("p", "Personal advisers work with care leavers until they turn twenty-one. Care leavers who are in higher education keep their adviser until the end of their course or their twenty-fifth birthday, whichever comes first."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "n": "List Number"}


def _word(blocks: list[Block]) -> bytes:
    document = new_docx()
    for kind, text in blocks:
        if kind == "i":
            document.add_paragraph().add_run(text).italic = True
        else:
            document.add_paragraph(text, style=STYLES.get(kind))
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    """What a reader sees in the built file, as markdown (the sidecar beside it)."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    number = 0
    for kind, text in blocks:
        if kind == "n":
            number += 1
            lines.append(f"{number}. {text}")
        else:
            if previous == "n":
                lines.append("")
            prefix = {"title": "# ", "h": "## "}.get(kind, "")
            lines += [prefix + (f"_{text}_" if kind == "i" else text), ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAME).write_bytes(_word(HARROWDEAN))
    (HERE / (NAME + ".md")).write_text(
        _note(
            HARROWDEAN,
            "python-docx, Title, Heading 1 and List Number styles, an italic amendment line under the title",
        ),
        encoding="utf-8",
    )
    print("wrote", NAME)


if __name__ == "__main__":
    main()
