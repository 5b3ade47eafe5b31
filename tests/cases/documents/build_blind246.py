# ruff: noqa: E501  (the chapters' paragraphs and the WordprocessingML fragments are kept a line each)
"""Build the two-hundred-and-forty-sixth blind set's Word files (24601-24605).

Five invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words and kept in Word as council policy teams keep them, built
for real with python-docx (and, where python-docx has no API, the WordprocessingML Word itself
writes, added through python-docx's own part and element objects). Headings are named by meaning
rather than by the template ("Why this matters to us", "Standing by young people as they grow
up", "A family for every child", "The way we work with families").

- 24601 Pelworth: Heading 1 and Heading 2 carry Word's automatic multilevel numbering, linked to
  the heading styles in numbering.xml ("1." and "1.1" are drawn by Word, typed nowhere).
- 24602 Kestrelby: a title-page section (logo placeholder text, the council, the manual, the
  Title, a document control table: version, owner, approved by, date approved, review date),
  a next-page section break, then Heading 1.
- 24603 Ellesby: headings in the council's own paragraph style "CYP Section Head" (based on
  Normal, bold 12 pt, coloured, no outline level) and a "Key facts" table after the introduction.
- 24604 Stallingford: Heading 1 and some Heading 2 named by meaning, one Heading 1 holding three
  topics at length, the Acts as List Bullet paragraphs.
- 24605 Tollerby: a "What's changed" floating text box under the title (DrawingML with its VML
  fallback, as Word saves one), the body in a continuous two-column section, and two footnotes
  in a real footnotes part.

usage: python tests/cases/documents/build_blind246.py   (needs python-docx)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind246.py"

# A block: (kind, payload). Kinds: "title" (Title style), "line" (a Normal line on the title
# page), "h1", "h2" (Heading 1/2), "head" (the council's own heading style), "p" (Normal; a
# "[^N]" inside it marks footnote N), "b" (List Bullet), "table" (rows of cells; a row of one
# cell is merged across the table and bold), "box" (a text box: its label, then its text),
# "break" (a next-page section break), "columns" (a continuous break into two columns).
Block = tuple[str, Any]

# fmt: off
PELWORTH: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h1", "About this chapter"),
    ("p", "This chapter describes what Pelworth Borough Council believes about the care of children and young people, and the principles that guide every worker in the Children and Families Directorate, in the council's fostering and residential services and in the organisations we commission."),
    ("p", "It was amended in September 2025 to describe the new permanence panel and to bring the section on care leavers into line with our refreshed local offer."),
    ("h1", "The law we work within"),
    ("p", "This policy sets out the framework within which our services for children are delivered. The duties behind it come from the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Where statutory guidance explains how those Acts are to be applied, our procedures follow it, and they are revised when it changes."),
    ("h1", "Why this matters to us"),
    ("p", "We want Pelworth's Children Looked After to grow up loved, safe and ambitious for themselves, and to leave our care with the same chances in life as any other young person in the borough."),
    ("p", "Too many children who have been in care still do worse at school, in work and in their health than their friends. We do not accept that as inevitable, and this chapter says what we will do about it."),
    ("h1", "Nobody can do this alone"),
    ("p", "Schools, health services, the police, housing and the voluntary sector all hold part of the picture of a child's life. The Pelworth Safeguarding Children Partnership agrees how we work together, and our staff are expected to share concerns early and to follow through on what has been agreed."),
    ("h1", "Our duties as a corporate parent"),
    ("p", "The whole council, its elected members and its officers, is the corporate parent of every child it looks after and of every care leaver. In everything it does for them the council must have regard to the need:"),
    ("b", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take those views, wishes and feelings into account;"),
    ("b", "to help them gain access to, and make the best use of, the services the council and its partners provide;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h1", "The way we work with families"),
    ("p", "Our social workers use Signs of Safety in every assessment, plan and review. It asks three plain questions of everyone involved with a family: what are we worried about, what is working well, and what needs to happen next."),
    ("h2", "What families can expect"),
    ("p", "Families can expect to see their own words in their plans, to know exactly what the council is worried about, and to have a say in who joins their safety network."),
    ("h2", "Support for our staff"),
    ("p", "Every practitioner completes the two-day Signs of Safety course in their first year, and group supervision is organised around the same three questions."),
    ("h1", "Planning for children"),
    ("p", "Good plans are made with children, not for them, and they are reviewed whenever a child's circumstances change."),
    ("h2", "A family for every child"),
    ("p", "Each child who comes into our care should have a permanence plan agreed within four months, setting out where and with whom they will grow up. The permanence panel, which meets every fortnight, tests each plan before it goes to the child's review."),
    ("h2", "Standing by young people as they grow up"),
    ("p", "Young people leaving care keep a personal adviser until they are 21, and until they are 25 while they are studying at college or university. Those in foster care may stay with their carers after their eighteenth birthday under our Staying Put arrangements."),
    ("h1", "Keeping information safe"),
    ("p", "Information about children and families is shared only where it is needed to keep a child safe or to meet their needs, and the reasons are recorded. Children and young people can see what is written about them, and staff help them to understand it."),
]

KESTRELBY: list[Block] = [
    ("line", "[Insert council logo here]"),
    ("line", "Kestrelby City Council"),
    ("line", "Children's Social Care Procedures Manual"),
    ("title", "Children's Services Policies, Values and Principles"),
    ("table", [
        ["Document control"],
        ["Version", "2.1"],
        ["Owner", "Head of Service, Children in Care and Care Leavers"],
        ["Approved by", "Children's Services Leadership Team"],
        ["Date approved", "27 January 2026"],
        ["Review date", "January 2028"],
    ]),
    ("break", ""),
    ("h1", "Purpose and scope"),
    ("p", "This chapter sets out the values and principles that shape Kestrelby's work with children, young people and their families. It applies to all staff in children's social care, to the council's foster carers and residential staff, and to the providers we commission."),
    ("p", "This version replaces version 1.4 and should be read alongside the council's other procedures for Looked After Children."),
    ("h1", "Legal and policy context"),
    ("p", "This policy sets out the framework within which services to children and their families are delivered in Kestrelby. It rests on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Care Leavers (England) Regulations 2010"),
    ("b", "Children and Social Work Act 2017"),
    ("h1", "Why this matters to us"),
    ("p", "Our ambition is simple: every child in Kestrelby should grow up in a family where they are safe and loved. Where that cannot be their own family, the council will find and support one that can be, and stay beside the young person long after they leave care."),
    ("h1", "What we believe"),
    ("p", "We believe that children do best when they are listened to, when the adults around them are honest with them, and when help comes early. We treat families with respect, we are clear about our worries, and we recognise what parents are doing well."),
    ("h1", "Being a good corporate parent"),
    ("p", "The Children and Social Work Act 2017 sets out seven corporate parenting principles. Kestrelby's councillors and senior officers have signed a pledge to apply them to every decision that touches the lives of our Looked After Children and care leavers, and the Corporate Parenting Board checks each year that they have."),
    ("h1", "The way we work with families"),
    ("p", "Kestrelby works to the Family Safeguarding model. Social workers share a team with adult workers who specialise in domestic abuse, mental health and substance misuse, so that the problems that put children at risk are tackled with the whole family at once."),
    ("p", "Motivational interviewing is at the heart of the model, and every plan is built around the change the family itself wants to make."),
    ("h1", "A family for every child"),
    ("p", "No child should drift in care. A plan for permanence is agreed within three months of a child becoming looked after, and the Independent Reviewing Officer checks at each review that it is being carried out."),
    ("h1", "Standing by young people as they grow up"),
    ("p", "Every care leaver is offered a personal adviser up to the age of 25, whatever they are doing, and a pathway plan that they write with their adviser. Our local offer sets out the money, housing help and discounts that come with leaving Kestrelby's care."),
    ("h1", "Sharing information"),
    ("p", "We share information with other agencies when it is needed to protect a child or to make sure they get the right help, and we tell families what we are sharing and why unless doing so would put a child at risk."),
]

ELLESBY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("head", "About this chapter"),
    ("p", "This chapter applies to everyone who works in Ellesby Council's children's services, including foster carers and the staff of the homes we run or commission. It was last amended in November 2025, when the section on our practice model was rewritten."),
    ("head", "Introduction"),
    ("p", "This policy sets out the framework within which we work with Children in Care, care leavers and their families. Our duties come principally from the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "The chapter is written for practitioners, but we have tried to write it so that the children and families we work with can read it too."),
    ("table", [
        ["Key facts"],
        ["Chapter owner", "Assistant Director, Children's Social Care"],
        ["Permanence plan", "Within 4 months of a child coming into care"],
        ["Personal adviser", "To age 21, or to 25 for anyone in education or training"],
        ["Corporate Parenting Panel", "Meets every six weeks"],
    ]),
    ("head", "Why this matters to us"),
    ("p", "Every child in Ellesby deserves a childhood that prepares them for a good adult life. For Children in Care that depends on us: on the homes we find, the schools we choose and the people we keep in their lives."),
    ("head", "Working together across Ellesby"),
    ("p", "We cannot give children what they need on our own. Health visitors, teachers, youth workers, police officers and the voluntary sector all work with us under the arrangements agreed by the Ellesby Safeguarding Children Partnership, and we expect every agency to take its share of the work."),
    ("head", "Our promise as corporate parents"),
    ("p", "As corporate parents, the council's members and officers will:"),
    ("b", "act in the best interests of each child and young person, and promote their health and well-being;"),
    ("b", "encourage them to say what they think and feel;"),
    ("b", "take their views into account in every decision;"),
    ("b", "help them to use the services that are there for them;"),
    ("b", "expect great things of them and help them to achieve them;"),
    ("b", "keep them safe and give them stable homes, relationships and education;"),
    ("b", "prepare them well for adult life."),
    ("head", "The way we work with families"),
    ("p", "Ellesby has adopted the Family Partnership Model across children's services. Workers are trained to build a genuine partnership with parents, to understand the family's own view of its difficulties and to agree goals with them rather than impose them."),
    ("head", "A family for every child"),
    ("p", "We want every child who cannot return home to know where they will grow up. A permanence plan is agreed within four months of a child coming into care, and brothers and sisters are kept together wherever that is right for them."),
    ("head", "Standing by young people as they grow up"),
    ("p", "Young people who leave our care have a personal adviser until they are 21, or until they are 25 if they are in education or training. They may stay with their foster carers beyond 18, and our leaving care team helps them to find and keep a home of their own."),
    ("head", "Confidentiality"),
    ("p", "Records are kept securely and shared only with those who need to know. Children and young people are told who will see what they tell us, and why."),
]

STALLINGFORD: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h1", "About this chapter"),
    ("p", "This chapter is for everyone who works with Cared for Children in Stallingford, whether employed by the council, by a partner agency or by a provider we commission."),
    ("p", "Amended: June 2026. The section on young people leaving care was rewritten after the council refreshed its local offer, and the list of legislation was brought up to date."),
    ("h1", "The legal framework"),
    ("p", "This policy sets out the framework within which Stallingford's services for children are delivered. It is based on the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Data Protection Act 2018"),
    ("h1", "Why this matters to us"),
    ("p", "We want every Cared for Child in Stallingford to have a settled home, someone who will always be there for them, and the chance to become whatever they want to be."),
    ("h1", "How we work"),
    ("p", "Children's services are only one of the agencies in a child's life. We plan with schools, GPs, health visitors, the police and housing through the Stallingford Children's Partnership, and we agree with them who will do what and by when."),
    ("p", "When agencies disagree about a child, practitioners raise it with their managers quickly, using the partnership's escalation procedure, rather than letting the disagreement hold up the child's plan."),
    ("p", "Underneath all of this sit the values we ask of every member of staff. We are honest with families about our concerns, we listen before we decide, and we treat every child as an individual with their own history, culture and faith."),
    ("p", "We also expect staff to be curious and persistent. A child who seems to be doing well can still be struggling, and we would rather ask one question too many than miss something that matters."),
    ("p", "Stallingford Council is the corporate parent of every one of its Cared for Children and care leavers. Councillors and officers are expected to know and apply the seven corporate parenting principles, and to ask of every decision whether it would be good enough for their own child."),
    ("p", "The Corporate Parenting Board, chaired by the Leader of the Council, meets quarterly and hears directly from the Children in Care Council about what needs to change."),
    ("h2", "The way we work with families"),
    ("p", "Since 2022 Stallingford has organised its social work teams around the Reclaiming Social Work model: small units led by a consultant social worker, with a clinician and a unit coordinator, who share the work with each family and meet weekly to think about it together."),
    ("h1", "Planning for children's futures"),
    ("p", "Every Cared for Child has a care plan that says what they need now and what will happen next, written in words they can understand."),
    ("h2", "A family for every child"),
    ("p", "Where a child cannot go home, the council decides no later than five months after they come into care where they will grow up permanently, whether with relatives, long-term foster carers, special guardians or adopters."),
    ("h2", "Standing by young people as they grow up"),
    ("p", "Each young person leaving care has a personal adviser until their 21st birthday, and up to their 25th birthday if they are in work-based learning. The leaving care team also helps them with housing, money and finding work."),
    ("h1", "Sharing information"),
    ("p", "We follow the Data Protection Act 2018 and the partnership's information sharing agreement. Information is shared when a child's safety or well-being depends on it, and the reasons are written down."),
]

TOLLERBY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("line", "Tollerby Borough Council \u2013 Children and Young People's Service"),
    ("box", ("What's changed", "This chapter was amended in August 2026. The section on care leavers now describes our extended offer, and the practice model section has been rewritten.")),
    ("columns", ""),
    ("head", "Introduction"),
    ("p", "This policy sets out the framework within which Tollerby's children's services work. The law behind it is the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them."),
    ("head", "Why this matters to us"),
    ("p", "Children who are looked after by Tollerby should have the same hopes, the same chances and the same people to rely on as any other child in the borough. That is the test we set for every part of this chapter."),
    ("head", "What we value"),
    ("p", "We are open with families, we keep our promises, and we do our best to keep children in touch with the people who matter to them. We value the knowledge that parents, carers and young people bring, and we say so in the way we write our records."),
    ("head", "The council as a parent"),
    ("p", "Tollerby's councillors take seriously their role as corporate parents and apply the seven corporate parenting principles[^1] to every decision that affects children who are looked after and care leavers."),
    ("head", "The way we work with families"),
    ("p", "Our practice model is Safe and Together. Where domestic abuse is part of a family's life, workers partner with the parent who is being harmed, hold the person causing the harm to account for their behaviour, and keep the child's experience at the centre of the plan."),
    ("head", "A family for every child"),
    ("p", "A child who comes into our care has a plan for permanence agreed within four months[^2], and each review checks that the plan is being carried out without delay."),
    ("head", "Standing by young people as they grow up"),
    ("p", "Care leavers have a personal adviser until they are 21, and until they are 25 if they are in full-time education. Our local offer sets out the financial help, housing support and council tax exemption they are entitled to."),
    ("head", "Information sharing"),
    ("p", "Information about a child is shared on a need-to-know basis, in line with data protection law, and the child is told what has been shared unless that would put them at risk."),
]

TOLLERBY_NOTES = {
    1: "The principles are set out in section 1 of the Children and Social Work Act 2017.",
    2: "Four months is also when the child's second statutory review is held.",
}
# fmt: on


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbered_heading_styles(document: Any) -> None:
    """A multilevel list linked to Heading 1 and Heading 2, as Word's "1 Heading 1, 1.1 Heading
    2" list style writes it: each level names its style, each style names the list."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="40"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = next(iter(numbering.findall(qn("w:num"))), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {W} w:numId="40"><w:abstractNumId w:val="40"/></w:num>'))
    for level, name in enumerate(("Heading 1", "Heading 2")):
        num_pr = document.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        if level:
            num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = 40


def _council_heading_style(document: Any) -> str:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    style = document.styles.add_style("CYP Section Head", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(12)
    style.font.bold = True
    style.font.color.rgb = RGBColor(0x00, 0x5A, 0x70)
    style.paragraph_format.space_before = Pt(12)
    style.paragraph_format.keep_with_next = True
    return style.name


def _table(document: Any, rows: list[list[str]]) -> None:
    width = max(len(row) for row in rows)
    table = document.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            merged.paragraphs[0].add_run(row[0]).bold = True
        else:
            for cell, value in zip(cells, row, strict=True):
                cell.text = value


def _text_box(document: Any, label: str, text: str) -> None:
    """A floating text box anchored in its own paragraph, as Word 2010 and later save one: the
    DrawingML shape and the VML fallback for older readers, both holding the same paragraphs."""
    from docx.oxml import parse_xml

    inner = (
        f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{label.replace('&', '&amp;')}</w:t></w:r></w:p>"
        f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )
    run = parse_xml(
        f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
        ' xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>91440</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5600700" cy="830580"/><wp:effectExtent l="0" t="0" r="19050" b="26670"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5600700" cy="830580"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="E8F1F4"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="005A70"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:7.2pt;width:441pt;height:65.4pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" fillcolor="#e8f1f4" strokecolor="#005a70">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    document.add_paragraph()._p.append(run)


def _section_break(document: Any, kind: str, columns: int) -> None:
    """Close the body so far as a section of its own: its sectPr (copied from the document's
    final one) goes into the last paragraph, as Word writes a section break."""
    import copy

    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    body = document.element.body
    final = body.find(qn("w:sectPr"))
    closing = copy.deepcopy(final)
    for old in closing.findall(qn("w:type")) + closing.findall(qn("w:cols")):
        closing.remove(old)
    closing.insert(0, parse_xml(f'<w:type {W} w:val="{kind}"/>'))
    last = document.paragraphs[-1]._p if kind == "nextPage" else document.add_paragraph()._p
    last.get_or_add_pPr().append(closing)
    if columns > 1:
        for old in final.findall(qn("w:cols")):
            final.remove(old)
        final.insert(len(final) - 1, parse_xml(f'<w:cols {W} w:num="{columns}" w:space="567"/>'))
        final.insert(0, parse_xml(f'<w:type {W} w:val="continuous"/>'))


def _footnotes(document: Any, notes: dict[int, str]) -> None:
    """A footnotes part as Word writes it (separator notes -1 and 0, then the notes), related
    to the main document; python-docx reads and writes the part but has no API for notes."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for number, text in sorted(notes.items())
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {W}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        CONTENT_TYPE.WML_FOOTNOTES,
        xml.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _paragraph_with_notes(document: Any, text: str) -> None:
    import re

    from docx.oxml import parse_xml

    paragraph = document.add_paragraph()
    for piece in re.split(r"(\[\^\d+\])", text):
        mark = re.fullmatch(r"\[\^(\d+)\]", piece)
        if mark:
            paragraph._p.append(
                parse_xml(
                    f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{mark[1]}"/></w:r>'
                )
            )
        elif piece:
            paragraph.add_run(piece)


def _word(
    blocks: list[Block], numbered: bool = False, notes: dict[int, str] | None = None
) -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    if numbered:
        _numbered_heading_styles(document)
    heading_style = None
    if any(kind == "head" for kind, _ in blocks):
        heading_style = _council_heading_style(document)
    for kind, payload in blocks:
        if kind == "title":
            document.add_paragraph(payload, style="Title")
        elif kind == "line":
            document.add_paragraph(payload).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            document.add_heading(payload, level=1)
        elif kind == "h2":
            document.add_heading(payload, level=2)
        elif kind == "head":
            document.add_paragraph(payload, style=heading_style)
        elif kind == "b":
            document.add_paragraph(payload, style="List Bullet")
        elif kind == "table":
            _table(document, payload)
        elif kind == "box":
            _text_box(document, *payload)
        elif kind == "break":
            document.add_paragraph()
            _section_break(document, "nextPage", 1)
        elif kind == "columns":
            _section_break(document, "continuous", 2)
        else:
            _paragraph_with_notes(document, payload)
    if notes:
        _footnotes(document, notes)
    return saved_docx(document)


def _note(blocks: list[Block], about: str, numbered: bool, notes: dict[int, str] | None) -> str:
    """The text a reader sees, as markdown: the heading numbers Word draws are shown, the text
    box's words where it stands, and the footnotes after the body."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    counters = [0, 0]
    previous = ""
    for kind, payload in blocks:
        if previous == "b" and kind != "b":
            lines.append("")
        if kind == "title":
            lines += [f"# {payload}", ""]
        elif kind in ("h1", "h2", "head"):
            prefix = ""
            if numbered and kind == "h1":
                counters = [counters[0] + 1, 0]
                prefix = f"{counters[0]}. "
            elif numbered and kind == "h2":
                counters[1] += 1
                prefix = f"{counters[0]}.{counters[1]} "
            lines += [("### " if kind == "h2" else "## ") + prefix + payload, ""]
        elif kind == "b":
            lines.append(f"- {payload}")
        elif kind == "table":
            lines += [" | ".join(row) for row in payload] + [""]
        elif kind == "box":
            lines += [f"> **{payload[0]}**", ">", f"> {payload[1]}", ""]
        elif kind in ("line", "p"):
            lines += [payload, ""]
        previous = kind
    for number, text in sorted((notes or {}).items()):
        lines.append(f"[^{number}]: {text}")
    return "\n".join(lines).rstrip("\n") + "\n"


# fmt: off
FILES: dict[str, tuple[list[Block], str, bool, dict[int, str] | None]] = {
    "24601-docx-heading-1-and-2-automatic-multilevel-numbering-linked-to-styles-sub-headings-by-meaning.docx": (PELWORTH, "Heading 1/2 numbered by a multilevel list linked to the styles", True, None),
    "24602-docx-title-page-section-logo-placeholder-document-control-table-next-page-break-heading-1.docx": (KESTRELBY, "a title-page section with a document control table, then Heading 1", False, None),
    "24603-docx-cyp-section-head-style-based-on-normal-key-facts-table-after-introduction.docx": (ELLESBY, "headings in 'CYP Section Head' (based on Normal), a key-facts table after the introduction", False, None),
    "24604-docx-heading-2-by-meaning-three-topics-under-one-heading-list-bullet-acts.docx": (STALLINGFORD, "Heading 1 and 2 by meaning, three topics under 'How we work', Acts as List Bullet", False, None),
    "24605-docx-whats-changed-text-box-two-column-section-footnotes.docx": (TOLLERBY, "a 'What's changed' text box, a two-column section, footnotes", False, TOLLERBY_NOTES),
}
# fmt: on


def main() -> None:
    for name, (blocks, about, numbered, notes) in FILES.items():
        target = HERE / name
        target.write_bytes(_word(blocks, numbered, notes))
        target.with_name(name + ".md").write_text(
            _note(blocks, about, numbered, notes), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
