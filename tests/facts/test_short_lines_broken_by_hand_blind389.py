"""A sentence an editor broke by hand mid-paragraph, with a short line inside it ("and by" /
"no later than" / "six months …"), is one sentence, and the fact it states is read (blind389,
decision 0571). A short line standing alone over lower-case text is still no sentence's middle.
Texts are our own."""

from __future__ import annotations

from app.facts.readers import sentence_spans
from tests.reading import facts_of

_BROKEN = """Planning for children

Nobody should be left wondering where home will be. Each child we look
after has a plan that says where they will live for good, settled by
the review panel and
no later than
six months after the child first came into our care, and kept under
review after that.
"""


def test_a_short_line_inside_a_sentence_carries_it_on() -> None:
    sentences = [_BROKEN[s.start : s.end] for s in sentence_spans(_BROKEN)]
    assert any(
        sentence.startswith("Each child we look") and sentence.endswith("after that.")
        for sentence in sentences
    )


def test_the_timescale_of_a_sentence_broken_by_hand_is_read() -> None:
    text = _BROKEN.replace("a plan that says where they will live for good", "a permanence plan")
    assert facts_of(text)["permanence_plan_months"].value == 6


def test_a_short_line_opening_a_paragraph_still_stands_alone() -> None:
    text = "Contents\nsee the list below for every part of this chapter and its annexes.\n"
    assert len(sentence_spans(text)) == 2
