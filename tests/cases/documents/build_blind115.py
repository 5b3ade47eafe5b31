# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word document of the hundred-and-fifteenth blind set (11504): a whole chapter of an
invented council with no headings at all, every paragraph in the Normal style (the title too,
and the bullets typed as "• " at the start of Normal paragraphs), its topics in an unusual order:
the Acts first, a one-line vision, a long practice paragraph, values between practice
paragraphs, a paragraph that mixes corporate parenting with the leaving care offer, the scope
last, a contacts line and a dated history sentence.

11501, 11502 (.txt) and 11503 (.md) are written by hand. All in our own words (invented
councils).

usage: .venv/bin/python tests/cases/documents/build_blind115.py   (needs python-docx)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
BLACKWATER_FEN = [
    ("p", "Support for Care Leavers"),
    ("p", "Blackwater Fen Council's duties to care leavers are found in:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("p", "Our ambition is simple: no care leaver in Blackwater Fen faces adult life alone."),
    ("p", "Work with a young person towards leaving care begins while they are still settled in their foster home or children's home, and it is shaped by what the young person tells us matters to them rather than by a checklist. The social worker and the young person write the pathway plan together, and the young person keeps their own copy. The plan sets out where they will live after 18, what they will be doing in the day, who will help them with money, health and forms, and which adults they can count on. A personal adviser joins the plan from the age of 17 and meets the young person several times before taking over from the social worker, so that nobody is handed to a stranger. If a young person is not ready to leave their foster home at 18 we support them to Stay Put, and if they are not ready to live alone we find them supported lodgings rather than a flat of their own. We help with a setting-up home allowance, a driving licence or a provisional licence, a bank account, a national insurance number and a passport, and we pay council tax for care leavers who live in Blackwater Fen until they are 25. Personal advisers keep in touch at least every eight weeks, face to face wherever possible, and they answer messages on the same working day. When a care leaver is in crisis, the out-of-hours team can reach the adviser's notes and knows what has been agreed. Team managers audit a sample of pathway plans each quarter and share what they find with the whole team."),
    ("p", "The values that guide us are:"),
    ("b", "we listen before we decide"),
    ("b", "we are open about what we can and cannot do"),
    ("b", "we stay alongside young people when things go wrong"),
    ("p", "Young people are invited to every meeting about their plan and may bring a friend or an advocate with them. Where a young person disagrees with a decision, the adviser explains how to challenge it."),
    ("p", "Every councillor and officer is a corporate parent and must follow the seven corporate parenting principles in all decisions that affect our Cared for Children and care leavers. Our local offer promises each care leaver a personal adviser until they are 21, and until they are 25 if they are in education or training."),
    ("p", "Records about care leavers are kept safely and are only shared with other services when the young person agrees or the law requires it. Young people may ask to see their own file at any time, and an adviser will go through it with them."),
    ("p", "This chapter is for social workers, personal advisers, managers and independent reviewing officers in Blackwater Fen who work with Cared for Children from the age of 16 and with care leavers up to 25."),
    ("p", "Questions: Leaving Care Service, Blackwater Fen Council, Fenland House, Station Road; telephone 01632 960 341."),
    ("p", "This version of the chapter was agreed by the Leaving Care Service in May 2025 and replaces the version of October 2022."),
]
# fmt: on

NAME = "11504-docx-normal-paragraphs-only-typed-bullets-acts-first-one-line-vision-long-practice-values-mid-mixed-corporate-parenting-offer-scope-last-contacts-history-sentence.docx"


def _word(blocks: list[tuple[str, str]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        document.add_paragraph(f"\u2022 {text}" if kind == "b" else text)
    return saved_docx(document)


def main() -> None:
    from build_binary_tools import blocks_note

    target = HERE / NAME
    target.write_bytes(_word(BLACKWATER_FEN))
    target.with_name(NAME + ".md").write_text(
        blocks_note(
            BLACKWATER_FEN,
            "build_blind115.py",
            "no headings at all: every paragraph Normal, the title too, bullets typed as '• ' in Normal paragraphs",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
