"""Decision 0496: a paragraph naming again the practice model comes back to it even when the
section it opens reads plainly as another kind because of the paragraphs after it.

The kind model's reading of a whole un-headed section weighs every paragraph in it; whether the
first one is about a topic of its own is a question about that paragraph. A stand-in model reads
a passage by marker words, so only the rule decides. Every text here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.sections import Outline
from tests.sections.helpers import outline_with_model

KINDS = ("other", "introduction", "values", "practice_model", "corporate_parenting")
MARKERS = {"candour": "values", "councillor": "corporate_parenting"}


class MarkerReading:
    """Sure (0.8) of a passage naming a kind's marker word; a passage with none leans a little
    to values (0.4), as a paragraph about plans and guidance might."""

    kinds = KINDS

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self._reading(text.lower()) for text in texts]

    @staticmethod
    def _reading(text: str) -> dict[str, float]:
        top = next((kind for marker, kind in MARKERS.items() if marker in text), None)
        if top is None:
            return {kind: 0.4 if kind == "values" else 0.6 / (len(KINDS) - 1) for kind in KINDS}
        return {kind: 0.8 if kind == top else 0.2 / (len(KINDS) - 1) for kind in KINDS}


MODEL = (
    "Every practitioner in the borough works to the approach we call Kin Mark. Workers sit down "
    "with the family and the people close to them and write the plan together.\n\n"
)
COUNCILLORS = (
    "Every councillor shares in the care of the children the council looks after, and asks of "
    "each report whether it would be good enough for a child of their own.\n\n"
)
CANDOUR = (
    "We put candour first: we tell parents plainly what worries us, we listen to what they say "
    "back, and we keep to what we have promised them.\n\n"
)
TITLE = "Children's Services Policies, Values and Principles\n\n"


def _read(text: str) -> Outline:
    return outline_with_model(text, MarkerReading(), "plain")


def _kinds(outline: Outline) -> list[tuple[str, str]]:
    return [(section.kind, section.text.strip()[:12]) for section in outline.sections]


def test_the_model_named_again_opens_its_section_though_the_paragraphs_after_read_plainly() -> None:
    review = (
        "Kin Mark will be looked at again with parents and staff next spring, and what they "
        "tell us will shape the guidance we give.\n\n"
    )
    outline = _read(TITLE + MODEL + COUNCILLORS + review + CANDOUR)
    assert ("practice_model", "Kin Mark wil") in _kinds(outline)
    assert ("values", "We put cando") in _kinds(outline)


def test_a_paragraph_naming_the_model_but_plainly_of_its_sections_kind_stays() -> None:
    candid = (
        "Kin Mark asks for candour with parents, and we would rather say a hard thing early "
        "than let a family find it out late.\n\n"
    )
    outline = _read(TITLE + MODEL + COUNCILLORS + candid + CANDOUR)
    assert ("practice_model", "Kin Mark ask") not in _kinds(outline)
