"""Facts in wordings blind set 176 showed the reader missing (decision 0281): a chapter that
replaces an older version and "took effect" in a month, Acts introduced by a sentence saying
where the framework comes from, and a policy said to take its authority from three Acts.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment dates: a replacing text said to take effect -----------------------------------


def test_a_version_replacing_another_that_took_effect_in_a_month_dates_the_amendment():
    text = (
        "Family Help Standards\n\nAbout this chapter\n\n"
        "This edition supersedes the one issued in May 2022 and came into force in April 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-04"


def test_a_chapter_replacing_another_that_takes_effect_from_a_month_dates_the_amendment():
    text = (
        "Family Help Standards\n\nAbout this chapter\n\n"
        "This chapter replaces the 2021 version; it takes effect from September 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-09"


def test_the_replaced_versions_own_effect_is_no_amendment():
    text = (
        "Family Help Standards\n\nAbout this chapter\n\n"
        "The old guidance, which took effect in June 2019, has been withdrawn.\n"
    )
    assert facts_of(text)["amendment_date"].value != "2019-06"


# --- legislation: the sentence before the titles says where the framework comes from -----------


def test_three_titles_after_a_sentence_saying_where_our_duties_come_from_are_the_list():
    text = (
        "Family Help Standards\n\nOur duties\n\n"
        "Our duties come from Parliament. The Children Act 1989, the Children Act 2004 and the "
        "Children and Social Work Act 2017 say what we must do for children in need.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_three_titles_after_a_sentence_citing_its_own_act_are_not_the_list():
    text = (
        "Family Help Standards\n\nOur duties\n\n"
        "The Children Act 1989 gives us our main duties to children in need. The Children Act "
        "2004, the Children and Families Act 2014 and the Children and Social Work Act 2017 "
        "add to them.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_a_policy_taking_its_authority_from_three_acts_cites_them_as_its_list():
    text = (
        "Family Help Standards\n\nIntroduction\n\n"
        "The service takes its authority from the Children Act 1989, the Adoption and Children "
        "Act 2002 and the Children and Families Act 2014, and it covers every child in need.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_three_acts_named_in_passing_without_a_basis_are_not_the_list():
    text = (
        "Family Help Standards\n\nIntroduction\n\n"
        "Our staff were trained on the Children Act 1989, the Adoption and Children Act 2002 "
        "and the Children and Families Act 2014 last spring.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
