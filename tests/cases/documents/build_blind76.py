# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word file of the seventy-sixth blind set (7604): a whole chapter of an invented
council whose headings are mixed. Some are in the Heading 2 style, others are bold Normal
paragraphs (the whole run bold, no style), and one topic (the vision) has no heading at all.
The title is in the Title style and "Version 4" closes the chapter.

All written for this set, in our own words (invented council).

usage: .venv/bin/python tests/cases/documents/build_blind76.py   (needs python-docx)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
HOLLINSBY = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "This chapter explains the values and principles that guide Hollinsby's children's services. It applies to all practitioners and managers in the service and to those who provide services to children on our behalf."),
    ("p", "It was amended in September 2024, when the section on confidentiality was brought into line with the council's new records policy."),
    ("bold", "Introduction"),
    ("p", "Our services are shaped by the law, by statutory guidance and by what children and families tell us. The main Acts we work under are:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("p", "This chapter should be read alongside the other procedures in this manual."),
    ("h", "Working together"),
    ("p", "We cannot protect children alone. We work with schools, early years settings, health services, the police and voluntary groups through the Hollinsby Safeguarding Partnership, and we share what we know when a child may be at risk."),
    ("bold", "What we value"),
    ("p", "We value honesty, kindness and perseverance. We treat parents with respect, we ask children what they think and we tell them what we have decided and why."),
    ("h", "Corporate parenting"),
    ("p", "Hollinsby Council is the corporate parent of every child it looks after. Elected members and officers share the responsibility to give our Children in Care the chances any loving parent would want for their child."),
    ("p", "Our vision is a Hollinsby where every child grows up in a safe and loving home, does well at school and leaves childhood with hope for the future."),
    ("bold", "Our practice model"),
    ("p", "We work to the Family Safeguarding model, in which social workers, adult mental health workers, substance misuse workers and domestic abuse practitioners sit in one team around the family and use motivational interviewing to help parents change."),
    ("bold", "Principles of our work"),
    ("p", "Where a child cannot remain at home we look first at whether a relative or friend can care for them. A plan for permanence should be agreed within 6 months of a child coming into care."),
    ("p", "Care leavers are entitled to a personal adviser up to the age of 25."),
    ("h", "Confidentiality"),
    ("p", "Information about children and families is held securely and shared only where the law permits and the child's welfare requires it. Families are told what is recorded about them and may ask to see it."),
    ("p", "Version 4"),
]
# fmt: on


def _docx(blocks: list[tuple[str, str]]) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style="Heading 2")
        elif kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def main() -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import blocks_note

    word = HERE / "7604-docx-heading-2-and-bold-normal-headings-one-topic-unheaded.docx"
    word.write_bytes(_with_fixed_zip_times(_docx(HOLLINSBY)))
    shown = [("h" if kind == "bold" else kind, text) for kind, text in HOLLINSBY]
    word.with_name(word.name + ".md").write_text(
        blocks_note(
            shown,
            "build_blind76.py",
            "Heading 2 and bold Normal headings mixed, the vision with no heading",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
