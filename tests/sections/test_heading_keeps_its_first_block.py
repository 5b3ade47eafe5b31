"""A heading heads the block right under it: the kind model, re-reading a scope box or an
un-headed run, may not start a new part there and leave the heading standing empty (blind
round 33)."""

from tests.sections.helpers import assert_tiles, outline_of


def test_a_scope_heading_keeps_the_paragraph_under_it_when_the_paragraph_reads_otherwise():
    text = (
        "# Fostering: Values and Principles\n\n## Introduction\n\nThis chapter applies to every "
        "foster carer in the county. Our duties come from the Children Act 1989, the Care "
        "Standards Act 2000 and the Children and Families Act 2014, and the fostering "
        "regulations made under them.\n\n"
        "## Our values\n\nWe are honest with carers and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headed = [section for section in outline.sections if section.heading == "Introduction"]
    assert len(headed) == 1
    assert "This chapter applies to every foster carer" in headed[0].text


def test_a_history_heading_keeps_its_table():
    text = (
        "# Fostering: Values and Principles\n\n## Version history\n\n"
        "| Version | Date | Change |\n|---|---|---|\n| 1.0 | 03/2021 | First issue |\n"
        "| 1.1 | 09/2023 | Links checked |\n\n"
        "## Our values\n\nWe are honest with carers and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headed = next(section for section in outline.sections if section.heading == "Version history")
    assert "| 1.0 | 03/2021 | First issue |" in headed.text
