# ruff: noqa: E501, RUF001  (the chapters' paragraphs are kept a line each; a title keeps its en dash)
"""Build the two-hundred-and-twenty-fifth blind set (22501-22504): whole chapters with no headings.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings in the body, built by the producers
councils' files really come from:

- 22501 Word (python-docx): the only formatting a first-line indent on every body paragraph
  and a few italic sentences; topics over two to four paragraphs with no cue between them.
- 22502 PDF printed by Chromium (Playwright) from an HTML page with no headings: a bold title
  paragraph, the corporate parenting principles as an unnumbered list, the browser's own
  header (date and time, page title) and footer (address, "N/M") on every page.
- 22503 Word (python-docx): the chapter written as a letter from the director: bold title, an
  addressee line, the letter's date right-aligned, "Dear colleague,", the topics one or two
  paragraphs each, "With best wishes," and a signature.
- 22504 PDF (reportlab): justified paragraphs, each topic opened by a sentence that names it
  ("Turning to our duties as a corporate parent, ..."), a "Page N of M" footer.

usage: PYTHONPATH=/folder/with/reportlab .venv/bin/python tests/cases/documents/build_blind225.py
       (python-docx, Playwright with /usr/bin/chromium, reportlab; reportlab is not in the
       shared virtualenv: `pip install --target /tmp/somewhere reportlab`)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind225.py"

# (kind, text): "title" the title line, "p" a paragraph, "b" a list item, "r" a line set to the
# right (a letter's date), "l" a short line of a letter (addressee, greeting, signature).
# Inside a text, *…* is set in italics.
Block = tuple[str, str]

# fmt: off
HOLLINGSFORD: list[Block] = [
    ("title", "Hollingsford Borough Council – Children's Services Policies, Values and Principles"),
    ("p", "This chapter explains the beliefs and principles that shape the work of Hollingsford's children's social care service. It applies to social workers, family support workers, personal advisers, residential staff and managers, and to foster carers approved by the borough."),
    ("p", "It should be read before any of the procedures that follow it in the manual, since they assume what is said here. The chapter was reviewed and updated in October 2025."),
    ("p", "Everything in this chapter rests on statute and on the statutory guidance issued under it."),
    ("p", "The main statutes are the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008 and the Children and Families Act 2014. Where this chapter and a statute disagree, the statute prevails."),
    ("p", "*We will treat every family the way we would want our own family to be treated.* That sentence, agreed with parents who have used our services, sums up the values of the service."),
    ("p", "In practice it means being honest about our worries, explaining our decisions in language people understand, and turning up when we said we would."),
    ("p", "It also means respecting the culture, faith and identity of each child, and never letting a child's background lower what we expect for them."),
    ("p", "Since 2023 Hollingsford has used the Safe and Together model wherever domestic abuse is part of a family's story. The model keeps the child safe and together with the non-offending parent, and holds the person who causes harm to account as a parent."),
    ("p", "Every practitioner completes the core training in their first year, and supervision uses the model's mapping tools to keep the child's experience at the centre."),
    ("p", "The whole council, not only its children's services, is the corporate parent of the children looked after by Hollingsford and of its care leavers. Councillors and officers must have regard to the seven corporate parenting principles in everything they decide for these young people."),
    ("p", "*A good corporate parent asks, every time, whether this would be good enough for their own child.* The Corporate Parenting Panel, chaired by the leader of the council, meets every two months and hears directly from the Children in Care Council."),
    ("p", "Most children are best brought up within their own families. We offer help early, and we ask the wider family to step forward before we consider care."),
    ("p", "When a child cannot stay at home, grandparents, aunts, uncles and family friends are assessed first, and we support kinship carers as fully as we support foster carers."),
    ("p", "Children looked after need to know where they will grow up. A plan for permanence is agreed at the second looked after review, and never later than four months after the child became looked after."),
    ("p", "Young people leaving care have a personal adviser until the age of 21. Those who want the adviser to stay with them for longer can keep one until they are 25."),
    ("p", "Safeguarding children is everyone's business. Health visitors, school nurses, teachers, police officers and housing officers all see children we do not, and what they notice matters as much as what we notice."),
    ("p", "The Hollingsford Safeguarding Children Partnership sets out how the agencies work together, and its threshold document is used by all of them."),
    ("p", "We will judge ourselves by what changes for children: fewer children coming into care in a crisis, more children looked after doing well at school, and fewer moves between homes."),
    ("p", "For care leavers, the measures are whether they have somewhere safe to live, whether they are in education, employment or training at 19 and 21, and whether they have at least one adult they trust."),
    ("p", "Families give us personal information on trust. We keep it securely, use it only for the purpose for which it was given, and tell families what we hold about them."),
    ("p", "*When a child may be at risk of significant harm, sharing information is not optional.* Practitioners share what is necessary and proportionate, and record what they shared, with whom and why."),
]

CROWMARSH_TITLE = "Crowmarsh District Council: Children's Services Policies, Values and Principles"
CROWMARSH: list[Block] = [
    ("title", CROWMARSH_TITLE),
    ("p", "Crowmarsh wants to be a place where every child can grow up safe, loved and hopeful about their future."),
    ("p", "For the children we care for, that ambition is no smaller: we want them to have the same chances in life as any other child in the district, and the same people beside them when things go wrong."),
    ("p", "The way we work is guided by four values we agreed with staff and young people in 2024: respect, reliability, openness and hope."),
    ("p", "Respect means listening before we act. Reliability means doing what we promised. Openness means sharing our thinking with families, including when we disagree with them. Hope means believing that people can change and helping them to."),
    ("p", "The council is the corporate parent of every cared for child and care leaver in Crowmarsh. In everything it does for them it must have regard to the need:"),
    ("b", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("b", "to encourage them to say what they think, want and feel;"),
    ("b", "to take their views, wishes and feelings into account;"),
    ("b", "to help them reach and make the most of the services the council and its partners provide;"),
    ("b", "to aim high for them and to seek the best outcomes for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and for living independently."),
    ("p", "A Corporate Parenting Board of councillors, officers and young people checks every quarter how well the council is living up to these duties."),
    ("p", "The council's duties come mainly from the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the statutory guidance made under them."),
    ("p", "Our social workers practise Motivational Social Work. Conversations with families use the skills of motivational interviewing: open questions, reflective listening and drawing out a family's own reasons for change."),
    ("p", "Managers observe practice twice a year and give feedback against the model, so that it stays part of everyday work rather than a training course people once attended."),
    ("p", "Help should come early and be offered to the whole family, so that as few children as possible need to be cared for away from home."),
    ("p", "Where a child does need care, the aim is a permanent home, whether back with their parents, with relatives, through special guardianship, adoption or long-term fostering, and the permanence plan should be in place within 6 months."),
    ("p", "Care leavers can have a personal adviser until they are 21, or until 25 if they are at college, at university or on an apprenticeship. They can also stay on with their foster carers under a Staying Put arrangement."),
    ("p", "Crowmarsh's Sufficiency Strategy 2026 to 2029 plans for enough foster homes and local children's homes so that cared for children can stay close to their schools and friends."),
    ("p", "We will know that we are making a difference when fewer children come into care, when those who do are settled, and when they do as well at school as their classmates."),
    ("p", "Cared for children and care leavers will tell us themselves, through the annual Bright Spots survey, whether they feel safe, listened to and happy."),
    ("p", "Information about children and families is confidential. It is shared with other agencies when the law allows it and a child's welfare requires it, and every decision to share is written down."),
    ("p", "This page is part of Crowmarsh's online children's services procedures manual. It applies to all staff in children's social care and early help and was amended in April 2026."),
]

LYNDHOLLOW: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("l", "To: everyone working in Lyndhollow City Council's children's services"),
    ("r", "9 March 2026"),
    ("l", "Dear colleague,"),
    ("p", "I am writing to everyone in the directorate, and to the colleagues in other agencies who work alongside us, to set out the policy, values and principles on which our procedures rest. This letter replaces the earlier policy statement and is the opening chapter of our procedures manual."),
    ("p", "I ask three things of all of us. Be curious: find out what life is really like for each child. Be kind: to children, to families and to one another. Be clear: say what we are worried about and what needs to change."),
    ("p", "Our duties are set by Parliament. The Children Act 1989 remains the foundation, with the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017 building on it."),
    ("p", "Strengthening Families is now our way of working across every team. Its conferences bring families and professionals together around a single, shared plan, and its language of danger, strengths and next steps should be heard in every visit and every supervision."),
    ("p", "The city council is corporate parent to the children who are looked after by Lyndhollow and to the young people who have left its care. I want every councillor and every department to ask what a loving parent would do, and our Corporate Parenting Partnership Board, which includes young people, holds us to that question."),
    ("p", "Wherever it is safe, children should grow up with their own families, and when they cannot, with people they already know. Children who are looked after should have a permanence plan agreed within three months, so that nobody is left waiting to know where they will grow up."),
    ("p", "When young people leave care, their personal adviser stays with them until they are 21, and until 25 if they ask. No care leaver should be left without someone to call."),
    ("p", "We cannot do any of this alone. Schools, the health service, Lyndhollow Police and our voluntary sector partners share the responsibility for keeping children safe, and I expect you to work with them as equals."),
    ("p", "Success, for me, will mean children who are safe, settled and learning, and young adults who leave our care with a home, a purpose and people who care about them."),
    ("p", "Please remember that what families tell us is confidential. Share information when a child's safety or welfare depends on it, explain to families what you are sharing and why, and record each decision."),
    ("l", "With best wishes,"),
    ("l", "Priya Hallam"),
    ("l", "Director of Children's Services"),
]

OTTERMOUTH_TITLE = "Ottermouth Borough Council: Children's Services Policies, Values and Principles"
OTTERMOUTH: list[Block] = [
    ("title", OTTERMOUTH_TITLE),
    ("p", "This chapter is about what Ottermouth's children's services believe and how those beliefs guide practice. It covers all staff in children's social care and in the fostering and adoption services, and it was last amended in August 2025."),
    ("p", "As to the law, the council's responsibilities are set out principally in the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Practitioners should also follow the statutory guidance issued under these Acts."),
    ("p", "Looking ahead, our vision is of an Ottermouth in which no child grows up without someone who believes in them, and in which children in care are as proud of their childhood as anyone else."),
    ("p", "When it comes to values, three matter most to us: fairness, warmth and persistence. We are fair when we treat every family by the same standards, warm when children feel that we like them, and persistent when we refuse to give up on a young person who has given up on us."),
    ("p", "Turning to our duties as a corporate parent, the council and its partners must have regard to the seven principles set out in the Children and Social Work Act 2017 whenever they act for children in care and care leavers."),
    ("p", "How well we meet those principles is reported to the Corporate Parenting Committee each year, and young people from the Children in Care Council sit on the committee as full members."),
    ("p", "A word about how we practise: every practitioner in Ottermouth is trained in the Family Partnership Model, which rests on the relationship between helper and family. Practitioners listen first, agree goals with parents and share their expertise rather than impose it."),
    ("p", "On the question of where children should live, our starting point is that children do best with their own families, and that when they cannot live at home, their relatives and friends should be asked first."),
    ("p", "For children in care, we look for a permanent home as early as we safely can, whether that is a return home, a special guardianship order, adoption or a long-term foster family."),
    ("p", "As for young people leaving care, each has a personal adviser to the age of 21, and up to 25 if they are in education or training or simply want the help."),
    ("p", "Where partnership is concerned, the council works within the Ottermouth Safeguarding Children Partnership alongside schools, health services and the police, and expects every agency to share its concerns early."),
    ("p", "In terms of outcomes, we want children in care to be healthy, to be safe, to enjoy and achieve at school, to have a say in their lives and to be ready for adulthood."),
    ("p", "Finally, on confidentiality: personal information is shared only where the law permits and the child's welfare requires it, and the reasons for sharing are always recorded."),
]
# fmt: on

ITALIC = re.compile(r"\*([^*]+)\*")


def _runs(paragraph: Any, text: str) -> None:
    position = 0
    for match in ITALIC.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position : match.start()])
        paragraph.add_run(match[1]).italic = True
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def _indented_word(blocks: list[Block]) -> bytes:
    """Normal paragraphs, each body paragraph with a first-line indent; the title unindented."""
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Cm, Pt

    document = new_docx()
    for kind, text in blocks:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(6)
        if kind != "title":
            paragraph.paragraph_format.first_line_indent = Cm(1.25)
        _runs(paragraph, text)
    return saved_docx(document)


def _letter_word(blocks: list[Block]) -> bytes:
    """A letter: bold centred title, short lines without space after, the date set right."""
    from build_binary_tools import new_docx, saved_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    for kind, text in blocks:
        paragraph = document.add_paragraph()
        if kind == "title":
            paragraph.add_run(text).bold = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(18)
            continue
        paragraph.add_run(text)
        if kind == "r":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.space_after = Pt(10 if kind == "p" else 4)
    return saved_docx(document)


def _chromium_pdf(blocks: list[Block], title: str, address: str, target: Path) -> None:
    """An HTML page with no headings printed by Chromium with the browser's own header and
    footer: the print date and page title above, the page's address and "N/M" below."""
    from playwright.sync_api import sync_playwright

    body: list[str] = []
    open_list = False
    for kind, text in blocks:
        if kind != "b" and open_list:
            body.append("</ul>")
            open_list = False
        if kind == "title":
            body.append(f'<p class="title">{html.escape(text)}</p>')
        elif kind == "b":
            if not open_list:
                body.append("<ul>")
                open_list = True
            body.append(f"<li>{html.escape(text)}</li>")
        else:
            body.append(f"<p>{html.escape(text)}</p>")
    if open_list:
        body.append("</ul>")
    css = (
        "body { font: 12pt/1.5 'Liberation Sans', Arial, sans-serif; color: #222; }"
        " .title { font-size: 17pt; font-weight: bold; color: #1d4f7a; margin: 0 0 6mm; }"
        " p { margin: 0 0 3mm; } ul { margin: 0 0 3mm; } li { margin: 0 0 1mm; }"
    )
    page_html = (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title><style>{css}</style></head><body>" + "\n".join(body) + "</body></html>"
    )
    small = "font-size:8px;font-family:Arial,sans-serif;width:100%;margin:0 10mm;display:flex;justify-content:space-between"
    header = f'<div style="{small}"><span>06/12/2026, 09:14</span><span>{html.escape(title)}</span><span></span></div>'
    footer = f'<div style="{small}"><span>{html.escape(address)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_content(page_html)
        page.pdf(
            path=str(target), format="A4", display_header_footer=True,
            header_template=header, footer_template=footer,
            margin={"top": "15mm", "bottom": "15mm", "left": "10mm", "right": "10mm"},
        )  # fmt: skip
        browser.close()


def _reportlab_pdf(blocks: list[Block], target: Path) -> None:
    """reportlab: a bold title, justified paragraphs and a "Page N of M" footer."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle(
        "body", fontName="Times-Roman", fontSize=12.5, leading=17.5, spaceAfter=9,
        alignment=TA_JUSTIFY,
    )  # fmt: skip
    title = ParagraphStyle("title", fontName="Times-Bold", fontSize=15, leading=19, spaceAfter=12)

    class Footed(Canvas):  # type: ignore[misc]
        """Keeps every page and draws "Page N of M" on each when the document is saved."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Times-Roman", 9)
                self.drawCentredString(A4[0] / 2, 12 * mm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    story = [
        Paragraph(html.escape(text), title if kind == "title" else body) for kind, text in blocks
    ]
    doc = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
        topMargin=22 * mm, bottomMargin=22 * mm, title=blocks[0][1],
        author="policydiff test cases", invariant=1,
    )  # fmt: skip
    doc.build(story, canvasmaker=Footed)


def _note(blocks: list[Block]) -> list[tuple[str, str]]:
    return [("p" if kind in ("l", "r") else kind, text) for kind, text in blocks]


FILES: dict[str, str] = {
    "22501": "22501-docx-first-line-indents-italic-sentences-topics-over-several-paragraphs.docx",
    "22502": "22502-pdf-chromium-html-no-headings-browser-header-footer-principles-as-list.pdf",
    "22503": "22503-docx-letter-dear-colleague-date-above-greeting-signed-off.docx",
    "22504": "22504-pdf-reportlab-justified-topics-opened-by-naming-sentences.pdf",
}


def main() -> None:
    from build_binary_tools import blocks_note

    builds: list[tuple[str, list[Block], str]] = [
        ("22501", HOLLINGSFORD, "Word, first-line indents and a few italic sentences only"),
        (
            "22502",
            CROWMARSH,
            "Chromium print of an HTML page with no headings, browser header and footer",
        ),
        ("22503", LYNDHOLLOW, "Word, the chapter as a letter from the director"),
        ("22504", OTTERMOUTH, "reportlab, justified, topics opened by sentences naming them"),
    ]
    for number, blocks, about in builds:
        target = HERE / FILES[number]
        if number == "22501":
            target.write_bytes(_indented_word(blocks))
        elif number == "22502":
            _chromium_pdf(
                blocks,
                CROWMARSH_TITLE,
                "https://www.crowmarsh.gov.uk/childrens-services/policies-values-principles",
                target,
            )
        elif number == "22503":
            target.write_bytes(_letter_word(blocks))
        else:
            _reportlab_pdf(blocks, target)
        target.with_name(target.name + ".md").write_text(
            blocks_note(_note(blocks), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
