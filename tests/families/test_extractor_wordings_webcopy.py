"""Facts in chapters copied out of a web page as text showed the reader missing (decision 0233).

A browser's copy of a page keeps a table as rows whose cells tabs part, a list as lines without
their bullets or numbers, and a heading as a bare line. Each case is written for this test in our
own words; each negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- a copied table's header row is no statute ------------------------------------------------


def test_the_header_row_of_a_copied_table_of_acts_is_no_act() -> None:
    text = (
        "Fostering Policy\n\n"
        "Legal basis\n\n"
        "Our fostering service works within:\n\n"
        "Kind\tName\n"
        "Act\tChildren Act 1989\n"
        "Act\tCare Standards Act 2000\n"
        "Regulations\tFostering Services (England) Regulations 2011\n\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_a_copied_table_whose_first_row_is_an_act_keeps_it() -> None:
    text = (
        "Fostering Policy\n\n"
        "Legal basis\n\n"
        "Our fostering service works within:\n\n"
        "Children Act 1989\tOur main duties\n"
        "Care Standards Act 2000\tHow we are inspected\n"
        "Children and Families Act 2014\tStaying put\n\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


# --- a version history copied with its cells parted by tabs ---------------------------------


def test_a_copied_version_history_dates_the_latest_change() -> None:
    text = (
        "Fostering Policy\n\n"
        "Changes to this policy\n"
        "Version\tDate\tChange\n"
        "4.0\tJuly 2023\tPolicy rewritten for the new carer offer\n"
        "4.1\tJanuary 2025\tAllowances paragraph updated\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-01"


def test_each_row_of_a_long_copied_history_is_an_entry_of_its_own() -> None:
    text = (
        "Fostering Policy\n\n"
        "Record of changes\n"
        "Version\tDate\tWhat we changed in this edition\n"
        "v1\tApril 2021\tFirst issue of the policy for all our carers and staff\n"
        "v2\tJune 2022\tLegal section brought up to date with the new regulations\n"
        "v3\tNovember 2024\tAllowances section rewritten with our foster carers\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-11"


def test_long_prose_lines_wrapped_by_hand_still_run_on() -> None:
    text = (
        "Fostering Policy\n\n"
        "Changes\n\n"
        "This policy was revised throughout in November 2024 after we listened to\n"
        "our foster carers and to the young people living with them.\n\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-11"


# --- a list of acts copied without its bullets ------------------------------------------------


def test_acts_one_a_line_without_bullets_under_a_heading_are_the_list() -> None:
    text = (
        "Fostering Policy\n\n"
        "Introduction\n\n"
        "We look after children well and we support our carers in every way we can.\n\n"
        "The law\n"
        "the Children Act 1989, as amended\n"
        "the Care Standards Act 2000\n"
        "the Children and Families Act 2014\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_lines_of_a_paragraph_that_are_not_all_acts_are_no_list() -> None:
    text = (
        "Fostering Policy\n\n"
        "Introduction\n\n"
        "We look after children well and we support our carers in every way we can.\n\n"
        "The law\n"
        "the Children Act 1989 gives us our main duties to children\n"
        "and our carers help us meet them every day of the year\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- principles copied without bullets, or as a table's rows -----------------------------------


def test_a_heading_run_on_after_copied_principles_is_no_principle() -> None:
    text = (
        "Children in Care Policy\n\n"
        "Being corporate parents\n\n"
        "As corporate parents we keep to these principles:\n\n"
        "We put each child's best interests and health first.\n"
        "We ask children what they think and feel.\n"
        "We take what they tell us into account.\n"
        "We help them use the services they need.\n"
        "We expect great things of them.\n"
        "We keep them safe and their lives settled.\n"
        "We get them ready for adult life.\n"
        "Finding a home for life\n\n"
        "Where a child cannot go home we look for a family who will stay with them.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_the_header_row_of_a_copied_table_of_principles_is_no_principle() -> None:
    text = (
        "Children in Care Policy\n\n"
        "Being corporate parents\n\n"
        "Our corporate parenting principles, and what they mean for you:\n\n"
        "Principle\tWhat this means for you\n"
        "Your best interests\tWe put you first.\n"
        "Your views\tWe ask what you think.\n"
        "Listening\tWhat you say changes what we do.\n"
        "Services\tWe help you find support.\n"
        "Aspirations\tWe expect great things of you.\n"
        "Safety and stability\tWe keep you safe.\n"
        "Adult life\tWe help you get ready for it.\n"
        "Finding a home for life\n\n"
        "Where a child cannot go home we look for a family who will stay with them.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7
