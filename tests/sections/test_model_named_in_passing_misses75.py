"""Decision 0502: under a heading that only hints at a kind ("How we work", the key principles'
hint), an opening sentence that names the practice model and says nothing of it ("We are a
Compass authority.") before the paragraph turns to the hint's own topic does not take the
section from the hint. A paragraph that goes on to tell what the model is still opens the
practice model, as the cue says. Every text here is written for these tests; a stand-in model
reads a paragraph by its marker words."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from app.families import get_family
from app.sections import KindModel, Outline
from app.sections.assemble import _named_in_passing
from app.sections.classify import Cues, compile_cues
from tests.sections.helpers import outline_with_model

KINDS = ("other", "introduction", "values", "key_principles", "practice_model")


class MarkerReading:
    """Reads a text that speaks of a personal adviser as the key principles, one that tells how
    workers map a family's worries with them as the practice model, one that names what staff
    value as the values; anything else leans to "other"."""

    kinds = KINDS

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self._reading(text.lower()) for text in texts]

    @staticmethod
    def _reading(text: str) -> dict[str, float]:
        if "map" in text:
            lead = "practice_model"
        elif "adviser" in text:
            lead = "key_principles"
        elif "value" in text:
            lead = "values"
        else:
            lead = "other"
        rest = 0.12 / (len(KINDS) - 1)
        return {kind: 0.88 if kind == lead else rest for kind in KINDS}


NAMED = "We are a Compass authority."
LEAVING_CARE = (
    "Young people leaving our care keep a personal adviser until they are 21, and until 25 if "
    "they ask for one."
)
TOLD = (
    "Our workers map with each family what is going well, what worries everyone and what has "
    "to happen next, and write the plan in the family's own words."
)


def _read(paragraph: str) -> Outline:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Our values\n\n"
        "We value patience, honesty and persistence in our work with every family.\n\n"
        "## How we work\n\n"
        f"{paragraph}\n"
    )
    return outline_with_model(text, MarkerReading(), "markdown")


def test_a_model_named_in_passing_leaves_the_hint_standing() -> None:
    last = _read(f"{NAMED} {LEAVING_CARE}").sections[-1]
    assert last.heading == "How we work"
    assert last.kind == "key_principles"


def test_a_paragraph_telling_what_the_model_is_opens_the_practice_model() -> None:
    last = _read(f"{NAMED} {TOLD}").sections[-1]
    assert last.heading == "How we work"
    assert last.kind == "practice_model"


@pytest.fixture(scope="module")
def cues() -> Cues:
    family = get_family()
    return compile_cues(family.kinds, family.other_heading_cues)


def test_only_a_kind_that_names_a_thing_is_said_in_passing(cues: Cues) -> None:
    model: KindModel = MarkerReading()  # type: ignore[assignment]
    paragraph = f"{NAMED} {LEAVING_CARE}"
    told = f"{NAMED} {TOLD}"
    hinted = ("practice_model", "key_principles")
    assert _named_in_passing(cues, model, hinted, paragraph)
    assert not _named_in_passing(cues, model, hinted, told)
    assert not _named_in_passing(cues, None, hinted, paragraph)
    # The council as parent names no thing: its cue keeps deciding (decision 0424).
    assert not _named_in_passing(cues, model, ("corporate_parenting", "key_principles"), paragraph)
