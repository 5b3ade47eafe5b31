"""Migration 0007: on PostgreSQL, search reads a stored tsvector through a GIN index, and a
database upgraded with sections already stored finds them."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from app.store import add_version, downgrade_to, make_session_factory, search, upgrade_to_head
from tests.store.helpers import CHAPTER, MAX_BYTES, chapter_text


def _add(engine: Engine, authority: str, extra: str) -> None:
    with make_session_factory(engine)() as session:
        add_version(
            session=session,
            data=chapter_text(extra=extra),
            filename=f"{authority}.txt",
            authority_slug=authority,
            chapter_slug=CHAPTER,
            max_bytes=MAX_BYTES,
        )


def test_sections_stored_before_the_upgrade_are_found_after_it(engine: Engine) -> None:
    upgrade_to_head(engine)
    downgrade_to(engine, "0006_editor_corrections")
    _add(engine, "before-upgrade", "Our kinship carers receive a weekly stipend.")

    upgrade_to_head(engine)
    _add(engine, "after-upgrade", "Kinship carers may ask for a stipend review.")

    with make_session_factory(engine)() as session:
        results = search(session=session, query="kinship stipend")
        phrase = search(session=session, query='"weekly stipend"')
    assert {hit.authority_slug for hit in results.hits} == {"before-upgrade", "after-upgrade"}
    assert [hit.authority_slug for hit in phrase.hits] == ["before-upgrade"]


def test_postgres_search_uses_the_index_on_the_stored_document(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("the stored tsvector and its GIN index exist on PostgreSQL only")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = "\n".join(
            row[0]
            for row in connection.execute(
                text(
                    "EXPLAIN SELECT id FROM sections WHERE search_document @@ "
                    "plainto_tsquery('english'::regconfig, 'permanence')"
                )
            )
        )
    assert "ix_sections_search_document" in plan
