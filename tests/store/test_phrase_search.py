"""Quoted phrases match as phrases, on SQLite FTS5 and on PostgreSQL alike."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.store import search
from app.store.search import query_terms
from tests.store.helpers import add, chapter_text


def _council(session: Session, slug: str, sentence: str) -> None:
    add(session, chapter_text(extra=sentence), authority=slug, name=slug.title())


def _seeded(session: Session) -> Session:
    _council(session, "phrase-council", "Staff follow Working Together to Safeguard Children 2018.")
    _council(
        session,
        "scattered-council",
        "Working practices keep children safe, together with the 2018 plan to safeguard them.",
    )
    _council(
        session, "current-council", "Staff follow Working Together to Safeguard Children 2023."
    )
    return session


def test_a_quoted_phrase_matches_only_where_its_words_stand_together(session: Session) -> None:
    _seeded(session)

    as_words = search(session=session, query="working together 2018")
    as_phrase = search(session=session, query='"working together" 2018')
    whole = search(session=session, query='"Working Together to Safeguard Children 2018"')

    assert {hit.authority_slug for hit in as_words.hits} == {"phrase-council", "scattered-council"}
    assert [hit.authority_slug for hit in as_phrase.hits] == ["phrase-council"]
    assert [hit.authority_slug for hit in whole.hits] == ["phrase-council"]


def test_word_order_matters_inside_a_phrase(session: Session) -> None:
    _seeded(session)

    assert search(session=session, query='"together working"').total == 0
    assert search(session=session, query='"working together"').total == 2


def test_query_terms_read_phrases_and_words() -> None:
    terms = query_terms('care "Working Together" leavers "one" "unclosed phrase')

    assert terms.phrases == [["working", "together"]]
    assert terms.words == ["care", "leavers", "one", "unclosed", "phrase"]


@given(st.text(max_size=80))
def test_reading_any_query_keeps_at_most_twenty_words(query: str) -> None:
    terms = query_terms(query)

    assert len(terms.words) + sum(len(phrase) for phrase in terms.phrases) <= 20
    assert all(len(phrase) > 1 for phrase in terms.phrases)
