"""Closing notes of whom to ask met in blind round 312 (decision 0452): the plain present
("Queries about this page go to …") and a turn to someone when unsure of what the chapter means,
either way round ("Check with … if you are not sure what this means", "If you're uncertain how
this applies …, speak to …"). Every text is written for these tests in our own words.
"""

from __future__ import annotations

import pytest

from app.sections.assemble import _CONTACT_NOTE
from app.sections.classify import cue_text


@pytest.mark.parametrize(
    "note",
    [
        "Queries about this page go to the duty practice manager.",
        "Questions about this chapter are sent to the policy officer.",
        "Check with your supervisor if you are not sure what this means for a family.",
        "Talk to a senior practitioner if you're unsure how any of this applies to you.",
        "If you are uncertain how this applies to a child, speak to your team manager.",
    ],
)
def test_a_note_of_whom_to_ask_in_everyday_words_is_one(note: str) -> None:
    assert _CONTACT_NOTE.match(cue_text(note)) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ask the child what they would like if you are unsure.",
        "Questions about school go to the virtual school head.",
        "If you are unsure whether a child is safe, act at once and tell the police.",
    ],
)
def test_advice_about_the_work_is_no_note_of_whom_to_ask(sentence: str) -> None:
    assert _CONTACT_NOTE.match(cue_text(sentence)) is None
