"""A line that is only the chapter's number printed right over the title ("Chapter 2.3.1" over
"Fostering Values, Standards and Principles") is part of the title section, whose heading
carries the number (decision 0160). Negatives: a numbered line with words, and a bare number
that is not right above the title. Every case is written for this test in our own words."""

from tests.sections.helpers import assert_tiles, outline_of

TITLE = "Children's Services Policies, Values and Principles"
BODY = (
    "Scope of this chapter\n"
    "This chapter applies to every fostering team and to the carers who work with them.\n\n"
    "Introduction\n"
    "This chapter sets out what the service believes and how it works with children.\n"
)


def test_a_chapter_number_line_opens_the_title_section() -> None:
    outline = outline_of(f"Chapter 2.3.1\n{TITLE}\n" + BODY, "plain")
    title = outline.sections[0]
    assert title.kind == "title"
    assert title.text.startswith("Chapter 2.3.1\n")
    assert title.heading == f"Chapter 2.3.1 {TITLE}"
    assert title.number == "2.3.1"
    assert [section.kind for section in outline.sections][:3] == ["title", "scope", "introduction"]
    assert_tiles(outline)


def test_a_bare_dotted_number_line_opens_the_title_section() -> None:
    outline = outline_of(f"2.3.1\n{TITLE}\n" + BODY, "plain")
    assert outline.sections[0].kind == "title"
    assert outline.sections[0].text.startswith("2.3.1\n")
    assert_tiles(outline)


def test_a_numbered_line_with_words_is_not_the_title() -> None:
    outline = outline_of(f"3 Looked After Children\n{TITLE}\n" + BODY, "plain")
    title = next(section for section in outline.sections if section.kind == "title")
    assert not title.text.startswith("3 Looked After Children")
    assert_tiles(outline)
