"""The `policydiff` command line. Errors: one line on stderr, `policydiff: error: …`, exit 2."""

from __future__ import annotations

import importlib
from typing import Any

import click

from app import __version__
from app.cli.errors import CommandLineError
from app.errors import PolicydiffError

COMMAND_MODULES = {
    "parse": "app.cli.parse",
    "diff": "app.cli.diff",
    "serve": "app.cli.serve",
    "load": "app.cli.load",
    "token": "app.cli.token",
    "reanalyse": "app.cli.reanalyse",
    "families": "app.cli.families",
    "source": "app.cli.source",
    "watch": "app.cli.watch",
    "delete": "app.cli.records",
    "deleted": "app.cli.records",
    "restore": "app.cli.records",
    "purge": "app.cli.records",
}
"""Each command and the module that defines it (as a function of the command's name).

A command's module is imported when the command runs (or `--help` lists the commands): `parse`
needs the reader but not the database, the web server or the watcher's HTTP client, and
importing every command's module made each `policydiff parse` process a third slower (0104)."""


class _Group(click.Group):
    """Turns domain errors and click's usage errors into one line and exit code 2, and imports
    a command's module only when the command is wanted (`COMMAND_MODULES`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            command = getattr(importlib.import_module(COMMAND_MODULES[cmd_name]), cmd_name)
            if not isinstance(command, click.Command):
                raise TypeError(f"{COMMAND_MODULES[cmd_name]}.{cmd_name} is not a command")
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as error:
            raise _one_line(error) from error

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PolicydiffError as error:
            raise CommandLineError(error.detail) from error
        except click.UsageError as error:
            raise _one_line(error) from error


def _one_line(error: click.UsageError) -> click.UsageError | CommandLineError:
    """click's three-line usage error as one line that says where the help is.

    `policydiff` with no command still prints the help, which is what its "error" is.
    """
    if isinstance(error, click.exceptions.NoArgsIsHelpError):
        return error
    message = error.format_message().strip()
    if message[1:2].islower():
        message = message[:1].lower() + message[1:]
    if not message.endswith((".", "?", "!")):
        message += "."
    command = error.ctx.command_path if error.ctx is not None else "policydiff"
    return CommandLineError(f"{message} To fix: see `{command} --help`.")


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """The version, and whether the comparison core runs compiled (decision 0011): an install
    without a C compiler falls back to pure Python, which is correct but slower."""
    if not value or ctx.resilient_parsing:
        return
    from app.diff import is_compiled

    core = "compiled" if is_compiled() else "pure Python"
    click.echo(f"policydiff {__version__} (comparison core: {core})")
    ctx.exit()


@click.group(
    name="policydiff", cls=_Group, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and whether the comparison core is compiled, and exit.",
)
def cli() -> None:
    """Keep, parse and compare versions of public-sector policy chapters."""


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="policydiff")
