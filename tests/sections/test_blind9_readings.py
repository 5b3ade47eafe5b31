"""Section readings met in the ninth blind round (issue 12): a heading whose only text is its
sub-sections, and a paragraph that makes the whole council the parent without the words
"corporate parent"."""

from tests.sections.helpers import assert_tiles, outline_of


def test_a_heading_over_sub_headings_is_read_by_its_sub_sections():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## About this chapter\n\nThis chapter is the context for all our procedures.\n\n"
        "## What we want for every child\n\n"
        "### Healthy\nChildren have their physical and mental health looked after.\n\n"
        "### Safe\nChildren are protected from abuse, neglect and exploitation.\n\n"
        "### Achieving\nChildren go to school and leave with qualifications.\n\n"
        "## Our plans\n\nWe will open two more children's homes.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = {section.heading: section.kind for section in outline.sections}
    assert kinds["What we want for every child"] == "key_outcomes"


def test_the_whole_council_as_parent_opens_corporate_parenting_in_unheaded_text():
    text = (
        "Children's Services Policies, Values and Principles\n"
        "This chapter gives the background against which all our procedures should be read.\n"
        "Our duties come from the Children Act 1989 and the Children Act 2004.\n"
        "Our borough takes seriously the fact that, for the children it looks after, the whole "
        "Council is the parent. Housing and leisure officers have a part to play.\n"
        "A panel of councillors and young people meets every quarter.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    starts = {section.kind: section.text[:20] for section in outline.sections}
    assert starts.get("corporate_parenting") == "Our borough takes se"
