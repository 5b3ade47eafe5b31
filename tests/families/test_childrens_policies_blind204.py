"""A later support age for care leavers an apprenticeship clause picks out (decision 0323):
stated apart from the age every care leaver has, it extends that age, as the education and
disability clauses of decision 0303 do. Each case is written for this test in our own words."""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        (
            "A care leaver who is doing an apprenticeship keeps the adviser until the age of 25.",
            "who is doing an apprenticeship",
        ),
        (
            "Young people who are on apprenticeships can ask us for help until they are 25.",
            "who are on apprenticeships",
        ),
    ],
)
def test_an_apprenticeship_clause_extends_the_support_age(sentence: str, condition: str) -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Leaving care\n\n"
        "Every care leaver in Oxcombe has a personal adviser until they are 21.\n\n"
        f"{sentence}\n"
    )
    fact = facts_of(text, "chapter.md")["leaving_care_support_age"]
    assert fact.value is not None
    assert fact.value["age"] == 21
    assert [item["age"] for item in fact.value["extended"]] == [25]
    assert condition in fact.value["extended"][0]["condition"]
    assert not fact.alternatives
