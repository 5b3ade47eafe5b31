"""Facts wordings of blind round 84 (decision 0146), in our own words: a place of several words
that opens a sentence of the practice model section is the authority, not a model, when the
text also writes it as the owner of its services."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value, fact_values

CHAPTER = """\
# Caring for Children

## Scope

This chapter applies to {owner} staff.

## Our Practice Model

{place} uses the Family Safeguarding Model. Workers join adult specialists in one team.
"""


@pytest.mark.parametrize(
    "owner",
    [
        "Marrow Heath's children's services",
        "Marrow Heath\\'s social care",
        "Marrow Heath Council",
        "Marrow Heath District Council",
        "Marrow Heath children's social care",
    ],
)
def test_a_place_written_as_the_owner_is_not_a_model(owner):
    text = CHAPTER.format(owner=owner, place="Marrow Heath")
    assert fact_value(text, "named_models", "chapter.md") == ["Family Safeguarding"]


def test_a_place_of_one_word_still_needs_its_possessive():
    text = CHAPTER.format(owner="Caverham's", place="Caverham")
    assert fact_value(text, "named_models", "chapter.md") == ["Family Safeguarding"]


def test_a_name_written_only_as_a_model_stays_one():
    text = CHAPTER.format(owner="all", place="Bright Futures").replace(
        "uses the Family Safeguarding Model", "guides every assessment we make"
    )
    assert fact_value(text, "named_models", "chapter.md") == ["Bright Futures"]


COPIED_PAGE = "\n".join(
    [
        "Caring for Children",
        "Introduction",
        "Our work rests on this legislation:",
        "Children Act 1989",
        "Children Act 2004",
        "Children and Families Act 2014",
        "A Shared Responsibility",
        "The Fenwold Safeguarding Partnership joins the council, the police and the integrated"
        " care board. Every agency has a duty to keep children safe, as Working Together to"
        " Safeguard Children sets out.",
        "Our Values",
        "We listen to children and we are honest with their families about our worries.",
        "",
    ]
)


def test_an_unmarked_list_ends_where_the_sectioner_begins_a_section():
    cited = fact_values(COPIED_PAGE, "page.txt")["legislation"]
    assert [item["cited"] for item in cited] == [
        "Children Act 1989",
        "Children Act 2004",
        "Children and Families Act 2014",
    ]


def test_a_term_broken_over_two_lines_is_still_a_use():
    text = (
        "# Caring for Children\n\n## Corporate parenting\n\n"
        "The council is corporate parent to every child in\ncare and every care leaver.\n"
    )
    assert fact_values(text, "page.md")["looked_after_term"] == "Children in Care"
