# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-fifty-seventh blind set's Word and PDF files (25703, 25704): long chapters with no headings.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings at all: Normal paragraphs only, the title
typed as one more Normal paragraph, twenty paragraphs each, topics in orders other than the
template's, several topics coming back after another one, and new topics opened by a linking
phrase, a question, a team's or a person's name, a date or a statistic rather than a cue.

- 25703 Word (Wetherdale): the law early, corporate parenting with its principles listed in a
  sentence, a strategy over two paragraphs, the scope paragraph late, "Version 3.2" last.
- 25704 PDF (Lydmoor): a Word file of the same kind printed to PDF by LibreOffice (soffice
  --headless); children's views first, the amendment told in the paragraph after the law, a
  practice model named by "is called".

usage: python tests/cases/documents/build_blind257.py   (needs python-docx and LibreOffice)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind257.py"

# (kind, text): "title" a title typed as a Normal paragraph, "p" a Normal paragraph.
Block = tuple[str, str]

# fmt: off
WETHERDALE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles \u2013 Wetherdale County Council"),
    ("p", "This chapter describes the framework of policy within which Wetherdale's children's services work with children in need, children who need protection, children who are looked after and young people leaving care."),
    ("p", "Three Acts form its legal basis: the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017. Working Together to Safeguard Children, the statutory guidance on working across agencies, is followed as well."),
    ("p", "Against that background the county adopted the Family Partnership Model in 2022. Practitioners use it to build a working relationship with parents in which a parent's own knowledge of their child is taken seriously and goals are agreed rather than imposed."),
    ("p", "Why do we work so hard to keep families together? Because most children do best with their own families, Wetherdale offers early help before problems become crises, and looks first to grandparents, aunts, uncles and family friends when a child cannot stay at home."),
    ("p", "Nine in ten of the county's children who are looked after have a permanence plan by their second review, and the county's standard is that every child should have one within four months of becoming looked after."),
    ("p", "Since April 2018 the county council has had to have regard to the corporate parenting principles. They require it to act in the best interests of children who are looked after and care leavers; to encourage them to express their views, wishes and feelings; to take those views into account; to help them gain access to services; to promote high aspirations for them; to make sure they are safe and have stability at home and in their education or work; and to prepare them for adulthood and independent living."),
    ("p", "Councillor Priya Hallam, the lead member for children, chairs the Corporate Parenting Panel and meets members of the Children in Care Council every term."),
    ("p", "Those principles shape what the county asks of its people. Staff are expected to be warm, straightforward and persistent, to keep the promises they make to children, and to speak up when something is not right."),
    ("p", "We value the differences between families and do not assume that one way of bringing up children is the only good one."),
    ("p", "The Next Steps Team works with young people from the age of sixteen. Each care leaver has a personal adviser until 21; those who are disabled, or who are parents themselves, can keep one until 25."),
    ("p", "Schools, health services and the police share the county's responsibility for keeping children safe, and the Wetherdale Safeguarding Partnership agrees how they will work together and checks that they do."),
    ("p", "Over the next three years the county will open two more family hubs, recruit forty new foster carers and bring more of its children's homes back under its own management, so that fewer children have to live outside Wetherdale."),
    ("p", "The money for this comes from savings on placements far from home, which cost more and usually serve children less well."),
    ("p", "Corporate parenting is not left to the Panel alone. Each directorate of the council names a lead officer who makes sure that its services, from libraries to housing, give care leavers the help a family would."),
    ("p", "Records are written for the child who may one day read them. They are kept confidential, shared with other agencies only when the law allows and it is needed to protect a child or meet their needs, and any young person may ask to see their own file."),
    ("p", "What will success look like? Children who are looked after doing well at school, healthy in body and mind, safe from exploitation, and moving into work, training or further study when they leave care."),
    ("p", "Wetherdale wants to be a county where children are safe, happy and able to reach their potential, wherever they live."),
    ("p", "This chapter applies to all staff in children's services, to those working on their behalf and to the foster carers the county approves."),
    ("p", "Children and young people are asked what they think before any decision about them is made, and their views are recorded in their own words."),
    ("p", "Version 3.2"),
]

LYDMOOR: list[Block] = [
    ("title", "Lydmoor Council: Children's Services Policies, Values and Principles"),
    ("p", "Who knows most about a child's life? Usually the child. In Lydmoor, children are asked for their views before every review, in whatever way suits them, and what they say is written into their plan."),
    ("p", "Parents are treated as partners too. They are told plainly what the council is worried about and what would need to change, and they are invited to every meeting where decisions about their children are made."),
    ("p", "Honesty of that kind is one of the values that run through the whole service, along with kindness, curiosity and a refusal to give up on a family."),
    ("p", "Behind those values stands the law. Lydmoor's duties to children are set by the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Whenever a new Act or new statutory guidance is published, this chapter is brought up to date; the last such update was made in March 2026."),
    ("p", "More than 400 children and young people are in Lydmoor's care or supported as care leavers, and the whole council acts as their parent. Members and officers apply the 7 corporate parenting principles to every decision that touches their lives."),
    ("p", "The Permanence Panel meets fortnightly to make sure that no child waits: every child who becomes looked after should have a permanence plan within five months, and the panel asks for reasons whenever that slips."),
    ("p", "Kinship care is explored first, with special guardianship, long-term fostering and adoption considered in turn."),
    ("p", "Lydmoor's practice model is called Steady Ground. Developed with local families in 2023, it asks practitioners to build on the relationships a child already has, to explain every step in plain language and to stay with a family through a crisis rather than hand them on."),
    ("p", "All social workers, family support workers and foster carers are trained in Steady Ground, and the council's practice week each spring is given over to it."),
    ("p", "Nobody can keep a child safe alone. The Lydmoor Children's Partnership, which joins the council with the integrated care board, the police and the borough's schools, publishes the thresholds that every agency uses and reviews serious cases together."),
    ("p", "From their sixteenth birthday, Children Looked After in Lydmoor are allocated a personal adviser, who stays with them until they are 21 and, for a young person with a disability, until they are 25."),
    ("p", "Care leavers can also ask for a setting-up-home grant, free leisure passes and help with driving lessons, all listed in the Lydmoor Local Offer."),
    ("p", "Taken together, these commitments serve one aim: a Lydmoor where every child grows up with a family around them, a good education behind them and a future they look forward to."),
    ("p", "Three measures matter most to the council: the share of Children Looked After who stay in one home for two years or more, the share who leave school with at least five GCSEs, and the share of care leavers in work, education or training at 19. Each is reported to members twice a year."),
    ("p", "Councillor Tom Okafor, chair of the Corporate Parenting Board, visits one children's home a month and takes what young people tell him back to the Board."),
    ("p", "Personal information about children and families is handled under the UK GDPR and the Data Protection Act 2018. It is shared only when that is necessary to protect a child or to provide a service, and families are told what has been shared unless telling them would put someone at risk."),
    ("p", "Everything in this chapter applies equally to agency staff, students on placement and the providers Lydmoor commissions; it is the starting point for every other procedure in the manual."),
    ("p", "Above all, staff are asked to stay curious, kind and steady with every family, and to remember that each file they write is a child's life story."),
    ("p", "Comments on this chapter are welcome and should be sent to the Quality Assurance Team."),
]
# fmt: on


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for _kind, text in blocks:
        document.add_paragraph(text)
    return saved_docx(document)


# fmt: off
FILES: dict[str, tuple[list[Block], str]] = {
    "25703-docx-normal-paragraphs-typed-title-law-early-principles-listed-in-a-sentence-team-and-question-openings-strategy-scope-late-corporate-parenting-and-principles-return-version-last.docx": (WETHERDALE, "Normal paragraphs only, typed title"),
    "25704-pdf-lo-normal-paragraphs-typed-title-childrens-views-first-amendment-after-the-law-model-is-called-statistic-and-name-openings-corporate-parenting-and-values-return.pdf": (LYDMOOR, "a Word file of Normal paragraphs printed to PDF by LibreOffice"),
}
# fmt: on


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, (blocks, about) in FILES.items():
        target = HERE / name
        if target.suffix == ".pdf":
            docx_to_pdf(_word(blocks), target)
        else:
            target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(blocks, SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
