# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the 357th blind set, a probe of the chapter facts in new
wordings.

    35703  Foxhallow: python-docx (Title, Heading 1 styles, one grid table with no header row);
           a legal framework sentence of two Acts, one set of Regulations and statutory guidance
           dated in a bracket "(statutory guidance, 2023)", with "the Act of 1989" later; the
           corporate parenting promises laid out two to a row in a grid (seven boxes filled,
           the eighth empty); a practice model named in quotes in apposition; permanence
           "before the child has spent four full months in care" beside six-monthly reviews; a
           personal adviser "to age 21, and to age 25 where they wish", beside a youth
           council's age range; looked after young people.
    35704  Cinderbank: python-docx (Title, Heading 1, one grid table with a bold header row)
           printed to PDF by LibreOffice; three Acts in a sentence, then given short names and
           used by them; "the seven-point checklist in section 1 of the 2017 Act" as the count;
           two models written with a registered mark; permanence as a target of four months
           with a worked example in month names; a leaving care table "Help after care | Who can
           have it | Up to age" whose personal adviser rows give 21 for all and 25 for those who
           ask, beside Staying Put and council tax rows; children looked after.

The text file (35701) and the markdown (35702) are written by hand beside this script. All
written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind357.py
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

SCRIPT = "build_blind357.py"
FOXHALLOW_NAME = "35703-docx-two-acts-regulations-and-guidance-dated-in-a-bracket-the-act-of-1989-promises-in-a-grid-two-to-a-row-model-in-quotes-tether-four-full-months-to-21-and-25-where-they-wish-youth-council-11-to-19-looked-after-young-people.docx"
CINDERBANK_NAME = "35704-pdf-three-acts-given-short-names-seven-point-checklist-registered-marks-rope-bridge-signs-of-safety-target-four-months-january-to-april-example-adviser-table-21-all-25-on-asking-council-tax-25-children-looked-after.pdf"

# fmt: off
FOXHALLOW: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Foxhallow District Council \u2013 Children's Social Care"),
    ("h", "Scope"),
    ("p", "This chapter applies to all staff in Foxhallow's children's social care teams, to the fostering and adoption service and to the managers of the district's residential home. The text was revised in February 2026 to bring the section on help after care up to date."),
    ("h", "Legal framework"),
    ("p", "The legal framework for this chapter is the Children Act 1989, the Children and Social Work Act 2017 and the Care Planning, Placement and Case Review (England) Regulations 2010, together with Working Together to Safeguard Children (statutory guidance, 2023)."),
    ("h", "Working with partners"),
    ("p", "We cannot protect children on our own. Health visitors, schools, the police and the voluntary sector see children every day, and we rely on them to share their worries early, as they rely on us to act on what they tell us."),
    ("h", "Our values"),
    ("p", "We are respectful, honest and dependable. We judge our work by the difference it makes to children, not by the forms we complete, and we would rather say we do not know than pretend that we do."),
    ("h", "Corporate parenting"),
    ("p", "Every councillor and officer in Foxhallow is a corporate parent to our looked after young people and care leavers. The promises we make to them as corporate parent are laid out below, one to a box."),
    ("table", [
        ("Your best interests and your health come first.", "We listen to what you want and how you feel."),
        ("You will know which services are there for you.", "We help you to use those services well."),
        ("We expect a lot for you, and of you.", "We keep you safe and keep your life steady."),
        ("We get you ready for adult life.", ""),
    ], False),
    ("h", "Our practice model"),
    ("p", "Our practice model, \u201cTether\u201d, asks every worker to build and keep a relationship with the child that lasts through every change of plan. Under \u201cTether\u201d a looked after young person keeps the same social worker wherever they live, unless they ask for a change."),
    ("h", "Principles we work to"),
    ("p", "Families are helped to stay together. Part 3 of the Act of 1989 gives us the means to support families, and we use them before we consider care."),
    ("p", "Permanence is planned from the first day. Each looked after young person should have a permanence plan agreed before the child has spent four full months in care. Their care plan is then reviewed at least every six months."),
    ("p", "Every care leaver has a personal adviser to age 21, and to age 25 where they wish to keep one. Care leavers are also encouraged to join the Foxhallow Youth Council, which takes members aged 11 to 19."),
    ("h", "Information sharing"),
    ("p", "Information about looked after young people and their families is shared only where the law allows it and where it is needed to protect a child or to provide a service. The reasons for each decision to share are written on the child's record."),
]

CINDERBANK: list[tuple[Any, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Cinderbank City Council"),
    ("h", "Scope and status"),
    ("p", "This chapter applies to every member of staff in Cinderbank's children's services, including those in commissioned services acting for the council. It was reissued on 14 January 2026 with a new section on help after care."),
    ("h", "Legislation"),
    ("p", "Three Acts give Cinderbank its duties to children looked after by the city: the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017. Below they are called the 1989 Act, the Leaving Care Act and the 2017 Act."),
    ("h", "Partnership working"),
    ("p", "Keeping children safe is shared work. The council, the integrated care board and the police agree local safeguarding arrangements under the 1989 Act and its guidance, and every agency that works with children is asked to play its part in them."),
    ("h", "Our vision"),
    ("p", "Cinderbank wants each of its children to grow up safe, loved and hopeful, and wants every child looked after by the city to do as well as any other child in Cinderbank."),
    ("h", "Being a corporate parent"),
    ("p", "Members use the seven-point checklist in section 1 of the 2017 Act whenever they make a decision that touches the lives of children looked after or care leavers. The Corporate Parenting Board asks children looked after how well members are doing against it each year."),
    ("h", "Practice model"),
    ("p", "Our model of practice is Rope Bridge\u00ae, which Cinderbank developed with its own social workers in 2021. It asks workers to understand a family's story before they try to change it. Alongside Rope Bridge\u00ae, our child protection conferences follow the Signs of Safety\u00ae approach."),
    ("h", "Principles of practice"),
    ("p", "Support at home comes first, and care is the answer only when it is the safest one."),
    ("p", "For permanence, the target is four months: a child who comes into care in January should have a permanence plan agreed by the end of April."),
    ("p", "Help does not stop when a young person leaves care. The table shows what the Leaving Care Act and the 2017 Act mean in Cinderbank."),
    ("table", [
        ("Help after care", "Who can have it", "Up to age"),
        ("Personal adviser", "Every care leaver", "21"),
        ("Personal adviser", "Care leavers who ask to keep one", "25"),
        ("Staying Put", "Young people living with their former foster carers", "21"),
        ("Council tax exemption", "Care leavers living in Cinderbank", "25"),
    ], True),
    ("h", "Information sharing"),
    ("p", "We share personal information about children looked after and their families only where the law allows it and where it is needed to protect a child or to provide a service, and we record the reasons for every decision to share."),
]
# fmt: on

FOXHALLOW_STYLES = {"title": "Title", "h": "Heading 1"}
CINDERBANK_STYLES = {"title": "Title", **LIST_AND_HEADING_STYLES}


def main() -> None:
    foxhallow = HERE / FOXHALLOW_NAME
    foxhallow.write_bytes(styled_docx(FOXHALLOW, FOXHALLOW_STYLES))
    Path(f"{foxhallow}.md").write_text(
        blocks_note(
            FOXHALLOW,
            SCRIPT,
            "python-docx, Title and Heading 1 styles, one grid table with no header row",
        ),
        encoding="utf-8",
    )
    print("wrote", foxhallow.name)
    cinderbank = HERE / CINDERBANK_NAME
    docx_to_pdf(styled_docx(CINDERBANK, CINDERBANK_STYLES), cinderbank)
    Path(f"{cinderbank}.md").write_text(
        blocks_note(
            CINDERBANK,
            SCRIPT,
            "python-docx, Title and Heading 1 styles, one grid table with a bold header row, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    print("wrote", cinderbank.name)


if __name__ == "__main__":
    main()
