# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""The six chapters of blind set 206, written for it in our own words about invented councils.

Blocks: ("title", text), ("sub", text), ("h", number or "", text), ("p", text), ("ul", [items]),
("ol", [items]), ("table", [header cells], [[cells], ...]), ("end", text).
"""

from __future__ import annotations

from typing import Any

Block = tuple[Any, ...]
TITLE = "Children's Services Policies, Values and Principles"

# ------------------------------------------------------------------ 20601 Wyndlestone
WYNDLESTONE: list[Block] = [
    ("title", TITLE),
    ("h", "1.", "Scope of this Chapter"),
    (
        "p",
        "This chapter sets out the policies, values and principles that govern the work of Wyndlestone Borough Council's Children's Services with children, young people and their families. It applies to every practitioner and manager in the service, to the staff of our commissioned providers and to the councillors who share our responsibilities as corporate parents.",
    ),
    (
        "p",
        "The last substantive amendment to this chapter was made in March 2026, when the section on our practice model was rewritten and the list of legislation was brought into line with current law.",
    ),
    ("h", "2.", "Introduction"),
    (
        "p",
        "Our policy framework rests on a body of law and statutory guidance. The legislation that shapes it most directly is:",
    ),
    (
        "ul",
        [
            "the Children Act 1989;",
            "the Adoption and Children Act 2002;",
            "the Children Act 2004;",
            "the Children and Young Persons Act 2008;",
            "the Children and Families Act 2014;",
            "the Children and Social Work Act 2017.",
        ],
    ),
    (
        "p",
        "Practitioners also work within Working Together to Safeguard Children 2023 and the Children's Social Care National Framework, which is statutory guidance describing the outcomes that local authorities and their partners should achieve for children and families.",
    ),
    ("h", "3.", "A Shared Responsibility"),
    (
        "p",
        "No single agency can keep a child safe or help a family through difficulty on its own. Schools, health visitors, GPs, the police, housing officers and voluntary groups all see children whom we may never meet, and we depend on them to tell us when they are worried. We meet our partners regularly through the Wyndlestone Safeguarding Children Partnership and we expect every member of staff to pick up the telephone rather than wait for a form to arrive.",
    ),
    ("h", "4.", "Our Values"),
    (
        "p",
        "We believe that children do best when they grow up within their own families, and that most parents want to do right by their children even when they are struggling to manage. We listen carefully to what children tell us and we record it in their own words. We are honest with families about our worries and about what will happen next, and we treat everyone we work with courteously, whatever the circumstances that have brought them to us. We value the different backgrounds, faiths and cultures of the families in the borough and we try to see each child as a whole person rather than a set of risks.",
    ),
    ("h", "5.", "Corporate Parenting"),
    (
        "p",
        "When a child comes into our care, the whole council takes on the role of their parent. The Children and Social Work Act 2017 requires us, in carrying out any of our functions for Looked After Children and care leavers, to have regard to the need:",
    ),
    (
        "ul",
        [
            "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;",
            "to encourage them to express their views, wishes and feelings;",
            "to take into account those views, wishes and feelings;",
            "to help them gain access to, and make the best use of, services provided by the local authority and its relevant partners;",
            "to promote high aspirations, and seek to secure the best outcomes, for them;",
            "for them to be safe, and for stability in their home lives, relationships and education or work;",
            "to prepare them for adulthood and independent living.",
        ],
    ),
    (
        "p",
        "Our Corporate Parenting Board, chaired by the Lead Member for Children, checks every quarter how well we are keeping these promises and hears directly from the young people of the Children in Care Council.",
    ),
    ("h", "6.", "Our Practice Model"),
    (
        "p",
        "Wyndlestone has adopted Safe and Together as its practice model across all of its social work teams. The model asks practitioners to keep the child safe and together with the non-abusing parent wherever that is possible, to hold the person who causes harm to account for their behaviour, and to build partnerships with the adult survivor rather than blaming them for the abuse they have suffered. All new staff complete the core training in their first six months with us.",
    ),
    ("h", "7.", "Key Principles"),
    (
        "p",
        "Where children cannot live safely at home we look first to their wider family and friends, and we support kinship carers as fully as we support our own foster carers. For every Looked After Child we aim to have a plan for permanence agreed by the time the child has been looked after for five months, so that no child waits in uncertainty for longer than they must.",
    ),
    (
        "p",
        "Our help does not end when a young person leaves care. Every care leaver is offered a personal adviser until they are 21, and that support continues up to the age of 25 for any young person who is undertaking a course of higher education. We also consult children and young people on the services that affect them, and the Children in Care Council helps us to interview new managers.",
    ),
    ("h", "8.", "Information Sharing and Confidentiality"),
    (
        "p",
        "We keep the information families give us safe and we share it only where the law allows and where sharing it will help to protect a child or meet their needs. Practitioners explain to families, at the start, what we will share and with whom, and they record every decision to share information without consent together with the reasons for it.",
    ),
    ("end", "End"),
]

# ------------------------------------------------------------------ 20602 Skelwith
SKELWITH: list[Block] = [
    ("title", TITLE),
    ("sub", "Skelwith District Council - Children in Care and Family Help"),
    ("h", "", "About this Chapter"),
    (
        "p",
        "This chapter explains the framework of law, values and principles within which our children's social care teams work. It was reviewed in January 2025 and amended to take account of the Children's Social Care National Framework and of the changes to our leaving care offer.",
    ),
    ("h", "", "Our Vision"),
    (
        "p",
        "We want every child in Skelwith to grow up safe, loved and with a place they can call home, and to leave childhood with the confidence and the skills to make their own way in the world.",
    ),
    ("h", "", "The Law Behind Our Work"),
    (
        "p",
        "Our duties to children come chiefly from five Acts of Parliament: the Children Act 1989, the Children Act 2004, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017. Statutory guidance, including Working Together to Safeguard Children, explains how those duties should be carried out.",
    ),
    ("h", "", "What We Believe"),
    (
        "p",
        "Children are best brought up by their own families wherever that can be made safe. Relationships, not processes, are what change lives, and so we try to keep the same worker with a family for as long as we can. We speak plainly, avoid jargon, and write our records as though the child will one day read them, because many of them will.",
    ),
    ("h", "", "Being a Corporate Parent"),
    (
        "p",
        "Skelwith District Council, its councillors and its officers act together as the corporate parent of every child in care and every care leaver. We have adopted the seven corporate parenting principles set out in the Children and Social Work Act 2017, and our annual report to the full Council shows how each of them is being met.",
    ),
    ("h", "", "How We Practise"),
    (
        "p",
        "Restorative Practice is the model that underpins all of our work with children and families. It means working with people rather than doing things to them or for them, combining high support with high challenge, and repairing harm through conversation rather than blame. Managers use the same approach in supervision and in team meetings.",
    ),
    ("h", "", "Principles for Children in Care"),
    (
        "p",
        "When a child comes into care we begin planning for their future straight away. A permanence plan should be in place within 3 months, and the Independent Reviewing Officer checks at each review that the plan is still the right one. We look to relatives and friends first, then to long-term fostering, special guardianship or adoption.",
    ),
    (
        "p",
        "Young people leaving our care keep a personal adviser until they are 21. Where a young person is still in touch with us and wants help, the adviser will stay with them until they reach 25.",
    ),
    ("h", "", "Outcomes We Work For"),
    (
        "p",
        "We judge ourselves by what happens to children: whether they are healthy, whether they are safe, whether they do well at school and beyond, and whether they feel that they belong somewhere. We publish these measures every year alongside the views of the Children in Care Council.",
    ),
    ("h", "", "Working with Partners"),
    (
        "p",
        "Health, education, the police and the voluntary sector share the task of keeping children safe. Our Family Help teams sit alongside school nurses and early years workers in four locality hubs, so that a family can be helped by whichever practitioner they already trust.",
    ),
    ("h", "", "Confidentiality"),
    (
        "p",
        "Personal information is held securely and shared on a need-to-know basis, in line with data protection law and the government's advice on information sharing for safeguarding practitioners.",
    ),
]

# ------------------------------------------------------------------ 20603 Tallowfield
TALLOWFIELD: list[Block] = [
    ("title", TITLE),
    ("h", "", "Scope"),
    (
        "p",
        "This chapter applies to all staff in Tallowfield County Council's Children and Young People's Directorate who work with cared for children, care leavers, and children in need of help or protection.",
    ),
    (
        "p",
        "Amendment: this chapter was revised in November 2025. The table of legislation was updated and a new section on our practice model was added.",
    ),
    ("h", "", "Introduction"),
    (
        "p",
        "This policy sets out the framework within which Tallowfield delivers its children's services. The table below lists the legislation on which the framework is built.",
    ),
    (
        "table",
        ["Legislation", "Year", "What it covers"],
        [
            [
                "Children Act",
                "1989",
                "Welfare of the child; parental responsibility; care and supervision",
            ],
            ["Children (Leaving Care) Act", "2000", "Support for young people leaving care"],
            ["Adoption and Children Act", "2002", "Adoption and special guardianship"],
            [
                "Children Act",
                "2004",
                "Co-operation between agencies; the Director of Children's Services",
            ],
            ["Children and Young Persons Act", "2008", "Care planning, placement and review"],
            [
                "Children and Families Act",
                "2014",
                "Family justice; special educational needs; staying put",
            ],
            [
                "Children and Social Work Act",
                "2017",
                "Corporate parenting principles; the local offer for care leavers",
            ],
        ],
    ),
    ("h", "", "Our Values"),
    (
        "p",
        "The child's welfare comes first in every decision we make. We work in partnership with parents and carers, we are open about what we are doing and why, and we respect the identity, culture and language of every family.",
    ),
    (
        "ul",
        [
            "We listen to children and take their views seriously.",
            "We act early, before problems grow.",
            "We keep our promises, and we say sorry when we get things wrong.",
        ],
    ),
    ("h", "", "Corporate Parenting"),
    (
        "p",
        "As corporate parent, the council must have regard to seven principles when it exercises its functions for cared for children and care leavers:",
    ),
    (
        "ul2",
        [
            "acting in their best interests and promoting their physical and mental health and well-being;",
            "encouraging them to express their views, wishes and feelings;",
            "taking those views, wishes and feelings into account;",
            "helping them to get access to, and make the best use of, the services of the council and its partners;",
            "promoting high aspirations and seeking the best outcomes for them;",
            "keeping them safe and securing stability in their home lives, relationships and education or work;",
            "preparing them for adulthood and independent living.",
        ],
    ),
    ("h", "", "Our Practice Model"),
    (
        "p",
        "Our social workers and family practitioners are trained in the Family Partnership Model, which places the relationship between the helper and the parent at the centre of the work and builds on the strengths and goals the family brings.",
    ),
    ("h", "", "Key Principles"),
    (
        "p",
        "Permanence: we aim for every cared for child to have a permanence plan agreed within six months of coming into care.",
    ),
    (
        "p",
        "Leaving care: care leavers are entitled to the support of a personal adviser until the age of 21, or until 25 if they are in education or training.",
    ),
    (
        "p",
        "Participation: the Tallowfield Voice forum for cared for children is consulted on every change to the services described in this chapter.",
    ),
    ("h", "", "Information Sharing"),
    (
        "p",
        "Information is shared lawfully, securely and in proportion to the need. Staff follow the Directorate's information sharing protocol and seek advice from the Information Governance team where they are unsure.",
    ),
]

# ------------------------------------------------------------------ 20604 Cindersley
CINDERSLEY: list[Block] = [
    ("title", TITLE),
    ("h", "", "Scope of this Chapter"),
    (
        "p",
        "This chapter describes the principles that guide Cindersley City Council's work with children looked after, care leavers and children in need. It was updated in July 2026 to reflect the council's new strategy for children's services.",
    ),
    ("h", "", "Introduction"),
    (
        "p",
        "This policy sets out the framework for the delivery of children's services in Cindersley. It draws on four Acts: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, and on the statutory guidance that accompanies them.",
    ),
    ("h", "", "Our Values"),
    (
        "p",
        "We put children at the centre of what we do. We are respectful, curious and honest, and we hold on to hope for families even when things are hard. We celebrate the diversity of the city and we challenge discrimination wherever we meet it.",
    ),
    ("h", "", "Corporate Parenting"),
    (
        "p",
        "Every councillor and every officer of Cindersley City Council shares responsibility for the children the council looks after. Our Corporate Parenting Committee sets our pledge to children looked after and to care leavers and checks that it is honoured.",
    ),
    ("h", "", "Our Practice Model"),
    (
        "p",
        "Cindersley uses Signs of Safety to assess and plan with families. Practitioners map what is working well, what they are worried about and what needs to happen, and they build safety networks of people who know the family.",
    ),
    (
        "ul",
        [
            "Danger statements and safety goals are written in plain language.",
            "Children's words and pictures are used in every assessment.",
            "Families are helped to write their own safety plans.",
        ],
    ),
    ("h", "", "Key Principles"),
    (
        "p",
        "Children should live with their own families unless it is unsafe for them to do so. Where a child becomes looked after, a permanence plan should be made within five months, and we will look first for a home within the child's family or network.",
    ),
    (
        "p",
        "The council offers every care leaver a personal adviser up to the age of 21, and up to 25 if they are in full-time education. Children looked after are consulted before every review and may bring an advocate.",
    ),
    ("h", "", "Our Strategy"),
    (
        "p",
        "Our strategy for 2026 to 2029 has three priorities: to help families earlier, to find more homes for children within the city, and to improve the health of children looked after. By 2027 we intend that a permanence plan will be made within six months for every child, and that no child will move home more than twice in a year.",
    ),
    ("h", "", "Information Sharing and Confidentiality"),
    (
        "p",
        "We share information to keep children safe, lawfully and with care. Families are told what we hold about them and how they can see it.",
    ),
]

# ------------------------------------------------------------------ 20605 Larkhythe
LARKHYTHE: list[Block] = [
    ("title", TITLE),
    ("h", "1.", "Scope of this Chapter"),
    (
        "p",
        "This chapter applies to all of Larkhythe Metropolitan Borough Council's services for children and families. It was amended in September 2024; the changes concern the list of legislation and the section on care leavers.",
    ),
    ("h", "2.", "Introduction"),
    (
        "p",
        "This policy sets out the framework for the delivery of services to children who are looked after, care leavers and children in need of support or protection in Larkhythe. The framework rests on the following legislation:",
    ),
    (
        "ul",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Adoption and Children Act 2002",
            "Children Act 2004",
            "Children and Young Persons Act 2008",
            "The Care Planning, Placement and Case Review (England) Regulations 2010",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
        ],
    ),
    ("p", "It should be read with Working Together to Safeguard Children 2023."),
    ("h", "3.", "Our Vision"),
    (
        "p",
        "Larkhythe wants to be a borough where children are safe, grow up in loving families and are ambitious for their own futures. We will measure our success by the lives our children go on to lead.",
    ),
    ("h", "4.", "Our Values"),
    (
        "p",
        "We are child-centred: the child's experience is the test of everything we do. We are family-focused, because most children are best cared for by their own families. We are respectful and we are accountable, to children, to families and to the public.",
    ),
    ("h", "5.", "Corporate Parenting"),
    (
        "p",
        "The council and its partners have regard to the corporate parenting principles, which are (a) to act in the best interests, and promote the physical and mental health and well-being, of children who are looked after and care leavers; (b) to encourage them to express their views, wishes and feelings; (c) to take those views into account; (d) to help them gain access to and make the best use of services; (e) to promote high aspirations and seek the best outcomes for them; (f) for them to be safe and for stability in their home lives, relationships and education or work; and (g) to prepare them for adulthood and independent living.",
    ),
    ("h", "6.", "Our Practice Model"),
    (
        "p",
        "Larkhythe's child protection work follows Strengthening Families, a strengths-based framework that brings families and professionals together to agree what is going well, what the dangers are and what must change. Conferences are chaired so that parents can speak first.",
    ),
    ("h", "7.", "Key Principles"),
    (
        "p",
        "We will keep children with their families whenever it is safe to do so, and where they cannot stay at home we will seek a permanent home for them as early as we can, with relatives or friends wherever possible.",
    ),
    (
        "p",
        "Every care leaver, whether or not they are working or studying, can have the support of a personal adviser up to the age of 25. We also listen to children and young people through the Larkhythe Children in Care Council and our care leavers' forum.",
    ),
    ("h", "8.", "Information Sharing and Confidentiality"),
    (
        "p",
        "We only share personal information where it is necessary and lawful to do so, and we tell families and young people what we have shared unless doing so would put a child at risk.",
    ),
    ("end", "Last updated: 2 October 2024"),
]

# ------------------------------------------------------------------ 20606 Moorcaster
MOORCASTER: list[Block] = [
    ("title", TITLE),
    ("sub", "Moorcaster Borough Council"),
    ("h", "1.", "Purpose and Scope"),
    (
        "p",
        "This chapter sets out what Moorcaster's children's services believe, how they work and the law they work within. It covers Children Looked After, care leavers, and children and families who need our help. The chapter was amended in May 2025.",
    ),
    ("h", "2.", "Legal Framework"),
    (
        "p",
        "The principal statutes are the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017. Working Together to Safeguard Children 2023 sets out how agencies should work together under them.",
    ),
    ("h", "3.", "Values and Ambitions"),
    ("p", "Our ambitions for children are the same ambitions any good parent holds:"),
    (
        "ul",
        [
            "that they are safe and feel safe;",
            "that they are healthy, in body and mind;",
            "that they learn and achieve;",
            "that they have people who love them for the whole of their lives.",
        ],
    ),
    ("h", "4.", "The Council as Corporate Parent"),
    (
        "p",
        "Moorcaster Borough Council will, in everything it does for Children Looked After and care leavers, have regard to the need:",
    ),
    (
        "ol",
        [
            "to act in their best interests and promote their physical and mental health and well-being;",
            "to encourage them to express their views, wishes and feelings;",
            "to take those views, wishes and feelings into account;",
            "to help them gain access to, and make the best use of, services provided by the council and its partners;",
            "to promote high aspirations and seek to secure the best outcomes for them;",
            "for them to be safe, and for stability in their home lives, relationships and education or work;",
            "to prepare them for adulthood and independent living.",
        ],
    ),
    ("h", "5.", "Our Practice Model"),
    (
        "p",
        "Our work with adolescents at risk of coming into care follows No Wrong Door. Each of our two hubs brings together a residential home, outreach workers, a clinical psychologist and a communications support worker, so that a young person keeps the same trusted key worker wherever their needs take them.",
    ),
    ("h", "6.", "Key Principles"),
    (
        "ul",
        [
            "Family first: we will always explore whether a child can be cared for within their family network before any other option.",
            "Permanence: for every Child Looked After, a plan for permanence will be agreed within four months of their becoming looked after.",
            "Leaving care: care leavers can have a personal adviser up to the age of 21, extended to 25 if they are in an apprenticeship or training.",
            "Listening: children and young people help design and review the services they use.",
        ],
    ),
    ("h", "7.", "Information Sharing and Confidentiality"),
    (
        "p",
        "Information about children and families is confidential. It is shared with other agencies only to protect a child, to meet their needs, or where the law requires it, and always in line with the council's data protection policy.",
    ),
    ("end", "Version 3.4"),
]
