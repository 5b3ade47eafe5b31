"""Struck-through text in an HTML page (`<del>`, `<s>`, `<strike>`) is what the page shows as
removed or no longer true: it is dropped, as a Word file's tracked deletions are (decision
0216); inserted text (`<ins>`) and the words around it are kept."""

import pytest

from app.ingest import read_source


def _render(body: str) -> str:
    return read_source(f"<!doctype html><html><body>{body}</body></html>".encode()).text


@pytest.mark.parametrize("tag", ["del", "s", "strike"])
def test_a_struck_through_old_date_is_dropped_and_the_new_one_kept(tag: str) -> None:
    text = _render(
        "<main><h1>Fostering Policy</h1><h2>About this policy</h2>"
        f"<p>This policy was last revised in <{tag}>August 2023</{tag}> <ins>May 2024</ins>.</p>"
        "</main>"
    )
    assert "August 2023" not in text
    assert "revised in May 2024." in text


def test_text_without_a_strike_keeps_every_word() -> None:
    text = _render(
        "<main><h1>Fostering Policy</h1><p>Revised in August 2023 and again in May 2024.</p></main>"
    )
    assert "Revised in August 2023 and again in May 2024." in text
