"""Section kinds of documents on children in care in other genres than a procedures-manual
chapter, met in blind round 177 (decision 0282): a committee report's "Purpose of report",
"Recommendations" and "Implications", a strategy's or a charter's "About this strategy", a
pledge's opening "This is the pledge …" and its group of health and schooling promises.

Each document is written for this test in our own words.
"""

from tests.reading import read_kinds_and_headings

_REPORT = (
    "# Report to the Corporate Parenting Panel: Sufficiency of Foster Homes\n\n"
    "## 1. Purpose of the report\n\n"
    "1.1 This report tells the Panel how many foster homes the council has and asks it to "
    "agree a plan to find more.\n\n"
    "## 2. Recommendations to the Panel\n\n"
    "2.1 The Panel is asked to agree a campaign to recruit twenty foster families and to "
    "support a second supported lodgings scheme.\n\n"
    "## 3. The law\n\n"
    "3.1 The Children Act 1989 requires the council to have enough homes for the children it "
    "looks after within its area.\n\n"
    "## 4. Financial and legal implications\n\n"
    "4.1 The campaign costs £40,000, met from the fostering budget. The proposals meet the "
    "council's duties.\n\n"
    "## 5. Contact officer\n\n"
    "Sam Reed, Fostering Manager\n"
)


def test_purpose_of_the_report_heads_the_scope():
    assert ("scope", "1. Purpose of the report") in read_kinds_and_headings(_REPORT, "report.md")


def test_recommendations_to_the_panel_are_the_strategy():
    assert ("strategy", "2. Recommendations to the Panel") in read_kinds_and_headings(
        _REPORT, "report.md"
    )


def test_implications_and_contact_officer_are_no_kind():
    kinds = read_kinds_and_headings(_REPORT, "report.md")
    assert ("other", "4. Financial and legal implications") in kinds
    assert ("other", "5. Contact officer") in kinds


def test_the_purpose_of_the_care_plan_is_no_scope_heading():
    text = (
        "# Leaving Care\n\n## Purpose of the pathway plan\n\n"
        "The pathway plan sets out the support a young person will have after they turn 18.\n"
    )
    assert ("scope", "Purpose of the pathway plan") not in read_kinds_and_headings(
        text, "report.md"
    )


def test_about_this_charter_heads_the_scope():
    text = (
        "# Care Leavers' Charter\n\n## About this charter\n\n"
        "We wrote this charter with young people who have left our care, to say what they can "
        "expect from every part of the council.\n\n"
        "## Somewhere to live\n\nWe will help you find a home you can afford.\n"
    )
    assert ("scope", "About this charter") in read_kinds_and_headings(text, "report.md")


def test_a_pledge_naming_itself_opens_its_scope():
    text = (
        "<html><body><main><h1>Our promise to children in care</h1>"
        "<p>This is our promise to you, every child and young person we look after. We wrote it "
        "with the Children in Care Council.</p>"
        "<h2>Your home</h2><ul><li>We will find you a home where you feel safe.</li>"
        "<li>We will not move you without telling you why.</li></ul>"
        "</main></body></html>"
    )
    kinds = read_kinds_and_headings(text, "pledge.html")
    assert kinds[1][0] == "scope"


def test_health_and_education_promises_are_outcomes():
    text = (
        "# Our Pledge to Children in Care\n\n"
        "## Your home\n\n- We will find you a home close to your school.\n\n"
        "## Your health and education\n\n"
        "- We will make sure you see a dentist and a doctor.\n"
        "- We will help you do well at school and go on to college if you want to.\n"
    )
    assert ("key_outcomes", "Your health and education") in read_kinds_and_headings(
        text, "report.md"
    )
