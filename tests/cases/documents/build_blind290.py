# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-ninetieth blind set (29001-29004): headings named by meaning.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, whose headings name their sections by meaning in wordings
earlier sets did not use: imperatives, the reader named as a noun, metaphors, Welsh/English pairs,
emoji copied from a page, a heading naming two kinds, "Part N:" headings and sub-headings under a
principles section.

- 29001 markdown (Fernhallow): `##` headings as imperatives and metaphors.
- 29002 HTML (Llanwyre): a council page with Welsh/English heading pairs, site chrome around it.
- 29003 text (Hexworth): a page copied from a browser, emoji before each heading, list items as
  plain lines, the site's chrome above and below.
- 29004 Word (Mardale Cross): python-docx, "Part N:" headings in Heading 1, sub-headings in
  Heading 2 under the principles part, the Acts a numbered list.

usage: python tests/cases/documents/build_blind290.py   (needs python-docx)
The Word build writes a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind290.py"

Block = tuple[str, str]

NAMES = {
    "29001": "29001-md-imperative-and-metaphor-headings-golden-thread-values-our-compass-model-fernhallow-amended-month-six-acts-seven-principles-systemic-practice-seven-months-21-or-25-apprenticeship-cared-for.md",
    "29002": "29002-html-welsh-english-heading-pairs-site-chrome-two-kinds-heading-llanwyre-amended-month-five-acts-six-charter-principles-signs-of-wellbeing-eight-months-21-or-25-education-children-looked-after.html",
    "29003": "29003-txt-browser-copy-emoji-headings-reader-noun-scope-heading-plain-line-lists-hexworth-last-updated-day-amended-month-four-acts-seven-listed-reclaiming-social-work-ten-months-21-or-25-if-they-ask.txt",
    "29004": "29004-docx-part-number-colon-headings-heading-1-sub-headings-heading-2-under-principles-mardale-cross-amended-day-eight-numbered-acts-seven-in-sentence-signs-of-safety-mockingbird-six-months-21-or-25-training-lac.docx",
}

# fmt: off
FERNHALLOW = """# Fernhallow Borough Council: Children's Services Policies, Values and Principles

## Before you read on

This chapter is written for everyone who works with children and young people on Fernhallow's behalf: social workers, personal advisers, residential staff, foster carers and the services we commission. It was amended in March 2026 to add the section on the Corporate Parenting Forum.

## Know the law

The council's duties to children come from the following Acts:

- Children Act 1989
- Children (Leaving Care) Act 2000
- Adoption and Children Act 2002
- Children Act 2004
- Children and Families Act 2014
- Children and Social Work Act 2017

Statutory guidance and regulations made under these Acts tell us how to carry out those duties day to day.

## Work as one team

No single agency can keep a child safe on its own. We work with the police, health services, schools and the voluntary sector through the Fernhallow Safeguarding Children Partnership, as Working Together to Safeguard Children 2023 requires.

## The golden thread

Three values run like a golden thread through all of our work: respect for children and the people who love them, curiosity about what lies behind what we see, and constancy, so that children are not passed from worker to worker.

## Put children first

Cared for Children are asked for their views before every decision about their lives, and those views are written down in their own words. An independent visitor or an advocate is offered to every child who wants one.

## Find a home for good

When a child cannot live safely at home, we look first to their wider family and friends. A plan for permanence is agreed within seven months of the child coming into care and is checked at every review until it is achieved.

## Be a parent who stays

Every councillor and every officer of Fernhallow is a corporate parent. We hold ourselves to the seven corporate parenting principles, and the Corporate Parenting Forum, chaired by the Lead Member for Children, meets every two months with care-experienced young people.

## Our compass

Systemic Practice is the compass our practitioners steer by. It asks them to see each child within the relationships around them, to hold more than one explanation in mind, and to talk through their thinking in weekly group supervision.

## Leaving care well

Care leavers keep a personal adviser until they are 21, and until they are 25 if they are in an apprenticeship or training. Each young person's pathway plan is reviewed with them every six months.

## Keep what you are told safe

Information about Cared for Children and their families is shared only with those who need it to keep a child safe or to meet the child's needs, and in line with data protection law. Children are told who can see their records and how to ask for a copy.
"""

LLANWYRE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Children's Services Policies, Values and Principles | Llanwyre County Council</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/site.js"></script>
</head>
<body>
<a class="skip-link" href="#content">Skip to main content / Neidio i'r prif gynnwys</a>
<header class="site-header">
  <a class="logo" href="/">Llanwyre County Council / Cyngor Sir Llanwyre</a>
  <a class="lang-toggle" href="/cy/gwasanaethau-plant/polisiau" lang="cy">Cymraeg</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/bins">Bins and recycling</a></li>
      <li><a href="/children">Children and families</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/children">Children and families</a></li>
    <li><a href="/children/procedures">Procedures manual</a></li>
  </ol>
</nav>
<main id="content">
<h1>Children's Services Policies, Values and Principles / Polisïau, Gwerthoedd ac Egwyddorion Gwasanaethau Plant</h1>

<h2>Am y bennod hon / About this chapter</h2>
<p>This chapter sets out what Llanwyre's children's services believe and how those beliefs shape our work. It applies to all staff, foster carers and commissioned services. The chapter was amended in October 2025 to reflect the new Corporate Parenting Charter.</p>

<h2>Y gyfraith / The law</h2>
<p>We work within these Acts:</p>
<ul>
  <li>Children Act 1989</li>
  <li>Adoption and Children Act 2002</li>
  <li>Children Act 2004</li>
  <li>Social Services and Well-being (Wales) Act 2014</li>
  <li>Well-being of Future Generations (Wales) Act 2015</li>
</ul>
<p>The codes of practice issued under the 2014 Act explain how these duties are carried out.</p>

<h2>Ein gwerthoedd / Our values</h2>
<p>We are warm, straightforward and persistent. We speak to children and families in the language they choose, Welsh or English, and we do what we say we will do.</p>

<h2>Rhianta corfforaethol / Corporate parenting</h2>
<p>Llanwyre County Council is corporate parent to every one of its Children Looked After and to young people who have left its care. Our Corporate Parenting Charter sets out six corporate parenting principles, which every service of the council has signed, and the Corporate Parenting Board reports on them to full council each year.</p>

<h2>Ein ffordd o weithio / How we practise</h2>
<p>Our social workers use Signs of Wellbeing to work alongside families. It helps families and practitioners to agree what is working well, what they are worried about and what needs to happen next, using words that children can understand.</p>

<h2>Cartref parhaol / A home that lasts</h2>
<p>Every Child Looked After should know where they will grow up. A plan for permanence is agreed within eight months of the child becoming looked after, and a return to family is always considered first.</p>

<h2>Gadael gofal / Leaving care</h2>
<p>Young people who leave our care have a personal adviser until they are 21, or until they are 25 if they are in education or training. Through the When I am Ready scheme, young people can stay with their foster carers after they turn 18.</p>

<h2>Diogelu a rhannu gwybodaeth / Safeguarding and sharing information</h2>
<p>Sharing information at the right time is part of keeping children safe. We share personal information with partner agencies only where the law allows, we record what was shared and why, and we tell families unless doing so would put a child at risk.</p>
</main>
<footer class="site-footer">
  <p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p>
  <p>&copy; Llanwyre County Council 2025</p>
</footer>
</body>
</html>
"""

HEXWORTH = """Skip to main content
Hexworth Council
Menu
Search
Home
Children and families
Children's services procedures
\U0001F4C4 Children's Services Policies, Values and Principles
Last updated: 14 January 2026

\U0001F465 For foster carers and staff
This chapter is for foster carers, social workers, residential staff and anyone who provides a service to Children in Care on Hexworth Council's behalf. It was amended in January 2026 to bring the leaving care section up to date.

\U0001F4DC What the law asks of us
Our duties come mainly from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Regulations and statutory guidance fill in the detail.

\U0001F91D Around the child
Safeguarding children is everyone's business. The council, the police and the integrated care board lead the Hexworth Safeguarding Children Partnership and follow Working Together to Safeguard Children 2023.

\U0001F49A What we stand for
We are honest with children and families.
We notice and build on what is going well.
We keep our promises, and when we cannot, we say why.

\u2B50 Where we are heading
We want Hexworth to be a place where Children in Care feel safe, do well at school and leave care with a home, a job or a course, and people who care about them.

\U0001F3DB\uFE0F Councillors as parents
As corporate parents, the council's members and officers act on the seven corporate parenting principles:
to act in the best interests, and promote the physical and mental health and well-being, of children and young people
to take into account their views, wishes and feelings
to help them gain access to, and make the best use of, services provided by the council and its partners
to promote high aspirations, and seek to secure the best outcomes, for them
to make sure they are safe, and have stability in their home lives, relationships and education or work
to prepare them for adulthood and independent living
to promote their interests

\U0001F9E9 The way we work
Hexworth's social work is built on Reclaiming Social Work: small units led by a consultant social worker, shared case responsibility, and time set aside each week to think about families together.

\U0001F3E1 Growing up in a family
Children do best in families. We help parents to care for their children safely at home, and if a child must come into care, we look first to relatives and friends. A plan for permanence is made within 10 months of a child coming into care.

\U0001F393 After care
Young people leaving care have a personal adviser until the age of 21, and up to 25 if they ask for it. They can stay with their foster carers under Staying Put until they are 21.

\U0001F5C2\uFE0F Records and privacy
Information about a child is shared only when it is needed to protect them or to meet their needs. We keep records accurate and secure, and young people can ask to see their own file.

Was this page helpful?
Yes
No
Back to top
Contact us
Accessibility statement
Privacy notice
\u00A9 2026 Hexworth Council
"""

MARDALE: list[Block] = [
    ("title", "Mardale Cross Council \u2013 Children's Services Policies, Values and Principles"),
    ("h", "Part 1: Purpose and reach"),
    ("p", "This chapter sets out the values and principles that guide Mardale Cross Council's work with children, young people and their families. It applies to all children's services staff, foster carers and commissioned providers."),
    ("p", "The chapter was amended on 2 February 2026 to describe the Mockingbird constellations."),
    ("h", "Part 2: Statute and guidance"),
    ("p", "Our responsibilities are set by these Acts:"),
    ("n", "Children Act 1989"),
    ("n", "Children (Leaving Care) Act 2000"),
    ("n", "Adoption and Children Act 2002"),
    ("n", "Children Act 2004"),
    ("n", "Children and Young Persons Act 2008"),
    ("n", "Equality Act 2010"),
    ("n", "Children and Families Act 2014"),
    ("n", "Children and Social Work Act 2017"),
    ("h", "Part 3: One team around the child"),
    ("p", "Children are safest when agencies work as one. The Mardale Cross Safeguarding Children Partnership brings together the council, the police and health services under Working Together to Safeguard Children 2023."),
    ("h", "Part 4: What matters to us"),
    ("p", "We value fairness, openness and hope. We treat every family with respect, we explain our decisions, and we never give up on a child."),
    ("h", "Part 5: Principles in practice"),
    ("p", "Four principles guide every plan we make."),
    ("h2", "Family before formal care"),
    ("p", "Where it is safe, children grow up with their own families. Before a child comes into care we look to grandparents, aunts, uncles and friends who could care for them."),
    ("h2", "No drift, no delay"),
    ("p", "Every Looked After Child has a plan for permanence within six months of coming into care, so that no child waits to know where they will grow up."),
    ("h2", "Heard and counted"),
    ("p", "Children and young people take part in their reviews and can bring an advocate. What they tell us is recorded and acted upon."),
    ("h2", "Moving on from care"),
    ("p", "Care leavers are supported by a personal adviser until they are 21, and until they are 25 if they are still in training or work-based learning."),
    ("h", "Part 6: Councillors who care"),
    ("p", "Mardale Cross Council is corporate parent to its Looked After Children and care leavers. Councillors and officers follow the seven corporate parenting principles set out in law, and the Corporate Parenting Panel hears from the Children in Care Council at each meeting."),
    ("h", "Part 7: Signs of Safety and Mockingbird"),
    ("p", "Our social workers practise Signs of Safety, mapping with families the dangers, the strengths and the next steps, and writing plans that children can read."),
    ("p", "Our fostering service runs the Mockingbird model, in which a hub carer supports six to ten fostering households as an extended family."),
    ("h", "Part 8: Where we are heading"),
    ("p", "Our vision is that every child in Mardale Cross grows up safe, loved and ambitious, and that Looked After Children have the same chances in life as their friends."),
    ("h", "Part 9: Privacy and records"),
    ("p", "We share personal information only where it is necessary and lawful, and we keep children's records accurate and secure."),
]
# fmt: on


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_heading(text, level=1)
        elif kind == "h2":
            document.add_heading(text, level=2)
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def main() -> None:
    from build_binary_tools import blocks_note

    (HERE / NAMES["29001"]).write_text(FERNHALLOW, encoding="utf-8")
    (HERE / NAMES["29002"]).write_text(LLANWYRE, encoding="utf-8")
    (HERE / NAMES["29003"]).write_text(HEXWORTH, encoding="utf-8")
    (HERE / NAMES["29004"]).write_bytes(_word(MARDALE))
    note_blocks = [("h", "### " + text) if kind == "h2" else (kind, text) for kind, text in MARDALE]
    (HERE / (NAMES["29004"] + ".md")).write_text(
        blocks_note(
            note_blocks,
            SCRIPT,
            "python-docx, Title, Heading 1 'Part N:' headings, Heading 2 sub-headings, List Number Acts",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
