"""Amendment lines under the title that blind227 met (decision 0348): the latest change called
substantive or major ("Last substantive change: …") and the edition with who agreed it set aside
between commas ("This version, agreed by … on …, replaces …"). Each opens an un-headed scope
section of its own and dates the chapter. Wordings are our own, unlike the case documents', with
near misses that must stay where they are."""

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
        (
            "Last significant amendment: 4 March 2025 \u2013 the values were rewritten.",
            "2025-03-04",
        ),
        ("Last substantive revision - June 2024", "2024-06"),
        ("Most recent major change: May 2025. Minor corrections since.", "2025-05"),
        (
            "This edition, approved by the Director of Children's Services on 3 March 2025, "
            "adds a part on Staying Close.",
            "2025-03-03",
        ),
        ("This version, agreed in May 2025, brings in the National Framework.", "2025-05"),
    ],
)
def test_a_substantive_change_or_an_edition_agreed_aside_is_scope(line: str, date: str) -> None:
    kinds, amended = _read(line)
    assert kinds[0] == ("title", "Fostering Values and Principles")
    assert kinds[1] == ("scope", line)
    assert amended == date


@pytest.mark.parametrize(
    "line",
    [
        "Last substantive change to the leaving care grant: May 2025",
        "The plan, agreed by the board in May 2025, replaces the old plan.",
        "This version, agreed in May 2025, is the one staff should use.",
        "This version replaces the one dated 3 June 2024.",
    ],
)
def test_changes_to_other_things_and_replaced_editions_date_nothing(line: str) -> None:
    _kinds, amended = _read(line)
    assert amended is None
