# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 303rd blind set: a whole chapter whose headings name their
topics by meaning, not by the template's names.

    30304  Skelbridge: python-docx; the title in the Title style and the council's name under it
           in a plain Normal paragraph; every heading a bold Normal paragraph (no heading style,
           no numbering, no larger size), the Acts in List Number, a closing headed section that
           says how the chapter is kept under review.

Written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind303.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind303.py"
NAMES = {
    "30304": "30304-docx-bold-normal-meaning-headings-skelbridge-amended-day-seven-numbered-acts-restorative-practice-seven-in-sentence-three-months-21-or-25-education-or-training-closing-review-section.docx",
}
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ("title" | "h" | "p" | "n", text): h a bold Normal heading line, n a List Number item
SKELBRIDGE: list[tuple[str, str]] = [
    ("title", TITLE),
    ("p", "Skelbridge City Council, Children's Social Care"),
    ("h", "Who we are writing for"),
    ("p", "This chapter is for every member of staff, volunteer and commissioned provider who works with children who are looked after by Skelbridge City Council, and with the young people who have left our care. It describes the beliefs and principles that sit behind the rest of this manual."),
    ("p", "This version of the chapter was amended on 14 August 2026."),
    ("h", "Duties written into law"),
    ("p", "The council's duties to children who are looked after and to care leavers rest on the following legislation:"),
    ("n", "Human Rights Act 1998"),
    ("n", "Children Act 1989"),
    ("n", "Children (Leaving Care) Act 2000"),
    ("n", "Adoption and Children Act 2002"),
    ("n", "Children Act 2004"),
    ("n", "Children and Families Act 2014"),
    ("n", "Children and Social Work Act 2017"),
    ("h", "What drives us"),
    ("p", "We want every child in Skelbridge to grow up safe, loved and hopeful about the future. We know that children who come into care have often lost a great deal already, and that the way the council treats them will shape how they see themselves for years to come. That is why we set our sights high for them, and why we ask the same of our partners."),
    ("h", "Conversations worth having"),
    ("p", "Skelbridge has used Restorative Practice as its practice model since 2021. Practitioners work with families rather than doing things to them or for them: they are clear about what must change, and they give families the support and the time to change it. The same approach is used in supervision and in the way managers talk with their teams."),
    ("h", "Doing right by every child we look after"),
    ("p", "The council holds itself to the seven corporate parenting principles whenever it makes a decision that touches the lives of children who are looked after or care leavers. Councillors on the Corporate Parenting Committee visit children's homes, meet young people at least twice a year and report to full Council on what they have heard."),
    ("h", "Kin before strangers"),
    ("p", "When a child cannot stay with their parents, we ask first whether someone in their wider family or friendship network can care for them. Family group conferences are offered to every family before a child comes into care, unless it would be unsafe. Whatever the route, each child who is looked after will have a plan for permanence within three months, so that they know where they will grow up."),
    ("h", "Staying close after eighteen"),
    ("p", "Care leavers are entitled to a personal adviser and a pathway plan until they reach 21, or 25 if they are still in education or training. Our Leaving Care Service keeps in touch with every young person at least every eight weeks and will always help a care leaver who comes back to us for advice, whatever their age."),
    ("h", "Looking after what families tell us"),
    ("p", "We record what children and families tell us accurately and store it securely. We share personal information with other agencies only where it is necessary and proportionate, and we follow data protection law and the council's information governance policy when we do so."),
    ("h", "How this chapter stays current"),
    ("p", "The Head of Service for Corporate Parenting owns this chapter. It is reviewed every two years, or sooner if the law or national guidance changes. The next review is due in August 2028."),
]
# fmt: on


def skelbridge() -> bytes:
    document = new_docx()
    for kind, text in SKELBRIDGE:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _note(blocks: list[tuple[str, str]], about: str) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    number = 0
    for kind, text in blocks:
        if kind == "n":
            number += 1
            lines.append(f"{number}. {text}")
        else:
            if previous == "n":
                lines.append("")
            prefix = {"title": "# ", "h": "**"}.get(kind, "")
            suffix = "**" if kind == "h" else ""
            lines += [prefix + text + suffix, ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAMES["30304"]).write_bytes(skelbridge())
    (HERE / (NAMES["30304"] + ".md")).write_text(
        _note(
            SKELBRIDGE,
            "python-docx, Title style, every heading a bold Normal paragraph, Acts in List Number",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
