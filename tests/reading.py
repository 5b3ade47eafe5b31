"""Reading a text the way `policydiff parse` does, for tests of the family's wordings."""

from __future__ import annotations

from app.analysis import analyze
from app.facts import Fact
from app.families import get_family
from app.ingest import read_source


def facts_of(text: str, filename: str = "chapter.txt") -> dict[str, Fact]:
    """The facts of `text` read as a document named `filename` in the default family: ingest,
    sections and blocks, then facts, keyed by fact."""
    analyzed = analyze(read_source(text.encode(), filename), get_family())
    return {fact.key: fact for fact in analyzed.facts}


def read_kinds_and_headings(text: str, filename: str) -> list[tuple[str, str | None]]:
    """Each section of `text` read as a document named `filename` (ingest, then sections, as
    `facts_of` reads it): its kind and its heading, None for a section without one."""
    analyzed = analyze(read_source(text.encode(), filename), get_family())
    return [(section.kind, section.heading) for section in analyzed.outline.sections]
