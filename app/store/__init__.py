"""Persistence and use cases (SQLAlchemy 2): the only package that talks to the database.

Every use case takes `*, session` keyword-only and owns its transaction, so a rejected write
leaves nothing behind; callers (routes, CLI) never commit. Returned ORM objects stay readable
after the use case commits (`expire_on_commit=False`); `Version.data` and `Version.text` are
deferred and load on first access while the session is open.
"""

from app.store.catalog import (
    current_version_ids,
    current_versions,
    get_authority_or_raise,
    get_chapter_or_raise,
    list_authorities,
    list_chapters,
    timeline,
)
from app.store.comparisons import (
    CACHE_LIMITS_KEY,
    ComparisonCacheLimits,
    StoredComparison,
    compare_versions,
    comparison_payload,
    evict_cached_comparisons,
    options_fingerprint,
)
from app.store.corpus import (
    LoadFailure,
    LoadSummary,
    ManifestEntry,
    database_is_empty,
    load_paths,
    read_manifest,
)
from app.store.db import DatabaseLimits, make_engine, make_session_factory
from app.store.feed import recent_amendments
from app.store.fingerprints import content_fingerprint
from app.store.matrix import (
    DivergenceMatrix,
    MatrixCell,
    MatrixRow,
    SimilarityCell,
    SimilarityGrid,
    SimilarityRow,
    divergence_matrix,
    section_similarity_grid,
)
from app.store.migrate import (
    database_limits,
    downgrade_to,
    open_migrated_database,
    upgrade_to_head,
)
from app.store.models import (
    ApiToken,
    Authority,
    CachedComparison,
    Chapter,
    Fact,
    Section,
    Version,
    VersionTombstone,
)
from app.store.search import SearchHit, SearchResults, search
from app.store.tokens import (
    TOKEN_ROLES,
    TokenHolder,
    TokenInfo,
    authenticate,
    create_token,
    list_tokens,
    require_admin,
    revoke_token,
    verify_token,
)
from app.store.tombstones import (
    COMMAND_LINE,
    DeletedVersion,
    delete_version,
    list_deleted_versions,
    purge_deleted_versions,
    restore_version,
)
from app.store.version_keys import VersionKey, version_keys_or_raise
from app.store.versions import (
    AddedVersion,
    add_version,
    analyzed_version_of,
    facts_of,
    get_version_or_raise,
    list_versions,
    reanalyse_versions,
    sections_of,
    version_as_of,
)
from app.store.watch_models import Change, Delivery, Snapshot, Source, Subscription
from app.store.web_queries import VersionChoice, version_choices

__all__ = [
    "CACHE_LIMITS_KEY",
    "COMMAND_LINE",
    "TOKEN_ROLES",
    "AddedVersion",
    "ApiToken",
    "Authority",
    "CachedComparison",
    "Change",
    "Chapter",
    "ComparisonCacheLimits",
    "DatabaseLimits",
    "DeletedVersion",
    "Delivery",
    "DivergenceMatrix",
    "Fact",
    "LoadFailure",
    "LoadSummary",
    "ManifestEntry",
    "MatrixCell",
    "MatrixRow",
    "SearchHit",
    "SearchResults",
    "Section",
    "SimilarityCell",
    "SimilarityGrid",
    "SimilarityRow",
    "Snapshot",
    "Source",
    "StoredComparison",
    "Subscription",
    "TokenHolder",
    "TokenInfo",
    "Version",
    "VersionChoice",
    "VersionKey",
    "VersionTombstone",
    "add_version",
    "analyzed_version_of",
    "authenticate",
    "compare_versions",
    "comparison_payload",
    "content_fingerprint",
    "create_token",
    "current_version_ids",
    "current_versions",
    "database_is_empty",
    "database_limits",
    "delete_version",
    "divergence_matrix",
    "downgrade_to",
    "evict_cached_comparisons",
    "facts_of",
    "get_authority_or_raise",
    "get_chapter_or_raise",
    "get_version_or_raise",
    "list_authorities",
    "list_chapters",
    "list_deleted_versions",
    "list_tokens",
    "list_versions",
    "load_paths",
    "make_engine",
    "make_session_factory",
    "open_migrated_database",
    "options_fingerprint",
    "purge_deleted_versions",
    "read_manifest",
    "reanalyse_versions",
    "recent_amendments",
    "require_admin",
    "restore_version",
    "revoke_token",
    "search",
    "section_similarity_grid",
    "sections_of",
    "timeline",
    "upgrade_to_head",
    "verify_token",
    "version_as_of",
    "version_choices",
    "version_keys_or_raise",
]
