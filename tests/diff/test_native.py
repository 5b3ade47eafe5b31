"""The compiled build of the comparison core: which one runs, and no out-of-date one (0011)."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from app.diff import is_compiled
from app.diff.native import (
    BUILT_SOURCES,
    COMPILED_MODULES,
    StaleCompiledModule,
    compiled_module_paths,
    read_built_sources,
    refuse_stale_build,
    source_digests,
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
    """A checkout built in place: sources, compiled modules and the build's record of sources."""
    package = tmp_path / "app" / "diff"
    package.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    for name in COMPILED_MODULES:
        (package / f"{name}.py").write_text(f"def {name}() -> None: ...\n", encoding="utf-8")
        (package / f"{name}{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    (package / BUILT_SOURCES).write_text(
        "".join(f"{digest}  {name}\n" for name, digest in source_digests(package).items()),
        encoding="utf-8",
    )
    return package


def test_a_build_of_the_current_sources_is_accepted(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    assert set(compiled_module_paths(package)) == set(COMPILED_MODULES)
    assert read_built_sources(package) == source_digests(package)
    refuse_stale_build(package)


def test_a_copied_tree_whose_sources_look_newer_is_still_accepted(tmp_path: Path) -> None:
    """`cp -r` or a checkout gives files new times in any order: contents decide."""
    package = _checkout(tmp_path)
    for name, compiled in compiled_module_paths(package).items():
        os.utime(compiled, (1_000, 1_000))
        os.utime(package / f"{name}.py", (2_000, 2_000))
    refuse_stale_build(package)


def test_a_source_edited_after_its_build_is_refused_with_the_fix(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    with (package / "summary.py").open("a", encoding="utf-8") as source:
        source.write("EDITED = True\n")
    with pytest.raises(StaleCompiledModule, match=r"summary\.py is not .*--inplace.*--clean"):
        refuse_stale_build(package)


def test_a_build_without_its_record_is_refused(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    (package / BUILT_SOURCES).unlink()
    with pytest.raises(StaleCompiledModule):
        refuse_stale_build(package)


def test_installed_files_are_not_checked(tmp_path: Path) -> None:
    """An installed wheel (no pyproject.toml above it) is never edited in place."""
    package = _checkout(tmp_path)
    (tmp_path / "pyproject.toml").unlink()
    (package / BUILT_SOURCES).unlink()
    refuse_stale_build(package)


def test_a_pure_python_checkout_has_nothing_to_refuse(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    for compiled in compiled_module_paths(package).values():
        compiled.unlink()
    (package / BUILT_SOURCES).unlink()
    assert compiled_module_paths(package) == {}
    refuse_stale_build(package)
