# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 252nd blind set: facts in the hard places of Word and PDF.

    25201  Holmbridge: python-docx, Heading 1 styles; a two-column document-control table under
           the title ("Date of last review | 14/02/2025", "Version | 4.2"); the Acts in a
           two-column table with a header row; "sets out seven corporate parenting principles",
           none listed; the Family Partnership Model; "within the first four months"; the
           personal adviser in a table row "21, or 25 if in education or training".
    25202  Saltmere: python-docx, Heading 1 styles; three Acts in a sentence ("come mainly
           from"); the principles "all seven of them" bulleted; the model only in a floating
           DrawingML text box (with its VML fallback) anchored in a paragraph of its own; a
           permanence plan "within three months"; an entitlements table row; a closing
           "Document history" table, latest row first.
    25203  Pellingford: python-docx printed to PDF by LibreOffice; a "Document history" table at
           the top, latest row last; an Acts-and-guidance table; "There are seven principles in
           all" after the list; the model in a text box; "no later than five months"; "up to
           the age of twenty-five"; a stale "Amended: March 2025" closing line (the conflict).
    25204  Corrowby: HTML printed by Chromium (Playwright) with a running footer; the model only in
           a strap line under the title; the Acts in a two-column table without a header row;
           "sets out seven principles" over a numbered list; "within the first six months"; an
           entitlement list "Personal adviser \u2013 up to 25"; a closing "Document control" table.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind252.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind252.py"
NAMES = {
    "25201": "25201-docx-control-table-under-title-date-of-last-review-dd-mm-yyyy-acts-table-with-header-seven-principles-stated-not-listed-family-partnership-model-first-four-months-pa-table-row-21-or-25-children-in-care.docx",
    "25202": "25202-docx-three-acts-come-mainly-from-all-seven-of-them-bulleted-model-only-in-floating-text-box-three-months-entitlement-table-row-document-history-at-foot-latest-first-cared-for.docx",
    "25203": "25203-pdf-lo-document-history-at-top-latest-last-acts-and-guidance-table-seven-in-all-model-in-text-box-five-months-pa-twenty-five-stale-amended-line-at-foot-conflict-looked-after-children.pdf",
    "25204": "25204-pdf-chromium-model-only-in-strap-line-acts-table-no-header-row-seven-numbered-first-six-months-entitlement-bullets-pa-up-to-25-document-control-at-foot-children-who-are-looked-after.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "b" | "n" | "box", text) or ("table", rows, header_row).
Block = tuple[Any, ...]

# fmt: off
HOLMBRIDGE: list[Block] = [
    ("title", TITLE),
    ("table", [
        ("Document owner", "Head of Service, Children in Care"),
        ("Version", "4.2"),
        ("Date of last review", "14/02/2025"),
        ("Next review", "February 2027"),
    ], False),
    ("h", "Introduction"),
    ("p", "This chapter sets out the values and principles that guide Holmbridge Borough Council's work with Children in Care, care leavers and their families. The main legislation is set out below."),
    ("table", [
        ("Legislation", "What it covers"),
        ("Children Act 1989", "Support for children in need, care proceedings and the duties owed to children in care"),
        ("Children (Leaving Care) Act 2000", "Pathway plans and personal advisers for care leavers"),
        ("Children Act 2004", "Co-operation between agencies to improve children's well-being"),
        ("Children and Young Persons Act 2008", "Visits to children in care and the role of the independent reviewing officer"),
        ("Children and Families Act 2014", "Staying Put and the virtual school head"),
        ("Children and Social Work Act 2017", "The corporate parenting principles and the local offer for care leavers"),
    ], True),
    ("h", "Our Values"),
    ("p", "We believe children are best brought up within their own families where that is safe. We are honest with families about what worries us, and we listen before we decide."),
    ("h", "Corporate Parenting"),
    ("p", "The Children and Social Work Act 2017 sets out seven corporate parenting principles. Every councillor and officer in Holmbridge has regard to them whenever a decision touches a child in care or a care leaver."),
    ("h", "Our Practice Model"),
    ("p", "Since 2024 Holmbridge has used the Family Partnership Model in every social work team: practitioners build a working partnership with parents and agree goals with them rather than for them."),
    ("h", "Permanence and Leaving Care"),
    ("p", "A permanence plan should be agreed within the first four months of a child coming into care."),
    ("p", "Care leavers are supported as shown below."),
    ("table", [
        ("Support", "Until"),
        ("Pathway plan", "21"),
        ("Personal adviser", "21, or 25 if in education or training"),
        ("Staying Put with former foster carers", "21"),
    ], True),
]

SALTMERE_BOX = "Our practice model is Reclaiming Social Work: each small unit, led by a consultant social worker, shares the work with every family it knows."

SALTMERE: list[Block] = [
    ("title", TITLE),
    ("h", "About this chapter"),
    ("p", "This chapter describes how Saltmere County Council's children's services work with cared for children, care leavers and their families, and the principles behind that work."),
    ("h", "The Law"),
    ("p", "Our duties come mainly from the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017."),
    ("h", "Corporate Parenting"),
    ("p", "Saltmere's councillors hold themselves to the corporate parenting principles, all seven of them:"),
    ("b", "to act in the best interests of cared for children and to promote their physical and mental health;"),
    ("b", "to encourage them to say what they think and feel;"),
    ("b", "to take their views, wishes and feelings into account;"),
    ("b", "to help them reach the services the council and its partners provide;"),
    ("b", "to promote high aspirations and the best outcomes for them;"),
    ("b", "to keep them safe, with stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and living on their own."),
    ("h", "Our Practice Model"),
    ("p", "Every social work unit in Saltmere works in the same way."),
    ("box", SALTMERE_BOX),
    ("h", "Permanence"),
    ("p", "We agree a permanence plan within three months of a child becoming cared for, and check it at every review of their care plan."),
    ("h", "Leaving Care"),
    ("p", "What care leavers can expect from us:"),
    ("table", [
        ("Entitlement", "Who, and until when"),
        ("Pathway plan", "From 16, reviewed every six months"),
        ("Personal adviser", "Every care leaver until 21; until 25 for any who ask"),
        ("Setting-up-home allowance", "Once, when moving into a home of their own"),
    ], True),
    ("h", "Document history"),
    ("table", [
        ("Version", "Date", "Change"),
        ("3.0", "09/10/2025", "Leaving care table added"),
        ("2.1", "22/03/2024", "Practice model updated"),
        ("2.0", "05/07/2022", "Chapter rewritten"),
    ], True),
]

PELLINGFORD_BOX = "Our practice model is Strengthening Families: plans are built with each family around the strengths they already have, with the dangers named plainly."

PELLINGFORD: list[Block] = [
    ("title", TITLE),
    ("h", "Document history"),
    ("table", [
        ("Version", "Date", "Summary of changes"),
        ("1.0", "12/06/2021", "First version"),
        ("1.1", "30/11/2023", "Legislation updated"),
        ("2.0", "17/04/2025", "Permanence timescale shortened; practice model added"),
    ], True),
    ("h", "1. Introduction"),
    ("p", "This policy sets out the framework within which Pellingford City Council's children's services work with Looked After Children and care leavers. It rests on the legislation and guidance below."),
    ("table", [
        ("Act or guidance", "Why it matters"),
        ("Children Act 1989", "Our general duties to children in need and to Looked After Children"),
        ("Children Act 2004", "Co-operation between agencies"),
        ("Children (Leaving Care) Act 2000", "Support for care leavers"),
        ("Children and Social Work Act 2017", "The corporate parenting principles"),
        ("Working Together to Safeguard Children 2023", "Statutory guidance on multi-agency working"),
    ], True),
    ("h", "2. Corporate Parenting"),
    ("p", "As corporate parents we will:"),
    ("b", "act in the best interests of each child and promote their health and well-being;"),
    ("b", "encourage children to express their views, wishes and feelings;"),
    ("b", "take those views, wishes and feelings into account;"),
    ("b", "help children use the services available to them;"),
    ("b", "expect the best for them and help them get it;"),
    ("b", "keep them safe and give them stability;"),
    ("b", "prepare them for adult life."),
    ("p", "There are seven principles in all, and each applies to every part of the council."),
    ("h", "3. Our Practice Model"),
    ("box", PELLINGFORD_BOX),
    ("p", "Training in the model is given to every new social worker in their first year."),
    ("h", "4. Permanence"),
    ("p", "A Looked After Child's permanence plan is agreed no later than five months after they come into care."),
    ("h", "5. Leaving Care"),
    ("p", "Every care leaver can have a personal adviser up to the age of twenty-five, whatever they are doing."),
    ("p", "Amended: March 2025"),
]

CORROWBY: list[Block] = [
    ("title", TITLE),
    ("strap", "Corrowby Children's Services | Practice model: Family Valued"),
    ("h", "Introduction"),
    ("p", "This chapter explains the values that guide Corrowby Metropolitan Borough Council's work with children who are looked after and young people leaving care. The Acts we work within are:"),
    ("table", [
        ("Children Act 1989", "Parts 3 and 4"),
        ("Children Act 2004", "Sections 10 and 11"),
        ("Children and Families Act 2014", "Part 1"),
        ("Children and Social Work Act 2017", "Part 1, Chapter 1"),
    ], False),
    ("h", "Corporate Parenting"),
    ("p", "Section 1 of the Children and Social Work Act 2017 sets out seven principles. In Corrowby they mean that we:"),
    ("n", "put each child's best interests first and look after their health and well-being;"),
    ("n", "ask children what they think, wish and feel;"),
    ("n", "act on what they tell us;"),
    ("n", "make sure they get the help the council and its partners offer;"),
    ("n", "aim high for them;"),
    ("n", "keep them safe and settled at home, at school and in their friendships;"),
    ("n", "get them ready for adult life."),
    ("h", "Permanence"),
    ("p", "Every child who is looked after should have a permanence plan within the first six months of coming into care, agreed with them where they are old enough."),
    ("h", "Leaving Care"),
    ("p", "Our local offer to care leavers includes:"),
    ("b", "Pathway plan \u2013 from 16"),
    ("b", "Leaving care grant \u2013 at 18"),
    ("b", "Staying Put \u2013 until 21"),
    ("b", "Personal adviser \u2013 up to 25"),
    ("h", "Document control"),
    ("table", [
        ("Owner", "Service Manager, Corporate Parenting"),
        ("Version", "6.1"),
        ("Date of last review", "03/09/2025"),
        ("Next review", "September 2026"),
    ], False),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet", "n": "List Number"}

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _text_box_run(text: str, shape_id: int) -> Any:
    """A floating text box as Word writes one: DrawingML in an AlternateContent, VML fallback."""
    from docx.oxml import parse_xml

    body = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p>'
    return parse_xml(
        f'<w:r {_NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="25165{shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="820000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="820000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EAF2F8"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape type="#_x0000_t202" style="position:absolute;width:425.2pt;height:64.55pt" fillcolor="#eaf2f8" strokecolor="#1f4e79">'
        f"<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def _word(blocks: list[Block]) -> bytes:
    document = new_docx()
    boxes = 0
    for block in blocks:
        kind = block[0]
        if kind == "table":
            rows, header = block[1], block[2]
            table = document.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for index, row in enumerate(rows):
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    bold = (header and index == 0) or (not header and cell is cells[0])
                    cell.paragraphs[0].add_run(text).bold = bold
        elif kind == "box":
            boxes += 1
            document.add_paragraph()._p.append(_text_box_run(block[1], boxes))
        else:
            document.add_paragraph(block[1], style=STYLES.get(kind))
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    """What a reader sees in the built file, as markdown (the sidecar beside it)."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    number = 0
    previous = ""
    for block in blocks:
        kind = block[0]
        if kind in ("b", "n"):
            number = number + 1 if previous == "n" else 1
            lines.append(f"{number}. {block[1]}" if kind == "n" else f"- {block[1]}")
        elif kind == "table":
            if previous in ("b", "n"):
                lines.append("")
            rows = block[1]
            lines += [f"| {' | '.join(row)} |" for row in rows]
            lines.append("")
        else:
            if previous in ("b", "n"):
                lines.append("")
            prefix = {"title": "# ", "h": "## "}.get(kind, "")
            lines += [prefix + block[1], ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def _web_page(blocks: list[Block]) -> str:
    body: list[str] = []
    items: list[str] = []
    open_list = ""
    for block in blocks:
        kind = block[0]
        if kind in ("b", "n"):
            open_list = "ol" if kind == "n" else "ul"
            items.append(f"<li>{html.escape(block[1])}</li>")
            continue
        if items:
            body.append(f"<{open_list}>{''.join(items)}</{open_list}>")
            items = []
        if kind == "title":
            body.append(f"<h1>{html.escape(block[1])}</h1>")
        elif kind == "strap":
            body.append(f'<p class="strap">{html.escape(block[1])}</p>')
        elif kind == "h":
            body.append(f"<h2>{html.escape(block[1])}</h2>")
        elif kind == "p":
            body.append(f"<p>{html.escape(block[1])}</p>")
        elif kind == "table":
            rows = "".join(
                f"<tr><th>{html.escape(row[0])}</th><td>{html.escape(row[1])}</td></tr>"
                for row in block[1]
            )
            body.append(f"<table>{rows}</table>")
    if items:
        body.append(f"<{open_list}>{''.join(items)}</{open_list}>")
    css = (
        "body{font:15px/1.5 Arial,Helvetica,sans-serif;margin:0}"
        "h1{font-size:1.9em;margin:.2em 0 .2em}h2{font-size:1.3em;margin:1.1em 0 .4em}"
        ".strap{margin:0 0 1em;padding:.3em .6em;background:#2b5d34;color:#fff;font-weight:bold}"
        "table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #888;padding:.3em .6em;text-align:left;vertical-align:top}"
        "th{font-weight:normal;background:#f2f2f2}"
    )
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)} - Corrowby</title><style>{css}</style></head>"
        "<body><main>" + "".join(body) + "</main></body></html>"
    )


def _chromium_print(page_html: str, target: Path, footer: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--lang=en-GB"],
            env={"LANG": "en_GB.UTF-8", "TZ": "Europe/London"},
        )
        page = browser.new_page(locale="en-GB", timezone_id="Europe/London")
        page.route(
            "**/*",
            lambda route: route.fulfill(status=200, content_type="text/html", body=page_html),
        )
        page.goto(
            "https://procedures.corrowby.gov.uk/childrens-services/policies-values-principles"
        )
        page.pdf(
            path=str(target),
            format="A4",
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=footer,
            margin={"top": "18mm", "bottom": "20mm", "left": "18mm", "right": "18mm"},
        )
        browser.close()


def main() -> None:
    (HERE / NAMES["25201"]).write_bytes(_word(HOLMBRIDGE))
    (HERE / (NAMES["25201"] + ".md")).write_text(
        _note(
            HOLMBRIDGE,
            "python-docx, Title and Heading 1 styles, gridded tables, a control table under the title",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["25202"]).write_bytes(_word(SALTMERE))
    (HERE / (NAMES["25202"] + ".md")).write_text(
        _note(
            SALTMERE,
            "python-docx, Title and Heading 1 styles, a floating text box anchored in its own paragraph (shown in place), a closing history newest first",
        ),
        encoding="utf-8",
    )
    docx_to_pdf(_word(PELLINGFORD), HERE / NAMES["25203"])
    (HERE / (NAMES["25203"] + ".md")).write_text(
        _note(
            PELLINGFORD,
            "a python-docx file (Title and Heading 1 styles, a floating text box) printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    footer = (
        '<div style="font-size:8px;width:100%;padding:0 18mm;font-family:Arial">'
        "Corrowby MBC - Children's Services Procedures - Page "
        '<span class="pageNumber"></span> of <span class="totalPages"></span></div>'
    )
    _chromium_print(_web_page(CORROWBY), HERE / NAMES["25204"], footer)
    (HERE / (NAMES["25204"] + ".md")).write_text(
        _note(
            CORROWBY,
            "HTML printed by Chromium (Playwright), a strap line under the title, a running footer 'Corrowby MBC - Children's Services Procedures - Page N of M'",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
