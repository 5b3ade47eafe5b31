"""Amendment lines under the title that blind193 met (decision 0306): a dated field named for
the last amendment and a sentence saying the chapter had amendments. Each opens an un-headed
scope section of its own and dates the chapter. Wordings are our own, unlike the case
documents', with near misses that must stay where they are."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

PAGE = "Fostering Values and Principles\n{line}\n\nOur values\nWe listen to children first.\n"


def _read(line: str) -> tuple[list[tuple[str, str]], object]:
    analyzed = analyze(read_source(PAGE.format(line=line).encode(), "chapter.txt"), get_family())
    kinds = [(section.kind, section.text.strip()) for section in analyzed.outline.sections]
    return kinds, analyzed.fact("amendment_date").value


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Date of last amendment: 3 March 2025", "2025-03-03"),
        ("Date of the most recent revision: 12 July 2024", "2024-07-12"),
        ("This procedure has received some changes (October 2025).", "2025-10"),
        ("This policy underwent several revisions in May 2024.", "2024-05"),
        ("The chapter had a few amendments (January 2026).", "2026-01"),
    ],
)
def test_a_dated_amendment_field_or_had_amendments_sentence_is_scope(line: str, date: str) -> None:
    kinds, amended = _read(line)
    assert kinds[0][0] == "title" and kinds[0][1] == "Fostering Values and Principles"
    assert kinds[1] == ("scope", line)
    assert amended == date


@pytest.mark.parametrize(
    "line",
    [
        "The Children Act has had amendments (2017).",
        "Our local offer has had some changes in May 2025.",
    ],
)
def test_amendments_had_by_anything_else_date_nothing(line: str) -> None:
    _kinds, amended = _read(line)
    assert amended is None
