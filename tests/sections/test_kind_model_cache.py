"""A family's fitted kind model kept in the user's cache: read back, it scores exactly as the
model trained in the process; anything else about the cache only makes a process slower."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sections import KindExample, KindModel, LazyKindModel
from app.sections.kind_model import preprocess, tokenize
from app.sections.kind_model_cache import cache_folder, cache_key, load_or_train

EXAMPLES = (
    KindExample("values", "We believe in honesty, respect and putting children first."),
    KindExample("values", "Our values: listening, kindness, fairness.", weight=2.0),
    KindExample(
        "strategy", "Our priorities for the next three years are early help and sufficiency."
    ),
    KindExample("strategy", "The plan invests in prevention to reduce demand."),
    KindExample("scope", "This policy applies to every practitioner in children's services."),
)
TEXTS = [
    "respect and honesty",
    "a plan of priorities",
    "It applies to all staff.",
    "",
    "naïve café",
]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _refuse_training(monkeypatch):
    def refuse(cls, examples):
        raise AssertionError("trained although the cache holds the model")

    monkeypatch.setattr(KindModel, "train", classmethod(refuse))


def test_a_kept_model_scores_exactly_as_the_trained_one(cache_home, monkeypatch):
    trained = LazyKindModel(EXAMPLES, cache=True).get()
    assert trained is not None
    [kept] = (cache_home / "policydiff" / "kind-models").glob("*.npz")
    assert kept.name == f"{cache_key(EXAMPLES)}.npz"
    _refuse_training(monkeypatch)
    read = LazyKindModel(EXAMPLES, cache=True).get()
    assert read is not None and read is not trained
    assert read.kinds == trained.kinds
    assert read.fitted.vocabulary == trained.fitted.vocabulary
    assert np.array_equal(
        read.direct_probability_rows(TEXTS), trained.direct_probability_rows(TEXTS)
    )
    with pytest.raises(ValueError, match="no scikit-learn objects"):
        read.sklearn_probability_rows(TEXTS)


def test_the_cache_folder_follows_xdg_cache_home(cache_home, monkeypatch):
    assert cache_folder() == cache_home / "policydiff" / "kind-models"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "/home/someone")
    assert cache_folder().as_posix() == "/home/someone/.cache/policydiff/kind-models"


def test_other_examples_or_weights_name_another_file():
    key = cache_key(EXAMPLES)
    assert cache_key(EXAMPLES[:-1]) != key
    assert cache_key((*EXAMPLES[:-1], KindExample("scope", EXAMPLES[-1].text, 3.0))) != key
    assert cache_key(tuple(EXAMPLES)) == key


def test_a_damaged_file_is_trained_again_and_replaced(cache_home):
    path = cache_home / "policydiff" / "kind-models" / f"{cache_key(EXAMPLES)}.npz"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not an npz")
    model = load_or_train(EXAMPLES)
    assert model.sklearn_probability_rows(TEXTS).shape == (len(TEXTS), 3)  # trained here
    assert load_or_train(EXAMPLES).fitted.vocabulary == model.fitted.vocabulary
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_a_cache_that_cannot_be_written_only_trains(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    model = LazyKindModel(EXAMPLES, cache=True).get()
    assert model is not None and set(model.kinds) == {"values", "strategy", "scope"}


def test_a_model_without_cache_leaves_no_file(cache_home):
    assert LazyKindModel(EXAMPLES).get() is not None
    assert not cache_home.exists()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_words_are_split_as_scikit_learns_vectorizer_splits_them(text):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from app.sections.kind_model import TOKEN_PATTERN

    vectorizer = TfidfVectorizer(
        lowercase=True, strip_accents="unicode", token_pattern=TOKEN_PATTERN
    )
    assert preprocess(text) == vectorizer.build_preprocessor()(text)
    assert tokenize(preprocess(text)) == vectorizer.build_tokenizer()(preprocess(text))
