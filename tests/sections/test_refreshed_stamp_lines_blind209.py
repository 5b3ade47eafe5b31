"""A page stamp saying when the page was last refreshed ("Last refreshed 3 March 2026") is a
stamp line, as "Last updated …" is, never a heading (blind209, decision 0328)."""

import pytest

from app.sections.rules import _is_stamp_line


@pytest.mark.parametrize(
    "line",
    ["Last refreshed 3 March 2026", "Last refreshed: 14/10/2025", "_Last refreshed 2 May 2025_"],
)
def test_a_last_refreshed_stamp_is_a_stamp_line(line: str) -> None:
    assert _is_stamp_line(line)


@pytest.mark.parametrize(
    "line", ["Refreshing our offer to care leavers", "Last of all, our pledge"]
)
def test_headings_with_like_words_are_no_stamp_lines(line: str) -> None:
    assert not _is_stamp_line(line)
