"""A printed contents list under its label, its entries plain lines but for one the heading
rules took for a heading ("About this chapter", a cue's words): headings further on say the
entries again, so the lines are entries, and the later heading opens its own section
(decision 0249). Texts written for this test in our own words."""

from tests.sections.helpers import outline_of

ENTRIES = (
    "About this chapter\n\nThe duties we have in law\n\nPartners we plan with\n\n"
    "Looking after children as their parent\n\n"
)
BODY = (
    "## About this chapter\n\nThis chapter sets out what the council believes and how it "
    "looks after children in its care. It was amended in March 2025.\n\n"
    "## The duties we have in law\n\nOur duties come from the Children Act 1989 and the "
    "Children and Social Work Act 2017.\n\n"
    "## Partners we plan with\n\nWe plan with schools, health services and the police, as "
    "Working Together to Safeguard Children asks.\n\n"
    "## Looking after children as their parent\n\nEvery councillor is a corporate parent to "
    "the children the council looks after.\n"
)


def test_entries_said_again_by_later_headings_are_entries_of_the_contents_list():
    text = "# Policies, Values and Principles\n\n## Contents\n\n" + ENTRIES + BODY
    outline = outline_of(text, "markdown")
    assert [(section.kind, section.heading) for section in outline.sections][1:3] == [
        ("scope", "Contents"),
        ("scope", "About this chapter"),
    ]
    contents = outline.sections[1]
    assert contents.heading == "Contents"
    assert "The duties we have in law" in contents.text
    assert "## About this chapter" not in contents.text


def test_a_heading_under_contents_said_nowhere_else_stays_a_heading():
    text = (
        "# Policies, Values and Principles\n\n## Contents\n\nAbout this chapter\n\n"
        "This chapter sets out what the council believes and how it looks after children in "
        "its care. It was amended in March 2025.\n\n"
        "## The duties we have in law\n\nOur duties come from the Children Act 1989.\n"
    )
    outline = outline_of(text, "markdown")
    headings = [block.content for block in outline.blocks() if block.type == "heading"]
    assert "About this chapter" in headings
