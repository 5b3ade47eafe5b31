"""`policydiff serve` as a real subprocess on a free port, with a fresh SQLite file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.store import read_manifest
from tests.e2e.test_api_server import READY_POLL_SECONDS
from tests.store.helpers import CORPUS


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.e2e
@pytest.mark.timeout(120)
def test_serve_migrates_loads_the_corpus_and_answers(tmp_path: Path) -> None:
    port = _free_port()
    env = os.environ | {"DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}"}
    env.pop("TEST_DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        with httpx.Client(timeout=2) as poll:  # one client: see _wait_until_answering
            while True:
                if process.poll() is not None:
                    pytest.fail(f"serve exited with {process.returncode}:\n{process.stdout.read()}")  # type: ignore[union-attr]
                try:
                    response = poll.get(f"{base}/api/v1/openapi.json")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        pytest.fail("serve did not answer within 90 s")
                    time.sleep(READY_POLL_SECONDS)
        assert response.status_code == 200
        authorities = httpx.get(f"{base}/api/v1/authorities", timeout=10)
        assert authorities.status_code == 200
        text = authorities.text
        for entry in read_manifest(CORPUS / "manifest.toml"):
            assert entry.authority_slug in text
    finally:
        process.terminate()
        try:
            output, _ = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
    entries = len(read_manifest(CORPUS / "manifest.toml"))
    assert f"added {entries}, unchanged 0, failed 0" in output


def _policydiff() -> list[str]:
    script = Path(sys.executable).with_name("policydiff")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def test_a_busy_port_is_one_line_and_exit_2_before_the_database_is_touched(
    tmp_path: Path,
) -> None:
    database = tmp_path / "untouched.sqlite3"
    env = os.environ | {"DATABASE_URL": f"sqlite:///{database}"}
    env.pop("TEST_DATABASE_URL", None)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        result = subprocess.run(
            [*_policydiff(), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"policydiff: error: port {port} on 127.0.0.1 is in use. To fix: stop the program "
        "listening there, or choose another port with --port."
    ]
    assert not database.exists(), "the migration ran although serve could not listen"


def test_an_address_that_is_not_this_machines_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from app.cli import cli
    from app.config import get_settings

    database = tmp_path / "untouched.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{database}")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["serve", "--host", "192.0.2.1", "--port", "8000"])
    finally:
        get_settings.cache_clear()
    assert not database.exists()
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("policydiff: error: 192.0.2.1 is not an address of this machine.")
