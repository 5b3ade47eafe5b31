"""A one-line note under the title that a content cue names, a sentence rather than a stamp
(decision 0206): "This chapter replaces the version of …" opens the scope section, where a
stamp ("Last checked: …") stays with the title.

Each case is written for this test in our own words.
"""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

BODY = (
    "## Our duties as corporate parents\n\n"
    "For the children and young people we look after, the council will act as a good parent "
    "would.\n"
)


def test_a_sentence_naming_the_edition_replaced_opens_the_scope() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "This chapter replaces the version of June 2022.\n\n"
        "Last checked: 2 April 2025\n\n" + BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == [
        "title",
        "scope",
        "corporate_parenting",
    ]
    assert outline.sections[1].text.strip().startswith("This chapter replaces")


def test_a_stamp_under_the_title_stays_with_it() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "Last checked: 2 April 2025\n\n" + BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "corporate_parenting"]


def test_a_short_sentence_under_the_title_stays_with_it() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "Printed copies are uncontrolled.\n\n" + BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "corporate_parenting"]
