"""Headings numbered by a letter, a roman numeral or a section sign (decision 0101): "i.
Purpose", "iv. Values" as plain lines between paragraphs are headings, as "4. Values" is; a
heading numbered so ("B. What has changed?") is numbered by its author as a section of its own
and never joins the section before it, even one of its own kind; a letter that opens two
headings ("Q. …", "Q. …") labels them rather than numbering them; a run of lettered lines with
nothing between them is a list, not headings; "§2 Values" is numbered 2.

Each page is written for this test in our own words.
"""

from tests.sections.helpers import assert_tiles, outline_of


def _headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_roman_numbered_plain_lines_are_headings():
    text = (
        "Short Breaks Handbook\n\n"
        "i. Purpose\nThis chapter sets out why we look first to family and friends. It applies "
        "to every social worker in the kinship team.\n\n"
        "ii. Values\nWe are honest with families and we keep our promises to them.\n\n"
        "iii. Corporate parenting\nThe whole council is the corporate parent of every child in "
        "its care, and every councillor shares that duty.\n"
    )
    outline = outline_of(text, "plain")
    assert _headings(outline) == [
        ("title", "Short Breaks Handbook"),
        ("scope", "i. Purpose"),
        ("values", "ii. Values"),
        ("corporate_parenting", "iii. Corporate parenting"),
    ]
    assert [section.number for section in outline.sections] == [None] * 4
    assert_tiles(outline)


def test_upper_case_roman_and_letters_number_plain_lines_too():
    text = (
        "Short Breaks: Values\n\n"
        "IV. Values\nWe are honest with families and we keep our promises to them.\n\n"
        "C. Corporate parenting\nThe whole council is the corporate parent of every child in "
        "its care, and every councillor shares that duty.\n"
    )
    outline = outline_of(text, "plain")
    assert _headings(outline)[1:] == [
        ("values", "IV. Values"),
        ("corporate_parenting", "C. Corporate parenting"),
    ]
    assert_tiles(outline)


def test_a_lettered_scope_heading_after_another_opens_its_own_section():
    text = (
        "# Fostering: Values and Principles\n\n"
        "## A. Who does this apply to?\n\nThis chapter applies to every fostering social worker. "
        "It also applies to the agencies we commission.\n\n"
        "## B. Amendment\n\nThis chapter was last amended in March 2025. The values were "
        "rewritten.\n\n"
        "## C. Our values\n\nWe listen to children and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline) == [
        ("title", "Fostering: Values and Principles"),
        ("scope", "A. Who does this apply to?"),
        ("scope", "B. Amendment"),
        ("values", "C. Our values"),
    ]
    assert_tiles(outline)


def test_an_unlettered_amendment_heading_still_joins_the_scope():
    text = (
        "# Fostering: Values and Principles\n\n"
        "## Who does this apply to?\n\nThis chapter applies to every fostering social worker. "
        "It also applies to the agencies we commission.\n\n"
        "## Amendment\n\nThis chapter was last amended in March 2025. The values were "
        "rewritten.\n\n"
        "## Our values\n\nWe listen to children and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _ in _headings(outline)] == ["title", "scope", "values"]
    assert_tiles(outline)


def _heading_words(outline):
    """Each section's heading words as the kinds read them: after the heading's number."""
    return [
        outline.text[block.content_start : block.content_end]
        for section in outline.sections[1:]
        for block in section.blocks[:1]
        if block.type == "heading"
    ]


def test_a_letter_opening_every_question_is_no_number():
    text = (
        "# Adoption: Questions and Answers\n\n"
        "**Q. Who is this for?**\n\nA. Every adoption worker and every adoption panel member, "
        "and the agencies we commission.\n\n"
        "**Q. What do we value?**\n\nA. We are honest with families and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert _heading_words(outline) == ["Q. Who is this for?", "Q. What do we value?"]
    assert_tiles(outline)


def test_letters_in_sequence_are_numbers_the_words_follow():
    text = (
        "# Adoption: Questions and Answers\n\n"
        "**A. Who is this for?**\n\nEvery adoption worker and every adoption panel member, "
        "and the agencies we commission.\n\n"
        "**B. What do we value?**\n\nWe are honest with families and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert _heading_words(outline) == ["Who is this for?", "What do we value?"]
    assert [section.heading for section in outline.sections[1:]] == [
        "A. Who is this for?",
        "B. What do we value?",
    ]
    assert_tiles(outline)


def test_a_run_of_lettered_lines_is_a_list_not_headings():
    text = (
        "Leaving Care: Our Principles\n\n"
        "Purpose\nThis chapter sets out the law behind our work with care leavers. It applies "
        "to every personal adviser.\n\n"
        "The law\nOur work rests on these Acts:\n"
        "a. Children Act 1989\n"
        "b. Children (Leaving Care) Act 2000\n"
        "c. Children and Social Work Act 2017\n"
        "We review the list every year.\n"
    )
    outline = outline_of(text, "plain")
    assert all(
        not (section.heading or "").startswith(("a.", "b.", "c.")) for section in outline.sections
    )
    assert_tiles(outline)


def test_a_lettered_line_in_prose_needs_body_after_it():
    text = (
        "Leaving Care: Our Principles\n\n"
        "Purpose\nThis chapter sets out the law behind our work with care leavers. It applies "
        "to every personal adviser.\n\n"
        "A. Smith and Sons\n"
        "B. Jones Transport\n"
    )
    outline = outline_of(text, "plain")
    assert all(not (section.heading or "").startswith(("A.", "B.")) for section in outline.sections)
    assert_tiles(outline)


def test_a_section_sign_numbers_a_heading():
    text = (
        "# Fostering Handbook\n\n"
        "## §1 Who this is for\n\nThis handbook applies to every foster carer in the county. "
        "It also applies to the agencies we commission.\n\n"
        "## § 2 Values\n\nWe are honest with families and keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert [(section.heading, section.number) for section in outline.sections[1:]] == [
        ("§1 Who this is for", "1"),
        ("§ 2 Values", "2"),
    ]
    assert _heading_words(outline) == ["Who this is for", "Values"]
    assert outline.sections[2].kind == "values"
    assert_tiles(outline)
