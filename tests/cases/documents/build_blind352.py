# ruff: noqa: E501, RUF001  (the chapter's paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the 352nd blind set: chapters of the family on other topics.

Blind set 352 writes "Policies, Values and Principles" chapters whose subject is one part of
children's services (kinship care, Staying Put, children's homes, and here remand and youth
justice and adoption support), so that the family's section kinds have to be found in the
topic's own vocabulary. The text file (35201), the markdown (35202) and the HTML page (35203)
are written by hand beside this script; this script builds only:

- 35204 Word (Ravensholme): Title style, a Normal directorate line, Heading 1 headings named by
  the topic, the Acts in one sentence, the seven principles stated as a count, a headed
  procedure section on arrest and remand (hours and days that are no permanence plan), a
  permanence plan in six months, and a closing version line with an approval note.
- 35205 PDF (Penhallow): a python-docx file printed to PDF by LibreOffice; a Title-style title
  and NO heading after it: every part a plain paragraph, the seven principles as List Number
  items, two un-headed procedure paragraphs of the topic (an adoption support assessment, the
  support fund) between the value parts, and an adoption support age that is no leaving-care
  age.

usage: .venv/bin/python tests/cases/documents/build_blind352.py   (python-docx, LibreOffice)
The build writes a .md note beside each file (the text a reader sees).
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

SCRIPT = "build_blind352.py"
RAVENSHOLME_NAME = "35204-docx-heading-styles-remand-youth-justice-topic-ravensholme-amended-day-four-acts-sentence-seven-stated-clear-path-arrest-and-remand-procedure-six-months-21-or-25-if-they-want-one-version-approved-looked-after-lower-case.docx"
PENHALLOW_NAME = "35205-pdf-unheaded-adoption-support-topic-penhallow-amended-month-three-acts-and-regulations-sentence-seven-numbered-open-story-assessment-and-fund-procedures-support-to-21-distractor-four-months-25-for-all-version-children-in-care.pdf"

# fmt: off
RAVENSHOLME: list[tuple[Any, ...]] = [
    ("title", "Children in Care and the Youth Justice System: Policy, Values and Principles"),
    ("p", "Ravensholme Borough Council – Children's Social Care and Youth Justice Service"),
    ("h", "Purpose of this chapter"),
    ("p", "This chapter explains how Ravensholme Borough Council protects the interests of children who are looked after when they come into contact with the police, the courts or the youth justice service, and how it cares for children who are remanded. It applies to social workers, the youth justice service, residential and foster carers and the emergency duty team. It was amended on 11 March 2026."),
    ("h", "Statute"),
    ("p", "The council's responsibilities in this area are drawn from the Children Act 1989, the Crime and Disorder Act 1998, the Legal Aid, Sentencing and Punishment of Offenders Act 2012 and the Children and Social Work Act 2017."),
    ("h", "Police, courts and council side by side"),
    ("p", "Ravensholme's youth justice service, the police custody suite, the youth court, the secure estate, schools and health services all have a part when a child who is looked after is in trouble with the law. The Youth Justice Management Board, which includes the police and the magistrates' court, oversees how often children in our care are charged and meets every quarter to ask why."),
    ("h", "What we refuse to accept"),
    ("p", "We do not accept that a child who is looked after should be more likely to be arrested than any other child. A broken window in a children's home is not a crime that would have been reported in a family home, and we treat it the way a parent would. Children are children first, whatever they have done, and we stay beside them through every stage."),
    ("h", "Our seven promises as corporate parent"),
    ("p", "Ravensholme Borough Council is the corporate parent of each child who is looked after, and it keeps to the seven corporate parenting principles in the same way when a child is in a police station or a secure setting as when they are at home. The lead member for children reports to full council each year on how many children who are looked after were criminalised, and what was done to bring the number down."),
    ("h", "Clear Path"),
    ("p", "Clear Path is the council's model for working with children at risk of offending. Its workers build one relationship with the child, look for the harm behind the behaviour, and agree with the child a short list of things that will keep them out of trouble, reviewed with them each month."),
    ("h", "When a child in our care is arrested"),
    ("p", "If a child who is looked after is arrested, the custody suite telephones the emergency duty team, and a social worker or carer attends as appropriate adult within two hours. Where the police refuse bail, the council must find the child local authority accommodation overnight. A child remanded to youth detention accommodation becomes looked after, and their social worker visits them within five working days and then at least every six weeks. A remand review is held before each court appearance."),
    ("h", "Principles that do not change because of an offence"),
    ("p", "A child who offends still needs a permanent home: the plan for permanence is agreed no later than six months after they come into care, and a conviction is never a reason to delay it. Young people leaving custody who are care leavers have a personal adviser until they are 21, or until 25 if they want one, and no young person leaves custody without somewhere to live that night."),
    ("h", "Information and the courts"),
    ("p", "We share information with the police and courts when the law requires it or when it protects the child or others. Youth justice and social care staff share one record of a child's plan, and we tell children what has been shared and why, unless doing so would put someone at risk."),
    ("h", "How we will measure progress"),
    ("p", "We will know this is working when fewer children who are looked after enter the youth justice system, when none spends a night in a police cell because no bed was found, and when young people leaving custody stay out of it."),
    ("p", "Version 5 – agreed by the Youth Justice Management Board"),
]

PENHALLOW: list[tuple[Any, ...]] = [
    ("title", "Penhallow Council: Adoption Support - Policy, Values and Principles"),
    ("p", "This chapter sets out how Penhallow Council and its regional adoption agency support adopted children, their adoptive families and their birth relatives, before and long after an adoption order is made. Adoption social workers, the post-adoption team, children's social workers and the commissioners of therapeutic services should read it. The chapter was amended in January 2026."),
    ("p", "Penhallow's duties to adoptive families rest on the Adoption and Children Act 2002, the Children Act 1989, the Children and Families Act 2014 and the Adoption Support Services Regulations 2005."),
    ("p", "Support for adoptive families is shared with schools, which receive extra funding for adopted pupils, with the children's mental health service, with GPs, and with the regional adoption agency that Penhallow runs together with two neighbouring councils. Each of them signs up to the region's adoption support offer, so that a family is not passed from door to door."),
    ("p", "We believe adoption is a lifelong journey, not a single event, and that adoptive parents deserve help without first having to prove that they are failing. We speak about birth families with respect, because adopted children carry them in their history, and we want every adopted child to be able to understand and tell their own story."),
    ("p", "Any adoptive family, adopted adult or birth relative may ask for an assessment of their need for adoption support. The post-adoption team acknowledges the request within five working days and completes the assessment within eight weeks. Where therapy is needed, the social worker applies to the national support fund, which can pay for approved therapy while the adopted child is under 21, or under 25 if they have an education, health and care plan."),
    ("p", "Penhallow acts as corporate parent to every child in care, including children waiting for adoption, and in planning for them it applies the corporate parenting principles:"),
    ("n", "to act in the best interests of the child and promote their physical and mental health"),
    ("n", "to encourage the child to express their views, wishes and feelings"),
    ("n", "to take those views, wishes and feelings into account"),
    ("n", "to help the child gain access to and make the best use of services"),
    ("n", "to promote high aspirations and seek the best outcomes"),
    ("n", "for the child to be safe and to have stability in their home lives, relationships and education or work"),
    ("n", "to prepare the child for adulthood and independent living"),
    ("p", "Our adoption workers use Open Story, the model Penhallow follows for life-story work. Under Open Story, each child's life-story book is started while they are still in care, written with the child and their carers, and added to by the adoptive family as the child grows."),
    ("p", "Letterbox contact between adoptive and birth families is arranged through the post-adoption team, which checks each letter before passing it on and replies to the writer within twenty working days. Direct contact is reviewed at least once a year with everyone involved."),
    ("p", "For every child in care, a plan for permanence is made within four months, and where that plan is adoption we look for a family without delay. A child who stays in care instead of being adopted keeps the full leaving care offer: a personal adviser until their 25th birthday, whatever they are doing."),
    ("p", "Adoption records are kept for 100 years and are confidential. Information is shared with adoptive parents, birth relatives or other agencies only as the law allows and when it supports the child's welfare, and adopted adults are helped to see their records with a trained counsellor."),
    ("p", "Success means adoptive families who ask for help early and get it, fewer adoptions that break down, and adopted young people who say they understand where they came from."),
    ("p", "Version 2.2"),
]
# fmt: on

STYLES = {"title": "Title", **LIST_AND_HEADING_STYLES}


def main() -> None:
    ravensholme = HERE / RAVENSHOLME_NAME
    ravensholme.write_bytes(styled_docx(RAVENSHOLME, STYLES))
    note = blocks_note(
        RAVENSHOLME,
        SCRIPT,
        "python-docx; Title style, a Normal directorate line, Heading 1 headings, a closing version line",
    )
    Path(f"{ravensholme}.md").write_text(note, encoding="utf-8")
    print(RAVENSHOLME_NAME)

    penhallow = HERE / PENHALLOW_NAME
    docx_to_pdf(styled_docx(PENHALLOW, STYLES), penhallow)
    note = blocks_note(
        PENHALLOW,
        SCRIPT,
        "python-docx, a Title-style title, no heading after it, List Number items, printed to PDF by LibreOffice",
    )
    Path(f"{penhallow}.md").write_text(note, encoding="utf-8")
    print(PENHALLOW_NAME)


if __name__ == "__main__":
    main()
