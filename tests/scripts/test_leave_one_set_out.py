"""`scripts/leave_one_set_out.py` trains the kind model without the set it scores, keeps every
other passage in the builder's order, and sets a candidate constant for one run (decision 0370)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO_ROOT


def _script() -> ModuleType:
    name = "leave_one_set_out"
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _line(kind: str, text: str) -> str:
    return json.dumps({"kind": kind, "text": text, "weight": 1.0}, sort_keys=True)


def test_the_model_learns_every_passage_but_the_left_out_sets_in_order(tmp_path: Path) -> None:
    script = _script()
    passages = [
        ("", _line("scope", "This chapter applies to the fostering service of Ambleford.")),
        ("blind7", _line("values", "We listen to children in Ambleford first of all.")),
        ("blind8", _line("vision", "Every child in Kestrel Vale will grow up safe.")),
        ("blind7", _line("strategy", "Our plan for Ambleford is to help families early.")),
        ("blind70", _line("introduction", "The council of Ambleford wrote this in spring.")),
    ]
    texts = [
        example.text for example in script.model_without(passages, "blind7", tmp_path).examples
    ]
    learned = [text for text in texts if "Ambleford" in text or "Kestrel" in text]
    assert learned == [
        "This chapter applies to the fostering service of Ambleford.",
        "Every child in Kestrel Vale will grow up safe.",
        "The council of Ambleford wrote this in spring.",
    ]


def test_a_constant_is_set_for_the_run_and_an_unknown_one_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = _script()
    from app.sections import segment

    monkeypatch.setattr(segment, "BOUNDARY_COST", segment.BOUNDARY_COST)
    script.set_constant("app.sections.segment.BOUNDARY_COST=1.25")
    assert segment.BOUNDARY_COST == 1.25
    with pytest.raises(SystemExit):
        script.set_constant("app.sections.segment.NO_SUCH_COST=1")
