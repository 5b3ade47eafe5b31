# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF files of the ninety-sixth blind set (9606-9609): chapter openings of
invented councils with no headings, every paragraph (the title and any stamp line too) a plain
Normal paragraph with no style, bold or numbering of Word's own. The paragraphs open on
wordings earlier sets did not use: an instruction ("Read this chapter before ..."), a
conditional ("Where a child ..."), a date-led sentence, a rhetorical question, a statistic, a
passive ("Responsibility for ... is shared ..."), the name of a board, a young person's words
in quotation marks, and a paragraph whose topic is clear only from its second sentence.
9608 and 9609 are printed to PDF by LibreOffice from Word.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind96.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
THORNBY_WICK = [
    "Thornby Wick Council Children's Services Policies, Values and Principles",
    "Amended: May 2025",
    "Read this chapter before any other in the Thornby Wick manual. It describes the values and principles that the procedures which follow put into practice, and it applies to all staff, students and volunteers in children's services.",
    "Where a child is at risk, no single agency will hold every piece of the picture. Schools, GPs, midwives, police officers and youth workers share that responsibility with us, and the Thornby Wick Children's Safeguarding Partnership sets out how we do it together.",
    "In 1989 Parliament passed the Children Act that still shapes our work. The Children Act 2004 and the Children and Families Act 2014 followed it, and this chapter sets out the framework of duties they give us.",
    "What would a good parent do? The council asks this of itself for each of the Looked After Children it is responsible for, and its councillors and officers follow the seven corporate parenting principles in every decision about them.",
    "Respect is where we start. Families are told plainly what we are worried about, children's wishes are written down in their own words, and our staff are supported to be honest when the news is hard.",
]

GORRAN_FORD = [
    "Policies, Values and Principles - Gorran Ford Children's Services",
    "Around 90 teams and services use this manual, and this chapter applies to all of them: it sets out the values and principles shared across Gorran Ford children's services. It was amended in September 2024.",
    "Where a law gives us a duty, this chapter names it. The Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004 and the Children and Social Work Act 2017 frame everything we do for children and their families.",
    "Responsibility for safeguarding is shared across every agency in Gorran Ford, as the statutory guidance on working together requires. The police, health services, schools and the council each answer for their own part and for how well they work with the others.",
    "The Gorran Ford Corporate Parenting Board meets each quarter to hear from Children in Care and to check that the council keeps the promises it has made to them.",
    "Young people asked us to be on time, to remember their names and to say sorry when we get something wrong. Those three requests have become our values: reliability, attention to the person in front of us, and honesty about our mistakes.",
    "Since 2021 we have aimed to agree a permanence plan for every child in our care within six months of their becoming looked after, so that no child waits longer than they must to know where they will grow up.",
]

ELLERBY_SANDS = [
    "Ellerby Sands Borough Council: Children's Services Policies, Values and Principles",
    "Last amended: 21 October 2024",
    "Who needs to read this? Every social worker, family support worker and manager in Ellerby Sands children's services, and the providers we commission to work with children on our behalf.",
    "Responsibility for children in need is placed on the council by the Children Act 1989, and the Children Act 2004 and the Children and Families Act 2014 add to it. This chapter sets out the policy framework that follows from those duties.",
    "\"Everyone asked me the same questions.\" A girl of twelve told us this after she had met five professionals in one week, and it is why the agencies in Ellerby Sands share information and plan together through one safeguarding partnership.",
    "Where a child is looked after by Ellerby Sands, the council becomes that child's corporate parent, and every councillor shares the duty to ask what a good parent would want for them. We use the term Children Looked After throughout this manual.",
    "Around nine in ten of the families who answered our last survey said their social worker treated them with respect. We want every family to say so, because respect, honesty and hope are the values on which this service is built.",
]

BRINDLE_HOPE = [
    "Brindle Hope Children's Services Policy, Values and Principles",
    "Read this alongside the procedures of the Brindle Hope Safeguarding Partnership. This chapter sets out the values and principles of the council's children's services and applies to all who work in them; it was amended in July 2025.",
    "Is safeguarding a job for social workers alone? It is not. Teachers, health visitors, police officers and neighbours all notice things that we cannot, and each agency in Brindle Hope is expected to share what it knows and to plan with the others.",
    "Around 2,500 referrals reach our front door each year. Each one is handled within the framework set by the Children Act 1989 and the Children Act 2004, which this chapter describes.",
    "Where we make a promise to a child, we keep it. Reliability, honesty and respect for families are the values we expect every member of staff to show.",
    "In 2024 the council renewed its pledge to the children it looks after. Every councillor is a corporate parent to our Looked After Children, and the seven corporate parenting principles guide each decision made about them.",
]

FILES = {
    "9606-docx-normal-only-amended-stamp-read-before-where-a-child-shared-in-year-intro-question-corporate.docx": THORNBY_WICK,
    "9607-docx-normal-only-statistic-scope-where-a-law-intro-passive-shared-board-name-second-sentence-values.docx": GORRAN_FORD,
    "9608-pdf-lo-normal-only-stamp-question-scope-passive-intro-quotation-shared-where-a-child-corporate.pdf": ELLERBY_SANDS,
    "9609-pdf-lo-normal-only-read-alongside-partnership-question-shared-statistic-intro-in-year-corporate.pdf": BRINDLE_HOPE,
}
# fmt: on


def _word(paragraphs: list[str]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for text in paragraphs:
        document.add_paragraph(text)
    return saved_docx(document)


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, paragraphs in FILES.items():
        target = HERE / name
        data = _word(paragraphs)
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        target.with_name(name + ".md").write_text(
            blocks_note(
                [("p", text) for text in paragraphs],
                "build_blind96.py",
                "plain Normal paragraphs only, no headings",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
