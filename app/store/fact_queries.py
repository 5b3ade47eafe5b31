"""Questions by fact across authorities: who states a value, who cites an instrument.

"Which councils support care leavers to 25?" is answered from stored facts (no analysis per
request): each authority's version in force, the fact's value (and any other value the same
version states), and the evidence for it, so a reader can check every answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidParameter
from app.store.db import read_transaction
from app.store.matrix import DivergenceMatrix, MatrixRow, divergence_matrix
from app.store.models import Fact

_WORD = re.compile(r"[a-z0-9]+")
LEGISLATION_KEY = "legislation"


@dataclass(frozen=True, slots=True)
class FactAnswer:
    """One authority's answer: its version in force, the value it states, and the evidence."""

    row: MatrixRow
    """The authority and its version in force (as the matrix has it)."""
    value: Any
    """The fact's value; for `cites`, the legislation items that match."""
    evidence: list[dict[str, Any]]
    """Where that value was read: [{section_kind, start, end, quote}]."""


@dataclass(frozen=True, slots=True)
class FactQuestion:
    """What was asked: a fact, optionally a value it must state, optionally a citation."""

    fact: str | None = None
    value: str | None = None
    cites: str | None = None


@dataclass(frozen=True, slots=True)
class FactAnswers:
    chapter_slug: str
    chapter_title: str
    as_of: date | None
    question: FactQuestion
    fact: str
    """The fact answered (`legislation` for a `cites` question)."""
    answers: list[FactAnswer]
    """One per authority that matches (every authority when no value or citation is asked)."""


def words_of(text: str) -> list[str]:
    """Lower-case letters-and-digits words: what values and citations are compared on."""
    return _WORD.findall(text.lower())


def value_matches(value: Any, wanted: str) -> bool:
    """Whether `value` states `wanted`: the value itself or any number or text inside it.

    "25" matches an age of 25 and an extension to 25 (`{"age": 21, "extended": [{"age": 25}]}`);
    text matches on its words, ignoring case and punctuation.
    """
    target = words_of(wanted)
    if not target:
        return False
    return any(words_of(str(leaf)) == target for leaf in _leaves(value))


def cites_matches(item: Any, wanted: str) -> bool:
    """Whether a legislation item cites `wanted`: every word asked for is in the citation
    ("Working Together 2018" matches "Working Together to Safeguard Children 2018")."""
    cited = item.get("cited", "") if isinstance(item, dict) else str(item)
    words = set(words_of(str(cited)))
    target = words_of(wanted)
    return bool(target) and all(word in words for word in target)


def sort_key(value: Any) -> tuple[int, tuple[float, ...], str]:
    """An order for a fact's values: numbers by size, a list by its length, an object by the
    numbers it holds in their order (an age of 21 extended to 25 after a plain 21; 10 working
    days before 20), text alphabetically, not stated last. Objects are ordered by their numbers
    rather than by any family's shape, so a new family's values sort without code here."""
    if value is None:
        return (2, (), "")
    if isinstance(value, bool | int | float):
        return (0, (float(value),), "")
    if isinstance(value, list):
        return (0, (float(len(value)),), "")
    if isinstance(value, dict):
        numbers = tuple(
            float(leaf)
            for leaf in _leaves(value)
            if isinstance(leaf, int | float) and not isinstance(leaf, bool)
        )
        if numbers:
            return (0, numbers, "")
    return (1, (), str(value).lower())


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [] if value is None else [value]


def filter_matrix(matrix: DivergenceMatrix, fact: str, wanted: str) -> DivergenceMatrix:
    """The matrix with only the rows whose `fact` states `wanted`."""
    _check_fact(matrix, fact)
    rows = [row for row in matrix.rows if value_matches(row.cells[fact].value, wanted)]
    return replace(matrix, rows=rows)


def sort_matrix(matrix: DivergenceMatrix, by: str, descending: bool = False) -> DivergenceMatrix:
    """The matrix's rows ordered by a fact's values (or "authority", by name); ties keep
    authority order and not-stated values stay last either way."""
    if by == "authority":
        rows = sorted(matrix.rows, key=lambda row: row.authority_name.lower(), reverse=descending)
        return replace(matrix, rows=rows)
    _check_fact(matrix, by)
    stated = [row for row in matrix.rows if row.cells[by].value is not None]
    silent = [row for row in matrix.rows if row.cells[by].value is None]
    stated.sort(key=lambda row: sort_key(row.cells[by].value), reverse=descending)
    return replace(matrix, rows=stated + silent)


def _check_fact(matrix: DivergenceMatrix, fact: str) -> None:
    if fact not in matrix.fact_keys:
        known = ", ".join(matrix.fact_keys)
        raise InvalidParameter(
            f"there is no fact '{fact}' in this chapter. To fix: use one of: {known}."
        )


def fact_answers(
    *,
    session: Session,
    chapter_slug: str,
    question: FactQuestion,
    as_of: date | None = None,
) -> FactAnswers:
    """Each authority's answer to `question` from its version in force on `as_of`.

    With `value`, only authorities whose fact states it (as its value or as another value the
    same version states); with `cites`, only those whose legislation list cites it, the value
    being the matching items. A value without a fact, or an unknown fact, is InvalidParameter.
    """
    if question.value is not None and question.fact is None:
        raise InvalidParameter("value needs a fact. To fix: add fact=KEY (e.g. fact=legislation).")
    matrix = divergence_matrix(session=session, chapter_slug=chapter_slug, as_of=as_of)
    fact = question.fact or (LEGISLATION_KEY if question.cites else None)
    if fact is None:
        raise InvalidParameter(
            "say which fact to ask about. To fix: add fact=KEY, or cites=TITLE for the "
            f"legislation lists (facts: {', '.join(matrix.fact_keys)})."
        )
    _check_fact(matrix, fact)
    alternatives = _alternatives(session, [row.version_id for row in matrix.rows], fact)
    answers = []
    for row in matrix.rows:
        cell = row.cells[fact]
        if question.cites is not None:
            items = cell.value if isinstance(cell.value, list) else []
            cited = [item for item in items if cites_matches(item, question.cites)]
            if not cited:
                continue
            wanted = set(words_of(question.cites))
            evidence = [e for e in cell.evidence if wanted <= set(words_of(e.get("quote", "")))]
            answers.append(FactAnswer(row=row, value=cited, evidence=evidence))
            continue
        if question.value is not None and not value_matches(cell.value, question.value):
            others = [
                other
                for other in alternatives.get(row.version_id, [])
                if value_matches(other.get("value"), question.value)
            ]
            if not others:
                continue
            answers.append(
                FactAnswer(row=row, value=others[0]["value"], evidence=others[0]["evidence"])
            )
            continue
        answers.append(FactAnswer(row=row, value=cell.value, evidence=cell.evidence))
    return FactAnswers(
        chapter_slug=matrix.chapter_slug,
        chapter_title=matrix.chapter_title,
        as_of=as_of,
        question=question,
        fact=fact,
        answers=answers,
    )


def _alternatives(
    session: Session, version_ids: list[int], key: str
) -> dict[int, list[dict[str, Any]]]:
    with read_transaction(session):
        rows = session.execute(
            select(Fact.version_id, Fact.alternatives).where(
                Fact.version_id.in_(version_ids), Fact.key == key
            )
        ).all()
    return {version_id: list(found or []) for version_id, found in rows if found}


__all__ = [
    "FactAnswer",
    "FactAnswers",
    "FactQuestion",
    "cites_matches",
    "fact_answers",
    "filter_matrix",
    "sort_key",
    "sort_matrix",
    "value_matches",
    "words_of",
]
