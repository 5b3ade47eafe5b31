# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-sixteenth blind set's Word and PDF files (21601-21604): whole chapters with no headings.

Three invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set, with no headings in the body (the title line only), in orders other than
the template's, and topics that run over several paragraphs with no cue phrase.

- 21601 Word: Normal paragraphs only, the title typed as one more Normal paragraph.
- 21602 PDF: 21601's Word file printed to PDF by LibreOffice (soffice --headless --convert-to pdf).
- 21603 Word: Normal paragraphs, some opening with a bold run-in phrase ("Corporate parenting.").
- 21604 PDF: fpdf2, justified paragraphs and a bullet list of Acts (DejaVu Sans, "•" bullets).

usage: python tests/cases/documents/build_blind216.py   (needs python-docx, fpdf2 and LibreOffice)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind216.py"

# (kind, text): "title" a title typed as a Normal paragraph, "p" a Normal paragraph, "b" a bullet
# item; "r" a paragraph whose first phrase, up to and including its first full stop, is bold.
Block = tuple[str, str]

# fmt: off
THORNBRIDGE: list[Block] = [
    ("title", "Thornbridge Borough Council: Children's Services Policies, Values and Principles"),
    ("p", "Three commitments sit underneath everything we do for children in Thornbridge. We tell families the truth, including when it is hard to hear. We keep our promises, and when we cannot keep one we say so early. And we treat the people we work with as the experts in their own lives."),
    ("p", "Everyone who works in Thornbridge's children's social care, whether employed by the council, supplied by an agency or working for a provider we commission, is covered by this chapter. It was revised in February 2026, when the part about young people leaving care was rewritten."),
    ("p", "The framework for our work is set by Parliament. The Children Act 1989 gives the council its core duties to children in need and to children in care, the Children Act 2004 made local agencies cooperate to safeguard children, and the Children and Social Work Act 2017 put corporate parenting into law."),
    ("p", "As a corporate parent, Thornbridge Council must act for every child in care and every care leaver as a wise and caring parent would. Whenever councillors and officers make a decision that touches those children's lives they must keep in mind the need to act in the child's best interests and promote their health and well-being; to encourage them to say what they think, want and feel; to take those views into account; to help them find and make the best use of the services open to them; to hold high hopes for them and look for the best outcomes; to keep them safe, with stable homes, relationships, schooling and work; and to prepare them for adult life and living independently."),
    ("p", "Councillors on the Corporate Parenting Panel meet every two months with young people from the Children in Care Council, and each service director reports to the panel once a year on what their department has done for them."),
    ("p", "Wherever it is safe, children grow up with their own parents. When they cannot, we look next to grandparents, aunts, uncles, older brothers and sisters and family friends before we consider foster carers the child does not know."),
    ("p", "No child should drift. By the time a child has been in care for four months there is an agreed plan for where they will grow up, and the independent reviewing officer checks it at every review."),
    ("p", "Young people who leave our care keep a personal adviser until their 21st birthday, and until they are 25 if they want the support to carry on."),
    ("p", "Our social workers are trained in Systemic Practice. It asks them to understand a child's difficulties through the relationships around the child, and to work with the whole family network rather than with one parent at a time."),
    ("p", "What we want for Thornbridge is simple to say: children who are safe at home, who do well at school and who have adults they can count on, and children in care whose lives go as well as their classmates' do."),
    ("p", "We will know we are getting it right when fewer children need to come into care, when children in care stay in one home and one school, and when every child in care has a plan for permanence within three months of arriving."),
    ("p", "None of this can be done by the council alone. Health visitors, GPs, teachers, police officers and voluntary groups each see children we may never meet, and the Thornbridge Safeguarding Children Partnership holds all of us to the same standards."),
    ("p", "We share what we know about a child with other professionals when the child's safety or welfare depends on it, and we record each decision to share. Parents and young people can ask to see what we hold about them."),
]

ELLERDALE: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles - Ellerdale County Council"),
    ("r", "Corporate parenting. Every councillor and every senior officer in Ellerdale shares responsibility for the looked after children and care leavers to whom the county council is parent. Decisions about housing, schools, jobs and leisure are tested against one question: would this be good enough for my own child?"),
    ("p", "A Corporate Parenting Board chaired by the Leader of the council meets each quarter, and two care-experienced young people sit on it as full members with a vote."),
    ("r", "About this chapter. The chapter is written for social workers, personal advisers, family support workers and managers across Ellerdale's children's services. It was amended in September 2025 to describe the county's new practice model."),
    ("p", "This policy describes the framework within which Ellerdale's services for children are delivered. Its legal basis lies in the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("r", "Our practice model. Since the autumn of 2025 every locality team in Ellerdale has worked to the Family Safeguarding model, with specialists in domestic abuse, adult mental health and substance misuse placed alongside the social workers."),
    ("p", "Each team meets weekly to talk through its families together, and parents are asked what help they think they need before any plan is written for them."),
    ("p", "We want our work to be respectful, curious and persistent. Respectful, because families are entitled to courtesy even when we disagree with them. Curious, because the first account of a family's life is rarely the whole story. Persistent, because children cannot wait for adults to be ready."),
    ("r", "Families first. We help parents and the wider family to keep children at home wherever that is safe, and we ask relatives to step in before we look to strangers."),
    ("r", "A permanent home. Every looked after child should have a plan for a permanent home before they have spent five months in care."),
    ("r", "After care. Care leavers have a personal adviser until the age of 21, and until 25 if they are studying or in training."),
    ("p", "Ellerdale wants to be a county where every child has a safe and loving home, and where looked after children get the same chances in life as any other child growing up here."),
    ("r", "What we expect to see. More children kept safely at home, fewer moves for looked after children, better attendance and exam results, and more care leavers in education, work or training."),
    ("r", "Our plan. The Children and Families Plan 2025-2029 puts these aims into practice through three priorities: earlier help, more foster carers in the county, and a stable, well-trained workforce."),
    ("r", "Working with partners. Ellerdale's safeguarding partnership brings the county council, the integrated care board and the police together, and schools and voluntary organisations take part in its work."),
    ("p", "Information about children and families is shared in line with data protection law and the government's advice to practitioners. When in doubt, staff ask the council's data protection officer before they share."),
]

STOURWICK: list[Block] = [
    ("title", "Stourwick City Council - Children's Services Policies, Values and Principles"),
    ("p", "Stourwick should be a city where children are safe, feel they belong and are ready for adult life, and where the council's cared for children have as good a start as any child in the city."),
    ("p", "Getting there means help that arrives before problems harden, homes that last, and adults in every child's life who do not give up on them."),
    ("p", "This policy sets out the framework of law and guidance under which Stourwick's children's services work. The principal Acts are:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("p", "Keeping children safe is everybody's business. The council, the police and the health service plan the city's safeguarding arrangements together, and every school, nursery and youth group is expected to play its part."),
    ("p", "The council is corporate parent to its cared for children and to young people who have left its care. Members and officers have regard to the seven principles set out in the Children and Social Work Act 2017 whenever their decisions affect these young people, and the Corporate Parenting Committee asks each directorate to show how it has done so."),
    ("p", "Children are helped to stay with their families whenever that can be made safe, and relatives and friends are considered before anyone else when a child cannot live at home."),
    ("p", "Each cared for child has a permanence plan agreed within six months of coming into care, so that no child grows up not knowing where they will live."),
    ("p", "Care leavers are supported by a personal adviser until they are 21, and for as long as they need one after that, up to the age of 25."),
    ("p", "We ask children what they think before we decide anything about them, and the Stourwick Youth Voice group helps us shape the services they use."),
    ("p", "Our practitioners use Restorative Practice: they work with families, not to them or for them, setting high expectations and giving high support at the same time."),
    ("p", "We hold ourselves to four values. We are open about what we are doing and why. We are fair to every family. We are reliable, doing what we said we would do. And we are ambitious for every child."),
    ("p", "Success for us means cared for children who are healthy, settled in school, in touch with the people who matter to them, and leaving care with a home, a job or a course, and someone to call."),
    ("p", "Confidential information is shared with other agencies only where the law allows it and a child's welfare requires it, and families are told what will be shared unless that would put a child at risk."),
    ("p", "This chapter applies to everyone working in Stourwick's children's services and in the services the council commissions for children. It was brought up to date in November 2025."),
]
# fmt: on


def _run_in(paragraph_text: str) -> tuple[str, str]:
    """A run-in paragraph's bold lead (up to and including its first full stop) and the rest."""
    lead, rest = paragraph_text.split(". ", 1)
    return lead + ".", " " + rest


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "r":
            lead, rest = _run_in(text)
            paragraph = document.add_paragraph()
            paragraph.add_run(lead).bold = True
            paragraph.add_run(rest)
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _fpdf(blocks: list[Block], target: Path) -> None:
    from fpdf import FPDF

    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 11, 20))
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(24, 22, 24)
    pdf.add_font("DejaVu", "", str(font_dir / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(font_dir / "DejaVuSans-Bold.ttf"))
    pdf.set_title(blocks[0][1])
    pdf.add_page()
    previous = ""
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "b":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(5, 5, "\u2022")
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            if previous == "b":
                pdf.ln(2.5)
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        previous = kind
    pdf.output(str(target))


# fmt: off
FILES: dict[str, tuple[list[Block], str]] = {
    "21601-docx-normal-paragraphs-typed-title-values-first-topics-over-several-paragraphs.docx": (THORNBRIDGE, "Normal paragraphs only, typed title"),
    "21602-pdf-lo-normal-paragraphs-typed-title-values-first-topics-over-several-paragraphs.pdf": (THORNBRIDGE, "21601's Word file printed to PDF by LibreOffice"),
    "21603-docx-bold-run-in-phrases-corporate-parenting-first-some-paragraphs-unmarked.docx": (ELLERDALE, "Normal paragraphs, some with a bold run-in phrase, typed title"),
    "21604-pdf-fpdf2-justified-acts-as-bullets-vision-first-scope-last.pdf": (STOURWICK, "fpdf2, justified paragraphs, a bullet list of Acts"),
}
# fmt: on


def _note_blocks(blocks: list[Block]) -> list[tuple[str, str]]:
    """The blocks as blocks_note knows them: a run-in paragraph shows its lead in bold."""
    shown: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "r":
            lead, rest = _run_in(text)
            shown.append(("p", f"**{lead}**{rest}"))
        else:
            shown.append((kind, text))
    return shown


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    for name, (blocks, about) in FILES.items():
        target = HERE / name
        if name.startswith("21604"):
            _fpdf(blocks, target)
        elif target.suffix == ".pdf":
            docx_to_pdf(_word(blocks), target)
        else:
            target.write_bytes(_word(blocks))
        target.with_name(name + ".md").write_text(
            blocks_note(_note_blocks(blocks), SCRIPT, about), encoding="utf-8"
        )
        print("wrote", target.name)


if __name__ == "__main__":
    main()
