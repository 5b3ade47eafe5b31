"""A bounded load test of a read-mostly intranet (issue 18): `policydiff serve --workers N` on a
database of synthetic versions, C asyncio clients over loopback for S seconds on the read mix
(version page, cached comparison by the API and by the compare page, matrix page, search), then
p50 / p99 latency, requests per second and errors. Stops by itself (time and request bounds).

    python bench/load_test.py [--versions 400] [--clients 50] [--seconds 60] [--workers 2]
                              [--database-url postgresql+psycopg://…] [--client wrk]

Without --database-url a SQLite file in a temporary folder is used; a PostgreSQL database given
must be empty (its tables are created and filled).

Both clients are closed-loop (each connection sends its next request when the last one is
answered), over the same mix and paths, with gzip accepted. The default client is this script's
asyncio loop of httpx clients, which gives the figures of each route but spends a good part of
the machine's CPU itself (httpx is pure Python): on 2 cores it shares them with the server.
`--client wrk` drives the same paths with wrk (Debian's package: a C client using a fraction of
a core), which gives the whole mix's figures only; any answer of 400 or more, and any
connection, read, write or timeout error, counts as an error in both.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.append(str(REPO_ROOT))

from bench_api import CHAPTER, _free_port, _seeds, synthetic_corpus  # noqa: E402

from app.store import (  # noqa: E402
    list_versions,
    load_paths,
    make_engine,
    make_session_factory,
    upgrade_to_head,
)

MAX_REQUESTS = 1_000_000


def _prepare(database_url: str, folder: Path, versions: int) -> list[tuple[int, int]]:
    """Load the synthetic corpus; return consecutive (older, newer) version pairs."""
    revisions = 4
    corpus = folder / "corpus"
    synthetic_corpus(
        _seeds(), corpus, authorities=max(1, versions // revisions), revisions=revisions
    )
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    sessions = make_session_factory(engine)
    summary = load_paths(session_factory=sessions, paths=[corpus])
    assert not summary.failed, summary.failed
    with sessions() as session:
        rows, _ = list_versions(session=session, limit=10_000)
        by_authority: dict[str, list[int]] = {}
        for row in sorted(rows, key=lambda v: (v.effective_date, v.id)):
            by_authority.setdefault(row.authority.slug, []).append(row.id)
    engine.dispose()
    return [(ids[i], ids[i + 1]) for ids in by_authority.values() for i in range(len(ids) - 1)]


def _read_mix(pairs: list[tuple[int, int]], rng: random.Random, hot: int) -> str:
    left, right = pairs[rng.randrange(hot)]
    return rng.choice(
        (
            f"/versions/{right}",
            f"/api/v1/versions/{right}",
            f"/api/v1/comparisons?left={left}&right={right}",
            f"/compare?left={left}&right={right}",
            f"/chapters/{CHAPTER}/matrix",
            "/search?q=permanence",
            f"/api/v1/search?q=corporate%20parenting&chapter={CHAPTER}",
        )
    )


def _kind(path: str) -> str:
    """The request's route, without ids and queries ("/api/v1/versions/N")."""
    return re.sub(r"\d+", "N", path.split("?")[0])


async def _client(
    base: str,
    paths: list[str],
    deadline: float,
    latencies: list[float],
    errors: list[str],
    by_kind: dict[str, list[float]],
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        index = 0
        while time.monotonic() < deadline and len(latencies) < MAX_REQUESTS:
            path = paths[index % len(paths)]
            index += 1
            started = time.perf_counter()
            try:
                response = await http.get(path)
            except httpx.HTTPError as error:
                errors.append(f"{path}: {type(error).__name__}")
                continue
            latencies.append(time.perf_counter() - started)
            by_kind.setdefault(_kind(path), []).append(latencies[-1])
            if response.status_code >= 400:
                errors.append(f"{path}: {response.status_code}")


def _wait_for(base: str, server: subprocess.Popen[bytes], log: Path) -> None:
    """Until the server answers (workers train their kind models first: slow on a busy
    machine); its log and an exit if it stops or takes more than five minutes."""
    deadline = time.monotonic() + 300
    while server.poll() is None and time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/chapters", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    sys.exit(f"policydiff serve did not start; its log:\n{log.read_text()[-3000:]}")


async def _warm_every_worker(base: str, paths: list[str], connections: int) -> None:
    """Each worker keeps its own renderings (decision 0030): the kernel hands new connections
    to the workers in turn, so several connections each reading every path reach them all."""

    async def one(order: int) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=300) as http:
            for path in random.Random(order).sample(paths, len(paths)):
                await http.get(path)

    await asyncio.gather(*(one(order) for order in range(connections)))


async def _run(
    base: str, per_client: list[list[str]], seconds: float
) -> tuple[list[float], list[str], dict[str, list[float]]]:
    latencies: list[float] = []
    errors: list[str] = []
    by_kind: dict[str, list[float]] = {}
    deadline = time.monotonic() + seconds
    await asyncio.gather(
        *(_client(base, paths, deadline, latencies, errors, by_kind) for paths in per_client)
    )
    return latencies, errors, by_kind


WRK_SCRIPT = r"""
local paths = {%(paths)s}
local threads = {}
local counter = 1

function setup(thread)
  thread:set("first", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  position = (first - 1) * 7919 %% #paths
end

function request()
  position = position %% #paths + 1
  return wrk.format("GET", paths[position], {["Accept-Encoding"] = "gzip, deflate"})
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT {\"requests\": %%d, \"duration_us\": %%d, \"p50_us\": %%d, " ..
    "\"p99_us\": %%d, \"status_errors\": %%d, \"socket_errors\": %%d}\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"""
"""Every connection walks the mix's paths in order from its own place (the paths are the
per-client lists interleaved, so any stretch of them has the mix's proportions)."""


def _run_wrk(
    base: str, per_client: list[list[str]], seconds: float, threads: int, folder: Path
) -> tuple[int, float, float, int, int]:
    """Requests, p50 and p99 in seconds, status errors (400 or more) and socket errors."""
    paths = [path for row in zip(*per_client, strict=True) for path in row]
    script = folder / "mix.lua"
    script.write_text(
        WRK_SCRIPT % {"paths": ", ".join(json.dumps(path) for path in paths)}, encoding="utf-8"
    )
    clients = len(per_client)
    completed = subprocess.run(
        [
            "wrk",
            f"--threads={min(threads, clients)}",
            f"--connections={clients}",
            f"--duration={round(seconds)}s",
            "--timeout=60s",
            f"--script={script}",
            base,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = [line for line in completed.stdout.splitlines() if line.startswith("WRK_RESULT ")]
    if not found:
        sys.exit(f"wrk gave no result:\n{completed.stdout}\n{completed.stderr}")
    line = found[0]
    result = json.loads(line.removeprefix("WRK_RESULT "))
    return (
        int(result["requests"]),
        result["p50_us"] / 1e6,
        result["p99_us"] / 1e6,
        int(result["status_errors"]),
        int(result["socket_errors"]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=400)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--hot-pairs", type=int, default=40, help="Pairs the readers compare.")
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--client",
        choices=("python", "wrk"),
        default="python",
        help="Who sends the requests: this script's httpx clients (figures per route) or wrk.",
    )
    parser.add_argument("--wrk-threads", type=int, default=1)
    args = parser.parse_args()
    if args.client == "wrk" and shutil.which("wrk") is None:
        sys.exit("wrk is not installed. To fix: apt-get install wrk, or use --client python.")

    with tempfile.TemporaryDirectory(prefix="policydiff-load-") as temporary:
        folder = Path(temporary)
        database_url = args.database_url or f"sqlite:///{folder / 'load.sqlite3'}"
        started = time.monotonic()
        pairs = _prepare(database_url, folder, args.versions)
        print(f"loaded {args.versions} versions in {time.monotonic() - started:.0f} s")
        port = _free_port()
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "POLICYDIFF_LOAD_CORPUS_ON_START": "false",
        }
        log = (folder / "serve.log").open("w")
        server = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("policydiff")),
                "serve",
                "--port",
                str(port),
                "--workers",
                str(args.workers),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_for(base, server, folder / "serve.log")
            hot = min(args.hot_pairs, len(pairs))
            rng = random.Random(20261203)
            warm = sorted({_read_mix(pairs, random.Random(n), hot) for n in range(2000)})
            started = time.monotonic()
            with httpx.Client(base_url=base, timeout=300) as http:
                for path in warm:  # every distinct request once: the measured run reads caches
                    http.get(path)
            print(f"warmed {len(warm)} distinct requests in {time.monotonic() - started:.0f} s")
            started = time.monotonic()
            asyncio.run(_warm_every_worker(base, warm, connections=4 * args.workers))
            print(
                f"warmed each worker's renderings in {time.monotonic() - started:.0f} s "
                f"({4 * args.workers} connections, each over every distinct request)"
            )
            per_client = [
                [_read_mix(pairs, rng, hot) for _ in range(500)] for _ in range(args.clients)
            ]
            if args.client == "wrk":
                wrk_result = _run_wrk(base, per_client, args.seconds, args.wrk_threads, folder)
            else:
                latencies, errors, by_kind = asyncio.run(_run(base, per_client, args.seconds))
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
            log.close()
        backend = database_url.split(":", 1)[0]
        if args.client == "wrk":
            served, p50, p99, status_errors, socket_errors = wrk_result
            print(
                f"{backend}, {args.workers} workers, {args.clients} connections (wrk, "
                f"closed loop), {args.seconds:.0f} s: {served} requests, "
                f"{served / args.seconds:.1f}/s, p50 {p50 * 1000:.0f} ms, "
                f"p99 {p99 * 1000:.0f} ms, {status_errors + socket_errors} errors "
                f"({status_errors} answers of 400 or more, {socket_errors} socket errors)"
            )
            return
        served = len(latencies)
        quantiles = statistics.quantiles(latencies, n=100) if served > 1 else [0.0] * 99
        print(
            f"{backend}, {args.workers} workers, {args.clients} clients, {args.seconds:.0f} s: "
            f"{served} requests, {served / args.seconds:.1f}/s, "
            f"p50 {quantiles[49] * 1000:.0f} ms, p99 {quantiles[98] * 1000:.0f} ms, "
            f"{len(errors)} errors"
        )
        for kind, times in sorted(by_kind.items()):
            cut = statistics.quantiles(times, n=100) if len(times) > 1 else [times[0]] * 99
            print(
                f"  {kind}: {len(times)} requests, p50 {cut[49] * 1000:.0f} ms, "
                f"p99 {cut[98] * 1000:.0f} ms"
            )
        for error in sorted(set(errors))[:10]:
            print(f"  error: {error}")


if __name__ == "__main__":
    main()
