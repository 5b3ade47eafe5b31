"""A line under the title saying the chapter was checked and issued again (decision 0467): "Last
checked and reissued: 11/2024" is the chapter's amendment note, an un-headed scope section of its
own, where "Last checked: <day>" alone is the page's stamp and stays with the title. Wordings are
our own, unlike the case documents'."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

PAGE = "Adoption Principles\n\n{line}\n\nOur values\n\nWe tell children the truth.\n"


def _read(line: str) -> tuple[list[tuple[str, str]], object]:
    analyzed = analyze(read_source(PAGE.format(line=line).encode(), "chapter.txt"), get_family())
    kinds = [(section.kind, section.text.strip()) for section in analyzed.outline.sections]
    return kinds, analyzed.fact("amendment_date").value


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Last checked and reissued: 11/2024", "2024-11"),
        ("Checked and reissued: 6 May 2025", "2025-05-06"),
        ("Last checked and amended: January 2026", "2026-01"),
    ],
)
def test_a_check_that_reissued_the_chapter_is_its_amendment_note(line: str, date: str) -> None:
    kinds, amended = _read(line)
    assert kinds[0] == ("title", "Adoption Principles")
    assert kinds[1] == ("scope", line)
    assert amended == date


def test_last_checked_alone_stays_with_the_title() -> None:
    kinds, amended = _read("Last checked: 6 May 2025")
    assert kinds[0][0] == "title"
    assert "Last checked: 6 May 2025" in kinds[0][1]
    assert amended is None
