import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.facts import (
    PartialDate,
    SearchWords,
    find_dates,
    inline_list_items,
    plain_view,
    read_number,
    read_outline,
    read_partial_date,
    read_trailing_number,
    sentence_spans,
)
from app.facts.readers import _FULL_STOP_END, _SENTENCE_END, _years
from app.sections import Block, Outline, Section
from app.text import Span


def _outline(text: str, blocks: tuple[Block, ...] = ()) -> Outline:
    section = Section("other", None, None, 1, 0, len(text), text, blocks)
    return Outline(text, None, (section,))


@pytest.mark.parametrize(
    ("words", "value"),
    [("4", 4), ("four", 4), ("Seven", 7), ("twenty-one", 21), ("twenty five", 25), ("12", 12)],
)
def test_numbers_in_digits_or_words(words, value):
    assert read_number(words) == value


@pytest.mark.parametrize("words", ["several", "the", "", "within four"])
def test_words_that_are_not_a_number(words):
    assert read_number(words) is None


def test_trailing_number_ignores_the_words_before_it():
    assert read_trailing_number("within six") == 6
    assert read_trailing_number("until twenty four") == 24
    assert read_trailing_number("the principles") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("May 2024", PartialDate(2024, 5)),
        ("Sept 2023", PartialDate(2023, 9)),
        ("3 June 2024", PartialDate(2024, 6, 3)),
        ("June 3, 2024", PartialDate(2024, 6, 3)),
        ("22/05/2024", PartialDate(2024, 5, 22)),
        ("04/05/2024", PartialDate(2024, 5, 4)),
        ("2024-05-22", PartialDate(2024, 5, 22)),
    ],
)
def test_partial_dates_keep_the_stated_precision(text, date):
    assert read_partial_date(text) == date


@pytest.mark.parametrize("text", ["v27", "2024", "Monday", "the end"])
def test_text_that_gives_no_month_is_not_a_date(text):
    assert read_partial_date(text) is None


def test_find_dates_skips_years_of_acts_and_locates_dates():
    text = "Children Act 2004 was cited; in March 2021 and on 2 April 2022 it changed."
    found = find_dates(text)
    assert [item.date.isoformat() for item in found] == ["2021-03", "2022-04-02"]
    assert [text[item.span.start : item.span.end] for item in found] == [
        "March 2021",
        "2 April 2022",
    ]


@settings(max_examples=80)
@given(
    text=st.lists(
        st.sampled_from(["1", "2", "0", "8", "9", "19", "20", "18", "2024", " ", "x", "May ", "/"]),
        max_size=30,
    ).map("".join),
    start=st.integers(0, 10),
)
def test_years_are_the_matches_of_one_pattern_for_either_century(text, start):
    one_pattern = re.compile(r"(?:1[89]|20)\d\d(?!\d)")
    expected = [match.span() for match in one_pattern.finditer(text, start, len(text))]
    assert [match.span() for match in _years(text, start, len(text))] == expected


_SENTENCE_PIECES = st.lists(
    st.sampled_from([".", "!", "?", "A", "b", "1", " ", "\n", "\t", "'", "\u201d", ")", "(", "•"]),
    max_size=40,
).map("".join)


@settings(max_examples=80)
@given(text=_SENTENCE_PIECES)
def test_full_stop_ends_are_the_sentence_ends_of_text_without_other_stops(text):
    text = text.replace("!", ".").replace("?", ".")
    found = [match.span("closing") for match in _FULL_STOP_END.finditer(text)]
    assert found == [match.span("closing") for match in _SENTENCE_END.finditer(text)]


@settings(max_examples=80)
@given(text=_SENTENCE_PIECES)
def test_sentences_are_trimmed_and_never_blank(text):
    for span in sentence_spans(text):
        quote = text[span.start : span.end]
        assert quote and quote == quote.strip()


def test_sentences_split_on_full_stops_and_lines_but_not_on_hard_wraps():
    text = (
        "Scope\n"
        "We support families. We listen to children and young people and we write down what\n"
        "they tell us in their own words.\n"
        "- first item;\n"
        "- second item."
    )
    quotes = [text[span.start : span.end] for span in sentence_spans(text)]
    assert quotes == [
        "Scope",
        "We support families.",
        "We listen to children and young people and we write down what\n"
        "they tell us in their own words.",
        "- first item;",
        "- second item.",
    ]


@pytest.mark.parametrize("text", ["a * b _c_ d", "2 * 3 = 6", "snake_case", "", "a ** b"])
def test_plain_view_keeps_single_stars_and_underscores(text):
    view = plain_view(text)
    expected = text.replace("**", "")
    assert view.text == expected
    assert view.to_original(0, len(expected)).quote(text).replace("**", "") == expected


def test_plain_view_drops_markdown_links_and_maps_back_to_the_original():
    original = "We use [Signs of Safety](https://example.org) and **care** \\(daily\\)."
    view = plain_view(original)
    assert view.text == "We use Signs of Safety and care (daily)."
    start = view.text.index("Signs of Safety")
    span = view.to_original(start, start + len("Signs of Safety"))
    assert original[span.start : span.end] == "Signs of Safety"
    span = view.to_original(view.text.index("(daily)"), view.text.index("(daily)") + 7)
    assert original[span.start : span.end] == "(daily\\)"


def _items_after_colon(text, outline=None):
    reading = read_outline(outline or _outline(text))
    items = reading.list_items_after(reading.text.index(":") + 1)
    return [text[item.start : item.end] for item in items]


def test_list_after_an_introduction_from_bulleted_lines():
    text = (
        "The laws are:\n\n  • First Act 1990;\n  • Second Act 2000; and\n  • Third Act 2010.\n\n"
        "After."
    )
    assert _items_after_colon(text) == ["First Act 1990", "Second Act 2000", "Third Act 2010"]


def test_list_after_an_introduction_from_numbered_lines_skips_nested_items():
    text = "Steps:\n1. Plan\n   - detail\n2. Act\n3. Review\nNext paragraph here."
    assert _items_after_colon(text) == ["Plan", "Act", "Review"]


def test_list_of_unmarked_lines_ending_in_semicolons():
    text = "Includes:\nOne Act 2001;\nTwo Act 2002;\nThree Act 2003.\nA new paragraph starts here."
    assert _items_after_colon(text) == ["One Act 2001", "Two Act 2002", "Three Act 2003"]


def test_no_list_after_a_plain_paragraph():
    text = "It says: nothing more.\nThis is prose that goes on and on."
    assert _items_after_colon(text) == []


def test_list_items_are_read_from_the_outlines_blocks_when_present():
    text = "Intro:\n\n- alpha;\n- beta\n\nText."
    blocks = (
        Block("paragraph", 0, 8, text[0:8], content_start=0, content_end=6),
        Block("list_item", 8, 17, text[8:17], level=1, content_start=10, content_end=16),
        Block("list_item", 17, 25, text[17:25], level=1, content_start=19, content_end=23),
        Block("paragraph", 25, len(text), text[25:], content_start=25, content_end=len(text)),
    )
    assert _items_after_colon(text, _outline(text, blocks)) == ["alpha", "beta"]


def test_evidence_quotes_the_original_text_and_names_its_section():
    text = "Intro [link words](#) end."
    reading = read_outline(_outline(text))
    start = reading.text.index("link words")
    evidence = reading.evidence(Span(start, start + len("link words")))
    assert evidence.quote == text[evidence.start : evidence.end] == "link words"
    assert evidence.section_kind == "other"


def _occurs_at(text: str, word: str, at: int) -> bool:
    """Whether `word` stands at `at`, a space between two of its words standing also for a line
    break (with spaces or tabs about it) before a lower-case letter: a hard wrap (0443)."""
    lead = len(word) - len(word.lstrip(" "))
    inner = word.strip(" ")
    trail = word[lead + len(inner) :]
    if not text.startswith(word[:lead], at):
        return False

    def rest(i: int, j: int) -> bool:
        if i == len(inner):
            return text.startswith(trail, j)
        if inner[i] != " ":
            return text.startswith(inner[i], j) and rest(i + 1, j + 1)
        if text.startswith(" ", j) and rest(i + 1, j + 1):
            return True
        k = j
        while k < len(text) and text[k] in " \t":
            k += 1
        if not text.startswith("\n", k):
            return False
        k += 1
        while k < len(text) and text[k] in " \t":
            k += 1
        return k < len(text) and "a" <= text[k] <= "z" and rest(i + 1, k)

    return rest(0, at + lead)


def _naive_sentences_containing(reading, words: tuple[str, ...]) -> list[Span]:
    """Each occurrence of each word, one by one, counts for the last sentence started before it."""
    found = {
        _last_started(reading, position)
        for word in words
        for position in range(len(reading.lower) + 1)
        if _occurs_at(reading.lower, word, position)
    }
    return [sentence for sentence in reading.sentences if sentence in found]


def _last_started(reading, position: int) -> Span | None:
    started = [sentence for sentence in reading.sentences if sentence.start <= position]
    return started[-1] if started else None


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet="ab .\nAB", max_size=60),
    words=st.lists(st.text(alphabet="ab .", min_size=1, max_size=4), min_size=1, max_size=5),
)
def test_sentences_containing_words_match_a_search_for_each_occurrence(text, words):
    reading = read_outline(_outline(text))
    expected = _naive_sentences_containing(reading, tuple(words))
    assert reading.sentences_containing(*words) == expected
    assert reading.sentences_containing(*reversed(words)) == expected  # remembered words too


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet="ab .\nAB\u00e9", max_size=40),
    declared=st.lists(st.text(alphabet="ab .\u00e9", max_size=3), max_size=4),
    words=st.lists(st.text(alphabet="ab .\u00e9", max_size=3), min_size=1, max_size=4),
)
def test_positions_of_declared_and_undeclared_words_are_every_occurrence(text, declared, words):
    """The family's search words, found in one pass, give what a search for each word gives."""
    reading = read_outline(_outline(text), SearchWords(declared))
    for word in [*declared, *words]:
        lower = reading.lower
        expected = tuple(at for at in range(len(lower) + 1) if lower.startswith(word, at))
        assert reading.positions_of(word) == expected


def test_declared_words_are_found_in_text_holding_a_lone_surrogate():
    reading = read_outline(_outline("a\ud800 model, the model"), SearchWords(["model"]))
    assert reading.positions_of("model") == (3, 14)


def test_a_reading_is_made_afresh_for_each_outline():
    """Nothing is remembered between readings: equal outlines give equal, separate readings."""
    first, second = (read_outline(_outline("the model")) for _ in range(2))
    assert first is not second
    first.positions_of("model")
    assert second.word_positions == {}


def test_practice_model_and_framework_are_found_in_their_own_sentences():
    text = "We use a practice model. Nothing here. A practice framework guides us."
    reading = read_outline(_outline(text))
    found = reading.sentences_containing("practice model", "practice framework")
    assert [reading.quote(span) for span in found] == [
        "We use a practice model.",
        "A practice framework guides us.",
    ]


def _listed(text: str, items: list[Span]) -> list[str]:
    return [text[item.start : item.end] for item in items]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "The duties are: (a) to act well; (b) to listen; and (c) to plan ahead. Then prose.",
            ["to act well", "to listen", "to plan ahead"],
        ),
        ("Ways: (i) first, (ii) second, (iii) third", ["first", "second", "third"]),
        ("Steps (1) agree (2) act (4) skipped", ["agree", "act"]),
        ("Read section 17(1)(a) and (b) of the Act.", []),
        ("Only (a) one item here.", []),
        ("Starts late: (b) two, (c) three.", []),
    ],
)
def test_inline_list_items_run_in_order_from_the_first_label(text, items):
    assert _listed(text, inline_list_items(text, 0, len(text))) == items


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["(a) ", "(b) ", "(c) ", "(i) ", "(ii) ", "x", "; ", ". ", " "])))
def test_inline_list_items_lie_inside_the_text_in_order(pieces):
    text = "".join(pieces)
    items = inline_list_items(text, 0, len(text))
    assert all(0 <= item.start <= item.end <= len(text) for item in items)
    assert all(one.end <= other.start for one, other in itertools.pairwise(items))


def test_block_lists_are_runs_of_list_items_at_one_level():
    text = "Intro\n\n- alpha;\n  - nested\n- beta\n\nText.\n\n- gamma\n"
    blocks = (
        Block("paragraph", 0, 7, text[0:7], content_start=0, content_end=5),
        Block("list_item", 7, 16, text[7:16], level=1, content_start=9, content_end=15),
        Block("list_item", 16, 27, text[16:27], level=2, content_start=20, content_end=26),
        Block("list_item", 27, 35, text[27:35], level=1, content_start=29, content_end=33),
        Block("paragraph", 35, 42, text[35:42], content_start=35, content_end=40),
        Block("list_item", 42, len(text), text[42:], level=1, content_start=44, content_end=49),
    )
    reading = read_outline(_outline(text, blocks))
    assert [_listed(text, items) for items in reading.block_lists()] == [
        ["alpha", "beta"],
        ["gamma"],
    ]
    assert [_listed(text, items) for items in reading.block_lists(("gam",))] == [["gamma"]]
    assert reading.block_at(20) == blocks[2]
    assert reading.block_at(len(text)) is None


def test_table_first_cells_leave_out_a_markdown_header_and_its_separator():
    text = (
        "Intro.\n\n| Law | Why |\n|---|:---:|\n| First Act 1990 | a reason |\n"
        "| Second Act 2000 | another |\n\nWord table:\nFirst | one\nSecond | two\n"
    )
    reading = read_outline(_outline(text))
    assert [_listed(text, rows) for rows in reading.table_first_cells()] == [
        ["First Act 1990", "Second Act 2000"],
        ["First", "Second"],
    ]
    assert read_outline(_outline("No tables here.")).table_first_cells() == []


def test_a_lettered_list_ends_where_the_numbered_paragraphs_go_on():
    text = (
        "7. We follow these principles:\n\n(a) to listen;\n\n(b) to act.\n\n"
        "8. Our practice is restorative and we repair relationships.\n"
    )
    from app.analysis import analyze
    from app.families import get_family
    from app.ingest import read_source

    outline = analyze(read_source(text.encode(), "chapter.txt"), get_family()).outline
    assert _items_after_colon(text, outline) == ["to listen", "to act"]


def test_bold_opening_an_item_is_no_other_marker():
    text = (
        "We follow these principles:\n\n- **Voice:** children are heard;\n"
        "- children are kept safe;\n- **Stability:** homes last.\n"
    )
    from app.analysis import analyze
    from app.families import get_family
    from app.ingest import read_source

    outline = analyze(read_source(text.encode(), "chapter.md"), get_family()).outline
    items = _items_after_colon(text, outline)
    assert len(items) == 3


@pytest.mark.parametrize(
    ("words", "value"), [("twentyfifth", 25), ("twentyone", 21), ("Thirtyfirst", 31)]
)
def test_a_tens_word_run_onto_its_unit_is_the_number(words, value):
    # as a PDF reader joins "twenty-" and "fifth" across a line end (decision 0234)
    assert read_number(words) == value


@pytest.mark.parametrize("words", ["twentyish", "seventyfold"])
def test_a_tens_word_run_onto_other_letters_is_no_number(words):
    assert read_number(words) is None
