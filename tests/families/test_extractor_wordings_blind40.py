"""Wordings blind set 40 showed the reader missing (decision 0083).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date: a dated change to a part named by its own heading ------------------------

_PAGE = (
    "# Family Help Policy\n\n"
    "## Who this is for\n\n"
    "Everyone in the early help service should know this policy.\n\n"
    "{note}\n\n"
    "## {heading}\n\n"
    "We help families early, before problems grow.\n"
)


def test_a_dated_change_to_a_part_named_by_its_heading_is_an_amendment():
    note = "In August 2024 Working With Schools was rewritten after the hubs opened."
    text = _PAGE.format(note=note, heading="Working With Schools")
    assert facts_of(text, "policy.md")["amendment_date"].value == "2024-08"


def test_the_heading_may_carry_its_number_and_the_sentence_the():
    note = "In August 2024, the Working With Schools section was revised."
    text = _PAGE.format(note=note, heading="3. Working with schools")
    assert facts_of(text, "policy.md")["amendment_date"].value == "2024-08"


def test_a_dated_change_to_something_the_chapter_has_no_heading_for_is_not_one():
    note = "In August 2024 the Children Act was amended by Parliament."
    text = _PAGE.format(note=note, heading="Working With Schools")
    assert facts_of(text, "policy.md")["amendment_date"].value is None


def test_a_heading_named_without_an_amendment_verb_is_not_one():
    note = "In August 2024 Working With Schools was the theme of our conference."
    text = _PAGE.format(note=note, heading="Working With Schools")
    assert facts_of(text, "policy.md")["amendment_date"].value is None


# --- named models: "our social work model is …" -------------------------------------------------


def test_a_name_said_to_be_the_social_work_model_is_a_model():
    text = (
        "Family Help Policy\n\n"
        "How we practise\n"
        "Our social work model is Relational Family Practice. Teams meet weekly to reflect.\n"
    )
    assert facts_of(text)["named_models"].value == ["Relational Family Practice"]


def test_a_social_work_model_said_to_be_under_review_names_none():
    text = (
        "Family Help Policy\n\n"
        "How we practise\n"
        "Our social work model is under review this year, and staff will be consulted.\n"
    )
    assert facts_of(text)["named_models"].value == []
