"""The family's extractors on the many ways councils word the same fact (issue 12, item 4).

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value, one_section_facts, one_section_value
from tests.reading import facts_of

# --- amendment date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("This chapter was reviewed in March 2023 and no changes were needed.", "2023-03"),
        ("Updated: June 2022", "2022-06"),
        ("**Amended:** April 2021\n\nThe chapter sets out our values.", "2021-04"),
        ("In the October 2024 update, Section 3 was rewritten for clarity.", "2024-10"),
        ("January 2024: Section 5 on information sharing was shortened.", "2024-01"),
        ("- February 2023 - new links to the local procedures.", "2023-02"),
        ("Revised throughout, September 2021", "2021-09"),
        ("Fully revised and updated - July 2020", "2020-07"),
        ("Amended in May 2023 to reflect the new national framework.", "2023-05"),
        ("The chapter was last reviewed in February 2022.", "2022-02"),
        ("Following a review in March 2023, the chapter was shortened.", "2023-03"),
        ("Following a review in March 2023, minor changes were made throughout.", "2023-03"),
        ("This procedure was updated in July 2020.", "2020-07"),
        ("Reviewed: 12/03/2024", "2024-03-12"),
        ("This chapter was updated in Sept 2023.", "2023-09"),
        ("Date of amendment: June 2021", "2021-06"),
        ("| Amended | 4 May 2023 |", "2023-05-04"),
        ("Due to new guidance, this chapter was updated in May 2024.", "2024-05"),
        ("Amendments: June 2022 - Section 3 updated.", "2022-06"),
        ("This chapter has been updated (March 2023) to reflect new guidance.", "2023-03"),
        ("In 2023 this chapter was reviewed.", "2023"),
        ("The chapter was fully reviewed and updated in 2022.", "2022"),
        ("This chapter was updated in 2021 and again in March 2023.", "2023-03"),
        ("1.2 Revised throughout, September 2021.", "2021-09"),
        ("In the June 2023 update, the key outcomes were rewritten.", "2023-06"),
        ("Amendment (12/2023): the leaving care paragraph was rewritten.", "2023-12"),
        ("This page was amended on 2 October 2023 to add the national framework.", "2023-10-02"),
        ("Changes since the last version: January 2025 - the outcomes now come first.", "2025-01"),
        ("Revision history: 14 August 2024: Section 6 added.", "2024-08-14"),
    ],
)
def test_amendment_statements_in_many_wordings(text, date):
    assert one_section_value(text, "amendment_date") == date


@pytest.mark.parametrize(
    "text",
    [
        "Next review date: May 2026",
        "This chapter will next be reviewed in May 2026.",
        "This chapter is due for review in May 2026.",
        "To be reviewed: May 2026",
        "Review date: March 2025",
        "Last updated: 22 May 2024",
        "Page last updated: 3 June 2024",
        "Updated 2 June 2025",
        "Guidance issued in March 2022 is summarised below.",
        "March 2023: a meeting of the board",
        "In May 2022 we made changes throughout the service.",
        "The Independent Review in May 2022 led to changes that this chapter describes.",
        "This chapter reflects the guidance published in 2018.",
        "In 2014 the Children and Families Act changed the law on adoption.",
        "This chapter will be reviewed in 2026.",
        "The June 2023 update of Working Together was published.",
        "This page was last updated on 3 June 2024.",
        "Changes to the law: 1 April 2024 saw new regulations in force.",
    ],
)
def test_review_dues_page_stamps_and_other_dates_are_not_amendments(text):
    assert one_section_value(text, "amendment_date") is None


def test_a_history_of_amendments_gives_its_latest_date():
    text = (
        "Amendments to this chapter\n\n"
        "- March 2021: new Section 4 on corporate parenting added.\n"
        "- November 2023: links to the national framework updated.\n"
        "- June 2022: chapter reviewed, no changes.\n\n"
        "This chapter is due for review in June 2026.\n"
    )
    for facts in (one_section_facts(text), facts_of(text, "chapter.txt")):
        fact = facts["amendment_date"]
        assert fact.value == "2023-11"
        assert "November 2023" in fact.evidence[0].quote


def test_a_review_date_to_come_in_the_same_sentence_is_not_the_amendment():
    text = "This chapter was revised in May 2024 and will be reviewed again in May 2026."
    assert one_section_value(text, "amendment_date") == "2024-05"


def test_a_page_stamp_is_last_updated_and_not_the_amendment_date():
    text = (
        "Updated: 4 March 2024\n\n"
        "In November 2023 the chapter was amended to add the national framework.\n"
    )
    facts = one_section_facts(text)
    assert facts["amendment_date"].value == "2023-11"
    assert facts["last_updated"].value == "2024-03-04"


def test_an_amendment_month_is_not_a_last_updated_stamp():
    facts = one_section_facts("Updated: June 2022\n\nThe chapter sets out our values.")
    assert facts["amendment_date"].value == "2022-06"
    assert facts["last_updated"].value is None


# --- legislation ---------------------------------------------------------------------------------


def _cited(text: str, filename: str = "chapter.txt") -> list[str]:
    return [item["cited"] for item in fact_value(text, "legislation", filename)]


@pytest.mark.parametrize("filename", ["chapter.txt", "chapter.md"])
def test_a_list_of_statutes_is_the_legislation_list_whatever_introduces_it(filename):
    text = (
        "Our work rests on these documents.\n\n"
        "- Children Act 1989;\n"
        "- Children and Social Work Act 2017;\n"
        "- United Nations Convention on the Rights of the Child;\n"
        "- Working Together to Safeguard Children 2023;\n"
        "- Children's Social Care National Framework 2023.\n\n"
        "Everyone who works with children follows them.\n"
    )
    assert _cited(text, filename) == [
        "Children Act 1989",
        "Children and Social Work Act 2017",
        "United Nations Convention on the Rights of the Child",
        "Working Together to Safeguard Children 2023",
        "Children's Social Care National Framework 2023",
    ]
    assert facts_of(text, filename)["legislation_count"].value == 5


def test_a_list_of_statutes_under_a_heading_that_does_not_say_legislation():
    text = (
        "# Values\n\n## The law we work within\n\n"
        "1. Adoption and Children Act 2002\n"
        "2. Equality Act 2010\n"
        "3. Data Protection Act 2018\n\n"
        "## Our values\n\nWe put children first.\n"
    )
    assert _cited(text, "chapter.md") == [
        "Adoption and Children Act 2002",
        "Equality Act 2010",
        "Data Protection Act 2018",
    ]


def test_unmarked_lines_of_statutes_after_a_colon_are_a_legislation_list():
    text = (
        "The main duties come from:\n"
        "Children Act 1989\n"
        "Children Act 2004\n"
        "Children and Families Act 2014\n\n"
        "The rest of this chapter explains how every team meets these duties in its day to day "
        "work with children, their families and their carers.\n"
    )
    assert one_section_facts(text)["legislation_count"].value == 3


@pytest.mark.parametrize(
    "text",
    [
        # outcomes that mention one Act
        "We will know we are succeeding when:\n\n- children are safe at home;\n"
        "- care leavers find work they enjoy;\n- we meet our duties under the Children Act 1989;\n"
        "- families say they were heard.\n",
        # principles, one of which names an Act
        "Our principles:\n\n1. To act in the best interests of every child;\n"
        "2. To follow the Children Act 1989 in all we do;\n3. To listen first.\n",
        # a list introduced with the word, but of aims
        "In line with legislation, our aims are:\n\n- to keep children safe;\n"
        "- to support families early;\n- to listen.\n",
        # legal orders are not statutes
        "Children may be subject to:\n\n* a Care Order\n* a Supervision Order\n"
        "* a Placement Order\n",
    ],
)
def test_lists_that_only_mention_a_statute_are_not_legislation(text):
    facts = facts_of(text, "chapter.txt")
    assert facts["legislation"].value == []
    assert facts["legislation_count"].value == 0


def test_a_list_of_further_reading_is_not_the_legislation_list():
    text = (
        "Our values\n\nWe put children first.\n\nRelated guidance\n\n"
        "- Working Together to Safeguard Children 2023\n"
        "- Keeping Children Safe in Education 2024\n"
        "- Children Act 1989 Guidance and Regulations\n"
    )
    assert facts_of(text, "chapter.txt")["legislation_count"].value == 0
    relabelled = text.replace("Related guidance", "Legislation and guidance")
    assert facts_of(relabelled, "chapter.txt")["legislation_count"].value == 3


def test_a_list_item_naming_legislation_does_not_introduce_the_items_after_it():
    text = (
        "We follow:\n\n- The Children Act 1989 (as amended)\n- Data Protection legislation\n"
        "- General Data Protection Regulation\n"
    )
    assert facts_of(text, "chapter.txt")["legislation_count"].value == 3


# --- looked-after term ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We listen to the children in our care.", "Children in Care"),
        (
            "Children in our Care have a say. Every child in our care has a plan. Looked after "
            "children are visited.",
            "Children in Care",
        ),
        (
            "Looked after children are visited. Looked after children have plans. We value "
            "children in our care.",
            "Looked After Children",
        ),
        (
            "Young people in our care sit on the council. Children in care write the newsletter. "
            "One looked after child spoke.",
            "Children in Care",
        ),
        ("The court heard the case in care proceedings.", None),
    ],
)
def test_children_in_our_care_counts_for_children_in_care(text, term):
    assert one_section_value(text, "looked_after_term") == term


# --- named models --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "models"),
    [
        (
            "Our approach to Bright Futures Together guides every team. Bright Futures Together "
            "asks workers to build relationships first.",
            ["Bright Futures Together"],
        ),
        ("Our approach to Thrive\n\nThrive starts from what families do well.", ["Thrive"]),
        ("Our approach to practice is called Bright Futures.", ["Bright Futures"]),
        ("Our approach to practice: \u2018Stronger Together\u2019.", ["Stronger Together"]),
        ("Operating Model - Families First", ["Families First"]),
        (
            "Our Operating Model \u2013 Families Together \u2013 sets out how we work.",
            ["Families Together"],
        ),
        ("The Bright Futures Operating Model guides us.", ["Bright Futures"]),
        ("The Bright Futures Practice Model guides us.", ["Bright Futures"]),
        ("Teams work within the Bright Futures practice framework.", ["Bright Futures"]),
        ("We use Bright Futures as our model of practice.", ["Bright Futures"]),
        ("We use Safe Steps as the model for our work with families.", ["Safe Steps"]),
        ("We use Bright Spots\u00ae as our way of working.", ["Bright Spots"]),
        ("The Hillside model of social work puts small units at its centre.", ["Hillside Model"]),
        ("We adopt Family Safeguarding as our model.", ["Family Safeguarding"]),
        ("Our model of practice is called Bright Futures.", ["Bright Futures"]),
        ("Westshire's model of practice is called Family Strengths.", ["Family Strengths"]),
        ("Our model of practice: Bright Futures.", ["Bright Futures"]),
        ("In Westshire, Bright Futures is our practice model.", ["Bright Futures"]),
        ("Together for Children is Eldermere's practice model.", ["Together for Children"]),
        ("Our practice model, Growing Together, joins several ideas.", ["Growing Together"]),
        ("4. Growing Together: our practice model", ["Growing Together"]),
    ],
)
def test_named_models_in_more_wordings(text, models):
    assert one_section_value(text, "named_models") == models


@pytest.mark.parametrize(
    "text",
    [
        "We use a strengths-based approach.",
        "We use a Strengths-Based Approach in all our work.",
        "Our Relationship-Based Practice Model guides us.",
        "We use a Trauma-Informed approach with every family.",
        "Our approach to Early Help is simple.",
        "Our approach to Corporate Parenting is set out below.",
        "Our approach to Looked After Children is ambitious.",
        "Our approach to safeguarding is shared by every agency.",
        "Our approach to Westshire's children is ambitious.",
        "Our Approach to Domestic Abuse\n\nWe work with the whole family when there is abuse.",
        "Our Operating Model guides us.",
        "Our Children's Services practice framework guides everything.",
        "The Council is the practice model owner.",
        "This is our practice model.",
        "Westshire's practice model is simple.",
        "Our practice model, which is new, works well.",
    ],
)
def test_generic_approaches_and_areas_of_work_are_not_named_models(text):
    assert one_section_value(text, "named_models") == []


# --- ages, timescales and principles -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Care leavers are supported up to the age of 25.", 25),
        ("We support care leavers until they reach 21.", 21),
        ("Personal advisers help care leavers to 25 years old.", 25),
        ("Our leaving care service works with young people aged 18 to 25.", 25),
        ("Support is offered to care leavers up to 25 years.", 25),
        ("Care leavers aged 18-25 can ask for a personal adviser.", 25),
        ("Our care leavers are supported between the ages of 18 and 21.", 21),
        ("Care leavers are supported until their twenty-fifth birthday.", 25),
        ("Young people leaving care are supported to at least 21.", 21),
    ],
)
def test_leaving_care_support_age_in_more_wordings(text, age):
    assert one_section_value(text, "leaving_care_support_age") == {"age": age, "extended": []}


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "Young people leaving care will be supported up to the age of 21 and, where they "
            "ask for it, until they are 25.",
            "they ask for it",
        ),
        (
            "Care leavers will be supported until they are 21; those in full-time education or "
            "training can continue to receive support until 25.",
            "in full-time education or training",
        ),
        (
            "Care leavers will be supported until they are 21. Where a young person is in "
            "education, or simply asks for it, support continues until they are 25.",
            "in education",
        ),
        (
            "Care leavers will be supported until their twenty-first birthday, and until 25 if "
            "they are in education.",
            "in education",
        ),
        (
            "Young people leaving care will be supported to at least 21, and up to 25 where they "
            "ask for it.",
            "they ask for it",
        ),
    ],
)
def test_an_extension_whose_condition_comes_before_its_age(text, condition):
    assert one_section_value(text, "leaving_care_support_age") == {
        "age": 21,
        "extended": [{"age": 25, "condition": condition}],
    }


@pytest.mark.parametrize(
    "text",
    [
        "Care leavers aged 16 and 17 live in supported lodgings.",
        "Young people leaving care at 16 or 17 have a pathway plan.",
    ],
)
def test_ages_under_eighteen_are_not_a_support_age(text):
    assert one_section_value(text, "leaving_care_support_age") is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("A permanence plan is agreed within four months of a child coming into care.", 4),
        ("A plan for permanence should be in place by the four-month review.", 4),
        ("The permanence plan is confirmed at the second review.", None),
        ("Permanence plans are made within 4 months. Permanence is achieved within 12 months.", 4),
    ],
)
def test_permanence_plan_months_in_more_wordings(text, months):
    assert one_section_value(text, "permanence_plan_months") == months


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The corporate parenting principles require the council to act as follows: (a) to act "
            "in the best interests of children; (b) to encourage them to express views; (c) to "
            "take their views into account; (d) to help them use services; (e) to promote high "
            "aspirations; (f) to keep them safe; and (g) to prepare them for adulthood.",
            7,
        ),
        (
            "The corporate parenting principles are:\n(a) to act in their best interests;\n"
            "(b) to listen to them;\n(c) to prepare them for adulthood.\n",
            3,
        ),
        ("The council follows the seven corporate parenting principles.", 7),
        ("The Corporate Parenting Principles are set out in section 1(1)(a) of the Act.", 0),
        ("2.2 Corporate Parenting Principles\n\nEvery councillor is a corporate parent.", 0),
    ],
)
def test_corporate_parenting_principles_listed_or_stated(text, count):
    assert one_section_value(text, "corporate_parenting_principles") == count


PRINCIPLES = (
    "1. to act in their best interests and promote their health and well-being;\n"
    "2. to encourage them to express their views, wishes and feelings;\n"
    "3. to take their views, wishes and feelings into account;\n"
    "4. to help them gain access to, and make the best use of, services;\n"
    "5. to promote high aspirations and seek the best outcomes for them;\n"
    "6. for them to be safe, and for stability in their home lives;\n"
    "7. to prepare them for adulthood and independent living.\n"
)


@pytest.mark.parametrize(
    "introduction",
    [
        "When it acts for children in its care, the Council must have regard to the need:",
        "The Children and Social Work Act 2017 lists seven principles that guide us. We must:",
    ],
)
def test_the_principles_are_recognised_by_what_they_say_whatever_introduces_them(introduction):
    text = f"Our role\n\n{introduction}\n\n{PRINCIPLES}\nEvery councillor shares this role.\n"
    fact = facts_of(text, "chapter.txt")["corporate_parenting_principles"]
    assert fact.value == 7
    assert "best interests" in fact.evidence[-7].quote


def test_a_list_of_values_is_not_the_corporate_parenting_principles():
    text = (
        "What we believe:\n\n- children's best interests come first;\n"
        "- families are listened to;\n- children should be safe at home;\n"
        "- we are honest with families.\n"
    )
    assert facts_of(text, "chapter.txt")["corporate_parenting_principles"].value == 0


@pytest.mark.parametrize(
    ("table", "count"),
    [
        (
            "| Legislation | What it covers |\n|---|---|\n"
            "| Children Act 1989 | duties to children in need and in care |\n"
            "| Children Act 2004 | agencies working together |\n"
            "| Equality Act 2010 | fair treatment for everyone |\n",
            3,
        ),
        (
            "Statute | Why it matters\n"
            "Children Act 1989 | duties to children in need and in care\n"
            "Adoption and Children Act 2002 | adoption and special guardianship\n"
            "Children and Families Act 2014 | family justice and adoption reform\n"
            "Children and Social Work Act 2017 | the local offer for care leavers\n",
            4,
        ),
    ],
)
def test_a_table_of_statutes_is_the_legislation_list(table, count):
    text = f"Our duties\n\nWe work under these:\n\n{table}\nThe rest follows.\n"
    facts = facts_of(text, "chapter.md")
    assert facts["legislation_count"].value == count
    assert facts["legislation"].value[0]["cited"] in {"Children Act 1989"}


# --- second blind round: more wordings (issue 12) ---------------------------------------------


def test_the_principles_in_new_words_are_recognised_in_a_list():
    text = (
        "The Council is the corporate parent of every child in its care. When making decisions "
        "about them we will:\n"
        "- put their best interests and wellbeing first;\n"
        "- ask for their views and take those views seriously;\n"
        "- think about what they tell us when we decide;\n"
        "- help them find and use the services available to them;\n"
        "- hold high hopes for them;\n"
        "- make sure they are safe and that their homes are stable;\n"
        "- get them ready for living on their own as adults.\n"
    )
    assert facts_of(text, "chapter.txt")["corporate_parenting_principles"].value == 7


def test_the_principles_paraphrased_in_one_sentence_are_counted():
    text = (
        "Every part of the Council is a corporate parent to the children we look after. The "
        "Council will act in their best interests, encourage them to say what they think and "
        "take their wishes into account, make sure they can use the services that could help "
        "them, promote high aspirations for them, help them to be safe and to have stability, "
        "and prepare them for adulthood and independent living.\n"
    )
    assert one_section_value(text, "corporate_parenting_principles") == 7


def test_a_sentence_about_best_interests_alone_sets_out_no_principles():
    text = "Corporate parents act in the best interests of children and keep them safe.\n"
    assert one_section_value(text, "corporate_parenting_principles") == 0


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Care leavers can get help from a personal adviser until the age of 21, which "
            "continues until 25 for anyone who asks for it.",
            {"age": 21, "extended": [{"age": 25, "condition": "for anyone who asks for it"}]},
        ),
        (
            "| Age | Support for care leavers |\n|---|---|\n"
            "| 16 to 18 | a social worker and a pathway plan |\n"
            "| 18 up to 25 | a personal adviser |\n",
            {"age": 25, "extended": []},
        ),
        (
            "Care leavers receive support from a personal adviser up to the age of 18, or up to "
            "25 if they are in education or training.",
            {"age": 18, "extended": [{"age": 25, "condition": "in education or training"}]},
        ),
    ],
)
def test_leaving_care_ages_in_a_second_round_of_wordings(text, age):
    assert facts_of(text, "chapter.md")["leaving_care_support_age"].value == age


def test_a_history_run_into_one_line_gives_its_latest_entry():
    text = (
        "History of changes: May 2023 - references to the framework were added; "
        "January 2025 - the offer to care leavers was extended.\n"
    )
    assert one_section_value(text, "amendment_date") == "2025-01"


def test_an_unbulleted_list_of_statutes_stops_at_the_next_heading():
    text = (
        "Policies\n\nThe rules we follow\nOur work is carried out under these laws:\n"
        "Children Act 1989\nChildren Act 2004\nData Protection Act 2018\nOur shared commitment\n"
        "No organisation can protect children alone, and each agency plays its part.\n"
        "What we believe in\nEvery child deserves to be heard by the people who help them.\n"
    )
    assert facts_of(text, "chapter.txt")["legislation_count"].value == 3


@pytest.mark.parametrize(
    ("text", "models"),
    [
        ("Our practice model is Family Network Practice.", ["Family Network Practice"]),
        (
            "Glenmouth's approach to practice is called Partners in Change.",
            ["Partners in Change"],
        ),
        (
            "We use Signs of Safety and Restorative Practice as our approach.",
            ["Signs of Safety", "Restorative Practice"],
        ),
    ],
)
def test_model_names_in_a_second_round_of_wordings(text, models):
    assert one_section_value(text, "named_models") == models


# --- blind round 93 (decision 0158) --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This chapter sets out our values. This version was amended in April 2025.",
        "The current edition was revised in April 2025 to add the part on kinship care.",
    ],
)
def test_this_version_amended_in_a_month_is_an_amendment_statement(text):
    assert one_section_value(text, "amendment_date") == "2025-04"


def test_a_version_named_without_a_change_is_no_amendment_statement():
    text = "This version of the form was sent to schools in April 2025."
    assert one_section_value(text, "amendment_date") is None
