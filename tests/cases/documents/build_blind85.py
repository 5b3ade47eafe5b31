# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the Word and PDF files of the eighty-fifth blind set: whole chapters of invented
councils that mix headed and un-headed stretches.

    8503  Word: the scope and the introduction open the chapter as plain paragraphs before the
          first heading; "Heading 2" headings after them; bold run-in labels ("Practice model."
          set bold at the start of a Normal paragraph) for some topics, nothing for others;
          "Version 7" closing.
    8504  Word: a "Contents" heading over a numbered list naming the later headings, then a
          long un-headed stretch (scope, amendment, introduction, partnership, values,
          vision), then "Heading 1" sections; an un-headed contacts paragraph at the end.
    8505  PDF printed by LibreOffice from Word: a "Key points" box of bullets before the body;
          headings at inconsistent levels (Heading 1, then Heading 3, then Heading 2); one
          heading's section holds two topics separated only by an empty paragraph.

Blocks: ("title" | "h1" | "h2" | "h3" | "p" | "b" | "n" | "blank", text) or ("r", label, text)
for a paragraph opening with a bold run-in label.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind85.py   (needs python-docx, LibreOffice)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

Block = tuple[str, ...]

# fmt: off
TAMSWORTH: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter is for everyone who works in Tamsworth Fen District Council's children's services, and for the foster carers and providers who care for children on our behalf. It was amended in July 2024 to describe the new offer to care leavers."),
    ("p", "This policy sets out the framework within which we plan and deliver services to children and their families. It rests on the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("h2", "Our Values"),
    ("p", "We are open with families about what we think and why. We believe that most children are best brought up by their own families, we respect the cultures and faiths of the people we serve, and we expect to be held to account for what we promise."),
    ("h2", "Corporate Parenting"),
    ("p", "Every councillor and every officer of the district council shares responsibility for our Children Looked After. The council follows the corporate parenting principles in all its decisions about them and reports each year on how it has done so."),
    ("r", "Practice model.", "Our practitioners use Restorative Practice. They work with families rather than doing things to them or for them, and they repair relationships when things go wrong."),
    ("r", "Key outcomes.", "We want every child in Tamsworth Fen to be healthy, to be safe from harm, to achieve at school and to be ready for adult life when the time comes."),
    ("p", "A child who cannot go home needs a permanent family quickly, so a plan for permanence is made within four months of the child coming into care. When young people leave care they keep a personal adviser until they are 21, and until 25 if they are in full-time education."),
    ("h2", "Information Sharing"),
    ("p", "We keep information about children and families securely and share it with partner agencies only when the law allows or when a child's safety depends on it."),
    ("p", "Version 7"),
]

KELDERBY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h1", "Contents"),
    ("n", "Corporate Parenting"),
    ("n", "Our Practice Model"),
    ("n", "Principles of our Work"),
    ("n", "Sharing Information"),
    ("p", "These procedures apply to all staff in Kelderby City Council's children's social care service, to the foster carers we approve and to the residential homes we use."),
    ("p", "This chapter was revised in January 2025, when the section on leaving care was rewritten."),
    ("p", "This policy sets out the framework for our work with children, young people and their families. Our duties come from the Children Act 1989, the Children Act 2004 and the Children and Families Act 2014."),
    ("p", "Keeping children safe is everyone's business. The city's safeguarding partners, the council, the integrated care board and the police, agree how agencies work together, and our staff take part in that arrangement at every level."),
    ("p", "We treat children and families with dignity. We are honest about our concerns, we look for strengths as well as risks, and we keep children at the centre of every decision."),
    ("p", "Our vision is for Kelderby to be a city where every child grows up in a loving, stable home and has the chance to reach their potential."),
    ("h1", "Corporate Parenting"),
    ("p", "As corporate parent to our Cared for Children the council must:"),
    ("b", "act in the child's best interests and promote their health and well-being"),
    ("b", "encourage the child to express their views, wishes and feelings"),
    ("b", "take those views, wishes and feelings into account"),
    ("b", "help the child to use the services available to them"),
    ("b", "promote high aspirations and seek the best outcomes for the child"),
    ("b", "help the child to be safe and to have stability at home, at school and at work"),
    ("b", "prepare the child for adulthood and independent living"),
    ("h1", "Our Practice Model"),
    ("p", "Kelderby's social workers are trained in Systemic Practice, which looks at the patterns of relationships around a child and draws on the whole family to find solutions."),
    ("h1", "Principles of our Work"),
    ("p", "Children should live with their families wherever it is safe for them to do so. Where that is not possible, a plan for permanence is agreed within six months."),
    ("p", "Young people leaving care are supported by our Next Steps Team up to the age of 25."),
    ("h1", "Sharing Information"),
    ("p", "Information about children is shared with other agencies on a need-to-know basis and in line with data protection law. Families are told what will be shared and why."),
    ("p", "For advice on this chapter, contact the Children's Services Quality Team at quality.team@kelderby.example or on 0113 496 0732."),
]

HOLLINMERE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h2", "Key points"),
    ("b", "This chapter sets out the values and principles behind Hollinmere County Council's children's services."),
    ("b", "It was amended in May 2025."),
    ("b", "Young people leaving care are supported until they are 21, or 25 if they are in education, training or employment."),
    ("h1", "Introduction"),
    ("p", "This policy sets out how services to children who are looked after, and to other children in need, are planned in Hollinmere. It draws on:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("h3", "Partnership working"),
    ("p", "Children's social care is one part of a wider network. We work with health services, schools, the police and the voluntary sector through the Hollinmere Safeguarding Children Partnership, and we expect our staff to pick up the phone to colleagues in those agencies rather than wait for a form."),
    ("h2", "What we value"),
    ("p", "We value kindness, openness and ambition for every child. We are respectful of families, clear about risks and prepared to change our minds when we learn something new."),
    ("blank", ""),
    ("p", "By 2028 we want Hollinmere to be a county where children who are looked after do as well as any other child, and where families get help before problems grow."),
    ("h3", "Corporate parenting"),
    ("p", "The whole council acts as corporate parent to the children who are looked after by it. Members and officers are guided by the seven principles of corporate parenting in every decision that touches a child in care."),
    ("h2", "Principles of practice"),
    ("p", "Children should live with their families where it is safe. Where they cannot, we make a plan for permanence within three months, so that no child waits longer than they need to for a settled home. Young people leaving care keep a personal adviser until they are 21, or 25 if they are in education, training or employment."),
    ("h1", "Confidentiality"),
    ("p", "Personal information about children and families is held securely and shared only where the law or a child's safety requires it."),
    ("p", "Last updated: 2 June 2025"),
]
# fmt: on


def _docx(blocks: list[Block]) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    styles = {"h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3"}
    for block in blocks:
        kind = block[0]
        if kind == "title":
            document.add_paragraph(block[1], style="Title")
        elif kind in styles:
            document.add_paragraph(block[1], style=styles[kind])
        elif kind == "b":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "n":
            document.add_paragraph(block[1], style="List Number")
        elif kind == "blank":
            document.add_paragraph("")
        elif kind == "r":
            paragraph = document.add_paragraph()
            paragraph.add_run(block[1]).bold = True
            paragraph.add_run(" " + block[2])
        else:
            document.add_paragraph(block[1])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _note(blocks: list[Block], about: str) -> str:
    lines = [f"%% built by build_blind85.py: {about}", ""]
    number = 0
    previous = ""
    for block in blocks:
        kind = block[0]
        if kind == "n":
            number = number + 1 if kind == previous else 1
            lines.append(f"{number}. {block[1]}")
        elif kind == "b":
            lines.append(f"- {block[1]}")
        else:
            if previous in ("n", "b"):
                lines.append("")
            if kind == "r":
                lines.append(f"**{block[1]}** {block[2]}")
            elif kind != "blank":
                prefix = {"title": "# ", "h1": "## ", "h2": "## ", "h3": "### "}.get(kind, "")
                lines.append(prefix + block[1])
            lines.append("")
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import docx_to_pdf

    tamsworth = HERE / "8503-docx-unheaded-scope-and-introduction-bold-run-in-labels.docx"
    tamsworth.write_bytes(_with_fixed_zip_times(_docx(TAMSWORTH)))
    tamsworth.with_name(tamsworth.name + ".md").write_text(
        _note(
            TAMSWORTH,
            "un-headed scope and introduction before the first heading, bold run-in labels for some topics",
        ),
        encoding="utf-8",
    )
    kelderby = HERE / "8504-docx-contents-then-long-unheaded-stretch-contacts.docx"
    kelderby.write_bytes(_with_fixed_zip_times(_docx(KELDERBY)))
    kelderby.with_name(kelderby.name + ".md").write_text(
        _note(
            KELDERBY,
            "a contents list, a long un-headed stretch, Heading 1 sections, a closing contacts paragraph",
        ),
        encoding="utf-8",
    )
    pdf = HERE / "8505-pdf-lo-key-points-box-h1-h3-h2-levels-two-topics-one-heading.pdf"
    docx_to_pdf(_docx(HOLLINMERE), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        _note(
            HOLLINMERE,
            "a Key points box, headings at inconsistent levels, two topics under one heading, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
