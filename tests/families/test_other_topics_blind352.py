"""Wordings met in blind round 352 (chapters of the family written about other topics, decision
0521): a version line agreed, endorsed or ratified by a body is the chapter's end matter as an
approved one is; a heading saying what the service holds to be true heads its values; the
corporate parenting principles promised in plain words with no word "principles" near them
("put their interests first", "what they want", views that "steer the plans"); openings that
name their kind in a topic's own words: work that is "never the work of one team" or "shared
with" others named, "success means" changes, counting ourselves "successful when", and a name
that "is the service's model for" its work.

Each case is written for this test in our own words about invented services; each negative case
is a wording a careless reader would take for the rule's."""

import pytest

from app.sections.classify import Cues
from tests.reading import facts_of
from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "# Fostering Households: Values and Principles\n\n"
    "## Our values\n\n"
    "We treat every foster family as partners and tell them the truth about our plans.\n\n"
    "## Information\n\n"
    "Foster carers are told what they need to know about a child, and no more.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Version 7 \u2013 endorsed by the Fostering Panel",
        "Version 2.0 - agreed by the Corporate Parenting Board",
        "Version 11 | ratified by the Children's Leadership Group",
    ],
)
def test_a_version_line_agreed_by_a_body_closes_the_chapter(closing: str) -> None:
    outline = outline_of(_BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.strip() == closing


def test_a_version_of_something_else_agreed_in_a_sentence_is_no_end_matter(cues: Cues) -> None:
    line = "Version 3 of the carers' handbook, agreed by the panel, is given to every household."
    assert cues.content_kind(line) != "end_matter"


@pytest.mark.parametrize(
    "heading",
    ["What we hold to be true about family life", "What we hold true"],
)
def test_what_the_service_holds_true_heads_its_values(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "values"


def test_what_holds_true_of_someone_else_is_no_values_heading(cues: Cues) -> None:
    assert cues.heading_kind("What holds true for young people after care") != "values"


_TITLE = "Children's Homes: Policy, Values and Principles\n\n"


def test_plain_promises_with_no_word_principles_are_counted() -> None:
    text = _TITLE + (
        "## What we promise as a parent\n\n"
        "1. to place every young person's interests first\n"
        "2. to find out what children want from their care\n"
        "3. to allow their views to steer the plans we make\n"
        "4. to make sure they use the services on offer\n"
        "5. to hold high ambitions for each of them\n"
        "6. to keep them safe in the home and at school\n"
        "7. to get them ready for adult life\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_house_rules_in_the_same_words_are_no_principles() -> None:
    text = _TITLE + (
        "## House rules\n\n"
        "1. put the household's interests first when choosing outings\n"
        "2. ask young people what they want for tea\n"
        "3. let the house meeting shape the plans for the holidays\n"
        "4. lock the office at night\n"
        "5. sign every visitor in and out\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Finding a foster home is never the work of a single team.", "shared_responsibility"),
        (
            "Care for disabled children is shared between health, schools and the council.",
            "shared_responsibility",
        ),
        (
            "Success means more children staying with relatives, fewer moves, and better "
            "attendance at school.",
            "key_outcomes",
        ),
        (
            "We would count ourselves successful if young people in our homes stayed in "
            "school and kept in touch with their families.",
            "key_outcomes",
        ),
        ("Bridgework is the service's model for planning with families.", "practice_model"),
    ],
)
def test_an_opening_in_a_topics_own_words_names_its_kind(
    cues: Cues, opening: str, kind: str
) -> None:
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "Checking the plan is the work of one team, the placements team.",
            "shared_responsibility",
        ),
        (
            "Support for care leavers is shared with them in writing after each review.",
            "shared_responsibility",
        ),
        ("Success means different things to each family we meet.", "key_outcomes"),
        ("The formula is the council's model for funding its schools.", "practice_model"),
    ],
)
def test_the_same_words_saying_something_else_name_no_kind(
    cues: Cues, opening: str, kind: str
) -> None:
    assert cues.content_kind(opening) != kind
