"""Decision 0519: a sentence, a labelled line or a table row whose subject is the legislation
itself ("The Acts we work under are …", "Legislation: …", "| Legislation | …") lists the titles
it names, even two, as a sentence stating its basis does. Two Acts named in passing, or after
"The law is …", are no list. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_count

_HEAD = (
    "# Principles for Children's Services\n\n"
    "## Purpose\n\n"
    "This page tells staff what the service values and how those values shape the work.\n\n"
    "## At a glance\n\n"
)
_TAIL = "\n\n## Our values\n\nWe keep our promises to children and tell them the truth.\n"


@pytest.mark.parametrize(
    "said",
    [
        "The Acts we work under are the Children Act 1989 and the Adoption and Children Act 2002.",
        "The legislation for this page is the Children Act 1989 and the Adoption and Children "
        "Act 2002.",
        "Legislation: Children Act 1989; Adoption and Children Act 2002",
        "| Legislation | Children Act 1989; Adoption and Children Act 2002 |\n|---|---|\n"
        "| Owner | Head of Service |",
    ],
)
def test_the_legislation_named_as_the_subject_lists_two_acts(said: str) -> None:
    assert fact_count(_HEAD + said + _TAIL, "legislation_count") == 2


@pytest.mark.parametrize(
    "said",
    [
        "Our workers know the Children Act 1989 and the Adoption and Children Act 2002 well.",
        "The law is plain: the Children Act 1989 and the Adoption and Children Act 2002 both "
        "put the child first.",
    ],
)
def test_two_acts_named_in_passing_are_no_list(said: str) -> None:
    assert fact_count(_HEAD + said + _TAIL, "legislation_count") == 0
