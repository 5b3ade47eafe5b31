"""Abbreviated Acts in a legislation list ("CA 1989", "C&SWA 2017"): the item keeps what the
chapter cited and reads its instrument as the full title from the family's data, so that the
family's supersession data and comparisons across councils match it. The cases are written
for this test in our own words."""

from __future__ import annotations

import tomllib
from pathlib import Path

import app.families.childrens_policies as childrens_policies
from app.analysis import analyze
from app.families import get_family
from app.families.common_extractors import legislation_item
from app.ingest import read_source

_FACTS_TOML = Path(childrens_policies.__file__).with_name("facts.toml")

_LIST = (
    "# Our values\n\n"
    "Our work rests on the following legislation:\n\n"
    "- CA 1989\n"
    "- C&SWA 2017\n"
    "- DPA 1998\n"
    "- XYZA 2001\n"
)


def _legislation(text: str) -> list[dict[str, object]]:
    analyzed = analyze(read_source(text.encode(), "chapter.md"), get_family())
    facts = {fact.key: fact for fact in analyzed.facts}
    value = facts["legislation"].value
    assert isinstance(value, list)
    return value


def test_an_abbreviated_act_is_read_as_its_full_title_and_keeps_its_citation() -> None:
    items = _legislation(_LIST)
    assert [(item["cited"], item["instrument"], item["year"]) for item in items] == [
        ("CA 1989", "Children Act", 1989),
        ("C&SWA 2017", "Children and Social Work Act", 2017),
        ("DPA 1998", "Data Protection Act", 1998),
        ("XYZA 2001", "XYZA", 2001),
    ]


def test_an_abbreviation_the_family_does_not_know_stays_as_written() -> None:
    assert legislation_item("EA 2010")["instrument"] == "EA"
    assert legislation_item("CA 1989")["instrument"] == "CA"


def test_an_abbreviated_superseded_act_is_flagged_as_its_full_title_would_be() -> None:
    items = _legislation(_LIST)
    statuses = {status.cited: status for status in get_family().superseded.statuses(items)}
    assert statuses["DPA 1998"].status == "superseded"
    assert "Data Protection Act 2018" in statuses["DPA 1998"].superseded_by
    assert statuses["CA 1989"].status == "current"
    assert statuses["XYZA 2001"].status == "current"


def test_every_abbreviation_is_short_and_stands_for_a_title_of_an_act() -> None:
    table = tomllib.loads(_FACTS_TOML.read_text(encoding="utf-8"))["legislation_abbreviations"]
    assert table
    for abbreviation, title in table.items():
        assert len(abbreviation) <= 8 and " " not in abbreviation, abbreviation
        assert title.endswith(" Act") and title[0].isupper(), title
