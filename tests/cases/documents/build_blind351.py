# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 351st blind set, a facts probe in new wordings.

    35103  Ormesby Vale: python-docx (Title, Heading 1 styles); the amendment dated by the week
           it was made in ("in the w/c 12 January 2026"); two Acts of one name joined by their
           years ("The 1989 and 2004 Children Acts") beside two more Acts; "the seven corporate
           parenting principles" as a stated count; a practice model named only by its heading;
           permanence "no later than the fourth month"; an adviser to 21 and "beyond 21 and as
           far as 25" for those in education or training; children looked after shortened to CLA.

The text file (35101) and the markdown (35102) are written by hand beside this script. All
written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind351.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, styled_docx  # noqa: E402

SCRIPT = "build_blind351.py"
NAME = "35103-docx-amended-in-the-w-c-12-january-2026-the-1989-and-2004-children-acts-seven-principles-count-model-named-in-heading-only-steady-ground-no-later-than-the-fourth-month-beyond-21-and-as-far-as-25-cla.docx"

# fmt: off
ORMESBY: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Ormesby Vale District Council \u2013 Children's Social Care"),
    ("h", "Scope"),
    ("p", "This chapter applies to everyone working in Ormesby Vale's children's social care service, including the fostering team, the two residential homes and staff placed with us by agencies. The amendments in this edition were made in the w/c 12 January 2026 and concern the support offered to care leavers and the timescale for permanence planning."),
    ("h", "Law and guidance"),
    ("p", "The 1989 and 2004 Children Acts, the Children and Families Act 2014 and the Children and Social Work Act 2017 together set the duties that this manual turns into practice. The statutory guidance made under them is referred to in the chapters where it applies."),
    ("h", "Our vision"),
    ("p", "Ormesby Vale wants every child to grow up in a safe and loving home, to do well at school and to leave childhood with people who will stand by them as adults."),
    ("h", "Our values"),
    ("p", "We are honest with children and families, even when the news is hard. We are reliable: if we say we will do something, we do it. We respect each child's background, faith and identity, and we ask ourselves whether what we are offering would be good enough for our own children."),
    ("h", "Corporate parenting"),
    ("p", "Elected members apply the seven corporate parenting principles set out in s.1 of the 2017 Act whenever they take a decision that touches the lives of children looked after (CLA) or care leavers. The Corporate Parenting Panel receives a report on CLA every quarter and meets twice a year with the Children in Care Council."),
    ("h", "Steady Ground"),
    ("p", "The model we adopted in 2022 rests on three ideas: that children need adults who stay, that families are the experts on their own lives, and that good plans are short and written in plain words. Practitioners are trained in it during their first three months, and case audits check that it is used."),
    ("h", "Principles of practice"),
    ("p", "Support at home comes first. A child becomes CLA only when they cannot safely be cared for by their parents or wider family, even with help."),
    ("p", "Permanence should be secured for each of our CLA no later than the fourth month after they came into care, and brothers and sisters are placed together wherever possible."),
    ("p", "Personal advisers support care leavers to 21, and beyond 21 and as far as 25 for those who remain in education or training. Pathway planning begins at 15 for every young person who is CLA."),
    ("h", "Sharing information"),
    ("p", "We share information about children and their families only when the law allows it and when sharing is needed to protect a child or to provide a service. Every decision to share is recorded with its reasons."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1"}


def main() -> None:
    target = HERE / NAME
    target.write_bytes(styled_docx(ORMESBY, STYLES))
    note = blocks_note(ORMESBY, SCRIPT, "python-docx, Title and Heading 1 styles")
    Path(f"{target}.md").write_text(note, encoding="utf-8")
    print("wrote", target.name)


if __name__ == "__main__":
    main()
