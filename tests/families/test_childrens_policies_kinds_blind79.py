"""Openings the seventy-ninth blind round's chapters used with no cue phrase the family knew
(decision 0139): a scope that says for whom the pages are written or that the council
publishes the chapter for its readers; a partnership named first and said to bring partners
together, or no agency able to keep children safe alone; practitioners, a few words after
them, trained in or working to a model; three values said to run through the work;
confidential or personal information about someone kept securely; and a closing history that
opens on the chapter's first publication. Each case is written for this test in our own words,
with near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("These pages are written for the social workers and carers of the county.", "scope"),
        ("These pages were meant for everyone who works with children on our behalf.", "scope"),
        ("Dunmere Council publishes this chapter for its staff and its foster carers.", "scope"),
        ("The council has written these pages for its partners in the voluntary sector.", "scope"),
        (
            "No agency can keep a child safe by itself. Schools and doctors work with us.",
            "shared_responsibility",
        ),
        ("No single organisation can protect children on its own.", "shared_responsibility"),
        (
            "The Orlby Safeguarding Partnership brings the council, health and police together.",
            "shared_responsibility",
        ),
        (
            "Kestle Children's Partnership, made up of the council and health leaders, meets.",
            "shared_responsibility",
        ),
        (
            "Practitioners across the service work to the Lantern Model, which draws on systems.",
            "practice_model",
        ),
        (
            "Every social worker who joins us is trained in the Safe and Together model.",
            "practice_model",
        ),
        ("Kindness, ambition and fairness run through everything we do.", "values"),
        ("Honesty, warmth and persistence underpin all of our work with families.", "values"),
        ("Personal information about children is kept in secure systems.", "information_sharing"),
        (
            "Confidential information is held on secure systems and seen only by staff.",
            "information_sharing",
        ),
    ],
)
def test_openings_without_the_usual_cue_phrases(cues, opening: str, kind: str) -> None:
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("These pages are linked from the home page of the manual.", "scope"),
        ("The council publishes its annual report for councillors each spring.", "scope"),
        ("No child should wait more than a week for a visit.", "shared_responsibility"),
        ("The partnership between schools and health visitors is strong.", "shared_responsibility"),
        ("Practitioners across the service meet monthly to share learning.", "practice_model"),
        ("Children, parents and carers are invited to every review.", "values"),
        ("Confidential waste is collected weekly from every office.", "information_sharing"),
    ],
)
def test_near_misses_are_not_read_as_those_kinds(cues, opening: str, kind: str) -> None:
    assert cues.content_kind(opening) != kind


def test_a_history_opening_on_the_first_edition_is_end_matter_near_the_end(cues) -> None:
    note = "This chapter was first published in June 2022. It was amended in April 2025."
    assert cues.content_kind(note, near_end=True) == "end_matter"
    assert cues.content_kind("This chapter was first agreed by members in 2019.", True) == (
        "end_matter"
    )
    assert cues.content_kind("This chapter first sets out the law.", True) != "end_matter"
