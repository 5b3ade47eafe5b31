# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the binary documents of the 186th blind set: facts held in tables and footnotes.

    18602  Ousebridge: a Word file whose only amendment date sits in a control table under the
           title ("Revised | Sep 2025") and whose facts sit in a two-column "At a glance" table.
    18605  Ellerby Moor: a Word file with a boxed (gridded) summary table and a real footnote
           carrying the later adviser age, printed to PDF by LibreOffice.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind186.py
"""

from __future__ import annotations

import html
import io
import sys
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind186.py"
TITLE = "Children's Services Policies, Values and Principles"
Row = tuple[str, str]

# fmt: off
# ------------------------------------------------------------------------------ 18602 Ousebridge
OUSE_CONTROL: list[Row] = [
    ("Owner", "Head of Service, Children in Care"),
    ("Revised", "Sep 2025"),
    ("Next review", "Sep 2027"),
]
OUSE_GLANCE: list[Row] = [
    ("Care leavers' personal adviser", "Up to 21, or up to 25 if the young person is in education or training"),
    ("Permanence", "A plan in place within three months of entering care"),
    ("Our practice model", "Hearth"),
    ("Corporate parenting principles", "7"),
]
OUSE: list[tuple[str, str]] = [
    ("h", "Our legal duties"),
    ("p", "Ousebridge City Council's responsibilities to children in our care and to care leavers come from these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Corporate parenting"),
    ("p", "The whole council acts as parent to the children in our care. In every decision about them we have regard to the need:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take account of those views, wishes and feelings;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Our values"),
    ("p", "Hearth is the name we give to the way we work: warm, honest and patient relationships between practitioners, children and families are the means by which things change. We would rather keep a child safely at home with help than bring them into care, and when a child does come into our care we want them to grow up close to the people who matter to them."),
]
# fmt: on


def _table(document: Any, rows: list[Row], bold_first: bool, grid: bool) -> None:
    table = document.add_table(rows=0, cols=2)
    if grid:
        table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        run = cells[0].paragraphs[0].add_run(label)
        run.bold = bold_first
        cells[1].text = value


def ousebridge_docx() -> bytes:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    _table(document, OUSE_CONTROL, bold_first=True, grid=True)
    document.add_paragraph("At a glance", style="Heading 1")
    _table(document, OUSE_GLANCE, bold_first=True, grid=False)
    for kind, text in OUSE:
        style = {"h": "Heading 1", "b": "List Bullet", "n": "List Number"}.get(kind)
        document.add_paragraph(text, style=style)
    return saved_docx(document)


def _note_table(rows: list[Row], header: bool) -> list[str]:
    lines = ["| " + " | ".join(rows[0]) + " |", "|---|---|"]
    if not header:
        lines = ["| | |", "|---|---|", "| " + " | ".join(rows[0]) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return lines


def _note_body(blocks: list[tuple[str, str]]) -> list[str]:
    lines: list[str] = []
    number = 0
    previous = ""
    for kind, text in blocks:
        if kind == "n":
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {text}")
        elif kind == "b":
            lines.append(f"- {text}")
        else:
            if previous in ("n", "b"):
                lines.append("")
            lines.append(("## " if kind == "h" else "") + text)
            lines.append("")
        previous = kind
    return lines


def ousebridge_note() -> str:
    lines = [
        f"%% built by {SCRIPT}: Word file, a control table under the title holding the only amendment date (Revised | Sep 2025), a two-column At a glance table of facts",
        "",
        f"# {TITLE}",
        "",
        *_note_table(OUSE_CONTROL, header=False),
        "",
        "## At a glance",
        "",
        *_note_table(OUSE_GLANCE, header=False),
        "",
        *_note_body(OUSE),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


# fmt: off
# ------------------------------------------------------------------------------ 18605 Ellerby Moor
ELL_SCOPE = [
    "This chapter applies to all staff in Ellerby Moor's Children and Families Service. It was amended in June 2025, when the summary table below was added so that new starters can find the main requirements at once.",
    "The main requirements are:",
]
ELL_BOX: list[Row] = [
    ("Requirement", "What we expect"),
    ("Model of practice", "Lighthouse"),
    ("Permanence plan", "Four months from the day a child enters care"),
    ("Leaving care support", "A personal adviser to age 21[^1]"),
]
ELL_NOTES = ["Extended to 25 for any care leaver who asks for it, as the Children and Social Work Act 2017 requires."]
ELL: list[tuple[str, str]] = [
    ("h", "Legislation"),
    ("p", "This chapter should be read with:"),
    ("n", "Children Act 1989"),
    ("n", "Children (Leaving Care) Act 2000"),
    ("n", "Children and Social Work Act 2017"),
    ("n", "Working Together to Safeguard Children 2023"),
    ("n", "Children's Social Care National Framework 2023"),
    ("h", "Our duties as corporate parent"),
    ("p", "Ellerby Moor Metropolitan Borough Council is corporate parent to all children who are looked after by it and to its care leavers. Councillors and officers apply all seven corporate parenting principles when they plan services, commission placements and make decisions about individual children."),
    ("p", "Lighthouse, our model of practice, keeps the child's experience in view: practitioners are asked to picture a day in the child's life before they agree any plan, and to write to children who are looked after in words the child will understand."),
]
# fmt: on

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def _with_footnotes(data: bytes, notes: list[str]) -> bytes:
    """The saved package with a real footnotes part added (python-docx writes none)."""
    body = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    ) + "".join(
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {html.escape(text, quote=False)}</w:t></w:r></w:p></w:footnote>'
        for number, text in enumerate(notes, start=1)
    )
    part = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">{body}</w:footnotes>'
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    f'<Override PartName="/word/footnotes.xml" ContentType="{CT}footnotes+xml"/></Types>'.encode(),
                )
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdF186" Type="{REL}footnotes" Target="footnotes.xml"/></Relationships>'.encode(),
                )
            info.date_time = (2025, 6, 20, 0, 0, 0)
            target.writestr(info, content)
        target.writestr(zipfile.ZipInfo("word/footnotes.xml", (2025, 6, 20, 0, 0, 0)), part)
    return out.getvalue()


def _add_with_marks(paragraph: Any, text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    head, mark, tail = text.partition("[^1]")
    paragraph.add_run(head)
    if mark:
        run = paragraph.add_run()
        run.font.superscript = True
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), "1")
        run._r.append(reference)
        paragraph.add_run(tail)


def ellerby_docx() -> bytes:
    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("Scope and amendment", style="Heading 1")
    for text in ELL_SCOPE:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for index, (label, value) in enumerate(ELL_BOX):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        _add_with_marks(cells[1].paragraphs[0], value)
        if index == 0:
            cells[1].paragraphs[0].runs[0].bold = True
    for kind, text in ELL:
        style = {"h": "Heading 1", "b": "List Bullet", "n": "List Number"}.get(kind)
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return _with_footnotes(out.getvalue(), ELL_NOTES)


def ellerby(target: Path) -> None:
    docx_to_pdf(ellerby_docx(), target)


def ellerby_note() -> str:
    box = [
        (label, value.replace("[^1]", " [footnote: " + ELL_NOTES[0] + "]"))
        for label, value in ELL_BOX
    ]
    lines = [
        f"%% built by {SCRIPT}: Word file with a gridded summary table and a real footnote on the adviser's age, printed to PDF by LibreOffice",
        "",
        f"# {TITLE}",
        "",
        "## Scope and amendment",
        "",
        *[line for text in ELL_SCOPE for line in (text, "")],
        *_note_table(box, header=True),
        "",
        *_note_body(ELL),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


DOCUMENTS = {
    "18602-docx-control-table-revised-abbreviated-month-at-a-glance-two-column-facts-table-21-or-25-in-education-three-months-seven-in-a-cell-children-in-our-care.docx": (
        lambda target: target.write_bytes(ousebridge_docx()),
        ousebridge_note,
    ),
    "18605-pdf-lo-word-boxed-summary-table-footnote-later-age-amended-month-four-months-numbered-acts-and-guidance-seven-in-a-sentence-who-are-looked-after.pdf": (
        ellerby,
        ellerby_note,
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, note) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(note(), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
