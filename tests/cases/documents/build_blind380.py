# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 380th blind set, a fourth probe of the facts in new wordings.

    38004  Cullerby: python-docx, UN-HEADED (a Title paragraph, then body paragraphs only and
           one grid table with a bold header row); the amendment as "First issued in April
           2019, this chapter was reviewed and reissued in February 2026"; the Acts in one
           sentence and one of them named again without its year; the corporate parenting
           principles as the rows of a two-column table "Principle | Our promise" after a
           sentence that counts them; the model "known across its teams as Kinlace";
           permanence "within four calendar months"; a personal adviser "until they are 21
           years old, or until they are 25 years old if they ask to keep one"; cared for
           children.

The text, markdown and HTML files (38001, 38002, 38003, 38005) are written by hand beside this
script. All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind380.py
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

SCRIPT = "build_blind380.py"
CULLERBY_NAME = "38004-docx-unheaded-cullerby-reviewed-and-reissued-month-first-issued-earlier-acts-in-one-sentence-one-named-again-without-year-principles-table-after-count-four-calendar-months-21-years-old-or-25-if-they-ask-kinlace-cared-for-children.docx"

# fmt: off
CULLERBY: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Cullerby County Council"),
    ("p", "First issued in April 2019, this chapter was reviewed and reissued in February 2026. It is the starting point of Cullerby's manual for children's social care and is meant to be read by every new member of staff, by foster carers and by the managers of the homes and services the county commissions. It explains why the procedures that follow are written as they are."),
    ("p", "Cullerby's duties to children are found mainly in the Children Act 1989, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them. The county cannot choose to do less than those Acts require, though it may choose to do more."),
    ("p", "Children are safer when the adults around them work as one. The county, the police and the health services share the leadership of the Cullerby Safeguarding Children Partnership, and every school, nursery, surgery and youth group in the county is asked to pass on a worry about a child the same day it arises. County staff reply to partners who raise a concern and tell them what happened next."),
    ("p", "Respect comes first in the way we work: respect for the child, for parents who are struggling and for the carers who take children in. We try to be honest without being harsh, to explain our decisions in plain words and to admit our mistakes quickly. We believe that nearly every family has something to build on."),
    ("p", "When a child comes into the county's care, Cullerby becomes their corporate parent, and every councillor and officer shares that role. Parliament has set seven principles for corporate parents, and against each one the county has made a promise to its cared for children:"),
    ("table", [
        ("Principle", "Our promise"),
        ("To act in the child's best interests and promote their physical and mental health and well-being", "We will look after your health as a good parent would"),
        ("To encourage the child to express their views, wishes and feelings", "We will ask what you think"),
        ("To take those views, wishes and feelings into account", "We will show you what we did with what you told us"),
        ("To help the child gain access to, and make the best use of, services", "We will help you find the help you need"),
        ("To promote high aspirations and seek the best outcomes", "We will expect great things for you"),
        ("To make sure the child is safe and has stability in home life, relationships and education or work", "We will keep moves to a minimum"),
        ("To prepare the child for adulthood and independent living", "We will get you ready for life on your own"),
    ], True),
    ("p", "The county's model of practice, known across its teams as Kinlace, ties every assessment to the network of people around a child. A worker using Kinlace draws that network with the family at the first visit and returns to it at each review, asking who has come closer and who has drifted away."),
    ("p", "Help should come early and close to home, and most of the families Cullerby meets are helped without a child ever coming into care. Where a child does need to live away from their parents, grandparents, aunts, uncles and family friends are assessed first. Each cared for child should have a permanence plan within four calendar months of their first day in care, so that nobody is left wondering for long where they will grow up. A young person who leaves care keeps a personal adviser until they are 21 years old, or until they are 25 years old if they ask to keep one. Cared for children are invited to every meeting about them and may bring an advocate."),
    ("p", "Records about a child are kept securely and looked at only by those who need them. Cullerby shares information with partners when it will help to protect a child or to give the family the right support, tells the family wherever that is safe, and writes down what was shared, with whom and why. The Children and Social Work Act also requires that care leavers can find out what the county holds about their time in care."),
]
# fmt: on

STYLES = {"title": "Title"}


def main() -> None:
    cullerby = HERE / CULLERBY_NAME
    cullerby.write_bytes(styled_docx(CULLERBY, STYLES))
    Path(f"{cullerby}.md").write_text(
        blocks_note(
            CULLERBY,
            SCRIPT,
            "python-docx, a Title paragraph and body paragraphs only (no headings), one grid table with a bold header row",
        ),
        encoding="utf-8",
    )
    print("wrote", cullerby.name)


if __name__ == "__main__":
    main()
