"""A "Working with families" heading is a key-principles hint, not a cue (blind set 292, decision
0427): over the council's practice model ("Our practice model is …") the section is the practice
model; over how the service works with parents it stays key principles. Written for this test in
our own words."""

from tests.sections.helpers import outline_of

_HEAD = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Scope\n\nThis chapter applies to everyone in the county's children's services.\n\n"
)


def _kind_of(heading: str, paragraph: str) -> str:
    outline = outline_of(_HEAD + f"## {heading}\n\n{paragraph}\n", "markdown")
    return next(s.kind for s in outline.sections if s.text.lstrip("# ").startswith(heading))


def test_working_with_families_over_the_practice_model_is_the_practice_model() -> None:
    paragraph = (
        "Our practice model is Signs of Safety. Every plan starts from what is working well "
        "and what we are worried about."
    )
    assert _kind_of("Working with families", paragraph) == "practice_model"


def test_working_with_children_and_families_over_a_model_too() -> None:
    paragraph = "Our social work model is Restorative Practice, and every team is trained in it."
    assert _kind_of("Working with children and families", paragraph) == "practice_model"


def test_working_with_families_over_partnership_with_parents_stays_key_principles() -> None:
    paragraph = (
        "Wherever it is safe, children should grow up in their own families. We offer early "
        "help to parents, and when a child cannot stay at home we look first to relatives and "
        "friends who could care for them."
    )
    assert _kind_of("Working with families", paragraph) == "key_principles"
