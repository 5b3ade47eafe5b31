# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the three-hundred-and-thirty-fourth blind set.

Two invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with headings named by what their sections mean:

    33405  Cottesby Mere (Word, python-docx): a Title-style title and a service line, Heading 1
           headings, one of them ("How we work") with four Heading 2 sub-headings under it; the
           Acts a List Number list; the corporate parenting principles a two-column table with a
           header row; the amendment stated as "This revision, dated <day>, ..."; a version line
           with its next review last.
    33406  Ashby Thorne (PDF, a python-docx file printed by LibreOffice): a bold title, a typed
           contents list with dot leaders and page numbers under a "Contents" line, headings in
           Heading 1 carrying typed numbers ("3. ..."), a running header naming the council and
           the manual and a "Page N" footer (a PAGE field).

usage: .venv/bin/python tests/cases/documents/build_blind334.py   (needs python-docx and
LibreOffice). Each built file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind334.py"

# (kind, text): "title" the title, "sub" a line under it, "h" a heading (Heading 1), "h2" a
# sub-heading (Heading 2), "p" a paragraph, "b" a bulleted item, "n" a numbered item, "row" a
# table row with cells split on " | " (consecutive rows make one table, the first its header),
# "toc" a contents line (a tab and dot leaders before its page number, after " .. ").
Block = tuple[str, str]

# fmt: off
COTTESBY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("sub", "Cottesby Mere Council \u2013 Children's Social Care"),
    ("h", "Why this chapter matters"),
    ("p", "Cottesby Mere's procedures manual is long, and most of it is about how to carry out particular tasks. This chapter is different: it describes the beliefs and commitments that those tasks serve, so that practitioners can judge what to do when a procedure does not fit the family in front of them. It applies to everyone who works in or for the council's children's social care service."),
    ("p", "This revision, dated 14 April 2026, rewrote the paragraph on permanence and updated the list of legislation."),
    ("h", "The statutory footing"),
    ("p", "The service works within the following legislation:"),
    ("n", "Children Act 1989"),
    ("n", "Adoption and Children Act 2002"),
    ("n", "Children Act 2004"),
    ("n", "Children and Families Act 2014"),
    ("n", "Children and Social Work Act 2017"),
    ("p", "It covers children in need, children in need of protection, Children Looked After and care leavers, and it applies equally to disabled children and to unaccompanied children seeking asylum."),
    ("h", "Safeguarding is shared"),
    ("p", "The council, the police and the integrated care board are jointly responsible for safeguarding arrangements in Cottesby Mere, set out in the local arrangements published under Working Together to Safeguard Children 2023. Every agency that works with children has a part in them, and no worker should hold a serious concern alone: it is shared, discussed and acted on."),
    ("h", "The kind of service we want to be"),
    ("p", "We want families to describe us as honest, kind and dependable. That means telling people what we think and why, keeping appointments and promises, treating every family with the same respect whatever their background, and remembering that a child's experience of our help matters as much as its result."),
    ("h", "The council as parent"),
    ("p", "For Children Looked After, the council is a corporate parent, and every councillor and officer shares that responsibility. We apply the seven corporate parenting principles as follows:"),
    ("row", "Principle | What it means for us"),
    ("row", "Best interests, health and well-being | Each child has a health plan and a named person who checks it is followed."),
    ("row", "Expressing views, wishes and feelings | Children are helped to speak at their reviews, or to have someone speak for them."),
    ("row", "Taking those views into account | Reviews record what the child said and what difference it made."),
    ("row", "Access to services | We help children to use the council's and partners' services, from libraries to mental health support."),
    ("row", "High aspirations | We expect children to achieve and we fund what they need to do it."),
    ("row", "Safety and stability | Moves of home and school are avoided unless they are in the child's interests."),
    ("row", "Preparing for adulthood | Independence skills are taught from the age of 14."),
    ("h", "Circle of Voices"),
    ("p", "Circle of Voices is Cottesby Mere's practice model. Each assessment and plan begins with a circle of the people who matter to the child, drawn with the child where possible, and asks each of them what they see, what they fear and what they could do. Decisions are made with that circle wherever it is safe, and social workers are supported in the model through monthly group supervision."),
    ("h", "How we work"),
    ("h2", "Family before care"),
    ("p", "Where a child cannot safely stay with their parents, we first look for someone in the family or its circle of friends who can care for them, and we support those carers as we would any foster carer."),
    ("h2", "A settled future"),
    ("p", "A child who comes into care should not be left uncertain about their future. A permanence plan is made within no more than six months of their becoming looked after, and progress is checked at every review."),
    ("h2", "After care ends"),
    ("p", "Care leavers have a personal adviser until the age of twenty-one, and after that, for as long as they need us, up to twenty-five. The adviser helps them to find somewhere to live, to manage money and to stay in education or work."),
    ("h2", "Children's voices"),
    ("p", "Children and young people help to shape the service through the Children in Care Council, which meets senior managers every term and interviews candidates for senior posts."),
    ("h", "What success looks like"),
    ("p", "We will count ourselves successful when children are safe and stay safe, when they are healthy and doing well at school, when fewer of them need to be looked after, and when care leavers are in settled homes and in work, education or training."),
    ("h", "Records and privacy"),
    ("p", "Information about families is kept securely and shared only when it is needed to safeguard a child or to provide a service, and always in line with data protection law. Families are told what we record and can ask to see it."),
    ("p", "Version 3.0 \u2013 next review April 2028"),
]

ASHBY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("sub", "Ashby Thorne Council"),
    ("p", "Contents"),
    ("toc", "1. Who this chapter is for .. 1"),
    ("toc", "2. The legal basis of our work .. 1"),
    ("toc", "3. Partners in protection .. 1"),
    ("toc", "4. Guiding beliefs .. 2"),
    ("toc", "5. A parent in the council chamber .. 2"),
    ("toc", "6. Thinking in ripples .. 2"),
    ("toc", "7. Belonging somewhere .. 2"),
    ("toc", "8. Standing by care leavers .. 2"),
    ("toc", "9. Sharing what we know .. 3"),
    ("h", "1. Who this chapter is for"),
    ("p", "This chapter is for every person who works with children and families on behalf of Ashby Thorne Council, whether they are employed by us, placed with us by an agency or working for an organisation we commission. It sets out the values and principles that all our other procedures put into practice."),
    ("p", "It was amended in September 2025 to reflect the council's new arrangements for care leavers."),
    ("h", "2. The legal basis of our work"),
    ("p", "Our duties to children and families are contained mainly in the Children Act 1989, the Children Act 2004, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Care Leavers (England) Regulations 2010. The chapter covers children in need, children in need of protection, Looked After Children and young people leaving care."),
    ("h", "3. Partners in protection"),
    ("p", "Ashby Thorne's safeguarding partnership brings together the council, the police and the integrated care board with schools, colleges and community organisations. Its arrangements follow Working Together to Safeguard Children 2023. Practitioners from every agency are expected to share concerns early and to join in the plans that follow."),
    ("h", "4. Guiding beliefs"),
    ("b", "Children should be listened to and taken seriously."),
    ("b", "Families are the best place for most children to grow up."),
    ("b", "Help offered early does more good than help offered late."),
    ("b", "Everyone deserves to be treated fairly and with dignity."),
    ("h", "5. A parent in the council chamber"),
    ("p", "When a child comes into care the council becomes their corporate parent, and its members and officers must keep the seven corporate parenting principles in mind in all they decide. We will:"),
    ("b", "act in the best interests of Looked After Children and promote their health and well-being;"),
    ("b", "encourage them to say what they want and how they feel;"),
    ("b", "take their wishes and feelings into account;"),
    ("b", "help them to use the services available to them;"),
    ("b", "hold high hopes for them and seek the best outcomes;"),
    ("b", "help them to be safe and to have stable homes, relationships, schooling and work;"),
    ("b", "prepare them for adulthood and independent living."),
    ("h", "6. Thinking in ripples"),
    ("p", "Ashby Thorne's social workers practise Ripple, the council's own practice model. It asks them to consider how a change in one part of a child's life spreads to every other part, to work with the whole household and the wider network rather than with one parent alone, and to test any plan by asking who else it will touch."),
    ("h", "7. Belonging somewhere"),
    ("p", "Every child who comes into care needs to know where they will grow up. We consider a return home and care by relatives before any other option, and a permanence plan is agreed within four months of the child entering care."),
    ("h", "8. Standing by care leavers"),
    ("p", "Every care leaver in Ashby Thorne can have the support of a personal adviser up to the age of 25, whatever their circumstances. Advisers help with housing, education, employment, health and money, and young people can return for help at any point before their 25th birthday."),
    ("h", "9. Sharing what we know"),
    ("p", "Personal information is confidential and is kept securely. We share it with other agencies only where that is necessary to protect a child or to provide a service the family needs, and we keep a record of what was shared and why."),
    ("p", "Version 5.1 (approved September 2025)"),
]
# fmt: on

NAMES = {
    "33405": "33405-docx-title-style-heading-1-meaning-headings-heading-2-subheadings-under-how-we-work-principles-table-cottesby-mere-this-revision-dated-day-five-acts-list-number-circle-of-voices-six-months-21-or-25-number-words-version-children-looked-after.docx",
    "33406": "33406-pdf-lo-typed-contents-dot-leaders-numbered-heading-1-running-header-page-footer-ashby-thorne-amended-month-five-with-regulations-sentence-seven-bullets-ripple-model-four-months-25-for-all-version-looked-after-children.pdf",
}


def _word(blocks: list[Block], header: str | None) -> bytes:
    from build_binary_tools import (
        LIST_AND_HEADING_STYLES,
        add_text_table,
        new_docx,
        saved_docx,
        word_field,
    )
    from docx.enum.text import WD_TAB_LEADER
    from docx.shared import Cm, Pt

    document = new_docx()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        add_text_table(document, rows)
        rows.clear()

    for kind, text in blocks:
        if kind != "row":
            flush_table()
        if kind == "title":
            if header is None:
                document.add_heading(text, level=0)
            else:
                run = document.add_paragraph().add_run(text)
                run.bold = True
                run.font.size = Pt(18)
        elif kind == "row":
            rows.append(text.split(" | "))
        elif kind == "toc":
            entry, page = text.rsplit(" .. ", 1)
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), leader=WD_TAB_LEADER.DOTS)
            paragraph.add_run(f"{entry}\t{page}")
        else:
            document.add_paragraph(text, style=LIST_AND_HEADING_STYLES.get(kind))
    flush_table()
    if header is not None:
        document.sections[0].header.paragraphs[0].add_run(header)
        paragraph = document.sections[0].footer.paragraphs[0]
        paragraph.add_run("Page ")
        word_field(paragraph, "PAGE", "1")
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    from build_binary_tools import blocks_note

    shown: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "h2":
            shown.append(("p", "### " + text))
        elif kind == "row":
            shown.append(("p", "| " + text + " |"))
        elif kind == "toc":
            entry, page = text.rsplit(" .. ", 1)
            shown.append(("p", f"{entry} ........ {page}"))
        elif kind == "sub":
            shown.append(("p", text))
        else:
            shown.append((kind, text))
    return blocks_note(shown, SCRIPT, about)


def main() -> None:
    from build_binary_tools import docx_to_pdf

    docx_path = HERE / NAMES["33405"]
    docx_path.write_bytes(_word(COTTESBY, header=None))
    docx_path.with_name(docx_path.name + ".md").write_text(
        _note(
            COTTESBY,
            "python-docx, Title-style title, a service line in Normal, Heading 1 headings named by meaning, four Heading 2 sub-headings under 'How we work', List Number Acts, a Table Grid table of the seven principles with a bold header row, a version line last",
        ),
        encoding="utf-8",
    )
    pdf_path = HERE / NAMES["33406"]
    docx_to_pdf(
        _word(ASHBY, header="Ashby Thorne Council \u2013 Children's Services Procedures Manual"),
        pdf_path,
    )
    pdf_path.with_name(pdf_path.name + ".md").write_text(
        _note(
            ASHBY,
            "python-docx printed to PDF by LibreOffice, title bold 18 pt, a council line, a typed contents list with dot-leader tabs, Heading 1 headings with typed numbers, List Bullet lists, a running header and a 'Page N' footer with a PAGE field",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
