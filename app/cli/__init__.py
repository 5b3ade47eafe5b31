"""The `policydiff` command line. Errors: one line on stderr, `policydiff: error: …`, exit 2."""

from __future__ import annotations

from typing import Any

import click

from app import __version__
from app.cli.errors import CommandLineError
from app.errors import PolicydiffError


class _Group(click.Group):
    """Turns domain errors and click's usage errors into one line and exit code 2."""

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


def _register_commands() -> None:
    from app.cli.parse import parse

    cli.add_command(parse)

    from app.cli.diff import diff

    cli.add_command(diff)

    from app.cli.families import families
    from app.cli.load import load
    from app.cli.reanalyse import reanalyse
    from app.cli.serve import serve
    from app.cli.token import token

    cli.add_command(serve)
    cli.add_command(load)
    cli.add_command(token)
    cli.add_command(reanalyse)
    cli.add_command(families)

    from app.cli.source import source
    from app.cli.watch import watch

    cli.add_command(source)
    cli.add_command(watch)

    from app.cli.records import delete, deleted, purge, restore

    for command in (delete, deleted, restore, purge):
        cli.add_command(command)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="policydiff")
