# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the three-hundred-and-sixth blind set (30601-30604): whole chapters with no headings.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words: a title line over eleven to thirteen paragraphs and not one
heading. The topic changes from paragraph to paragraph without any of the words a template's
headings or openings would use; in each chapter one paragraph carries two topics, and one topic
comes back later after others.

- 30601 plain text (Wrenholme): paragraphs hard-wrapped at 72 columns, blank lines between.
- 30602 markdown (Cradlebrook): an ATX title, one line per paragraph.
- 30603 HTML (Emberstow): <p> elements only inside one <div>, the title the first <p>.
- 30604 Word (Yarnsey): python-docx, Normal paragraphs only, the title typed as one more.

usage: python tests/cases/documents/build_blind306.py   (needs python-docx)
The Word build writes a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind306.py"

Block = tuple[str, str]

# fmt: off
WRENHOLME: list[Block] = [
    ("title", "Wrenholme Borough Council: Children's Services Policies, Values and Principles"),
    ("p", "What follows binds every person who works with children for Wrenholme: the borough's own staff, agency social workers, foster carers, and the providers it pays to look after children. It was last amended in April 2026, when the passage on young adults was rewritten."),
    ("p", "None of it is optional. Four Acts of Parliament give the borough its duties towards children: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Councillors and officers alike carry, for each child the borough looks after, the duties a mother or father would carry for their own. Parliament wrote those duties down in 2017 as seven principles, and the Looked After Children Committee asks every director each spring which of them their service has let slip."),
    ("p", "Ask a young person what makes a good worker and the answer is seldom about forms. They want someone who turns up, who remembers what was said last time, who explains a decision instead of announcing it, and who does not hand them to a stranger without warning. Wrenholme holds its staff to exactly that."),
    ("p", "Social workers in the borough lean on the Long View, a way of working Wrenholme shaped with parents in 2023: begin from what a family already does well, write the plan in words the family would use, and keep one worker beside a child for as long as that can be managed. If it is working, more children will stay safely at home, fewer will change school in the middle of a year, and more will leave care with a qualification."),
    ("p", "Most children are best brought up by their own people, and help that arrives early often keeps them there. When a child cannot stay at home, grandparents, older brothers and sisters, aunts and family friends are asked before anyone else."),
    ("p", "A child should not be left wondering for long where they will grow up. By the end of the third month after they start to be looked after, a permanence plan is agreed and written into their care plan."),
    ("p", "Families tell us things they would not tell a neighbour. Those confidences are written down only where they bear on a child's safety or care, kept where only the people working with that child can read them, and passed to another agency only when the law or a child's safety requires it."),
    ("p", "The borough's hope is a plain one: that a child who grew up in Wrenholme's care will one day call it home without having to explain what they mean."),
    ("p", "Honesty counts for as much as warmth. Workers tell parents plainly what worries them and what would put those worries to rest, and they put the same words in writing afterwards."),
    ("p", "Turning eighteen does not end anything. Young people keep a personal adviser until they are 21, and until 25 if they ask for one."),
    ("p", "Page updated 22 April 2026"),
]

CRADLEBROOK: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles \u2014 Cradlebrook County Council"),
    ("p", "Everyone in Cradlebrook's children's services, from the first call taken at the front door to the last visit made by the leaving care team, is expected to know what is written on this page. It was amended in November 2025 after the Children in Care Council read it line by line."),
    ("p", "We try to be the service a parent would want to deal with on their worst day: on time, straight-talking, patient with anger and careful with promises."),
    ("p", "When the county takes a child into care, its councillors take on something close to a parent's job, and the law lists seven things that job involves. The county's health, housing and police partners have agreed to act the same way, and once a year each of them signs a shared promise to children in care and says in public what it has done to keep it."),
    ("p", "Workers start every piece of work by drawing the people a child is linked to \u2014 parents, relatives, teachers, coaches, friends \u2014 and asking which of them could help. The county calls this Linked Lives, and all its social workers are trained in it during their first year."),
    ("p", "Children are asked, not told. What they want is written in their own words in every plan, and a child who disagrees with a decision is helped to say so to someone with the power to change it."),
    ("p", "Cradlebrook aims to settle a plan for permanence for every child in care within four months of their arrival."),
    ("p", "The county wants its children to be as ordinary as they can be: at the same school as their friends, with a bedroom of their own, and with nobody at the school gate knowing they are in care unless they choose to say so."),
    ("p", "Progress is counted in plain things. Did the child stay in the same home all year? Did they sit their exams? Did they see the people they asked to see?"),
    ("p", "Each elected member visits a children's home at least once a year and reports what they found to full Council, where the Cabinet Member for Children answers for it in public."),
    ("p", "At eighteen a young person moves to the leaving care team. Their personal adviser stays with them until they are 21, and to 25 for those still in education or training."),
    ("p", "The duties described here come mainly from the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017. The statutory guidance Working Together to Safeguard Children explains how agencies divide them."),
    ("p", "Nothing written about a child is passed on for convenience. A worker who shares it must be able to say why, and must note on the file who received it and when."),
    ("p", "Version 3.2"),
]

EMBERSTOW: list[Block] = [
    ("title", "Emberstow City Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "Students, volunteers, agency staff and permanent employees of Emberstow's children's services are all held to what is written below. It was amended in February 2026."),
    ("p", "Our social workers use a relationship-based way of working the city calls Lantern Practice. It draws on research into attachment and on the plain observation that families change when someone they trust believes they can."),
    ("p", "A child in Emberstow's care has, in effect, fifty-four parents: the city's councillors, who share with its officers the duty to want for that child what a good parent would want. They keep to the seven principles Parliament set down, and they meet as the Cared for Children Panel six times a year."),
    ("p", "Schools, doctors, the police and the voluntary sector see children we never meet. The city expects them to tell us when they are worried, and expects its own staff to listen when they do."),
    ("p", "Kindness without honesty helps no one, and honesty without kindness drives families away, so staff are asked to bring both to every visit. Ten years from now the city would like to be known as a place where children it cared for did as well as everyone else."),
    ("p", "No child should drift. A permanence plan is made within five months of a child coming into care and is checked at every review."),
    ("p", "Lantern Practice also changes how meetings are run: the family speaks first and the professionals second, and the plan is read aloud before anyone signs it."),
    ("p", "What the city wants to see is children who are well, who are learning, who are safe, and who have at least one adult they could ring at midnight."),
    ("p", "Young adults who have been in the city's care can keep a personal adviser until they reach 25."),
    ("p", "All of this sits on six Acts: the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Personal details go to another agency only when a child's safety needs it or the family agrees, and every such decision is noted on the child's file."),
    ("p", "Updated 9 March 2026"),
]

YARNSEY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles (Yarnsey Borough Council)"),
    ("p", "Yarnsey's children's services work inside limits set by Parliament and by choices the borough has made for itself. The Parliamentary limits are found chiefly in the Children Act 1989, the Children Act 2004, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Care Leavers (England) Regulations 2010."),
    ("p", "Keeping children safe is shared work. The borough, the county police and the local NHS board each name a lead, and those three leads decide together how worries about a child pass between them."),
    ("p", "Every member of the council, and every officer, is answerable for the children who are looked after by Yarnsey in the way a thoughtful parent is answerable for their own. The borough has adopted the seven principles of the 2017 Act word for word."),
    ("p", "Staff here are expected to be reliable and candid, to notice what is going well, and to stay curious when it is not."),
    ("p", "Children belong with their families whenever that can be made safe, and help is offered before problems harden. When a child who is looked after cannot go home, their plan for permanence is settled no later than six months after they came into care."),
    ("p", "Yarnsey wants to be the borough where a young person who grew up in its care is no more likely to be out of work than any other twenty-year-old."),
    ("p", "All practitioners are trained in Kitchen Table, an approach the borough adapted from family group conferencing, in which the family and the people close to them draw up the first plan themselves."),
    ("p", "The borough will judge itself by whether children who are looked after are healthy, in school and safe. Young people who leave its care have a personal adviser until they are 21, or until 25 if they are studying or training."),
    ("p", "Voluntary groups carry part of this too. Yarnsey pays two local charities to run mentoring for the teenagers it looks after and a drop-in for young parents, and their staff attend the same training as the borough's own."),
    ("p", "Records are written with the child as their future reader. They are stored securely and go to another service only when a child's safety or a court requires it, or when the family has agreed."),
    ("p", "Every person working in or for Yarnsey's children's services is bound by these pages, which were last amended in September 2025."),
    ("p", "Version 7"),
]
# fmt: on

NAMES = {
    "30601": "30601-txt-hard-wrapped-72-no-headings-parents-duties-seven-values-as-what-young-people-want-model-and-outcomes-in-one-paragraph-third-month-values-come-back-21-or-25-if-asked-page-updated.txt",
    "30602": "30602-md-atx-title-no-headings-scope-first-corporate-parenting-and-partners-in-one-paragraph-model-named-at-end-four-months-corporate-parenting-comes-back-five-acts-late-version.md",
    "30603": "30603-html-p-only-no-headings-model-first-fifty-four-parents-seven-values-and-vision-in-one-paragraph-five-months-model-comes-back-25-for-all-six-acts-late-updated-day.html",
    "30604": "30604-docx-normal-paragraphs-typed-title-no-headings-law-first-five-items-families-and-permanence-six-months-outcomes-and-leaving-care-in-one-paragraph-partners-come-back-scope-last-version.docx",
}


def _hard_wrapped(blocks: list[Block], width: int) -> str:
    paragraphs = [
        text if kind == "title" else textwrap.fill(text, width=width) for kind, text in blocks
    ]
    return "\n\n".join(paragraphs) + "\n"


def _p_only_page(blocks: list[Block]) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(text, quote=False)}</p>" for _kind, text in blocks)
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>Policies, Values and Principles | Emberstow City Council</title>\n</head>\n"
        f'<body>\n<div class="page-content">\n{paragraphs}\n</div>\n</body>\n</html>\n'
    )


def main() -> None:
    from build_binary_tools import blocks_note, styled_docx, title_markdown

    (HERE / NAMES["30601"]).write_text(_hard_wrapped(WRENHOLME, 72), encoding="utf-8")
    (HERE / NAMES["30602"]).write_text(title_markdown(CRADLEBROOK), encoding="utf-8")
    (HERE / NAMES["30603"]).write_text(_p_only_page(EMBERSTOW), encoding="utf-8")
    (HERE / NAMES["30604"]).write_bytes(styled_docx(YARNSEY, {}))
    (HERE / (NAMES["30604"] + ".md")).write_text(
        blocks_note(
            YARNSEY,
            SCRIPT,
            "python-docx, Normal paragraphs only, the title typed as a Normal paragraph",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
