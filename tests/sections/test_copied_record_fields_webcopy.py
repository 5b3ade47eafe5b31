"""A document-control box copied from a browser as text, its label and value parted by a tab
(decision 0233): its rows are fields, as "Owner | Head of Service" rows are, so a heading of the
box's kind right after it opens the chapter's own section.

Each case is written for this test in our own words.
"""

from app.ingest import read_source
from app.sections.record_box import _is_field
from tests.sections.helpers import kinds_and_starts, outline_of


def _kinds(text: str) -> list[tuple[str, str]]:
    return kinds_and_starts(outline_of(read_source(text.encode(), "chapter.txt").text), 23)


def test_a_copied_control_box_then_a_purpose_heading_are_two_sections() -> None:
    text = (
        "Fostering Policy\n"
        "Document control\n"
        "Owner\tHead of Fostering\n"
        "Version\t2.3\n"
        "Next review\tMay 2026\n"
        "Why this policy matters\n\n"
        "Every procedure in our fostering manual rests on this policy. Read it first.\n\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    kinds = _kinds(text)
    assert ("scope", "Why this policy matters") in kinds


def test_label_and_value_parted_by_a_tab_or_a_wide_gap_are_a_field() -> None:
    assert _is_field("Owner    Head of Fostering")
    assert _is_field("Date of next review\tMay 2026")


def test_prose_and_a_long_label_are_no_field() -> None:
    assert not _is_field("We review this policy every year and tell carers what changed.")
    assert not _is_field("Who we asked before we wrote this policy    carers")
