"""The family's extractors on wordings met in the twenty-fourth blind round (a facts probe):
a version label beside its amendment ("Issue 5 · Revised 02/2023", a bold label then "the
changes in this issue were made on …", a date then the version in brackets), a document
control's "Date revised" field, dated entries under a "What's changed" heading, a title in
capitals with its stamp on the next line, a model's name holding "at" or "to", a third support
age offered "for one who …", and a principles table introduced by a colon under its column
heads.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value

OPENING = "Our values\n\nThe policy explains how the service works with families.\n\n"
TITLE_MD = "# Policies, Values and Principles\n\n"
BODY_MD = "## About this chapter\n\nThis chapter applies to all of our staff.\n"


def test_a_version_beside_its_amendment_after_a_middle_dot_gives_both() -> None:
    text = TITLE_MD + "Issue 5 · Revised 02/2023\n\n" + BODY_MD
    assert fact_value(text, "amendment_date", "c.md") == "2023-02"
    assert fact_value(text, "version_label", "c.md") == "Issue 5"


def test_a_bold_label_then_the_changes_made_on_a_day_gives_both() -> None:
    text = TITLE_MD + "**Version 7** - the changes in this version were made on 9 Oct 2023.\n\n"
    text += BODY_MD
    assert fact_value(text, "amendment_date", "c.md") == "2023-10-09"
    assert fact_value(text, "version_label", "c.md") == "Version 7"


def test_a_version_in_brackets_after_a_dated_stamp_is_the_label() -> None:
    text = TITLE_MD + "Amended 4 June 2024 (v12)\n\n" + BODY_MD
    assert fact_value(text, "version_label", "c.md") == "v12"


def test_a_version_in_brackets_after_a_named_document_is_no_label() -> None:
    text = OPENING + "Read it alongside the Staying Close offer (version 3) and the local plan.\n"
    assert fact_value(text, "version_label") is None


def test_a_bold_label_inside_a_sentence_is_no_label() -> None:
    text = OPENING + "We expect **version 2** of the toolkit to be ready soon.\n"
    assert fact_value(text, "version_label", "c.md") is None


def test_a_date_revised_field_dates_the_amendment_not_the_page() -> None:
    text = TITLE_MD + "| Owner | Head of Service |\n| Date revised | 17/09/2024 |\n\n" + BODY_MD
    assert fact_value(text, "amendment_date", "c.md") == "2024-09-17"
    assert fact_value(text, "last_updated", "c.md") is None


def test_a_date_updated_field_still_stamps_the_page() -> None:
    text = TITLE_MD + "| Owner | Head of Service |\n| Date updated | 17/09/2024 |\n\n" + BODY_MD
    assert fact_value(text, "last_updated", "c.md") == "2024-09-17"


def test_a_dated_entry_under_a_whats_changed_heading_dates_the_amendment() -> None:
    text = TITLE_MD + (
        "## What\u2019s new\n\n"
        "3 February 2025: support for young carers is now described in full.\n\n"
    )
    text += "## Values\n\nWe are honest with families.\n"
    assert fact_value(text, "amendment_date", "c.md") == "2025-02-03"


def test_a_dated_entry_under_another_heading_is_no_amendment() -> None:
    text = TITLE_MD + (
        "## Our calendar\n\n3 February 2025: the foster carers' awards evening is now open.\n"
    )
    assert fact_value(text, "amendment_date", "c.md") is None


def test_a_stamp_under_a_title_in_capitals_is_read_on_its_own() -> None:
    text = (
        "POLICIES, VALUES AND PRINCIPLES FOR CHILDREN'S SOCIAL CARE\n"
        "Reviewed and updated - September 2022\n\n"
        "OUR VALUES\nWe are honest with families.\n"
    )
    assert fact_value(text, "amendment_date") == "2022-09"


def test_a_model_name_holding_at_after_its_label_is_kept_whole() -> None:
    text = OPENING + "Practice model: Strong at Heart. Every worker is trained in it.\n"
    assert fact_value(text, "named_models") == ["Strong at Heart"]


def test_a_model_name_running_on_into_the_sentence_stops_at_at() -> None:
    text = OPENING + "Practice model: Bright Futures at the centre of our planning meetings.\n"
    assert fact_value(text, "named_models") == ["Bright Futures"]


def test_a_third_age_offered_for_one_who_is_read() -> None:
    text = OPENING + (
        "Leaving care\n\nOur advisers work with care leavers until 21. They carry on until 22 "
        "for a young person who is training, and until 24 for one who is in higher education.\n"
    )
    value = fact_value(text, "leaving_care_support_age")
    assert isinstance(value, dict)
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [22, 24]


def test_a_condition_listing_several_situations_is_kept_whole() -> None:
    text = OPENING + (
        "Leaving care\n\nCare leavers have a personal adviser until 21, or until 25 if they "
        "are in work, study or training.\n"
    )
    value = fact_value(text, "leaving_care_support_age")
    assert isinstance(value, dict)
    assert value["extended"] == [{"age": 25, "condition": "in work, study or training"}]


def test_a_principles_table_introduced_by_a_colon_leaves_out_its_column_heads() -> None:
    rows = [
        ("Aim", "How we meet it"),
        ("Best interests and well-being", "We act as a caring parent would"),
        ("Expressing views", "We ask what they want"),
        ("Views taken into account", "We explain how their views shaped plans"),
        ("Using services", "We help them reach the services they need"),
        ("High aspirations", "We hope for the best for them"),
        ("Safe and stable homes", "We avoid needless moves"),
        ("Ready for adulthood", "We prepare them for living on their own"),
    ]
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    text = (
        "<html><body><h1>Policies, Values and Principles</h1>"
        "<h2>Changes</h2><p>The corporate parenting principles are now in a table.</p>"
        "<h2>Being a good parent</h2><p>For every child we look after we keep in mind:</p>"
        f"<table>{table}</table></body></html>"
    )
    assert fact_value(text, "corporate_parenting_principles", "c.html") == 7
