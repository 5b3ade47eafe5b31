# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each, with the dashes a council types)
"""Build the PDF documents of the three-hundred-and-sixty-sixth blind set.

Three invented councils' "Policies, Values and Principles" chapters printed to PDF by WeasyPrint
in page shapes earlier PDF sets did not use, written for this set in our own words:

    36601  Hexendale (one column): every heading a bold paragraph at body size numbered "1." to
           "8." ("3. What we value"), justified text hyphenated at line ends, a running header
           naming the manual, a footer "Page N of M", footnotes at the page foot citing sections
           of the Acts, paragraphs running over the page break.
    36602  Tollerbury (a cover page, then two columns): the cover holds the chapter's title, the
           council's name and a block of version, owner and review date; the body is set in two
           columns with bold 12 pt headings, the Acts as bullets, the seven principles numbered.
    36603  Upperbrook (one column): headings numbered "1.0" to "8.0" in bold 11 pt, an amendment
           line under the title, the Acts in a two-column table (Act | What it requires) with a
           header row that runs over a page break (the header row repeated on the next page),
           justified and hyphenated text, a running header with the council and the chapter and
           a footer "Upperbrook City Council | Page N".

usage: .venv/bin/python tests/cases/documents/build_blind366.py   (needs WeasyPrint). Each built
file gets a .md note beside it.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind366.py"

NAMES = {
    "36601": "36601-pdf-weasyprint-numbered-bold-body-size-headings-hyphenated-running-header-page-n-of-m-footnotes-citing-acts-hexendale-amended-month-five-acts-sentence-seven-listed-open-doors-three-months-21-or-25-if-wanted-version-children-looked-after.pdf",
    "36602": "36602-pdf-weasyprint-cover-page-version-owner-review-block-two-columns-tollerbury-amended-day-six-acts-bulleted-seven-numbered-family-circles-four-months-21-or-25-in-education-children-in-care.pdf",
    "36603": "36603-pdf-weasyprint-decimal-numbered-headings-acts-table-over-page-break-repeated-header-row-hyphenated-upperbrook-amended-labelled-day-seven-acts-seven-in-sentence-three-anchors-six-months-21-or-25-on-request-version-lac.pdf",
}

# (kind, text): "title", "h" a heading, "p" a paragraph, "b" a bullet, "n" a numbered item,
# ("table", rows, bold_header) a table; "[^...]" inside a paragraph is a footnote.
Block = tuple[Any, ...]

# fmt: off
HEXENDALE: list[Block] = [
    ("title", "Children's Social Care: Our Policies, Values and Principles"),
    ("h", "1. About this chapter"),
    ("p", "This chapter describes the beliefs and commitments that sit underneath every other procedure in Hexendale Borough Council's manual for children's social care. It applies to social workers, team managers, family support workers, residential staff, foster carers and the independent reviewing service, and to any organisation that Hexendale pays to care for a child on its behalf. Where another chapter gives more detail, that chapter should be read in the light of this one. The chapter was amended in February 2026 to bring the section on care leavers into line with the council's new local offer."),
    ("h", "2. Where our duties come from"),
    ("p", "The council's responsibilities to children and families are set by Parliament, chiefly in the Children Act 1989, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017. Statutory guidance, including Working Together to Safeguard Children, explains how those duties should be carried out in practice, and managers make sure that staff are trained in it."),
    ("h", "3. What we value"),
    ("p", "We believe that most children are best brought up within their own families, and that families deserve help early, before problems grow. When a child cannot live at home we want them to feel wanted, not merely placed. We value honesty, so we tell children and parents plainly what we are worried about and what we are going to do. We value persistence, so we do not give up on a family because a first plan did not work. Each child looked after by the council should know the name of their social worker, be able to reach them, and be listened to about the decisions that shape their life.[^Section 22(4) of the Children Act 1989 requires the council to find out the wishes and feelings of a child it looks after before making any decision about them.] Our staff treat children's assessment records as something the child may one day read, and write them with that reader in mind."),
    ("p", "We also believe that the way we do things matters as much as what we decide. A parent who has been heard is more likely to work with us, even when they disagree with the outcome, and a child who understands why a decision was made is more likely to settle. So practitioners explain their reasoning, put it in writing, and give families time to respond. We expect managers to notice good practice and to say so, and we expect everyone to own their mistakes, apologise when we get things wrong and put them right as quickly as we can. We measure ourselves by what changes for children, not by how many forms are completed on time, although we know that timely records help children too. When resources are stretched, we are open with families about what we can and cannot provide, and we look first at what help their own network can offer before we turn to services, because those relationships usually last longer than ours. Above all, we want every child who has known Hexendale's services to look back and feel that the adults around them were on their side."),
    ("h", "4. Working with other agencies"),
    ("p", "A child's safety and progress rarely depend on one service alone. Schools, health visitors, general practitioners, the police, housing officers and voluntary groups all see children we do not, and we expect every practitioner to make contact with the others involved in a child's life rather than waiting to be asked. The Hexendale safeguarding partnership sets out how disagreements between agencies are escalated, and no referral is closed without the referrer being told what happened."),
    ("h", "5. Being a good corporate parent"),
    ("p", "Hexendale Borough Council is the corporate parent of every child it looks after and of its care leavers.[^Section 1 of the Children and Social Work Act 2017 sets out the corporate parenting principles that every English local authority must have regard to.] Councillors and officers alike must keep in mind the need:"),
    ("b", "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people"),
    ("b", "to encourage them to express their views, wishes and feelings"),
    ("b", "to take into account those views, wishes and feelings"),
    ("b", "to help them gain access to, and make the best use of, services provided by the council and its partners"),
    ("b", "to promote high aspirations and seek to secure the best outcomes for them"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work"),
    ("b", "to prepare them for adulthood and independent living"),
    ("h", "6. Open Doors"),
    ("p", "Our practitioners work in a way we call Open Doors. It means that families are invited into the room when plans are made about them, that every meeting ends with a written note in plain language, and that a family can always ask to speak to the manager of the team. Open Doors training is part of every new social worker's induction, and supervision returns to it each month."),
    ("h", "7. Principles behind our decisions"),
    ("p", "Children need to know where they will grow up. For every child who becomes looked after, a plan for permanence is agreed within three months, and the independent reviewing officer checks at each review that it is still the right plan. Where a child can safely return home, the support the family will need is written into the plan before the child goes back."),
    ("p", "Leaving care should be gradual, as it is for other young people. Every care leaver is offered a personal adviser until the age of 21, or until 25 if they want one, and a pathway plan that they help to write.[^Section 23C of the Children Act 1989, as amended by the Children and Social Work Act 2017, extends the offer of a personal adviser to care leavers up to the age of 25.] Young people are never asked to leave a foster home before they feel ready simply because they have reached a birthday."),
    ("h", "8. Keeping and sharing information"),
    ("p", "We keep records that are accurate, up to date and respectful. Information about a child or family is shared with another agency when it is needed to keep a child safe or to provide a service, and families are told what has been shared unless telling them would put a child at risk. Requests for access to records are handled by the council's information governance team within the time the law allows."),
    ("p", "Version 5.1 – approved by the Director of Children's Services"),
]

TOLLERBURY_COVER = [
    "Our Values and Principles in Work with Children in Care",
    "Tollerbury District Council",
    "Children and Families Directorate",
    "Version 2.4",
    "Owner: Head of Service, Children in Care",
    "Review due: March 2027",
]

TOLLERBURY: list[Block] = [
    ("h", "Introduction"),
    ("p", "Amended 9 December 2025."),
    ("p", "This chapter sets out the values that Tollerbury District Council expects to see in all work with children in care, with children on the edge of care and with young people who have left our care. It is written for practitioners in every team of the directorate, for the foster carers and residential workers who look after our children, and for the providers we commission."),
    ("h", "The law"),
    ("p", "Our work with children in care is governed by the following Acts of Parliament:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Data Protection Act 2018"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "What children can expect of us"),
    ("p", "Children in care tell us that what matters most is being treated as an ordinary child. We expect our staff to be reliable, to turn up when they say they will, to remember birthdays and to celebrate achievements, large and small. We respect each child's identity, including their ethnicity, religion, language, sexuality and disability, and we make sure their care reflects it. We keep brothers and sisters together wherever we can, and when we cannot, we make sure they see each other often."),
    ("h", "Partnership"),
    ("p", "The council cannot raise a child alone. We work with parents, wider family, schools, the virtual school, health partners and the police, and we expect each of them to tell us promptly when something in a child's life changes. Disagreements between professionals are resolved quickly and never at the expense of the child."),
    ("h", "Our role as corporate parent"),
    ("p", "Tollerbury District Council, its elected members and its staff share the role of corporate parent. In everything we do for children in care and care leavers we hold to seven principles:"),
    ("n", "acting in their best interests and promoting their physical and mental health and well-being;"),
    ("n", "encouraging them to express their views, wishes and feelings;"),
    ("n", "taking those views, wishes and feelings into account;"),
    ("n", "helping them to gain access to, and make the best use of, the services we and our partners provide;"),
    ("n", "promoting high aspirations and seeking the best outcomes for them;"),
    ("n", "making sure they are safe and have stability in their home lives, relationships and education or work;"),
    ("n", "preparing them for adulthood and independent living."),
    ("h", "The Family Circles model"),
    ("p", "Tollerbury practises the Family Circles model, in which the social worker maps the people who matter to a child in three circles – those who live with them, those who see them often and those who could help if asked – and uses the map to find carers, mentors and people to celebrate with. The map is updated at every review."),
    ("h", "Principles for planning"),
    ("p", "Every child in care has a permanence plan by their second review, and in any case within four months of coming into care. The plan names the child's long-term home or the steps still needed to find it. A personal adviser is offered to every care leaver up to the age of 21, and those still in education or training keep that support up to 25."),
    ("h", "Confidentiality and information"),
    ("p", "Children's information belongs to their story, and we treat it with care. We share it with partners only where it helps keep a child safe or meet their needs, we explain to children and parents what we share, and we store records securely in line with data protection law."),
]

UPPERBROOK: list[Block] = [
    ("title", "Looked After Children: Values and Principles"),
    ("p", "Last reviewed and amended: 30 June 2025"),
    ("h", "1.0 Purpose and scope"),
    ("p", "This chapter explains what Upperbrook City Council believes about the care of Looked After Children and care leavers, and the principles that follow from those beliefs. It is addressed to everyone who works in the council's children's services, including agency staff and students on placement, and to the foster carers, residential providers and supported lodgings hosts who care for children on the council's behalf. Managers are asked to go through the chapter with new staff in their first month."),
    ("p", "The chapter does not repeat the detail of individual procedures. Instead it gives the reasons behind them, so that practitioners facing a situation no procedure anticipated can still act in the way the council intends. Where a practitioner is unsure, they should discuss the question with their manager and record the decision and the reason for it on the child's file."),
    ("p", "Upperbrook has around four hundred Looked After Children at any time and a similar number of care leavers. Most live within the city or within twenty miles of it; some live further away because of their particular needs. The principles below apply to every one of them, wherever they live and whoever cares for them day to day, and to the children who are supported at home under a child protection or child in need plan where the values described here are equally relevant."),
    ("p", "The values in this chapter were shaped by Looked After Children and care leavers themselves. Members of the children in care council spent a series of evenings with senior managers describing what good care had felt like and what had let them down, and many of the phrases below are theirs. The chapter is reviewed with them every two years, and practitioners who think that something in it no longer fits the way children are cared for in Upperbrook are encouraged to say so to the principal social worker, who keeps a note of suggestions for the next review."),
    ("h", "2.0 Legislation"),
    ("p", "The Acts below set out the council's main duties. Each is summarised in a sentence; the full text is available on the government's legislation website."),
    ("table", [
        ["Act", "What it requires"],
        ["Children Act 1989", "Sets out the council's duties to children in need and to the children it looks after, including the duty to safeguard and promote their welfare."],
        ["Children (Leaving Care) Act 2000", "Requires support for young people leaving care, including a pathway plan and a personal adviser."],
        ["Children Act 2004", "Places a duty on agencies to co-operate to improve children's well-being and created the role of Director of Children's Services."],
        ["Children and Young Persons Act 2008", "Strengthened the role of the independent reviewing officer and the duty to provide sufficient local placements."],
        ["Equality Act 2010", "Prohibits discrimination and requires the council to consider the needs of people who share a protected characteristic."],
        ["Children and Families Act 2014", "Introduced Staying Put arrangements and the virtual school head for children in care."],
        ["Children and Social Work Act 2017", "Sets out the corporate parenting principles and extends personal adviser support to the age of 25."],
    ], True),
    ("h", "3.0 Our values"),
    ("p", "We want every Looked After Child in Upperbrook to have the kind of childhood a loving parent would want for their own children. That means warmth and consistency, adults who stay, the chance to try new things and to make mistakes safely, and the expectation that they will do well. We value the relationships children already have and work hard to keep them, and we value children's own views, which we seek in ways that suit their age and understanding."),
    ("h", "4.0 Shared responsibility"),
    ("p", "The welfare of Looked After Children is the responsibility of the whole council and its partners, not only of children's social care. Housing, leisure, libraries, health services, schools and colleges each have a part to play, and the Corporate Parenting Panel asks each of them to report on what they have done for children in care."),
    ("h", "5.0 Corporate parenting"),
    ("p", "The council accepts the seven corporate parenting principles in full: acting in children's best interests; encouraging them to express their views; taking those views into account; helping them use services; promoting high aspirations; keeping them safe with stable homes, relationships and education; and preparing them for adult life."),
    ("h", "6.0 Three Anchors"),
    ("p", "Practice in Upperbrook follows the Three Anchors model. The first anchor is a relationship with a trusted adult, the second is a stable place to live, and the third is a purpose, whether school, training, work or a hobby. Plans are checked against all three anchors, and a plan missing one is returned to the team for another look."),
    ("h", "7.0 Key principles"),
    ("p", "Permanence is the aim for every child. A permanence plan is made within six months of a child becoming looked after, and sooner where the court timetable requires it. Care leavers are supported by a personal adviser until they are 21, and beyond that to 25 on request."),
    ("h", "8.0 Information sharing"),
    ("p", "Information is shared lawfully, proportionately and securely. Practitioners should record what was shared, with whom and why, and should seek advice from the information governance team where the position is unclear."),
    ("p", "Version 1.3"),
]
# fmt: on

BASE_CSS = """
@page { size: A4; margin: 24mm 20mm 24mm 20mm;
  @top-center { content: "%(header)s"; font: 8pt 'DejaVu Sans'; color: #555; }
  @bottom-center { content: %(footer)s; font: 8pt 'DejaVu Sans'; color: #555; } }
body { font: 10pt/1.4 'DejaVu Serif', serif; }
p { margin: 0 0 2.2mm; hyphens: auto; text-align: justify; }
ul, ol { margin: 0 0 2.2mm; padding-left: 7mm; }
li { margin: 0 0 1mm; hyphens: auto; text-align: justify; }
.fn { float: footnote; font-size: 7.5pt; text-align: left; }
::footnote-call { font-size: 7pt; vertical-align: super; }
table { border-collapse: collapse; width: 100%%; margin: 2mm 0 3mm; }
td, th { border: 0.5pt solid #666; padding: 1.2mm 2mm; vertical-align: top; font-size: 9.5pt; text-align: left; }
th { font-weight: bold; background: #e4e4e4; }
"""


def _inline(text: str) -> str:
    """A paragraph's text as HTML, with "[^note]" made a WeasyPrint footnote."""
    out: list[str] = []
    rest = text
    while "[^" in rest:
        before, _, after = rest.partition("[^")
        note, _, rest = after.partition("]")
        out.append(html.escape(before) + f'<span class="fn">{html.escape(note)}</span>')
    out.append(html.escape(rest))
    return "".join(out)


def _body(blocks: list[Block], title_tag: str, heading_tag: str) -> str:
    parts: list[str] = []
    open_list = ""
    for block in blocks:
        kind = block[0]
        wanted = {"b": "ul", "n": "ol"}.get(kind, "")
        if open_list and open_list != wanted:
            parts.append(f"</{open_list}>")
            open_list = ""
        if wanted and not open_list:
            parts.append(f"<{wanted}>")
            open_list = wanted
        if kind == "title":
            parts.append(title_tag.format(_inline(block[1])))
        elif kind == "h":
            parts.append(heading_tag.format(_inline(block[1])))
        elif kind in ("b", "n"):
            parts.append(f"<li>{_inline(block[1])}</li>")
        elif kind == "table":
            rows = block[1]
            head = "".join(f"<th>{html.escape(cell)}</th>" for cell in rows[0])
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
                for row in rows[1:]
            )
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        else:
            parts.append(f"<p>{_inline(block[1])}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    return "\n".join(parts)


def _footer(text: str) -> str:
    return (
        '"'
        + text.replace("{page}", '" counter(page) "').replace("{pages}", '" counter(pages) "')
        + '"'
    )


def _pdf(body: str, css: str, path: Path) -> None:
    import weasyprint

    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Policies</title>'
        f"<style>{css}</style></head><body>{body}</body></html>"
    )
    weasyprint.HTML(string=document).write_pdf(str(path))


def _hexendale(path: Path) -> None:
    css = (
        BASE_CSS
        % {
            "header": "Hexendale Borough Council \u2013 Children's Social Care Procedures Manual",
            "footer": _footer("Page {page} of {pages}"),
        }
        + """
h1 { font: bold 14pt 'DejaVu Serif'; margin: 0 0 5mm; }
p.heading { font-weight: bold; margin: 3.5mm 0 1.2mm; text-align: left; break-after: avoid; }
"""
    )
    body = _body(HEXENDALE, "<h1>{}</h1>", '<p class="heading">{}</p>')
    _pdf(body, css, path)


def _tollerbury(path: Path) -> None:
    css = (
        BASE_CSS
        % {
            "header": "Tollerbury District Council \u2013 Children in Care",
            "footer": _footer("{page}"),
        }
        + """
@page :first { @top-center { content: none; } @bottom-center { content: none; } }
.cover { break-after: page; padding-top: 60mm; }
.cover .t { font: bold 22pt/1.25 'DejaVu Sans'; margin: 0 0 10mm; text-align: left; hyphens: none; }
.cover .c { font: 14pt 'DejaVu Sans'; margin: 0 0 2mm; text-align: left; }
.cover .block { margin-top: 70mm; border-top: 1pt solid #333; padding-top: 3mm; }
.cover .block p { font: 10pt 'DejaVu Sans'; margin: 0 0 1mm; text-align: left; }
.columns { columns: 2; column-gap: 8mm; }
h2 { font: bold 12pt 'DejaVu Sans'; margin: 3mm 0 1.5mm; break-after: avoid; }
"""
    )
    cover = TOLLERBURY_COVER
    cover_html = (
        '<div class="cover">'
        f'<p class="t">{html.escape(cover[0])}</p>'
        + "".join(f'<p class="c">{html.escape(line)}</p>' for line in cover[1:3])
        + '<div class="block">'
        + "".join(f"<p>{html.escape(line)}</p>" for line in cover[3:])
        + "</div></div>"
    )
    body = cover_html + '<div class="columns">' + _body(TOLLERBURY, "", "<h2>{}</h2>") + "</div>"
    _pdf(body, css, path)


def _upperbrook(path: Path) -> None:
    css = (
        BASE_CSS
        % {
            "header": "Upperbrook City Council      Looked After Children: Values and Principles",
            "footer": _footer("Upperbrook City Council | Page {page}"),
        }
        + """
h1 { font: bold 16pt 'DejaVu Sans'; margin: 0 0 2mm; }
h2 { font: bold 11pt 'DejaVu Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
body > p:nth-of-type(1) { font-style: italic; margin-bottom: 5mm; }
"""
    )
    body = _body(UPPERBROOK, "<h1>{}</h1>", "<h2>{}</h2>")
    _pdf(body, css, path)


def _note(number: str, about: str) -> str:
    from build_binary_tools import blocks_note

    if number == "36602":
        blocks: list[Block] = [("title", TOLLERBURY_COVER[0])]
        blocks += [("p", line) for line in TOLLERBURY_COVER[1:]]
        blocks += TOLLERBURY
    else:
        blocks = HEXENDALE if number == "36601" else UPPERBROOK
    plain = [
        (block[0], block[1].replace("[^", " [footnote: ")) if block[0] != "table" else block
        for block in blocks
    ]
    return blocks_note(plain, SCRIPT, about, header_rule=True)


def main() -> None:
    builds = [
        (
            "36601",
            _hexendale,
            "WeasyPrint, one column, bold body-size headings numbered 1.-8., justified and hyphenated, running header, footer 'Page N of M', three footnotes citing sections of Acts, a version line last",
        ),
        (
            "36602",
            _tollerbury,
            "WeasyPrint, a cover page (title, council, directorate, version/owner/review block, no header or footer), then two columns with bold 12 pt headings, Acts as bullets, the seven principles numbered, page-number footer",
        ),
        (
            "36603",
            _upperbrook,
            "WeasyPrint, one column, bold 11 pt headings numbered 1.0-8.0, an italic amendment line under the title, the Acts in a table with a header row that runs over a page break (header repeated), justified and hyphenated, running header with the council and chapter, footer 'Upperbrook City Council | Page N', a version line last",
        ),
    ]
    for number, build, about in builds:
        path = HERE / NAMES[number]
        build(path)
        path.with_name(path.name + ".md").write_text(_note(number, about), encoding="utf-8")


if __name__ == "__main__":
    main()
