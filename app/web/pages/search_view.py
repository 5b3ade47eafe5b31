"""Search hits grouped as an officer reads them: by council, then by version (its date, and
whether it is the one in force), each matching section with its snippet marked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.store import HitVersion, SearchResults
from app.web.pages.words import TextSegment, highlight_spans, kind_label
from app.web.templating import partial_date


@dataclass(frozen=True, slots=True)
class SearchResultView:
    """One hit, with its snippet as segments and a link to the section on the version page."""

    url: str
    authority_name: str
    section_label: str
    kind: str
    snippet: list[TextSegment]


@dataclass(slots=True)
class VersionHits:
    """One version's matching sections."""

    version_id: int
    url: str
    when: str
    """The version's date in words ("February 2024 (v3)")."""
    current: bool
    """The authority's latest version of the chapter."""
    hits: list[SearchResultView] = field(default_factory=list)


@dataclass(slots=True)
class CouncilHits:
    """One council's matching versions, in the order of their best hit."""

    authority_name: str
    versions: list[VersionHits] = field(default_factory=list)


def build_search_results(results: SearchResults) -> list[SearchResultView]:
    return [
        SearchResultView(
            url=f"/versions/{hit.version_id}#section-{hit.section_ordinal}",
            authority_name=hit.authority_name,
            section_label=hit.heading or kind_label(hit.section_kind),
            kind=kind_label(hit.section_kind),
            snippet=highlight_spans(hit.snippet, hit.highlights),
        )
        for hit in results.hits
    ]


def group_results(results: SearchResults, versions: Mapping[int, HitVersion]) -> list[CouncilHits]:
    """The hits by council, then by version (with its date and whether it is current), keeping
    the ranking's order at each level."""
    councils: dict[str, CouncilHits] = {}
    grouped: dict[int, VersionHits] = {}
    for hit, view in zip(results.hits, build_search_results(results), strict=True):
        council = councils.setdefault(hit.authority_slug, CouncilHits(hit.authority_name))
        if hit.version_id not in grouped:
            version = versions.get(hit.version_id)
            when = "date not stated"
            current = False
            if version is not None:
                when = (
                    partial_date(version.amendment_date)
                    if version.amendment_date
                    else f"undated, added {partial_date(version.effective_date)}"
                )
                when += f" ({version.version_label})" if version.version_label else ""
                current = version.is_current
            grouped[hit.version_id] = VersionHits(
                hit.version_id, f"/versions/{hit.version_id}", when, current
            )
            council.versions.append(grouped[hit.version_id])
        grouped[hit.version_id].hits.append(view)
    return list(councils.values())
