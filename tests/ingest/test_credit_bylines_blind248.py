"""Blind round 248 (decision 0374): a phone or reader view's credit under the title ("Published
by …", "Written by …") is the site's, and a dated credit keeps its label and day as the page's
stamp while its name goes. Our own words, unlike blind248's."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

PAGE = """\
Menu
Back
Fostering Values and Principles
Share
{credit}

Introduction
Every foster carer in Orton has a supervising social worker. We meet carers every month.
"""


@pytest.mark.parametrize(
    "credit",
    [
        "Published by Orton Council Fostering Service",
        "Written by the Family Placement Team",
        "Posted by Orton Children's Trust",
    ],
)
def test_an_undated_credit_under_the_title_goes(credit: str) -> None:
    text = read_source(PAGE.format(credit=credit).encode(), "page.txt").text
    assert credit not in text
    assert "Fostering Values and Principles" in text
    assert "Every foster carer in Orton" in text


def test_a_sentence_opening_with_the_label_stays() -> None:
    credit = "Published by the council in 2024, this chapter sets out how carers are supported."
    text = read_source(PAGE.format(credit=credit).encode(), "page.txt").text
    assert credit in text


@pytest.mark.parametrize(
    ("credit", "stamp", "day"),
    [
        (
            "Published by the Placements Team, Orton Council, 4 February 2026",
            "Published 4 February 2026",
            "2026-02-04",
        ),
        (
            "Updated by Fostering Practice Standards on 12/03/2026",
            "Updated 12/03/2026",
            "2026-03-12",
        ),
    ],
)
def test_a_dated_credit_keeps_its_label_and_day(credit: str, stamp: str, day: str) -> None:
    source = read_source(PAGE.format(credit=credit).encode(), "page.txt")
    assert stamp in source.text
    assert "Team" not in source.text and "Fostering Practice Standards" not in source.text
    analyzed = analyze(source, get_family())
    assert analyzed.fact("last_updated").value == day


def test_a_dated_credit_that_goes_on_is_left_whole() -> None:
    credit = "Posted by Sam Ridley on 14 January 2026 in Children's Services"
    text = read_source(PAGE.format(credit=credit).encode(), "page.txt").text
    assert credit in text
