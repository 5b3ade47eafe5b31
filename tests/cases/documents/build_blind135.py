# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the hundred-and-thirty-fifth blind set's Word files (13504, 13505): whole chapters with no headings.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set, as Word files whose paragraphs are all Normal paragraphs (and, in 13505, one
real Word numbered list), in an order other than the template's.

- 13504 Word, a title typed as a Normal paragraph; most paragraphs open with a bold lead-in
  sentence (a run, not a heading); the practice model first.
- 13505 Word, no title at all; corporate parenting first, its principles a real Word numbered list
  (List Number, numbered by Word's numbering, not typed).

usage: python tests/cases/documents/build_blind135.py   (needs python-docx)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind135.py"

# (kind, text): "t" a title typed as a Normal paragraph, "p" a Normal paragraph,
# "n" a numbered list paragraph (List Number), "lead" a paragraph whose first sentence
# (up to "||") is bold.
Block = tuple[str, str]

# fmt: off
C04: list[Block] = [
    ("t", "Pennistow District Council - Children's Services Policies, Values and Principles"),
    ("lead", "We work to one practice model.|| Every team in Pennistow uses Signs of Safety, so that a family hears the same three questions from whoever they meet: what are we worried about, what is working well, and what needs to happen next. New staff are trained in it in their first month, and managers use its mapping in supervision."),
    ("lead", "The model rests on what we value.|| We value straight talking, so families always know what we think and why. We value the knowledge that parents and children have of their own lives. We value patience with families who are trying, and firmness when a child is not safe."),
    ("lead", "Our duties are set by law.|| The Children Act 1989, the Children Act 2004, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Domestic Abuse Act 2021 give the council the duties this policy puts into practice, with the statutory guidance that goes with them."),
    ("p", "This policy is the framework for all of our social work with children and families, from early help to leaving care."),
    ("lead", "Everyone in children's services is covered.|| This chapter applies to all Pennistow staff working with children and families, to agency workers and to the staff of services we commission. It was reviewed and amended in June 2025, when the paragraph on the practice model was moved to the front."),
    ("lead", "The whole council is a corporate parent.|| Elected members and officers in every department share the responsibility for Cared for Children. In all that they decide they must have regard to the seven corporate parenting principles, which ask them to act in the child's best interests, to listen to the child, to help them use services, to expect the best for them and to prepare them for adult life."),
    ("lead", "Families come first.|| We help children to stay with their own families whenever that can be made safe, and when it cannot we look to relatives and friends before anyone else."),
    ("lead", "No child should wait for a permanent home.|| A plan for permanence is agreed at the four-month review for every cared for child who cannot go home."),
    ("lead", "Leaving care is not the end of our help.|| Young people who leave our care have a personal adviser until they are 21, and until they are 25 if they want one."),
    ("lead", "Our vision is simple.|| We want the children of Pennistow to be safe, to be happy and to have every chance that other children have, because a good start lasts a lifetime."),
]

C05: list[Block] = [
    ("p", "As corporate parent, the council as a whole has responsibilities to the children looked after by Easterley Marsh and to the young people who have left its care. Councillors and officers must have regard to the following principles in everything they do for those children:"),
    ("n", "to act in the best interests of the children and young people and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, the services provided by the council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("p", "The council's duties to children are found in the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. This policy explains the framework through which Easterley Marsh meets those duties, and it applies to children in need, children subject to protection plans and children looked after alike."),
    ("p", "What we want for children is easy to state and hard to achieve. We want them to be healthy, to be safe, to enjoy their education and do well in it, to take part in their communities and to leave childhood ready for work and for a home of their own."),
    ("p", "This chapter is for every practitioner and manager in Easterley Marsh children's social care. It was amended in September 2025 to set out the corporate parenting principles in full."),
    ("p", "Our values are fairness, openness and hope. We are fair in how we share our time and money among families, open about what we know and what we are going to do, and hopeful about what families can change when they are given the right help."),
    ("p", "Children should live with their own families wherever it is safe. If a child cannot return home, a permanence plan is made within four months of the child coming into care. Care leavers have a personal adviser until the age of 21, and up to 25 if they remain in education or training."),
    ("p", "Safeguarding children is everybody's business. The police, schools, health services and voluntary organisations work with us under the local safeguarding arrangements, and practitioners are expected to share their concerns with partner agencies early rather than carry them alone."),
]
# fmt: on


def _document(blocks: list[Block]) -> Any:
    from build_binary_tools import new_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "n":
            document.add_paragraph(text, style="List Number")
        elif kind == "lead":
            lead, rest = text.split("||")
            paragraph = document.add_paragraph()
            paragraph.add_run(lead).bold = True
            paragraph.add_run(rest)
        else:
            document.add_paragraph(text)
    return document


def _note(blocks: list[Block], about: str) -> str:
    """The text a reader sees, as markdown."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    number = 0
    previous = ""
    for kind, text in blocks:
        if kind == "n":
            number += 1
            lines.append(f"{number}. {text}")
        else:
            if previous == "n":
                lines.append("")
            if kind == "lead":
                lead, rest = text.split("||")
                text = f"**{lead}**{rest}"
            lines.extend([("# " if kind == "t" else "") + text, ""])
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


# fmt: off
DOCS: list[tuple[str, list[Block], str]] = [
    ("13504-docx-bold-lead-in-sentences-typed-title-practice-model-first-scope-mid-vision-last.docx", C04, "Normal paragraphs only, bold lead-in sentences, typed title"),
    ("13505-docx-no-title-corporate-parenting-first-real-numbered-principles-scope-mid-shared-last.docx", C05, "Normal paragraphs only and one real numbered list, no title"),
]
# fmt: on


def main() -> None:
    from build_binary_tools import saved_docx

    for name, blocks, about in DOCS:
        target = HERE / name
        target.write_bytes(saved_docx(_document(blocks)))
        target.with_name(target.name + ".md").write_text(_note(blocks, about), encoding="utf-8")
        print("wrote", target.name)


if __name__ == "__main__":
    main()
