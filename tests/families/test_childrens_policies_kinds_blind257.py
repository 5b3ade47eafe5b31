"""Cues of blind round 257 (decision 0384): a councillor named by their seat on the corporate
parenting body (corporate parenting), a quality named as one of the service's values (values),
parents said to be treated as partners (key principles). In our own words, none of them the
set's sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Councillor Ruth Abara, chair of the Corporate Parenting Panel, meets care leavers every "
        "quarter.",
        "Cllr. Denton, who chairs the Corporate Parenting Committee, reports to cabinet in June.",
        "Councillor Imran Shah, a member of the Corporate Parenting Board, visits a children's "
        "home each term.",
    ],
)
def test_a_councillor_named_by_a_seat_on_the_body_is_corporate_parenting(cues, opening):
    assert cues.content_kind(opening) == "corporate_parenting"


def test_a_councillor_named_by_another_role_is_not_corporate_parenting(cues):
    opening = "Councillor Jo Pike, the lead member for housing, chairs the homelessness forum."
    assert cues.content_kind(opening) != "corporate_parenting"


@pytest.mark.parametrize(
    "opening",
    [
        "Respect of that sort is one of the values we ask every worker to hold.",
        "Curiosity is among our core values, and supervision asks about it.",
        "Fairness and patience are two of the values that shape our visits.",
    ],
)
def test_a_quality_named_as_one_of_the_values_is_values(cues, opening):
    assert cues.content_kind(opening) == "values"


def test_one_of_the_outcomes_is_not_values(cues):
    assert cues.content_kind("Stability is one of the outcomes we measure.") != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Parents are seen as equal partners in every plan we make with them.",
        "We treat birth parents as partners, even when a child cannot go home.",
    ],
)
def test_parents_as_partners_is_key_principles(cues, opening):
    assert cues.content_kind(opening) == "key_principles"


def test_agencies_as_partners_are_not_key_principles(cues):
    opening = "Schools are treated as partners in every child protection plan."
    assert cues.content_kind(opening) != "key_principles"
