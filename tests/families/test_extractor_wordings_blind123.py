"""Facts in wordings blind set 123 showed the reader missing (decision 0199).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from app.families.common_extractors import legislation_item
from tests.reading import facts_of

# --- amendment statements: "Reissued with minor changes, <month>" -----------------------------


def test_reissued_with_minor_changes_then_a_short_month_is_the_amendment() -> None:
    text = (
        "Care Planning Policy\n\n"
        "About this page\n"
        "Reissued with minor changes, Sept 2024. Two links were corrected.\n\n"
        "Our aims\n"
        "We plan with families.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-09"


def test_reissued_alone_in_a_sentence_about_another_document_is_no_amendment() -> None:
    text = (
        "Care Planning Policy\n\n"
        "Our aims\n"
        "The national guidance we follow was reissued by the government, March 2023, and we "
        "plan with families as it asks.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_a_later_version_line_reissued_with_changes_is_the_amendment_and_the_label() -> None:
    text = (
        "Care Planning Policy\n\n"
        "Version history\n"
        "Version 2.0 - issued May 2023\n"
        "Version 2.1 - reissued with small changes October 2024\n\n"
        "Our aims\n"
        "We plan with families.\n"
    )
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2024-10"
    assert facts["version_label"].value == "Version 2.1"


def test_a_version_line_reissued_next_review_only_is_still_the_versions_date() -> None:
    text = (
        "Care Planning Policy\n\n"
        "Version 4 - republished June 2024 - next review June 2026\n\n"
        "Our aims\n"
        "We plan with families.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-06"


# --- legislation: Acts by their initials one a line; guidance naming itself in a bracket -------


def test_lines_of_acts_by_their_initials_and_year_are_a_list() -> None:
    text = (
        "Care Planning Policy\n\n"
        "The law\n"
        "CA 1989\n"
        "CFA 2014\n"
        "C(LC)A 2000\n\n"
        "Our aims\n"
        "We plan with families.\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    instruments = [item["instrument"] for item in facts["legislation"].value]
    assert instruments == [
        "Children Act",
        "Children and Families Act",
        "Children (Leaving Care) Act",
    ]


def test_a_line_of_capitals_and_a_year_that_is_no_act_is_not_a_list() -> None:
    text = (
        "Care Planning Policy\n\n"
        "Key dates\n"
        "Ofsted visit 2024\n"
        "Peer review 2025\n\n"
        "Our aims\n"
        "We plan with families.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_guidance_naming_itself_statutory_in_a_closing_bracket_is_an_item() -> None:
    text = (
        "Care Planning Policy\n\n"
        "Law and guidance\n"
        "Children Act 1989\n"
        "Children and Social Work Act 2017\n"
        "Promoting the education of children in care and care leavers "
        "(2018, statutory guidance)\n\n"
        "Our aims\n"
        "We plan with families.\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    last = facts["legislation"].value[-1]
    assert last["instrument"] == ("Promoting the education of children in care and care leavers")
    assert last["year"] == 2018


def test_a_sentence_case_line_with_a_bracketed_year_alone_is_no_item() -> None:
    text = (
        "Care Planning Policy\n\n"
        "Law and guidance\n"
        "Children Act 1989\n"
        "Children and Social Work Act 2017\n"
        "Our plans for the coming year were agreed with families (2024)\n\n"
        "Our aims\n"
        "We plan with families.\n"
    )
    assert facts_of(text)["legislation_count"].value == 2


def test_a_bracket_after_a_titles_year_is_no_part_of_its_instrument() -> None:
    for cited, instrument, year in (
        ("Children Act 1989 (CA89)", "Children Act", 1989),
        ("the Children and Social Work Act 2017 (CSWA 2017)", "Children and Social Work Act", 2017),
        ("Children (Leaving Care) Act 2000 (C(LC)A)", "Children (Leaving Care) Act", 2000),
        ("Children Act 2004 (duties to cooperate)", "Children Act", 2004),
        ("CA 1989 (the Children Act 1989)", "CA", 1989),
    ):
        item = legislation_item(cited)
        assert (item["instrument"], item["year"]) == (instrument, year), cited


def test_a_bracket_holding_only_a_year_gives_the_titles_year() -> None:
    item = legislation_item("Working Together to Safeguard Children (2023)")
    assert (item["instrument"], item["year"]) == ("Working Together to Safeguard Children", 2023)
    members = legislation_item("Data Protection legislation (DPA 2018 and UK GDPR)")
    assert (members["instrument"], members["year"]) == ("Data Protection legislation", None)


# --- leaving care: "Support continues up to 25 where ...; otherwise it ends at 21" ------------


def test_support_continuing_under_a_leaving_care_heading_reads_the_heading_as_subject() -> None:
    text = (
        "Care Planning Policy\n\n"
        "Plans and leaving care\n"
        "Every child has a plan that is looked at often.\n"
        "Support continues up to 25 where the young person is at college; otherwise it ends "
        "at 21.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_support_continuing_under_another_heading_is_no_support_age() -> None:
    text = (
        "Youth Service Policy\n\n"
        "Youth clubs\n"
        "Support continues up to 25 where the young person has a disability; otherwise it ends "
        "at 19.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None
