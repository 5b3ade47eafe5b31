"""Decision 0519: the last heading over the page's closing stamps ("Published …", "Last updated
…") and the dated history listed under them, each entry opening with its day, heads the
chapter's end matter: the list is part of the closing record (decision 0204 took stamps
alone). A dated list with no stamp beside it is left to the heading's words and the text.
Every text here is written for these tests."""

from __future__ import annotations

from tests.sections.helpers import kind_of, outline_of

_BODY = (
    "# Our Practice Principles\n\n"
    "## Who this is for\n\n"
    "Every worker who supports a family in the district, and the carers who look after "
    "children for us.\n\n"
    "## How we work\n\n"
    "We visit when we say we will, we listen before we decide, and we write down what a "
    "child tells us in the child's own words.\n\n"
)


def test_a_heading_over_stamps_and_a_dated_history_is_end_matter() -> None:
    text = (
        _BODY + "## Changes to this guidance\n\n"
        "Published 4 February 2026\n\n"
        "Last updated 1 May 2026\n\n"
        "1. 1 May 2026 How we work: a line added on writing in the child's own words.\n"
        "2. 4 February 2026 Issued for the first time.\n"
    )
    outline = outline_of(text, "markdown")
    assert kind_of(outline, "Changes to this guidance") == "end_matter"
    assert outline.sections[-1].heading == "Changes to this guidance"


def test_a_dated_list_with_no_stamp_is_not_taken_as_the_closing_record() -> None:
    text = (
        _BODY + "## Dates for carers\n\n"
        "- 3 March 2026 Training on listening to children, at the family centre.\n"
        "- 9 June 2026 Carers' summer picnic at the park.\n"
    )
    assert kind_of(outline_of(text, "markdown"), "Dates for carers") != "end_matter"
