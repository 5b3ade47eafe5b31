"""`policydiff --version` says which build of the comparison core runs (decision 0011)."""

from __future__ import annotations

from click.testing import CliRunner

from app import __version__
from app.cli import cli
from app.diff import is_compiled


def test_version_names_the_build_of_the_comparison_core() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    core = "compiled" if is_compiled() else "pure Python"
    assert result.output == f"policydiff {__version__} (comparison core: {core})\n"
