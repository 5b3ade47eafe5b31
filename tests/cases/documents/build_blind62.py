# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the sixty-second blind set (6205, 6206, 6207): whole
chapters with no headings at all, only a title.

6205 is a Word file of Normal paragraphs whose numbers are typed ("1.1", "1.2", "2.1" ... "10.1")
with no first-level paragraph or heading over them: a number's group changes where the topic
does, and a vision and a values paragraph share one group (5.1, 5.2). 6206 is a Word file with a
Title paragraph, Normal paragraphs one a topic, the statutes in a List Bullet list, an amendment
note and a version line closing it. 6207 is a Word document (Title, Normal paragraphs, the seven
principles in a List Number list, an amendment note under the title, a contact paragraph and a
"Last updated" line) printed to PDF by LibreOffice headless with a running footer. All three are
written for this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind62.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
FARROWDENE = [
    ("title", "Children's Social Care Policy, Values and Principles"),
    ("p", "1.1 This chapter is the policy foundation for the Farrowdene children's social care manual and applies to everyone who works in Children's Services, whether employed by the county council or by an organisation it commissions."),
    ("p", "1.2 It was updated in October 2024 so that it reflects the Children's Social Care National Framework."),
    ("p", "2.1 The legal framework for our work is formed mainly by the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, and by the statutory guidance made under them."),
    ("p", "2.2 These duties cover children in need, children at risk of significant harm, children who are looked after and young people leaving care."),
    ("p", "3.1 The Children's Social Care National Framework sets out what local authorities should achieve for children and families and how practice should support those outcomes. Farrowdene's managers use its four outcomes to review the quality of our work each quarter."),
    ("p", "4.1 Child protection in Farrowdene is a partnership. The council, the police and the health service are joint safeguarding partners, and schools, early years providers and voluntary organisations all have a part in spotting harm and responding to it."),
    ("p", "5.1 Farrowdene wants every child to grow up safe, loved and with something to look forward to, wherever in the county they live."),
    ("p", "5.2 To get there we hold to a small number of beliefs: children come first; families deserve help before judgement; staff must be honest, reliable and respectful; and we learn from our mistakes rather than hiding them."),
    ("p", "6.1 As corporate parent to every child who is looked after by the county, the council must have regard to the seven principles in section 1 of the Children and Social Work Act 2017."),
    ("p", "6.2 In practice this means that housing, leisure, education and every other department asks what it can offer these young people, as a parent would."),
    ("p", "7.1 Signs of Safety gives all our teams one shared way of working with families, from the first contact to the day the case is closed. Families are helped to write their own safety plans, with the people who know them best."),
    ("p", "8.1 Where it is safe, children live with their parents, and help is offered to make that possible."),
    ("p", "8.2 Relatives and connected people are assessed first when a child cannot live at home."),
    ("p", "8.3 Each child who is looked after has a permanence plan by their second review, and in any case within four months of coming into care."),
    ("p", "8.4 A personal adviser is available to care leavers until the age of 21, or 25 if the young person wishes."),
    ("p", "8.5 Children and parents are involved in every plan made about them."),
    ("p", "9.1 We measure our success by children's lives: their health, their safety, their progress at school, their friendships and the homes they go on to make."),
    ("p", "10.1 Information is shared between agencies when a child's welfare demands it and is otherwise kept confidential. Staff record what they share and the reason for sharing it."),
    ("p", "Version 3.0"),
]

QUILLSBY = [
    ("title", "Our policies, values and principles for children and families"),
    ("p", "Quillsby's children's services manual is made up of many procedures. This chapter is the one they all rest on, and it should be read first by anyone new to the service."),
    ("p", "Children's social care in Quillsby is carried out under the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Data Protection Act 2018"),
    ("p", "It applies to children in need, children in need of protection and Children in Care, and to the young people who leave our care."),
    ("p", "Quillsby should be a place where children are proud to grow up, where families can find help close to home, and where no child drifts through care without a sense of belonging."),
    ("p", "Respect, reliability and candour are expected of every member of staff. We listen before we decide, we explain ourselves in plain words, and we treat a disagreement with parents as something to work through rather than something to win."),
    ("p", "Most of the help children receive does not come from social workers. Quillsby's schools, GP practices, health visitors and police share responsibility with us, and our joint safeguarding arrangements set out how each of them should act when a child may be in danger."),
    ("p", "Our councillors and senior officers meet every quarter as the Corporate Parenting Board to check how well Children in Care are doing. The council follows the seven corporate parenting principles, which require it to put each child's interests first, to hear their views and act on them, to help them use services, to aim high, to keep them safe and settled, and to prepare them for adult life."),
    ("p", "Safe and Together is used whenever domestic abuse is part of a family's life: workers partner with the parent who is being harmed and hold the abusive parent responsible for the harm done to the children."),
    ("p", "Over the three years to 2027 the service will open four family hubs, reduce the number of children placed in residential care outside the borough, and make sure every social worker has been trained in working with domestic abuse."),
    ("p", "Children should be brought up by their own families wherever possible. When they cannot be, family and friends are considered before unrelated carers. A permanence plan is made within six months of a child entering care. Care leavers are supported by a personal adviser until they are 25. The views of children and their families are sought before every decision that affects them."),
    ("p", "The results we are aiming for are simple to state: children who are healthy, safe, learning, listened to, and well prepared for adult life."),
    ("p", "Confidential information is used only for the purpose it was given for, unless a child's safety means it must be shared. Every decision to share information is recorded."),
    ("p", "In June 2025 this chapter was amended so that every care leaver may keep a personal adviser until the age of 25."),
    ("p", "Version 2.1"),
]

ELLERFORD = [
    ("title", "Children's Social Care: Policies, Values and Principles"),
    ("p", "Amended in November 2024 to add the sentence on support for kinship carers."),
    ("p", "This chapter belongs at the start of Ellerford's children's social care manual. It is written for practitioners, managers and partners, and it explains the purpose behind the procedures that follow."),
    ("p", "Ellerford City Council's work with children is governed by the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Adoption Act 2006, the Children and Families Act 2014 and the Children and Social Work Act 2017. It applies to every child in need and to all Looked After Children in the city."),
    ("p", "Our staff are expected to be curious, compassionate and clear. Curious, because the first account of a family's difficulties is rarely the whole story; compassionate, because most parents are doing their best in hard circumstances; and clear, because families deserve to know exactly where they stand."),
    ("p", "The city's safeguarding partnership of the council, the police and the integrated care board sets the rules for how agencies work together. Schools, hospitals and voluntary groups are part of those arrangements and are expected to act on their concerns."),
    ("p", "In ten years' time we want Ellerford to be known as a city that does right by its children, where every child has a safe home, a good education and an adult who will always be there for them."),
    ("p", "Ellerford City Council is corporate parent to all Looked After Children and care leavers. In that role it has regard to seven principles:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take their views, wishes and feelings into account"),
    ("n", "to help them gain access to, and make the best use of, services"),
    ("n", "to promote high aspirations and seek the best outcomes for them"),
    ("n", "to help them be safe and have stability in their home lives, relationships and education or work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("p", "Signs of Safety is the way every Ellerford team works with families. Workers and parents map together what is going well, what they are worried about and what needs to happen, and the family's own network writes the safety plan."),
    ("p", "We help families to stay together whenever it is safe. When a child cannot live at home, we look first to relatives and friends, and kinship carers receive the same training and support as foster carers. A plan for permanence is agreed within four months of a child becoming looked after. Care leavers have a personal adviser until 21, and until 25 if they are in education, training or employment. Children are consulted on every plan."),
    ("p", "For each child we look for five results: good health, safety, achievement in learning, a voice in decisions, and a steady move into adulthood."),
    ("p", "Staff share information with other agencies when a child's safety or welfare requires it, and otherwise treat what families tell them as confidential. The reasons for each decision to share are recorded on the child's file."),
    ("p", "If anything in this chapter is unclear, speak to your team manager or contact the Quality and Practice Team at practice@ellerford.example.gov.uk."),
    ("p", "Last updated: 14 November 2024"),
]
# fmt: on

FOOTER_6207 = "Ellerford City Council - Children's Social Care Manual"


def word(blocks: list[tuple[str, str]], footer: str | None = None) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def note(blocks: list[tuple[str, str]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, "build_blind62.py", about)


def main() -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import docx_to_pdf

    name = "6205-docx-typed-second-level-numbers-no-headings-vision-and-values-share-a-number-version.docx"
    (HERE / name).write_bytes(_with_fixed_zip_times(word(FARROWDENE)))
    (HERE / f"{name}.md").write_text(
        note(FARROWDENE, "Title and Normal paragraphs with typed numbers 1.1 ... 10.1"), "utf-8"
    )
    name = (
        "6206-docx-title-normal-paragraphs-bullet-acts-vision-early-amended-note-and-version.docx"
    )
    (HERE / name).write_bytes(_with_fixed_zip_times(word(QUILLSBY)))
    (HERE / f"{name}.md").write_text(
        note(QUILLSBY, "Title, Normal paragraphs and a List Bullet list of statutes"), "utf-8"
    )
    name = (
        "6207-pdf-lo-title-only-amendment-under-title-numbered-principles-contact-last-updated.pdf"
    )
    docx_to_pdf(word(ELLERFORD, FOOTER_6207), HERE / name)
    (HERE / f"{name}.md").write_text(
        note(
            ELLERFORD,
            "Title, Normal paragraphs and a List Number list printed to PDF by LibreOffice, running footer",
        ),
        "utf-8",
    )
    for built in sorted(HERE.glob("620[5-7]-*")):
        print(f"built {built.name}")


if __name__ == "__main__":
    main()
