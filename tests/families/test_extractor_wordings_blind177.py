"""Amendment dates in wordings blind set 177 showed the reader missing (decision 0282): a
strategy, a pledge or a charter to children in care names itself as "this strategy", "this
charter" or "This is the pledge …", and a pledge is renewed, not revised.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of


def test_it_after_a_sentence_naming_this_strategy_was_approved_on_a_day():
    text = (
        "Placement Sufficiency Plan\n\nAbout this strategy\n\n"
        "This strategy sets out how we will find enough homes for children in our care. It was "
        "approved by the Corporate Parenting Panel on 3 March 2025 and runs for three years.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-03-03"


def test_this_charter_was_revised_in_a_month_dates_the_amendment():
    text = (
        "Care Leavers' Charter\n\nOur charter\n\n"
        "This charter was revised in October 2024 with members of the Care Leavers' Forum.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-10"


def test_we_renewed_it_after_a_pledge_naming_itself_dates_the_amendment():
    text = (
        "Our Promise to Children in Care\n\n"
        "This is our promise to you, the children and young people we look after. Young people "
        "from the Children in Care Council wrote it with us, and we renewed it in April 2024.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-04"


def test_we_renewed_a_contract_is_no_amendment_of_this_text():
    text = (
        "Our Promise to Children in Care\n\nHow we work\n\n"
        "We buy places in children's homes from two providers. We renewed the contract in "
        "April 2024.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_the_national_strategy_approved_by_a_board_is_no_amendment_of_this_text():
    text = (
        "Leaving Care\n\nBackground\n\n"
        "The regional strategy was approved by the partnership board on 3 March 2023, and our "
        "offer follows it.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
