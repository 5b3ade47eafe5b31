# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the three-hundred-and-twentieth blind set (32001-32004): un-headed chapters, plain words.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no heading markup at all and no template cue phrase
opening a topic ("Our values", "Corporate parenting", "Our practice model" ...):

- 32001 text (Oxwardine): a title line, then every topic in two or three short paragraphs, in an
  unusual order (scope, leaving care, the council as parent, the named way of working in the
  middle, the law, values, partners, family and permanence, vision, information, a contact line).
- 32002 markdown (Calderstow): no `#` at all, a plain title line, paragraphs that open on a
  question and answer it in plain type (no bold), `-` lists for the Acts, the values, the seven
  principles and the measures, a version line last.
- 32003 HTML (Wetherdown): one <article> holding only <p> elements (the title the first <p>), no
  h1-h6 and no strong, the amendment note a paragraph in the middle of the page, a last-updated
  line last.
- 32004 Word (Pennycombe): Normal paragraphs only, no title at all, one paragraph carrying two
  topics (the hope, then how success is counted), a version line last.

usage: .venv/bin/python tests/cases/documents/build_blind320.py   (needs python-docx)
The Word build writes a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind320.py"

Block = tuple[str, str]

# fmt: off
OXWARDINE: list[Block] = [
    ("title", "Oxwardine Borough Council: how our children's services work - policies, values and principles"),
    ("p", "Anybody who works with children on Oxwardine's behalf should know what is in these pages. That means the borough's social workers and family support staff, the managers above them, foster carers and residential staff, and every agency the borough pays to care for a child."),
    ("p", "Parts of these pages were rewritten in June 2026. The biggest change is to what young people can expect once they move on from the borough's care."),
    ("p", "Turning eighteen does not mean a young person has to manage alone. Everyone who has lived in Oxwardine's care gets a personal adviser, a named person they can ring, up to their 21st birthday."),
    ("p", "Someone still at college or university, or in an apprenticeship, can keep that adviser up to the age of 25. Young people can also stay on with their foster family after eighteen if both sides want it, and the borough helps with the cost of a first flat."),
    ("p", "When a child comes into care, the borough council as a whole takes on the part a parent plays. That is not a job for the social worker alone: every one of the borough's councillors, and every senior manager in every department, carries a share of it."),
    ("p", "The law sets out seven principles for this work, and Oxwardine's councillors check themselves against them twice a year with a group of young people who have been in care. One plain question sits behind all seven: would this be good enough for my own child?"),
    ("p", "Oxwardine's social workers and family support staff all go about their work in the same way, which the borough calls Rooted Together."),
    ("p", "In plain terms it means workers start from the people a family already trusts. At the first meeting they ask who the child would want in the room, and those people are invited to every meeting after that."),
    ("p", "Plans are written in the family's words, not in the language of reports, and every plan says what the family will do, what the worker will do and what will happen if things go wrong. Managers go through a sample of plans each month and ring families to ask whether the plans made sense to them."),
    ("p", "None of this is an optional extra. The borough's duties to children are written into law, chiefly the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Where a later Act or new regulations change what the borough has to do, these pages are brought into line, and staff are told what has changed."),
    ("p", "Children who have been through the borough's care were asked what mattered to them about the adults in their lives. Their replies came down to being honest, being reliable and being kind, and those three words are what Oxwardine asks of its staff."),
    ("p", "Day to day that means telling children the truth about their situation in a way they can follow, turning up when you said you would, and never treating a child as a case number."),
    ("p", "Social workers are not the only people who notice when a child is struggling. Teachers, nursery staff, GPs, health visitors and the police are often the first to see it, and each of them has a duty to speak up."),
    ("p", "The borough, the integrated care board and the police run the Oxwardine Safeguarding Children Partnership together. Its members meet every quarter to look at what has gone well and what needs to be done differently."),
    ("p", "Most children do best growing up with their own families, so the borough offers help early, before problems get out of hand. When a child cannot stay at home, grandparents, aunts, uncles and close family friends are looked at first."),
    ("p", "No child in care should be left wondering where they will be living next year. Each one should have a settled plan for their future agreed within six months of arriving in care, and children are told about their plan in words they understand."),
    ("p", "Ask Oxwardine's staff what they are working towards and the answer should be the same: children who feel safe, who are loved, and who are given the chances any good parent would want for them."),
    ("p", "The borough would like to reach the point where a young person who grew up in its care would say, looking back, that the council did right by them."),
    ("p", "Families trust the borough with private things about their lives. Records are kept securely, and only the staff who need to see them can open them."),
    ("p", "Information is passed to another agency when the law allows it or when a child might otherwise come to harm. Families are told when that happens unless telling them would put a child at risk."),
    ("p", "If anything in these pages is unclear, speak to your team manager."),
]

CALDERSTOW: list[Block] = [
    ("title", "Calderstow City Council - Children's Services: Policies, Values and Principles"),
    ("p", "Who needs to read this? Every member of staff in the city's children's services, from the duty team to the fostering service, and anyone employed by an agency or charity that looks after children for the city. This version dates from January 2026, when the list of laws below was brought up to date."),
    ("p", "Where do the city's duties come from? From Acts of Parliament, mainly these:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "What do we expect of the people who do this work? Three things above all:"),
    ("b", "that they listen before they decide;"),
    ("b", "that they are open with families about what worries them;"),
    ("b", "that they keep going when things get hard."),
    ("p", "What are we trying to achieve? Put simply, we want every child in Calderstow to grow up safe, with people around them who care, and to leave childhood ready for the life they choose."),
    ("p", "How do social workers here go about their work? They use Level Path, which the city took up in 2024. A worker's first task is to understand how the family sees its own situation; the second is to agree with them one small change that can be made within a fortnight; the third is to come back and check that it happened. Most of the training budget goes on it."),
    ("p", "Who is a cared for child's parent? Once a child is cared for by the city, the council stands in as the child's parent, and every councillor and senior officer shares that role. There are seven principles they must keep to:"),
    ("b", "put the child's interests and well-being first;"),
    ("b", "find out what the child wants and feels;"),
    ("b", "give real weight to those views when decisions are made;"),
    ("b", "help the child reach the services that could benefit them;"),
    ("b", "aim high for the child;"),
    ("b", "keep the child safe and settled at home, at school and in their relationships;"),
    ("b", "get the child ready for adult life and for living on their own."),
    ("p", "How are decisions about where a child lives made? The city helps families to stay together wherever that is safe, and looks to relatives and friends before strangers when it is not. Each cared for child should have a permanent plan within three months of coming into care."),
    ("p", "What about after eighteen? Young people who were cared for by the city keep a personal adviser until they are 21, or until 25 if they ask for one. They can also stay on with their foster carers and get help towards a deposit on a first home."),
    ("p", "Who else is involved? Schools, the hospital trust, GPs and the police each have duties of their own to protect children, and the city works with them through the Calderstow Children's Safeguarding Partnership. The government's guidance, Working Together to Safeguard Children, sets out who does what."),
    ("p", "How will we know it is working? We will look at:"),
    ("b", "how many cared for children stay in the same home for at least two years;"),
    ("b", "school attendance and exam results;"),
    ("b", "whether care leavers are in work, study or training;"),
    ("b", "what children tell us in their yearly survey."),
    ("p", "What happens to what families tell us? It is written down accurately, stored securely and shared only when the law allows it or a child needs protecting."),
    ("p", "Version 3.1"),
]

WETHERDOWN: list[Block] = [
    ("title", "Wetherdown County Council - Children's Services Policies, Values and Principles"),
    ("p", "Wetherdown's work with children rests on Acts of Parliament, of which the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017 matter most. This page explains how the county turns those duties into everyday practice."),
    ("p", "It is meant for the county's own children's social care staff, for the foster carers it approves, and for the homes and agencies it buys places from."),
    ("p", "Children looked after by Wetherdown have the county council as their parent. Councillors and senior officers are expected to take the same interest in those children's schooling, health and friendships as they would in their own family's, and to keep asking whether what the council does for them is good enough."),
    ("p", "Staff here are asked to be straightforward, to be patient, and to remember that every family has strengths as well as difficulties. Children have told the county that they notice when adults are in a hurry, and that they trust the ones who make time."),
    ("p", "A note on changes: in February 2026 we rewrote the paragraph about young people leaving care and added the county's new offer on housing."),
    ("p", "Workers meet families in their own homes wherever they can, and they bring the family's wider circle into the planning early. Every plan is tested against one question: what would the child say about it? Supervision looks at the child's experience first and the paperwork second."),
    ("p", "Children looked after should grow up with their own families wherever that can be made safe, and with relatives or friends where it cannot. A plan for where each child will live in the long run is made no later than five months after they start to be looked after."),
    ("p", "Young people leaving Wetherdown's care keep a personal adviser to the age of 21, and to 25 if they are in education or training. Those who need it get priority for the county's supported lodgings and help with a first tenancy."),
    ("p", "Schools, health services, the police and the district councils all have a part in keeping children safe, and the Wetherdown Safeguarding Children Partnership agrees who does what. No agency should assume that somebody else has already acted."),
    ("p", "The county hopes that every child it looks after will grow up feeling wanted, will do well at school and will leave care with somebody still on their side."),
    ("p", "Progress is checked each year against a few plain measures: how often children have to move home, how many are in school every day, how many see a dentist, and how many care leavers have somewhere settled to live."),
    ("p", "Personal information is kept securely and shared only with people who need it to keep a child safe or to provide a service, and always within the law."),
    ("p", "Last updated 22 May 2026"),
]

PENNYCOMBE: list[Block] = [
    ("p", "This chapter of Pennycombe Borough Council's procedures manual applies to everyone working in children's services, whether employed by the council or by an organisation it commissions. Pennycombe revised it in September 2025 to take account of changes to the law on family help."),
    ("p", "Keeping children safe is shared work. Midwives, schools, the police, youth workers and housing officers all see children and families the council may never meet, and each has agreed through the Pennycombe Safeguarding Partnership to raise a concern as soon as they have one."),
    ("p", "The council acts under a number of statutes, in particular the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "What Pennycombe asks of its staff is respect for families, honesty about what is going on, and persistence. A child who has waited a long time for help should not have to wait any longer because a form is missing."),
    ("p", "Children are helped to stay with their parents whenever that is safe, and when it is not, relatives and close friends are the first people asked to step in. Every looked after child should have a long-term plan agreed within 4 months of becoming looked after."),
    ("p", "Councillors and senior managers share responsibility for looked after children in the way a parent would. They have seven principles to work to, and a panel of councillors meets every two months to hear from looked after children about how well the council is doing."),
    ("p", "Pennycombe wants children who grow up in its care to have the same start in life as anyone else's children. We will know whether we are getting there by counting how many of them stay in one home, do well at school, are healthy, and go on to work or study."),
    ("p", "Staff across the service have been trained in Restorative Practice. They work with families rather than doing things to them or for them, and when something goes wrong they talk it through with the people affected and agree together how to put it right."),
    ("p", "Young people who leave the council's care have a personal adviser up to the age of 21, and beyond that up to 25 for those who want it. The council pays their council tax until they turn 25 and helps them find and furnish a home."),
    ("p", "What families tell us is kept confidential. It is shared only where the law permits it or where a child's safety requires it, and families are told about it unless that would put a child at risk."),
    ("p", "Version 2.0"),
]
# fmt: on

NAMES = {
    "32001": "32001-txt-title-line-no-headings-two-or-three-short-paragraphs-a-topic-leaving-care-second-council-takes-parents-part-seven-rooted-together-in-middle-four-acts-six-months-21-or-25-college-children-in-care.txt",
    "32002": "32002-md-no-hash-plain-title-question-and-answer-paragraphs-no-bold-dash-lists-five-acts-seven-listed-level-path-three-months-21-or-25-if-asked-cared-for-children-version-last.md",
    "32003": "32003-html-article-of-p-only-no-headings-no-strong-three-acts-first-parent-no-principles-amendment-note-in-middle-no-model-name-five-months-21-or-25-education-last-updated-children-looked-after.html",
    "32004": "32004-docx-normal-paragraphs-only-no-title-partners-before-law-six-acts-4-months-seven-vision-and-outcomes-in-one-paragraph-restorative-practice-21-or-25-for-those-who-want-version-last-looked-after-children.docx",
}


def _article_page(blocks: list[Block]) -> str:
    title = html.escape(blocks[0][1], quote=False)
    body = [f"<p>{html.escape(text, quote=False)}</p>" for _kind, text in blocks]
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n<article>\n"
        + "\n".join(body)
        + "\n</article>\n</body>\n</html>\n"
    )


def main() -> None:
    from build_binary_tools import blocks_note, dash_list_markdown, plain_text, styled_docx

    (HERE / NAMES["32001"]).write_text(plain_text(OXWARDINE), encoding="utf-8")
    (HERE / NAMES["32002"]).write_text(dash_list_markdown(CALDERSTOW), encoding="utf-8")
    (HERE / NAMES["32003"]).write_text(_article_page(WETHERDOWN), encoding="utf-8")
    docx_path = HERE / NAMES["32004"]
    docx_path.write_bytes(styled_docx(PENNYCOMBE, {}, default_style="Normal"))
    docx_path.with_name(docx_path.name + ".md").write_text(
        blocks_note(PENNYCOMBE, SCRIPT, "python-docx, Normal paragraphs only, no title, no bold"),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
