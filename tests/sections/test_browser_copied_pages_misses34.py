"""Pages copied from a browser as text, round misses34 (decision 0250).

A browser's copy puts a blank line round a paragraph but none round a heading, a list or a
table: a heading over its paragraph stands between blank lines, a heading after a list or table
touches the list's last line, and a heading over a list or table touches its first line. So:

- two plain headings of one kind set apart from their paragraphs are siblings when an earlier
  heading set the same way, or one straight over a list or table, opened a section of another
  kind (the chapter has shown how it heads its sections), though the first of the two touches
  the list above it; with no such earlier heading they still join (decision 0071);
- a line run on under a dated list's entries ("May 2022 - first issued"), holding no such dash
  of its own, is the heading after the list.

Each case is written for this test in our own words.
"""

from app.ingest import read_source
from app.sections.model import Outline
from tests.sections.helpers import kinds_and_starts, outline_of


def _outline(text: str) -> Outline:
    return outline_of(read_source(text.encode(), "chapter.txt").text)


def _kinds(text: str) -> list[tuple[str, str]]:
    return kinds_and_starts(_outline(text), 60)


def _headings(text: str) -> list[str | None]:
    return [section.heading for section in _outline(text).sections]


# --- same-kind plain headings, one run on under a list -------------------------------------


def test_same_kind_headings_after_a_shown_rank_are_siblings_though_one_touches_a_list() -> None:
    text = (
        "Fernley Children's Services Values and Principles\n"
        "Record of changes\n"
        "Issue\tMonth\tWhat changed\n"
        "1\t03/2021\tWritten\n"
        "2\t09/2024\tAges for leaving care support raised\n"
        "The law we follow\n\n"
        "These laws shape what the council must do:\n\n"
        "Children Act 1989\n"
        "Children and Families Act 2014\n"
        "Children and Social Work Act 2017\n"
        "Permanence\n\n"
        "Every child in our care has a plan for a lasting home, agreed at the second review "
        "after they came into care.\n\n"
        "Leaving care\n\n"
        "Young people who leave our care keep a personal adviser until they are 25 if they "
        "ask for one.\n"
    )
    kinds = _kinds(text)
    principles = [start for kind, start in kinds if kind == "key_principles"]
    assert [start.split("\n")[0] for start in principles] == ["Permanence", "Leaving care"]


def test_a_heading_over_a_list_under_the_title_shows_the_rank_too() -> None:
    text = (
        "Fernley Children's Services Values and Principles\n"
        "Record of changes\n"
        "March 2021: written\n"
        "September 2024: ages for leaving care support raised\n"
        "Permanence\n\n"
        "Every child in our care has a plan for a lasting home, agreed at the second review "
        "after they came into care.\n\n"
        "Leaving care\n\n"
        "Young people who leave our care keep a personal adviser until they are 25 if they "
        "ask for one.\n"
    )
    principles = [start for kind, start in _kinds(text) if kind == "key_principles"]
    assert [start.split("\n")[0] for start in principles] == ["Permanence", "Leaving care"]


def test_same_kind_headings_with_no_earlier_heading_still_join() -> None:
    text = (
        "Fernley Children's Services Values and Principles\n\n"
        "This chapter was changed in June 2024.\n\n"
        "Permanence\n\n"
        "Every child in our care has a plan for a lasting home, agreed at the second review "
        "after they came into care.\n\n"
        "Leaving care\n\n"
        "Young people who leave our care keep a personal adviser until they are 25 if they "
        "ask for one.\n"
    )
    kinds = [kind for kind, _start in _kinds(text)]
    assert kinds.count("key_principles") == 1


# --- a heading run on under a dated list -----------------------------------------------------


def test_a_heading_run_on_under_dated_entries_opens_a_section() -> None:
    text = (
        "Fernley Children's Services Values and Principles\n"
        "Changes to this chapter\n"
        "May 2022 \u2013 first issued\n"
        "April 2025 \u2013 staying close offer added\n"
        "The families we serve\n\n"
        "Most of our work is with children in need and their families, and with children "
        "in our care.\n"
    )
    starts = [start.split("\n")[0] for _kind, start in _kinds(text)]
    assert "The families we serve" in starts


def test_a_last_entry_with_its_own_dash_is_no_heading() -> None:
    text = (
        "Fernley Children's Services Values and Principles\n"
        "Changes to this chapter\n"
        "May 2022 \u2013 first issued\n"
        "April 2025 \u2013 staying close\n\n"
        "We publish each new issue on the council's website and tell staff by email.\n"
    )
    assert "April 2025 \u2013 staying close" not in _headings(text)
