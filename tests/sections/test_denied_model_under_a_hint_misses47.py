"""Known-misses round forty-seven (decision 0315): a heading hint over a paragraph that denies a
named model keeps its hint.

"How we work" hints at the principles of work; the kind model may overrule the hint where the
text is about another kind, as a section on the service's named practice model is. A paragraph
saying the council has *not* taken a well-known model up names the model all the same, and the
model, reading the name, overruled the hint. The denial cues (`SectionKind.denial_cues`, data in
the family's kinds.toml) stop that; a paragraph that goes on to say what the service does
"instead" is its own way of practice (decision 0118) and is not a denial.

Each chapter and sentence is written for this test in our own words.
"""

from collections.abc import Sequence

import pytest

from app.families import get_family
from app.sections import split_sections
from app.sections.classify import compile_cues
from tests.sections.helpers import assert_tiles


def _denies(slug: str, paragraph: str) -> bool:
    return compile_cues(get_family().kinds).denies(slug, paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Unlike two of our neighbours, we have not adopted Family Safeguarding. Teams choose "
        "the tools that suit each family.",
        "In 2024 the service piloted Signs of Wellbeing with one team, but we did not take it up "
        "across the county.",
        "We considered Mockingbird for our foster carers and decided against it for now.",
        "Brockmere Council has never used Restorative Practice as a whole-service model; our "
        "independent reviewing officers see each plan twice a year.",
    ],
)
def test_a_paragraph_denying_a_named_model_denies_the_practice_model(paragraph: str) -> None:
    assert _denies("practice_model", paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the model taken up, said in the negative only of something else
        "We have adopted Signs of Safety, and no family is left without a plan.",
        "Since 2022 we have used Systemic Practice; we did not change our teams to do so.",
        # no branded model, then what the service does instead: its own practice (0118)
        "We looked at Safe and Together in 2023 and decided not to adopt it. Instead each "
        "team keeps a practice diary and meets monthly to share what works.",
        # a model named by no well-known name
        "We have not adopted a branded model; our teams share one way of working.",
    ],
)
def test_a_paragraph_that_takes_a_model_up_or_says_what_it_does_instead_denies_nothing(
    paragraph: str,
) -> None:
    assert not _denies("practice_model", paragraph)


def test_a_kind_without_denial_cues_denies_nothing() -> None:
    paragraph = "We have not adopted Family Safeguarding."
    assert _denies("practice_model", paragraph)
    assert not _denies("key_principles", paragraph)


class ModelReadingModels:
    """A kind model that reads a passage naming a well-known model as the practice model, sure
    enough to overrule a hint, and anything else as key principles."""

    kinds = ("practice_model", "key_principles", "other", "values", "scope", "title")

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self._scores("family safeguarding" in text.lower()) for text in texts]

    @staticmethod
    def _scores(names_a_model: bool) -> dict[str, float]:
        first, second = ("practice_model", "key_principles")
        if not names_a_model:
            first, second = second, first
        return {
            first: 0.8,
            second: 0.1,
            "other": 0.04,
            "values": 0.03,
            "scope": 0.02,
            "title": 0.01,
        }


CHAPTER = (
    "# Children's Services Policies at Ashcombe Vale\n\n"
    "## Scope of this chapter\n\n"
    "This chapter is for everyone at Ashcombe Vale who works with children and families.\n\n"
    "## How we work\n\n"
    "{body}\n"
)


def _kind_under_the_hint(body: str) -> str:
    outline = split_sections(
        CHAPTER.format(body=body),
        get_family().kinds,
        "markdown",
        ModelReadingModels(),  # type: ignore[arg-type]
    )
    assert_tiles(outline)
    return outline.sections[-1].kind


def test_a_hint_over_a_denied_model_keeps_its_kind() -> None:
    body = (
        "Unlike two of our neighbours, we have not adopted Family Safeguarding. The reviewing "
        "officer sees each child's plan twice a year, and plans are made with families."
    )
    assert _kind_under_the_hint(body) == "key_principles"


def test_a_hint_over_a_model_taken_up_is_still_overruled() -> None:
    body = (
        "Every team here has been trained in Family Safeguarding since 2023, with adult "
        "workers beside our social workers."
    )
    assert _kind_under_the_hint(body) == "practice_model"


def test_a_hint_over_what_is_done_instead_is_still_overruled() -> None:
    body = (
        "We considered Family Safeguarding and decided not to adopt it. Instead our teams "
        "share one way of working, written down with families."
    )
    assert _kind_under_the_hint(body) == "practice_model"
