"""A markdown heading carrying an image after its words (a docs site's status badge,
"![Status: Current](…)"): the heading as printed is its words, without the image's alt text
(blind296, decision 0432). Written for this test in our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of


def _headings(text: str) -> list[str | None]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [section.heading for section in outline.sections]


def test_a_badge_image_is_no_part_of_the_heading() -> None:
    headings = _headings(
        "# Fostering Allowances ![Status: Current](https://img.example/status-current.svg)\n\n"
        "This chapter sets the weekly rates.\n\n"
        "## Weekly rates ![new](https://img.example/new.svg)\n\nCarers are paid weekly.\n"
    )
    assert headings[0] == "Fostering Allowances"
    assert "Weekly rates" in headings


def test_a_link_in_a_heading_keeps_its_words() -> None:
    headings = _headings(
        "# Fostering Allowances\n\nThis chapter sets the weekly rates.\n\n"
        "## The [Children Act 1989](https://law.example/1989) duties\n\nWe follow the Act.\n"
    )
    assert "The Children Act 1989 duties" in headings
