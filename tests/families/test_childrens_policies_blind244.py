"""Blind round 244 (decision 0368): the corporate parenting principles paraphrased in one
sentence with no colon, as the Act words them, "to" clauses set apart by semicolons ("… must
have regard to the need to act …; to encourage …; …; and to prepare …"), are one principle a
clause. Texts are our own."""

from __future__ import annotations

from app.families.childrens_policies.extractors import _semicolon_infinitives
from tests.families.fact_helpers import fact_value


def _principles(sentence: str) -> object:
    text = (
        "Fostering and Children in Care\n\n"
        "Our corporate parenting role\n\n" + sentence + "\n\n"
        "Leaving care\n\nCare leavers have a personal adviser until they are 21.\n"
    )
    return fact_value(text, "corporate_parenting_principles")


def test_seven_semicolon_clauses_after_the_need_to_are_seven_principles() -> None:
    sentence = (
        "As corporate parents, members and officers of Farleigh Council must have regard to the "
        "need to act in the best interests of the children we look after and to promote their "
        "health; to encourage them to tell us what they think; to take their wishes and feelings "
        "into account; to help them use the council's services and those of its partners; to "
        "promote high aspirations for them; for them to be safe and settled at home and at school; "
        "and to prepare them for adulthood and independent living."
    )
    assert _principles(sentence) == 7


def test_prose_joined_by_semicolons_is_not_a_list_of_principles() -> None:
    sentence = (
        "as corporate parents we act in the best interests of the children we look after; we "
        "listen to what they tell us; we take their wishes into account; we aim high for them; "
        "we keep them safe; we prepare them for adulthood and independent living."
    )
    assert _semicolon_infinitives(sentence) == 0
