"""A stamp on the line under a long title is a sentence of its own (issue 12, item 4): a title
line of fifty characters or more without a full stop looks hard-wrapped, but a line opening
like a stamp ("Updated: June 2024", "Version 3 | Amended May 2025") does not carry it on; a
line ending mid-phrase ("… was revised in") still does."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.facts.readers import sentence_spans
from app.families import get_family
from app.ingest import read_source

LONG_TITLE = "Fostering Services: Our Values and Principles for Carers"


@pytest.mark.parametrize(
    "stamp",
    ["Updated: June 2024", "Version 3 | Amended May 2025", "Date of last amendment: 3 May 2025"],
)
def test_a_stamp_under_a_long_title_is_its_own_sentence(stamp: str) -> None:
    text = f"{LONG_TITLE}\n{stamp}\n"
    quotes = [text[span.start : span.end] for span in sentence_spans(text)]
    assert quotes == [LONG_TITLE, stamp]


def test_a_line_ending_mid_phrase_still_runs_on_into_the_date() -> None:
    text = "The fostering panel's terms of reference for carers were revised in\nJune 2024 to add"
    assert len(sentence_spans(text)) == 1


def test_the_amendment_date_is_read_from_an_updated_label_under_a_long_title() -> None:
    text = (
        f"{LONG_TITLE}\nUpdated: June 2024\nPurpose of this chapter\n"
        "This chapter tells carers and their social workers what we expect of each other.\n"
    )
    facts = {
        fact.key: fact.value
        for fact in analyze(read_source(text.encode(), "values.txt"), get_family()).facts
    }
    assert facts["amendment_date"] == "2024-06"
