"""Section kinds of short documents on looked-after children and leaving care met in blind
round 160 (decision 0261): a guide, a leaflet or a briefing note speaks of itself as "this
guide", "this leaflet", "this note", in its scope heading or its opening words, and a list of
outcomes may say "them" for the children its heading named.

Each document is written for this test in our own words.
"""

from tests.reading import read_kinds_and_headings


def test_about_this_leaflet_heads_the_scope():
    text = (
        "# Staying Close: What It Means for You\n\n"
        "## About this leaflet\n\n"
        "This leaflet gives the main points of our Staying Close offer on two sides of paper.\n\n"
        "## Our promise\n\n"
        "The whole council is your corporate parent and wants the best for you.\n"
    )
    assert ("scope", "About this leaflet") in read_kinds_and_headings(text, "guide.md")


def test_why_this_note_has_been_written_heads_the_scope():
    text = (
        "# Briefing: Placement Stability\n\n"
        "## Why this note has been written\n\n"
        "Councillors asked how often children in our care move home. The answer is set out "
        "below for the scrutiny committee.\n\n"
        "## Our values\n\n"
        "We are honest, kind and persistent.\n"
    )
    assert ("scope", "Why this note has been written") in read_kinds_and_headings(text, "guide.md")


def test_why_the_council_has_been_written_to_is_no_scope_heading():
    text = (
        "# Briefing: Placement Stability\n\n"
        "## Why the minister has written to us\n\n"
        "The minister asked every council how often children in care move home.\n"
    )
    assert ("scope", "Why the minister has written to us") not in read_kinds_and_headings(
        text, "guide.md"
    )


def test_a_guide_written_for_you_opens_its_scope_under_a_heading_no_cue_knows():
    text = (
        "# Your Pathway Plan\n\n"
        "**Hello**\n\n"
        "Dear reader, we have written this guide for you if you are leaving foster care this "
        "year, so that you know what to expect.\n\n"
        "**Having your say**\n\n"
        "Nothing about your plan should be decided without you.\n"
    )
    assert ("scope", "Hello") in read_kinds_and_headings(text, "guide.md")


def test_what_we_do_for_young_people_names_no_readers():
    text = (
        "# Your Pathway Plan\n\n"
        "**Money**\n\n"
        "We have made a grant for you when you move into your own home, and your adviser will "
        "help you claim it.\n"
    )
    assert ("scope", "Money") not in read_kinds_and_headings(text, "guide.md")


def test_outcomes_wanted_for_them_after_a_heading_naming_the_children():
    text = (
        "# Corporate Parenting Questions\n\n"
        "## What do we hope for the young people in our care?\n\n"
        "We want them to be healthy and safe, to do well in their education, and to leave our "
        "care ready for a home of their own.\n"
    )
    kinds = read_kinds_and_headings(text, "guide.md")
    assert ("key_outcomes", "What do we hope for the young people in our care?") in kinds
