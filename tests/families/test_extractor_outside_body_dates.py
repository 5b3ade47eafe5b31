"""A dated sentence about what a national body did (the government, Ofsted, the Department for
Education publishing their own documents) is no amendment of this chapter, unless it goes on to
say the council changed its text to match."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value

TITLE = (
    "Children's Services Policies, Values and Principles\n\nThis chapter applies to all staff.\n\n"
)


def _amended(sentence: str) -> object:
    return fact_value(TITLE + sentence + "\n", "amendment_date")


@pytest.mark.parametrize(
    "sentence",
    [
        "In December 2023 the government published a new policy on kinship care, which we follow.",
        "In June 2022, Ofsted published a revised framework for inspecting our services.",
        "In September 2023 the Department for Education updated its statutory guidance.",
    ],
)
def test_a_national_body_publishing_its_own_document_is_no_amendment(sentence: str) -> None:
    assert _amended(sentence) is None


def test_the_council_changing_its_text_after_the_national_change_is_an_amendment() -> None:
    sentence = (
        "In December 2023 the government published new guidance, and we revised the section on "
        "kinship care to match."
    )
    assert _amended(sentence) == "2023-12"


def test_the_chapter_revised_in_a_month_is_still_an_amendment() -> None:
    assert _amended("In May 2024 this chapter was revised to add the local offer.") == "2024-05"
