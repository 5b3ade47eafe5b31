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
        while True:
            if process.poll() is not None:
                pytest.fail(f"serve exited with {process.returncode}:\n{process.stdout.read()}")  # type: ignore[union-attr]
            try:
                response = httpx.get(f"{base}/api/v1/openapi.json", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail("serve did not answer within 90 s")
                time.sleep(0.3)
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
