"""Wordings the 200th blind round used that the family did not know (decision 0313): principles
sorted into fewer themes than the count stated, a version line under the title that dates the
chapter and says what changed, and a "Purpose" paragraph naming its readers in a list. Each case
is written for this test in our own words, with near misses that must not be read so."""

import pytest

from tests.reading import facts_of
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

TITLE = "Children's Services Policies, Values and Principles\n\n"

GROUPED = (
    TITLE + "Corporate parenting\n\n"
    "The law sets out seven corporate parenting principles. {intro}\n\n"
    "- Being heard: express views; have those views weighed\n"
    "- Growing up well: best interests; safe and stable homes; high hopes\n"
    "- Moving on: use of services; readiness for adult life\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "We sort them into three themes:",
        "For training we put them in 3 groups:",
        "They fall into three broad areas:",
    ],
)
def test_principles_sorted_into_fewer_themes_keep_the_stated_count(intro: str) -> None:
    assert facts_of(GROUPED.format(intro=intro))["corporate_parenting_principles"].value == 7


def test_a_list_not_introduced_as_groups_still_counts_its_items() -> None:
    text = GROUPED.format(intro="We set them out below:")
    fact = facts_of(text)["corporate_parenting_principles"]
    assert fact.value == 3
    assert [alternative.value for alternative in fact.alternatives] == [7]


def test_themes_numbering_other_than_the_list_are_no_groups() -> None:
    text = GROUPED.format(intro="Staff cover them in two themes of training:")
    assert facts_of(text)["corporate_parenting_principles"].value != 7


_PAGE = (
    "Children's Services Policies, Values and Principles\n\n"
    "Brackenmoor Council - Children's Social Care\n\n"
    "{line}\n\n"
    "Our values\n\n"
    "We keep children with their families wherever that is safe.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Version 5 - August 2025 - permanence wording changed",
        "Version 2.1 \u2013 3 March 2026 \u2013 leaving care offer added",
        "Issue 7 \u2014 Sept 2024 \u2014 new section on kinship care",
    ],
)
def test_a_version_line_saying_what_changed_is_the_scope_note(line: str) -> None:
    outline = outline_of(_PAGE.format(line=line))
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert [kind for kind, _ in sections] == ["title", "scope", "values"]
    assert sections[1][1].startswith(line[:12])


@pytest.mark.parametrize(
    "line",
    ["Version 5 - Brackenmoor children's services", "Version 1 | July 2022 | First published"],
)
def test_a_version_line_naming_no_date_or_a_table_row_is_no_note(line: str) -> None:
    outline = outline_of(_PAGE.format(line=line))
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)][1] != "scope"


@pytest.mark.parametrize(
    "readers",
    [
        "staff, partners and families in Brackenmoor",
        "social workers, carers, and young people",
    ],
)
def test_a_purpose_naming_its_readers_in_a_list_is_the_scope(readers: str) -> None:
    text = (
        TITLE + f"Purpose\n\nThis chapter tells {readers} what our children's services value "
        "and what children can expect.\n\n"
        "Laws that apply\n\n- Children Act 1989\n- Children Act 2004\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)][:2] == ["title", "scope"]
