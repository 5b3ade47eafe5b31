"""Wordings blind set 39 showed the reader missing (decision 0082).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- a version label as one field of a page's record row --------------------------------------


def test_a_version_between_bars_in_a_record_row_is_the_label():
    text = (
        "Short Breaks Policy\n"
        "Reviewed: 4 March 2025 | Version 2.4 | Print this page\n"
        "Scope of this chapter\n"
        "This chapter covers short breaks for disabled children.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value == "Version 2.4"


def test_a_version_inside_a_sentence_before_a_bar_is_not_the_label():
    text = (
        "Short Breaks Policy\n"
        "Scope of this chapter\n"
        "Carers fill in the form, which is now on version 3 | see the forms library.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value is None


def test_version_rows_of_a_history_out_of_order_give_the_latest_dated_label():
    text = (
        "Short Breaks Policy\n"
        "Document history\n"
        "Issue 1 | Jun 2022 | First published\n"
        "Issue 3 | Feb 2025 | Eligibility rewritten\n"
        "Issue 2 | Aug 2023 | Phone numbers changed\n"
        "Scope of this chapter\n"
        "This chapter covers short breaks for disabled children.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value == "Issue 3"


# --- the looked-after term in the singular and in the council's voice --------------------------


def test_a_child_who_is_looked_after_is_the_term():
    text = (
        "# Short Breaks Policy\n\n"
        "## Introduction\n\n"
        "Where a child is looked after, the social worker arranges the short break.\n"
    )
    assert facts_of(text, "page.md")["looked_after_term"].value == "children who are looked after"


def test_the_council_naming_its_children_in_our_care_outweighs_one_we_look_after():
    text = (
        "# Short Breaks Policy\n\n"
        "## Introduction\n\n"
        "We call the children we look after children in our care. Short breaks for children "
        "in our care are agreed at their review.\n"
    )
    assert facts_of(text, "page.md")["looked_after_term"].value == "Children in Care"


def test_a_child_who_is_cared_for_at_home_is_not_the_looked_after_term():
    text = (
        "# Short Breaks Policy\n\n"
        "## Introduction\n\n"
        "A child who is well looked after at home may still need a short break.\n"
    )
    assert facts_of(text, "page.md")["looked_after_term"].value is None
