"""The chapter's edition named in its own right (decision 0597): a numbered edition issued on a
date that replaces an earlier one ("Issue 3.2, published on 5 May 2026, replaces issue 3.1"),
a key facts table's "Date of this edition" row and its "Edition" row. The edition's date is
the amendment's and its number the version, as "This edition, dated …, replaces …" and
"Version | 4.2" already are. Written for these tests in our own words about invented councils;
each near miss is a sentence a careless reader would take."""

from __future__ import annotations

from tests.reading import facts_of

_TITLE = "# Children's Services Policies, Values and Principles\n\n"
_VALUES = "## Our values\n\nWe are honest with families and we keep our promises to children.\n"


def test_a_numbered_edition_issued_on_a_day_that_replaces_another_dates_the_chapter() -> None:
    text = (
        _TITLE + "## About this chapter\n\nEdition 6.1, published on 22 April 2026, replaces "
        "edition 6.0. It is for everyone in Sallowby's family help teams.\n\n" + _VALUES
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2026-04-22"


def test_a_numbered_edition_issued_then_only_described_dates_nothing() -> None:
    text = (
        _TITLE + "## About this chapter\n\nEdition 6.1, published on 22 April 2026, was the "
        "first to be written with young people.\n\n" + _VALUES
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value is None


def test_a_key_facts_tables_edition_rows_give_the_date_and_the_version() -> None:
    text = (
        _TITLE + "## Key facts\n\n| Item | Detail |\n| --- | --- |\n"
        "| Who it is for | All family help staff |\n| Edition | 3.4 |\n"
        "| Date of this edition | 7 November 2025 |\n| Keeper | Head of Practice |\n\n" + _VALUES
    )
    facts = facts_of(text, "chapter.md")
    assert facts["amendment_date"].value == "2025-11-07"
    assert facts["version_label"].value == "3.4"
