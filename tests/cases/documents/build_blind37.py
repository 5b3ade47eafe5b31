# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the thirty-seventh blind set (3707, 3708).

3707 is a Word file as a council editor types one: no heading styles at all, each heading a
Normal paragraph in bold, lists in Word's own "List Number" numbering (the second list restarted
at 1 by its own numbering instance), and a running header. 3708 is a Word document whose headings
are Normal paragraphs set only in a larger font size (not bold), with a running footer, printed
to PDF by LibreOffice headless. Both chapters are written for this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind37.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import copy
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
STOURFIELD = [
    ("title", "Stourfield Borough Council: Children's Services Policies, Values and Principles"),
    ("h", "Our purpose"),
    ("p", "This chapter sets out the policy, values and principles that guide Stourfield's work with children, young people and their families. Every other procedure in the manual should be read alongside it."),
    ("p", "In January 2025 this chapter was updated to include the council's revised pledge to care leavers."),
    ("h", "The law"),
    ("p", "This chapter has regard to:"),
    ("n1", "The Children Act 1989"),
    ("n1", "The Children (Leaving Care) Act 2000"),
    ("n1", "The Adoption and Children Act 2002"),
    ("n1", "The Children Act 2004"),
    ("n1", "The Children and Young Persons Act 2008"),
    ("n1", "The Children and Families Act 2014"),
    ("n1", "The Children and Social Work Act 2017"),
    ("n1", "Working Together to Safeguard Children 2023"),
    ("h", "Working as one council"),
    ("p", "Children in care are the responsibility of the whole council, not only of Children's Services. Schools, health services, the police and voluntary organisations are our partners in keeping children safe, and the Stourfield Safeguarding Children Partnership agrees how we work together."),
    ("h", "What matters to us"),
    ("p", "We put children first. We are respectful and honest with families, we are curious about what lies behind a family's difficulties and we never give up on a child."),
    ("h", "Our pledge to young people"),
    ("p", "As your corporate parent the council will keep to these principles:"),
    ("n2", "We will act in your best interests and look after your physical and mental health."),
    ("n2", "We will encourage you to tell us your views, wishes and feelings."),
    ("n2", "We will take your views, wishes and feelings into account."),
    ("n2", "We will help you use the services the council and its partners provide."),
    ("n2", "We will have high hopes for you and help you achieve the best you can."),
    ("n2", "We will help you to be safe and to have stable homes, relationships, schooling and work."),
    ("n2", "We will prepare you for adult life and living independently."),
    ("h", "Our way of working"),
    ("p", "Signs of Safety is the practice model used across Stourfield. It helps social workers and families to agree what is going well, what the worries are and what needs to happen, and it puts the family's own network at the centre of the plan."),
    ("h", "Growing up well"),
    ("p", "We want children in Stourfield to be healthy, safe, happy at school, proud of who they are and ready for adult life."),
    ("h", "When a child cannot live at home"),
    ("p", "Children are best brought up by their own families. When that cannot happen we look first at relatives and friends, and every child in care should have a permanence plan within four months of coming into care."),
    ("p", "Support from the leaving care service lasts until a young person is 21; it can continue to 25 if they ask for it."),
    ("h", "Keeping information safe"),
    ("p", "Information about children and families is kept securely and shared only where it is lawful and necessary. Children and parents can ask to see what we have written about them."),
]

QUENBURY = [
    ("title", "Quenbury Council Children's Services Policies, Values and Principles"),
    ("p", "Last amended: 2 December 2024"),
    ("h", "About this chapter"),
    ("p", "This chapter provides the framework of values and principles within which Quenbury Council's Children's Services work. It applies to social workers, family support workers, managers and the services we commission, and it should be read together with the procedures that follow it."),
    ("h", "The law behind our work"),
    ("p", "This policy framework is consistent with the following legislation and guidance:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Partners in keeping children safe"),
    ("p", "Safeguarding children is a shared responsibility. Quenbury's safeguarding partners, the council, the integrated care board and the police, lead the local arrangements, and schools, early years settings and voluntary groups all take part. We expect every partner to raise concerns early and to share what they know."),
    ("h", "What we value"),
    ("p", "We value the voice of the child above all. We want our work to be respectful, honest and kind, and we want families to feel that we are on their side even when we have to make difficult decisions."),
    ("p", "We value our staff too: good supervision, manageable caseloads and time to reflect make good practice possible."),
    ("h", "Our duties as corporate parents"),
    ("p", "Quenbury Council is corporate parent to its looked after children and care leavers. The council must have regard to the seven corporate parenting principles, which are:"),
    ("p", "a) to act in their best interests and promote their physical and mental health and well-being;"),
    ("p", "b) to encourage them to express their views, wishes and feelings;"),
    ("p", "c) to take into account their views, wishes and feelings;"),
    ("p", "d) to help them gain access to, and make the best use of, services;"),
    ("p", "e) to promote high aspirations and seek the best outcomes for them;"),
    ("p", "f) for them to be safe and to have stability in their home lives, relationships and education or work;"),
    ("p", "g) to prepare them for adulthood and independent living."),
    ("p", "The corporate parenting panel reports to full council once a year on how well these principles have been met."),
    ("h", "Where we want to be"),
    ("p", "Our vision is for Quenbury to be a place where every child grows up safe, loved and hopeful about the future, and where families can get help as soon as they need it."),
    ("h", "How we practise"),
    ("p", "Quenbury follows the Family Safeguarding model. Social workers work in teams with adult specialists in mental health, domestic abuse and substance misuse, so that the adults' problems that harm children are tackled together and families do not have to tell their story many times."),
    ("h", "Outcomes for children"),
    ("p", "We want looked after children and all children in need to be healthy, to be safe, to do well in learning, to have a say in their lives and to move into adulthood with confidence."),
    ("h", "Principles we work by"),
    ("p", "Children should be brought up by their own families wherever this is safe. We offer early help to prevent problems growing, and we look to wider family and friends before any other placement."),
    ("p", "Every looked after child should have a permanence plan within 4 months of becoming looked after, so that they know where they will grow up."),
    ("p", "Care leavers are entitled to support from a personal adviser up to 21; to 25 for those in higher education."),
    ("p", "Children and young people will be consulted about decisions that affect them, and their views will be recorded."),
    ("h", "Confidentiality"),
    ("p", "Personal information will be handled in line with data protection law. It will be shared with other agencies when this is needed to safeguard a child, and families will normally be told when that happens."),
]

# fmt: on

HEADER_3707 = "Stourfield Children's Services Procedures Manual"
FOOTER_3708 = "Quenbury Council Children's Services - Policies, Values and Principles"


def _restarted_numbering(document, paragraph) -> None:  # type: ignore[no-untyped-def]
    """Give `paragraph` a new numbering instance of List Number's list that starts again at 1."""
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    style = document.styles["List Number"]
    num_id = style.element.pPr.numPr.numId.val
    source = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    new = copy.deepcopy(source)
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    new.set(qn("w:numId"), str(new_id))
    from docx.oxml import parse_xml

    override = parse_xml(
        '<w:lvlOverride xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:ilvl="0">'
        '<w:startOverride w:val="1"/></w:lvlOverride>'
    )
    new.append(override)
    numbering.append(new)
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:ilvl w:val="0"/><w:numId w:val="{new_id}"/></w:numPr>'
    )
    ppr.append(numpr)


def stourfield_docx() -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = HEADER_3707
    previous = ""
    for kind, text in STOURFIELD:
        if kind == "title":
            run = document.add_paragraph().add_run(text)
            run.bold, run.font.size = True, Pt(16)
        elif kind == "h":
            run = document.add_paragraph().add_run(text)
            run.bold = True
        elif kind in ("n1", "n2"):
            paragraph = document.add_paragraph(text, style="List Number")
            if kind == "n2" and previous != "n2":
                _restarted_numbering(document, paragraph)
        else:
            document.add_paragraph(text)
        previous = kind
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def quenbury_docx() -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].footer.paragraphs[0].text = FOOTER_3708
    for kind, text in QUENBURY:
        if kind == "title":
            document.add_paragraph().add_run(text).font.size = Pt(20)
        elif kind == "h":
            document.add_paragraph().add_run(text).font.size = Pt(15)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_pdf(data: bytes, target: Path) -> None:
    from build_binary_tools import docx_to_pdf

    docx_to_pdf(data, target)


def note(blocks: list[tuple[str, str]], about: str) -> str:
    """The text a reader sees, as markdown: the note written beside each built file."""
    lines = [f"%% built by build_blind37.py: {about}", ""]
    number = 0
    previous = ""
    for kind, text in blocks:
        if kind in ("n1", "n2"):
            number = number + 1 if kind == previous else 1
            lines.append(f"{number}. {text}")
        elif kind == "b":
            lines.append(f"- {text}")
        else:
            if previous in ("n1", "n2", "b"):
                lines.append("")
            lines.append({"title": "# ", "h": "## "}.get(kind, "") + text)
            lines.append("")
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    from build_binary import _with_fixed_zip_times

    word = HERE / "3707-docx-bold-normal-headings-list-number-restarted.docx"
    word.write_bytes(_with_fixed_zip_times(stourfield_docx()))
    word.with_name(word.name + ".md").write_text(
        note(STOURFIELD, "headings as bold Normal paragraphs, List Number lists, running header"),
        encoding="utf-8",
    )
    pdf = HERE / "3708-pdf-lo-font-size-headings-lettered-typed.pdf"
    to_pdf(quenbury_docx(), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        note(QUENBURY, "Word headings by font size only, printed to PDF by LibreOffice, footer"),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
