"""A paragraph of the chapter's headed opening that opens by saying what the chapter sets out
stays in that section with the sentences after it that say whom the chapter is for (decision
0548): the introduction holds who the chapter covers (decision 0127), and the paragraph goes on
with its first sentence. A sentence after it that dates a change still runs the opening on into
the scope box (decisions 0108, 0404), and so does a paragraph that opens on whom the pages are
for.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import kinds_and_openings

_TITLE = "# Fostering Values and Principles\n\n"
_VALUES = (
    "## What we value\n\n"
    "We keep our promises to children and we tell parents plainly what worries us. Every "
    "family's language and faith are respected in the plans we make with them.\n\n"
)
_SETS_OUT_FOR_WHOM = (
    "This chapter sets out the values Ashcombe Borough Council expects to see in all its work "
    "with children who are fostered. It is written for social workers and team managers, for "
    "the foster carers who look after our children and for the agencies we commission.\n\n"
)


@pytest.mark.parametrize(
    "above",
    [
        "Amended 12 February 2026.\n\n",
        "Ashcombe runs its fostering service from two family centres, each with a senior carer "
        "who supports the households around it.\n\n",
    ],
)
def test_whom_it_is_for_after_what_it_sets_out_stays_in_the_introduction(above: str) -> None:
    text = _TITLE + "## Introduction\n\n" + above + _SETS_OUT_FOR_WHOM + _VALUES
    kinds = kinds_and_openings(text, "markdown")
    assert [kind for kind, _ in kinds] == ["title", "introduction", "values"]


def test_a_dated_change_after_what_it_sets_out_still_runs_on() -> None:
    paragraph = (
        "This chapter sets out the values Ashcombe Borough Council expects to see in all its "
        "work with children who are fostered. It was amended on 12 February 2026 to add a part "
        "on family time.\n\n"
    )
    text = (
        _TITLE
        + "## Introduction\n\n"
        + "Ashcombe runs its fostering service from two family centres.\n\n"
        + paragraph
        + _VALUES
    )
    kinds = kinds_and_openings(text, "markdown")
    assert [kind for kind, _ in kinds] == ["title", "introduction", "scope", "values"]


def test_whom_it_is_for_opening_the_paragraph_still_runs_on() -> None:
    paragraph = (
        "It is written for social workers and team managers, for the foster carers who look "
        "after our children and for the agencies we commission.\n\n"
    )
    text = (
        _TITLE
        + "## Introduction\n\n"
        + "Ashcombe runs its fostering service from two family centres.\n\n"
        + paragraph
        + _VALUES
    )
    kinds = kinds_and_openings(text, "markdown")
    assert [kind for kind, _ in kinds] == ["title", "introduction", "scope", "values"]
