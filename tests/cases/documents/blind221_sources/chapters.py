# ruff: noqa: E501
"""The three chapters of blind set 221, written for the set about invented councils.

Each chapter is a list of blocks: ("title", text), ("sub", text), ("h", number, text),
("p", text), ("ul", [items]), ("end", text).
"""

from __future__ import annotations

from typing import Any

Block = tuple[Any, ...]

TITLE = "Children's Services Policies, Values and Principles"

PENDLEBROOK: list[Block] = [
    ("title", TITLE),
    ("h", "1.", "Introduction"),
    (
        "p",
        "This chapter explains what Pendlebrook Borough Council expects of everyone who works with children and families on its behalf. It should be read alongside the procedures for assessment, care planning and leaving care, which put these principles into practice day by day.",
    ),
    (
        "p",
        "This chapter was brought up to date in December 2025 to reflect the new structure of the Children in Care service and revised statutory guidance.",
    ),
    ("h", "2.", "The Legal Framework"),
    ("p", "Our work with children and their families rests on the following legislation:"),
    (
        "ul",
        [
            "The Children Act 1989",
            "The Children (Leaving Care) Act 2000",
            "The Adoption and Children Act 2002",
            "The Children and Young Persons Act 2008",
            "The Children and Social Work Act 2017",
            "The Care Leavers (England) Regulations 2010",
        ],
    ),
    (
        "p",
        "Practitioners must also follow Working Together to Safeguard Children and the statutory guidance issued under section 7 of the Local Authority Social Services Act 1970.",
    ),
    ("h", "3.", "What We Value"),
    (
        "p",
        "Children do best when they can grow up safely within their own families and communities, and our first task is always to help families stay together where that is safe. When a child cannot remain at home, we look first to relatives and friends who already know and love them, and we keep brothers and sisters together unless there is a clear reason not to. We listen to children, write to them and about them in words they can understand, and explain our decisions honestly, including the decisions they will not like. We treat parents with respect even when we disagree with them, and we try to make sure that every child knows the story of their own life.",
    ),
    ("h", "4.", "Our Duties as Corporate Parents"),
    (
        "p",
        "Under section 1 of the Children and Social Work Act 2017 the council, as a corporate parent, must have regard to the need:",
    ),
    (
        "ul",
        [
            "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;",
            "to encourage them to express their views, wishes and feelings;",
            "to take into account those views, wishes and feelings;",
            "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;",
            "to promote high aspirations, and seek to secure the best outcomes, for them;",
            "for them to be safe, and for stability in their home lives, relationships and education or work;",
            "to prepare them for adulthood and independent living.",
        ],
    ),
    ("h", "5.", "How We Practise"),
    (
        "p",
        "Pendlebrook has chosen Family Valued as the way it works with families across early help and social care. Family Valued puts relational practice and restorative conversations at the heart of every contact, and family group conferences are offered to every family before a child becomes looked after, unless an emergency makes that impossible.",
    ),
    ("h", "6.", "Permanence"),
    (
        "p",
        "Every Looked After Child needs to know where they will grow up. A plan for permanence should be agreed within four months of the child becoming looked after, and is confirmed by the Independent Reviewing Officer at the second review.",
    ),
    ("h", "7.", "Leaving Care"),
    (
        "p",
        "Care leavers are entitled to a personal adviser and a pathway plan until they reach 21. The council will continue that support up to the age of 25 for a young person who is a parent. The Local Offer for Care Leavers explains what else is available and how to ask for it.",
    ),
    ("h", "8.", "Confidentiality and Sharing Information"),
    (
        "p",
        "Information about children and families is shared only where it is needed to keep a child safe or to provide a service, and in line with data protection law. Children and parents are told what we record about them and how they can see it.",
    ),
]

CRESSWOLD: list[Block] = [
    ("title", TITLE),
    ("sub", "Cresswold County Council"),
    ("h", "", "Purpose of this Chapter"),
    (
        "p",
        "This chapter sets out the beliefs and principles that guide Cresswold's work with children in care, their families and the young people who have left our care. It applies to all staff in Children's Services, to our foster carers and to the providers we commission.",
    ),
    (
        "p",
        "Amended in April 2026, following the Ofsted focused visit, to strengthen the section on permanence.",
    ),
    ("h", "", "Legislation and Guidance"),
    (
        "p",
        "The council's duties towards children in care come chiefly from the Children Act 1989, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017. The Care Planning, Placement and Case Review (England) Regulations 2010 and their guidance describe how those duties are carried out.",
    ),
    ("h", "", "Our Beliefs"),
    (
        "p",
        "We believe that children's needs are best met within their families wherever that can be done safely, and that relationships, not processes, change lives. Every Child in Care deserves adults who are ambitious for them, who notice when things are going well and who stay with them when things are hard. We value the knowledge families hold about themselves and we build on their strengths rather than listing their deficits.",
    ),
    ("h", "", "Corporate Parenting"),
    (
        "p",
        "Cresswold County Council accepts in full the seven corporate parenting principles of the Children and Social Work Act 2017. Our Corporate Parenting Panel, chaired by the Lead Member, checks every quarter that the principles make a real difference, and the Children in Care Council tells the panel where we are falling short.",
    ),
    ("h", "", "Our Model of Practice"),
    (
        "p",
        "Social work in Cresswold is organised around Reclaiming Social Work: small units led by a consultant social worker share the work of each family, with a clinician and a unit coordinator, so that no family depends on a single worker.",
    ),
    ("h", "", "Planning for Permanence"),
    (
        "p",
        "Drift harms children. For each Child in Care a permanence plan is to be in place within three months, identifying whether the child will return home, live with family or friends, or be cared for in a long-term foster family or by adoption.",
    ),
    ("h", "", "Care Planning and Reviews"),
    (
        "p",
        "Care plans are reviewed within 20 working days of a child coming into care and then at three and six months. The Independent Reviewing Officer checks at the second review that a permanence plan has been agreed within four months, and raises a challenge with the service manager where it has not.",
    ),
    ("h", "", "Support for Care Leavers"),
    (
        "p",
        "Each care leaver has a personal adviser until they are 21, and for longer, up to 25, while they remain in a Staying Put arrangement with their former foster carers. Our Local Offer for Care Leavers explains the financial help, housing and health support that come with that.",
    ),
    ("h", "", "Working Together with Partners"),
    (
        "p",
        "We cannot do this alone. Schools, health services, the police and the voluntary sector share our responsibility, and the Virtual School makes sure that education stays at the centre of every plan.",
    ),
]

THORNMERE: list[Block] = [
    ("title", TITLE),
    ("h", "1", "Overview"),
    (
        "p",
        "Thornmere Metropolitan Borough Council wants every child in the borough to be safe, healthy and happy, and to have the chance to succeed. This chapter describes the values that shape our services for Cared for Children and care leavers, and the law we work within.",
    ),
    (
        "p",
        "Amended in January 2026: the practice model and the support offered to care leavers were updated.",
    ),
    ("h", "2", "Statutory Basis"),
    ("p", "The principal legislation is:"),
    (
        "ul",
        [
            "Children Act 1989",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Care Planning, Placement and Case Review (England) Regulations 2010",
            "Care Leavers (England) Regulations 2010",
        ],
    ),
    ("h", "3", "Values"),
    (
        "p",
        "We are honest with children about why they are in care and what will happen next. We keep our promises, and when we cannot, we say so and say why. We believe that Cared for Children should have the same chances as any other child in Thornmere, and we measure ourselves against what a good parent would want for their own child, not against what the system allows. Stability matters: we try hard to avoid moving children between homes and schools, and when a move is right we plan it with the child rather than around them. Children's culture, faith, language and identity are respected and celebrated in every home we arrange.",
    ),
    ("h", "4", "Corporate Parenting"),
    (
        "p",
        "Every elected member and every officer of the council shares responsibility for our Cared for Children. The Corporate Parenting Board meets every two months, and the council's Pledge to Cared for Children, written with the Children in Care Council, sets out ten promises that the board checks each year.",
    ),
    ("h", "5", "Practice Model"),
    (
        "p",
        "Thornmere uses Family Safeguarding. Adult practitioners for domestic abuse, mental health and substance misuse work in the same teams as children's social workers, and motivational interviewing is used with every family.",
    ),
    ("h", "6", "Permanence Planning"),
    (
        "p",
        "Permanence is considered from the first day a child is cared for. A permanence plan should be made no later than two months after the child starts to be cared for, and is reviewed at every looked after review.",
    ),
    ("h", "7", "Care Leavers"),
    (
        "p",
        "Every care leaver in Thornmere can have a personal adviser up to their 25th birthday, whatever they are doing, and a pathway plan that they help to write.",
    ),
    ("h", "8", "Sharing Information"),
    (
        "p",
        "We record what we do and why, and we share information with partners when the law allows it and a child's welfare requires it.",
    ),
    ("end", "Version 4.2"),
]
