"""Facts in wordings blind set 136 showed the reader missing (decision 0227).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date: a noun naming the update opens its sentence -------------------------------


def test_an_update_named_at_the_start_of_its_sentence_dates_the_amendment():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers.\n\n"
        "Update of March 2025: the section on allowances was rewritten.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-03"


def test_a_published_review_in_mid_sentence_is_still_another_documents():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers. We read the "
        "Independent Review of March 2022 when the section on allowances was rewritten.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- amendment date: the text replaces an older version and was issued -------------------------


def test_a_text_replacing_an_old_version_is_dated_when_it_was_issued():
    text = (
        "Fostering Policy\n\nPurpose\n\nThis policy replaces the version of June 2021; "
        "it was agreed and issued in April 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-04"


def test_a_chapter_replacing_an_old_version_and_approved_by_a_board_is_dated_then():
    text = (
        "Fostering Policy\n\nPurpose\n\nThis chapter replaces the 2021 version and was "
        "approved by the Fostering Board on 9 May 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-05-09"


def test_the_replaced_versions_date_alone_is_no_amendment():
    text = "Fostering Policy\n\nPurpose\n\nThis policy replaces the version of June 2021.\n"
    assert facts_of(text)["amendment_date"].value is None


# --- permanence: the plan for where any child will grow up -------------------------------------


def test_a_plan_for_where_a_child_will_grow_up_is_the_permanence_plan():
    text = (
        "Care Planning\n\nPrinciples\n\nNo child should wait. A plan for where a child will "
        "grow up is agreed within five months of their coming into care.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value == 5


def test_where_every_young_person_will_grow_up_is_the_permanence_plan_too():
    text = (
        "Care Planning\n\nPrinciples\n\nWe agree plans for where every young person will "
        "grow up within three months.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value == 3


def test_a_plan_for_a_childs_school_is_no_permanence_plan():
    text = (
        "Care Planning\n\nPrinciples\n\nA plan for where a child will go to school is agreed "
        "within two months of their coming into care.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value is None


# --- named models: an approach the council names itself ----------------------------------------


def test_an_approach_we_call_by_a_name_is_the_councils_model():
    text = (
        "Practice Guide\n\nHow we practise\n\nOur workers use a relational approach we call "
        "Open Doors, which starts from what families already do well.\n"
    )
    assert facts_of(text)["named_models"].value == ["Open Doors"]


def test_a_framework_which_we_have_named_is_the_councils_model():
    text = (
        "Practice Guide\n\nHow we practise\n\nWe work within a framework which we have named "
        "Kinder Steps.\n"
    )
    assert facts_of(text)["named_models"].value == ["Kinder Steps"]


def test_an_approach_we_call_by_common_words_names_no_model():
    text = (
        "Practice Guide\n\nHow we practise\n\nWe take an approach we call good practice in "
        "every case.\n"
    )
    assert facts_of(text)["named_models"].value == []
