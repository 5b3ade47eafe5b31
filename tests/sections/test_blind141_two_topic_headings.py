"""A heading of two topics whose second part is the strategy (decision 0236): the strategy
paragraph, opening with a lead-in that names the aim it serves, breaks away from the vision
under "Our vision and how we will get there". Texts written for this test in our own words."""

from tests.sections.helpers import outline_of


def test_a_strategy_after_a_lead_in_breaks_away_from_a_vision_heading():
    text = (
        "# Family Help Policy\n\n"
        "## Our values\n\n"
        "We are kind, honest and ambitious for every child we work with.\n\n"
        "## Our vision and how we will get there\n\n"
        "We want Marlby to be a town where children grow up safe and happy with their own "
        "families and in their own communities.\n\n"
        "To get there, our strategy is to help families before problems grow, to keep our "
        "specialist teams for the children who most need them, and to work side by side with "
        "schools and health visitors in every part of the town.\n"
    )
    sections = outline_of(text, "markdown").sections
    assert [section.kind for section in sections][-2:] == ["vision", "strategy"]
    assert sections[-1].heading is None
    assert sections[-1].text.startswith("To get there, our strategy is")


def test_a_lead_in_of_another_kind_stays_with_the_vision():
    text = (
        "# Family Help Policy\n\n"
        "## Our values\n\n"
        "We are kind, honest and ambitious for every child we work with.\n\n"
        "## Our vision\n\n"
        "We want Marlby to be a town where children grow up safe and happy with their own "
        "families and in their own communities.\n\n"
        "To get there, children need adults who stay with them.\n"
    )
    sections = outline_of(text, "markdown").sections
    assert sections[-1].kind == "vision"
    assert sections[-1].heading == "Our vision"
