"""Legislation lists the reader missed for how they were introduced or written (decision 0102).

SPEC (issue 12): a list whose items are mostly statutes is a legislation list, whatever
introduces it. Each case is written for this test in our own words; each negative case is a
wording a careless reader would take for a legislation list.
"""

from tests.families.fact_helpers import fact_value
from tests.reading import facts_of


def _instruments(text: str) -> list[str]:
    return [item["instrument"] for item in fact_value(text, "legislation")]


def test_acts_each_followed_by_what_they_do_after_a_dash_are_the_list():
    text = (
        "Fostering Policy\n\nBackground\n\n"
        "Our carers are supported inside a framework of law which includes:\n\n"
        "- Children Act 1989 \u2013 how we look after children placed with carers\n"
        "- Children Act 2004 \u2013 agencies sharing the work of keeping children safe\n"
        "- Care Standards Act 2000\n"
        "- Fostering Services (England) Regulations 2011 \u2013 approving and reviewing carers\n"
        "- Children and Social Work Act 2017 \u2013 the corporate parenting principles\n\n"
        "This policy is reviewed every two years.\n"
    )
    assert _instruments(text) == [
        "Children Act",
        "Children Act",
        "Care Standards Act",
        "Fostering Services (England) Regulations",
        "Children and Social Work Act",
    ]
    assert facts_of(text)["legislation_count"].value == 5


def test_acts_each_followed_by_a_which_clause_are_the_list():
    text = (
        "Fostering Policy\n\nBackground\n\n"
        "Our carers are supported inside a framework of law which includes:\n\n"
        "1. the Children Act 1989, which sets out how children placed with carers are looked "
        "after;\n"
        "2. the Children Act 2004, which asks agencies to work together;\n"
        "3. the Children and Families Act 2014, which lets young people stay with their carers "
        "after 18.\n\n"
        "This policy is reviewed every two years.\n"
    )
    assert _instruments(text) == ["Children Act", "Children Act", "Children and Families Act"]


def test_a_statute_with_a_colon_gloss_keeps_its_citation_and_reads_its_title():
    text = (
        "Fostering Policy\n\nBackground\n\nThe statutes behind this policy:\n\n"
        "- Children Act 1989: duties to children in need\n"
        "- Adoption and Children Act 2002: adoption and special guardianship\n\n"
        "This policy is reviewed every two years.\n"
    )
    [first, second] = facts_of(text)["legislation"].value
    assert first["cited"] == "Children Act 1989: duties to children in need"
    assert (first["instrument"], first["year"]) == ("Children Act", 1989)
    assert (second["instrument"], second["year"]) == ("Adoption and Children Act", 2002)


def test_three_acts_in_a_sentence_naming_the_law_are_the_list():
    text = (
        "Fostering Policy\n\nBackground\n\n"
        "The law we follow includes the Children Act 1989, the Care Standards Act 2000 and the "
        "Children and Families Act 2014.\n"
    )
    assert _instruments(text) == ["Children Act", "Care Standards Act", "Children and Families Act"]


def test_three_acts_in_passing_without_a_word_for_the_law_are_still_no_list():
    text = (
        "Fostering Policy\n\nBackground\n\n"
        "Carers often ask how the Children Act 1989, the Care Standards Act 2000 and the "
        "Children and Families Act 2014 affect them day to day.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_dated_change_entries_with_a_dash_are_no_legislation_list():
    text = (
        "Fostering Policy\n\nChanges to this policy\n\n"
        "- March 2024 \u2013 the Children Act 1989 section was shortened\n"
        "- June 2023 \u2013 the Care Standards Act 2000 paragraph was moved\n"
        "- May 2022 \u2013 links to guidance were mended\n\n"
        "Background\n\nThis policy is reviewed every two years.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_sentences_that_merely_open_on_an_act_stay_sentences():
    text = (
        "Fostering Policy\n\nWhat carers can expect\n\n"
        "- we explain what the Children Act 1989 means for them \u2013 in plain words\n"
        "- we visit them often and listen to what they tell us\n"
        "- we pay allowances on time and explain how they are worked out\n\n"
        "This policy is reviewed every two years.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
