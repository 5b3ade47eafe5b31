""" "Who we are" names the introduction, yielding only to another kind's content cue opening the
paragraph under it (decision 0206): "We are a Family Safeguarding authority: …" is the practice
model; a service saying how many children it looks after stays the introduction.

Each case is written for this test in our own words.
"""

from tests.sections.outline_helpers import section_kinds

TITLE = "# Children's Services Policies, Values and Principles\n\n"
AFTER = (
    "## Our duties as corporate parents\n\n"
    "For the children and young people we look after, the council will act as a good parent "
    "would.\n"
)


def test_who_we_are_over_a_known_model_is_the_practice_model() -> None:
    text = (
        TITLE + "## Who we are\n\nWe are a Signs of Safety council: every worker is trained in "
        "it and uses its tools with families.\n\n" + AFTER
    )
    assert section_kinds(text, "markdown") == ["title", "practice_model", "corporate_parenting"]


def test_who_we_are_over_the_children_served_is_the_introduction() -> None:
    text = (
        TITLE + "## Who we are\n\nOakbridge Council looks after around 250 children, and what "
        "they tell us shapes how we plan our services.\n\n" + AFTER
    )
    assert section_kinds(text, "markdown")[:2] == ["title", "introduction"]
