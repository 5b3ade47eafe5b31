"""Section kinds met in decision 0092: a way of working named by an adverb that names a known
practice ("we work restoratively", "our teams practise systemically") opens the practice model
section; a heading about working with the service's partners, other agencies or neighbouring
councils hints at shared responsibility (a hint the kind model may overrule), while working with
families stays a key-principles cue.

Each passage is written for this test in our own words.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "opening",
    [
        "We work restoratively with every family we meet.",
        "In Fernleigh we work restoratively: things are done with families.",
        "In North Fernleigh, we practise systemically and look at the whole family.",
        "Across the borough we work restoratively.",
        "Our family help teams work restoratively.",
        "Our social workers all practise systemically.",
    ],
)
def test_a_practice_named_by_how_the_service_works_is_the_practice_model(cues, opening):
    assert cues.content_kind(opening) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "We work closely with schools and health visitors.",
        "We work relationally and we are kind.",
        "We work together with parents whenever it is safe.",
        "Young people told us we work restoratively, and we want to keep it that way.",
    ],
)
def test_other_ways_of_working_name_no_practice_model(cues, opening):
    assert cues.content_kind(opening) != "practice_model"


@pytest.mark.parametrize(
    "heading",
    [
        "Working with partners",
        "Working with our partners",
        "Working with other agencies",
        "Working with partner agencies",
        "Working with our neighbours",
        "Working with neighbouring councils",
        "Working closely with other local authorities",
    ],
)
def test_working_with_partners_hints_at_shared_responsibility(cues, heading):
    assert cues.heading_kind(heading) == "shared_responsibility"
    assert cues.only_hinted("shared_responsibility", heading)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Working with families", "key_principles"),
        ("Working with children and young people", "key_principles"),
        ("Working together with partners", "shared_responsibility"),
    ],
)
def test_working_with_the_people_served_keeps_its_cue(cues, heading, kind):
    assert cues.heading_kind(heading) == kind
    assert not cues.only_hinted(kind, heading)


@pytest.mark.parametrize(
    "heading", ["Working with our neighbours in the east", "Working with partners' children"]
)
def test_longer_headings_are_no_partner_hint(cues, heading):
    assert cues.heading_kind(heading) != "shared_responsibility"


def test_a_neighbouring_council_under_its_heading_is_shared_responsibility():
    text = (
        "# Policies, Values and Principles\n\n"
        "## About this chapter\n\nThis chapter applies to every children's social care team.\n\n"
        "## Working with our neighbours\n\n"
        "The county next to ours and our council train new social workers together each "
        "autumn, and our two fostering teams share a duty line at weekends.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "shared_responsibility"


@pytest.mark.parametrize(
    "heading",
    ["Listening to children", "Listening to Young People", "Hearing the voice of the child"],
)
def test_a_heading_naming_consultation_is_a_key_principles_cue(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert not cues.only_hinted("key_principles", heading)


def test_consultation_under_its_heading_stays_key_principles_beside_a_corporate_parent():
    """The kind model, reading a children in care council and a director, would call it the
    corporate parent's: the heading names consultation and is final."""
    text = (
        "# Policies, Values and Principles\n\n"
        "## Scope\n\nThis chapter applies to every children's social care team.\n\n"
        "## Leaving care\n\nCare leavers keep a personal adviser until they are 21.\n\n"
        "## Listening to children\n\n"
        "Before any decision about them, children in our care are asked what they think, and "
        "their children in care council puts its questions to the Director and to councillors "
        "twice a term.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert (outline.sections[-1].kind, outline.sections[-1].decided_by) == (
        "key_principles",
        "heading",
    )
