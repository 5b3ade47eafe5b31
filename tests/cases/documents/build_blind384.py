# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the Word and PDF documents of the 384th blind set: PDF and Word as councils publish them.

    38401  Oxwarden (PDF printed by LibreOffice from python-docx): headings bold Normal
           paragraphs at the body's size with typed numbers (1., 2., 6.1), a plain page
           footer with a PAGE field.
    38402  Quillerby (PDF): a cover page set in two columns (title and council on the left,
           version, amendment date and owner on the right, after a column break), then a
           new page in one column; Heading 1 headings named by meaning.
    38403  Cobbleton (PDF): a running header repeating the chapter title on every page, a
           footer "Page x of y · Amended 12 November 2025" (PAGE and NUMPAGES fields); a typed
           contents list whose lines carry a right tab with dot leaders and page numbers.
    38404  Dunsmire (Word): the title in a custom "Title Para" style and headings in a custom
           "CouncilHeading1" / "CouncilHeading2" style (based on Normal, no outline level),
           body text in a custom "Council Body" style.
    38405  Sedgeford (Word): Title style, then the chapter's key facts in a two-column table
           (label | value: last amended, version, permanence plan, leaving care support), then
           Heading 2 headings.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind384.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    word_field,
)

SCRIPT = "build_blind384.py"
CHAPTER = "Children's Services Policies, Values and Principles"

NAMES = {
    "38401": "38401-pdf-lo-from-word-bold-body-size-typed-numbered-headings-oxwarden-signs-of-safety-four-months-21-or-25-in-education-six-acts-bulleted-cla.pdf",
    "38402": "38402-pdf-lo-from-word-two-column-cover-page-then-one-column-quillerby-systemic-six-months-25-for-all-four-acts-sentence-children-in-care.pdf",
    "38403": "38403-pdf-lo-from-word-running-header-chapter-title-footer-page-x-of-y-amended-date-typed-toc-dot-leaders-cobbleton-restorative-three-months-21-or-25-if-asked.pdf",
    "38404": "38404-docx-custom-style-names-title-para-councilheading1-council-body-dunsmire-family-safeguarding-no-months-21-or-25-higher-education-cared-for.docx",
    "38405": "38405-docx-key-facts-two-column-table-under-title-heading-2-sedgeford-no-model-five-months-21-or-25-if-wanted-looked-after-children.docx",
}

# fmt: off
OXWARDEN: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Oxwarden County Council – Children's Social Care"),
    ("h", "1. Purpose of this chapter"),
    ("p", "This chapter sets out what Oxwarden's children's social care service believes and how it means to work. Every later chapter of the manual rests on it. It is for social workers, team managers, personal advisers and the foster carers and residential staff who look after Children Looked After on the county's behalf."),
    ("p", "This chapter was last amended in January 2026, when the section on the practice model was rewritten."),
    ("h", "2. The law"),
    ("p", "The county's duties to children and young people are laid down chiefly in:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("p", "Guidance issued under these Acts is followed unless there is a good, recorded reason not to."),
    ("h", "3. Working together"),
    ("p", "Nobody in Oxwarden protects children single-handed. Schools, health services, the police, housing and the voluntary sector each see part of a child's life, and the county's safeguarding partnership sets the rules by which concerns are passed on and plans are made. Our staff take part in that partnership and expect the same openness from it."),
    ("h", "4. What we value"),
    ("p", "We put children's voices at the centre of what we do. We tell families plainly what worries us and what would make things better. We are reliable, we are fair, and we own our mistakes when we make them."),
    ("h", "5. Corporate parenting"),
    ("p", "The whole council is corporate parent to the Children Looked After and care leavers in its care. In line with the Children and Social Work Act 2017 it will:"),
    ("b", "act in their best interests and promote their physical and mental health and well-being;"),
    ("b", "encourage them to say what they think, wish and feel;"),
    ("b", "take account of what they tell us;"),
    ("b", "help them to reach and make the best of the council's services and its partners';"),
    ("b", "expect the most of them and seek the best outcomes for them;"),
    ("b", "see that they are safe and have stability at home, at school and in their friendships;"),
    ("b", "prepare them for adulthood and for living independently."),
    ("h", "6. Principles of practice"),
    ("p", "Children do best with their own families when that can be made safe. Oxwarden practitioners use Signs of Safety to work out with each family, and with the people who care about it, what is going well, what is worrying and what needs to happen next."),
    ("h", "6.1 Permanence"),
    ("p", "A child who becomes looked after should not be left wondering where they will grow up. Their permanence plan is settled within four months of the day they came into care."),
    ("h", "6.2 Leaving care"),
    ("p", "Young people leaving care have a personal adviser until they are 21, or until they are 25 if they are in education or training."),
    ("h", "7. Information sharing"),
    ("p", "Records are kept accurately and securely. Information about a child or a family is shared when the law allows it and the child's welfare needs it, and the reason for sharing is recorded in the case file."),
]

QUILLERBY_COVER_LEFT = [
    ("title", CHAPTER),
    ("p", "Quillerby Borough Council"),
    ("p", "Children and Young People's Services Procedures Manual"),
]
QUILLERBY_COVER_RIGHT = [
    ("p", "Version 4.2"),
    ("p", "Amended: 18 September 2025"),
    ("p", "Owner: Head of Service, Children in Care"),
    ("p", "Applies to: all children's social care staff and carers"),
]
QUILLERBY: list[tuple[Any, ...]] = [
    ("h", "Scope"),
    ("p", "This chapter explains the values and principles on which Quillerby's services for Children in Care, care leavers and children in need are built. It applies to council staff and to every agency that provides care or support for children on the borough's behalf."),
    ("h", "Legal framework"),
    ("p", "Four Acts underpin the chapter: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Regulations and statutory guidance made under them are set out in the chapters that deal with each task."),
    ("h", "A shared responsibility"),
    ("p", "Keeping children safe is a task the borough shares with the health trusts, schools, the police and community groups. Working Together to Safeguard Children is the statutory guidance all of them follow, and Quillerby's safeguarding partners meet each month to check that it is working."),
    ("h", "Our vision"),
    ("p", "We want every child in Quillerby to grow up safe, loved and hopeful, and every Child in Care to leave us with the same chances in life as their classmates."),
    ("h", "Values"),
    ("p", "We are respectful of children and of their families. We listen before we decide, we explain our decisions, and we stick with children through difficult times rather than passing them on."),
    ("h", "Corporate parenting"),
    ("p", "Quillerby Borough Council takes its role as corporate parent seriously. Councillors and officers alike have regard to the seven corporate parenting principles whenever they make decisions that touch Children in Care or care leavers."),
    ("h", "Practice model"),
    ("p", "Our social workers are trained in Systemic Practice. They look at the relationships and patterns around a child rather than at one person's faults, and they work with the whole family to change what is not working."),
    ("h", "Key principles"),
    ("p", "A child's need for a stable future comes first. Every Child in Care has a permanence plan agreed within six months of coming into care."),
    ("p", "Care leavers can have the help of a personal adviser up to their 25th birthday, whatever they are doing."),
    ("p", "Children and young people are consulted on every decision about them, and their views are written into their plans."),
    ("h", "Confidentiality"),
    ("p", "We handle personal information with care. It is shared only with those who need it to keep a child safe or to meet a child's needs, and children and families are told what we share unless that would put someone at risk."),
]

COBBLETON_TOC = [
    ("Introduction", "1"),
    ("Legislation", "1"),
    ("Partnership working", "1"),
    ("Our values", "2"),
    ("Corporate parenting", "2"),
    ("Restorative practice", "2"),
    ("How we work with children", "2"),
    ("Sharing information", "2"),
]
COBBLETON: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Cobbleton City Council"),
    ("contents", COBBLETON_TOC),
    ("h", "Introduction"),
    ("p", "This chapter describes the principles and values that Cobbleton's children's services hold to, and it should be read before any other chapter of the manual. It applies to everyone who works with children who are looked after, children in need and care leavers in the city."),
    ("p", "Amended in November 2025 to bring the legislation list up to date."),
    ("h", "Legislation"),
    ("p", "The chapter draws on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Partnership working"),
    ("p", "Children in Cobbleton are safeguarded by many agencies together. Our staff work closely with schools, health visitors, GPs, the police and the city's voluntary groups, and we expect every partner to share concerns early and to keep to what has been agreed at meetings."),
    ("h", "Our values"),
    ("p", "Children's wishes and feelings matter to us. We aim to be honest and kind, to treat families as partners, and to keep our promises."),
    ("h", "Corporate parenting"),
    ("p", "Cobbleton City Council is corporate parent to all children who are looked after by the city. The council will have regard to the need:"),
    ("n", "to act in the best interests of those children and young people, and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take into account their views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Restorative practice"),
    ("p", "Cobbleton is a Restorative Practice city. Our staff work with families, not to them or for them, and they repair relationships when things go wrong rather than simply apportioning blame."),
    ("h", "How we work with children"),
    ("p", "Where children cannot live at home, we look first to their wider family and friends. A permanence plan is made for each child who is looked after within 3 months of their becoming looked after."),
    ("p", "Young people leaving care are entitled to a personal adviser until they reach 21. Any care leaver who asks can keep one until 25."),
    ("h", "Sharing information"),
    ("p", "We share information about children and families lawfully, safely and only as far as is needed. Where it is safe to do so, we talk to families before we share, and we always record what was shared, with whom and why."),
]

DUNSMIRE: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Dunsmire District Council, Children's Services"),
    ("h", "About this chapter"),
    ("p", "This chapter was revised in May 2025. It is the starting point of Dunsmire's procedures manual and describes the framework, values and principles behind the council's work with Cared for Children, care leavers and their families."),
    ("h", "The legal basis"),
    ("p", "The council's work with Cared for Children rests mainly on the Children Act 1989, the Children and Young Persons Act 2008 and the Children and Social Work Act 2017."),
    ("h", "Together with partners"),
    ("p", "Dunsmire's children's services cannot keep children safe without health, education, the police and housing. Each agency shares what it knows and plays its part in the plans agreed for each child."),
    ("h", "Our values"),
    ("p", "We believe that children have the right to be heard and to grow up with the people who love them. We work in the open, we respect difference, and we hold ourselves to account for what we do."),
    ("h", "Corporate parenting responsibilities"),
    ("p", "As corporate parent, Dunsmire District Council has regard to the seven principles in section 1 of the Children and Social Work Act 2017: acting in children's best interests; hearing their views, wishes and feelings; taking those into account; helping them use services; high aspirations; safety and stability; and preparing them for adulthood."),
    ("h", "Our practice model"),
    ("p", "Dunsmire has worked to the Family Safeguarding model since 2023. Social workers sit in the same teams as adult workers for mental health, drug and alcohol use and domestic abuse, so that parents are helped with the problems behind the risk to their children."),
    ("h", "Key principles"),
    ("sub", "Families first"),
    ("p", "We help children to stay safely with their families wherever that can be done, and we look to relatives and friends before strangers when a child cannot stay at home."),
    ("sub", "After care"),
    ("p", "Care leavers can have a personal adviser until the age of 21. Those in higher education keep their adviser until they turn 25."),
    ("h", "Sharing information"),
    ("p", "Information about Cared for Children and their families is confidential. It is shared only with people who need it, for a lawful reason, and the sharing is recorded on the child's file."),
]

SEDGEFORD_FACTS = [
    ("Owner", "Group Manager, Children in Care and Care Leavers"),
    ("Last amended", "5 March 2026"),
    ("Version", "7"),
    ("Permanence plan", "Within five months of a child becoming looked after"),
    ("Leaving care support", "A personal adviser until 21; until 25 if the young person wants one"),
]
SEDGEFORD: list[tuple[Any, ...]] = [
    ("title", CHAPTER),
    ("p", "Sedgeford Metropolitan Borough Council"),
    ("facts", SEDGEFORD_FACTS),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Sedgeford's children's social care service works with Looked After Children, care leavers and children in need. It applies to all staff of the service and to those who provide care on its behalf."),
    ("p", "The service's duties come from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Working with other agencies"),
    ("p", "Sedgeford's safeguarding partners – the council, the integrated care board and the police – agree how agencies share concerns and work together. Schools, early years settings and voluntary groups are relevant agencies under those arrangements."),
    ("h", "Values"),
    ("p", "We value children's views, families' strengths and the skills of our staff. We are open about what we do and why, and we try to do what we would want done for our own children."),
    ("h", "Corporate parenting"),
    ("p", "Sedgeford Metropolitan Borough Council is the corporate parent of every Looked After Child in its care and of its care leavers. It has regard to the seven corporate parenting principles:"),
    ("b", "acting in their best interests, and promoting their physical and mental health and well-being;"),
    ("b", "encouraging them to express their views, wishes and feelings;"),
    ("b", "taking into account those views, wishes and feelings;"),
    ("b", "helping them gain access to and make the best use of services;"),
    ("b", "promoting high aspirations and the best outcomes;"),
    ("b", "keeping them safe, with stable home lives, relationships and education or work;"),
    ("b", "preparing them for adulthood and independent living."),
    ("h", "Permanence"),
    ("p", "Every Looked After Child needs to know where they will grow up. The child's social worker makes the permanence plan with the child, the family and the carers, and the Independent Reviewing Officer checks at each review that it is on track."),
    ("h", "Care leavers"),
    ("p", "Care leavers are supported by the Leaving Care Team, which offers a personal adviser, help with housing and money, and a local offer that is published each year."),
    ("h", "Information sharing"),
    ("p", "Sedgeford shares personal information about children only where the law allows it and the child's safety or welfare calls for it, and it records every decision to share."),
]
# fmt: on


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _title(document: Any, text: str, size: float = 18) -> None:
    from docx.shared import Pt

    run = document.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(size)


def _bold_heading(document: Any, text: str) -> None:
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run(text).bold = True


def _label_table(document: Any, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)


def _contents(document: Any, entries: list[tuple[str, str]]) -> None:
    """A typed contents list: a bold "Contents" line, then a line per heading whose page
    number stands at a right tab with dot leaders."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    document.add_paragraph().add_run("Contents").bold = True
    for text, page in entries:
        paragraph = document.add_paragraph(f"{text}\t{page}")
        paragraph.paragraph_format.space_after = 0
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )


def _add_blocks(document: Any, blocks: list[tuple[Any, ...]], mode: str) -> None:
    for block in blocks:
        kind = block[0]
        if kind == "title":
            if mode == "custom":
                document.add_paragraph(block[1], style="Title Para")
            elif mode == "heading2":
                document.add_paragraph(block[1], style="Title")
            else:
                _title(document, block[1])
        elif kind == "h":
            if mode == "bold":
                _bold_heading(document, block[1])
            elif mode == "custom":
                document.add_paragraph(block[1], style="CouncilHeading1")
            elif mode == "heading2":
                document.add_paragraph(block[1], style="Heading 2")
            else:
                document.add_paragraph(block[1], style="Heading 1")
        elif kind == "sub":
            document.add_paragraph(block[1], style="CouncilHeading2")
        elif kind == "contents":
            _contents(document, block[1])
        elif kind == "facts":
            _label_table(document, block[1])
        elif kind == "b":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "n":
            document.add_paragraph(block[1], style="List Number")
        else:
            document.add_paragraph(block[1], style="Council Body" if mode == "custom" else None)


def _custom_styles(document: Any) -> None:
    """ "Title Para", "CouncilHeading1/2" and "Council Body": a council's own paragraph styles,
    based on Normal, with no outline level (Word's Heading styles are not used)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    for name, size, bold, before in (
        ("Title Para", 20, True, 0),
        ("CouncilHeading1", 13, True, 14),
        ("CouncilHeading2", 11, True, 8),
        ("Council Body", 11, False, 0),
    ):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
        if bold:
            style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            style.paragraph_format.keep_with_next = True


def _footer_page(document: Any, prefix: str) -> None:
    foot = document.sections[0].footer.paragraphs[0]
    foot.add_run(f"{prefix}Page ")
    word_field(foot, "PAGE", "1")


def oxwarden() -> Any:
    document = new_docx()
    _footer_page(document, "Oxwarden County Council · ")
    _add_blocks(document, OXWARDEN, "bold")
    return document


def quillerby() -> Any:
    """A cover page in two columns (a column break between the title block and the control
    lines), then a section starting on a new page in one column."""
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = new_docx()
    _add_blocks(document, QUILLERBY_COVER_LEFT, "style")
    document.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    for _, text in QUILLERBY_COVER_RIGHT:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).font.size = Pt(10)
    document.add_section(WD_SECTION.NEW_PAGE)
    first, second = document.sections
    cols = first._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = _el(f"<w:cols {W}/>")
        first._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "720")
    second_cols = second._sectPr.find(qn("w:cols"))
    if second_cols is not None:
        second_cols.set(qn("w:num"), "1")
    foot = second.footer
    foot.is_linked_to_previous = False
    foot.paragraphs[0].add_run("Quillerby Borough Council – ")
    word_field(foot.paragraphs[0], "PAGE", "2")
    _add_blocks(document, QUILLERBY, "style")
    return document


def cobbleton() -> Any:
    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = CHAPTER
    foot = section.footer.paragraphs[0]
    foot.add_run("Page ")
    word_field(foot, "PAGE", "1")
    foot.add_run(" of ")
    word_field(foot, "NUMPAGES", "3")
    foot.add_run(" · Amended 12 November 2025")
    _add_blocks(document, COBBLETON, "style")
    return document


def dunsmire() -> Any:
    document = new_docx()
    _custom_styles(document)
    _add_blocks(document, DUNSMIRE, "custom")
    return document


def sedgeford() -> Any:
    document = new_docx()
    _add_blocks(document, SEDGEFORD, "heading2")
    return document


def _note_blocks(blocks: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for block in blocks:
        kind = block[0]
        if kind == "facts":
            out.append(("table", block[1], False))
        elif kind == "contents":
            out.append(("p", "Contents"))
            out += [("p", f"{text} .......... {page}") for text, page in block[1]]
        elif kind == "sub":
            out.append(("h", block[1]))
        else:
            out.append(block[:2])
    return out


BUILDS = (
    (
        "38401",
        oxwarden,
        OXWARDEN,
        "python-docx printed to PDF by LibreOffice: a bold 18 pt Normal title and a council line, headings bold Normal paragraphs at the body's 11 pt size with typed numbers (1. to 7., sub-headings 6.1 and 6.2), six Acts and seven principles as List Bullet items, a footer 'Oxwarden County Council · Page N' (not read)",
    ),
    (
        "38402",
        quillerby,
        [*QUILLERBY_COVER_LEFT, *QUILLERBY_COVER_RIGHT, *QUILLERBY],
        "python-docx printed to PDF by LibreOffice: a cover page in two columns (bold title, council and manual lines on the left; 'Version 4.2', 'Amended: 18 September 2025', owner and 'Applies to' lines on the right after a column break), then a new page in one column with Heading 1 headings named by meaning; a footer from page 2 'Quillerby Borough Council – N' (not read)",
    ),
    (
        "38403",
        cobbleton,
        COBBLETON,
        "python-docx printed to PDF by LibreOffice: a running header repeating the chapter title on every page and a footer 'Page x of y · Amended 12 November 2025' (PAGE and NUMPAGES fields; neither read); a bold title and council line, a typed contents list (a bold 'Contents' line and a line per heading with a right tab, dot leaders and a page number), Heading 1 headings, five Acts as List Bullet items and seven principles as List Number items",
    ),
    (
        "38404",
        dunsmire,
        DUNSMIRE,
        "python-docx: the title in a custom 'Title Para' style, headings in custom 'CouncilHeading1' and two sub-headings in 'CouncilHeading2' (based on Normal, bold, 13 and 11 pt, no outline level), body paragraphs in a custom 'Council Body' style; no header or footer",
    ),
    (
        "38405",
        sedgeford,
        SEDGEFORD,
        "python-docx: Title style and a council line, then a two-column key facts table with bold labels (Owner, Last amended, Version, Permanence plan, Leaving care support) and no heading, then Heading 2 headings, seven Acts and seven principles as List Bullet items",
    ),
)


def main() -> None:
    for number, make, blocks, about in BUILDS:
        target = HERE / NAMES[number]
        data = saved_docx(make())
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        Path(f"{target}.md").write_text(
            blocks_note(_note_blocks(blocks), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
