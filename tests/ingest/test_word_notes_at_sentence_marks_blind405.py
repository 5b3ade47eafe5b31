"""A Word note whose reference mark closes a sentence is read right after that sentence, where
its reader meets it (decisions 0087, 0595): a note adding to what the sentence says ("until
21.¹" / "¹ Or 25 for those still studying") then stands beside it, not a paragraph later. A
mark inside a sentence, or closing the paragraph, keeps the note at the paragraph's end.

Every text is written for these tests in our own words."""

from __future__ import annotations

from app.ingest import read_source
from tests.documents import new_word, word_bytes
from tests.ingest.test_word_notes import _paragraph, _with_notes


def _read(*runs: str, notes: dict[int, str]) -> str:
    document = new_word()
    _paragraph(document, *runs)
    return read_source(_with_notes(word_bytes(document), {"footnote": notes}), "c.docx").text


def test_a_note_whose_mark_closes_a_sentence_follows_that_sentence() -> None:
    text = _read(
        "Foster carers are paid an allowance every week.[footnote:1]",
        " It goes up each April. Carers may ask for a review of it.",
        notes={1: "The weekly rates are set by the cabinet."},
    )
    assert text == (
        "Foster carers are paid an allowance every week. The weekly rates are set by the "
        "cabinet. It goes up each April. Carers may ask for a review of it."
    )


def test_two_marks_closing_sentences_each_place_their_note() -> None:
    text = _read(
        "Reviews are held within a month.[footnote:1]",
        " Parents are invited.[footnote:2]",
        " Minutes go to everyone who came.",
        notes={1: "Sooner if the plan changes.", 2: "Unless a court has said otherwise."},
    )
    assert text == (
        "Reviews are held within a month. Sooner if the plan changes. Parents are invited. "
        "Unless a court has said otherwise. Minutes go to everyone who came."
    )


def test_a_mark_inside_a_sentence_keeps_its_note_at_the_paragraph_end() -> None:
    text = _read(
        "The fostering panel[footnote:1]",
        " meets every month. Its minutes are kept for ten years.",
        notes={1: "Its members are listed on the intranet."},
    )
    assert text == (
        "The fostering panel meets every month. Its minutes are kept for ten years. Its "
        "members are listed on the intranet."
    )


def test_a_mark_closing_the_paragraph_keeps_its_note_after_it() -> None:
    text = _read(
        "Each child has a named social worker.[footnote:1]",
        notes={1: "Or a senior practitioner for the most complex work."},
    )
    assert text == (
        "Each child has a named social worker. Or a senior practitioner for the most complex work."
    )


def test_a_mark_after_a_stop_with_lower_case_words_next_keeps_the_note_at_the_end() -> None:
    """An "e.g.¹ the panel" ends no sentence: the words after the mark carry on in lower case."""
    text = _read(
        "Some decisions, e.g.[footnote:1]",
        " a change of school, need the head of service. Others do not.",
        notes={1: "See the scheme of delegation."},
    )
    assert text.endswith("Others do not. See the scheme of delegation.")
