"""Facts in wordings blind set 161 showed the reader missing (decision 0262).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- named models: a name in quotes set beside the council's operating model --------------------


def test_a_quoted_name_beside_our_operating_model_is_the_model():
    text = (
        "Fostering Policy\n\nHow we are organised\n\n"
        "Our operating model, 'Kindred Paths', puts family workers and social workers in the "
        "same neighbourhood teams.\n"
    )
    assert facts_of(text)["named_models"].value == ["Kindred Paths"]


def test_a_quoted_name_beside_our_own_operating_model_in_double_quotes():
    text = (
        "Fostering Policy\n\nHow we are organised\n\n"
        'We introduced our own operating model, "Close to Home", in 2023.\n'
    )
    assert facts_of(text)["named_models"].value == ["Close to Home"]


def test_our_operating_model_with_no_name_in_quotes_names_none():
    text = (
        "Fostering Policy\n\nHow we are organised\n\n"
        "Our operating model, as it stood in 2020, kept the assessment teams apart from the "
        "teams that work with children over time.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_another_councils_operating_model_in_quotes_is_not_ours():
    text = (
        "Fostering Policy\n\nHow we are organised\n\n"
        "A neighbouring authority's operating model, 'Open Harbour', was looked at but not "
        "taken up.\n"
    )
    assert facts_of(text)["named_models"].value == []
