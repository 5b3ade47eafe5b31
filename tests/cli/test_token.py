from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.store import make_engine, make_session_factory, verify_token


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_token_create_prints_a_token_that_verifies(database_url: str) -> None:
    result = CliRunner().invoke(cli, ["token", "create", "intranet"])

    assert result.exit_code == 0, result.output
    token = result.stdout.strip()
    assert token.startswith("pd_") and len(token) > 40
    assert "cannot be shown again" in result.stderr
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            assert verify_token(session=session, token=token)
            assert not verify_token(session=session, token=token[:-2])
    finally:
        engine.dispose()


def test_token_create_refuses_an_empty_name(database_url: str) -> None:
    result = CliRunner().invoke(cli, ["token", "create", " "])

    assert result.exit_code == 2
    assert result.stderr.startswith("policydiff: error: ")
