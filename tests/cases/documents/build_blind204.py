# ruff: noqa: E501, RUF001, RUF002  (the chapter's paragraphs are kept a line each, with the council's dashes)
"""Build the Word file and the PDF of the 204th blind set: councils' own heading numbering.

    20403  Hollinbrook: a python-docx file whose Heading 1, Heading 2 and Heading 3 styles carry
           one automatic multilevel list in outline form ("I." upper-case roman on Heading 1,
           "A." upper-case letters on Heading 2, "1." on Heading 3); no number is typed.
    20404  Eastwold: a Word file with "Section A – …" Heading 1 and "Part 1 – …" Heading 2 labels
           typed into the headings (parts numbered on through the chapter) and a running footer,
           printed to PDF by LibreOffice headless; only the PDF is kept.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind204.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind204.py"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TITLE = "Children's Services Policies, Values and Principles"
DOCX = "20403-docx-automatic-outline-numbering-roman-letters-digits-on-heading-1-3-values-with-ambitions-and-vision-parts-as-sections-care-leavers-forum-joined-restorative-three-months-21-or-25-apprenticeship-version-cared-for.docx"
PDF = "20404-pdf-lo-from-word-section-a-part-1-labels-parts-numbered-on-parts-of-one-kind-joined-four-acts-in-a-sentence-seven-named-no-wrong-door-five-months-21-or-24-full-time-education-chapter-version-cla.pdf"

# fmt: off
# ------------------------------------------------------------------------------ 20403 Hollinbrook
# ("h1" | "h2" | "h3", text) headings numbered by the list; ("p", text); ("n", text) List Number; ("b", text) List Bullet
HOLL: list[tuple[str, str]] = [
    ("p", "Hollinbrook Metropolitan Borough Council – Children's Social Care Procedures"),
    ("h1", "Purpose and Scope"),
    ("p", "This chapter explains the policies, values and principles on which Hollinbrook's services for children and families are built. It applies to all staff and managers in Children's Social Care and to the foster carers, residential workers and commissioned providers who care for children on our behalf."),
    ("p", "The chapter was revised in October 2025 to describe our practice model and the extended offer to care leavers."),
    ("h1", "Policy Framework"),
    ("p", "Our policies put into practice the duties that Parliament has placed on the council and the guidance issued under them. Where this manual and the law differ, the law prevails and managers must be told."),
    ("h2", "Legislation"),
    ("p", "The main Acts are:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h1", "Working Together"),
    ("p", "No single agency can protect children on its own. Hollinbrook's safeguarding partnership of the council, the police and the integrated care board follows Working Together to Safeguard Children, and the Children's Social Care National Framework sets out the outcomes all of us are working towards."),
    ("h1", "Values"),
    ("p", "Our values describe how children and families should experience every contact with us. They were agreed with the Children in Care Council and with our staff forum in 2025."),
    ("h2", "Our Ambitions"),
    ("b", "We are ambitious for every child and we never let a label set a ceiling on what they can do."),
    ("b", "We are honest, even when the news is hard to hear."),
    ("b", "We build relationships that last, and we do what we say we will do."),
    ("h2", "Our Vision and Rationale"),
    ("p", "Our vision is a borough where children grow up in families that are safe and loving, and where the few children who cannot live at home find a stable, caring home of their own. We want this because stable relationships are what make the biggest difference to children's lives."),
    ("h1", "Corporate Parenting"),
    ("p", "Hollinbrook Metropolitan Borough Council is corporate parent to every cared for child and care leaver. The whole council must have regard to the following needs of these young people:"),
    ("n", "to act in their best interests, and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, the services of the council and its relevant partners;"),
    ("n", "to promote high aspirations and to seek to secure the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h2", "The Role of Elected Members"),
    ("p", "Every councillor receives training as a corporate parent, and the Corporate Parenting Board, chaired by the lead member, checks each year how well the council has kept these principles."),
    ("h2", "The Care Leavers' Forum"),
    ("p", "Care leavers meet the Board twice a year to tell members what is and is not working, and the Board answers them in writing."),
    ("h1", "Our Practice Model"),
    ("p", "Hollinbrook has adopted Restorative Practice as its practice model for all work with children and families."),
    ("h2", "Theory"),
    ("p", "The model rests on the idea that people change most when things are done with them, not to them or for them, combining high support with high challenge."),
    ("h2", "Tools and Training"),
    ("p", "All staff attend two days of restorative training in their first year, and family group conferences are offered before any decision to bring a child into care."),
    ("h1", "Key Principles"),
    ("h2", "Families First"),
    ("p", "Children should be brought up by their own families wherever it is safe. Before a child comes into care we look for relatives or friends who could look after them."),
    ("h2", "Permanence"),
    ("h3", "Planning"),
    ("p", "A permanence plan is agreed for each cared for child within 3 months of their becoming cared for."),
    ("h3", "Review"),
    ("p", "The Independent Reviewing Officer checks progress against the plan at every review."),
    ("h2", "Leaving Care"),
    ("h3", "Support to 21"),
    ("p", "Each care leaver has a personal adviser and a pathway plan until they reach the age of 21."),
    ("h3", "Support from 21 to 25"),
    ("p", "A care leaver who is on an apprenticeship can keep their personal adviser until they turn 25."),
    ("h2", "Consultation"),
    ("p", "Children are consulted about every decision that affects them, in the way that suits them best, and their views are recorded in their own words."),
    ("h1", "Key Outcomes"),
    ("p", "We judge our work by what changes for children."),
    ("h2", "Being Healthy"),
    ("p", "Cared for children have annual health assessments and prompt access to mental health support."),
    ("h2", "Staying Safe"),
    ("p", "Children are protected from harm and from going missing."),
    ("h2", "Enjoying and Achieving"),
    ("p", "Children attend school regularly, make good progress and have hobbies and interests of their own."),
    ("h1", "Document Control"),
    ("p", "Version 3.2"),
    ("p", "Owner: Head of Service, Children in Care and Care Leavers"),
]

# ------------------------------------------------------------------------------ 20404 Eastwold
# ("h1" | "h2", text) headings with their labels typed; ("p", text)
EAST: list[tuple[str, str]] = [
    ("h1", "Section A – About this Chapter"),
    ("h2", "Part 1 – Who this Chapter is For"),
    ("p", "This chapter is for everyone who works with children and families on behalf of Eastwold Council: social workers, family support practitioners, personal advisers, independent reviewing officers and managers."),
    ("h2", "Part 2 – Changes in this Version"),
    ("p", "Changes made in November 2025: Part 11 on leaving care was rewritten and Section F now describes our practice model."),
    ("h1", "Section B – Legal Context"),
    ("p", "Our work with children looked after and care leavers is governed by the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them."),
    ("h2", "Part 3 – Who the Chapter Covers"),
    ("p", "It covers children in need, children subject to child protection plans, children looked after and young people who have left care."),
    ("h1", "Section C – Working in Partnership"),
    ("p", "We cannot keep children safe or help them thrive without other agencies. The council, Eastwold Police and the integrated care board are the three safeguarding partners for the area."),
    ("h2", "Part 4 – Schools and Health Services"),
    ("p", "Designated teachers, school nurses and the looked after children's health team are part of every child's network, and they are invited to plans and reviews."),
    ("h2", "Part 5 – Voluntary and Community Groups"),
    ("p", "Local charities run our mentoring and independent visitor schemes and take part in the partnership's training."),
    ("h1", "Section D – Our Values"),
    ("p", "Our values are simple: we listen, we are honest and we do not give up on children or their families."),
    ("h2", "Part 6 – What Children Asked of Us"),
    ("p", "Children told us they want workers who stay, who reply to messages and who explain decisions in plain words."),
    ("h2", "Part 7 – How We Hold Ourselves to Account"),
    ("p", "Each year we ask children and parents whether we have lived up to our values, and we publish what they told us."),
    ("h1", "Section E – Corporate Parenting"),
    ("p", "Eastwold Council is the corporate parent of every child looked after and every care leaver. All councillors and officers must have regard to the seven corporate parenting principles in the Children and Social Work Act 2017 when they make decisions that affect these young people, and the Corporate Parenting Committee reports on them each year."),
    ("h1", "Section F – Our Practice Model"),
    ("p", "Eastwold follows the No Wrong Door model for adolescents on the edge of care. Young people are supported by one team, with its own residential hubs, outreach workers, a clinical psychologist and a speech and language therapist, so that they do not have to retell their story to a series of services."),
    ("h2", "Part 8 – The Hubs"),
    ("p", "Our two hubs each provide a small number of residential places and short breaks for young people and their families."),
    ("h1", "Section G – Key Principles"),
    ("h2", "Part 9 – Families First"),
    ("p", "We work to keep children at home safely, and when they cannot stay we look first to their wider family."),
    ("h2", "Part 10 – Permanence"),
    ("p", "Every child looked after should have a permanence plan before they have been looked after for five months."),
    ("h2", "Part 11 – Leaving Care"),
    ("p", "Care leavers are supported by a personal adviser until they turn 21. Where a care leaver is in full-time education, that support continues until they are 24."),
    ("p", "Chapter version: V11"),
]
# fmt: on


def _outline_numbering(document: Any) -> None:
    """One multilevel list in outline form ("I." / "A." / "1.") attached to Heading 1-3, as
    Word's "Define New Multilevel List" with "Link level to style" writes it."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle w:val="{style}"/>'
        f'<w:lvlText w:val="%{level + 1}."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="567"/></w:pPr></w:lvl>'
        for level, fmt, style, indent in (
            (0, "upperRoman", "Heading1", 567),
            (1, "upperLetter", "Heading2", 1134),
            (2, "decimal", "Heading3", 1701),
        )
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="204"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W}" w:numId="204"><w:abstractNumId w:val="204"/></w:num>')
    )
    for level, style_id in enumerate(("Heading1", "Heading2", "Heading3")):
        style = document.styles.element.get_by_id(style_id)
        style.get_or_add_pPr().insert(
            0,
            parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="204"/></w:numPr>'
            ),
        )


STYLES = {
    "h1": "Heading 1",
    "h2": "Heading 2",
    "h3": "Heading 3",
    "n": "List Number",
    "b": "List Bullet",
}


def hollinbrook_docx() -> bytes:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    _outline_numbering(document)
    for kind, text in HOLL:
        document.add_paragraph(text, style=STYLES.get(kind))
    return saved_docx(document)


def _roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out, number = out + letters, number - value
    return out


def hollinbrook_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: Word file, Heading 1-3 numbered by one automatic outline list (I. / A. / 1.), no number typed",
        "",
        f"# {TITLE}",
        "",
    ]
    counters = [0, 0, 0]
    number = 0
    previous = ""
    for kind, text in HOLL:
        if kind in ("h1", "h2", "h3"):
            depth = int(kind[1]) - 1
            counters[depth] += 1
            counters[depth + 1 :] = [0] * (2 - depth)
            label = (
                _roman(counters[0])
                if depth == 0
                else chr(ord("A") + counters[1] - 1)
                if depth == 1
                else str(counters[2])
            )
            if previous in ("n", "b"):
                lines.append("")
            lines += ["#" * (depth + 2) + f" {label}. {text}", ""]
        elif kind in ("n", "b"):
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {text}" if kind == "n" else f"- {text}")
        else:
            if previous in ("n", "b"):
                lines.append("")
            lines += [text, ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def eastwold_docx() -> bytes:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    for kind, text in EAST:
        document.add_paragraph(text, style=STYLES.get(kind))
    document.sections[0].footer.paragraphs[0].text = "Eastwold Council | Procedures Manual"
    return saved_docx(document)


def eastwold_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: Word file with typed 'Section A –' Heading 1 and 'Part 1 –' Heading 2 labels and a running footer, printed to PDF by LibreOffice headless",
        "",
        f"# {TITLE}",
        "",
    ]
    for kind, text in EAST:
        prefix = {"h1": "## ", "h2": "### "}.get(kind, "")
        lines += [prefix + text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / DOCX).write_bytes(hollinbrook_docx())
    (HERE / f"{DOCX}.md").write_text(hollinbrook_note(), encoding="utf-8")
    docx_to_pdf(eastwold_docx(), HERE / PDF)
    (HERE / f"{PDF}.md").write_text(eastwold_note(), encoding="utf-8")
    print(f"built {DOCX} and {PDF}")


if __name__ == "__main__":
    main()
