"""Three readings blind round 401 found missing (decision 0591), written for this test in our own
words, each with a near miss that must stay unread: a closing sentence that names a year or a
span the council plans towards with a verb of intent ("means to", "intends to") is the strategy;
an ambition named as the place hoped for ("a <place> where every child …") is the vision; and a
note on how the chapter's own headings or quotations were chosen is about the chapter, the
scope. Each cue also takes its paragraph out of a headed section of another kind, as a stretch
of its own, where the paragraph is a single sentence too short for the kind model alone."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import Cues, compile_cues
from tests.families.fact_helpers import model_names
from tests.reading import read_kinds_and_headings


@pytest.fixture(scope="module")
def cues() -> Cues:
    return compile_cues(get_family().kinds)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "In the coming three years the county means to recruit its own residential staff, "
            "close two agency homes and keep brothers and sisters together.",
            "strategy",
        ),
        (
            "By 2030 Fernmouth intends to run every children's home it uses, and to halve the "
            "number of young people placed outside the county.",
            "strategy",
        ),
        (
            "By the end of 2028 the service plans to give each family one named worker from "
            "the first call to the last visit.",
            "strategy",
        ),
        (
            "Our hope is a Fernmouth where no child waits for help, and where young people who "
            "grew up in care feel the county was on their side.",
            "vision",
        ),
        (
            "The council's ambition is a county where every family can find help close to home "
            "before things become hard to mend.",
            "vision",
        ),
        (
            "The quotations heading each part of this page come from care leavers who met the "
            "editors last spring.",
            "scope",
        ),
    ],
)
def test_the_cue_names_the_kind(cues: Cues, paragraph: str, expected: str) -> None:
    assert cues.content_kind(paragraph, near_end=False) == expected


@pytest.mark.parametrize(
    ("paragraph", "not_expected"),
    [
        (
            "By 2030 every care leaver will have a home of their own and a job or a course.",
            "strategy",
        ),
        (
            "By 2030 the county aims to be a place where every child grows up safe.",
            "strategy",
        ),
        ("Our hope is a quiet word with the family before the meeting starts.", "vision"),
        ("The headings of a care plan are set by the regulations.", "scope"),
    ],
)
def test_the_near_miss_is_not_that_kind(cues: Cues, paragraph: str, not_expected: str) -> None:
    assert cues.content_kind(paragraph, near_end=False) != not_expected


def test_a_one_sentence_plan_closing_a_headed_section_is_its_own_section() -> None:
    text = (
        "# Fostering: Policy, Values and Principles\n\n"
        "## Our records\n\n"
        "Notes of visits are written on the day, kept on the secure system and shared with "
        "another agency only when the law allows it and a child's safety needs it.\n\n"
        "Carers may ask to read what is written about their household at any time.\n\n"
        "In the next two years the county means to bring every placement inside its borders and "
        "give each carer a laptop for their records.\n"
    )
    kinds = [kind for kind, _ in read_kinds_and_headings(text, "chapter.md")]
    assert kinds[-1] == "strategy"
    assert kinds.count("information_sharing") == 1


def test_a_one_sentence_ambition_under_a_values_heading_is_its_own_section() -> None:
    text = (
        "# Fostering: Policy, Values and Principles\n\n"
        "## What we prize and what we hope for\n\n"
        "We are honest with carers about what worries us. We listen to children and tell them "
        "what we decided and why. We thank carers for the hard days as well as the good ones.\n\n"
        "Our hope is a Fernmouth where no child waits for a home, and where every young person "
        "who grew up in foster care says the county stood by them.\n\n"
        "## Our records\n\n"
        "Records are kept safe and shared only where the law allows it.\n"
    )
    kinds = [kind for kind, _ in read_kinds_and_headings(text, "chapter.md")]
    assert kinds.index("vision") == kinds.index("values") + 1


_MODEL_PAGE = (
    "# Fostering: Policy, Values and Principles\n\n"
    "## Our practice model\n\n"
    "{opening} Each visit begins by asking the carer what went well since the last one, and the "
    "plan is written in the carer's own words.\n\n"
    "## Our records\n\n"
    "Records are kept safe and shared only where the law allows it.\n"
)


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Fernmouth's supervising social workers are trained in Hearthmark.", "Hearthmark"),
        ("Our link workers work to Stillpath.", "Stillpath"),
    ],
)
def test_one_coined_word_the_model_section_opens_on_using_names_the_model(
    opening: str, name: str
) -> None:
    assert model_names(_MODEL_PAGE.format(opening=opening), "chapter.md") == [name]


@pytest.mark.parametrize(
    "opening",
    [
        "Our link workers record every visit and use Mosaic.",
        "Fernmouth's foster carers are trained in Makaton.",
        "Our link workers use the Hub.",
    ],
)
def test_a_system_a_signing_language_or_a_place_is_no_model(opening: str) -> None:
    assert model_names(_MODEL_PAGE.format(opening=opening), "chapter.md") == []


def test_an_instruction_with_a_year_to_have_done_it_by_heads_the_strategy() -> None:
    text = (
        "# Fostering: Policy, Values and Principles\n\n"
        "## Our records\n\n"
        "Records are kept safe and shared only where the law allows it.\n\n"
        "## Fix the gaps by the end of 2029\n\n"
        "Fernmouth will stop placing children in homes outside the county, answer every new "
        "carer's enquiry within a week, and pay for each carer to take a break each summer.\n\n"
        "Version 3\n"
    )
    kinds = {heading: kind for kind, heading in read_kinds_and_headings(text, "chapter.md")}
    assert kinds["Fix the gaps by the end of 2029"] == "strategy"
