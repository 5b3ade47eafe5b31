"""Content cues blind set 119 showed missing (decision 0195): whole chapters with no headings
whose scope names the chapter with "the" or binds its readers after another subject, whose
leaving-care offer opens on help that does not stop at an age or on care leavers keeping an
adviser, whose law opens on where the service's duties come from, and whose closing amendment
note puts its label first and its verb and date last. Each case is written for this test in our
own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "The chapter applies to every social worker and manager in the directorate.",
        "The chapter applies to all staff, agency workers included.",
        "Those standards, like the rest of this chapter, bind every officer who works with "
        "children.",
        "Its principles, like everything else in the chapter, apply to all members of staff.",
        "The guidance below, as with the rest of this chapter, applies to every practitioner.",
    ],
)
def test_the_chapter_binding_its_readers_is_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "The chapter applies to children who are looked after and to care leavers alike.",
        "The principles in this chapter apply to all children in our care.",
        "The chapter was written with care leavers.",
    ],
)
def test_the_chapter_applying_to_children_is_no_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Help from our leaving care team does not stop at eighteen.",
        "Support for care leavers doesn't end at 18, whatever they have heard.",
        "The after-care service will not stop when a young person turns eighteen.",
        "Care leavers keep their personal adviser to 21.",
        "Care leavers can keep a personal adviser until they are 25.",
    ],
)
def test_leaving_care_help_past_an_age_is_key_principles(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Care leavers tell us that the help stops too soon.",
        "Our leaving care team works from the town hall.",
    ],
)
def test_other_sentences_on_care_leavers_are_not_cued(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Our duties come from the Children Act 1989 and the Children Act 2004.",
        "Our duties were given to us by the 1989 and 2004 Children Acts.",
        "The council's statutory responsibilities derive from the Children and Families Act 2014.",
    ],
)
def test_where_the_duties_come_from_in_law_is_the_introduction(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "introduction"


def test_duties_that_come_from_no_act_are_not_cued(cues) -> None:
    opening = "Our duties come from the trust families place in us."
    assert cues.content_kind(opening, near_end=False) != "introduction"


@pytest.mark.parametrize(
    "note",
    [
        "Amendment: paragraphs on permanence and on the leaving care offer revised, 2 June 2025.",
        "Changes: the list of partners updated in March 2025.",
        "Note: section on information sharing added on 4 February 2026.",
    ],
)
def test_a_labelled_note_of_what_changed_dated_last_is_end_matter(cues, note: str) -> None:
    assert cues.content_kind(note, near_end=True) == "end_matter"


def test_a_labelled_note_with_no_date_is_no_end_matter(cues) -> None:
    note = "Note: the paragraphs on permanence were revised after consultation with young people."
    assert cues.content_kind(note, near_end=True) != "end_matter"
