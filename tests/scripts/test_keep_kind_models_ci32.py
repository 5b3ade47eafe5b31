"""`scripts/keep_kind_models.py` keeps each family's kind model before the suites start, so the
processes they start at once read one kept model instead of each training it (decision 0566)."""

from __future__ import annotations

import importlib.util
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


def test_the_check_keeps_the_models_before_any_suite_starts() -> None:
    lines = (REPO_ROOT / "scripts" / "check").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in lines if not line.lstrip().startswith("#")]
    kept = commands.index("python scripts/keep_kind_models.py")
    installed = next(i for i, line in enumerate(commands) if "pip install" in line)
    first_suite = next(i for i, line in enumerate(commands) if "pytest" in line)
    assert installed < kept < first_suite
