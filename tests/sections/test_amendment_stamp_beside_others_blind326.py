"""An amendment stamp set beside other stamps on one line under the title (decision 0477):
"Version 3.2 \u00b7 Amended 2025-06-30 \u00b7 Next review 2027-06" holds more words than one stamp
may, but each part is a stamp and one names the amendment, so the line is the chapter's
amendment note, which SPEC puts in an un-headed scope section, not the title's stamp. Wordings
are our own, unlike the case documents'."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

PAGE = "# Fostering Values\n\n{line}\n\n## Our values\n\nWe tell children the truth.\n"


def _sections(line: str) -> list[tuple[str, str]]:
    source = read_source(PAGE.format(line=line).encode(), "chapter.md")
    analyzed = analyze(source, get_family())
    return [(section.kind, section.text.strip()) for section in analyzed.outline.sections]


@pytest.mark.parametrize(
    "line",
    [
        "Version 4.1 \u00b7 Amended 2026-01-15 \u00b7 Next review 2028-01",
        "Issued 3 May 2020 \u00b7 Revised 12 Oct 2025 \u00b7 v7",
        "Published 2 June 2019 | Amended 9 Jan 2026",
    ],
)
def test_an_amendment_stamp_beside_others_opens_the_scope_section(line: str) -> None:
    sections = _sections(line)
    assert sections[0] == ("title", "# Fostering Values")
    assert sections[1] == ("scope", line)


def test_stamps_beside_each_other_naming_no_amendment_stay_with_the_title() -> None:
    line = "Published 2 June 2019 \u00b7 Updated 9 January 2026 \u00b7 Version 4.1"
    sections = _sections(line)
    assert sections[0][0] == "title"
    assert line in sections[0][1]
