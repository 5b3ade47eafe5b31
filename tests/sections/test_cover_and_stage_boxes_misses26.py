"""Known misses, round 26 (decision 0213): a cover set in large type under the title, and bold
stage boxes a lead-in announces. Each passage is in our own words."""

from tests.sections.helpers import assert_tiles, outline_of

BODY = (
    "## Scope\n\nThis chapter applies to everyone who works in our children's services.\n\n"
    "## Our values\n\nWe are honest with families and we keep our promises.\n"
)


def _headings(text: str) -> list[str]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [section.heading for section in outline.sections if section.heading]


def test_a_cover_run_in_large_type_under_the_title_stands_with_it() -> None:
    text = (
        "# Policies, Values and Principles\n\n## Thornwick Borough Council\n\n"
        "## Children's Services Handbook\n\n## Version 4\n\n## Last amended: 2 May 2025\n\n" + BODY
    )

    headings = _headings(text)

    assert headings == ["Policies, Values and Principles", "Scope", "Our values"]
    outline = outline_of(text, "markdown")
    assert "Last amended: 2 May 2025" in outline.text


def test_a_cover_run_not_followed_by_a_known_heading_keeps_its_lines() -> None:
    text = (
        "# Policies, Values and Principles\n\n## Thornwick Borough Council\n\n"
        "## Children's Services Handbook\n\nThe handbook is kept by the principal social "
        "worker and read by every new starter.\n\n" + BODY
    )

    assert "Children's Services Handbook" in _headings(text)


def test_a_run_that_names_no_council_is_left_alone() -> None:
    text = "# Policies, Values and Principles\n\n## Part one\n\n## Version 4\n\n" + BODY

    headings = _headings(text)

    assert "Part one" in headings


STAGES = (
    "# Policies\n\n**Planning for permanence**\n\nOur planning for a child goes through these "
    "stages:\n\n**Stage 1: A placement plan is made**\n\n\u2193\n\n"
    "**Stage 2: Relatives are assessed as carers**\n\n\u2193\n\n"
    "**Stage 3: The plan is agreed at the second review**\n\n"
    "**Working with other agencies**\n\nWe share what we know with partners when it keeps a "
    "child safe, and we record what we shared.\n"
)


def test_bold_stages_a_lead_in_announces_are_no_headings() -> None:
    headings = _headings(STAGES)

    assert not any(heading.startswith("Stage") for heading in headings)
    assert "Working with other agencies" in headings


def test_bold_stages_with_text_of_their_own_stay_headings() -> None:
    text = (
        "# Policies\n\n**How we plan**\n\nOur planning goes through these stages:\n\n"
        "**Stage 1: Referral**\n\nA worker reads the referral the day it arrives and decides "
        "what happens next.\n\n**Stage 2: Assessment**\n\nThe assessment is finished within "
        "forty-five working days of the referral.\n"
    )

    headings = _headings(text)

    assert "Stage 1: Referral" in headings
    assert "Stage 2: Assessment" in headings
