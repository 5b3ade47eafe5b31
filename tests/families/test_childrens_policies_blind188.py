"""Wordings the hundred-and-eighty-eighth blind round used that the family did not know
(decision 0298): a scope heading naming what the chapter covers, a heading naming one partner
agency worked with, a plan ahead in the name of the county or borough, Acts counted by the
sentence that lists them, and an amendment in the council's voice naming the part it edited
before its date. Each case is written for this test in our own words, with near misses that
must not be read so."""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    "heading",
    [
        "The ground this chapter covers",
        "Everything this page deals with",
        "The matters this policy is about",
        "Topics that this procedure covers",
    ],
)
def test_a_heading_naming_what_the_chapter_covers_is_scope(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize(
    "heading",
    ["The principles this chapter sets out", "The ground we stand on", "What the law covers"],
)
def test_other_headings_about_the_chapter_or_ground_are_not_scope(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "scope"


@pytest.mark.parametrize(
    "heading",
    [
        "Working with health colleagues",
        "Side by side with health services",
        "Alongside the police",
        "Working closely with schools",
    ],
)
def test_a_heading_naming_one_partner_agency_hints_shared_responsibility(
    cues, heading: str
) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"
    assert cues.only_hinted("shared_responsibility", heading)


@pytest.mark.parametrize(
    "heading", ["Working with families", "Health and wellbeing", "Keeping children healthy"]
)
def test_other_working_or_health_headings_are_not_this_hint(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "Over the coming two years the county will open three small children's homes.",
        "In the next year the borough council plans to recruit thirty foster families.",
        "During the next 18 months the authority intends to halve placements out of area.",
        "Over the next three years the city will bring its care leavers' hub into the centre.",
    ],
)
def test_a_plan_ahead_in_the_places_name_is_strategy(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "strategy"


@pytest.mark.parametrize(
    "opening",
    [
        "Over the coming two years the county has seen more children come into care.",
        "In the next year a young person will be offered a personal adviser.",
    ],
)
def test_what_happened_or_what_a_child_gets_is_no_plan(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "strategy"


LAW = "Children's Services Policies, Values and Principles\n\nOur duties\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Three Acts do most of the work: the Children Act 1989, the Children (Leaving Care) "
            "Act 2000 and the Children and Social Work Act 2017.",
            3,
        ),
        (
            "These four statutes matter most to our teams: the Children Act 1989, the Children "
            "Act 2004, the Adoption and Children Act 2002 and the Children and Families Act 2014.",
            4,
        ),
    ],
)
def test_a_sentence_counting_the_acts_it_names_gives_the_list(sentence: str, count: int) -> None:
    assert facts_of(LAW.format(sentence=sentence))["legislation_count"].value == count


def test_three_acts_named_in_ordinary_prose_are_no_list() -> None:
    sentence = (
        "Young people sometimes ask how the Children Act 1989, the Children Act 2004 and the "
        "Children and Families Act 2014 differ."
    )
    assert facts_of(LAW.format(sentence=sentence))["legislation_count"].value in (0, None)


PAGE = (
    "Children's Services Policies, Values and Principles\n\nChanges to this page\n\n"
    "{sentence}\n\nOur values\n\nWe put children first.\n"
)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("We rewrote the corporate parenting section in December 2025.", "2025-12"),
        ("We shortened the part on permanence in May 2025 after the review.", "2025-05"),
        ("We have revised two paragraphs about care leavers in March 2026.", "2026-03"),
    ],
)
def test_we_edited_a_named_part_then_the_date_is_the_amendment(sentence: str, month: str) -> None:
    assert facts_of(PAGE.format(sentence=sentence))["amendment_date"].value == month


@pytest.mark.parametrize(
    "sentence",
    [
        "We updated our local offer in May 2025.",
        "We revised the fostering allowances in April 2025.",
    ],
)
def test_we_changed_a_service_then_the_date_is_no_amendment(sentence: str) -> None:
    assert facts_of(PAGE.format(sentence=sentence))["amendment_date"].value is None
