"""A section the segmenter chose in an un-headed run may hold two paragraphs that the model reads,
each on its own, surely as two different topics: a long opening paragraph of a kind the run has
not had over a paragraph of the section's kind (an outcomes paragraph over the vision), or a
paragraph of the section's kind followed by a long closing paragraph of another kind or of no
kind (a service's own team after the principles). Only the cost of a boundary held them together;
each long paragraph is a section of its own (decision 0409). Each text is in our own words."""

from app.sections.assemble import _swallowed_long_closing, _swallowed_long_opening
from app.sections.segment import Segment

_LONG = " ".join(["word"] * 50)
_SHORT = "We plan early for every child."


def _run(
    first: dict[str, float], second: dict[str, float], *, words: tuple[str, str] = (_LONG, _LONG)
) -> tuple[list[dict[str, float]], list[bool], list[str]]:
    return ([first, second], [True, True], list(words))


def test_a_long_opening_of_another_kind_over_the_sections_own_paragraph_is_set_apart() -> None:
    run = _run({"key_outcomes": 0.57, "vision": 0.21}, {"vision": 0.7, "strategy": 0.05})

    assert _swallowed_long_opening(Segment(0, "vision"), 2, run, set()) == (1, "key_outcomes")


def test_an_opening_that_is_short_weak_or_of_a_kind_the_run_has_stays() -> None:
    vision = {"vision": 0.7, "strategy": 0.05}
    short = _run({"key_outcomes": 0.57, "vision": 0.21}, vision, words=(_SHORT, _LONG))
    weak = _run({"key_outcomes": 0.45, "vision": 0.2}, vision)
    close = _run({"key_outcomes": 0.55, "vision": 0.35}, vision)

    for run in (short, weak, close):
        assert _swallowed_long_opening(Segment(0, "vision"), 2, run, set()) is None
    had = _run({"key_outcomes": 0.57, "vision": 0.21}, vision)
    assert _swallowed_long_opening(Segment(0, "vision"), 2, had, {"key_outcomes"}) is None


def test_an_opening_over_a_paragraph_not_surely_of_the_sections_kind_stays() -> None:
    run = _run({"key_outcomes": 0.57, "vision": 0.21}, {"vision": 0.4, "strategy": 0.3})

    assert _swallowed_long_opening(Segment(0, "vision"), 2, run, set()) is None


def test_a_long_closing_paragraph_of_no_kind_after_the_principles_is_set_apart() -> None:
    run = _run({"key_principles": 0.92}, {"other": 0.61, "key_principles": 0.09})

    assert _swallowed_long_closing(Segment(0, "key_principles"), 2, run, set()) == (1, "other")


def test_a_long_closing_paragraph_of_another_kind_is_set_apart_unless_the_run_has_it() -> None:
    run = _run({"key_principles": 0.92}, {"information_sharing": 0.7, "key_principles": 0.1})

    assert _swallowed_long_closing(Segment(0, "key_principles"), 2, run, set()) == (
        1,
        "information_sharing",
    )
    assert (
        _swallowed_long_closing(Segment(0, "key_principles"), 2, run, {"information_sharing"})
        is None
    )


def test_a_closing_paragraph_that_is_short_weak_or_after_an_unsure_opening_stays() -> None:
    other = {"other": 0.61, "key_principles": 0.09}
    short = _run({"key_principles": 0.92}, other, words=(_LONG, _SHORT))
    weak = _run({"key_principles": 0.92}, {"other": 0.45, "key_principles": 0.3})
    unsure = _run({"key_principles": 0.45, "values": 0.3}, other)

    for run in (short, weak, unsure):
        assert _swallowed_long_closing(Segment(0, "key_principles"), 2, run, set()) is None
    alone = ([other], [True], [_LONG])
    assert _swallowed_long_closing(Segment(0, "key_principles"), 1, alone, set()) is None
