"""Decision 0519: a table that gives each row's source in a later column, every cell of it an
Act's title and nothing else ("Seeing the child alone | Children Act 1989"), lists the Acts
the chapter rests on, even two of them, as a first column of titles does. A column of
sentences that mention an Act (a change record) is not such a list. Every text here is written
for these tests."""

from __future__ import annotations

from tests.families.fact_helpers import fact_count


def _chapter(table: str) -> str:
    return (
        "# Principles for Children's Services\n\n"
        "## Purpose\n\n"
        "This page tells staff what the service values and how those values shape the work.\n\n"
        f"## Our duties\n\n{table}\n\n"
        "## Our values\n\nWe keep our promises to children and tell them the truth.\n"
    )


def test_a_column_of_acts_beside_the_duties_is_the_legislation_list() -> None:
    table = (
        "| What we must do | Where the duty comes from |\n|---|---|\n"
        "| Seeing the child alone at each visit | Children Act 1989 |\n"
        "| Offering an adviser after leaving care | Children (Leaving Care) Act 2000 |"
    )
    assert fact_count(_chapter(table), "legislation_count") == 2


def test_a_column_of_changes_that_mention_an_act_is_not_a_list() -> None:
    table = (
        "| Date | What changed |\n|---|---|\n"
        "| May 2026 | We added a part on the duties the Children Act 1989 gives us |\n"
        "| June 2026 | We reworded the adviser part after the Children (Leaving Care) Act 2000 "
        "was read again |"
    )
    assert fact_count(_chapter(table), "legislation_count") == 0
