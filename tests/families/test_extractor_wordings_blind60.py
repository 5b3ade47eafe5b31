"""Wordings blind set 60 showed the reader missing (decision 0114): a sentence saying which
version the chapter now is ("It is now Version 2.4.").

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of


def test_a_sentence_saying_the_chapter_is_now_a_version_gives_the_number():
    text = (
        "Fostering Panel Procedure\n"
        "Amendment\n"
        "We updated the panel's membership rules in June 2025. It is now Version 8.1.\n"
        "Introduction\n"
        "This chapter covers how the fostering panel works.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value == "8.1"


def test_this_chapter_is_now_version_gives_the_number():
    text = (
        "Fostering Panel Procedure\n"
        "Amendment\n"
        "This chapter is now version 3, with a new section on reviews.\n"
        "Introduction\n"
        "This chapter covers how the fostering panel works.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value == "3"


def test_something_else_being_now_at_a_version_is_not_the_label():
    text = (
        "Fostering Panel Procedure\n"
        "Introduction\n"
        "Panel members fill in the recommendation form, which is now version 5.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value is None


# --- a page's update stamp after a version label and a middle dot -----------------------------


def test_an_update_stamp_after_a_dotted_version_label_is_the_last_update():
    text = (
        "Fostering Panel Procedure\n"
        "Version 5 \u00b7 Updated 9 May 2025\n"
        "Introduction\n"
        "This chapter covers how the fostering panel works.\n"
    )
    assert facts_of(text, "page.txt")["last_updated"].value == "2025-05-09"


def test_updated_after_a_dot_inside_a_sentence_is_no_stamp():
    text = (
        "Fostering Panel Procedure\n"
        "Introduction\n"
        "The panel met in spring \u00b7 updated 9 May 2025 rules were then applied to all cases.\n"
    )
    assert facts_of(text, "page.txt")["last_updated"].value is None
