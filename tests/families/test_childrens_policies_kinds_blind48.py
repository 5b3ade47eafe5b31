"""Content cues blind set 48 showed missing (decision 0097): a chapter with no headings that
places itself in the manual in its opening sentence is saying what it covers (scope); an
amendment note after the body is end matter, under the title scope; the qualities a service
expects of its people, listed, are its values."""

import pytest


@pytest.mark.parametrize(
    "note",
    [
        "This procedure was revised in August 2024, when the part on relatives was rewritten.",
        "Updated on 5 May 2025: the paragraph on confidentiality now names the records system.",
        "Reviewed and revised in October 2024. The wording on corporate parents was shortened.",
        "Amendments: in July 2025 the section on relatives was brought up to date.",
    ],
)
def test_an_amendment_note_is_end_matter_only_near_the_end(cues, note):
    assert cues.content_kind(note, near_end=True) == "end_matter"
    assert cues.content_kind(note, near_end=False) != "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter opens the Orrinwick family help manual and says what the rest rests on.",
        "This page is the start of the Orrinwick practice manual for children's social care.",
        "What follows is the policy statement at the front of the Orrinwick procedures manual.",
        "The chapters of this manual tell staff what to do; this one tells them why.",
        "Orrinwick Council keeps its procedures as an online manual, and this page is where "
        "it begins.",
    ],
)
def test_a_chapter_placing_itself_in_the_manual_names_the_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter sets out the framework within which every procedure in this manual works.",
        "This chapter rests on the Children Act 1989 (abbreviated as CA 1989 in the manual).",
        "This page is based on the 2017 Act, as every chapter of the manual is.",
        "If you have a question about this chapter or the manual, ask the practice lead.",
        "Orrinwick Council works with children in need under the Children Act 1989.",
        "The manual is kept up to date by the policy team, who review each chapter yearly.",
    ],
)
def test_other_sentences_naming_the_manual_do_not(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "We expect kindness, curiosity and fairness from everyone who works with our children.",
        "We expect honesty, patience and respect of all our staff.",
        "We expect staff to be open, reliable and kind.",
    ],
)
def test_the_qualities_expected_of_the_service_s_people_are_its_values(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "We expect schools, health and police to share information with us promptly.",
        "We expect staff to be trained in the model within a year.",
    ],
)
def test_what_the_service_expects_others_to_do_is_no_value(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) != "values"
