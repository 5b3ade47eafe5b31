"""Page openings met in the twelfth blind round (issue 12): the chapter's name below the site's
heading, a stamp with a weekday or a "last checked" label, a labelled amendment note over the
scope heading (its own scope section since decision 0085), and a paragraph whose opening words
cue another kind right under a heading."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, letters, outline_of


def _first_of(outline, kind: str) -> str:
    return next(letters(s.text) for s in outline.sections if s.kind == kind)


def test_a_styled_line_naming_the_chapter_under_the_manuals_heading_is_the_title() -> None:
    text = (
        "# Fernhollow Social Care Manual\n\n"
        "Children's Services Policies, Values and Principles\n\n"
        "## Scope of this chapter\n\nThis chapter sets the scene for our procedures.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.title == "Children's Services Policies, Values and Principles"


def test_a_lower_heading_naming_the_chapter_after_a_notice_is_the_title() -> None:
    text = (
        "Our phone lines close early on Friday for staff training this week.\n\n"
        "## Policies, Values and Principles\n\n"
        "### Scope of this chapter\n\nThis chapter sets the scene for our procedures.\n"
    )
    outline = outline_of(text, "markdown")
    assert outline.title == "Policies, Values and Principles"


def test_a_scope_heading_after_a_weekday_stamp_opens_the_scope() -> None:
    text = (
        "Policies, Values and Principles\n"
        "Content checked: Friday 7 March 2025\n"
        "Scope of this chapter\n"
        "Our manual's procedures all rest on the values this chapter describes.\n"
        "Introduction\n"
        "Fernhollow Council works with children in need and their families.\n"
    )
    outline = outline_of(text)
    assert _first_of(outline, "scope").startswith(letters("Scope of this chapter"))


def test_a_labelled_amendment_note_over_the_scope_heading_leaves_the_heading_its_section() -> None:
    """However long, the labelled note is the chapter's amendment note, a scope section of its
    own, and the scope heading opens another rather than joining it (decisions 0046, 0085)."""
    text = (
        "# Policies, Values and Principles\n\n"
        "**Amendment:** revised on 2025-02-03 with a fuller description of how we listen to "
        "children, of our local offer and of how the corporate parenting board works.\n\n"
        "## Scope of this chapter\n\nOur procedures all rest on the values set out here.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    scopes = [letters(s.text) for s in outline.sections if s.kind == "scope"]
    assert len(scopes) == 2
    assert scopes[0].startswith(letters("Amendment: revised on 2025-02-03"))
    assert scopes[1].startswith(letters("Scope of this chapter"))


def test_the_paragraph_right_under_a_scope_heading_stays_in_scope() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Scope of this chapter\n\n"
        "This chapter describes the policy framework of our children's services.\n\n"
        "## Introduction\n\nFernhollow Council works with children in need.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    scope = next(s for s in outline.sections if s.kind == "scope")
    assert "policy framework" in scope.text
    assert _first_of(outline, "introduction").startswith(letters("Introduction Fernhollow"))


def test_a_title_said_twice_is_read_from_its_second_line() -> None:
    text = (
        "Social care procedures\n"
        "Policies, Values and Principles\n"
        "Policies, Values and Principles\n"
        "Amended: 3 March 2025 (the outcomes were rewritten)\n"
        "Scope\n"
        "Our manual's procedures all rest on the values this chapter describes.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    # The amendment note under the title is an un-headed scope section of its own and the
    # scope heading opens another beside it (decisions 0085, 0392).
    headed = next(s for s in outline.sections if s.heading == "Scope")
    assert headed.kind == "scope"
    assert letters(headed.text).startswith(letters("Scope Our manual"))
    note = outline.sections[outline.sections.index(headed) - 1]
    assert (note.kind, note.heading) == ("scope", None)
    assert letters(note.text).startswith(letters("Amended: 3 March 2025"))
    assert [s.kind for s in outline.sections].count("title") == 1
