"""Section kinds met in the twenty-eighth blind round (decision 0067): a paragraph about the
chapter that goes on to say when the chapter was changed is the scope, unless it is the
introduction's own "sets out the framework" opening.

Each passage is written for this test in our own words.
"""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


@pytest.mark.parametrize(
    "opening",
    [
        "This page explains to new starters what our social workers are here to do and which "
        "laws give them their powers. It was last revised in August 2023 after a staff survey.",
        "This chapter is for anyone who works with children in the borough. It has been "
        "reviewed twice since the service was restructured.",
        "These pages describe how the service thinks about its work with families. They were "
        "updated when the new guidance came out.",
    ],
)
def test_a_note_about_the_chapter_and_when_it_changed_is_the_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


def test_the_framework_opening_stays_with_the_introduction(cues):
    opening = (
        "This chapter sets out the framework within which our staff support families. It was "
        "updated in June 2022 to add a paragraph on young carers."
    )
    assert cues.content_kind(opening) != "scope"


def test_a_change_to_something_other_than_the_chapter_is_not_a_scope_note(cues):
    opening = (
        "Working Together to Safeguard Children is the statutory guidance for all agencies. It "
        "was revised in December 2023."
    )
    assert cues.content_kind(opening) != "scope"


def test_a_national_framework_passage_early_in_an_unheaded_chapter_leaves_the_rest_in_turn():
    """The framework's own passage may come straight after the law: the partnership paragraph
    after it is then not a turn back, and both are found."""
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "This chapter applies to all of our social work and early help teams and explains the "
        "policy the rest of the manual rests on.\n\n"
        "Our duties come from the Children Act 1989 and the Children Act 2004, and they are owed "
        "to children in need, to children at risk of harm and to children in care.\n\n"
        "The government's statutory guidance for children's social care, published at the end "
        "of 2023, says what the service is for, which principles should guide it and which four "
        "outcomes it should achieve, and names the enablers that make good practice possible.\n\n"
        "Keeping children safe is not a job for one agency. Schools, the police and the health "
        "service share the duty with us under the local safeguarding partnership, as Working "
        "Together to Safeguard Children expects.\n"
    )
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    kinds = [section.kind for section in analyzed.outline.sections]
    assert kinds[-2:] == ["national_framework", "shared_responsibility"]
    assert "national_framework" in {kind.slug for kind in get_family().kinds if kind.order_free}
