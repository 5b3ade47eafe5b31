"""A summary box set inside a section of the body, a rank below that section's heading.

"Key facts", "At a glance" before the text say what the chapter covers (decision 0095) and as
the last heading recap the chapter's work (decision 0288). Between two sections of the body, as a
table's title row or a bold label under the section's own heading, the box sums up that section's
points and stays in it (decision 0573).
"""

from tests.sections.helpers import assert_tiles, outline_of


def _headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def _chapter(box_label: str, box_rank: str) -> str:
    return (
        "# Looked After Children: Values and Principles\n\n## Purpose of this chapter\n\n"
        "This chapter tells staff of the borough how we work with children in care.\n\n"
        "## Our values\n\nWe are honest with children and we keep the promises we make.\n\n"
        "## How we work\n\nA child in care should know early where they will grow up. We make "
        "a plan for permanence within three months of a child coming into care.\n\n"
        f"{box_rank}{box_label}{'**' if box_rank == '**' else ''}\n\n"
        "- Leaving care: a personal adviser until the young person turns 25.\n"
        "- Reviews: every child's plan is reviewed within 20 working days.\n\n"
        "## Confidentiality\n\nWe share what we know about a family only when the law allows "
        "it, and we record why.\n"
    )


def test_a_bold_summary_label_inside_a_section_of_the_body_stays_in_it():
    for label in ("At a glance", "Quick facts", "Key points"):
        outline = outline_of(_chapter(label, "**"), "markdown")
        assert _headings(outline)[1:] == [
            ("scope", "Purpose of this chapter"),
            ("values", "Our values"),
            ("key_principles", "How we work"),
            ("information_sharing", "Confidentiality"),
        ], label
        assert_tiles(outline)


def test_a_summary_sub_heading_a_markdown_rank_below_stays_in_its_section():
    outline = outline_of(_chapter("Key facts", "### "), "markdown")
    assert [kind for kind, _heading in _headings(outline)] == [
        "title",
        "scope",
        "values",
        "key_principles",
        "information_sharing",
    ]
    assert_tiles(outline)


def test_a_summary_box_before_the_text_still_opens_the_scope():
    text = (
        "# Looked After Children: Values and Principles\n\n**At a glance**\n\n"
        "- Who: every worker in children's social care.\n- What: how we work with children "
        "in care.\n\n## Our values\n\nWe are honest with children and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1] == ("scope", "At a glance")
