"""Content cues blind set 73 showed missing (decision 0131): chapter openings with no headings
whose paragraphs open without the usual cue phrase. Amendment notes labelled inline ("What's
changed: …"), counted ("Two things are different in this edition …"), dated as an edition ("This
version, dated June 2025, brings in …"), agreed by a body ("Agreed by … on <date>, this edition
…") or stamped with the year they were updated for; the readership told to "read this", told it
will find its work described here, or addressed ("Whoever you are …"); a vision that asks the
reader to picture the place years ahead; values as a list of what everyone is asked to do; a model
that conversations "follow". Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "note",
    [
        "What's changed: in March 2025 we added a part on children who go missing.",
        "What's new - the leaving care offer now runs to 25.",
        "Three things have changed in this version: the offer, the contacts and the list.",
        "Two things are different in this edition, which the board agreed in May 2025.",
        "This version, dated June 2025, brings in the National Framework.",
        "The current edition, dated 4 March 2025, replaces the 2022 text.",
        "Agreed by the corporate parenting board on 2 September 2024, this edition replaces "
        "the one from 2022.",
        "Approved by Cabinet in May 2025, the chapter adds a kinship offer.",
        "Updated for 2025: in January we rewrote the part on our practice model.",
    ],
)
def test_amendment_notes_without_the_usual_opening_are_the_scope(cues, note: str) -> None:
    assert cues.content_kind(note, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "What's changed for families is that help comes sooner.",
        "Two things are different in our approach to teenagers: we go to them, and we stay.",
        "This version of events was disputed by the child's mother.",
        "Agreed by the panel on 2 September 2024, the plan set out three goals.",
        "Updated plans are shared with the family within a week.",
    ],
)
def test_near_misses_of_the_notes_are_not_the_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"


@pytest.mark.parametrize(
    "readers",
    [
        "Foster carers, residential staff and social workers should all read this, with their "
        "managers.",
        "New starters in every team must read this.",
        "Social workers, foster carers and the staff of our homes should all keep this chapter "
        "to hand.",
        "Staff in every team that meets a child are expected to work to what is written here.",
        # Readers listed at length: twenty-seven words before the verb.
        "Staff in every team that meets a child, from the front door to the service for care "
        "leavers, and the providers we pay to look after children, are "
        "expected to work to what is written here.",
        "Practitioners in early help and the assessment teams will find their own work described "
        "here; students should read it in their first week.",
        "Whoever you are - a social worker, a team manager or a personal adviser - the "
        "expectations below apply to your work with our children.",
        "If you are a foster carer or a support worker, what follows applies to you as well.",
    ],
)
def test_the_chapters_readers_told_in_other_words_are_its_scope(cues, readers: str) -> None:
    assert cues.content_kind(readers, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Foster carers should read this child's care plan with them.",
        "Staff must read this to the child, in words the child can follow.",
        "Children will find their own way of telling us what matters.",
        "Whoever you are, you can ask for help.",
        "The rules below apply to your child's school as well.",
    ],
)
def test_who_must_act_is_still_not_the_readership(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Picture Ashdown ten years from now: fewer children in care and more in work.",
        "Imagine our county in 2035, where no child grows up without someone on their side.",
        "Picture this borough in five years' time: every family helped early.",
    ],
)
def test_the_place_pictured_years_ahead_is_the_vision(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "Picture a child who has moved home three times in a year.",
        "Imagine being nine and waiting at the school gate.",
    ],
)
def test_a_child_pictured_is_no_vision(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "Everyone who works with Ashdown's children is asked to:\n\n- listen first;\n- explain",
        "All staff who work with our families are expected to: listen, explain and include.",
    ],
)
def test_what_everyone_is_asked_to_do_as_a_list_is_the_values(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Everyone who works with children is expected to know and follow this policy.",
        "Everyone who works with children is asked to complete the safeguarding course.",
    ],
)
def test_what_everyone_is_asked_without_a_list_is_not_the_values(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "values"


def test_conversations_that_follow_a_known_model_are_the_practice_model(cues) -> None:
    opening = "Conversations with our families follow Signs of Safety: what is working well?"
    assert cues.content_kind(opening, near_end=False) == "practice_model"
    for other in (
        "Our neighbours in Fendale use Signs of Safety, and we train with them.",
        "Conversations with families who do not follow the plan are recorded.",
    ):
        assert cues.content_kind(other, near_end=False) != "practice_model"
