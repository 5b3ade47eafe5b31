"""One fact of a text, read as `policydiff parse` reads it, in the form a wordings test compares.

Round after round, the family's wordings tests wrote the same one- to three-line helper again
(read the text, take one fact, turn its value into something an assertion can compare); these
are those helpers once (decision 0492), as `tests/sections/outline_helpers.py` is for outlines.
Each reads `text` as a document named `filename` (its ending picks the reader: `.md` Markdown,
`.txt` plain text, `.html` a web page), through `tests.reading.facts_of`; the `one_section_`
helpers read it as one section with no blocks instead, to test the extractors' own rules.
"""

from __future__ import annotations

from typing import Any

from app.facts import Fact, ReadableOutline, extract_facts, read_outline
from app.families.childrens_policies.extractors import EXTRACTORS, SEARCH_WORDS
from app.sections import Outline, Section
from tests.reading import facts_of


def fact_value(text: str, key: str, filename: str = "chapter.txt") -> Any:
    """The value of fact `key` (None where the reader found none)."""
    return facts_of(text, filename)[key].value


def fact_values(text: str, filename: str = "chapter.txt") -> dict[str, Any]:
    """Every fact's value, by key: for tests that check one wording against several facts."""
    return {key: fact.value for key, fact in facts_of(text, filename).items()}


def fact_text(text: str, key: str, filename: str = "chapter.txt") -> str | None:
    """Fact `key`'s value as text, None where none was read: a date read to the day or only to
    the month compares as the string it prints as ("2025-03-03", "2024-07")."""
    value = fact_value(text, key, filename)
    return None if value is None else str(value)


def fact_count(text: str, key: str, filename: str = "chapter.txt") -> int | None:
    """A counted fact (legislation_count, corporate_parenting_principles) as a whole number,
    None where the reader counted nothing or gave something other than a number."""
    value = fact_value(text, key, filename)
    return value if isinstance(value, int) else None


def model_names(text: str, filename: str = "chapter.txt") -> list[str]:
    """The practice models the text names, in order; an empty list where it names none."""
    return list(fact_value(text, "named_models", filename) or [])


def support_ages(text: str, filename: str = "chapter.txt") -> tuple[int, list[int]] | None:
    """Leaving-care support as (the age everyone is supported to, the later ages offered on a
    condition, in the order read); None where no support age was read."""
    value = fact_value(text, "leaving_care_support_age", filename)
    if value is None:
        return None
    return value["age"], [item["age"] for item in value["extended"]]


def one_section_reading(text: str) -> ReadableOutline:
    """`text` as a single section of kind "other" with no blocks, read with the family's search
    words: what the extractors see with no sectioning, kinds or block reading in between."""
    section = Section("other", None, None, 1, 0, len(text), text, ())
    return read_outline(Outline(text, None, (section,)), SEARCH_WORDS)


def one_section_facts(text: str) -> dict[str, Fact]:
    """The facts of `text` read as one section (see `one_section_reading`), by key: the
    extractors' own line rules."""
    return {fact.key: fact for fact in extract_facts(one_section_reading(text), EXTRACTORS)}


def one_section_values(text: str) -> dict[str, Any]:
    """Every fact's value in `text` read as one section, by key."""
    return {key: fact.value for key, fact in one_section_facts(text).items()}


def one_section_value(text: str, key: str) -> Any:
    """The value of fact `key` in `text` read as one section."""
    return one_section_facts(text)[key].value
