"""Which build of the comparison core runs: mypyc-compiled or pure Python (decision 0011).

`pip install .` compiles `align`, `options`, `summary` and `words` when it can (hatch_build.py);
the sources are the same either way, so only the speed differs. In a source checkout the modules
can also be built in place (`python hatch_build.py --inplace`), and there an edited source file
would be silently shadowed by its compiled module: `refuse_stale_build` makes that an error.
"""

from __future__ import annotations

from hashlib import sha256
from importlib import import_module
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

COMPILED_MODULES = ("align", "options", "summary", "words")
"""The modules of this package that the build compiles (pyproject.toml lists their files)."""
BUILT_SOURCES = "_native_sources.txt"
"""Written by an in-place build beside the modules: the digest of each source it compiled."""
_PACKAGE_DIR = Path(__file__).resolve().parent


class StaleCompiledModule(ImportError):
    """A module built in place was built from a source file that has since changed."""


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


def source_digests(package_dir: Path = _PACKAGE_DIR) -> dict[str, str]:
    """SHA-256 of each compiled module's source file, by file name; an in-place build records
    them in `BUILT_SOURCES`, one `digest  file name` line each, as `sha256sum` writes them."""
    return {
        f"{name}.py": sha256((package_dir / f"{name}.py").read_bytes()).hexdigest()
        for name in COMPILED_MODULES
    }


def read_built_sources(package_dir: Path = _PACKAGE_DIR) -> dict[str, str]:
    """The digests recorded by the last in-place build (empty when there is no record)."""
    try:
        lines = (package_dir / BUILT_SOURCES).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    recorded = {}
    for line in lines:
        digest, _, file_name = line.partition("  ")  # as sha256sum writes them
        recorded[file_name] = digest
    return recorded


def refuse_stale_build(package_dir: Path = _PACKAGE_DIR) -> None:
    """Raise `StaleCompiledModule` when a source file differs from the one built in place.

    Sources are compared by content, not by modification time, so a copied or freshly checked-out
    tree is judged by what its files say. Only in a source checkout (a `pyproject.toml` two
    levels up): an installed wheel is never edited in place.
    """
    if not (package_dir.parent.parent / "pyproject.toml").exists():
        return
    compiled = compiled_module_paths(package_dir)
    if not compiled:
        return
    built = read_built_sources(package_dir)
    for file_name, digest in source_digests(package_dir).items():
        if file_name.removesuffix(".py") in compiled and built.get(file_name) != digest:
            raise StaleCompiledModule(
                f"{package_dir / file_name} is not the source its compiled module was built "
                "from: run `python hatch_build.py --inplace` to rebuild, or "
                "`python hatch_build.py --clean` to run the pure-Python sources"
            )
