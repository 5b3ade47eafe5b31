# ruff: noqa: E501  (the pages' lines are kept as a saved page has them)
"""Build blind157's five saved council pages (HTML) from the text below.

Run from the repository root: `python tests/cases/documents/build_blind157.py`. The chapters
are invented councils' 'Children's Services Policies, Values and Principles', in our own words;
the chrome (menus, sidebars, forms, cookie dialogs, footers) is generated here so that the pages
carry as many links as councils' pages do.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

TITLE = "Children's Services Policies, Values and Principles"

MENU_TOPICS = {
    "Bins and recycling": [
        "Bin collection days",
        "Report a missed bin",
        "Garden waste",
        "Bulky waste",
        "Recycling centres",
        "Order a new bin",
        "Clinical waste",
        "Trade waste",
    ],
    "Council tax": [
        "Pay your council tax",
        "Council tax bands",
        "Discounts and exemptions",
        "Moving home",
        "Council tax support",
        "Appeals",
        "Direct debit",
        "Arrears",
    ],
    "Children and families": [
        "Children in care",
        "Leaving care",
        "Corporate parenting",
        "Fostering",
        "Adoption",
        "Early help",
        "Family hubs",
        "Childcare",
        "Special educational needs",
        "Youth services",
        "Report a concern about a child",
        "Local offer for care leavers",
    ],
    "Schools and learning": [
        "School admissions",
        "Term dates",
        "School transport",
        "Free school meals",
        "Adult learning",
        "Libraries",
        "Home education",
        "School closures",
    ],
    "Adult social care": [
        "Get help at home",
        "Carers",
        "Care homes",
        "Paying for care",
        "Safeguarding adults",
        "Equipment and adaptations",
        "Blue badges",
        "Direct payments",
    ],
    "Housing": [
        "Homelessness",
        "Housing register",
        "Private renting",
        "Disabled facilities grants",
        "Empty homes",
        "Houses in multiple occupation",
        "Tenancy support",
        "Gypsies and travellers",
    ],
    "Planning and building": [
        "Planning applications",
        "Building control",
        "Local plan",
        "Conservation areas",
        "Tree preservation orders",
        "Planning enforcement",
        "Street naming",
        "Land charges",
    ],
    "Roads and transport": [
        "Report a pothole",
        "Parking permits",
        "Road closures",
        "Street lights",
        "Winter gritting",
        "Bus passes",
        "Dropped kerbs",
        "Penalty charge notices",
    ],
    "Leisure and culture": [
        "Parks",
        "Leisure centres",
        "Museums",
        "Allotments",
        "Events",
        "Sports clubs",
        "Play areas",
        "Theatre",
    ],
    "Your council": [
        "Our values",
        "Councillors",
        "Committee meetings",
        "Budget",
        "Jobs",
        "Elections",
        "Freedom of information",
        "Complaints",
        "Consultations",
        "News",
    ],
}


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def mega_menu(repeats: int) -> str:
    """A mega-menu of `repeats` panels of every topic: hundreds of links."""
    panels = []
    for round_ in range(repeats):
        for topic, items in MENU_TOPICS.items():
            links = "\n".join(
                f'          <li><a href="/{slug(topic)}/{slug(item)}{"-" + str(round_) if round_ else ""}">{item}</a></li>'
                for item in items
            )
            more = f'          <li><a href="/{slug(topic)}">All {topic.lower()}</a></li>'
            panels.append(
                f'      <div class="mega-menu__panel">\n'
                f'        <h3 class="mega-menu__heading"><a href="/{slug(topic)}">{topic}</a></h3>\n'
                f"        <ul>\n{links}\n{more}\n        </ul>\n      </div>"
            )
    return "\n".join(panels)


def page(title: str, council: str, head_extra: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | {council}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="stylesheet" href="/assets/site.css">\n{head_extra}</head>\n'
        f"<body>\n{body}\n"
        '<script src="/assets/site.js"></script>\n</body>\n</html>\n'
    )


# ---------------------------------------------------------------------------------------------
# 15701: no <main>/<article>; the chapter in nested div.col-md-8 beside a sidebar of related
# links; a "Was this page helpful?" form under the chapter.

DOC1 = page(
    TITLE,
    "Harrowdene Borough Council",
    "",
    f"""<a class="skip-link" href="#content-start">Skip to main content</a>
<div class="site-header">
  <div class="container">
    <div class="row">
      <div class="col-md-3"><a href="/"><img src="/img/logo.svg" alt="Harrowdene Borough Council logo"></a></div>
      <div class="col-md-9">
        <form class="site-search" action="/search"><label for="q">Search the site</label>
          <input id="q" name="q" type="search"><button type="submit">Search</button></form>
        <div class="navbar">
          <a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a>
          <a href="/children-and-families">Children and families</a> <a href="/schools">Schools</a>
          <a href="/adult-care">Adult social care</a> <a href="/housing">Housing</a>
          <a href="/planning">Planning</a> <a href="/roads">Roads and transport</a>
          <a href="/leisure">Leisure</a> <a href="/your-council">Your council</a>
        </div>
      </div>
    </div>
  </div>
</div>
<div class="container page-body">
  <div class="breadcrumb-bar"><a href="/">Home</a> / <a href="/children-and-families">Children and families</a> / <a href="/children-and-families/procedures">Procedures manual</a></div>
  <div class="row">
    <div class="col-md-8">
      <div class="col-inner" id="content-start">
        <div class="page-content">
          <h1>{TITLE}</h1>
          <h2>Scope of this chapter</h2>
          <p>Every procedure in this manual sits inside the policy described here. The chapter explains the values and principles that guide how Harrowdene Children's Services works alongside children, young people and their families, and how we record, keep confidences and consult.</p>
          <h2>Amendment</h2>
          <p>This chapter was revised in June 2025 to bring the part about young people leaving care into line with our published local offer.</p>
          <h2>Introduction</h2>
          <p>This policy describes the framework for the work Harrowdene Children's Services does with children in need, children in need of protection and Looked After Children, together with their families and carers.</p>
          <p>The framework is built on the following legislation:</p>
          <ul>
            <li>Children Act 1989</li>
            <li>Adoption and Children Act 2002</li>
            <li>Children Act 2004</li>
            <li>Children (Leaving Care) Act 2000</li>
            <li>Care Standards Act 2000</li>
            <li>Children and Social Work Act 2017</li>
          </ul>
          <h2>Working with partners</h2>
          <p>No single organisation can keep a child safe on its own. Schools, health services, the police, housing and voluntary groups each hold part of the picture, and we follow Working Together to Safeguard Children so that those parts are joined up around the child.</p>
          <p>Agencies agree shared thresholds for help and hold one another to account through the local safeguarding children partnership.</p>
          <h2>What we value</h2>
          <ul>
            <li>Children are best brought up by their own families wherever that is safe.</li>
            <li>We are honest with families about our worries and about what has to change.</li>
            <li>We listen to children and let what they say change what we do.</li>
            <li>We respect every family's culture, faith and language.</li>
          </ul>
          <h2>Our duties as corporate parent</h2>
          <p>When a child comes into our care, the whole council becomes that child's parent. Councillors, officers and our partners share the job of giving our Looked After Children and care leavers the start in life that any good parent would want for their own child.</p>
          <p>The law gives us seven corporate parenting principles. In everything we do for these children and young people we must:</p>
          <ol>
            <li>act in their best interests and promote their physical and mental health and well-being;</li>
            <li>encourage them to say what they think, wish and feel;</li>
            <li>take their views, wishes and feelings into account;</li>
            <li>help them reach and make the most of the services that the council and its partners provide;</li>
            <li>have high hopes for them and work for the best outcomes;</li>
            <li>make sure they are safe and have stable homes, relationships, schooling or work;</li>
            <li>get them ready for adult life and living on their own.</li>
          </ol>
          <h2>Our practice model</h2>
          <p>Harrowdene practitioners work with Signs of Safety. It asks three simple questions with every family: what are we worried about, what is working well, and what needs to happen next. Plans are written in words that children and parents can understand.</p>
          <h2>Key principles</h2>
          <p>A child's welfare is the first thing we think about in every decision.</p>
          <p>Where a child cannot live at home, we look first to grandparents, aunts, uncles and friends of the family before we look to unrelated carers.</p>
          <p>Every Looked After Child will have a permanence plan agreed within four months of coming into care, and we will carry it out without delay.</p>
          <p>Young people who leave our care keep a personal adviser and our support until they turn 21, and up to 25 if they are still in education or training.</p>
          <p>Children, parents and the adults who matter to them are consulted about care plans, and every plan is looked at by an independent reviewing officer.</p>
          <h2>Confidentiality and sharing information</h2>
          <p>Families trust us with private information. We keep it safe and share it only when the law allows, when it is needed to protect a child, or when the family has agreed. We tell families what we hold about them and why.</p>
          <p class="page-updated">Page last updated: 14 July 2025</p>
        </div>
        <form class="page-feedback" action="/feedback" method="post">
          <fieldset>
            <legend>Was this page helpful?</legend>
            <label><input type="radio" name="helpful" value="yes"> Yes</label>
            <label><input type="radio" name="helpful" value="no"> No</label>
            <label for="fb-comments">Tell us how we can improve this page</label>
            <textarea id="fb-comments" name="comments"></textarea>
            <p class="hint">Please do not include personal details. We cannot reply to comments left here.</p>
            <button type="submit">Send feedback</button>
          </fieldset>
        </form>
      </div>
    </div>
    <div class="col-md-4">
      <div class="sidebar">
        <h2>Related links</h2>
        <ul>
          <li><a href="/children-and-families/leaving-care">Leaving care service</a></li>
          <li><a href="/children-and-families/corporate-parenting-board">Corporate Parenting Board</a></li>
          <li><a href="/children-and-families/fostering">Become a foster carer in Harrowdene</a></li>
          <li><a href="/children-and-families/local-offer">Our local offer for care leavers</a></li>
          <li><a href="/children-and-families/children-in-care-council">Children in Care Council</a></li>
          <li><a href="/children-and-families/procedures">All procedures</a></li>
        </ul>
      </div>
    </div>
  </div>
</div>
<div class="site-footer">
  <div class="container">
    <a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy notice</a>
    <a href="/cookies">Cookies</a> <a href="/contact">Contact us</a>
    <p>&copy; Harrowdene Borough Council 2025</p>
  </div>
</div>""",
)

# ---------------------------------------------------------------------------------------------
# 15702: headings as <div class="heading"> (no h-tags anywhere), content in <section>s.

DOC2 = page(
    TITLE,
    "Brackenford Council",
    "",
    f"""<div class="site-header">
  <div class="brand"><a href="/"><img src="/logo.png" alt="Brackenford Council"></a></div>
  <div class="menu">
    <div class="menu-item"><a href="/residents">Residents</a></div>
    <div class="menu-item"><a href="/business">Business</a></div>
    <div class="menu-item"><a href="/children-and-families">Children and families</a></div>
    <div class="menu-item"><a href="/council">The council</a></div>
    <div class="menu-item"><a href="/contact">Contact us</a></div>
  </div>
  <div class="trail"><a href="/">Home</a> &gt; <a href="/children-and-families">Children and families</a> &gt; <span>Policies and procedures</span></div>
</div>
<div class="content-area">
  <div class="heading heading--page">{TITLE}</div>
  <section class="notice">
    <p>Amended in February 2025: the principles on leaving care now describe our support up to the age of 25.</p>
  </section>
  <section class="chapter-part">
    <div class="heading">About this chapter</div>
    <p>This chapter gives the background against which all of Brackenford's children's social care procedures should be read. It sets out the values and principles that we expect every member of staff to work by.</p>
  </section>
  <section class="chapter-part">
    <div class="heading">Introduction</div>
    <p>This policy explains how Brackenford Council's children's social care service works with children, young people and families, and what families can expect of us.</p>
    <p>It takes account of these Acts of Parliament:</p>
    <ul>
      <li>the Children Act 1989;</li>
      <li>the Children Act 2004;</li>
      <li>the Children and Families Act 2014;</li>
      <li>the Children and Social Work Act 2017;</li>
      <li>the Equality Act 2010.</li>
    </ul>
  </section>
  <section class="chapter-part">
    <div class="heading">A responsibility we share</div>
    <p>Keeping children safe is everyone's job. We work with health visitors, schools, the police and community groups, as Working Together to Safeguard Children expects, so that a family gets help from the right person at the right time and never has to tell its story more than once.</p>
  </section>
  <section class="chapter-part">
    <div class="heading">Our values</div>
    <p>We believe that children do best when they grow up with people who love them. We are respectful, open and reliable. We notice what families do well and build on it, and we keep our promises.</p>
  </section>
  <section class="chapter-part">
    <div class="heading">Being a good corporate parent</div>
    <p>Every Child in Care in Brackenford has the whole council as their corporate parent. We ask of ourselves the question any parent would ask: would this be good enough for my own child?</p>
    <p>We follow the seven corporate parenting principles, which are to:</p>
    <ol>
      <li>act in the child's best interests and look after their physical and mental health;</li>
      <li>encourage children to share their views, wishes and feelings;</li>
      <li>give real weight to those views, wishes and feelings;</li>
      <li>help children to use the services of the council and its partners;</li>
      <li>aim high for children and seek the best outcomes for them;</li>
      <li>keep children safe and give them stability at home, in relationships and at school or work;</li>
      <li>prepare children for adulthood and independent living.</li>
    </ol>
  </section>
  <section class="chapter-part">
    <div class="heading">How we practise</div>
    <p>Our practice model is Restorative Practice. We work with families rather than doing things to them or for them, balancing high support with high challenge.</p>
  </section>
  <section class="chapter-part">
    <div class="heading">Outcomes we want for children</div>
    <p>We want every child in Brackenford to be healthy, to be safe from harm, to enjoy learning and do well, to have a say in their community and to grow up free from poverty.</p>
  </section>
  <section class="chapter-part">
    <div class="heading">Key principles</div>
    <p>We support children to stay with their families whenever that is safe for them.</p>
    <p>A plan for permanence will be in place within 6 months of a child coming into care.</p>
    <p>We stay alongside our care leavers until they are 21, and up to the age of 25 if they would like us to.</p>
    <p>Children and parents are always told about decisions that affect them and how to challenge them.</p>
  </section>
  <section class="chapter-part">
    <div class="heading">Keeping information safe</div>
    <p>We keep records accurate and secure. We share what we know with other agencies only where it helps to keep a child safe or where the family agrees, and we explain to families what we have shared.</p>
  </section>
  <section class="chapter-meta">
    <p>Version 4.2</p>
  </section>
</div>
<div class="site-footer">
  <div class="footer-col">
    <div class="heading">Contact us</div>
    <p>Brackenford Council, Mill Street, Brackenford</p>
    <p>Telephone 01632 960 418</p>
  </div>
  <div class="footer-col">
    <div class="heading">Follow us</div>
    <a href="https://social.example/brackenford">Facebook</a> <a href="https://video.example/brackenford">YouTube</a>
  </div>
  <div class="footer-col">
    <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a>
    <p>&copy; 2025 Brackenford Council</p>
  </div>
</div>""",
)

# ---------------------------------------------------------------------------------------------
# 15703: an old CMS table layout: banner row, left navigation cell, content cell, right
# "In this section" cell, footer row; headings as bold paragraphs.

LEFT_NAV = [
    "Home",
    "A to Z of services",
    "Advice and benefits",
    "Bins and recycling",
    "Business",
    "Children and families",
    "Children in care",
    "Leaving care",
    "Corporate parenting",
    "Fostering and adoption",
    "Early help",
    "Schools",
    "Community and living",
    "Council tax",
    "Environment",
    "Health and social care",
    "Housing",
    "Jobs and careers",
    "Leisure",
    "Libraries",
    "Parking",
    "Planning",
    "Roads",
    "Our values",
    "Your councillors",
    "Consultations",
    "News",
    "Contact us",
]

DOC3 = page(
    TITLE,
    "Ashcombe Vale District Council",
    "",
    """<table width="100%" border="0" cellspacing="0" cellpadding="4" class="layout">
<tr>
  <td colspan="3" class="banner"><img src="/images/crest.gif" alt="Ashcombe Vale District Council crest" width="90" height="60">
    <a href="/">Home</a> | <a href="/atoz">A to Z</a> | <a href="/contact">Contact us</a> | <a href="/textonly">Text only</a></td>
</tr>
<tr>
  <td class="leftnav" valign="top" width="180">
"""
    + "\n".join(f'    <a href="/{slug(item)}">{item}</a><br>' for item in LEFT_NAV)
    + f"""
  </td>
  <td class="maincell" valign="top">
    <p class="pagetitle"><b>{TITLE}</b></p>
    <p><i>Amended: October 2024</i></p>
    <p><b>1. Scope</b></p>
    <p>This chapter sets out the overall policy within which all of the council's children's services procedures operate, and the values and principles that staff are expected to follow.</p>
    <p><b>2. Introduction</b></p>
    <p>This policy describes the framework for the council's work with children, young people and their families, and with its partner agencies. It is based on the following:</p>
    <p>&bull; Children Act 1989<br>
    &bull; Children Act 2004<br>
    &bull; Children (Leaving Care) Act 2000<br>
    &bull; Children and Social Work Act 2017</p>
    <p><b>3. Our Values</b></p>
    <p>We value honesty, fairness and respect. We believe that children should be listened to, that families should be helped early, and that difference should be welcomed rather than judged.</p>
    <p><b>4. Corporate Parenting</b></p>
    <p>As corporate parent to our Cared for Children, the council must have regard to the seven corporate parenting principles. These are:</p>
    <p>a) to act in the best interests of the children and promote their physical and mental health and wellbeing;<br>
    b) to encourage them to express their views, wishes and feelings;<br>
    c) to take those views, wishes and feelings into account;<br>
    d) to help them to gain access to and make the best use of services;<br>
    e) to promote high aspirations and seek the best outcomes for them;<br>
    f) for them to be safe and to have stability in their home lives, relationships and education or work;<br>
    g) to prepare them for adulthood and independent living.</p>
    <p><b>5. Our Vision</b></p>
    <p>Our vision is that every child in Ashcombe Vale grows up safe, healthy and happy, in a family that can care for them, and leaves childhood ready for the life they want.</p>
    <p><b>6. Our Practice Model</b></p>
    <p>Ashcombe Vale has adopted the Family Safeguarding model. Social workers, adult mental health workers, domestic abuse workers and substance misuse workers share one team around the family.</p>
    <p><b>7. Key Principles</b></p>
    <p>Help is offered as early as possible so that problems do not grow.</p>
    <p>Permanence plans for Cared for Children are made within three months of the child coming into care.</p>
    <p>Young people leaving care are supported until they reach 21, or until 25 if they are in full-time education.</p>
    <p>Children and families are consulted on plans, and all plans for Cared for Children are reviewed independently.</p>
    <p><b>8. Information Sharing and Confidentiality</b></p>
    <p>Information about children and families is confidential. It is shared with other agencies only where there is a lawful reason, such as protecting a child from harm, and families are told about it unless that would put a child at risk.</p>
    <p>Last reviewed: 03/12/2024</p>
  </td>
  <td class="rightnav" valign="top" width="200">
    <p><b>In this section</b></p>
    <a href="/procedures/contents">Procedures contents</a><br>
    <a href="/procedures/referrals">Referrals and assessment</a><br>
    <a href="/procedures/child-protection">Child protection</a><br>
    <a href="/procedures/cared-for">Cared for children</a><br>
    <a href="/procedures/care-leavers">Care leavers</a><br>
    <p><b>Contact</b></p>
    <p>Children's Services Front Door<br>01632 960 771</p>
  </td>
</tr>
<tr>
  <td colspan="3" class="footer"><a href="#top">Back to top</a> | <a href="javascript:window.print()">Print this page</a> | <a href="/accessibility">Accessibility</a> | &copy; Ashcombe Vale District Council 2024</td>
</tr>
</table>""",
)

# ---------------------------------------------------------------------------------------------
# 15704: an accordion: each section's heading a <button aria-expanded="false"> over a hidden
# <div> body.

ACCORDION = [
    (
        "Scope of this chapter",
        "<p>This chapter describes the policy framework that every Moorcastle children's social care procedure rests on, and the values and principles behind our practice.</p>",
    ),
    (
        "Introduction",
        """<p>The policy sets out how Moorcastle City Council works with children and families, from early help through to care and beyond. It is shaped by:</p>
          <ul>
            <li>the Children Act 1989</li>
            <li>the Children Act 2004</li>
            <li>the Children (Leaving Care) Act 2000</li>
            <li>the Children and Young Persons Act 2008</li>
            <li>the Children and Families Act 2014</li>
            <li>the Children and Social Work Act 2017</li>
            <li>the Human Rights Act 1998</li>
          </ul>""",
    ),
    (
        "Working with other agencies",
        "<p>We cannot protect children alone. Health, education, police and voluntary partners work with us under Working Together to Safeguard Children, sharing the duty to notice when a child needs help and to act on it.</p>",
    ),
    (
        "Our values",
        "<p>We are kind, curious and straightforward. We treat families as experts in their own lives, we explain what we are doing and why, and we own our mistakes.</p>",
    ),
    (
        "Corporate parenting",
        """<p>For children who are looked after, the council is their parent, and every part of it shares that role. We hold ourselves to the seven corporate parenting principles:</p>
          <ul>
            <li>acting in the child's best interests and caring for their health and well-being;</li>
            <li>encouraging the child to tell us their views, wishes and feelings;</li>
            <li>taking those views, wishes and feelings seriously;</li>
            <li>helping the child to find and use the services they need;</li>
            <li>promoting high ambitions and the best possible outcomes;</li>
            <li>keeping the child safe, with stability at home, at school and in relationships;</li>
            <li>preparing the child for adulthood and living independently.</li>
          </ul>""",
    ),
    (
        "Our vision",
        "<p>We want Moorcastle to be a city where children are safe, grow up in families, and are proud of where they come from.</p>",
    ),
    (
        "Our practice model",
        "<p>We have adopted Systemic Practice as our practice model. Workers look at the relationships around a child and work with the whole family system, using reflective group supervision.</p>",
    ),
    (
        "Key outcomes",
        "<p>We measure our success by whether children are healthy, safe, learning and achieving, taking part in their communities and leaving childhood with the means to look after themselves.</p>",
    ),
    (
        "Key principles",
        """<p>Children should live with their families unless it is unsafe.</p>
          <p>Each of the children who are looked after by the city will have a permanence plan within four months of coming into care.</p>
          <p>We support care leavers until they are 21, and to 25 where a young person asks for it.</p>
          <p>Children and their parents take part in planning, and plans are checked by an independent reviewing officer.</p>""",
    ),
    (
        "Information sharing",
        "<p>We share information about children and families carefully, lawfully and only as much as is needed. Where a child may be at risk of harm, their safety comes before confidentiality.</p>",
    ),
]

ACCORDION_HTML = "\n".join(
    f"""      <div class="accordion__section">
        <div class="accordion__header">
          <button type="button" class="accordion__toggle" aria-expanded="false" aria-controls="acc-{n}">{heading}</button>
        </div>
        <div id="acc-{n}" class="accordion__body" hidden>
          {body}
        </div>
      </div>"""
    for n, (heading, body) in enumerate(ACCORDION, start=1)
)

DOC4 = page(
    TITLE,
    "Moorcastle City Council",
    "",
    f"""<a class="skip" href="#main">Skip to content</a>
<header class="header">
  <a href="/" class="header__logo"><img src="/logo.svg" alt="Moorcastle City Council"></a>
  <nav class="header__nav" aria-label="Main menu">
    <ul>
      <li><a href="/services">Services</a></li><li><a href="/news">News</a></li>
      <li><a href="/your-council">Your council</a></li><li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/children">Children and young people</a></li><li>Procedures</li></ol></nav>
<main id="main">
  <h1>{TITLE}</h1>
  <p class="amendment-note">This chapter was last amended in May 2025.</p>
  <div class="accordion" data-module="accordion">
    <div class="accordion__controls">
      <button type="button" class="accordion__open-all" aria-expanded="false">Open all sections</button>
    </div>
{ACCORDION_HTML}
  </div>
  <p class="last-updated">Last updated: 9 June 2025</p>
  <div class="page-actions"><button type="button" onclick="window.print()">Print this page</button> <a href="/feedback">Report a problem with this page</a></div>
</main>
<footer class="footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>&copy; Moorcastle City Council</p>
</footer>""",
)

# ---------------------------------------------------------------------------------------------
# 15705: a cookie consent modal, a mega-menu of hundreds of links, the chapter in <main> with
# <h2>/<h3>, a footer with a newsletter sign-up.

DOC5 = page(
    TITLE,
    "Wexcombe Council",
    "",
    f"""<div id="cookie-consent" class="modal modal--cookies" role="dialog" aria-modal="true" aria-labelledby="cookie-consent-title">
  <div class="modal__dialog">
    <h2 id="cookie-consent-title">Your cookie choices</h2>
    <p>We use essential cookies to make this website work. We would also like to set analytics cookies that help us understand how people use the site, so that we can improve it.</p>
    <h3>Analytics cookies</h3>
    <label class="switch"><input type="checkbox" name="analytics"> Allow analytics cookies</label>
    <h3>Marketing cookies</h3>
    <label class="switch"><input type="checkbox" name="marketing"> Allow marketing cookies</label>
    <div class="modal__buttons">
      <button type="button" class="btn">Accept all cookies</button>
      <button type="button" class="btn">Reject non-essential cookies</button>
      <button type="button" class="btn btn--link">Save my choices</button>
    </div>
    <p><a href="/cookies">Read our cookie policy</a></p>
  </div>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <a href="/"><img src="/logo.svg" alt="Wexcombe Council home"></a>
  <nav class="mega-menu" aria-label="Main navigation">
    <button type="button" class="mega-menu__toggle" aria-expanded="false">Menu</button>
    <div class="mega-menu__panels">
{mega_menu(2)}
    </div>
  </nav>
</header>
<main id="main-content">
  <h1>{TITLE}</h1>
  <h2>About this chapter</h2>
  <h3>Who it applies to</h3>
  <p>This chapter applies to everyone who works in Wexcombe's children's services, and frames every other procedure in this manual.</p>
  <h3>What changed</h3>
  <p>Amended in April 2025 to add our strategy for the next three years.</p>
  <h2>Introduction</h2>
  <p>This policy sets out the framework within which Wexcombe Council works with children, young people and families. It draws on these laws:</p>
  <ul>
    <li>Children Act 1989</li>
    <li>Children Act 2004</li>
    <li>Children and Young Persons Act 2008</li>
    <li>Children and Families Act 2014</li>
    <li>Children and Social Work Act 2017</li>
  </ul>
  <h2>Partnership working</h2>
  <p>Safeguarding children is a responsibility shared by every agency that meets them. In line with Working Together to Safeguard Children, we plan and review our services with the police, the NHS, schools and the voluntary sector.</p>
  <h2>Our values and ambitions</h2>
  <p>We put children first, we are honest and fair, and we never give up on a child. We want every child in Wexcombe to have the same chances as any other child in the country.</p>
  <h2>Corporate parenting</h2>
  <h3>What it means</h3>
  <p>When we look after a child, the council as a whole becomes their corporate parent. Our Children Looked After deserve the same care, ambition and persistence from us that a loving family would give.</p>
  <h3>The seven principles</h3>
  <p>We will:</p>
  <ul>
    <li>act in their best interests and promote their physical and mental health and well-being;</li>
    <li>encourage them to express their views, wishes and feelings;</li>
    <li>take those views, wishes and feelings into account;</li>
    <li>help them to access and make the best use of our services and those of our partners;</li>
    <li>promote high aspirations and seek the best outcomes for them;</li>
    <li>help them to be safe and to have stability in their home lives, relationships and education or work;</li>
    <li>prepare them for adulthood and independent living.</li>
  </ul>
  <h2>Our vision</h2>
  <p>Our vision is of a Wexcombe where children are safe at home, do well at school and grow into confident adults.</p>
  <h2>Our practice model</h2>
  <p>All our social workers are trained in Signs of Safety, which we use from the first contact with a family to the closing of the case.</p>
  <h2>Key outcomes</h2>
  <h3>Being healthy</h3>
  <p>Children have their physical and emotional health looked after and learn to live healthily.</p>
  <h3>Staying safe</h3>
  <p>Children are protected from harm and neglect and grow up in safe homes.</p>
  <h3>Enjoying and achieving</h3>
  <p>Children get a good education and have time to play and follow their interests.</p>
  <h2>Key principles</h2>
  <p>Children should be brought up within their own families wherever possible.</p>
  <p>Permanence plans will be in place within 4 months of a child becoming looked after.</p>
  <p>Care leavers can have the help of a personal adviser until they are 25.</p>
  <p>We consult children and families about their plans and about the services we provide.</p>
  <h2>Our strategy</h2>
  <p>Our strategy for 2025 to 2028 is to help families earlier, keep more children safely at home, and find local homes for the children we look after.</p>
  <h2>Information sharing</h2>
  <p>We treat information about families as confidential and share it only where the law allows or where a child needs protecting.</p>
  <p class="updated">Page last updated: 2 April 2025</p>
</main>
<footer class="site-footer">
  <div class="newsletter">
    <h2>Sign up to our newsletter</h2>
    <p>Get the latest news and events from Wexcombe Council sent to your inbox every month.</p>
    <form action="/newsletter" method="post">
      <label for="nl-email">Email address</label>
      <input id="nl-email" type="email" name="email">
      <button type="submit">Subscribe</button>
    </form>
  </div>
  <ul class="footer-links">
    <li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li>
    <li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li>
  </ul>
  <p>&copy; Wexcombe Council 2025</p>
</footer>""",
)

FILES = {
    "15701-html-no-main-col-md-8-beside-related-links-sidebar-helpful-form-under-chapter.html": DOC1,
    "15702-html-div-class-heading-no-h-tags-sections-footer-div-headings-version-line.html": DOC2,
    "15703-html-table-layout-old-cms-nav-cells-bold-numbered-headings-bullet-br-acts.html": DOC3,
    "15704-html-accordion-button-headings-hidden-panels-open-all-amended-note.html": DOC4,
    "15705-html-cookie-modal-mega-menu-main-h2-h3-newsletter-footer.html": DOC5,
}


def main() -> None:
    for name, text in FILES.items():
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
