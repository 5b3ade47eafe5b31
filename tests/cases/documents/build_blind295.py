# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-ninety-fifth blind set (29501-29503): short whole chapters, no headings.

Three invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings (a title line over eleven or twelve
paragraphs) in the common template's order, some paragraphs of one or two sentences, and in each
chapter one paragraph whose second half opens the next topic.

- 29501 plain text (Brackenmoor): a council page copied from the browser, a little site chrome
  (skip link, council name, menu, breadcrumb) above the title and a little below the page stamp.
- 29502 Word (Fellbridge): python-docx, Normal paragraphs only, the title typed as one more, and
  in some paragraphs a bold first sentence running on into the rest (not a heading).
- 29503 PDF (Orrinsford): an HTML page of <p> elements only (the title the first <p>) printed by
  Chromium (Playwright) without the browser's header and footer.

usage: python tests/cases/documents/build_blind295.py   (needs python-docx and Playwright's Chromium)
The Word and PDF builds write a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind295.py"

Block = tuple[str, str]

# fmt: off
BRACKENMOOR_TOP = """Skip to main content
Brackenmoor Borough Council
Menu
Search
Home > Children and families > Children's social care procedures
"""

BRACKENMOOR: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "This chapter applies to everyone who works in Brackenmoor's children's social care, including agency workers and the foster carers and residential staff who look after children on the borough's behalf. It was amended in March 2026 to bring the part on care leavers up to date."),
    ("p", "Brackenmoor's work with children rests on three Acts: the Children Act 1989, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Nobody keeps a child safe on their own. Health visitors, teachers, police officers and the borough's own staff agree through the Brackenmoor Safeguarding Children Partnership who does what when a child may be at risk."),
    ("p", "A Brackenmoor worker turns up when they said they would. They tell a family plainly what worries them, they listen before they write anything down, and they do not give up on a child who is hard to reach."),
    ("p", "When a child comes into the borough's care, every councillor and every officer takes on part of a parent's job. Parliament has set seven principles for councils that look after children, and the Children in Care Members' Panel asks each director once a year what their service has done to live up to them."),
    ("p", "We want children in care in Brackenmoor to grow up with the same hopes as any other child in the borough."),
    ("p", "Social workers here use a model of practice of the borough's own, called Open Doors. It asks them to start from what a family already does well, to write plans in the family's own words, and to keep the same worker with a child for as long as they can."),
    ("p", "Success will show in children who are healthy, settled at school and safe from harm. Most of them will be living at home: the borough helps parents early, and when a child cannot stay, it turns to grandparents, aunts, uncles and family friends first."),
    ("p", "A child who cannot go home is owed an early answer about where they will grow up, so a permanence plan is agreed no more than three months after they come into care."),
    ("p", "Young people leaving care keep a personal adviser until they are 21, or until 25 if they are still studying, looking for work or bringing up a child of their own."),
    ("p", "Information about families is kept confidential and shared only when a child's safety or welfare calls for it."),
    ("p", "Page last updated: 18 March 2026"),
]

BRACKENMOOR_BOTTOM = """Back to top
Was this page helpful? Yes No
Accessibility | Privacy | Cookies
\u00a9 Brackenmoor Borough Council 2026
"""

# ("p", text) a Normal paragraph; ("bp", bold, rest) a Normal paragraph whose first sentence is bold
FELLBRIDGE: list[tuple[str, ...]] = [
    ("p", "Fellbridge City Council \u2013 Children's Services Policies, Values and Principles"),
    ("bp", "This chapter is the starting point for every procedure in Fellbridge's children's services manual.", " It covers all staff, students on placement and the agencies the city commissions, and it was amended in July 2025, when the paragraph on the city's plans was rewritten."),
    ("bp", "The city's duties come from Parliament.", " Those that matter most here are in the Children Act 1989, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014 and the Children and Social Work Act 2017, read with Working Together to Safeguard Children."),
    ("p", "Schools, the police and the NHS share the work, and the city's three safeguarding partners meet every month to check that they are doing so."),
    ("bp", "Children should be able to count on us.", " That means being on time, being honest when the news is bad, remembering names and birthdays, and treating parents as people who love their children even when they have harmed them."),
    ("bp", "When Fellbridge takes a child into its care, the whole council becomes that child's family.", " Councillors sit on the Children's Promise Board, which checks every quarter that Looked After Children and care leavers in the city are doing as well as their classmates."),
    ("p", "We want Fellbridge to be a city where no child's future is settled by where they started. Our social workers aim for that through the Kinfold approach, which the city developed with local families in 2022."),
    ("bp", "Kinfold has three habits.", " Workers draw a map of everyone who matters to a child, they ask the family to lead the first plan, and they come back to that map at every review."),
    ("bp", "Three results will tell us whether this is working.", " More children will live safely with their own families, fewer Looked After Children will move home in a year, and more care leavers will be in work, training or study at 19."),
    ("p", "Where a child cannot live at home, a plan for permanence should be agreed within six months of their becoming looked after."),
    ("bp", "Leaving care is a process, not a day.", " Every care leaver may keep a personal adviser until their 25th birthday, whatever they are doing, and can stay on with their foster carers under Staying Put until they are 21."),
    ("p", "Until 2028 the city will put its money into three things: family help in every ward, more foster homes inside the city boundary, and a shared house for care leavers in the city centre."),
    ("bp", "Records belong to the people they are about.", " Fellbridge writes them so that a child could read them later, keeps them secure, and shares them only where the law and a child's safety allow."),
    ("p", "Version 5.1"),
]

ORRINSFORD: list[Block] = [
    ("title", "Orrinsford Borough Council: Children's Services Policies, Values and Principles"),
    ("p", "This chapter sets the ground rules for Orrinsford's children's services and applies to all who work in them. It was reviewed and amended in January 2026."),
    ("p", "Orrinsford's policy follows the law. Six Acts shape it more than any others: the Children Act 1989, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("p", "Partners carry this work with us. The police, the integrated care board and the borough are the three safeguarding partners, and schools and early years settings have a part in every child's plan."),
    ("p", "Our staff are warm without being vague and frank without being harsh."),
    ("p", "For the 180 or so children looked after by Orrinsford, the borough stands in law as their parent, and every member of the council shares that job. The seven principles Parliament set for this role in 2017 are read out at the start of each meeting of the Children Looked After Panel."),
    ("p", "Councillor Priya Venn chairs the Panel and visits one of the borough's children's homes every month."),
    ("p", "By 2030 Orrinsford hopes to be a place that children looked after are proud to come from."),
    ("p", "Practitioners work to Steady Hands, the borough's own model of practice, which pairs each family with a social worker and a family coach and draws on what research says about trauma and attachment."),
    ("p", "Good outcomes mean children looked after who are healthy, learning and safe. They also mean children kept with their families: Orrinsford offers help early and looks to relatives before strangers."),
    ("p", "A child who cannot return home is found a permanent home as soon as that can be safely arranged, with relatives, through adoption, by special guardianship or in long-term foster care. Care leavers have a personal adviser until they are 21, and until 25 if they are returning to education."),
    ("p", "Nothing a family tells us is passed on without good reason. When it is, the reason is recorded and the family is told, unless telling them would put a child at risk."),
    ("p", "Questions about this chapter can be sent to the Principal Social Worker."),
]
# fmt: on

NAMES = {
    "29501": "29501-txt-copied-page-chrome-top-and-bottom-three-acts-in-one-sentence-values-as-conduct-parents-job-seven-local-model-called-outcomes-running-into-families-first-three-months-21-or-25-page-updated.txt",
    "29502": "29502-docx-normal-paragraphs-bold-first-sentences-run-on-typed-title-five-acts-council-becomes-family-no-principles-vision-running-into-local-approach-six-months-25-for-all-strategy-version-last.docx",
    "29503": "29503-pdf-chromium-print-p-only-page-no-browser-header-six-acts-stands-in-law-as-parent-seven-councillor-continues-local-model-outcomes-running-into-families-first-no-permanence-months-21-or-25.pdf",
}


def _text(blocks: list[Block]) -> str:
    body = "\n\n".join(text for _kind, text in blocks)
    return f"{BRACKENMOOR_TOP}\n{body}\n\n{BRACKENMOOR_BOTTOM}"


def _word(blocks: list[tuple[str, ...]]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for block in blocks:
        paragraph = document.add_paragraph()
        if block[0] == "bp":
            paragraph.add_run(block[1]).bold = True
            paragraph.add_run(block[2])
        else:
            paragraph.add_run(block[1])
    return saved_docx(document)


def _word_note_blocks(blocks: list[tuple[str, ...]]) -> list[Block]:
    shown: list[Block] = []
    for number, block in enumerate(blocks):
        text = f"**{block[1]}**{block[2]}" if block[0] == "bp" else block[1]
        shown.append(("title" if number == 0 else "p", text))
    return shown


def _orrinsford_page(blocks: list[Block]) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(text, quote=False)}</p>" for _kind, text in blocks)
    css = "body{font:15px/1.45 Arial,Helvetica,sans-serif;margin:0 auto;max-width:46em}p{margin:0 0 .8em}"
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>Policies, Values and Principles - Orrinsford Borough Council</title><style>{css}</style></head>"
        f'<body><div class="content">\n{paragraphs}\n</div></body></html>'
    )


def _chromium_print(page_html: str, target: Path) -> None:
    """Print a page with Chromium as a site's "Download as PDF" button does: A4, no browser
    header or footer."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--lang=en-GB"],
            env={"LANG": "en_GB.UTF-8", "TZ": "Europe/London"},
        )
        page = browser.new_page(locale="en-GB", timezone_id="Europe/London")
        page.route(
            "**/*",
            lambda route: route.fulfill(status=200, content_type="text/html", body=page_html),
        )
        page.goto("https://www.orrinsford.gov.uk/childrens-services/policies-values-principles")
        page.pdf(
            path=str(target),
            format="A4",
            margin={"top": "20mm", "bottom": "20mm", "left": "18mm", "right": "18mm"},
        )
        browser.close()


def main() -> None:
    from build_binary_tools import blocks_note

    (HERE / NAMES["29501"]).write_text(_text(BRACKENMOOR), encoding="utf-8")
    (HERE / NAMES["29502"]).write_bytes(_word(FELLBRIDGE))
    (HERE / (NAMES["29502"] + ".md")).write_text(
        blocks_note(
            _word_note_blocks(FELLBRIDGE),
            SCRIPT,
            "python-docx, Normal paragraphs only, typed title, a bold first sentence run on in some paragraphs",
        ),
        encoding="utf-8",
    )
    _chromium_print(_orrinsford_page(ORRINSFORD), HERE / NAMES["29503"])
    (HERE / (NAMES["29503"] + ".md")).write_text(
        blocks_note(
            ORRINSFORD,
            SCRIPT,
            "an HTML page of <p> elements only (the title the first <p>) printed by Chromium (Playwright), no browser header or footer",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
