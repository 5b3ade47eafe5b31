"""An amendment note right under the title whose words go on about a part of the chapter
(decision 0332): it opens by naming the amendment and dates it, so it is the chapter's note in
the scope box, however many of another kind's words follow it; not left to the kind model.
Wordings are our own, unlike blind212's."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

PAGE = "Fostering Values and Principles\n\n{line}\n\nIntroduction\n\nWe listen to children first.\n"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            "Amended: 14 June 2025. The practice model part was rewritten after two years of"
            " working with Signs of Safety in every team.",
            "2025-06-14",
        ),
        (
            "*Revised on 2 February 2026. The corporate parenting principles are now listed one"
            " by one and the leaving care offer goes to 25.*",
            "2026-02-02",
        ),
    ],
)
def test_a_dated_note_under_the_title_is_scope(line: str, date: str) -> None:
    analyzed = analyze(read_source(PAGE.format(line=line).encode(), "chapter.md"), get_family())
    sections = analyzed.outline.sections
    assert [section.kind for section in sections[:3]] == ["title", "scope", "introduction"]
    assert sections[1].text.strip() == line
    assert analyzed.fact("amendment_date").value == date
