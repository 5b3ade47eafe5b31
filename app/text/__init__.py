"""Lossless text primitives that every stage shares: one normalisation, one span, one tokenizer."""

from app.text.normalize import normalize_text
from app.text.spans import LineIndex, Span
from app.text.tokens import PLAIN_WORD_RE, WORD_PATTERN, WORD_RE, tokenize_words

__all__ = [
    "PLAIN_WORD_RE",
    "WORD_PATTERN",
    "WORD_RE",
    "LineIndex",
    "Span",
    "normalize_text",
    "tokenize_words",
]
