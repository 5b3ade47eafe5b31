"""The learned sentence model's features and scoring (decision 0580)."""

from __future__ import annotations

import json
from pathlib import Path

from app.facts.sentence_model import FactSentenceModel, sentence_features, value_types


def test_features_are_words_pairs_the_section_kind_and_value_types() -> None:
    features = sentence_features("Help lasts until they turn 23.", "key_principles")
    assert "w:help" in features
    assert "p:they turn" in features
    assert "kind:key_principles" in features
    assert "value:age" in features


def test_value_types_name_ages_months_dates_counts_and_acts() -> None:
    assert "value:months" in value_types("within five calendar months")
    assert "value:date" in value_types("revised in June 2024")
    assert "value:year" in value_types("since 2019")
    assert "value:count" in value_types("six promises")
    assert "value:act" in value_types("the Children Act 1989")
    assert value_types("no value here") == []


def test_a_missing_model_file_is_an_empty_model(tmp_path: Path) -> None:
    model = FactSentenceModel.load(tmp_path / "none.json")
    assert not model.knows("permanence_plan_months")
    assert model.probability("permanence_plan_months", ["w:months"]) == 0.0


def test_a_sentence_scores_by_its_features_weights(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    entry = {"intercept": -2.0, "threshold": 0.5, "weights": {"w:months": 3.0}}
    path.write_text(json.dumps({"facts": {"permanence_plan_months": entry}}))
    model = FactSentenceModel.load(path)
    assert model.probability("permanence_plan_months", ["w:months"]) > 0.7
    assert model.probability("permanence_plan_months", ["w:days"]) < 0.2
