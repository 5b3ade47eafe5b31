"""An accordion copied as text whose toggle word runs onto each fold's label with no space
("Leisure passesShow") loses the word, the label kept as written (decision 0500). Pages written
for these tests in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Youth Service Charter"


def _page(*folds: tuple[str, str]) -> str:
    body = "".join(f"{label}\n{words}\n" for label, words in folds)
    return f"Skip to main content\nMenu\n{TITLE}\n{body}Contact us\n"


def test_the_toggle_word_run_onto_each_label_is_taken_off() -> None:
    text = strip_edge_chrome(
        _page(
            ("Opening hoursHide", "The clubs open every weekday evening."),
            ("Leisure passes (free)Hide", "A pass costs nothing for anyone under eighteen."),
            ("Who runs the clubsHide", "Trained volunteers, checked before they start."),
        ),
        CUES,
    )
    assert "Opening hours\nThe clubs open" in text
    assert "Leisure passes (free)\nA pass" in text
    assert "Hide" not in text


def test_one_label_alone_keeps_its_words() -> None:
    text = strip_edge_chrome(
        _page(
            ("Keeping the doors Open", "The clubs open every weekday evening."),
            ("Project StarShow", "A yearly concert by the members."),
        ),
        CUES,
    )
    assert "Project StarShow" in text


def test_a_sentence_ending_in_a_capitalised_word_is_not_a_label() -> None:
    text = strip_edge_chrome(
        _page(
            ("We asked them all.Close", "The clubs open every weekday evening."),
            ("The last one said: no.Open", "A yearly concert by the members."),
        ),
        CUES,
    )
    assert "all.Close" in text and "no.Open" in text
