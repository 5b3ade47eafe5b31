"""The kind model's fast scoring against its plain version (decision 0252): the same words, the
same probabilities to the bit."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from app.families import get_family
from app.sections.kind_model import preprocess, tokenize, tokenize_fast

DOCUMENTS = Path(__file__).resolve().parents[1] / "cases" / "documents"
SEEDS = Path(os.environ.get("POLICYDIFF_SHARED", "/work/shared")) / "seeds"

_PIECES = st.sampled_from(
    ["a", "Ab", "children", "don't", "16-year-old", "x_y", "_", "-", "'", "\u2019", "é", "2024",
     " ", "  ", "\t", "\n", ".", ",", "(", ")", "/", "3rd", "--", "a-", "-a", "\x1f", "ß"]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_fast_words_are_the_plain_words(text: str) -> None:
    assert tokenize_fast(text) == tokenize(text)
    assert tokenize_fast(preprocess(text)) == tokenize(preprocess(text))


def _paragraphs() -> list[str]:
    paths = sorted(DOCUMENTS.glob("*.txt")) + sorted(DOCUMENTS.glob("*.md"))
    paths += sorted(SEEDS.glob("*.txt"))
    texts = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.extend(part for part in text.split("\n\n") if part.strip())
    return texts


def test_fast_words_on_every_case_paragraph() -> None:
    paragraphs = _paragraphs()
    assert len(paragraphs) > 1000
    for text in paragraphs:
        assert tokenize_fast(preprocess(text)) == tokenize(preprocess(text))


def test_fast_probabilities_are_the_plain_ones_to_the_bit() -> None:
    model = get_family().kind_model.get()
    assert model is not None
    scorer = model._direct
    paragraphs = _paragraphs()
    for start in range(0, len(paragraphs), 40):
        batch = paragraphs[start : start + 40]
        plain = scorer.probability_rows(batch)
        fast = scorer.probability_rows_fast(batch)
        assert np.array_equal(plain, fast), batch
    assert np.array_equal(scorer.probability_rows(["x"]), scorer.probability_rows_fast(["x"]))
