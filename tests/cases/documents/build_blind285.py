# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-eighty-fifth blind set (28501-28504): long whole chapters with no headings.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings at all (a title line over fifteen or
sixteen paragraphs), topics out of the template's order, care leavers mentioned early and their
personal adviser's age stated only near the end, and the principles of work interrupted by a
paragraph on the practice model.

- 28501 markdown (Cressford): an ATX title line, paragraphs hard-wrapped at 76 columns with blank
  lines between, the model's name in *emphasis*, a mailto link in the closing contact line.
- 28502 HTML (Elsborough): a CMS page whose chapter is <p> elements only inside a content <div>,
  the title a bold first <p>, a little site chrome (skip link, masthead with a search box,
  breadcrumb, footer) and a "Page last updated" stamp as the last <p>.
- 28503 Word (Callow Heath): python-docx, Normal paragraphs only, the title typed as one more.
- 28504 PDF (Hatherby): a Word file of Normal paragraphs with a footer (council, title, "Page N of
  M" as real PAGE/NUMPAGES fields) printed to PDF by LibreOffice (soffice --headless).

usage: python tests/cases/documents/build_blind285.py   (needs python-docx and LibreOffice)
The Word and PDF builds write a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind285.py"

Block = tuple[str, str]

# fmt: off
CRESSFORD: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles \u2013 Cressford Borough Council"),
    ("p", "This chapter is written for everyone who works with children and young people on behalf of Cressford Borough Council: social workers and their managers, family support staff, foster carers, residential workers, and the organisations from which the borough buys services. It was amended in January 2026, when the paragraph on care leavers' personal advisers was rewritten to reflect the borough's new local offer."),
    ("p", "Growing up in care should not mean growing up alone, and it should not end abruptly. Planning for adult life starts with each child in care well before their sixteenth birthday, and no young person in Cressford is asked to leave a foster home or children's home simply because they have turned eighteen."),
    ("p", "Most children are best brought up by their own families. Our first task is therefore to help parents to care for their children safely at home, with early help offered as soon as a family or a school raises a worry. When a child cannot stay at home, we look next to grandparents, aunts, uncles, older brothers and sisters and close family friends, and we support them as carers in the same way as we support foster carers."),
    ("p", "Since 2023 Cressford's social workers, family support workers and personal advisers have used *Signs of Wellbeing* as their practice model. It asks three plain questions with every family \u2013 what is working well, what are we worried about, and what needs to happen next \u2013 and it expects children's own words, drawings and scaled answers to be recorded alongside the adults'. Every new starter is trained in it during their first three months."),
    ("p", "Where a child cannot return home, the question of where they will grow up is not left open. By the time a child has been in care for six months, Cressford will have agreed a plan for permanence with them and with the adults who matter to them, whether that plan is a return home with support, a special guardianship order, long-term fostering or adoption."),
    ("p", "Children in care are the best witnesses to their own lives. Before each review their social worker visits them alone, an independent advocate is offered to every child who wants one, and the Children in Care Council meets the Director of Children's Services every term to say what should change."),
    ("p", "The duties described in this chapter come chiefly from four Acts of Parliament: the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017. Statutory guidance, including Working Together to Safeguard Children, explains how those duties are to be carried out."),
    ("p", "The 2017 Act gave a name to something the borough already believed: that the council as a whole, and not only its social workers, is the parent of the children in its care. Councillors and officers in every directorate are expected to know and apply the seven corporate parenting principles, and to ask of every decision whether they would be content with it if the child concerned were their own."),
    ("p", "Councillor Rukhsana Begg chairs the Corporate Parenting Panel, which meets six times a year. Two of its places are kept for members of the Children in Care Council."),
    ("p", "We hold ourselves to four values. We are honest, even when the news is unwelcome. We are reliable, so that a child who is promised a visit gets one. We are respectful of every family's history and culture. And we are ambitious, expecting as much of children in care as any good parent expects of their own."),
    ("p", "No agency can keep children safe on its own. The Cressford Safeguarding Children Partnership, led jointly by the council, the police and the integrated care board, sets the thresholds that every agency uses and agrees how concerns are passed between schools, health services and social care."),
    ("p", "We will know we are succeeding when children in care are settled in one home, attend school every day they can, are registered with a doctor and a dentist, have at least one adult they trust, and leave care with somewhere safe to live and something worthwhile to do."),
    ("p", "Information about children and their families is confidential. It is recorded accurately, stored securely and shared only where the law allows, where the family has agreed, or where sharing is needed to protect a child from harm. Young people can ask to see their own records, and we help them to read and understand what is there."),
    ("p", "Every care leaver in Cressford can keep a personal adviser up to their 25th birthday, whether or not they are in education, training or work. Young people may also stay with their former foster carers under Staying Put until they are 21, and the borough pays their council tax for the same period."),
    ("p", "Put simply, Cressford wants each of its children in care to feel what any child should feel: that they belong somewhere, that the adults around them are on their side, and that their future is worth looking forward to."),
    ("p", "Questions about this chapter can be sent to the Practice Development Team at [practice.development@cressford.gov.uk](mailto:practice.development@cressford.gov.uk)."),
]

ELSBOROUGH_TITLE = "Elsborough City Council \u2013 Children's Services Policies, Values and Principles"
ELSBOROUGH: list[str] = [
    "Every Looked After Child in Elsborough deserves to know, as early as it can safely be decided, where they are going to grow up. The city's standard is that a permanence plan is agreed at the latest three months after the child starts to be looked after. Drift, in which a child waits in a temporary home while adults deliberate, is treated as a harm in its own right.",
    "Wherever it is safe, that plan keeps a child with people they already know. Parents get help to make the changes that would let their child come home; relatives and family friends are assessed quickly and supported properly if they offer to care; and brothers and sisters are placed together unless there is a clear reason not to.",
    "The City Council is corporate parent to around 390 Looked After Children and to some 260 young people who have left its care. Section 1 of the Children and Social Work Act 2017 sets out the corporate parenting principles \u2013 seven in all \u2013 and the council applies them to every decision that affects those children and young people, from the allocation of school places to the design of its bus passes.",
    "In Elsborough we try to work in a way that children would recognise as fair. We listen before we decide; we say what we mean and do what we say; we treat families with courtesy even when we disagree with them; and we keep faith with children when things go wrong.",
    "Our model of practice, Common Ground, was written in 2024 with parents, young people and frontline staff. It draws on systemic and restorative ideas, and it asks practitioners to work with families rather than doing things to them or for them.",
    "Common Ground has three habits at its centre: being curious about a family's story, being clear about any worry, and building on the strengths a family already has.",
    "The Children Act 1989 remains the foundation of the council's duties to children. It has since been added to by the Adoption and Children Act 2002, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017, each of which is reflected in this chapter.",
    "Keeping children safe is work the city shares. Under Working Together to Safeguard Children 2023 the council, Elsborough Police and the integrated care board lead the local safeguarding arrangements, and schools, GPs, housing providers and voluntary groups each have a part in them.",
    "Success is measured child by child. We want Looked After Children to be healthy, to be safe from exploitation, to go to school and make progress there, to keep in touch with the people who matter to them and to leave care ready for work, study or training.",
    "Looked After Children are invited to every review of their plan and may chair it themselves if they wish. What they tell us is recorded in their own words, and if we cannot do what they ask, they are told why.",
    "Information is shared between agencies when that is needed to keep a child safe or to meet their needs, and not otherwise. Families are told what will be shared and with whom, except where telling them would put a child at risk, and every decision to share is recorded.",
    "Between now and 2028 the council will open two small children's homes inside the city, so that fewer children have to live far from their schools and friends, recruit forty more foster carers, and bring its care leavers' service together with the city's housing team under one roof.",
    "A young person who leaves care in Elsborough has a personal adviser until they are 21, and until they are 25 where they are pursuing an apprenticeship or a course of study. The adviser keeps their pathway plan up to date with them and helps with housing, money and health.",
    "Our vision is of a city in which being looked after is never the reason a child falls behind: where Looked After Children have the same chances, the same hopes and the same second chances as their classmates.",
    "This chapter applies to all staff in the Children and Families Directorate, to the city's foster carers and to the providers it commissions. Most of it is as agreed by the Cabinet in 2022; the paragraph on care leavers was changed in October 2025.",
]
ELSBOROUGH_STAMP = "Page last updated: 3 November 2025"

CALLOW_HEATH: list[Block] = [
    ("title", "Callow Heath County Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "This policy sets out the framework within which Callow Heath's children's services work with children in need, children in need of protection, cared for children and young people leaving care, and with their families. It describes what the county believes, how it wants its staff to practise and the standards it sets itself."),
    ("p", "That framework rests on three Acts: the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017."),
    ("p", "Five values are asked of everyone who works for children in the county: respect, honesty, fairness, persistence and hope. Of the five, hope is the one cared for children mention most often when they are asked what they need from the adults around them."),
    ("p", "Children are usually safest and happiest with their own families. Early help is offered as soon as a need is noticed, and a family group conference is held before any decision that a child should leave home, so that the wider family can put forward its own plan."),
    ("p", "Motivational Social Work is the county's practice model. Introduced in 2022, it equips social workers to hold honest conversations about risk while drawing out a parent's own reasons for change, and it is taught to every new social worker in their first year."),
    ("p", "For a child who cannot go home, the plan for permanence is to be confirmed no later than the end of the fourth month after they become cared for. Where care proceedings are needed, the county works to the 26 weeks set by the court, and plans are reviewed at least every six months after that."),
    ("p", "Cared for children should have a say in every decision about them. Their independent reviewing officer meets them before each review, and the Children in Care Council, Voices of Callow Heath, reports to the Corporate Parenting Board twice a year."),
    ("p", "Every elected member of the County Council is a corporate parent, and so is every chief officer. The Corporate Parenting Board, chaired by the Cabinet Member for Children and Families, meets quarterly and receives a report on the health, education and stability of cared for children at each meeting."),
    ("p", "In 2025 the Board asked every directorate to name one thing it would do for care leavers. Highways offered driving lessons, libraries free membership, and the property service a guaranteed interview for apprenticeships."),
    ("p", "The county cannot do this work alone. Callow Heath's safeguarding partners \u2013 the County Council, the integrated care board and the Chief Constable \u2013 publish joint arrangements under which schools, health services and the voluntary sector share responsibility for keeping children safe."),
    ("p", "Our vision is that every child in Callow Heath grows up safe, loved and ready for the life they want to lead, and that a cared for child's prospects are no narrower than anyone else's."),
    ("p", "Progress towards that vision is judged by a small number of outcomes: stable homes, good attendance and attainment at school, good physical and emotional health, and care leavers living in suitable homes and in education, training or work."),
    ("p", "Confidential information is shared with other agencies only where there is a lawful basis for doing so. Staff are expected to explain to children and parents what will be shared and why, and to record their reasons whenever they share without consent."),
    ("p", "These pages apply to all staff employed in the county's children's services, to agency workers and students, and to foster carers and providers acting on the council's behalf."),
    ("p", "Care leavers are supported by a personal adviser until they are twenty-one, and until they are twenty-five if they are in full-time education. The adviser helps them to find and keep a home, to manage money and to stay in touch with the people who matter to them."),
    ("p", "Amended: 2 February 2026 \u2013 paragraph on care leavers' support updated."),
]

HATHERBY: list[Block] = [
    ("title", "Hatherby Metropolitan Borough Council: Children's Services Policies, Values and Principles"),
    ("p", "\u201cDon't give up on us, and don't keep passing us on.\u201d A young person said this to the Corporate Parenting Board in 2024, and it has become a test that Hatherby applies to its own practice. Our values follow from it: we stay with children and families through difficult times, we keep the same worker with a child wherever we can, and we are honest about what we can and cannot do."),
    ("p", "Hatherby is corporate parent to 310 children looked after and to 240 young people who have left its care. The council's members and officers apply the 7 corporate parenting principles to everything they do for them, and the Corporate Parenting Board checks each year how well they have done so."),
    ("p", "Leaving care is a process, not an event. From the age of sixteen, each child looked after has a pathway plan that they help to write, and they are not expected to move on from their foster home or children's home before they feel ready."),
    ("p", "The council's duties to these children come from the Children Act 1989; the Children (Leaving Care) Act 2000; the Adoption and Children Act 2002; the Children Act 2004; the Children and Social Work Act 2017; and the Care Planning, Placement and Case Review (England) Regulations 2010."),
    ("p", "Those duties are shared in practice with partners. The Hatherby Safeguarding Children Partnership brings together the council, the police, health services and schools, and its published arrangements follow Working Together to Safeguard Children."),
    ("p", "Children should be brought up by their own families wherever that is safe. Support is offered early and for as long as it is needed, and when a child cannot live with their parents, grandparents and other relatives are considered before anyone else."),
    ("p", "Hatherby's social workers and foster carers are trained in the Trauma Recovery Model (TRM), which helps adults to understand how early harm shapes a child's behaviour and to meet a child's emotional needs before expecting changes in how they act. It has been the borough's practice model since 2021."),
    ("p", "No child should wait for a settled future. A permanence plan is made for every child looked after before they have been in care for seven months, and the Permanence Panel tracks every child whose plan is late."),
    ("p", "Children looked after are asked what they think before any decision is made about them, and they are helped to say it in the way that suits them best, whether that is face to face, through an advocate, in writing or by app."),
    ("p", "Hatherby's vision is for every child looked after to have a childhood full of ordinary good things \u2013 friends, hobbies, holidays, a place at the table \u2013 and an adulthood that is not defined by having been in care."),
    ("p", "We measure our progress by the things children would count: whether they stay in one home, whether they are doing well at school, whether they feel healthy and safe, and whether, as young adults, they have a home, an income and people to turn to."),
    ("p", "Personal information about children and families is kept securely and shared only when the law allows, in line with the UK GDPR and the Data Protection Act 2018. Where we share information without consent to protect a child, we record why."),
    ("p", "This chapter applies to everyone who works in Hatherby's children's services and to those who provide services on the council's behalf. It replaces the version issued in March 2024 and was last amended in December 2025."),
    ("p", "Care leavers have a personal adviser until they are 21, and up to 25 for any who are still working towards the goals in their pathway plan. They can also stay with their foster carers under Staying Put until 21."),
    ("p", "This document is available in large print, in Braille and in other languages on request from the Children's Services Business Support Team."),
]
HATHERBY_FOOTER = "Hatherby MBC \u2013 Policies, Values and Principles"
# fmt: on

NAMES = {
    "28501": "28501-md-atx-title-hard-wrapped-76-scope-amended-month-first-care-leavers-early-then-25-for-all-late-principles-split-by-signs-of-wellbeing-six-months-four-acts-2017-act-opens-corporate-parenting-contact-link-last.md",
    "28502": "28502-html-p-only-light-chrome-bold-title-paragraph-permanence-first-latest-three-months-seven-in-all-local-model-over-two-five-acts-in-two-sentences-strategy-care-leavers-21-or-25-late-scope-changed-month-page-last-updated.html",
    "28503": "28503-docx-normal-paragraphs-typed-title-introduction-first-three-acts-principles-split-by-motivational-social-work-fourth-month-no-principles-ages-in-words-late-amended-label-day-last-cared-for.docx",
    "28504": "28504-pdf-lo-word-footer-page-fields-quotation-opens-values-7-principles-care-leavers-early-six-items-semicolons-principles-split-by-trm-seven-months-replaces-version-amended-month-21-or-25-late-large-print.pdf",
}


def _markdown(blocks: list[Block]) -> str:
    parts = []
    for kind, text in blocks:
        if kind == "title":
            parts.append("# " + text)
        else:
            parts.append(
                textwrap.fill(text, width=76, break_long_words=False, break_on_hyphens=False)
            )
    return "\n\n".join(parts) + "\n"


def _html_page(title: str, paragraphs: list[str], stamp: str) -> str:
    body = "\n".join(f"        <p>{html.escape(text, quote=False)}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Children's Services Policies, Values and Principles - Elsborough City Council</title>
  <link rel="stylesheet" href="/themes/elsborough/css/main.css">
</head>
<body class="page-procedure">
  <a href="#content" class="skiplink">Skip to content</a>
  <div class="masthead">
    <div class="masthead__inner">
      <a href="/" class="masthead__logo"><img src="/themes/elsborough/img/logo.svg" alt="Elsborough City Council"></a>
      <form class="masthead__search" action="/search" method="get">
        <label for="q">Search this site</label>
        <input type="text" id="q" name="q">
        <button type="submit">Search</button>
      </form>
    </div>
  </div>
  <div class="crumbs">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/children">Children, families and schools</a></li>
      <li><a href="/children/procedures">Children's social care procedures</a></li>
    </ol>
  </div>
  <div class="wrapper">
    <div id="content" class="content">
        <p><strong>{html.escape(title, quote=False)}</strong></p>
{body}
        <p>{html.escape(stamp, quote=False)}</p>
    </div>
  </div>
  <div class="footer">
    <ul>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/cookies">Cookies</a></li>
    </ul>
    <p>&copy; Elsborough City Council</p>
  </div>
</body>
</html>
"""


def _simple_field(paragraph: object, instruction: str) -> None:
    """A PAGE or NUMPAGES field as Word writes a simple one (w:fldSimple), its last value shown."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)  # type: ignore[attr-defined]


def _word(blocks: list[Block], footer: str | None = None) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for _kind, text in blocks:
        document.add_paragraph(text)
    if footer is not None:
        line = document.sections[0].footer.paragraphs[0]
        line.add_run(footer + "\tPage ")
        _simple_field(line, "PAGE")
        line.add_run(" of ")
        _simple_field(line, "NUMPAGES")
    return saved_docx(document)


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    (HERE / NAMES["28501"]).write_text(_markdown(CRESSFORD), encoding="utf-8")
    (HERE / NAMES["28502"]).write_text(
        _html_page(ELSBOROUGH_TITLE, ELSBOROUGH, ELSBOROUGH_STAMP), encoding="utf-8"
    )
    word = HERE / NAMES["28503"]
    word.write_bytes(_word(CALLOW_HEATH))
    word.with_name(word.name + ".md").write_text(
        blocks_note(CALLOW_HEATH, SCRIPT, "python-docx, Normal paragraphs only, typed title"),
        encoding="utf-8",
    )
    pdf = HERE / NAMES["28504"]
    docx_to_pdf(_word(HATHERBY, HATHERBY_FOOTER), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        blocks_note(
            HATHERBY,
            SCRIPT,
            "a Word file of Normal paragraphs with a page-numbered footer printed to PDF by LibreOffice",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
