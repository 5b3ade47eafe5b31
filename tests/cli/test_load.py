from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.store import list_authorities, read_manifest
from app.store.corpus import SOURCE_SUFFIXES
from tests.documents import PdfBlock, new_word, pdf_bytes, word_bytes
from tests.store.helpers import CORPUS, chapter_text

CORPUS_ENTRIES = len(read_manifest(CORPUS / "manifest.toml"))


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh SQLite file that the commands find through DATABASE_URL (they migrate it)."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_load_prints_a_summary_and_is_idempotent(database_url: str) -> None:
    runner = CliRunner()

    first = runner.invoke(cli, ["load", str(CORPUS)])
    again = runner.invoke(cli, ["load", str(CORPUS)])

    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == f"added {CORPUS_ENTRIES}, unchanged 0, failed 0"
    assert again.exit_code == 0
    assert again.stdout.strip() == f"added 0, unchanged {CORPUS_ENTRIES}, failed 0"


def test_load_reports_each_failure_and_exits_1(database_url: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(chapter_text())
    image = tmp_path / "image.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    result = CliRunner().invoke(
        cli,
        [
            "load",
            str(image),
            str(good),
            str(empty),
            "--authority",
            "cli-council",
            "--authority-name",
            "CLI Council",
        ],
    )

    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "added 1, unchanged 0, failed 2"
    assert lines[1].startswith(f"failed: {image}: ") and "PNG" in lines[1]
    assert lines[2].startswith(f"failed: {empty}: ") and "empty" in lines[2]


def test_load_needs_a_path(database_url: str) -> None:
    result = CliRunner().invoke(cli, ["load"])
    assert result.exit_code == 2


def test_a_file_outside_any_manifest_needs_an_authority(database_url: str, tmp_path: Path) -> None:
    loose = tmp_path / "loose.txt"
    loose.write_bytes(chapter_text())

    result = CliRunner().invoke(cli, ["load", str(loose)])

    assert result.exit_code == 1
    assert "--authority" in result.stdout


def test_loaded_versions_are_in_the_database(database_url: str) -> None:
    from app.store import make_engine, make_session_factory

    CliRunner().invoke(cli, ["load", str(CORPUS)])

    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            slugs = {authority.slug for authority in list_authorities(session=session)}
    finally:
        engine.dispose()
    assert "sample-borough" in slugs


def test_an_empty_folder_is_reported_and_exits_1(database_url: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()

    result = CliRunner().invoke(cli, ["load", str(empty), "--authority", "cli-council"])

    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "added 0, unchanged 0, failed 1",
        f"failed: {empty}: {empty} holds no source files ({', '.join(sorted(SOURCE_SUFFIXES))}), "
        "so nothing was loaded from it. To fix: give the folder that holds the chapters, or "
        "the files themselves.",
    ]


def test_the_manifest_path_loads_its_corpus(database_url: str) -> None:
    result = CliRunner().invoke(cli, ["load", str(CORPUS / "manifest.toml")])

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"added {CORPUS_ENTRIES}, unchanged 0, failed 0"


def test_failures_of_local_files_never_speak_of_uploading(
    database_url: str, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    result = CliRunner().invoke(cli, ["load", str(empty), "--authority", "cli-council"])

    assert result.exit_code == 1
    assert "empty" in result.stdout and "upload" not in result.stdout


def test_load_reads_word_and_pdf_files(database_url: str, tmp_path: Path) -> None:
    word = new_word()
    word.add_heading("Key Principles", level=1)
    word.add_paragraph("Care leavers are supported until they are 25 years old.")
    (tmp_path / "chapter.docx").write_bytes(word_bytes(word))
    (tmp_path / "chapter.pdf").write_bytes(
        pdf_bytes([PdfBlock("heading", "Our Values"), PdfBlock("paragraph", "We listen.")])
    )
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n" + bytes(300))

    result = CliRunner().invoke(cli, ["load", str(tmp_path), "--authority", "doc-council"])

    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "added 2, unchanged 0, failed 1"
    assert lines[1].startswith(f"failed: {tmp_path / 'scan.pdf'}: the PDF is incomplete")
