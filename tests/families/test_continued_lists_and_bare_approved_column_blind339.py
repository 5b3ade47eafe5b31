"""Two habits of councils' PDF and Word files that blind set 339 showed the reader missing
(decision 0499): a slide deck that runs its numbered list of principles over onto a second slide
headed "… (continued)", and a document-control table whose header row names the approval column
just "Approved". And a closing pair of stamps that a PDF's text runs into one line ("Version 2.4
Last reviewed: …"), which closes the chapter as either stamp alone does.

Each case is written for this test in our own words; each negative case is a wording a careless
rule would take the same way.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_count, fact_text
from tests.sections.outline_helpers import kinds_and_openings

_OPENING = "# How We Care for Children\n\n"
_PRINCIPLES = [
    "put each young person's interests first",
    "invite them to tell us what they think",
    "weigh what they have told us",
    "open doors to the help they are owed",
    "expect great things of them",
    "give them a settled home and schooling",
    "get them ready for life as adults",
]


def _deck(second_heading: str) -> str:
    first = "\n\n".join(f"{n}. {item}" for n, item in enumerate(_PRINCIPLES[:4], start=1))
    rest = "\n\n".join(f"{n}. {item}" for n, item in enumerate(_PRINCIPLES[4:], start=5))
    return (
        _OPENING + "## Being a corporate parent\n\n"
        "The council keeps to the corporate parenting principles. Every service must:\n\n"
        f"{first}\n\n## {second_heading}\n\n{rest}\n\n"
        "## Our way of working\n\nWe meet families at home and we listen before we decide.\n"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Being a corporate parent (continued)",
        "Being a corporate parent \u2013 cont'd",
        "Being a corporate parent continued",
    ],
)
def test_a_numbered_list_goes_on_under_a_heading_that_says_it_continues(heading: str) -> None:
    assert fact_count(_deck(heading), "corporate_parenting_principles", "deck.md") == 7


def test_a_heading_that_starts_a_new_topic_ends_the_list() -> None:
    assert (
        fact_count(_deck("Promises to care leavers"), "corporate_parenting_principles", "deck.md")
        == 4
    )


def _control_table(header: str, values: str) -> str:
    return (
        _OPENING + f"| {header} |\n|---|---|---|\n| {values} |\n\n"
        "## Why this chapter exists\n\nIt says what our services believe and why.\n"
    )


def test_a_column_headed_approved_alone_dates_the_chapter() -> None:
    text = _control_table("Issue | Approved | Lead officer", "4.2 | 9 July 2025 | Service Manager")
    assert fact_text(text, "amendment_date", "control.md") == "2025-07-09"


def test_a_column_headed_approved_that_holds_no_date_dates_nothing() -> None:
    text = _control_table("Issue | Approved | Lead officer", "4.2 | Yes | Service Manager")
    assert fact_text(text, "amendment_date", "control.md") is None


_CLOSING_BODY = (
    "# Our Children's Services Principles\n\n"
    "## Keeping records private\n\n"
    "We share what families tell us only where the law allows it and a child needs it.\n\n"
)


@pytest.mark.parametrize(
    "stamps",
    ["Version 2.4 Last reviewed: 14 August 2025", "Version 7 updated 02/09/2024"],
)
def test_a_version_run_into_its_date_stamp_closes_the_chapter(stamps: str) -> None:
    kinds = kinds_and_openings(_CLOSING_BODY + stamps + "\n", "markdown", 80)
    assert kinds[-1] == ("end_matter", stamps)


def test_a_sentence_about_a_version_is_no_closing_stamp() -> None:
    sentence = "Version 2 updated the contact details and nothing else, as the board asked."
    kinds = kinds_and_openings(_CLOSING_BODY + sentence + "\n", "markdown", 80)
    assert kinds[-1][0] != "end_matter"
