"""A document's history under its own heading at the end of the chapter is end matter; the same
heading anywhere else is not."""

from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "## Our values\n\nWe are honest, kind and ambitious for every child we work with.\n\n"
    "## Sharing information\n\nWe share what is needed to keep a child safe, and no more.\n\n"
)


def test_a_version_history_as_the_last_heading_is_end_matter():
    text = (
        "# Policies, Values and Principles\n\n" + _BODY + "## Version history\n\n"
        "| Version | Date | Change |\n|---|---|---|\n| 2 | May 2024 | Values shortened |\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].heading == "Version history"


def test_a_change_log_heading_before_other_headings_is_not_end_matter():
    text = (
        "# Policies, Values and Principles\n\n## Change log\n\n"
        "Revised in May 2024: the values were shortened.\n\n" + _BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert all(section.kind != "end_matter" for section in outline.sections)
