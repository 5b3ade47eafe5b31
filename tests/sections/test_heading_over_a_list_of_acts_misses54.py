"""A heading named by meaning ("What guides us", "What drives us") yields to the law a lead-in and
its list set out under it (decision 0404): the lead-in names no kind by itself, so it is read
with the first item of its list, which completes its sentence. Over values the same heading keeps
its kind. Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import compile_cues
from tests.sections.outline_helpers import section_kinds

_TITLE = "# Children's Services Policies, Values and Principles\n\n"
_PARENTING = (
    "## Corporate parenting\n\n"
    "The council follows the corporate parenting principles in all its work with children in "
    "care.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "lead_in", "first"),
    [
        (
            "What guides us",
            "Everything in this chapter is written to meet the following:",
            "Children Act 1989",
        ),
        (
            "What drives us",
            "Our work with families is designed to comply with these:",
            "the Children and Families Act 2014",
        ),
        (
            "What guides us",
            "All our policies have been framed to meet the following:",
            "Care Leavers (England) Regulations 2010",
        ),
    ],
)
def test_a_meaning_heading_over_a_lead_in_and_acts_is_the_introduction(
    heading: str, lead_in: str, first: str
) -> None:
    text = (
        _TITLE + f"## {heading}\n\n{lead_in}\n\n- {first}\n- Children Act 2004\n"
        "- Working Together to Safeguard Children 2023\n\n" + _PARENTING
    )
    assert section_kinds(text, "markdown")[1] == "introduction"


def test_the_same_heading_over_values_keeps_its_kind() -> None:
    text = (
        _TITLE + "## What guides us\n\n"
        "We are honest with families, we listen to children and we keep our promises.\n\n"
        + _PARENTING
    )
    assert section_kinds(text, "markdown")[1] == "values"


def test_the_same_lead_in_over_values_names_no_law() -> None:
    text = (
        _TITLE + "## What guides us\n\n"
        "Everything in this chapter is written to meet the following:\n\n"
        "- Children come first\n- We are honest with families\n- We keep our promises\n\n"
        + _PARENTING
    )
    assert section_kinds(text, "markdown")[1] == "values"


def test_the_lead_in_alone_names_no_kind() -> None:
    cues = compile_cues(get_family().kinds)
    assert cues.content_kind("Everything in this chapter is written to meet the following:") is None
    assert (
        cues.content_kind(
            "Everything in this chapter is written to meet the following: Children Act 1989"
        )
        == "introduction"
    )
