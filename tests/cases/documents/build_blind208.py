# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word documents of the 208th blind set: a legislation probe.

    20807  Cawdell: a python-docx Word file with heading styles, the law and guidance bulleted
           ("Children Acts 1989 and 2004" as one item, the superseded 2015 edition of Working
           Together), the seven principles lettered, and "Useful links" that are no legislation.
    20808  Dunmorrow: an OpenDocument saved as Word by LibreOffice (custom heading style, running
           footer), the Acts named without their years in one sentence after "The main Acts are",
           and the Children Act named again in passing.

Both written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind208.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary import build  # noqa: E402

CAWDELL_NAME = "20807-docx-heading-styles-amendment-heading-reviewed-and-amended-month-bulleted-law-and-guidance-children-acts-1989-and-2004-superseded-working-together-2015-useful-links-seven-lettered-motivational-social-work-21-or-25-education-cared-for.docx"
DUNMORROW_NAME = "20808-docx-lo-word-footer-about-this-chapter-amended-on-day-main-acts-are-four-without-years-children-act-again-in-passing-no-wrong-door-five-months-21-or-25-disabled-children-in-care.docx"

# fmt: off
CAWDELL_SOURCE = """# Children's Services Policies, Values and Principles

## Amendment

This chapter was reviewed and amended in May 2026. The list of law and guidance now names the statutory guidance we follow.

## The law and guidance we work within

- Children Acts 1989 and 2004
- Children and Young Persons Act 2008
- Care Planning, Placement and Case Review (England) Regulations 2010
- Children and Social Work Act 2017
- Working Together to Safeguard Children 2015

## Our values

Cawdell County Council wants every cared for child to have a childhood they can look back on with pride. All of our social workers are trained in Motivational Social Work, because change in a family lasts when the family chooses it, not when we insist on it.

## Corporate parenting

As the corporate parent of its cared for children and care leavers, the council has regard to the need:

(a) to act in their best interests, and to promote their physical and mental health and well-being;

(b) to encourage them to express their views, wishes and feelings;

(c) to take their views, wishes and feelings into account;

(d) to help them gain access to, and make the best use of, the services we and our partners provide;

(e) to promote high aspirations, and to seek to secure the best outcomes, for them;

(f) for them to be safe, and for stability in their home lives, relationships and education or work;

(g) to prepare them for adulthood and independent living.

## Care leavers

Personal advisers support care leavers until they turn 21, and to 25 if they are in education or training. The permanence plan for each cared for child is agreed at the second statutory review.

## Useful links

- Cawdell Local Offer for Care Leavers - www.cawdell.gov.uk/localoffer
- Ofsted inspection reports - reports.ofsted.gov.uk
- Become a foster carer in Cawdell - www.cawdell.gov.uk/fostering
"""

DUNMORROW_SOURCE = """%% maker: lo-fodt-docx
%% footer: Dunmorrow Borough Council - Children's Services

# Children's Services Policies, Values and Principles

## About this chapter

Amended on 9 March 2026: the timescale for permanence plans was changed. This chapter applies to all of Dunmorrow Borough Council's work with Children in Care and care leavers.

## Where our duties come from

The main Acts are the Children Act, the Children (Leaving Care) Act, the Children and Families Act and the Children and Social Work Act. Of these, the Children Act is the one our social workers turn to most often, because it sets out what the council must do for every child in its care.

## No Wrong Door

Dunmorrow adopted No Wrong Door in 2022 as its model for work with teenagers in care or on the edge of care. A young person has one key worker and one hub, and the team around them stays the same whether they are living at home, in a foster family or in one of our hub homes.

## Permanence

A permanence plan should be agreed within five months of a child entering care.

## After care

Care leavers have a personal adviser from 18 up to 21, and to 25 for those who are disabled.
"""
# fmt: on


def main() -> None:
    for name, source in ((CAWDELL_NAME, CAWDELL_SOURCE), (DUNMORROW_NAME, DUNMORROW_SOURCE)):
        path = HERE / (name + ".md")
        path.write_text(source, encoding="utf-8")
        build(path)
        print(name)


if __name__ == "__main__":
    main()
