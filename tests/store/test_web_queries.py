"""The web UI's light version list agrees with the ORM's, newest first, without loading bytes."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.store import list_versions, version_choices
from tests.store.helpers import add, chapter_text


def test_version_choices_list_every_version_newest_first_with_its_key(
    session: Session, migrated_engine: Engine
) -> None:
    older = add(
        session, chapter_text(amended="In May 2021, this chapter was revised."), authority="alpha"
    )
    newer = add(
        session, chapter_text(amended="In June 2024, this chapter was revised."), authority="beta"
    )
    choices = version_choices(engine=migrated_engine)
    assert [choice.id for choice in choices] == [newer.version.id, older.version.id]
    assert [choice.id for choice in choices] == [v.id for v in list_versions(session=session)[0]]
    first = choices[0]
    assert first.authority_slug == "beta" and first.sha256 == newer.version.sha256
    assert first.amendment_date == "2024-06"
    assert version_choices(engine=migrated_engine, limit=1) == choices[:1]
