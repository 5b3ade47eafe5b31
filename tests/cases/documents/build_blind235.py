# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-thirty-fifth blind set: five whole chapters of invented councils'
"Children's Services Policies, Values and Principles" kept in Word as council policy teams keep
them, and one of them printed to PDF by LibreOffice:

    23501  Brackenfold: the council's own styles ("CYP Title", "CYP Heading" based on Normal,
           bold 13 pt, no outline level, "CYP Subheading" bold italic 11 pt); the Acts as List
           Bullet paragraphs; sub-headings under the principles.
    23502  Millbrook: every heading a List Number paragraph whose run is bold (Word draws the
           numbers "1." to "9."; none is typed); the principles as List Bullet paragraphs.
    23503  Ravensholt: the whole chapter laid out in a two-column table under the title, a label
           cell and a text cell for every section (several paragraphs and list paragraphs in
           a text cell).
    23504  Wexcombe: a "Key facts" table at the top (a merged label row over label | value
           rows, no text box or shape); every heading in Heading 2, no Heading 1.
    23505  Selbury: Heading 1 with a running header and a footer ("OFFICIAL", Page N of M from
           fields); hyperlinked Acts (w:hyperlink) and one HYPERLINK field; reviewers' comments;
           a document-control table at the end.
    23506  23505 printed to PDF by LibreOffice headless.

All written for this set, in our own words, for invented councils.

usage: .venv/bin/python tests/cases/documents/build_blind235.py   (python-docx; LibreOffice)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx, word_field  # noqa: E402

SCRIPT = "build_blind235.py"
TITLE = "Children's Services Policies, Values and Principles"
# A block is (kind, text[, extra]). kinds: "title", "sub" (a line under the title), "h"
# (heading), "h3" (sub-heading), "p", "b" (List Bullet), "n" (List Number), "keyfacts" /
# "control" (extra: rows), "row" (a layout-table row: text is the label, extra the cell's
# blocks). In a paragraph's text, [[words|url]] is a hyperlink, [[words|url|field]] a HYPERLINK
# field, <<words||comment>> a comment over the words.
Block = tuple[Any, ...]
INLINE = re.compile(
    r"\[\[(?P<link>[^|\]]+)\|(?P<url>[^|\]]+)(?P<field>\|field)?\]\]|<<(?P<anchor>.+?)\|\|(?P<comment>.+?)>>"
)

# fmt: off
# ---------------------------------------------------------------- 23501 Brackenfold
BRACKENFOLD: list[Block] = [
    ("title", TITLE),
    ("sub", "Brackenfold Borough Council - Children, Young People and Families"),
    ("h", "About this chapter"),
    ("p", "This chapter tells everyone who works with Children in Care in Brackenfold what we believe and how those beliefs shape our decisions. It applies to social workers, personal advisers, foster carers and the staff of our children's homes."),
    ("p", "It was revised in March 2026, when the part on leaving care was rewritten with young people from the Children in Care Council."),
    ("h", "Legislation and guidance"),
    ("p", "The chapter draws on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Where statutory guidance has been issued under any of them, staff follow it as well."),
    ("h", "Working with our partners"),
    ("p", "No single agency can keep a child safe on its own. Our social workers plan with schools, GPs, health visitors, the police and the voluntary sector, under the Brackenfold Safeguarding Children Partnership's arrangements and Working Together to Safeguard Children."),
    ("h", "What we believe"),
    ("p", "Children belong with their families whenever that can be made safe. When it cannot, they deserve carers who will stay with them, workers who know them, and a council that remembers they are its children."),
    ("p", "We are straightforward with families about our worries, and we give them every real chance to put things right."),
    ("h", "Brackenfold as a corporate parent"),
    ("p", "The Children and Social Work Act 2017 sets out seven corporate parenting principles that every part of the council must have regard to. Brackenfold's Corporate Parenting Board reports to full Council each year on how well we have kept to them."),
    ("h", "Our practice approach"),
    ("p", "Brackenfold's social workers use Signs of Wellbeing when working with families who need early help, so that a family's own strengths are named alongside our worries and the plan is written in words the family uses."),
    ("h", "Principles for planning"),
    ("h3", "Family and friends"),
    ("p", "Before a child comes into care we ask who in their family or wider network could look after them, and we assess those people quickly and fairly."),
    ("h3", "Permanence"),
    ("p", "A permanence plan is agreed for every child within five months of their coming into care, and the Independent Reviewing Officer checks it at each review."),
    ("h3", "Leaving care"),
    ("p", "Every care leaver is offered a personal adviser until the age of 21. Young people who are in an apprenticeship or training may keep their adviser until they are 25."),
    ("h", "Confidentiality"),
    ("p", "Records about children are kept securely and shared only when the law allows it and a child's safety or welfare needs it. Care leavers can ask to read their records, and we help them to do so."),
]

# ---------------------------------------------------------------- 23502 Millbrook
MILLBROOK: list[Block] = [
    ("title", TITLE),
    ("n", "Purpose of this chapter"),
    ("p", "This chapter applies to all of Millbrook District Council's work with Looked After Children and care leavers. It was updated in July 2025 to add the council's new commitments to kinship carers."),
    ("n", "Our legal duties"),
    ("p", "Our responsibilities towards Looked After Children rest mainly on the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and guidance made under them."),
    ("n", "Our vision"),
    ("p", "We want every child in Millbrook to grow up safe, loved and hopeful, and every young person who leaves our care to feel that Millbrook is still on their side."),
    ("n", "Our values"),
    ("p", "We are honest with children and families, we keep our promises, and we treat every child as we would want our own children to be treated. We listen before we decide."),
    ("n", "Corporate parenting"),
    ("p", "As a corporate parent the council must have regard to the need to:"),
    ("b", "act in the best interests of Looked After Children and care leavers and promote their physical and mental health and well-being"),
    ("b", "encourage them to express their views, wishes and feelings"),
    ("b", "take those views, wishes and feelings into account"),
    ("b", "help them to gain access to, and make the best use of, our services and those of our partners"),
    ("b", "promote high aspirations and seek the best outcomes for them"),
    ("b", "make sure they are safe and have stability in their homes, relationships, education and work"),
    ("b", "prepare them for adulthood and independent living"),
    ("n", "Our practice model"),
    ("p", "Millbrook works to Family Valued, a relational approach that uses restorative conversations and family group conferences to help families find their own solutions."),
    ("n", "How we work with children and families"),
    ("p", "We support children to live with their own families or with relatives wherever that is safe, and we back kinship carers with the same training and allowances as our foster carers."),
    ("p", "A plan for permanence is agreed by the time a child has been in our care for four months."),
    ("p", "Every young person leaving our care can have a personal adviser until they reach 25, whatever they are doing."),
    ("n", "Working with partners"),
    ("p", "Protecting children is shared work. Millbrook's social workers work alongside the police, health services, schools and housing, following the Millbrook Safeguarding Children Partnership's procedures."),
    ("n", "Information sharing"),
    ("p", "We share information about children and families only where it is necessary, proportionate and lawful, and we record what we shared, with whom and why."),
]

# ---------------------------------------------------------------- 23503 Ravensholt
RAVENSHOLT: list[Block] = [
    ("title", TITLE),
    ("row", "Purpose", [
        ("p", "This chapter sets out the values and principles behind Ravensholt City Council's work with Cared for Children, care leavers and their families."),
        ("p", "It was amended in December 2025 to describe the council's new practice model."),
    ]),
    ("row", "Legal context", [
        ("p", "Our duties come from these Acts:"),
        ("b", "Children Act 1989"),
        ("b", "Children (Leaving Care) Act 2000"),
        ("b", "Children Act 2004"),
        ("b", "Children and Families Act 2014"),
        ("b", "Children and Social Work Act 2017"),
    ]),
    ("row", "Partnership", [
        ("p", "Children are safest when the adults around them share what they know. We work with health, education, the police and the Ravensholt Safeguarding Children Partnership, as Working Together to Safeguard Children expects."),
    ]),
    ("row", "Values", [
        ("p", "We value kindness, honesty and persistence. Every Cared for Child should be able to name an adult at the council who knows them well and who will not give up on them."),
    ]),
    ("row", "Corporate parenting", [
        ("p", "The council holds to the corporate parenting principles. It will:"),
        ("p", "(a) act in each child's best interests and promote their health and well-being;"),
        ("p", "(b) encourage them to say what they want and feel;"),
        ("p", "(c) take their views into account;"),
        ("p", "(d) help them use the council's services and those of its partners;"),
        ("p", "(e) have high aspirations for them;"),
        ("p", "(f) keep them safe and give them stable homes, relationships and schooling;"),
        ("p", "(g) prepare them for adulthood and living independently."),
    ]),
    ("row", "Practice model", [
        ("p", "Since 2025 our social work teams have used Strengthening Families, which brings families and professionals together to agree what is working well, what the worries are and what needs to happen next."),
    ]),
    ("row", "Key principles", [
        ("p", "Children are helped to stay with their families where that is safe, and relatives are considered first when they cannot."),
        ("p", "Each Cared for Child has a permanence plan within six months of coming into care."),
        ("p", "Care leavers have a personal adviser up to the age of 21, extended to 25 for those who are at university."),
    ]),
    ("row", "Information sharing", [
        ("p", "Information is shared lawfully and only with those who need it. Children and young people are told what is shared about them, unless telling them would put someone at risk."),
    ]),
]

# ---------------------------------------------------------------- 23504 Wexcombe
WEXCOMBE: list[Block] = [
    ("title", TITLE),
    ("keyfacts", "Key facts", [
        ["Applies to", "All staff in Children's Social Care and the Leaving Care Service"],
        ["Chapter owner", "Head of Service, Children Looked After"],
        ["Last amended", "October 2025"],
        ["Personal adviser", "To 21, or to 25 for care leavers in education or training"],
    ]),
    ("h", "Introduction"),
    ("p", "This policy sets out the framework within which Wexcombe County Council works with Children Looked After and care leavers. It rests on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Care Standards Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "A shared responsibility"),
    ("p", "Keeping children safe depends on every agency playing its part. We work with the Wexcombe Safeguarding Children Partnership, schools, health services and the police, and we follow Working Together to Safeguard Children."),
    ("h", "Our vision"),
    ("p", "Our vision is that children in Wexcombe grow up in families, that those we look after feel cared for rather than managed, and that care leavers leave us ready for adult life."),
    ("h", "Our values"),
    ("p", "We are respectful, reliable and ambitious for children. We tell families the truth, we turn up when we say we will, and we expect the best for every child."),
    ("h", "Corporate parenting"),
    ("p", "In line with the Children and Social Work Act 2017, the council and its partners will:"),
    ("n", "act in the best interests of Children Looked After and promote their health and well-being"),
    ("n", "encourage them to express their views, wishes and feelings"),
    ("n", "take their views, wishes and feelings into account"),
    ("n", "help them gain access to and make the best use of services"),
    ("n", "promote high aspirations and seek to secure the best outcomes for them"),
    ("n", "help them be safe and have stability in their home lives, relationships and education or work"),
    ("n", "prepare them for adulthood and independent living"),
    ("h", "Our practice model"),
    ("p", "Wexcombe's social workers are trained in Motivational Social Work, which helps parents talk about change in their own words and holds on to the child's need for safety throughout."),
    ("h", "Key outcomes"),
    ("p", "We want the children we look after to be healthy, to be safe, to enjoy and achieve at school, to make a positive contribution to their communities and to be ready for work and for adult life."),
    ("h", "Key principles"),
    ("p", "Children are supported to live with their own families wherever it is safe for them to do so."),
    ("p", "A plan for permanence is in place within three months of a child becoming looked after."),
    ("p", "Each care leaver has a personal adviser until they are 21, or until they are 25 if they are in education or training."),
    ("h", "Information sharing"),
    ("p", "Information about children is shared only where it is necessary and lawful. Young people are told what we share about them and why."),
]

# ---------------------------------------------------------------- 23505 Selbury
SELBURY_HEADER = "Selbury Borough Council - Children's Social Care Procedures"
SELBURY_FOOTER = "OFFICIAL"
SELBURY: list[Block] = [
    ("title", TITLE),
    ("h", "Scope"),
    ("p", "This chapter applies to all staff and managers in Selbury's Children's Services who work with children who are looked after, young people leaving care and their families."),
    ("h", "Legal framework"),
    ("p", "The council's duties are set out in the following Acts, each linked to its text:"),
    ("b", "[[Children Act 1989|https://www.legislation.gov.uk/ukpga/1989/41/contents]]"),
    ("b", "[[Children (Leaving Care) Act 2000|https://www.legislation.gov.uk/ukpga/2000/35/contents]]"),
    ("b", "[[Adoption and Children Act 2002|https://www.legislation.gov.uk/ukpga/2002/38/contents]]"),
    ("b", "[[Children and Families Act 2014|https://www.legislation.gov.uk/ukpga/2014/6/contents]]"),
    ("b", "[[Children and Social Work Act 2017|https://www.legislation.gov.uk/ukpga/2017/16/contents]]"),
    ("h", "A shared responsibility"),
    ("p", "Safeguarding children depends on agencies working closely together. Selbury's staff follow [[Working Together to Safeguard Children|https://www.gov.uk/government/publications/working-together-to-safeguard-children--2|field]] and the procedures of the Selbury Safeguarding Children Partnership."),
    ("h", "Values and principles of best practice"),
    ("p", "We put children's safety and well-being first. We work openly with parents, we respect each family's culture and faith, and we make decisions with children rather than about them."),
    ("h", "Corporate parenting"),
    ("p", "Selbury Borough Council applies the <<seven corporate parenting principles||Do we want to list them here as the old version did?>> set out in section 1 of the Children and Social Work Act 2017 to every child who is looked after and every care leaver."),
    ("h", "Our practice model"),
    ("p", "All of our teams use Restorative Practice, working with families rather than doing things to them or for them."),
    ("h", "Permanence and leaving care"),
    ("p", "Every child who is looked after has a permanence plan within four months of coming into care."),
    ("p", "<<Care leavers have a personal adviser up to their 21st birthday, and up to 25 if they ask for one.||Legal to confirm the wording on 25 before publication.>>"),
    ("h", "Information sharing and confidentiality"),
    ("p", "Personal information is handled in line with the council's [[privacy notice for children's services|https://www.selbury.gov.uk/privacy/childrens-services]] and shared only where it is lawful and necessary."),
    ("h", "Document control"),
    ("control", "", [
        ["Version", "3.4"],
        ["Owner", "Service Manager, Children Looked After"],
        ["Approved by", "Corporate Parenting Board"],
        ["Last amended", "19 February 2026"],
        ["Next review", "February 2027"],
    ]),
]
# fmt: on


# ---------------------------------------------------------------- Word helpers


def _link(paragraph: Any, words: str, url: str) -> None:
    """A hyperlink as Word saves one: w:hyperlink over a run, its target a relationship."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(colour)
    rpr.append(underline)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = words
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def _fill(document: Any, paragraph: Any, text: str, bold: bool = False) -> None:
    """The runs of a paragraph from text holding link, field and comment marks."""
    position = 0
    for match in INLINE.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position : match.start()]).bold = bold or None
        if match["link"] is not None:
            if match["field"]:
                word_field(paragraph, f'HYPERLINK "{match["url"]}"', match["link"])
            else:
                _link(paragraph, match["link"], match["url"])
        else:
            run = paragraph.add_run(match["anchor"])
            document.add_comment(run, text=match["comment"], author="Priya Kaur", initials="PK")
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:]).bold = bold or None


def _styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    styles = document.styles
    plum = RGBColor(0x5B, 0x2C, 0x6F)
    for name, size, bold, italic, colour, before in (
        ("CYP Title", 18, True, False, plum, 0),
        ("CYP Heading", 13, True, False, None, 14),
        ("CYP Subheading", 11, True, True, None, 8),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
        if colour is not None:
            style.font.color.rgb = colour
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True


def _table(document: Any, rows: list[list[str]], merged_label: str = "") -> Any:
    from docx.shared import Pt

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    if merged_label:
        first = table.add_row().cells
        label = first[0].merge(first[1])
        label.paragraphs[0].add_run(merged_label).bold = True
        label.paragraphs[0].runs[0].font.size = Pt(12)
    for left, right in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(left).bold = True
        cells[1].paragraphs[0].add_run(right)
    return table


def chapter_docx(blocks: list[Block], heading: str) -> Any:
    """A chapter as python-docx writes it. heading: "cyp" (the council's own styles), "number"
    (bold List Number paragraphs), "layout" (label | text rows), "h1" or "h2"."""
    from docx.shared import Cm

    document = new_docx()
    if heading == "cyp":
        _styles(document)
    layout = None
    for block in blocks:
        kind, text = block[0], block[1]
        extra = block[2] if len(block) > 2 else None
        if kind == "title":
            document.add_paragraph(text, style="CYP Title" if heading == "cyp" else "Title")
        elif kind == "sub":
            document.add_paragraph(text)
        elif kind == "h":
            if heading == "cyp":
                document.add_paragraph(text, style="CYP Heading")
            else:
                document.add_heading(text, 2 if heading == "h2" else 1)
        elif kind == "h3":
            document.add_paragraph(text, style="CYP Subheading")
        elif kind == "n" and heading == "number":
            document.add_paragraph(style="List Number").add_run(text).bold = True
        elif kind in ("p", "b", "n"):
            style = {"b": "List Bullet", "n": "List Number"}.get(kind)
            paragraph = document.add_paragraph(style=style)
            _fill(document, paragraph, text)
        elif kind == "keyfacts":
            _table(document, extra, merged_label=text)
            document.add_paragraph()
        elif kind == "control":
            _table(document, extra)
        elif kind == "row":
            if layout is None:
                layout = document.add_table(rows=0, cols=2)
            cells = layout.add_row().cells
            cells[0].width, cells[1].width = Cm(4), Cm(12)
            cells[0].paragraphs[0].add_run(text).bold = True
            target = cells[1]
            for index, (inner, words) in enumerate(extra):
                style = "List Bullet" if inner == "b" else None
                if index == 0:
                    paragraph = target.paragraphs[0]
                    if style:
                        paragraph.style = style
                else:
                    paragraph = target.add_paragraph(style=style)
                _fill(document, paragraph, words)
        else:
            raise SystemExit(f"unknown block {kind!r}")
    return document


def selbury_docx() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = chapter_docx(SELBURY, "h1")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = SELBURY_HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.runs[0].font.size = Pt(8)
    stamp = section.footer.paragraphs[0]
    stamp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = stamp.add_run(SELBURY_FOOTER)
    run.bold, run.font.size = True, Pt(9)
    pages = section.footer.add_paragraph()
    pages.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pages.add_run("Page ")
    word_field(pages, "PAGE", "1")
    pages.add_run(" of ")
    word_field(pages, "NUMPAGES", "2")
    return saved_docx(document)


# ---------------------------------------------------------------- notes


def _plain(text: str) -> str:
    text = re.sub(r"\[\[([^|\]]+)\|[^\]]+\]\]", r"\1", text)
    return re.sub(r"<<(.+?)\|\|.+?>>", r"\1", text)


def note(blocks: list[Block], about: str, numbered_headings: bool) -> str:
    """What a reader sees, as markdown (comments apart, links as their words)."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    heading_number = 0
    number = 0
    for block in blocks:
        kind, text = block[0], _plain(block[1])
        extra = block[2] if len(block) > 2 else None
        if previous in ("b", "n") and kind not in ("b", "n"):
            lines.append("")
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind == "h" or (kind == "n" and numbered_headings):
            if numbered_headings:
                heading_number += 1
                text = f"{heading_number}. {text}"
            lines += [f"## {text}", ""]
        elif kind == "h3":
            lines += [f"### {text}", ""]
        elif kind in ("p", "sub"):
            lines += [text, ""]
        elif kind == "b":
            lines.append(f"- {text}")
        elif kind == "n":
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {text}")
        elif kind in ("keyfacts", "control"):
            if text:
                lines.append(f"| {text} | |")
            lines += [f"| {left} | {right} |" for left, right in extra] + [""]
        elif kind == "row":
            cell = " ".join(
                ("- " if inner == "b" else "") + _plain(words) for inner, words in extra
            )
            lines += [f"| {text} | {cell} |"]
        previous = kind
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


# fmt: off
DOCUMENTS: list[tuple[str, list[Block], str]] = [
    ("23501-docx-council-styles-cyp-heading-based-on-normal-bold-13pt-subheadings.docx", BRACKENFOLD,
     "the council's own styles (CYP Title; CYP Heading based on Normal, bold 13 pt, no outline level; CYP Subheading bold italic); Acts as List Bullet paragraphs"),
    ("23502-docx-headings-as-bold-list-number-paragraphs.docx", MILLBROOK,
     "every heading a bold List Number paragraph (numbers drawn by Word, none typed); principles as List Bullet paragraphs"),
    ("23503-docx-two-column-layout-table-label-and-text-cells.docx", RAVENSHOLT,
     "the chapter laid out in a two-column table (a label cell and a text cell for every section) under a Title paragraph"),
    ("23504-docx-key-facts-table-at-top-heading-2-only.docx", WEXCOMBE,
     "a Key facts table at the top (merged label row over label | value rows), every heading in Heading 2"),
    ("23505-docx-header-footer-hyperlinks-comments-document-control-table-at-end.docx", SELBURY,
     "Heading 1; a running header, an OFFICIAL footer and Page N of M from fields; hyperlinked Acts and a HYPERLINK field; comments; a document-control table at the end"),
    ("23506-pdf-lo-header-footer-hyperlinks-comments-document-control-table-at-end.pdf", SELBURY,
     "23505 printed to PDF by LibreOffice headless (running header and footer drawn on every page; comments not printed)"),
]
# fmt: on


def main() -> None:
    only = set(sys.argv[1:])
    for name, blocks, about in DOCUMENTS:
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        target = HERE / name
        if name.startswith("23501"):
            target.write_bytes(saved_docx(chapter_docx(blocks, "cyp")))
        elif name.startswith("23502"):
            target.write_bytes(saved_docx(chapter_docx(blocks, "number")))
        elif name.startswith("23503"):
            target.write_bytes(saved_docx(chapter_docx(blocks, "layout")))
        elif name.startswith("23504"):
            target.write_bytes(saved_docx(chapter_docx(blocks, "h2")))
        elif name.startswith("23505"):
            target.write_bytes(selbury_docx())
        else:
            docx_to_pdf(selbury_docx(), target)
        (HERE / f"{name}.md").write_text(
            note(blocks, about, numbered_headings=name.startswith("23502")), encoding="utf-8"
        )
        print(f"built {name}")


if __name__ == "__main__":
    main()
