# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the three-hundred-and-eleventh blind set (31101-31104): un-headed chapters in four formats.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words: a title over twelve or thirteen paragraphs and no heading
after it. The topics come in each chapter's own order, one paragraph carries two topics, and a
short closing paragraph says whom to ask.

- 31101 PDF (Brindlecote): a Word file of Normal paragraphs printed by LibreOffice.
- 31102 text (Wendlesham): what a browser copies from a council page whose body is <p>s only,
  site chrome above the title and below the body, a "Last updated" line under the title.
- 31103 HTML (Moorcastle): paragraphs separated by <br><br> inside one <div>, no <p>s.
- 31104 markdown (Fennick Cross): an ATX title, each paragraph one long line, some one sentence.

usage: python tests/cases/documents/build_blind311.py   (needs python-docx and LibreOffice)
The PDF build writes a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind311.py"

Block = tuple[str, str]

# fmt: off
BRINDLECOTE: list[Block] = [
    ("title", "Brindlecote Borough Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "Three words are printed on the back of every Brindlecote staff badge: listen, explain, stay. Listening means hearing a child out before deciding anything about them. Explaining means that no family leaves a meeting unsure what was decided or why. Staying means nobody walks away from a child because the work has become difficult."),
    ("p", "Behind those words sits a body of law. The borough's duties to children are set by the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "The expectations on this page apply to social workers, family support staff, independent reviewing officers, foster carers approved by the borough and any organisation paid to care for a child on its behalf. The page was last amended in May 2026."),
    ("p", "Once a child is in the borough's care, the council as a whole stands where a parent would stand, from the leader of the council to the officer who runs its housing list. The 2017 Act set out seven principles for how that place is filled, and members check progress against them at every meeting of the Children Looked After Board. Other bodies carry part of the load as well: the integrated care board, the police and the borough's schools have each named a senior lead who answers for what their organisation does for children looked after."),
    ("p", "What Brindlecote wants for each of those children fits in a sentence: a childhood that feels like their own, and an adulthood they walk into with people behind them."),
    ("p", "Staff work to Shared Compass, a set of habits the borough drew up with its own social workers in 2024. Every assessment starts from the family's account of itself, every plan names the two or three things that matter most, and every worker writes to the child as if the child will one day read the file, because many do."),
    ("p", "A child's own family is the first place the borough looks, both for safety and for a home. Help is offered when a problem is first noticed rather than once it has become a crisis, and relatives are asked whether they can care for a child before strangers are."),
    ("p", "Uncertainty does harm of its own. Every child looked after by the borough has a plan for permanence agreed within six months of the day the borough started to look after them."),
    ("p", "The borough judges itself by what happens to children rather than by how many forms were completed: whether they are safe, whether they are in school and learning, whether their health checks happen and are followed up, and whether they have at least one adult they trust."),
    ("p", "Eighteen is a birthday, not a deadline. Each young person who has been looked after keeps a personal adviser until they are 21, or until 25 if they are at college, at university or in an apprenticeship."),
    ("p", "Records are written with care and kept secure. Information about a family goes to another agency when it is needed to protect a child or the law requires it, and the family is told unless telling them would put a child at risk."),
    ("p", "If anything here is unclear, ask your team manager or the borough's Principal Social Worker."),
]

WENDLESHAM_TOP = [
    "Skip to main content",
    "Wendlesham City Council",
    "Menu",
    "Search this site",
    "Home \u203a Health and social care \u203a Children's social care manual",
]

WENDLESHAM: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Last updated: 14 April 2026"),
    ("p", "Wendlesham wants to be a city where being in care does not mark a child out: where they grow up in a family, go to a good school near their friends, and are helped into work or study the way any parent would help."),
    ("p", "No single service can give a child that. The city's children's services work hand in hand with the Wendlesham Safeguarding Children Partnership, whose three statutory members, the council, the local NHS and the police, share the duty to keep children safe and fund a joint team that takes every new concern."),
    ("p", "Since 2022 the city has used Signs of Safety with every family it works with. At every meeting it asks what people are worried about, what is going well and what needs to happen next, and it gives the family the same place at the table as the professionals."),
    ("p", "Staff are asked to be three things at once: kind, because many children in care have known too little kindness; honest, because a gentle lie does more harm than a hard truth; and persistent, because children often test adults to see whether they will stay."),
    ("p", "In law the city council is the parent of every child in its care, and each of its sixty councillors shares in that. The Children in Care Committee, chaired by the Leader, works to the seven principles Parliament laid down in 2017, and every December it asks a group of children in care to mark how well the city has kept to them."),
    ("p", "Children do best, most of the time, with the people they already know. The city works hard and early to keep a child at home, and where that is not safe it looks first to grandparents, aunts, uncles and close friends of the family."),
    ("p", "Every child in care has a permanence plan, agreed within four months of their coming into care, that says where they will grow up."),
    ("p", "The city's duties come from five Acts of Parliament: the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Working Together to Safeguard Children explains how they apply day to day."),
    ("p", "At eighteen, care leavers keep a personal adviser until they are 25, whether or not they are working or studying, and they can stay on with their foster family under Staying Put until they are 21. The city will judge how well it has done by what becomes of young people like them: how many have a settled home of their own, how many are in work, education or training, and how many are in touch with someone who cares about them."),
    ("p", "This chapter is for every member of staff in children's social care, for the foster carers and residential workers who look after children for the city, and for the managers who buy care from others. It was amended in March 2026 to add the passage on personal advisers."),
    ("p", "Nothing about a child is passed to another agency unless it helps to keep them safe or the law requires it."),
    ("p", "Anyone unsure how this applies to a particular child should ask their team manager first, and the Principal Social Worker if the question remains."),
]

WENDLESHAM_BOTTOM = [
    "Share this page",
    "Was this page useful? Yes No",
    "Contact us | Accessibility | Cookies | Privacy",
    "© Wendlesham City Council 2026",
]

MOORCASTLE: list[Block] = [
    ("title", "Moorcastle County Council: Children's Services Policies, Values and Principles"),
    ("p", "Every councillor in Moorcastle is, in law, one of the parents of the county's Looked After Children. That is not a title to wear lightly: members are expected to know how the children are doing, to ask awkward questions when the answers are poor, and to use their influence across the council, in housing, leisure, libraries and jobs, on those children's behalf."),
    ("p", "Three Acts shape this work most: the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017."),
    ("p", "We want Looked After Children in Moorcastle to do as well as their classmates: to be healthy, to be safe, to get to school each day and to leave it with something to show for it."),
    ("p", "Moorcastle staff are fair, steady and open. They treat parents with respect even when they disagree with them, they keep their word, and they own up to their mistakes. Our hope is that in ten years' time every young person who leaves our care will say the county stood by them."),
    ("p", "The county's social workers practise Hearthside, an approach built on the belief that people change through relationships. Workers hold fewer cases so that they have time to know each family, and supervision asks about a child's relationships before it asks about deadlines."),
    ("p", "A young person who leaves care at eighteen is not left to manage alone. They have a personal adviser until the age of 21, and until 25 if they have not yet settled into work or study."),
    ("p", "Schools, GPs, health visitors, the police and voluntary groups each hold part of the picture of a child's life. Moorcastle works with them through its safeguarding partnership and expects them to say what they know when a child may be at risk."),
    ("p", "Personal information is handled under data protection law: recorded accurately, kept no longer than it is needed, and passed on only when there is a clear reason to do so."),
    ("p", "Children are listened to. Their wishes and feelings are written down in their own words at every review, and an independent advocate is offered to any child who wants one."),
    ("p", "Where a child cannot return home, the county agrees a permanence plan for them within three months, so that no childhood is spent waiting."),
    ("p", "This chapter applies to all staff in Moorcastle's children's services and to anyone who provides care for a child on the county's behalf. It was amended in October 2025."),
    ("p", "Questions about any part of it should go to a team manager or to the county's Principal Social Worker."),
    ("p", "Version 2.3"),
]

FENNICK_CROSS: list[Block] = [
    ("title", "Fennick Cross Borough Council: Children's Services Policies, Values and Principles"),
    ("p", "Fennick Cross social workers have been trained since 2023 in Wayfinding, the borough's own way of working with families. It begins by asking the family to describe where they want to get to, then plots with them the next few steps and who will help with each; the worker keeps the map and the family keeps a copy, so that progress is measured against something both sides agreed."),
    ("p", "The borough's ambition is easy to state and hard to achieve: every cared for child in Fennick Cross should have a childhood they will be glad to remember."),
    ("p", "These expectations bind everyone who works in or for the borough's children's services, including people employed by the agencies and providers the borough pays, and they were amended in February 2026. They rest on six Acts: the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "When a child comes into the borough's care, the responsibility a parent would feel falls on the council as an organisation: on its elected members, its chief officers and every department whose work touches children's lives. The seven principles in the 2017 Act are the yardstick, and the Cared for Children Committee goes through them with a group of young people twice a year."),
    ("p", "People working with families here are expected to be curious rather than quick to judge, to say what they mean, and to remember that a decision made in an office is lived out in someone's home."),
    ("p", "Where it is safe, children grow up in their own families, and the borough offers help early so that more of them can."),
    ("p", "Before the end of the fifth month after a child becomes cared for, the borough agrees a permanence plan that says where the child will grow up."),
    ("p", "The borough cannot do this on its own and does not try to. Health, police and education colleagues sit together in the Fennick Cross Safeguarding Partnership, which agrees each year who leads on what, and voluntary organisations run much of the borough's early help under contract."),
    ("p", "Success will look like this: cared for children who move home less often, who miss fewer days of school, whose health and dental checks happen on time, and who at eighteen have a place to live and a plan for what comes next."),
    ("p", "The borough stays in young people's lives after they leave its care. Every care leaver is entitled to a personal adviser until they are 21, and to keep one until 25 while they are working towards a qualification."),
    ("p", "Families are told what is written about them and may ask to see it. Information goes to other agencies only where it is needed to keep a child safe or the law requires it."),
    ("p", "If you are not sure what any of this means for your work, ask your team manager or the borough's Principal Social Worker."),
]
# fmt: on

NAMES = {
    "31101": "31101-pdf-lo-word-normal-paragraphs-no-headings-values-first-badge-words-law-then-scope-parent-and-partners-in-one-paragraph-six-months-21-or-25-if-studying-ask-manager-last.pdf",
    "31102": "31102-txt-browser-copy-p-only-page-chrome-last-updated-under-title-vision-first-sixty-councillors-four-months-25-for-all-and-outcomes-in-one-paragraph-scope-late-ask-last.txt",
    "31103": "31103-html-br-br-paragraphs-in-one-div-no-p-councillors-as-parents-first-three-acts-values-and-vision-in-one-paragraph-hearthside-three-months-scope-late-version-last.html",
    "31104": "31104-md-one-line-paragraphs-one-sentence-paragraphs-model-first-scope-and-six-acts-in-one-paragraph-fifth-month-cared-for-children-21-or-25-qualification-ask-last.md",
}


def _browser_copy(top: list[str], blocks: list[Block], bottom: list[str]) -> str:
    lines = [*top, *(text for _kind, text in blocks), *bottom]
    return "\n\n".join(lines) + "\n"


def _br_page(blocks: list[Block]) -> str:
    body = "<br><br>\n".join(html.escape(text, quote=False) for _kind, text in blocks[1:])
    title = html.escape(blocks[0][1], quote=False)
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        f'<div class="procedure-text">\n<b>{title}</b><br><br>\n{body}\n</div>\n</body>\n</html>\n'
    )


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf, styled_docx, title_markdown

    pdf = HERE / NAMES["31101"]
    docx_to_pdf(styled_docx(BRINDLECOTE, {}), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        blocks_note(
            BRINDLECOTE,
            SCRIPT,
            "python-docx, Normal paragraphs only (the title typed as one more), printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["31102"]).write_text(
        _browser_copy(WENDLESHAM_TOP, WENDLESHAM, WENDLESHAM_BOTTOM), encoding="utf-8"
    )
    (HERE / NAMES["31103"]).write_text(_br_page(MOORCASTLE), encoding="utf-8")
    (HERE / NAMES["31104"]).write_text(title_markdown(FENNICK_CROSS), encoding="utf-8")
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
