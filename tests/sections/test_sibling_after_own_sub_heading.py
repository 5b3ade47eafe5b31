"""A heading set at its section's rank after that section's own sub-heading (a Heading 2 under
a Heading 1, `###` under `##`) is the section's sibling, as the author marked it, also where
the kind model gives both the same kind or none; a heading of the sub-heading's rank still joins
(decision 0183). Each page is written for this test in our own words."""

from tests.sections.helpers import assert_tiles, outline_of


def _headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_a_heading_of_the_sections_rank_after_its_sub_heading_opens_a_section():
    text = (
        "# Moving On from Care\n\n## The pathway plan\n\nThe social worker writes the pathway "
        "plan with the young person before they turn sixteen. It says where they will live and "
        "who will help them.\n\n### Reviewing the plan\n\nThe plan is looked at again at least "
        "every six months.\n\n## After the eighteenth birthday\n\nThe personal adviser becomes "
        "the young person's main contact and visits them at least every two months. The social "
        "worker hands over at a joint meeting.\n\n## Keeping information safe\n\nWe share what "
        "we know about a young person only with those who need it to support them.\n"
    )
    outline = outline_of(text, "markdown")
    headings = [heading for _kind, heading in _headings(outline)]
    assert "After the eighteenth birthday" in headings
    assert "Reviewing the plan" not in headings
    assert_tiles(outline)


def test_a_heading_of_the_same_kind_after_the_sections_sub_heading_opens_a_section():
    text = (
        "# Fostering: How We Work\n\n## Principles of our work\n\nWe keep children with their "
        "families wherever it is safe. We decide quickly, because children cannot wait.\n\n"
        "### Permanence\n\nEvery child has a plan for a lasting home.\n\n## Working with "
        "families\n\nWe treat parents as partners and tell them honestly what worries us. We "
        "put what we agree in writing.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1:] == [
        ("key_principles", "Principles of our work"),
        ("key_principles", "Working with families"),
    ]
    assert_tiles(outline)


def test_a_heading_of_the_sub_headings_rank_still_joins():
    text = (
        "# Moving On from Care\n\n## The pathway plan\n\nThe social worker writes the pathway "
        "plan with the young person before they turn sixteen. It says where they will live and "
        "who will help them.\n\n### Reviewing the plan\n\nThe plan is looked at again at least "
        "every six months.\n\n### Changing the plan\n\nThe young person can ask for a change "
        "at any time.\n"
    )
    outline = outline_of(text, "markdown")
    headings = [heading for _kind, heading in _headings(outline)]
    assert "Reviewing the plan" not in headings
    assert "Changing the plan" not in headings
    assert_tiles(outline)
