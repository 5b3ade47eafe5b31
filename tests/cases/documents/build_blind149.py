# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word document of the hundred-and-forty-ninth blind set (14903): a whole chapter
written by an officer who never saw the common template.

    14903  Word: every paragraph in the Normal style. The title and the headings are Normal
           paragraphs whose one run is bold; the headings are short sentences ("The whole
           council is a parent."); the Acts are Normal lines under a lead-in, with no bullet;
           the revision date is a sentence inside the first section; the seven corporate
           parenting principles are named, not listed; "Contacts" closes the chapter.

14901 (.txt), 14902 (.md) and 14904 (.html) are written by hand. All in our own words
(invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind149.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
KELDON_WATER = [
    ("title", "Policies, Values and Principles for Children's Services"),
    ("p", "Keldon Water Metropolitan Borough Council"),
    ("h", "This chapter covers every child we look after."),
    ("p", "It applies to all children who are looked after by Keldon Water, wherever they live, and to young people who have left our care. Everyone who works in Children's Social Care should read it, and so should our foster carers and the managers of the homes we use. This revision was agreed by the Director of Children's Services on 9 June 2025."),
    ("h", "The law gives us our duties."),
    ("p", "The main Acts that shape this chapter are:"),
    ("p", "The Children Act 1989"),
    ("p", "The Children (Leaving Care) Act 2000"),
    ("p", "The Children and Families Act 2014"),
    ("p", "The Children and Social Work Act 2017"),
    ("p", "Statutory guidance and regulations made under these Acts tell us in more detail what we must do, and managers will point staff to them where they apply."),
    ("h", "We hold ourselves to clear values."),
    ("p", "We are honest with children and families, even when the news is hard. We do what we say we will do. We treat every child as an individual and we notice what they are good at, not only what has gone wrong. We challenge unfairness, including our own."),
    ("h", "The whole council is a parent."),
    ("p", "Children who are looked after have the council as their corporate parent. That responsibility belongs to every councillor and every department, not only to social care. We apply the seven corporate parenting principles from the Children and Social Work Act 2017 whenever we make a decision that affects children who are looked after or care leavers, and our Corporate Parenting Committee checks twice a year that we have done so."),
    ("h", "We work in one way across the service."),
    ("p", "Keldon Water uses the Family Safeguarding model. Social workers share a team with adult mental health workers, domestic abuse workers and substance misuse workers, so that parents get help with the problems that brought their children into care."),
    ("h", "We want children to do well."),
    ("p", "We want our children to be healthy, to feel safe, to do well at school, to have people who love them and to have somewhere they belong. We measure how we are doing against these aims every year and publish the results for the Children in Care Council."),
    ("h", "Children should not wait for a permanent home."),
    ("p", "Drift harms children. A plan for permanence must be agreed at the second review, held four months after the child starts to be looked after. If a child cannot go home, we look first at family and friends, then at long-term fostering, special guardianship or adoption."),
    ("h", "Leaving care is a process, not a date."),
    ("p", "Young people begin preparing for adult life at fifteen or sixteen, and nobody has to leave their home on their eighteenth birthday. We offer support from a personal adviser up to 21, or 25 if the young person is in education or training. Young people living with foster carers can stay on under a Staying Put arrangement."),
    ("h", "Contacts"),
    ("p", "Service Manager, Children Looked After: 01632 960 238"),
    ("p", "Leaving Care Team, Moss Lane Offices: 01632 960 239"),
    ("p", "Policy Officer, Children's Services: policy@keldonwater.example"),
]

FILES = {
    "14903-docx-normal-style-only-bold-paragraph-sentence-headings-acts-as-plain-lines-revision-day-in-scope-seven-named-not-listed-second-review-four-months-21-or-25-in-education-family-safeguarding-contacts.docx": KELDON_WATER,
}
# fmt: on


def _word(blocks: list[tuple[str, str]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        paragraph = document.add_paragraph(style="Normal")
        run = paragraph.add_run(text)
        if kind in ("title", "h"):
            run.bold = True
    return saved_docx(document)


def main() -> None:
    from build_binary_tools import blocks_note

    for name, blocks in FILES.items():
        target = HERE / name
        target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(
                blocks,
                "build_blind149.py",
                "Normal style only, bold paragraphs as sentence headings, Acts as plain Normal lines (14903)",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
