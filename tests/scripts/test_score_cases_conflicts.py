"""`scripts/score_cases.py` scores annotated conflicts on a line of their own (decision 0102):
an annotated other value counts as found when the reading reports it as an alternative, an
alternative no annotation lists counts as unannotated, and the totals line stays eval_parse's."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import REPO_ROOT


def _module() -> ModuleType:
    path = REPO_ROOT / "scripts" / "score_cases.py"
    spec = importlib.util.spec_from_file_location("score_cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def score_cases() -> ModuleType:
    return _module()


@pytest.fixture(scope="module")
def eval_parse(score_cases: ModuleType) -> ModuleType:
    module: ModuleType = score_cases.load_eval_parse()
    return module


def _fact(value: Any, *alternatives: Any) -> dict[str, Any]:
    return {
        "value": value,
        "evidence": [],
        "conflict": bool(alternatives),
        "alternatives": [{"value": other, "evidence": []} for other in alternatives],
    }


def test_an_annotated_value_read_as_an_alternative_is_found(score_cases, eval_parse):
    facts = {"leaving_care_support_age": _fact({"age": 25, "extended": []}, {"age": 21})}
    annotated = {"leaving_care_support_age": [{"age": 21, "extended": []}]}
    scored = score_cases.conflicts_scored(eval_parse, annotated, facts)
    assert (scored.found, scored.missing, scored.unannotated) == (1, [], [])


def test_values_are_compared_on_what_matters_as_eval_parse_compares_facts(score_cases, eval_parse):
    # the extension's condition is worded differently; the ages are the same
    facts = {
        "leaving_care_support_age": _fact(
            {"age": 25, "extended": []},
            {"age": 21, "extended": [{"age": 24, "condition": "while studying"}]},
        )
    }
    annotated = {
        "leaving_care_support_age": [
            {"age": 21, "extended": [{"age": 24, "condition": "in education"}]}
        ]
    }
    assert score_cases.conflicts_scored(eval_parse, annotated, facts).found == 1


def test_an_annotated_value_not_read_is_missing(score_cases, eval_parse):
    facts = {"permanence_plan_months": _fact(3)}
    scored = score_cases.conflicts_scored(eval_parse, {"permanence_plan_months": [4]}, facts)
    assert (scored.found, scored.missing, scored.unannotated) == (
        0,
        ["permanence_plan_months=4"],
        [],
    )


def test_a_different_alternative_is_missing_the_annotated_one_and_unannotated(
    score_cases, eval_parse
):
    facts = {"permanence_plan_months": _fact(3, 6)}
    scored = score_cases.conflicts_scored(eval_parse, {"permanence_plan_months": [4]}, facts)
    assert scored.missing == ["permanence_plan_months=4"]
    assert scored.unannotated == ["permanence_plan_months=6"]


def test_an_alternative_of_a_fact_the_annotation_does_not_list_is_unannotated(
    score_cases, eval_parse
):
    facts = {"permanence_plan_months": _fact(3, 6), "amendment_date": _fact("2024-05")}
    scored = score_cases.conflicts_scored(eval_parse, {}, facts)
    assert (scored.found, scored.missing, scored.unannotated) == (
        0,
        [],
        ["permanence_plan_months=6"],
    )


def _case_set(tmp_path: Path, score_cases: ModuleType, conflicts: dict[str, Any] | None) -> Any:
    document = (
        "Fostering Policy\n\nAmendment\n\n"
        "This chapter was updated in March 2025: care leavers are now supported until they "
        "are 25.\n\nLeaving care\n\n"
        "Young people leaving our care are supported until they are 21.\n"
    )
    (tmp_path / "two-ages.txt").write_text(document, encoding="utf-8")
    annotation: dict[str, Any] = {
        "file": "two-ages.txt",
        "sections": [],
        "facts": {"amendment_date": "2025-03"},
    }
    if conflicts is not None:
        annotation["conflicts"] = conflicts
    expected = tmp_path / "set.json"
    expected.write_text(json.dumps({"documents": [annotation]}), encoding="utf-8")
    return score_cases.CaseSet(expected, tmp_path)


def test_a_set_scores_its_conflicts_apart_from_its_totals(
    tmp_path, score_cases, eval_parse, capsys
):
    cases = _case_set(
        tmp_path, score_cases, {"leaving_care_support_age": [{"age": 21, "extended": []}]}
    )
    scored = score_cases.score(cases, eval_parse, verbose=True)
    assert scored.line() == "sections 0/0 (0%), facts 1/1 (100%)"
    assert scored.conflicts_line() == "conflicts: found 1/1 (100%), unannotated 0"
    assert capsys.readouterr().out == ""


def test_a_conflict_read_where_none_is_annotated_is_reported(
    tmp_path, score_cases, eval_parse, capsys
):
    cases = _case_set(tmp_path, score_cases, None)
    scored = score_cases.score(cases, eval_parse, verbose=True)
    assert scored.conflicts_line() == "conflicts: found 0/0 (0%), unannotated 1"
    assert capsys.readouterr().out == (
        "  two-ages.txt: conflicts missing []; unannotated ['leaving_care_support_age=(21, ())']\n"
    )


def test_a_set_without_conflicts_annotated_or_read_prints_no_conflicts_line(score_cases):
    assert score_cases.Score(sections=3, sections_found=3).conflicts_line() is None
