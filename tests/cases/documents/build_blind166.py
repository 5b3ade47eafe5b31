# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 166th blind set (16601-16603): three whole chapters on looked-after children,
leaving care and corporate parenting, laid out in tables as some councils keep them.

    16601  Word: the whole chapter is one two-column table under a Title paragraph; the left
           cell of each row is the section's heading (bold), the right cell its paragraphs and
           bulleted lists.
    16602  Word: numbered Heading 1 section headings, each section's body in a one-cell shaded
           table below its heading.
    16603  a saved council web page whose chapter is a <table>: a <th> heading cell in the first
           column of each row, the section's body in the <td> beside it (written here as HTML).

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind166.py   (python-docx)
"""

from __future__ import annotations

import datetime
import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind166.py"
Blocks = list[tuple[str, str]]
Rows = list[tuple[str, Blocks]]

# fmt: off
FENWICK_TITLE = "Children Looked After and Care Leavers: Our Policy"
FENWICK: Rows = [
    ("About this chapter", [
        ("p", "This chapter describes how Fenwick Vale Council meets its duties to Children Looked After and to the young people who have left its care. It applies to every social worker, personal adviser and manager in Children's Services."),
        ("p", "We amended the chapter in March 2026, when the section on leaving care was rewritten after a consultation with the Children in Care Council."),
    ]),
    ("Legal framework", [
        ("p", "The chapter rests on the following legislation:"),
        ("b", "Children Act 1989"),
        ("b", "Children (Leaving Care) Act 2000"),
        ("b", "Children and Families Act 2014"),
        ("b", "Children and Social Work Act 2017"),
        ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ]),
    ("Corporate parenting", [
        ("p", "When a child comes into our care, the whole council becomes that child's parent. Every officer and elected member keeps in mind the seven corporate parenting principles, which ask us:"),
        ("b", "to act in the child's best interests and promote their health and well-being;"),
        ("b", "to find out the child's views, wishes and feelings and take them into account;"),
        ("b", "to help the child use the services the council and its partners offer;"),
        ("b", "to aim for the best possible outcomes for the child;"),
        ("b", "to keep the child safe and give them stability at home, at school and at work;"),
        ("b", "to prepare the child for adult life and independent living;"),
        ("b", "to help the child to gain the most from their education."),
    ]),
    ("Planning for permanence", [
        ("p", "No child should drift in care. A plan for permanence is agreed for every child within four months of the day they start to be looked after, and it is checked at each review until the child is settled."),
    ]),
    ("Leaving care", [
        ("p", "A young person who leaves our care keeps a personal adviser until they reach 21. Where a young person asks for one, the adviser stays with them up to their 25th birthday."),
        ("p", "The pathway plan is drawn up with the young person from the age of 16 and reviewed at least every six months."),
    ]),
    ("Our practice model", [
        ("p", "Our social workers use Signs of Safety. Each family's plan starts from what is going well and is written in words the family can understand."),
    ]),
    ("Sharing information", [
        ("p", "We share what we know about a child only with those who need it to keep the child safe or to meet the child's needs, and we tell young people what is held about them and who can see it."),
    ]),
    ("Document history", [
        ("p", "Last updated: 12 March 2026"),
    ]),
]

KIRKBY_TITLE = "Looking After Children in Care"
KIRKBY: Rows = [
    ("1. Scope", [
        ("p", "This chapter applies to all staff in Kirkby Moor Children's Services who work with children in care and care leavers, and to the foster carers and residential workers who look after them."),
        ("p", "It was amended in November 2025 to reflect the new local offer for care leavers."),
    ]),
    ("2. Introduction", [
        ("p", "Our duties come from three Acts of Parliament:"),
        ("b", "the Children Act 1989;"),
        ("b", "the Children (Leaving Care) Act 2000;"),
        ("b", "the Children and Social Work Act 2017."),
        ("p", "Statutory guidance under these Acts tells us how the duties are to be carried out."),
    ]),
    ("3. Our Values", [
        ("p", "We believe every child in care deserves the love, ambition and patience that a good parent would give. We listen before we decide, we keep our promises and we do not give up on young people when things go wrong."),
    ]),
    ("4. Corporate Parenting", [
        ("p", "As corporate parent the council follows the seven corporate parenting principles that the law sets for every English council. The Corporate Parenting Board meets every two months to check how well the council is keeping to them."),
    ]),
    ("5. Permanence", [
        ("p", "Every child in care should know where they will grow up. The child's social worker makes sure a permanence plan is in place within 4 months of the child coming into care."),
    ]),
    ("6. Leaving Care", [
        ("p", "Care leavers are supported by the Leaving Care Team until they are 21, or until they are 25 if they are in education or training."),
    ]),
    ("7. Practice Model", [
        ("p", "Kirkby Moor uses the Family Safeguarding model, in which social workers, adult mental health workers and drugs and alcohol workers share one team around the family."),
    ]),
]

SALTMARSH_TITLE = "Corporate Parenting and Leaving Care"
SALTMARSH: Rows = [
    ("Scope of this chapter", [
        ("p", "This chapter is for everyone at Saltmarsh District Council who works with Looked After Children and young people leaving care."),
        ("p", "It was amended in July 2025: the section on care leavers now describes the support offered after the age of 21."),
    ]),
    ("Legislation", [
        ("p", "This chapter should be read alongside:"),
        ("b", "Children Act 1989"),
        ("b", "Children Act 2004"),
        ("b", "Children and Families Act 2014"),
        ("b", "Children and Social Work Act 2017"),
    ]),
    ("Corporate parenting", [
        ("p", "The council, its members and its officers share responsibility for Looked After Children as their corporate parent. We have adopted the seven corporate parenting principles:"),
        ("n", "acting in the best interests of the child or young person;"),
        ("n", "listening to their views, wishes and feelings;"),
        ("n", "making sure they know about the services available to them;"),
        ("n", "helping them to achieve the best outcomes;"),
        ("n", "keeping them safe, with stable homes and relationships;"),
        ("n", "getting them ready for adulthood and independence;"),
        ("n", "supporting them to do well in education."),
    ]),
    ("Permanence", [
        ("p", "A permanence plan is made for each Looked After Child within six months of them coming into care."),
    ]),
    ("Care leavers", [
        ("p", "Young people who leave care are helped by a personal adviser until they are 21. The help continues up to the age of 25 for those who want it."),
    ]),
    ("How we practise", [
        ("p", "Our practitioners work restoratively: we use Restorative Practice to build relationships with children and families and to resolve difficulties with them, not for them."),
    ]),
    ("Information sharing", [
        ("p", "Information about Looked After Children is shared in line with data protection law and only where it helps to keep a child safe or meet their needs."),
    ]),
]
# fmt: on


def _cell_blocks(cell: Any, blocks: Blocks) -> None:
    """Fill a table cell with paragraphs, bullets and numbered items (its first paragraph
    reused)."""
    first = True
    for kind, text in blocks:
        style = {"b": "List Bullet", "n": "List Number"}.get(kind)
        if first:
            paragraph = cell.paragraphs[0]
            paragraph.text = text
            if style:
                paragraph.style = cell.part.document.styles[style]
            first = False
        else:
            paragraph = cell.add_paragraph(text, style=style)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


# ------------------------------------------------------------ 16601 two-column table chapter
def fenwick(target: Path) -> None:
    from docx.shared import Cm

    document = new_docx()
    document.core_properties.title = FENWICK_TITLE
    document.core_properties.created = datetime.datetime(2026, 3, 12)
    document.add_paragraph(FENWICK_TITLE, style="Title")
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for heading, blocks in FENWICK:
        row = table.add_row()
        left, right = row.cells
        left.width, right.width = Cm(4.5), Cm(12)
        left.paragraphs[0].add_run(heading).bold = True
        _cell_blocks(right, blocks)
    target.write_bytes(saved_docx(document))


# ------------------------------------------------------- 16602 bodies in one-cell shaded tables
def kirkby(target: Path) -> None:
    document = new_docx()
    document.core_properties.title = KIRKBY_TITLE
    document.core_properties.created = datetime.datetime(2025, 11, 3)
    document.add_paragraph(KIRKBY_TITLE, style="Title")
    for heading, blocks in KIRKBY:
        document.add_paragraph(heading, style="Heading 1")
        table = document.add_table(rows=1, cols=1)
        table.style = document.styles["Table Grid"]
        cell = table.rows[0].cells[0]
        _shade(cell, "E7EEF7")
        _cell_blocks(cell, blocks)
        document.add_paragraph()
    target.write_bytes(saved_docx(document))


# ---------------------------------------------------------------- 16603 saved page, th/td table
def _html_body(blocks: Blocks) -> str:
    out: list[str] = []
    open_list = ""
    for kind, text in blocks:
        tag = {"b": "ul", "n": "ol"}.get(kind, "")
        if open_list and tag != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if tag and not open_list:
            out.append(f"<{tag}>")
            open_list = tag
        out.append(f"<li>{html.escape(text)}</li>" if tag else f"<p>{html.escape(text)}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def saltmarsh(target: Path) -> None:
    rows = "\n".join(
        f'<tr>\n<th scope="row">{html.escape(heading)}</th>\n<td>\n{_html_body(blocks)}\n</td>\n</tr>'
        for heading, blocks in SALTMARSH
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{SALTMARSH_TITLE} | Children's Services Procedures | Saltmarsh District Council</title>
<link rel="stylesheet" href="./Corporate Parenting and Leaving Care_files/site.css">
</head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<header class="site-header">
<a href="/"><img src="./Corporate Parenting and Leaving Care_files/logo.png" alt="Saltmarsh District Council"></a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/procedures">Procedures</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/procedures">Children's Services Procedures</a> &gt; {SALTMARSH_TITLE}</div>
<div id="content" class="content">
<h1>{SALTMARSH_TITLE}</h1>
<table class="chapter" border="1" cellpadding="6">
<tbody>
{rows}
</tbody>
</table>
<p class="updated">Last updated: 14 July 2025</p>
</div>
<footer class="site-footer">
<p>&copy; Saltmarsh District Council 2025</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul>
</footer>
</body>
</html>
"""
    target.write_text(page, "utf-8")


def _note(title: str, rows: Rows, extra: Blocks | None = None) -> Blocks:
    blocks: Blocks = [("title", title)]
    for heading, body in rows:
        blocks.append(("h", heading))
        blocks.extend(body)
    blocks.extend(extra or [])
    return blocks


FILES = {
    "16601-docx-chapter-in-a-two-column-table-bold-heading-cells-bullets-in-cells-signs-of-safety-21-and-25-on-request.docx": (
        fenwick,
        _note(FENWICK_TITLE, FENWICK),
        "Word chapter laid out as one two-column table, bold heading in the left cell, body in the right",
    ),
    "16602-docx-numbered-heading-1-bodies-in-one-cell-shaded-tables-family-safeguarding-children-in-care.docx": (
        kirkby,
        _note(KIRKBY_TITLE, KIRKBY),
        "Word chapter, numbered Heading 1 headings, each section's body in a one-cell shaded table",
    ),
    "16603-html-saved-page-chapter-in-a-table-th-heading-cells-td-bodies-restorative-six-months.html": (
        saltmarsh,
        _note(SALTMARSH_TITLE, SALTMARSH, [("p", "Last updated: 14 July 2025")]),
        "saved web page whose chapter is a table, th heading cells in the first column, td bodies",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        if name.endswith(".docx"):
            (HERE / f"{name}.md").write_text(blocks_note(blocks, SCRIPT, about), "utf-8")
        print(name)


if __name__ == "__main__":
    main()
