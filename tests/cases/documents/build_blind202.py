# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the two-hundred-and-second blind set: three whole
children's-services policy chapters of invented councils, written for this set in our own words.

    20205  Wetherstoke: a Word file written by a busy officer: some headings in Word's Heading 1
           style, others typed as bold Normal lines, one Heading 2 sub-heading, a ruled table of
           the legislation under a header row, and a Word-numbered list of the principles.
    20206  Embleford: a Word file with a Title, Heading 1 and Heading 2 styles, a running header
           and a "Page N of M" footer (real PAGE and NUMPAGES fields), printed to PDF by
           LibreOffice Writer.
    20207  Tidesford: a council web page in site chrome (skip link, menu, breadcrumb, footer)
           printed to PDF by Chromium headless with the browser's own header and footer lines.

The four text documents of the set (20201 plain text, 20202 HTML, 20203 markdown, 20204 a page
saved as text by a browser) are written by hand beside these.

usage: .venv/bin/python tests/cases/documents/build_blind202.py [PREFIX…]
       (python-docx, LibreOffice, Chromium)
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, docx_to_pdf, new_docx, saved_docx, word_field  # noqa: E402

SCRIPT = "build_blind202.py"
Blocks = list[tuple[str, str]]
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ----------------------------------------------------------------- 20205 Wetherstoke, a busy officer's Word file
# kinds: title, h (Heading 1), bh (bold Normal line), h2 (Heading 2), p, n (List Number), b (List Bullet),
# row (table row, cells split on " | ")
WETH: Blocks = [
    ("title", TITLE),
    ("h", "About this chapter"),
    ("p", "This chapter gives the policy basis for all of Wetherstoke City Council's children's social care procedures. Managers should make sure new staff read it during induction."),
    ("p", "Reviewed and amended January 2026 - legislation table brought up to date and care leavers paragraph changed to reflect the new local offer."),
    ("bh", "Legal framework"),
    ("p", "The main legislation is summarised in the table below."),
    ("row", "Legislation | What it means for us"),
    ("row", "Children Act 1989 | General duties to children in need and Looked After Children"),
    ("row", "Children (Leaving Care) Act 2000 | Pathway plans and personal advisers"),
    ("row", "Children Act 2004 | Co-operation to improve children's well-being"),
    ("row", "Children and Young Persons Act 2008 | Care planning and independent reviewing officers"),
    ("row", "Children and Families Act 2014 | Staying put, the virtual school head and adoption reform"),
    ("row", "Children and Social Work Act 2017 | Corporate parenting principles and the local offer"),
    ("p", "The policy applies to all Looked After Children, children in need and care leavers, and to everyone who works with them on the council's behalf."),
    ("h", "Our values"),
    ("p", "Children and young people come first. We say what we will do and then do it; we explain our worries to families honestly and without jargon; we look for what is strong in a family as well as what is going wrong; and we value the carers, relatives and foster families who bring children up."),
    ("bh", "Corporate parenting"),
    ("p", "Wetherstoke City Council is corporate parent to its Looked After Children and care leavers. All councillors and officers must have regard to the seven corporate parenting principles:"),
    ("n", "act in the best interests of the child and promote their physical and mental health and well-being"),
    ("n", "encourage the child to express their views, wishes and feelings"),
    ("n", "take into account the views, wishes and feelings of the child"),
    ("n", "help the child gain access to and make the best use of services provided by the council and its partners"),
    ("n", "promote high aspirations and seek to secure the best outcomes for the child"),
    ("n", "make sure the child is safe and has stability in their home life, relationships and education or work"),
    ("n", "prepare the child for adulthood and independent living"),
    ("h2", "The Corporate Parenting Board"),
    ("p", "The Board meets every two months. It is chaired by the Lead Member for Children and hears directly from the Children in Care Council at each meeting."),
    ("h", "Signs of Safety"),
    ("p", "Wetherstoke has used Signs of Safety as its practice framework since 2019. Assessments and plans are organised around three questions: what are we worried about, what is working well and what needs to happen next."),
    ("bh", "Permanence and leaving care"),
    ("p", "Children should live with their own families wherever this is safe. When they cannot, we look for relatives and friends who can care for them before we consider any other placement. A permanence plan must be agreed for every Looked After Child within 5 months of the date they became looked after."),
    ("p", "Care leavers are allocated a personal adviser until they reach 21. Those who are not in education, employment or training keep their personal adviser until they are 25."),
    ("h", "Outcomes"),
    ("p", "We want our Looked After Children to:"),
    ("b", "be healthy and have their health needs met quickly"),
    ("b", "go to a good school and do as well as they possibly can"),
    ("b", "live in a stable home with people who care about them"),
    ("b", "leave care with somewhere safe to live and work or study to go on to"),
    ("bh", "Information sharing"),
    ("p", "Staff must record information accurately and keep it securely. Information should be shared with partner agencies where this is needed to safeguard a child or to provide a service, in line with the council's data protection policy."),
    ("p", "Version 5"),
]

# ----------------------------------------------------------------- 20206 Embleford, Word with running header and footer printed to PDF
EMBL_HEADER = "Embleford County Council - Children's Services Procedures Manual"
EMBL: Blocks = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "This policy describes the framework within which Embleford County Council's children's services work with children who are looked after, children in need, care leavers and their families. It rests on a body of legislation that includes:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Young Persons Act 2008;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h", "Changes in this edition"),
    ("p", "This edition of the chapter dates from August 2025, when the description of our practice model was rewritten and the section on strategy was added."),
    ("h", "Working Together with partners"),
    ("p", "Children are kept safe by many agencies acting together. Embleford's children's services share their plans with schools, early years settings, health services, the police and the probation service, following Working Together to Safeguard Children and the procedures of the Embleford Safeguarding Children Partnership."),
    ("h", "Values and vision"),
    ("p", "Our work rests on a few simple beliefs: that children are safest and happiest in their own families when that can be achieved; that every child deserves to be listened to; and that parents should be told plainly what we think and why."),
    ("p", "Our vision is a county where every child who is looked after has a settled home, a good education and at least one adult who will stand by them for life."),
    ("h", "Corporate parenting"),
    ("p", "The county council is corporate parent to every child who is looked after and every care leaver, and that responsibility is shared by councillors and officers in every directorate."),
    ("h2", "The principles"),
    ("p", "Section 1 of the Children and Social Work Act 2017 sets out the principles to which we must have regard:"),
    ("b", "to act in the best interests of children and young people, and promote their physical and mental health and well-being;"),
    ("b", "to encourage them to express their views, wishes and feelings;"),
    ("b", "to take into account their views, wishes and feelings;"),
    ("b", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("b", "to promote high aspirations, and seek to secure the best outcomes, for them;"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("h", "Restorative practice"),
    ("p", "Restorative Practice is Embleford's practice model. Our staff work with families rather than doing things to them or for them, pairing high support with high challenge, and every team has trained practice leads who coach colleagues."),
    ("h", "Key principles"),
    ("p", "Support is offered first to help children stay safely with their parents. When that is not possible, members of the child's wider family and network are considered before unrelated carers."),
    ("p", "A permanence plan is agreed for each child who is looked after within six months of their entering care, and siblings are placed together unless an assessment shows that this would not be in their interests."),
    ("p", "Young people leaving care receive support from a personal adviser until they are 21, and until 25 if they are in further or higher education."),
    ("p", "Children, parents and carers are consulted about plans and have access to independent advocacy."),
    ("h", "Our strategy"),
    ("p", "Between 2025 and 2028 we will reduce the number of children placed outside the county, grow our in-house fostering service and invest in early help through the county's family hubs."),
    ("h", "Confidentiality"),
    ("p", "Information about children and families is recorded accurately, held securely and shared only where it is lawful and necessary to protect a child or to provide a service."),
]

# ----------------------------------------------------------------- 20207 Tidesford, web page printed by Chromium
TIDES: Blocks = [
    ("h", "Summary of this chapter"),
    ("p", "This chapter sets out the policy framework, values and principles that apply across Tidesford's children's services. All other procedures in this manual should be read in its light."),
    ("p", "Amendment (May 2026): the section on our children's homes was added and the legislation list was updated."),
    ("h", "Where we want to be by 2030"),
    ("p", "By 2030 we want every child in Tidesford to grow up in a safe and loving home, with fewer children needing to come into care because families got the right help early."),
    ("h", "Legislation"),
    ("p", "The key statutes are:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "This policy covers our work with Children in Care, children in need and care leavers, and with the parents and carers of those children."),
    ("h", "Values"),
    ("p", "We are honest with children and families, we listen before we act, we respect difference and we never give up on a child. Staff are expected to be reliable, to explain decisions clearly and to own their mistakes."),
    ("h", "Being a corporate parent"),
    ("p", "Tidesford Council is the corporate parent of its Children in Care and care leavers. Whenever it exercises its functions in relation to them, the council has regard to seven principles set out in section 1 of the Children and Social Work Act 2017, from acting in their best interests to preparing them for adulthood and independent living."),
    ("h", "Safe and Together in Tidesford"),
    ("p", "Tidesford's practice model is Safe and Together. Where there is domestic abuse, workers partner with the non-offending parent, hold the person who causes harm to account, and keep the child's safety and well-being at the centre of the plan."),
    ("h", "Family, permanence and leaving care"),
    ("p", "We work to keep children with their families wherever this is safe. For every child who comes into care, a permanence plan is agreed within 4 months."),
    ("p", "A personal adviser stays with each care leaver until they are 21, or until 25 for those living in supported lodgings."),
    ("h", "Our children's homes"),
    ("p", "Tidesford runs three small children's homes of its own, each with no more than four beds. Each home has a registered manager, and children from the homes attend local schools."),
    ("h", "What we want for children"),
    ("b", "to be healthy"),
    ("b", "to be safe"),
    ("b", "to enjoy learning and achieve"),
    ("b", "to have their say and be heard"),
    ("b", "to leave care ready for adult life"),
    ("h", "Information and confidentiality"),
    ("p", "Records are accurate and kept securely. We share information with other agencies only where it is lawful and needed to safeguard a child or provide a service."),
    ("p", "Last updated: 3 May 2026"),
]
# fmt: on


def wetherstoke(target: Path) -> None:
    """Heading 1 for some headings, bold Normal lines for others, a table and Word numbering."""
    document = new_docx()
    table: Any = None
    for kind, text in WETH:
        if kind != "row":
            table = None
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_heading(text, 1)
        elif kind == "h2":
            document.add_heading(text, 2)
        elif kind == "bh":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "row":
            cells = text.split(" | ")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
                header = True
            else:
                header = False
            row = table.add_row().cells
            for cell, value in zip(row, cells, strict=True):
                cell.text = value
                if header:
                    cell.paragraphs[0].runs[0].bold = True
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


def embleford(target: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_docx()
    for kind, text in EMBL:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_heading(text, 1)
        elif kind == "h2":
            document.add_heading(text, 2)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = EMBL_HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Uncontrolled when printed | Page ")
    word_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    word_field(footer, "NUMPAGES", "2")
    docx_to_pdf(saved_docx(document), target)


def tidesford_body(blocks: Blocks) -> str:
    out: list[str] = []
    open_list = False
    for kind, text in blocks:
        if open_list and kind != "b":
            out.append("</ul>")
            open_list = False
        escaped = html.escape(text)
        if kind == "h":
            out.append(f"<h2>{escaped}</h2>")
        elif kind == "b":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"<li>{escaped}</li>")
        else:
            out.append(f"<p>{escaped}</p>")
    if open_list:
        out.append("</ul>")
    return "\n".join(out)


def tidesford_page() -> str:
    css = """
body { font: 16px/1.5 Arial, sans-serif; margin: 0; color: #0b0c0c; }
.skip { position: absolute; left: 4px; top: 2px; font-size: 12px; }
header.site { background: #00594f; color: #fff; padding: 16px 24px 10px; }
header.site nav a { color: #fff; margin-right: 14px; font-size: 14px; }
.crumbs { font-size: 13px; padding: 8px 24px; }
main { padding: 6px 24px; max-width: 740px; }
h1 { font-size: 30px; } h2 { font-size: 21px; margin-top: 22px; }
footer.site { border-top: 4px solid #00594f; padding: 12px 24px; font-size: 13px; background: #f3f2f1; }
"""
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)} - Tidesford Council</title><style>{css}</style></head><body>"
        '<a class="skip" href="#main">Skip to main content</a>'
        '<header class="site"><div><b>Tidesford Council</b></div>'
        '<nav><a href="#">Home</a><a href="#">Services</a><a href="#">Children and young people</a><a href="#">Search</a><a href="#">Contact</a></nav></header>'
        '<div class="crumbs">Home / Children and young people / Social care manual / Values and principles</div>'
        f'<main id="main"><h1>{html.escape(TITLE)}</h1>\n{tidesford_body(TIDES)}</main>'
        '<footer class="site"><p>Accessibility statement | Privacy | Cookies | Jobs with Tidesford Council</p>'
        "<p>&copy; Tidesford Council, The Guildhall, Tidesford</p></footer></body></html>"
    )


def tidesford(target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "values-and-principles.html"
        source.write_text(tidesford_page(), encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def note_blocks(blocks: Blocks) -> Blocks:
    """The blocks as blocks_note knows them: bold lines and Heading 2 as headings, table rows as
    lines."""
    return [({"bh": "h", "h2": "h", "row": "p"}.get(kind, kind), text) for kind, text in blocks]


# fmt: off
DOCUMENTS = {
    "20205-docx-busy-officer-heading-1-and-bold-normal-mixed-wetherstoke-reviewed-and-amended-month-legislation-table-six-rows-seven-word-numbered-board-heading-2-signs-of-safety-5-months-21-or-25-neet-outcomes-version-lac.docx": (
        wetherstoke, WETH, "python-docx, a Title, some headings in Heading 1 and others bold Normal lines, one Heading 2, a Table Grid table with a bold header row, List Number and List Bullet paragraphs"),
    "20206-pdf-lo-word-running-header-page-of-footer-embleford-law-first-edition-dates-from-month-seven-acts-bulleted-heading-2-principles-restorative-six-months-21-or-25-further-higher-education-strategy-who-are-looked-after.pdf": (
        embleford, EMBL, "python-docx with Title, Heading 1 and Heading 2 styles, a running header and a 'Uncontrolled when printed | Page N of M' footer (fields), printed to PDF by LibreOffice"),
    "20207-pdf-chromium-site-chrome-browser-lines-tidesford-amendment-bracketed-month-vision-first-five-acts-seven-in-prose-safe-and-together-4-months-21-or-25-supported-lodgings-childrens-homes-last-updated-children-in-care.pdf": (
        tidesford, [("title", TITLE), *TIDES], "a council web page (skip link, menu, breadcrumb, footer) printed to PDF by Chromium headless with the browser's header and footer lines"),
}
# fmt: on


def main() -> None:
    only = set(sys.argv[1:])
    for name, (build, blocks, about) in DOCUMENTS.items():
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        build(HERE / name)
        (HERE / (name + ".md")).write_text(
            blocks_note(note_blocks(blocks), SCRIPT, about), encoding="utf-8"
        )
        print(name)


if __name__ == "__main__":
    main()
