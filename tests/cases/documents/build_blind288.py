# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the documents of the 288th blind set (28801-28807) that need a tool to make them.

Seven invented councils' whole chapters of "Children's Services Policies, Values and
Principles", written for this set in our own words. The plain-text, HTML and markdown chapters
(28801, 28802, 28803, 28807) are written by hand beside this script; this script builds:

    28804  Saxby Fen: a council web page's text as Firefox's "Save Page As -> Text Files" gives
           it (its plain-text serializer: lines wrapped at 72 columns, list items "  * " and
           "  1. " with their wrapped lines indented, headings and paragraphs as plain lines
           between blank lines, the site's top and bottom chrome kept). No Firefox is installed
           here, so the serializer's layout is reproduced by `_firefox_text` from the page's
           blocks; blind288_sources/ keeps the page's HTML.
    28805  Roskelly: python-docx, the title and half the headings in the council's own
           paragraph styles ("RBC Document Title", "RBC Section Heading", no outline level,
           not "Heading N"), the other headings bold Normal paragraphs at body size, the Acts
           a List Bullet list, the principles a List Number list, a running header.
    28806  Whitlow: python-docx, every line Normal 11 pt, headings only bold at body size,
           printed to PDF by LibreOffice headless.

usage: .venv/bin/python tests/cases/documents/build_blind288.py   (needs python-docx and
LibreOffice). Each Word or PDF file gets a .md note beside it.
"""

from __future__ import annotations

import html
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind288.py"

# (kind, text): "title", "h" a heading, "p" a paragraph, "b" a bullet, "n" a numbered item;
# for the web page also "chrome-p" and "chrome-b", lines of the site around the content.
Block = tuple[str, str]

# fmt: off
SAXBY_FEN: list[Block] = [
    ("chrome-p", "Skip to main content"),
    ("chrome-p", "Saxby Fen District Council"),
    ("chrome-p", "Search"),
    ("chrome-b", "Home"),
    ("chrome-b", "Children, families and education"),
    ("chrome-b", "Housing"),
    ("chrome-b", "Planning and building"),
    ("chrome-b", "Your council"),
    ("chrome-p", "Home > Children, families and education > Social care procedures"),
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter was reviewed in January 2026 and the parts on our practice approach and on care leavers were rewritten."),
    ("h", "Before you read on"),
    ("p", "Saxby Fen District Council's procedures for children's social care start from this chapter. It tells staff, carers and partner agencies what the council values in its work with children and families and which principles every later procedure follows."),
    ("h", "The statutes we work within"),
    ("p", "The council's duties to children and families are set by:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Children Act 2004"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "A shared job"),
    ("p", "Teachers, school nurses, GPs, police officers and youth workers all see children we may never meet. Under the Saxby Fen Safeguarding Children Partnership's arrangements each of them knows how to raise a worry, and each takes a share of the work to keep a child safe."),
    ("h", "What matters to us"),
    ("p", "We listen before we judge. We are straight with families about what worries us and what will happen next. We believe that with the right help at the right time most children can stay safely at home."),
    ("h", "Being a good corporate parent"),
    ("p", "The council is corporate parent to every child in our care and every care leaver. Officers and members across the council have regard to the corporate parenting principles, which are:"),
    ("b", "to act in the child's best interests and to promote their physical and mental health and well-being"),
    ("b", "to encourage them to express their views, wishes and feelings"),
    ("b", "to take their views, wishes and feelings into account"),
    ("b", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners"),
    ("b", "to promote high aspirations and seek to secure the best outcomes for them"),
    ("b", "for them to be safe and to have stability in their home lives, relationships and education or work"),
    ("b", "to prepare them for adulthood and independent living"),
    ("h", "Understanding behaviour"),
    ("p", "Every social worker, family support worker and foster carer in Saxby Fen is trained in the Solihull Approach. It helps adults to understand what a child's behaviour is telling them, and to respond with containment and reciprocity rather than with control."),
    ("h", "Knowing where home is"),
    ("p", "A permanence plan is made for every child in our care within three months of their first day in care, and is reviewed at each of their reviews."),
    ("h", "Support after 18"),
    ("p", "Care leavers keep their personal adviser until they are 21, and until 25 if they are still in education or training."),
    ("h", "Records and confidentiality"),
    ("p", "We keep records that are fair, accurate and secure. Information is shared only with those who need it to help or protect a child, and only as the law allows."),
    ("p", "Page last updated: 20 January 2026"),
    ("chrome-p", "Was this page useful?"),
    ("chrome-p", "Yes No"),
    ("chrome-b", "Accessibility statement"),
    ("chrome-b", "Cookies"),
    ("chrome-b", "Privacy notice"),
    ("chrome-b", "Contact the council"),
    ("chrome-p", "\u00a9 Saxby Fen District Council"),
]

ROSKELLY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Date of amendment: 18 June 2025. The section on leaving care now describes the extended personal adviser offer, and Dyadic Developmental Practice replaces the previous practice framework."),
    ("h", "Purpose of the chapter"),
    ("p", "This chapter sets out the values and principles of Roskelly Borough Council's children's services. All staff, foster carers, residential workers and commissioned providers are expected to work in line with it, and the procedures that follow build on it."),
    ("h", "Statutory framework"),
    ("p", "The main legislation is:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Partnership"),
    ("p", "The safeguarding partners for Roskelly are the council, the integrated care board and the chief officer of police. Schools, early years settings, housing and voluntary organisations work to the partnership's procedures and share information with us whenever a child may be at risk."),
    ("h", "Our values"),
    ("p", "We are child-centred, honest and reliable. We respect families' cultures and identities, and we work alongside parents rather than doing things to them."),
    ("h", "Corporate parenting in Roskelly"),
    ("p", "Roskelly Borough Council is the corporate parent of its Looked After Children and care leavers. In carrying out its functions it has regard to the need:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, the services of the council and its partners;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe and to have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Dyadic Developmental Practice"),
    ("p", "Our social workers, residential staff and foster carers are trained in Dyadic Developmental Practice. It helps the adults around a child who has experienced trauma to be playful, accepting, curious and empathic, so that the child can learn to trust again."),
    ("h", "Permanence planning"),
    ("p", "Each Looked After Child has a permanence plan within six months of their becoming looked after."),
    ("h", "Care leavers"),
    ("p", "Care leavers are supported by a personal adviser to the age of 21, or to 25 if they are in education or training."),
    ("h", "Sharing information"),
    ("p", "Information is recorded accurately, stored securely and shared lawfully, in line with the partnership's information sharing protocol."),
    ("p", "Version 3.1"),
]

WHITLOW: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Whitlow Metropolitan Borough Council"),
    ("h", "Scope of this chapter"),
    ("p", "This chapter describes the values and principles behind Whitlow's children's services and applies to everyone who works with children and families on the council's behalf. Last amended: September 2024, when the description of No Wrong Door was added."),
    ("h", "Legislation"),
    ("p", "The key legislation is the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the statutory guidance issued under them."),
    ("h", "Working together"),
    ("p", "The council works with the police, health services, schools and the voluntary sector through the Whitlow Safeguarding Children Partnership. Every partner shares responsibility for noticing when a child needs help and for acting on it."),
    ("h", "What we stand for"),
    ("p", "We put children first. We build relationships with families based on honesty and respect, we are ambitious for every child, and we hold ourselves to account for the difference we make."),
    ("h", "The council as parent"),
    ("p", "Whitlow Council is the corporate parent of all Children in Care and care leavers. Every member and officer has regard to the corporate parenting principles:"),
    ("b", "acting in their best interests and promoting their physical and mental health and well-being;"),
    ("b", "encouraging them to express their views, wishes and feelings;"),
    ("b", "taking their views, wishes and feelings into account;"),
    ("b", "helping them to access and make the best use of services;"),
    ("b", "promoting high aspirations and seeking the best outcomes;"),
    ("b", "making sure they are safe, with stable homes, relationships and education or work;"),
    ("b", "preparing them for adulthood and independent living."),
    ("h", "No Wrong Door"),
    ("p", "Whitlow runs No Wrong Door for young people aged 12 to 17 who are in care or on the edge of care. A single team brings residential beds, outreach, a life coach, a communications support worker and a police liaison officer together around each young person."),
    ("h", "Planning for permanence"),
    ("p", "Every child in care has a permanence plan by the end of their fifth month in care."),
    ("h", "Leaving care"),
    ("p", "Care leavers can have the help of a personal adviser until they reach the age of 21."),
    ("h", "Confidentiality"),
    ("p", "Information is shared on a need-to-know basis and in line with data protection law. Children and families are told how their information is used."),
]
# fmt: on


def _firefox_text(blocks: list[Block]) -> str:
    """A page's blocks as Firefox's plain-text serializer writes them when a page is saved as
    text: 72 columns, list items after two spaces and their marker, wrapped lines indented to
    the item's text, a blank line between blocks and none between items of one list."""
    lines: list[str] = []
    previous = ""
    number = 0
    for kind, text in blocks:
        is_item = kind in ("b", "n", "chrome-b")
        if not (is_item and previous in ("b", "n", "chrome-b")) and lines:
            lines.append("")
        if is_item:
            if kind == "n":
                number = number + 1 if previous == "n" else 1
                marker = f"  {number}. "
            else:
                marker = "  * "
            lines.extend(
                textwrap.wrap(text, 72, initial_indent=marker, subsequent_indent=" " * len(marker))
            )
        else:
            lines.extend(textwrap.wrap(text, 72))
        previous = kind
    return "\n".join(lines) + "\n"


def _saxby_fen_html() -> str:
    """The page the text comes from, kept beside the set for a reader to compare."""
    parts = [
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>Children\'s Services Policies, Values and Principles - Saxby Fen District Council</title></head>\n<body>'
    ]
    open_list = False
    for kind, text in SAXBY_FEN:
        escaped = html.escape(text)
        if kind in ("b", "chrome-b"):
            if not open_list:
                parts.append("<ul>")
                open_list = True
            parts.append(f"<li>{escaped}</li>")
            continue
        if open_list:
            parts.append("</ul>")
            open_list = False
        tag = {"title": "h1", "h": "h2"}.get(kind, "p")
        parts.append(f"<{tag}>{escaped}</{tag}>")
    if open_list:
        parts.append("</ul>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def _roskelly() -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    document = new_docx()
    title_style = document.styles.add_style("RBC Document Title", WD_STYLE_TYPE.PARAGRAPH)
    title_style.base_style = document.styles["Normal"]
    title_style.font.bold = True
    title_style.font.size = Pt(18)
    heading_style = document.styles.add_style("RBC Section Heading", WD_STYLE_TYPE.PARAGRAPH)
    heading_style.base_style = document.styles["Normal"]
    heading_style.font.bold = True
    heading_style.font.size = Pt(13)
    document.sections[0].header.paragraphs[
        0
    ].text = "Roskelly Borough Council | Children's Social Care Procedures Manual"
    headings = 0
    for kind, text in ROSKELLY:
        if kind == "title":
            document.add_paragraph(text, style="RBC Document Title")
        elif kind == "h":
            headings += 1
            if headings % 2:
                document.add_paragraph(text, style="RBC Section Heading")
            else:
                document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _whitlow() -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in WHITLOW:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(("\u2022 " if kind == "b" else "") + text)
        run.bold = kind in ("title", "h")
    return saved_docx(document)


FILES = {
    "28804": "28804-txt-firefox-save-page-as-text-wrapped-72-chrome-top-and-bottom-saxby-fen-reviewed-in-month-five-bulleted-seven-bulleted-being-a-good-corporate-parent-solihull-approach-three-months-21-or-25-page-last-updated-children-in-our-care.txt",
    "28805": "28805-docx-council-paragraph-styles-and-bold-body-size-headings-roskelly-date-of-amendment-day-seven-list-bullet-seven-list-number-dyadic-developmental-practice-six-months-21-or-25-version-label-lac.docx",
    "28806": "28806-pdf-lo-bold-body-size-headings-only-whitlow-council-line-last-amended-label-month-in-scope-four-acts-sentence-seven-typed-bullets-no-wrong-door-fifth-month-21-only-children-in-care.pdf",
}


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, SCRIPT, about)


def main() -> None:
    from build_binary_tools import docx_to_pdf

    sources = HERE / "blind288_sources"
    sources.mkdir(exist_ok=True)
    (sources / "28804-saxby-fen-page.html").write_text(_saxby_fen_html(), encoding="utf-8")
    (HERE / FILES["28804"]).write_text(_firefox_text(SAXBY_FEN), encoding="utf-8")
    (HERE / FILES["28805"]).write_bytes(_roskelly())
    docx_to_pdf(_whitlow(), HERE / FILES["28806"])
    (HERE / (FILES["28805"] + ".md")).write_text(
        _note(
            ROSKELLY,
            "python-docx, title and headings in council paragraph styles 'RBC Document Title' and 'RBC Section Heading' by turns with bold Normal body-size headings, List Bullet Acts, List Number principles, running header",
        ),
        encoding="utf-8",
    )
    whitlow_shown = [
        ("p", "\u2022 " + text) if kind == "b" else (kind, text) for kind, text in WHITLOW
    ]
    (HERE / (FILES["28806"] + ".md")).write_text(
        _note(
            whitlow_shown,
            "python-docx, every paragraph Normal 11 pt, title and headings bold at body size, bullets typed, printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )
    for name in FILES.values():
        print("wrote", name)


if __name__ == "__main__":
    main()
