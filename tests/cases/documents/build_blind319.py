# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the documents of the 319th blind set: Word and PDF habits earlier sets did not cover.

    31901  Wrexholme: python-docx with WordprocessingML added through its own element objects:
           tracked changes left unaccepted (a deleted sentence naming a second practice model,
           a number changed by a deletion and an insertion, an inserted sentence extending
           care leavers' support), a reviewer's comment anchored on a heading, and three
           footnotes citing sections of the Acts (the footnotes part added to the package).
    31902  Gallowfield: python-docx printed to PDF by LibreOffice: footnotes at the foot of the
           pages, a running header with the chapter's short name and the council's name, and a
           heading allowed to fall as the last line of page 1 (keep-with-next switched off).
    31903  Marlcote: WeasyPrint; headings "Section 1: ..." in bold colour at the body's size, a
           contents page with dot leaders and page numbers under the title.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind319.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    docx_to_pdf,
    new_docx,
    saved_docx,
    with_word_part,
    word_notes_xml,
)

SCRIPT = "build_blind319.py"
NAMES = {
    "31901": "31901-docx-tracked-insertion-and-deletion-unaccepted-comment-on-heading-footnotes-citing-acts.docx",
    "31902": "31902-pdf-lo-from-word-footnotes-at-page-foot-running-header-short-name-and-council-heading-last-line-of-page.pdf",
    "31903": "31903-pdf-weasyprint-section-n-colon-headings-body-size-bold-coloured-contents-page-dot-leaders.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REVIEWER = "Lorna Kettering"
WHEN = "2026-02-11T10:15:00Z"

# fmt: off
# Block kinds: "h" heading, "p" paragraph, "b" bullet; text may hold the marks
#   {ins:...} a tracked insertion, {del:...} a tracked deletion, [fn:N] a footnote reference.
WREXHOLME_COUNCIL = "Wrexholme Borough Council"
WREXHOLME: list[tuple[str, str]] = [
    ("h", "Purpose of this chapter"),
    ("p", "This chapter tells our staff, and the people we commission, what Wrexholme's children's services believe in and how those beliefs should shape day-to-day work with children and their families. It was last amended in February 2026."),
    ("h", "The legal basis for our work"),
    ("p", "Our duties come mainly from the Children Act 1989[fn:1], the Children Act 2004, the Children and Families Act 2014[fn:2] and the Children and Social Work Act 2017. Managers should make sure that staff know which parts of each apply to their role."),
    ("h", "What we value"),
    ("b", "Listening to children and writing down what they tell us in their own words."),
    ("b", "Being honest with parents about our worries and about what would make them go away."),
    ("b", "Keeping brothers and sisters together wherever it is safe to do so."),
    ("b", "Owning our mistakes and putting them right quickly."),
    ("h", "Working alongside partners"),
    ("p", "Children are kept safe by many agencies rather than one. We share the work with schools, health visitors, GPs, the police and housing through the Wrexholme Children's Safeguarding Partnership, and we try to agree a single plan with a family instead of several competing ones."),
    ("h", "Our role as corporate parent"),
    ("p", "Once a child becomes looked after, every councillor and officer of Wrexholme shares responsibility for them. We hold ourselves to the seven corporate parenting principles[fn:3] and report on them each year to the Corporate Parenting Board, which includes Children Looked After and care leavers."),
    ("h", "How we practise"),
    ("p", "Wrexholme practitioners use Restorative Practice: we work with families rather than doing things to them or for them, and we repair relationships when they go wrong.{del: Child protection conferences follow the Signs of Safety approach.}"),
    ("h", "Permanence"),
    ("p", "A plan for permanence is agreed for each of our Children Looked After within {del:six}{ins:four} months of the day they come into care, and the plan is checked at every review."),
    ("h", "Leaving care"),
    ("p", "Every care leaver has a personal adviser until they reach 21.{ins: Young people who are in education or training can keep their adviser until they are 25.} The leaving care team also helps with housing, money and getting into work."),
    ("h", "Confidentiality and information sharing"),
    ("p", "We record what we need and no more, store it securely and share it only when the law allows and it is in the child's interests. Care leavers can ask for a copy of their records and have someone with them when they read it."),
]
WREXHOLME_FOOTNOTES = {
    1: "See especially Part 3 of the Children Act 1989 on support for children in need, and section 22 on the council's general duties as a corporate parent.",
    2: "Part 3 of the Children and Families Act 2014 covers children and young people with special educational needs or disabilities.",
    3: "Children and Social Work Act 2017, section 1(1).",
}
WREXHOLME_COMMENT = ("What we value", "Please check this list against the values agreed at the October practice forum before sign-off.")

GALLOWFIELD_COUNCIL = "Gallowfield City Council"
GALLOWFIELD_HEADER = "Policies, Values and Principles\tGallowfield City Council"
# "h" heading, "hl" a heading allowed to end a page, "p", "b"
GALLOWFIELD: list[tuple[str, str]] = [
    ("h", "About this chapter"),
    ("p", "This chapter brings together the beliefs and principles that guide Gallowfield's children's social care. It was updated in November 2025, when the part on leaving care was rewritten after conversations with young people.[fn:1]"),
    ("p", "It applies to every member of staff in children's services, to our foster carers and to the residential homes and agencies that care for children on our behalf."),
    ("h", "The legislation"),
    ("p", "The council's duties to children and young people are set out chiefly in:"),
    ("b", "the Children Act 1989"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children and Young Persons Act 2008"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("p", "Where a duty is owed to a particular group of children, the relevant procedure in this manual names the section of the Act that creates it.[fn:2]"),
    ("h", "Our vision"),
    ("p", "We want children in Gallowfield to grow up in families that love them, to do well at school and to leave childhood with people around them who will still be there when they are adults. Where a child cannot live at home, we want their time in care to give them the same chances as their classmates."),
    ("p", "We cannot do this alone."),
    ("hl", "Corporate parenting"),
    ("p", "The council is the corporate parent of every child in its care and of its care leavers. Members and officers must act as a good parent would, and the law gives seven principles that we must keep in mind when we make decisions about Children in Care.[fn:3] The Corporate Parenting Committee checks how well we do this and hears directly from young people at each meeting."),
    ("h", "Our practice model"),
    ("p", "Gallowfield has adopted Signs of Safety. Social workers map what is going well and what worries us with the family, and build a safety plan that the family and their network can own."),
    ("h", "Principles of practice"),
    ("p", "Children should live with their own families wherever that is safe, with help offered early. When a child comes into care we will make a permanence plan within three months, so that every child knows where they are going to grow up."),
    ("p", "Care leavers have a personal adviser until their 21st birthday, or up to 25 if they are in education or training."),
    ("h", "Information sharing"),
    ("p", "We share personal information with partners when it is needed to keep a child safe or to provide a service, and we tell families what we share and why unless that would put a child at risk."),
]
GALLOWFIELD_FOOTNOTES = {
    1: "The previous version of this chapter was issued in 2023.",
    2: "For example, sections 17 and 20 of the Children Act 1989.",
    3: "Section 1 of the Children and Social Work Act 2017.",
}

MARLCOTE_COUNCIL = "Marlcote District Council"
# ("h", heading) ("p", text) ("n", numbered item)
MARLCOTE: list[tuple[str, str]] = [
    ("h", "Section 1: Introduction"),
    ("p", "This chapter describes the values and principles which underpin children's services in Marlcote. It was amended in March 2026 to bring Section 5 into line with the council's new local offer for care leavers."),
    ("p", "The main laws we work within are the Children Act 1989, the Children Act 2004, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017, together with the Care Planning, Placement and Case Review (England) Regulations 2010."),
    ("h", "Section 2: Our values"),
    ("p", "We put the child at the centre of every decision. We respect families and work with their strengths. We are open about what we are doing and why, and we keep children and parents informed even when the news is unwelcome. We challenge each other kindly, and we learn when things go wrong."),
    ("h", "Section 3: Corporate parenting"),
    ("p", "As corporate parent, Marlcote District Council will:"),
    ("n", "act in the best interests of Looked After Children and promote their health and well-being;"),
    ("n", "seek and listen to their views, wishes and feelings;"),
    ("n", "take those views into account in every decision;"),
    ("n", "help them to use services provided by the council and by our partners;"),
    ("n", "hold high expectations for them and aim for the best outcomes;"),
    ("n", "make sure they are safe and have stability at home, at school and at work;"),
    ("n", "prepare them for adult life and living on their own."),
    ("h", "Section 4: Our practice approach"),
    ("p", "Marlcote uses Systemic Practice. Workers look at the relationships around a child rather than at one person alone, and small teams share the thinking about each family in weekly group supervision."),
    ("h", "Section 5: Permanence and leaving care"),
    ("p", "Every Looked After Child should have a permanence plan within 6 months of becoming looked after. The plan is presented at the second review."),
    ("p", "Young people leaving our care are offered a personal adviser up to the age of 25, whatever they are doing."),
    ("h", "Section 6: Information sharing"),
    ("p", "Information about children and families is shared in line with data protection law and the council's information sharing agreements. Workers record what was shared, with whom and for what reason."),
]
# fmt: on


# --- 31901 Wrexholme ----------------------------------------------------------------------------

_IDS = iter(range(100, 1000))


def _runs_xml(text: str) -> str:
    """A paragraph's runs from text with the {ins:...}, {del:...} and [fn:N] marks."""
    import re

    out = []
    for piece in re.split(r"(\{ins:[^}]*\}|\{del:[^}]*\}|\[fn:\d+\])", text):
        if not piece:
            continue
        if piece.startswith("{ins:"):
            body = html.escape(piece[5:-1], quote=False)
            out.append(
                f'<w:ins w:id="{next(_IDS)}" w:author="{REVIEWER}" w:date="{WHEN}"><w:r><w:t xml:space="preserve">{body}</w:t></w:r></w:ins>'
            )
        elif piece.startswith("{del:"):
            body = html.escape(piece[5:-1], quote=False)
            out.append(
                f'<w:del w:id="{next(_IDS)}" w:author="{REVIEWER}" w:date="{WHEN}"><w:r><w:delText xml:space="preserve">{body}</w:delText></w:r></w:del>'
            )
        elif piece.startswith("[fn:"):
            out.append(
                f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{piece[4:-1]}"/></w:r>'
            )
        else:
            out.append(
                f'<w:r><w:t xml:space="preserve">{html.escape(piece, quote=False)}</w:t></w:r>'
            )
    return "".join(out)


def _fill(paragraph: Any, text: str) -> None:
    from docx.oxml import parse_xml

    for run in parse_xml(f"<w:p {W_NS}>{_runs_xml(text)}</w:p>"):
        paragraph._p.append(run)


def _with_footnotes(data: bytes, notes: dict[int, str]) -> bytes:
    footnotes = word_notes_xml("footnote", notes, W_NS)
    return with_word_part(data, "footnotes.xml", footnotes, "rId901", (2026, 1, 1, 0, 0, 0))


def _word_body(document: Any, blocks: list[tuple[str, str]], keep_off: str = "") -> dict[str, Any]:
    from docx.shared import Pt

    headings: dict[str, Any] = {}
    for kind, text in blocks:
        if kind in ("h", "hl"):
            paragraph = document.add_paragraph(style="Heading 1")
            _fill(paragraph, text)
            if kind == "hl":
                paragraph.paragraph_format.keep_with_next = False
            headings[text] = paragraph
        elif kind == "b":
            _fill(document.add_paragraph(style="List Bullet"), text)
        else:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(8)
            _fill(paragraph, text)
    return headings


def wrexholme() -> bytes:
    from docx.oxml.ns import qn

    document = new_docx()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(WREXHOLME_COUNCIL)
    headings = _word_body(document, WREXHOLME)
    heading, text = WREXHOLME_COMMENT
    comment = document.add_comment(
        headings[heading].runs, text=text, author=REVIEWER, initials="LK"
    )
    comment._comment_elm.set(qn("w:date"), WHEN)
    return _with_footnotes(saved_docx(document), WREXHOLME_FOOTNOTES)


def _marks_note(text: str, notes: dict[int, str], accepted: bool) -> str:
    import re

    if accepted:
        text = re.sub(r"\{del:[^}]*\}", "", text)
        text = re.sub(r"\{ins:([^}]*)\}", r"\1", text)
    else:
        text = re.sub(r"\{del:([^}]*)\}", r"~~\1~~", text)
        text = re.sub(r"\{ins:([^}]*)\}", r"<ins>\1</ins>", text)
    return re.sub(r"\[fn:(\d+)\]", r"[^\1]", text)


def _note(
    about: str,
    header: str | None,
    council: str,
    blocks: list[tuple[str, str]],
    notes: dict[int, str],
    comment: tuple[str, str] | None = None,
) -> str:
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    if header:
        lines += [f"(running header on every page: {header.replace(chr(9), ' <tab> ')})", ""]
    lines += [f"# {TITLE}", "", council, ""]
    previous = ""
    for kind, text in blocks:
        shown = _marks_note(text, notes, accepted=False)
        if kind == "b":
            lines.append(f"- {shown}")
        else:
            if previous == "b":
                lines.append("")
            if kind in ("h", "hl"):
                lines.append(f"## {shown}")
                if comment and comment[0] == text:
                    lines.append(f"(comment by {REVIEWER} anchored on this heading: {comment[1]})")
                if kind == "hl":
                    lines.append(
                        "(this heading is the last line of page 1; its text starts page 2)"
                    )
            else:
                lines.append(shown)
            lines.append("")
        previous = kind
    if notes:
        lines += ["", "Footnotes (at the foot of the page where each mark stands):", ""]
        lines += [f"[^{number}]: {text}" for number, text in notes.items()]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- 31902 Gallowfield --------------------------------------------------------------------------


def gallowfield() -> bytes:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    document = new_docx()
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    header.add_run(GALLOWFIELD_HEADER).font.size = Pt(9)
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(GALLOWFIELD_COUNCIL).runs[0].bold = True
    _word_body(document, GALLOWFIELD)
    return _with_footnotes(saved_docx(document), GALLOWFIELD_FOOTNOTES)


# --- 31903 Marlcote -----------------------------------------------------------------------------

MARLCOTE_CSS = """
@page { size: A4; margin: 20mm 20mm 22mm 20mm;
  @bottom-center { content: counter(page); font: 9pt 'DejaVu Sans', sans-serif; color: #444; } }
body { font: 10.5pt/1.45 'DejaVu Sans', sans-serif; color: #222; }
h1 { font: bold 20pt 'DejaVu Sans', sans-serif; color: #1f4e79; margin: 30mm 0 3mm 0; }
p.council { font-size: 13pt; margin: 0 0 14mm 0; }
p.contents { font: bold 13pt 'DejaVu Sans', sans-serif; margin: 0 0 4mm 0; }
ul.toc { list-style: none; padding: 0; margin: 0; break-after: page; }
ul.toc li { margin: 0 0 2.5mm 0; }
ul.toc a { color: #222; text-decoration: none; }
ul.toc a::after { content: leader('.') target-counter(attr(href), page); }
h2 { font: bold 10.5pt/1.45 'DejaVu Sans', sans-serif; color: #b0421a; margin: 6mm 0 1.5mm 0; }
p { margin: 0 0 2.5mm 0; }
ol { margin: 0 0 2.5mm 0; }
"""


def marlcote() -> bytes:
    import weasyprint

    parts = [
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(TITLE)}</title>",
        f"<style>{MARLCOTE_CSS}</style></head><body>",
        f"<h1>{html.escape(TITLE)}</h1>",
        f"<p class='council'>{MARLCOTE_COUNCIL}</p>",
        "<p class='contents'>Contents</p><ul class='toc'>",
    ]
    headings = [text for kind, text in MARLCOTE if kind == "h"]
    for index, text in enumerate(headings):
        parts.append(f"<li><a href='#s{index}'>{html.escape(text)}</a></li>")
    parts.append("</ul>")
    in_list = False
    index = 0
    for kind, text in MARLCOTE:
        if kind == "n" and not in_list:
            parts.append("<ol>")
            in_list = True
        elif kind != "n" and in_list:
            parts.append("</ol>")
            in_list = False
        if kind == "h":
            parts.append(f"<h2 id='s{index}'>{html.escape(text)}</h2>")
            index += 1
        elif kind == "n":
            parts.append(f"<li>{html.escape(text)}</li>")
        else:
            parts.append(f"<p>{html.escape(text)}</p>")
    if in_list:
        parts.append("</ol>")
    parts.append("</body></html>")
    return bytes(weasyprint.HTML(string="".join(parts)).write_pdf())


def _marlcote_note(pages: dict[str, int]) -> str:
    lines = [
        f"%% built by {SCRIPT}: WeasyPrint; 'Section n:' headings bold and coloured at body size, contents page with dot leaders and page numbers, page number footer",
        "",
        f"# {TITLE}",
        "",
        MARLCOTE_COUNCIL,
        "",
        "**Contents**",
        "",
    ]
    lines += [f"{text} ........ {page}" for text, page in pages.items()]
    lines += ["", "(page break)", ""]
    number = 0
    previous = ""
    for kind, text in MARLCOTE:
        if kind == "n":
            number += 1
            lines.append(f"{number}. {text}")
        else:
            if previous == "n":
                lines.append("")
            lines += [("## " + text) if kind == "h" else text, ""]
        previous = kind
    lines += ["(footer: page number)"]
    return "\n".join(lines).rstrip("\n") + "\n"


def _contents_pages(path: Path) -> dict[str, int]:
    import pypdfium2 as pdfium

    first = pdfium.PdfDocument(str(path))[0].get_textpage().get_text_range()
    pages: dict[str, int] = {}
    for line in first.replace("\r", "").splitlines():
        for kind, heading in MARLCOTE:
            if kind == "h" and line.strip().startswith(heading):
                pages[heading] = int(line.split(".")[-1].strip())
    return pages


def main() -> None:
    (HERE / NAMES["31901"]).write_bytes(wrexholme())
    (HERE / (NAMES["31901"] + ".md")).write_text(
        _note(
            "python-docx; tracked changes left unaccepted (~~deleted~~, <ins>inserted</ins>), a comment on a heading, footnotes citing the Acts",
            None,
            WREXHOLME_COUNCIL,
            WREXHOLME,
            WREXHOLME_FOOTNOTES,
            WREXHOLME_COMMENT,
        ),
        encoding="utf-8",
    )
    docx_to_pdf(gallowfield(), HERE / NAMES["31902"])
    (HERE / (NAMES["31902"] + ".md")).write_text(
        _note(
            "python-docx printed to PDF by LibreOffice; footnotes at the page feet, running header, a heading as the last line of page 1",
            GALLOWFIELD_HEADER,
            f"**{GALLOWFIELD_COUNCIL}**",
            GALLOWFIELD,
            GALLOWFIELD_FOOTNOTES,
        ),
        encoding="utf-8",
    )
    (HERE / NAMES["31903"]).write_bytes(marlcote())
    (HERE / (NAMES["31903"] + ".md")).write_text(
        _marlcote_note(_contents_pages(HERE / NAMES["31903"])), encoding="utf-8"
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
