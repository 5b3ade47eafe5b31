"""Leaving-care wordings the blind280 round measured (decision 0414): a later age offered to every
care leaver whatever they do ("until 21, and up to 25 whatever their circumstances") is still an
extension of the age every care leaver has, its condition the words that say so; a later age
that is no support offered stays out."""

import pytest

from tests.families.fact_helpers import fact_value


def _leaving_care(body: str) -> object:
    text = f"# Policy\n\n## Leaving care\n\n{body}\n\n## Our values\n\nWe listen.\n"
    return fact_value(text, "leaving_care_support_age", "chapter.md")


@pytest.mark.parametrize(
    ("body", "condition"),
    [
        (
            "Young people leaving our care keep a personal adviser until they are 21, and up "
            "to 25 whatever their circumstances.",
            "whatever their circumstances",
        ),
        (
            "Care leavers have a personal adviser until 21, and until 25, whether or not they "
            "are working.",
            "whether or not they are working",
        ),
        (
            "Care leavers have a personal adviser until they turn 21, and to 25 regardless of "
            "what they are doing.",
            "regardless of what they are doing",
        ),
        (
            "Every care leaver has a personal adviser until they are 21, and up to 25 no matter "
            "where they live.",
            "no matter where they live",
        ),
    ],
)
def test_a_later_age_for_every_care_leaver_extends_the_first(body: str, condition: str) -> None:
    assert _leaving_care(body) == {"age": 21, "extended": [{"age": 25, "condition": condition}]}


@pytest.mark.parametrize(
    "body",
    [
        "Care leavers have a personal adviser until 21 and we review this at 25.",
        "Care leavers have a personal adviser until 21; after 25, whatever happens, the file "
        "is closed.",
    ],
)
def test_a_later_age_that_offers_nothing_is_no_extension(body: str) -> None:
    assert _leaving_care(body) == {"age": 21, "extended": []}
