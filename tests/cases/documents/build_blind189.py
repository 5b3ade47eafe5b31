# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""Build the 189th blind set's PDFs: two invented councils' adaptations of the chapter, written
for this set in our own words.

    18903  a council web page with its site chrome printed to PDF by Chromium headless
           (the browser's date/title/URL/page lines kept, as "Print > Save as PDF" gives them)
    18904  an HTML chapter printed by WeasyPrint with a running header and "Page N of M" footer

usage: .venv/bin/python tests/cases/documents/build_blind189.py   (/usr/bin/chromium, WeasyPrint)
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note  # noqa: E402

SCRIPT = "build_blind189.py"
TITLE = "Children's Services Policies, Values and Principles"
Blocks = list[tuple[str, str]]

# fmt: off
FENNICK: Blocks = [
    ("h", "Reach of this guidance"),
    ("p", "This page explains the values and principles that Fennick Vale Council's children's social care teams work to. It is the starting point for every other procedure in our online manual."),
    ("p", "In July 2025 the chapter was revised to take account of the council's new kinship carers' charter and to refresh the list of laws."),
    ("h", "Where the law places our duties"),
    ("p", "The council's duties to children and families come mainly from:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Care Standards Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Human Rights Act 1998"),
    ("p", "The chapter is mostly about our work with children in need and Children Looked After, which we carry out with other council departments and with partner agencies."),
    ("h", "A picture of what success looks like"),
    ("p", "We want Fennick Vale to be a place where children are kept safe by the people around them, where families can ask for help without fear of being judged, and where children who cannot live at home still grow up with love, stability and ambition."),
    ("h", "The values staff carry"),
    ("p", "We are honest with children and their families, even when the news is hard to hear. We are reliable: we turn up when we say we will and we follow through on what we agree."),
    ("p", "We respect difference and challenge discrimination wherever we see it, in our own service as much as anywhere else."),
    ("h", "Every service in the council a parent"),
    ("p", "Fennick Vale Council is the corporate parent of every child it looks after and of its care leavers. Corporate parenting is not left to children's services: housing, leisure, libraries and the council's own jobs and apprenticeships all have a part to play."),
    ("p", "We keep the corporate parenting principles in mind in every decision we take about Children Looked After, and we ask our partners to do the same."),
    ("h", "What members and officers each do"),
    ("p", "Elected members sit on the Corporate Parenting Committee, visit our children's homes and meet the Children in Care Council twice a year. Officers in every directorate name a lead who makes sure their service offers something real to Children Looked After and care leavers, such as priority for housing or a guaranteed work placement."),
    ("h", "Commitments about family, permanence and adulthood"),
    ("p", "We will do all we safely can to keep children at home, and we will look to the wider family before anyone else when they cannot stay there."),
    ("p", "A permanence plan will be in place for every child within six months of their first day in care, and it will be carried out as quickly as the child's needs allow."),
    ("p", "Each care leaver will be offered a personal adviser until they turn 21, and until 25 for young people who are disabled or who are young parents themselves."),
    ("p", "Children and parents will be consulted about the plans made for them, and those plans will be looked at by an independent reviewing officer."),
    ("h", "Steps planned up to 2028"),
    ("p", "Over the next three years our strategy is to bring more help into schools and family hubs, to recruit forty more local foster carers, and to make sure a permanence plan is agreed within four months of a child coming into care, so that fewer children wait for a settled home."),
    ("h", "Fennick Vale's kinship carers' charter"),
    ("p", "Grandparents, aunts, uncles and friends who take on a child are entitled to a named support worker, a training offer and help with legal costs when they apply for a special guardianship order. The charter was written with kinship carers and is reviewed with them each spring."),
]

LUDWORTH: Blocks = [
    ("h", "What this policy covers and its revision"),
    ("p", "This policy sets the values and principles for all work with children and families carried out by Ludworth's children's services, and by any organisation working for us under contract."),
    ("p", "Updated September 2025. Version 6.1."),
    ("h", "A duty shared across agencies"),
    ("p", "Keeping children safe is work we share with health, police, education and the voluntary sector. The Ludworth Safeguarding Partnership sets the local arrangements, following Working Together to Safeguard Children, and the Children's Social Care National Framework guides what good help looks like."),
    ("h", "The legislation in brief"),
    ("p", "The legal basis for our work is found chiefly in:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Adoption and Children Act 2002;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h", "What we believe and the outcomes we seek"),
    ("p", "We believe that children belong with their families wherever it is safe, that they deserve to be listened to, and that every family has strengths we can build on."),
    ("p", "We believe that good help comes from workers who know the family well, so we try to keep the same worker with a family for as long as we can."),
    ("p", "For every Cared for Child and every child we support, we want these outcomes: to be healthy in body and mind, to be safe from harm, to enjoy learning and achieve at school, to have a voice in their community, and to reach adulthood ready for work, study and a home of their own. We track each of these outcomes for every child at each review."),
    ("h", "Principles guiding casework"),
    ("p", "Help is offered to families early, before problems become entrenched."),
    ("p", "Where a child cannot stay with their parents, we assess relatives and friends first."),
    ("p", "Every Cared for Child will have a permanence plan by their second review, and in any case within four months of coming into care."),
    ("p", "Every care leaver can ask for the support of a personal adviser until they are 25."),
    ("h", "Our corporate parenting promise"),
    ("p", "As corporate parent, Ludworth Borough Council has regard to these seven principles in everything it does for Cared for Children and care leavers:"),
    ("n", "act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "encourage them to say what they think, wish and feel;"),
    ("n", "take what they think, wish and feel into account;"),
    ("n", "help them use the services available to them from the council and its partners;"),
    ("n", "promote high aspirations and the best outcomes for them;"),
    ("n", "help them be safe and have stability at home, in relationships and in school or work;"),
    ("n", "prepare them for adulthood and living independently."),
    ("h", "Family Safeguarding in Ludworth"),
    ("p", "Ludworth adopted Family Safeguarding in 2023. Child protection social workers work in the same team as specialists in adult mental health, drug and alcohol use and domestic abuse, and share one plan with the family."),
    ("h", "Confidential records"),
    ("p", "Records about children and families are confidential. They are kept securely and only the people who need them to do their job may read them. Children and parents can ask to see what we hold about them."),
    ("h", "When information has to be passed on"),
    ("p", "We share information without consent only where a child may be at risk of significant harm, or where the law requires it. We record what was shared, with whom and why, and we tell the family unless doing so would put a child in danger."),
    ("h", "Working across the county boundary"),
    ("p", "Many Ludworth families use schools, hospitals and GP surgeries in the neighbouring county. Our teams hold a joint protocol with that county's children's services so that a family who moves across the boundary keeps its plan and, wherever possible, its worker."),
]
# fmt: on


def body(blocks: Blocks) -> str:
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
            out.append(f"<h2>{escaped}</h2>")
        elif wanted:
            out.append(f"<li>{escaped}</li>")
        else:
            out.append(f"<p>{escaped}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def fennick_page() -> str:
    css = """
body { font: 15px/1.5 Arial, sans-serif; margin: 0; color: #222; }
.skip { position: absolute; left: 8px; top: 4px; font-size: 12px; }
header.site { background: #1d4f37; color: #fff; padding: 22px 28px 12px; }
header.site nav a { color: #fff; margin-right: 18px; font-size: 14px; }
.crumbs { font-size: 13px; padding: 8px 28px; background: #eef3f0; }
main { padding: 10px 28px; max-width: 760px; }
h1 { font-size: 26px; } h2 { font-size: 19px; margin-top: 22px; }
footer.site { border-top: 3px solid #1d4f37; padding: 12px 28px; font-size: 13px; }
"""
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)} | Fennick Vale Council</title><style>{css}</style></head><body>"
        '<a class="skip" href="#main">Skip to main content</a>'
        '<header class="site"><div><b>Fennick Vale Council</b></div>'
        '<nav><a href="#">Home</a><a href="#">Children and families</a><a href="#">Procedures manual</a><a href="#">Contact us</a></nav></header>'
        '<div class="crumbs">Home &gt; Children and families &gt; Procedures manual &gt; Policies, values and principles</div>'
        f'<main id="main"><h1>{html.escape(TITLE)}</h1>\n{body(FENNICK)}</main>'
        '<footer class="site"><p>Accessibility statement | Cookies | Privacy notice | Contact the children\'s services procedures team</p>'
        "<p>&copy; Fennick Vale Council 2025</p></footer></body></html>"
    )


def ludworth_page() -> str:
    css = """
@page { size: A4; margin: 24mm 20mm 24mm 20mm;
  @top-right { content: "Ludworth Borough Council - Children's Services procedures"; font: 8pt 'DejaVu Sans'; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #555; } }
body { font: 10.5pt/1.4 'DejaVu Serif', serif; }
h1 { font: bold 18pt 'DejaVu Sans'; margin: 0 0 5mm; }
h2 { font: bold 12.5pt 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
p, li { margin: 0 0 2mm; }
"""
    page = body(LUDWORTH)
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>"
        f"<h1>{html.escape(TITLE)}</h1>\n{page}</body></html>"
    )


def chromium_pdf(document: str, target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "policies-values-and-principles.html"
        source.write_text(document, encoding="utf-8")
        out = Path(work) / "chapter.pdf"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work}/profile",
             f"--print-to-pdf={out}", source.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out, target)


def weasyprint_pdf(document: str, target: Path) -> None:
    from weasyprint import HTML

    HTML(string=document).write_pdf(str(target))


FENNICK_PDF = "18903-pdf-chromium-site-chrome-browser-lines-vision-values-corporate-parenting-split-permanence-conflict-kinship-charter.pdf"
LUDWORTH_PDF = "18904-pdf-weasyprint-running-header-page-n-of-m-values-merged-with-outcomes-seven-numbered-principles-sharing-split.pdf"


def main() -> None:
    chromium_pdf(fennick_page(), HERE / FENNICK_PDF)
    (HERE / f"{FENNICK_PDF}.md").write_text(
        blocks_note(
            [
                ("p", "Skip to main content"),
                ("p", "Fennick Vale Council"),
                ("title", TITLE),
                *FENNICK,
            ],
            SCRIPT,
            "a council web page (skip link, menu, breadcrumb, footer links) printed to PDF by Chromium headless with the browser's header and footer lines",
        ),
        "utf-8",
    )
    weasyprint_pdf(ludworth_page(), HERE / LUDWORTH_PDF)
    (HERE / f"{LUDWORTH_PDF}.md").write_text(
        blocks_note(
            [("title", TITLE), *LUDWORTH],
            SCRIPT,
            "WeasyPrint, a running header naming the council and the manual, a 'Page N of M' footer (both chrome)",
        ),
        "utf-8",
    )
    print(FENNICK_PDF, LUDWORTH_PDF, sep="\n")


if __name__ == "__main__":
    main()
