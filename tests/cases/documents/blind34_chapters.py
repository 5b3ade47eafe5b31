# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""The six chapters of the thirty-fourth blind set, written for it (invented councils); see
build_blind34.py for the inline language."""

from __future__ import annotations

from typing import Any

CHAPTERS: dict[str, dict[str, Any]] = {
    "3401-docx-unaccepted-tracked-changes-whole-paragraphs.docx": {
        "what": "unaccepted tracked changes: words, whole paragraphs and a heading inserted or deleted, a tracked style change",
        "footer": "Thistlebury Borough Council - Children's Services Procedures",
        "blocks": [
            ("title", "Thistlebury Children's Services: Policies, Values and Principles"),
            ("h1", "Amendment"),
            (
                "p",
                "This chapter was amended in {-October 2024-}{+March 2025+} to reflect the {-draft-}{+final+} Children's Social Care National Framework and our new offer to care leavers.",
            ),
            ("h1", "Introduction"),
            (
                "p",
                "This policy sets out the framework within which Thistlebury's children's services work with families. The main legislation behind it is:",
            ),
            ("bullet", "Children Act 1989"),
            ("bullet", "Children Act 2004"),
            ("bullet", "Care Standards Act 2000", "del"),
            ("bullet", "Children and Families Act 2014"),
            ("bullet", "Children and Social Work Act 2017", "ins"),
            ("bullet", "Equality Act 2010"),
            ("h1", "Our values"),
            (
                "p",
                "We listen to children{-, where we can,-} and we take what they tell us seriously. We are honest with families about our worries{+ and about what needs to change+}, and we keep our promises.",
            ),
            ("h1", "Corporate parenting"),
            (
                "p",
                "The whole council is corporate parent to every Child Looked After by Thistlebury. Councillors and officers follow the {-six-}{+seven+} corporate parenting principles in everything they decide for Children Looked After.",
            ),
            ("h1", "Our practice model", "ins"),
            (
                "p",
                "Social workers in Thistlebury use Signs of Safety to build plans with families, looking at what is working well as closely as at what we are worried about.",
                "ins",
            ),
            ("h1", "Our strategy to 2024", "del"),
            (
                "p",
                "Until 2024 our strategy was built around Restorative Practice training for every team.",
                "del",
            ),
            ("h1", "Leaving care", "restyled"),
            (
                "p",
                "Every care leaver has a personal adviser until the age of 21{+, or until 25 where they remain in education or training+}. Advisers keep in touch at least every two months.",
            ),
            ("h1", "Permanence"),
            (
                "p",
                "The plan for permanence is made by the second review, within {-four-}{+six+} months of the child becoming looked after, and every later review checks that it is on track.",
            ),
        ],
    },
    "3402-docx-reviewer-comments-ranges-and-replies.docx": {
        "what": "reviewers' comments anchored on words, a list item and a heading; two comments on one range",
        "footer": "Pellham County Council - page 1",
        "blocks": [
            ("title", "Pellham County Council Children's Services Policies, Values and Principles"),
            ("h1", "Scope of this chapter"),
            (
                "p",
                "This chapter covers every social work and early help team in Pellham. It was last amended in <<November 2024||Change to January 2025 once the Lead Member signs it off?>>, when the section on our practice model was rewritten.",
            ),
            ("h1", "<<Legal framework||Legal services want this heading to say Legislation>>"),
            ("p", "Our work with children and families rests on the following legislation:"),
            ("bullet", "Children Act 1989"),
            ("bullet", "Children Act 2004"),
            ("bullet", "Children and Families Act 2014"),
            ("bullet", "Children and Social Work Act 2017"),
            (
                "bullet",
                "<<Equality Act 2010||Should we add the Human Rights Act 1998 as a seventh item?>>",
            ),
            ("h1", "What we value"),
            (
                "p",
                "We believe children are best cared for within their own families wherever that is safe, and we work alongside parents rather than doing things to them.",
            ),
            ("h1", "Corporate parenting"),
            (
                "p",
                "As corporate parents to our Children in Care, we hold ourselves to seven principles:",
            ),
            (
                "num",
                "to act in the best interests of each child and promote their health and well-being",
            ),
            ("num", "to find out and take account of their views, wishes and feelings"),
            ("num", "to help them to use the services the council and its partners provide"),
            (
                "num",
                "<<to promote high aspirations and seek the best outcomes for them||Rewrite in plainer words - maybe split this into two principles?>>",
            ),
            ("num", "to make sure they are safe, and stable in their homes, education and work"),
            ("num", "to prepare them for adulthood and independent living"),
            ("num", "to be ambitious for them, as any good parent would be"),
            ("h1", "Our practice model"),
            (
                "p",
                "Pellham works to the Family Safeguarding model: <<adult workers sit in the same teams as social workers||Is Signs of Safety still used by the disabled children's team?>> so that parents' own needs are met alongside their children's.",
            ),
            ("h1", "Leaving care"),
            (
                "p",
                "Personal advisers support care leavers up to the age of 21 and, <<where a young person wants the support, up to 25||Our offer goes to 26 for care leavers at university - add?>><<||Legal say 'until' not 'up to'>>.",
            ),
            ("h1", "Permanence"),
            (
                "p",
                "We aim for every child to have a permanence plan within four months of coming into care.<<||This was three months in the old version - check.>>",
            ),
        ],
    },
    "3403-docx-content-controls-title-date-version-cell.docx": {
        "what": "a corporate template's content controls: the title in a bound block control, the amendment date in a date picker mid-sentence, a locked block control around a whole section, the version in a cell control",
        "footer": "Saltmere Borough Council | OFFICIAL",
        "blocks": [
            (
                "title",
                "Saltmere Borough Council: Children's Services Policies, Values and Principles",
                "sdt",
            ),
            (
                "p",
                "This chapter was amended on {{sdt:Amendment date:2025-02-10|10 February 2025}} to describe our new care leavers' offer.",
            ),
            ("h1", "Introduction"),
            (
                "p",
                "This policy sets out the framework for our work with children in Saltmere. It draws on these Acts:",
            ),
            ("num", "Children Act 1989"),
            ("num", "Children and Families Act 2014"),
            ("num", "Children and Social Work Act 2017"),
            ("h1", "Our values"),
            (
                "p",
                "Children are heard, families are treated with respect, and our staff are given the time and supervision to do good work.",
            ),
            ("h1", "Our practice approach"),
            (
                "p",
                "All our teams are trained in Restorative Practice, working with families rather than doing things to them or for them.",
            ),
            ("h1", "Cared for Children and care leavers"),
            (
                "p",
                "We call the children in our care Cared for Children, because that is the name they chose. Care leavers are entitled to support from a personal adviser until they are 25.",
            ),
            ("sdt-block", "start", "Standard wording"),
            ("h1", "Information sharing and confidentiality"),
            (
                "p",
                "Information about children and families is shared only where the law allows it and where it helps to keep a child safe or to meet their needs.",
            ),
            ("p", "Staff should record what they shared, with whom and why."),
            ("sdt-block", "end", "Standard wording"),
            ("h1", "Document control"),
            (
                "table",
                [
                    ["Version", "2.3"],
                    ["Owner", "Head of Children's Social Care"],
                    ["Next review", "February 2026"],
                ],
                "sdt-cell",
            ),
        ],
    },
    "3404-docx-contents-field-hyperlinks-page-numbers.docx": {
        "what": "a contents field before the body (building-block control, hyperlinked entries, PAGEREF page numbers, two levels), typed numbered headings",
        "footer": "Orrinford City Council",
        "blocks": [
            (
                "title",
                "Orrinford City Council - Children's Services Policies, Values and Principles",
            ),
            (
                "toc",
                [
                    ("_Toc180001", "1. About this chapter", 1, 2),
                    ("_Toc180002", "2. Introduction", 1, 2),
                    ("_Toc180003", "3. Working together", 1, 3),
                    ("_Toc180004", "4. Our values", 1, 3),
                    ("_Toc180005", "5. Key outcomes", 1, 4),
                    ("_Toc180006", "6. Leaving care and permanence", 1, 4),
                    ("_Toc180007", "7. Sharing information", 1, 5),
                ],
            ),
            ("h1", "[[bm:_Toc180001]]1. About this chapter"),
            (
                "p",
                "Amendment: in July 2024 this chapter was updated to take account of the Children's Social Care National Framework.",
            ),
            ("h1", "[[bm:_Toc180002]]2. Introduction"),
            (
                "p",
                "This policy sets out the framework for Orrinford's services for Looked After Children and their families. The legislation it rests on is:",
            ),
            ("bullet", "Children Act 1989"),
            ("bullet", "Children Act 2004"),
            ("bullet", "Children (Leaving Care) Act 2000"),
            ("bullet", "Adoption and Children Act 2002"),
            ("bullet", "Children and Families Act 2014"),
            ("bullet", "Children and Social Work Act 2017"),
            ("h1", "[[bm:_Toc180003]]3. Working together"),
            (
                "p",
                "Keeping children safe is everyone's job. We plan with schools, health, police and voluntary groups through the Orrinford Safeguarding Children Partnership, as Working Together to Safeguard Children asks.",
            ),
            ("h1", "[[bm:_Toc180004]]4. Our values"),
            ("p", "We are open, we are fair, and we never give up on a child."),
            ("h1", "[[bm:_Toc180005]]5. Key outcomes"),
            (
                "p",
                "We want every Looked After Child in Orrinford to be healthy, to be safe, to enjoy learning and achieve, and to grow into an adult with a home and a job.",
            ),
            ("h1", "[[bm:_Toc180006]]6. Leaving care and permanence"),
            (
                "p",
                "A permanence plan is agreed within six months of a child becoming looked after. Care leavers have a personal adviser until they are 21, and up to 25 if they are in education or training.",
            ),
            ("h1", "[[bm:_Toc180007]]7. Sharing information"),
            (
                "p",
                "We share information lawfully and only as much as is needed, and we tell families what we have shared unless that would put a child at risk.",
            ),
        ],
    },
    "3405-docx-house-heading-styles-based-on-heading-1.docx": {
        "what": "house styles: CouncilTitle based on Title, CouncilHeading1 based on Heading 1, CouncilHeading1Local based on CouncilHeading1, CouncilBullet based on List Bullet",
        "footer": "Wickenmoor Council Children's Services",
        "custom_styles": {
            "CouncilTitle": "Title",
            "CouncilHeading1": "Heading 1",
            "CouncilHeading1Local": "CouncilHeading1",
            "CouncilBullet": "List Bullet",
        },
        "styles": {
            "title": "CouncilTitle",
            "h1": "CouncilHeading1",
            "local": "CouncilHeading1Local",
            "bullet": "CouncilBullet",
        },
        "blocks": [
            ("title", "Wickenmoor Council: Children's Services Policies, Values and Principles"),
            ("h1", "About this chapter"),
            (
                "p",
                "This chapter was amended in November 2024. It explains what Wickenmoor's children's services stand for and how the procedures that follow should be read.",
            ),
            ("h1", "The law behind this chapter"),
            ("p", "The main legislation is:"),
            ("bullet", "Children Act 1989"),
            ("bullet", "Children Act 2004"),
            ("bullet", "Children and Families Act 2014"),
            ("bullet", "Children and Social Work Act 2017"),
            ("h1", "Working with partners"),
            (
                "p",
                "We cannot protect children alone. The Wickenmoor Safeguarding Partnership brings the council, health and police together, and our multi-agency arrangements follow Working Together to Safeguard Children.",
            ),
            ("h1", "Our vision", "", "local"),
            (
                "p",
                "Our vision is a Wickenmoor where every child grows up safe, loved and hopeful about the future.",
            ),
            ("h1", "Corporate parenting"),
            (
                "p",
                "For children who are looked after, the council is their corporate parent. The seven corporate parenting principles guide every decision we take for them.",
            ),
            ("h1", "Our practice model"),
            (
                "p",
                "Where domestic abuse is part of a family's life we use Safe and Together, keeping the child with the non-abusing parent and holding the abuser to account.",
            ),
            ("h1", "Staying close after care", "", "local"),
            (
                "p",
                "Young people leaving our care get help from a personal adviser until they are 21, and until 25 if they are in higher education.",
            ),
            ("h1", "Information sharing"),
            (
                "p",
                "We share what we need to share to keep children safe, and we follow data protection law when we do.",
            ),
            ("p", "Last updated: 18 November 2024"),
        ],
    },
    "3406-docx-date-ref-savedate-fields-footnotes-endnotes.docx": {
        "what": "fields (a DATE stamp, REF cross-references to bookmarks, SAVEDATE in the last-updated line) and footnotes and endnotes holding dates, ages and an Act",
        "footer": "Dunmoor County Council - Children's Social Care",
        "blocks": [
            ("title", "Dunmoor County Council Children's Services Policies, Values and Principles"),
            (
                "p",
                'Printed on {{=DATE \\@ "d MMMM yyyy"|4 December 2026}}. Check the online manual for the current version.',
            ),
            ("h1", "Amendment"),
            (
                "p",
                "This chapter was amended in May 2025 to add our kinship care commitments.^[The previous amendment, in August 2023, added the section on leaving care.]",
            ),
            ("h1", "Legislation"),
            ("p", "The chapter draws on the following legislation:"),
            ("bullet", "Children Act 1989"),
            ("bullet", "Children Act 2004"),
            (
                "bullet",
                "Children and Social Work Act 2017^[Part 1 of the Children and Social Work Act 2017 sets out the corporate parenting principles.]",
            ),
            ("bullet", "Equality Act 2010"),
            ("bullet", "Data Protection Act 2018"),
            ("h1", "Corporate parenting"),
            (
                "p",
                "Dunmoor County Council is corporate parent to its Children in Care, and follows the seven corporate parenting principles (see {{REF _Ref190001 \\h|Leaving care}} for what this means after eighteen).",
            ),
            ("h1", "Practice model"),
            (
                "p",
                "Our social workers use Signs of Safety.^^[Signs of Safety was first developed in Western Australia in the 1990s.]",
            ),
            ("h1", "[[bm:_Ref190001]]Leaving care"),
            (
                "p",
                "Care leavers have a personal adviser until the age of 21, and up to 25 where they ask for one.^[Young people looked after for fewer than 13 weeks after their fourteenth birthday are not eligible care leavers.]",
            ),
            ("h1", "Permanence"),
            (
                "p",
                "A permanence plan is made within four months of a child coming into care, and reviewed as {{REF _Ref190001 \\h \\p|below}} for young people approaching 18.^^[Until 2022 Dunmoor set a timescale of three months.]",
            ),
            ("p", 'Last updated: {{SAVEDATE \\@ "d MMMM yyyy"|21 May 2025}}'),
        ],
    },
}
