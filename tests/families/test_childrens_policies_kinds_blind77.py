"""Amendment stamps the seventy-seventh blind round's probes found read as `other` under the
title (decision 0137): a stamp whose month is short ("Feb", "Sept."), whose day is dotted
("14.02.2025"), or that names the chapter before the verb ("Chapter amended …"). Each is the
chapter's amendment note, which SPEC puts in the scope. Each case is written for this test in
our own words."""

import pytest


@pytest.mark.parametrize(
    "stamp",
    [
        "Amended: Feb 2025",
        "Amended: Sept. 2025",
        "Revised 3 Mar 2025",
        "Amended 14.02.2025",
        "Last revised 2.6.25",
        "Chapter amended February 2025",
        "Procedure revised: 11/2024",
        "The chapter amended in June 2025",
    ],
)
def test_short_dotted_and_named_amendment_stamps_are_the_scope(cues, stamp: str) -> None:
    assert cues.content_kind(stamp, near_end=False) == "scope"


@pytest.mark.parametrize(
    "line",
    [
        "Amended: the Children Act 2004",
        "Chapter amended to add a part on kinship care",
        "Amended 14 times since 2019",
        "Policy reviewed in 2025",
        "Amended by the Children and Social Work Act 2017",
    ],
)
def test_near_misses_are_not_amendment_stamps(cues, line: str) -> None:
    assert cues.content_kind(line, near_end=False) != "scope"
