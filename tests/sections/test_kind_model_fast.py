"""The kind model's direct scorer, fast and plain (decision 0145): `probability_rows` reads an
ASCII text's words with ASCII classes (`tokenize_fast`) and sums each kind's terms by its own
`bincount`; every probability must be `probability_rows_plain`'s to the last bit, so no reading
can change."""

import re
from functools import cache

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.families import get_family
from app.sections import KindExample, KindModel
from app.sections.kind_model import tokenize, tokenize_fast
from tests.conftest import CASES_DIR, SEEDS_DIR

TWO_KINDS = [
    KindExample("values", "We believe in honesty, respect and putting children first."),
    KindExample("strategy", "Our priorities for the next three years are early help."),
]


@cache
def _two_kind_model() -> KindModel:
    """A model with one weight row (two kinds), the scorer's other path."""
    return KindModel.train(TWO_KINDS)


def _paragraphs_of_the_known_documents() -> list[list[str]]:
    """Each case document's and seed's paragraphs (split at blank lines), a list per document,
    as the analysis hands a document's paragraphs to the model in one call."""
    documents = [*CASES_DIR.rglob("*.txt"), *CASES_DIR.rglob("*.md"), *SEEDS_DIR.glob("*.txt")]
    return [
        [part for part in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if part.strip()]
        for path in sorted(documents)
    ]


DOCUMENTS = _paragraphs_of_the_known_documents()


@pytest.fixture(scope="module")
def model() -> KindModel:
    family_model = get_family().kind_model.get()
    assert family_model is not None
    return family_model


def test_the_known_documents_are_many_and_some_are_not_ascii():
    paragraphs = [paragraph for document in DOCUMENTS for paragraph in document]
    assert len(DOCUMENTS) > 50 and len(paragraphs) > 1000
    assert any(not paragraph.isascii() for paragraph in paragraphs)


def test_every_paragraph_of_the_known_documents_has_the_same_words():
    for document in DOCUMENTS:
        for paragraph in document:
            text = paragraph.lower()
            assert tokenize_fast(text) == tokenize(text), paragraph


def test_every_known_document_scores_the_same_to_the_last_bit(model):
    for document in DOCUMENTS:
        for start in range(0, len(document), 60):  # the analysis reads at most 60 blocks a call
            texts = document[start : start + 60]
            fast = model.direct_probability_rows(texts)
            assert np.array_equal(fast, model.direct_probability_rows_plain(texts)), texts[0]


WORDS = st.sampled_from(
    ["child", "children's", "care-leavers", "o'neill", "year2", "2024", "_x", "co-op-", "\u2019s"]
)
TEXTS = st.lists(
    WORDS | st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.text(max_size=8),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_has_the_same_words(text):
    assert tokenize_fast(text) == tokenize(text)
    assert tokenize_fast(text.lower()) == tokenize(text.lower())


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXTS, max_size=8))
def test_any_texts_score_the_same_to_the_last_bit(model, texts):
    assert np.array_equal(
        model.direct_probability_rows(texts), model.direct_probability_rows_plain(texts)
    )


@settings(max_examples=50, deadline=None)
@given(st.lists(TEXTS, max_size=5))
def test_a_two_kind_model_scores_the_same_to_the_last_bit(texts):
    two = _two_kind_model()
    assert np.array_equal(
        two.direct_probability_rows(texts), two.direct_probability_rows_plain(texts)
    )


def test_no_texts_and_texts_without_known_words_score_the_same(model):
    for texts in ([], [""], ["", "zzqx"], ["1234 5678", "children in care"]):
        assert np.array_equal(
            model.direct_probability_rows(texts), model.direct_probability_rows_plain(texts)
        )
