"""Facts in wordings blind set 134 showed the reader missing (decision 0220).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- a change table's dates are no statutes -------------------------------------------------


def test_the_month_cells_of_a_change_table_are_no_legislation() -> None:
    text = (
        "Fostering Policy\n\n"
        "Changes to this policy\n\n"
        "Date | Change\n"
        "May 2023 | Published\n"
        "August 2024 | Allowances section redrafted\n"
        "March 2025 | Contacts brought up to date\n\n"
        "Our aims\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- statutes cited across the sentences of a section headed as the law ---------------------


def test_three_acts_across_the_sentences_under_a_law_heading_are_the_list() -> None:
    text = (
        "Fostering Policy\n\n"
        "The law\n"
        "Our duty to approve carers comes from section 22C of the Children Act 1989, as changed "
        "by the Children and Young Persons Act 2008. Support for carers of older young people "
        "rests also on the Children and Families Act 2014.\n\n"
        "Our aims\n"
        "We support carers well.\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    assert facts["legislation"].value[0]["cited"] == "Children Act 1989"


def test_two_acts_under_a_law_heading_are_no_list() -> None:
    text = (
        "Fostering Policy\n\n"
        "Legal framework\n"
        "Carers are approved under the Children Act 1989. The Children and Families Act 2014 "
        "added duties to older young people.\n\n"
        "Our aims\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_three_acts_across_sentences_under_another_heading_are_no_list() -> None:
    text = (
        "Fostering Policy\n\n"
        "Our history\n"
        "Our first carers were approved soon after the Children Act 1989. The Children Act "
        "2004 brought the service into children's services. The Children and Families Act "
        "2014 gave our older young people the chance to stay.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
