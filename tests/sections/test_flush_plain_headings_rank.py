"""Decision 0376: a text with no blank line anywhere (a PDF's text copied out) sets every
plain-line heading flush between two paragraphs. When earlier lines set so opened sections of
other kinds, a line of the open section's own kind after a section that says something of its
own is its sibling, as lines set apart by blank lines are (decision 0071); a line stacked
straight under another heading stays its part, and without sections of other kinds before them
the lines still show no rank."""

from tests.sections.helpers import assert_tiles, outline_of

_HEAD = (
    "Looked After Children: Our Approach\n"
    "Purpose\n"
    "This chapter sets out how Brackenford supports the children it looks after.\n"
    "Corporate Parenting\n"
    "As corporate parents we want for our children what any good parent would want.\n"
)


def _kinds_and_headings(text):
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    return [(section.kind, section.heading) for section in outline.sections]


def test_flush_line_after_a_section_that_says_something_is_its_sibling():
    text = (
        f"{_HEAD}Permanence\n"
        "Each child has a plan for a settled home by the second review. Relatives are asked "
        "first.\n"
        "Leaving Care\n"
        "Young people keep a personal adviser until they turn 25 if they wish.\n"
    )
    kinds = _kinds_and_headings(text)
    assert kinds[-2:] == [("key_principles", "Permanence"), ("key_principles", "Leaving Care")]


def test_flush_line_after_a_one_sentence_lead_in_joins():
    text = (
        f"{_HEAD}Permanence\n"
        "Our promises are below.\n"
        "Leaving Care\n"
        "Young people keep a personal adviser until they turn 25 if they wish.\n"
    )
    assert _kinds_and_headings(text)[-1] == ("key_principles", "Permanence")


def test_flush_lines_with_no_earlier_section_of_another_kind_show_no_rank():
    text = (
        "Looked After Children: Our Approach\n"
        "Permanence\n"
        "Each child has a plan for a settled home by the second review. Relatives are asked "
        "first.\n"
        "Leaving Care\n"
        "Young people keep a personal adviser until they turn 25 if they wish.\n"
    )
    assert [heading for _, heading in _kinds_and_headings(text)][-1] == "Permanence"


def test_a_blank_line_anywhere_leaves_the_rank_to_the_blank_lines():
    text = (
        f"{_HEAD}Permanence\n"
        "Each child has a plan for a settled home by the second review. Relatives are asked "
        "first.\n"
        "Leaving Care\n"
        "Young people keep a personal adviser until they turn 25 if they wish.\n\n"
        "Last reviewed: March 2026\n"
    )
    headings = [heading for _, heading in _kinds_and_headings(text)]
    assert "Leaving Care" not in headings
