"""A summary box over the page ("At a glance", "Key points" and its points), then a scope heading
over prose: the heading opens its own section, the summary sums the page up (decision 0095). A
contents list or a list of changes, then a scope heading no entry names, stays one box, as the
sets annotate it (blind5 504, blind21 2115, blind26 2605).

Each page is written for this test in our own words.
"""

from app.sections.raw import RawBlock
from app.sections.record_box import holds_only_points
from tests.sections.helpers import assert_tiles, outline_of


def _headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_an_amendment_heading_after_a_summary_box_opens_its_own_section():
    text = (
        "# Fostering: Values and Principles\n\n## At a glance\n\n- What it is: our values\n"
        "- Who it is for: every fostering team\n\n## Amendment\n\nThis chapter was last amended "
        "in April 2025.\n\n## Our values\n\nWe listen to children and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline) == [
        ("title", "Fostering: Values and Principles"),
        ("scope", "At a glance"),
        ("scope", "Amendment"),
        ("values", "Our values"),
    ]
    assert_tiles(outline)


def test_a_scope_question_after_key_points_in_plain_text_opens_its_own_section():
    text = (
        "Short Breaks: Our Principles\n\nKey points\n\n- It sets out what we believe.\n"
        "- It applies to all staff.\n\nWho does this apply to?\n\nThis chapter applies to all "
        "staff of the short breaks service and to the carers we commission.\n\nOur values\n\n"
        "We are honest with families and we do what we say we will.\n"
    )
    outline = outline_of(text, "plain")
    assert _headings(outline)[1:3] == [
        ("scope", "Key points"),
        ("scope", "Who does this apply to?"),
    ]
    assert_tiles(outline)


def test_an_amendment_heading_after_a_contents_list_stays_in_the_box():
    text = (
        "# Fostering: Values and Principles\n\n## Contents\n\n- Our values\n- Working together\n\n"
        "## Amendment\n\nThis chapter was last amended in April 2025.\n\n## Our values\n\n"
        "We listen to children and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _heading in _headings(outline)] == ["title", "scope", "values"]


def test_a_scope_heading_after_a_summary_with_prose_stays_in_the_box():
    text = (
        "# Fostering: Values and Principles\n\n## At a glance\n\nThis chapter is about what we "
        "believe.\n\n## Amendment\n\nThis chapter was last amended in April 2025.\n\n"
        "## Our values\n\nWe listen to children and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _heading in _headings(outline)] == ["title", "scope", "values"]


def _block(kind, start):
    return RawBlock(
        type=kind, start=start, end=start + 1, content_start=start, content_end=start + 1
    )


def test_points_alone_are_a_box_of_points():
    points = [_block("list_item", 0), _block("list_item", 2)]
    assert holds_only_points(points, 0, 2)
    assert not holds_only_points([*points, _block("paragraph", 4)], 0, 3)
    assert not holds_only_points(points, 1, 1)


def test_a_scope_heading_after_key_facts_written_as_sentences_opens_its_own_section():
    # A Word text box of key facts, read where it is anchored: a bold label over short
    # statements of one sentence each, points written without bullets (decision 0105).
    text = (
        "# Fostering: Values and Principles\n\n**Key facts**\n\nThis chapter was last amended in "
        "April 2025.\n\nIt applies to every fostering social worker.\n\n## Scope of this "
        "chapter\n\nThis chapter says what our carers can expect from us.\n\n## Our values\n\n"
        "We listen to children and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1:3] == [
        ("scope", "Key facts"),
        ("scope", "Scope of this chapter"),
    ]
    assert_tiles(outline)


def test_key_facts_holding_a_paragraph_of_several_sentences_stay_one_box():
    text = (
        "# Fostering: Values and Principles\n\n**Key facts**\n\nThis chapter was last amended in "
        "April 2025. It applies to every fostering social worker.\n\nIt is reviewed each year.\n\n"
        "## Scope of this chapter\n\nThis chapter says what our carers can expect from us.\n\n"
        "## Our values\n\nWe listen to children and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _heading in _headings(outline)] == ["title", "scope", "values"]


def test_short_sentences_are_points_only_when_there_are_several():
    text = "One short point.\n\nAnother short point.\n\nA point. And a second sentence.\n\n"
    blocks = [
        RawBlock(type="paragraph", start=0, end=18, content_start=0, content_end=16),
        RawBlock(type="paragraph", start=18, end=40, content_start=18, content_end=38),
        RawBlock(type="paragraph", start=40, end=73, content_start=40, content_end=71),
    ]
    assert holds_only_points(blocks, 0, 2, text)
    assert not holds_only_points(blocks, 0, 1, text)
    assert not holds_only_points(blocks, 0, 3, text)
    assert not holds_only_points(blocks, 0, 2)


def test_a_bold_facts_box_after_a_scope_heading_s_prose_is_a_section_of_its_own():
    """A sidebar's bold label set below the page's headings ("## Purpose" and its prose, then
    "**At a glance**" over field lines) sums the page up, no part of the section before it
    (decision 0423)."""
    text = (
        "# Adoption: Values and Principles\n\n## Purpose\n\nThis chapter explains what guides "
        "the adoption service. Every adoption worker should know it well.\n\n**At a glance**\n\n"
        "Owner: Head of Adoption\n\nUpdated: March 2026\n\nAudience: adoption staff\n\n"
        "## What we value\n\nWe put the child's lifelong welfare first.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1:3] == [("scope", "Purpose"), ("scope", "At a glance")]
    assert_tiles(outline)


def test_a_bold_facts_box_after_a_one_sentence_lead_in_stays_in_the_section():
    """A lead-in of one sentence has not said its piece: the bold box under it is its part."""
    text = (
        "# Adoption: Values and Principles\n\n## Scope of this chapter\n\n"
        "The main points are below.\n\n"
        "**At a glance**\n\n- Owner: Head of Adoption\n- Updated: March 2026\n\n"
        "## What we value\n\nWe put the child's lifelong welfare first.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _heading in _headings(outline)] == ["title", "scope", "values"]


def test_a_bold_summary_label_over_prose_stays_in_the_section():
    """A summary label over a paragraph of prose is the section's own sub-heading."""
    text = (
        "# Adoption: Values and Principles\n\n## Purpose\n\nThis chapter explains what guides "
        "the adoption service. Every adoption worker should know it well.\n\n**Key points**\n\n"
        "The service works with birth families as well as adopters, and it keeps in touch with "
        "adopted children as they grow up. We review the chapter every two years.\n\n"
        "## What we value\n\nWe put the child's lifelong welfare first.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _heading in _headings(outline)] == ["title", "scope", "values"]
