"""Which build of the comparison core runs: mypyc-compiled or pure Python (decision 0011).

`pip install .` compiles `align`, `options`, `summary` and `words` when it can (hatch_build.py);
the sources are the same either way, so only the speed differs. In a source checkout the modules
can also be built in place (`python hatch_build.py --inplace`), and there an edited source file
would be silently shadowed by its older compiled module: `refuse_stale_build` makes that an error.
"""

from __future__ import annotations

from importlib import import_module
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

COMPILED_MODULES = ("align", "options", "summary", "words")
"""The modules of this package that the build compiles (pyproject.toml lists their files)."""
_PACKAGE_DIR = Path(__file__).resolve().parent


class StaleCompiledModule(ImportError):
    """A module built in place is older than its source file."""


def compiled_module_paths(package_dir: Path = _PACKAGE_DIR) -> dict[str, Path]:
    """The compiled module found for each of `COMPILED_MODULES`, by name (none when pure)."""
    found = {}
    for name in COMPILED_MODULES:
        for suffix in EXTENSION_SUFFIXES:
            path = package_dir / f"{name}{suffix}"
            if path.exists():
                found[name] = path
                break
    return found


def is_compiled() -> bool:
    """True when every module of the comparison core was loaded from a compiled build."""
    suffixes = tuple(EXTENSION_SUFFIXES)
    return all(
        (import_module(f"app.diff.{name}").__file__ or "").endswith(suffixes)
        for name in COMPILED_MODULES
    )


def refuse_stale_build(package_dir: Path = _PACKAGE_DIR) -> None:
    """Raise `StaleCompiledModule` when a source file changed after its in-place build.

    Only in a source checkout (a `pyproject.toml` two levels up): an installed wheel's files all
    carry installation times, and nobody edits them.
    """
    if not (package_dir.parent.parent / "pyproject.toml").exists():
        return
    for name, compiled in compiled_module_paths(package_dir).items():
        source = package_dir / f"{name}.py"
        if source.stat().st_mtime > compiled.stat().st_mtime:
            raise StaleCompiledModule(
                f"{source} changed after it was compiled: run `python hatch_build.py --inplace` "
                "to rebuild, or `python hatch_build.py --clean` to run the pure-Python sources"
            )
