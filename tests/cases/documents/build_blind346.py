# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 346th blind set (34601-34604): run-in and inline headings, and a chapter with none.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, where each topic is named only inside its first paragraph:

- 34601 text (Brackenholme): every topic opens with a run-in heading on the same line as its first
  sentence, some ended by a full stop ("Scope. This chapter ..."), some by a spaced em dash with
  the sentence running on in lower case ("Corporate parenting — every councillor ..."); a topic's
  second paragraph has no lead; an issue line last.
- 34602 Word (Wenlow Vale): the title a whole bold Normal line, then Normal paragraphs each opening
  with a bold run ending in a colon ("The law:"), one with its colon outside the bold; Acts and
  principles as List Bullet paragraphs; a bold "Last updated:" field last.
- 34603 HTML (Farrowby): a page whose content is <p>s only; topics marked by <b> or <em> lead-ins
  inside the paragraph, some a label ended by a full stop, some the sentence's own first words
  ("<b>Corporate parenting</b> is a responsibility ..."); an italic last-updated line.
- 34604 markdown (Ravensgill): no heading of any kind; the topics are the items of one numbered
  list, with nested bullets and block quotes; the amendment note a block quote above the list.

usage: .venv/bin/python tests/cases/documents/build_blind346.py   (python-docx)
The Word build writes a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind346.py"

NAMES = {
    "34601": "34601-txt-run-in-headings-full-stop-and-em-dash-same-line-as-first-sentence-brackenholme-revised-month-five-acts-sentence-seven-stated-safe-and-together-three-months-21-or-25-education-or-ask-issue-label-children-in-care.txt",
    "34602": "34602-docx-bold-colon-run-in-labels-at-start-of-normal-paragraphs-bold-title-line-wenlow-vale-amended-month-six-list-bullet-seven-list-bullet-reclaiming-social-work-four-months-21-or-25-if-wanted-last-updated-looked-after-children.docx",
    "34603": "34603-html-p-only-b-and-em-lead-ins-inside-paragraphs-some-part-of-the-sentence-farrowby-revised-month-four-acts-sentence-seven-roman-in-sentence-signs-of-safety-six-months-25-for-all-last-updated-children-looked-after.html",
    "34604": "34604-md-no-headings-numbered-items-nested-bullets-block-quotes-ravensgill-amended-month-quote-six-nested-acts-seven-nested-family-safeguarding-five-months-21-or-25-education-or-disability-version-children-who-are-looked-after.md",
}

# fmt: off
# --- 34601 Brackenholme: run-in headings on the first sentence's line --------------------------

BRACKENHOLME: list[str] = [
    "Children's Services Policies, Values and Principles",
    "Brackenholme Borough Council: Children, Families and Learning",
    "Scope. This chapter applies to everyone who works in or for Brackenholme's children's services, including staff we commission from other organisations and the foster carers who care for children on our behalf. It explains the values we share and the principles on which the rest of this manual is built. It was revised in January 2026, when the parts on permanence and on care leavers were rewritten.",
    "The legal basis. Our duties come from Parliament. The Acts we rely on most are the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Where this chapter and the law seem to pull in different directions, the law wins.",
    "Partnership — no agency can keep a child safe by itself. Teachers, health visitors, GPs, police officers and housing officers often know a family long before we do, and our work depends on their telling us what they see and on our telling them what we are doing. The Brackenholme Safeguarding Children Partnership sets out how this happens, in line with Working Together to Safeguard Children.",
    "Values. We try to be the kind of service we would want for our own families. That means turning up when we say we will, explaining ourselves in plain words, and remembering that a child's life does not pause while we write our reports.",
    "We believe that most children are best brought up by their own families, that help should come early, and that a child's wishes deserve a hearing even when we cannot do what they ask.",
    "Corporate parenting — every councillor and every senior officer in Brackenholme is a parent to the children in our care, and is expected to ask of any decision whether it would be good enough for their own son or daughter. The Children and Social Work Act 2017 gives us seven principles to keep to, and our Corporate Parenting Committee checks twice a year how well we keep to them.",
    "Vision. We want Brackenholme to be somewhere children grow up safe, healthy and hopeful, and where children in care do as well as their classmates.",
    "Practice model — since 2022 our social workers have used Safe and Together, which keeps the focus on the parent who causes harm and works alongside the parent who is trying to protect the child.",
    "Permanence. Every child in care deserves to know where home will be. We expect a permanence plan to be in place within three months of a child coming into care, and we look first to the child's own family and friends before we consider adoption or long-term fostering.",
    "Leaving care. Growing up in care should not mean growing up alone. Each care leaver has a personal adviser until the age of 21, and until 25 if they are still in education or training or ask us to stay involved.",
    "Outcomes — we judge ourselves by what happens to children: whether they are safe, whether they go to school and make progress, whether their health is looked after, and whether they leave our care with a home and a plan for work or study.",
    "Confidentiality. What families tell us stays with us unless the law allows us to share it, they agree, or a child would be at risk if we kept quiet. We record every decision to share and the reason for it.",
    "Issue 6",
]

# --- 34602 Wenlow Vale: bold colon labels at the start of Normal paragraphs ---------------------

# ("title", text) a whole bold Normal line; ("p", text) plain; ("lead", bold, rest) a paragraph
# opening with a bold run; ("b", text) List Bullet.
WENLOW_VALE: list[tuple[str, ...]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Wenlow Vale Council — Children and Young People's Service"),
    ("lead", "Amendment:", "This chapter was amended in April 2026. The section on leaving care now reflects the council's updated local offer, and the list of legislation has been brought up to date."),
    ("lead", "Who this chapter is for:", "It applies to all practitioners and managers in the Children and Young People's Service, to staff in commissioned services and to the council's foster carers, and it should be read before any of the procedures that follow it."),
    ("lead", "The law:", "Our work is governed by a body of legislation, of which the most important parts are these:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("lead", "Working with others:", "Safeguarding children is the business of every agency that meets them. We work within the arrangements of the Wenlow Vale Safeguarding Children Partnership and the statutory guidance Working Together to Safeguard Children 2023, and we expect staff to share concerns promptly with colleagues in health, education and the police."),
    ("lead", "What we value:", "We put the child at the centre of every plan. We are honest with parents about our worries and about what needs to change. We value what families know about themselves, and we try to build on what is going well rather than only counting what is wrong."),
    ("lead", "Our ambition:", "We want every child in Wenlow Vale to grow up in a safe and loving home, to enjoy good health and to leave school with the skills and confidence to shape their own future."),
    ("lead", "Corporate parenting:", "When a child becomes looked after, the council as a whole becomes their corporate parent. In everything it does for looked after children and care leavers, the council must have regard to the need:"),
    ("b", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("lead", "How we practise:", "Wenlow Vale has adopted Reclaiming Social Work as its practice model. Practitioners work in small units led by a consultant social worker, share their cases across the unit and use systemic ideas to understand families."),
    ("lead", "Planning for permanence:", "A permanence plan should be agreed at the review held four months after a child becomes looked after, and no child should drift in care without one."),
    ("lead-colon-outside", "Leaving care", "Care leavers receive support from a personal adviser until they turn 21. Any care leaver who wants that support to carry on can keep it up to their 25th birthday."),
    ("lead", "Outcomes we look for:", "We will know we are making a difference when more children are supported safely at home, when looked after children have fewer moves and better school results, and when care leavers are settled in homes of their own and in work, education or training."),
    ("lead", "Sharing information:", "Personal information is handled under data protection law and the council's information governance policies. It is shared without consent only where that is necessary to protect a child, and every such decision is recorded."),
    ("lead", "Last updated:", "30 April 2026"),
]

# --- 34603 Farrowby: <p>s only, <b> and <em> lead-ins inside them -------------------------------

FARROWBY_TITLE = "Children's Services Policies, Values and Principles"
FARROWBY: list[str] = [
    f"<b>{FARROWBY_TITLE}</b>",
    "<b>About this chapter.</b> This chapter describes the values and principles that guide Farrowby's work with children, young people and their families. Every procedure in the manual is meant to be read alongside it. The chapter was last revised in July 2025.",
    "<b>The law</b> that shapes our work includes the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. We also follow the statutory guidance issued under them.",
    "<em>Partners.</em> Schools, health services and the police see far more children than we do. We rely on them to tell us when a child may be at risk, and they rely on us to act and to keep them informed.",
    "<b>What we believe.</b> Children should be heard, believed and kept safe. Families usually want the best for their children, and most can provide it with the right help at the right time.",
    "We will be open about what we are doing and why, and we will treat every family with respect, whatever their background.",
    "<b>Corporate parenting</b> is a responsibility shared by the whole council. For every child looked after by Farrowby, councillors and officers promise to (i) act in the child's best interests and promote their health and well-being; (ii) encourage them to say what they want and feel; (iii) take their views into account; (iv) help them use the services of the council and its partners; (v) aim high for them; (vi) keep them safe and give them stable homes and schooling; and (vii) prepare them for adulthood and independent living.",
    "<em>Looking ahead.</em> By 2030 we want Farrowby to be known as a place where children looked after by the council thrive, and where fewer children need to come into care at all.",
    "<b>Our practice model</b>, Signs of Safety, gives families and professionals a common way of talking about danger, strengths and safety goals. Every social worker is trained in it during their first year with us.",
    "<em>Permanence.</em> A child who cannot go home needs a permanent plan no later than six months after they become looked after, and relatives are always considered first.",
    "Young people leaving our care can have a personal adviser up to the age of 25, whatever they are doing.",
    "<b>Confidentiality</b> matters to the families we work with. We share what they tell us only when the law allows it, when they have agreed, or when a child needs protecting, and we explain our decision to them wherever it is safe to do so.",
    "<em>Page last updated 9 September 2025</em>",
]

# --- 34604 Ravensgill: one numbered list, no headings -------------------------------------------

RAVENSGILL = """Children's Services Policies, Values and Principles

Ravensgill Metropolitan Borough Council

> Amended in November 2025: the leaving care commitments in item 9 were extended and the legislation in item 2 was updated.

1. This chapter is for everyone who works with children and families for Ravensgill, whether they are employed by the council, work for a commissioned service or volunteer. It explains what we believe and how we expect to work.
2. Our responsibilities are set out in legislation, including:
   - the Children Act 1989;
   - the Children Act 2004;
   - the Children and Adoption Act 2006;
   - the Children and Families Act 2014;
   - the Children and Social Work Act 2017;
   - the Care Leavers (England) Regulations 2010.
3. Protecting children is a task we share with schools, health services, the police and the voluntary sector. We take part fully in the Ravensgill Safeguarding Children Partnership and expect every worker to pick up the phone to a colleague in another agency rather than wait for a meeting.
4. We hold ourselves to a few simple values:
   - we listen to children and take what they say seriously;
   - we are honest and reliable, and we do what we say we will do;
   - we respect each family's culture, identity and history.

   > "The best workers were the ones who came back when they said they would." (a young person from our care leavers' forum)
5. As corporate parents, councillors and officers share responsibility for every child who is looked after by Ravensgill. We have signed up to seven principles:
   - acting in the child's best interests and promoting their physical and mental health and well-being;
   - encouraging children to express their views, wishes and feelings;
   - taking those views, wishes and feelings into account;
   - helping children to gain access to, and make the best use of, the services available to them;
   - promoting high aspirations and the best outcomes;
   - keeping children safe, with stability in their home lives, relationships and education or work;
   - preparing children for adulthood and independent living.
6. Our vision is a borough where every child can say that they feel safe, that someone is on their side and that their future is worth working for.

   > Ravensgill: a good place to be young.
7. Ravensgill's practitioners work to Family Safeguarding. Social workers sit in teams alongside specialists in domestic abuse, substance misuse and adult mental health, so that parents can get help with the problems that put their children at risk.
8. We aim to agree a permanence plan for each child who is looked after by the time they have been in our care for five months.
   - Relatives and friends are assessed before anyone else.
   - Brothers and sisters are kept together wherever that is safe.
9. Young people who leave our care keep a personal adviser until they are 21, and until they are 25 if they are in education or training or have a disability.
10. We will measure our success by:
    - more children living safely at home;
    - better attendance and progress at school;
    - fewer moves for children who are looked after;
    - more care leavers in education, employment or training.
11. Information about children and families is shared only where the law allows, where consent has been given, or where a child would otherwise be at risk of harm. Every decision to share, and the reason for it, is recorded.

v3.2
"""
# fmt: on


def brackenholme() -> str:
    return "\n\n".join(BRACKENHOLME) + "\n"


def wenlow_vale() -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    for kind, *parts in WENLOW_VALE:
        if kind == "title":
            run = document.add_paragraph(style="Normal").add_run(parts[0])
            run.bold = True
            run.font.size = Pt(14)
        elif kind == "lead":
            paragraph = document.add_paragraph(style="Normal")
            paragraph.add_run(parts[0]).bold = True
            paragraph.add_run(" " + parts[1])
        elif kind == "lead-colon-outside":
            paragraph = document.add_paragraph(style="Normal")
            paragraph.add_run(parts[0]).bold = True
            paragraph.add_run(": " + parts[1])
        elif kind == "b":
            document.add_paragraph(parts[0], style="List Bullet")
        else:
            document.add_paragraph(parts[0], style="Normal")
    return saved_docx(document)


def _wenlow_vale_note() -> str:
    header = f"%% built by {SCRIPT}: python-docx; the title a whole bold 14 pt Normal line; Normal paragraphs opening with a bold run ending in a colon (one colon outside the bold); List Bullet Acts and principles"
    blocks: list[str] = []
    for kind, *parts in WENLOW_VALE:
        if kind == "b" and blocks and blocks[-1].startswith("- "):
            blocks[-1] += f"\n- {parts[0]}"
        elif kind == "b":
            blocks.append(f"- {parts[0]}")
        elif kind == "title":
            blocks.append(f"**{parts[0]}**")
        elif kind == "lead":
            blocks.append(f"**{parts[0]}** {parts[1]}")
        elif kind == "lead-colon-outside":
            blocks.append(f"**{parts[0]}**: {parts[1]}")
        else:
            blocks.append(parts[0])
    return "\n\n".join([header, *blocks]) + "\n"


def farrowby() -> str:
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in FARROWBY)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(FARROWBY_TITLE)} - Farrowby Council</title>
</head>
<body>
<header>
<p><a href="/">Farrowby Council</a></p>
<p><a href="/a-z">A to Z of services</a> <a href="/sign-in">Sign in</a></p>
</header>
<main>
{body}
</main>
<footer>
<p>Farrowby Council, Civic Offices, Abbey Lane, Farrowby</p>
<p><a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a> <a href="/cookies">Cookie settings</a></p>
</footer>
</body>
</html>
"""


def main() -> None:
    (HERE / NAMES["34601"]).write_text(brackenholme(), encoding="utf-8")
    docx_path = HERE / NAMES["34602"]
    docx_path.write_bytes(wenlow_vale())
    Path(f"{docx_path}.md").write_text(_wenlow_vale_note(), encoding="utf-8")
    (HERE / NAMES["34603"]).write_text(farrowby(), encoding="utf-8")
    (HERE / NAMES["34604"]).write_text(RAVENSGILL, encoding="utf-8")
    for name in NAMES.values():
        print("wrote", name)


if __name__ == "__main__":
    main()
