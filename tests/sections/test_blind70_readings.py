"""Sections met in the seventieth blind round (decision 0126): a chapter written as a letter
closes with its sign-off ("Yours sincerely,"), the signature and the date, which are end matter.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from app.sections.paragraph_numbers import without_group_number
from app.sections.rules import opens_with_council_name
from tests.sections.helpers import assert_tiles, outline_of

_LETTER = (
    "# Policies, Values and Principles\n\n"
    "Dear colleague,\n\n"
    "This letter sets out the values that every team in Ashwick children's services works by, "
    "and it applies to everyone who works with our children and families.\n\n"
    "We keep confidential what families tell us, and share it with other agencies only when a "
    "child's safety requires it.\n\n"
    "Kind regards,\n\n"
    "Robin Ashe\n\n"
    "Director of Children's Services\n\n"
    "2 February 2026\n"
)


def test_a_letters_sign_off_opens_the_end_matter() -> None:
    outline = outline_of(_LETTER, "markdown")
    assert_tiles(outline)
    kinds = [(s.kind, s.text.strip().split("\n")[0]) for s in outline.sections]
    assert kinds[-1] == ("end_matter", "Kind regards,")
    assert "Robin Ashe" in outline.sections[-1].text


def test_best_wishes_inside_a_sentence_closes_nothing() -> None:
    text = _LETTER.replace("Kind regards,\n\n", "Kind regards are sent to every foster carer.\n\n")
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert not any(
        s.kind == "end_matter" and s.text.startswith("Kind regards") for s in outline.sections
    )


_UNHEADED = (
    "# Policy, Values and Principles\n\n"
    "{byline}\n\n"
    "This chapter was amended in March 2026 to add the section on kinship care.\n\n"
    "It applies to everyone who works in Ashwick children's services.\n\n"
    "The council's duties come from the Children Act 1989 and the Children Act 2004.\n"
)


def test_a_council_and_its_service_under_the_title_stand_with_the_title() -> None:
    text = _UNHEADED.format(byline="Ashwick Vale District Council - Children and Families Service")
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert "Children and Families Service" in outline.sections[0].text
    assert outline.sections[1].heading is None
    assert outline.sections[1].text.startswith("This chapter was amended")


def test_a_long_line_opening_with_the_council_without_a_separator_is_no_byline() -> None:
    assert not opens_with_council_name("Ashwick Vale District Council works with every family")
    assert opens_with_council_name("Ashwick Vale District Council: Children's Social Care")
    assert opens_with_council_name("Ashwick Vale District Council")


_NUMBERED = (
    "# Policies, Values and Principles\n\n"
    "1\\. This chapter opens the Ashwick children's services manual, and it applies to everyone "
    "who works with children on the council's behalf.\n\n"
    "2\\. Children are best brought up by their own families, and we offer help early so that "
    "they can stay there safely. Relatives are asked first when a child cannot stay at home.\n\n"
    "3\\. We want every child in Ashwick to be safe, to be healthy, to do well at school, to be "
    "heard and to be ready for adult life.\n\n"
    "4\\. We share information with other agencies only when a child's safety requires it, and "
    "we record each decision to share.\n"
)


def test_a_content_cue_is_read_after_a_whole_paragraph_number() -> None:
    outline = outline_of(_NUMBERED, "markdown")
    assert_tiles(outline)
    outcomes = [s for s in outline.sections if s.kind == "key_outcomes"]
    assert len(outcomes) == 1
    assert outcomes[0].text.startswith("3\\. We want every child")
    assert outcomes[0].decided_by == "cue"


def test_a_later_paragraph_of_a_number_group_still_reads_no_cue() -> None:
    assert without_group_number("2.3 We want every child to be safe.") == (
        "2.3 We want every child to be safe."
    )
    assert without_group_number("3\\. We want every child to be safe.") == (
        "We want every child to be safe."
    )
    assert without_group_number("12. We want every child to be safe.") == (
        "We want every child to be safe."
    )


def test_what_we_want_for_the_children_listed_to_adult_life_is_the_outcomes() -> None:
    text = _UNHEADED.format(byline="Ashwick Vale District Council") + (
        "\nWhat we want for Ashwick's children is simple: that they are safe, healthy, learning, "
        "heard and ready for adult life.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "key_outcomes"
    assert outline.sections[-1].text.startswith("What we want for Ashwick's children")


_CONTENTS = (
    "# Policies, Values and Principles\n\n"
    "{table}\n\n"
    "This chapter opens the Ashwick manual and applies to every member of staff.\n\n"
    "We are honest with families, and we listen to children before we decide anything about "
    "them. We keep our promises and we own our mistakes.\n"
)


def test_a_contents_table_under_the_title_opens_the_scope() -> None:
    table = (
        "**Paragraphs** | **Subject**\n1 - 2 | About this chapter\n3 | Our values\n"
        "4 - 5 | How we work\n6 | Sharing information"
    )
    outline = outline_of(_CONTENTS.format(table=table), "markdown")
    assert_tiles(outline)
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith("**Paragraphs** | **Subject**")
    assert "6 | Sharing information" in outline.sections[1].text


def test_a_markdown_contents_table_is_one_block_of_the_scope() -> None:
    table = (
        "| Paragraphs | Subject |\n|---|---|\n| 1 - 2 | About this chapter |\n"
        "| 3 | Our values |\n| 4 - 5 | How we work |"
    )
    outline = outline_of(_CONTENTS.format(table=table), "markdown")
    assert_tiles(outline)
    assert outline.sections[1].kind == "scope"
    assert "| 4 - 5 | How we work |" in outline.sections[1].text


def test_a_table_of_figures_under_the_title_is_no_contents() -> None:
    table = (
        "Year | Children in care\n2022 | 310 children placed\n2023 | 295 children placed.\n"
        "2024 | 301 children placed"
    )
    outline = outline_of(_CONTENTS.format(table=table), "markdown")
    assert_tiles(outline)
    assert not any(
        s.kind == "scope" and s.text.startswith("Year | Children") for s in outline.sections
    )
