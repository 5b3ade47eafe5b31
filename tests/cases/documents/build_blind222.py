# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-twenty-second blind set's Word files (22201-22203): whole chapters with no headings.

Three invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings in the body: Normal paragraphs only (the
title, where there is one, typed as one more Normal paragraph), topics in orders other than the
template's, some topics running over two or three paragraphs with no cue phrase, and the Acts as
a bulleted list (Word's "List Bullet" style) in two of them.

- 22201 Word: typed title, key principles first over three paragraphs, four Acts as bullets.
- 22202 Word: no title line at all, Normal paragraphs only, the Acts in a sentence.
- 22203 Word: typed title, partners first, six Acts as bullets, outcomes over two paragraphs.

usage: python tests/cases/documents/build_blind222.py   (needs python-docx)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind222.py"

# (kind, text): "title" a title typed as a Normal paragraph, "p" a Normal paragraph, "b" a
# paragraph in Word's "List Bullet" style.
Block = tuple[str, str]

# fmt: off
BRAMBLECOTE: list[Block] = [
    ("title", "Bramblecote County Council - Children's Services Policies, Values and Principles"),
    ("p", "Children belong with the people who love them. Our first job is to help parents, grandparents and the rest of a child's family to care for the child safely, and we only look beyond the family when every sensible option inside it has been tried."),
    ("p", "For a child who does come into care, uncertainty is itself a harm. Before two months have passed, the child's social worker, the family and the independent reviewing officer agree a permanence plan saying where the child will live for the rest of their childhood."),
    ("p", "Leaving care is not the end of our responsibility. Every care leaver keeps a personal adviser up to the age of 21, and anyone who wants one can keep an adviser until they reach 25."),
    ("p", "In 2017 Parliament gave every council seven corporate parenting principles, and Bramblecote's councillors have adopted all seven as their own test for decisions about children in care and young people who have left care. The Corporate Parenting Group, made up of six councillors and four young people, reviews a different part of the council's work at each meeting."),
    ("p", "The duties described in this chapter are drawn chiefly from these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Care Standards Act 2000"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Staff in Bramblecote hold themselves to four values: honesty, warmth, ambition and fairness."),
    ("p", "Honesty means children and parents hear from us what we really think. Warmth means a child in care is spoken to and about as any loved child would be. Ambition means we expect as much of children in care as we would of our own, and fairness means no child gets a worse service because of where they live or who they are."),
    ("p", "Teenagers on the edge of care are supported through No Wrong Door. One team of key workers, a clinical psychologist and two residential hubs stays with a young person whether they are at home, in a foster family or in one of the hubs, so that they do not have to start again with strangers each time their situation changes."),
    ("p", "This chapter covers the county council's children's social care staff, its foster carers and the residential homes it runs or buys places in. It was amended in July 2026 after councillors adopted the corporate parenting principles."),
    ("p", "Success will look like more children staying safely with their families, children in care settled in one home for years rather than months, and care leavers with a safe place to live and something worthwhile to do each day."),
    ("p", "Bramblecote works closely with the two NHS trusts in the county, Bramblecote Police, the county's schools and academies and the voluntary sector. The Bramblecote Safeguarding Children Partnership agrees how the agencies work together and checks that they do."),
    ("p", "Sharing information early can keep a child safe. Practitioners share what they need to share with colleagues in other agencies, record why they did so, and tell the family unless telling them would put the child at risk."),
    ("p", "Our hope is that every child in Bramblecote grows up safe, healthy and loved, and that children in care leave us with the confidence and the relationships to make a good life for themselves."),
]

WYSTAN_VALE: list[Block] = [
    ("p", "These pages set out how Wystan Vale Borough Council's children's services think about and carry out their work with children and families. They apply to every social worker, manager, personal adviser and residential worker employed by the borough, and to the agencies that provide services on our behalf. The chapter was amended in February 2025."),
    ("p", "Our work rests on three values. We are kind, because children and parents in difficulty deserve gentleness. We are straight with people, because families can only change what they understand. And we are dependable, because children in particular learn to trust adults who do what they say they will do."),
    ("p", "Wystan Vale's children should grow up safe, happy and healthy, in families that can look after them."),
    ("p", "Where a family cannot do that, the borough steps in, and looked after children should expect from us the care, encouragement and second chances that a good parent gives."),
    ("p", "Much of what follows is required by law, principally the Children Act 1989, the Adoption and Children Act 2002, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Councillors and officers act together as corporate parent to all of the borough's looked after children and care leavers. When they make decisions that affect those young people they have regard to the seven needs listed in section 1 of the Children and Social Work Act 2017."),
    ("p", "A Corporate Parenting Committee of eight councillors meets every six weeks. Members of the Children in Care Council attend each meeting, set part of its agenda and report back to their own members."),
    ("p", "We look for the least intrusive help that will keep a child safe, and most children we work with stay at home with their families."),
    ("p", "When a child has to become looked after, a permanence decision is made within three months of their coming into care and is reviewed at every looked after review after that."),
    ("p", "Support from a personal adviser runs to the age of 21 and can be extended to 25 for any care leaver who comes back to ask for it."),
    ("p", "Since 2024 all of Wystan Vale's social work units have practised Reclaiming Social Work. Each unit has a consultant social worker, social workers, a clinician and a unit coordinator, and it shares responsibility for every family it serves."),
    ("p", "Looked After Children and Care Leavers Strategy 2025 to 2028: the strategy commits the borough to finding a permanent home for each looked after child within six months, to recruiting thirty new foster households, and to opening a second staying-close house for care leavers."),
    ("p", "Schools, health services, the police and the voluntary sector all have their part to play. Wystan Vale's safeguarding partners publish a yearly report on how well they have worked together and what they will change."),
    ("p", "Personal information is shared only where the law allows it and where it helps to keep a child safe or to meet their needs. Each decision to share is recorded on the child's file with the reason for it."),
]

KETTLESHAM: list[Block] = [
    ("title", "Kettlesham Metropolitan Borough Council: Children's Services Policies, Values and Principles"),
    ("p", "No single agency can keep Kettlesham's children safe. The council, the integrated care board and West Kettlesham Police lead the borough's safeguarding arrangements together, and GPs, schools, colleges, housing providers and community groups are part of them."),
    ("p", "Kettlesham wants every child to grow up in a safe, stable and loving home, to enjoy their childhood and to reach adulthood ready for what comes next."),
    ("p", "This chapter is for all practitioners and managers in children's social care, early help and the leaving care service. It was amended in May 2026 to add the borough's new practice framework."),
    ("p", "Our work with children and families is shaped by legislation, in particular:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Young Persons Act 2008"),
    ("b", "the Children and Social Work Act 2017"),
    ("p", "Kettlesham Council is corporate parent to its cared for children. Its Corporate Parenting Forum, which the cabinet member for children chairs, brings together councillors, senior officers and cared for young people four times a year to hear what is working and to put right what is not."),
    ("p", "Practice across the service follows Family Valued, which brings relational practice, family group conferences and restorative conversations together. Families are asked to make their own plans wherever they safely can."),
    ("p", "We will give help as early as we can, so that children stay with their families wherever it is safe for them to do so."),
    ("p", "Every cared for child should have a plan for where they will grow up no later than five months after they came into care. Young people leaving care have a personal adviser until they turn 21, or 25 where they are doing an apprenticeship or studying."),
    ("p", "We expect to see fewer children needing to be cared for, fewer placement moves, better school attendance for cared for children, and more care leavers in suitable homes."),
    ("p", "Cared for young people will also be able to tell us that they are listened to, that they see their brothers and sisters, and that they know who to call when something goes wrong."),
    ("p", "Kettlesham's Children's Plan 2026 to 2030 sets out how the council will achieve this, with yearly targets and a progress report to the cabinet every autumn."),
    ("p", "Practitioners record personal information accurately, keep it secure and share it only where there is a lawful reason and the sharing serves the child."),
]
# fmt: on


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


# fmt: off
FILES: dict[str, tuple[list[Block], str]] = {
    "22201-docx-normal-paragraphs-typed-title-key-principles-first-acts-as-list-bullets.docx": (BRAMBLECOTE, "Normal paragraphs, typed title, Acts in List Bullet"),
    "22202-docx-normal-paragraphs-no-title-scope-first-permanence-conflict.docx": (WYSTAN_VALE, "Normal paragraphs only, no title line"),
    "22203-docx-normal-paragraphs-typed-title-partners-first-six-acts-as-list-bullets.docx": (KETTLESHAM, "Normal paragraphs, typed title, Acts in List Bullet"),
}
# fmt: on


def main() -> None:
    from build_binary_tools import blocks_note

    for name, (blocks, about) in FILES.items():
        target = HERE / name
        target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(blocks, SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
