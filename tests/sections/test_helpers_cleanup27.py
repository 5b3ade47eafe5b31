"""The sections tests' shared stand-in model and outline helpers (decision 0504), which eight
test files wrote for themselves before."""

from tests.sections.helpers import (
    SURE_OF_PRINCIPLES,
    SameReading,
    kind_of,
    outline_with_model,
    states_procedure,
)


def test_the_same_reading_gives_every_passage_its_scores_and_names_its_kinds() -> None:
    model = SameReading({"values": 0.9, "other": 0.1})
    assert model.kinds == ("values", "other")
    assert model.probabilities(["one", "two"]) == [
        {"values": 0.9, "other": 0.1},
        {"values": 0.9, "other": 0.1},
    ]
    first = model.probabilities(["one"])[0]
    first["values"] = 0.0
    assert model.probabilities(["one"])[0]["values"] == 0.9


def test_an_outline_read_with_a_stand_in_model_takes_its_kind_under_a_heading_no_cue_knows() -> (
    None
):
    text = (
        "# Living in Our Care\n\n"
        "## How the days go\n\n"
        "Children choose what they eat at weekends and help plan the summer trips.\n"
    )
    outline = outline_with_model(text, SameReading(SURE_OF_PRINCIPLES), "markdown")
    assert kind_of(outline, "How the days go") == "key_principles"


def test_the_procedure_question_is_asked_of_the_heading_s_kind() -> None:
    step = "The personal adviser reviews the plan at least every six months."
    assert states_procedure("key_principles", step)
    assert not states_procedure("values", step)
