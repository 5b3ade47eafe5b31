# ruff: noqa: E501
"""The five chapters of blind set 243, written for it in our own words about invented councils.

Blocks: ("title", text), ("sub", text), ("h", number or "", text), ("p", text), ("ul", [items]),
("ol", [items]), ("cols", [items]) for a list set in two columns, ("table", [[cells], …]) with its
first row the header, ("control", [[label, value], …]) for a version box, ("box", heading, text)
for a text box or sidebar, ("notes", [text, …]) for notes. In "p" and table text, "^N" is a raised
note mark N and "|" a soft hyphen where a producer may break a long word.
"""

from __future__ import annotations

TITLE = "Children's Services Policies, Values and Principles"

# 24301 Thornecaster: python-docx printed by LibreOffice; pdfium get_text_range.
THORNECASTER: list[tuple[object, ...]] = [
    ("title", TITLE),
    (
        "control",
        [
            ["Version", "5.1"],
            ["Amended", "12 November 2025"],
            ["Approved by", "Director of Children's Services"],
            ["Next review", "November 2027"],
        ],
    ),
    ("h", "1.", "About this Chapter"),
    (
        "p",
        "This chapter describes the principles that guide Thornecaster Borough Council's work with children, young people and their families. It applies to social workers, personal advisers, family support workers and their managers, and to anyone who carries out work for the council under a contract.",
    ),
    ("h", "2.", "The Law and Guidance"),
    (
        "p",
        "Our work with children rests on a framework of legislation. The main statutes and regulations are listed below.",
    ),
    (
        "cols",
        [
            "Children Act 1989",
            "Children (Leaving Care) Act 2000",
            "Adoption and Children Act 2002",
            "Children Act 2004",
            "Children and Young Persons Act 2008",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Care Leavers (England) Regulations 2010",
        ],
    ),
    (
        "p",
        "Statutory guidance, including Working Together to Safeguard Children 2023, sits alongside these and is followed in every case.",
    ),
    ("h", "3.", "Working Together"),
    (
        "p",
        "No single agency can keep a child safe or help a family on its own. Schools, health visitors, the police, housing officers and voluntary groups each hold part of the picture, and we share our plans with them so that families are not asked the same questions twice.",
    ),
    ("h", "4.", "What We Value"),
    (
        "p",
        "We value honesty with families, even when the news is hard to hear. We value relationships that last, and we try to keep the same social worker with a child for as long as we can. We value the knowledge that families have about themselves, and we expect our staff to be curious, kind and clear.",
    ),
    ("h", "5.", "Corporate Parenting"),
    (
        "p",
        "The council and all of its elected members are corporate parents to Looked After Children and care leavers. We have adopted the seven corporate parenting principles set out in section 1 of the Children and Social Work Act 2017, and the Corporate Parenting Board checks each year how well every directorate has applied them.",
    ),
    ("h", "6.", "Our Practice Model"),
    (
        "p",
        "Since 2023 Thornecaster has used Family Safeguarding. Social workers are grouped with adult mental health, substance misuse and domestic abuse practitioners, and motivational interviewing is the main way we talk with parents about change.",
    ),
    ("h", "7.", "Permanence"),
    (
        "p",
        "Every Looked After Child should know where they will grow up. A plan for permanence is agreed at the second review and in any case within four months of the child coming into our care, and the Independent Reviewing Officer checks that it is followed.",
    ),
    ("h", "8.", "Leaving Care"),
    (
        "p",
        "Young people leaving our care are entitled to the support below. Each has a pathway plan that is reviewed at least every six months.",
    ),
    (
        "table",
        [
            ["Support", "Available until"],
            ["Personal adviser", "Age 21^1"],
            ["Personal adviser for a young person in education or training", "Age 25"],
            ["Staying Put with former foster carers", "Age 21"],
        ],
    ),
    ("h", "9.", "Information Sharing"),
    (
        "p",
        "We share information about a child when it is needed to keep the child safe or to plan their care, and we tell families what we have shared and why unless doing so would put a child at risk.",
    ),
    ("notes", ["^1 A personal adviser is provided under section 23C of the Children Act 1989."]),
]

# 24302 Fernhallow: an HTML page printed by Chromium; pdftotext.
FERNHALLOW: list[tuple[object, ...]] = [
    ("title", TITLE),
    ("h", "", "Scope of this chapter"),
    (
        "p",
        "This chapter was amended in February 2026 to reflect the council's new sufficiency strat|egy. It applies to all practitioners in Fernhallow City Council's children's services and to the organi|sations we commission.",
    ),
    ("h", "", "Legislation"),
    ("p", "The legislation that underpins this chapter is:"),
    (
        "cols",
        [
            "Children Act 1989",
            "Children Act 2004",
            "Children (Leaving Care) Act 2000",
            "Adoption and Children Act 2002",
            "Children and Young Persons Act 2008",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Equality Act 2010",
            "Care Planning, Placement and Case Review (England) Regulations 2010",
            "Care Leavers (England) Regulations 2010",
        ],
    ),
    ("h", "", "Our values"),
    (
        "box",
        "Our practice model",
        "Fernhallow works to the Safe and Together model, keeping children safe and together with the non-abusing parent wherever domestic abuse is part of a family's story.",
    ),
    (
        "p",
        "We want every child in Fernhallow to grow up safe, loved and with people they can count on. We listen before we act, we explain our decisions in plain words, and we recognise the strengths that families al|ready have. We are account|able to the children we work with, and we expect to be challenged when we get things wrong.",
    ),
    ("h", "", "Corporate parenting"),
    (
        "p",
        "As corporate parents, the council's members and officers must have regard to the need:",
    ),
    (
        "ol",
        [
            "to act in the best interests, and promote the physical and mental health and well-being, of children in care and care leavers;",
            "to encourage them to express their views, wishes and feelings;",
            "to take into account their views, wishes and feelings;",
            "to help them gain access to, and make the best use of, services provided by the council and its partners;",
            "to promote high aspirations, and seek to secure the best outcomes, for them;",
            "for them to be safe, and for stability in their home lives, relation|ships and education or work;",
            "to prepare them for adulthood and independent living.",
        ],
    ),
    ("h", "", "Children in care and permanence"),
    (
        "p",
        "A child who comes into care should not wait to know what their future holds. The al|located social worker will present a permanence plan to the child's review within six months of the child starting to be looked after, and sooner where the court timetable re|quires it. Brothers and sisters are placed together unless that would not be in their in|terests.",
    ),
    ("h", "", "Care leavers"),
    (
        "p",
        "Each care leaver is allocated a personal adviser from the Moving On team at six|teen and keeps that adviser until they are 21. A young person who wants support be|yond that may keep their personal adviser until they are 25, whatever they are doing. Our Local Offer explains the help with accommo|dation, money and work that comes with leav|ing care.",
    ),
    ("h", "", "Sharing information"),
    (
        "p",
        "Practitioners share information lawfully, safely and in proportion to the risk, and record what they shared, with whom and why.",
    ),
    ("p", "Page last updated: 3 February 2026"),
]

# 24303 Ravensholt: fpdf2; pdftotext -layout.
RAVENSHOLT: list[tuple[object, ...]] = [
    ("title", TITLE),
    ("sub", "Ravensholt County Council"),
    ("h", "1", "Scope"),
    (
        "p",
        "This chapter was last amended in April 2026, when the section on care leavers was rewritten. It covers all of the council's work with children in need, children subject to a plan and Children Looked After, and it should be read with the rest of the procedures manual.",
    ),
    ("h", "2", "Legislative Framework"),
    ("p", "The following Acts form the legal basis of this chapter:"),
    (
        "ul",
        [
            "Children Act 1989",
            "Adoption and Children Act 2002",
            "Children Act 2004",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Domestic Abuse Act 2021",
        ],
    ),
    ("h", "3", "Key Values"),
    (
        "p",
        "Children are best brought up within their own families wherever that is safe. Our practition|ers are expected to build trusting relation|ships, to be open about risk, and to treat every family with respect, whatever its background or circum|stances.",
    ),
    ("h", "4", "Corporate Parenting Principles"),
    ("p", "Ravensholt County Council will, as a corporate parent, have regard to the need:"),
    (
        "ul",
        [
            "(a) to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;",
            "(b) to encourage them to express their views, wishes and feelings;",
            "(c) to take into account their views, wishes and feelings;",
            "(d) to help them gain access to, and make the best use of, services provided by the council and its relevant partners;",
            "(e) to promote high aspirations, and seek to secure the best outcomes, for them;",
            "(f) for them to be safe, and for stability in their home lives, relationships and education or work;",
            "(g) to prepare them for adulthood and independent living.",
        ],
    ),
    ("h", "5", "Our Practice Model"),
    (
        "p",
        "The way we talk with families matters as much as what we decide. Every team has been trained in the same approach, described in the box below.",
    ),
    (
        "box",
        "Practice model",
        "Ravensholt uses Motivational Social Work. Practitioners ask open questions, reflect back what they hear and help parents find their own reasons to change.",
    ),
    ("h", "6", "Permanence"),
    (
        "p",
        "Drift harms children. For each of our Children Looked After a permanence plan is made by the time of the first statutory review and no later than three months after the child's admission to care. Where the plan is adoption, the Regional Adoption Agency is involved from the start.",
    ),
    ("h", "7", "Support after Care"),
    (
        "p",
        "Young people who leave our care have a personal adviser until they are 21\u00b9 and a pathway plan that sets out the help they will get with housing, education, health and money. The adviser helps them to apply for a council tenancy or supported lodgings.",
    ),
    ("h", "8", "Confidentiality"),
    (
        "p",
        "Records are kept securely and shared only with those who need them. Children and young people are told who can see their records and how to ask for a copy.",
    ),
    ("footnote", "\u00b9 Up to 25 for a young person who is in education or training."),
]

# 24304 Coldmarsh: an HTML page printed by Chromium; pdftotext -raw.
COLDMARSH: list[tuple[object, ...]] = [
    ("title", TITLE),
    (
        "control",
        [
            ["Version", "7"],
            ["Last amended", "2 March 2026"],
            ["Owner", "Assistant Director, Corporate Parenting"],
        ],
    ),
    ("h", "1.", "Introduction"),
    (
        "p",
        "This chapter sets out the values and principles that underpin Coldmarsh Metropolitan Borough Council's services for cared for children and care leavers. Our duties come mainly from the Children Act 1989^1, the Children Act 2004 and the Children and Social Work Act 2017^2, together with the regulations and statutory guidance made under them.",
    ),
    ("h", "2.", "Partnership"),
    (
        "p",
        "We work with the Coldmarsh Safeguarding Children Partnership, schools, health services and the police. Working Together to Safeguard Children 2023 and the Children's Social Care National Framework set out how we do so.",
    ),
    ("h", "3.", "Our Values"),
    (
        "ul",
        [
            "Children first: we start from what the child needs and says.",
            "Families matter: we help families to stay together when it is safe.",
            "Straight talking: we say what we are worried about and why.",
        ],
    ),
    ("h", "4.", "Being a Good Corporate Parent"),
    (
        "p",
        "Councillors and officers hold the same ambitions for our cared for children that any good parent holds for their own. We follow the seven corporate parenting principles, and our Pledge to cared for children turns them into promises that children helped us to write.",
    ),
    ("h", "5.", "How We Practise"),
    (
        "p",
        "Our practice model is Signs of Safety. Assessments ask three questions: what are we worried about, what is working well, and what needs to happen.",
    ),
    ("h", "6.", "Permanence"),
    (
        "p",
        "A permanence plan is made for each cared for child within 5 months of their becoming looked after, and the plan is reviewed at every looked after review until it is achieved.",
    ),
    ("h", "7.", "Leaving Care"),
    ("p", "What a care leaver can expect from Coldmarsh:"),
    (
        "table",
        [
            ["Care leaver", "Personal adviser until"],
            ["Every care leaver", "21st birthday"],
            ["In education, training or an apprenticeship", "25th birthday"],
            ["Living in Staying Put", "21st birthday"],
        ],
    ),
    ("h", "8.", "Information Sharing"),
    (
        "p",
        "We follow the seven golden rules of information sharing and the council's data protection policy.",
    ),
    (
        "notes",
        [
            "^1 Part 3 and section 22 in particular.",
            "^2 Sections 1 to 3, on corporate parenting and the Local Offer for care leavers.",
        ],
    ),
]

# 24305 Ulverby: python-docx printed by LibreOffice; select all and copy in a pdfium viewer.
ULVERBY: list[tuple[object, ...]] = [
    ("title", TITLE),
    ("sub", "Ulverby Borough Council - Children's Services Procedures"),
    ("h", "", "Purpose"),
    (
        "p",
        "This chapter explains what children who are looked after, care leavers and their families can expect from Ulverby's children's services, and the principles our staff work to.",
    ),
    ("h", "", "Legal Context"),
    (
        "p",
        "The main legislation is the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017.",
    ),
    ("h", "", "Our Principles"),
    (
        "p",
        "We keep children at the centre of everything we do. We believe that most children are best cared for by their own families, and we offer help early so that fewer children need to come into care.",
    ),
    ("h", "", "The Council as Corporate Parent"),
    (
        "p",
        "The Children and Social Work Act 2017 sets out seven principles that every corporate parent must have regard to:",
    ),
    (
        "ul",
        [
            "acting in the child's best interests and promoting their health and well-being;",
            "encouraging children to express their views, wishes and feelings;",
            "taking those views, wishes and feelings into account;",
            "helping children to use the services available to them;",
            "promoting high aspirations and the best outcomes;",
            "making sure children are safe and have stability at home, in relationships and at school or work;",
            "preparing children for adulthood and independent living.",
        ],
    ),
    ("h", "", "Practice Approach"),
    (
        "box",
        "No Wrong Door",
        "Ulverby runs No Wrong Door for adolescents on the edge of care: one team, one key worker and a hub with short-break beds, so that a teenager in crisis is never passed between services.",
    ),
    ("h", "", "Planning for Permanence"),
    (
        "p",
        "For every child who is looked after we agree a permanence plan by the second looked after review, no later than 4^2 months after the child's first day in care. Family and friends are always considered first.",
    ),
    ("h", "", "Care Leavers"),
    (
        "p",
        "A care leaver keeps a personal adviser until the age of 21^3. A young person who is at university, in training or still working towards their pathway plan goals can keep their adviser until the age of 25.",
    ),
    ("h", "", "Information Sharing"),
    (
        "p",
        "Information is shared in line with data protection law and the council's information sharing agreement with its partners.",
    ),
    (
        "notes",
        [
            "^2 The second review takes place within four months of a child becoming looked after.",
            "^3 Section 23C of the Children Act 1989.",
        ],
    ),
    ("p", "Last updated: 30 September 2025"),
]
