"""Section kinds of web pages on children in care met in blind round 167 (decision 0270): an
explainer's "The short version" sums the page up as a scope box does, a page's lead saying
whom "this page is for" opens its scope, and a promise in the council's voice to listen to the
child heads consultation, one of the principles of work.

Each document is written for this test in our own words.
"""

from tests.reading import facts_of, read_kinds_and_headings


def test_the_short_version_heads_the_scope():
    text = (
        "# Induction notes: our duties to care leavers\n\n"
        "## The short version\n\n"
        "These notes walk new staff through what the council owes young people who have left "
        "its care, and where the detail is kept.\n\n"
        "## Being a corporate parent\n\n"
        "Every officer of the council shares the duty to act as a good parent would.\n"
    )
    assert ("scope", "The short version") in read_kinds_and_headings(text, "page.md")


def test_a_short_version_of_something_else_is_no_summary_heading():
    text = (
        "# Induction notes\n\n"
        "## The short version of the care plan\n\n"
        "A one-page care plan is given to every child, written in words they understand.\n"
    )
    assert ("scope", "The short version of the care plan") not in read_kinds_and_headings(
        text, "page.md"
    )


def test_a_lead_saying_whom_this_page_is_for_opens_the_scope():
    text = (
        "# Fostering in Wendlebury: what we promise\n\n"
        "This page is for every young person we look after and the carers who live with them. "
        "It sets out what the council promises to do.\n\n"
        "## We will find you a settled home\n\n"
        "A plan for where you will grow up is agreed within four months.\n"
    )
    assert ("scope", None) in read_kinds_and_headings(text, "page.md")


def test_a_promise_to_listen_to_you_heads_the_principles_of_work():
    text = (
        "# Our commitments to children in care\n\n"
        "## We will listen to you\n\n"
        "Before any big decision is made you will be asked what you think, and an advocate can "
        "speak for you if you want one.\n\n"
        "## We will keep your records private\n\n"
        "Only people who need to know will see what we write about you.\n"
    )
    assert ("key_principles", "We will listen to you") in read_kinds_and_headings(text, "page.md")


def test_a_promise_to_listen_to_partners_is_no_consultation_cue():
    text = (
        "# Our commitments\n\n"
        "## We will listen to our partners\n\n"
        "The police, schools and health services tell us what they see, and we act on it "
        "together under the safeguarding arrangements.\n"
    )
    assert ("key_principles", "We will listen to our partners") not in read_kinds_and_headings(
        text, "page.md"
    )


def test_a_change_note_under_the_short_version_dates_the_chapter():
    text = (
        "# Your first month: our duties to care leavers\n\n"
        "## The short version\n\n"
        "This page is a quick guide to the chapter of our manual on leaving care. You need not "
        "learn it by heart, but you should know what it says. It was brought up to date in "
        "April 2025.\n\n"
        "## After eighteen\n\n"
        "Care leavers keep a personal adviser up to the age of 21.\n"
    )
    assert facts_of(text, "page.md")["amendment_date"].value == "2025-04"
