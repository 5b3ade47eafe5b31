"""Full-text search over section text: one signature, SQLite FTS5 or PostgreSQL text search.

The query is read as words and quoted phrases, never as FTS syntax: words are extracted with a
regular expression and quoted (SQLite) or handed to `plainto_tsquery` (PostgreSQL); the words of
a phrase in double quotes ("Working Together 2018") must stand together, in order (an FTS5
phrase, or `phraseto_tsquery`). User input cannot cause syntax errors or change the query's
meaning beyond that. Snippets are plain text; matches are returned as
character offsets into the snippet, so the web layer escapes the text and marks the spans.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, column, func, literal_column, select, table
from sqlalchemy.orm import Session

from app.errors import InvalidParameter
from app.store.catalog import current_version_ids
from app.store.db import is_sqlite, read_transaction
from app.store.models import Authority, Chapter, Section, Version

MATCH_START = "\ue000"
MATCH_END = "\ue001"
"""Private-use characters that bracket matches inside the database's snippet, then removed."""

SNIPPET_WORDS = 24
POSTGRES_DOCUMENT = "sections.search_document"
"""The stored tsvector of a section's heading and text (a generated column with a GIN index,
migration 0007): matching and ranking read it rather than parse every row's text per query."""

_AnySelect = TypeVar("_AnySelect", bound="Select[*tuple[Any, ...]]")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_MAX_WORDS = 20


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One section matching a search."""

    version_id: int
    section_id: int
    section_ordinal: int
    """Position of the section in its version."""
    authority_slug: str
    authority_name: str
    chapter_slug: str
    section_kind: str
    heading: str | None
    snippet: str
    """Plain text around the matches (untrusted: escape it when showing it)."""
    highlights: tuple[tuple[int, int], ...]
    """(start, end) character offsets of the matched words in `snippet`."""
    rank: float
    """Relevance, higher is better; comparable only within one result list."""


@dataclass(frozen=True, slots=True)
class SearchResults:
    hits: list[SearchHit]
    """The requested page of hits, best first."""
    total: int
    """How many sections match in all."""


def query_words(query: str) -> list[str]:
    """The words of a user's query, in order, without duplicates (at most 20)."""
    words: list[str] = []
    for word in _WORD_RE.findall(query.lower()):
        if word not in words:
            words.append(word)
    return words[:_MAX_WORDS]


@dataclass(frozen=True, slots=True)
class QueryTerms:
    """A query read as words that may stand anywhere and phrases whose words stand together."""

    words: list[str]
    phrases: list[list[str]]

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


def query_terms(query: str) -> QueryTerms:
    """The words and the quoted phrases of a user's query (at most 20 words in all).

    Text between a pair of double quotes is a phrase; an unpaired quote is ignored; a phrase of
    one word is a word.
    """
    pieces = query.split('"')
    if len(pieces) % 2 == 0:
        pieces[-2:] = [pieces[-2] + " " + pieces[-1]]
    words: list[str] = []
    phrases: list[list[str]] = []
    budget = _MAX_WORDS
    for index, piece in enumerate(pieces):
        found = _WORD_RE.findall(piece.lower())
        if index % 2 == 1 and len(found) > 1:
            phrase = found[:budget]
            if len(phrase) > 1 and phrase not in phrases:
                phrases.append(phrase)
                budget -= len(phrase)
            continue
        for word in found:
            if budget > 0 and word not in words:
                words.append(word)
                budget -= 1
    return QueryTerms(words=words, phrases=phrases)


def search(
    *,
    session: Session,
    query: str,
    authority: str | None = None,
    chapter: str | None = None,
    kind: str | None = None,
    current_only: bool = False,
    limit: int = 20,
    offset: int = 0,
) -> SearchResults:
    """Sections containing every word and every quoted phrase of `query`, best first, filtered
    as asked.

    `current_only` keeps only each authority's latest version of each chapter. A query without
    words matches nothing.
    """
    if not 0 < limit <= 200 or not 0 <= offset <= 2**31 - 1:
        raise InvalidParameter("limit must be between 1 and 200 and offset at least 0.")
    words = query_terms(query)
    if not words:
        return SearchResults(hits=[], total=0)
    with read_transaction(session):
        if is_sqlite(session):
            return _search_sqlite(
                session, words, authority, chapter, kind, current_only, limit, offset
            )
        return _search_postgres(
            session, words, authority, chapter, kind, current_only, limit, offset
        )


def _filters(
    authority: str | None, chapter: str | None, kind: str | None, current_only: bool
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if authority is not None:
        conditions.append(Authority.slug == authority)
    if chapter is not None:
        conditions.append(Chapter.slug == chapter)
    if kind is not None:
        conditions.append(Section.kind == kind)
    if current_only:
        conditions.append(Version.id.in_(current_version_ids()))
    return conditions


def _joined(query: _AnySelect) -> _AnySelect:
    return (
        query.join(Version, Version.id == Section.version_id)
        .join(Authority, Authority.id == Version.authority_id)
        .join(Chapter, Chapter.id == Version.chapter_id)
    )


_HIT_COLUMNS = (
    Section.version_id,
    Section.id,
    Section.ordinal,
    Authority.slug,
    Authority.name,
    Chapter.slug,
    Section.kind,
    Section.heading,
)


def _search_sqlite(
    session: Session,
    words: QueryTerms,
    authority: str | None,
    chapter: str | None,
    kind: str | None,
    current_only: bool,
    limit: int,
    offset: int,
) -> SearchResults:
    fts = table("section_search", column("rowid"))
    match_expression = " ".join(
        [f'"{word}"' for word in words.words] + ['"' + " ".join(p) + '"' for p in words.phrases]
    )
    matches = literal_column("section_search").op("MATCH")(match_expression)
    conditions = [matches, *_filters(authority, chapter, kind, current_only)]
    base = _joined(select(*_HIT_COLUMNS).select_from(fts).join(Section, Section.id == fts.c.rowid))
    total = (
        session.scalar(
            _joined(
                select(func.count()).select_from(fts).join(Section, Section.id == fts.c.rowid)
            ).where(*conditions)
        )
        or 0
    )
    bm25 = func.bm25(literal_column("section_search"), 2.0, 1.0)
    snippet = func.snippet(
        literal_column("section_search"), -1, MATCH_START, MATCH_END, "…", SNIPPET_WORDS
    )
    rows = session.execute(
        base.add_columns(snippet, bm25)
        .where(*conditions)
        .order_by(bm25, Section.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return SearchResults(hits=[_hit(row[:8], row[8], -float(row[9])) for row in rows], total=total)


def _search_postgres(
    session: Session,
    words: QueryTerms,
    authority: str | None,
    chapter: str | None,
    kind: str | None,
    current_only: bool,
    limit: int,
    offset: int,
) -> SearchResults:
    config: ColumnElement[Any] = literal_column("'english'::regconfig")
    parts: list[ColumnElement[Any]] = [
        func.phraseto_tsquery(config, " ".join(phrase)) for phrase in words.phrases
    ]
    if words.words:
        parts.insert(0, func.plainto_tsquery(config, " ".join(words.words)))
    tsquery: ColumnElement[Any] = parts[0]
    for part in parts[1:]:
        tsquery = tsquery.op("&&")(part)
    matches = literal_column(POSTGRES_DOCUMENT).op("@@")(tsquery)
    conditions = [matches, *_filters(authority, chapter, kind, current_only)]
    total = (
        session.scalar(_joined(select(func.count()).select_from(Section)).where(*conditions)) or 0
    )
    rank = func.ts_rank_cd(literal_column(POSTGRES_DOCUMENT), tsquery)
    snippet = func.ts_headline(
        literal_column("'english'::regconfig"),
        Section.text,
        tsquery,
        f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords={SNIPPET_WORDS}, "
        'MinWords=8, MaxFragments=2, FragmentDelimiter=" … "',
    )
    rows = session.execute(
        _joined(select(*_HIT_COLUMNS, snippet, rank).select_from(Section))
        .where(*conditions)
        .order_by(rank.desc(), Section.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return SearchResults(hits=[_hit(row[:8], row[8], float(row[9])) for row in rows], total=total)


def _hit(columns: Any, marked_snippet: str | None, rank: float) -> SearchHit:
    version_id, section_id, ordinal, authority_slug, authority_name, chapter_slug, kind, heading = (
        columns
    )
    snippet, highlights = split_marks(marked_snippet or "")
    return SearchHit(
        version_id=version_id,
        section_id=section_id,
        section_ordinal=ordinal,
        authority_slug=authority_slug,
        authority_name=authority_name,
        chapter_slug=chapter_slug,
        section_kind=kind,
        heading=heading,
        snippet=snippet,
        highlights=highlights,
        rank=rank,
    )


@dataclass(frozen=True, slots=True)
class HitVersion:
    """The version a search hit is in, as a result list names it."""

    id: int
    amendment_date: str | None
    """The date the document gives for its last amendment (ISO, year to day), if it gives one."""
    effective_date: date
    """The amendment date, or the day the version was added when the document gives none."""
    version_label: str | None
    is_current: bool
    """Whether it is its authority's latest version of the chapter."""


def hit_versions(*, session: Session, version_ids: Collection[int]) -> dict[int, HitVersion]:
    """The date, label and currency of each of the versions that a page of hits names (at most
    a page's worth: one query, whatever the number of versions stored)."""
    if not version_ids:
        return {}
    with read_transaction(session):
        rows = session.execute(
            select(
                Version.id,
                Version.amendment_date,
                Version.effective_date,
                Version.version_label,
                Version.id.in_(current_version_ids()),
            ).where(Version.id.in_(list(version_ids)))
        ).all()
    return {
        row[0]: HitVersion(
            id=row[0],
            amendment_date=row[1],
            effective_date=row[2],
            version_label=row[3],
            is_current=bool(row[4]),
        )
        for row in rows
    }


def split_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove the match markers from a snippet, returning plain text and the marked spans."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for piece in re.split(f"([{MATCH_START}{MATCH_END}])", marked):
        if piece == MATCH_START:
            start = length
        elif piece == MATCH_END:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), tuple(spans)


__all__ = [
    "MATCH_END",
    "MATCH_START",
    "HitVersion",
    "QueryTerms",
    "SearchHit",
    "SearchResults",
    "hit_versions",
    "query_terms",
    "query_words",
    "search",
    "split_marks",
]
