# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the 361st blind set, a probe of the chapter facts in new
wordings.

    36103  Mossenden: python-docx (Title, Heading 1, List Bullet, one grid table with a bold
           header row); a legislation list whose items carry footnote marks, the notes set out
           as paragraphs under the list; the corporate parenting promises as seven labelled
           paragraphs after a lead that gives no count; Family Safeguarding as the model; a
           timescales table with "within 4 mths" for the permanence plan beside reviews "every
           6 mths"; a leaving care service "from 18 through to 25" beside a 16+ team and a
           leisure pass for under-22s; children in our care.
    36104  Ferrowby: python-docx (Title, Heading 1, one grid table with a bold header row)
           printed to PDF by LibreOffice; an "Instrument | Status" table mixing Acts,
           Regulations, statutory guidance and a non-statutory framework; the principles as
           lettered paragraphs (a) to (g); two approaches named in one sentence; permanence
           "should take no longer than four months"; a personal adviser to 21 and, for those in
           education or training, "up to and including the age of 24", beside the 16+ team and
           Staying Put; children looked after.

The text file (36101) and the HTML page (36102) are written by hand beside this script. All
written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind361.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    blocks_note,
    docx_to_pdf,
    styled_docx,
)

SCRIPT = "build_blind361.py"
MOSSENDEN_NAME = "36103-docx-footnote-marks-on-listed-acts-notes-under-the-list-labelled-promises-no-count-family-safeguarding-timescales-table-4-mths-from-18-through-to-25-leisure-pass-under-22-children-in-our-care.docx"
FERROWBY_NAME = "36104-pdf-instrument-status-table-acts-regulations-guidance-non-statutory-framework-lettered-principles-a-to-g-two-approaches-no-longer-than-four-months-21-then-up-to-and-including-24-children-looked-after.pdf"

# fmt: off
MOSSENDEN: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Mossenden Borough Council \u2013 Children, Young People and Families"),
    ("h", "Scope"),
    ("p", "This chapter applies to everyone who works in Mossenden's children's services, whether employed by the council, by an agency or by a service we commission. It was amended in November 2025, when the timescales for planning were set out in a table and the section on care leavers was shortened."),
    ("h", "Legislation"),
    ("p", "Mossenden's duties to children and young people are set by:"),
    ("b", "the Children Act 1989\u00b9;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children and Social Work Act 2017\u00b2;"),
    ("b", "the Care Leavers (England) Regulations 2010."),
    ("p", "\u00b9 Part 3 and section 22 in particular."),
    ("p", "\u00b2 Sections 1 to 3: the corporate parenting principles and the local offer for care leavers."),
    ("h", "Working with our partners"),
    ("p", "Mossenden's schools, health services, police and voluntary groups each see part of a child's life. We agree with them, through the local safeguarding partnership, how concerns are shared and who does what, and we expect every worker to know the partners involved with each family they support."),
    ("h", "What we value"),
    ("p", "We value honesty, warmth and persistence. We do not give up on families, we say clearly what must change and why, and we give credit when it does. Children's own words matter to us, and we write them down as they say them."),
    ("h", "Corporate parenting"),
    ("p", "Every child in our care has the whole council as a parent. Councillors and officers have made the promises below, each drawn from section 1 of the 2017 Act, and the Corporate Parenting Board asks children in our care each year whether they have been kept."),
    ("p", "Best interests: we put your interests and your health and well-being first."),
    ("p", "Your views: we ask what you want and how you feel."),
    ("p", "Being heard: what you tell us changes what we decide."),
    ("p", "Knowing what there is: we tell you about the services that are there for you."),
    ("p", "Using it well: we help you to get the most from those services."),
    ("p", "Aiming high: we expect the best for you and help you to reach it."),
    ("p", "Safe and settled, then ready: we keep you safe and your life stable, and we prepare you for adult life and for living on your own."),
    ("h", "Our practice model"),
    ("p", "Mossenden is a Family Safeguarding authority. Social workers, adult mental health workers, domestic abuse workers and drug and alcohol workers sit in the same teams and share one plan for each family; motivational interviewing is the skill every member of those teams is trained in."),
    ("h", "Principles of practice"),
    ("p", "Help comes early. We would rather help a family before a crisis than after it, and care is considered only when it is the safest plan."),
    ("p", "Plans are made on time. The table below gives the timescales we work to for children in our care."),
    ("table", [
        ("Step", "Timescale"),
        ("First review of the care plan", "within 20 working days of becoming looked after"),
        ("Permanence plan", "within 4 mths of becoming looked after"),
        ("Later reviews", "every 6 mths at least"),
    ], True),
    ("p", "Young people leaving care have help for as long as they need it. The 16+ team works with young people in care from their sixteenth birthday and writes their pathway plans. After that, our leaving care service works with every care leaver from 18 through to 25, whether or not they are in education, training or work. Care leavers under 22 also receive a free Mossenden leisure pass."),
    ("h", "Sharing information"),
    ("p", "We share what we know about a child or family only when the law allows it and a child's safety or a service needs it. We record each decision to share, and the reasons for it, on the child's file."),
]

FERROWBY: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Ferrowby County Council"),
    ("h", "Purpose"),
    ("p", "This chapter sets out the values and principles that guide Ferrowby's children's services, and it governs the procedures that follow it in this manual. This version was approved by the Director of Children's Services on 12 February 2026."),
    ("h", "Legislation and guidance"),
    ("p", "The table lists the law and guidance that this chapter draws on and the standing of each."),
    ("table", [
        ("Instrument", "Status"),
        ("Children Act 1989", "Act of Parliament"),
        ("Children (Leaving Care) Act 2000", "Act of Parliament"),
        ("Children and Social Work Act 2017", "Act of Parliament"),
        ("Care Planning, Placement and Case Review (England) Regulations 2010", "Regulations"),
        ("Working Together to Safeguard Children 2023", "Statutory guidance"),
        ("Professional Capabilities Framework for Social Work", "Non-statutory framework"),
    ], True),
    ("h", "A shared responsibility"),
    ("p", "Children are safest when the adults around them work together. Ferrowby's safeguarding partners, the council, the integrated care board and the constabulary, agree how agencies share concerns and plan together, and we expect every worker to play a full part in those arrangements."),
    ("h", "Our vision"),
    ("p", "We want every child in Ferrowby to grow up safe, healthy and confident, with adults they can rely on, and we want children looked after by the county to have the same chances in life as their friends."),
    ("h", "Corporate parenting"),
    ("p", "Section 1 of the 2017 Act asks us, in all we do for children looked after and care leavers, to:"),
    ("p", "(a) act in their best interests and promote their physical and mental health and well-being;"),
    ("p", "(b) encourage them to express their views, wishes and feelings;"),
    ("p", "(c) take those views, wishes and feelings into account;"),
    ("p", "(d) help them to gain access to, and make the best use of, services provided by the council and its partners;"),
    ("p", "(e) promote high aspirations and seek to secure the best outcomes for them;"),
    ("p", "(f) keep them safe and give them stability in their home lives, relationships and education or work;"),
    ("p", "(g) prepare them for adulthood and independent living."),
    ("h", "How we practise"),
    ("p", "Practice in Ferrowby follows Restorative Practice, working with families rather than doing things to them or for them, and, where there is domestic abuse, the Safe and Together approach, which keeps the child with the protective parent wherever it can."),
    ("h", "Our principles"),
    ("p", "Children are helped to stay with their families wherever that is safe, and relatives and friends are considered before anyone else when a child cannot stay at home."),
    ("p", "Every child looked after needs a settled home. No permanence plan should take longer than four months from the day the child became looked after, and the plan is then checked at each review."),
    ("p", "Young people are supported into adult life. The 16+ team prepares young people for leaving care from the age of 16, and young people can remain with their foster carers under Staying Put until they are 21. Every care leaver has a personal adviser until they are 21; those in education or training can keep theirs up to and including the age of 24."),
    ("h", "Information sharing"),
    ("p", "Information about children looked after and their families is shared only where the law allows it and where it is needed to keep a child safe or to provide a service, and every decision to share is recorded with its reasons."),
]
# fmt: on

STYLES = {"title": "Title", **LIST_AND_HEADING_STYLES}


def main() -> None:
    mossenden = HERE / MOSSENDEN_NAME
    mossenden.write_bytes(styled_docx(MOSSENDEN, STYLES))
    Path(f"{mossenden}.md").write_text(
        blocks_note(
            MOSSENDEN,
            SCRIPT,
            "python-docx, Title, Heading 1 and List Bullet styles, one grid table with a bold header row",
        ),
        encoding="utf-8",
    )
    print("wrote", mossenden.name)
    ferrowby = HERE / FERROWBY_NAME
    docx_to_pdf(styled_docx(FERROWBY, STYLES), ferrowby)
    Path(f"{ferrowby}.md").write_text(
        blocks_note(
            FERROWBY,
            SCRIPT,
            "python-docx, Title and Heading 1 styles, one grid table with a bold header row, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    print("wrote", ferrowby.name)


if __name__ == "__main__":
    main()
