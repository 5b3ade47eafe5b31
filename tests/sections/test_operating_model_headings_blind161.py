"""A heading that names the service's operating model heads the practice model's section, as
"Practice model" and "Service model" do (blind set 161, decision 0262): "Operating Model - X",
"Our operating model". Other headings on how the service operates stay what they were."""

from tests.sections.helpers import outline_of

_OPENING = (
    "# Fostering Policy\n\n"
    "## Who this policy is for\n\nEveryone who fosters for the council, and the staff who "
    "support them.\n\n"
    "## Our values\n\nWe listen to children and we treat carers as partners.\n\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "markdown")
    return [(section.kind, section.text.strip()[:30]) for section in outline.sections]


def test_operating_model_dash_a_name_heads_the_practice_model():
    text = _OPENING + (
        "## Operating Model - Harbour Lights\n\nHarbour Lights is how our teams are set up: one "
        "worker for each family, with specialists in the same room.\n"
    )
    assert _kinds(text)[-1] == ("practice_model", "## Operating Model - Harbour L")


def test_our_operating_model_heads_the_practice_model():
    text = _OPENING + (
        "## Our operating model\n\nFamilies keep one worker from their first contact with us "
        "until the help ends.\n"
    )
    kind, start = _kinds(text)[-1]
    assert (kind, start[:22]) == ("practice_model", "## Our operating model")


def test_operating_procedures_is_no_practice_model_heading():
    text = _OPENING + (
        "## Operating procedures for the duty desk\n\nThe duty desk is open from nine until "
        "five, and calls after five go to the emergency team.\n"
    )
    assert _kinds(text)[-1][0] != "practice_model"
