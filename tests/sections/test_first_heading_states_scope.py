"""The chapter's first heading over the scope's own statement: a heading that only hints at its
kind ("Purpose") defers to the statement and is the scope section (decision 0057); a heading that
names its kind ("Introduction") keeps it, as SPEC's introduction covers whom the chapter is for
(decision 0127); later headings keep their cue's kind."""

from tests.sections.helpers import assert_tiles, outline_of

LATER = (
    "## Law and guidance\n\nOur work rests on the Children Act 1989 and the Children Act 2004.\n\n"
    "## Our values\n\nWe are honest with families and we keep our promises.\n"
)


def _kinds(outline):
    return [section.kind for section in outline.sections]


def test_a_first_introduction_that_says_whom_the_chapter_applies_to_stays_the_introduction():
    text = (
        "# Fostering: Values and Principles\n\n## Introduction\n\nThis chapter applies to every "
        "foster carer and supervising social worker in the county.\n\n" + LATER
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert _kinds(outline)[:3] == ["title", "introduction", "introduction"]
    assert [section.heading for section in outline.sections[1:3]] == [
        "Introduction",
        "Law and guidance",
    ]


def test_a_first_hinted_heading_that_says_whom_the_chapter_applies_to_is_the_scope():
    text = (
        "# Fostering: Values and Principles\n\n## Purpose\n\nThis chapter applies to every "
        "foster carer and supervising social worker in the county.\n\n" + LATER
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert _kinds(outline)[:3] == ["title", "scope", "introduction"]
    assert outline.sections[1].heading == "Purpose"


def test_a_first_introduction_that_sets_out_the_framework_stays_the_introduction():
    text = (
        "# Fostering: Values and Principles\n\n## Introduction\n\nThis chapter sets out the "
        "framework of values within which the fostering service works.\n\n" + LATER
    )
    outline = outline_of(text, "markdown")
    assert _kinds(outline)[1] == "introduction"


def test_an_introduction_after_a_scope_box_keeps_its_kind():
    text = (
        "# Fostering: Values and Principles\n\n## Scope of this chapter\n\nIt covers fostering "
        "only.\n\n## Introduction\n\nThis chapter applies to every foster carer in the county.\n\n"
        + LATER
    )
    outline = outline_of(text, "markdown")
    assert _kinds(outline)[1:3] == ["scope", "introduction"]
