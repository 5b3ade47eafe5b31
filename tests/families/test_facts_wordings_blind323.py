"""Facts in wordings blind set 323 showed the reader missing (decision 0467).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- leaving care: the day before a birthday -----------------------------------------------------


def test_up_to_the_day_before_they_turn_an_age_is_that_age():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Young people who have left care keep a personal adviser up to the day before they "
        "turn 23.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 23, "extended": []}


def test_the_day_before_they_turn_sixteen_is_no_support_age():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Pathway planning starts on the day before they turn sixteen.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- amendments: an edition that came into use ---------------------------------------------------

_TITLE = "Fostering Values\n\n"


def test_it_approved_and_came_into_use_on_a_day_dates_the_edition():
    text = (
        _TITLE + "About this version\n\n"
        "This version replaces the one from June 2020. It was approved by the Corporate "
        "Parenting Panel and came into use on 7 April 2026. Most of the changes are small.\n\n"
        "Introduction\n\nThis chapter explains how we foster.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2026-04-07"


def test_it_came_into_use_in_a_month_dates_the_edition():
    text = (
        _TITLE + "About this version\n\n"
        "This version supersedes the 2019 text. It came into use in October 2024.\n\n"
        "Introduction\n\nThis chapter explains how we foster.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-10"


def test_the_edition_or_a_replacing_chapter_that_came_into_use_is_dated():
    for sentence, date in (
        ("This edition came into use on 1 June 2025.", "2025-06-01"),
        ("This chapter replaces the 2021 version and came into use in March 2025.", "2025-03"),
    ):
        text = _TITLE + "Status\n\n" + sentence + "\n\nIntroduction\n\nWe foster well.\n"
        assert facts_of(text)["amendment_date"].value == date, sentence


def test_a_database_that_came_into_use_is_no_amendment():
    text = (
        _TITLE + "Introduction\n\n"
        "We keep our records on one case system. It came into use in May 2019 and holds every "
        "child's plan.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- amendments: a check that reissued the chapter ----------------------------------------------


def test_last_checked_and_reissued_with_a_month_in_digits_is_the_amendment():
    text = _TITLE + "Last checked and reissued: 11/2024\n\nIntroduction\n\nWe foster well.\n"
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2024-11"
    assert facts["last_updated"].value is None


def test_last_checked_alone_is_no_amendment():
    text = _TITLE + "Last checked: 4 November 2024\n\nIntroduction\n\nWe foster well.\n"
    assert facts_of(text)["amendment_date"].value is None


# --- corporate parenting: principles told First to Seventh --------------------------------------


_CORPORATE = "Corporate Parenting\n\nThe law lists our duties in an order we follow. "


def test_seven_sentences_opened_first_to_seventh_count_seven():
    text = (
        _CORPORATE + "First, we do what is in each child's best interests. "
        "Second, we help children to express what they want. "
        "Third, we take what they say into account. "
        "Fourth, we make sure they can access our services. "
        "Fifth, we hold high aspirations for them. "
        "Sixth, we keep them safe and give them stability. "
        "Seventh, we get them ready for adulthood.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_steps_of_a_procedure_told_first_to_fifth_are_no_principles():
    text = (
        "Making a referral\n\nHow to refer\n\n"
        "First, ring the front door team. Second, fill in the online form. "
        "Third, send it to the duty manager. Fourth, wait for a call back. "
        "Fifth, note the reference number on the file.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


# --- models: a name the council calls its framework, after a colon -----------------------------


def test_we_call_it_an_unquoted_name_after_a_colon_names_the_model():
    text = (
        "Practice\n\nOur practice model\n\n"
        "Our practice model grew out of two years of work with parents: we call it Common "
        "Ground. It asks workers to plan with families.\n"
    )
    assert facts_of(text)["named_models"].value == ["Common Ground"]


def test_we_call_it_a_lower_case_description_names_no_model():
    text = (
        "Practice\n\nOur practice model\n\n"
        "Our practice model puts relationships first: we call it simply good practice.\n"
    )
    assert facts_of(text)["named_models"].value == []
