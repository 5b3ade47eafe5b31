from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.store import add_version, downgrade_to, make_session_factory, upgrade_to_head
from app.store.migrate import alembic_config, include_object
from app.store.models import Base
from tests.store.helpers import CHAPTER, MAX_BYTES, chapter_text

TABLES = {"authorities", "chapters", "versions", "sections", "facts", "comparisons", "api_tokens"}


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_the_migrations_build_the_models_schema(engine: Engine) -> None:
    upgrade_to_head(engine)

    assert _tables(engine) >= TABLES
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": include_object,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_base_then_upgrade_again(engine: Engine) -> None:
    upgrade_to_head(engine)
    downgrade_to(engine, "base")
    assert _tables(engine) & TABLES == set()
    if engine.dialect.name == "sqlite":
        assert not any(
            name.startswith("section_search") for name in inspect(engine).get_table_names()
        )

    upgrade_to_head(engine)
    with make_session_factory(engine)() as session:
        added = add_version(
            session=session,
            data=chapter_text(),
            filename="a.txt",
            authority_slug="round-trip",
            chapter_slug=CHAPTER,
            max_bytes=MAX_BYTES,
        )
    assert added.created


def test_every_migration_has_a_downgrade_and_a_date_slug_name() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = list(scripts.walk_revisions())
    assert revisions
    for revision in revisions:
        source = Path(revision.path).read_text(encoding="utf-8")
        assert "def downgrade() -> None:" in source
        assert "\n    pass\n" not in source.split("def downgrade() -> None:")[1]
        name = Path(revision.path).name
        assert name[:10].count("-") == 2 and name[10] == "_", name
