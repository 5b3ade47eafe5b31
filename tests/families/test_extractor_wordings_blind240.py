"""The family's extractors on wordings met in blind round 240 (decision 0364): the permanence
decision said as what the council must have agreed ("… must have agreed where the child will
grow up") or as a settled plan for the child's future; an acronym named as the practice model
with what it stands for in a clause after it; the Solihull Approach as a known model. In our own
words; each negative case is a wording a careless reader would take for the fact."""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Within five months of a child coming into care, the service must have decided where "
         "the child will grow up.", 5),
        ("Each child we look after has a secure plan for their future within 10 months.", 10),
        ("By the end of the third month we have agreed where they will live and grow up.", 3),
    ],
)  # fmt: skip
def test_permanence_said_in_plain_words(sentence: str, months: int) -> None:
    text = "Our policy\n\nKey principles\n\n" + sentence + "\n"
    assert facts_of(text)["permanence_plan_months"].value == months


def test_a_pathway_plan_for_the_future_is_no_permanence_plan() -> None:
    text = (
        "Our policy\n\nKey principles\n\nEvery care leaver has a pathway plan for their future, "
        "looked at again every six months and rewritten within two months of any move.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Our residential staff are trained in TIDE, which stands for trust, interest, "
        "direction and encouragement.",
        "Carers work with TIDE, short for trust, interest, direction and encouragement.",
    ],
)
def test_an_acronym_with_what_it_stands_for_is_the_model(sentence: str) -> None:
    text = "Our policy\n\nOur practice model\n\n" + sentence + "\n"
    assert facts_of(text)["named_models"].value == ["TIDE"]


def test_an_acronym_that_does_not_spell_its_words_is_no_model() -> None:
    text = (
        "Our policy\n\nOur practice model\n\nOur staff are trained in TIDE, which stands for "
        "the team's induction and development programme.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_the_solihull_approach_keeps_its_name() -> None:
    text = (
        "Our policy\n\nHow we work\n\nHealth visitors and family workers in the borough are "
        "trained in the Solihull Approach.\n"
    )
    assert facts_of(text)["named_models"].value == ["Solihull Approach"]
