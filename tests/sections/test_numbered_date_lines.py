"""A number followed by a date and nothing more ("5.0 30 September 2024") is a version and its
date, a row of a version table that a PDF's extraction broke off its table, not a numbered
heading (decision 0235). A numbered heading names its part."""

import pytest

from app.sections.rules import _JUST_A_DATE
from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize("words", ["30 September 2024", "14/04/2022", "March 2025", "1st May 2023"])
def test_a_date_alone(words: str) -> None:
    assert _JUST_A_DATE.match(words)


@pytest.mark.parametrize("words", ["Review in March 2025", "Purpose", "2024 to 2027 strategy"])
def test_words_with_a_date_in_them(words: str) -> None:
    assert not _JUST_A_DATE.match(words)


def test_a_broken_version_row_opens_no_section() -> None:
    text = (
        "# Children's Services Policy, Values and Principles\n\n"
        "**Version history**\n\n"
        "Version | Date | Author | Changes\n"
        "3.0 | 2 May 2022 | K. Amis | First issue.\n\n"
        "4.0 12 October 2024\n\n"
        "R. Dale | Leaving care section rewritten.\n\n"
        "## 1.0 Purpose\n\n"
        "This policy sets out how children's services in Hollinsby work with families.\n\n"
        "## 2.0 Scope\n\n"
        "It applies to every team in children's social care.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections if section.number] == [
        "1.0 Purpose",
        "2.0 Scope",
    ]
