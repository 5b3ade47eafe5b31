# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word document of the hundred-and-thirty-second blind set (13204): a whole chapter
written by an officer who never saw the common template.

    13204  Word: Title style; a "Brought up to date" month line under the title; a young
           person's story as an italic paragraph before any heading; Heading 1 headings written
           as questions and sentences; the law and the council's beliefs under one heading;
           the seven corporate parenting principles named, not listed; "What happens when you
           turn 18" with its sub-headings as short plain Normal lines (no bold, no style);
           support "until their twenty-fifth birthday" alone; "Questions?" to close.

13201, 13202 (.txt), 13203 (.md) and 13205 (.html) are written by hand. All in our own words
(invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind132.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
HADDOW_CROSS = [
    ("title", "Our Policies, Values and Principles (Children's Services)"),
    ("p", "Haddow Cross City Council"),
    ("p", "Brought up to date: March 2025"),
    ("i", "Leah is nineteen. She left care last year and now shares a flat with a friend while she trains as a chef. She told us that the thing that helped most was that the same people stayed in her life after she turned eighteen. We have tried to write this chapter with young people like Leah in mind."),
    ("h1", "What this chapter is for"),
    ("p", "This chapter explains, in plain words, what Haddow Cross Children's Services believes in and how we will work. It is for everyone who works with children looked after and care leavers, including our partners and the carers who look after children for us."),
    ("h1", "What the law asks of us, and what we believe in"),
    ("p", "The law gives us clear duties. The ones that matter most for this chapter are in:"),
    ("li", "the Children Act 1989"),
    ("li", "the Children (Leaving Care) Act 2000"),
    ("li", "the Children and Social Work Act 2017"),
    ("li", "the Care Leavers (England) Regulations 2010"),
    ("li", "the Equality Act 2010"),
    ("p", "We also believe that children should be kept safe within their own families wherever possible, that they should be listened to, that they should not be treated differently because of who they are, and that the help we give should not stop just because a birthday comes round."),
    ("h1", "Why does this matter to us?"),
    ("p", "We want every child who has been in our care to look back and say that we made a difference. That means staying in their lives, keeping our word and expecting as much for them as any good parent would. If we get this right, our children will grow into adults who are confident, settled and able to make their own way."),
    ("h1", "How do we act as corporate parents?"),
    ("p", "Every councillor and every officer of Haddow Cross City Council is a corporate parent. We will follow the seven corporate parenting principles in the Children and Social Work Act 2017 in every decision that touches a child looked after or a care leaver, and the Corporate Parenting Panel will check each year that we have done so."),
    ("h1", "What happens when you turn 18"),
    ("p", "We will start getting you ready for adult life long before you turn 18, and we will not disappear when you do."),
    ("p", "Your pathway plan"),
    ("p", "From the age of sixteen you will have a pathway plan that you write with your social worker. It says where you will live, what you want to do and who will help you."),
    ("p", "Your personal adviser"),
    ("p", "Every care leaver can have a personal adviser until their twenty-fifth birthday, whatever they are doing. You can stop seeing your adviser and come back later if you change your mind."),
    ("p", "Staying Put"),
    ("p", "If you live with foster carers and you all want it, you can stay living with them after you turn 18."),
    ("h1", "Who will see what we write about you?"),
    ("p", "We keep records about you so that we remember what has happened and why. Only the people who need to know will see them. We will share information without asking you first only if we are worried that someone could be hurt."),
    ("h1", "Questions?"),
    ("p", "Speak to your social worker, personal adviser or team manager, or contact the Children's Services Quality Assurance Team on 01632 960 531."),
]

FILES = {
    "13204-docx-story-paragraph-under-title-brought-up-to-date-month-question-headings-law-and-beliefs-together-seven-named-not-listed-plain-normal-subheadings-twenty-fifth-birthday-questions.docx": HADDOW_CROSS,
}
# fmt: on


def _word(blocks: list[tuple[str, str]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind.startswith("h"):
            document.add_heading(text, level=int(kind[1:]))
        elif kind == "i":
            document.add_paragraph().add_run(text).italic = True
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _note_kind(kind: str) -> str:
    if kind == "li":
        return "b"
    if kind.startswith("h"):
        return "h"
    if kind == "i":
        return "p"
    return kind


def main() -> None:
    from build_binary_tools import blocks_note

    for name, blocks in FILES.items():
        target = HERE / name
        target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(
                [(_note_kind(kind), text) for kind, text in blocks],
                "build_blind132.py",
                "Heading 1 headings as questions and sentences, a story paragraph under the title, plain Normal sub-headings under leaving care (13204)",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
