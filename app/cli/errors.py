"""The command line's own errors, shown as the README promises."""

from __future__ import annotations

from typing import IO, Any

import click

EXIT_USAGE_OR_INPUT = 2


class CommandLineError(click.ClickException):
    """An error shown as one line, `policydiff: error: …`, with exit code 2."""

    exit_code = EXIT_USAGE_OR_INPUT

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"policydiff: error: {self.format_message()}", file=file, err=True)


__all__ = ["EXIT_USAGE_OR_INPUT", "CommandLineError"]
