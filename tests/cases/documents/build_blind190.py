# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the hundred-and-ninetieth blind set's Word file (19004): a whole chapter with no headings.

An invented council's whole chapter of "Children's Services Policies, Values and Principles",
written for this set, as a Word file whose paragraphs are all Normal paragraphs (the title typed
as one more Normal paragraph), in an order other than the template's: the law first, then
partners, corporate parenting without principles, values, a paragraph on the council's Virtual
School, key principles, the practice model, the vision, information sharing and the scope last.

usage: python tests/cases/documents/build_blind190.py   (needs python-docx)
The build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind190.py"

# (kind, text): "title" a title typed as a Normal paragraph, "p" a Normal paragraph.
Block = tuple[str, str]

# fmt: off
C04: list[Block] = [
    ("title", "Brindlow Metropolitan Borough Council - Children's Services Policies, Values and Principles"),
    ("p", "The policy in this chapter governs how Brindlow's children's services work with children, young people and their families. The law behind it, in date order: the Children Act 1989; the Human Rights Act 1998; the Children Act 2004; the Children and Families Act 2014; the Children and Social Work Act 2017; and the Domestic Abuse Act 2021."),
    ("p", "Safeguarding children is everybody's business. Brindlow's safeguarding partners, the council, the integrated care board and the police, set the local arrangements together, and schools, housing and the voluntary sector are bound into them as relevant agencies."),
    ("p", "The council looks after its children looked after as any good parent would: it wants to know how they are doing at school, whether they are happy where they live and who they can turn to. Councillors on the Corporate Parenting Committee meet children looked after and care leavers every term and question the directors whose services they use."),
    ("p", "We hold on to three things in all our work. Children come first. Families are partners, not problems. And our staff deserve the training, supervision and support that let them do their best work."),
    ("p", "Brindlow's Virtual School has a head teacher and a team of education advisers who track the attendance, progress and exclusions of every child looked after, whether the child goes to school in the borough or outside it. The Virtual School agrees each child's personal education plan with their school and manages the pupil premium plus grant."),
    ("p", "Children should live with their own families if they safely can, and help is offered before problems become crises. When a child cannot go home, relatives and friends are considered first, then local foster carers. Every child looked after has a permanence plan within six months of becoming looked after. Young people leaving care are given a personal adviser until they are 21, or until 25 for anyone who asks."),
    ("p", "Our practice model is the Family Partnership Model. It trains everyone who works with families, from family support workers to team managers, to build an honest partnership with parents, to explore problems with them and to agree goals that the family owns."),
    ("p", "We want Brindlow to be a place where children are safe, where families are strong and where every child has the chance to make the most of their talents."),
    ("p", "Information about children and families is confidential. It is shared with another agency when a child's safety or welfare depends on it, and the reasons for sharing are recorded on the child's file."),
    ("p", "This chapter applies to all staff in Brindlow's children's services and to those who provide services to our children under contract. It was updated in May 2025 to add the paragraph on the Virtual School."),
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
    "19004-docx-normal-paragraphs-typed-title-law-first-virtual-school-paragraph-scope-last.docx": (C04, "Normal paragraphs only, typed title, the scope last"),
}
# fmt: on


def main() -> None:
    from build_binary_tools import blocks_note

    for name, (blocks, about) in FILES.items():
        target = HERE / name
        target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(blocks, SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
