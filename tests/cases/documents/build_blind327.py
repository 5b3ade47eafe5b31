# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 327th blind set (32701-32704): un-headed chapters in an officer's plain vocabulary.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no heading markup at all, in shapes and words the
earlier un-headed sets (blind311, blind312, blind314, blind318, blind320) did not use:

- 32701 text (Sallowbridge): a letter to staff in the first person plural ("Dear colleagues,",
  "We want you to know ..."), the topics in an unusual order (the council as parent straight
  after the scope, the law in the middle, the hope near the end), a sign-off last.
- 32702 markdown (Amblesey): no `#` and no bold; every topic a one-sentence lead-in ending in a
  colon over a short `-` list; a dated list of changes first; a version line last.
- 32703 HTML (Cotterhithe): `<div>`s and `<p>`s only; each topic one long paragraph, and between
  topics a one-sentence paragraph that says what comes next; a "Page last reviewed" line last.
- 32704 Word (Caddowfield): Normal paragraphs only, the title one of them, written to the
  children and young people in care ("If you are in our care, ..."), a contact line last.

usage: .venv/bin/python tests/cases/documents/build_blind327.py   (needs python-docx)
The Word build writes a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind327.py"

Block = tuple[str, str]

# fmt: off
SALLOWBRIDGE: list[Block] = [
    ("title", "Sallowbridge Borough Council - Children's Services Policies, Values and Principles"),
    ("p", "Dear colleagues,"),
    ("p", "We want you to know why this letter exists. It is the chapter of our procedures manual that says what we believe and how we expect to work, and we have written it for everyone who works with Sallowbridge's children: social workers, family workers, personal advisers, foster carers, the staff of our two children's homes and the agencies we commission. We rewrote it in March 2026, mostly to say more about young people leaving our care."),
    ("p", "We want you to know, first of all, that the borough is a parent. When a child comes to live in our care, each of our forty-two councillors and every senior officer takes on part of the job a mother or father would do, and so do you. Parliament has written down seven principles for how a council should behave as a parent, and we have pinned them to the wall of every team room. Twice a year we ask looked after children to tell us whether we are living up to them."),
    ("p", "Please never let a child drift. Every looked after child needs to know, as early as we can tell them, where they are going to grow up, and we expect that to be settled by the end of the child's third month with us. Where going home is not safe, we look to grandparents, aunts, uncles and friends the family trusts before we look to strangers, and we keep brothers and sisters together unless there is a strong reason not to."),
    ("p", "We also want you to know what we prize in the people who do this work. Plain speaking comes first: families deserve to hear our worries in words they understand. Staying power comes next, because children tell us that the adults who mattered were the ones who did not give up on them. And warmth matters too; it costs nothing and it is remembered for years."),
    ("p", "The duties we carry are not ours to choose. They come from Parliament, above all from the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations made under them. When the law moves, this letter moves with it."),
    ("p", "You will have heard us talk about units. Our approach is Reclaiming Social Work: small units led by a consultant social worker share every family between them, talk each family through together once a week, and keep paperwork to a minimum so there is time to sit with parents and children. New starters spend their first month shadowing a unit before they hold a family of their own."),
    ("p", "Over the three years to 2028 we are moving money and people towards help that comes early. We will open two more family hubs, cut by a third the number of children who live more than twenty miles from Sallowbridge, and bring our residential care back inside the borough. Each spring the Lead Member will report to full council on how far we have got."),
    ("p", "Leaving care is not an ending. Every young person we have looked after keeps a personal adviser until they are 21. If they go on to college, university or an apprenticeship, or simply tell us they still want the help, the adviser stays with them until they are 25. We also pay council tax for care leavers living in the borough up to their 25th birthday."),
    ("p", "You are not on your own in any of this. Health visitors, teachers, GPs, police officers and youth workers all see things we miss, and Working Together to Safeguard Children 2023 makes each of them share the duty to act. The Sallowbridge Children's Partnership brings the council, the health board and the police together, and its learning reviews are open to every member of staff."),
    ("p", "If we get all of this right, we picture a Sallowbridge where no child grows up wondering whether anyone is on their side, where families ask us for help early because they trust us, and where young people who grew up in our care look back and say we were good parents to them."),
    ("p", "Lastly, the stories families tell us are theirs, not ours. We keep records locked away and open them only when the work needs it. We pass information to another agency when the law allows or a child's safety demands it, and we tell the family we have done so unless that would put the child at risk."),
    ("p", "With our thanks for everything you do,"),
    ("p", "The Children's Services Leadership Team"),
]

AMBLESEY: list[Block] = [
    ("title", "Amblesey County Council: Children's Services Policies, Values and Principles"),
    ("p", "Changes made to this page since it was first published:"),
    ("b", "April 2026 - the list of Acts brought up to date and the support for care leavers widened"),
    ("b", "November 2025 - the paragraph on sharing information rewritten in plainer words"),
    ("p", "Anyone in the following groups is expected to know what this page says:"),
    ("b", "social workers, personal advisers and their managers"),
    ("b", "foster carers, kinship carers and the staff of children's homes"),
    ("b", "any organisation the county pays to work with children on its behalf"),
    ("p", "The county council's duties to children are laid on it by these Acts and Regulations:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("b", "the Care Leavers (England) Regulations 2010"),
    ("p", "Whatever your job, children and families should find you:"),
    ("b", "truthful, even when the truth is unwelcome"),
    ("b", "dependable, doing what you said you would do, when you said you would do it"),
    ("b", "respectful of the family's own knowledge of itself"),
    ("p", "For children in care, councillors and officers step into a parent's shoes and keep seven things in mind:"),
    ("b", "acting in each child's best interests, for their health and well-being"),
    ("b", "finding out what children want and feel, and taking it into account"),
    ("b", "making sure they know about the services the council and its partners offer"),
    ("b", "helping them to make the most of those services"),
    ("b", "giving them the best chances in life that can be had"),
    ("b", "keeping them safe and giving them stable homes, at home, at school and at work"),
    ("b", "getting them ready for adult life and for living on their own"),
    ("p", "Each worker here is trained to go about the job in the same manner:"),
    ("b", "visits are planned with the family, not sprung on them"),
    ("b", "the family's own words are used in every plan and every report"),
    ("b", "workers ask what is already going well before asking what has gone wrong"),
    ("p", "Where a child cannot safely live at home, the following rules apply:"),
    ("b", "relatives and close family friends are asked first whether they can care for the child"),
    ("b", "brothers and sisters are placed together unless that would harm one of them"),
    ("b", "a decision about where the child will grow up is made by the time they have been in care for six months"),
    ("p", "Young people who leave the county's care can count on the following:"),
    ("b", "a personal adviser up to the age of 25, whether or not they are in education, work or training"),
    ("b", "help with the deposit and the furniture for a first home"),
    ("b", "a free leisure card for the county's pools and gyms"),
    ("p", "Between now and 2029 the money Amblesey spends on children will shift in three ways:"),
    ("b", "more on family help in the first weeks a problem is noticed, less on crisis work"),
    ("b", "more foster homes inside the county, fewer costly placements outside it"),
    ("b", "a share of every saving returned to the teams that made it"),
    ("p", "We want to see an Amblesey in which:"),
    ("b", "every child is safe at home, at school and online"),
    ("b", "children in care do as well at school as their classmates"),
    ("b", "no young person leaves care without a home, an adult they trust and a plan"),
    ("p", "Personal information about children and families is handled like this:"),
    ("b", "records are kept on the county's case system and nowhere else"),
    ("b", "information goes to another agency only where the law allows it or a child's safety needs it"),
    ("b", "families are told what was passed on, and to whom, unless telling them would put a child at risk"),
    ("p", "Version 7.1"),
]

COTTERHITHE: list[Block] = [
    ("title", "Cotterhithe City Council - Children's Services Policies, Values and Principles"),
    ("p", "This chapter begins with the people it is written for."),
    ("p", "It is written for every member of the city council's children's social care service, from the front door to the leaving care team, and for foster carers, residential workers and the staff of any voluntary or private body the city commissions to work with children on its behalf. Managers are expected to go through it with new starters in their first week. The text below was last amended on 12 January 2026, when the passage on young people leaving care was extended, and staff are told by e-mail whenever it changes again."),
    ("p", "Every decision described here rests on the law, so the law comes next."),
    ("p", "Cotterhithe's duties towards children and their families are set by Parliament in the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017, and by the regulations and statutory guidance issued under those Acts. Where this chapter and the law seem to part company, the law wins, and the chapter will be put right as quickly as possible."),
    ("p", "What follows is what the city believes about children and families."),
    ("p", "The city believes that children are best brought up by their own families, that most parents want to do right by their children even when they are struggling, and that families are more likely to change when they are treated as partners rather than as problems. It believes that children have a right to be heard in every decision about them, that they should be told the truth in a way they can follow, and that no child should have to repeat their story to a string of strangers."),
    ("p", "The city's responsibilities do not stop at the social worker's desk."),
    ("p", "For children who are looked after, Cotterhithe's elected members and its senior officers together hold the responsibilities a good parent would hold, and each of them is expected to ask of every decision whether it would be good enough for their own child. The Children and Social Work Act 2017 sets out seven needs that they must keep in view, among them acting in the child's best interests, listening to the child's wishes and feelings, and preparing the child for adult life. The Corporate Parenting Board, chaired by the Leader of the Council, hears from children who are looked after at every meeting."),
    ("p", "How social workers spend their time with families is the next subject."),
    ("p", "Social workers in Cotterhithe set out each family's situation in three columns, what is working well, what they are worried about and what needs to happen, following the Signs of Safety framework that the city adopted in 2019. The family's own network of relatives and friends is brought into the planning from the start, safety goals are written in words the children can understand, and the same framework is used in child protection conferences, in supervision and in audits, so that families meet one way of working wherever they turn."),
    ("p", "The hardest decisions concern where a child will grow up."),
    ("p", "When a child cannot return home, the city first asks whether grandparents, other relatives or family friends can offer a home, and supports them to do so. For every child who is looked after, the question of where they will live until they are grown up should be answered before the child has spent five months in care, and the answer is recorded in a plan that is explained to the child. Brothers and sisters are kept together unless that would be against the interests of one of them, and moves between foster homes are kept to the fewest possible."),
    ("p", "Growing up in care should not mean being left alone at eighteen."),
    ("p", "Every young person who leaves the city's care is offered a personal adviser until they are 21, and that help carries on until they are 25 if they are studying, training or looking for work. The adviser helps with housing, money, education and health, and young people may stay with their foster carers after eighteen where both want it."),
    ("p", "The city's hopes for its children are easy to state."),
    ("p", "Cotterhithe wants to be a city in which children grow up safe and loved, in which families find help before their difficulties become a crisis, and in which children who are looked after leave care with the same confidence, qualifications and prospects as their classmates. It wants care-experienced adults to say, looking back, that the city did right by them."),
    ("p", "Work like this cannot be done by one organisation."),
    ("p", "Schools, early years settings, general practices, hospitals, the police, the probation service and voluntary groups all meet children whom the city may never see, and each of them shares the duty to act when a child may be at risk. The Cotterhithe Safeguarding Children Partnership, led jointly by the city council, the integrated care board and the police, sets shared procedures, trains staff across agencies and reviews cases where things went wrong."),
    ("p", "Results are counted as well as hoped for."),
    ("p", "Each year the city reports to its councillors on how many children who are looked after stayed in one home for the whole year, how many made the progress expected of them at school, how many had their health checks on time, and how many care leavers were in a settled home and in work, education or training at nineteen and twenty-one. Those figures are compared with those of similar cities and published on the council's website."),
    ("p", "Last of all comes the care taken with what families tell the city."),
    ("p", "Information that families and children give to the service is confidential. It is held in the case recording system, seen only by staff who need it for their work, and passed to other agencies only where the law allows it or where a child's safety requires it. Families are told when information about them has been shared unless telling them would put a child at risk, and they may ask to see what is held about them."),
    ("p", "Page last reviewed: 3 February 2026"),
]

CADDOWFIELD: list[Block] = [
    ("title", "Caddowfield Borough Council - Children's Services Policies, Values and Principles"),
    ("p", "This is the part of our procedures manual that says what we believe and how we work. We have written it for you, the children and young people we look after, as well as for the staff who work with you, so we have used plain words. We last changed it in July 2025, after young people told us the old version was too hard to read."),
    ("p", "If you are in our care, you are one of Caddowfield's cared for children (the name our young people chose), and the whole council is your parent. That means every councillor, and every manager from the one who runs the libraries to the one who runs the buses, has to think about you. The law gives them seven rules to follow, such as listening to what you want and helping you get ready for adult life."),
    ("p", "We want you to have a childhood as good as any other child's in Caddowfield: a safe home, people who love you, and the chance to do well at school and afterwards. When you are grown up, we hope you will say we did a good job."),
    ("p", "The adults who work with you should be honest with you, even when the news is hard. They should turn up when they say they will, remember the things that matter to you, and treat you and your family with respect."),
    ("p", "Some of what we do is because the law says we must. The main laws are the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017. If you want to know what they say, your social worker or your advocate can explain."),
    ("p", "Your social worker works with you in a way we call Team Around Me. You choose who comes to your meetings, you get to say what you think before anyone else does, and your plan is written so that you can understand it."),
    ("p", "If you cannot live with your mum or dad, we will first ask whether someone in your family, or a family friend, can look after you. We will not leave you waiting to find out where you will grow up: we will make a plan for your long-term home before you have been in care for four months."),
    ("p", "If you leave our care at 18, you will not be on your own. You will have a personal adviser until you are 21, and you can ask to keep them until you are 25. We will help you find somewhere to live, and we will pay your council tax until you are 25."),
    ("p", "Over the next three years we are going to spend more on helping families early, open a new children's home inside Caddowfield so that fewer of you have to move far away, and find thirty more foster carers who live near your schools."),
    ("p", "Your teachers, your doctor, your school nurse and the police all help to keep you safe too. If any of them is worried about you, they talk to us, and we work it out together."),
    ("p", "What you tell us is private. We only share it with other people if the law says we can or if we are worried you might get hurt, and we will usually tell you first."),
    ("p", "If you do not understand something here, ask your social worker, or ring the Children's Rights Service on 01632 960412."),
]
# fmt: on

NAMES = {
    "32701": "32701-txt-letter-to-staff-we-want-you-to-know-dear-colleagues-no-headings-parent-straight-after-scope-by-end-of-third-month-four-acts-reclaiming-social-work-units-strategy-unnamed-21-or-25-looked-after-children-sign-off.txt",
    "32702": "32702-md-no-hash-no-bold-one-sentence-lead-in-over-dash-list-a-topic-dated-changes-list-first-five-with-regulations-seven-things-unnamed-manner-six-months-25-for-all-spend-shift-children-in-care-version-last.md",
    "32703": "32703-html-div-and-p-only-long-topic-paragraphs-one-sentence-next-topic-paragraphs-amended-on-day-six-acts-seven-needs-signs-of-safety-five-months-21-or-25-studying-results-counted-last-reviewed-day.html",
    "32704": "32704-docx-normal-paragraphs-written-to-young-people-if-you-are-in-our-care-cared-for-children-name-chosen-seven-rules-three-laws-team-around-me-four-months-21-or-25-if-you-ask-contact-line-last.docx",
}


def _div_page(blocks: list[Block]) -> str:
    title = html.escape(blocks[0][1], quote=False)
    body = [f"<p>{html.escape(text, quote=False)}</p>" for _kind, text in blocks[1:]]
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f'<title>{title}</title>\n</head>\n<body>\n<div class="page">\n'
        f'<div class="page-title">{title}</div>\n<div class="page-text">\n'
        + "\n".join(body)
        + "\n</div>\n</div>\n</body>\n</html>\n"
    )


def main() -> None:
    from build_binary_tools import blocks_note, dash_list_markdown, plain_text, styled_docx

    (HERE / NAMES["32701"]).write_text(plain_text(SALLOWBRIDGE), encoding="utf-8")
    (HERE / NAMES["32702"]).write_text(dash_list_markdown(AMBLESEY), encoding="utf-8")
    (HERE / NAMES["32703"]).write_text(_div_page(COTTERHITHE), encoding="utf-8")
    docx_path = HERE / NAMES["32704"]
    docx_path.write_bytes(styled_docx(CADDOWFIELD, {}, default_style="Normal"))
    docx_path.with_name(docx_path.name + ".md").write_text(
        blocks_note(
            CADDOWFIELD,
            SCRIPT,
            "python-docx, Normal paragraphs only, the title one of them, written to young people in care",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
