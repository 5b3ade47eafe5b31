"""A paragraph of one sentence giving the reason for what the paragraph above said ("This
matters because …") follows on from it at any length, so a section never opens there (decision
0515); a paragraph that goes on past that sentence may still open a topic of its own. Every
text is written for these tests in our own words."""

from __future__ import annotations

from app.families import get_family
from app.sections.assemble import _refers_back
from app.sections.blocks_text import scan_text_blocks
from app.sections.classify import compile_cues
from app.sections.rules import find_headings
from app.text import LineIndex

_ABOVE = (
    "Workers in Hallowmere use Whole Household practice: when a child is referred, the worker "
    "asks which of the adults at home need help of their own and brings those services in."
)
_BELOW = "\n\nWhen a child cannot live at home, relatives are asked first.\n"


def _refers(text: str, starts: str) -> bool:
    raw = scan_text_blocks(text, LineIndex(text).line_starts())
    state = find_headings(text, raw, compile_cues(get_family().kinds))
    index = next(i for i, block in enumerate(raw) if text[block.content_start :].startswith(starts))
    return _refers_back(text, raw, state, index)


def test_a_long_sentence_saying_why_that_matters_follows_on() -> None:
    reason = (
        "This matters because a child's troubles are seldom the child's alone, and help given "
        "to one person in a struggling household rarely lasts."
    )
    assert _refers(f"{_ABOVE}\n\n{reason}{_BELOW}", "This matters")


def test_the_same_reason_given_as_important_follows_on() -> None:
    reason = (
        "That is important because support that ignores the parents' own difficulties tends "
        "to unravel within a few months of the case closing."
    )
    assert _refers(f"{_ABOVE}\n\n{reason}{_BELOW}", "That is important")


def test_a_reason_that_goes_on_to_more_sentences_may_open_a_topic() -> None:
    paragraph = (
        "This matters because the whole council, not only its social workers, stands in the "
        "place of a parent. Every councillor is bound by the seven principles of the 2017 Act."
    )
    assert not _refers(f"{_ABOVE}\n\n{paragraph}{_BELOW}", "This matters")


def test_a_long_sentence_without_a_reason_or_pointer_does_not_follow_on() -> None:
    sentence = (
        "Children who cannot stay at home are told within a fortnight who will look after "
        "them, where they will go to school and when they will see their brothers and sisters."
    )
    assert not _refers(f"{_ABOVE}\n\n{sentence}{_BELOW}", "Children who cannot")
