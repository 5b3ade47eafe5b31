# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the 251st blind set's rendered-text, Word and PDF files (25104-25107).

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words:

- 25104 text: a council web page with its site chrome (blind251_sources/25104-thrushford.html)
  read by BeautifulSoup's get_text("\\n") with blank lines dropped, as a scraper would keep it
  (no lynx or w3m on the build machine).
- 25105 Word: python-docx, headings named by meaning in the Heading 2 style, a "Revised
  throughout" line under the title.
- 25106 PDF: a python-docx Word file whose headings are bold Normal paragraphs, printed to PDF
  by LibreOffice (soffice --headless).
- 25107 PDF: an HTML page with no headings but its title, printed by Chromium (Playwright).

usage: python tests/cases/documents/build_blind251.py   (needs python-docx, bs4, LibreOffice,
Playwright and /usr/bin/chromium). Each binary gets a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind251.py"

# (kind, text): "title", "h" a heading, "p" a paragraph, "b" a bullet, "n" a numbered item.
Block = tuple[str, str]

# fmt: off
ELLESMOOR: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Revised throughout, September 2021."),
    ("h", "Our legal duties"),
    ("p", "Parliament and the Secretary of State have set out what Ellesmoor County Council must do for children in:"),
    ("b", "the Children Act 1989"),
    ("b", "the Children (Leaving Care) Act 2000"),
    ("b", "the Adoption and Children Act 2002"),
    ("b", "the Children Act 2004"),
    ("b", "the Care Planning, Placement and Case Review (England) Regulations 2010"),
    ("b", "the Children and Families Act 2014"),
    ("b", "the Children and Social Work Act 2017"),
    ("h", "Partners in keeping children safe"),
    ("p", "The county's schools, health trusts, police and district councils are partners in the Ellesmoor Safeguarding Children Partnership, which sets the thresholds for help and checks that agencies share what they know."),
    ("h", "The way we want to be"),
    ("p", "We want children who are looked after by the county to feel that the adults around them are on their side. We are warm, we are clear, and we do not give up on young people when things go wrong."),
    ("h", "The county as a parent"),
    ("p", "Under the Children and Social Work Act 2017 the county council must, as corporate parent, have regard to the need:"),
    ("b", "to act in the best interests of children who are looked after and promote their physical and mental health and well-being"),
    ("b", "to encourage them to express their views, wishes and feelings"),
    ("b", "to take into account their views, wishes and feelings"),
    ("b", "to help them gain access to, and make the best use of, services provided by the county and its partners"),
    ("b", "to promote high aspirations and seek to secure the best outcomes for them"),
    ("b", "for them to be safe, and for stability in their home lives, relationships and education or work"),
    ("b", "to prepare them for adulthood and independent living"),
    ("h", "Our approach to working with teenagers"),
    ("p", "Our approach to working with teenagers is No Wrong Door. Young people on the edge of care, or living in one of the county's two hubs, keep the same key worker whichever service they move between, and the hub's specialists in speech and language and in mental health come to them."),
    ("h", "A settled future"),
    ("p", "A permanence plan is agreed for every child by the four-month review, so that no child drifts in care without knowing where they will grow up."),
    ("p", "Children who are looked after should live with their brothers and sisters wherever that is safe, and contact with their birth family is planned around what the child wants."),
    ("p", "The permanence plan should be agreed within 5 months of a child becoming looked after, and the Independent Reviewing Officer checks at each review that it is being followed."),
    ("h", "After care"),
    ("p", "Every care leaver in Ellesmoor has a personal adviser until they are 25, whatever they are doing, and the leaving care team keeps its door open to them until then."),
    ("h", "Records and confidentiality"),
    ("p", "Children's records are confidential. They are shared only with people who need them to help or protect the child, and a young person may see their own record on request."),
]

QUARRINGTON: list[Block] = [
    ("title", "Quarrington Council: Children's Services Policies, Values and Principles"),
    ("h", "About this chapter"),
    ("p", "Amendment (August 2025): the part on care leavers now includes young parents, and the chapter has been moved into the new manual."),
    ("p", "This chapter is for all staff of Quarrington's children's services and for the providers that care for children on the council's behalf."),
    ("h", "Our statutory footing, in brief"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "The guidance that goes with these Acts, including the statutory guidance on care planning, is followed in every procedure in the manual."),
    ("h", "Working together in Quarrington"),
    ("p", "Children are kept safe by many people. Our partners in health, schools, the police and the voluntary sector meet as the Quarrington Children's Partnership and agree together how families can get help early."),
    ("h", "What we believe"),
    ("p", "We believe children belong with their families wherever possible, that every child deserves adults who are ambitious for them, and that families are the experts in their own lives."),
    ("h", "Our shared role as parents"),
    ("p", "Every councillor and every officer of Quarrington is a corporate parent to Children in Care. The Corporate Parenting Panel holds the council to the seven principles of corporate parenting:"),
    ("n", "acting in the child's best interests and promoting their health and well-being"),
    ("n", "encouraging children to express their views, wishes and feelings"),
    ("n", "taking those views, wishes and feelings into account"),
    ("n", "helping them to use the services of the council and its partners"),
    ("n", "promoting high aspirations and the best outcomes"),
    ("n", "keeping them safe and giving them stability at home, in relationships and at school or work"),
    ("n", "preparing them for adulthood and independent living"),
    ("h", "Our approach to fostering"),
    ("p", "Our approach to fostering is built on the Mockingbird model: groups of six to ten fostering households live near one another around an experienced hub carer, who offers sleepovers, advice and a sense of extended family to the children and carers in the group."),
    ("h", "Growing up and moving on"),
    ("p", "Children in Care should have a permanence plan within seven months of coming into care."),
    ("p", "Care leavers have the support of a personal adviser until they are 21, and young parents leaving care keep that support until they are 25."),
    ("h", "Keeping information safe"),
    ("p", "Information is shared in line with data protection law and the council's information sharing protocol; the reasons for sharing are always recorded."),
    ("p", "Version 2.3"),
]

GILDERSEY: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter of Gildersey Borough Council's manual was last changed on 3 March 2026, when the paragraph on corporate parenting was rewritten after the Children in Care Council's review of the pledge."),
    ("p", "If you want to read the law for yourself, start with the Children Act 1989, the Children (Leaving Care) Act 2000, the Children Act 2004 and the Children and Social Work Act 2017; between them they set out nearly every duty described here."),
    ("p", "We work closely with the borough's schools, its GP practices and hospital, the police and the many voluntary groups that support families, and we expect every one of them to tell us when a child is worried about something."),
    ("p", "The children in our care are owed the same ambition any good parent has for their own. The whole council acts as their corporate parent, guided by the seven principles set out in the Children and Social Work Act 2017, and councillors visit the borough's children's homes at least once a year."),
    ("p", "Staff across children's services use Signs of Safety to map what is going well in a family, what is worrying and what needs to happen next, and every plan is written in language the child and their parents can read."),
    ("p", "We would always rather a child grew up with their own family or with relatives than with strangers, and we work hard to make that possible before we look further afield. When a child cannot go home, we make a plan for their future as early as we can and tell them about it honestly."),
    ("p", "Young people who leave the children in our care service have a personal adviser until they reach 21, and the adviser helps them with housing, money, work and study."),
    ("p", "We share what children and families tell us only when we need to, and we tell them first unless that would put someone at risk."),
]
# fmt: on


def _word(blocks: list[Block], bold_headings: bool) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=1)
        elif kind == "h" and not bold_headings:
            document.add_heading(text, level=2)
        elif kind == "h":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return saved_docx(document)


def _page(blocks: list[Block]) -> str:
    body = []
    for kind, text in blocks:
        tag = "h1" if kind == "title" else "p"
        body.append(f"<{tag}>{html.escape(text)}</{tag}>")
    css = "body{font-family:Georgia,serif;font-size:11pt;line-height:1.45;max-width:42em}h1{font-size:18pt}"
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        "<title>Children's Services Policies, Values and Principles</title>"
        f"<style>{css}</style></head><body><main>" + "".join(body) + "</main></body></html>"
    )


def _chromium_print(page_html: str, target: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--lang=en-GB"],
            env={"LANG": "en_GB.UTF-8", "TZ": "Europe/London"},
        )
        page = browser.new_page(locale="en-GB", timezone_id="Europe/London")
        page.set_content(page_html)
        page.pdf(
            path=str(target),
            format="A4",
            margin={"top": "20mm", "bottom": "20mm", "left": "18mm", "right": "18mm"},
        )
        browser.close()


def _soup_text(page: Path) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    lines = (line.strip() for line in soup.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line) + "\n"


FILES = {
    "25104": "25104-txt-bs4-get-text-full-page-chrome-thrushford-changes-box-dated-entries-mainly-set-out-in-four-with-regulations-seven-bulleted-family-safeguarding-approach-5-months-21-or-25-higher-education-last-updated-lac.txt",
    "25105": "25105-docx-heading-2-meaning-headings-ellesmoor-revised-throughout-month-seven-with-regulations-seven-bulleted-no-wrong-door-approach-four-against-five-months-25-for-all-children-who-are-looked-after.docx",
    "25106": "25106-pdf-lo-bold-normal-headings-quarrington-amendment-parenthesised-month-statutory-footing-three-bulleted-seven-numbered-mockingbird-seven-months-21-or-25-young-parents-version-children-in-care.pdf",
    "25107": "25107-pdf-chromium-print-no-headings-gildersey-last-changed-on-day-four-acts-read-the-law-sentence-seven-stated-signs-of-safety-no-timescale-21-only-children-in-our-care.pdf",
}


def main() -> None:
    from build_binary_tools import blocks_note, docx_to_pdf

    text = _soup_text(HERE / "blind251_sources" / "25104-thrushford.html")
    (HERE / FILES["25104"]).write_text(text, encoding="utf-8")
    (HERE / FILES["25105"]).write_bytes(_word(ELLESMOOR, bold_headings=False))
    docx_to_pdf(_word(QUARRINGTON, bold_headings=True), HERE / FILES["25106"])
    _chromium_print(_page(GILDERSEY), HERE / FILES["25107"])
    notes = {
        "25105": (ELLESMOOR, "python-docx, Heading 2 headings named by meaning"),
        "25106": (
            QUARRINGTON,
            "python-docx with bold Normal headings, printed to PDF by LibreOffice",
        ),
        "25107": (GILDERSEY, "an HTML page with no headings printed by Chromium"),
    }
    for key, (blocks, about) in notes.items():
        name = FILES[key]
        (HERE / (name + ".md")).write_text(blocks_note(blocks, SCRIPT, about), encoding="utf-8")
    for name in FILES.values():
        print("wrote", name)


if __name__ == "__main__":
    main()
