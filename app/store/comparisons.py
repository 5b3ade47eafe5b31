"""Compare two stored versions, through a cache held in the database.

The cache key is (left SHA-256, right SHA-256, fingerprint, analyser version), the fingerprint
folding in both versions' editors' corrections when they have any: a cached comparison is never
served for other bytes, other options, other corrections or older rules, and because the cache
lives in the database, every worker and host serving one database shares it. The payload is the
public contract's JSON of the comparison (`ComparisonRead`), kept once: the API sends it as it
is, and only callers wanting the core `Comparison` decode it. It holds no version ids, since the
same bytes may be stored for several authorities. Rows cached before the payload was the
contract hold the core dataclass's JSON; they are read and served the same way until the next
analyser version drops them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Select, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker, undefer

from app.analysis import ANALYZER_VERSION, AnalyzedVersion
from app.collector import collector_paused
from app.diff import (
    DEFAULT_WORD_DIFF_BUDGET,
    CompareOptions,
    Comparison,
    compare,
    options_fingerprint,
)
from app.schemas.comparisons import ComparisonRead
from app.store.db import read_transaction, write_transaction
from app.store.models import CachedComparison, Version
from app.store.versions import analyzed_version_of, version_or_raise
from app.work_budget import charge_expensive_work


@dataclass(frozen=True, slots=True)
class StoredComparison:
    """A comparison of two stored versions as JSON, ready to send."""

    left: Version
    right: Version
    payload: bytes
    """The comparison as the public contract's UTF-8 JSON (`ComparisonRead`; the same bytes on
    every request: suitable for an ETag)."""
    cached: bool
    """True when the payload came from the cache."""
    computed: Comparison | None = None
    """The core comparison when it was computed by this call (None when read from the cache)."""


@cache
def _comparison_adapter() -> TypeAdapter[Comparison]:
    return TypeAdapter(Comparison)


def comparison_fingerprint(
    options: CompareOptions,
    left_corrections_key: str = "",
    right_corrections_key: str = "",
    *,
    word_budget: int = DEFAULT_WORD_DIFF_BUDGET,
) -> str:
    """What, besides the two versions' bytes and the analyser version, decides a comparison's
    content: the one key part of the database's cache and of every comparison ETag (the JSON,
    the redlines). The options' fingerprint alone when neither version has editors' corrections
    and the word-diff budget is the default (so those comparisons keep their cache entries),
    else the options' with both versions' `corrections_key` and the budget folded in: a
    comparison made under another budget may be coarser, so it is another comparison."""
    fingerprint = options_fingerprint(options)
    if (
        not left_corrections_key
        and not right_corrections_key
        and word_budget == DEFAULT_WORD_DIFF_BUDGET
    ):
        return fingerprint
    parts = [fingerprint, left_corrections_key, right_corrections_key]
    if word_budget != DEFAULT_WORD_DIFF_BUDGET:
        parts.append(f"word-budget={word_budget}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


WORD_BUDGET_KEY = "policydiff_comparison_word_budget"
"""Where a session factory's `info` carries the comparisons' word-diff budget
(`make_session_factory` callers set it from the settings; the default applies otherwise)."""


def word_budget_of(info: Mapping[str, Any]) -> int:
    """The word-diff budget a session's (or a session factory's) `info` sets."""
    budget = info.get(WORD_BUDGET_KEY)
    return budget if isinstance(budget, int) else DEFAULT_WORD_DIFF_BUDGET


def factory_word_budget(session_factory: sessionmaker[Session]) -> int:
    """The word-diff budget of the sessions `session_factory` makes, for an edge computing a
    comparison's ETag before it opens a session."""
    return word_budget_of(session_factory.kw.get("info") or {})


def encode_comparison(comparison: Comparison) -> bytes:
    """The comparison as the public contract's JSON: what is stored, and what the API sends."""
    return ComparisonRead.from_comparison(comparison).model_dump_json().encode("utf-8")


def decode_comparison(payload: bytes) -> Comparison:
    """A stored comparison's JSON back into the core `Comparison` (word operations are arrays
    in the contract, objects in the core)."""
    if _is_core_json(payload):
        return _comparison_adapter().validate_json(payload)
    data = json.loads(payload)
    for block in data["blocks"]:
        block["ops"] = [
            {"kind": op[0], "text": op[1], "ignorable": len(op) > 2} for op in block["ops"]
        ]
    return _comparison_adapter().validate_python(data)


def _is_core_json(payload: bytes) -> bool:
    """Whether a cached payload is the core dataclass's JSON (rows cached before the contract
    was kept): its last key is `differs`, the contract's last is `blocks`. A quote inside a JSON
    string is escaped, so these bytes can only be the document's own keys."""
    return payload.endswith((b',"differs":true}', b',"differs":false}'))


def compare_versions(
    *,
    session: Session,
    left_id: int,
    right_id: int,
    options: CompareOptions,
    analyzed: Callable[[Version], AnalyzedVersion] = analyzed_version_of,
) -> Comparison:
    """The comparison of two stored versions, from the cache or computed (then cached)."""
    stored = comparison_payload(
        session=session, left_id=left_id, right_id=right_id, options=options, analyzed=analyzed
    )
    return stored.computed if stored.computed is not None else decode_comparison(stored.payload)


def comparison_payload(
    *,
    session: Session,
    left_id: int,
    right_id: int,
    options: CompareOptions,
    analyzed: Callable[[Version], AnalyzedVersion] = analyzed_version_of,
) -> StoredComparison:
    """The comparison of two stored versions as JSON bytes, computing and caching it on a miss.

    On a miss each version is analysed by `analyzed`: a caller comparing one version with many
    passes one that keeps its analyses for the call (`functools.cache(analyzed_version_of)`).

    The diff runs outside any transaction (it is CPU work, and SQLite would otherwise hold its
    write lock); two workers missing at once both compute and the second insert is dropped.
    """
    with read_transaction(session):
        left = version_or_raise(session, left_id)
        right = version_or_raise(session, right_id)
        word_budget = word_budget_of(session.info)
        fingerprint = comparison_fingerprint(
            options, left.corrections_key, right.corrections_key, word_budget=word_budget
        )
        payload = session.scalar(_cache_lookup(left.sha256, right.sha256, fingerprint))
        if payload is None:
            # Load the bytes inside the transaction, not lazily later.
            session.scalars(
                select(Version)
                .where(Version.id.in_((left_id, right_id)))
                .options(undefer(Version.data))
            ).all()
    if payload is not None:
        stored = payload.encode("utf-8")
        if _is_core_json(stored):
            stored = encode_comparison(decode_comparison(stored))
        return StoredComparison(left=left, right=right, payload=stored, cached=True)
    charge_expensive_work()
    with collector_paused():
        comparison = compare(analyzed(left), analyzed(right), options, word_budget=word_budget)
    encoded = encode_comparison(comparison)
    _store(session, left.sha256, right.sha256, fingerprint, encoded.decode("utf-8"))
    return StoredComparison(
        left=left, right=right, payload=encoded, cached=False, computed=comparison
    )


def _cache_lookup(left_sha: str, right_sha: str, fingerprint: str) -> Select[str]:
    return select(CachedComparison.payload).where(
        CachedComparison.left_sha256 == left_sha,
        CachedComparison.right_sha256 == right_sha,
        CachedComparison.options_fingerprint == fingerprint,
        CachedComparison.analyzer_version == ANALYZER_VERSION,
    )


@dataclass(frozen=True, slots=True)
class ComparisonCacheLimits:
    """How much the database's comparison cache may hold (decision 0023): entries older than
    `max_age` go first, then the oldest until the payloads fit in `max_bytes`."""

    max_bytes: int = 256 * 1024 * 1024
    max_age: timedelta = timedelta(days=30)


CACHE_LIMITS_KEY = "policydiff_comparison_cache_limits"
"""Where a session factory's `info` carries its `ComparisonCacheLimits` (`make_session_factory`
callers set it from the settings; the defaults apply otherwise)."""


def evict_cached_comparisons(*, session: Session, limits: ComparisonCacheLimits) -> int:
    """Drop cached comparisons past the limits; returns how many were dropped."""
    with write_transaction(session):
        cutoff = datetime.now(UTC) - limits.max_age
        stale = list(
            session.scalars(
                select(CachedComparison.id).where(CachedComparison.created_at < cutoff)
            ).all()
        )
        sizes = session.execute(
            select(CachedComparison.id, func.length(CachedComparison.payload)).order_by(
                CachedComparison.created_at.desc(), CachedComparison.id.desc()
            )
        ).all()
        kept_bytes = 0
        stale_ids = set(stale)
        evicted = list(stale)
        for row_id, size in sizes:
            if row_id in stale_ids:
                continue
            kept_bytes += int(size or 0)
            if kept_bytes > limits.max_bytes:
                evicted.append(row_id)
        for start in range(0, len(evicted), 500):
            batch = evicted[start : start + 500]
            session.execute(delete(CachedComparison).where(CachedComparison.id.in_(batch)))
    return len(evicted)


def _store(session: Session, left_sha: str, right_sha: str, fingerprint: str, payload: str) -> None:
    limits = session.info.get(CACHE_LIMITS_KEY)
    if not isinstance(limits, ComparisonCacheLimits):
        limits = ComparisonCacheLimits()
    if len(payload) > limits.max_bytes:
        return  # larger than the whole cache: served, never kept
    try:
        with write_transaction(session):
            if session.scalar(_cache_lookup(left_sha, right_sha, fingerprint)) is not None:
                return
            session.add(
                CachedComparison(
                    left_sha256=left_sha,
                    right_sha256=right_sha,
                    options_fingerprint=fingerprint,
                    analyzer_version=ANALYZER_VERSION,
                    payload=payload,
                    created_at=datetime.now(UTC),
                )
            )
    except IntegrityError:
        return  # another worker cached the same comparison first; both payloads are equal
    evict_cached_comparisons(session=session, limits=limits)


__all__ = [
    "CACHE_LIMITS_KEY",
    "WORD_BUDGET_KEY",
    "ComparisonCacheLimits",
    "StoredComparison",
    "compare_versions",
    "comparison_fingerprint",
    "comparison_payload",
    "decode_comparison",
    "encode_comparison",
    "evict_cached_comparisons",
    "factory_word_budget",
    "options_fingerprint",
    "word_budget_of",
]
