from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from app.analysis import ANALYZER_VERSION
from app.cli import cli
from app.config import get_settings
from app.store import make_engine
from app.store.models import Version
from tests.store.helpers import CORPUS


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_reanalyse_rebuilds_every_version_or_only_outdated_ones(database_url: str) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["load", str(CORPUS)]).exit_code == 0
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            total = len(connection.execute(select(Version.id)).all())
            connection.execute(
                update(Version).where(Version.authority_id == 1).values(analyzer_version="0")
            )

        outdated = runner.invoke(cli, ["reanalyse", "--outdated-only"])
        everything = runner.invoke(cli, ["reanalyse"])

        with engine.connect() as connection:
            versions = set(connection.execute(select(Version.analyzer_version)).scalars())
    finally:
        engine.dispose()
    assert outdated.exit_code == 0
    assert outdated.stdout.strip() == "re-analysed 1 version"
    assert everything.stdout.strip() == f"re-analysed {total} versions"
    assert versions == {ANALYZER_VERSION}
