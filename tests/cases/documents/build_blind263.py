# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the binary documents of the 263rd blind set (26305-26307).

Three invented councils' whole chapters of "Children's Services Policies, Values and
Principles", written for this set in our own words:

    26305  Tollmarsh: python-docx, the chapter's name in Word's Title style, headings named by
           meaning in Heading 1, the seven corporate parenting principles as a real Word
           numbered list (List Number), Acts named in a sentence.
    26306  Wyebourne: fpdf2 with DejaVu Serif, headings set apart only by a larger bold size, a
           running header (council and manual) and a "Page N of M" footer on every page, the
           principles lettered (a)-(g), an amendment date written 28.02.2025.
    26307  Ashcott Vale: python-docx with every paragraph in Normal (the title bold 14 pt by
           direct formatting), printed to PDF by LibreOffice: no headings at all.

usage: .venv/bin/python tests/cases/documents/build_blind263.py   (needs python-docx, fpdf2 and
LibreOffice). Each binary gets a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind263.py"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# (kind, text): "title", "sub" a line under the title, "h" a heading, "p" a paragraph,
# "b" a bullet, "n" a numbered item, "a" a lettered item (typed, as "(a) ...").
Block = tuple[str, str]

# fmt: off
TOLLMARSH: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("sub", "Tollmarsh County Council \u2013 Children and Families Directorate"),
    ("p", "Latest amendment \u2013 January 2025: the section on growing up with us was brought into line with the county's refreshed care leaver offer."),
    ("h", "Before you begin"),
    ("p", "This is the opening chapter of the county's children's social care procedures. It explains the values and principles that the rest of the manual puts into practice, and it applies to every member of staff, volunteer and provider working with children on the county's behalf."),
    ("h", "The legal ground we stand on"),
    ("p", "Our duties come from the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them."),
    ("h", "A shared effort"),
    ("p", "The county council, the integrated care board and Tollmarsh Police are the safeguarding partners for the county. Schools, early years providers, district councils and voluntary groups are relevant agencies, and each of them has a part to play in noticing when a child needs help and in acting on it."),
    ("h", "What we believe"),
    ("p", "We believe that most children are best looked after by their own families, that children have a right to be heard in decisions about their lives, and that families should be treated as partners rather than as problems. We believe good practice depends on good relationships, and we give staff the time and supervision they need to build them."),
    ("h", "Being a good parent to the children we look after"),
    ("p", "Every councillor and every officer of Tollmarsh County Council shares responsibility for the children we look after. The Corporate Parenting Board reports to full council each year on how well the county has kept to the corporate parenting principles, which are that the council should:"),
    ("n", "act in the best interests of the children we look after and promote their physical and mental health and well-being;"),
    ("n", "encourage them to express their views, wishes and feelings;"),
    ("n", "take their views, wishes and feelings into account;"),
    ("n", "help them to gain access to, and make the best use of, the services of the county and its partners;"),
    ("n", "promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "make sure they are safe and have stability in their home lives, relationships and education or work;"),
    ("n", "prepare them for adulthood and independent living."),
    ("h", "How we practise"),
    ("p", "Our way of working is Family Valued. Practitioners build relationships with families through restorative conversations, family group conferences are offered to every family before a child might come into care, and the whole workforce is trained in the same approach so that families hear the same language wherever they meet us."),
    ("h", "Growing up with us"),
    ("p", "When a child cannot safely return home, a permanence plan is agreed within three months of their coming into care, and the child's Independent Reviewing Officer checks at every review that it is on track."),
    ("p", "Young people leaving care keep a personal adviser until they are 21, and until they are 25 if they come back to us and ask for help."),
    ("h", "Handling personal information"),
    ("p", "Personal information about children and their families is held securely and shared only where the law permits it and there is a clear reason. Children, parents and care leavers are told how to see what we hold about them."),
]

WYEBOURNE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter was amended on 28.02.2025 to add the section on leaving care well and to update the list of legislation."),
    ("h", "What this chapter covers"),
    ("p", "This chapter describes the values and principles on which Wyebourne Borough Council's children's social care services are built. It applies to all staff in children's services, to the foster carers and residential homes who care for Children in Care on the council's behalf, and to the organisations the council commissions to work with families."),
    ("p", "The procedures that follow it in this manual should be read with this chapter in mind. Where a procedure seems to point one way and the principles here another, managers should be asked for advice."),
    ("h", "Laws that shape our work"),
    ("p", "The council's responsibilities to children and families come chiefly from:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Care Leavers (England) Regulations 2010;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h", "Joining up around families"),
    ("p", "Wyebourne's safeguarding partners - the council, the integrated care board and the police - agree how services across the borough work together. Staff in schools, health services, housing and the voluntary sector are expected to share concerns about a child promptly and to stay involved once children's social care is working with the family."),
    ("p", "Early help is offered through the borough's four family hubs, so that most families get support without ever needing a social worker."),
    ("h", "Our commitments"),
    ("p", "We will listen to children and take what they say seriously. We will be open with families about our concerns and about what needs to change. We will treat people with respect, whatever their background, and we will challenge discrimination wherever we find it. We will learn from what children and families tell us about our services."),
    ("h", "The Council's promise to Children in Care"),
    ("p", "Wyebourne Borough Council is the corporate parent of every child in its care and of its care leavers. In carrying out its functions the council must have regard to the need:"),
    ("a", "(a) to act in their best interests and promote their physical and mental health and well-being;"),
    ("a", "(b) to encourage them to express their views, wishes and feelings;"),
    ("a", "(c) to take into account their views, wishes and feelings;"),
    ("a", "(d) to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("a", "(e) to promote high aspirations and seek to secure the best outcomes for them;"),
    ("a", "(f) for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("a", "(g) to prepare them for adulthood and independent living."),
    ("p", "The Corporate Parenting Panel, chaired by the lead member for children, meets every two months and hears directly from Children in Care through the borough's Children in Care Council."),
    ("h", "Our way of working with families"),
    ("p", "Social workers in Wyebourne use Signs of Wellbeing to assess and plan with families. Together with the family they map what is working well, what they are worried about and what needs to happen, and they scale how safe and well the child is so that progress can be seen by everyone."),
    ("h", "Where children live and grow up"),
    ("p", "Children should live with their families wherever that is safe. When they cannot, we look first to relatives and friends who know the child, then to foster care, and only then to residential care."),
    ("p", "Every child who comes into care should have a permanence plan within five months, agreed at their review, so that they know where they will grow up."),
    ("h", "Leaving care well"),
    ("p", "Care leavers have a personal adviser until their 21st birthday. The adviser stays with them until they are 25 if they are still settling into their first home of their own, and can be contacted again at any time before then."),
    ("h", "Confidentiality"),
    ("p", "The council keeps information about children and families confidential and shares it only where this is necessary to protect a child or to provide a service, and in line with data protection law. Young people are told what is recorded about them and can ask to see it."),
    ("p", "Version 1.6"),
]

ASHCOTT: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Ashcott Vale Council"),
    ("p", "We last made changes to this chapter in June 2023, when the description of our fostering service was brought up to date."),
    ("p", "This chapter rests on the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, and the procedures which follow it explain how the duties in those Acts are met in Ashcott Vale."),
    ("p", "We cannot protect children by ourselves. We work with the police, health services, schools and the voluntary sector, and we agree with them through the Ashcott Vale Safeguarding Partnership how concerns are shared and acted on."),
    ("p", "We value honesty, kindness and persistence. Children should be listened to, parents should be told clearly what we think and why, and no family should have to tell its story more than once."),
    ("p", "The whole council is the corporate parent of the children in our care and our care leavers, and all seven of the corporate parenting principles guide the decisions that councillors and officers make on their behalf."),
    ("p", "Our social workers work in a restorative way, using Restorative Practice to do things with families rather than to them or for them. Our foster carers are grouped in the Mockingbird model, with a hub carer supporting six to ten fostering households who live near one another."),
    ("p", "We always try to keep children within their own family network. For children in our care who cannot go home, a permanence plan is made within 8 months so that they know where they will grow up."),
    ("p", "Care leavers keep a personal adviser until they are 21, or until they are 25 if they are in full-time education. Advisers help with money, housing, health and work."),
    ("p", "We keep records about children and families safe. We share them with other agencies only when we must or when it will help a child, and we explain to families what we have shared."),
]
# fmt: on


def _tollmarsh() -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in TOLLMARSH:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "sub":
            document.add_paragraph(text, style="Subtitle")
        elif kind == "h":
            document.add_heading(text, level=1)
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _ashcott() -> bytes:
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document = new_docx()
    for kind, text in ASHCOTT:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(14)
    return saved_docx(document)


def _wyebourne(target: Path) -> None:
    import datetime

    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("serif", size=8.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Wyebourne Borough Council", new_x="RIGHT", new_y="TOP")
            self.set_x(self.l_margin)
            self.cell(
                0,
                5,
                "Children's Social Care Procedures Manual",
                align="R",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_text_color(0, 0, 0)
            self.ln(7)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("serif", size=8.5)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Pdf(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 28, tzinfo=datetime.UTC))
    pdf.add_font("serif", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(28, 14, 28)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()
    for kind, text in WYEBOURNE:
        if kind == "title":
            pdf.set_font("serif", "B", 17)
            pdf.multi_cell(0, 8.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("serif", "B", 12.5)
            pdf.multi_cell(0, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("b", "a"):
            pdf.set_font("serif", size=10.5)
            pdf.set_x(pdf.l_margin + 6)
            shown = "\u2022  " + text if kind == "b" else text
            pdf.multi_cell(0, 5.6, shown, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("serif", size=10.5)
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.output(str(target))


FILES = {
    "26305": "26305-docx-title-style-heading-1-meaning-headings-tollmarsh-latest-amendment-dash-month-five-acts-come-from-sentence-seven-list-number-family-valued-three-months-21-or-25-come-back-and-ask-children-we-look-after.docx",
    "26306": "26306-pdf-fpdf2-size-and-weight-headings-running-header-page-n-of-m-wyebourne-amended-on-dotted-day-six-bulleted-with-regulations-seven-lettered-signs-of-wellbeing-five-months-21-or-25-first-home-version-children-in-care.pdf",
    "26307": "26307-pdf-lo-no-headings-ashcott-vale-we-last-made-changes-month-three-acts-rests-on-sentence-all-seven-restorative-and-mockingbird-8-months-21-or-25-full-time-education-children-in-our-care.pdf",
}


def _note_blocks(blocks: list[Block]) -> list[tuple[str, str]]:
    return [("p" if kind in ("sub", "a") else kind, text) for kind, text in blocks]


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    (HERE / FILES["26305"]).write_bytes(_tollmarsh())
    _wyebourne(HERE / FILES["26306"])
    docx_to_pdf(_ashcott(), HERE / FILES["26307"])
    notes = {
        "26305": (
            TOLLMARSH,
            "python-docx, Title style, Heading 1 headings named by meaning, List Number principles",
        ),
        "26306": (
            WYEBOURNE,
            "fpdf2, headings by a larger bold size, running header and Page N of M footer",
        ),
        "26307": (
            ASHCOTT,
            "python-docx with no headings (title bold 14 pt Normal), printed to PDF by LibreOffice",
        ),
    }
    for key, (blocks, about) in notes.items():
        name = FILES[key]
        (HERE / (name + ".md")).write_text(
            blocks_note(_note_blocks(blocks), SCRIPT, about), encoding="utf-8"
        )
    for name in FILES.values():
        print("wrote", name)


if __name__ == "__main__":
    main()
