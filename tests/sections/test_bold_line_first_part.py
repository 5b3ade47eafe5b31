"""A bold line right under a marked-up heading, with no text between them, is that heading's
first part, not a section of its own that would leave the heading empty (decision 0254). The
texts are what the HTML reader writes for the pages of `tests/ingest/
test_html_bold_headings_beside_h2.py` (a bold paragraph that is not its `<h2>`s' peer becomes a
`**…**` line), and so what a markdown source of the same page holds. Written for this test in
our own words.
"""

from tests.sections.outline_helpers import kinds_and_headings

TITLE = "# Our family help policy\n\n"
RECORDS = "## Records\n\nNotes are kept for six years.\n"


def test_a_bold_line_right_under_a_heading_is_its_first_part():
    text = (
        TITLE + "## What we want for children\n\n**Being healthy**\n\n"
        "Every child has a health check each year.\n\n" + RECORDS
    )
    assert kinds_and_headings(text, "markdown") == [
        ("title", "Our family help policy"),
        ("key_outcomes", "What we want for children"),
        ("information_sharing", "Records"),
    ]


def test_a_heading_of_another_topic_keeps_the_bold_line_right_under_it():
    text = (
        TITLE + "## How we work\n\n**Being healthy**\n\n"
        "Every child has a health check each year.\n\n" + RECORDS
    )
    assert [heading for _kind, heading in kinds_and_headings(text, "markdown")] == [
        "Our family help policy",
        "How we work",
        "Records",
    ]


def test_after_a_bold_opening_a_bold_line_right_under_a_heading_is_still_its_part():
    text = (
        TITLE + "**Changes made**\n\nWe rewrote the part on advisers this spring.\n\n"
        "## What we want for children\n\n**Being healthy**\n\n"
        "Every child has a health check each year.\n\n" + RECORDS
    )
    assert kinds_and_headings(text, "markdown") == [
        ("title", "Our family help policy"),
        ("scope", "Changes made"),
        ("key_outcomes", "What we want for children"),
        ("information_sharing", "Records"),
    ]


def test_bold_lines_after_the_headings_text_are_decided_as_before():
    # near-miss: text stands between the heading and its bold lines (decision 0178's ground)
    text = (
        TITLE + "## What we want for children\n\nWe measure ourselves against these.\n\n"
        "**Being healthy**\n\nEvery child has a health check each year.\n\n"
        "**Being safe**\n\nEvery child knows whom to tell.\n\n" + RECORDS
    )
    assert kinds_and_headings(text, "markdown") == [
        ("title", "Our family help policy"),
        ("key_outcomes", "What we want for children"),
        ("information_sharing", "Records"),
    ]


def test_a_bold_line_under_a_deeper_heading_stays_in_its_section():
    text = (
        "# Policies\n\n## 3. Key Outcomes\n\n### 3.1 Health\n\n**Being healthy**\n\n"
        "Children see a doctor when they need to.\n"
    )
    assert kinds_and_headings(text, "markdown") == [
        ("title", "Policies"),
        ("key_outcomes", "3. Key Outcomes"),
    ]


def test_a_councils_name_in_bold_under_the_title_stays_with_the_title():
    # decision 0263: what the HTML reader now writes for "<h1>…</h1><p><strong>Tarnmouth
    # Borough Council</strong></p>" before the first <h2>
    for stamp in ("Last updated 4 March 2025\n\n", ""):
        text = (
            TITLE + "**Tarnmouth Borough Council**\n\n" + stamp + "## Who this is for\n\n"
            "Every worker in the family help teams.\n\n" + RECORDS
        )
        assert [heading for _kind, heading in kinds_and_headings(text, "markdown")] == [
            "Our family help policy",
            "Who this is for",
            "Records",
        ]
        # as the old `##` over a stamp, the empty part under the name is a section of its own;
        # straight over a known heading, the name stands with the title too (decision 0386)
        as_heading = text.replace("**Tarnmouth Borough Council**", "## Tarnmouth Borough Council")
        if stamp:
            assert kinds_and_headings(as_heading, "markdown")[1][1] != "Who this is for"
        else:
            assert [heading for _kind, heading in kinds_and_headings(as_heading, "markdown")] == [
                "Our family help policy",
                "Who this is for",
                "Records",
            ]
