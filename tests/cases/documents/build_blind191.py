# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 191st blind set: headings by meaning at two levels.

    19105  Holmesgarth: a python-docx file whose main headings use Word's Heading 1 and whose
           sub-headings (the principles by audience, leaving care before and after 21) use
           Heading 2.

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind191.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind191.py"
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ------------------------------------------------------------------------------ 19105 Holmesgarth
HOLM: list[tuple[str, str]] = [
    ("h1", "Purpose and reach"),
    ("p", "This chapter applies to every practitioner and manager in Holmesgarth Borough Council's Children's Services and to the foster carers and residential staff who work with us. It was amended in April 2026 to describe our practice model and to extend support for care leavers."),
    ("h1", "Statutory backdrop"),
    ("p", "The council's work with looked after children and care leavers is governed in particular by:"),
    ("n", "The Children Act 1989"),
    ("n", "The Children Act 2004"),
    ("n", "The Children (Leaving Care) Act 2000"),
    ("n", "The Children and Families Act 2014"),
    ("n", "The Children and Social Work Act 2017"),
    ("h1", "The beliefs that steer us"),
    ("p", "Two beliefs shape the way we want every family in Holmesgarth to experience us."),
    ("h2", "Respect"),
    ("p", "Parents are treated as people who love their children, even when they are struggling to care for them safely. We speak to them with courtesy and we never write anything about them that we would not say to their face."),
    ("h2", "Ambition"),
    ("p", "We want the children we work with to do as well as any other child in the borough, and we measure ourselves against that aim rather than against the national average."),
    ("h1", "Holding the line for children"),
    ("p", "Our working principles are set out below for the people they most affect."),
    ("h2", "The child"),
    ("p", "Each looked after child has a plan for permanence within three months of becoming looked after. Children take part in their reviews in the way they choose, and they can ask for an independent advocate at any point."),
    ("h2", "The family"),
    ("p", "Help is offered early so that children can stay at home. If a child cannot stay, we search the child's extended family and friends for a carer before we consider foster carers the child does not know."),
    ("h2", "The practitioner"),
    ("p", "Practitioners have protected time for reflective supervision and for training, and their managers keep caseloads within the limits agreed with staff."),
    ("h1", "Being a good parent at scale"),
    ("p", "All of Holmesgarth Borough Council, from elected members to front-line officers, is corporate parent to its looked after children and care leavers. In carrying out any function for them the council has regard to the need:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account those views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("n", "to promote high aspirations and to seek to secure the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h1", "Support to 21 and past it"),
    ("p", "Care leavers in Holmesgarth can count on us long after their last placement ends."),
    ("h2", "Until 21"),
    ("p", "Every care leaver has a personal adviser and a pathway plan until the age of 21."),
    ("h2", "Beyond 21"),
    ("p", "A care leaver who is still in education or training keeps a personal adviser up to the age of 25."),
    ("h1", "Stepping Stones in practice"),
    ("p", "Stepping Stones is the practice model Holmesgarth introduced in 2025. It breaks each plan into small steps that the family chooses with their worker, so that progress can be seen and celebrated, and it asks workers to review those steps with the family at every visit."),
]
# fmt: on


def holmesgarth_docx() -> bytes:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    for kind, text in HOLM:
        style = {"h1": "Heading 1", "h2": "Heading 2", "n": "List Number"}.get(kind)
        document.add_paragraph(text, style=style)
    return saved_docx(document)


def holmesgarth_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: Word file, Heading 1 main headings by meaning and Heading 2 sub-headings under three of them",
        "",
        f"# {TITLE}",
        "",
    ]
    number = 0
    previous = ""
    for kind, text in HOLM:
        if kind == "n":
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {text}")
        else:
            if previous == "n":
                lines.append("")
            prefix = {"h1": "## ", "h2": "### "}.get(kind, "")
            lines += [prefix + text, ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


DOCUMENTS = {
    "19105-docx-heading1-heading2-meaning-headings-sub-headings-by-audience-until-21-beyond-21-in-education-three-months-amended-month-looked-after-children.docx": (
        lambda target: target.write_bytes(holmesgarth_docx()),
        holmesgarth_note,
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, note) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(note(), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
