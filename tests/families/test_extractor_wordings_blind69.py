"""Facts in wordings blind set 69 showed the reader missing (decision 0125).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

TITLE = "# Fostering and Care Policy\n\n"

# --- corporate parenting principles in plain words --------------------------------------------


def test_plain_word_promises_after_a_corporate_parent_sentence_are_the_principles():
    text = TITLE + (
        "## Our promises\n\n"
        "As your corporate parent, we promise:\n\n"
        "- to do what is best for you;\n"
        "- to ask you what you think about your plans;\n"
        "- to listen and act on it;\n"
        "- to help you find the support you need;\n"
        "- to help you aim high at school and at work;\n"
        "- to keep you safe in a settled home;\n"
        "- to get you ready for adult life.\n"
    )
    assert facts_of(text, "c.md")["corporate_parenting_principles"].value == 7


def test_plain_word_principles_numbered_under_corporate_parenting():
    text = TITLE + (
        "## Corporate parenting\n\n"
        "Put simply, as corporate parents we will:\n\n"
        "1. put children first in the choices we make for them;\n"
        "2. make sure they can tell us what they think;\n"
        "3. take their words seriously;\n"
        "4. help them reach the services they need;\n"
        "5. believe in them and want the best for them;\n"
        "6. keep them safe;\n"
        "7. help them grow into confident adults.\n"
    )
    assert facts_of(text, "c.md")["corporate_parenting_principles"].value == 7


def test_plain_word_principles_in_one_sentence_about_the_corporate_parent():
    text = TITLE + (
        "## Corporate parenting\n\n"
        "For us, being a corporate parent means that we put the child first; we ask what they "
        "think; we listen; we make sure they get the help on offer; we help them aim high; we keep "
        "them safe; and we get them ready for adult life.\n"
    )
    assert facts_of(text, "c.md")["corporate_parenting_principles"].value == 7


def test_a_list_of_ordinary_tasks_after_corporate_parents_is_no_principles_list():
    text = TITLE + (
        "## Corporate parenting\n\n"
        "As corporate parents, councillors will:\n\n"
        "- attend the board every quarter;\n"
        "- visit one children's home a year;\n"
        "- read the annual report;\n"
        "- meet the children in care council;\n"
        "- ask officers about the budget.\n"
    )
    assert facts_of(text, "c.md")["corporate_parenting_principles"].value == 0


def test_a_values_sentence_with_a_few_plain_promises_is_no_principles_sentence():
    text = TITLE + (
        "## Corporate parenting\n\n"
        "As a corporate parent the council wants to keep children safe and to listen to them.\n"
    )
    assert facts_of(text, "c.md")["corporate_parenting_principles"].value == 0


# --- named models: labels, pronouns, headings of models set aside -----------------------------


def test_a_practice_model_label_opening_a_heading_names_generic_words():
    text = TITLE + "## Practice model - Relational Practice\n\nWe build trust first.\n"
    assert facts_of(text, "c.md")["named_models"].value == ["Relational Practice"]


def test_a_practice_model_label_in_a_sentence_names_no_description():
    text = TITLE + (
        "## How we work\n\nWe have no single method; staff work within a practice model: "
        "Relational Practice is one strand among several.\n"
    )
    assert facts_of(text, "c.md")["named_models"].value == []


def test_a_pronoun_is_no_model_name():
    text = TITLE + (
        "## Signs of Safety in Harrowdene\n\n"
        "Families help write their plans. It is the practice model for every team we have.\n"
    )
    assert facts_of(text, "c.md")["named_models"].value == ["Signs of Safety"]


def test_a_heading_naming_a_model_its_section_set_aside_names_none():
    text = TITLE + (
        "## Family Safeguarding pilot\n\n"
        "In 2023 we looked at Family Safeguarding but chose not to adopt it.\n"
    )
    assert facts_of(text, "c.md")["named_models"].value == []


def test_a_heading_naming_a_model_its_section_uses_still_names_it():
    text = TITLE + (
        "## Family Safeguarding\n\n"
        "We use Family Safeguarding in every team, and decided not to adopt Signs of Safety.\n"
    )
    assert facts_of(text, "c.md")["named_models"].value == ["Family Safeguarding"]


# --- leaving care: a 16+ team -----------------------------------------------------------------


def test_a_16_plus_team_is_the_leaving_care_service():
    text = TITLE + "## How we work\n\nOur 16 plus service works with people to 25 years of age.\n"
    assert facts_of(text, "c.md")["leaving_care_support_age"].value == {"age": 25, "extended": []}


def test_a_16_plus_college_course_is_no_leaving_care_service():
    text = TITLE + "## Education\n\nOur 16+ college courses are open to learners up to 25.\n"
    assert facts_of(text, "c.md")["leaving_care_support_age"].value is None


# --- amendments: a dated update as a sentence of its own --------------------------------------


def test_a_dated_update_sentence_followed_by_what_the_text_now_says():
    text = (
        "Fostering and Care Policy\n\nAllowances\n\n"
        "Oct 2024 update. The allowances section now gives the weekly rates.\n\n"
        "Carers are paid every week.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-10"


def test_a_dated_update_sentence_followed_by_something_else_is_no_amendment():
    text = (
        "Fostering and Care Policy\n\nNews\n\n"
        "Oct 2024 update. Carers met the director at the summer fair.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
