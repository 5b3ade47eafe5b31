"""Store and API benchmarks, registered as sections of bench/bench.py (or run on their own).

    python bench/bench.py store|api [--quick]
    python bench/bench_api.py [store|api|all] [--quick]

store: loading 1,000 synthetic versions (200 authorities x 5 revisions generated from the seeds)
into a fresh SQLite database through the corpus loader, then the divergence matrix of those 200
authorities through the API (in-process), median of repeated requests.

api: requests per second of a cached comparison against a bare FastAPI route returning the same
bytes, from the same uvicorn process, in the same run, with the same load tool (an asyncio httpx
loop, or `wrk` when it is installed), loopback only, bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.append(str(REPO_ROOT))  # after site-packages: an installed (compiled) build wins

from app.config import Settings  # noqa: E402
from app.store import load_paths, make_engine, make_session_factory, upgrade_to_head  # noqa: E402

CHAPTER = "childrens-services-policies-values-and-principles"
TARGETS = {
    "load_1000_versions_max_s": 60.0,
    "matrix_200_authorities_max_ms": 200.0,
    "cached_comparison_vs_bare_min_ratio": 0.5,
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WORD_RE = re.compile(r"[A-Za-z]{4,}")
SYNTHETIC_FIRST_YEAR = 2025
"""Later than every seed's own amendment date, so each revision's stated date is the one read."""
AS_OF = "2027-06-30"
"""A day by which each synthetic authority has two or three of its five revisions in force."""


def synthetic_corpus(
    seeds: list[tuple[str, bytes]], folder: Path, authorities: int, revisions: int
) -> int:
    """Write `authorities` x `revisions` versions and their manifest.toml into `folder`.

    Authority n adapts seed n mod len(seeds); each revision states a later amendment date and
    edits about 1 % of the words of the one before, so every file is distinct and dated.
    """
    rng = random.Random(20261124)
    entries = []
    texts = [data.decode("utf-8-sig") for _, data in seeds]
    for number in range(authorities):
        slug = f"synthetic-{number:03d}"
        text = texts[number % len(texts)]
        for revision in range(revisions):
            text = _edited(text, rng, share=0.01)
            year = SYNTHETIC_FIRST_YEAR + revision
            month = MONTHS[(number + revision) % 12]
            dated = f"In {month} {year}, this chapter was updated.\n\n{text}"
            path = folder / slug / f"{year}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(dated, encoding="utf-8")
            entries.append(
                f'[[versions]]\nauthority = "{slug}"\nauthority_name = "Synthetic Council '
                f'{number:03d}"\nchapter = "{CHAPTER}"\nfile = "{slug}/{year}.txt"\n'
            )
    (folder / "manifest.toml").write_text("\n".join(entries), encoding="utf-8")
    return len(entries)


def _edited(text: str, rng: random.Random, share: float) -> str:
    words = list(WORD_RE.finditer(text))
    chosen = {match.start() for match in rng.sample(words, max(1, int(len(words) * share)))}
    return WORD_RE.sub(
        lambda match: match.group(0)[::-1] if match.start() in chosen else match.group(0), text
    )


def bench_store(context: Any) -> dict[str, Any]:
    """Load 200 x 5 synthetic versions, then time the 200-authority matrix through the API."""
    from fastapi.testclient import TestClient

    from app.main import create_app

    authorities, revisions = (40, 5) if context.quick else (200, 5)
    folder = Path(context.scratch) / "synthetic"
    folder.mkdir()
    count = synthetic_corpus(context.seeds, folder, authorities, revisions)
    database = Path(context.scratch) / "store.sqlite3"
    engine = make_engine(f"sqlite:///{database}")
    upgrade_to_head(engine)
    started = time.perf_counter()
    summary = load_paths(session_factory=make_session_factory(engine), paths=[folder])
    load_s = time.perf_counter() - started
    engine.dispose()
    if summary.failed:
        raise SystemExit(f"synthetic load failed: {summary.failed[:3]}")

    settings = Settings(DATABASE_URL=f"sqlite:///{database}", load_corpus_on_start=False)
    with TestClient(create_app(settings)) as client:
        url = f"/api/v1/chapters/{CHAPTER}/matrix"
        rows = len(client.get(url).json()["rows"])
        repeats = 5 if context.quick else 21
        matrix_s = _median(lambda: client.get(url).raise_for_status(), repeats)
        matrix_cpu_s = _median(
            lambda: client.get(url).raise_for_status(), repeats, clock=time.process_time
        )
        as_of = {"as_of": AS_OF}
        as_of_rows = len(client.get(url, params=as_of).json()["rows"])
        as_of_s = _median(lambda: client.get(url, params=as_of).raise_for_status(), repeats)
    print("store (SQLite)")
    print(
        f"  load {count} versions ({authorities} authorities x {revisions})  {load_s:8.2f} s"
        f"   ({count / load_s:.0f} versions/s, "
        f"target <= {TARGETS['load_1000_versions_max_s']} s)"
    )
    print(
        f"  matrix of {rows} authorities, latest     {matrix_s * 1000:8.1f} ms"
        f"   (target < {TARGETS['matrix_200_authorities_max_ms']} ms)"
    )
    print(f"  the same, CPU time (client and server)   {matrix_cpu_s * 1000:8.1f} ms")
    print(f"  matrix as of {AS_OF} ({as_of_rows} authorities)    {as_of_s * 1000:8.1f} ms")
    return {
        "versions": count,
        "authorities": authorities,
        "load_s": load_s,
        "matrix_rows": rows,
        "matrix_ms": matrix_s * 1000,
        "matrix_cpu_ms": matrix_cpu_s * 1000,
        "matrix_as_of_ms": as_of_s * 1000,
        "matrix_as_of_rows": as_of_rows,
    }


BENCH_APP = textwrap.dedent(
    '''
    """The policydiff app plus bare routes returning fixed bytes (the benchmark's baseline)."""
    import os
    from pathlib import Path

    from fastapi import Response

    from app.main import create_app


    def build():
        app = create_app()
        payload = Path(os.environ["BENCH_PAYLOAD"]).read_bytes()

        @app.get("/bench/bare-sync")
        def bare_sync() -> Response:
            return Response(payload, media_type="application/json")

        @app.get("/bench/bare-async")
        async def bare_async() -> Response:
            return Response(payload, media_type="application/json")

        return app
    '''
)


def bench_api(context: Any) -> dict[str, Any]:
    """Cached comparison vs a bare route with the same bytes, one uvicorn process, one tool."""
    scratch = Path(context.scratch) / "api"
    scratch.mkdir()
    (scratch / "bench_app.py").write_text(BENCH_APP, encoding="utf-8")
    database = scratch / "api.sqlite3"
    settings = Settings(DATABASE_URL=f"sqlite:///{database}")
    engine = make_engine(settings.database_url)
    upgrade_to_head(engine)
    load_paths(session_factory=make_session_factory(engine), paths=[settings.corpus_dir])
    engine.dispose()

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "BENCH_PAYLOAD": str(scratch / "payload.json"),
        "PYTHONPATH": os.pathsep.join([str(scratch), str(REPO_ROOT)]),
    }
    with httpx.Client(timeout=120) as client:
        versions = _versions_with_sizes(settings.database_url)
        left, right = versions[-1], versions[-2]  # the two largest texts
        comparison_url = f"{base}/api/v1/comparisons?left={left}&right={right}"
        process = None
        try:
            (scratch / "payload.json").write_bytes(b"{}")
            process = _start_uvicorn(env, port, scratch)
            _wait(client, f"{base}/api/v1/chapters", process)
            payload = client.get(comparison_url).raise_for_status().content
            (scratch / "payload.json").write_bytes(payload)
            _stop(process)
            process = _start_uvicorn(env, port, scratch)
            _wait(client, f"{base}/api/v1/chapters", process)
            assert client.get(f"{base}/bench/bare-sync").content == payload
            assert client.get(comparison_url).content == payload  # warm: DB cache and memo
            tool = "wrk" if shutil.which("wrk") else "httpx-asyncio"
            count, seconds, connections = (500, 10.0, 8) if context.quick else (4000, 30.0, 16)
            rounds = 1 if context.quick else 3
            measured: dict[str, list[float]] = {"bare-sync": [], "bare-async": [], "cached": []}
            targets = {
                "bare-sync": f"{base}/bench/bare-sync",
                "bare-async": f"{base}/bench/bare-async",
                "cached": comparison_url,
            }
            for _ in range(rounds):
                for name, url in targets.items():
                    measured[name].append(_load(tool, url, count, seconds, connections))
        finally:
            if process is not None:
                _stop(process)
    rps = {name: statistics.median(values) for name, values in measured.items()}
    ratio_sync = rps["cached"] / rps["bare-sync"]
    ratio_async = rps["cached"] / rps["bare-async"]
    print(
        f"api (requests/s, {tool}, {connections} connections, median of {rounds} rounds, "
        f"{len(payload)} bytes per response)"
    )
    print(f"  bare sync route, same bytes        {rps['bare-sync']:9.0f}")
    print(f"  bare async route, same bytes       {rps['bare-async']:9.0f}")
    print(
        f"  cached comparison                  {rps['cached']:9.0f}   ratio {ratio_sync:.2f} "
        f"to sync, {ratio_async:.2f} to async (target >= "
        f"{TARGETS['cached_comparison_vs_bare_min_ratio']})"
    )
    return {
        "tool": tool,
        "connections": connections,
        "payload_bytes": len(payload),
        "rps": rps,
        "rounds": measured,
        "ratio_to_bare_sync": ratio_sync,
        "ratio_to_bare_async": ratio_async,
    }


def _versions_with_sizes(database_url: str) -> list[int]:
    from sqlalchemy import func, select

    from app.store import Version

    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        ids = list(
            session.scalars(select(Version.id).order_by(func.length(Version.text), Version.id))
        )
    engine.dispose()
    return ids


def _start_uvicorn(env: dict[str, str], port: int, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "bench_app:build",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=(cwd / "uvicorn.log").open("ab"),
    )


def _wait(client: httpx.Client, url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if client.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the benchmark server did not start")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


def _load(tool: str, url: str, count: int, seconds: float, connections: int) -> float:
    """Requests per second against `url`: at most `count` requests and `seconds` seconds."""
    if tool == "wrk":
        duration = max(1, int(min(seconds, 10)))
        run = subprocess.run(
            ["wrk", "-t", "1", "-c", str(connections), "-d", f"{duration}s", url],
            capture_output=True,
            text=True,
            timeout=duration + 30,
            check=True,
        )
        found = re.search(r"Requests/sec:\s+([\d.]+)", run.stdout)
        if found is None:
            raise SystemExit(f"could not read wrk's output:\n{run.stdout}")
        return float(found.group(1))
    return asyncio.run(_httpx_load(url, count, seconds, connections))


async def _httpx_load(url: str, count: int, seconds: float, connections: int) -> float:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    done = 0
    deadline = time.perf_counter() + seconds
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        for _ in range(connections):  # open the connections before timing
            (await client.get(url)).raise_for_status()

        async def worker() -> None:
            nonlocal done
            while done < count and time.perf_counter() < deadline:
                done += 1
                response = await client.get(url)
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        return done / (time.perf_counter() - started)


def _median(
    run: Callable[[], object], repeats: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    run()
    times = []
    for _ in range(repeats):
        started = clock()
        run()
        times.append(clock() - started)
    return statistics.median(times)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _seeds() -> list[tuple[str, bytes]]:
    shared = REPO_ROOT.parent / "shared" / "seeds"
    folder = shared if shared.is_dir() else REPO_ROOT / "corpus" / "childrens-policies"
    return [(path.name, path.read_bytes()) for path in sorted(folder.rglob("*.txt"))][:5]


SECTIONS: dict[str, Callable[[Any], dict[str, Any]]] = {"store": bench_store, "api": bench_api}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("section", nargs="?", default="all", choices=[*SECTIONS, "all"])
    parser.add_argument("--quick", action="store_true", help="smaller inputs (smoke)")
    parser.add_argument("--output", type=Path, default=None, help="JSON file to write")
    args = parser.parse_args()
    results: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "targets": TARGETS,
    }
    with tempfile.TemporaryDirectory(prefix="policydiff-bench-api-") as scratch:
        context = SimpleNamespace(seeds=_seeds(), quick=args.quick, scratch=Path(scratch))
        for name in list(SECTIONS) if args.section == "all" else [args.section]:
            results[name] = SECTIONS[name](context)
            print()
    output = args.output or (
        REPO_ROOT / "bench" / "results" / f"api-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"results written to {output}")


if __name__ == "__main__":
    main()
