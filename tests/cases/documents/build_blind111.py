# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the documents of the hundred-and-eleventh blind set: whole procedures-manual chapters of
invented councils (leaving care, corporate parenting, permanence, care planning), each as a
council's editor keeps it in Word: headings named by meaning, some stretches un-headed,
reviewers' comments, a few footnotes.

    11101  Title and Heading 1/2 styles; an un-headed opening under the title; comments.
    11102  headings are bold Normal paragraphs; footnotes; a comment.
    11103  Title and Heading 2 only (no Heading 1), Heading 3 below them; comments.
    11104  headings are Normal paragraphs with a larger font set on their runs (not bold).
    11105  a "Key points" table at the top, "Practice note" boxes (shaded one-cell tables)
           inside sections; footnote; comment.
    11106  the amendment notes as a bulleted list under "Changes to this chapter" at the top.

All in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind111.py   (needs python-docx)
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

# A block is (kind, text) or (kind, text, marks): kind "title", "h", "h2", "p", "b", "n",
# "note" (a shaded one-cell "Practice note" box), "keypoints" (text: the box's heading; marks:
# {"rows": [...]}); marks may hold "comment": (anchor words, comment text, author) and
# "footnote": (words the mark follows, note text).
Block = tuple[Any, ...]

# fmt: off
# ---------------------------------------------------------------- 11101 Ashcombe Vale, leaving care
ASHCOMBE: list[Block] = [
    ("title", "Leaving Care: Support for Young People Moving On"),
    ("p", "This chapter is for social workers, personal advisers and managers in Ashcombe Vale who work with Children in Care aged 15 and over and with care leavers. It was amended in April 2025 to set out the new arrangements for the Care Leavers' Hub.", {"comment": ("April 2025", "Check the month with the hub manager before this goes live.", "Ruth Penhaligon")}),
    ("h", "What we want for our children"),
    ("p", "Our vision is that every young person who leaves our care does so with a home they are happy in, people they can rely on, and a plan for learning or work that they chose themselves. We want them to feel that the council stayed with them for as long as they needed it."),
    ("h", "The law says"),
    ("p", "The duties in this chapter come from:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Care Leavers (England) Regulations 2010", {"comment": ("Regulations 2010", "Do we also need the Care Planning Regulations here?", "Dev Marwood")}),
    ("h", "How we work with young people"),
    ("p", "We plan with young people, not for them. Leaving care is a journey that starts long before the eighteenth birthday, and we move at the young person's pace. Every care leaver is entitled to a personal adviser until they are 21, and up to 25 if they ask for one."),
    ("p", "As corporate parents, every part of the council holds to the seven corporate parenting principles when it makes decisions about Children in Care and care leavers."),
    ("h", "The pathway plan"),
    ("p", "The social worker starts the pathway plan with the young person before they turn 16 and a quarter. The plan says where the young person will live, how they will be supported in education, training or work, how they will manage money and who they can turn to."),
    ("h2", "Reviewing the plan"),
    ("p", "The plan is reviewed at least every six months, or sooner if the young person asks for it or their circumstances change."),
    ("h", "When a young person turns 18"),
    ("p", "Before the eighteenth birthday, the social worker and the personal adviser meet the young person together to hand over. The personal adviser then becomes the young person's main contact and keeps in touch at least every eight weeks."),
    ("p", "A young person living with foster carers may stay on with them under a Staying Put arrangement, and the social worker raises this at the first review after the sixteenth birthday."),
    ("h", "Keeping information safe"),
    ("p", "We share what we know about a young person only with those who need it to support them, and we tell the young person what we share and why, unless that would put someone at risk."),
    ("p", "Last updated: 22 April 2025"),
]

# ---------------------------------------------------------------- 11102 Fenwick Moor, corporate parenting
FENWICK: list[Block] = [
    ("title", "Corporate Parenting"),
    ("h", "About this chapter"),
    ("p", "This chapter explains what it means for Fenwick Moor Council to be the corporate parent of its Looked After Children and care leavers. It was revised in November 2024 when the Corporate Parenting Board agreed its new pledge."),
    ("h", "What we want for our children"),
    ("p", "We want our Looked After Children to have the same chances as any other child in Fenwick Moor: to be safe and loved, to do well at school, to stay healthy and to become confident adults."),
    ("h", "The law says"),
    ("p", "The Children and Social Work Act 2017 sets out the principles that every council must have regard to as a corporate parent.", {"footnote": ("Act 2017", "Section 1 of the Act; the statutory guidance followed in 2018.")}),
    ("h", "Our principles as corporate parents"),
    ("p", "In everything it does for Looked After Children and care leavers, the council will:"),
    ("n", "act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings, and take those into account;"),
    ("n", "help them to gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "help them to be safe, and to have stability in their home lives, relationships and education or work;"),
    ("n", "prepare them for adulthood and independent living;"),
    ("n", "make sure they know about the support and services the council offers them."),
    ("h", "Everyone's job"),
    ("p", "Keeping our children safe and helping them to thrive is not for children's social care alone. Health services, the police, schools, housing and the voluntary sector share the responsibility with us, meet as a partnership every two months and report each year on what they have done for our children.", {"comment": ("every two months", "The partnership moved to quarterly meetings in January; please update.", "Alys Trevenna")}),
    ("p", "Each agency names a senior lead who makes sure its own staff know what is expected of them."),
    ("h", "Our promise to care leavers"),
    ("p", "We stay in touch with every care leaver and offer the help of a personal adviser until they are 25.", {"footnote": ("until they are 25", "The Local Offer for Care Leavers, published on the council's website, describes this help in full.")}),
    ("p", "Version 6"),
]

# ---------------------------------------------------------------- 11103 Thornleigh, permanence
THORNLEIGH: list[Block] = [
    ("title", "Permanence Planning for Children who are Looked After"),
    ("h", "About this chapter"),
    ("p", "This chapter sets out how Thornleigh makes sure that every child who is looked after has a plan for a stable and lasting home. It was updated in January 2025 to add the section on early permanence.", {"comment": ("January 2025", "Should we say February? The panel signed it off then.", "Mina Oduya")}),
    ("h", "The law says"),
    ("p", "Permanence planning rests on the Children Act 1989, the Adoption and Children Act 2002 and the Children and Families Act 2014, with the Care Planning, Placement and Case Review (England) Regulations 2010."),
    ("h", "What we want for our children"),
    ("p", "Our vision is simple: children who are looked after should know where they will grow up and who will care for them. We want every child to have a family for life, whether that is with their parents, with relatives or friends, or with a new family."),
    ("h", "Our way of working"),
    ("p", "Thornleigh's practitioners use Signs of Safety. It helps us to be clear with families about what we are worried about, what is working well and what needs to happen, and to build a safety plan with the family's own network."),
    ("h", "Timescales"),
    ("p", "A permanence plan must be agreed by the second review, four months after the child becomes looked after. The Independent Reviewing Officer checks at each review that the plan is on track and challenges drift."),
    ("h2", "Early permanence"),
    ("p", "Where a return home is unlikely, we consider placing the child with carers who could go on to adopt them or become their special guardians, so that the child does not have to move again.", {"comment": ("special guardians", "Link to the fostering for adoption procedure.", "Mina Oduya")}),
    ("p", "Children who need a new family are referred to the regional adoption agency as soon as adoption becomes the plan."),
    ("h", "Hearing the child"),
    ("p", "Every child's wishes and feelings are sought in a way that suits their age and understanding, and recorded in their own words. Children are offered an independent advocate before each review."),
    ("p", "End of chapter"),
]

# ---------------------------------------------------------------- 11104 Merriford, care planning
MERRIFORD: list[Block] = [
    ("title", "Care Planning for Cared for Children"),
    ("p", "This chapter applies to every Cared for Child in Merriford, from the day they come into care until they leave it. It describes the care plan, who writes it and how it is reviewed. It was last amended in September 2024."),
    ("h", "Our values"),
    ("p", "We believe children do best with their own families wherever that is safe. When they cannot live at home, we keep them close to the people and places they know, we listen to them, and we tell them the truth about their lives in a way they can understand."),
    ("h", "The law says"),
    ("p", "Care planning is governed by the following:"),
    ("b", "Children Act 1989 and its Regulations and Guidance, Volume 2"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Families Act 2014"),
    ("h", "Our way of working"),
    ("p", "Merriford is a Restorative Practice council. Our social workers work with families rather than doing things to them or for them, and we use restorative conversations to repair relationships when things go wrong."),
    ("h", "The care plan"),
    ("p", "Every Cared for Child has a care plan before they are placed, or within ten working days if they come into care in an emergency. The plan says why the child is in care, what needs to change, and how the child's health, education and identity needs will be met."),
    ("p", "The social worker shares the plan with the child, their parents, their carers and the Independent Reviewing Officer."),
    ("h", "Reviews"),
    ("p", "The first review is held within 20 working days of the child coming into care, the second within three months of the first, and later reviews at least every six months."),
    ("p", "Children with a clear plan to return home are reviewed sooner, so that the return is not delayed."),
    ("h", "Working with other agencies"),
    ("p", "The care plan is only as good as the people who carry it out. Health visitors, school nurses, designated teachers and the Virtual School all share responsibility for each child's plan and attend reviews when they are asked to."),
    ("p", "Review date: September 2026"),
]

# ---------------------------------------------------------------- 11105 Hollowbrook, leaving care (key points, practice notes)
HOLLOWBROOK: list[Block] = [
    ("title", "Support for Care Leavers"),
    ("keypoints", "Key points", {"rows": [
        "Every care leaver has a personal adviser until they are 21.",
        "The pathway plan is reviewed at least every six months.",
        "Care leavers can ask for our support to continue until they are 25.",
    ]}),
    ("h", "Introduction"),
    ("p", "This chapter describes how Hollowbrook supports Children Looked After as they prepare to leave care, and care leavers up to the age of 25. It was amended in March 2025 to raise the setting-up home allowance."),
    ("p", "It rests on the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017.", {"footnote": ("Act 2017", "The care leaver duties added by that Act began in April 2018.")}),
    ("h", "Our way of working"),
    ("p", "We believe that no young person should leave care before they are ready. We give care leavers the same kind of help that a good parent gives a grown-up child: a place to come back to, advice when they ask for it, and a safety net when things go wrong."),
    ("note", "Practice note: if a young person has turned down help from their personal adviser, write to them at least once a year to remind them they can change their mind."),
    ("p", "Every care leaver has a personal adviser until they are 21, and up to 25 if they want one.", {"comment": ("up to 25", "Should we mention the duty to offer advice at 21?", "Gwen Holloway")}),
    ("h", "Pathway planning"),
    ("p", "The pathway plan is built on the needs assessment, which starts when the young person is 15 and a half. The young person is at the heart of the plan and chooses who helps to write it."),
    ("note", "Practice note: use the young person's own words in the plan wherever you can, and give them a copy in the format they prefer."),
    ("p", "The personal adviser reviews the pathway plan with the young person at least every six months."),
    ("h", "Money and housing"),
    ("p", "Care leavers receive a setting-up home allowance when they move into their own home, and the council pays their council tax until they are 25. No care leaver should be placed in bed and breakfast accommodation."),
    ("p", "Last updated: 18 March 2025"),
]

# ---------------------------------------------------------------- 11106 Kestrelford, corporate parenting and values
KESTRELFORD: list[Block] = [
    ("title", "Children in Care: Our Values and Promises"),
    ("h", "Changes to this chapter"),
    ("b", "June 2025: added the Mind of My Own app to the section on listening to children."),
    ("b", "February 2024: updated the list of legislation."),
    ("b", "August 2022: first published."),
    ("h", "Who this chapter is for"),
    ("p", "Everyone in Kestrelford Borough Council who works with Children in Care, their families and their carers, including staff of the agencies we commission."),
    ("h", "The law says"),
    ("p", "We follow:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "What we believe"),
    ("p", "Children are best brought up by their own families. Every child has a right to be heard, to be safe, and to have their identity, culture and faith respected. We are honest with children and their families, even when the news is hard.", {"comment": ("identity, culture and faith", "Add language here?", "Sam Leggatt")}),
    ("h", "Being a good corporate parent"),
    ("p", "As corporate parents we follow the seven principles in the Children and Social Work Act 2017 and ask of every decision: would this be good enough for my own child?"),
    ("h", "Listening to children"),
    ("p", "Children in Care can tell us what they think through their reviews, their advocate, the Children in Care Council and the Mind of My Own app. We tell them what we did with what they said."),
    ("h2", "When things go wrong"),
    ("p", "A child who is unhappy with their care can complain, and an advocate will help them to do so."),
    ("p", "We keep children's records safe and share them only when the law allows it and it is in the child's interests. Young people can see their own records when they ask, with support to read them.", {"footnote": ("when they ask", "A request to see records is handled by the council's information governance team.")}),
]
# fmt: on

MODES = {
    "11101-docx-heading-styles-meaning-headings-unheaded-opening-comments.docx": (
        ASHCOMBE,
        "styles",
        "Title, Heading 1 and Heading 2 styles, headings named by meaning, an un-headed opening under the title, reviewers' comments",
    ),
    "11102-docx-bold-normal-headings-numbered-principles-footnotes-comment.docx": (
        FENWICK,
        "bold",
        "headings as bold Normal paragraphs, the seven principles as a numbered list, footnotes, a comment",
    ),
    "11103-docx-title-and-heading-2-only-acts-in-a-sentence-comments.docx": (
        THORNLEIGH,
        "title_h2",
        "Title and Heading 2 only (no Heading 1), a Heading 3 below, Acts in a sentence, comments",
    ),
    "11104-docx-larger-font-normal-headings-unheaded-opening-review-date.docx": (
        MERRIFORD,
        "bigfont",
        "headings as Normal paragraphs with a larger font on their runs, not bold; an un-headed opening under the title",
    ),
    "11105-docx-key-points-table-top-practice-note-boxes-footnote-comment.docx": (
        HOLLOWBROOK,
        "styles",
        "a 'Key points' table at the top, 'Practice note' boxes as shaded one-cell tables inside sections, a footnote, a comment",
    ),
    "11106-docx-changes-list-at-top-heading-styles-unheaded-closing-records-footnote.docx": (
        KESTRELFORD,
        "styles",
        "the amendment notes as a bulleted list under 'Changes to this chapter' at the top, an un-headed closing paragraph on records, a comment and a footnote",
    ),
}

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class Notes:
    def __init__(self) -> None:
        self.comments: list[tuple[int, str, str]] = []
        self.footnotes: list[tuple[int, str]] = []


def _xml(fragment: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(re.sub(r"^<(w:\w+)", rf'<\1 xmlns:w="{W}"', fragment))


def _add_text(
    paragraph: Any, text: str, marks: dict[str, Any], notes: Notes, font: dict[str, Any]
) -> None:
    """The paragraph's runs, with a comment around its anchor words and a footnote mark after
    its words."""
    from docx.shared import Pt

    cuts: list[tuple[int, str, Any]] = []
    if "comment" in marks:
        anchor, comment, author = marks["comment"]
        start = text.index(anchor)
        cid = len(notes.comments)
        notes.comments.append((cid, comment, author))
        cuts += [(start, "cstart", cid), (start + len(anchor), "cend", cid)]
    if "footnote" in marks:
        after, note = marks["footnote"]
        fid = len(notes.footnotes) + 1
        notes.footnotes.append((fid, note))
        cuts.append((text.index(after) + len(after), "fn", fid))
    cuts.sort(key=lambda cut: (cut[0], cut[1] != "cend"))
    position = 0

    def run(words: str) -> None:
        if words:
            added = paragraph.add_run(words)
            if font.get("bold"):
                added.bold = True
            if font.get("size"):
                added.font.size = Pt(font["size"])

    for at, what, number in cuts:
        run(text[position:at])
        position = at
        if what == "cstart":
            paragraph._p.append(_xml(f'<w:commentRangeStart w:id="{number}"/>'))
        elif what == "cend":
            paragraph._p.append(_xml(f'<w:commentRangeEnd w:id="{number}"/>'))
            paragraph._p.append(
                _xml(
                    f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{number}"/></w:r>'
                )
            )
        else:
            paragraph._p.append(
                _xml(
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{number}"/></w:r>'
                )
            )
    run(text[position:])


def _shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        _xml(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def build(blocks: list[Block], mode: str) -> bytes:
    document = new_docx()
    notes = Notes()
    for block in blocks:
        kind, text = block[0], block[1]
        marks: dict[str, Any] = block[2] if len(block) > 2 else {}
        style = None
        font: dict[str, Any] = {}
        if kind == "title":
            style, font = {
                "styles": ("Title", {}),
                "title_h2": ("Title", {}),
                "bold": (None, {"bold": True, "size": 16}),
                "bigfont": (None, {"size": 20}),
            }[mode]
        elif kind == "h":
            style, font = {
                "styles": ("Heading 1", {}),
                "title_h2": ("Heading 2", {}),
                "bold": (None, {"bold": True}),
                "bigfont": (None, {"size": 14}),
            }[mode]
        elif kind == "h2":
            style, font = {
                "styles": ("Heading 2", {}),
                "title_h2": ("Heading 3", {}),
                "bold": (None, {"bold": True}),
                "bigfont": (None, {"size": 12.5}),
            }[mode]
        elif kind == "b":
            style = "List Bullet"
        elif kind == "n":
            style = "List Number"
        elif kind == "note":
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            _shade(cell, "E7EEF7")
            label, rest = text.split(": ", 1)
            first = cell.paragraphs[0]
            first.add_run(label + ":").bold = True
            first.add_run(" " + rest)
            continue
        elif kind == "keypoints":
            table = document.add_table(rows=1 + len(marks["rows"]), cols=1)
            table.style = "Table Grid"
            head = table.rows[0].cells[0]
            _shade(head, "D9D9D9")
            head.paragraphs[0].add_run(text).bold = True
            for row, point in zip(table.rows[1:], marks["rows"], strict=True):
                row.cells[0].paragraphs[0].style = document.styles["List Bullet"]
                row.cells[0].paragraphs[0].add_run(point)
            continue
        paragraph = document.add_paragraph(style=style)
        _add_text(paragraph, text, marks, notes, font)
    return _with_notes(saved_docx(document), notes)


def _part(root: str, inner: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{root} xmlns:w="{W}">{inner}</w:{root}>'


def _with_notes(data: bytes, notes: Notes) -> bytes:
    """The package with its comments and footnotes parts added."""
    if not notes.comments and not notes.footnotes:
        return data
    parts: dict[str, tuple[str, str, str]] = {}
    if notes.comments:
        inner = "".join(
            f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="2025-05-01T10:00:00Z" w:initials="{author[0]}"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:comment>'
            for cid, text, author in notes.comments
        )
        parts["comments.xml"] = (_part("comments", inner), CT + "comments+xml", REL + "comments")
    if notes.footnotes:
        inner = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            + "".join(
                f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'
                for fid, text in notes.footnotes
            )
        )
        parts["footnotes.xml"] = (
            _part("footnotes", inner),
            CT + "footnotes+xml",
            REL + "footnotes",
        )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                extra = "".join(
                    f'<Override PartName="/word/{name}" ContentType="{ctype}"/>'
                    for name, (_, ctype, _) in parts.items()
                )
                content = content.replace(b"</Types>", extra.encode() + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                extra = "".join(
                    f'<Relationship Id="rIdNote{index}" Type="{rtype}" Target="{name}"/>'
                    for index, (name, (_, _, rtype)) in enumerate(parts.items())
                )
                content = content.replace(b"</Relationships>", extra.encode() + b"</Relationships>")
            target.writestr(info, content)
        for name, (xml, _, _) in parts.items():
            info = zipfile.ZipInfo(f"word/{name}", date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, xml.encode("utf-8"))
    return out.getvalue()


def note(blocks: list[Block], about: str) -> str:
    """The text a reader sees, as markdown, with the footnotes at the end."""
    lines = [f"%% built by build_blind111.py: {about}", ""]
    footnotes: list[str] = []
    previous = ""
    number = 0
    for block in blocks:
        kind, text = block[0], block[1]
        marks: dict[str, Any] = block[2] if len(block) > 2 else {}
        if "footnote" in marks:
            after, body = marks["footnote"]
            footnotes.append(body)
            cut = text.index(after) + len(after)
            text = f"{text[:cut]}[^{len(footnotes)}]{text[cut:]}"
        if kind in ("b", "n"):
            number = number + 1 if previous == kind else 1
            lines.append(f"- {text}" if kind == "b" else f"{number}. {text}")
        else:
            if previous in ("b", "n"):
                lines.append("")
            if kind == "keypoints":
                lines += [f"| {text} |", "|---|", *(f"| {row} |" for row in marks["rows"])]
            elif kind == "note":
                lines.append(f"| {text} |")
            else:
                lines.append({"title": "# ", "h": "## ", "h2": "### "}.get(kind, "") + text)
            lines.append("")
        previous = kind
    lines += [""] + [f"[^{index}]: {body}" for index, body in enumerate(footnotes, 1)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def main() -> None:
    for name, (blocks, mode, about) in MODES.items():
        (HERE / name).write_bytes(build(blocks, mode))
        (HERE / f"{name}.md").write_text(note(blocks, about), "utf-8")
        print(f"built {name}")


if __name__ == "__main__":
    main()
