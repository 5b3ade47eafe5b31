"""Sections in wordings and layouts blind set 173 showed the reader missing (decision 0276): a
numbered list's last item after items ending ";" is no heading; in plain text, a plain line
after a part that holds only a dashed version history opens its own section; a chapter telling
its readers what the service values opens the scope; a note that one part of the chapter was
rewritten, under the title, opens the scope."""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def test_a_numbered_lists_last_item_after_semicolons_is_no_heading() -> None:
    text = (
        "Adoption Policy\n\n"
        "Our duties\n\n"
        "We work under:\n\n"
        "1. Adoption and Children Act 2002;\n"
        "2. Children and Families Act 2014;\n"
        "3. Adoption Agencies Regulations 2005.\n\n"
        "Matching\n\n"
        "We match children with adopters who can meet their needs for life.\n\n"
        "Support after adoption\n\n"
        "Families can ask us for support at any time after an order is made.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "3. Adoption Agencies Regulations 2005." not in headings
    assert "Matching" in headings and "Support after adoption" in headings


def test_a_plain_line_after_a_dashed_version_history_opens_its_own_section() -> None:
    text = (
        "Fostering Policy\n\n"
        "Version history\n"
        "4.0 - 12/05/2025 - allowances table replaced\n"
        "3.1 - 02/09/2024 - links checked\n\n"
        "Purpose\n\n"
        "This chapter tells carers and staff what the fostering service values and how it works "
        "with them.\n\n"
        "Our values\n\n"
        "We treat carers as partners and we listen to children.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert kinds_and_starts(outline, 15)[1:3] == [
        ("scope", "Version history"),
        ("scope", "Purpose\n\nThis c"),
    ]


def test_a_note_that_one_part_was_rewritten_opens_the_scope() -> None:
    text = (
        "# Fostering Policy\n\n"
        "_Note: the part about allowances was updated on 4 March 2025; nothing else changed._\n\n"
        "## Who this policy is for\n\nEveryone who fosters for the council.\n\n"
        "## Our values\n\nWe listen to children and we treat carers as partners.\n"
    )
    outline = outline_of(text, "markdown")
    assert kinds_and_starts(outline, 20)[1] == ("scope", "_Note: the part abou")


def test_a_name_said_to_be_our_approach_to_working_with_families_is_the_practice_model() -> None:
    text = (
        "# Family Help Policy\n\n"
        "## Who this policy is for\n\nEveryone who works in the family help service.\n\n"
        "## How we work with families\n\n"
        "Open Hearth is our approach to working with children and families. Workers build trust "
        "first and plan with the family's own network.\n\n"
        "## Our values\n\nWe listen to children and we are honest with parents.\n"
    )
    outline = outline_of(text, "markdown")
    assert kinds_and_starts(outline, 28)[2] == ("practice_model", "## How we work with families")


def test_early_help_said_to_be_our_approach_is_no_practice_model() -> None:
    text = (
        "# Family Help Policy\n\n"
        "## Who this policy is for\n\nEveryone who works in the family help service.\n\n"
        "## How we work with families\n\n"
        "Early help is our approach to working with families before problems grow. We offer it "
        "to every family who asks.\n\n"
        "## Our values\n\nWe listen to children and we are honest with parents.\n"
    )
    outline = outline_of(text, "markdown")
    assert kinds_and_starts(outline, 30)[2][0] != "practice_model"
