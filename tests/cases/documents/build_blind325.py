# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 325th blind set (32501 and 32502 are written by hand).

    32503  Kilnsey Bridge (Word, python-docx): a long, whole chapter as a council's manual holds
           it: the Title style, the council's line in Normal under it, a "Contents" list of
           plain Normal lines naming every top-level heading, top-level headings in Heading 1,
           sub-headings inside two topics in Heading 3 (Heading 2 skipped, as council templates
           often do), Acts in List Bullet, the seven principles in List Number, cross-references
           to other chapters of the manual and a closing list of other chapters.

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind325.py   (python-docx)
"""

from __future__ import annotations

from pathlib import Path

from build_binary_tools import add_styled_blocks, new_docx, saved_docx

HERE = Path(__file__).resolve().parent
SCRIPT = "build_blind325.py"
CHAPTER = "Children's Services Policies, Values and Principles"
NAME = "32503-docx-heading-1-topics-heading-3-sub-headings-contents-lines-kilnsey-bridge-amended-month-five-with-regulations-bulleted-seven-list-number-systemic-three-months-21-or-25-higher-education-or-apprenticeship-other-chapters-cared-for.docx"

# fmt: off
# Block kinds: "h" a Heading 1, "s" a Heading 3, "c" a contents line, "p" a paragraph,
#   "b" a List Bullet item, "n" a List Number item.
KILNSEY_COUNCIL = "Kilnsey Bridge Borough Council · Children's Social Care"
KILNSEY: list[tuple[str, str]] = [
    ("h", "Contents"),
    ("c", "Setting the scene"),
    ("c", "The statutory base"),
    ("c", "A shared duty to protect"),
    ("c", "What we hope for our children"),
    ("c", "The beliefs behind our decisions"),
    ("c", "Systemic thinking in everyday work"),
    ("c", "Holding the council to its promises"),
    ("c", "How a child's future is decided"),
    ("c", "Results that matter"),
    ("c", "Keeping confidences, sharing wisely"),
    ("c", "Other chapters you may need"),
    ("h", "Setting the scene"),
    ("p", "This chapter is the starting point for anyone using the Kilnsey Bridge children's social care manual. It does not tell you how to complete a particular task; the procedures that follow do that. Instead it describes the commitments that sit underneath all of them, so that practitioners, managers and partners understand not only what the council expects but why."),
    ("p", "It applies to all staff in children's social care, to foster carers and residential workers caring for children on the council's behalf, and to organisations commissioned to provide services to children and families. The chapter was amended in November 2026 to describe the council's move to systemic practice across all of its teams."),
    ("h", "The statutory base"),
    ("p", "The council's responsibilities to children and families are set out chiefly in the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("p", "Each procedure in the manual names the provisions that apply to it, and the council's legal team can advise on cases where the law is unclear."),
    ("h", "A shared duty to protect"),
    ("p", "Children in Kilnsey Bridge are safeguarded by a partnership, not by a single service. The council, the local health system and the police are jointly responsible for the Kilnsey Bridge Safeguarding Children Partnership, and schools, early years providers, housing associations and the voluntary sector play their part in it. Every practitioner, whatever agency they work for, has a responsibility to act on concerns about a child and to share what they know with the people who need it."),
    ("p", "We expect partners to be present at the key moments in a child's plan, and we commit to keeping them informed. Where agencies disagree about what a child needs, the matter should be taken through the partnership's escalation steps, described in Chapter 1.4, Escalating Concerns Between Agencies."),
    ("h", "What we hope for our children"),
    ("p", "We want Kilnsey Bridge to be a place where children grow up feeling safe, wanted and able to make the most of their talents. For the children we look after, we want the same things any good parent wants: a stable home, people who stay, an education that opens doors and a future they are excited about."),
    ("p", "We have chosen this direction because the evidence, and what our own young people tell us, point the same way. Children flourish when the adults around them are consistent and when help comes early, before problems harden. Our investment in family help teams and in kinship care follows from that."),
    ("h", "The beliefs behind our decisions"),
    ("p", "Four beliefs guide how we treat the children and adults we work with."),
    ("s", "Relationships are the work"),
    ("p", "Change happens through trusting relationships. We try to keep the same worker with a family for as long as possible, and we make time to get to know children properly rather than meeting them only when something must be decided."),
    ("s", "Fairness for every family"),
    ("p", "We treat people with respect whatever their background, and we pay attention to how poverty, racism and disability affect families' lives and their experience of our service."),
    ("s", "Openness about our concerns"),
    ("p", "We tell families plainly what worries us and what we will do, and we put it in writing they can understand. We also tell them when things improve."),
    ("s", "Humility when we get it wrong"),
    ("p", "We apologise when we fall short, we listen to complaints, and we use them to improve."),
    ("h", "Systemic thinking in everyday work"),
    ("p", "Since 2025 every social work team in Kilnsey Bridge has been trained in Systemic Practice. Practitioners look at a child's difficulties in the context of the whole family and its relationships, history and beliefs, rather than locating the problem in one person. Conversations with families are curious rather than accusatory, and hypotheses about what is happening are shared and tested openly."),
    ("p", "Each team has a qualified systemic practitioner who leads weekly reflective sessions. The assessment tools that fit this approach are described in Chapter 2.2, Single Assessment."),
    ("h", "Holding the council to its promises"),
    ("p", "Once a child is in our care, the council as a whole acts as their parent. In doing so we must have regard to the need:"),
    ("n", "to act in the child's best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them to access and make the best use of the services available to them;"),
    ("n", "to promote high aspirations and try to secure the best outcomes for them;"),
    ("n", "for them to be safe and to have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("p", "The Corporate Parenting Board monitors the council's performance against these duties, and cared for children and care leavers are invited to every meeting."),
    ("h", "How a child's future is decided"),
    ("p", "Decisions about where and with whom a child will live are among the most important we make. The following principles govern them."),
    ("s", "Kinship and family networks"),
    ("p", "Before any child is placed with strangers, we explore whether grandparents, other relatives or close family friends could care for them safely, and we support those carers with the same seriousness as foster carers."),
    ("s", "Planning for permanence"),
    ("p", "Every cared for child must have a permanence plan agreed within three months of coming into care, so that decisions about their long-term home are not postponed. The requirements for reviews and for the independent reviewing officer's role are in Chapter 2.6, Care Planning and Review."),
    ("s", "Support beyond eighteen"),
    ("p", "Young people leaving care are entitled to a personal adviser until they are 21. If they are in higher education or an apprenticeship, that support continues until they are 25. Their adviser helps them find a home, manage money and stay in touch with the people who matter to them."),
    ("h", "Results that matter"),
    ("p", "We ask four questions about every child we work with. Are they healthy, and is their health getting the attention it needs? Are they safe, at home and outside it? Are they learning, attending school and achieving? Do they have the relationships, confidence and skills they will need as adults? Managers use these questions in supervision and audits, and the answers are reported to the Corporate Parenting Board each year."),
    ("h", "Keeping confidences, sharing wisely"),
    ("p", "Information about children and families is held securely and used only for the purpose for which it was given, unless sharing it is needed to protect someone from harm. Practitioners should explain to families at the outset how their information may be used. Decisions to share without consent are recorded with the reasons, and a manager should be consulted where time allows. Young people and adults who were in care can request their files, as explained in Chapter 5.3, Requests for Records."),
    ("h", "Other chapters you may need"),
    ("b", "Chapter 1.4, Escalating Concerns Between Agencies"),
    ("b", "Chapter 2.2, Single Assessment"),
    ("b", "Chapter 2.6, Care Planning and Review"),
    ("b", "Chapter 4.1, Pathway Plans and Personal Advisers"),
    ("b", "Chapter 5.3, Requests for Records"),
]
# fmt: on

STYLES = {"h": "Heading 1", "s": "Heading 3", "b": "List Bullet", "n": "List Number"}


def kilnsey() -> bytes:
    """The Word file: Title, the council's line, then the blocks in their styles."""
    document = new_docx()
    document.add_paragraph(CHAPTER, style="Title")
    document.add_paragraph(KILNSEY_COUNCIL)
    add_styled_blocks(document, KILNSEY, STYLES)
    return saved_docx(document)


def kilnsey_note() -> str:
    """What a reader sees in the Word file, as markdown (Heading 1 as ##, Heading 3 as ###)."""
    lines = [
        f"%% built by {SCRIPT}: python-docx, Title style, council line in Normal, contents lines in Normal, Heading 1 topics, Heading 3 sub-headings, List Bullet and List Number",
        "",
        f"# {CHAPTER}",
        "",
        KILNSEY_COUNCIL,
        "",
    ]
    number = 0
    previous = ""
    for kind, text in KILNSEY:
        if kind in ("b", "n", "c"):
            number = number + 1 if kind == previous else 1
            lines.append({"b": f"- {text}", "n": f"{number}. {text}", "c": text}[kind])
        else:
            if previous in ("b", "n", "c"):
                lines.append("")
            lines.append({"h": "## ", "s": "### "}.get(kind, "") + text)
            lines.append("")
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAME).write_bytes(kilnsey())
    (HERE / f"{NAME}.md").write_text(kilnsey_note(), encoding="utf-8")


if __name__ == "__main__":
    main()
