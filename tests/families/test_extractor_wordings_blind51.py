"""Facts in wordings blind set 51 showed the reader missing (decision 0100).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date and version label: short-dated versions, days named, bracketed labels ------


def test_a_version_line_dated_by_month_and_short_year_in_brackets_is_an_amendment():
    text = (
        "Fostering Policy\n\nVersion history\n"
        "v5.1 (Nov 24) - allowances table replaced\n"
        "v5.0 (Feb 23) - first issue\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2024-11"
    assert facts["version_label"].value == "v5.1"


def test_a_short_dated_review_to_come_is_no_amendment():
    text = "Fostering Policy\n\nReview due (Nov 26)\n\nAbout this policy\nIt covers all carers.\n"
    assert facts_of(text)["amendment_date"].value is None


def test_a_revision_number_on_its_own_line_is_the_version_label():
    text = "Fostering Policy\n\nRevision 7\n\nAbout this policy\nIt covers all carers.\n"
    assert facts_of(text)["version_label"].value == "Revision 7"


def test_a_revision_named_in_prose_is_no_version_label():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "The carers asked for revision 3 of the allowances scheme to be withdrawn.\n"
    )
    assert facts_of(text)["version_label"].value is None


def test_a_last_amended_label_with_the_days_name_dates_the_amendment():
    text = (
        "Fostering Policy\n\nLast amended on Thursday, 6 February 2025.\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-02-06"


def test_a_page_stamp_with_a_short_days_name_is_the_pages_date():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "Page updated: Tue 4 Mar 2025\n"
    )
    assert facts_of(text)["last_updated"].value == "2025-03-04"


def test_a_whats_new_heading_updated_on_a_day_in_brackets_is_an_amendment():
    text = (
        "# Fostering Policy\n\n## What's new (updated 2nd June 2025)\n\n"
        "- The allowances table is new.\n\n## About this policy\n\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-06-02"


def test_a_bracketed_updated_date_after_another_documents_title_is_no_amendment():
    text = (
        "# Fostering Policy\n\n## About this policy\n\n"
        "Read it with the Carers' Handbook (updated 2nd June 2025).\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- corporate parenting principles: a list that picks some out of those counted ---------------


def test_a_list_of_three_picked_out_of_the_seven_counts_seven():
    text = (
        "Fostering Policy\n\nCorporate parenting\n"
        "The law gives councils seven corporate parenting principles. Two of them matter most "
        "to carers:\n"
        "- we act in the best interests of the children they look after\n"
        "- we prepare those children for adulthood\n"
    )
    fact = facts_of(text)["corporate_parenting_principles"]
    assert fact.value == 7
    assert fact.alternatives == ()


def test_the_first_three_of_the_seven_listed_count_seven():
    text = (
        "Fostering Policy\n\nCorporate parenting\n"
        "Of the seven corporate parenting principles, the first two are:\n"
        "1. to act in the best interests of looked after children\n"
        "2. to encourage them to express their views\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_a_short_list_not_introduced_as_a_part_still_disagrees_with_the_count():
    text = (
        "Fostering Policy\n\nCorporate parenting\n"
        "The seven corporate parenting principles are:\n"
        "- to act in the best interests of looked after children\n"
        "- to encourage them to express their views\n"
        "- to keep them safe\n"
    )
    fact = facts_of(text)["corporate_parenting_principles"]
    assert fact.value == 3
    assert [alternative.value for alternative in fact.alternatives] == [7]


# --- legislation: initials in a sentence, sections after initials, section columns ------------


def test_acts_cited_by_their_initials_in_a_sentence_are_a_list():
    text = (
        "Fostering Policy\n\nThe law\n"
        "This policy rests on the CA 1989, the ACA 2002 and the CFA 2014, as amended.\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    assert [item["instrument"] for item in facts["legislation"].value] == [
        "Children Act",
        "Adoption and Children Act",
        "Children and Families Act",
    ]


def test_one_act_by_its_initials_in_a_sentence_is_no_list():
    text = "Fostering Policy\n\nThe law\nPart 3 of the CA 1989 says what support we give.\n"
    assert facts_of(text)["legislation_count"].value == 0


def test_initials_with_a_section_after_them_are_listed_statutes():
    text = (
        "Fostering Policy\n\nLegislation\nThe statutes, in short form, are:\n"
        "- CA 1989 s.20\n- CA 1989 s.22C\n- CFA 2014 s.98\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    assert facts["legislation"].value[1]["instrument"] == "Children Act"


def test_a_table_with_a_section_column_cites_each_section_apart():
    text = (
        "Fostering Policy\n\nThe law\n\n"
        "| Act | Section | What it covers |\n|---|---|---|\n"
        "| Children Act 1989 | s.20 | accommodation |\n"
        "| Children Act 1989 | s.22C | placements |\n"
        "| Children and Families Act 2014 | s.98 | virtual school heads |\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_a_table_citing_one_act_twice_without_sections_counts_it_once():
    text = (
        "Fostering Policy\n\nThe law\n\n"
        "| Act | What it covers |\n|---|---|\n"
        "| Children Act 1989 | accommodation |\n"
        "| Children Act 1989 | placements |\n"
        "| Children and Families Act 2014 | virtual school heads |\n"
    )
    assert facts_of(text)["legislation_count"].value == 2


# --- models: a way of working called X, "we call it", a known model said in lower case -------


def test_a_way_of_working_called_by_a_quoted_name_names_the_model():
    text = (
        "Fostering Policy\n\nOur way of working\n"
        'Our way of working is called "Hearth and Home": carers and workers plan together.\n'
    )
    assert facts_of(text)["named_models"].value == ["Hearth and Home"]


def test_a_model_described_then_named_in_quotes_names_it():
    text = (
        "Fostering Policy\n\nOur practice model\n"
        "Our practice model is strengths-based and we call it 'Firm Ground'.\n"
    )
    assert facts_of(text)["named_models"].value == ["Firm Ground"]


def test_something_else_we_call_by_a_name_is_no_model():
    text = (
        "Fostering Policy\n\nOur carers\n"
        "Our carers' newsletter is short and we call it 'Carers Chat'.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_known_model_in_lower_case_said_to_be_our_way_of_working_names_it():
    text = (
        "Fostering Policy\n\nHow we work\n"
        "Family safeguarding is our way of working with parents and carers.\n"
    )
    assert facts_of(text)["named_models"].value == ["Family Safeguarding"]


def test_a_known_models_words_in_lower_case_alone_name_no_model():
    text = (
        "Fostering Policy\n\nHow we work\n"
        "Our schools use restorative practice in class, and carers can learn about it too.\n"
    )
    assert facts_of(text)["named_models"].value == []


# --- leaving care: a named young person's birthday; posts that name a term --------------------


def test_support_until_the_young_persons_birthday_is_the_support_age():
    text = (
        "Fostering Policy\n\nLeaving care\n"
        "Care leavers keep their personal adviser until the young person's 24th birthday.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 24, "extended": []}


def test_a_post_named_for_children_in_care_does_not_give_the_term():
    text = (
        "Fostering Policy\n\nOwner: Head of Service, Children in Care\n\n"
        "About this policy\nIt covers carers of children looked after by the council.\n"
    )
    assert facts_of(text)["looked_after_term"].value == "Children Looked After"


# --- permanence: the month it is due by -------------------------------------------------------


def test_a_permanence_plan_due_by_a_numbered_month_is_that_many_months():
    text = (
        "Fostering Policy\n\nPermanence\n"
        "By month five of a child's time in care, their permanence plan should be agreed.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value == 5


def test_a_permanence_meeting_in_a_named_month_is_no_timescale():
    text = (
        "Fostering Policy\n\nPermanence\n"
        "The permanence panel meets in month order, and the plan is agreed there.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value is None


def test_a_section_column_listing_several_sections_is_one_item_citing_them():
    text = (
        "Fostering Policy\n\nThe law\n\n"
        "| Act | Sections |\n|---|---|\n"
        "| CA 1989 | s.20 and s.22C |\n"
        "| CFA 2014 | s.98 |\n"
    )
    items = facts_of(text)["legislation"].value
    assert [(item["cited"], item["instrument"]) for item in items] == [
        ("CA 1989 s.20 and s.22C", "Children Act"),
        ("CFA 2014 s.98", "Children and Families Act"),
    ]


def test_sections_in_a_bracket_after_a_year_leave_the_title_whole():
    text = (
        "Fostering Policy\n\nLegislation\nThe legislation behind this policy is:\n"
        "- Children Act 1989 (in particular sections 20 and 22)\n"
        "- Children and Families Act 2014\n"
    )
    items = facts_of(text)["legislation"].value
    assert not items[0]["instrument"].endswith("(in particular")
