"""Facts in the wordings of blind round 181 (decision 0289): a model that "practice model is"
names after its owner written as a possessive name, the council's or its service's
("Dunholme's practice model is Systemic Practice", "Fernbrook District Council's practice
model is …"), not only after "our", "its" or "the council's".

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _value(text: str, key: str) -> object:
    return facts_of(_TITLE + text, "chapter.txt")[key].value


def test_the_model_after_the_councils_name_in_the_possessive_is_named() -> None:
    text = (
        "How we practise\n\n"
        "Thornleigh's practice model is Whole Family Practice. Workers meet the family together "
        "and agree one plan.\n"
    )
    assert _value(text, "named_models") == ["Whole Family Practice"]


def test_the_model_after_the_council_named_in_full_is_named() -> None:
    text = (
        "How we work with families\n\n"
        "Fernbrook District Council's practice model is Relational Practice. The wider "
        "family is at the heart of every plan.\n"
    )
    assert _value(text, "named_models") == ["Relational Practice"]


def test_a_practice_model_said_of_no_one_names_no_model() -> None:
    text = (
        "How we practise\n\n"
        "A practice model is Whole Family Working when every worker meets the family together.\n"
    )
    assert _value(text, "named_models") == []
