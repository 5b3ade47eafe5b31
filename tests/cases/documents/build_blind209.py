# ruff: noqa: E501  (the chapters' paragraphs are kept a line each, as written)
"""Build the Word and PDF documents of the 209th blind set: two whole children's-services policy
chapters of invented councils, written for this set in our own words.

    20904  Wrenmere: a Word file with a Title, Heading 1 styles and one Heading 2 sub-heading,
           List Bullet Acts and a List Number list of the seven principles.
    20905  Hatherstone: a council's HTML chapter printed to PDF by WeasyPrint, with a running
           page header (the manual's name) and a "Page N of M" footer from CSS page margins.

The four text documents of the set (20901 and 20902 markdown, 20903 HTML, 20906 plain text)
are written by hand beside these.

usage: .venv/bin/python tests/cases/documents/build_blind209.py [PREFIX…]
       (python-docx, WeasyPrint)
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind209.py"
Blocks = list[tuple[str, str]]
TITLE = "Children's Services Policies, Values and Principles"

# fmt: off
# ----------------------------------------------------------------- 20904 Wrenmere, Word with Heading 1 and Heading 2
# kinds: title, h (Heading 1), h2 (Heading 2), p, n (List Number), b (List Bullet)
WREN: Blocks = [
    ("title", TITLE),
    ("p", "Wrenmere City Council"),
    ("h", "Standing of this document"),
    ("p", "This document is the policy statement on which Wrenmere City Council's children's social care procedures rest. It should be read before any of them, and it takes precedence where they appear to differ."),
    ("p", "Changes approved by the Corporate Parenting Board in January 2026: the legislation list was lengthened and the paragraph on care leavers rewritten."),
    ("h", "Legal footing in Wrenmere"),
    ("p", "Eight Acts of Parliament lie under this policy:"),
    ("b", "Children Act 1989"),
    ("b", "Care Standards Act 2000"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Equality Act 2010"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "The policy governs the city council's work with Looked After Children, children in need and care leavers, whether carried out by its own staff or by services it commissions."),
    ("h", "Beliefs, and the city we hope for"),
    ("p", "We believe children are best brought up in their own families, that they have a right to be heard, that parents deserve honesty and a fair chance, and that no child should be held back by where they come from; and we hope for a Wrenmere in which every Looked After Child has a home, an education and an adult who stays with them for good."),
    ("h", "Safeguarding as a citywide effort"),
    ("p", "The police, the NHS trusts, schools and the voluntary sector share our responsibility for keeping children safe. All of them follow Working Together to Safeguard Children and the procedures of the Wrenmere Safeguarding Children Partnership, and they are expected to plan with social workers from the start."),
    ("h", "The city's promise as corporate parent"),
    ("p", "Wrenmere City Council is the corporate parent of every Looked After Child and care leaver. Councillors and officers in all directorates share that duty."),
    ("h2", "The principles in full"),
    ("p", "When it acts for these young people, the council must have regard to the need:"),
    ("n", "to act in their best interests, and to promote their physical and mental health and well-being"),
    ("n", "to encourage them to express their views, wishes and feelings"),
    ("n", "to take into account their views, wishes and feelings"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners"),
    ("n", "to promote high aspirations, and to seek to secure the best outcomes for them"),
    ("n", "for them to be safe, and for stability in their home lives, relationships and education or work"),
    ("n", "to prepare them for adulthood and independent living"),
    ("h", "How Wrenmere practises restoratively"),
    ("p", "Wrenmere works restoratively. Restorative Practice has been the city's model since 2021: staff work with families rather than doing things to them, they pair high support with high challenge, and every team meeting begins with a short restorative check-in."),
    ("h", "Staying in the family network"),
    ("p", "Children are helped to remain with their parents wherever that is safe. Where it is not, we look to grandparents, other relatives and friends of the family before unrelated carers."),
    ("p", "A permanence plan is agreed for each Looked After Child within 4 calendar months of becoming looked after."),
    ("h", "Support beyond the care years"),
    ("p", "A personal adviser supports each care leaver to the age of 21, or to 25 for a care leaver who is not yet living independently."),
    ("p", "Young people are asked what they want from their pathway plan, and the plan is written with them rather than for them."),
    ("h", "Health checks after coming into care"),
    ("p", "Every child who comes into our care has an initial health assessment within twenty working days, and a review health assessment every six months under five and every year after that. The looked after children's nurses follow up any appointment that is missed."),
    ("h", "What happens to what we write down"),
    ("p", "Records are kept accurately and securely. Information is passed to other agencies only where the law allows it and it is needed to protect a child or to provide a service."),
]

# ----------------------------------------------------------------- 20905 Hatherstone, HTML printed by WeasyPrint
HATH_HEADER = "Hatherstone MBC - Children's Services Procedures Manual"
HATH: Blocks = [
    ("title", TITLE),
    ("h", "Using this policy"),
    ("p", "This policy explains the beliefs and duties behind every procedure used by Hatherstone Metropolitan Borough Council's children's services. It is reviewed each year."),
    ("p", "In March 2026 three things changed: the care leavers paragraph, the description of our practice model and the new section on foster carers."),
    ("h", "Legal basis and reach"),
    ("p", "The chapter rests mainly on the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017. It applies to our work with Children in Care, children in need and care leavers."),
    ("h", "Our character as a service"),
    ("p", "We are kind, we are straight with people and we finish what we start. We listen to children before we decide, we look for a family's strengths before its failings, and we treat every child fairly whatever their background."),
    ("h", "A borough that parents"),
    ("p", "Hatherstone Metropolitan Borough Council is the corporate parent of its Children in Care and care leavers. Councillors, directors and frontline staff alike are expected to know the corporate parenting principles and to ask of every decision whether it is good enough for their own child."),
    ("h", "Systemic Practice in Hatherstone"),
    ("p", "Hatherstone's chosen model of practice is Systemic Practice. Social workers are organised in small units with a consultant social worker and a clinician, they look at the relationships around a child rather than at one person's failings, and every unit meets weekly to think through its cases together."),
    ("h", "Family as the first answer"),
    ("p", "We help families to stay together when children can be kept safe at home, and when they cannot, we turn to relatives and friends before anyone else. A permanence plan is agreed for each child in care within five months."),
    ("h", "Leaving care well"),
    ("p", "Care leavers have a personal adviser until 21, and until 25 for those who are homeless or at risk of homelessness. We consult young people before each pathway plan review and record what they say in their own words."),
    ("h", "Supporting foster carers in Hatherstone"),
    ("p", "Our foster carers are offered a supervising social worker, a support group in each area of the borough, out-of-hours advice and a training programme that runs through the year. New carers are paired with an experienced carer for their first twelve months."),
    ("h", "Measures of success and our plan to 2029"),
    ("p", "We will know we are succeeding when Children in Care are healthy, settled and doing well at school, and when care leavers are in education, work or training; to get there by 2029 we will recruit more foster carers, widen our edge-of-care service and move children placed far away back into the borough."),
    ("h", "Data, consent and confidentiality"),
    ("p", "Information is recorded accurately and stored securely. We share it with partners with consent where we can, and without consent only where the law allows and a child's safety requires it."),
    ("p", "Version 2.7"),
]
# fmt: on


def wrenmere(target: Path) -> None:
    """Title, Heading 1 and Heading 2 styles, List Bullet Acts and a List Number list."""
    document = new_docx()
    for kind, text in WREN:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_heading(text, 1)
        elif kind == "h2":
            document.add_heading(text, 2)
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    target.write_bytes(saved_docx(document))


def hatherstone_page() -> str:
    """The chapter as the council's own HTML, with the manual's name as a running header and page
    numbers as a running footer, both made by CSS page margins."""
    body: list[str] = []
    for kind, text in HATH:
        escaped = html.escape(text)
        if kind == "title":
            body.append(f"<h1>{escaped}</h1>")
        elif kind == "h":
            body.append(f"<h2>{escaped}</h2>")
        else:
            body.append(f"<p>{escaped}</p>")
    css = f"""
@page {{ size: A4; margin: 22mm 20mm;
  @top-center {{ content: "{HATH_HEADER}"; font: 9pt Arial, sans-serif; color: #555; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; }} }}
body {{ font: 11pt/1.45 Arial, sans-serif; color: #111; }}
h1 {{ font-size: 20pt; color: #5b2a86; }} h2 {{ font-size: 14pt; color: #5b2a86; margin-top: 16pt; }}
"""
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>{css}</style></head><body>"
        + "\n".join(body)
        + "</body></html>"
    )


def hatherstone(target: Path) -> None:
    import weasyprint

    document = weasyprint.HTML(string=hatherstone_page())
    target.write_bytes(document.write_pdf())


# fmt: off
DOCUMENTS = {
    "20904-docx-heading-styles-wrenmere-changes-approved-by-board-month-eight-acts-bulleted-values-with-vision-seven-numbered-under-heading-2-restorative-4-calendar-months-21-or-25-not-yet-independent-health-checks-lac.docx": (
        wrenmere, WREN, "python-docx with a Title, Heading 1 and one Heading 2, List Bullet and List Number paragraphs"),
    "20905-pdf-weasyprint-running-header-page-of-hatherstone-three-things-changed-month-three-acts-in-prose-principles-unnumbered-systemic-five-months-21-or-25-homeless-foster-carers-version-children-in-care.pdf": (
        hatherstone, HATH, "the council's HTML chapter printed to PDF by WeasyPrint, with a running header (the manual's name) and a 'Page N of M' footer from CSS page margins"),
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
