"""Practitioners said to use a well-known model by its own name make the section the practice
model's, whichever of the known models it is (blind set 175, decision 0278): the cue's list now
holds every model `facts.toml` knows ("Motivational Social Work", "Family Partnership Model",
"Signs of Wellbeing"), not only six of them. A heading that only hints at key principles ("How
we practise") yields to it; a model nobody here uses does not."""

import pytest

from tests.sections.helpers import outline_of

_OPENING = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## About this chapter\n\nThis chapter applies to everyone who works with children in "
    "care.\n\n"
)
_CLOSING = "## Key principles\n\nChildren should grow up with their own families.\n"


def _kind_of(heading: str, paragraph: str) -> str:
    text = _OPENING + f"## {heading}\n\n{paragraph}\n\n" + _CLOSING
    outline = outline_of(text, "markdown")
    return next(s.kind for s in outline.sections if s.text.startswith(f"## {heading}"))


@pytest.mark.parametrize(
    "paragraph",
    [
        "All of our social workers use Motivational Social Work when they talk with parents "
        "about what has to change.",
        "Our family help teams are trained in the Family Partnership Model and use it in every "
        "first visit.",
        "Our staff follow Signs of Wellbeing, asking families what is going well before what "
        "worries us.",
    ],
)
def test_teams_using_a_known_model_by_name_head_the_practice_model(paragraph: str) -> None:
    assert _kind_of("How we practise", paragraph) == "practice_model"


def test_a_practice_model_sentence_naming_a_later_known_model() -> None:
    paragraph = (
        "Our practice model is Motivational Social Work, which our workers learn in their "
        "first year."
    )
    assert _kind_of("How we practise", paragraph) == "practice_model"


def test_a_way_of_working_with_no_known_model_keeps_its_hint() -> None:
    paragraph = (
        "Our teams use plain words with families and keep the same worker for as long as they can."
    )
    assert _kind_of("How we practise", paragraph) == "key_principles"


def test_a_hint_is_overruled_by_its_text_not_by_its_own_words() -> None:
    """The kind model has learned that "How we practise" mostly heads a practice model; that is
    the heading's words, which the hint already weighs, so only the text under it overrules it
    (follow-up m17a of decision 0353)."""
    paragraph = (
        "Each family keeps one named worker, and we write to them in the words they use at home."
    )
    assert _kind_of("How we practise", paragraph) == "key_principles"
