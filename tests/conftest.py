"""Shared test fixtures. Pure-core fixtures here; database and app fixtures are added below them."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.store import load_paths, make_engine, make_session_factory, upgrade_to_head
from app.store.models import Base

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("POLICYDIFF_SHARED", REPO_ROOT.parent / "shared"))
"""The seeds and their expected reading, where `scripts/check` finds them too."""
SEEDS_DIR = SHARED_DIR / "seeds"
EXPECTED_SEEDS = SHARED_DIR / "expected" / "seeds.json"
CASES_DIR = Path(__file__).resolve().parent / "cases"
CORPUS_DIR = REPO_ROOT / "corpus"


SUMMARY_PROPERTY = "summary"
"""A test's `record_property(SUMMARY_PROPERTY, line)` is printed at the end of the run, also
from xdist workers (the property travels with the test's report): how many cases fuzzing ran."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = [
        str(value)
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        for name, value in getattr(report, "user_properties", ())
        if name == SUMMARY_PROPERTY
    ]
    for line in lines:
        terminalreporter.write_line(line)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Test files that start servers, browsers or other processes (marked `e2e` or `slow`) run
    first, the others after them, each file's tests in their own order; among the files that
    start processes, those given the longest time (`pytest.mark.timeout`) first.

    `scripts/check` hands whole files to its two workers in this order (`--dist loadfile
    --no-loadscope-reorder`): a long file then starts while there is still other work to share
    out, instead of last (xdist's own order puts the files with fewest tests last, so the minute
    of fuzzing ran alone at the end while the other worker had nothing left; decision 0104). A
    file's time budget is the best thing known of its length before it runs: the fuzzing, which
    may take the longest, starts at once rather than after the files named before it (0537).
    """
    slow = {item.path for item in items if item.get_closest_marker("e2e")}
    slower = {item.path for item in items if item.get_closest_marker("slow")} - slow
    budget: dict[Path, float] = {}
    for item in items:
        budget[item.path] = max(budget.get(item.path, 0.0), time_budget(item))

    def place(item: pytest.Item) -> tuple[int, float]:
        if item.path in slow:
            return 0, -budget[item.path]
        if item.path in slower:
            return 1, -budget[item.path]
        return 2, 0.0

    items.sort(key=place)


def time_budget(item: pytest.Item) -> float:
    """The seconds a test is given by its own `pytest.mark.timeout` (or its module's), else 0."""
    marker = item.get_closest_marker("timeout")
    return float(marker.args[0]) if marker is not None and marker.args else 0.0


# A worker shares the cores with another, and with the servers and browser of the e2e tests: a
# property test's examples are timed against that load, not against the code, so Hypothesis's
# per-example deadline (200 ms) would fail at random. Every property still runs every example it
# generates. The test command (`scripts/check`, what CI runs) also asks for derandomised
# examples, so that a commit that passed once passes again (decision 0352); a plain `pytest`
# explores new examples on every run, where a counter-example is found and fixed.
_PROFILE: dict[str, object] = {}
if os.environ.get("PYTEST_XDIST_WORKER"):
    _PROFILE["deadline"] = None
if os.environ.get("POLICYDIFF_HYPOTHESIS_DERANDOMIZE") == "1":
    _PROFILE["derandomize"] = True
if _PROFILE:
    settings.register_profile("policydiff", **_PROFILE)  # type: ignore[arg-type]
    settings.load_profile("policydiff")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The five seed chapters shipped beside the repository (../shared/seeds).

    The test command needs them (it also scores their reading): missing seeds fail, never skip.
    """
    paths = sorted(SEEDS_DIR.glob("*.txt"))
    assert paths, f"no seed chapters in {SEEDS_DIR}"
    return paths


@pytest.fixture(scope="session")
def expected_seeds() -> dict:
    return json.loads(EXPECTED_SEEDS.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def known_document_texts() -> tuple[str, ...]:
    """The text of every plain-text and markdown case document and seed, read once a run.

    The cue brute-force tests (`tests/sections/test_classify.py`, `test_cue_words.py` for each
    family, `test_breakaway_kind.py`) each tried every line of these files, and each read them
    again; every blind set adds to them (decision 0587)."""
    documents = [*CASES_DIR.rglob("*.txt"), *CASES_DIR.rglob("*.md"), *SEEDS_DIR.glob("*.txt")]
    return tuple(document.read_text(encoding="utf-8") for document in documents)


# --- Database fixtures -----------------------------------------------------------------------
# SQLite by default: a migrated template file per test session, copied for each test. With
# TEST_DATABASE_URL set (scripts/with-postgres does), PostgreSQL: a database of its own per test
# session (and per xdist worker), migrated once, with every table emptied before each test; a
# test that uses the corpus gets a database of its own, copied from one that loaded it once.
# Schemas are always built by the Alembic migrations, never create_all().


TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL") or None


def on_postgres() -> bool:
    """True when the suite runs against PostgreSQL (TEST_DATABASE_URL)."""
    return TEST_DATABASE_URL is not None


def engine_url(engine: Engine) -> str:
    """The engine's URL with its password, for Settings or a subprocess."""
    return engine.url.render_as_string(hide_password=False)


@contextmanager
def _fresh_database(folder: Path, label: str) -> Iterator[str]:
    """The URL of a new, empty database, removed afterwards."""
    if TEST_DATABASE_URL is None:
        yield f"sqlite:///{folder / label}.sqlite3"
        return
    server = Settings(DATABASE_URL=TEST_DATABASE_URL).database_url
    with _postgres_database(server, label) as url:
        yield url


@contextmanager
def _postgres_copy(template_url: str, label: str) -> Iterator[str]:
    """PostgreSQL: the URL of a new database made as a copy of `template_url`'s (CREATE DATABASE
    ... TEMPLATE, which needs no connection open to the template), removed afterwards."""
    with _postgres_database(template_url, label, copy_of_this_one=True) as url:
        yield url


@contextmanager
def _postgres_database(
    server_url: str, label: str, *, copy_of_this_one: bool = False
) -> Iterator[str]:
    """PostgreSQL: a new database on `server_url`'s server, empty or a copy of `server_url`'s
    own database, dropped afterwards even while connections to it are still open."""
    server = make_url(server_url)
    name = f"{server.database or 'policydiff'}_{label}_{uuid.uuid4().hex[:10]}"[:63]
    template = f' TEMPLATE "{server.database}"' if copy_of_this_one else ""
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{template}')
        yield server.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with _fresh_database(tmp_path_factory.mktemp("db-template"), "template") as url:
        template = make_engine(url)
        upgrade_to_head(template)
        template.dispose()
        yield url


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An empty database (no tables), for migration tests."""
    with _fresh_database(tmp_path, "empty") as url:
        fresh = make_engine(url)
        yield fresh
        fresh.dispose()


@pytest.fixture(scope="session")
def _corpus_template(_migrated_template: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """SQLite: the migrated template with the repository's corpus loaded through the store's
    public loader, once per test session (and per xdist worker); a test that uses `corpus` gets
    a copy of it, as if it had loaded the corpus itself."""
    template = make_url(_migrated_template).database or ""
    loaded = tmp_path_factory.mktemp("db-corpus") / "corpus.sqlite3"
    shutil.copyfile(template, loaded)
    engine = make_engine(f"sqlite:///{loaded}")
    try:
        summary = load_paths(session_factory=make_session_factory(engine), paths=[CORPUS_DIR])
    finally:
        engine.dispose()
    assert summary.added and not summary.failed, summary.failed
    return str(loaded)


@pytest.fixture(scope="session")
def _postgres_corpus_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """PostgreSQL: a database migrated and with the repository's corpus loaded through the
    store's public loader, once per test session (and per xdist worker), as `_corpus_template` is
    for SQLite; a test that uses `corpus` gets a database copied from it, as if it had loaded the
    corpus itself (loading it for each test analysed the corpus again for every web test)."""
    with _fresh_database(tmp_path_factory.mktemp("db-corpus"), "corpus") as url:
        engine = make_engine(url)
        try:
            upgrade_to_head(engine)
            summary = load_paths(session_factory=make_session_factory(engine), paths=[CORPUS_DIR])
        finally:
            engine.dispose()
        assert summary.added and not summary.failed, summary.failed
        yield url


@pytest.fixture
def migrated_engine(
    request: pytest.FixtureRequest, _migrated_template: str, tmp_path: Path
) -> Iterator[Engine]:
    """A database at the newest schema, private to the test: with no rows, or with the corpus
    already loaded when the test uses the `corpus` fixture (on SQLite a copy of
    `_corpus_template`'s file, on PostgreSQL a database copied from `_postgres_corpus_template`)."""
    if TEST_DATABASE_URL is not None and "corpus" in request.fixturenames:
        with _postgres_copy(request.getfixturevalue("_postgres_corpus_template"), "c") as url:
            copied = make_engine(url)
            yield copied
            copied.dispose()
        return
    if TEST_DATABASE_URL is None:
        copy = tmp_path / "policydiff.sqlite3"
        if "corpus" in request.fixturenames:
            shutil.copyfile(request.getfixturevalue("_corpus_template"), copy)
        else:
            shutil.copyfile(make_url(_migrated_template).database or "", copy)
        url = f"sqlite:///{copy}"
    else:
        url = _migrated_template
    migrated = make_engine(url)
    if TEST_DATABASE_URL is not None:
        tables = ", ".join(
            f'"{table.name}"'
            for table in Base.metadata.sorted_tables
            if table.name != "content_generation"  # only grows (decision 0039)
        )
        with migrated.begin() as connection:
            connection.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    yield migrated
    migrated.dispose()


@pytest.fixture
def corpus(session_factory: sessionmaker[Session]) -> None:
    """The repository's corpus (the seeds and the sample authority's revisions), loaded through
    the store's public loader: `migrated_engine` copied it in already, from a database that
    loaded it once per session (SQLite's `_corpus_template`, PostgreSQL's
    `_postgres_corpus_template`)."""


@pytest.fixture
def settings(migrated_engine: Engine) -> Settings:
    """Settings pointing at the test's migrated database, with the background watcher off: an
    app under test must not check its sources over the network while the test reads them (a
    check that failed to resolve a host once overwrote a test's own recorded failure); tests of
    the watcher run it themselves against servers on loopback."""
    return Settings(DATABASE_URL=engine_url(migrated_engine), watch_in_serve=False)


@pytest.fixture
def session_factory(migrated_engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(migrated_engine)


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    with session_factory() as opened:
        yield opened
