"""`policydiff reanalyse` keeps the editors' corrections: the matrix and comparisons still use
them afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.diff import CompareOptions
from app.store import (
    compare_versions,
    correct_fact_value,
    divergence_matrix,
    make_engine,
    make_session_factory,
    upgrade_to_head,
)
from tests.store.helpers import CHAPTER, add, chapter_text

AGE_25 = {"age": 25, "extended": []}


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_a_corrected_fact_is_still_used_by_the_matrix_and_comparisons_after_reanalyse(
    database_url: str,
) -> None:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    sessions = make_session_factory(engine)
    try:
        with sessions() as session:
            ours = add(session, chapter_text(leaving_care="until they are 21"), authority="ours")
            theirs = add(session, chapter_text(leaving_care="until they are 25"), authority="a2")
            pair = {"left_id": ours.version.id, "right_id": theirs.version.id}
            compare_versions(session=session, options=CompareOptions(), **pair)
            correct_fact_value(
                session=session,
                version_id=ours.version.id,
                fact_key="leaving_care_support_age",
                value=AGE_25,
                reason="The amendment note extends support to 25.",
                corrected_by="editor-one",
            )

        result = CliRunner().invoke(cli, ["reanalyse"])

        assert result.exit_code == 0, result.output
        assert result.stdout.strip() == "re-analysed 2 versions"
        with sessions() as session:
            matrix = divergence_matrix(session=session, chapter_slug=CHAPTER)
            comparison = compare_versions(session=session, options=CompareOptions(), **pair)
    finally:
        engine.dispose()
    ages = {row.authority_slug: row.cells["leaving_care_support_age"].value for row in matrix.rows}
    assert ages == {"ours": AGE_25, "a2": AGE_25}
    assert "leaving_care_support_age" not in matrix.divergent_keys
    assert comparison.divergences == ()
