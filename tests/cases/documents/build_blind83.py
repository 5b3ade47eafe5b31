# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the eighty-third blind set (8301-8307), in our own words,
as invented councils' "Policies, Values and Principles" chapters.

8301 Word, unaccepted tracked changes: a heading's words changed, the amendment month and the
     permanence months changed, a list item inserted, one deleted with its paragraph mark, one
     inserted by one reviewer and deleted by another (w:del inside w:ins), a paragraph mark
     deleted so two paragraphs read as one, a changed last-updated day.
8302 Word, comments and content controls: the title in a block control, a date-picker control
     in the amendment line, an unfilled control showing its placeholder, a block control around
     a heading and its paragraphs, a run control around a heading's words, a repeating-section
     control around each legislation item, a check box and a drop-down control, comments on a
     heading, across two paragraphs and on a named model.
8303 Word, a TOC field (hyperlinked entries with nested PAGEREF fields), headings numbered by a
     multi-level list attached to the Heading 1 and Heading 2 styles, a DATE field and a PAGE
     field in body text, an external hyperlink, a HYPERLINK complex field, a SAVEDATE simple
     field in the last-updated line.
8304 PDF printed by headless Chromium without header and footer: h2 numbers drawn by CSS
     counters, capitals by text-transform, a bordered "at a glance" box, an ordered list.
8305 PDF printed by headless Chromium WITH its default header and footer (print date and page
     title at the top, the page's address and "n/N" at the bottom of every page).
8306 PDF printed by LibreOffice from Word: one-column title and stamp, then a continuous
     section break into two columns, a running header and a "Page N" footer field, footnotes.
8307 Word, headings in floating DrawingML text boxes (with their VML fallback copies) and in
     shaded one-cell tables, the title in a shaded paragraph.

usage: .venv/bin/python tests/cases/documents/build_blind83.py   (needs python-docx, soffice,
chromium)
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'mc:Ignorable="w14 w15"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
WHEN = 'w:date="2025-04-02T09:15:00Z"'
_ids = iter(range(100, 10_000))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def ins(runs: str, author: str = "Priya Okafor") -> str:
    return f'<w:ins w:id="{next(_ids)}" w:author="{author}" {WHEN}>{runs}</w:ins>'


def dele(text: str, author: str = "Priya Okafor") -> str:
    return f'<w:del w:id="{next(_ids)}" w:author="{author}" {WHEN}><w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'


def p(content: str, style: str = "", ppr: str = "") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    props = f"<w:pPr>{style_xml}{ppr}</w:pPr>" if style_xml or ppr else ""
    return f"<w:p>{props}{content}</w:p>"


def para(text: str, style: str = "") -> str:
    return p(r(text), style)


def fld(instr: str, shown: str, rpr: str = "") -> str:
    """A complex field: its code and the result Word last showed."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r(shown, rpr)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def document_xml(body: str, sect: str = "") -> str:
    sect = sect or (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
        'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        '<w:cols w:space="708"/></w:sectPr>'
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}{sect}</w:body></w:document>'


def part_xml(root: str, inner: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{root} {NS}>{inner}</w:{root}>'


def package(
    body: str,
    sect: str = "",
    parts: dict[str, tuple[str, str, str]] | None = None,
    styles: dict[str, str] | None = None,
    numbering: tuple[str, str] | None = None,
    title: str = "",
) -> bytes:
    """A Word file: python-docx's blank package with this body, extra parts (name -> (xml,
    content type, relationship type), related as rIdN in order), style pPr additions and a
    numbering definition appended."""
    document = new_docx()
    if title:
        document.core_properties.title = title
    base = zipfile.ZipFile(io.BytesIO(saved_docx(document)))
    files = {name: base.read(name) for name in base.namelist()}
    files["word/document.xml"] = document_xml(body, sect).encode("utf-8")
    types = files["[Content_Types].xml"].decode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    for index, (name, (xml, content_type, rel_type)) in enumerate((parts or {}).items()):
        external = rel_type.endswith("hyperlink")  # a web address, not a part
        if not external:
            files[f"word/{name}"] = xml.encode("utf-8")
            types = types.replace(
                "</Types>",
                f'<Override PartName="/word/{name}" ContentType="{content_type}"/></Types>',
            )
        target = ' TargetMode="External"' if external else ""
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdX{index + 1}" Type="{rel_type}" Target="{name}"{target}/></Relationships>',
        )
    if styles:
        style_xml = files["word/styles.xml"].decode("utf-8")
        for style_id, addition in styles.items():
            style_xml = re.sub(
                rf'(<w:style [^>]*w:styleId="{style_id}"[^>]*>.*?<w:pPr>)',
                lambda m, extra=addition: m.group(1) + extra,
                style_xml,
                count=1,
                flags=re.DOTALL,
            )
        files["word/styles.xml"] = style_xml.encode("utf-8")
    if numbering:
        abstract, num = numbering
        numbering_xml = files["word/numbering.xml"].decode("utf-8")
        numbering_xml = numbering_xml.replace("<w:num ", abstract + "<w:num ", 1)
        numbering_xml = numbering_xml.replace("</w:numbering>", num + "</w:numbering>")
        files["word/numbering.xml"] = numbering_xml.encode("utf-8")
    files["[Content_Types].xml"] = types.encode("utf-8")
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


# --- 8301 Tarnwick: unaccepted tracked changes ---------------------------------------------


def tarnwick() -> bytes:
    merged_mark = f'<w:rPr><w:del w:id="{next(_ids)}" w:author="Priya Okafor" {WHEN}/></w:rPr>'
    deleted_item_mark = f'<w:pStyle w:val="ListBullet"/><w:rPr><w:del w:id="{next(_ids)}" w:author="Priya Okafor" {WHEN}/></w:rPr>'
    inserted_item_mark = f'<w:pStyle w:val="ListBullet"/><w:rPr><w:ins w:id="{next(_ids)}" w:author="Priya Okafor" {WHEN}/></w:rPr>'
    body = [
        para("Tarnwick Council Children's Services: Policies, Values and Principles", "Title"),
        para("Amendment", "Heading1"),
        p(
            r("This chapter was amended in ")
            + dele("October 2024")
            + ins(r("April 2025"))
            + r(
                " to set out the council's new offer to care leavers and to refer to the Children's Social Care National Framework."
            )
        ),
        para("Introduction", "Heading1"),
        para(
            "This policy sets out the framework for the work of Tarnwick's children's services with children, young people and their families. It rests on the following legislation:"
        ),
        para("Children Act 1989", "ListBullet"),
        para("Children Act 2004", "ListBullet"),
        f"<w:p><w:pPr>{deleted_item_mark}</w:pPr>{dele('Adoption and Children Act 2002')}</w:p>",
        f"<w:p><w:pPr>{inserted_item_mark}</w:pPr>{ins(r('Children and Social Work Act 2017'))}</w:p>",
        f'<w:p><w:pPr>{inserted_item_mark}</w:pPr><w:ins w:id="{next(_ids)}" w:author="Priya Okafor" {WHEN}><w:del w:id="{next(_ids)}" w:author="Tom Hartley" w:date="2025-04-03T10:00:00Z"><w:r><w:delText>Care Standards Act 2000</w:delText></w:r></w:del></w:ins></w:p>',
        para("Equality Act 2010", "ListBullet"),
        p(dele("Key", "Tom Hartley") + ins(r("Our"), "Tom Hartley") + r(" Values"), "Heading1"),
        para(
            "We put children's safety and welfare first. We listen to what children tell us and we explain our decisions to them in words they understand. We work openly with parents and build on what a family already does well."
        ),
        para("Corporate Parenting", "Heading1"),
        p(
            r(
                "Tarnwick Council is the corporate parent of every child in its care. Councillors and officers are expected to apply the seven corporate parenting principles to every decision that affects Children Looked After"
            )
            + dele(" and those who have left care")
            + r(".")
        ),
        para("Permanence", "Heading1"),
        f"<w:p><w:pPr>{merged_mark}</w:pPr>{r('Every child in care should have a plan for permanence, agreed at the second review, ')}</w:p>",
        p(
            r("and in any case within ")
            + dele("four")
            + ins(r("six"))
            + r(" months of the child coming into care.")
        ),
        para("Leaving Care", "Heading1"),
        p(
            r(
                "Young people leaving care keep a personal adviser until they are 21, or until they are "
            )
            + dele("24")
            + ins(r("25"))
            + r(" if they are in education or training.")
        ),
        para("Information Sharing", "Heading1"),
        para(
            "Staff share information about a child only where it helps to keep the child safe or to meet their needs, and they record what they shared, with whom and why."
        ),
        p(r("Last updated: ") + dele("12 November 2024") + ins(r("22 April 2025"))),
    ]
    return package("".join(body))


# --- 8302 Yelverholt: comments and content controls ----------------------------------------


def sdt_block(alias: str, content: str, extra: str = "") -> str:
    return f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/><w:id w:val="{next(_ids)}"/>{extra}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


def sdt_run(alias: str, runs: str, extra: str = "") -> str:
    return sdt_block(alias, runs, extra)


def comment_around(cid: int, runs: str) -> str:
    return f'<w:commentRangeStart w:id="{cid}"/>{runs}<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'


def comments_part(notes: list[tuple[int, str, str]]) -> str:
    inner = "".join(
        f'<w:comment w:id="{cid}" w:author="{author}" w:date="2025-02-20T14:00:00Z" w:initials="{author[0]}"><w:p><w:r><w:annotationRef/></w:r>{r(text)}</w:p></w:comment>'
        for cid, author, text in notes
    )
    return part_xml("comments", inner)


def yelverholt() -> bytes:
    date_picker = '<w:date w:fullDate="2025-03-10T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    placeholder = "<w:showingPlcHdr/><w:text/>"
    checkbox = '<w14:checkbox><w14:checked w14:val="1"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
    dropdown = '<w:dropDownList><w:listItem w:displayText="Draft" w:value="draft"/><w:listItem w:displayText="Approved" w:value="approved"/></w:dropDownList>'
    repeating = "<w15:repeatingSection/>"
    items = "".join(
        sdt_block("Act", para(act, "ListBullet"), "<w15:repeatingSectionItem/>")
        for act in (
            "Children Act 1989",
            "Children Act 2004",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Human Rights Act 1998",
        )
    )
    body = [
        sdt_block(
            "Title", para("Yelverholt Borough Council: Policies, Values and Principles", "Title")
        ),
        p(r("Amended: ") + sdt_run("Amendment date", r("10 March 2025"), date_picker)),
        p(
            r("Version: ")
            + sdt_run(
                "Version",
                r(
                    "Click or tap here to enter text.",
                    '<w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/>',
                ),
                placeholder,
            )
        ),
        sdt_block(
            "Scope section",
            p(comment_around(1, r("Scope of this Chapter")), "Heading1")
            + para(
                "This chapter describes the values and principles that guide Yelverholt's children's services. It applies to all staff, to foster carers and to the services we commission from others."
            ),
            '<w:lock w:val="sdtLocked"/>',
        ),
        para("Introduction", "Heading1"),
        para(
            "This policy sets out the framework within which our social workers and managers make decisions with children and families. The legislation it rests on is:"
        ),
        sdt_block("Legislation", items, repeating),
        p(sdt_run("Heading words", r("Our Values")), "Heading1"),
        p(
            r(
                "We believe children are best brought up within their own families, with help when they need it. We are open with families about our concerns, and "
            )
            + '<w:commentRangeStart w:id="2"/>'
            + r("we try to agree plans with them rather than impose them.")
        ),
        p(
            r("We learn from what children and families tell us about our services.")
            + '<w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r>'
        ),
        p(
            sdt_run("Reviewed", r("\u2612"), checkbox)
            + r(" These values were reviewed by the practice board.")
        ),
        para("Corporate Parenting", "Heading1"),
        para(
            "Every councillor and every officer of Yelverholt shares responsibility for Children in Care. We hold ourselves to the seven corporate parenting principles and ask, of every decision, whether it would be good enough for our own child."
        ),
        para("Our Practice Model", "Heading1"),
        p(
            r("Our social workers use ")
            + comment_around(3, r("Family Safeguarding"))
            + r(
                ", working alongside adult mental health, domestic abuse and substance misuse workers in the same team."
            )
        ),
        para("Key Principles", "Heading1"),
        para(
            "A plan for permanence is made for each child within four months of their coming into care. Care leavers are offered the support of a personal adviser until they are 21, and until they are 25 if they want it."
        ),
        p(r("Status of this chapter: ") + sdt_run("Status", r("Approved"), dropdown)),
    ]
    comments = comments_part(
        [
            (
                1,
                "Sam Whitcombe",
                "Should this heading say About this Chapter? Last updated 2 February 2025 in the old copy.",
            ),
            (2, "Sam Whitcombe", "Legal want plainer words here, and a line on Signs of Safety."),
            (3, "Ruth Ambler", "Check with the model's trainers that we may use its name."),
        ]
    )
    return package(
        "".join(body),
        parts={"comments.xml": (comments, CT + "comments+xml", REL + "comments")},
    )


# --- 8303 Cauldmere: TOC field, hyperlinks, fields, multi-level heading numbers ----------


CAULDMERE_HEADINGS = [
    (1, "Amendment", "1."),
    (1, "Introduction", "2."),
    (2, "Legislation", "2.1"),
    (2, "Working with Partners", "2.2"),
    (1, "Values and Principles", "3."),
    (2, "Corporate Parenting", "3.1"),
    (2, "Permanence and Leaving Care", "3.2"),
    (1, "Information Sharing", "4."),
]


def cauldmere_numbering() -> tuple[str, str]:
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading{level + 1}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{432 + 144 * level}" w:hanging="{432 + 144 * level}"/></w:pPr></w:lvl>'
        for level, text in ((0, "%1."), (1, "%1.%2"))
    )
    abstract = f'<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    return abstract, '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def cauldmere_heading(level: int, text: str, index: int) -> str:
    return p(
        f'<w:bookmarkStart w:id="{index}" w:name="_Toc{index:04d}"/>{r(text)}<w:bookmarkEnd w:id="{index}"/>',
        f"Heading{level}",
    )


def cauldmere() -> bytes:
    toc_entries = []
    for index, (level, text, number) in enumerate(CAULDMERE_HEADINGS):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        end = (
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            if index == len(CAULDMERE_HEADINGS) - 1
            else ""
        )
        page = "1" if index < 4 else "2"
        entry = (
            f'<w:hyperlink w:anchor="_Toc{index:04d}" w:history="1">{r(number)}<w:r><w:tab/></w:r>{r(text)}<w:r><w:tab/></w:r>'
            + fld(f"PAGEREF _Toc{index:04d} \\h", page)
            + "</w:hyperlink>"
        )
        toc_entries.append(
            p(
                begin + entry + end,
                f"TOC{level}",
                '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>',
            )
        )
    heads = iter(enumerate(CAULDMERE_HEADINGS))

    def head() -> str:
        index, (level, text, _) = next(heads)
        return cauldmere_heading(level, text, index)

    body = [
        para("Policies, Values and Principles", "Title"),
        p(r("Contents", "<w:b/>"), "TOCHeading"),
        *toc_entries,
        head(),
        para("This chapter was amended in January 2025 to add a section on working with partners."),
        p(
            r("This copy was produced from the manual on ")
            + fld('DATE \\@ "d MMMM yyyy"', "4 December 2026")
            + r(" and is page ")
            + fld("PAGE", "1")
            + r(" of the printed chapter; always check the online manual for the current text.")
        ),
        head(),
        para(
            "This policy sets out the framework within which Cauldmere City Council's children's services support children and their families, and the principles that guide every member of staff."
        ),
        head(),
        para("The main legislation behind this chapter is:"),
        para("Children Act 1989", "ListBullet"),
        para("Children Act 2004", "ListBullet"),
        para("Children and Families Act 2014", "ListBullet"),
        head(),
        p(
            r("We work with schools, health services and the police under ")
            + '<w:hyperlink r:id="rIdX1" w:history="1">'
            + r(
                "Working Together to Safeguard Children",
                '<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>',
            )
            + "</w:hyperlink>"
            + r(". The local arrangements are published by the ")
            + fld(
                'HYPERLINK "https://example.org/cauldmere-partnership"',
                "Cauldmere Safeguarding Partnership",
                '<w:color w:val="0563C1"/><w:u w:val="single"/>',
            )
            + r(".")
        ),
        head(),
        para(
            "We want every child in Cauldmere to be safe, healthy and happy, and to do well at school. We tell families plainly what worries us and what needs to change."
        ),
        head(),
        para(
            "The council is corporate parent to every child in its care and applies the seven corporate parenting principles to the way it plans services for Looked After Children."
        ),
        head(),
        para(
            "Each Looked After Child has a permanence plan by their second review, no later than four months after they come into care. Care leavers are supported by a personal adviser up to the age of 25."
        ),
        head(),
        para(
            "We share information with other agencies when it is needed to protect a child, in line with data protection law and the council's information sharing agreement."
        ),
        p(
            r("Last updated: ")
            + '<w:fldSimple w:instr=" SAVEDATE \\@ &quot;dd/MM/yyyy&quot; ">'
            + r("17/01/2025")
            + "</w:fldSimple>"
        ),
    ]
    return package(
        "".join(body),
        parts={"https://example.org/working-together": ("", "", REL + "hyperlink")},
        styles={
            "Heading1": '<w:numPr><w:numId w:val="90"/></w:numPr>',
            "Heading2": '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="90"/></w:numPr>',
        },
        numbering=cauldmere_numbering(),
    )


# --- 8307 Greymarsh: headings in text boxes and shaded cells -----------------------------


def _box_p(text: str) -> str:
    return p(r(text, '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="28"/>'))


def text_box(text: str) -> str:
    number = next(_ids)
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="91440" distL="0" distR="0" simplePos="0" relativeHeight="{number}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5731510" cy="420000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{number}" name="Text Box {number}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5731510" cy="420000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="2E5E4E"/></a:solidFill></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{_box_p(text)}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="Text Box {number}" o:spid="_x0000_s{number}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:451.3pt;height:33.05pt;z-index:{number};mso-wrap-style:square" fillcolor="#2e5e4e" stroked="f">'
        f'<v:textbox><w:txbxContent>{_box_p(text)}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def shaded_cell(text: str) -> str:
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="9026"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9026" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9E7E1"/></w:tcPr>'
        + p(r(text, '<w:b/><w:sz w:val="26"/>'))
        + "</w:tc></w:tr></w:tbl>"
    )


def greymarsh() -> bytes:
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="2E5E4E"/><w:spacing w:after="240"/>'
    body = [
        p(
            r(
                "Greymarsh District Council \u2013 Children's Services Policies, Values and Principles",
                '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="36"/>',
            ),
            ppr=shade,
        ),
        text_box("Scope of this Chapter"),
        para(
            "This chapter sets out the values and principles of Greymarsh's children's services. It was last amended in February 2025, when the section on our practice model was rewritten."
        ),
        shaded_cell("Introduction"),
        para(
            "This policy sets out the framework for all of the council's work with children in need, children in need of protection and Children Looked After. Our work rests on these Acts:"
        ),
        para("Children Act 1989", "ListBullet"),
        para("Children and Families Act 2014", "ListBullet"),
        para("Children and Social Work Act 2017", "ListBullet"),
        para("Equality Act 2010", "ListBullet"),
        text_box("A Shared Responsibility"),
        para(
            "No single agency can keep children safe. We work with the police, health services and schools through the local safeguarding partnership and follow Working Together to Safeguard Children."
        ),
        shaded_cell("Our Practice Model"),
        para(
            "Greymarsh uses Restorative Practice: we work with families, not to them or for them, and we give as much attention to relationships as to tasks."
        ),
        text_box("Corporate Parenting"),
        para(
            "The council, its councillors and its officers act as corporate parent to every child in care. We follow the seven corporate parenting principles and we listen to the Children in Care Council."
        ),
        shaded_cell("Leaving Care"),
        para(
            "Young people leaving our care keep a personal adviser up to the age of 21, and up to 25 if they ask for one."
        ),
        text_box("Information Sharing"),
        para(
            "We share information about children and families safely and lawfully, and only as much as is needed for the purpose."
        ),
        para("End"),
    ]
    return package("".join(body))


# --- 8306 Drumlow: two-column section, running header, footnotes, LibreOffice PDF -------


def drumlow() -> bytes:
    notes = {
        1: "The chapter is reviewed every two years by the practice standards group.",
        2: "The partnership's own procedures are published on its website.",
        3: "Care leavers may ask to return to the service at any time before this age.",
    }

    def mark(number: int) -> str:
        return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{number}"/></w:r>'

    header = part_xml(
        "hdr",
        p(
            r("Drumlow Council \u2013 Children's Services Procedures Manual", '<w:sz w:val="18"/>'),
            ppr='<w:jc w:val="right"/>',
        ),
    )
    footer = part_xml(
        "ftr",
        p(
            r("Policies, Values and Principles | Page ", '<w:sz w:val="18"/>')
            + fld("PAGE", "1", '<w:sz w:val="18"/>'),
            ppr='<w:jc w:val="center"/>',
        ),
    )
    footnotes = part_xml(
        "footnotes",
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + "".join(
            f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{r(" " + text)}</w:p></w:footnote>'
            for number, text in notes.items()
        ),
    )
    running = '<w:headerReference w:type="default" r:id="rIdX1"/><w:footerReference w:type="default" r:id="rIdX2"/>'
    page = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/>'
    first_section = f'<w:sectPr>{running}{page}<w:cols w:space="708"/></w:sectPr>'
    body = [
        para("Policies, Values and Principles", "Title"),
        p(r("This chapter was amended in September 2024.") + mark(1), ppr=first_section),
        para("Introduction", "Heading1"),
        para(
            "This policy sets out the framework for the work of Drumlow's children's services. It explains what we value, how we work with families and partners, and what children in our care can expect of us. It is grounded in the following legislation:"
        ),
        para("Children Act 1989", "ListBullet"),
        para("Children Act 2004", "ListBullet"),
        para("Children and Social Work Act 2017", "ListBullet"),
        para("A Shared Responsibility", "Heading1"),
        p(
            r(
                "Safeguarding children is the responsibility of every agency in Drumlow. We work with our partners in health, education and the police through the Drumlow Safeguarding Children Partnership."
            )
            + mark(2)
        ),
        para("Our Values", "Heading1"),
        para(
            "We treat children and families with respect and we are honest with them. We believe most children do best at home with their families, and we give help early so that problems do not grow."
        ),
        para("Corporate Parenting", "Heading1"),
        para(
            "Drumlow Council takes its role as corporate parent seriously. Members and officers apply the seven corporate parenting principles, so that Children in Care get the same chances as other children."
        ),
        para("Permanence", "Heading1"),
        para(
            "A permanence plan is agreed for every child in care at their second review, within four months of their becoming looked after."
        ),
        para("Leaving Care", "Heading1"),
        p(
            r("Young people leaving care can have a personal adviser until their 25th birthday.")
            + mark(3)
        ),
        para("Information Sharing", "Heading1"),
        para(
            "We share personal information only when the law allows it and when it helps to keep a child safe or to meet their needs."
        ),
    ]
    sect = f'<w:sectPr>{running}<w:type w:val="continuous"/>{page}<w:cols w:num="2" w:space="567"/></w:sectPr>'
    return package(
        "".join(body),
        sect=sect,
        parts={
            "header1.xml": (header, CT + "header+xml", REL + "header"),
            "footer1.xml": (footer, CT + "footer+xml", REL + "footer"),
            "footnotes.xml": (footnotes, CT + "footnotes+xml", REL + "footnotes"),
        },
    )


# --- 8304/8305 Oxtenby and Pelsworth: Chromium prints ------------------------------------

OXTENBY_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; margin: 0 1.5cm; counter-reset: part; }
h1 { font-size: 20pt; }
h2 { text-transform: uppercase; font-size: 13pt; counter-increment: part; }
h2::before { content: counter(part) ". "; }
aside { border: 1px solid #555; padding: 0.5em; margin: 0 0 1em 1em; font-size: 9pt; }
"""

OXTENBY = [
    ("h1", "Oxtenby Children's Services Policies, Values and Principles"),
    ("h2", "Amendment"),
    ("p", "This chapter was updated in June 2025 to describe our new family help teams."),
    ("h2", "Introduction"),
    (
        "p",
        "This policy sets out the framework that guides Oxtenby's children's services, and the legislation we work within, which includes:",
    ),
    (
        "ol",
        [
            "Children Act 1989",
            "Children Act 2004",
            "Children and Families Act 2014",
            "Children and Social Work Act 2017",
            "Equality Act 2010",
            "Human Rights Act 1998",
        ],
    ),
    ("h2", "Our Values"),
    (
        "p",
        "Children are at the centre of everything we do. We work with families' strengths, we are honest and fair, and we keep trying when things are hard.",
    ),
    ("h2", "Corporate Parenting"),
    (
        "p",
        "As corporate parent, the council follows the seven corporate parenting principles for every Child in Care and every care leaver.",
    ),
    ("h2", "Our Practice Model"),
    (
        "p",
        "Oxtenby's practice model is Signs of Safety. Social workers and families map together what is going well, what is worrying and what needs to happen next.",
    ),
    (
        "aside",
        "At a glance: the practice model is used by every team, from early help to leaving care.",
    ),
    ("h2", "Key Principles"),
    (
        "p",
        "We aim to agree a plan for permanence within four months of a child coming into care. Care leavers can keep a personal adviser until they are 25.",
    ),
]

PELSWORTH_CSS = """
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; color: #1d3b5e; }
h2:nth-of-type(5) { break-before: page; }
"""

PELSWORTH = [
    ("h1", "Policies, Values and Principles"),
    ("p", "Amended: 3 February 2025"),
    ("h2", "Scope of this Chapter"),
    (
        "p",
        "This chapter applies to all staff in Pelsworth's children's services, to our foster carers and to the providers who work on our behalf.",
    ),
    ("h2", "Introduction"),
    (
        "p",
        "This policy sets out the framework for our work with children and families, based on the law and the statutory guidance on children's social care.",
    ),
    ("h2", "Key Values"),
    (
        "p",
        "We listen to children and young people, we involve them in decisions about their lives and we tell them what we have decided and why. We treat every family with respect, whatever their background.",
    ),
    ("h2", "Corporate Parenting"),
    (
        "p",
        "Pelsworth Borough Council is the corporate parent of every child it looks after. We want Looked After Children to have the same chances in life as any other child, and councillors check that we are delivering on this.",
    ),
    ("h2", "Key Principles"),
    (
        "p",
        "Children should live with their own families wherever that is safe. Where a child cannot live at home, we look first to relatives and friends, and we plan for permanence from the start so that every child has a secure home within six months of coming into care.",
    ),
    (
        "p",
        "When young people leave care, their personal adviser stays with them up to the age of 21, or to 25 where the young person asks for continuing support.",
    ),
    ("h2", "Information Sharing"),
    (
        "p",
        "We share information about children and families only where it is lawful and proportionate, and we tell families what we share unless doing so would put a child at risk.",
    ),
    ("h2", "Our Strategy"),
    (
        "p",
        "Our strategy for the next three years is to give help earlier, to keep more children safely with their families and to find more local foster homes.",
    ),
    ("p", "Last updated: 3 February 2025"),
]


def page_html(title: str, css: str, blocks: list[tuple[str, object]]) -> str:
    parts = []
    for tag, content in blocks:
        if tag == "ol":
            assert isinstance(content, list)
            parts.append("<ol>" + "".join(f"<li>{esc(item)}</li>" for item in content) + "</ol>")
        else:
            parts.append(f"<{tag}>{esc(str(content))}</{tag}>")
    return (
        f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{css}</style></head>\n<body>\n'
        + "\n".join(parts)
        + "\n</body></html>\n"
    )


def chromium_pdf(page: str, relative: str, target: Path, header: bool) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is needed for 8304 and 8305")
    source = Path("/tmp/policydiff-pages") / relative
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(page, "utf-8")
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={target}"]
    if not header:  # the old switch and the one newer Chromium reads
        command += ["--print-to-pdf-no-header", "--no-pdf-header-footer"]
    subprocess.run([*command, str(source)], check=True, capture_output=True, timeout=180)


def html_note(blocks: list[tuple[str, object]], about: str, numbered_h2: bool = False) -> str:
    lines = [f"%% built by build_blind83.py: {about}", ""]
    count = 0
    for tag, content in blocks:
        if tag == "ol":
            assert isinstance(content, list)
            lines += [
                line for index, item in enumerate(content) for line in (f"{index + 1}. {item}", "")
            ]
        elif tag == "h1":
            lines += [f"# {content}", ""]
        elif tag == "h2":
            count += 1
            text = f"{count}. {str(content).upper()}" if numbered_h2 else str(content)
            lines += [f"## {text}", ""]
        else:
            lines += [str(content), ""]
    return "\n".join(lines).rstrip() + "\n"


# --- notes beside the Word files ---------------------------------------------------------


def docx_note(data: bytes, about: str) -> str:
    """The paragraphs Word shows (inserted text kept, deleted text and field codes dropped,
    text-box fallback copies skipped), then the footnotes."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    xml = archive.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", xml, flags=re.DOTALL)
    lines = [f"%% built by build_blind83.py: {about}", ""]
    for paragraph in re.findall(r"<w:p[ >](?:(?!<w:p[ >]).)*?</w:p>", xml, flags=re.DOTALL):
        text = html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", paragraph)))
        if text.strip():
            lines += [text, ""]
    if "word/footnotes.xml" in archive.namelist():
        notes = archive.read("word/footnotes.xml").decode("utf-8")
        for number, text in re.findall(
            r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', notes, flags=re.DOTALL
        ):
            shown = html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", text)))
            lines += [f"[^{number}]:{shown}", ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    words = [
        (
            "8301-docx-unaccepted-tracked-changes-deleted-paragraph-mark-nested-insert-delete.docx",
            tarnwick(),
            "unaccepted tracked changes: words in a heading, a month, a number, list items, a deleted paragraph mark, an insertion deleted by a second reviewer",
        ),
        (
            "8302-docx-comments-content-controls-around-headings-placeholder-date-picker-repeating.docx",
            yelverholt(),
            "comments and content controls: block controls around a title and a section, a run control in a heading, a date picker, an unfilled placeholder, a repeating section, a check box and a drop-down",
        ),
        (
            "8303-docx-toc-field-style-linked-multilevel-heading-numbers-date-page-hyperlink-fields.docx",
            cauldmere(),
            "a TOC field with nested PAGEREF fields, Heading 1/2 numbered by a multi-level list on the styles (1., 2.1), DATE, PAGE, HYPERLINK and SAVEDATE fields",
        ),
        (
            "8307-docx-headings-in-floating-text-boxes-with-vml-fallback-and-shaded-cells.docx",
            greymarsh(),
            "headings in floating DrawingML text boxes (VML fallback copies) and shaded one-cell tables, a shaded-paragraph title",
        ),
    ]
    for name, data, about in words:
        (HERE / name).write_bytes(data)
        (HERE / f"{name}.md").write_text(docx_note(data, about), "utf-8")
    name = "8306-pdf-lo-two-column-continuous-section-running-header-page-field-footnotes.pdf"
    data = drumlow()
    docx_to_pdf(data, HERE / name)
    (HERE / f"{name}.md").write_text(
        docx_note(
            data,
            "LibreOffice from Word: one-column title and stamp, a continuous break into two columns, running header and 'Page N' footer, footnotes",
        ),
        "utf-8",
    )
    name = "8304-pdf-chromium-no-header-css-counter-numbers-uppercase-headings-boxed-aside.pdf"
    chromium_pdf(
        page_html("Policies, Values and Principles | Oxtenby Council", OXTENBY_CSS, OXTENBY),
        "oxtenby/policies.html",
        HERE / name,
        header=False,
    )
    (HERE / f"{name}.md").write_text(
        html_note(
            OXTENBY,
            "Chromium, no header: CSS counter numbers, uppercase h2, bordered box, ordered list",
            numbered_h2=True,
        ),
        "utf-8",
    )
    name = "8305-pdf-chromium-default-header-footer-date-title-url-page-numbers.pdf"
    chromium_pdf(
        page_html(
            "Policies, Values and Principles - Pelsworth Borough Council procedures online",
            PELSWORTH_CSS,
            PELSWORTH,
        ),
        "pelsworth/childrens-services/policies-values-principles.html",
        HERE / name,
        header=True,
    )
    (HERE / f"{name}.md").write_text(
        html_note(
            PELSWORTH,
            "Chromium with its default header and footer: print date, page title, file address, page n/N",
        ),
        "utf-8",
    )
    for built in sorted(HERE.glob("830[1-7]-*")):
        print(f"built {built.name}")


if __name__ == "__main__":
    main()
