# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the sixty-seventh blind set (6705, 6706).

6705 is a Word file whose chapter opens, under its title, with two un-headed stretches (a scope
with its amendment note, then the law), goes on under "Heading 1" headings some numbered and
some in sentence case with no number, loses one heading (the strategy follows on under the
outcomes), and closes with contacts, related documents and a version line under no heading.
6706 is a Word document printed to PDF by LibreOffice headless, with a running footer, whose
headings are short bold lines ending in a colon; an un-headed scope opens it, one heading's
section runs on into two further topics, and an un-headed amendment history closes it. Both
chapters are written for this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind67.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
LENTHORPE_VALE = [
    ("title", "Policies, Values and Principles"),
    ("p", "These pages are for everyone who works in Lenthorpe Vale Council's services for children and families, including staff of the agencies and providers we commission. The chapter was reviewed and amended in June 2025, when the outcomes and the principles of our work were rewritten with young people from the Children in Care Council."),
    ("p", "Our work with children rests on the law, chiefly:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Working together"),
    ("p", "We cannot safeguard children on our own. The Lenthorpe Vale Safeguarding Partnership joins the council, health services and the police in one set of arrangements, and schools, early years settings and voluntary groups are part of it. Practitioners from every agency are expected to share concerns early and to work to a single plan for each child."),
    ("h", "1. What we believe"),
    ("p", "We believe that children are best brought up by their own families, that families are the experts in their own lives, and that every child deserves adults who are kind, fair and reliable. These beliefs guide how we speak to families, how we record our work and how we treat one another."),
    ("h", "2. Corporate parenting"),
    ("p", "The council is the corporate parent of every Child in Care in Lenthorpe Vale. Members and officers apply the seven corporate parenting principles in every decision about these children, asking of each one whether it is good enough for their own child. The Corporate Parenting Board, chaired by the Leader of the Council, meets every quarter and hears directly from young people."),
    ("h", "3. Our practice model"),
    ("p", "Our practice model is Family Valued. It is built on restorative principles: we work with families rather than doing things to them, we use family group conferences to let families make their own plans, and we measure our success by the strength of the relationships around each child."),
    ("h", "Outcomes"),
    ("p", "Young people told us what matters to them. We want them to feel safe where they live, to be healthy, to get the education and qualifications they are capable of, to keep in touch with the people who matter to them, and to have a home and a job or course when they leave care."),
    ("p", "The Children and Young People's Strategy 2025 to 2028 sets three priorities for the service: to help families earlier, to find a local home for every child who needs one, and to keep a stable and skilled workforce. Progress against the strategy is reported to Cabinet every six months."),
    ("h", "4. Principles of our work"),
    ("p", "We help families before their difficulties become crises. When a child cannot live safely at home we look first to the wider family and friends. Every Child in Care has a plan for permanence agreed within four months of coming into care. Care leavers are supported by a personal adviser until they are 21, and until they are 25 if they ask for that support."),
    ("h", "Confidentiality and information sharing"),
    ("p", "We keep records about children and families securely and share them only when it is lawful and necessary, following the council's data protection policy and the Safeguarding Partnership's information sharing agreement."),
    ("p", "If you have a question about this chapter, please contact the Principal Social Worker, Lenthorpe Vale Council, Council Offices, Bridge Street, telephone 01632 960 581."),
    ("p", "Related documents: Lenthorpe Vale Safeguarding Partnership Procedures; Care Leavers' Local Offer; Children and Young People's Strategy 2025 to 2028."),
    ("p", "Version 2.1"),
]

SALLOWBY = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter applies to all staff working in Sallowby Borough Council's children's social care, from the front door to the leaving care team. It explains the legal basis for our work and the values and principles we share."),
    ("bold", "Introduction:"),
    ("p", "This policy sets out the framework within which Sallowby Borough Council discharges its duties to children and young people. The main statutes are:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Social Work Act 2017"),
    ("bold", "Shared responsibility:"),
    ("p", "Safeguarding children is the shared responsibility of every agency in Sallowby. The council, the police and the integrated care board lead the Sallowby Safeguarding Partnership, and all agencies working with children follow its multi-agency procedures and Working Together to Safeguard Children."),
    ("bold", "Values:"),
    ("p", "We are respectful, open and ambitious for children. We listen before we decide, we tell families plainly what we think, and we expect the same high standards of ourselves as we would of any parent."),
    ("bold", "Corporate parenting:"),
    ("p", "As corporate parent of its Looked After Children the council must have regard to the seven corporate parenting principles. Every councillor receives training in the role, and the Corporate Parenting Panel follows the progress of Looked After Children at school, in their health and in their homes."),
    ("p", "Our vision is a Sallowby where every child lives in a safe and loving home, where families get help as soon as they need it, and where Looked After Children have the same chances in life as any other child in the borough."),
    ("p", "We use Signs of Safety as our practice framework. It gives practitioners, families and partners one shared way of understanding risk, and it puts the family's own safety network at the centre of every plan."),
    ("bold", "Key outcomes:"),
    ("p", "We want children in Sallowby to be healthy, to be safe, to enjoy and achieve, to make a positive contribution and to achieve economic well-being."),
    ("bold", "How we work:"),
    ("p", "We work with families' strengths and keep children at home where it is safe to do so. Where a child comes into care we plan for permanence from the start, and the permanence plan is agreed within six months. Care leavers have a personal adviser up to the age of 25."),
    ("bold", "Information sharing:"),
    ("p", "Information is shared lawfully, proportionately and securely. When in doubt, practitioners ask their manager or the council's data protection officer, but a worry about sharing must never stop them acting to protect a child."),
    ("p", "For enquiries about this chapter, contact the Service Manager for Quality Assurance, Sallowby Borough Council, on 01632 960 912."),
    ("p", "This chapter should be read with the Sallowby Safeguarding Partnership's multi-agency procedures and the council's Corporate Parenting Strategy."),
    ("p", "March 2022 - chapter issued."),
    ("p", "September 2024 - chapter amended to add the vision and the practice framework."),
]

FOOTER_6706 = "Sallowby Borough Council - Children's Social Care Procedures Manual"
# fmt: on


def _docx(blocks: list[tuple[str, str]], footer: str | None = None) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    if footer is not None:
        document.sections[0].footer.paragraphs[0].text = footer
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def note(blocks: list[tuple[str, str]], about: str) -> str:
    from build_binary_tools import blocks_note

    plain = [("p", f"**{text}**") if kind == "bold" else (kind, text) for kind, text in blocks]
    return blocks_note(plain, "build_blind67.py", about)


def main() -> None:
    from build_binary import _with_fixed_zip_times
    from build_binary_tools import docx_to_pdf

    word = (
        HERE
        / "6705-docx-unheaded-scope-and-law-sentence-case-and-numbered-headings-missing-strategy-heading.docx"
    )
    word.write_bytes(_with_fixed_zip_times(_docx(LENTHORPE_VALE)))
    word.with_name(word.name + ".md").write_text(
        note(
            LENTHORPE_VALE,
            "Un-headed scope and law, Heading 1 headings numbered and not, a missing heading, un-headed close",
        ),
        encoding="utf-8",
    )
    pdf = HERE / "6706-pdf-lo-bold-colon-headings-corporate-parenting-runs-on-unheaded-history.pdf"
    docx_to_pdf(_docx(SALLOWBY, FOOTER_6706), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        note(
            SALLOWBY,
            "Bold lines ending in a colon as headings, a section running on into two topics, un-headed close; printed to PDF by LibreOffice, footer",
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
