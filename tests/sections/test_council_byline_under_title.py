"""A council's name alone on its line right under the title, in emphasis or plain, over a
sentence (an amendment note set as a quotation), says whose chapter this is: it stays with the
title, and the note opens the scope. Over more short lines or a record (a cover page: the
council, its directorate, the version) it stays with them (decision 0223), and the cover's lines
stand with the title, as a cover set in larger type or under a council heading does (decisions
0331, 0410, 0572). Each text is in our own words."""

from tests.sections.helpers import assert_tiles, outline_of


def _sections(text: str, syntax: str = "markdown") -> list[tuple[str, str]]:
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    return [(section.kind, section.text) for section in outline.sections]


def test_the_council_line_over_an_amendment_note_stays_with_the_title() -> None:
    text = (
        "# Policies, Values and Principles\n\n*Ashcombe Borough Council*\n\n"
        "> Changes made to this chapter: 3 March 2025 (the leaving care offer brought up to "
        "date).\n\n## Working with partners\n\nNo single agency can keep a child safe on its own, "
        "so we work closely with health, schools and the police.\n"
    )
    sections = _sections(text)

    assert sections[0][0] == "title"
    assert "Ashcombe Borough Council" in sections[0][1]
    assert sections[1][0] == "scope"
    assert sections[1][1].startswith("> Changes made")


def test_over_a_cover_page_of_short_lines_it_stays_with_them_and_the_title() -> None:
    text = (
        "# Policies, Values and Principles\n\nAshcombe Borough Council\n\n"
        "Children and Families Directorate\n\nVersion: 2.0\n\n## About this chapter\n\n"
        "This chapter applies to everyone who works in children's services.\n"
    )
    sections = _sections(text)

    assert sections[0][0] == "title"
    assert "Ashcombe Borough Council" in sections[0][1]
    assert "Children and Families Directorate" in sections[0][1]
    assert "Version: 2.0" in sections[0][1]
    assert sections[1][0] == "scope"
    assert sections[1][1].startswith("## About this chapter")
