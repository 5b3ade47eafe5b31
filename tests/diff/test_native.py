"""The compiled build of the comparison core: which one runs, and no out-of-date one (0011)."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from app.diff import is_compiled
from app.diff.native import (
    COMPILED_MODULES,
    StaleCompiledModule,
    compiled_module_paths,
    refuse_stale_build,
)


def test_the_build_that_runs_is_the_one_expected() -> None:
    """CI compiles in place and says so (POLICYDIFF_EXPECT_COMPILED=1): a build that silently
    fell back to pure Python, or compiled modules that failed to load, fail here."""
    expected = os.environ.get("POLICYDIFF_EXPECT_COMPILED")
    if expected is None:
        assert is_compiled() == (len(compiled_module_paths()) == len(COMPILED_MODULES))
    else:
        assert is_compiled() == (expected == "1")


def _checkout(tmp_path: Path) -> Path:
    package = tmp_path / "app" / "diff"
    package.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    for name in COMPILED_MODULES:
        (package / f"{name}.py").write_text("", encoding="utf-8")
        compiled = package / f"{name}{EXTENSION_SUFFIXES[0]}"
        compiled.write_bytes(b"")
        os.utime(package / f"{name}.py", (1_000, 1_000))
        os.utime(compiled, (2_000, 2_000))
    return package


def test_a_build_newer_than_its_sources_is_accepted(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    assert set(compiled_module_paths(package)) == set(COMPILED_MODULES)
    refuse_stale_build(package)


def test_a_source_edited_after_its_build_is_refused_with_the_fix(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    os.utime(package / "summary.py", (3_000, 3_000))
    with pytest.raises(StaleCompiledModule, match=r"summary\.py changed .*--inplace.*--clean"):
        refuse_stale_build(package)


def test_installed_files_are_not_checked(tmp_path: Path) -> None:
    """A wheel's files carry installation times in no particular order: no pyproject.toml, no
    check."""
    package = _checkout(tmp_path)
    (tmp_path / "pyproject.toml").unlink()
    os.utime(package / "words.py", (3_000, 3_000))
    refuse_stale_build(package)


def test_a_pure_python_checkout_has_nothing_to_refuse(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    for compiled in compiled_module_paths(package).values():
        compiled.unlink()
    assert compiled_module_paths(package) == {}
    refuse_stale_build(package)
