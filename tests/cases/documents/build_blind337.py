# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 337th blind set, a facts probe in new wordings.

    33704  Whitlestone: python-docx, Title and Heading 1 styles; an un-headed status line under
           the title ("Status: approved. Effective from 01-10-2025. Review due 01-10-2027."), a
           day-first date with hyphens beside a review date in the same style; a "Legal framework"
           table "Act | Short form used in this manual" whose short forms come back later in the
           prose; the principles turned into "seven questions" without listing them; a model
           "called 'Rooted'"; "No more than five months should pass between ..."; support that
           "runs from 18 to 21" and carries on to the twenty-fifth birthday at university or in an
           apprenticeship; cared for children.

The text file (33701), the markdown (33702) and the HTML page (33703) are written by hand beside
this script. All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind337.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, styled_docx  # noqa: E402

SCRIPT = "build_blind337.py"
NAME = "33704-docx-status-line-effective-from-hyphen-date-review-due-same-style-legal-framework-short-forms-table-seven-questions-called-rooted-no-more-than-five-months-should-pass-runs-from-18-to-21-university-apprenticeship-cared-for.docx"

# fmt: off
WHITLESTONE: list[tuple[Any, ...]] = [
    ("title", "Whitlestone County Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "Status: approved. Effective from 01-10-2025. Review due 01-10-2027."),
    ("h", "Scope"),
    ("p", "This chapter is the starting point of Whitlestone's children's social care procedures. It applies to every member of staff in early help, children's social care and the fostering and adoption teams, and to agency workers while they work for the county."),
    ("h", "Legal framework"),
    ("p", "The duties behind this chapter come from the Acts listed below. The rest of the manual uses the short forms given in the second column."),
    ("table", [
        ("Act", "Short form used in this manual"),
        ("Children Act 1989", "CA 1989"),
        ("Children (Leaving Care) Act 2000", "C(LC)A 2000"),
        ("Children Act 2004", "CA 2004"),
        ("Equality Act 2010", "EA 2010"),
        ("Children and Social Work Act 2017", "CSWA 2017"),
    ], True),
    ("h", "Our vision"),
    ("p", "We want every child in Whitlestone to grow up in a family where they are safe and loved, to get the most out of school, and to reach adulthood with people around them who will stay."),
    ("h", "Values"),
    ("p", "We are respectful, persistent and open. We would rather have a difficult conversation early than a crisis later, and we keep children at the centre of every decision, including the decisions about money and staffing that they never see."),
    ("h", "Corporate parenting"),
    ("p", "The county council is the corporate parent of all cared for children and care leavers. Its councillors have turned the principles in section 1 of the CSWA 2017 into seven questions that every report affecting cared for children must answer before a decision is taken, and the Corporate Parenting Panel, which includes two care-experienced young people, checks the answers."),
    ("h", "Practice model"),
    ("p", "The county's model of practice is called 'Rooted'. It holds that children do best when the relationships around them are strong and lasting, so workers map the people who matter to a child at the start of every piece of work and plan to keep those people in the child's life."),
    ("h", "Principles"),
    ("p", "Families first. Where it is safe, children are helped to stay at home, and help is offered as soon as a need is seen."),
    ("p", "Permanence. No more than five months should pass between a child coming into care and the confirmation of their permanence plan. Relatives and friends are assessed before strangers."),
    ("p", "Leaving care. Every young person in care has a pathway plan from the age of 16. Support from the leaving care team runs from 18 to 21; for a young person at university or in an apprenticeship it carries on until their twenty-fifth birthday."),
    ("h", "Information sharing"),
    ("p", "Staff share information under the CA 1989 and the county's information sharing agreement when a child's welfare requires it. They share only what is needed, record why, and tell the family unless that would put a child at risk."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1"}


def main() -> None:
    target = HERE / NAME
    target.write_bytes(styled_docx(WHITLESTONE, STYLES))
    note = blocks_note(
        WHITLESTONE,
        SCRIPT,
        "python-docx, Title and Heading 1 styles, an un-headed status line, one table with a bold header row",
    )
    Path(f"{target}.md").write_text(note, encoding="utf-8")
    print("wrote", target.name)


if __name__ == "__main__":
    main()
