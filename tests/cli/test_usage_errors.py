"""click's usage errors print one line, `policydiff: error: …`, and exit 2, as the README says."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import app.cli
from app.cli import COMMAND_MODULES, cli


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


def test_every_command_module_gives_the_command_named():
    """The command line imports a command's module only when the command is wanted: each name
    in the table is a command of that name, and --help lists every one of them."""
    context = click.Context(cli)
    names = cli.list_commands(context)
    assert names == sorted(COMMAND_MODULES)
    for name in names:
        command = cli.get_command(context, name)
        assert isinstance(command, click.Command) and command.name == name
    listed = CliRunner().invoke(cli, ["--help"]).stdout
    assert all(f"  {name} " in listed for name in names)


def test_parsing_imports_neither_the_database_nor_the_web_server(tmp_path):
    """`policydiff parse` starts fast: the store, the web app and the watcher stay unimported."""
    document = tmp_path / "chapter.txt"
    document.write_text("Corporate parenting policy\n\nWe review this policy every year.\n")
    probe = (
        "import sys; from app.cli import main; sys.argv = ['policydiff', 'parse', sys.argv[1]]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('sqlalchemy', 'alembic', 'fastapi', 'httpx', 'weasyprint')\n"
        "print(sorted(name for name in heavy if name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(document)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_every_command_defined_in_app_cli_is_in_the_table():
    """A command written in a new module of app/cli is listed only through `COMMAND_MODULES`:
    every top-level command the modules define is in it, under its module."""
    defined: dict[str, str] = {}
    grouped: set[int] = set()
    for module_info in pkgutil.iter_modules(app.cli.__path__):
        module = importlib.import_module(f"app.cli.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, click.Group):
                grouped |= {id(command) for command in value.commands.values()}
        for value in vars(module).values():
            callback = getattr(value, "callback", None)
            if (
                isinstance(value, click.Command)
                and getattr(callback, "__module__", None) == module.__name__
                and id(value) not in grouped
            ):
                defined[str(value.name)] = module.__name__
    assert defined == COMMAND_MODULES
