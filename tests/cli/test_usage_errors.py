"""click's usage errors print one line, `policydiff: error: …`, and exit 2, as the README says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli


@pytest.mark.parametrize(
    ("args", "words", "help_command"),
    [
        (["diff", "--jsn", "a.txt", "b.txt"], "no such option '--jsn'", "policydiff diff"),
        (["diff", "a.txt"], "missing argument 'RIGHT'", "policydiff diff"),
        (["parse"], "missing argument 'FILE'", "policydiff parse"),
        (["frobnicate"], "no such command 'frobnicate'", "policydiff"),
        (["--bogus"], "no such option '--bogus'", "policydiff"),
        (["serve", "--port", "99999"], "invalid value for '--port'", "policydiff serve"),
        (["token", "create"], "missing argument 'NAME'", "policydiff token create"),
        (["parse", "x.txt", "--format", "odt"], "invalid value for '--format'", "policydiff parse"),
    ],
)
def test_a_usage_error_is_one_line_that_points_at_the_help(args, words, help_command):
    result = CliRunner().invoke(cli, args)

    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"policydiff: error: {words}")
    assert line.endswith(f"To fix: see `{help_command} --help`.")


def test_no_command_still_prints_the_help():
    result = CliRunner().invoke(cli, [])
    assert "Commands:" in result.output and "policydiff: error" not in result.output


def test_help_is_not_an_error():
    result = CliRunner().invoke(cli, ["diff", "--help"])
    assert result.exit_code == 0 and "LEFT RIGHT" in result.stdout


def test_a_real_process_prints_one_line_and_exits_2():
    script = Path(sys.executable).with_name("policydiff")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app"]
    result = subprocess.run(
        [*command, "diff", "--no-such-option"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "policydiff: error: no such option '--no-such-option'. "
        "To fix: see `policydiff diff --help`."
    ]
