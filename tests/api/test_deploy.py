"""The Dockerfile installs exactly as the README tells a person to (no Docker engine runs here)."""

from __future__ import annotations

import re

from tests.conftest import REPO_ROOT

DOCKERFILE = (REPO_ROOT / "Dockerfile").read_text(encoding="utf-8")
README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
INSTALL_MARKER = "# readme-install:"


def _readme_run_command() -> str:
    two = README.split("## Two commands", 1)[1]
    return re.findall(r"```sh\n(.+?)\n```", two, flags=re.S)[0].strip()


def _dockerfile_install_line() -> str:
    lines = DOCKERFILE.splitlines()
    marker = lines.index(INSTALL_MARKER)
    run = lines[marker + 1]
    assert run.startswith("RUN "), "the line after the marker must be the install RUN"
    return run.removeprefix("RUN ").strip()


def test_dockerfile_installs_with_the_readmes_own_command() -> None:
    command = _readme_run_command()
    steps = [step.strip() for step in command.split("&&")]
    assert steps[-1].endswith("policydiff serve"), command
    install = " && ".join(steps[:-1])
    assert _dockerfile_install_line() == install


def test_dockerfile_serves_on_all_interfaces_as_a_non_root_user() -> None:
    assert re.search(r"^FROM python:3\.11-slim\b", DOCKERFILE, flags=re.M)
    users = re.findall(r"^USER (\S+)", DOCKERFILE, flags=re.M)
    assert users and users[-1] not in {"root", "0"}
    cmd = re.findall(r"^CMD (.+)$", DOCKERFILE, flags=re.M)[-1]
    assert '"policydiff", "serve", "--host", "0.0.0.0"' in cmd


def test_dockerfile_keeps_sqlite_on_the_data_volume_by_default() -> None:
    assert 'DATABASE_URL="sqlite:////data/policydiff.sqlite3"' in DOCKERFILE
    assert 'VOLUME ["/data"]' in DOCKERFILE


def test_dockerignore_keeps_local_state_out_of_the_image() -> None:
    ignored = (REPO_ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for entry in (".git", ".venv", "*.sqlite3"):
        assert entry in ignored
    for needed in ("app", "migrations", "corpus", "frontend", "README.md", "pyproject.toml"):
        assert needed not in ignored
