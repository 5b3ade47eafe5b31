"""The local safeguarding partnership said to bring the agencies together, in a paragraph after
the introduction's list of Acts (decision 0206): words only the shared-responsibility section
says, so the paragraph is a section of its own.

Each case is written for this test in our own words.
"""

from app.families import get_family
from app.sections.classify import compile_cues
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def test_a_partnership_bringing_the_agencies_together_is_shared_responsibility() -> None:
    cues = compile_cues(get_family().kinds)
    sentence = (
        "Since 2023 the Marlbeck Safeguarding Children Partnership has brought the council, "
        "the police and health under one set of arrangements."
    )
    assert cues.breakaway_kind(sentence) == "shared_responsibility"


def test_a_partnership_named_in_passing_is_no_cue() -> None:
    cues = compile_cues(get_family().kinds)
    sentence = (
        "The Marlbeck Safeguarding Children Partnership publishes its thresholds document "
        "every year."
    )
    assert cues.breakaway_kind(sentence) is None


def test_the_paragraph_after_the_law_list_opens_its_own_section() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## The law behind us\n\n"
        "Our duties come from these Acts:\n\n"
        "- Children Act 1989\n- Children Act 2004\n- Children and Families Act 2014\n\n"
        "Since 2023 the Marlbeck Safeguarding Children Partnership has brought the council, the "
        "police and health under one set of arrangements. Schools and charities sit on its "
        "groups.\n\n"
        "## What we believe\n\n"
        "Families should find us honest, patient and fair in everything we do with them.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == [
        "title",
        "introduction",
        "shared_responsibility",
        "values",
    ]
