"""Ligature characters copied out of a PDF read as the letters they draw (blind310)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.text.normalize import normalize_text


def test_ligature_glyphs_become_their_letters() -> None:
    assert normalize_text("the \ufb01rst o\ufb03ce re\ufb02ects sta\ufb00") == (
        "the first office reflects staff"
    )


@given(st.text(alphabet="ab \ufb00\ufb01\ufb02\ufb03\ufb04\n"))
def test_no_ligature_survives_and_normalising_again_changes_nothing(text: str) -> None:
    once = normalize_text(text)
    assert not any("\ufb00" <= character <= "\ufb06" for character in once)
    assert normalize_text(once) == once
