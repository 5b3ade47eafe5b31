"""Two content cues of decision 0475, each written for this test in our own words with near
misses that must not be read so.

- The service's own model, framework or approach named as a well-known model, without the word
  "practice": "Our approach is Safe and Together." names the practice model.
- The people the service works with said to be able to count on it, the sentence ending there:
  the promise of conduct that the rest of the paragraph spells out is a statement of values.
  Said with a term or a role, the promise belongs to leaving care or corporate parenting."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Our model is Signs of Safety. Every assessment maps what is working well and what "
        "worries us.",
        "Our approach is Safe and Together, so the non-abusive parent is treated as a partner.",
        "The council's framework is Restorative Practice: we do things with families, not to them.",
        "Our own model is No Wrong Door, run from two hubs for teenagers.",
    ],
)
def test_our_model_named_as_a_known_model_is_the_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Our model is still being written with families and staff.",
        "Our approach is to keep children with their families wherever it is safe.",
        "Our model is simple: ask, listen, then act.",
    ],
)
def test_a_model_not_named_as_a_known_one_is_not_cued(cues, opening: str) -> None:
    assert cues.content_kind(opening) != "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Parents must be able to rely on us. We ring back the same day and we never cancel a "
        "visit without saying why.",
        "Young people can count on us. We keep appointments and we tell them the truth.",
        "Every family should always be able to depend on us. That means doing what we said.",
    ],
)
def test_people_able_to_count_on_us_is_a_statement_of_values(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Care leavers can count on us until their twenty-fifth birthday.",
        "Children looked after should be able to rely on us as they would on a good parent.",
        "We can count on our partners in health and education to share what they know.",
    ],
)
def test_a_promise_with_a_term_or_a_role_is_not_values(cues, opening: str) -> None:
    assert cues.content_kind(opening) != "values"
