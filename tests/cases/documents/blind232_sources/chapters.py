# ruff: noqa: E501
"""The four chapters of blind set 232, written for it in our own words about invented councils.

Blocks: ("title", text), ("sub", text), ("h", number or "", text), ("p", text), ("ul", [items]),
("box", heading, [lines]) for a sidebar box beside the text.
"""

from __future__ import annotations

TITLE = "Children's Services Policies, Values and Principles"

BRINDLECOMBE: list[tuple[object, ...]] = [
    ("title", TITLE),
    ("sub", "Brindlecombe Borough Council"),
    ("h", "1.", "Scope and Amendments"),
    (
        "p",
        "This chapter applies to everyone who works with children and young people on behalf of Brindlecombe Borough Council, whether they are employed by the council, commissioned by it or volunteer with it. It was amended in August 2026 to add the Adoption and Children Act 2002 to the legislation and to bring the section on care leavers into line with our Local Offer.",
    ),
    ("h", "2.", "Introduction"),
    (
        "p",
        "This chapter sets out the framework of law, values and principles within which Brindlecombe's children's services are delivered. It explains what Looked After Children and care leavers can expect from us and what we expect of ourselves. The legislation that shapes this chapter is:",
    ),
    (
        "ul",
        [
            "The Children Act 1989;",
            "The Adoption and Children Act 2002;",
            "The Children Act 2004;",
            "The Children and Young Persons Act 2008;",
            "The Children and Families Act 2014;",
            "The Children and Social Work Act 2017;",
            "The Care Planning, Placement and Case Review (England) Regulations 2010;",
            "The Care Leavers (England) Regulations 2010;",
            "The Equality Act 2010.",
        ],
    ),
    (
        "p",
        "Practitioners must also follow Working Together to Safeguard Children 2023 and the Children's Social Care National Framework, which are statutory guidance.",
    ),
    ("h", "3.", "Our Values"),
    (
        "p",
        "We believe that children do best when they are listened to, when the adults around them are honest and reliable, and when their families are helped early. Our values are:",
    ),
    (
        "ul",
        [
            "Children's wishes and feelings are heard and shape the decisions we make;",
            "We build lasting relationships and keep the same worker wherever we can;",
            "We work alongside families and their networks, not around them;",
            "We challenge discrimination and celebrate each child's identity and culture.",
        ],
    ),
    ("h", "4.", "Corporate Parenting"),
    (
        "p",
        "Every councillor and officer of Brindlecombe Borough Council is a corporate parent. Under the Children and Social Work Act 2017, the council must have regard to the need to act in the best interests, and promote the physical and mental health and well-being, of children and young people; to encourage them to express their views, wishes and feelings; to take those views into account; to help them gain access to, and make the best use of, services provided by the council and its partners; to promote high aspirations and seek to secure the best outcomes for them; to make sure they are safe and have stability in their home lives, relationships and education or work; and to prepare them for adulthood and independent living. The Corporate Parenting Panel meets every two months and hears directly from the Children in Care Council.",
    ),
    ("h", "5.", "Our Practice Model"),
    (
        "p",
        "Brindlecombe's practice model is Signs of Safety. With children in our care we also use Signs of Wellbeing, so that their plans are built around what is going well in their lives as well as around what worries us. All social workers and team managers complete the two-day foundation training in their first year.",
    ),
    ("h", "6.", "Permanence"),
    (
        "p",
        "Every Looked After Child needs a secure, stable and loving home for the rest of their childhood. A permanence plan must be agreed within 4 months of the child becoming looked after and is checked by the Independent Reviewing Officer at every review. Where it is safe, the plan will be for the child to return home or to live with family or friends.",
    ),
    ("h", "7.", "Care Leavers"),
    (
        "p",
        "Each care leaver has a personal adviser until they are 21. A care leaver who is still living in supported accommodation keeps their personal adviser up to the age of 25. Every care leaver can come back to us for advice and help at any time before their 25th birthday.",
    ),
    ("h", "8.", "Information Sharing"),
    (
        "p",
        "Information about children and their families is shared only where it is needed to keep a child safe or to give them the right help, in line with data protection law and the council's information sharing agreement with its partners. Children and young people are told what is recorded about them and may ask to see their records.",
    ),
]

KESTERMERE: list[tuple[object, ...]] = [
    ("title", TITLE),
    (
        "p",
        "Amendment: In March 2026 this chapter was updated to reflect the council's new Sufficiency Strategy and to add the Mockingbird programme.",
    ),
    ("h", "", "Who this chapter is for"),
    (
        "p",
        "This chapter is for all staff in Kestermere City Council's Children and Young People's Service, for foster carers and for the providers who care for our children. It applies to children in care, to care leavers and to children on the edge of care.",
    ),
    ("h", "", "Our vision"),
    (
        "p",
        "Our vision is that every child in Kestermere grows up safe, happy and ready for the future, and that children who cannot live with their parents are cared for as well as any good parent would care for their own child.",
    ),
    ("h", "", "The law"),
    (
        "p",
        "The council's duties towards children in care come mainly from the Children Act 1989 and the Children and Social Work Act 2017. Statutory guidance, including Working Together to Safeguard Children, tells us how those duties should be carried out.",
    ),
    ("h", "", "Corporate parenting"),
    (
        "p",
        "As corporate parents, councillors and officers share responsibility for the children the council looks after. We have signed up to the seven corporate parenting principles and report on them each year to Full Council. Our Corporate Parenting Board includes two care-experienced young people as full members.",
    ),
    ("h", "", "How we practise"),
    (
        "p",
        "Across the service we work restoratively: we do things with families rather than to them or for them, and we hold people to high expectations while giving them high support. Our fostering service runs the Mockingbird programme, in which a hub carer supports a constellation of six to ten fostering households.",
    ),
    ("h", "", "Permanence for children in care"),
    (
        "p",
        "We aim to settle each child in a permanent home as quickly as is safe. A permanence plan is agreed within 6 months for every child in care, and sooner where the child is under five.",
    ),
    ("h", "", "Leaving care"),
    (
        "p",
        "Young people leaving our care have a personal adviser up to age 21. Where a care leaver is a young parent or is in custody, the adviser stays with them up to age 25. Staying Put lets young people stay with their foster carers until they are 21.",
    ),
    ("h", "", "Confidentiality"),
    (
        "p",
        "We keep children's information safe and share it only with those who need it. Young people can ask to read their files, and we will help them understand what they read.",
    ),
    ("p", "Page last updated: 24 March 2026"),
]

SALLOWBY: list[tuple[object, ...]] = [
    ("title", TITLE),
    ("sub", "Sallowby District Council - Amended: 5 May 2026"),
    ("h", "1", "Purpose"),
    (
        "box",
        "At a glance",
        [
            "Who: cared for children and care leavers",
            "Permanence plan: within 5 months",
            "Personal adviser: to age 21",
            "Extended support: to age 25 if not in education, employment or training",
            "Practice model: Family Valued",
        ],
    ),
    (
        "p",
        "This chapter describes the values and principles that guide Sallowby District Council's work with cared for children, care leavers and their families. It should be read by every practitioner in the Children and Families Division and by the managers who commission care on our behalf. The chapter was last amended to include the new duty to consult care leavers about the Local Offer and to correct the list of Regulations.",
    ),
    ("h", "2", "Legislation"),
    ("p", "The legislation that governs this area of work is listed below."),
    (
        "ul",
        [
            "Children Act 1989",
            "Children Act 2004",
            "Children (Leaving Care) Act 2000",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Care Planning, Placement and Case Review (England) Regulations 2010",
            "Care Leavers (England) Regulations 2010",
        ],
    ),
    ("h", "3", "Corporate Parenting"),
    (
        "p",
        "Sallowby District Council and its partners are corporate parents. In all that we do for cared for children and care leavers we must have regard to the need:",
    ),
    (
        "ul",
        [
            "to act in their best interests and promote their physical and mental health and well-being;",
            "to encourage them to express their views, wishes and feelings;",
            "to take their views, wishes and feelings into account;",
            "to help them gain access to, and make the best use of, our services and those of our partners;",
            "to promote high aspirations and seek to secure the best outcomes for them;",
            "for them to be safe, and for stability in their home lives, relationships and education or work;",
            "to prepare them for adulthood and independent living.",
        ],
    ),
    ("h", "4", "Family Valued"),
    (
        "p",
        "Family Valued is Sallowby's practice model. It rests on restorative practice, family group conferences and relational work with children, and it asks every practitioner to see the family network as the first source of help for a child.",
    ),
    ("h", "5", "Permanence"),
    (
        "p",
        "Each cared for child should have a permanence plan within 5 months of coming into care. The plan is agreed at the child's review and sets out where the child will live, who will care for them and how their relationships with family and friends will be kept up.",
    ),
    ("h", "6", "Care Leavers"),
    (
        "p",
        "Every care leaver has a personal adviser to age 21. A care leaver who is not in education, employment or training keeps a personal adviser to age 25, and any care leaver may ask for one again before then. Our Local Offer sets out the financial help, housing support and health services that care leavers can expect.",
    ),
    ("h", "7", "Sharing Information"),
    (
        "p",
        "Practitioners share information with partner agencies when it is necessary to protect a child or to plan their care, and they record what was shared, with whom and why.",
    ),
]

HARNBY: list[tuple[object, ...]] = [
    ("title", TITLE),
    ("h", "", "About this Chapter"),
    (
        "p",
        "This chapter explains what Harnby Metropolitan Borough Council believes about children and how those beliefs shape our work with Children Looked After and care leavers. It was updated in December 2025 to reflect the Corporate Parenting Strategy 2025 to 2028.",
    ),
    ("h", "", "Our Values"),
    (
        "ul",
        [
            "Children are safest and happiest in their own families wherever that is possible.",
            "Children are listened to and taken seriously.",
            "We are open and honest with children, families and each other.",
            "We learn from what children and care leavers tell us.",
        ],
    ),
    ("h", "", "Legal Framework"),
    ("p", "Our work is governed by the following legislation:"),
    (
        "ul",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Children Act 2004",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Care Planning, Placement and Case Review (England) Regulations 2010",
        ],
    ),
    (
        "p",
        "Working Together to Safeguard Children 2023 sets out how agencies must work together, and the Children's Social Care National Framework describes the outcomes we should achieve.",
    ),
    ("h", "", "Corporate Parenting"),
    (
        "p",
        "Harnby's corporate parenting principles are the seven set out in the Children and Social Work Act 2017:",
    ),
    (
        "ul",
        [
            "acting in the child's best interests and promoting their health and well-being;",
            "encouraging children to express their views, wishes and feelings;",
            "taking those views, wishes and feelings into account;",
            "helping children make the best use of services;",
            "promoting high aspirations and the best outcomes;",
            "keeping children safe and giving them stability;",
            "preparing young people for adulthood and independent living.",
        ],
    ),
    ("h", "", "Our Practice Model"),
    (
        "p",
        "Our practice model is Thriving Families. It brings together strengths-based conversations, whole-family assessment and a small caseload for every social worker, so that there is time to build relationships.",
    ),
    ("h", "", "Key Principles"),
    (
        "ul",
        [
            "Early help: families get support as soon as problems appear.",
            "Permanence: a permanence plan is made within six months for every Child Looked After.",
            "Leaving care: every care leaver has a personal adviser until they are 21, and up to 25 if they are seeking work or training.",
            "Participation: children take part in their reviews and help to run them where they wish.",
        ],
    ),
    ("h", "", "Our Strategy"),
    (
        "p",
        "The Corporate Parenting Strategy 2025 to 2028 has three priorities: more children living with family and friends, fewer moves between placements, and better health for care leavers. To meet the first priority, a permanence plan will be agreed within four months of a child coming into care.",
    ),
    ("h", "", "Information Sharing and Confidentiality"),
    (
        "p",
        "Information is shared lawfully, safely and only as far as it is needed. Children and families are told when information about them will be shared, unless doing so would put a child at risk.",
    ),
    ("p", "Last reviewed: 9 January 2026"),
]
