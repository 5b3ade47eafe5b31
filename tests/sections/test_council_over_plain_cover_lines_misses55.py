"""A council's name set as a heading under the title, over a few short plain lines of a cover
and then a heading the cues know, heads nothing: the name and the lines under it are the cover
and stand with the title (decision 0410). Each case is written for this test in our own words
about invented councils."""

from __future__ import annotations

from tests.reading import read_kinds_and_headings

_BODY = (
    "## Contents\n\n"
    "1. Introduction\n\n"
    "2. Our values\n\n"
    "## 1. Introduction\n\n"
    "This chapter sets out how Marlow Vale supports young people who have left its care. It "
    "is written for personal advisers, social workers and their managers.\n\n"
    "## 2. Our values\n\n"
    "We value honesty, patience and warmth, and we expect every worker to keep their word to "
    "young people.\n"
)


def test_a_council_over_a_manual_name_and_version_stays_with_the_title() -> None:
    text = (
        "# Leaving Care Support\n\n"
        "### Marlow Vale District Council\n\n"
        "Children's Social Care Manual\n\n"
        "Issue 4 - March 2025\n\n" + _BODY
    )
    sections = read_kinds_and_headings(text, "chapter.md")
    assert sections[0] == ("title", "Leaving Care Support")
    assert sections[1] == ("scope", "Contents")
    assert all(heading != "Marlow Vale District Council" for _kind, heading in sections)


def test_a_council_heading_over_prose_still_heads_it() -> None:
    text = (
        "# Leaving Care Support\n\n"
        "### Marlow Vale District Council\n\n"
        "Children's Social Care Manual\n\n"
        "The council reviews this manual every year with young people.\n\n" + _BODY
    )
    headings = [heading for _kind, heading in read_kinds_and_headings(text, "chapter.md")]
    assert "Marlow Vale District Council" in headings
