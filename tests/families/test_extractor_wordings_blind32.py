"""Facts in wordings blind set 32 showed the reader missing (decision 0075).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date ------------------------------------------------------------------------------


def test_a_dated_sentence_saying_we_edited_a_part_of_the_text_is_an_amendment():
    text = (
        "Family Help Policy\n\n"
        "About this policy\n"
        "In March 2025 we redrafted the section on short breaks and checked every link.\n\n"
        "Our aims\n"
        "We help families early.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-03"


def test_a_dated_change_to_the_service_is_not_an_amendment_of_the_text():
    text = (
        "Family Help Policy\n\n"
        "How we work\n"
        "In June 2023 we introduced Restorative Practice in every team. In April 2024 we updated "
        "our local offer for care leavers.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- corporate parenting principles --------------------------------------------------------------


def test_principles_run_into_one_sentence_count_by_their_clauses():
    text = (
        "Family Help Policy\n\n"
        "Corporate parenting\n"
        "As corporate parent, the Council must keep in mind what the law asks of it: acting in "
        "each child's best interests; encouraging them to express their views; taking those "
        "views into account; making sure they can reach the help they need; aiming high for "
        "them; keeping them safe and settled; and getting them ready for adult life.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7
