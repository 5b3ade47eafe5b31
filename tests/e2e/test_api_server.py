"""The JSON API of a real server: `policydiff serve` as a subprocess on a free port with a fresh
SQLite file, driven over HTTP with httpx, and a token made by `policydiff token create` (the
fuzzing of the same server is in test_fuzzing.py)."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import feedparser
import httpx
import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]

API = "/api/v1"
CHAPTER = "childrens-services-policies-values-and-principles"
CONTENT_TABLES = ("authorities", "chapters", "versions", "sections", "facts")


def find_free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _beside_python(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


@dataclass
class Server:
    """A running `policydiff serve` and the database file it owns."""

    url: str
    env: dict[str, str]
    database: Path
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def create_token(self, name: str) -> str:
        created = subprocess.run(
            [_beside_python("policydiff"), "token", "create", name],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert created.returncode == 0, created.stderr
        return created.stdout.strip()

    def row_counts(self) -> dict[str, int]:
        with sqlite3.connect(self.database) as connection:
            return {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in CONTENT_TABLES
            }


SERVER_START_SECONDS = 90
"""How long a server may take to start; servers started at once share their summed time."""
READY_POLL_SECONDS = 0.1
"""How often a starting server is asked whether it answers: a refused connection to a client
kept open costs a fraction of a millisecond, and a longer sleep only waits after the server is
ready (decision 0537)."""


@contextmanager
def running_server(
    folder: Path, name: str = "serve", settings: dict[str, str] | None = None
) -> Iterator[Server]:
    """Start `policydiff serve` on the SQLite file in `folder` (created if new), with extra
    `settings` in its environment; show its output if it fails to start. Servers started on the
    same folder share the database."""
    with running_servers(folder, (name,), settings) as (server,):
        yield server


@contextmanager
def running_servers(
    folder: Path, names: Sequence[str], settings: dict[str, str] | None = None
) -> Iterator[tuple[Server, ...]]:
    """Start one `policydiff serve` per name on the SQLite file in `folder`, all at once, and
    yield them when every one answers: processes that share a database start side by side, as
    a deployment's would, and none waits for the start of the one before it."""
    database = folder / "policydiff.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", **(settings or {})}
    env.pop("TEST_DATABASE_URL", None)
    started: list[tuple[Server, subprocess.Popen[bytes]]] = []
    try:
        for name in names:
            port = find_free_port()
            log_path = folder / f"{name}.log"
            with log_path.open("w") as log:
                process = subprocess.Popen(
                    [
                        _beside_python("policydiff"),
                        "serve",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        str(port),
                    ],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            server = Server(
                url=f"http://127.0.0.1:{port}", env=env, database=database, log=log_path
            )
            started.append((server, process))
        deadline = time.monotonic() + SERVER_START_SECONDS * len(started)
        for server, process in started:
            _wait_until_answering(server, process, deadline)
        yield tuple(server for server, _process in started)
    finally:
        for _server, process in started:
            process.terminate()
        for _server, process in started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
    for server, _process in started:
        output = server.output()
        assert "Traceback" not in output, f"the server logged an error:\n{output}"


def _wait_until_answering(
    server: Server, process: subprocess.Popen[bytes], deadline: float
) -> None:
    """Return once `server` answers; fail with its output if it stops or the deadline passes.

    One client asks every time: `httpx.get` makes a client for each call, and its TLS context
    costs about 25 ms of CPU even for a plain-HTTP address that refuses the connection, taken
    from the server that is starting on the same cores."""
    with httpx.Client(timeout=2) as client:
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"policydiff serve did not start; its output:\n{server.output()}")
            try:
                if client.get(f"{server.url}{API}/chapters").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(READY_POLL_SECONDS)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("e2e-api")) as started:
        yield started


@pytest.fixture(scope="module")
def token(server: Server) -> str:
    return server.create_token("e2e-api")


@pytest.fixture(scope="module")
def http(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


def _sample_timeline(http: httpx.Client) -> list[dict]:
    """The versions of the sample authority that has the chapter (other families have samples)."""
    for authority in http.get(f"{API}/authorities").json():
        if authority["is_sample"]:
            found = http.get(f"{API}/authorities/{authority['slug']}/chapters/{CHAPTER}/timeline")
            versions: list[dict] = found.json()["versions"] if found.status_code == 200 else []
            if versions:
                return versions
    return []


def test_the_corpus_is_loaded_and_listed(http: httpx.Client) -> None:
    authorities = http.get(f"{API}/authorities").json()
    versions = http.get(f"{API}/versions", params={"limit": 200}).json()

    assert len(authorities) >= 6
    assert versions["total"] == len(versions["items"]) >= 8
    assert len(_sample_timeline(http)) >= 3


def test_upload_read_compare_and_find_it_in_the_matrix_and_the_feed(
    server: Server, http: httpx.Client, token: str
) -> None:
    latest = _sample_timeline(http)[-1]
    authority = latest["authority"]["slug"]
    original = http.get(f"{API}/versions/{latest['id']}/source").content
    revised = original + (
        b"\n\nA new paragraph, added by the end-to-end test, says that every looked after "
        b"child is visited at least once every six weeks.\n"
    )

    created = http.post(
        f"{API}/versions",
        files={"file": ("revision.txt", revised, "text/plain")},
        data={"authority": authority},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert created.status_code == 201, created.text
    version = created.json()
    assert created.headers["location"] == f"{API}/versions/{version['id']}"

    facts = http.get(f"{API}/versions/{version['id']}/facts").json()
    assert facts.keys() == version["facts"].keys()
    assert "leaving_care_support_age" in facts
    for fact in facts.values():
        for evidence in fact["evidence"]:
            assert version["text"][evidence["start"] : evidence["end"]] == evidence["quote"]

    compared = http.get(f"{API}/comparisons", params={"left": latest["id"], "right": version["id"]})
    assert compared.status_code == 200
    comparison = compared.json()["comparison"]
    assert comparison["differs"] is True
    assert comparison["totals"]["words_inserted"] >= 15
    assert comparison["totals"]["words_deleted"] == 0
    again = http.get(compared.request.url, headers={"If-None-Match": compared.headers["etag"]})
    assert again.status_code == 304

    matrix = http.get(f"{API}/chapters/{CHAPTER}/matrix").json()
    row = next(r for r in matrix["rows"] if r["authority"]["slug"] == authority)
    assert row["version_id"] == version["id"]

    feed = feedparser.parse(http.get(f"{API}/feeds/amendments.atom").content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.entries[0].link == f"{server.url}/versions/{version['id']}"
    chapter_feed = feedparser.parse(http.get(f"{API}/chapters/{CHAPTER}/feed.atom").content)
    assert chapter_feed.bozo == 0
    assert chapter_feed.entries[0].link.endswith(f"/versions/{version['id']}")


def test_rejected_uploads_change_nothing(server: Server, http: httpx.Client, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    text = b"Policies\n\n1. Scope of this chapter\n\nCare leavers are supported to 25.\n"
    before = server.row_counts()

    outcomes = {
        "missing token": http.post(f"{API}/versions?authority=rejects", content=text),
        "wrong token": http.post(
            f"{API}/versions?authority=rejects",
            content=text,
            headers={"Authorization": "Bearer pd_not-a-token"},
        ),
        "too large": http.post(
            f"{API}/versions?authority=rejects",
            content=b"word " * (3 * 1024 * 1024 // 5),
            headers=auth,
        ),
        "binary": http.post(
            f"{API}/versions?authority=rejects",
            content=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x01\x02\x03",
            headers=auth,
        ),
        "undecodable": http.post(
            f"{API}/versions?authority=rejects",
            content=bytes(range(128, 256)) * 64,
            headers=auth,
        ),
        "no authority": http.post(f"{API}/versions", content=text, headers=auth),
        "no file part": http.post(
            f"{API}/versions",
            data={"authority": "rejects"},
            files={"other": ("a", b"b")},
            headers=auth,
        ),
    }

    statuses = {case: response.status_code for case, response in outcomes.items()}
    assert statuses == {
        "missing token": 401,
        "wrong token": 401,
        "too large": 413,
        "binary": 415,
        "undecodable": 422,
        "no authority": 422,
        "no file part": 422,
    }
    for response in outcomes.values():
        assert response.headers["content-type"] == "application/problem+json"
    assert server.row_counts() == before


def test_concurrent_uploads_of_the_same_bytes_store_one_version(server: Server, token: str) -> None:
    text = (
        b"Policies, Values and Principles\n\n1. Scope of this chapter\n\n"
        b"This revision was uploaded twenty times at once by the end-to-end test.\n"
    )
    before = server.row_counts()
    start = threading.Barrier(20)
    results: list[tuple[int, int]] = []
    lock = threading.Lock()

    def upload() -> None:
        with httpx.Client(base_url=server.url, timeout=120) as client:
            start.wait(timeout=60)
            response = client.post(
                f"{API}/versions?authority=concurrent-borough",
                content=text,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"},
            )
        with lock:
            results.append((response.status_code, response.json().get("id", -1)))

    threads = [threading.Thread(target=upload) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)

    statuses = sorted(status for status, _ in results)
    assert statuses == [200] * 19 + [201], results
    assert len({version_id for _, version_id in results}) == 1
    after = server.row_counts()
    assert after["versions"] == before["versions"] + 1
    assert after["authorities"] == before["authorities"] + 1


def test_two_workers_on_one_database_share_everything(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("e2e-two-workers")
    with running_server(folder, "first") as first, running_server(folder, "second") as second:
        token = first.create_token("two-workers")
        created = httpx.post(
            f"{second.url}{API}/versions?authority=shared-borough",
            content=b"Policies\n\n1. Scope of this chapter\n\nCare leavers are supported to 25.\n",
            headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"},
            timeout=60,
        )
        assert created.status_code == 201, created.text
        version_id = created.json()["id"]
        with httpx.Client(base_url=first.url, timeout=60) as client:
            older = _sample_timeline(client)[0]["id"]
        url = f"{API}/comparisons?left={older}&right={version_id}"

        computed = httpx.get(f"{first.url}{url}", timeout=60)
        with sqlite3.connect(first.database) as connection:
            cached = connection.execute("SELECT count(*) FROM comparisons").fetchone()[0]
        served = httpx.get(f"{second.url}{url}", timeout=60)
        with sqlite3.connect(first.database) as connection:
            still_cached = connection.execute("SELECT count(*) FROM comparisons").fetchone()[0]

    assert httpx.codes.is_success(computed.status_code)
    assert served.content == computed.content
    assert served.headers["etag"] == computed.headers["etag"]
    assert cached == still_cached == 1  # the second worker found the first one's comparison
