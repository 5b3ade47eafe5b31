"""Decision 0490: a heading hint ("How we work") over a paragraph whose opening words are another
kind's content cue (a named practice model) yields to the cue, unless the kind model reads the
paragraph plainly as the hinted kind: then the cue's words are a passing mention and the hint
stands. Every text here is written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import app.sections.assemble as assemble
from app.families import get_family
from app.sections import Outline, split_sections
from app.sections.assemble import _text_keeps_hint
from tests.sections.helpers import assert_tiles


class SameReading:
    """A kind model that reads every passage alike, so that only its reading decides."""

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores
        self.kinds = tuple(scores)

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [dict(self.scores) for _ in texts]


PLAINLY_PRINCIPLES = {"key_principles": 0.8, "practice_model": 0.08, "values": 0.12}
UNSURE = {"key_principles": 0.45, "practice_model": 0.35, "values": 0.2}

TEXT = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Introduction\n\n"
    "The council looks after about two hundred children and supports many more at home.\n\n"
    "## How we work\n\n"
    "Our practice model is Signs of Safety. Young people leaving our care keep their worker "
    "until they are twenty-one, and longer if they ask.\n\n"
    "## Keeping records\n\n"
    "Records are kept securely and shown to the child on request.\n"
)


def _read(scores: dict[str, float]) -> Outline:
    family = get_family()
    outline = split_sections(
        TEXT,
        family.kinds,
        "markdown",
        SameReading(scores),  # type: ignore[arg-type]
        no_kind_headings=family.other_heading_cues,
    )
    assert_tiles(outline)
    return outline


def _kind_of(outline: Outline, heading: str) -> str:
    return next(section.kind for section in outline.sections if section.heading == heading)


def test_a_paragraph_read_plainly_as_the_hint_keeps_it_over_a_passing_cue() -> None:
    assert _kind_of(_read(PLAINLY_PRINCIPLES), "How we work") == "key_principles"


def test_an_unsure_reading_leaves_the_cue_to_win() -> None:
    assert _kind_of(_read(UNSURE), "How we work") == "practice_model"


def test_without_the_rule_the_cue_wins_over_a_plain_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assemble, "_text_keeps_hint", lambda *_args: False)
    assert _kind_of(_read(PLAINLY_PRINCIPLES), "How we work") == "practice_model"


@pytest.mark.parametrize(
    ("scores", "kept"),
    [
        (PLAINLY_PRINCIPLES, True),
        (UNSURE, False),
        ({"key_principles": 0.55, "practice_model": 0.25, "values": 0.2}, False),
        ({"key_principles": 0.3, "practice_model": 0.05, "values": 0.65}, False),
    ],
)
def test_the_bars_are_the_hints_own(scores: dict[str, float], kept: bool) -> None:
    model = SameReading(scores)
    assert _text_keeps_hint(model, "Some words.", "key_principles", "practice_model") is kept  # type: ignore[arg-type]


def test_no_model_or_no_words_keeps_nothing() -> None:
    assert not _text_keeps_hint(None, "Some words.", "key_principles", "practice_model")
    model = SameReading(PLAINLY_PRINCIPLES)
    assert not _text_keeps_hint(model, "  ", "key_principles", "practice_model")  # type: ignore[arg-type]
