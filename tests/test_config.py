"""Which corpus `serve` loads: the one named, else `./corpus` if there, else the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import Settings
from tests.conftest import REPO_ROOT


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "manifest.toml").write_text("[[versions]]\n", encoding="utf-8")
    return folder


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory that is not the checkout, with no corpus setting in force."""
    monkeypatch.delenv("POLICYDIFF_CORPUS_DIR", raising=False)
    working = tmp_path / "work"
    working.mkdir()
    monkeypatch.chdir(working)
    return working


def test_the_setting_wins(elsewhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(elsewhere / "corpus")
    named = _corpus(elsewhere.parent / "named")
    monkeypatch.setenv("POLICYDIFF_CORPUS_DIR", str(named))

    assert Settings().corpus_dir == named


def test_a_corpus_in_the_working_directory_is_the_one_loaded(elsewhere: Path) -> None:
    beside = _corpus(elsewhere / "corpus")

    assert Settings().corpus_dir == beside


@pytest.mark.parametrize("has_a_folder_without_manifest", [False, True])
def test_otherwise_the_shipped_corpus(elsewhere: Path, has_a_folder_without_manifest: bool) -> None:
    if has_a_folder_without_manifest:
        (elsewhere / "corpus").mkdir()

    shipped = Settings().corpus_dir

    assert shipped in (REPO_ROOT / "corpus", REPO_ROOT / "app" / "_corpus")
    assert (shipped / "manifest.toml").is_file()
