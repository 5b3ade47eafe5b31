"""A web page dumped as text by a text-mode browser (issue 12, item 3): its link numbers, form
boxes, `<link>` relations line and closing address list are the browser's, not the chapter's.

Each page is written for this test in our own words.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.ingest import read_source
from app.ingest.browser_dump import undo_link_numbers

DUMP = """\
   #[1]Aldwick Council [2]alternate

   [3]Skip to main content

   [4]Aldwick Council logo
     * [5]Home
     * [6]Parking
     * [7]Libraries and archives
     * [8]Adult social care

   [9]Search Aldwick ________________ [10]Go

    1. [11]Home
    2. [12]Family services

               Our Policy for Children in Need

   [13]Print

What the law says

   We follow the [14]Children Act 1989 and the guidance issued with it, and
   we review this page every year.

Keeping records

   Families may ask to see what we hold about them.

   [15]Back to top

   (c) Aldwick Council 2025

References

   1. https://aldwick.example/
   2. https://aldwick.example/feed
   3. https://aldwick.example/page#main
   4. https://aldwick.example/
   5. https://aldwick.example/
   6. https://aldwick.example/parking
   7. https://aldwick.example/libraries
   8. https://aldwick.example/adults
   9. https://aldwick.example/search
  10. https://aldwick.example/search
  11. https://aldwick.example/
  12. https://aldwick.example/families
  13. javascript:print()
  14. https://www.legislation.gov.uk/ukpga/1989/41
  15. https://aldwick.example/page#top
"""


def test_a_dump_loses_its_link_numbers_and_address_list():
    text = undo_link_numbers(DUMP)
    assert "[14]" not in text and "References" not in text and "https://" not in text
    assert "We follow the Children Act 1989 and the guidance" in text


def test_the_site_head_above_the_title_goes_and_the_title_opens_the_text():
    text = undo_link_numbers(DUMP)
    assert text.lstrip().startswith("Our Policy for Children in Need")
    for menu_entry in ("Parking", "Libraries and archives", "Search Aldwick", "Family services"):
        assert menu_entry not in text


def test_a_read_dump_keeps_the_chapter_and_leaves_the_page_chrome_out():
    text = read_source(DUMP.encode(), "page.txt").text
    assert text.lstrip().startswith("Our Policy for Children in Need")
    assert "Keeping records" in text
    for chrome in ("Print", "Back to top", "(c) Aldwick Council 2025", "_____"):
        assert chrome not in text


def test_a_chapter_with_footnote_marks_and_no_address_list_is_its_own():
    text = "Our policy.\n\nWe follow the Children Act 1989.[1]\n\n[1] As amended in 2004.\n"
    assert undo_link_numbers(text) == text


def test_numbers_the_address_list_does_not_give_leave_the_text_alone():
    text = (
        "Our policy [7]here.\n\nReferences\n\n   1. https://a.example/\n   2. https://b.example/\n"
    )
    assert undo_link_numbers(text) == text


def test_a_short_reading_list_of_one_address_is_no_dump():
    text = "Our policy [1]here.\n\nReferences\n\n   1. https://a.example/\n"
    assert undo_link_numbers(text) == text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_text_without_an_address_list_is_unchanged(text):
    if "\n" not in text.rstrip():
        assert undo_link_numbers(text) == text


@given(st.lists(st.text(alphabet="abc []0123456789_#*\n", max_size=40), min_size=0, max_size=12))
def test_undoing_never_raises_and_only_removes_characters(lines):
    text = "\n".join(lines) + "\nReferences\n\n   1. https://a.example/\n   2. https://b.example/\n"
    undone = undo_link_numbers(text)
    remaining = iter(text)
    assert all(character in remaining for character in undone)


HEAD_WITH_LABELLED_BOX_AND_TRAIL_END = """\
   [1]Skip to content

   [2]Home [3]Planning [4]Family services

   Find a page ____________________ [5]Search

    1. [6]Home
    2. [7]Family services
    3. Caring for children in need

Caring for Children in Need
===========================

   We help [8]families early.

References

   1. https://marlow-end.example/page#main
   2. https://marlow-end.example/
   3. https://marlow-end.example/planning
   4. https://marlow-end.example/families
   5. https://marlow-end.example/search
   6. https://marlow-end.example/
   7. https://marlow-end.example/families
   8. https://marlow-end.example/families/help
"""


def test_a_labelled_search_box_and_the_trails_unlinked_last_entry_go_with_the_head():
    text = undo_link_numbers(HEAD_WITH_LABELLED_BOX_AND_TRAIL_END)
    assert text.lstrip().startswith("Caring for Children in Need\n====")
    assert "Find a page" not in text and "3. Caring" not in text


def test_an_unlinked_numbered_line_after_no_numbered_link_is_the_title():
    dump = HEAD_WITH_LABELLED_BOX_AND_TRAIL_END.replace(
        "    1. [6]Home\n    2. [7]Family services\n", "   [6]Home [7]Family services\n"
    )
    assert undo_link_numbers(dump).lstrip().startswith("3. Caring for children in need")
