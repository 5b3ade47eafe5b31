"""A heading that names a kind the chapter has already had a section of, over text a cue knows
as another kind not yet spoken, is read by its text (decision 0101): "Our values" over the
council as corporate parent, after a values section. A heading naming its kind for the first
time keeps it, whatever its text opens with, and so do the scope box's parts.

Each page is written for this test in our own words.
"""

from tests.sections.helpers import assert_tiles, outline_of


def _kinds(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_values_named_again_over_the_corporate_parent_is_corporate_parenting():
    text = (
        "# Fostering Handbook\n\n"
        "## What we believe\n\nWe are honest with families and we keep our promises to them. "
        "We listen before we judge.\n\n"
        "## Our values\n\nMarshcombe Council is the corporate parent of every child in its care, "
        "and every councillor and officer shares that duty.\n\n"
        "## Keeping information safe\n\nWe share information only where the law allows it.\n"
    )
    outline = outline_of(text, "markdown")
    assert ("values", "What we believe") in _kinds(outline)
    assert ("corporate_parenting", "Our values") in _kinds(outline)
    assert_tiles(outline)


def test_values_named_first_keep_their_heading_kind():
    text = (
        "# Fostering Handbook\n\n"
        "## About this handbook\n\nThis handbook applies to every foster carer and every "
        "supervising social worker in the council.\n\n"
        "## Our values\n\nMarshcombe Council is the corporate parent of every child in its care, "
        "and every councillor and officer shares that duty.\n\n"
        "## Keeping information safe\n\nWe share information only where the law allows it.\n"
    )
    outline = outline_of(text, "markdown")
    assert ("values", "Our values") in _kinds(outline)
    assert_tiles(outline)


def test_a_scope_heading_after_a_scope_note_keeps_its_kind():
    text = (
        "# Fostering Handbook\n\n"
        "Last amended: 4 March 2025\n\n"
        "## About this handbook\n\nThe handbook sets out the policy framework for every foster "
        "carer and every supervising social worker.\n\n"
        "## Our values\n\nWe are honest with families and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert ("scope", "About this handbook") in _kinds(outline)
    assert_tiles(outline)
