"""Facts in wordings blind234 probed (decision 0358), each tried on other wordings than the
set's: a version history table whose rows open with their dates, newest first; a model another
has replaced; a table of entitlements with a base-age column beside an extended one.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take the wrong way.
"""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_HISTORY = (
    "Fostering Policy\n\n## Document history\n\n{table}\n\n"
    "## Scope\n\nThis policy applies to all staff.\n"
)


@pytest.mark.parametrize(
    ("table", "label"),
    [
        (
            "| Date | Version | Summary |\n|---|---|---|\n"
            "| 3 March 2026 | 4.2 | Contacts updated |\n"
            "| 18 May 2025 | 4.1 | Leaving care rewritten |\n"
            "| 1 June 2024 | 4.0 | First issue |",
            "4.2",
        ),
        (
            "| Issued | Version | What changed |\n|---|---|---|\n"
            "| June 2023 | v1 | First issue |\n"
            "| January 2025 | v2 | Permanence timescales |",
            "v2",
        ),
        (
            "Date | Version | Changes\n"
            "November 2025 | V8 | Annual review, nothing changed\n"
            "April 2024 | V7 | Links checked, two added",
            "V8",
        ),
    ],
)
def test_a_history_row_opening_with_its_date_gives_the_latest_rows_version(
    table: str, label: str
) -> None:
    assert facts_of(_HISTORY.format(table=table), "policy.md")["version_label"].value == label


def test_a_byline_row_that_opens_with_no_date_still_gives_its_version() -> None:
    text = (
        "Fostering Policy\n\nWestbury Council | Children's Services | Version 5\n\n"
        "## Scope\n\nThis policy applies to all staff.\n"
    )
    assert facts_of(text, "policy.md")["version_label"].value == "Version 5"


_MODEL = (
    "Children's Services Policies, Values and Principles\n\nOur practice model\n\n{sentence}\n\n"
    "Leaving care\n\nEvery care leaver can have a personal adviser until they are 21.\n"
)


@pytest.mark.parametrize(
    ("sentence", "models"),
    [
        (
            "Until 2024 our model was Restorative Practice, when it was replaced by Family Valued.",
            ["Family Valued"],
        ),
        ("In 2023 we replaced Signs of Safety with Family Safeguarding.", ["Family Safeguarding"]),
        ("Mockingbird replaced No Wrong Door as our model for adolescents.", ["Mockingbird"]),
        (
            "We used Signs of Wellbeing until we replaced it with Safe and Together.",
            ["Safe and Together"],
        ),
        (
            "Reclaiming Social Work, which has been superseded by Family Valued, shaped our units.",
            ["Family Valued"],
        ),
        # near misses: something else replaced in the model's sentence, the model kept
        (
            "Our practice model is Signs of Safety; its tools replaced the old assessment forms.",
            ["Signs of Safety"],
        ),
        (
            "Family Safeguarding is our model. Our older forms were replaced by new ones.",
            ["Family Safeguarding"],
        ),
    ],
)
def test_a_model_another_replaced_is_no_longer_the_councils(
    sentence: str, models: list[str]
) -> None:
    assert facts_of(_MODEL.format(sentence=sentence))["named_models"].value == models


_LEAVING = (
    "Children's Services Policies, Values and Principles\n\n## Leaving care\n\n"
    "What care leavers can have:\n\n{table}\n"
)


@pytest.mark.parametrize(
    ("table", "ages"),
    [
        (
            "| Support | Standard age | Extended age |\n|---|---|---|\n"
            "| Personal adviser | 21 | 25 if they ask for one |",
            (21, (25,)),
        ),
        (
            "| Help | Usual age | Extended age |\n|---|---|---|\n"
            "| A personal adviser | 21 | 25, for those still studying |",
            (21, (25,)),
        ),
        (
            "| Support | Base age | Extended age |\n|---|---|---|\n"
            "| Personal adviser | 21 | None |",
            (21, ()),
        ),
    ],
)
def test_a_base_age_column_gives_the_support_age(
    table: str, ages: tuple[int, tuple[int, ...]]
) -> None:
    value = facts_of(_LEAVING.format(table=table), "chapter.md")["leaving_care_support_age"].value
    assert isinstance(value, dict)
    assert (value["age"], tuple(item["age"] for item in value["extended"])) == ages
