"""Markdown footnotes are read where their marks stand (decision 0150, as Word's and PDF's are
by decision 0087). Texts in our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.markdown_footnotes import place_footnotes


def test_a_note_after_a_sentences_full_stop_follows_that_sentence():
    text = (
        "## Leaving care\n\nCare leavers have an adviser until they are 21.[^a] Plans are "
        "reviewed twice a year.\n\nLast updated: 3 May 2025\n\n"
        "[^a]: Those at college keep theirs until 25.\n"
    )
    placed = place_footnotes(text)
    assert "until they are 21. Those at college keep theirs until 25. Plans are" in placed
    assert "[^a]" not in placed
    assert placed.rstrip().endswith("Last updated: 3 May 2025")


def test_a_mark_inside_a_sentence_places_its_note_at_that_sentences_end():
    text = "We follow the Care Act[^n] in all we do. Then more.\n\n[^n]: As amended in 2022.\n"
    assert (
        place_footnotes(text)
        == "We follow the Care Act in all we do. As amended in 2022. Then more.\n"
    )


def test_a_note_marked_in_a_list_follows_the_list_as_a_paragraph():
    text = (
        "Our Acts:\n\n- Children Act 1989\n- Adoption Act 1976[^1]\n\nMore text.\n\n"
        "[^1]: Now repealed.\n"
    )
    placed = place_footnotes(text)
    assert "- Adoption Act 1976\n\nNow repealed.\n\nMore text." in placed


def test_a_note_continued_on_indented_lines_is_read_whole():
    text = "A point.[^x]\n\n[^x]: First line of the note\n    and its second line.\n"
    assert place_footnotes(text) == "A point. First line of the note and its second line.\n"


def test_text_is_unchanged_when_a_mark_has_no_note_or_a_note_is_marked_twice():
    missing = "A point.[^x] Another.[^y]\n\n[^x]: Note.\n"
    assert place_footnotes(missing) == missing
    twice = "A point.[^x] Another.[^x]\n\n[^x]: Note.\n"
    assert place_footnotes(twice) == twice


def test_an_unmarked_note_stays_and_code_is_left_alone():
    text = "```\nx[^1]\n```\n\nText.\n\n[^1]: Note.\n"
    assert place_footnotes(text) == text


def test_read_source_places_notes_in_a_markdown_file():
    text = "# Title\n\nSupport lasts to 21.[^1]\n\n[^1]: Or 25 in education.\n"
    read = read_source(text.encode(), "chapter.md").text
    assert "Support lasts to 21. Or 25 in education." in read
    assert "[^1]" not in read


def test_notes_marked_together_are_lines_of_their_own_after_the_sentence():
    text = (
        "Our powers come from law.[^1][^2] The principles are:\n\n- one\n- two\n\n"
        "[^1]: Children Act 1989, s.17.\n[^2]: Children Act 2004, s.10.\n"
    )
    assert place_footnotes(text) == (
        "Our powers come from law.\n\nChildren Act 1989, s.17.\nChildren Act 2004, s.10.\n\n"
        "The principles are:\n\n- one\n- two\n"
    )


def test_a_sentence_running_on_to_the_next_line_takes_its_note_there():
    text = "We follow the Act[^w] as it\nstands today. More.\n\n[^w]: Since 2014.\n"
    assert place_footnotes(text) == "We follow the Act as it\nstands today. Since 2014. More.\n"
