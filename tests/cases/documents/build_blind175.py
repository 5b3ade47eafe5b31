# ruff: noqa: E501  (Word XML fragments and the chapters' paragraphs are kept a line each)
"""Build the hundred-and-seventy-fifth blind set: four whole children's-services chapters of
invented councils kept in Word the way council policy teams keep them, with Word features the
earlier Word sets did not use together, and one of them printed to PDF by LibreOffice:

    17501  a cover page whose title and issue date sit in content controls (w:sdt, the date a
           date picker); a contents page holding Word's TOC field (hyperlinked entries with page
           numbers, the cached result); Heading 1 / Heading 2 numbered by a multilevel list
           attached to the heading styles (w:numPr in the styles, no number in any paragraph's
           text); the Acts held in a footnote; a table of entitlements for care leavers.
    17502  17501 printed to PDF by LibreOffice headless.
    17503  three sections split by next-page section breaks (the middle one landscape, for a
           table), a different first-page header and running headers and footers on later
           pages; a document-control table; reviewers' comments; tracked insertions and
           deletions (a whole deleted list item among them).
    17504  a cover page whose title and publication date sit in a DrawingML text box (with its
           VML fallback); the chapter's headings in a council's own style based on Heading 2
           (a renamed heading style); the corporate parenting principles as a real numbered
           list; each Act cited in prose with a footnote; a control table at the end.
    17505  Heading 1 / Heading 2 numbered by a multilevel list through the styles; a footnote on
           the leaving-care sentence holding the later age; a comment; an entitlements table;
           a closing "Last updated" line.

All written for this set, in our own words, for invented councils.

Inline marks in a paragraph's text:
    {+words+}            a tracked insertion (w:ins)
    {-words-}            a tracked deletion (w:del / w:delText)
    <<anchor||comment>>  a comment whose range covers `anchor`
    [^note^]             a footnote whose reference mark stands here

usage: .venv/bin/python tests/cases/documents/build_blind175.py   (python-docx; LibreOffice)
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

from build_binary_tools import docx_to_pdf, new_docx  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DATE = "2025-11-03T10:15:00Z"
INLINE = re.compile(
    r"\{\+(?P<ins>.+?)\+\}|\{-(?P<dele>.+?)-\}|<<(?P<anchor>.*?)\|\|(?P<comment>.+?)>>|\[\^(?P<note>.+?)\^\]"
)

# A block is (kind, text[, extra]). kinds: "title", "h1", "h2", "p", "b" (List Bullet),
# "n" (List Number), "nb" (a deleted List Bullet item), "table" / "control" (extra: rows),
# "cover-sdt" (text: title; extra: date), "cover-box" (text: title; extra: lines under it),
# "toc" (extra: [(label, page)]), "page", "section" (extra: "landscape" | "portrait"),
# "last" (a closing Normal paragraph).
Block = tuple[Any, ...]

# fmt: off
# ---------------------------------------------------------------- 17501 Quillbridge
QUILLBRIDGE: list[Block] = [
    ("cover-sdt", "Children's Services Policies, Values and Principles", ("Quillbridge City Council", "Issued", "14 August 2025")),
    ("toc", "Contents", [
        ("1. Purpose and scope", 3), ("2. The law behind this chapter", 3), ("3. Working with partners", 3),
        ("4. What we value", 3), ("5. Quillbridge as corporate parent", 3), ("6. Our practice framework", 4),
        ("7. Principles for planning", 4), ("7.1 A permanent home", 4), ("7.2 Care leavers", 4),
        ("8. Sharing information", 4),
    ]),
    ("h1", "Purpose and scope"),
    ("p", "This chapter sets out what Quillbridge City Council's children's services believe in and the principles every practitioner is expected to apply. It covers social work teams, the fostering and residential services, the leaving care team and staff in commissioned services."),
    ("p", "The chapter was reviewed and amended in August 2025, when the entitlements for care leavers were brought together in one table."),
    ("h1", "The law behind this chapter"),
    ("p", "Our responsibilities towards children in need, children in our care and care leavers are set by Parliament.[^The Acts this chapter relies on are the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017.^] Where guidance changes, this chapter is read together with the newer guidance until it is next reviewed."),
    ("h1", "Working with partners"),
    ("p", "No single agency can keep a child safe on its own. We plan with schools, the integrated care board, the police, youth justice and voluntary groups through the Quillbridge Safeguarding Children Partnership, and we follow Working Together to Safeguard Children 2023."),
    ("h1", "What we value"),
    ("p", "We value honesty with families, even when what we have to say is hard to hear. We value a child's relationships, with brothers and sisters, grandparents and friends, and work to keep them going. We value children's own views and make sure they can see them in their plans."),
    ("h1", "Quillbridge as corporate parent"),
    ("p", "When a child comes into our care, the whole council takes on the role of their parent. Councillors and officers keep seven corporate parenting principles in mind in every decision about the Children in Care and care leavers of the city: acting in their best interests, listening to their wishes and feelings, taking those into account, helping them use services, having high aspirations for them, keeping them safe with stable homes and schooling, and preparing them for independent living."),
    ("h1", "Our practice framework"),
    ("p", "Quillbridge uses Signs of Safety across its children's services. Practitioners map what is working well, what we are worried about and what needs to happen, and they write plans in words a child and their parents can understand."),
    ("h1", "Principles for planning"),
    ("p", "Our plans are built around the child, made with the family, and reviewed often enough to notice when something is not working."),
    ("h2", "A permanent home"),
    ("p", "Every child who comes into our care has a plan for a permanent home within five months, agreed at the second looked-after review. Where the plan is a return home, the support the family needs is written into it."),
    ("h2", "Care leavers"),
    ("p", "Young people leaving our care keep the support of the leaving care team. The table below sets out what they are entitled to."),
    ("table", "", [
        ["Entitlement", "Who it is for", "Until"],
        ["Personal adviser and pathway plan", "Every care leaver", "Their 21st birthday"],
        ["Personal adviser and pathway plan, continued", "Care leavers who ask for the support to continue", "Their 25th birthday"],
        ["Staying Put with former foster carers", "Young people living with foster carers at 18", "Their 21st birthday"],
        ["Exemption from council tax", "Care leavers living in Quillbridge", "Their 25th birthday"],
    ]),
    ("h1", "Sharing information"),
    ("p", "Information about a child is shared when it helps to keep them safe or to meet their needs, and no more of it than is needed. We explain to children and families what we record and why, and we follow the data protection law and the council's records policy."),
]

# ---------------------------------------------------------------- 17503 Tarnholm
TARNHOLM: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("control", "", [
        ["Document owner", "Service Manager, Children Looked After"],
        ["Version", "V6.0"],
        ["Approved by", "Corporate Parenting Board"],
        ["Date approved", "16 July 2025"],
        ["Next review", "July 2027"],
    ]),
    ("section", "", "portrait"),
    ("h1", "About this chapter"),
    ("p", "This chapter explains the beliefs and principles behind all of the work Tarnholm Borough Council does with Children Looked After, care leavers and their families.{+ It was last amended in July 2025.+}"),
    ("h1", "The legal framework"),
    ("p", "The council's duties in this chapter come from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("nb", "Adoption and Children Act 2002"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Tarnholm also follows the statutory guidance issued under these Acts, including the Children's Social Care National Framework."),
    ("h1", "Our values"),
    ("p", "We believe most children are best brought up by their own families, and we offer help early so that fewer children need to come into care. When they do, we want them to live near home, with people they know, and to keep in touch with those who matter to them."),
    ("h1", "Corporate parenting"),
    ("p", "Tarnholm Borough Council is the corporate parent of every Child Looked After and every care leaver it supports. <<The seven principles||Should we list all seven here, as the old version did?>> in the Children and Social Work Act 2017 guide every officer and councillor in that role."),
    ("h1", "Our practice model"),
    ("p", "Social workers in Tarnholm use Restorative Practice: we work with families, not to them or for them, and we put right the harm that conflict causes."),
    ("h1", "Key principles"),
    ("p", "A plan for permanence is agreed for each child within {-six-}{+four+} months of their becoming looked after, and the independent reviewing officer checks it at every review."),
    ("p", "The help the council gives to care leavers is summarised in the table on the next page."),
    ("section", "", "landscape"),
    ("table", "", [
        ["Support for care leavers", "Age it runs to", "Notes"],
        ["A personal adviser", "21", "<<Continues to 25 for care leavers who want it||Check wording with the leaving care team>>"],
        ["A pathway plan", "21", "Reviewed at least every six months"],
        ["Setting-up-home allowance", "21", "Paid once, when the young person moves into their own home"],
    ]),
    ("section", "", "portrait"),
    ("h1", "Confidentiality and information sharing"),
    ("p", "We keep records that are accurate and fair, share them only with those who need them to keep a child safe, and let young people see their records when they ask."),
]

# ---------------------------------------------------------------- 17504 Fellgarth
FELLGARTH: list[Block] = [
    ("cover-box", "Policies, Values and Principles in Children's Services", ["Fellgarth County Council", "Published March 2026"]),
    ("page", ""),
    ("h1", "Introduction"),
    ("p", "This chapter describes the framework within which Fellgarth's children's services work and the values that shape our practice with children who are looked after and young people leaving care. It was amended in March 2026 to reflect the county's new practice model."),
    ("p", "The framework rests on the Children Act 1989,[^Especially Part III, on support for children and families, and section 22, on the general duty to children looked after by a local authority.^] the Children Act 2004[^Which set up the role of the Director of Children's Services and the Lead Member.^] and the Children and Families Act 2014.[^Including the Staying Put duty and the role of the virtual school head.^]"),
    ("h1", "Corporate parenting responsibilities"),
    ("p", "As corporate parent, Fellgarth County Council will:"),
    ("n", "act in the best interests of the child or young person and promote their physical and mental health and well-being"),
    ("n", "encourage them to express their views, wishes and feelings"),
    ("n", "take those views, wishes and feelings into account"),
    ("n", "help them gain access to, and make the best use of, services provided by the council and its partners"),
    ("n", "promote high aspirations and seek the best outcomes for them"),
    ("n", "make sure they are safe and have stability in their home lives, relationships, education and work"),
    ("n", "prepare them for adulthood and independent living"),
    ("h1", "Our practice model"),
    ("p", "From April 2026 every team in Fellgarth works to Family Safeguarding, with adult mental health, substance misuse and domestic abuse workers alongside social workers in each team."),
    ("h1", "Key principles"),
    ("p", "Children who are looked after should know early where they will grow up. A permanence plan is in place for each of them by the time they have been in care for three months."),
    ("p", "A young person who has left care can keep a personal adviser until the age of 25, whether or not they are in education, training or work."),
    ("h1", "Confidentiality"),
    ("p", "We treat what children and families tell us with respect, record it carefully and share it lawfully."),
    ("control", "", [
        ["Version", "2.4"],
        ["Lead officer", "Head of Corporate Parenting"],
        ["Review due", "March 2028"],
    ]),
]

# ---------------------------------------------------------------- 17505 Amberwick
AMBERWICK: list[Block] = [
    ("title", "Amberwick District Council: Children's Services Policies, Values and Principles"),
    ("h1", "Scope of this chapter"),
    ("p", "This chapter applies to everyone who works with Cared for Children and care leavers on the council's behalf. It was updated in January 2026."),
    ("h1", "Introduction"),
    ("p", "Amberwick's children's services act under a wide body of law, chiefly the Children Act 1989, the Children and Young Persons Act 2008 and the Children and Social Work Act 2017, alongside the statutory guidance that goes with them."),
    ("h1", "Our vision"),
    ("p", "We want every Cared for Child in Amberwick to grow up safe, to be healthy, to do well at school and to leave our care with somewhere to live and someone to turn to."),
    ("h1", "Corporate parenting"),
    ("p", "The council has adopted the seven corporate parenting principles and reports each year to full council on how well it has kept them."),
    ("h1", "How we practise"),
    ("p", "Our teams use Motivational Social Work, having conversations with parents that draw out their own reasons for change."),
    ("h1", "Key principles"),
    ("h2", "Permanence"),
    ("p", "Each child's permanence plan is made by the end of their fourth month in care."),
    ("h2", "Support after care"),
    ("p", "Every care leaver is offered a personal adviser until they turn 21.[^Young people in education or training keep their personal adviser until they are 25.^] <<Advisers||Add the name of the team manager?>> meet the young person at least every eight weeks."),
    ("table", "", [
        ["What we offer", "Age range"],
        ["Pathway plan", "16 to 21"],
        ["Personal adviser", "18 to 21, or to 25 in education or training"],
        ["Bursary for higher education", "18 to 25"],
    ]),
    ("h1", "Information sharing"),
    ("p", "We share information to protect children and to give them the help they need, and we tell them when and why we have done so."),
    ("last", "Last updated: 22 January 2026"),
]
# fmt: on


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class Build:
    """What one document gathers while its body is written: comments, footnotes, ids."""

    def __init__(self) -> None:
        self.comments: list[str] = []
        self.notes: list[str] = []
        self.rev = 200

    def next_rev(self) -> int:
        self.rev += 1
        return self.rev


def _t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{esc(text)}</{tag}>'


def _runs(text: str, build: Build, rpr: str = "") -> str:
    out = []
    position = 0
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    for match in INLINE.finditer(text):
        if match.start() > position:
            out.append(f"<w:r>{props}{_t(text[position : match.start()])}</w:r>")
        if match.group("ins"):
            out.append(
                f'<w:ins w:id="{build.next_rev()}" w:author="Priya Nandakumar" w:date="{DATE}"><w:r>{props}{_t(match.group("ins"))}</w:r></w:ins>'
            )
        elif match.group("dele"):
            out.append(
                f'<w:del w:id="{build.next_rev()}" w:author="Priya Nandakumar" w:date="{DATE}"><w:r>{props}{_t(match.group("dele"), "w:delText")}</w:r></w:del>'
            )
        elif match.group("comment"):
            cid = len(build.comments)
            build.comments.append(match.group("comment"))
            out.append(
                f'<w:commentRangeStart w:id="{cid}"/><w:r>{props}{_t(match.group("anchor"))}</w:r><w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
            )
        else:
            build.notes.append(match.group("note"))
            out.append(
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{len(build.notes)}"/></w:r>'
            )
        position = match.end()
    if position < len(text):
        out.append(f"<w:r>{props}{_t(text[position:])}</w:r>")
    return "".join(out)


def _p(text: str, build: Build, style: str = "", rpr: str = "", ppr: str = "") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{style_xml}{ppr}</w:pPr>{_runs(text, build, rpr)}</w:p>"


def _tbl(rows: list[list[str]], build: Build, header: bool) -> str:
    width = 9000 // len(rows[0])
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in rows[0])
    body = []
    for index, row in enumerate(rows):
        bold = "<w:b/>" if (header and index == 0) else ""
        cells = []
        for column, value in enumerate(row):
            cell_bold = bold or ("<w:b/>" if not header and column == 0 else "")
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{_p(value, build, rpr=cell_bold)}</w:tc>'
            )
        head = "<w:trPr><w:tblHeader/></w:trPr>" if header and index == 0 else ""
        body.append(f"<w:tr>{head}{''.join(cells)}</w:tr>")
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
    )


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def _cover_sdt(title: str, lines: tuple[str, str, str], build: Build) -> str:
    """A cover page as Word's built-in covers make it: the title and the date in content
    controls bound to the document's properties, the council's name in a plain paragraph."""
    council, label, date = lines
    return (
        _p(council, build, rpr='<w:sz w:val="28"/>', ppr='<w:spacing w:before="2400"/>')
        + f'<w:sdt><w:sdtPr><w:alias w:val="Title"/><w:tag w:val=""/><w:id w:val="{build.next_rev()}"/>'
        '<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\' " w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>'
        f"<w:text/></w:sdtPr><w:sdtContent>{_p(title, build, style='Title')}</w:sdtContent></w:sdt>"
        + f'<w:sdt><w:sdtPr><w:alias w:val="Issue date"/><w:id w:val="{build.next_rev()}"/>'
        '<w:date w:fullDate="2025-08-14T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        f"</w:sdtPr><w:sdtContent>{_p(f'{label} {date}', build)}</w:sdtContent></w:sdt>"
        + PAGE_BREAK
    )


def _cover_box(title: str, lines: list[str], build: Build) -> str:
    """A cover page whose words all sit in one DrawingML text box, with its VML fallback."""
    inner = _p(title, build, style="Title") + "".join(
        _p(line, build, rpr='<w:sz w:val="28"/>') for line in lines
    )
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:posOffset>2286000</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="2160000"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="11" name="Cover text box"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="2160000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="E2EFD9"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="385623"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="182880" tIns="182880" rIns="182880" bIns="182880" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:rect id="Cover text box" o:spid="_x0000_s1026" '
        'style="position:absolute;margin-left:0;margin-top:180pt;width:425.2pt;height:170.1pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" fillcolor="#e2efd9" strokecolor="#385623" strokeweight="1.5pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:rect></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r></w:p>"
    )


def _toc(label: str, entries: list[tuple[str, int]], build: Build) -> str:
    """Word's contents page: a "TOC Heading" label and the TOC field's cached result, each entry
    a hyperlink to a heading's bookmark with its PAGEREF page number."""
    out = [_p(label, build, style="TOCHeading")]
    for index, (entry, page) in enumerate(entries):
        anchor = f"_Toc2093{index:05d}"
        level = (
            "TOC2"
            if entry.split(" ")[0].count(".") == 1 and not entry.split(" ")[0].endswith(".")
            else "TOC1"
        )
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(entries) - 1 else ""
        number, _, words = entry.partition(" ")
        out.append(
            f'<w:p><w:pPr><w:pStyle w:val="{level}"/><w:tabs><w:tab w:val="left" w:pos="440"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>{begin}'
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
            f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr>{_t(number)}</w:r>'
            "<w:r><w:rPr><w:noProof/></w:rPr><w:tab/></w:r>"
            f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr>{_t(words)}</w:r>'
            "<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>"
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>"
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
            f"</w:hyperlink>{end}</w:p>"
        )
    out.append(PAGE_BREAK)
    return "".join(out)


def _sect_pr(orientation: str, first_page: bool, rels: dict[str, str]) -> str:
    """A section's properties: its size and orientation, and the header and footer parts."""
    if orientation == "landscape":
        size = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    else:
        size = '<w:pgSz w:w="11906" w:h="16838"/>'
    refs = "".join(
        f'<w:{kind}Reference w:type="{which}" r:id="{rid}"/>'
        for key, rid in rels.items()
        for kind, which in [key.split(":")]
    )
    return (
        f'<w:sectPr>{refs}<w:type w:val="nextPage"/>{size}'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        + ("<w:titlePg/>" if first_page else "")
        + "</w:sectPr>"
    )


def _body(blocks: list[Block], build: Build, heading_style: str, rels: dict[str, str]) -> str:
    out: list[str] = []
    first_section = True
    for block in blocks:
        kind, text = block[0], block[1]
        extra = block[2] if len(block) > 2 else None
        if kind == "title":
            out.append(_p(text, build, style="Title"))
        elif kind == "h1":
            out.append(_p(text, build, style=heading_style))
        elif kind == "h2":
            out.append(_p(text, build, style="Heading2"))
        elif kind in ("p", "last"):
            out.append(_p(text, build))
        elif kind == "b":
            out.append(_p(text, build, style="ListBullet"))
        elif kind == "n":
            out.append(_p(text, build, style="ListNumber"))
        elif kind == "nb":  # a list item deleted whole, its paragraph mark with it
            rev = build.next_rev()
            out.append(
                f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:rPr><w:del w:id="{rev}" w:author="Priya Nandakumar" w:date="{DATE}"/></w:rPr></w:pPr>'
                f'<w:del w:id="{build.next_rev()}" w:author="Priya Nandakumar" w:date="{DATE}"><w:r>{_t(text, "w:delText")}</w:r></w:del></w:p>'
            )
        elif kind == "table":
            out.append(_tbl(extra, build, header=True))
            out.append("<w:p/>")
        elif kind == "control":
            out.append(_tbl(extra, build, header=False))
            out.append("<w:p/>")
        elif kind == "cover-sdt":
            out.append(_cover_sdt(text, extra, build))
        elif kind == "cover-box":
            out.append(_cover_box(text, extra, build))
        elif kind == "toc":
            out.append(_toc(text, extra, build))
        elif kind == "page":
            out.append(PAGE_BREAK)
        elif kind == "section":
            # the section that ends here; its orientation is the one before this block
            orientation = getattr(build, "orientation", "portrait")
            out.append(
                f"<w:p><w:pPr>{_sect_pr(orientation, first_section and 'header:first' in rels, rels)}</w:pPr></w:p>"
            )
            first_section = False
            build.orientation = extra  # type: ignore[attr-defined]
    return "".join(out)


def _numbering(document: Any, style_ids: tuple[str, str]) -> None:
    """A multilevel list ("1." / "1.1") attached to the two heading styles: numPr in each
    style, the style named in each level, as Word makes it from "Define New Multilevel List"."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="{style}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
        for level, style, text, indent in (
            (0, style_ids[0], "%1.", 432),
            (1, style_ids[1], "%1.%2", 576),
        )
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    toc_heading = document.styles.element.get_by_id("TOCHeading")
    if toc_heading is not None:  # Word keeps the contents label out of the heading numbers
        toc_heading.get_or_add_pPr().insert(
            0,
            parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'),
        )
    for level, style_id in enumerate(style_ids):
        style = document.styles.element.get_by_id(style_id)
        ppr = style.get_or_add_pPr()
        ppr.insert(
            0,
            parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            ),
        )


def _renamed_heading(document: Any) -> str:
    """The council's own heading style, based on Heading 2 (as a template author makes one by
    "New style based on Heading 2" and calls it by the council's name)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    style = document.styles.add_style("FCC Policy Heading", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Heading 2"]
    style.font.size = Pt(14)
    style.font.color.rgb = RGBColor(0x38, 0x56, 0x23)
    style.paragraph_format.space_before = Pt(18)
    return str(style.style_id)


def _header_parts(document: Any, texts: dict[str, str]) -> dict[str, str]:
    """Header and footer parts for the sections, each "header:first" etc. to its text."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    rels = {}
    for index, (key, text) in enumerate(texts.items(), start=1):
        kind, _which = key.split(":")
        tag = "hdr" if kind == "header" else "ftr"
        paragraph = f'<w:p><w:pPr><w:pStyle w:val="{"Header" if kind == "header" else "Footer"}"/><w:jc w:val="right"/></w:pPr>'
        before, _, after = text.partition("{PAGE}")
        paragraph += f"<w:r>{_t(before)}</w:r>"
        if "{PAGE}" in text:
            paragraph += (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                f"<w:r>{_t(after)}</w:r>"
            )
        paragraph += "</w:p>"
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {NS}>{paragraph}</w:{tag}>'
        uri = PackURI(f"/word/{kind}{index}.xml")
        part = Part(uri, f"{CT}{kind}+xml", xml.encode("utf-8"), document.part.package)
        rid = document.part.relate_to(part, RT.HEADER if kind == "header" else RT.FOOTER)
        rels[key] = rid
    return rels


def _with_parts(data: bytes, build: Build) -> bytes:
    """The saved package with comments and footnotes parts added; fixed zip times."""
    parts: dict[str, str] = {}
    types: list[str] = []
    rels: list[str] = []
    if build.comments:
        body = "".join(
            f'<w:comment w:id="{number}" w:author="Sam Okafor" w:date="{DATE}" w:initials="SO">'
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:annotationRef/></w:r>{"<w:r>" + _t(text) + "</w:r>"}</w:p></w:comment>'
            for number, text in enumerate(build.comments)
        )
        parts["word/comments.xml"] = f'<w:comments xmlns:w="{W}">{body}</w:comments>'
        types.append(f'<Override PartName="/word/comments.xml" ContentType="{CT}comments+xml"/>')
        rels.append(f'<Relationship Id="rIdC175" Type="{REL}comments" Target="comments.xml"/>')
    if build.notes:
        body = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        ) + "".join(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r>{_t(" " + text)}</w:r></w:p></w:footnote>'
            for number, text in enumerate(build.notes, start=1)
        )
        parts["word/footnotes.xml"] = f'<w:footnotes xmlns:w="{W}">{body}</w:footnotes>'
        types.append(f'<Override PartName="/word/footnotes.xml" ContentType="{CT}footnotes+xml"/>')
        rels.append(f'<Relationship Id="rIdF175" Type="{REL}footnotes" Target="footnotes.xml"/>')
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", "".join(types).encode() + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>", "".join(rels).encode() + b"</Relationships>"
                )
            info.date_time = (2025, 11, 1, 0, 0, 0)
            target.writestr(info, content)
        for name, xml in parts.items():
            content = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{xml}'.encode()
            target.writestr(
                zipfile.ZipInfo(name, (2025, 11, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED
            )
    return out.getvalue()


def build(blocks: list[Block], options: dict[str, Any]) -> bytes:
    import datetime

    from docx.oxml import parse_xml

    document = new_docx()
    build_ = Build()
    heading_style = "Heading1"
    if options.get("numbered"):
        _numbering(document, ("Heading1", "Heading2"))
    if options.get("renamed"):
        heading_style = _renamed_heading(document)
    rels = _header_parts(document, options.get("running", {}))
    xml = _body(blocks, build_, heading_style, rels)
    body = document.element.body
    for child in list(body):
        body.remove(child)
    for child in list(parse_xml(f"<w:wrap {NS}>{xml}</w:wrap>")):
        body.append(child)
    last = getattr(build_, "orientation", "portrait")
    body.append(
        parse_xml(
            f"<w:wrap {NS}>{_sect_pr(last, 'header:first' in rels and not options.get('sections'), rels)}</w:wrap>"
        )[0]
    )
    properties = document.core_properties
    properties.title = options.get("title", "")
    properties.revision = 7
    properties.created = properties.modified = datetime.datetime(2025, 11, 1, 9, 0, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_parts(buffer.getvalue(), build_)


def _accepted(text: str) -> str:
    text = re.sub(r"\{\+(.+?)\+\}", r"\1", text)
    text = re.sub(r"\{-(.+?)-\}", "", text)
    text = re.sub(r"<<(.*?)\|\|.+?>>", r"\1", text)
    return text


def _note_text(text: str, notes: list[str]) -> tuple[str, list[str]]:
    """A paragraph as a reader sees it: changes accepted, comments apart; the footnotes it
    marks, returned to be read after it (decision 0087)."""
    found = re.findall(r"\[\^(.+?)\^\]", text)
    return re.sub(r"\[\^(.+?)\^\]", "", _accepted(text)), found


def note(blocks: list[Block], about: str, numbered: bool) -> str:
    lines = [f"%% built by build_blind175.py: {about}", ""]
    numbers = [0, 0]
    previous = ""
    for block in blocks:
        kind, text = block[0], block[1]
        extra = block[2] if len(block) > 2 else None
        if kind in ("b", "n") and previous not in ("b", "n"):
            pass
        elif previous in ("b", "n") and kind not in ("b", "n", "nb"):
            lines.append("")
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind == "h1":
            numbers = [numbers[0] + 1, 0]
            lines += [f"## {f'{numbers[0]}. ' if numbered else ''}{text}", ""]
        elif kind == "h2":
            numbers[1] += 1
            lines += [f"### {f'{numbers[0]}.{numbers[1]} ' if numbered else ''}{text}", ""]
        elif kind in ("p", "last"):
            words, found = _note_text(text, [])
            lines += [words, ""]
            lines += [f"[note: {n}]" for n in found] + ([""] if found else [])
        elif kind == "b":
            lines.append(f"- {text}")
        elif kind == "n":
            lines.append(f"1. {text}")
        elif kind in ("table", "control"):
            rows = [[_accepted(cell) for cell in row] for row in extra]
            lines += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(row) + " |" for row in rows[1:]] + [""]
        elif kind == "cover-sdt":
            lines += [extra[0], "", f"# {text}", "", f"{extra[1]} {extra[2]}", ""]
        elif kind == "cover-box":
            lines += [f"# {text}", "", *[f"{line}\n" for line in extra]]
        elif kind == "toc":
            lines += (
                [f"{text}", ""] + [f"{entry} .......... {page}" for entry, page in extra] + [""]
            )
        if kind != "nb":
            previous = kind
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


# file name, blocks, options, about
DOCS: list[tuple[str, list[Block], dict[str, Any], str]] = [
    (
        "17501-docx-cover-content-controls-toc-field-multilevel-numbered-headings-acts-footnote-entitlements-table.docx",
        QUILLBRIDGE,
        {"numbered": True, "title": "Children's Services Policies, Values and Principles"},
        "a cover page with the title and issue date in content controls; a TOC field with hyperlinks and page numbers; Heading 1/2 numbered by a multilevel list on the styles; the Acts in a footnote; an entitlements table",
    ),
    (
        "17503-docx-section-breaks-landscape-table-first-page-header-control-table-comments-tracked-changes.docx",
        TARNHOLM,
        {
            "sections": True,
            "running": {
                "header:first": "OFFICIAL - Tarnholm Borough Council",
                "header:default": "Tarnholm Children's Services - Policies, Values and Principles - V6.0",
                "footer:default": "Page {PAGE}",
            },
        },
        "section breaks (a landscape section for a table); a different first-page header and running headers and footers; a control table; comments; tracked insertions and deletions, a deleted list item",
    ),
    (
        "17504-docx-cover-text-box-renamed-heading-style-based-on-heading-2-numbered-principles-act-footnotes-closing-control-table.docx",
        FELLGARTH,
        {"renamed": True},
        "a cover page in a DrawingML text box (VML fallback); headings in a council style based on Heading 2; numbered principles; Acts in prose each with a footnote; a control table at the end",
    ),
    (
        "17505-docx-multilevel-numbered-headings-footnote-later-age-comment-age-range-table-last-updated.docx",
        AMBERWICK,
        {"numbered": True, "running": {"footer:default": "Amberwick District Council | Issue 3"}},
        "Heading 1/2 numbered by a multilevel list on the styles; a footnote on the leaving-care sentence; a comment; an age-range table; a closing Last updated line",
    ),
]
PDF = (
    "17502-pdf-lo-from-word-cover-content-controls-toc-multilevel-numbered-headings-acts-footnote-entitlements-table.pdf",
    0,
)


def main() -> None:
    for name, blocks, options, about in DOCS:
        data = build(blocks, options)
        (HERE / name).write_bytes(data)
        (HERE / f"{name}.md").write_text(
            note(blocks, about, bool(options.get("numbered"))), "utf-8"
        )
        print(f"built {name}")
    pdf_name, index = PDF
    source_name, blocks, options, about = DOCS[index]
    docx_to_pdf((HERE / source_name).read_bytes(), HERE / pdf_name)
    (HERE / f"{pdf_name}.md").write_text(
        note(blocks, f"{source_name} printed to PDF by LibreOffice headless; {about}", True),
        "utf-8",
    )
    print(f"built {pdf_name}")


if __name__ == "__main__":
    main()
