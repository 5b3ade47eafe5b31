from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.errors import InvalidParameter
from app.store import search
from app.store.search import query_words, split_marks
from tests.store.helpers import add, add_sample_revisions, chapter_text


@pytest.fixture
def corpus_session(session: Session) -> Session:
    add_sample_revisions(session)
    add(
        session,
        chapter_text(extra="Our kinship carers are paid a weekly stipend."),
        authority="other-council",
        name="Other Council",
    )
    return session


def test_search_finds_sections_with_every_word_and_marks_them(corpus_session: Session) -> None:
    results = search(session=corpus_session, query="practice model Signs Safety")

    assert results.total == 1
    (hit,) = results.hits
    assert hit.authority_slug == "sample-borough"
    assert hit.section_kind == "practice_model"
    marked = {hit.snippet[start:end].lower() for start, end in hit.highlights}
    assert {"signs", "safety"} <= marked
    assert "\ue000" not in hit.snippet and "\ue001" not in hit.snippet


def test_search_stems_words(corpus_session: Session) -> None:
    assert search(session=corpus_session, query="carer").total >= 1
    assert search(session=corpus_session, query="stipends").total == 1


def test_search_filters_by_authority_kind_and_current_versions(corpus_session: Session) -> None:
    everywhere = search(session=corpus_session, query="permanence plan", limit=50)
    assert {hit.authority_slug for hit in everywhere.hits} == {"sample-borough", "other-council"}
    principles = search(session=corpus_session, query="permanence plan", kind="key_principles")
    assert principles.total == 4  # three sample revisions and the other council
    assert everywhere.total > principles.total  # an amendment note mentions them too

    sample = search(
        session=corpus_session,
        query="permanence plan",
        authority="sample-borough",
        kind="key_principles",
    )
    assert sample.total == 3
    current = search(
        session=corpus_session,
        query="permanence plan",
        authority="sample-borough",
        kind="key_principles",
        current_only=True,
    )
    assert current.total == 1
    assert current.hits[0].version_id == max(hit.version_id for hit in sample.hits)
    by_kind = search(session=corpus_session, query="permanence plan", kind="values")
    assert by_kind.total == 0


def test_search_pages_results_best_first(corpus_session: Session) -> None:
    full = search(session=corpus_session, query="children", limit=200)
    assert full.total == len(full.hits) > 3
    ranks = [hit.rank for hit in full.hits]
    assert ranks == sorted(ranks, reverse=True)
    page = search(session=corpus_session, query="children", limit=2, offset=2)
    assert [hit.section_id for hit in page.hits] == [hit.section_id for hit in full.hits[2:4]]
    with pytest.raises(InvalidParameter):
        search(session=corpus_session, query="children", limit=0)


@pytest.mark.parametrize(
    "query",
    ['"', "NEAR(", "child*", "a AND OR NOT", "-", "'; DROP TABLE sections; --", "^title:x", ""],
)
def test_query_syntax_has_no_effect_beyond_its_words(corpus_session: Session, query: str) -> None:
    results = search(session=corpus_session, query=query)
    words_only = search(session=corpus_session, query=" ".join(query_words(query)))

    assert [hit.section_id for hit in results.hits] == [hit.section_id for hit in words_only.hits]


@settings(
    max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(query=st.text(max_size=40))
def test_any_query_runs_without_error(corpus_session: Session, query: str) -> None:
    results = search(session=corpus_session, query=query)
    assert results.total >= len(results.hits)


def test_query_words_are_lower_case_unique_words() -> None:
    assert query_words('Care  "leavers" care-LEAVERS!') == ["care", "leavers"]


def test_split_marks_returns_plain_text_and_offsets() -> None:
    assert split_marks("a \ue000bc\ue001 d \ue000e\ue001") == ("a bc d e", ((2, 4), (7, 8)))


def test_filters_with_nul_match_nothing(corpus_session: Session) -> None:
    for filters in [{"authority": "a\x00"}, {"chapter": "\x00"}, {"kind": "values\x00"}]:
        assert search(session=corpus_session, query="children", **filters).total == 0
