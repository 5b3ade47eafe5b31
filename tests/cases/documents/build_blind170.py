# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word file of the 170th blind set (17004): a whole chapter on looked-after children,
leaving care and corporate parenting written by a council officer who never saw the common
template. The title is a large bold Normal paragraph, the section headings are bold Normal
paragraphs in new words, the Acts are a List Bullet list, and the opening paragraph (who the
chapter is for, when its wording was brought up to date) has no heading.

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind170.py   (python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind170.py"
Blocks = list[tuple[str, str]]

# fmt: off
EASTMERE: Blocks = [
    ("title", "Caring for Children Looked After in Eastmere"),
    ("p", "This chapter is for every member of staff in Eastmere County Council's Children's Services who plans for, visits or supports Children Looked After and care leavers. The wording below was brought up to date in May 2025, mainly to reflect the council's new offer to young people leaving care."),
    ("h", "Laws that shape this chapter"),
    ("p", "Officers should be familiar with:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Equality Act 2010"),
    ("h", "Everybody's child"),
    ("p", "A child in our care is the responsibility of the whole county council, from the Leader to the housing officer who finds a care leaver their first flat. Every service is expected to apply the corporate parenting principles in section 1 of the Children and Social Work Act 2017 when it makes decisions that affect these children."),
    ("h", "Family Valued in Eastmere"),
    ("p", "Eastmere adopted Family Valued in 2023. Family group conferences are offered before any child comes into care, and social workers are trained to build relationships that help families find their own answers."),
    ("h", "A home for keeps"),
    ("p", "Stability matters more than anything else to a child who has been moved. The child's permanence plan must be agreed within three months of the child becoming looked after, and the Independent Reviewing Officer checks that it is on track."),
    ("h", "Growing up and moving on"),
    ("p", "Care leavers have a personal adviser up to the age of 21, and beyond that up to 25 if the young person wants it. The pathway plan is reviewed with the young person at least every six months."),
    ("h", "Keeping confidences"),
    ("p", "Information about Children Looked After is shared under the council's information sharing agreements and only on a need-to-know basis. Staff who are unsure should ask the team's data protection lead before sharing anything."),
]
# fmt: on


def eastmere(target: Path) -> None:
    """Title and headings as bold Normal paragraphs (no Heading styles), Acts as List Bullet."""
    from docx.shared import Pt

    document = new_docx()
    for kind, text in EASTMERE:
        if kind == "b":
            document.add_paragraph(text, style="List Bullet")
            continue
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
        elif kind == "h":
            run.bold = True
    target.write_bytes(saved_docx(document))


FILES = {
    "17004-docx-bold-normal-title-and-headings-new-words-unheaded-opening-brought-up-to-date-family-valued-three-months-21-and-25-if-wanted-principles-not-counted.docx": (
        eastmere,
        EASTMERE,
        "Word chapter, title and headings as bold Normal paragraphs, Acts as List Bullet",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / f"{name}.md").write_text(blocks_note(blocks, SCRIPT, about), "utf-8")
        print(name)


if __name__ == "__main__":
    main()
