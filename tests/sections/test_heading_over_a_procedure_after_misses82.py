"""A heading whose statement is followed, with no heading of its own, by a procedure is read by
the statement (decision 0536): the model reads the heading on its whole body as no kind because
the procedure's words outweigh the statement's, but the heading's words, the heading with its
opening paragraph and that paragraph alone are each read as one kind the chapter has not had,
and every later paragraph is surely of no kind. A heading over a procedure of its own, an
opening the model does not place as the heading is placed, a later paragraph of some kind, or a
kind the chapter has already had leaves the whole reading as it was."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import app.sections.assemble as assemble
from app.sections.assemble import _named_over_no_kind_after

HEADING = "How a good day feels"
OPENING = (
    "Children wake to breakfast round one table, friends may visit, and staff stay with a young "
    "person through the hard days as well as the easy ones."
)
PROCEDURE = (
    "Before a child moves in, the home's manager checks how the new arrival and the children "
    "already there will get on, and a planning meeting is held within three days."
)


def _scores(**likely: float) -> dict[str, float]:
    kinds = ["values", "key_principles", "vision", "practice_model", "other", "title"]
    rest = (1.0 - sum(likely.values())) / (len(kinds) - len(likely))
    return {kind: likely.get(kind, rest) for kind in kinds}


class _Model:
    def __init__(self, readings: dict[str, dict[str, float]]) -> None:
        self.readings = readings

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self.readings[text] for text in texts]


def _model(
    heading: dict[str, float] | None = None,
    opening: dict[str, float] | None = None,
    procedure: dict[str, float] | None = None,
) -> _Model:
    return _Model(
        {
            HEADING: heading or _scores(values=0.45, vision=0.2),
            HEADING + "\n" + OPENING: _scores(values=0.48, key_principles=0.15),
            OPENING: opening or _scores(values=0.4, key_principles=0.2),
            PROCEDURE: procedure or _scores(other=0.65, key_principles=0.2),
        }
    )


@pytest.fixture(autouse=True)
def _body(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assemble, "_opening_and_later", lambda *_: (OPENING, [PROCEDURE]))


def _read(model: _Model, seen: set[str] | None = None) -> tuple[str, float] | None:
    return _named_over_no_kind_after(
        model,  # type: ignore[arg-type]
        ("", [], None),  # type: ignore[arg-type]
        0,
        HEADING,
        seen or set(),
    )


def test_the_statement_under_the_heading_names_it() -> None:
    assert _read(_model()) == ("values", pytest.approx(0.48))


@pytest.mark.parametrize(
    "model",
    [
        _model(heading=_scores(other=0.6, values=0.2)),
        _model(opening=_scores(key_principles=0.4, values=0.3)),
        _model(procedure=_scores(key_principles=0.6, other=0.3)),
        _model(procedure=_scores(other=0.45, key_principles=0.3)),
    ],
    ids=[
        "heading-of-no-kind",
        "opening-read-otherwise",
        "later-paragraph-of-a-kind",
        "later-paragraph-only-leaning",
    ],
)
def test_otherwise_the_whole_reading_stands(model: _Model) -> None:
    assert _read(model) is None


def test_a_kind_the_chapter_has_had_is_not_given_again() -> None:
    assert _read(_model(), seen={"values"}) is None
