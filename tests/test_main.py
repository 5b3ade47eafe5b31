"""The application factory: nothing happens at import, and each app has its own database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from tests.conftest import REPO_ROOT


@pytest.mark.slow
def test_importing_the_app_opens_no_database(tmp_path: Path) -> None:
    database = tmp_path / "never.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}

    subprocess.run(
        [sys.executable, "-c", "import app.main; app.main.create_app()"],
        env=env,
        cwd=REPO_ROOT,
        check=True,
        timeout=60,
    )

    assert not database.exists()


def test_two_apps_in_one_process_keep_to_their_own_databases(tmp_path: Path) -> None:
    loaded = create_app(Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'loaded.sqlite3'}"))
    empty = create_app(
        Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}", load_corpus_on_start=False)
    )

    with TestClient(loaded) as loaded_client, TestClient(empty) as empty_client:
        assert loaded_client.get("/api/v1/versions").json()["total"] >= 8
        assert empty_client.get("/api/v1/versions").json()["total"] == 0
        assert empty_client.get("/api/v1/authorities").json() == []


def test_starting_twice_on_one_database_loads_the_corpus_once(tmp_path: Path) -> None:
    settings = Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'shared.sqlite3'}")
    with TestClient(create_app(settings)) as first:
        total = first.get("/api/v1/versions").json()["total"]

    with TestClient(create_app(settings)) as second:
        assert second.get("/api/v1/versions").json()["total"] == total
