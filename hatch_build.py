"""Compiles the comparison core (`app/diff`) with mypyc when a wheel is built; decision 0011.

`pip install .` runs this through hatchling. The compiled modules are the same source files, so
behaviour is identical (CI runs the tests against them); they make `compare()` about a quarter
faster. Where they cannot be built (no C compiler, or `POLICYDIFF_PURE_PYTHON=1`), the wheel is
the pure-Python one and a warning says so: slower, never broken. Editable installs stay pure
Python so that an edited source file is the code that runs.

`python hatch_build.py --inplace` builds the same modules next to their sources;
`--inplace-from WHEEL` puts a built wheel's modules there instead (CI, `scripts/check`, which
builds the wheel anyway); `--clean` removes them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from hashlib import sha256
from pathlib import Path, PurePosixPath
from typing import Any

ROOT = Path(__file__).resolve().parent
GROUP = "app.diff._native"
"""The shared library's module: inside the package, so nothing lands at the top level."""
BUILT_SOURCES = "_native_sources.txt"
"""The record `app.diff.native.BUILT_SOURCES` reads (hatch_build.py cannot import the app)."""
MYPY_CONFIG = """\
[mypy]
ignore_missing_imports = True
follow_imports = silent
"""
"""The build environment has mypy but not the runtime dependencies (nor the pydantic plugin the
project's own mypy configuration loads): imports it cannot see are typed `Any`, which `--strict`
would report (returning `Any`), so the build type-checks leniently. `mypy --strict` in CI is the
type check; mypyc only needs the types."""
BUILD_SCRIPT = """\
import sys
from mypyc.build import mypycify
from setuptools import setup

group, config, target, build_lib, build_temp, *modules = sys.argv[1:]
setup(
    name="policydiff-native",
    packages=[],
    py_modules=[],
    script_args=["build_ext", "--build-lib", build_lib, "--build-temp", build_temp],
    ext_modules=mypycify(
        ["--config-file", config, *modules], opt_level="3", target_dir=target, group_name=group
    ),
)
"""


def compiled_modules(root: Path = ROOT) -> list[str]:
    """The source files to compile, as `[tool.hatch.build.targets.wheel.hooks.custom]` lists."""
    with (root / "pyproject.toml").open("rb") as config:
        hook = tomllib.load(config)["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    return list(hook["custom"]["compile"])


def build_extensions(root: Path, modules: list[str], output: Path) -> list[Path]:
    """Compile `modules` into `output` (a tree mirroring the package); the built files' paths.

    Runs in a child process: setuptools' `setup()` and mypy's state stay out of the caller's.
    `modules` are paths relative to `root`.
    """
    with tempfile.TemporaryDirectory(prefix="policydiff-mypyc-") as scratch:
        config = Path(scratch) / "mypy.ini"
        config.write_text(MYPY_CONFIG, encoding="utf-8")
        subprocess.run(
            [
                sys.executable,
                "-c",
                BUILD_SCRIPT,
                GROUP,
                str(config),
                str(Path(scratch) / "c"),
                str(output),
                str(Path(scratch) / "temp"),
                *(str(root / module) for module in modules),
            ],
            cwd=scratch,  # away from pyproject.toml, which is hatchling's, not setuptools'
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return sorted(output.rglob("*.so")) + sorted(output.rglob("*.pyd"))


def remove_inplace(root: Path = ROOT) -> list[Path]:
    """Delete extension modules built in place under `app/`, and their records; deleted paths."""
    package = root.joinpath("app")
    built = [*package.rglob("*.so"), *package.rglob("*.pyd"), *package.rglob(BUILT_SOURCES)]
    for path in built:
        path.unlink()
    return built


def build_inplace(root: Path = ROOT) -> list[Path]:
    """Build the compiled modules next to their sources, and record which sources they were
    built from (`app.diff.native` refuses a build whose sources have changed); paths written."""
    remove_inplace(root)
    modules = compiled_modules(root)
    digests = {module: sha256((root / module).read_bytes()).hexdigest() for module in modules}
    with tempfile.TemporaryDirectory(prefix="policydiff-build-") as output:
        written = []
        for built in build_extensions(root, modules, Path(output)):
            target = root / built.relative_to(output)
            shutil.copy2(built, target)
            written.append(target)
    return written + _record_sources(root, digests)


def install_inplace_from_wheel(wheel: Path, root: Path = ROOT) -> list[Path]:
    """Put a built wheel's compiled modules next to the sources instead of compiling them again;
    paths written. CI builds the wheel anyway, so its tests then run the very modules users get.

    The record holds the digests of the sources inside the wheel, the ones the modules were
    compiled from: where the checkout's sources differ, `app.diff.native` refuses the build at
    import, as after `--inplace`. A wheel without every compiled module is refused here.
    """
    modules = compiled_modules(root)
    folders = {PurePosixPath(module).parent for module in modules}
    written = []
    with zipfile.ZipFile(wheel) as archive:
        remove_inplace(root)
        for name in archive.namelist():
            member = PurePosixPath(name)
            if member.parent in folders and member.suffix in (".so", ".pyd"):
                target = root / member
                target.write_bytes(archive.read(name))
                written.append(target)
        digests = {module: sha256(archive.read(module)).hexdigest() for module in modules}
    carried = {path.name.split(".")[0] for path in written}
    missing = sorted(Path(module).stem for module in modules if Path(module).stem not in carried)
    if missing:
        remove_inplace(root)
        raise ValueError(f"{wheel} carries no compiled {', '.join(missing)}")
    return written + _record_sources(root, digests)


def _record_sources(root: Path, digests: dict[str, str]) -> list[Path]:
    """Write each folder's record of the sources its compiled modules were built from."""
    records = []
    for folder in {Path(module).parent for module in digests}:
        record = root / folder / BUILT_SOURCES
        record.write_text(
            "".join(
                f"{digest}  {Path(module).name}\n"
                for module, digest in digests.items()
                if Path(module).parent == folder
            ),
            encoding="utf-8",
        )
        records.append(record)
    return records


try:
    from hatchling.builders.hooks.plugin.interface import (  # type: ignore[import-not-found]
        BuildHookInterface,
    )
except ImportError:  # only the in-place command runs without hatchling
    BuildHookInterface = object


class MypycBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Adds the compiled modules to a standard (not editable) wheel, or warns and adds nothing."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable" or os.environ.get("POLICYDIFF_PURE_PYTHON") == "1":
            return
        output = Path(tempfile.mkdtemp(prefix="policydiff-native-"))
        self._scratch = output
        try:
            built = build_extensions(Path(self.root), list(self.config["compile"]), output)
        except (OSError, subprocess.CalledProcessError) as error:
            reason = (
                f"mypyc or the C compiler exited with status {error.returncode}"
                if isinstance(error, subprocess.CalledProcessError)
                else str(error)
            )
            self.app.display_warning(
                f"policydiff: the compiled comparison core could not be built ({reason}); "
                "installing the pure-Python one, which is slower (see decision 0011)"
            )
            return
        for path in built:
            build_data["force_include"][str(path)] = str(path.relative_to(output))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv == ["--inplace"]:
        try:
            written = build_inplace()
        except subprocess.CalledProcessError as error:
            print(  # noqa: T201
                f"hatch_build.py: error: mypyc or the C compiler exited with status "
                f"{error.returncode} (its messages are above); nothing was built",
                file=sys.stderr,
            )
            return 1
        for path in written:
            print(path.relative_to(ROOT))  # noqa: T201
        return 0
    if len(argv) == 2 and argv[0] == "--inplace-from":
        try:
            written = install_inplace_from_wheel(Path(argv[1]))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
            print(  # noqa: T201
                f"hatch_build.py: error: {error}; nothing was installed in place. To fix: give "
                "a wheel that `pip wheel .` built from this checkout, or run --inplace",
                file=sys.stderr,
            )
            return 1
        for path in written:
            print(path.relative_to(ROOT))  # noqa: T201
        return 0
    if argv == ["--clean"]:
        for path in remove_inplace():
            print(f"removed {path.relative_to(ROOT)}")  # noqa: T201
        return 0
    print(  # noqa: T201
        "usage: python hatch_build.py --inplace | --inplace-from WHEEL | --clean", file=sys.stderr
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
