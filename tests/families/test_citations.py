"""Stale citations: legislation items read against the family's supersessions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.families import get_family
from app.families.citations import SupersessionTable, load_supersessions

TABLE = get_family().superseded


@pytest.mark.parametrize(
    ("cited", "successor"),
    [
        (
            "Working Together to Safeguard Children 2018",
            "Working Together to Safeguard Children 2023",
        ),
        (
            "Working Together to Safeguard Children (2015)",
            "Working Together to Safeguard Children 2023",
        ),
        ("the 2013 Working Together guidance", "Working Together to Safeguard Children 2023"),
        ("Data Protection Act 1998", "Data Protection Act 2018"),
        ("Disability Discrimination Act 1995", "Equality Act 2010"),
    ],
)
def test_a_superseded_edition_names_what_is_in_force_today(cited: str, successor: str) -> None:
    status = TABLE.status(cited, date(2025, 1, 1))

    assert status.status == "superseded"
    assert successor in status.superseded_by
    assert status.source and status.source.startswith("https://")
    assert status.since


@pytest.mark.parametrize(
    "cited",
    [
        "Human Rights Act 1998",
        "Data Protection Act 2018",
        "Working Together to Safeguard Children 2023",
        "Working Together to Safeguard Children",
        "Children Act 1989",
        "Data Protection legislation (UK GDPR and Data Protection Act 2018)",
    ],
)
def test_current_editions_and_undated_citations_are_current(cited: str) -> None:
    status = TABLE.status(cited, date(2025, 1, 1))

    assert status.status == "current"
    assert status.superseded_by == ()


def test_the_status_is_read_as_of_a_day_and_follows_successors_only_that_far() -> None:
    before = TABLE.status("Working Together to Safeguard Children 2018", date(2023, 1, 1))
    in_2020 = TABLE.status("Working Together to Safeguard Children 2015", date(2020, 1, 1))

    assert before.status == "current"
    assert in_2020.superseded_by == ("Working Together to Safeguard Children 2018",)


def test_every_entry_of_the_family_data_has_a_source_and_a_successor() -> None:
    assert TABLE.entries
    for entry in TABLE.entries:
        assert entry.source and entry.superseded_by and entry.editions


def test_malformed_data_is_refused_with_the_entry_named(tmp_path: Path) -> None:
    data = tmp_path / "superseded.toml"
    data.write_text('[[superseded]]\ninstrument = "Some Act"\neditions = [1990]\n')

    with pytest.raises(ValueError, match="entry 1 is malformed"):
        load_supersessions(data)


def test_a_family_without_data_has_an_empty_table(tmp_path: Path) -> None:
    assert load_supersessions(tmp_path / "absent.toml") == SupersessionTable()


@given(st.text(max_size=120))
def test_reading_any_citation_never_raises_and_current_has_no_successor(cited: str) -> None:
    status = TABLE.status(cited, date(2025, 1, 1))

    assert status.cited == cited
    assert (status.status == "current") == (status.superseded_by == ())
