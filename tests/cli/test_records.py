"""`policydiff token list | revoke` and `policydiff delete | deleted | restore | purge`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.store import make_engine, make_session_factory, verify_token

CORPUS_FILE = Path(__file__).resolve().parents[2] / "corpus/childrens-policies/merton/2019-01.txt"


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def _verifies(database_url: str, token: str) -> bool:
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            return verify_token(session=session, token=token)
    finally:
        engine.dispose()


def test_token_list_and_revoke(database_url: str) -> None:
    runner = CliRunner()
    token = runner.invoke(cli, ["token", "create", "intranet", "--expires", "2099-12-31"]).stdout
    runner.invoke(cli, ["token", "create", "root", "--admin"])
    assert runner.invoke(cli, ["token", "create", "intranet"]).exit_code == 2

    listed = runner.invoke(cli, ["token", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    tokens = {row["name"]: row for row in json.loads(listed.stdout)}
    assert tokens["intranet"]["role"] == "editor"
    assert tokens["intranet"]["expires_at"].startswith("2099-12-31")
    assert tokens["root"]["role"] == "admin" and tokens["root"]["state"] == "active"
    assert token.strip() not in listed.stdout

    revoked = runner.invoke(cli, ["token", "revoke", "intranet"])

    assert revoked.exit_code == 0, revoked.output
    assert not _verifies(database_url, token.strip())
    assert "revoked" in runner.invoke(cli, ["token", "list"]).stdout
    unknown = runner.invoke(cli, ["token", "revoke", "nobody"])
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("policydiff: error: no token named 'nobody'")


def test_delete_restore_and_purge(database_url: str) -> None:
    runner = CliRunner()
    loaded = runner.invoke(cli, ["load", str(CORPUS_FILE), "--authority", "merton"])
    assert loaded.exit_code == 0, loaded.output

    deleted = runner.invoke(cli, ["delete", "1", "--reason", "test run"])
    assert deleted.exit_code == 0, deleted.output
    listed = runner.invoke(cli, ["deleted"]).stdout
    assert listed.startswith("1\tmerton\t") and "command line\ttest run" in listed
    assert runner.invoke(cli, ["restore", "1"]).exit_code == 0
    assert runner.invoke(cli, ["deleted"]).stdout == ""
    assert runner.invoke(cli, ["purge", "1"]).exit_code == 2  # not deleted

    runner.invoke(cli, ["delete", "1"])
    assert runner.invoke(cli, ["purge"]).exit_code == 2  # neither ids nor --all
    purged = runner.invoke(cli, ["purge", "--all"])
    assert purged.exit_code == 0, purged.output
    assert "purged 1" in purged.stderr
    assert runner.invoke(cli, ["restore", "1"]).exit_code == 2
