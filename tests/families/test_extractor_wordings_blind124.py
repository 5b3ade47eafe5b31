"""Wordings blind set 124 showed the reader missing (decision 0203): a practice model named by
the label opening an item of a "Key facts" list. Written in our own words; each negative case is
a wording a careless reader would take for the fact."""

import pytest

from tests.families.fact_helpers import model_names

_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Key facts\n\n"
    "- Applies to: everyone in the children and families service\n"
    "{item}\n\n"
    "## Our practice\n\n"
    "Our workers are trained in it and use it with every family they meet.\n"
)


def _models(item: str) -> list[str]:
    return model_names(_CHAPTER.format(item=item), "chapter.md")


@pytest.mark.parametrize(
    "item",
    [
        "- Practice model: Systemic Practice",
        "* Our practice model: Relational Family Practice",
        "- **Practice framework:** Systemic Practice",
    ],
)
def test_a_model_labelled_in_a_list_item_is_named(item: str) -> None:
    assert len(_models(item)) == 1


@pytest.mark.parametrize(
    "item",
    [
        "- Practice model: how we work with families",
        "- We work within a practice model - relational work with parents",
    ],
)
def test_a_subtitle_or_a_sentence_in_a_list_item_names_no_model(item: str) -> None:
    assert _models(item) == []
