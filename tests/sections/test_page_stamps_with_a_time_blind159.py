"""A wiki's page stamp closing a chapter with the time of day after the day (blind round 159,
decision 0260): "This page was last edited on 14 February 2025, at 10:12." is end matter, as the
same stamp without its time is. A sentence going on after the day to say what changed is no
stamp. Every case is written for this test in our own words. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_PAGE = (
    "Fostering Panel Values and Principles\n"
    "===================================\n\n"
    "Our values\n"
    "----------\n\n"
    "We treat foster carers as colleagues and tell them the truth about the children we place.\n\n"
    "Sharing records\n"
    "---------------\n\n"
    "Records are shared with the panel only when a decision needs them.\n\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "This page was last edited on 3 March 2025, at 09:05.",
        "This page was last modified on 3 March 2025 at 9.05 am.",
        "This page was last edited on 3 March 2025.",
    ],
)
def test_a_page_stamp_with_its_time_closes_the_chapter(line: str) -> None:
    outline = outline_of(_PAGE.format(line=line), "markdown")
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert sections[-1][0] == "end_matter"
    assert sections[-1][1].startswith("This page was last")


def test_a_time_of_day_in_a_sentence_about_the_panel_is_no_stamp() -> None:
    line = "The panel last met on 3 March 2025, at 09:05, to hear two cases."
    outline = outline_of(_PAGE.format(line=line), "markdown")
    assert_tiles(outline)
    assert all(kind != "end_matter" for kind, _ in kinds_and_starts(outline))
