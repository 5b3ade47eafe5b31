"""Shapes met in the sixtieth blind round (decision 0114): a version label and its page stamp
set side by side with a middle dot or a bullet under the title ("Version 3 \u00b7 Updated 27
March 2025"), as a manual product prints them. The line is a stamp, as it is with a bar or a
dash, so the short label under it ("Amendment") is a heading. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_PAGE = (
    "Fostering Panel Procedure\n"
    "{stamp}\n"
    "Amendment\n"
    "In June 2025 this chapter was amended to add the panel's new quorum.\n\n"
    "Introduction\n"
    "This chapter describes how the fostering panel is run and who sits on it.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Version 3 \u00b7 Updated 27 June 2025",
        "Version 4.1 \u2022 Last updated: 2 July 2025",
        "v2 \u00b7 Reviewed 14 June 2025",
    ],
)
def test_a_dotted_version_stamp_under_the_title_leaves_the_heading_under_it(stamp: str) -> None:
    text = _PAGE.format(stamp=stamp)
    outline = outline_of(text)
    assert_tiles(outline)
    kinds = [kind for kind, _ in kinds_and_starts(outline)]
    assert kinds == ["title", "scope", "introduction"]
    assert outline.sections[1].heading == "Amendment"


def test_a_dotted_line_of_words_under_the_title_is_no_stamp() -> None:
    text = (
        "Fostering Panel Procedure\n"
        "Version 3 \u00b7 the panel's quorum and chair explained\n"
        "Amendment\n"
        "In June 2025 this chapter was amended to add the panel's new quorum.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert "Amendment" not in [section.heading for section in outline.sections]
