# ruff: noqa: E501
"""The four chapters of blind set 224, written for the set about invented councils.

Each chapter is a list of blocks: ("title", text), ("sub", text), ("h", number, text),
("p", text), ("ul", [items]), ("table", [[cells], ...]) with the header row first, and
("end", text). A paragraph may carry footnotes as "[[note text]]" where the mark stands.
"""

from __future__ import annotations

from typing import Any

Block = tuple[Any, ...]

TITLE = "Children's Services Policies, Values and Principles"

HARROWFIELD: list[Block] = [
    ("title", TITLE),
    ("sub", "Harrowfield Borough Council - a leaflet for staff, carers and partners"),
    ("h", "", "About this leaflet"),
    (
        "p",
        "This leaflet sums up the values and principles that shape everything Harrowfield's Children's Services do. It applies to social workers, managers, foster carers and the staff of commissioned services. It was revised in August 2025 after a consultation with the Children in Care Council.",
    ),
    ("h", "", "The law behind our work"),
    (
        "p",
        "Our duties come mainly from four Acts of Parliament: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Each procedure in the manual says which parts of them it relies on.",
    ),
    ("h", "", "What matters to us"),
    (
        "p",
        "We want children in care to feel that the adults around them are on their side. That means turning up when we say we will, keeping the same worker wherever we can, and telling children the truth about their plans. We expect staff to be curious about a child's history and culture, to notice what is going well as readily as what is going wrong, and to write records that a child could read later in life without feeling hurt.",
    ),
    ("h", "", "Being a corporate parent"),
    (
        "p",
        "Every councillor and officer shares responsibility for children in care. Our Corporate Parenting Panel meets six times a year and holds services to account against the seven corporate parenting principles, asking each time what a good parent would do in our place.",
    ),
    ("h", "", "Our way of working"),
    (
        "p",
        "Harrowfield uses Signs of Safety across its children's social care teams. Workers map what we are worried about, what is working well and what needs to happen, with the family and their network, and use the same language in every plan so that families are not confused by changes of worker.",
    ),
    ("h", "", "A home for good"),
    (
        "p",
        "No child should drift in care. A plan for a permanent home should be in place by the time a child has been in care for six months, whether that is a return home, a special guardianship order, adoption or long-term fostering.",
    ),
    ("h", "", "Growing up and moving on"),
    (
        "p",
        "Young people leaving our care keep a personal adviser until they turn 21, and the adviser stays involved up to the age of 25 for every care leaver who asks for that help. Staying Put lets young people remain with their foster carers after they turn 18 where everyone agrees.",
    ),
    ("h", "", "Working with partners"),
    (
        "p",
        "Schools, health services, the police and the voluntary sector all hold part of the picture. We follow Working Together to Safeguard Children and expect every partner to share the same high ambitions for the children we look after.",
    ),
    ("h", "", "Keeping information safe"),
    (
        "p",
        "We share information about children and families only when it helps to keep a child safe or to meet their needs, and we tell families what we share and why unless doing so would put a child at risk. Records are kept securely in line with data protection law.",
    ),
]

BRACKENRIDGE: list[Block] = [
    ("title", TITLE),
    ("h", "1.", "Purpose and Amendments"),
    (
        "p",
        "This chapter describes the values and principles that Brackenridge Metropolitan Borough Council applies to all of its work with children, young people and families. This chapter was amended in November 2025 to add the council's new practice model and to update the support offered to care leavers.",
    ),
    ("h", "2.", "Our Vision"),
    (
        "p",
        "Our vision is for Brackenridge to be a place where every child grows up safe, loved and hopeful about the future, and where families get the right help early enough to stay together.",
    ),
    ("h", "3.", "Legislation"),
    ("p", "The main legislation that applies to this chapter is:"),
    (
        "ul",
        [
            "Children Act 1989;",
            "Children Act 2004;",
            "Children (Leaving Care) Act 2000;",
            "Children and Families Act 2014;",
            "Children and Social Work Act 2017.",
        ],
    ),
    ("h", "4.", "Corporate Parenting"),
    (
        "p",
        "The council and its partners act as corporate parents to every Cared for Child. In carrying out its functions the council must have regard to the need:",
    ),
    (
        "ul",
        [
            "(a) to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;",
            "(b) to encourage those children and young people to express their views, wishes and feelings;",
            "(c) to take into account the views, wishes and feelings of those children and young people;",
            "(d) to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners;",
            "(e) to promote high aspirations, and seek to secure the best outcomes, for those children and young people;",
            "(f) for those children and young people to be safe, and for stability in their home lives, relationships and education or work;",
            "(g) to prepare those children and young people for adulthood and independent living.",
        ],
    ),
    ("h", "5.", "Family Safeguarding"),
    (
        "p",
        "Since April 2025 Brackenridge has worked to the Family Safeguarding model. Social workers are joined in each team by adult mental health practitioners, domestic abuse workers and substance misuse workers, so that the parents' own difficulties are tackled alongside the child's needs, and motivational interviewing is used in every team.",
    ),
    ("h", "6.", "Principles of Practice"),
    (
        "p",
        "Children are best looked after within their own families wherever that is safe. Where a child cannot live at home we will first look to their wider family and friends, and we will keep brothers and sisters together wherever we can.",
    ),
    (
        "p",
        "Every Cared for Child should have a permanence plan within 3 months of coming into care, so that decisions about where they will grow up are not left to drift.",
    ),
    (
        "p",
        "Care leavers are offered a personal adviser until they are 21, or until they are 25 where they are still in education or training. Our Local Offer sets out the practical and financial help available.",
    ),
    ("h", "7.", "Sharing Information"),
    (
        "p",
        "Information is shared with partners where it is necessary and proportionate to safeguard a child or to meet their needs. Staff must follow the council's information sharing protocol and record what was shared, with whom and why.",
    ),
]

TOLLERBY: list[Block] = [
    ("title", TITLE),
    ("sub", "Tollerby County Council - Version 4.1"),
    ("h", "1", "Scope of this Chapter"),
    (
        "p",
        "This chapter applies to all staff in Tollerby's Children and Families Service and to the agencies that provide services on our behalf. It was amended in April 2026, when the section on our practice approach was rewritten.",
    ),
    ("h", "2", "Legal Context"),
    (
        "p",
        "The chapter reflects the duties placed on the council by the following legislation and regulations:",
    ),
    (
        "ul",
        [
            "Children Act 1989",
            "Adoption and Children Act 2002",
            "Children and Young Persons Act 2008",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Care Planning, Placement and Case Review (England) Regulations 2010",
            "Care Leavers (England) Regulations 2010",
        ],
    ),
    ("h", "3", "Values"),
    (
        "p",
        "Our values are respect, openness and persistence. We respect children and parents as the experts in their own lives; we are open about our worries and our decisions; and we keep going for children, especially when things are hard.",
    ),
    ("h", "4", "Corporate Parenting Responsibilities"),
    (
        "p",
        "Tollerby County Council takes its role as corporate parent to looked after children and care leavers seriously. The Corporate Parenting Board, chaired by the Lead Member for Children, reports each year on how the council has met the seven corporate parenting principles set out in the Children and Social Work Act 2017.",
    ),
    ("h", "5", "Practice Approach"),
    (
        "p",
        "Our practice approach is Strengthening Families. Conferences and plans are built around the family's strengths and the risks that need to be reduced, written in plain language, and reviewed with the family rather than for them.",
    ),
    ("h", "6", "Permanence for Looked After Children"),
    (
        "p",
        "Permanence gives a child a secure, stable and loving home through childhood and beyond. For every looked after child a permanence plan should be agreed within five months of their becoming looked after, and it is scrutinised by the Independent Reviewing Officer at each review.",
    ),
    ("h", "7", "Support for Care Leavers"),
    (
        "p",
        "Care leavers have a personal adviser until they reach the age of 21. Support continues up to the age of 25 for care leavers who are disabled or who are in full-time education.",
    ),
    ("h", "8", "Information Sharing"),
    (
        "p",
        "Practitioners share information in line with the government's advice on information sharing for safeguarding practitioners, and always record their reasons. Where there is doubt they should speak to their manager or the council's data protection officer.",
    ),
]

GLENMARSH: list[Block] = [
    ("title", TITLE),
    ("sub", "Glenmarsh Borough Council"),
    ("h", "", "Introduction"),
    (
        "p",
        "This chapter sets out what Glenmarsh Borough Council believes about children and families and how those beliefs guide its practice. It was last amended in February 2026.[[The February 2026 amendment added the key facts table below.]]",
    ),
    ("h", "", "Key Facts"),
    (
        "p",
        "The table below gives the timescales and ages that practitioners are asked about most often.",
    ),
    (
        "table",
        [
            ["What", "Age or timescale"],
            ["Permanence plan agreed", "Within 4 months of a child becoming looked after"],
            ["Personal adviser for every care leaver", "Up to age 21"],
            ["Personal adviser for a care leaver in higher education", "Up to age 25"],
            ["Staying Put arrangement", "Up to age 21"],
        ],
    ),
    ("h", "", "Legislation and Guidance"),
    (
        "p",
        "The council's duties to Children Looked After and care leavers arise principally from the Children Act 1989,[[In particular Part III and sections 22 and 23C.]] the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017. Practitioners should also read Working Together to Safeguard Children.",
    ),
    ("h", "", "Our Values"),
    (
        "p",
        "We believe that children belong with their families, that families can change with the right help, and that every child deserves adults who are ambitious for them. We are honest with families about our concerns, we keep our promises, and we learn from what children and parents tell us about our service.",
    ),
    ("h", "", "Corporate Parenting"),
    (
        "p",
        "As corporate parents we must have regard to the seven principles set out in section 1 of the Children and Social Work Act 2017.[[The principles apply to Children Looked After and to care leavers up to the age of 25.]] Our Corporate Parenting Strategy explains how each directorate of the council contributes.",
    ),
    ("h", "", "Practice Model"),
    (
        "p",
        "Glenmarsh practitioners are trained in Motivational Social Work, which helps families to find their own reasons for change. Group supervision is held every week so that decisions about children are shared and tested.",
    ),
    ("h", "", "Information Sharing"),
    (
        "p",
        "Information about a child or family is shared only where it is needed to protect a child or to provide a service, and families are told what will be shared unless that would place a child at greater risk.",
    ),
]
