"""Closing notes met in blind round 320 (decision 0464): the doubt said of the text, not of the
reader ("If anything in these pages is unclear, speak to …"), with whom to turn to, either way
round. Every text is written for these tests in our own words.
"""

from __future__ import annotations

import pytest

from app.sections.assemble import _CONTACT_NOTE
from app.sections.classify import cue_text


@pytest.mark.parametrize(
    "note",
    [
        "If anything in this chapter is unclear, talk to your supervisor.",
        "If any part of these pages seems confusing, please check with the duty manager.",
        "If something here is not clear, ask the principal social worker.",
        "Speak to a senior practitioner if any of this is hard to follow.",
    ],
)
def test_a_note_calling_the_text_unclear_and_naming_whom_to_ask_is_one(note: str) -> None:
    assert _CONTACT_NOTE.match(cue_text(note)) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "If anything in a child's plan is unclear, the worker explains it again.",
        "If anything is unclear to the family, we write it down for them in plain words.",
        "If any part of the assessment is unclear, it is finished again.",
    ],
)
def test_care_for_a_family_who_find_something_unclear_is_no_such_note(sentence: str) -> None:
    assert _CONTACT_NOTE.match(cue_text(sentence)) is None
