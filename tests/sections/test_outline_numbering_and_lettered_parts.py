"""Headings numbered in councils' own outlines (decision 0323).

- digits that number only an inner level of an outline the markup ranks ("I. / A. / 1." from
  Word's outline list, "### 1. Early help" under an unnumbered "## Our principles") leave the
  markup to say where sections start: "1." under a Heading 3 opens no section of the chapter;
- lettered parts of a section ("(a)", "b)", "C.") that each name a kind of their own, by the test
  numbered parts pass (decision 0153), are sections, a part of the section's own kind among them
  one more section of that kind; an unnamed part, parts all of the section's kind, or letters out
  of order keep every part inside.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 60)]


def _starts(text: str) -> list[str]:
    return [start for _, start in _kinds(text)]


_INNER_DIGITS = (
    "# Policies, Values and Principles\n\n"
    "## I. Who this is for\n\n"
    "This chapter is for everyone in Oxcombe's family services. It was brought up to date "
    "this year.\n\n"
    "## II. Our principles\n\n"
    "### A. Keeping families together\n\n"
    "#### 1. Early help\n\n"
    "Help is offered before problems grow, through the family hubs and the health visitors.\n\n"
    "#### 2. Kinship care\n\n"
    "Grandparents, aunts and family friends are asked first when a child needs a new home.\n\n"
    "### B. Leaving care\n\n"
    "A personal adviser stays with each care leaver until they are 21.\n\n"
    "## III. Sharing information\n\n"
    "We share what we know with other agencies only when a child needs us to.\n"
)


def test_digits_under_unnumbered_higher_headings_open_no_sections() -> None:
    starts = _starts(_INNER_DIGITS)
    assert "## I. Who this is for" in starts
    assert "## II. Our principles" in starts
    assert "## III. Sharing information" in starts
    assert "#### 1. Early help" not in starts
    assert "#### 2. Kinship care" not in starts
    assert "### B. Leaving care" not in starts


def test_digits_one_level_under_plain_headings_stay_their_parts() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Scope of this chapter\n\n"
        "This chapter applies to all staff in the service.\n\n"
        "## Key principles\n\n"
        "### 1. Families first\n\n"
        "Children are best brought up by their own families where that is safe.\n\n"
        "### 2. Listening\n\n"
        "Children's wishes are written down in their own words.\n\n"
        "## Information sharing\n\n"
        "Information is shared only when a child needs it.\n"
    )
    starts = _starts(text)
    assert "## Key principles" in starts
    assert "## Information sharing" in starts
    assert "### 1. Families first" not in starts
    assert "### 2. Listening" not in starts


_LETTERED = (
    "# Policies, Values and Principles\n\n"
    "## Scope of this chapter\n\n"
    "This chapter applies to all staff in the service.\n\n"
    "## Our values\n\n"
    "Our values were agreed with young people and staff. They guide every visit we make.\n\n"
    "### {first}\n\n"
    "We want every child in Oxcombe to grow up in a home where they are safe and loved.\n\n"
    "### {second}\n\n"
    "The whole council acts as corporate parent to the children it looks after and has regard "
    "to the corporate parenting principles.\n\n"
    "## Information sharing\n\n"
    "Information is shared only when a child needs it.\n"
)


def test_lettered_parts_each_naming_a_kind_are_sections() -> None:
    for first, second in (
        ("(a) Our vision", "(b) Corporate parenting"),
        ("a) Our vision", "b) Corporate parenting"),
        ("A. Our vision", "B. Corporate parenting"),
    ):
        kinds = {
            start: kind for kind, start in _kinds(_LETTERED.format(first=first, second=second))
        }
        assert kinds.get(f"### {first}") == "vision", (first, kinds)
        assert kinds.get(f"### {second}") == "corporate_parenting", (second, kinds)


def test_lettered_parts_with_one_unnamed_or_out_of_order_stay_inside() -> None:
    for first, second in (
        ("(a) Honesty", "(b) Corporate parenting"),
        ("(b) Our vision", "(c) Corporate parenting"),
        ("Our vision", "Corporate parenting"),
    ):
        starts = _starts(_LETTERED.format(first=first, second=second))
        assert f"### {first}" not in starts, first
        assert f"### {second}" not in starts, second


def test_lettered_parts_all_of_the_sections_kind_stay_inside() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## How we work\n\n"
        "These principles shape all of our casework.\n\n"
        "### (a) Families first\n\n"
        "Children live with their families wherever it is safe.\n\n"
        "### (b) Permanence\n\n"
        "Every child in care has a plan for permanence.\n\n"
        "### (c) Leaving care\n\n"
        "A personal adviser stays with each care leaver until they are 21.\n"
    )
    starts = _starts(text)
    assert "## How we work" in starts
    assert not any(start.startswith("### (") for start in starts)


def test_a_lone_top_line_over_numbered_headings_is_no_outline_level() -> None:
    """A "#" line the title pass did not take (export notes above it took the title's place)
    stands alone at its markup level: the "## 1." headings under it still start sections."""
    text = (
        "%% maker: manual export tool\n"
        "%% title-style: Chapter Title\n"
        "%% heading-style: Section Heading\n"
        "%% outline: no\n"
        "%% header: Oxcombe Family Services Procedures Manual\n"
        "%% footer: Page {page} of {pages}\n"
        "# Children's Services Policies, Values and Principles\n\n"
        "## 1. Scope of this chapter\n"
        "This chapter applies to all staff in Oxcombe's family services.\n\n"
        "1.1 It was amended in March 2024.\n\n"
        "## 2. Legal framework\n"
        "2.1 The duties come from the Children Act 1989 and the Children Act 2004.\n\n"
        "## 3. Information sharing\n"
        "3.1 Information is shared only when a child needs it.\n"
    )
    starts = _starts(text)
    assert "## 1. Scope of this chapter" in starts
    assert "## 2. Legal framework" in starts
