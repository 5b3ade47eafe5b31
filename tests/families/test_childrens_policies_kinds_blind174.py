"""Content cues blind set 174 showed missing (decision 0277): a chapter with no headings whose
outcomes open on what the service measures its work by, the difference for children, with the
list of changes after a colon. Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "We measure our work by what changes for children: fewer children harmed, more children "
        "living safely at home and more care leavers in work.",
        "The service judges its progress by the difference it makes to young people: better "
        "health, steadier homes and more of them in education or training.",
        "Each year we will assess our performance by how the lives of children change: whether "
        "they are safer, whether they attend school, and whether they leave care with a home.",
        "The council measures its success against what happens to the children it looks after: "
        "their exam results, their health and their first jobs.",
    ],
)
def test_work_measured_by_what_changes_for_children_with_a_list_is_key_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "We measure our work by what changes for children, and we ask them often.",
        "We judge our practice by what families tell us about it.",
        "The council measures its performance against the seven principles: each department "
        "reports on them, and the panel checks the reports.",
        "We measure our success by what changes for children: nothing else counts.",
    ],
)
def test_sentences_about_measuring_work_without_a_list_of_changes_are_not_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
