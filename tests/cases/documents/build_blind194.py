# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 194th blind set's PDFs: four invented councils' adaptations of the chapter "Children's
Services Policies, Values and Principles", written for this set in our own words.

    19401  Threlkeld Moss: a python-docx file with Heading 1 styles printed to PDF by LibreOffice
    19402  Corvenham: a council web page in site chrome printed by Chromium headless, with the
           browser's own date/title header and URL/page footer lines
    19403  Astonbury Fen: HTML printed by WeasyPrint, headings told only by a larger type size
           (same weight as the body), a permanence figure stated twice (6, then 4)
    19404  Pellerby: fpdf2, headings in bold at the body size, the legislation as a table

usage: .venv/bin/python tests/cases/documents/build_blind194.py   (LibreOffice, Chromium, WeasyPrint, fpdf2)
"""

from __future__ import annotations

import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind194.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]

# fmt: off
THRELKELD_FOOTER = "Threlkeld Moss Borough Council - Children's Social Care Procedures"
THRELKELD: Blocks = [
    ("h", "Who must follow this chapter"),
    ("p", "Everyone who works in Threlkeld Moss children's social care, from duty workers to heads of service, is expected to know this chapter and to work within it. Agency staff and commissioned providers are bound by it through their contracts."),
    ("p", "The chapter was amended in August 2025, when a section on Lifelong Links was added and the list of statutes was checked."),
    ("h", "Statutory footing"),
    ("p", "What we do for children and their families rests on these Acts of Parliament:"),
    ("b", "Children Act 1989"),
    ("b", "Human Rights Act 1998"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "Most of the chapter concerns children in need and Looked After Children, whom we serve together with the rest of the council and with health, police, schools and voluntary groups."),
    ("h", "Beliefs that shape our practice"),
    ("p", "A child's welfare outweighs every other consideration, including our own convenience and budgets. We speak plainly to families, we keep our promises, and we say sorry when we get things wrong."),
    ("p", "Children are the experts on their own lives. Their wishes are written down in their own words and they are told what we decided and why."),
    ("h", "How we decide what happens next for a child"),
    ("p", "We support families early so that children can stay at home whenever that is safe. Where they cannot, we ask grandparents, aunts, uncles and family friends before we look to unrelated carers."),
    ("p", "Each Looked After Child has a permanence plan agreed at the review held five months after they came into care, and that plan sets out how the child will reach a settled home."),
    ("p", "Young people who leave our care keep a personal adviser to the age of 21, and any care leaver who wants one may keep an adviser until they are 25."),
    ("h", "A parent made of many departments"),
    ("p", "Threlkeld Moss Borough Council acts as corporate parent to every Looked After Child and care leaver. Whenever we make decisions about them, we are required by law to have regard to the need:"),
    ("n", "to act in their best interests and to promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take those views, wishes and feelings into account;"),
    ("n", "to help them gain access to and make the best use of the services we and our partners provide;"),
    ("n", "to promote high aspirations and seek the best outcomes for them;"),
    ("n", "for them to be safe and to have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Lifelong Links in Threlkeld Moss"),
    ("p", "Since 2025 every Looked After Child aged 10 or over has been offered a Lifelong Links coordinator, who searches for relatives and former carers the child has lost touch with and holds a family group conference to build a lasting network around them."),
    ("h", "The restorative way we work"),
    ("p", "Social workers in Threlkeld Moss use Restorative Practice: we work with families rather than doing things to them or for them, and we pair high challenge with high support."),
]

CORVENHAM: Blocks = [
    ("h", "What this page is for and when it changed"),
    ("p", "This page tells staff, partners and families what Corvenham Council's children's services stand for. Every other procedure in our online manual should be read alongside it. It was last reviewed and amended in February 2026."),
    ("h", "The Corvenham we are aiming for"),
    ("p", "We want every child in Corvenham to grow up safe, loved and listened to, and to leave childhood ready for the life they choose."),
    ("h", "What we value and the rules we work by"),
    ("p", "Fairness, curiosity and warmth are the values our staff are recruited, trained and supervised against."),
    ("p", "From them follow our rules of practice. Children stay with their families unless it is unsafe. A Child in Care will have a permanence plan no later than three months after the day they arrived in care. Care leavers are offered a personal adviser until they are 21, and afterwards up to 25 if they ask us."),
    ("h", "The Acts behind our duties"),
    ("p", "Our duties come from four Acts: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. We also follow Working Together to Safeguard Children."),
    ("h", "Councillors and officers as parents"),
    ("p", "Councillors and officers alike are corporate parents to Children in Care and care leavers. We keep the corporate parenting principles in mind in every decision that touches their lives, from housing allocations to council apprenticeships."),
    ("h", "Signs of Safety in Corvenham"),
    ("p", "Our practice model is Signs of Safety. Families and professionals map together what is working well, what worries them and what needs to happen next."),
    ("h", "A job shared with other agencies"),
    ("p", "Keeping children safe is a job we share with the police, the NHS, schools and community groups, through the Corvenham Safeguarding Children Partnership."),
    ("h", "Guarding children's records"),
    ("p", "We hold records about children securely and share them only when a child's safety or welfare requires it, writing down what we shared and why."),
]

ASTONBURY: Blocks = [
    ("h", "Where the chapter starts from"),
    ("p", "This chapter frames Astonbury Fen District Council's work with children, young people and families. The law and conventions that lie behind it are:"),
    ("b", "the Children Act 1989 and the Children Act 2004;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the United Nations Convention on the Rights of the Child;"),
    ("b", "the Human Rights Act 1998;"),
    ("b", "the Children and Families Act 2014."),
    ("h", "Reach and revision"),
    ("p", "The chapter covers all of our work with children in need and cared for children. It was updated in June 2025 to bring the section on care leavers into line with the council's new local offer."),
    ("h", "What guides every visit and every plan"),
    ("p", "We are curious about children's lives, we are respectful of their families, and we are persistent when things do not improve."),
    ("h", "Planning for a settled home"),
    ("p", "Within four months of a child becoming cared for, their social worker presents a permanence plan to the child's review."),
    ("h", "A lasting adviser for care leavers"),
    ("p", "Care leavers have a personal adviser up to their 21st birthday. Those who are in education, training or an apprenticeship keep the adviser until they turn 25."),
    ("h", "The duties of a corporate parent"),
    ("p", "The district council and its partners take on the role of corporate parent for every cared for child, and apply the seven corporate parenting principles set out in the Children and Social Work Act 2017."),
    ("h", "Family Safeguarding teams in the district"),
    ("p", "Astonbury Fen's practice model is Family Safeguarding: social workers share a team with adult mental health, substance misuse and domestic abuse workers so that parents get help with the problems that put their children at risk."),
    ("h", "Priorities for 2026 to 2029"),
    ("p", "Over the next three years we will recruit forty more foster carers in the district, open a second children's home, and make sure every cared for child has a permanence plan within six months of entering care."),
    ("h", "Passing on what we know"),
    ("p", "We tell families what we record about them and when we might need to share it. We share without consent only where a child would otherwise be at risk of significant harm."),
]

PELLERBY_TITLE = "Pellerby Metropolitan Borough Council: Children's Services Policies, Values and Principles"
PELLERBY: Blocks = [
    ("h", "Purpose and coverage"),
    ("p", "This chapter applies to all children's social care staff in Pellerby and to the services we buy for children looked after. Amended December 2025: the table of legislation was added."),
    ("h", "Why we do this work"),
    ("p", "We want Pellerby's children to be safe at home, successful at school and hopeful about their futures."),
    ("h", "Statutes that hand us our duties"),
    ("p", "The table below lists the Acts that give us our main duties."),
    ("t", ""),
    ("h", "Staff values"),
    ("p", "We treat every child as if they were our own, we respect families' cultures and histories, and we challenge one another when practice falls short."),
    ("h", "Rules we keep with every child"),
    ("p", "Children do best with their own families, so we work to keep them there. A child looked after will have a permanence plan within six months of coming into care. A care leaver keeps a personal adviser until 21, and until 25 on request."),
    ("h", "Pellerby's pledge as a corporate parent"),
    ("p", "Pellerby acts on the seven principles Parliament set out for corporate parents, and the Corporate Parenting Board checks twice a year how every directorate is meeting them."),
    ("h", "Motivational Social Work"),
    ("p", "Pellerby has adopted Motivational Social Work as its practice model: practitioners use empathy and careful questions to help parents find their own reasons for change."),
]

PELLERBY_TABLE = [
    ("Act", "What it requires of us"),
    ("Children Act 1989", "Support for children in need and the care of children looked after"),
    ("Children (Leaving Care) Act 2000", "Pathway plans and personal advisers for care leavers"),
    ("Children Act 2004", "Co-operation between agencies to improve children's well-being"),
    ("Children and Families Act 2014", "Staying put and the virtual school head"),
    ("Children and Social Work Act 2017", "The corporate parenting principles and the local offer"),
]
# fmt: on


def body(blocks: Blocks, heading: str = "h2") -> str:
    out: list[str] = []
    open_list = ""
    for kind, text in blocks:
        wanted = {"b": "ul", "n": "ol"}.get(kind, "")
        if open_list and open_list != wanted:
            out.append(f"</{open_list}>")
            open_list = ""
        if wanted and not open_list:
            out.append(f"<{wanted}>")
            open_list = wanted
        escaped = html.escape(text)
        if kind == "h":
            out.append(
                f'<p class="head">{escaped}</p>' if heading == "p" else f"<h2>{escaped}</h2>"
            )
        elif wanted:
            out.append(f"<li>{escaped}</li>")
        else:
            out.append(f"<p>{escaped}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def threlkeld(target: Path) -> None:
    document = new_docx()
    document.add_heading(TITLE, 0)
    for kind, text in THRELKELD:
        if kind == "h":
            document.add_heading(text, 1)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    document.sections[0].footer.paragraphs[0].text = THRELKELD_FOOTER
    docx_to_pdf(saved_docx(document), target)


def corvenham_page() -> str:
    css = """
body { font: 15px/1.5 Verdana, sans-serif; margin: 0; color: #1b1b1b; }
.skip { position: absolute; left: 6px; top: 2px; font-size: 12px; }
header.site { background: #5a2a6e; color: #fff; padding: 18px 26px 10px; }
header.site nav a { color: #fff; margin-right: 16px; font-size: 14px; }
.crumbs { font-size: 13px; padding: 8px 26px; background: #f1ecf3; }
main { padding: 10px 26px; max-width: 760px; }
h1 { font-size: 27px; } h2 { font-size: 19px; margin-top: 20px; }
footer.site { border-top: 3px solid #5a2a6e; padding: 12px 26px; font-size: 13px; }
"""
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)} - Corvenham Council</title><style>{css}</style></head><body>"
        '<a class="skip" href="#main">Skip to main content</a>'
        '<header class="site"><div><b>Corvenham Council</b></div>'
        '<nav><a href="#">Home</a><a href="#">Social care</a><a href="#">Staff procedures</a><a href="#">Search</a></nav></header>'
        '<div class="crumbs">Home &gt; Social care &gt; Staff procedures &gt; Values and principles</div>'
        f'<main id="main"><h1>{html.escape(TITLE)}</h1>\n{body(CORVENHAM)}</main>'
        '<footer class="site"><p>Accessibility | Privacy | Cookies | Report a concern about a child</p>'
        "<p>&copy; Corvenham Council 2026</p></footer></body></html>"
    )


def corvenham(target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "values-and-principles.html"
        source.write_text(corvenham_page(), encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def astonbury(target: Path) -> None:
    from weasyprint import HTML

    css = """
@page { size: A4; margin: 22mm 21mm; }
body { font: 10.5pt/1.45 'DejaVu Sans', sans-serif; }
h1 { font: normal 19pt 'DejaVu Sans'; margin: 0 0 5mm; }
p.head { font: normal 14pt 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
p, li { margin: 0 0 2mm; }
"""
    document = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>"
        f"<h1>{html.escape(TITLE)}</h1>\n{body(ASTONBURY, heading='p')}</body></html>"
    )
    HTML(string=document).write_pdf(str(target))


def pellerby(target: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):  # type: ignore[misc]
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Pdf(format="A4", unit="mm")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 12, 8))
    pdf.set_title(PELLERBY_TITLE)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, PELLERBY_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in PELLERBY:
        if kind == "h":
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        if kind == "t":
            pdf.set_font("Helvetica", "", 10)
            with pdf.table(col_widths=(60, 106), text_align="LEFT", line_height=6) as table:
                for cells in PELLERBY_TABLE:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.ln(3)
            continue
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(target))


def pellerby_blocks() -> Blocks:
    blocks: Blocks = [("title", PELLERBY_TITLE)]
    for kind, text in PELLERBY:
        if kind == "t":
            blocks += [("p", " | ".join(row)) for row in PELLERBY_TABLE]
        else:
            blocks.append((kind, text))
    return blocks


# fmt: off
DOCUMENTS = {
    "19401-pdf-lo-word-heading-styles-lifelong-links-section-seven-principles-numbered-no-vision.pdf": (
        threlkeld, [("title", TITLE), *THRELKELD],
        "python-docx with Title and Heading 1 styles, printed to PDF by LibreOffice; a footer line naming the council"),
    "19402-pdf-chromium-site-chrome-browser-lines-values-merged-with-principles-four-acts-in-prose.pdf": (
        corvenham, [("p", "Skip to main content"), ("p", "Corvenham Council"), ("title", TITLE), *CORVENHAM],
        "a council web page (skip link, menu, breadcrumb, footer links) printed to PDF by Chromium headless with the browser's header and footer lines"),
    "19403-pdf-weasyprint-size-only-headings-permanence-and-leaving-care-split-strategy-conflict.pdf": (
        astonbury, [("title", TITLE), *ASTONBURY],
        "WeasyPrint, headings told only by a larger size at the body's weight"),
    "19404-pdf-fpdf2-bold-body-size-headings-legislation-table-council-named-title.pdf": (
        pellerby, pellerby_blocks(),
        "fpdf2, headings bold at the body size, the legislation as a ruled table, a 'Page N' footer"),
}
# fmt: on


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, blocks, about) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(blocks_note(blocks, SCRIPT, about), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
