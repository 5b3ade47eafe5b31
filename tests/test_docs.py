"""The README must not drift from the code: every command, option and setting is documented."""

from __future__ import annotations

import re

import click
import pytest

from app.cli import cli
from app.config import Settings
from tests.conftest import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "policydiff") -> list[tuple[str, click.Command]]:
    """Every command as `--help` lists it (the top group imports a command's module only when
    asked for it, so `group.commands` alone would miss the commands not yet used)."""
    found: list[tuple[str, click.Command]] = []
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None, name
        path = f"{prefix} {name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


@pytest.mark.parametrize(("path", "command"), _commands(cli), ids=lambda v: str(v))
def test_every_command_and_option_is_in_the_readme(path: str, command: click.Command) -> None:
    assert f"`{path}" in README, f"{path} is not documented in README.md"
    for param in command.params:
        if isinstance(param, click.Option):
            for opt in param.opts:
                if opt.startswith("--"):
                    assert re.search(re.escape(opt) + r"\b", README), f"{path} {opt} undocumented"


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme(name: str) -> None:
    field = Settings.model_fields[name]
    env = field.validation_alias if isinstance(field.validation_alias, str) else None
    env = env or f"POLICYDIFF_{name.upper()}"
    assert f"`{env}`" in README, f"setting {name} ({env}) is not documented in README.md"


def test_readme_gives_exactly_two_setup_commands() -> None:
    two = README.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    assert two.count("```sh") == 2
    assert "policydiff serve" in two
    assert "bash scripts/check" in two


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/check" in ci.splitlines()
