"""A paragraph that answers what stands above it with a short reply ("We agree.", "So do we.")
before its first real sentence (decision 0456): the content cues read the sentence after the
reply, as they read the words after a colon label (decision 0376); and a model named with what
it is after a comma ("Pathways, a practice model that …") names the practice model. Written for
this test in our own words, with near misses."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import Cues, compile_cues


@pytest.fixture(scope="module")
def cues() -> Cues:
    return compile_cues(get_family().kinds)


@pytest.mark.parametrize(
    "paragraph",
    [
        "We know. Our family support workers use Open Table, a practice model built on "
        "meeting families where they are.",
        "Agreed. All our teams practise Pathways, the borough's own relationship-based model, "
        "in every assessment they write.",
    ],
)
def test_a_practice_model_after_a_short_reply_is_named(cues: Cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph, near_end=False) == "practice_model"


def test_the_appositive_model_is_named_without_a_reply(cues: Cues) -> None:
    paragraph = (
        "Our social workers use Open Table, a practice model built on meeting families where "
        "they are, in every team across the county."
    )
    assert cues.content_kind(paragraph, near_end=False) == "practice_model"


@pytest.mark.parametrize(
    "paragraph",
    [
        # A name with no model word after the comma names no way of working.
        "We agree. Our staff use Teams, a video-calling tool, to meet families who live far "
        "from the office.",
        # A first sentence of four words or more is no reply: the cues read the whole.
        "That is a fair point. Our social workers use Open Table, a practice model built on "
        "meeting families where they are.",
        # Too few words after the reply to say anything of their own.
        "Yes. We use Open Table.",
    ],
)
def test_near_misses_name_no_practice_model(cues: Cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph, near_end=False) != "practice_model"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Children first. The county runs a Family Hub model for teenagers at risk of care.",
        "Home matters. Our workers use Open Table, a practice model built on meeting families.",
    ],
)
def test_a_short_slogan_is_no_reply(cues: Cues, paragraph: str) -> None:
    """A short first sentence that neither speaks to anyone nor agrees is a slogan, which may
    be the paragraph's subject: the cues read the paragraph whole, so a model named only in
    the sentence after it does not make the paragraph the practice model."""
    assert cues.content_kind(paragraph, near_end=False) != "practice_model"
