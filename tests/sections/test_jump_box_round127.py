"""Page openings of round 127 (decision 0208), copied as text: a box of jump links ("On this
page") under a short line of its own (a page-tools row, an image's caption), its later entries
said again as headings with no break before them, and two headings it lists side by side kept
apart though their kinds are one. Each rule has a negative. Every case is written for this test
in our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, letters, outline_of


def _starts(outline, kind: str) -> list[str]:
    return [letters(s.text) for s in outline.sections if s.kind == kind]


def test_a_jump_box_label_under_a_caption_line_heads_the_box() -> None:
    text = (
        "Policies, Values and Principles\n"
        "Picture: a carer and a child reading together\n"
        "On this page\n"
        "Scope of this chapter\n"
        "Our practice model\n"
        "Scope of this chapter\n"
        "This chapter covers every team in Wendlebury's children's services.\n"
        "Our practice model\n"
        "We use Signs of Safety in all of our work with families.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    scopes = _starts(outline, "scope")
    assert any(start.startswith(letters("On this page Scope of this chapter")) for start in scopes)
    assert any(
        start.startswith(letters("Scope of this chapter This chapter covers")) for start in scopes
    )


def test_a_label_line_whose_first_entry_is_never_said_again_stays_a_line() -> None:
    text = (
        "Policies, Values and Principles\n"
        "Picture: a carer and a child reading together\n"
        "On this page\n"
        "Scope of this chapter\n"
        "Our practice model\n"
        "This chapter covers every team in Wendlebury's children's services and the agencies"
        " that work for them.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert not any((s.heading or "").startswith("On this page") for s in outline.sections)


def test_two_headings_the_jump_box_lists_side_by_side_stay_apart() -> None:
    text = (
        "Policies, Values and Principles\n"
        "Print this page | Email | Share\n"
        "On this page\n"
        "Introduction\n"
        "Legislation\n"
        "Values\n"
        "Introduction\n"
        "This chapter sets out the framework for our work with children and families.\n"
        "Legislation\n"
        "The Acts that govern our work are:\n"
        "Children Act 1989\n"
        "Children Act 2004\n"
        "Values\n"
        "We put children first and we listen to what they tell us.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    introductions = _starts(outline, "introduction")
    assert any(start.startswith(letters("Introduction This chapter")) for start in introductions)
    assert any(start.startswith(letters("Legislation The Acts")) for start in introductions)
    assert any(start.startswith(letters("Values We put")) for start in _starts(outline, "values"))


def test_a_sub_heading_the_jump_box_does_not_list_still_joins() -> None:
    text = (
        "Policies, Values and Principles\n"
        "Print this page | Email | Share\n"
        "On this page\n"
        "Introduction\n"
        "Values\n"
        "Introduction\n"
        "This chapter sets out the framework for our work with children and families.\n"
        "Legislation\n"
        "The Acts that govern our work are:\n"
        "Children Act 1989\n"
        "Children Act 2004\n"
        "Values\n"
        "We put children first and we listen to what they tell us.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    introductions = _starts(outline, "introduction")
    assert len(introductions) == 1
    assert introductions[0].startswith(letters("Introduction This chapter"))
    assert letters("Legislation The Acts") in introductions[0]


def test_a_heading_after_a_bold_box_label_of_its_kind_opens_its_own_section() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "**On this page**\n\n"
        "Scope, corporate parenting and care leavers\n\n"
        "## Scope\n\n"
        "This chapter applies to all staff in Wendlebury's children's social care.\n\n"
        "## Care leavers\n\n"
        "We support care leavers until they are 21.\n"
    )
    outline = outline_of(text, syntax="markdown")
    assert_tiles(outline)
    scopes = _starts(outline, "scope")
    assert any(start.startswith(letters("On this page")) for start in scopes)
    assert any(start.startswith(letters("Scope This chapter applies")) for start in scopes)


def test_a_bold_line_above_a_bold_contents_label_is_no_label_of_its_list() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "**Our Corporate Parenting Board meets young people at the town hall**\n\n"
        "**On this page**\n\n"
        "**Scope**\n\n"
        "**Care leavers**\n\n"
        "## Scope\n\n"
        "This chapter applies to all staff in Wendlebury's children's social care.\n\n"
        "## Care leavers\n\n"
        "We support care leavers until they are 21.\n"
    )
    outline = outline_of(text, syntax="markdown")
    assert_tiles(outline)
    scopes = _starts(outline, "scope")
    assert any(start.startswith(letters("On this page Scope Care leavers")) for start in scopes)
    assert any(start.startswith(letters("Scope This chapter applies")) for start in scopes)


def test_a_run_whose_first_line_is_the_contents_label_keeps_it() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "**Contents**\n\n"
        "**Scope**\n\n"
        "**Care leavers**\n\n"
        "## Scope\n\n"
        "This chapter applies to all staff in Wendlebury's children's social care.\n\n"
        "## Care leavers\n\n"
        "We support care leavers until they are 21.\n"
    )
    outline = outline_of(text, syntax="markdown")
    assert_tiles(outline)
    scopes = _starts(outline, "scope")
    assert any(start.startswith(letters("Contents Scope Care leavers")) for start in scopes)
