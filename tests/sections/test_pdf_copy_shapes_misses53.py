"""Shapes of PDF viewers' copies met in the known-misses round of decision 0394.

- numbered headings in synthesized small capitals, which a copy gives with letters in the wrong
  case ("4 corporate parenting reSponSibiLitieS"): a bare-numbered line opening in lower case
  carries on a run of bare-numbered headings that capital-led lines started, but starts none;
- a list's bullets stacked on lines of their own apart from the items, three or more: the last
  of the run takes no words from the line under it (two in a row are an empty item and the
  next, decision 0106);
- a table copied a cell a line, its last value ("Up to age 18") right above the next heading
  with no blank line between: the heading after a figure is a heading.

Every text is written for these tests in our own words about invented councils. Sections still
tile the text.
"""

from __future__ import annotations

from app.sections.blocks_text import scan_text_blocks
from app.text import LineIndex
from tests.sections.outline_helpers import headings_of

_SMALL_CAPITALS = (
    "Policies, Values and Principles\n"
    "Pendlecombe Borough Council\n"
    "1 Who thiS chapter coVerS\n"
    "This chapter applies to every practitioner in the council's social care teams and to the\n"
    "providers it commissions.\n"
    "2 Our ViSion\n"
    "We want every child in Pendlecombe to grow up safe, loved and hopeful about the future.\n"
    "3 corporate parenting\n"
    "Every councillor and officer shares the duty of a good parent to the children we look\n"
    "after.\n"
    "4 information Sharing\n"
    "We share what we know about a family only where the law allows it, and we say why.\n"
)


def test_lower_case_numbered_lines_carry_on_a_run_of_numbered_headings() -> None:
    headings = headings_of(_SMALL_CAPITALS, "plain")
    assert "3 corporate parenting" in headings
    assert "4 information Sharing" in headings


def test_lower_case_numbered_lines_start_no_run_of_their_own() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Introduction\n\n"
        "The council reviewed its placements last year and found the following.\n\n"
        "1 children were placed outside the borough\n\n"
        "That child has since come back to live near school.\n\n"
        "2 sisters were placed together after a long search\n\n"
        "They now live with foster carers in the north of the borough.\n\n"
        "3 young people moved into their own flats\n\n"
        "Each had a personal adviser who helped them settle.\n"
    )
    headings = headings_of(text, "plain")
    assert not any(heading and heading[0].isdigit() for heading in headings)


def test_one_capital_led_line_does_not_start_a_run_the_others_carry() -> None:
    text = _SMALL_CAPITALS.replace("2 Our ViSion", "2 our ViSion")
    headings = headings_of(text, "plain")
    assert "3 corporate parenting" not in headings


def _blocks(text: str) -> list[tuple[str, str]]:
    blocks = scan_text_blocks(text, LineIndex(text).line_starts())
    return [(block.type, text[block.content_start : block.content_end]) for block in blocks]


def test_the_last_of_a_run_of_lone_bullets_takes_no_words() -> None:
    text = (
        "Looked after children are helped to stay in touch with their brothers and sisters.\n"
        "\u2022\n"
        "\u2022\n"
        "\u2022\n"
        "5 Leaving care\n"
        "Young people leaving care keep a personal adviser.\n"
    )
    assert ("paragraph", "5 Leaving care") in _blocks(text)


def test_a_lone_bullet_still_heads_the_item_below_it() -> None:
    text = "We will:\n\u2022\nlisten to children\n\u2022\nexplain our decisions\n"
    assert ("list_item", "listen to children") in _blocks(text)
    assert ("list_item", "explain our decisions") in _blocks(text)


_TABLE_CELL_A_LINE = (
    "Policies, Values and Principles\n"
    "Ashcombe District Council\n"
    "Quick Reference\n"
    "The figures below are the ones families ask about most.\n"
    "Matter Figure\n"
    "Review of a child's plan Within 20 working days\n"
    "Support from a personal adviser\n"
    "Up to age 18\n"
    "Legal Framework\n"
    "The council's duties to the children it looks after come from the Children Act 1989\n"
    "and from the regulations and guidance made under it.\n"
)


def test_a_heading_right_under_a_table_cells_figure_is_a_heading() -> None:
    assert "Legal Framework" in headings_of(_TABLE_CELL_A_LINE, "plain")


def test_a_line_under_a_figure_over_a_single_line_is_no_heading() -> None:
    text = _TABLE_CELL_A_LINE.replace(
        " Act 1989\nand from the regulations and guidance made under it.\n", " Act 1989.\n"
    )
    assert "Legal Framework" not in headings_of(text, "plain")


def test_a_line_under_a_year_is_no_heading_by_the_figure() -> None:
    text = _TABLE_CELL_A_LINE.replace("Up to age 18\n", "Children Act 2004\n")
    assert "Legal Framework" not in headings_of(text, "plain")


def test_a_line_under_a_figure_over_a_mended_paragraph_on_one_line_is_a_heading() -> None:
    """A copy whose wrapped lines were mended holds the paragraph on one long line."""
    text = _TABLE_CELL_A_LINE.replace(" Act 1989\nand from", " Act 1989 and from")
    assert "Legal Framework" in headings_of(text, "plain")
