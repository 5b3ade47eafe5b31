"""Decision 0494: a heading no cue knows, over a body that turns from topic to topic.

Read on its whole body, such a heading splits the model's belief between the topics, and none
clears the bar; its opening paragraph, which the heading heads, names it when the model is sure
of that paragraph. Every text here is written for these tests, and a stand-in model reads a
passage by one marker word for each kind, so only the rule decides.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.sections import Outline
from app.sections.assemble import HINT_OVERRULING, OPENING_TOPIC_CONFIDENCE
from tests.sections.helpers import kind_of, outline_with_model

MARKERS = {
    "values": "candour",
    "corporate_parenting": "councillor",
    "practice_model": "method",
}
KINDS = ("other", "introduction", *MARKERS)
SURE = 0.86
SMALL_TALK = "kettle"


class MarkerReading:
    """A kind model that is sure of a passage naming one kind's marker and splits its belief
    evenly between the kinds of a passage naming several. Without a marker it leans to "other"
    only weakly; a passage that also speaks of the office's `SMALL_TALK` leans to "other" a
    little more than to the kinds it names."""

    kinds = KINDS

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self._reading(text.lower()) for text in texts]

    @staticmethod
    def _reading(text: str) -> dict[str, float]:
        found = [kind for kind, marker in MARKERS.items() if marker in text]
        if not found:
            rest = (1.0 - 0.4) / (len(KINDS) - 1)
            return {kind: 0.4 if kind == "other" else rest for kind in KINDS}
        if SMALL_TALK in text:
            share = 0.42 / len(found)
            rest = 0.1 / (len(KINDS) - len(found) - 1)
            return {
                kind: 0.48 if kind == "other" else share if kind in found else rest
                for kind in KINDS
            }
        share = SURE if len(found) == 1 else 0.9 / len(found)
        rest = (1.0 - share * len(found)) / (len(KINDS) - len(found))
        return {kind: share if kind in found else rest for kind in KINDS}


TITLE = "# Children's Services Policies, Values and Principles\n\n"
OPENING = (
    "We expect every worker to meet families with candour and patience: to say plainly what "
    "they are worried about, to notice what a parent is doing well, and to remember that most "
    "parents want the best for their children even on the days they cannot manage it.\n\n"
)
TURNS = (
    "Every councillor shares in the care of the children the council looks after, and asks of "
    "each report whether it would be good enough for a child of their own.\n\n"
    "Our teams use one method with families across the county, and train new staff in it "
    "during their first year with us.\n\n"
)
CLOSING = "## Finding the office\n\nThe office on Mill Lane opens from nine until five.\n"
HEADING = "What we ask of ourselves"


def _read(text: str) -> Outline:
    return outline_with_model(text, MarkerReading(), "markdown")


def test_the_stand_in_model_is_unsure_of_the_whole_body_and_sure_of_the_opening() -> None:
    whole, opening = MarkerReading().probabilities([OPENING + TURNS, OPENING])
    assert max(whole.values()) < HINT_OVERRULING
    assert opening["values"] >= OPENING_TOPIC_CONFIDENCE


def test_a_heading_over_topics_in_turn_takes_its_opening_paragraphs_kind() -> None:
    outline = _read(TITLE + f"## {HEADING}\n\n" + OPENING + TURNS + CLOSING)
    assert kind_of(outline, HEADING) == "values"
    assert kind_of(outline, "Finding the office") == "other"


def test_a_body_that_never_turns_to_another_topic_keeps_the_whole_reading() -> None:
    small_talk = "The staff room opens at eight, and the kettle is always on for visitors.\n\n"
    whole, later = MarkerReading().probabilities([OPENING + small_talk, small_talk])
    assert max(whole.values()) < HINT_OVERRULING
    assert max(later.values()) < HINT_OVERRULING
    outline = _read(TITLE + f"## {HEADING}\n\n" + OPENING + small_talk + CLOSING)
    assert kind_of(outline, HEADING) == "other"


def test_an_opening_aside_does_not_name_the_heading() -> None:
    aside = "We value candour.\n\n"
    outline = _read(TITLE + f"## {HEADING}\n\n" + aside + TURNS + CLOSING)
    assert kind_of(outline, HEADING) != "values"


def test_an_opening_of_a_kind_the_chapter_has_had_does_not_name_the_heading() -> None:
    earlier = (
        "## Our values\n\nWe hold to these in everything we do.\n\n"
        "## Opening hours\n\nThe duty desk answers the telephone from eight until six.\n\n"
    )
    outline = _read(TITLE + earlier + f"## {HEADING}\n\n" + OPENING + TURNS + CLOSING)
    assert kind_of(outline, "Our values") == "values"
    assert kind_of(outline, HEADING) != "values"
