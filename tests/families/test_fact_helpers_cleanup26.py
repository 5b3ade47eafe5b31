"""The shared one-fact helpers of the wordings tests (tests/families/fact_helpers.py, decision
0492) give what each test file's own copy gave. Texts written for this test."""

from __future__ import annotations

from tests.families.fact_helpers import (
    fact_count,
    fact_text,
    fact_value,
    fact_values,
    model_names,
    support_ages,
)
from tests.reading import facts_of

_CHAPTER = (
    "# Fostering Policies\n\n"
    "## About this chapter\n\n"
    "This chapter was amended in May 2025 to add a part on kinship care.\n\n"
    "## How we work\n\n"
    "Our practice model is Signs of Safety, and every social worker is trained in it.\n\n"
    "## Leaving care\n\n"
    "Care leavers have a personal adviser until they are 21, and to 25 if they ask.\n"
)
_PLAIN = "Fostering Policies\n\nWe listen to children.\n"


def test_each_helper_reads_what_facts_of_reads() -> None:
    facts = facts_of(_CHAPTER, "chapter.md")
    assert fact_value(_CHAPTER, "amendment_date", "chapter.md") == facts["amendment_date"].value
    assert fact_values(_CHAPTER, "chapter.md") == {key: fact.value for key, fact in facts.items()}
    assert fact_text(_CHAPTER, "amendment_date", "chapter.md") == "2025-05"
    assert model_names(_CHAPTER, "chapter.md") == ["Signs of Safety"]
    assert support_ages(_CHAPTER, "chapter.md") == (21, [25])


def test_facts_not_read_come_back_empty() -> None:
    assert fact_value(_PLAIN, "amendment_date") is None
    assert fact_text(_PLAIN, "amendment_date") is None
    assert fact_count(_PLAIN, "legislation_count") == 0  # counted, and none found
    assert model_names(_PLAIN) == []
    assert support_ages(_PLAIN) is None


def test_a_count_is_a_whole_number() -> None:
    text = (
        "# Policies\n\n## The law\n\nOur duties come from the Children Act 1989, the Children "
        "Act 2004 and the Children and Social Work Act 2017.\n"
    )
    assert fact_count(text, "legislation_count", "chapter.md") == 3
    assert fact_count(_CHAPTER, "amendment_date", "chapter.md") is None  # a date, no count
