# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the three-hundred-and-twelfth blind set (31201-31204): un-headed chapters in everyday words.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words: a title (one with an amendment line under it) over eleven to
fourteen paragraphs and no heading after it. The template's topics are said the way a council
that never read the template might say them: councillors and officers sharing a parent's duties,
a way of working told by what workers do, leaving-care help told by what young adults can ask
for, values in children's own words.

- 31201 Word (Caddingford): every paragraph Normal, none bold, the title typed as one more;
  the template's order, two short paragraphs in a row on councillors sharing a parent's duties.
- 31202 PDF (Ravensholt): HTML printed by WeasyPrint through the builder tools, every body
  paragraph the same size, a running header and "Page N of M" footer, an amendment line under
  the title; the template's order turned round (leaving care first, the vision and scope late).
- 31203 text (Pellowick): long paragraphs separated by blank lines.
- 31204 HTML (Stannerby): a body of <div> and <p> blocks only, the title a <div>.

usage: .venv/bin/python tests/cases/documents/build_blind312.py   (needs python-docx, WeasyPrint)
The Word and PDF builds write a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind312.py"

Block = tuple[str, str]

# fmt: off
CADDINGFORD: list[Block] = [
    ("title", "Caddingford City Council \u2013 Children's Services: Policies, Values and Principles"),
    ("p", "This part of the manual is for everybody who does work for Caddingford's children and families: the council's own social workers and family help workers, the people who run its children's homes, its foster carers, and the agencies it pays to do work for it. It was brought up to date in January 2026, when the paragraph on help after leaving care was rewritten."),
    ("p", "What the city must do is set down by Parliament. The main statutes are the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017, read alongside the government's guidance on how agencies should work together to keep children safe."),
    ("p", "Children's services cannot keep children safe on their own. Head teachers, midwives, family doctors, neighbourhood police officers and youth workers see children far more often than any social worker does, and the city expects each of them to pass on a worry rather than sit on it. The three agencies that lead safeguarding in Caddingford meet every month to check that this happens."),
    ("p", "When the city asked children in care what they needed from the adults around them, they said: \u201cTell us the truth, even when it is hard.\u201d \u201cTurn up when you say you will.\u201d \u201cDon't talk about us in words we don't understand.\u201d \u201cRemember we have brothers, sisters, friends and pets, not just a file.\u201d Those four sentences are what Caddingford's staff are held to."),
    ("p", "When the city takes a child into its care, its councillors and senior officers take on between them the duties a mother or father would have."),
    ("p", "The law lists seven things they must keep in mind, from acting in the child's best interests to getting them ready for adult life. Before any decision in housing, schools, leisure or jobs, they are expected to ask whether it would be good enough for their own son or daughter."),
    ("p", "What we hope for is simple to say. A child who grows up in Caddingford's care should be able to look back and feel that somebody was on their side the whole way through."),
    ("p", "On every visit a worker sits down with the family, asks what a good week would look like for them, and writes down in the family's own words what people are worried about and what is already working. Before leaving, the worker and the family agree who will do what by the next visit. Managers read those notes in supervision rather than the forms, and they ask the worker what the child made of the visit."),
    ("p", "We will know we are getting it right when children in care stay settled in one home, go to school most days, see a dentist and a doctor when they should, and can name an adult they trust."),
    ("p", "Most children are best brought up by their own families, so help comes early and relatives are asked before strangers. Every child in care has a settled plan for where they will grow up, agreed within four months of the day they came into care."),
    ("p", "Anyone who has been in the city's care can ask for a personal adviser until they turn 21, or until they turn 25 if they are still studying or training. They can also ask for help with a deposit on a flat, a grant towards college, and to stay on with their foster carers after their eighteenth birthday."),
    ("p", "Whatever a family tells us is kept private and stored safely. It goes to another organisation only when a child's safety depends on it or the law says it must, and the family is told when that happens unless telling them would put a child in danger."),
    ("p", "Questions about this chapter go to your line manager in the first instance."),
]

RAVENSHOLT: list[Block] = [
    ("title", "Ravensholt County Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "Revised September 2025"),
    ("p", "A young person who has grown up in Ravensholt's care does not lose the county at eighteen. Up to the age of 25 they can ask for a personal adviser, for help to find and furnish a first home, for money towards driving lessons, college or an apprenticeship, and for a room back with their foster family if they want to stay there."),
    ("p", "Everyone who works with Ravensholt's children makes them the same promises: we will be straight with you, we will not give up on you, we will keep your brothers and sisters in your life wherever we can, and we will treat your family with respect even when we disagree with them."),
    ("p", "Ravensholt's workers use Open Table. In practice the family, not the worker, decides who should be invited to a meeting; the worker arrives with a blank sheet rather than a finished plan; and nothing is decided about a family without them in the room unless a child would be in danger."),
    ("p", "The county's duties come from Parliament. The Acts that matter most here are the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008 and the Children and Social Work Act 2017."),
    ("p", "Looked After Children have one parent that the law created: the county council. Its councillors and senior officers carry that parent's duties between them, and Parliament has given them seven tests to apply to everything they do, from whether a child's views were heard to whether the child is ready for adult life. A committee of councillors meets every two months to go through those tests with a group of Looked After Children."),
    ("p", "Where a child can safely stay with their own family, that is where they stay, and the county will put in help to make it possible. Where they cannot, relatives and family friends are asked before anyone else. Every Looked After Child has a settled plan for where they will grow up by the time they have been in care for six months."),
    ("p", "The county measures itself by a short list: children who stay in one school, who see a dentist every year, who sit their exams, and who have somewhere safe to live when they leave care."),
    ("p", "None of this rests on children's services alone. Schools, GP surgeries, hospitals, the police and the district councils' housing teams belong to the Ravensholt Safeguarding Children Partnership and have agreed to share what they know when a child might be at risk."),
    ("p", "Put simply, Ravensholt wants its Looked After Children to have the ordinary things other children take for granted: a stable home, friends who stay, and grown-ups who turn up."),
    ("p", "This chapter is written for the county's social workers, personal advisers, residential staff and foster carers, and for the providers who look after children under contract."),
    ("p", "Information about a child or family is kept securely and shared only where the law allows it or a child's safety needs it."),
    ("p", "Ask a team manager if you are unsure how any of this applies to a child you work with."),
]

PELLOWICK: list[Block] = [
    ("title", "Pellowick Borough Council: Policies, Values and Principles in Children's Services"),
    ("p", "These pages describe how Pellowick Borough Council goes about its work with children and families, and what it expects of the people who do that work. They apply to everyone employed in the council's children's services, whether in the front door team, the family help teams, the fostering and adoption service or the council's two children's homes, and equally to staff of the agencies and charities that the council pays to work with children on its behalf. Foster carers approved by the borough are expected to know them too. The pages were last changed in November 2025, when the passage on support after leaving care was brought into line with the borough's new offer."),
    ("p", "Pellowick asked the children it looks after what kind of adults they want around them, and their answers are the borough's values. We want people who listen to the end of what we are saying before they answer. We want people who keep the promises they make, or tell us straight away when they can't. We want to be asked, not told, about the things that affect us, like where we live, which school we go to and when we see our families. And we want people who will still be there next year. Staff are asked to read those words as a description of their job."),
    ("p", "When Pellowick looks after a child, the whole council takes on what a good parent would do. Each of the borough's forty-eight councillors, and every director and head of service, shares that job; it is not left to social workers. Councillors are expected to visit the children's homes, to read the reports on how children looked after are doing and to challenge officers when the figures slip, and officers in housing, leisure and employment are expected to ask what they can do for care leavers before anyone asks them. The borough holds itself to the seven principles written into law in 2017, and each year a panel of care-experienced young people tells councillors how far it has lived up to them."),
    ("p", "Pellowick's way of working with families is called Family Anchors, and it is easiest to describe by what a worker actually does. Before a first visit, the worker reads the file and writes down what they do not yet know. At the visit they ask the family who they turn to when things go wrong, and they draw those people on a map of the family's support. Every plan names at least one of those people and gives them a part to play. Workers record the child's own words, check with the child that they have understood, and go back to the family with what was decided rather than leaving them to find out by letter."),
    ("p", "The borough's responsibilities are laid down in law. The statutes this chapter rests on are the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them, Working Together to Safeguard Children among them. Where this chapter and the law ever seem to point in different directions, the law wins, and a manager should be told."),
    ("p", "Children usually do best with their own families, and the borough's first job is to help families stay together safely, offering support as soon as a difficulty shows rather than waiting for it to grow. When a child cannot live at home, grandparents, aunts, uncles, older brothers and sisters and family friends are considered before anyone else. Children's wishes are asked for and written down at every stage, and a child who wants an independent advocate is given one. No child looked after by Pellowick should be left wondering where they will grow up: within three months of coming into care, each child has a permanence plan, agreed with a senior manager and explained to the child in words they understand."),
    ("p", "Care leavers keep a personal adviser until they are 21, and until they are 25 if they go on to university or start an apprenticeship. They can come back to the leaving care team at any point before 25 for advice, and the borough pays their council tax until they are 22."),
    ("p", "No one agency holds the whole picture of a child's life. Pellowick's schools, health visitors, hospitals, the police and the probation service work with the council through the Pellowick Children's Safeguarding Partnership, which sets out who does what when a child may be at risk and checks every year that it is happening. Voluntary groups run most of the borough's youth clubs and parenting courses and are treated as partners, not suppliers."),
    ("p", "Success for Pellowick means children looked after who are healthy and safe, who do as well at school as they can, who have friends and hobbies like anyone else, and who are ready for work, further study and a home of their own when they leave care. The borough's hope is that one day the children who grew up in its care will say that it did for them what a good family does."),
    ("p", "Records are kept accurately and securely. Information is shared with other agencies when it helps to keep a child safe or the law requires it, and children and parents are told what is held about them and how to ask to see it."),
    ("p", "If you are unsure what any part of this means for your own work, talk to your supervisor or to the borough's Principal Social Worker."),
]

STANNERBY: list[Block] = [
    ("title", "Stannerby Metropolitan Borough Council \u2014 Children's Services Policies, Values and Principles"),
    ("p", "This chapter sets out the ground rules for children's social care in Stannerby. They come from three Acts of Parliament \u2014 the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017 \u2014 and from what the borough has learned about what helps families."),
    ("p", "It applies to every social worker, manager, personal adviser and family support worker in the borough's children's services, to Stannerby's foster carers, and to any provider caring for a child on the borough's behalf. The chapter was amended in April 2026."),
    ("p", "Three things matter most to the children who are looked after here, and so they matter most to us: being told the truth about their lives, being kept with their brothers and sisters, and keeping the same worker for as long as possible."),
    ("p", "Councillors and officers in Stannerby share the duties a parent has towards every child who is looked after by the borough. A councillor asks the same questions about such a child's school report, health and friendships as they would about their own child's, and an officer in the housing or leisure department looks for what their service can offer before being asked."),
    ("p", "Stannerby's schools, health services and police have agreed with the council how they will share concerns and plan together for children at risk, and they review that agreement every year."),
    ("p", "The borough's aim is that children who are looked after grow up feeling as secure as their classmates, and leave care knowing where home is."),
    ("p", "Workers here sit beside families rather than across a desk from them. At each visit they ask three questions \u2014 what is going well, what worries you, and what would make tomorrow better \u2014 and write the answers down in the family's own words. This way of working is known in Stannerby as Common Ground, and every new worker is coached in it during their first year."),
    ("p", "Progress is judged by whether children who are looked after are safe, settled in school, healthy and in touch with the people who matter to them."),
    ("p", "A child should not spend years not knowing where they will live. Within five months of coming into the borough's care, each child has a permanence plan agreed by a senior manager."),
    ("p", "Young adults who leave the borough's care can ask for a personal adviser until they turn 21, and until 25 if they are still in education or training. They can also ask for help with a first tenancy, a grant to set up home, and free use of the borough's leisure centres."),
    ("p", "Personal information is kept securely and shared only when it is needed to protect a child or the law requires it."),
    ("p", "Any questions about this chapter should be raised with a practice manager."),
]
# fmt: on

NAMES = {
    "31201": "31201-docx-normal-style-only-no-bold-title-as-normal-paragraph-template-order-two-short-paragraphs-councillors-and-officers-share-a-parents-duties-seven-things-no-model-name-four-months-ask-for-adviser-21-or-25.docx",
    "31202": "31202-pdf-weasyprint-one-body-size-running-header-revised-line-under-title-leaving-care-first-what-young-people-can-ask-staff-promises-open-table-seven-tests-six-months-vision-and-scope-late.pdf",
    "31203": "31203-txt-long-paragraphs-blank-lines-scope-first-values-in-childrens-words-whole-council-takes-on-a-parents-job-family-anchors-by-what-workers-do-six-acts-three-months-two-principle-paragraphs.txt",
    "31204": "31204-html-div-and-p-only-title-div-three-acts-in-dashes-first-councillors-and-officers-share-parents-duties-no-principles-common-ground-five-months-young-adults-can-ask.html",
}


def _weasyprint(blocks: list[Block], target: Path) -> None:
    from build_binary import Block as SourceBlock
    from build_binary import Source
    from build_binary_tools import build_with

    source = Source(
        options={
            "maker": "weasyprint",
            "header": "Ravensholt County Council \u2013 Children's Social Care Procedures",
            "footer": "Page {page} of {pages}",
        },
        blocks=[SourceBlock("title" if kind == "title" else "para", text) for kind, text in blocks],
    )
    build_with(source, target)


def _div_page(blocks: list[Block]) -> str:
    title = html.escape(blocks[0][1], quote=False)
    body: list[str] = [f'<div class="chapter-title">{title}</div>']
    for index, (_kind, text) in enumerate(blocks[1:]):
        escaped = html.escape(text, quote=False)
        body.append(f"<p>{escaped}</p>" if index % 3 else f'<div class="para">{escaped}</div>')
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f'<title>{title}</title>\n</head>\n<body>\n<div class="content">\n'
        + "\n".join(body)
        + "\n</div>\n</body>\n</html>\n"
    )


def main() -> None:
    from build_binary_tools import blocks_note, plain_text, styled_docx

    docx_path = HERE / NAMES["31201"]
    docx_path.write_bytes(styled_docx(CADDINGFORD, {}, default_style="Normal"))
    docx_path.with_name(docx_path.name + ".md").write_text(
        blocks_note(
            CADDINGFORD,
            SCRIPT,
            "python-docx, Normal paragraphs only (the title typed as one more), no bold",
        ),
        encoding="utf-8",
    )
    pdf = HERE / NAMES["31202"]
    _weasyprint(RAVENSHOLT, pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        blocks_note(
            RAVENSHOLT,
            SCRIPT,
            "WeasyPrint through build_binary_tools: an 18 pt title, every paragraph 10 pt, running header and Page N of M footer",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["31203"]).write_text(plain_text(PELLOWICK), encoding="utf-8")
    (HERE / NAMES["31204"]).write_text(_div_page(STANNERBY), encoding="utf-8")
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
