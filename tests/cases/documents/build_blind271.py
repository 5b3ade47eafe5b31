# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the two-hundred-and-seventy-first blind set (27101-27104): long chapters with no headings.

Four invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set in our own words, with no headings at all (a title line over fifteen to
seventeen paragraphs), topics in orders other than the template's, several coming back after
another topic, paragraphs that carry two topics, and the facts told inside the prose.

- 27101 plain text (Wickham Stray): hard-wrapped at 61 columns, blank lines between paragraphs,
  the title line left unwrapped.
- 27102 HTML (Carrowdale): a council page whose chapter is <p> elements only, the title typed as
  the first <p>, with a site header, navigation, breadcrumb and footer around it.
- 27103 Word (Heddlestone): python-docx, Normal paragraphs only, the title typed as one more.
- 27104 PDF (Answorth): an HTML page of <p> elements printed by Chromium (Playwright) with the
  browser's own header and footer (print date, page title, address, page N/M), as a reader's
  Ctrl+P gives it.

usage: python tests/cases/documents/build_blind271.py   (needs python-docx and Playwright's Chromium)
The Word and PDF builds write a .md note beside the file (the text a reader sees).
"""

from __future__ import annotations

import html
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind271.py"

Block = tuple[str, str]

# fmt: off
WICKHAM_STRAY: list[Block] = [
    ("title", "Wickham Stray: Children's Services Policies, Values and Principles"),
    ("p", "Every conversation a Wickham Stray social worker has with a family starts from the same place: the model we call Relationships First, which the borough built with its own practitioners in 2020. It asks workers to know the child before the file, to be honest about what worries them, and to stay alongside a family long enough for change to last."),
    ("p", "Relationships First borrows openly from attachment theory and from restorative ideas, but it is not a script. Supervisors use it to ask what a worker has noticed, not only what they have done."),
    ("p", "Most children are best brought up by their own families, so the first question in any assessment is what help would let a child stay safely at home. Grandparents, older brothers and sisters and close friends of the family are approached before any stranger is asked to care for a child."),
    ("p", "When a child cannot go home, delay does harm of its own. The borough expects a plan for permanence to be agreed at the second statutory review, which falls four months after a child becomes looked after, and the Independent Reviewing Officer records the reason whenever it is not."),
    ("p", "Wickham Stray's elected members, all fifty-one of them, are corporate parents to the 212 Children Looked After by the borough and to its care leavers. The corporate parenting principles, all seven of them, are printed inside the cover of every councillor's diary, and the Corporate Parenting Board asks each service director once a year which of them their service has done most to honour."),
    ("p", "Underneath these commitments lie four Acts of Parliament: the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Where this chapter says that the borough must do something, one of those Acts is the reason."),
    ("p", "A young person leaving care in Wickham Stray keeps a personal adviser until they turn 21, and until 25 if they ask for one. The adviser helps them draw up a pathway plan, find somewhere to live and claim the money they are entitled to."),
    ("p", "The borough also stands guarantor for a care leaver's first tenancy, pays their council tax until they are 25, and keeps a room free in its supported lodgings for those who need to come back for a while."),
    ("p", "We hold ourselves to four values: respect, openness, persistence and fairness. Fairness includes meeting the duties of the Equality Act 2010, so that no child is treated less well because of their race, religion, disability, sex or sexuality."),
    ("p", "No single agency can keep children safe. Schools, GPs, health visitors, the police and the voluntary sector all share that task, and the Wickham Stray Safeguarding Children Partnership sets out how they do it, in line with Working Together to Safeguard Children."),
    ("p", "A note on what this chapter covers. Since it was amended in October 2025 it has applied to young people on remand and to unaccompanied asylum-seeking children as well as to all other children in need and Children Looked After, and it binds every member of staff in children's services and anyone who works for them under contract."),
    ("p", "Our hope for the borough's children is simple to say and hard to achieve: that every one of them should feel safe, be loved and have the chance to do well, whatever start in life they were given."),
    ("p", "Families trust us with private things. Information about them is kept securely, is shared with other professionals only when that helps to protect a child or to meet their needs, and is never shared carelessly; where the law allows, a family is told what has been passed on and why."),
    ("p", "By 2028 the borough wants more of its Children Looked After to be in good or outstanding schools, fewer to go missing from home, and every care leaver to have a settled place to live at the age of 19."),
    ("p", "Relationships First will be reviewed with families and staff during 2027, and what that review teaches will be written into the borough's practice guidance."),
    ("p", "Children's own words carry weight. Every Child Looked After is asked before each review what they want to happen, and where their wishes are not followed they are told why, face to face."),
    ("p", "Questions about this chapter: Principal Social Worker, Wickham Stray Children's Services, Town Hall, Market Street."),
]

CARROWDALE: list[Block] = [
    ("title", "Carrowdale City Council Children's Services \u2013 Policies, Values and Principles"),
    ("p", "Keeping Carrowdale's children safe is a job for the whole city. The council, the integrated care board and the police are the three safeguarding partners, and they have agreed with the city's schools, colleges and charities how worries about a child are raised, shared and acted on."),
    ("p", "Disagreements between agencies are settled quickly and in writing, under the escalation procedure the partnership publishes, so that a child never waits while professionals argue."),
    ("p", "For the 540 or so children in care, the council is more than a service: it is their parent. The Corporate Parenting Committee, made up of councillors from every party, meets every six weeks and holds each department to the corporate parenting principles, asking above all whether children in care are getting the same chances as other children in the city."),
    ("p", "A child who comes into care needs to know, as soon as possible, where they will grow up. Carrowdale's social workers, who have all been trained in Signs of Safety, must have a permanence plan in place within 3 months of a child's first day in care; where the court is involved, the city aims to finish care proceedings within the 26 weeks the law expects."),
    ("p", "Leaving care should not mean being left alone. Every care leaver has a personal adviser until they are 21; a young person who is in higher education keeps theirs until their course ends or they reach 25, whichever comes first."),
    ("p", "Four words sum up how Carrowdale wants its staff to behave: kind, clear, curious and dependable. Children in care told us that dependable matters most to them, and their Children in Care Council now helps to interview every new manager."),
    ("p", "Where does the council's authority come from? From the Children Act 1989, the Care Standards Act 2000, the Children (Leaving Care) Act 2000, the Adoption and Children Act 2002, the Children and Young Persons Act 2008 and the Children and Social Work Act 2017, together with the regulations and statutory guidance made under them."),
    ("p", "A family's information belongs, in a real sense, to the family. Carrowdale records only what it needs, keeps it secure, and shares it with a partner agency when that is necessary to keep a child safe, telling the family unless doing so would increase the risk."),
    ("p", "We want Carrowdale to be the best city in the North of England in which to grow up, for every child and not only the lucky ones. These words were agreed by the Lead Member and the Director of Children's Services when the chapter was last amended, on 9 June 2026."),
    ("p", "Our plan for 2026 to 2029 has three parts: more help for families earlier, more foster homes inside the city, and fewer children changing school when they come into care. Each part has a named lead and a budget, and progress is reported to the Committee twice a year."),
    ("p", "Opening three family hubs in the east of the city is the first step; the second is a campaign to recruit foster carers, run jointly with two neighbouring councils."),
    ("p", "A word more on care leavers. From April 2026 every care leaver in Carrowdale is exempt from council tax until their 25th birthday, and any who wish can stay with their foster family under Staying Put until they are 21."),
    ("p", "Councillor Aisha Rahman, who chairs the Corporate Parenting Committee, writes to every child in care on their birthday and reads every reply herself."),
    ("p", "Success, for Carrowdale, means children in care who are healthy, who go to school regularly and leave it with qualifications, who are safe from exploitation, and who move on to work, training or study."),
    ("p", "This chapter applies to everyone who works in or for Carrowdale Children's Services, including agency staff and foster carers, and every other procedure in the manual should be read alongside it."),
]

HEDDLESTONE: list[Block] = [
    ("title", "Heddlestone County Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "Heddlestone's children's services rest on a small number of beliefs that every member of staff is asked to share. Children have a right to be safe and to be heard. Families deserve honesty about what worries us. And good work is done with people, not to them."),
    ("p", "These beliefs sit inside a legal frame. The Children Act 1989 and the Children Act 2004, as amended by the Children and Social Work Act 2017, give the county council its duties towards children in need, children at risk of harm and looked after children, and this chapter explains how the county means to carry them out."),
    ("p", "Listening comes before deciding. A looked after child's social worker sees them alone at every visit, their Independent Reviewing Officer talks with them before each review, and an advocate from the county's children's rights service is offered to any child who wants one."),
    ("p", "As corporate parent, the county council takes seven principles as its guide: first, to act in the best interests of looked after children and care leavers and to promote their health and well-being; second, to encourage them to express their views, wishes and feelings; third, to take those views into account; fourth, to help them make use of the services the council and its partners provide; fifth, to promote high aspirations and the best outcomes for them; sixth, to make sure they are safe and that their home lives, education and work are stable; and seventh, to prepare them for adulthood and independent living."),
    ("p", "Every elected member takes part in a corporate parenting session within six months of being elected, and the Corporate Parenting Panel hears from looked after children at every meeting."),
    ("p", "Workers in Heddlestone bring families, their friends and the professionals who know them together around one table, set out plainly what is going well and what is worrying, and agree what needs to happen next. This way of working has a name, Strengthening Families, and the county has used it in every child protection conference since 2019."),
    ("p", "The county believes that children should grow up in their own families wherever that is safe. When that is not possible, the search for a permanent home begins on the day the child comes into care, and a plan for permanence must be agreed no later than the seventh month after they arrive."),
    ("p", "Care leavers in Heddlestone keep a personal adviser up to the age of 25 if they are in education, training or employment, and up to 21 otherwise; the adviser also makes sure that each young person knows what the county's Local Offer gives them."),
    ("p", "The county cannot do any of this alone. The Heddlestone Safeguarding Partnership joins it with the police, the NHS and the county's schools, and together they agree the thresholds for help and review every serious incident."),
    ("p", "What does a good childhood look like? For Heddlestone it means looked after children who are settled at home, making progress at school, healthy, and able to say who is important to them. The county wants every child it cares for to have all four by 2030, and none of them to feel that growing up in care held them back."),
    ("p", "Heddlestone's long-term aim is a county in which fewer children need to come into care at all, because families get the right help soon enough."),
    ("p", "Records are written with care and kept confidential. They are shared with another agency only where the law allows it and a child's safety or welfare needs it, and anyone who was looked after by the county may ask to read their file."),
    ("p", "Young people leave care at a pace that suits them. Those who want to stay on with their foster carers after their eighteenth birthday can do so under Staying Put, and those moving to their own home are given a setting-up grant and help to furnish it."),
    ("p", "Who is this chapter for? Everyone who works in Heddlestone's children's services, in whatever role, along with the agencies and carers who work on the county's behalf."),
    ("p", "Amendments to this chapter took effect on 1 August 2025."),
]

ANSWORTH: list[Block] = [
    ("title", "Answorth Borough Council \u2013 Children's Services Policies, Values and Principles"),
    ("p", "Three things tell Answorth whether its children who are looked after are doing well: whether they feel settled where they live, whether they are learning, and whether there is an adult they trust. The borough asks every child about all three each year and publishes what they say."),
    ("p", "Those answers are better when children stay within their own families and communities, which is why Answorth puts family help first and turns to relatives and friends before strangers when a child must leave home."),
    ("p", "Plans for permanence are made early: within eight months of a child becoming looked after, the borough should know whether they will return home, live with relatives, be adopted or stay long term with foster carers."),
    ("p", "Foster carers, residential staff and social workers in Answorth all learn Dyadic Developmental Practice, known as DDP, which helps adults meet a child's feelings with playfulness, acceptance, curiosity and empathy before trying to change how the child behaves. Carers and workers share its language when they talk about a child."),
    ("p", "Parliament has placed the duties this chapter describes on the borough council through the Children Act 1989, the Adoption and Children Act 2002, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017. Statutory guidance, including Working Together to Safeguard Children, explains how those duties should be carried out."),
    ("p", "The last of those Acts set out the corporate parenting principles (there are seven) to which the council must have regard whenever it acts for children who are looked after and for care leavers. In Answorth every councillor and every senior officer is trained in them within a year of taking up their post."),
    ("p", "The Corporate Parenting Panel meets in the evening so that young people can come, and two of its places are kept for members of the Children in Care Council."),
    ("p", "Care leavers can have a personal adviser up to their twenty-fifth birthday. Many choose to stay with their foster carers under a Staying Put arrangement, which Answorth supports until the young person is 21."),
    ("p", "Respect, honesty, ambition and warmth are the values Answorth asks of everyone who works with children, and they are the values against which staff are appraised each year."),
    ("p", "The police, health services, schools and the borough's children's services meet every morning in the Multi-Agency Safeguarding Hub to decide together what should happen when someone is worried about a child. Information passes between them whenever it is needed to keep that child safe, and families are told what has been shared unless that would put a child at risk."),
    ("p", "Outside the Hub, records about a child are kept confidential and are seen only by those who need them. Any young person who has been looked after can ask to read their file, and the borough will help them to understand what it says."),
    ("p", "Answorth wants every child who grows up in its care to look back on that time as one in which they were safe, understood and given a fair start."),
    ("p", "This chapter is the first in the borough's children's services procedures manual. It applies to all staff, volunteers and carers, and the other chapters should be read in its light."),
    ("p", "Every new social worker spends a day with a foster carer during their first month, so that DDP is understood from both sides of a child's life."),
    ("p", "If you need this chapter in another format, please contact the Children's Services Business Support Team."),
    ("p", "Next review due April 2027."),
]
# fmt: on

NAMES = {
    "27101": "27101-txt-hard-wrapped-61-unwrapped-title-model-we-call-first-four-month-second-review-seven-principles-all-seven-of-them-four-acts-equality-act-in-values-amended-in-scope-mid-chapter-model-and-views-return-contact-last.txt",
    "27102": "27102-html-p-only-site-chrome-typed-title-partners-first-committee-no-principles-model-in-passing-3-months-and-26-weeks-question-opened-six-acts-amendment-inside-vision-strategy-care-leavers-and-corporate-parenting-return.html",
    "27103": "27103-docx-normal-paragraphs-typed-title-values-first-three-acts-as-amended-seven-ordinal-clauses-model-has-a-name-seventh-month-25-before-21-care-leavers-return-amendments-took-effect-last.docx",
    "27104": "27104-pdf-chromium-print-browser-header-footer-outcomes-first-eight-months-ddp-five-acts-principles-there-are-seven-25-for-all-staying-put-21-partners-with-information-model-returns-next-review-line.pdf",
}


def _text(blocks: list[Block]) -> str:
    parts = [blocks[0][1]]
    parts += [textwrap.fill(text, width=61, break_on_hyphens=False) for _kind, text in blocks[1:]]
    return "\n\n".join(parts) + "\n"


def _carrowdale_page(blocks: list[Block]) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(text, quote=False)}</p>" for _kind, text in blocks)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Policies, Values and Principles | Carrowdale City Council</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<a class="logo" href="/">Carrowdale City Council</a>
<nav aria-label="Main">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/children-and-families">Children and families</a></li>
<li><a href="/procedures">Procedures manual</a></li>
<li><a href="/contact">Contact us</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/procedures">Procedures manual</a> &gt; Policies, Values and Principles</nav>
<main id="main">
{paragraphs}
</main>
<footer class="site-footer">
<p><a href="#main">Back to top</a></p>
<ul>
<li><a href="/accessibility">Accessibility</a></li>
<li><a href="/privacy">Privacy and cookies</a></li>
</ul>
<p>&copy; Carrowdale City Council 2026</p>
</footer>
</body>
</html>
"""


def _answorth_page(blocks: list[Block]) -> str:
    title, *body = blocks
    paragraphs = "".join(f"<p>{html.escape(text, quote=False)}</p>" for _kind, text in body)
    css = "body{font:16px/1.5 Georgia,serif;margin:0 auto;max-width:44em}h1{font-size:1.6em;font-weight:normal}"
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>Children's Services Policies, Values and Principles - Answorth Borough Council</title><style>{css}</style></head>"
        f"<body><article><h1>{html.escape(title[1], quote=False)}</h1>{paragraphs}</article></body></html>"
    )


def _word(blocks: list[Block]) -> bytes:
    from build_binary_tools import new_docx, saved_docx

    document = new_docx()
    for _kind, text in blocks:
        document.add_paragraph(text)
    return saved_docx(document)


def _chromium_print(page_html: str, target: Path) -> None:
    """Print a page as a reader's Ctrl+P in Chromium does: A4, the browser's own header (date,
    title) and footer (address, page N/M)."""
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
        page.goto("https://www.answorth.gov.uk/children/procedures/policies-values-principles")
        page.pdf(
            path=str(target),
            format="A4",
            display_header_footer=True,
            margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"},
        )
        browser.close()


def main() -> None:
    from build_binary_tools import blocks_note

    (HERE / NAMES["27101"]).write_text(_text(WICKHAM_STRAY), encoding="utf-8")
    (HERE / NAMES["27102"]).write_text(_carrowdale_page(CARROWDALE), encoding="utf-8")
    (HERE / NAMES["27103"]).write_bytes(_word(HEDDLESTONE))
    (HERE / (NAMES["27103"] + ".md")).write_text(
        blocks_note(HEDDLESTONE, SCRIPT, "python-docx, Normal paragraphs only, typed title"),
        encoding="utf-8",
    )
    _chromium_print(_answorth_page(ANSWORTH), HERE / NAMES["27104"])
    (HERE / (NAMES["27104"] + ".md")).write_text(
        blocks_note(
            ANSWORTH,
            SCRIPT,
            "an HTML page of <p> paragraphs under an <h1> printed by Chromium (Playwright) with the browser's default header (date, title) and footer (address, page N/M)",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values(), sep="\n  ")


if __name__ == "__main__":
    main()
