# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each; their titles keep the en dash a council types)
"""Build the 331st blind set (33101-33104): un-headed chapters in genres earlier sets did not use.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no heading markup after the title:

- 33101 PDF (Harrowick): a Word file of Normal paragraphs only (the title typed as one more),
  written as a welcome briefing for newly approved foster carers, printed to PDF by LibreOffice;
  a contact line last.
- 33102 text (Thistlemoor): numbered paragraphs "1." "2." ... with no headings, two topics each
  running over two numbered paragraphs; a "Last updated" line last.
- 33103 markdown (Bramblecross): an ATX title, then one paragraph a topic written to staff in the
  second person ("You will ...", "When you ..."), the topics in an unusual order; a version line.
- 33104 Word (Ketterley): Normal paragraphs only, several holding line breaks (Shift+Enter):
  a list of Acts, children's words and the seven duties each inside one paragraph, and an end
  block of owner, review date and version in one paragraph.

usage: .venv/bin/python tests/cases/documents/build_blind331.py   (needs python-docx, LibreOffice)
The Word and PDF builds write a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind331.py"

Block = tuple[str, str]

# fmt: off
HARROWICK: list[Block] = [
    ("title", "Harrowick Borough Council – Children's Services Policies, Values and Principles"),
    ("p", "Welcome to fostering for Harrowick. This short briefing is the council's chapter on policies, values and principles, retold for people who have just been approved as foster carers and are waiting for their first child to arrive. Your supervising social worker will go through it with you at your first home visit. We last brought it up to date in October 2025, when the part about older teenagers was added."),
    ("p", "Three things matter more than anything else we could teach you in training. Children notice whether the adults around them keep their word, so be someone whose word holds. Children who have been let down before will test the people who care for them, so be patient when you are tested. And children can tell when they are being humoured, so be truthful with them in words that fit their age. We ask exactly the same of our own staff."),
    ("p", "From the day a child moves in with you, you will share the job of raising them with a very large family. Harrowick Borough Council itself stands in law where a parent would stand, and each of its fifty-one councillors, along with the council's senior managers, takes a share of that. Parliament has set out seven principles to guide them, from putting the child's welfare first to preparing them for life on their own. Twice a year a group of councillors meets children who are looked after to hear how well the council is keeping to them."),
    ("p", "In meetings you will soon hear the phrase Circle of Home. It is the name Harrowick gives to the way its social workers, carers, teachers and the child's own family plan together around one table, with the child's view written down before anyone else's. Circle of Home meetings are held every six weeks while a child lives with you, and you will be invited to every one."),
    ("p", "Most children who are looked after go back to their own families in time, and part of your role is to help that happen: keeping up contact, speaking well of parents in front of the child, and passing on the small news a parent would want to hear. Where going home is not possible, the council looks to relatives and family friends first. Either way, a child should know where they will grow up within five months of coming into care, and the plan that says so will be shared with you."),
    ("p", "Some teenagers stay on with their carers after their eighteenth birthday under a Staying Put arrangement, and we would encourage you to think about this early. From eighteen a personal adviser from the leaving care team works alongside the young person until they turn 21, and for as long as they are at college, on a training course or in an apprenticeship the adviser stays with them until they turn 25."),
    ("p", "A good deal of what may look like paperwork to you is there because Parliament requires it. The laws you will hear quoted most often are the Children Act 1989, the Care Standards Act 2000 and the Children and Families Act 2014, together with the fostering regulations made under them. Your preparation sessions will explain which records each one asks of you and why."),
    ("p", "What the council hopes for every child you look after is simple to say and hard to do: a settled home, a school place kept for as long as possible, friendships that last, and an adult life that starts with the same chances as anyone else's. Everything in this briefing serves that hope."),
    ("p", "If anything in this briefing is unclear, ask your supervising social worker. Outside office hours the emergency duty team can be reached on 01632 960518."),
]

THISTLEMOOR: list[Block] = [
    ("title", "Thistlemoor City Council: Children's Services Policies, Values and Principles"),
    ("p", "1. These paragraphs set out the policies, values and principles of Thistlemoor City Council's children's social care service. They bind every employee of the service, every agency worker placed with it, and every provider paid by the city to look after its children. This edition took effect in February 2026."),
    ("p", "2. The city wants every child in Thistlemoor to grow up in a family that can care for them safely, to learn well, and to be heard by the adults who make decisions about their lives. For the children it looks after, the aim is that being in care should never be the reason a child falls behind."),
    ("p", "3. To move towards that, the children's service plan for 2025 to 2028 commits the city to three shifts. The first is from late help to early help: more family support workers placed in schools and health centres, so that problems are met while they are still small."),
    ("p", "4. The second shift is from distant placements to local ones, by recruiting foster carers inside the city boundary and opening a second small children's home. The third is from paper to people: fewer forms, and caseloads held at a level that lets each worker know each child well."),
    ("p", "5. The service acts within the law, and in particular within the Children Act 1989, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Care Leavers (England) Regulations 2010. Where this document and the law differ, the law governs."),
    ("p", "6. The city council is, in law, the parent of every looked after child in Thistlemoor. That responsibility is shared by all sixty-three elected members and by the officers who advise them, whatever their own portfolio, and it does not end at the door of the children's department."),
    ("p", "7. Members and officers test their decisions against the seven principles Parliament has written for councils acting as parents. A panel of nine members meets every two months to hear from looked after children, and at least one meeting a year is chaired by a care-experienced young person."),
    ("p", "8. Every social worker in Thistlemoor is trained in Steady Ground during their first year. They begin each assessment by mapping who already helps the family, they write plans with the family rather than for it, and they return to that map at every review to see whether the circle of help has grown."),
    ("p", "9. No looked after child should wait long to learn where they will grow up. A plan for the child's long-term home is to be agreed at the second review, and in any case no later than four months after the child began to be looked after. Family and friends are considered before any carer the child does not already know."),
    ("p", "10. Young people who were looked after by the city may have the help of a personal adviser until their 25th birthday, whatever they are doing and wherever they live. The city also keeps rooms free in its supported lodgings scheme for any of them who lose a first tenancy."),
    ("p", "11. Records about children and families are confidential to the service. They are shared with another organisation only when the law permits or when sharing is needed to protect a child, and a note is kept each time of what was shared, with whom and why."),
    ("p", "12. Finally, the city expects its staff to be courteous, prompt and straight with people. A family should never have to chase a call that was promised, and a child should never learn about a decision from anyone but their own worker."),
    ("p", "Last updated: 9 March 2026"),
]

BRAMBLECROSS: list[Block] = [
    ("title", "Bramblecross County Council – Children's Services Policies, Values and Principles"),
    ("p", "You are reading the county's chapter on the policies, values and principles of its children's services. You will be asked to read it in your first fortnight, whatever your role, and again whenever it changes; it last changed in November 2025."),
    ("p", "When a parent or a child tells you something in confidence, you will treat it as theirs. You will record it on the county's case system and nowhere else, you will pass it on only when the law allows or a child would otherwise be at risk, and you will tell the family what you have passed on unless doing so would make a child less safe."),
    ("p", "When a young person you have known in care turns eighteen, you will not simply close the file. They will have a personal adviser until they are 21, and until they are 25 if they ask; you will make sure they know the offer stands even if they turned it down the first time."),
    ("p", "You are one of many people standing in for a parent. The county council, from its Leader to its newest officer, carries a parent's responsibilities towards every child in care, and the law gives it seven principles to measure itself against. When you write a report for councillors, you will say plainly how the child's life would be different if the council acted as a good parent would."),
    ("p", "You will be trained in Threads in your first year. Threads asks you to trace the relationships that hold a family together before you look at what has gone wrong, to name those people in the plan, and to bring them to every meeting that decides something for the child."),
    ("p", "You will be judged less on what you know than on how you treat people. When you are late, you will say so and say why. When you do not know, you will say that too. When a family disagrees with you, you will write their view down in their own words beside yours."),
    ("p", "You work under the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, and everything the county asks of you here is meant to help you meet them."),
    ("p", "When a child cannot go home, you will look first to the people they already know: grandparents, aunts and uncles, older brothers and sisters, family friends. You will keep siblings together wherever you safely can, and you will make sure that within three months of the child arriving in care there is a settled plan for where they will grow up."),
    ("p", "When you are worried about a child, you will not carry that worry alone. Teachers, health visitors, GPs and police officers all share the duty to protect children, and the county's safeguarding partnership expects you to ring them, not just e-mail them, when a concern is serious."),
    ("p", "You will be asked each quarter how the children you work with are doing against five measures: whether they are safe, whether they are healthy, whether they are in school and learning, whether their home is stable, and whether they have an adult they trust."),
    ("p", "Version 4.2"),
]

KETTERLEY: list[Block] = [
    ("title", "Ketterley Metropolitan Borough Council - Children's Services Policies, Values and Principles"),
    ("p", "This chapter states the principles that govern children's social care in Ketterley.\nIt applies to all staff, foster carers and commissioned services.\nIt was revised in April 2026."),
    ("p", "Ketterley's ambition is plain: that children here grow up safe, loved and hopeful, in families that get the help they need before trouble takes hold, and that children looked after by the council do as well in life as any of their neighbours."),
    ("p", "The council's duties are placed on it by Parliament, chiefly through:\nthe Children Act 1989\nthe Children (Leaving Care) Act 2000\nthe Children Act 2004\nthe Children and Social Work Act 2017"),
    ("p", "Children told us what they want from the adults in their lives, and we have made their words our standards:\nTell me the truth.\nCome when you say you will.\nDon't talk about me without me.\nRemember I'm more than my file."),
    ("p", "Being looked after by Ketterley means having the whole council as a parent. Councillors and chief officers answer for that together, and whatever the decision in front of them they are to:\nact in the child's best interests and promote their health and well-being\nseek out the child's views, wishes and feelings and give them weight\nmake sure the child knows about the help the council and its partners can give\nhelp the child to make use of that help\nhold high hopes for the child and work for good outcomes\nkeep the child safe and give them stability at home, at school and at work\nprepare the child for adult life and for living independently"),
    ("p", "Practitioners are expected to work alongside families rather than over them. They visit with a purpose the family has agreed, they build on what is already going right, and after every meeting they check with the family that the plan still makes sense to them."),
    ("p", "Where a child cannot safely live with their parents, relatives and close friends are assessed first. A decision about the child's long-term home is expected within six months of the child becoming looked after, and brothers and sisters stay together unless that would harm one of them."),
    ("p", "Young people who leave the council's care keep a personal adviser until they are 21, or until 25 while they remain in full-time education or training. They also have first call on the council's starter flats."),
    ("p", "No single service can protect children by itself. Schools, GPs, hospitals, the police and the voluntary sector each hold part of the picture, and the Ketterley Safeguarding Children Partnership sets out how they pool it."),
    ("p", "Document owner: Head of Service, Children's Social Care\nLast reviewed: 18 May 2026\nVersion 6.0"),
]
# fmt: on

NAMES = {
    "33101": "33101-pdf-lo-word-normal-paragraphs-briefing-for-new-foster-carers-no-headings-three-things-council-stands-where-a-parent-would-circle-of-home-five-months-21-or-25-college-three-acts-contact-last.pdf",
    "33102": "33102-txt-numbered-paragraphs-no-headings-vision-second-service-plan-and-parent-over-two-paragraphs-five-with-regulations-steady-ground-four-months-25-for-all-values-last-updated-day.txt",
    "33103": "33103-md-atx-title-second-person-you-will-to-staff-no-headings-confidence-second-leaving-care-third-seven-threads-three-acts-three-months-21-or-25-if-they-ask-five-measures-version-last.md",
    "33104": "33104-docx-normal-paragraphs-line-breaks-inside-acts-childrens-words-seven-duties-unnamed-way-six-months-21-or-25-full-time-education-owner-reviewed-version-block-children-looked-after.docx",
}


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for _kind, text in blocks:
        paragraph = document.add_paragraph(style="Normal")
        for index, line in enumerate(text.split("\n")):
            run = paragraph.add_run(line)
            if index < text.count("\n"):
                run.add_break()
    return saved_docx(document)


def _text(blocks: list[Block]) -> str:
    return "\n\n".join(text for _kind, text in blocks) + "\n"


def _markdown(blocks: list[Block]) -> str:
    lines = [f"# {blocks[0][1]}"]
    lines.extend(text for _kind, text in blocks[1:])
    return "\n\n".join(lines) + "\n"


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    pdf = HERE / NAMES["33101"]
    docx_to_pdf(_word(HARROWICK), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        blocks_note(
            HARROWICK,
            SCRIPT,
            "python-docx, Normal paragraphs only (the title typed as one more), a briefing for new foster carers, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["33102"]).write_text(_text(THISTLEMOOR), encoding="utf-8")
    (HERE / NAMES["33103"]).write_text(_markdown(BRAMBLECROSS), encoding="utf-8")
    docx_path = HERE / NAMES["33104"]
    docx_path.write_bytes(_word(KETTERLEY))
    docx_path.with_name(docx_path.name + ".md").write_text(
        blocks_note(
            KETTERLEY,
            SCRIPT,
            "python-docx, Normal paragraphs only, the title one of them; line breaks (Shift+Enter) inside several paragraphs, shown here as line ends",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
