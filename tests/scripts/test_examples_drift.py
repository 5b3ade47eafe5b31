"""`scripts/examples_drift.py` reads documents with the family's model and with one trained on
earlier examples, and lists the sections that moved, splits and kinds alike (misses86,
decision 0581)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO_ROOT


def _script() -> ModuleType:
    name = "examples_drift"
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_BEFORE = [
    ("title", "Fostering in Ambleford", "# Fostering in Ambleford"),
    ("introduction", "Introduction", "## Introduction This chapter sets out the law."),
    ("values", "What we believe", "## What we believe We listen first."),
]


def test_equal_readings_move_nothing() -> None:
    assert _script().moves(_BEFORE, list(_BEFORE), every=False) == []


def test_a_split_shows_as_a_new_section_and_a_kind_as_one_move() -> None:
    after = [
        _BEFORE[0],
        _BEFORE[1],
        ("key_principles", "", "Care leavers keep an adviser to 25."),
        ("key_principles", "What we believe", "## What we believe We listen first."),
    ]
    assert _script().moves(_BEFORE, after, every=False) == [
        ("~", "values -> key_principles", "What we believe", "## What we believe We listen first."),
        ("+", "key_principles", "", "Care leavers keep an adviser to 25."),
    ]
    signs = [line[0] for line in _script().moves(_BEFORE, after, every=True)]
    assert signs == ["-", "+", "+"]


def test_an_annotated_opening_is_told_from_an_unannotated_one() -> None:
    script = _script()
    start = script._letters("What we believe")
    assert script._opens(script._letters("## What we believe We listen first."), start)
    assert not script._opens(script._letters("Care leavers keep an adviser"), start)


def test_the_same_model_moves_no_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _script()
    from app.families import get_family

    family_model = get_family().kind_model
    monkeypatch.setattr(script, "model_from", lambda files: family_model)
    (tmp_path / "chapter.md").write_text(
        "# Children's Services Policies, Values and Principles\n\n"
        "## Introduction\n\nThis chapter sets out the policy framework for Ambleford's staff.\n\n"
        "## Our values\n\nWe listen to children and act on what they tell us.\n",
        encoding="utf-8",
    )
    assert script.main(["--before", "HEAD", str(tmp_path)]) == 0
    assert "1 read in the family, 0 moved" in capsys.readouterr().out
