"""Facts in wordings blind set 82 showed the reader missing (decision 0142).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value

TITLE = "# Fostering and Care Policy\n\n"


def _count(body: str) -> object:
    return fact_value(TITLE + "## Introduction\n\n" + body + "\n", "legislation_count", "c.md")


# --- legislation in a sentence --------------------------------------------------------------


def test_acts_by_their_initials_with_a_bracketed_initial_are_each_counted():
    assert _count("Our duties described below come from CA 1989, C(LC)A 2000 and CSWA 2017.") == 3


def test_duties_taken_from_acts_name_the_legislation():
    assert _count("The service takes its duties from CA 1989, CA 2004 and CFA 2014.") == 3


def test_acts_a_service_draws_on_are_the_legislation():
    assert (
        _count(
            "We draw on the Children Act 1989 and the Adoption and Children Act 2002 and the "
            "Care Leavers (England) Regulations 2010 in all our work."
        )
        == 3
    )


def test_a_chapter_written_under_acts_names_them_with_years_and_without():
    assert (
        _count(
            "It is written under the Children Act 1989, the Children Act 2004, the Children and "
            "Families Act 2014 and the Equality Act."
        )
        == 4
    )


def test_four_acts_named_without_years_are_the_legislation():
    assert (
        _count(
            "We follow the Children Act, the Adoption and Children Act, the Children and "
            "Families Act and the Children and Social Work Act."
        )
        == 4
    )


def test_two_acts_without_years_in_passing_are_no_list():
    assert _count("The Act and the Children Act both say that we must listen to children.") == 0


def test_the_act_said_again_is_not_a_title():
    assert (
        _count(
            "This policy rests on the Children Act 1989, the Children Act 2004 and the Children "
            "and Families Act 2014, and where The Act is silent we follow the guidance."
        )
        == 3
    )


# --- named models ----------------------------------------------------------------------------


def _models(body: str) -> object:
    text = TITLE + "## Our practice model\n\n" + body + "\n"
    return fact_value(text, "named_models", "c.md")


def test_the_way_we_practise_in_a_place_is_known_as_a_name():
    assert _models("The way we practise in Ashby Marsh is known as Open Doors: we ask first.") == [
        "Open Doors"
    ]


def test_the_way_our_teams_work_is_called_a_name():
    assert _models("The way our social work teams work is called Steady Steps.") == ["Steady Steps"]


def test_a_way_of_working_which_we_call_a_name():
    assert _models("Our practice rests on a way of working which we call Safe Harbour.") == [
        "Safe Harbour"
    ]
