"""Numbered parts of a corporate template's "3.0 Policy statement" where two parts side by side
name one kind ("3.3 Permanence", "3.4 Leaving care"): the kinds are counted run by run, so the
parts still rise as sections, the run of one kind as one section (decision 0169).

The closing run: a version history followed only by other end matter ("Sign-off") closes the
chapter as a last heading does, and a sign-off heading as the last heading is end matter.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_TEMPLATE = (
    "# Children in Care Policy\n\n"
    "## 1.0 Purpose\n\n"
    "This chapter sets out the values and principles of Brindlecombe's work with children in "
    "care.\n\n"
    "## 2.0 Policy statement\n\n"
    "Brindlecombe wants every child it looks after to do well.\n\n"
    "### 2.1 Our values\n\n"
    "We are honest, warm and ambitious for every child.\n\n"
    "### 2.2 Corporate parenting\n\n"
    "The whole council acts as the parent of each child in its care.\n\n"
    "### 2.3 Permanence\n\n"
    "Each child has a plan for a lasting home by the second review.\n\n"
    "### 2.4 Leaving care\n\n"
    "Care leavers keep a personal adviser until they are 25.\n\n"
    "## 3.0 Information sharing\n\n"
    "We share what we know only when a child needs it.\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 60)]


def test_parts_with_a_run_of_one_kind_still_rise_the_run_as_one_section() -> None:
    kinds = _kinds(_TEMPLATE)
    assert ("values", "### 2.1 Our values") in kinds
    assert ("corporate_parenting", "### 2.2 Corporate parenting") in kinds
    assert ("key_principles", "### 2.3 Permanence") in kinds
    starts = [start for _, start in kinds]
    assert "### 2.4 Leaving care" not in starts  # the run's second part stays in its section


def test_a_kind_coming_back_after_another_keeps_every_part_inside() -> None:
    text = _TEMPLATE.replace("### 2.4 Leaving care", "### 2.4 Our values today")
    starts = [start for _, start in _kinds(text)]
    assert "### 2.1 Our values" not in starts
    assert "### 2.3 Permanence" not in starts


def test_parts_that_are_one_run_of_one_kind_stay_inside() -> None:
    text = _TEMPLATE.replace("### 2.1 Our values", "### 2.1 Kinship care").replace(
        "### 2.2 Corporate parenting", "### 2.2 Families first"
    )
    text = text.replace("## 2.0 Policy statement", "## 2.0 Our approach")
    kinds = _kinds(text)
    starts = [start for _, start in kinds]
    assert not any(start.startswith("### 2.") for start in starts)


_CLOSING = (
    "# Children in Care Policy\n\n"
    "## 1.0 Purpose\n\n"
    "This chapter sets out the values and principles of Brindlecombe's work with children in "
    "care.\n\n"
    "## 2.0 Information sharing\n\n"
    "We share what we know only when a child needs it.\n\n"
    "## 3.0 Version history\n\n"
    "Version | Date | Change\n"
    "1.0 | May 2021 | First issue\n"
    "2.0 | June 2024 | Leaving care updated\n\n"
    "## Sign-off\n\n"
    "Approved by the Director of Children's Services, 4 June 2024.\n"
)


def test_a_version_history_followed_only_by_a_sign_off_closes_the_chapter() -> None:
    kinds = _kinds(_CLOSING)
    assert ("end_matter", "## 3.0 Version history") in kinds
    assert kinds[-1][0] == "end_matter"


def test_a_sign_off_heading_as_the_last_heading_is_end_matter() -> None:
    text = _CLOSING.replace("## 3.0 Version history", "## 3.0 Our values").replace(
        "Version | Date | Change\n1.0 | May 2021 | First issue\n2.0 | June 2024 | Leaving care "
        "updated",
        "We are honest and warm with every child.",
    )
    kinds = _kinds(text)
    assert ("end_matter", "## Sign-off") in kinds
    assert ("values", "## 3.0 Our values") in kinds


def test_a_version_history_before_body_headings_is_no_closing_run() -> None:
    text = _CLOSING.replace("## Sign-off", "## 4.0 Our values").replace(
        "Approved by the Director of Children's Services, 4 June 2024.",
        "We are honest and warm with every child.",
    )
    kinds = _kinds(text)
    assert ("end_matter", "## 3.0 Version history") not in kinds


def test_the_heading_before_a_closing_run_keeps_its_own_kind() -> None:
    kinds = _kinds(_CLOSING)
    assert ("information_sharing", "## 2.0 Information sharing") in kinds
