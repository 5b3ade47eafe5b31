# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the hundred-and-fifty-sixth blind set: four whole children's-services policy chapters
(looked-after children, leaving care, corporate parenting) of invented councils, kept in Word
the way council policy teams keep them, every heading named by meaning:

    15601  Title, Heading 1 and Heading 2 styles; Heading 2 sub-headings under "Leaving care";
           a document-control table under the title (version, owner, approved date, review
           date).
    15602  custom-named paragraph styles for the title and headings with an outline level set
           in the style; tracked insertions and deletions (w:ins / w:del) in two paragraphs;
           a reviewer's comment.
    15603  headings as bold and underlined Normal paragraphs; the corporate parenting
           principles typed as a lettered list "(a)", "(b)", …; a two-column table of Acts
           ("Act | What it requires").
    15604  headings as Normal paragraphs in a larger type size (not bold); a "Key points" box
           (a one-by-one table) near the top.

All written for this set, in our own words, for invented councils.

usage: .venv/bin/python tests/cases/documents/build_blind156.py   (needs python-docx)
"""

from __future__ import annotations

import html
import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import new_docx, saved_docx  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."

# A block is (kind, text) or (kind, text, marks). kinds: "title", "h", "h2", "p", "b" (bullet),
# "control" / "table" (text unused; marks {"rows": [[...], ...]}), "keypoints" (text: the box's
# heading; marks {"rows": [...]}). In a paragraph's text "{-words-}" is a tracked deletion and
# "{+words+}" a tracked insertion. marks may hold "comment": (anchor words, text, author).
Block = tuple[Any, ...]

# fmt: off
# ---------------------------------------------------------------- 15601 Marlowfield, Heading styles
MARLOWFIELD: list[Block] = [
    ("title", "Children's Services: Policies, Values and Principles"),
    ("control", "", {"rows": [
        ["Version", "4.2"],
        ["Owner", "Head of Service, Children in Care and Leaving Care"],
        ["Approved date", "9 October 2025"],
        ["Review date", "October 2027"],
    ]}),
    ("h", "Why this chapter exists"),
    ("p", "This chapter tells everyone who works in Marlowfield's children's services what we stand for and how we make decisions about children. It applies to social workers, personal advisers, residential staff, managers and the agencies we commission."),
    ("h", "The laws we work under"),
    ("p", "Our duties to children and young people come mainly from these pieces of legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Nobody does this alone"),
    ("p", "Schools, health visitors, GPs, the police and the voluntary sector all hold part of the picture of a child's life. We plan together with them through Marlowfield's safeguarding partnership and follow Working Together to Safeguard Children 2023 in everything we do jointly."),
    ("h", "What we hold dear"),
    ("p", "We believe children do best with their own families when that can be made safe. We are straightforward with parents, we notice what families do well, and we make sure a child's own words are written into every plan about them."),
    ("h", "The council as a parent"),
    ("p", "Every councillor and every officer of Marlowfield Borough Council shares the job of parenting the Children in Care we look after and our care leavers. The law sets out seven principles that we must keep in mind whenever we act for them:"),
    ("b", "acting in their best interests and promoting their physical and mental health and well-being;"),
    ("b", "encouraging them to say what they think, want and feel;"),
    ("b", "taking what they think, want and feel into account;"),
    ("b", "helping them to find and make the most of services from the council and its partners;"),
    ("b", "expecting great things of them and seeking the best outcomes for them;"),
    ("b", "keeping them safe, with stability at home, in their relationships and at school or work;"),
    ("b", "getting them ready for adult life and living on their own."),
    ("h", "How we practise"),
    ("p", "Marlowfield works with families using Restorative Practice: we do things with families rather than to them or for them, and we repair relationships when they are strained. All new staff attend the two-day restorative conversations course."),
    ("h", "Settled homes for children"),
    ("p", "Every Child in Care should know as early as possible where they will grow up. The plan for permanence is agreed at the second review of the child's care, no more than four months after the child started to be looked after."),
    ("h", "Leaving care"),
    ("p", "Leaving care is a gradual process that starts long before a young person's eighteenth birthday. We plan it with them, at their pace."),
    ("h2", "A personal adviser"),
    ("p", "Every care leaver has a personal adviser until they are 21, and until they are 25 if they ask for one. The adviser keeps in touch at least every eight weeks and helps the young person keep their pathway plan up to date."),
    ("h2", "Staying Put"),
    ("p", "Young people can stay with their foster carers after they turn 18 under a Staying Put arrangement, and we pay the carers an allowance while they do."),
    ("h2", "A place to call home"),
    ("p", "We help care leavers to find and keep somewhere safe to live, and they do not pay council tax in Marlowfield until they are 25."),
    ("h", "Handling information"),
    ("p", "We record what we know about children and families accurately and keep it securely. We share it only when the law allows and it is needed to keep a child safe or to meet their needs, and we tell families what we have shared unless that would put a child at risk."),
]

# ---------------------------------------------------------------- 15602 Ravensmoor, custom styles with outline levels, tracked changes
RAVENSMOOR: list[Block] = [
    ("title", "Policies, Values and Principles for Children's Services"),
    ("h", "Reach of this chapter"),
    ("p", "This chapter covers all of Ravensmoor District Council's work with children, young people and families, and the care leavers we continue to support. It was last revised in February 2026, when the support offered after care was extended."),
    ("h", "Our legal footing"),
    ("p", "Our work rests on the Children Act 1989, the Children Act 2004, the Children and Social Work Act 2017 and the Care Leavers (England) Regulations 2010."),
    ("h", "Things we care about"),
    ("p", "Children have a right to be heard, to be safe and to have their culture, faith and identity respected. We tell families honestly what worries us, and we keep our promises to children."),
    ("h", "Our duties as corporate parent"),
    ("p", "Ravensmoor District Council is the corporate parent of all the children who are looked after by it and of every care leaver. Councillors and staff must follow the seven corporate parenting principles in the Children and Social Work Act 2017 whenever they make a decision that affects these young people.", {"comment": ("seven corporate parenting principles", "Should we print the seven principles in full here, as Ashgrove does?", "Priya Nandakumar")}),
    ("h", "The model we work to"),
    ("p", "Ravensmoor uses Family Safeguarding: social workers share a team with adult mental health, substance use and domestic abuse practitioners, so that parents get help with the things that put their children at risk."),
    ("h", "A lasting home"),
    ("p", "Permanence is considered from the day a child comes into care. A permanence plan is agreed by the second review, no later than {-six-}{+four+} months after the child became looked after."),
    ("h", "Support when care ends"),
    ("p", "Young people leaving our care have a pathway plan and a personal adviser."),
    ("h2", "How long our help lasts"),
    ("p", "Every care leaver can have the help of a personal adviser until their {-21st-}{+25th+} birthday, whether or not they are in education or training."),
    ("h", "Keeping records and sharing them"),
    ("p", "Information about children and families is confidential. We share it with other agencies only where it is needed to keep a child safe or to provide a service, and we record what was shared, with whom and why."),
]

# ---------------------------------------------------------------- 15603 Eastwold, bold and underlined Normal headings
EASTWOLD: list[Block] = [
    ("title", "Eastwold County Council Children's Services Policies, Values and Principles"),
    ("h", "Changes to this chapter"),
    ("p", "This chapter was updated in January 2026 to add the local offer for care leavers and to bring the list of legislation up to date."),
    ("h", "Where our duties come from"),
    ("p", "The main Acts behind this chapter, and what each requires of us, are shown below."),
    ("table", "", {"rows": [
        ["Act", "What it requires"],
        ["Children Act 1989", "Puts the child's welfare first and gives us duties to children in need and to Looked After Children"],
        ["Children (Leaving Care) Act 2000", "A pathway plan and a personal adviser for young people leaving care"],
        ["Adoption and Children Act 2002", "Arrangements for adoption and special guardianship"],
        ["Children and Families Act 2014", "Staying Put, the virtual school head and help for children with special educational needs"],
        ["Children and Social Work Act 2017", "The corporate parenting principles and the local offer for care leavers"],
    ]}),
    ("h", "What guides us"),
    ("p", "We want every child in Eastwold to grow up safe, loved and hopeful. We start from a family's strengths, we tell the truth kindly, and we never make a decision about a child without hearing from them."),
    ("h", "Being a corporate parent"),
    ("p", "When a child becomes looked after, Eastwold County Council as a whole becomes their corporate parent. In all our work for Looked After Children and care leavers we keep to these principles:"),
    ("p", "(a) to act in their best interests and to look after their physical and mental health and well-being;"),
    ("p", "(b) to encourage them to tell us their views, wishes and feelings;"),
    ("p", "(c) to give proper weight to those views, wishes and feelings;"),
    ("p", "(d) to help them use and get the most out of the services available to them;"),
    ("p", "(e) to hold high ambitions for them and to seek the best possible outcomes;"),
    ("p", "(f) to keep them safe and to give them stability at home, in their relationships and in education or work;"),
    ("p", "(g) to prepare them for adulthood and for living independently."),
    ("h", "Our way of working with families"),
    ("p", "Every team in Eastwold uses Signs of Safety. We ask families what is going well, what worries everyone and what needs to happen next, and we write it down in words the family would use."),
    ("h", "Planning for permanence"),
    ("p", "Every Looked After Child has a plan for where they will grow up, agreed at their second review, four months after they came into care."),
    ("h", "After a young person leaves care"),
    ("p", "Our care leavers keep a personal adviser until their 21st birthday, or until they are 25 if they are in education or training. The adviser helps with housing, money, health and finding work or a course."),
    ("h", "Confidentiality"),
    ("p", "Everything we learn about a family is treated as confidential. We share information only where the law allows it and where sharing protects a child or helps meet their needs."),
]

# ---------------------------------------------------------------- 15604 Pellingham, larger-type Normal headings and a Key points box
PELLINGHAM: list[Block] = [
    ("title", "Pellingham City Council: Children's Services Policies, Values and Principles"),
    ("keypoints", "Key points", {"rows": [
        "Every care leaver can have a personal adviser up to the age of 25.",
        "A plan for permanence is made for every child within four months of coming into care.",
        "The council as a whole is the corporate parent of Cared for Children.",
    ]}),
    ("h", "About this chapter"),
    ("p", "This chapter sets out the values and principles of Pellingham City Council's children's services. It was amended in November 2025 to set out the new local offer for care leavers."),
    ("h", "The legal framework"),
    ("p", "This chapter is written within the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Domestic Abuse Act 2021"),
    ("h", "Working together across Pellingham"),
    ("p", "Keeping children safe is a shared task. Children's social care, health, the police and education work together under Pellingham's multi-agency safeguarding arrangements, and we follow the statutory guidance Working Together to Safeguard Children."),
    ("h", "What we believe about children"),
    ("p", "Children should grow up in their own families and communities wherever possible. We believe children should be listened to, kept informed and involved in every decision about their lives."),
    ("h", "Corporate parenting in Pellingham"),
    ("p", "Pellingham City Council is the corporate parent of every one of our Cared for Children and of our care leavers. The council keeps to the seven corporate parenting principles set out in law, and the Corporate Parenting Board checks four times a year that it does."),
    ("h", "How we practise"),
    ("p", "Our practice model is Family Safeguarding. Social workers, family practitioners and adult specialists work as one team with the whole family."),
    ("h", "A permanent home"),
    ("p", "We want every Cared for Child to have stability. A permanence plan is agreed for every child within four months of them coming into our care, at their second review."),
    ("h", "Support for care leavers"),
    ("p", "Care leavers in Pellingham can have the support of a personal adviser up to the age of 25, whatever they are doing. We also give them help with setting up home, a free bus pass until they are 21, and priority for council housing."),
    ("h", "Information sharing"),
    ("p", "We share information about children and families lawfully, safely and only as far as is needed. Practitioners should seek advice from their manager if they are unsure whether to share."),
]
# fmt: on


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _xml(fragment: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(re.sub(r"^<(w:\w+)", rf'<\1 xmlns:w="{W}"', fragment))


class Notes:
    def __init__(self) -> None:
        self.comments: list[tuple[int, str, str]] = []
        self.revision = 100


def _run_xml(words: str, deleted: bool, font: dict[str, Any]) -> str:
    props = ""
    if font.get("bold"):
        props += "<w:b/>"
    if font.get("underline"):
        props += '<w:u w:val="single"/>'
    if font.get("size"):
        props += f'<w:sz w:val="{int(font["size"] * 2)}"/>'
    tag = "w:delText" if deleted else "w:t"
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r {_NS}>{rpr}<{tag} xml:space="preserve">{esc(words)}</{tag}></w:r>'


_NS = f'xmlns:w="{W}"'
_CHANGE = re.compile(r"\{([-+])(.*?)[-+]\}")


def _add_text(
    paragraph: Any, text: str, marks: dict[str, Any], notes: Notes, font: dict[str, Any]
) -> None:
    """The paragraph's runs: tracked deletions and insertions where the text marks them, and a
    comment around its anchor words."""
    from docx.oxml import parse_xml

    pieces: list[tuple[str, str]] = []  # ("", words) | ("-", words) | ("+", words)
    position = 0
    for match in _CHANGE.finditer(text):
        pieces.append(("", text[position : match.start()]))
        pieces.append((match.group(1), match.group(2)))
        position = match.end()
    pieces.append(("", text[position:]))
    anchor = marks.get("comment")
    cid = -1
    if anchor is not None:
        cid = len(notes.comments)
        notes.comments.append((cid, anchor[1], anchor[2]))
    for what, words in pieces:
        if not words:
            continue
        if what == "":
            if anchor is not None and anchor[0] in words:
                start = words.index(anchor[0])
                end = start + len(anchor[0])
                for part, mark in (
                    (words[:start], f'<w:commentRangeStart {_NS} w:id="{cid}"/>'),
                    (words[start:end], f'<w:commentRangeEnd {_NS} w:id="{cid}"/>'),
                ):
                    if part:
                        paragraph._p.append(parse_xml(_run_xml(part, False, font)))
                    paragraph._p.append(parse_xml(mark))
                paragraph._p.append(
                    parse_xml(
                        f'<w:r {_NS}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
                    )
                )
                if words[end:]:
                    paragraph._p.append(parse_xml(_run_xml(words[end:], False, font)))
            else:
                paragraph._p.append(parse_xml(_run_xml(words, False, font)))
        else:
            notes.revision += 1
            tag = "w:del" if what == "-" else "w:ins"
            paragraph._p.append(
                parse_xml(
                    f'<{tag} {_NS} w:id="{notes.revision}" w:author="Tom Ellery" w:date="2026-01-20T09:30:00Z">'
                    + _run_xml(words, what == "-", font).replace(f"<w:r {_NS}>", "<w:r>")
                    + f"</{tag}>"
                )
            )


def _shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        _xml(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def _custom_styles(document: Any) -> dict[str, str]:
    """The council's own title and heading styles, with the outline level set in each heading
    style (as Word does when a template's author picks "Level 1" in the paragraph dialog)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    made = {}
    for key, name, size, level in (
        ("title", "RDC Document Title", 18, None),
        ("h", "RDC Section Head", 13, 0),
        ("h2", "RDC Subsection Head", 11.5, 1),
    ):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0x2E, 0x5A, 0x3C)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.keep_with_next = True
        if level is not None:
            style.element.get_or_add_pPr().append(_xml(f'<w:outlineLvl w:val="{level}"/>'))
        made[key] = name
    return made


def _table(document: Any, rows: list[list[str]], bold_header: bool) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    first = table.rows[0].cells if bold_header else [row.cells[0] for row in table.rows]
    for cell in first:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def build(blocks: list[Block], mode: str) -> bytes:
    document = new_docx()
    notes = Notes()
    custom = _custom_styles(document) if mode == "custom" else {}
    for block in blocks:
        kind, text = block[0], block[1]
        marks: dict[str, Any] = block[2] if len(block) > 2 else {}
        style = None
        font: dict[str, Any] = {}
        if kind in ("title", "h", "h2"):
            if mode == "styles":
                style = {"title": "Title", "h": "Heading 1", "h2": "Heading 2"}[kind]
            elif mode == "custom":
                style = custom[kind]
            elif mode == "boldunder":
                font = {
                    "title": {"bold": True, "size": 16},
                    "h": {"bold": True, "underline": True},
                    "h2": {"underline": True},
                }[kind]
            else:  # "bigfont"
                font = {"title": {"size": 20}, "h": {"size": 15}, "h2": {"size": 13}}[kind]
        elif kind == "b":
            style = "List Bullet"
        elif kind == "control":
            _table(document, marks["rows"], bold_header=False)
            continue
        elif kind == "table":
            _table(document, marks["rows"], bold_header=True)
            document.add_paragraph()
            continue
        elif kind == "keypoints":
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            _shade(cell, "FFF2CC")
            cell.paragraphs[0].add_run(text).bold = True
            for point in marks["rows"]:
                cell.add_paragraph(point, style="List Bullet")
            continue
        paragraph = document.add_paragraph(style=style)
        _add_text(paragraph, text, marks, notes, font)
    return _with_comments(saved_docx(document), notes)


def _with_comments(data: bytes, notes: Notes) -> bytes:
    """The package with a comments part added."""
    if not notes.comments:
        return data
    inner = "".join(
        f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="2026-01-21T14:00:00Z" w:initials="{author[0]}"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:comment>'
        for cid, text, author in notes.comments
    )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}">{inner}</w:comments>'
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    f'<Override PartName="/word/comments.xml" ContentType="{CT}comments+xml"/></Types>'.encode(),
                )
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdComments1" Type="{REL}comments" Target="comments.xml"/></Relationships>'.encode(),
                )
            target.writestr(info, content)
        info = zipfile.ZipInfo("word/comments.xml", date_time=(2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        target.writestr(info, xml.encode("utf-8"))
    return out.getvalue()


def _accepted(text: str) -> str:
    return _CHANGE.sub(lambda match: match.group(2) if match.group(1) == "+" else "", text)


def note(blocks: list[Block], about: str) -> str:
    """The text a reader sees with every tracked change accepted, as markdown."""
    lines = [f"%% built by build_blind156.py: {about}", ""]
    previous = ""
    for block in blocks:
        kind, text = block[0], _accepted(block[1])
        marks: dict[str, Any] = block[2] if len(block) > 2 else {}
        if kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            if kind == "keypoints":
                lines += [f"| {text} |", "|---|", *(f"| - {row} |" for row in marks["rows"])]
            elif kind in ("control", "table"):
                rows = marks["rows"]
                lines += [
                    "| " + " | ".join(rows[0]) + " |",
                    "|" + "---|" * len(rows[0]),
                    *("| " + " | ".join(row) + " |" for row in rows[1:]),
                ]
            else:
                lines.append({"title": "# ", "h": "## ", "h2": "### "}.get(kind, "") + text)
            lines.append("")
        previous = kind
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


MODES: dict[str, tuple[list[Block], str, str]] = {
    "15601-docx-heading-styles-leaving-care-sub-headings-control-table-approved-date.docx": (
        MARLOWFIELD,
        "styles",
        "Title, Heading 1 and Heading 2 styles; sub-headings under 'Leaving care'; a document-control table under the title (version, owner, approved date, review date)",
    ),
    "15602-docx-custom-styles-outline-level-tracked-insertions-deletions-comment.docx": (
        RAVENSMOOR,
        "custom",
        "custom-named title and heading styles with an outline level; tracked deletions and insertions in two paragraphs; a comment",
    ),
    "15603-docx-bold-underlined-normal-headings-typed-lettered-principles-act-requires-table.docx": (
        EASTWOLD,
        "boldunder",
        "headings as bold and underlined Normal paragraphs; principles typed (a)-(g); an 'Act | What it requires' table",
    ),
    "15604-docx-larger-type-normal-headings-key-points-one-cell-table.docx": (
        PELLINGHAM,
        "bigfont",
        "headings as Normal paragraphs in a larger type size, not bold; a 'Key points' box as a one-by-one table near the top",
    ),
}


def main() -> None:
    for name, (blocks, mode, about) in MODES.items():
        (HERE / name).write_bytes(build(blocks, mode))
        (HERE / f"{name}.md").write_text(note(blocks, about), "utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
