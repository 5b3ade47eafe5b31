"""A council's line set apart by bold (or by the colour or face a PDF's reader gives as bold)
right under the title and straight over a heading heads nothing: it is the page's byline and
stays with the title (blind round 276, decision 0408). In our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "**Wexmoor Borough Council - Family Services**\n\n"
    "**A NOTE ON THIS REVISION**\n\n"
    "This chapter applies to every practitioner in Wexmoor's family services and was revised "
    "in May 2025.\n\n"
    "**OUR VALUES**\n\n"
    "We are honest with families and we keep the promises we make to children.\n"
)


def test_a_bold_council_line_over_a_heading_stays_with_the_title() -> None:
    outline = outline_of(CHAPTER, "markdown")

    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "values"]
    assert "Wexmoor Borough Council" in outline.sections[0].text
    assert outline.sections[1].heading == "A NOTE ON THIS REVISION"


def test_a_bold_line_that_names_no_council_still_heads_its_section() -> None:
    text = CHAPTER.replace(
        "**Wexmoor Borough Council - Family Services**",
        "**Corporate parenting**\n\nWe are all parents.",
    )

    outline = outline_of(text, "markdown")

    assert_tiles(outline)
    assert kinds_and_starts(outline, 20)[1] == ("corporate_parenting", "**Corporate parentin")


def test_a_bold_council_line_over_text_is_not_taken_by_this_rule() -> None:
    text = CHAPTER.replace("**A NOTE ON THIS REVISION**\n\n", "")

    outline = outline_of(text, "markdown")

    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert "revised in May 2025" in "".join(section.text for section in outline.sections)
