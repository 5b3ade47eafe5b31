"""Section readings met in the tenth blind round (issue 12): a heading's first paragraph that
reads like the template's introduction stays the heading's body."""

from tests.sections.helpers import assert_tiles, outline_of


def test_the_first_paragraph_under_a_scope_heading_is_not_split_off_by_a_cue() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## About this chapter\n\n"
        "This chapter sets out the policy framework for the work of our children's services.\n\n"
        "## The law we work under\n\n"
        "Our work with children is governed chiefly by:\n\n"
        "- Children Act 1989\n- Children Act 2004\n- Children and Families Act 2014\n\n"
        "## Our values\n\nWe are honest, kind and ambitious for children.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert ("scope", "About this chapter") in kinds
    assert ("introduction", "The law we work under") in kinds
    scope = next(section for section in outline.sections if section.kind == "scope")
    assert "policy framework" in scope.text
