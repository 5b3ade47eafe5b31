# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the hundred-and-seventy-fourth blind set's Word and PDF files (17404, 17405): whole chapters with no headings.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set, as Word files whose paragraphs are all Normal paragraphs (the title typed as
one more Normal paragraph), in orders other than the template's.

- 17404 Word: key principles first (leaving care before permanence), then values; the amendment
  note is the last paragraph.
- 17405 PDF: the same kind of Word file printed to PDF by LibreOffice (soffice --headless
  --convert-to pdf); corporate parenting first, the scope second.

usage: python tests/cases/documents/build_blind174.py   (needs python-docx and LibreOffice)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind174.py"

# (kind, text): "title" a title typed as a Normal paragraph, "p" a Normal paragraph.
Block = tuple[str, str]

# fmt: off
C04: list[Block] = [
    ("title", "Tarrington Metropolitan Borough Council - Children's Services Policies, Values and Principles"),
    ("p", "This chapter applies to every member of staff and every manager in Tarrington's children's services, and to the agency staff and commissioned providers who work with our children. The procedures in the rest of the manual should be read with it."),
    ("p", "Families are supported to care for their own children. We offer help early, and when a child cannot stay at home we look first to relatives and friends who could care for them."),
    ("p", "Care leavers have a personal adviser until they turn 21, and up to 25 if they ask for one."),
    ("p", "A child who comes into care should not have to wait to know their future. By the second looked after review, held four months after the child came into care, every child has a plan for permanence."),
    ("p", "We believe that children should be heard, that families deserve respect and that everyone can grow. Those beliefs show in how we work: we listen first, we explain ourselves, and we look for what is going well as carefully as we look for what is wrong."),
    ("p", "Tarrington Council is corporate parent to all children looked after and to care leavers. The council has adopted the seven corporate parenting principles, and its Corporate Parenting Panel checks each year how well every department has met them."),
    ("p", "We use Strengthening Families as our model for child protection conferences and core groups, so that families, practitioners and the child's network draw up one plan together, built on the family's strengths as well as the dangers to the child."),
    ("p", "Our vision is that children in Tarrington will grow up safe, happy and healthy, in families and communities that can care for them, and that children looked after will be as proud of their childhood as any other child."),
    ("p", "This policy sets out the framework of law and practice for children's social care in Tarrington. Its foundations are the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the statutory guidance made under them."),
    ("p", "Safeguarding is a shared responsibility. Under the local safeguarding arrangements, health, the police, schools and the voluntary sector all have duties to cooperate, and we expect our staff to work with colleagues from those agencies as one team around the child."),
    ("p", "We measure our work by what changes for children: fewer children harmed, more children staying with their families, better school results for children looked after and more care leavers in work and settled homes."),
    ("p", "Confidential information is shared only where the law allows and where it is needed to protect a child or to provide a service. Families are told at the start what we may share and with whom."),
    ("p", "Note: the paragraph about care leavers was rewritten in July 2025 to match the council's local offer; no other part of this chapter changed."),
]

C05: list[Block] = [
    ("title", "Wexcombe City Council Children's Services Policies, Values and Principles"),
    ("p", "Wexcombe City Council is the corporate parent of children who are looked after and of care leavers. Every councillor and officer is expected to take the same interest in these children as a good parent would take in their own, and to have regard to the seven principles of corporate parenting in every decision that affects them."),
    ("p", "This chapter applies to all of Wexcombe's children's services staff and to everyone who provides services to children on the council's behalf. It was updated in August 2025 to describe the council's new practice model."),
    ("p", "This policy describes the framework within which the council carries out its duties to children and families. The main legislation is the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Domestic Abuse Act 2021."),
    ("p", "We want Wexcombe to be a city in which children are safe, where families get help when they first need it, and where children who are looked after are given a childhood to look back on with pride."),
    ("p", "We treat every child and family with dignity. We are honest about our concerns, open about our decisions and humble about what we do not know, and we value the knowledge that children and families bring about their own lives."),
    ("p", "Children are best looked after within their own families wherever that is safe, and our early help is built around that belief."),
    ("p", "Young people leaving care can rely on a personal adviser until the age of 21, or up to 25 if they are in full-time education."),
    ("p", "Children who cannot return home are helped to settle permanently. The plan for each child's permanent home is confirmed no later than six months after they became looked after."),
    ("p", "Our social workers work in small units under Reclaiming Social Work, in which a consultant social worker leads a unit that shares responsibility for every family it works with and uses systemic ideas to understand them."),
    ("p", "Our success will be measured against five outcomes for every child: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being."),
    ("p", "Our children's services strategy for the next four years concentrates on early help, on recruiting and keeping experienced social workers, and on finding homes for children within the city boundary."),
    ("p", "We cannot protect children on our own. The council, the police and the integrated care board lead Wexcombe's safeguarding arrangements together, and schools, health providers and voluntary groups are part of them."),
    ("p", "Information about a child is shared with other agencies where that is necessary for the child's safety or well-being. Practitioners record what they shared, with whom and why."),
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
    "17404-docx-normal-paragraphs-typed-title-principles-before-values-leaving-care-before-permanence-amendment-note-last.docx": (C04, "Normal paragraphs only, typed title, closing amendment note"),
    "17405-pdf-lo-normal-paragraphs-typed-title-corporate-parenting-first-scope-second-acts-in-a-sentence.pdf": (C05, "Normal paragraphs only, typed title, printed to PDF by LibreOffice"),
}
# fmt: on


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, (blocks, about) in FILES.items():
        target = HERE / name
        data = _word(blocks)
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        target.with_name(name + ".md").write_text(
            blocks_note(blocks, SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
