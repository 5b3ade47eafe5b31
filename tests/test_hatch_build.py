"""`hatch_build.py --inplace-from WHEEL`: CI runs its tests on the compiled modules of the wheel it
built, in place, with the record that lets a later edit of a source be caught (decision 0011)."""

from __future__ import annotations

import zipfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from app.diff.native import (
    COMPILED_MODULES,
    StaleCompiledModule,
    compiled_module_paths,
    refuse_stale_build,
)
from hatch_build import install_inplace_from_wheel

SUFFIX = EXTENSION_SUFFIXES[0]


def _checkout(root: Path) -> Path:
    package = root / "app" / "diff"
    package.mkdir(parents=True)
    files = ", ".join(f'"app/diff/{name}.py"' for name in COMPILED_MODULES)
    (root / "pyproject.toml").write_text(
        f"[tool.hatch.build.targets.wheel.hooks.custom]\ncompile = [{files}]\n", encoding="utf-8"
    )
    for name in COMPILED_MODULES:
        (package / f"{name}.py").write_text(f"def {name}() -> None: ...\n", encoding="utf-8")
    return package


def _wheel(path: Path, checkout: Path, compiled: tuple[str, ...] = COMPILED_MODULES) -> Path:
    with zipfile.ZipFile(path, "w") as wheel:
        for name in COMPILED_MODULES:
            source = checkout / "app" / "diff" / f"{name}.py"
            wheel.writestr(f"app/diff/{name}.py", source.read_bytes())
        for name in compiled:
            wheel.writestr(f"app/diff/{name}{SUFFIX}", f"compiled {name}".encode())
        wheel.writestr(f"app/diff/_native__mypyc{SUFFIX}", b"shared library")
    return path


def test_the_wheels_modules_are_put_in_place_with_their_sources_recorded(tmp_path: Path) -> None:
    package = _checkout(tmp_path / "checkout")
    wheel = _wheel(tmp_path / "policydiff.whl", tmp_path / "checkout")

    install_inplace_from_wheel(wheel, tmp_path / "checkout")

    assert set(compiled_module_paths(package)) == set(COMPILED_MODULES)
    assert (package / f"align{SUFFIX}").read_bytes() == b"compiled align"
    assert (package / f"_native__mypyc{SUFFIX}").exists()
    refuse_stale_build(package)


def test_a_checkout_whose_sources_differ_from_the_wheels_is_refused_at_import(
    tmp_path: Path,
) -> None:
    package = _checkout(tmp_path / "checkout")
    wheel = _wheel(tmp_path / "policydiff.whl", tmp_path / "checkout")
    (package / "words.py").write_text("def words() -> int: return 1\n", encoding="utf-8")

    install_inplace_from_wheel(wheel, tmp_path / "checkout")

    with pytest.raises(StaleCompiledModule, match=r"words\.py"):
        refuse_stale_build(package)


def test_a_wheel_without_every_compiled_module_is_refused_and_leaves_none(
    tmp_path: Path,
) -> None:
    package = _checkout(tmp_path / "checkout")
    wheel = _wheel(tmp_path / "policydiff.whl", tmp_path / "checkout", compiled=("align",))

    with pytest.raises(ValueError, match="carries no compiled options, summary, words"):
        install_inplace_from_wheel(wheel, tmp_path / "checkout")

    assert compiled_module_paths(package) == {}
