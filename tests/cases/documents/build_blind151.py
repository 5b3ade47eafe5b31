# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 151st blind set (15101-15104): four whole chapters of invented councils with no
headings in the body, only a title, as councils keep them in Word and PDF.

    15101  Word, Normal style throughout; the title a larger bold run in a Normal paragraph;
           paragraphs out of the template's order.
    15102  Word, Shift+Enter line breaks inside paragraphs; the corporate parenting principles
           a real Word numbered list (List Number).
    15103  a Word file like 15101 (Normal style, bold title run), justified, printed to PDF by
           LibreOffice headless with a running footer "Page N of M".
    15104  fpdf2, two pages; paragraphs told apart only by the indent of their first line (no
           space between them).

All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind151.py   (python-docx, LibreOffice, fpdf2)
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx, word_field  # noqa: E402

SCRIPT = "build_blind151.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]

# fmt: off
BRACKENHOLT: Blocks = [
    ("p", "We are honest with families about what worries us, we keep the promises we make to children, and we treat every parent and carer with courtesy even when we disagree with them."),
    ("p", "Brackenholt Council as a whole is the corporate parent of every child in its care. Councillors and officers alike are expected to ask of each decision whether it would be good enough for a child of their own, and to apply the seven corporate parenting principles in everything they do."),
    ("p", "This policy sets out the framework within which we support children and their families. It draws on the Children Act 1989, the Children Act 2004, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017, and it applies to children in need, children in care and young people who have left our care."),
    ("p", "Our practitioners use the Signs of Safety approach, mapping with each family what is working well, what we are worried about and what needs to happen next."),
    ("p", "This chapter covers all staff of Brackenholt Children's Services and anyone who provides a service on our behalf. It was last amended in September 2025."),
    ("p", "Wherever it is safe, children should grow up within their own family or wider network. Each child in care should have an agreed plan for permanence by the time they have been with us for four months."),
    ("p", "Our care leavers keep a personal adviser up to their 21st birthday, and anyone who wants that help to continue can keep it until they turn 25."),
    ("p", "Protecting children is a task we share with schools, health services, the police and the voluntary sector, working together as Working Together to Safeguard Children 2023 describes."),
    ("p", "Personal information about children and families is kept confidential and shared only when the law permits it and it is needed to keep a child safe."),
]

WENDLECOMBE: Blocks = [
    ("p", "This chapter applies to everyone working in Wendlecombe's children's services.\nIt was amended in March 2026 to reflect revised statutory guidance."),
    ("p", "This policy sets out the framework for our work with children, young people and their families.\nIt is based on the Children Act 1989, the Children Act 2004, the Adoption and Children Act 2002, the Children and Families Act 2014 and the Children and Social Work Act 2017.\nIt covers children in need, Looked After Children and care leavers."),
    ("p", "Keeping children safe is a job no agency can do alone.\nWe plan and act with our partners in health, education and the police, as Working Together to Safeguard Children 2023 requires."),
    ("p", "We value children's own voices.\nWe are open and fair with families, and we do what we say we will do."),
    ("p", "As corporate parents, the members and officers of the council will act on these principles for Looked After Children and care leavers:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to say what they think, wish and feel;"),
    ("n", "to take what they think, wish and feel into account;"),
    ("n", "to help them reach, and make the best use of, services from the council and its partners;"),
    ("n", "to raise their aspirations and seek the best outcomes for them;"),
    ("n", "to keep them safe, with stability in their homes, relationships and education or work;"),
    ("n", "to prepare them for adult life and living independently."),
    ("p", "We practise Family Safeguarding.\nSocial workers, adult mental health workers and domestic abuse specialists work side by side in one team around each family."),
    ("p", "Children are best brought up within their own families wherever that is safe.\nWhere a child cannot live at home, we secure a permanent home for them, with a permanence plan in place within three months of their becoming looked after.\nYoung people leaving care have the support of a personal adviser until they reach 21, and until 25 where they are in education or training."),
    ("p", "Information about children is shared carefully.\nWe share what is needed, with those who need it, when the law allows."),
]

ORRINSFORD: Blocks = [
    ("p", "We want every child in Orrinsford to be healthy and safe, to enjoy learning and do well at it, to make a positive contribution to their community and to be secure and independent as an adult."),
    ("p", "This policy sets out the framework within which Orrinsford's children's social care works. Its legal basis is the Children Act 1989, the Children Act 2004 and the Children and Families Act 2014. It covers children in need, Children Looked After and young people leaving care."),
    ("p", "Our vision is that Orrinsford's children grow up in safe and loving homes, and leave our care confident about their future."),
    ("p", "The council has a duty, as corporate parent, to do for the children it looks after what any good parent would do. Its councillors and officers are guided by the seven corporate parenting principles, and the Corporate Parenting Board checks twice a year that they are kept."),
    ("p", "A permanence plan for each of our Children Looked After should be in place within six months of the child's entry into care. Children should not wait for a settled home while adults debate the options."),
    ("p", "Care leavers are entitled to help from a personal adviser up to the age of 25, whatever they are doing at the time."),
    ("p", "Our staff work restoratively. Restorative Practice helps us build relationships with families that are high in support and high in challenge, so that we work with them rather than doing things to them or for them."),
    ("p", "We value curiosity, kindness and persistence. We speak plainly, we admit our mistakes and we learn from them, and we never give up on a child."),
    ("p", "Over the next three years our strategy is to grow our own foster carers, to bring children placed far away back closer to home, and to cut the number of changes of social worker a child experiences."),
    ("p", "Information about children and families is confidential. We share it with other agencies only where doing so protects a child or is otherwise allowed by law, and we record what we shared and why."),
    ("p", "This chapter applies to all staff of Orrinsford children's services. Amendments to it were made in January 2026, when the part on care leavers was rewritten."),
]

KELDERBY: Blocks = [
    ("p", "This chapter applies to all who work in Kelderby children's services, whether employed by the council or by an agency working on its behalf, and to volunteers who work directly with children. It should be read alongside the other chapters of this manual. It was last amended in November 2025."),
    ("p", "This policy sets out the framework that guides our work with children and families in Kelderby. The legislation behind it includes the Children Act 1989, the Children Act 2004, the Care Standards Act 2000, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Equality Act 2010. It applies to children in need of help and protection, to Cared for Children and to care leavers, and it describes how we expect our staff to think and act."),
    ("p", "No single service can keep children safe on its own. We share the task with schools, early years settings, health visitors, general practitioners, the police and the many voluntary groups that know our families well, and we expect our staff to pick up the telephone rather than wait for a referral form."),
    ("p", "We are respectful, honest and hopeful. We believe that most parents want the best for their children, that people can change when they are given the right help at the right time, and that children should be told the truth about their lives in words they can understand."),
    ("p", "Kelderby Council takes its role as corporate parent seriously. We want for the children we care for exactly what any good parent wants for their own: a safe home, a good education, people who stay, and someone in their corner when things go wrong."),
    ("p", "Our staff use the Safe and Together model when domestic abuse is part of a family's life. It keeps the focus on the behaviour of the person causing harm while we partner with the non-offending parent to keep the children safe and well."),
    ("p", "Children should live with their own families wherever that is safe, and with relatives or friends before strangers when it is not. Every cared for child has a permanence plan agreed no later than four months after they came into care, so that their future is never left to drift."),
    ("p", "Young people leaving our care can have a personal adviser until they are 21, and this is extended to 25 for any who ask for it. Advisers help with housing, money, education and work, and they stay in touch even when a young person seems not to want them."),
    ("p", "Children are consulted about every decision that affects them, and their wishes and feelings are written down in their own words. Where a child finds it hard to speak up, an independent advocate is offered."),
    ("p", "Our strategy for the coming three years is to support more families early, before problems reach crisis point; to find more local foster homes so that children can stay in their schools; and to keep caseloads low enough for social workers to know the children they work with."),
    ("p", "Information about children and families is shared only where it is lawful and necessary, and where possible with the family's agreement. Staff must record what they have shared, with whom and for what reason, and must ask a manager when they are unsure."),
]
# fmt: on


def _word(blocks: Blocks, justified: bool = False, footer: bool = False) -> Any:
    """A Word file of Normal paragraphs only: the title a larger bold run, a line break
    (Shift+Enter) wherever a paragraph's text holds a newline, "n" items a real numbered list."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = new_docx()
    document.core_properties.title = TITLE
    document.core_properties.created = datetime.datetime(2025, 1, 1)
    if footer:
        paragraph = document.sections[0].footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("Page ")
        word_field(paragraph, "PAGE", "1")
        paragraph.add_run(" of ")
        word_field(paragraph, "NUMPAGES", "2")
    title = document.add_paragraph()
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(16)
    for kind, text in blocks:
        paragraph = document.add_paragraph(style="List Number" if kind == "n" else None)
        lines = text.split("\n")
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break()
        if justified:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return document


def brackenholt(target: Path) -> None:
    target.write_bytes(saved_docx(_word(BRACKENHOLT)))


def wendlecombe(target: Path) -> None:
    target.write_bytes(saved_docx(_word(WENDLECOMBE)))


def orrinsford(target: Path) -> None:
    from docx.shared import Pt

    document = _word(ORRINSFORD, justified=True, footer=True)
    document.styles["Normal"].font.size = Pt(12)
    docx_to_pdf(saved_docx(document), target)


def kelderby(target: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 11, 20))
    pdf.set_title(TITLE)
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_margins(28, 25, 28)
    pdf.add_page()
    pdf.set_font("Times", "B", 17)
    pdf.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Times", "", 13)
    # the first line indented, the rest at the margin, no space between paragraphs
    with pdf.text_columns(text_align="J", l_margin=28, r_margin=28) as columns:
        for _kind, text in KELDERBY:
            with columns.paragraph(first_line_indent=9, line_height=1.45) as paragraph:
                paragraph.write(text)
    pdf.output(str(target))


FILES = {
    "15101-docx-normal-style-only-bold-title-run-reordered-signs-of-safety-four-months-21-or-25-if-wanted-children-in-care.docx": (
        brackenholt,
        BRACKENHOLT,
        "Word, Normal style throughout, the title a 16 pt bold run, paragraphs out of the template's order",
    ),
    "15102-docx-shift-enter-breaks-numbered-principles-family-safeguarding-three-months-looked-after-children.docx": (
        wendlecombe,
        WENDLECOMBE,
        "Word, Normal paragraphs with Shift+Enter line breaks (shown here as separate lines), the principles a real numbered list",
    ),
    "15103-pdf-lo-normal-style-justified-page-n-of-m-reordered-restorative-six-months-25.pdf": (
        orrinsford,
        ORRINSFORD,
        "LibreOffice PDF of a Normal-style Word file, justified, the title a bold run, footer 'Page N of M'",
    ),
    "15104-pdf-fpdf-two-pages-first-line-indents-no-spacing-safe-and-together-cared-for.pdf": (
        kelderby,
        KELDERBY,
        "fpdf2, two pages, paragraphs marked only by a first-line indent, no space between them",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / f"{name}.md").write_text(
            blocks_note([("title", TITLE), *blocks], SCRIPT, about), "utf-8"
        )
        print(name)


if __name__ == "__main__":
    main()
