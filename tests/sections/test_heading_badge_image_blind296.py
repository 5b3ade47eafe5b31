"""A markdown heading carrying an image after its words (a docs site's status badge,
"![Status: Current](…)"): the heading as printed is its words, without the image's alt text
(blind296, decision 0432). Written for this test in our own words."""

from __future__ import annotations

from tests.sections.outline_helpers import headings_of


def test_a_badge_image_is_no_part_of_the_heading() -> None:
    headings = headings_of(
        "# Fostering Allowances ![Status: Current](https://img.example/status-current.svg)\n\n"
        "This chapter sets the weekly rates.\n\n"
        "## Weekly rates ![new](https://img.example/new.svg)\n\nCarers are paid weekly.\n",
        "markdown",
    )
    assert headings[0] == "Fostering Allowances"
    assert "Weekly rates" in headings


def test_a_link_in_a_heading_keeps_its_words() -> None:
    headings = headings_of(
        "# Fostering Allowances\n\nThis chapter sets the weekly rates.\n\n"
        "## The [Children Act 1989](https://law.example/1989) duties\n\nWe follow the Act.\n",
        "markdown",
    )
    assert "The Children Act 1989 duties" in headings
