"""The kind model: learned from labelled passages, it names kinds by meaning."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.families import get_family
from app.sections import KindExample, KindModel, LazyKindModel

EXAMPLES = [
    KindExample("values", "We believe in honesty, respect and putting children first."),
    KindExample("values", "Our values: listening, kindness, fairness."),
    KindExample(
        "strategy", "Our priorities for the next three years are early help and sufficiency."
    ),
    KindExample("strategy", "The plan invests in prevention to reduce demand."),
]


def test_a_model_learns_kinds_from_examples():
    model = KindModel.train(EXAMPLES)
    assert set(model.kinds) == {"values", "strategy"}
    kind, probability = model.best("Over the next three years our priority is early help.")
    assert kind == "strategy" and probability > 0.5
    scores = model.probabilities(["respect and honesty", "a plan of priorities"])
    assert [max(row, key=row.__getitem__) for row in scores] == ["values", "strategy"]
    assert all(sum(row.values()) == pytest.approx(1.0) for row in scores)


def test_a_model_needs_two_kinds():
    with pytest.raises(ValueError, match="two kinds"):
        KindModel.train(EXAMPLES[:2])
    assert LazyKindModel(EXAMPLES[:2]).get() is None
    assert LazyKindModel(()).get() is None


def test_the_family_model_reads_meaning_no_cue_knows():
    model = get_family().kind_model.get()
    assert model is not None
    reads = {
        "Being a good corporate parent": "corporate_parenting",
        "Keeping information about families safe and confidential": "information_sharing",
        "The statutes our work rests on include the Children Act 1989.": "introduction",
        "No single agency can protect children alone: health, police and schools work with us.": (
            "shared_responsibility"
        ),
    }
    for text, kind in reads.items():
        assert model.best(text)[0] == kind, text


def _family_words() -> list[str]:
    model = get_family().kind_model
    return sorted({word for example in model.examples for word in example.text.split()})[:3000]


FAMILY_WORDS = _family_words()
PASSAGES = st.lists(
    st.sampled_from(FAMILY_WORDS) | st.text(max_size=12) | st.sampled_from(["\n", "-", "\u2019s"]),
    max_size=40,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(PASSAGES | st.text(), min_size=1, max_size=8))
def test_the_direct_scorer_gives_scikit_learns_probabilities(texts):
    model = get_family().kind_model.get()
    assert model is not None
    direct = model.direct_probability_rows(texts)
    assert direct.shape == (len(texts), len(model.kinds))
    assert np.allclose(direct, model.sklearn_probability_rows(texts), rtol=0, atol=1e-9)


@settings(max_examples=50, deadline=None)
@given(st.lists(PASSAGES, min_size=1, max_size=4))
def test_the_direct_scorer_agrees_on_a_two_kind_model(texts):
    model = KindModel.train(EXAMPLES)
    direct = model.direct_probability_rows(texts)
    assert np.allclose(direct, model.sklearn_probability_rows(texts), rtol=0, atol=1e-9)


@settings(max_examples=50, deadline=None)
@given(st.lists(PASSAGES, min_size=2, max_size=6))
def test_a_passage_scores_the_same_alone_or_among_others(texts):
    """A word pair across two passages of one call belongs to neither: a block's kind does not
    depend on the block before it."""
    model = get_family().kind_model.get()
    assert model is not None
    together = model.direct_probability_rows(texts)
    for row, text in zip(together, texts, strict=True):
        assert np.array_equal(row, model.direct_probability_rows([text])[0])
