"""The tables written as text are found once a reading (decision 0448): the version extractor
and the date extractors each look through them, and finding them reads every line of the text.

The chapter below is written for this test in our own words.
"""

import re

from pytest import MonkeyPatch

import app.families.common_extractors as common_extractors
from app.text import Span
from tests.families.fact_helpers import one_section_reading

CHAPTER = (
    "Short Breaks for Disabled Children\n\n"
    "This chapter says how the council arranges short breaks for disabled children and their "
    "families.\n\n"
    "Version    Date    Change\n"
    "3    12 May 2025    Eligibility section rewritten\n"
    "2    3 February 2024    Contact details brought up to date\n\n"
    "Amended in May 2025 to describe the new referral route.\n"
)


def test_the_tables_of_a_reading_are_those_of_its_text_and_kept_on_it() -> None:
    reading = one_section_reading(CHAPTER)
    tables = common_extractors._reading_text_tables(reading)
    assert tables == common_extractors._text_tables(reading.text)
    assert len(tables) == 1 and len(tables[0]) == 3
    assert common_extractors._reading_text_tables(reading) is tables


def test_the_version_and_date_readers_find_the_tables_once(monkeypatch: MonkeyPatch) -> None:
    texts: list[str] = []
    plain = common_extractors._text_tables

    def counted(text: str) -> list[list[list[Span]]]:
        texts.append(text)
        return plain(text)

    monkeypatch.setattr(common_extractors, "_text_tables", counted)
    reading = one_section_reading(CHAPTER)
    version = common_extractors._version_in_a_history_table(reading)
    assert version is not None and reading.quote(version) == "3"
    assert common_extractors._version_in_a_field_row(reading) is None
    dated = common_extractors._dates_in_a_column(reading, re.compile("date"))
    assert [reading.quote(span) for _, _, span in dated] == ["12 May 2025", "3 February 2024"]
    assert texts == [reading.text]
