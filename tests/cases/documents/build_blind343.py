# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, as written, with their typographic marks)
"""Build the 343rd blind set: three whole "Children's Services Policies, Values and Principles"
chapters of invented councils, with their facts held in Word and PDF structures.

    34301  Brackenridge (python-docx): the amendment month only in the running page header;
           the Acts a bulleted list whose bullets are Word numbering (a bullet list definition
           in numbering.xml, List Paragraph style, no bullet character in the text); the
           corporate parenting principles in a two-column table under a header row; the
           leaving-care age in a bold call-out line; the permanence timescale only in a
           footnote.
    34302  Wexcombe (python-docx): the amendment date inside a shaded, bordered call-out
           paragraph in "About this chapter"; the practice model named only in a floating
           DrawingML text box (VML fallback beside it) anchored in its section; the
           leaving-care ages in a two-column table cell long enough to wrap over lines; the
           principles a decimal Word-numbered list; the permanence timescale only in an
           endnote.
    34303  Ormsby Fold (python-docx printed to PDF by LibreOffice): the amendment date only in
           the running footer beside a PAGE field; the Acts Word-numbered bullets; the
           principles a two-column table with no header row; the leaving-care ages in a bold
           call-out line; the permanence timescale in a footnote; the practice model in a
           wrapping table cell.

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind343.py   (python-docx, LibreOffice)
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    WORD_MAIN_NAMESPACE,
    WORD_SHAPE_NAMESPACES,
    add_word_lists,
    docx_to_pdf,
    list_paragraph_properties,
    new_docx,
    saved_docx,
    with_word_part,
    word_field,
    word_notes_xml,
)

SCRIPT = "build_blind343.py"
W = WORD_MAIN_NAMESPACE
NS = WORD_SHAPE_NAMESPACES
TITLE = "Children's Services Policies, Values and Principles"
NAMES = {
    "34301": "34301-docx-amended-month-only-in-running-header-acts-word-numbering-bullets-principles-two-column-table-bold-call-out-leaving-care-permanence-in-footnote-brackenridge-25-for-all-five-months-restorative-children-in-care.docx",
    "34302": "34302-docx-amended-day-in-shaded-call-out-box-model-only-in-floating-text-box-leaving-care-in-wrapping-table-cell-principles-word-decimal-list-permanence-in-endnote-wexcombe-21-or-25-studying-four-months-lac.docx",
    "34303": "34303-pdf-lo-from-word-amended-day-only-in-running-footer-acts-word-numbering-bullets-principles-table-no-header-bold-call-out-leaving-care-permanence-footnote-model-in-wrapping-cell-ormsby-fold-three-months.pdf",
}

# fmt: off
# ("h" | "p" | "b" | "n" | "callout" | "shaded" | "box" | "table", text); "[fn:N]" a footnote
# mark, "[en:N]" an endnote mark.
BRACKENRIDGE_COUNCIL = "Brackenridge Borough Council"
BRACKENRIDGE_HEADER = "Brackenridge Borough Council – Children's Services Manual – amended March 2026"
BRACKENRIDGE: list[tuple[str, Any]] = [
    ("h", "Purpose and reach of this chapter"),
    ("p", "This chapter explains what Brackenridge's children's services believe in and how those beliefs should show in day-to-day practice. It applies to social workers, family support workers, residential staff and managers, and to agency staff while they work for us."),
    ("h", "The law we work under"),
    ("p", "The duties that shape our service are found mainly in these statutes:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("p", "Where statutory guidance sets out how a duty is to be met, staff follow it unless a manager has agreed in writing that there is good reason not to."),
    ("h", "What we hold to"),
    ("p", "We believe children do best when the adults around them are dependable. We tell families plainly what worries us. We listen before we judge, and we treat every family's heritage and beliefs with respect. We would rather help early than rescue late."),
    ("h", "Our duties as a corporate parent"),
    ("p", "The council is the corporate parent of each of its Children in Care and care leavers. Members and officers must keep in mind the principles in the table whenever they take decisions that affect those young people."),
    ("table", [
        ("Principle", "What it asks of us"),
        ("Best interests", "Act for their good, including their physical and emotional health."),
        ("Views and wishes", "Ask them what they think and want, and make it easy for them to say."),
        ("Weight to views", "Give real weight to what they have told us."),
        ("Services", "Help them find and use the services open to them."),
        ("Aspiration", "Hope for the best outcomes for them and back them to get there."),
        ("Security", "Make sure they are safe and that home, school and friendships are stable."),
        ("Readiness for adulthood", "Prepare them for independence and adult life."),
    ]),
    ("h", "Restorative Practice"),
    ("p", "Brackenridge uses Restorative Practice across its teams. We work with families rather than doing things to them or for them, and we put right relationships that have been damaged."),
    ("h", "Principles for practice"),
    ("p", "Children are helped to stay safely with their own family wherever possible, and where they cannot, relatives and friends are considered before strangers."),
    ("p", "For every Child in Care, permanence is planned from the start.[fn:1] The independent reviewing officer checks progress at each review."),
    ("callout", "Care leavers: every young person who has left our care can keep a personal adviser until their 25th birthday, whatever they are doing."),
    ("p", "Young people are involved in writing their own pathway plans and are told who their adviser is before they leave care."),
    ("h", "Working with other agencies"),
    ("p", "No agency can protect children on its own. We work with health services, the police, schools and the voluntary sector through the Brackenridge Safeguarding Children Partnership, and we expect our staff to pick up the phone rather than wait for a referral form."),
    ("h", "Keeping information safe"),
    ("p", "We share personal information about a child when doing so protects them or helps them get the support they need, and we write down what we shared and why. Families are told about information held on them unless telling them would place a child at risk."),
]
BRACKENRIDGE_FOOTNOTES = {
    1: "Our standard is that a plan for permanence is agreed within five months of the child coming into care.",
}

WEXCOMBE_COUNCIL = "Wexcombe County Council – Children, Families and Learning"
WEXCOMBE: list[tuple[str, Any]] = [
    ("h", "About this chapter"),
    ("p", "This chapter is the starting point of Wexcombe's children's social care procedures. It tells staff, partners and families what we value and the principles we work to."),
    ("shaded", "Amendment: this chapter was amended on 14 November 2025 to bring the leaving care offer up to date."),
    ("h", "Legislation and guidance"),
    ("p", "Our work rests on the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004 and the Children and Social Work Act 2017. The statutory guidance Working Together to Safeguard Children 2023 explains how agencies should work together."),
    ("h", "Our vision"),
    ("p", "We want every child in Wexcombe to grow up in a family that keeps them safe and helps them to thrive. We believe that lasting change happens when families are trusted to find their own solutions, with our support."),
    ("h", "Corporate parenting"),
    ("p", "As corporate parent of its Looked After Children and care leavers, the council must have regard to the need:"),
    ("n", "to act in the best interests of those children and young people and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "to promote high aspirations and to seek the best outcomes for them;"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "How we practise"),
    ("box", "Our practice model: Signs of Safety. Every assessment maps what is working well, what we are worried about and what needs to happen next."),
    ("p", "All our social workers are trained in the model set out in the box, and managers use it in supervision and at case conferences."),
    ("h", "Our promises"),
    ("p", "The table sets out what children and young people can expect from us."),
    ("table", [
        ("Promise", "What it means"),
        ("Family first", "We help children to remain with their families whenever it is safe."),
        ("Permanence", "Each Looked After Child has a permanence plan agreed without delay.[en:1]"),
        ("Leaving care", "A personal adviser is offered to every care leaver up to the age of 21, and up to 25 for a young person who is studying or in training."),
        ("Being heard", "Children's views are recorded in their own words in every plan."),
    ]),
    ("h", "Sharing information"),
    ("p", "Information is shared with partner agencies when that is necessary to protect a child or to meet their needs. Staff record each decision to share, or not to share, with the reasons for it."),
]
WEXCOMBE_ENDNOTES = {
    1: "Agreed within 4 months of the date on which the child became looked after.",
}

ORMSBY_COUNCIL = "Ormsby Fold Metropolitan Borough Council"
ORMSBY_FOOTER = "Ormsby Fold MBC · Policies, Values and Principles · last amended 2 February 2026 · page "
ORMSBY: list[tuple[str, Any]] = [
    ("h", "Scope"),
    ("p", "This chapter applies to everyone who works in Ormsby Fold's children's services, including early help, social work, fostering, residential care and the leaving care service."),
    ("h", "Introduction"),
    ("p", "This policy describes the framework within which our services are planned and delivered. The main legislation behind it is:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Values"),
    ("p", "We are open with children and families, we keep the child at the centre of what we do, and we look for strengths before problems. We expect staff to be reliable and kind, and to challenge poor practice wherever they see it."),
    ("h", "The council as corporate parent"),
    ("p", "The council owes every one of its children who are looked after the care a good parent would give. In all its decisions it has regard to the seven principles below."),
    ("table", [
        ("1", "Acting in the young person's best interests and supporting their physical and mental health."),
        ("2", "Encouraging young people to express their views, wishes and feelings."),
        ("3", "Taking those views, wishes and feelings into account."),
        ("4", "Helping young people to gain access to the services they need."),
        ("5", "Having high aspirations and seeking the best outcomes for them."),
        ("6", "Making sure they are safe and their lives are stable."),
        ("7", "Preparing them for adulthood and independent living."),
    ]),
    ("h", "Approach to practice"),
    ("table", [
        ("Area", "Our approach"),
        ("Practice model", "Our teams are trained in Systemic Practice and use it in supervision, in meetings with families and when they plan."),
        ("Early help", "Families can ask for help themselves, without a referral."),
    ]),
    ("h", "Key principles"),
    ("p", "Children should be brought up by their own families wherever it is safe. When a child cannot live at home we look to wider family and friends first."),
    ("p", "Permanence is the aim for every child who is looked after.[fn:1]"),
    ("callout", "Leaving care: support from a personal adviser up to age 21, or up to age 25 for young people in full-time education."),
    ("h", "Confidentiality"),
    ("p", "Information about children and families is held securely and shared only where that is needed to keep a child safe or to provide a service. Each decision to share is recorded."),
]
ORMSBY_FOOTNOTES = {
    1: "A permanence plan should be in place within three months of the child becoming looked after.",
}
# fmt: on


# --- XML pieces ----------------------------------------------------------------------------------


def _el(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _runs(text: str, rpr: str = "") -> str:
    """A paragraph's runs from text with footnote and endnote marks."""
    out: list[str] = []
    for piece in re.split(r"(\[(?:fn|en):\d+\])", text):
        if not piece:
            continue
        if piece.startswith("[fn:"):
            out.append(
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{piece[4:-1]}"/></w:r>'
            )
        elif piece.startswith("[en:"):
            out.append(
                '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:endnoteReference w:id="{piece[4:-1]}"/></w:r>'
            )
        else:
            out.append(f"<w:r><w:rPr>{rpr}</w:rPr>{_t(piece)}</w:r>")
    return "".join(out)


def _paragraph(text: str, ppr: str = "", rpr: str = "") -> Any:
    return _el(f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{_runs(text, rpr)}</w:p>")


def _append(document: Any, element: Any) -> Any:
    body = document.element.body
    body.find(f"{{{W}}}sectPr").addprevious(element)
    return element


def _text_box(text: str) -> str:
    """A floating DrawingML text box with Word's VML fallback, both holding the same text."""
    content = f'<w:p><w:r><w:rPr><w:sz w:val="20"/></w:rPr>{_t(text)}</w:r></w:p>'
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="1143000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1143000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFF4D6"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="9C6500"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:180pt;height:90pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#fff4d6" strokecolor="#9c6500">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


SHADED_PPR = (
    '<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="2E5E4E"/><w:left w:val="single" w:sz="8" w:space="4" w:color="2E5E4E"/>'
    '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="2E5E4E"/><w:right w:val="single" w:sz="8" w:space="4" w:color="2E5E4E"/></w:pBdr>'
    '<w:shd w:val="clear" w:color="auto" w:fill="E3F0EA"/><w:spacing w:before="120" w:after="120"/><w:ind w:left="284" w:right="284"/>'
)


def _table(
    document: Any, rows: list[tuple[str, str]], header: bool, widths: tuple[float, float]
) -> None:
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    table.autofit = False
    for number, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value, width in zip(cells, row, widths, strict=True):
            cell.width = Cm(width)
            paragraph = cell.paragraphs[0]
            paragraph._p.getparent().replace(
                paragraph._p, _paragraph(value, rpr="<w:b/>" if header and number == 0 else "")
            )
    document.add_paragraph()


def _chapter(
    document: Any, council: str, blocks: list[tuple[str, Any]], widths: tuple[float, float]
) -> None:
    add_word_lists(document, NS, 720)
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(council)
    for kind, value in blocks:
        if kind == "h":
            document.add_paragraph(value, style="Heading 1")
        elif kind == "b":
            _append(document, _paragraph(value, list_paragraph_properties(document, 41)))
        elif kind == "n":
            _append(document, _paragraph(value, list_paragraph_properties(document, 42)))
        elif kind == "callout":
            _append(
                document,
                _paragraph(
                    value,
                    '<w:spacing w:before="160" w:after="160"/>',
                    '<w:b/><w:color w:val="1F3864"/>',
                ),
            )
        elif kind == "shaded":
            _append(document, _paragraph(value, SHADED_PPR))
        elif kind == "box":
            _append(document, _el(f"<w:p {NS}>{_text_box(value)}</w:p>"))
        elif kind == "table":
            _table(document, value, header=not value[0][0].isdigit(), widths=widths)
        else:
            _append(document, _paragraph(value))


def brackenridge() -> bytes:
    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = BRACKENRIDGE_HEADER
    word_field(section.footer.paragraphs[0], "PAGE", "1")
    _chapter(document, BRACKENRIDGE_COUNCIL, BRACKENRIDGE, (4.5, 11.5))
    notes = word_notes_xml("footnote", BRACKENRIDGE_FOOTNOTES, NS)
    return with_word_part(
        saved_docx(document), "footnotes.xml", notes, "rId901", (1980, 1, 1, 0, 0, 0)
    )


def wexcombe() -> bytes:
    document = new_docx()
    _chapter(document, WEXCOMBE_COUNCIL, WEXCOMBE, (3.5, 6.0))
    notes = word_notes_xml("endnote", WEXCOMBE_ENDNOTES, NS)
    return with_word_part(
        saved_docx(document), "endnotes.xml", notes, "rId902", (1980, 1, 1, 0, 0, 0)
    )


def ormsby_docx() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(ORMSBY_FOOTER)
    word_field(footer, "PAGE", "1")
    _chapter(document, ORMSBY_COUNCIL, ORMSBY, (3.0, 8.0))
    notes = word_notes_xml("footnote", ORMSBY_FOOTNOTES, NS)
    return with_word_part(
        saved_docx(document), "footnotes.xml", notes, "rId901", (1980, 1, 1, 0, 0, 0)
    )


# --- notes and main ------------------------------------------------------------------------------


def _note(
    about: str, council: str, blocks: list[tuple[str, Any]], notes: dict[int, str], chrome: str
) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", "", f"# {TITLE}", "", council, ""]
    if chrome:
        lines += [f"({chrome})", ""]
    previous = ""
    number = 0
    for kind, value in blocks:
        if kind in ("b", "n"):
            number = number + 1 if previous == kind else 1
            lines.append(f"- {value}" if kind == "b" else f"{number}. {value}")
        else:
            if previous in ("b", "n"):
                lines.append("")
            if kind == "h":
                lines.append(f"## {value}")
            elif kind == "callout":
                lines.append(f"**{value}**")
            elif kind == "shaded":
                lines.append(f"(shaded, bordered call-out paragraph:) {value}")
            elif kind == "box":
                lines.append(f"(floating text box at the right margin:) {value}")
            elif kind == "table":
                lines += [f"| {left} | {right} |" for left, right in value]
            else:
                lines.append(value)
            lines.append("")
        previous = kind
    lines = [re.sub(r"\[(?:fn|en):(\d+)\]", r"[^\1]", line) for line in lines]
    lines += ["", *[f"[^{n}]: {text}" for n, text in notes.items()]]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAMES["34301"]).write_bytes(brackenridge())
    (HERE / (NAMES["34301"] + ".md")).write_text(
        _note(
            "python-docx; Title, council line, Heading 1 headings; running header (chrome) carrying the only amendment month, PAGE footer; Acts a Word-numbering bullet list (List Paragraph + numPr); principles a two-column table with a bold header row; a bold call-out line for leaving care; the permanence timescale only in footnote 1",
            BRACKENRIDGE_COUNCIL,
            BRACKENRIDGE,
            BRACKENRIDGE_FOOTNOTES,
            f"running header: {BRACKENRIDGE_HEADER}; footer: PAGE field",
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["34302"]).write_bytes(wexcombe())
    (HERE / (NAMES["34302"] + ".md")).write_text(
        _note(
            "python-docx; Title, council line, Heading 1 headings; the amendment in a shaded bordered call-out paragraph; the model only in a floating DrawingML text box (VML fallback); principles a Word decimal-numbered list; a two-column promises table whose leaving-care cell wraps; the permanence timescale only in endnote 1",
            WEXCOMBE_COUNCIL,
            WEXCOMBE,
            WEXCOMBE_ENDNOTES,
            "",
        ),
        encoding="utf-8",
    )
    docx_to_pdf(ormsby_docx(), HERE / NAMES["34303"])
    (HERE / (NAMES["34303"] + ".md")).write_text(
        _note(
            "python-docx printed to PDF by LibreOffice; Title, council line, Heading 1 headings; running footer (chrome) carrying the only amendment date beside a PAGE field; Acts Word-numbering bullets; principles a two-column table without a header row; a model in a wrapping table cell; a bold call-out line for leaving care; permanence only in footnote 1 at the page foot",
            ORMSBY_COUNCIL,
            ORMSBY,
            ORMSBY_FOOTNOTES,
            f"running footer on every page: {ORMSBY_FOOTER}N",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
