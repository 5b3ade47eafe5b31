"""Search hits with their snippets marked."""

from __future__ import annotations

from dataclasses import dataclass

from app.store import SearchResults
from app.web.pages.words import TextSegment, highlight_spans, kind_label


@dataclass(frozen=True, slots=True)
class SearchResultView:
    """One hit, with its snippet as segments and a link to the section on the version page."""

    url: str
    authority_name: str
    section_label: str
    kind: str
    snippet: list[TextSegment]


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
