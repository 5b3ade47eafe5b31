# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-thirty-third blind set's Word and PDF files (23303, 23304): whole chapters with no headings.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings in the body: Normal paragraphs only, the
title typed as one more Normal paragraph, topics in orders other than the template's, a topic
over two to four paragraphs with no cue phrase, a paragraph that carries two topics and a
paragraph that refers back to the one before it.

- 23303 Word: outcomes first, the scope paragraph carrying the Acts, legislation inside it.
- 23304 PDF: a Word file of the same kind printed to PDF by LibreOffice (soffice --headless).

usage: python tests/cases/documents/build_blind233.py   (needs python-docx and LibreOffice)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind233.py"

# (kind, text): "title" a title typed as a Normal paragraph, "p" a Normal paragraph.
Block = tuple[str, str]

# fmt: off
KESTWELL: list[Block] = [
    ("title", "Kestwell Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "Each year the council measures how its looked after children are doing against four questions. Are they safe? Are they healthy? Are they learning? Do they have an adult they can rely on?"),
    ("p", "The answers come from the children themselves as well as from our records: school attendance, health checks, moves of placement and the annual Your Life survey all feed into a report to councillors each autumn."),
    ("p", "That report has shown steady progress since 2022, but too many teenagers still move home more than once a year, and too few care leavers go on to college or university."),
    ("p", "Councillors carry a particular responsibility for these children. Whenever the council acts for a looked after child or a care leaver it must have regard to seven needs: to act in their best interests and promote their health and well-being; to encourage them to express their views, wishes and feelings; to take those views into account; to help them gain access to services; to promote high aspirations and seek the best outcomes for them; to keep them safe, with stability in their home lives, relationships and education or work; and to prepare them for adulthood and independent living."),
    ("p", "Staff who join Kestwell are asked to hold on to three beliefs. Children do best when the adults around them are reliable. Families can change when they are given the right help at the right time. And nobody should be judged by the worst thing that has happened to them."),
    ("p", "Those beliefs shape small things as well as large ones: returning calls the same day, turning up when we said we would, and explaining decisions in plain English."),
    ("p", "Everyone in Kestwell's children's services, including agency staff and the providers we commission, works to this document, which was revised in March 2025. It draws its authority from the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017."),
    ("p", "Where a family is struggling, the council's early help teams work alongside the parents before problems become a matter for social care, and a child comes into care only when no safe alternative can be found among relatives or friends."),
    ("p", "Once a child is looked after, time matters. By the end of the fifth month in care, a plan for where the child will grow up is agreed and recorded, and the independent reviewing officer holds the social worker to it."),
    ("p", "Every young person who leaves Kestwell's care is entitled to a personal adviser until the age of 25, whatever they are doing with their lives."),
    ("p", "Looked after children sit on the panel that interviews new social workers, and the Children in Care Council meets the Director of Children's Services twice a year."),
    ("p", "Teenagers at risk of coming into care, and those already in it, are helped by a single team of familiar adults who stay with them. Kestwell adopted No Wrong Door for this work in 2023, and its two hubs bring residential and outreach staff together with a speech and language therapist, a clinical psychologist and a police liaison officer."),
    ("p", "Younger children and their families are supported by the locality social work teams, which use the same relationship-based methods taught across the service."),
    ("p", "Over the next three years Kestwell will open a third hub, recruit forty more foster carers and bring every looked after child placed more than twenty miles away back within reach of home, as set out in the Kestwell Children and Young People's Plan 2025-2028."),
    ("p", "Schools, GPs, hospitals, the police, the probation service and voluntary groups each have duties towards the same children. The Kestwell Safeguarding Children Partnership agrees how they work together and checks that they do."),
    ("p", "Professionals in Kestwell pass on what they know about a child whenever that is needed to keep the child safe, and they do not hide behind data protection law to avoid doing so. Consent is sought first unless asking for it would increase the risk to the child."),
    ("p", "Each decision to share, or not to share, is recorded on the child's file with the reason for it."),
]

PILLINGFORD: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles \u2013 Pillingford County Council"),
    ("p", "Since April 2024 each of Pillingford's four localities has worked as a Family Safeguarding service. Adult workers who specialise in domestic abuse, mental health and drug and alcohol misuse sit in the same team as the children's social workers and share their cases."),
    ("p", "Parents are offered motivational interviewing rather than lectures, and group supervision every week keeps the whole team focused on what is changing for the child."),
    ("p", "Every child in Pillingford deserves a childhood they will be glad to remember. For most that will happen at home; for children looked after by the county, it depends on us."),
    ("p", "We will not settle for children looked after doing well enough. We want them to have the same friendships, hobbies, holidays and hopes for the future that other Pillingford children take for granted."),
    ("p", "Pillingford's staff are asked to be honest, dependable, respectful and ambitious in everything they do."),
    ("p", "That commitment is written into every job description in the service and discussed at every supervision, so that it is something people practise rather than a poster on the wall."),
    ("p", "Wherever it can be done safely, children stay with their families. If they cannot, relatives and family friends are assessed before a placement with strangers is made, and children keep in touch with the people who matter to them."),
    ("p", "A permanence plan is made for each child looked after within 6 months of the child's first day in care."),
    ("p", "Young people leaving care have a personal adviser until they are 21. Those who have gone back into education or training may keep one until they reach 25."),
    ("p", "All seventy county councillors share responsibility for the children Pillingford looks after and for its care leavers, as a good parent would for their own children. The Corporate Parenting Committee, which includes young people from the Children in Care Council, meets every quarter and reviews one directorate's work at each meeting."),
    ("p", "Councillors also visit a children's home or a foster family at least once a year, so that the decisions they take are rooted in what children's lives are actually like."),
    ("p", "This document covers all of Pillingford's social care services for children and young people, including those it commissions from other organisations, and was last revised in November 2026."),
    ("p", "The county's duties are set out chiefly in the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017. Working Together to Safeguard Children 2023 explains how agencies should carry out those duties together."),
    ("p", "Pillingford will judge its progress by a few measures that children themselves say matter: how often they move home, whether they stay in the same school, how many are in work or study at nineteen and whether they feel listened to. The Children Looked After and Care Leavers Strategy 2026-2029 commits the county to improving each of these every year."),
    ("p", "Its first priority is finding more foster homes inside the county, so that fewer children have to live far from their schools and friends; its second is a new home for young people who need intensive support."),
    ("p", "Nobody keeps a child safe on their own. Pillingford's safeguarding partnership brings the county council, the integrated care board and the police together, and schools, nurseries and voluntary groups take part in its work."),
    ("p", "Information about a child or family is passed on when it is needed to protect the child or to provide help, and the reasons are recorded each time. Families are told what will be shared unless telling them would put a child at risk."),
]
# fmt: on


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for _kind, text in blocks:
        document.add_paragraph(text)
    return saved_docx(document)


# fmt: off
FILES: dict[str, tuple[list[Block], str]] = {
    "23303-docx-normal-paragraphs-typed-title-outcomes-first-scope-carries-the-acts-25-for-all.docx": (KESTWELL, "Normal paragraphs only, typed title"),
    "23304-pdf-lo-normal-paragraphs-typed-title-model-first-outcomes-carry-the-strategy.pdf": (PILLINGFORD, "a Word file of Normal paragraphs printed to PDF by LibreOffice"),
}
# fmt: on


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, (blocks, about) in FILES.items():
        target = HERE / name
        if target.suffix == ".pdf":
            docx_to_pdf(_word(blocks), target)
        else:
            target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(blocks, SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
