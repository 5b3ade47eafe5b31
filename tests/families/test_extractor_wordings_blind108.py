"""Facts in wordings blind set 108 showed the reader missing (decision 0178).

Page tools export a page's properties and callouts as text: a property named by what it holds
("Last edited time") and a callout opened by a pictograph. Each case is written for this test in
our own words, not copied from the set's documents; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.reading import facts_of

# --- a page tool's property "Last edited time" --------------------------------------------------


def test_a_last_edited_time_property_under_the_title_stamps_the_page():
    text = (
        "# Family Help Policy\n\n"
        "Owner: Family Help Service\n"
        "Last edited time: June 3, 2024 4:15 PM\n\n"
        "## About this policy\n\n"
        "This policy applies to all staff.\n"
    )
    assert facts_of(text, "chapter.md")["last_updated"].value == "2024-06-03"


def test_a_last_updated_date_field_stamps_the_page():
    text = (
        "Family Help Policy\n\n"
        "Last updated date: 9 October 2023\n\n"
        "About this policy\n"
        "This policy applies to all staff.\n"
    )
    assert facts_of(text)["last_updated"].value == "2023-10-09"


def test_a_created_time_property_does_not_stamp_the_page():
    text = (
        "# Family Help Policy\n\n"
        "Created time: June 3, 2024 4:15 PM\n\n"
        "## About this policy\n\n"
        "This policy applies to all staff.\n"
    )
    assert facts_of(text, "chapter.md")["last_updated"].value is None


# --- a callout opened by a pictograph -------------------------------------------------------------


def test_a_dated_entry_after_a_callouts_pictograph_is_an_amendment():
    text = (
        "# Family Help Policy\n\n"
        "## About this policy\n\n"
        "This policy applies to all staff.\n\n"
        "\U0001f4a1 April 2024: this policy was amended to add the new referral route.\n"
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2024-04"


def test_a_warning_sign_with_its_variation_selector_opens_a_dated_entry():
    text = (
        "# Family Help Policy\n\n"
        "## About this policy\n\n"
        "This policy applies to all staff.\n\n"
        "\u26a0\ufe0f April 2024: this policy was amended to add the new referral route.\n"
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2024-04"


def test_a_pictograph_before_a_date_of_an_event_is_no_amendment():
    text = (
        "# Family Help Policy\n\n"
        "## About this policy\n\n"
        "This policy applies to all staff.\n\n"
        "\U0001f4c5 April 2024: the family hub opens on the high street.\n"
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value is None
