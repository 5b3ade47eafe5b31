# ruff: noqa: E501  (Word XML fragments and the chapters' paragraphs are kept a line each)
"""Build the forty-first blind set (4101-4108): whole chapters as councils hold them in Word and PDF.

Four Word files made the ways editors make them (python-docx plus raw WordprocessingML):
    4101  a cover page (council name above the title, a version/date table), a contents field,
          house heading styles based on Heading 1/2 carrying Word's automatic multi-level
          numbering ("1.", "1.1": the numbers are in no paragraph's text), a footnote
    4102  no heading styles at all: the title and headings are bold, larger Normal paragraphs;
          the amendment note in a floating text box (DrawingML with its VML fallback); tracked
          changes not yet accepted (words, a whole list item deleted, one inserted)
    4103  Word's Heading 1 carrying an alias ("Section Heading"), headings and body paragraphs
          numbered automatically ("1.", "1.1"), a lettered automatic list "(a)", footnotes, a
          document history table at the end (tracked changes already accepted: none left)
    4104  headings in house styles that are not based on Heading but carry an outline level;
          a cover page (title first, then the council and a version/date table); the amendment
          note in a two-cell table; the corporate parenting principles in a table
Four PDFs from different producers:
    4105  LibreOffice Writer printing a Word file: Heading styles, a running header, a footer
          "Page N of M" from PAGE and NUMPAGES fields, a footnote
    4106  WeasyPrint: a two-column cover (the council beside the title) over a bordered
          document-details table, then a boxed amendment table; headings larger and bold
    4107  fpdf2: a running header on every page and a footer "Page 3 of 5"; headings only bold,
          the same size as the body
    4108  WeasyPrint: justified text in narrow columns with automatic hyphenation (en-GB), so
          words are broken over lines with a hyphen; typed numbered headings

Each build writes the file and a NNNN-....md note (the text a reader sees) beside this script.
usage: python tests/cases/documents/build_blind41.py   (python-docx, fpdf2, WeasyPrint, LibreOffice)
LibreOffice stamps its output, so that rebuild is equivalent, not identical.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_blind34 import Build, _runs, _toc, _with_parts  # noqa: E402

LO_PROFILE = Path(tempfile.gettempdir()) / "policydiff-blind41-lo-profile"
DATE = "2025-01-20T10:00:00Z"
Block = tuple[Any, ...]

# --- the chapters ---------------------------------------------------------------------------------
# ("title"|"h1"|"h2"|"p"|"b" bullet|"n" numbered item|"a" lettered item, text) and ("table", rows).
# Inline: ^[footnote], {+inserted+}, {-deleted-} (Word only); ("b", text, "del"|"ins") a whole
# list item deleted or inserted with tracked changes.

HARROWMERE: list[Block] = [
    ("h1", "About this chapter"),
    (
        "p",
        "This chapter describes the values and principles that guide Harrowmere's children's services, and the legal duties that sit behind them. It applies to everyone who works with children and families on the council's behalf, including agency staff and the services we commission.",
    ),
    (
        "p",
        "This chapter was amended in April 2025 to bring it into line with the Children's Social Care National Framework and to describe our revised offer to care leavers.",
    ),
    ("h1", "Legal framework"),
    (
        "p",
        "This policy sets out the framework within which our services are delivered. It rests on the following legislation:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    (
        "b",
        "Children Act 2004^[Part 2 of the 2004 Act, on children's services in England, is the part most often relied on.]",
    ),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    (
        "p",
        "Statutory guidance, including Working Together to Safeguard Children, explains how these duties are to be carried out in practice.",
    ),
    ("h1", "Working with partners"),
    (
        "p",
        "No single agency can keep children safe on its own. Schools, health services, the police and the voluntary sector all hold part of the picture, and we expect practitioners to share their worries early and to plan together with families rather than around them.",
    ),
    (
        "p",
        "The Harrowmere Safeguarding Children Partnership agrees how partners work together and checks that they do.",
    ),
    ("h1", "What we value"),
    (
        "p",
        "Our values were written with young people from the Children in Care Council and with staff from every team.",
    ),
    ("h2", "Listening to children"),
    (
        "p",
        "We see children on their own, we record their words as they say them, and we tell them what we have done with what they told us.",
    ),
    ("h2", "Being honest with families"),
    (
        "p",
        "We are clear with parents about what worries us and what needs to change, and we recognise the strengths that families bring.",
    ),
    ("h2", "Keeping children with their families"),
    (
        "p",
        "Wherever it is safe, children should grow up within their own family and community, with help offered early enough to make a difference.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "When a child comes into our care, the whole council becomes their corporate parent. Councillors and officers must have regard to the seven corporate parenting principles, which are to:",
    ),
    (
        "b",
        "act in the best interests, and promote the physical and mental health and well-being, of Children in Care and care leavers;",
    ),
    ("b", "encourage them to express their views, wishes and feelings;"),
    ("b", "take those views, wishes and feelings into account;"),
    ("b", "help them gain access to services provided by the council and its partners;"),
    ("b", "promote high aspirations and seek the best outcomes for them;"),
    (
        "b",
        "make sure they are safe, and have stability in their home lives, relationships and education or work;",
    ),
    ("b", "prepare them for adulthood and independent living."),
    ("h1", "Our practice model"),
    (
        "p",
        "Harrowmere is a restorative council. Our practice model is Restorative Practice: we work with families, not to them or for them, pairing high support with high challenge.",
    ),
    (
        "p",
        "Every new social worker completes restorative training in their first six months, and team managers use restorative conversations in supervision.",
    ),
    ("h1", "Permanence and leaving care"),
    ("h2", "Permanence"),
    (
        "p",
        "Every Child in Care should have a plan for permanence agreed at their second review, no later than four months after they came into our care. The Independent Reviewing Officer checks at each review that the plan is still right for the child.",
    ),
    ("h2", "Leaving care"),
    (
        "p",
        "Care leavers are supported by a personal adviser until they are 21, or until 25 if they ask for one.^[Until 2023 the personal adviser offer in Harrowmere ended at 21 for every care leaver.] Their pathway plan is reviewed at least every six months.",
    ),
    ("h1", "Sharing information"),
    (
        "p",
        "Information about children and families is shared when it is needed to keep a child safe, and otherwise with the family's agreement. Practitioners follow the council's information sharing protocol and record what was shared, with whom and why.",
    ),
]

WENDLOW: list[Block] = [
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework of values and principles within which Wendlow's children's services work. The legislation behind it includes:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Care Standards Act 2000", "del"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Equality Act 2010", "ins"),
    (
        "p",
        "Children and young people are at the centre of everything we do. We want every child in Wendlow to be safe, to be healthy and to do well at school{+ and beyond+}.",
    ),
    ("h1", "Our values"),
    ("b", "We are respectful: we treat children and families as experts in their own lives."),
    ("b", "We are reliable: we do what we say we will do, and we explain when we cannot."),
    ("b", "We are curious: we ask why, and we keep asking until we understand."),
    (
        "b",
        "We are ambitious: we want for the children we work with what we would want for our own.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "Wendlow Council is the corporate parent of every Looked After Child and care leaver. Elected members and officers keep the seven corporate parenting principles in mind in every decision they make. They are:",
    ),
    ("n", "to act in the child's best interests and promote their health and well-being;"),
    ("n", "to encourage children to say what they think and feel;"),
    ("n", "to take their views into account;"),
    ("n", "to help them use the council's services and those of its partners;"),
    ("n", "to aim high for them and seek the best outcomes;"),
    ("n", "to keep them safe and give them stable homes, relationships and schooling;"),
    ("n", "to prepare them for adult life."),
    ("h1", "Our practice model"),
    (
        "p",
        "Wendlow uses the Family Safeguarding model. Social workers work in teams with adult mental health workers, domestic abuse practitioners and substance misuse workers, so that parents get help with the problems that put their children at risk.",
    ),
    ("h1", "Leaving care"),
    (
        "p",
        "Our personal advisers support care leavers up to their 25th birthday, and every care leaver has a pathway plan that they help to write.",
    ),
    ("h1", "Permanence"),
    (
        "p",
        "Looked After Children need to know where they will grow up. A permanence plan should be agreed within {-six-}{+four+} months of a child becoming looked after, and reviewed at each statutory review.",
    ),
    ("h1", "Information sharing"),
    (
        "p",
        "We share information with partners when it is needed to protect a child, and we tell families what we have shared unless doing so would put a child at risk.",
    ),
]

PENDLESHAM: list[Block] = [
    ("h1", "Purpose and scope"),
    (
        "np",
        "This chapter sets out the vision, values and principles of Pendlesham County Council's children's services. It applies to all staff in Children's Social Care and Early Help.",
    ),
    (
        "np",
        "It should be read with the other chapters of this manual, which describe procedures in more detail.^[The manual's chapters on assessment and care planning were last reviewed in 2023.]",
    ),
    ("h1", "The law and guidance"),
    ("np", "Our duties come mainly from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Equality Act 2010"),
    (
        "np",
        "The Children's Social Care National Framework is statutory guidance and sets out the outcomes we are working towards.^[The National Framework was published in December 2023.]",
    ),
    ("h1", "Our vision"),
    (
        "np",
        "We want Pendlesham to be a county where children grow up safe, loved and ready for adult life, and where families get the right help at the right time.",
    ),
    (
        "np",
        "Our rationale is simple: most children do best with their own families, and our job is to help families to care for them safely.",
    ),
    ("h1", "Key outcomes for children"),
    ("np", "We measure our work by what changes for children. We want children to:"),
    ("b", "be safe from harm at home and in the community;"),
    ("b", "be healthy, physically and emotionally;"),
    ("b", "enjoy and achieve in education;"),
    ("b", "have stable and loving relationships;"),
    ("b", "be ready for independence when they leave our care."),
    ("h1", "Corporate parenting"),
    (
        "np",
        "As corporate parent the council has adopted the seven corporate parenting principles. For every Child Looked After and care leaver we will:",
    ),
    ("a", "act in their best interests and promote their physical and mental health;"),
    ("a", "encourage them to express their views, wishes and feelings;"),
    ("a", "take those views, wishes and feelings into account;"),
    ("a", "help them to make use of services;"),
    ("a", "promote high aspirations and seek the best outcomes;"),
    ("a", "help them to be safe and to have stability at home, at school and at work;"),
    ("a", "prepare them for adulthood and independent living."),
    ("h1", "How we work"),
    (
        "np",
        "Permanence: every Child Looked After should have a permanence plan within six months of becoming looked after, confirmed at the second review.",
    ),
    (
        "np",
        "Leaving care: care leavers are supported up to 21, and to 25 for those in education or training or who ask for support.",
    ),
    (
        "np",
        "Children Looked After (CLA) are consulted on the plans made for them and are told how to complain or get an advocate.",
    ),
    ("h1", "Our practice model"),
    (
        "np",
        "Pendlesham is a Signs of Safety county. Practitioners map what is working well, what we are worried about and what needs to happen, with the family and their network.",
    ),
    ("h1", "Document history"),
    (
        "table",
        [
            ["Version", "Date", "Change"],
            ["1.0", "March 2022", "First issue"],
            ["2.0", "June 2023", "Rewritten around the county's new practice model"],
            ["2.1", "February 2025", "Permanence timescale and leaving care offer updated"],
        ],
    ),
]

KILNWORTH: list[Block] = [
    (
        "box",
        "Amendment",
        "In October 2024 this chapter was updated to describe the council's practice model and to extend support for care leavers.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This chapter explains what Kilnworth City Council's children's services stand for and the law they rest on. It is for everyone who works with Looked After Children, children in need and their families.",
    ),
    ("p", "The main legislation and guidance is:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h1", "A shared responsibility"),
    (
        "p",
        "Safeguarding children is everyone's responsibility. The council, the integrated care board and the police share the lead for local arrangements, and schools, early years settings and voluntary groups take part in them.",
    ),
    ("h1", "Our values and ambitions"),
    ("h2", "Values"),
    (
        "p",
        "We put children first, we treat families with respect, we are open about our concerns and we learn from what goes wrong.",
    ),
    ("h2", "Ambitions"),
    (
        "p",
        "We want fewer children to need care, more children to return home safely, and every care leaver to have a home and a purpose.",
    ),
    ("h1", "Being a good corporate parent"),
    (
        "p",
        "The council's duties as corporate parent are summarised in the table below, one row for each of the corporate parenting principles^[The principles are in section 1 of the Children and Social Work Act 2017.].",
    ),
    (
        "table",
        [
            ["Principle", "What it means in Kilnworth"],
            [
                "Best interests, health and well-being",
                "Every Looked After Child has an up-to-date health assessment.",
            ],
            ["Views, wishes and feelings", "Children are helped to take part in their reviews."],
            [
                "Taking views into account",
                "Decisions record what the child said and what weight it was given.",
            ],
            ["Access to services", "Care leavers are exempt from council tax until 25."],
            ["High aspirations", "The virtual school tracks progress for every child."],
            ["Safety and stability", "We try to keep brothers and sisters together."],
            ["Preparing for adulthood", "Independence training starts at 15."],
        ],
    ),
    ("h1", "Our practice model"),
    (
        "p",
        "Our practice model is Systemic Practice. Practitioners think about the relationships around a child, use genograms with families, and reflect on their work together in weekly systemic groups.",
    ),
    ("h1", "Leaving care"),
    (
        "p",
        "Care leavers are entitled to support to the age of 21. Young people who are in education or training, or who ask for it, keep their personal adviser until 25.",
    ),
    ("h1", "Permanence"),
    (
        "p",
        "A plan for permanence is considered at every looked after review, and the Independent Reviewing Officer makes sure it does not drift.",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "Children and families are told what we record about them and who we may share it with. Information is shared without consent only where that is needed to keep a child safe.",
    ),
]

BRINDLECOMBE: list[Block] = [
    ("h1", "Amendments to this chapter"),
    (
        "p",
        "This chapter was last amended on 3 March 2025. The changes describe the extended leaving care offer and the Children's Social Care National Framework.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework within which Brindlecombe Borough Council delivers its services to children, young people and their families. It draws on the following legislation:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "It applies to all staff in children's services and to the services we commission."),
    ("h1", "Working Together"),
    (
        "p",
        "We work with our partners in health, education and the police under the local safeguarding arrangements. Working Together to Safeguard Children is the statutory guidance that shapes how we do so, and the National Framework describes the practice we are aiming for.",
    ),
    ("h1", "Key values"),
    (
        "p",
        "We believe that children are best looked after within their own families, that they should be listened to, and that every contact we have with a family should leave it better able to cope.",
    ),
    ("p", "We are respectful, we are open and honest, and we keep to our word."),
    ("h1", "Corporate parenting"),
    (
        "p",
        "The council is corporate parent to every Cared for Child. The seven corporate parenting principles guide what councillors and officers do:",
    ),
    (
        "b",
        "to act in the best interests of Cared for Children and promote their health and well-being;",
    ),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take those views into account;"),
    ("b", "to help them to use services;"),
    ("b", "to promote high aspirations and the best outcomes;"),
    ("b", "to help them to be safe and have stability;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h1", "Our vision"),
    (
        "p",
        "Our vision is for Brindlecombe to be a place where every child is safe, happy and has the chance to achieve their ambitions, whatever their start in life.",
    ),
    ("h1", "Our practice model"),
    (
        "p",
        "We use Signs of Safety across children's social care. Its questions - what are we worried about, what is working well, what needs to happen - give families and professionals a shared language.^[Early Help teams adopted the approach a year after social care.]",
    ),
    ("h1", "Key outcomes"),
    ("p", "We want every Cared for Child and every child we work with to be:"),
    ("b", "Being healthy"),
    ("b", "Staying safe"),
    ("b", "Enjoying and achieving"),
    ("b", "Making a positive contribution"),
    ("b", "Achieving economic well-being"),
    ("h1", "Key principles"),
    (
        "p",
        "Families first: we offer help early and keep children with their families wherever it is safe.",
    ),
    (
        "p",
        "Kinship care: where a child cannot live with their parents, we look first to their wider family and friends.",
    ),
    (
        "p",
        "Permanence: every Cared for Child should have a permanence plan within six months of coming into care.",
    ),
    (
        "p",
        "Leaving care: care leavers have a personal adviser until they reach 21, extended to 25 where they are in higher education.",
    ),
    (
        "p",
        "Consultation: children and families take part in planning, and their views are recorded in their own words.",
    ),
    ("h1", "Our strategy"),
    (
        "p",
        "Our children's services strategy runs to 2027. Its three priorities are earlier help, stable homes for Cared for Children closer to Brindlecombe, and a confident, stable workforce.",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "Practitioners share information in line with the government's advice on information sharing and the council's data protection policy. Consent is sought unless seeking it would put a child at risk.",
    ),
]

OAKHYTHE: list[Block] = [
    ("h1", "Scope of this chapter"),
    (
        "p",
        "This chapter applies to all of Oakhythe Council's children's services, from Early Help to the leaving care team, and to providers who work for us under contract.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework within which we work with children in care, children in need and their families. The principal legislation is:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h1", "Our values"),
    (
        "p",
        "We value relationships above processes. We are kind, we are fair, we are clear about risk, and we celebrate what children and families achieve.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "The council takes its role as corporate parent seriously. The Corporate Parenting Board, chaired by the Leader, checks that the council meets the seven corporate parenting principles:",
    ),
    (
        "n",
        "acting in the best interests of children in care and care leavers, and promoting their health and well-being;",
    ),
    ("n", "encouraging them to express their views, wishes and feelings;"),
    ("n", "taking their views, wishes and feelings into account;"),
    ("n", "helping them to access services;"),
    ("n", "promoting high aspirations and the best outcomes;"),
    ("n", "helping them to be safe, with stable homes, relationships, education and work;"),
    ("n", "preparing them for adulthood and independent living."),
    ("h1", "Our practice framework"),
    (
        "p",
        "Our practice framework is Family Valued. It is built on restorative conversations and on Family Group Conferences, offered to every family before a child comes into care.",
    ),
    ("h1", "Key principles"),
    (
        "p",
        "A child who comes into care should have a permanence plan within four months of coming into care, agreed at their second review.",
    ),
    (
        "p",
        "Care leavers can have a personal adviser until 25, whether or not they are in education or training.",
    ),
    (
        "p",
        "We involve children in care in every decision about them and we help them to keep in touch with the people who matter to them.",
    ),
    ("h1", "Confidentiality and sharing information"),
    (
        "p",
        "Records belong to the child as much as to the council. Children and families can see what is written about them, and information is shared only where the law allows it.",
    ),
]

THORNLEY: list[Block] = [
    ("h1", "Amendment"),
    (
        "p",
        "Amended: 17 June 2024 - the section on leaving care was rewritten and the legislation list brought up to date.",
    ),
    ("h1", "Introduction"),
    (
        "p",
        "This policy sets out the framework for the work of Thornley Marsh Council's children's services. It covers children in need, children subject to child protection plans, Looked After Children and care leavers. The relevant legislation is:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    (
        "p",
        "Thornley Marsh is a small rural district, and many families live a long way from the council's offices. We try to meet them where they are: at home, in schools and in village halls.",
    ),
    ("h1", "A shared responsibility"),
    (
        "p",
        "Keeping children safe is a shared responsibility. We work with the district's schools, its GP practices and health visitors, the police and the voluntary sector under the Thornley Marsh and Eastfen safeguarding partnership. Working Together to Safeguard Children sets out how we should do this, and the Children's Social Care National Framework describes the outcomes we are working towards.",
    ),
    (
        "p",
        "Practitioners from every agency are expected to share their concerns early, to go to each other's meetings, and to challenge each other respectfully when they disagree.",
    ),
    ("h1", "Our values"),
    (
        "p",
        "We listen to children and take their views seriously. We are honest with families. We build on what families do well. We are open to challenge and we learn from our mistakes.",
    ),
    (
        "p",
        "We believe that children are usually best brought up by their own families, and that the role of the council is to support families to do this, stepping in only when a child cannot be kept safe at home.",
    ),
    ("h1", "Corporate parenting"),
    (
        "p",
        "The council acts as corporate parent for every Looked After Child and care leaver. In line with the Children and Social Work Act 2017 it follows these principles:",
    ),
    (
        "a",
        "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;",
    ),
    ("a", "to encourage them to express their views, wishes and feelings;"),
    ("a", "to take into account their views, wishes and feelings;"),
    (
        "a",
        "to help them gain access to, and make the best use of, services provided by the council and its partners;",
    ),
    ("a", "to promote high aspirations, and seek to secure the best outcomes, for them;"),
    (
        "a",
        "for them to be safe, and for stability in their home lives, relationships and education or work;",
    ),
    ("a", "to prepare them for adulthood and independent living."),
    (
        "p",
        "Each elected member receives training in corporate parenting after their election, and the Corporate Parenting Panel meets every two months with young people from the Children in Care Council.",
    ),
    ("h1", "Principles of our work"),
    (
        "p",
        "Early help: families should be offered help as soon as problems appear, not when they have become a crisis.",
    ),
    (
        "p",
        "Family and friends: where a child cannot live at home, we look first for a carer within the child's own family or friendship network.",
    ),
    (
        "p",
        "Permanence: Looked After Children need to know where they will grow up. Their permanence plan is agreed at the second review and checked at every review after that.",
    ),
    (
        "p",
        "Leaving care: personal advisers support care leavers to 21, or 25 on request, and help them to find a home, a course or a job.",
    ),
    (
        "p",
        "Participation: children and young people help to shape our services, including by interviewing staff and reviewing this chapter.",
    ),
    ("h1", "Information sharing and confidentiality"),
    (
        "p",
        "We share information about children and families with other agencies when it is needed to protect a child or to provide a service, and we tell families what we share and why unless that would increase the risk to the child. All staff follow the council's data protection and records management policies.",
    ),
    (
        "p",
        "Children and young people can ask to see the records we keep about them, and care leavers can ask for help to read and understand their files.",
    ),
]

GREYFIELD: list[Block] = [
    ("h1", "1. Scope"),
    (
        "p",
        "This chapter describes the values, principles and responsibilities which underpin all of Greyfield Borough Council's services for children, young people and families. It was reviewed and amended in December 2024, following consultation with practitioners, managers and the Children in Care Council.",
    ),
    ("h1", "2. Introduction"),
    (
        "p",
        "This policy sets out the framework within which our children's services operate. The statutory responsibilities described here derive principally from the following legislation:",
    ),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h1", "3. A shared responsibility"),
    (
        "p",
        "Safeguarding and promoting the welfare of children is a responsibility shared between organisations. Greyfield's safeguarding partnership brings together the council, the integrated care board and the constabulary, and its arrangements follow Working Together to Safeguard Children. The Children's Social Care National Framework, which is statutory guidance, describes the principles, enablers and outcomes that should characterise children's social care everywhere.",
    ),
    ("h1", "4. Our values"),
    (
        "p",
        "Our practitioners are respectful, compassionate and professionally curious. They recognise that relationships are the foundation of effective intervention, and that families are more likely to make lasting changes when they understand and agree with the reasons for our involvement.",
    ),
    ("h1", "5. Corporate parenting"),
    (
        "p",
        "When children become looked after, the council assumes responsibilities comparable to those of a conscientious parent. Councillors and officers must have regard to the seven corporate parenting principles:",
    ),
    (
        "b",
        "acting in the best interests of children looked after and promoting their physical and mental health and well-being;",
    ),
    (
        "b",
        "encouraging those children and young people to express their views, wishes and feelings;",
    ),
    ("b", "taking into account their views, wishes and feelings;"),
    ("b", "helping them to gain access to, and make the best use of, services;"),
    ("b", "promoting high aspirations and seeking the best outcomes for them;"),
    (
        "b",
        "ensuring that they are safe and have stability in their home lives, relationships and education or work;",
    ),
    ("b", "preparing them for adulthood and independent living."),
    ("h1", "6. Practice model"),
    (
        "p",
        "Greyfield adopted Signs of Safety as its practice framework across children's social care. Practitioners use its mapping, scaling questions and safety planning collaboratively with families and their networks, and the approach is reinforced through supervision, practice observations and audit.",
    ),
    ("h1", "7. Key principles"),
    (
        "p",
        "Permanence planning begins from the moment a child becomes looked after. Each child should have a permanence plan, confirmed at the second statutory review, within four months of becoming looked after.",
    ),
    (
        "p",
        "Care leavers are supported by personal advisers to 21, and up to 25 if they are still in education or training. Their pathway plans are developed collaboratively and reviewed regularly.",
    ),
    (
        "p",
        "Children looked after participate meaningfully in decisions affecting them, supported by independent advocates where they wish.",
    ),
    ("h1", "8. Information sharing"),
    (
        "p",
        "Information is shared proportionately and lawfully, in accordance with data protection legislation and the government's information sharing advice for safeguarding practitioners.",
    ),
]

TITLE = "Children's Services Policies, Values and Principles"


# --- Word ---------------------------------------------------------------------------------------------


def _rpr(bold: bool = False, size: int = 0, caps: bool = False) -> str:
    parts = (
        ("<w:b/>" if bold else "")
        + ("<w:caps/>" if caps else "")
        + (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "")
    )
    return f"<w:rPr>{parts}</w:rPr>" if parts else ""


def _styled_runs(text: str, build: Build, rpr: str) -> str:
    runs = _runs(text, build)
    return runs.replace("<w:r><w:t", f"<w:r>{rpr}<w:t") if rpr else runs


def _p(
    text: str, build: Build, style: str = "", ppr: str = "", rpr: str = "", mark: str = ""
) -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr
    if mark in ("ins", "del"):
        tag = "w:ins" if mark == "ins" else "w:del"
        props += f'<w:rPr><{tag} w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}"/></w:rPr>'
        body = _runs(text, build, deleted=mark == "del")
        body = f'<{tag} w:id="{build.next_rev()}" w:author="Policy Editor" w:date="{DATE}">{body}</{tag}>'
    else:
        body = _styled_runs(text, build, rpr)
    return f"<w:p><w:pPr>{props}</w:pPr>{body}</w:p>"


def _tbl(
    rows: list[list[str]], build: Build, widths: list[int], header: bool = False, shade: str = ""
) -> str:
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr>'
    ]
    out.append("<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>")
    for index, row in enumerate(rows):
        cells = []
        for column, value in enumerate(row):
            fill = (
                f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
                if shade and column == 0
                else ""
            )
            bold = (header and index == 0) or (shade and column == 0)
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[column]}" w:type="dxa"/>{fill}</w:tcPr>{_p(value, build, rpr=_rpr(bold=bool(bold)))}</w:tc>'
            )
        out.append(f"<w:tr>{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def _numbering(document: Any, abstract: str, num_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    element = parse_xml(f"<w:abstractNum {nsdecls('w')} {abstract}</w:abstractNum>")
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(element)
    else:
        numbering.append(element)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
        )
    )


def _lvl(ilvl: int, fmt: str, text: str, indent: int, style: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="{min(indent, 567)}"/></w:pPr></w:lvl>'
    )


def _add_style(
    document: Any, name: str, base: str | None, extra_ppr: str = "", rpr: str = ""
) -> str:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base:
        style.base_style = document.styles[base]
    style.next_paragraph_style = document.styles["Normal"]
    if extra_ppr:
        ppr = style.element.get_or_add_pPr()
        for child in parse_xml(f"<w:x {nsdecls('w')}>{extra_ppr}</w:x>"):
            ppr.append(child)
    if rpr:
        element = parse_xml(f"<w:rPr {nsdecls('w')}>{rpr}</w:rPr>")
        style.element.append(element)
    return str(style.style_id)


def _save(document: Any, xml: list[str], build: Build) -> bytes:
    from docx.oxml import parse_xml

    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"'
    )
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    for piece in xml:
        element = parse_xml(f"<w:wrap {ns}>{piece}</w:wrap>")
        for child in list(element):
            body.insert(len(body) - 1, child)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_parts(buffer.getvalue(), build)


def _running(part: Any, text: str, build: Build) -> None:
    """Replace a header's or footer's paragraph with `text` (inline fields allowed)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    element = part._element
    for child in list(element):
        element.remove(child)
    element.append(parse_xml(f"<w:wrap {nsdecls('w')}>{_p(text, build)}</w:wrap>")[0])


def docx_harrowmere() -> bytes:
    import docx

    document = docx.Document()
    build = Build()
    _numbering(
        document,
        'w:abstractNumId="41"><w:multiLevelType w:val="multilevel"/>'
        + _lvl(0, "decimal", "%1.", 567, "HBCHeading1")
        + _lvl(1, "decimal", "%1.%2", 709, "HBCHeading2"),
        41,
    )
    h1 = _add_style(
        document, "HBC Heading 1", "Heading 1", '<w:numPr><w:numId w:val="41"/></w:numPr>'
    )
    h2 = _add_style(
        document,
        "HBC Heading 2",
        "Heading 2",
        '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="41"/></w:numPr>',
    )
    assert (h1, h2) == ("HBCHeading1", "HBCHeading2"), (h1, h2)
    present = {style.name for style in document.styles}
    for name, base in (("TOC Heading", "Heading 1"), ("toc 1", "Normal"), ("toc 2", "Normal")):
        if name not in present:
            _add_style(document, name, base)
    _running(
        document.sections[0].footer,
        "Harrowmere Borough Council - Children's Services Procedures Manual - uncontrolled when printed",
        build,
    )
    xml = [
        _p(
            "Harrowmere Borough Council",
            build,
            ppr='<w:jc w:val="center"/>',
            rpr=_rpr(bold=True, size=40),
        ),
        _p(
            "Children's Services Procedures Manual",
            build,
            ppr='<w:jc w:val="center"/>',
            rpr=_rpr(size=28),
        ),
        _p(TITLE, build, style="Title"),
        _tbl(
            [
                ["Version", "4.1"],
                ["Last updated", "14 April 2025"],
                ["Owner", "Head of Children's Social Care"],
                ["Next review", "April 2027"],
            ],
            build,
            [3000, 6000],
            shade="D9E2F3",
        ),
        PAGE_BREAK,
    ]
    headings: list[tuple[str, str, int, int]] = []
    number = [0, 0]
    for block in HARROWMERE:
        if block[0] in ("h1", "h2"):
            level = 1 if block[0] == "h1" else 2
            number[level - 1] += 1
            if level == 1:
                number[1] = 0
            label = f"{number[0]}." if level == 1 else f"{number[0]}.{number[1]}"
            headings.append(
                (f"_Toc{len(headings) + 1}", f"{label} {block[1]}", level, 2 + len(headings) // 4)
            )
    xml.append(_toc(headings))
    xml.append(PAGE_BREAK)
    index = 0
    for block in HARROWMERE:
        kind, text = block[0], block[1]
        if kind in ("h1", "h2"):
            index += 1
            xml.append(_p(f"[[bm:_Toc{index}]]{text}", build, style=h1 if kind == "h1" else h2))
        elif kind == "b":
            xml.append(_p(text, build, style="ListBullet"))
        else:
            xml.append(_p(text, build))
    return _save(document, xml, build)


TEXT_BOX = (
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5486400" cy="1005840"/>'
    '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5486400" cy="1005840"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
    "<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
    "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    '<mc:Fallback><w:pict><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
    'style="position:absolute;margin-left:0;margin-top:0;width:6in;height:79.2pt;z-index:251659264;mso-wrap-style:square" fillcolor="#f2f2f2">'
    '<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>'
    "</mc:AlternateContent></w:r></w:p>"
)


def docx_wendlow() -> bytes:
    import docx

    document = docx.Document()
    build = Build()
    _running(document.sections[0].header, "Wendlow Council Children's Services Procedures", build)
    xml = [_p(f"Wendlow Council - {TITLE}", build, rpr=_rpr(bold=True, size=36))]
    box = _p("Amendment", build, rpr=_rpr(bold=True)) + _p(
        "This chapter was revised in {-November 2024-}{+January 2025+} to add the Equality Act 2010 to the legislation and to bring forward the date by which a permanence plan is agreed.",
        build,
    )
    # the two copies of the box (DrawingML and its VML fallback) are written with the same
    # revision numbers: one box as Word saves it
    xml.append(TEXT_BOX.format(content=box))
    heading_ppr = '<w:keepNext/><w:spacing w:before="240" w:after="120"/>'
    for block in WENDLOW:
        kind, text = block[0], block[1]
        mark = block[2] if len(block) > 2 else ""
        if kind == "h1":
            xml.append(_p(text, build, ppr=heading_ppr, rpr=_rpr(bold=True, size=28)))
        elif kind == "b":
            xml.append(_p(text, build, style="ListBullet", mark=mark))
        elif kind == "n":
            xml.append(_p(text, build, style="ListNumber"))
        else:
            xml.append(_p(text, build))
    return _save(document, xml, build)


def docx_pendlesham() -> bytes:
    import docx

    document = docx.Document()
    build = Build()
    styles = document.styles.element
    for style_id, alias in (("Heading1", "Section Heading,SH1"), ("Heading2", "Sub Heading,SH2")):
        style = styles.find(
            f".//{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}style[@{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}styleId='{style_id}']"
        )
        assert style is not None
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        name = style.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
        name.addnext(parse_xml(f'<w:aliases {nsdecls("w")} w:val="{alias}"/>'))
    _numbering(
        document,
        'w:abstractNumId="43"><w:multiLevelType w:val="multilevel"/>'
        + _lvl(0, "decimal", "%1.", 567, "Heading1")
        + _lvl(1, "decimal", "%1.%2", 567),
        43,
    )
    _numbering(
        document,
        'w:abstractNumId="44"><w:multiLevelType w:val="hybridMultilevel"/>'
        + _lvl(0, "lowerLetter", "(%1)", 1134),
        44,
    )
    heading = document.styles["Heading 1"].element.get_or_add_pPr()
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    heading.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="43"/></w:numPr>'))
    _running(document.sections[0].footer, "Pendlesham County Council | OFFICIAL", build)
    xml = [
        _p(
            "Pendlesham County Council Children's Services: Policies, Values and Principles",
            build,
            style="Title",
        )
    ]
    for block in PENDLESHAM:
        kind, text = block[0], block[1]
        if kind == "h1":
            xml.append(_p(text, build, style="Heading1"))
        elif kind == "np":
            xml.append(
                _p(
                    text,
                    build,
                    ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="43"/></w:numPr><w:ind w:left="567" w:hanging="567"/>',
                )
            )
        elif kind == "a":
            xml.append(
                _p(text, build, ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="44"/></w:numPr>')
            )
        elif kind == "b":
            xml.append(_p(text, build, style="ListBullet"))
        elif kind == "table":
            xml.append(_tbl(text, build, [1500, 2500, 5000], header=True))
        else:
            xml.append(_p(text, build))
    return _save(document, xml, build)


def docx_kilnworth() -> bytes:
    import docx

    document = docx.Document()
    build = Build()
    head = _add_style(
        document,
        "Policy Head",
        None,
        '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
        '<w:b/><w:color w:val="1F3864"/><w:sz w:val="30"/><w:szCs w:val="30"/>',
    )
    sub = _add_style(
        document,
        "Policy Subhead",
        None,
        '<w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="1"/>',
        '<w:b/><w:i/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    )
    _running(
        document.sections[0].footer,
        "Kilnworth City Council - Children's Social Care - Page 1",
        build,
    )
    xml = [
        _p(TITLE, build, style="Title"),
        _p("Kilnworth City Council", build, rpr=_rpr(bold=True, size=32)),
        _p("Children's Social Care", build, rpr=_rpr(size=28)),
        _tbl(
            [
                ["Version", "v3"],
                ["Issued", "October 2024"],
                ["Review due", "October 2026"],
                ["Approved by", "Children's Services Leadership Team"],
            ],
            build,
            [3000, 6000],
        ),
        PAGE_BREAK,
    ]
    for block in KILNWORTH:
        kind = block[0]
        if kind == "box":
            xml.append(_tbl([[block[1], block[2]]], build, [1800, 7200], shade="FFF2CC"))
        elif kind == "h1":
            xml.append(_p(block[1], build, style=head))
        elif kind == "h2":
            xml.append(_p(block[1], build, style=sub))
        elif kind == "b":
            xml.append(_p(block[1], build, style="ListBullet"))
        elif kind == "table":
            xml.append(_tbl(block[1], build, [3500, 5500], header=True))
        else:
            xml.append(_p(block[1], build))
    return _save(document, xml, build)


def docx_brindlecombe() -> bytes:
    """The Word file LibreOffice prints for 4105 (not itself a case document)."""
    import docx

    document = docx.Document()
    build = Build()
    _running(
        document.sections[0].header,
        "Brindlecombe Borough Council | Children's Services Procedures Manual",
        build,
    )
    _running(document.sections[0].footer, "Page {{PAGE|1}} of {{NUMPAGES|1}}", build)
    xml = [_p(TITLE, build, style="Title")]
    for block in BRINDLECOMBE:
        kind, text = block[0], block[1]
        if kind == "h1":
            xml.append(_p(text, build, style="Heading1"))
        elif kind == "b":
            xml.append(_p(text, build, style="ListBullet"))
        else:
            xml.append(_p(text, build, ppr='<w:spacing w:after="160"/>'))
    return _save(document, xml, build)


# --- PDF --------------------------------------------------------------------------------------------


def _libreoffice(data: bytes, suffix: str, target: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed for 4105: apt-get install libreoffice-writer")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / (target.stem + suffix)
        source.write_bytes(data)
        out = Path(work) / "out"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out), str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(next(out.iterdir()), target)


def _html_body(blocks: list[Block]) -> str:
    out: list[str] = []
    open_list = ""
    for block in blocks:
        kind = block[0]
        tag = {"b": "ul", "n": "ol", "a": "ol"}.get(kind, "")
        if open_list and open_list != tag:
            out.append(f"</{open_list}>")
            open_list = ""
        if tag and not open_list:
            out.append(f"<{tag}>")
            open_list = tag
        text = html.escape(str(block[1]))
        if kind == "h1":
            out.append(f"<h2>{text}</h2>")
        elif tag:
            out.append(f"<li>{text}</li>")
        else:
            out.append(f"<p>{text}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def pdf_oakhythe(target: Path) -> None:
    import weasyprint

    css = """
    @page { size: A4; margin: 22mm 20mm; @bottom-right { content: counter(page); font: 9pt sans-serif; } }
    body { font: 10.5pt/1.4 sans-serif; }
    table.cover { width: 100%; border-collapse: collapse; margin-bottom: 14mm; }
    table.cover td { vertical-align: top; padding: 4mm; }
    td.council { width: 38%; font-size: 22pt; font-weight: bold; color: #0b5; }
    td.chapter { font-size: 17pt; font-weight: bold; }
    td.chapter span { display: block; font-size: 10.5pt; font-weight: normal; margin-top: 3mm; }
    table.box { width: 100%; border-collapse: collapse; margin: 6mm 0; }
    table.box td { border: 1pt solid #333; padding: 2.5mm; vertical-align: top; }
    table.box td.label { width: 30%; font-weight: bold; background: #eee; }
    h2 { font-size: 13.5pt; margin: 7mm 0 2mm; }
    """
    details = [
        ("Version", "2.0"),
        ("Owner", "Director of Children's Services"),
        ("Next review", "September 2026"),
    ]
    page = (
        '<table class="cover"><tr><td class="council">Oakhythe Council</td>'
        f'<td class="chapter">{html.escape(TITLE)}<span>Children\'s Services Procedures Manual, Part 1</span></td></tr></table>'
        '<table class="box">'
        + "".join(
            f'<tr><td class="label">{k}</td><td>{html.escape(v)}</td></tr>' for k, v in details
        )
        + "</table>"
        '<table class="box"><tr><td class="label">Amendment</td><td>In September 2024 this chapter was amended to name our practice framework and to extend the personal adviser offer to every care leaver up to 25.</td></tr></table>'
        + _html_body(OAKHYTHE)
    )
    document = f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head><body>{page}</body></html>'
    weasyprint.HTML(string=document).write_pdf(target)


def pdf_greyfield(target: Path) -> None:
    import weasyprint

    css = """
    @page { size: A4; margin: 20mm 18mm; @top-left { content: "Greyfield Borough Council"; font: 8pt serif; color: #555; }
            @bottom-center { content: "- " counter(page) " -"; font: 8pt serif; } }
    body { font: 11pt/1.35 serif; columns: 2; column-gap: 9mm; text-align: justify; hyphens: auto; }
    h1 { column-span: all; font-size: 17pt; text-align: left; hyphens: manual; }
    h2 { font-size: 11.5pt; text-align: left; hyphens: manual; margin: 5mm 0 1.5mm; break-after: avoid; }
    p { margin: 0 0 2.5mm; }
    li { margin-bottom: 1mm; }
    """
    document = (
        f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title><style>{css}</style></head>'
        f"<body><h1>{html.escape(TITLE)}</h1>{_html_body(GREYFIELD)}</body></html>"
    )
    weasyprint.HTML(string=document).write_pdf(target)


def pdf_thornley(target: Path) -> None:
    from fpdf import FPDF

    class Chapter(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Thornley Marsh Council - Children's Services Procedures", align="L")
            self.cell(0, 5, "OFFICIAL", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Chapter(format="A4")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(
        __import__("datetime").datetime(2024, 6, 17, tzinfo=__import__("datetime").timezone.utc)
    )
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    letters = iter("abcdefghij")
    for block in THORNLEY:
        kind, text = block[0], block[1]
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        pdf.set_font("Helvetica", "", 10.5)
        if kind in ("b", "a"):
            mark = "-" if kind == "b" else f"({next(letters)})"
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(8, 5.5, mark)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    target.write_bytes(bytes(pdf.output()))


# --- notes --------------------------------------------------------------------------------------------

INLINE_NOTE = re.compile(r"\^\[.+?\]|\{-.+?-\}|\[\[bm:[^\]]+\]\]")


def _note_text(text: str) -> str:
    return re.sub(r"\{\+(.+?)\+\}", r"\1", INLINE_NOTE.sub("", text))


def note(what: str, head: list[str], blocks: list[Block], numbered: bool = False) -> str:
    lines = [f"%% built by build_blind41.py: {what}", "", *head]
    counts = [0, 0]
    letters = iter("abcdefghij")
    item = 0
    for block in blocks:
        kind = block[0]
        if len(block) > 2 and block[2] == "del":
            continue
        if kind == "h1":
            counts = [counts[0] + 1, 0]
            lines += [f"## {counts[0]}. {block[1]}" if numbered else f"## {block[1]}", ""]
        elif kind == "h2":
            counts[1] += 1
            lines += [
                f"### {counts[0]}.{counts[1]} {block[1]}" if numbered else f"### {block[1]}",
                "",
            ]
        elif kind == "np":
            counts[1] += 1
            lines += [f"{counts[0]}.{counts[1]} {_note_text(block[1])}", ""]
        elif kind == "b":
            lines += [f"- {_note_text(block[1])}", ""]
        elif kind == "n":
            item += 1
            lines += [f"{item}. {_note_text(block[1])}", ""]
        elif kind == "a":
            lines += [f"({next(letters)}) {_note_text(block[1])}", ""]
        elif kind == "table":
            lines += [f"| {' | '.join(row)} |" for row in block[1]] + [""]
        elif kind == "box":
            lines += [f"| {block[1]} | {block[2]} |", ""]
        else:
            lines += [_note_text(block[1]), ""]
        if kind != "n":
            item = 0
    return "\n".join(lines)


def main() -> None:
    word = {
        "4101-docx-cover-table-toc-field-house-heading-styles-auto-numbered.docx": (
            docx_harrowmere,
            "a cover page (council above the title, a version/date table), a contents field, house heading styles on Heading 1/2 with automatic numbering, a footnote",
            [
                "Harrowmere Borough Council",
                "",
                "Children's Services Procedures Manual",
                "",
                f"# {TITLE}",
                "",
                "| Version | 4.1 |",
                "| Last updated | 14 April 2025 |",
                "| Owner | Head of Children's Social Care |",
                "| Next review | April 2027 |",
                "",
                "Contents",
                "",
            ],
            HARROWMERE,
            True,
        ),
        "4102-docx-bold-normal-headings-text-box-amendment-unaccepted-changes.docx": (
            docx_wendlow,
            "no heading styles (bold, larger Normal paragraphs), the amendment in a floating text box, tracked changes not accepted",
            [
                f"# Wendlow Council - {TITLE}",
                "",
                "Amendment",
                "",
                "This chapter was revised in January 2025 to add the Equality Act 2010 to the legislation and to bring forward the date by which a permanence plan is agreed.",
                "",
            ],
            WENDLOW,
            False,
        ),
        "4103-docx-heading-alias-auto-numbered-paragraphs-history-table.docx": (
            docx_pendlesham,
            "Heading 1 with an alias, automatic numbering of headings and paragraphs (1., 1.1), an automatic lettered list, footnotes, a document history table",
            [
                "# Pendlesham County Council Children's Services: Policies, Values and Principles",
                "",
            ],
            PENDLESHAM,
            True,
        ),
        "4104-docx-outline-level-styles-cover-amendment-table-principles-table.docx": (
            docx_kilnworth,
            "house heading styles not based on Heading but with outline levels, a cover page with a version table, the amendment in a two-cell table, principles in a table",
            [
                f"# {TITLE}",
                "",
                "Kilnworth City Council",
                "",
                "Children's Social Care",
                "",
                "| Version | v3 |",
                "| Issued | October 2024 |",
                "| Review due | October 2026 |",
                "| Approved by | Children's Services Leadership Team |",
                "",
            ],
            KILNWORTH,
            False,
        ),
    }
    for name, (maker, what, head, blocks, numbered) in word.items():
        (HERE / name).write_bytes(maker())
        (HERE / f"{name}.md").write_text(note(what, head, blocks, numbered), encoding="utf-8")
        print(f"built {name}")
    pdfs = {
        "4105-pdf-libreoffice-from-word-page-x-of-y-footer.pdf": (
            lambda target: _libreoffice(docx_brindlecombe(), ".docx", target),
            "LibreOffice Writer printing a Word file: Heading styles, a running header, 'Page N of M' footer fields, a footnote",
            [f"# {TITLE}", ""],
            BRINDLECOMBE,
        ),
        "4106-pdf-weasyprint-two-column-cover-boxed-amendment-table.pdf": (
            pdf_oakhythe,
            "WeasyPrint: a two-column cover (council beside the title), a bordered details table, a boxed amendment table",
            [
                "| Oakhythe Council | Children's Services Policies, Values and Principles |",
                "",
                f"# {TITLE}",
                "",
                "Children's Services Procedures Manual, Part 1",
                "",
                "| Version | 2.0 |",
                "| Owner | Director of Children's Services |",
                "| Next review | September 2026 |",
                "",
                "Amendment",
                "In September 2024 this chapter was amended to name our practice framework and to extend the personal adviser offer to every care leaver up to 25.",
                "",
            ],
            OAKHYTHE,
        ),
        "4107-pdf-fpdf-running-header-page-x-of-y-bold-body-size-headings.pdf": (
            pdf_thornley,
            "fpdf2: running header on every page, footer 'Page N of M', headings bold at the body size",
            [f"# {TITLE}", ""],
            THORNLEY,
        ),
        "4108-pdf-weasyprint-justified-hyphenated-two-columns.pdf": (
            pdf_greyfield,
            "WeasyPrint: justified two-column text with automatic en-GB hyphenation, typed numbered headings",
            [f"# {TITLE}", ""],
            GREYFIELD,
        ),
    }
    for name, (maker, what, head, blocks) in pdfs.items():
        maker(HERE / name)
        (HERE / f"{name}.md").write_text(note(what, head, blocks), encoding="utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
