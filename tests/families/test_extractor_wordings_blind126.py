"""Facts as Word and PDF chapters set them out in blind set 126 showed the reader missing
(decision 0205): tables whose header names the kind of instrument, a version's date in a
control table, a table of entitlements with an "Until" column, a note read at its mark that
opens on the age, and a later age offered to those who ask, said apart from the first.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- legislation: a header row naming only the kind of instrument ---------------------------


def test_a_header_row_naming_only_kinds_of_instrument_is_no_statute() -> None:
    text = (
        "Policies and Principles\n\n"
        "Our legal duties\n"
        "The main statutes and guidance behind this chapter are set out here.\n\n"
        "Statute or guidance | Why we follow it\n"
        "Children Act 1989 | Duties to children in need\n"
        "Children and Families Act 2014 | Staying Put\n"
        "Children and Social Work Act 2017 | Corporate parenting\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_a_header_row_of_acts_and_regulations_is_no_statute_but_a_named_law_is() -> None:
    text = (
        "Policies and Principles\n\n"
        "Law\n"
        "Acts and regulations | What they require\n"
        "Children Act 1989 | Our core duties\n"
        "Data Protection legislation | Keeping records safe\n"
        "Care Planning, Placement and Case Review (England) Regulations 2010 | Reviews\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


# --- version label: a version's date in a control table -----------------------------------


def test_the_date_of_this_version_row_gives_no_version_label() -> None:
    text = (
        "Policies and Principles\n\n"
        "Version | 2.4\n"
        "Date of this version | 3 March 2025\n"
        "Owner | Head of Service\n\n"
        "Introduction\n"
        "This chapter sets out our values.\n"
    )
    assert facts_of(text)["version_label"].value == "2.4"


def test_a_dated_version_row_alone_is_no_label() -> None:
    text = (
        "Policies and Principles\n\n"
        "Date of this version | 14 October 2024\n"
        "Owner | Head of Service\n\n"
        "Introduction\n"
        "This chapter sets out our values.\n"
    )
    assert facts_of(text)["version_label"].value is None


# --- support ages: a table of entitlements with an "Until" column --------------------------


def test_an_entitlement_row_under_an_until_column_gives_the_age_and_its_extension() -> None:
    text = (
        "Leaving Care\n\n"
        "What care leavers can have\n"
        "Young people who leave our care can have the help below.\n\n"
        "Help | Starts at | Until\n"
        "Personal adviser | 18 | 21, or 25 if they are at college\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_an_entitlement_row_without_an_until_column_gives_no_age() -> None:
    text = (
        "Leaving Care\n\n"
        "What care leavers can have\n"
        "Young people who leave our care can have the help below.\n\n"
        "Help | Starts at | Who gives it\n"
        "Personal adviser | 18 | 21 Leaving Care Team staff\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- support ages: a note opening on the age, read at its mark ----------------------------


def test_a_note_opening_on_the_age_after_a_sentence_naming_the_adviser() -> None:
    text = (
        "Leaving Care\n\n"
        "Our offer\n"
        "Every care leaver has the support of a personal adviser. Up to the age of 21, or to "
        "25 if they are still studying.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_a_sentence_opening_on_an_age_after_another_subject_is_no_support_age() -> None:
    text = (
        "Youth Services\n\n"
        "Clubs\n"
        "Our youth clubs meet twice a week. Until they are 21, members can volunteer as leaders.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- support ages: a later age offered on asking, said apart from the first ----------------


def test_a_later_age_offered_on_asking_extends_the_first_without_conflict() -> None:
    text = (
        "Leaving Care\n\n"
        "Personal advisers\n"
        "Each care leaver has a personal adviser until they are 21. Staying Put lets young "
        "people remain with foster carers after 18. Any care leaver can ask for a personal "
        "adviser again up to the age of 25.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"]
    assert fact.value["age"] == 21
    assert [item["age"] for item in fact.value["extended"]] == [25]
    assert not fact.alternatives


def test_a_later_age_stated_for_everyone_still_conflicts() -> None:
    text = (
        "Leaving Care\n\n"
        "Personal advisers\n"
        "Each care leaver has a personal adviser until they are 21.\n\n"
        "Support for care leavers\n"
        "Our care leavers service supports every care leaver until they reach 25.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"]
    assert fact.value["age"] == 21
    assert [alternative.value["age"] for alternative in fact.alternatives] == [25]


# --- legislation: notes read at their marks, each closing its paragraph ---------------------


def test_paragraphs_each_closing_with_a_citation_list_the_statutes() -> None:
    text = (
        "Policies and Principles\n\n"
        "Our duties\n"
        "We must assess children who may be in need. Children Act 1989, section 17.\n\n"
        "We must plan with care leavers for their future. Children (Leaving Care) Act 2000.\n\n"
        "We must publish our offer to care leavers. Children and Social Work Act 2017, "
        "section 2.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_one_paragraph_closing_with_a_citation_is_no_list() -> None:
    text = (
        "Policies and Principles\n\n"
        "Our duties\n"
        "We must assess children who may be in need. Children Act 1989, section 17.\n\n"
        "We listen to children and their families. We keep our promises.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_paragraphs_closing_with_sentences_that_name_acts_are_no_list_of_notes() -> None:
    text = (
        "Policies and Principles\n\n"
        "Our duties\n"
        "We assess children in need. This duty comes from the Children Act 1989.\n\n"
        "We plan with care leavers. That duty was added by the Children (Leaving Care) Act "
        "2000 and later widened.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
