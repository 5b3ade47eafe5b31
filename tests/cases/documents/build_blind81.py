# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word and PDF files of the eighty-first blind set (8105-8107): whole chapters of
invented councils with no headings at all, every paragraph (the title too) a plain Normal
paragraph with no style, bold or numbering of Word's own. 8105 opens its paragraphs on
pronouns and closes on a history of changes written as prose; 8106 opens them on questions
and on role and team names, with the Acts named in a sentence; 8107 (printed to PDF by
LibreOffice from Word) has typed numbered paragraphs whose lettered sub-paragraphs are
Normal paragraphs of their own, and paragraphs opening on dates.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind81.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
TILLINGFORD = [
    "Tillingford Children's Services: Policy, Values and Principles",
    "It is the purpose of this chapter to describe the values and principles that guide all of Tillingford's work with children and families, and anyone new to the service should read it first.",
    "They are set down in legislation, the duties we carry: the Children Act 1989 gives us our core responsibilities, the Children Act 2004 requires agencies to cooperate, the Children and Families Act 2014 reformed support for children with special educational needs, and the Children and Social Work Act 2017 strengthened what we owe to care leavers.",
    "We cannot do this work alone. Health visitors, teachers, police officers and voluntary groups share the responsibility for keeping children safe, and the Tillingford Safeguarding Children Partnership makes sure that responsibility is shared in practice and not only on paper.",
    "It is our belief that every child deserves to be listened to, that parents should be treated with respect even when we disagree with them, and that our staff should be open with families about what worries them.",
    "They are our children, the ones the council looks after. Every member and officer of Tillingford Council is their corporate parent, and we hold ourselves to the standard a good parent would set. In this manual we call them Looked After Children.",
    "We want Tillingford to be a place where children are safe at home, do well at school and grow up with hope for what lies ahead of them.",
    "It was in 2023 that we adopted Signs of Safety as our practice model across the whole service, and it remains the way we assess risk and make plans with families.",
    "We think children should live with their own families wherever they can. When that is not possible we look to relatives and friends first, and we aim to agree a permanence plan within three months. Care leavers can have a personal adviser up to the age of 25.",
    "It is everyone's duty to keep information about children confidential, and equally everyone's duty to share it when a child may be at risk of harm.",
    "This chapter was first written in 2019. It was updated in May 2023, when Signs of Safety replaced the earlier assessment framework, and again in October 2024, when the paragraph on care leavers was revised.",
]

CADDON_MARSH = [
    "Values and Principles of Caddon Marsh Children's Services",
    "What is this chapter for? It sets out the values and principles behind every procedure in this manual, and it applies to everyone working in Caddon Marsh children's services, whether directly employed or commissioned.",
    "On 14 January 2025 this chapter was amended to take account of new statutory guidance.",
    "Which laws apply? The Children Act 1989 is the main one, supported by the Children Act 2004, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Care Standards Act 2000.",
    "Head teachers, designated safeguarding leads, GPs and police officers are our partners in keeping children safe. Together we form the Caddon Marsh Safeguarding Partnership, and each of us is expected to act on a concern rather than assume someone else will.",
    "The Children's Social Care National Framework is statutory guidance describing what children's social care should achieve. We use its outcomes to judge our own practice and report against them to the Partnership each year.",
    "What do we value? Honesty, respect and kindness, and a belief that families can change when they are given the right help.",
    "Councillors and senior officers are corporate parents to all Children Looked After by Caddon Marsh, and they follow the seven corporate parenting principles in every decision they take about them.",
    "Social workers and family practitioners use the Safe and Together model whenever domestic abuse is part of a family's story, keeping the child with the protective parent wherever that is safe and holding the person who causes harm to account.",
    "Independent Reviewing Officers check that every child in care has a permanence plan by the second review, four months after the child came into care. Personal advisers support care leavers until 21, and to 25 for any care leaver who wants it.",
    "How will we know we are making a difference? When children are safe, healthy and happy at school, and when young people leave care with a home, a job or a course, and people they can rely on.",
    "Caseworkers and managers keep records confidential and share them only when the law allows it and a child's welfare requires it. Families can ask to see what we hold about them.",
    "Questions about this chapter should be sent to the Principal Social Worker.",
    "Version 4.1",
]

WRAYLE = [
    "Wrayle County Council Children's Services Policy, Values and Principles",
    "1. This chapter explains the values and principles behind the work of Wrayle County Council's children's services. It applies to all staff and to those who provide services on our behalf, and it was last amended in March 2025.",
    "2. Our work is governed by legislation and statutory guidance, in particular:",
    "(a) the Children Act 1989;",
    "(b) the Children Act 2004;",
    "(c) the Children (Leaving Care) Act 2000;",
    "(d) the Children and Social Work Act 2017.",
    "3. Other agencies share the responsibility for safeguarding children with us. In particular:",
    "(a) schools and early years settings notice children who need help and tell us;",
    "(b) health services look after children's physical and mental health and share their concerns;",
    "(c) the police act when a child is in immediate danger.",
    "4. By 2028 we want Wrayle to be a county where every child is safe, where families get help early, and where children in care do as well as their classmates.",
    "5. Our values are that:",
    "(a) children are listened to and taken seriously;",
    "(b) we are honest with families about our worries;",
    "(c) we treat everyone fairly.",
    "6. Wrayle County Council is corporate parent to all its Looked After Children and care leavers. Members and officers must have regard to the seven corporate parenting principles in every decision that affects these young people.",
    "7. In 2022 Wrayle adopted Signs of Safety as its practice model. Under it:",
    "(a) workers map what is going well and what is worrying with the family;",
    "(b) the family's own network helps to write a safety plan.",
    "8. From April 2025 the following principles apply to every plan for a child:",
    "(a) help is offered early;",
    "(b) children live with family or friends wherever that is safe;",
    "(c) a permanence plan is agreed within 6 months of a child coming into care;",
    "(d) every care leaver may have a personal adviser until they are 25.",
    "9. Our strategy for 2025 to 2028 has three priorities:",
    "(a) more early help in local family hubs;",
    "(b) more foster homes inside the county;",
    "(c) fewer changes of social worker.",
    "10. Information about children is confidential. It is shared only with those who need it to keep a child safe or to provide a service, and families are told what is shared unless that would put a child at risk.",
    "Last updated: 20 March 2025",
]
# fmt: on

FILES = {
    "8105-docx-normal-only-pronoun-openings-history-in-prose.docx": TILLINGFORD,
    "8106-docx-normal-only-question-and-role-openings-acts-in-a-sentence.docx": CADDON_MARSH,
    "8107-pdf-lo-normal-only-numbered-lettered-paragraphs-date-openings.pdf": WRAYLE,
}


def _word(paragraphs: list[str]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for text in paragraphs:
        document.add_paragraph(text)
    return saved_docx(document)


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, paragraphs in FILES.items():
        target = HERE / name
        data = _word(paragraphs)
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        target.with_name(name + ".md").write_text(
            blocks_note(
                [("p", text) for text in paragraphs],
                "build_blind81.py",
                "plain Normal paragraphs only, no headings",
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
