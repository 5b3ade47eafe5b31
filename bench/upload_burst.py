"""Concurrent uploads against a real server (issue 18): `policydiff serve --workers N`, then C
uploads at once of the same bytes (exactly one version must be stored, every answer naming it)
and C uploads at once of different bytes (exactly C versions). Counts server errors (5xx) and
checks the stored versions through the API. Exits non-zero when anything is wrong.

    scripts/with-postgres python bench/upload_burst.py [--uploads 200] [--workers 2]
    python bench/upload_burst.py --database-url sqlite:///…  (default: a temporary SQLite file)

Under scripts/with-postgres the throw-away cluster's TEST_DATABASE_URL is used.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.append(str(REPO_ROOT))

from bench_api import _free_port  # noqa: E402
from load_test import _wait_for  # noqa: E402

API = "/api/v1"


def _text(words: str) -> bytes:
    """A small chapter in the family's structure, written for this bench."""
    return (
        "Children's Services Policies, Values and Principles\n\n"
        "1. Scope of this chapter\n\n"
        "This chapter sets out how the council works with children and families.\n\n"
        "2. Key Principles\n\n"
        f"Care leavers are supported until they are 25. {words}\n"
    ).encode()


async def _burst(
    base: str, token: str, authority: str, bodies: list[bytes]
) -> list[tuple[int, int | None, float]]:
    """Every body uploaded at once (one connection each): (status, version id, seconds)."""
    start = asyncio.Event()

    async def upload(body: bytes) -> tuple[int, int | None, float]:
        async with httpx.AsyncClient(base_url=base, timeout=300) as http:
            await start.wait()
            began = time.perf_counter()
            response = await http.post(
                f"{API}/versions",
                params={"authority": authority},
                content=body,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"},
            )
            found = response.json().get("id") if response.status_code < 300 else None
            return response.status_code, found, time.perf_counter() - began

    tasks = [asyncio.create_task(upload(body)) for body in bodies]
    await asyncio.sleep(0.5)  # every client connected and waiting on the start
    start.set()
    return await asyncio.gather(*tasks)


def _timeline_ids(base: str, authority: str) -> list[int]:
    chapter = "childrens-services-policies-values-and-principles"
    found = httpx.get(
        f"{base}{API}/authorities/{authority}/chapters/{chapter}/timeline", timeout=60
    )
    return [version["id"] for version in found.json()["versions"]] if found.is_success else []


def _report(name: str, results: list[tuple[int, int | None, float]]) -> Counter[int]:
    statuses = Counter(status for status, _, _ in results)
    slowest = max(seconds for _, _, seconds in results)
    print(f"{name}: {dict(sorted(statuses.items()))}, slowest answer {slowest:.1f} s")
    return statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="policydiff-uploads-") as temporary:
        folder = Path(temporary)
        database_url = args.database_url or f"sqlite:///{folder / 'uploads.sqlite3'}"
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "POLICYDIFF_LOAD_CORPUS_ON_START": "false",
        }
        env.pop("TEST_DATABASE_URL", None)
        policydiff = str(Path(sys.executable).with_name("policydiff"))
        token = subprocess.run(
            [policydiff, "token", "create", "upload-burst"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        port = _free_port()
        log = folder / "serve.log"
        with log.open("w") as output:
            server = subprocess.Popen(
                [policydiff, "serve", "--port", str(port), "--workers", str(args.workers)],
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_for(base, server, log)
            same = asyncio.run(
                _burst(base, token, "burst-same", [_text("One text.")] * args.uploads)
            )
            different = asyncio.run(
                _burst(
                    base,
                    token,
                    "burst-different",
                    [_text(f"Text number {n} of the burst.") for n in range(args.uploads)],
                )
            )
            same_ids = _timeline_ids(base, "burst-same")
            different_ids = _timeline_ids(base, "burst-different")
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        backend = database_url.split(":", 1)[0]
        print(f"{backend}, {args.workers} workers, {args.uploads} concurrent uploads each:")
        same_statuses = _report("same bytes", same)
        different_statuses = _report("different bytes", different)
        problems = []
        if same_statuses != Counter({201: 1, 200: args.uploads - 1}):
            problems.append("same bytes: not one 201 and the rest 200")
        if len({version_id for _, version_id, _ in same}) != 1 or len(same_ids) != 1:
            problems.append(f"same bytes: {len(same_ids)} versions stored, not 1")
        if different_statuses != Counter({201: args.uploads}):
            problems.append("different bytes: not every upload 201")
        if len(different_ids) != args.uploads or set(different_ids) != {
            version_id for _, version_id, _ in different
        }:
            problems.append(f"different bytes: {len(different_ids)} versions stored")
        if "Traceback" in log.read_text():
            problems.append("the server logged a traceback")
        print(f"stored: {len(same_ids)} version(s) of the same bytes, {len(different_ids)} of the")
        print("different bytes; " + ("; ".join(problems) if problems else "all as expected"))
        if problems:
            print(log.read_text()[-3000:])
            sys.exit(1)


if __name__ == "__main__":
    main()
