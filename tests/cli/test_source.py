"""`policydiff source add|list|remove`, `policydiff watch --once`, and `[[sources]]` in a
manifest loaded with `policydiff load`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from tests.watch.conftest import chapter_page
from tests.watch.pages_server import PageServer, running_page_server


@pytest.fixture(scope="module")
def pages() -> Iterator[PageServer]:
    with running_page_server() as server:
        yield server


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("POLICYDIFF_WATCH_ALLOW_PRIVATE_ADDRESSES", "true")
    monkeypatch.setenv("POLICYDIFF_WATCH_RETRY_WAIT_SECONDS", "0")
    monkeypatch.setenv("POLICYDIFF_WATCH_HOST_REQUESTS_PER_SECOND", "1000")
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_add_list_watch_once_and_remove(database_url: str, pages: PageServer) -> None:
    url = pages.set("/cli-chapter", body=chapter_page())
    runner = CliRunner()

    added = runner.invoke(cli, ["source", "add", url, "--authority", "northshire"])
    assert added.exit_code == 0, added.output
    assert added.stdout.startswith("source 1: ")
    watched = runner.invoke(cli, ["watch", "--once"])
    assert watched.exit_code == 0, watched.output
    assert watched.stdout.startswith("1 checked: 1 new versions")
    listed = runner.invoke(cli, ["source", "list"])
    assert listed.stdout.split("\t")[:3] == ["1", "ok", "northshire"]
    assert url in listed.stdout

    again = runner.invoke(cli, ["source", "add", url, "--authority", "northshire"])
    assert again.exit_code == 2
    assert again.stderr.startswith("policydiff: error: ") and "already watched" in again.stderr
    removed = runner.invoke(cli, ["source", "remove", "1"])
    assert removed.exit_code == 0
    assert runner.invoke(cli, ["source", "list"]).stdout == ""
    missing = runner.invoke(cli, ["source", "remove", "1"])
    assert (missing.exit_code, missing.stderr.count("\n")) == (2, 1)


def test_bad_sources_are_refused_in_one_line(database_url: str) -> None:
    result = CliRunner().invoke(cli, ["source", "add", "ftp://x/y", "--authority", "northshire"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "To fix" in result.stderr


def test_a_manifest_may_name_sources(database_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "values.html").write_bytes(chapter_page())
    (corpus / "manifest.toml").write_text(
        '[[versions]]\nauthority = "northshire"\nfile = "values.html"\n\n'
        '[[sources]]\nurl = "https://example.org/values.html"\nauthority = "northshire"\n'
        "interval_minutes = 60\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    first = runner.invoke(cli, ["load", str(corpus)])
    second = runner.invoke(cli, ["load", str(corpus)])

    assert "watching 1 new sources" in first.stdout
    assert "watching" not in second.stdout
    assert "https://example.org/values.html" in runner.invoke(cli, ["source", "list"]).stdout
