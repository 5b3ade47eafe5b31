"""Content cues blind set 57 showed missing (decision 0109): chapter openings with no headings
say whom the chapter is for without the word "scope", date their change as what the chapter has
said "since" a month, label the newest edition's changes "New in this version (…)", name one
ambition for every child as a vision, and open the introduction with the law."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "It is written for anyone who makes decisions about children for the council.",
        "What follows applies to every practitioner in Dunmarsh's children's services.",
        "The policy below applies to everyone working in children's social care.",
        "Who should read this? Anyone who works with children and families for the council.",
        "Practitioners are the main readers of what follows, but parents are welcome too.",
        "Staff in Dunmarsh Council's children's services, the foster carers we approve and the "
        "providers we commission should all work to this policy.",
        "Anyone who works with children for Dunmarsh Council, or who is paid by us to care for "
        "them, is expected to know and follow this policy.",
        "Social workers, family support workers and their managers should read what follows "
        "before they use any other procedure.",
        "Everyone who works for Dunmarsh's children's services, whatever their role, is covered "
        "by this policy.",
    ],
)
def test_whom_the_chapter_is_for_is_its_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Staff must tell the police at once when a child is in danger.",
        "It is written into every plan that the child's views are recorded.",
        "Foster carers should follow the child's care plan and tell us of any change.",
        "Who should we tell when a child goes missing? The police, first of all.",
        "What follows from this is that every child has one plan.",
        "The policy is for children who cannot live at home.",
        "Children in our care are covered by the council's insurance.",
    ],
)
def test_who_must_act_is_not_the_chapters_readership(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"


@pytest.mark.parametrize(
    "note",
    [
        "Since April 2025 this chapter has included the council's offer to care leavers.",
        "Since 1 March 2025 this chapter has referred to the National Framework.",
        "Since September 2024 the chapter has named Family Safeguarding as our model.",
        "New in this version (May 2025): a paragraph on the National Framework.",
    ],
)
def test_a_change_told_as_since_or_new_in_this_version_opens_the_scope(cues, note) -> None:
    assert cues.content_kind(note, near_end=False) == "scope"


@pytest.mark.parametrize(
    "sentence",
    [
        "Since April 2025 the council has supported care leavers until they are 25.",
        "New in this borough: a family hub in every town.",
    ],
)
def test_other_since_and_new_sentences_are_not_a_change_note(cues, sentence) -> None:
    assert cues.content_kind(sentence, near_end=False) != "scope"


def test_one_ambition_for_every_child_is_a_vision(cues) -> None:
    opening = "Our ambition is that every child in Dunmarsh grows up in a family that loves them."
    assert cues.content_kind(opening, near_end=False) == "vision"
    assert cues.content_kind("Our ambitions are to listen, to learn and to act.") != "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "The law requires the council to safeguard children and to promote their welfare.",
        "Parliament has set out what councils must do for children in a series of Acts.",
    ],
)
def test_an_introduction_may_open_with_the_law(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "introduction"


@pytest.mark.parametrize(
    "opening",
    [
        "The law requires us to keep records of every decision we make about a child.",
        "The law allows information to be shared where a child is at risk.",
    ],
)
def test_what_the_law_asks_of_records_is_not_an_introduction(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "introduction"
