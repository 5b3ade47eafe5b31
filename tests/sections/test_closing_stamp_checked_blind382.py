"""A page's closing stamp that says it was checked, changed or edited on a day, with no colon
("Page last checked 3 March 2026", blind382, decision 0561), closes the chapter as end matter,
as "Page last updated 3 March 2026" and "Page last checked: 3 March 2026" already did. A
sentence that goes on past the date stays in its section. Wordings are our own."""

from __future__ import annotations

import pytest

from tests.reading import read_kinds_and_headings

PAGE = (
    "# Fostering Values\n\n## Our values\n\nWe tell children the truth.\n\n"
    "## Sharing records\n\nWe share records only when the law allows it.\n\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Page last checked 14 April 2026",
        "Last edited 2 February 2026",
        "Page changed 9 October 2025",
        "Page last checked on 30 June 2025",
    ],
)
def test_a_checked_or_changed_stamp_closes_the_chapter(line: str) -> None:
    kinds = read_kinds_and_headings(PAGE.format(line=line), "chapter.md")
    assert kinds[-1] == ("end_matter", None)
    assert kinds[-2] == ("information_sharing", "Sharing records")


def test_a_sentence_about_checking_stays_in_its_section() -> None:
    text = PAGE.format(
        line="Page last checked 14 April 2026 by the records team, who found no gaps."
    )
    kinds = read_kinds_and_headings(text, "chapter.md")
    assert kinds[-1] == ("information_sharing", "Sharing records")
