"""Wordings blind set 90 showed the reader missing (decision 0155).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import model_names

_CHAPTER = (
    "Family Help Policy\n\n"
    "This chapter tells every worker in the family help service how the service is run.\n\n"
    "{heading}\n\n"
    "{body}\n\n"
    "Information Sharing\n\n"
    "We keep information about families confidential.\n"
)


def _models(heading: str, body: str) -> list[str]:
    return model_names(_CHAPTER.format(heading=heading, body=body))


@pytest.mark.parametrize(
    "heading",
    [
        "4. Our Practice Model: How We Work Alongside Families and Their Networks",
        "Practice Model - Why We Listen Before We Plan",
        "Our Practice Framework: What Good Help Looks Like",
    ],
)
def test_a_subtitle_after_the_practice_model_label_is_no_name(heading: str) -> None:
    body = "Our practice model is Signs of Safety, which every team has used since 2022."
    assert _models(heading, body) == ["Signs of Safety"]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Practice Model: Family Network Practice", "Family Network Practice"),
        ("Our Practice Framework - Bright Horizons", "Bright Horizons"),
    ],
)
def test_a_name_after_the_label_is_still_the_model(heading: str, name: str) -> None:
    body = "Every social worker is trained in it during their first year with us."
    assert name in _models(heading, body)
