"""What `scripts/check` prepares once before its suites, so that their workers and the processes
they start do not each do it again (decision 0566): each family's kind model kept
(`scripts/keep_kind_models.py`), and the test modules collected once with their rewritten
bytecode kept, also where PYTHONDONTWRITEBYTECODE is set."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from app.sections import KindExample, KindModel, LazyKindModel
from tests.conftest import REPO_ROOT

EXAMPLES = (
    KindExample("values", "We hold to fairness, warmth and telling children the truth."),
    KindExample("values", "What we stand for", weight=2.0),
    KindExample("scope", "These pages cover every worker in the fostering team."),
    KindExample("scope", "Who must follow this", weight=2.0),
)


def _script() -> ModuleType:
    name = "keep_kind_models"
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class _Family:
    kind_model: LazyKindModel


def _refuse_training(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(cls: type[KindModel], examples: object) -> KindModel:
        raise AssertionError("trained although the model was kept")

    monkeypatch.setattr(KindModel, "train", classmethod(refuse))


def test_a_kept_model_is_read_by_the_next_process_without_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    keep = _script().keep_kind_models
    families = [_Family(LazyKindModel(EXAMPLES, cache=True)), _Family(LazyKindModel(()))]
    assert keep(families) == 1
    assert len(list((tmp_path / "cache" / "policydiff" / "kind-models").glob("*.npz"))) == 1
    _refuse_training(monkeypatch)
    # A later process's family: a model object of its own, read from what was kept.
    assert keep([_Family(LazyKindModel(EXAMPLES, cache=True))]) == 1


def _check_commands() -> list[str]:
    lines = (REPO_ROOT / "scripts" / "check").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if not line.lstrip().startswith("#")]


def test_the_check_keeps_the_models_before_any_suite_starts() -> None:
    commands = _check_commands()
    kept = commands.index("python scripts/keep_kind_models.py")
    installed = next(i for i, line in enumerate(commands) if "pip install" in line)
    first_suite = next(i for i, line in enumerate(commands) if "pytest" in line)
    assert installed < kept < first_suite


def test_the_check_collects_once_with_bytecode_kept_before_the_suites() -> None:
    commands = _check_commands()
    collected = next(i for i, line in enumerate(commands) if "--collect-only" in line)
    assert "env -u PYTHONDONTWRITEBYTECODE pytest" in commands[collected]
    joined = commands.index('wait "$collect_pid" || collect_status=$?')
    suites = next(i for i, line in enumerate(commands) if line.startswith('run_job "$logs/0"'))
    assert collected < joined < suites


def _collect(folder: Path, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    shown = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=folder,
        env={**environment, "PYTEST_DEBUG": "1", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return shown.stdout + shown.stderr


def test_pytest_reads_rewritten_bytecode_kept_by_an_earlier_collection(tmp_path: Path) -> None:
    """The premise of the check's collection: a worker that may not write bytecode still reads
    the rewritten modules an earlier collection kept, instead of rewriting them."""
    module = tmp_path / "test_kept.py"
    module.write_text("def test_one():\n    assert 1 + 1 == 2\n")
    first = _collect(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert f"rewriting {module!r}" in first
    assert not list(tmp_path.glob("__pycache__/*-pytest-*.pyc"))
    _collect(tmp_path)
    assert list(tmp_path.glob("__pycache__/test_kept.*-pytest-*.pyc"))
    later = _collect(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert f"found cached rewritten pyc for {module}" in later
    assert f"rewriting {module!r}" not in later
