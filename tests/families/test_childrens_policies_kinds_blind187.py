"""Section kinds and facts of plain English web pages retelling the chapter for the public, met
in blind round 187 (decision 0296): a lead telling "you" what the page is about, and a line in
the council's voice saying when it changed the page, open the scope; a heading naming the
18th birthday heads leaving care; "these policies" changed dates the chapter; a plan for where
the child will live for the rest of their childhood is the permanence plan, and "this plan" a
sentence or two on gives its timescale.

Each document is written for this test in our own words.
"""

from tests.families.fact_helpers import fact_value
from tests.reading import read_kinds_and_headings


def test_a_lead_telling_you_what_the_page_is_about_opens_the_scope():
    text = (
        "# Fostering and adoption in Marlow Cross\n\n"
        "This guide shows you what happens when a child in Marlow Cross cannot live at home, "
        "and who will help them.\n\n"
        "## Staying with people you know\n\n"
        "We always ask grandparents, aunts and uncles first.\n"
    )
    assert read_kinds_and_headings(text, "page.md")[1] == ("scope", None)


def test_a_page_telling_you_to_do_something_is_no_scope_cue():
    text = (
        "# Reporting a concern\n\n"
        "## What to do\n\n"
        "This page tells you to ring the duty team at once if a child is in danger.\n"
    )
    assert ("scope", "What to do") not in read_kinds_and_headings(text, "page.md")


def test_a_line_saying_we_changed_the_page_under_the_title_opens_the_scope():
    text = (
        "# How we care for children in Dunmere\n\n"
        "We updated this guide on 2 March 2026.\n\n"
        "Children who cannot live at home need to know who will look after them.\n\n"
        "## Money for care leavers\n\n"
        "Every care leaver gets a setting-up-home grant.\n"
    )
    kinds = read_kinds_and_headings(text, "page.md")
    assert kinds[1] == ("scope", None)
    assert fact_value(text, "amendment_date", "page.md") == "2026-03-02"


def test_why_we_wrote_this_guide_heads_the_scope():
    text = (
        "# Children in care: a guide for families\n\n"
        "## Why we wrote this guide\n\n"
        "Families told us our procedures were hard to read, so we have said the main points "
        "simply.\n\n"
        "## Family time\n\n"
        "Children keep seeing their brothers and sisters wherever that is safe.\n"
    )
    assert ("scope", "Why we wrote this guide") in read_kinds_and_headings(text, "page.md")


def test_a_heading_naming_the_18th_birthday_heads_leaving_care():
    text = (
        "# Our promises to young people\n\n"
        "## Before your eighteenth birthday\n\n"
        "Your social worker and you will write a pathway plan together, about money, college "
        "and where you will live.\n"
    )
    assert ("key_principles", "Before your eighteenth birthday") in read_kinds_and_headings(
        text, "page.md"
    )


def test_these_policies_changed_in_a_month_date_the_chapter():
    text = (
        "# Children in care: our policies in brief\n\n"
        "This page is for parents and carers. We last revised these policies in July 2025, "
        "after talking to care leavers.\n\n"
        "## Keeping in touch\n\n"
        "Children keep in touch with the people who matter to them.\n"
    )
    assert fact_value(text, "amendment_date", "page.md") == "2025-07"


def test_our_policies_on_another_subject_changed_do_not_date_the_chapter():
    text = (
        "# Children in care: our policies in brief\n\n"
        "This page is for parents and carers.\n\n"
        "## Money\n\n"
        "We updated our policies on mileage allowances in May 2024.\n"
    )
    assert fact_value(text, "amendment_date", "page.md") is None


def test_this_plan_a_sentence_on_from_a_plan_for_a_childhood_home_gives_its_months():
    text = (
        "# Growing up in our care\n\n"
        "## Somewhere to belong\n\n"
        "When going home is not possible, your social worker makes a plan for where you will "
        "live until you are grown up. It might be with family friends or with an adoptive "
        "family. That plan is agreed within seven months of you coming into care.\n"
    )
    assert fact_value(text, "permanence_plan_months", "page.md") == 7


def test_a_plan_for_where_a_child_lives_next_gives_no_permanence_months():
    text = (
        "# Growing up in our care\n\n"
        "## Emergencies\n\n"
        "After an emergency we make a plan for where the child will live this week. It might "
        "be with foster carers. This plan is looked at again after two months.\n"
    )
    assert fact_value(text, "permanence_plan_months", "page.md") is None


def test_this_plan_after_another_plan_is_named_is_not_followed():
    text = (
        "# Growing up in our care\n\n"
        "## Somewhere to belong\n\n"
        "We make a plan for where you will live for the rest of your childhood. Your school "
        "writes a personal education plan too. This plan is reviewed after three months.\n"
    )
    assert fact_value(text, "permanence_plan_months", "page.md") is None
