"""A chapter may open, under the title and the council's byline, on one young person's story
with no heading of its own (a paragraph, a quotation), or under a line that names it ("Priya's
story") right below the byline; an amendment stamp may stand between the byline and the story
("Brought up to date: May 2025"). The byline stays with the title, the stamp opens the scope,
and the story is `other`, apart from the scope under the heading after it (decision 0232).
Each text is in our own words."""

import pytest

from app.sections.assemble import tells_a_story
from tests.sections.helpers import assert_tiles, outline_of

_STORY = (
    "Priya is twenty. She left our care two years ago and now works in a bakery while she "
    "studies in the evenings. She says what mattered most was that her adviser kept ringing "
    "after her eighteenth birthday.\n\n"
)
_REST = (
    "## About this chapter\n\n"
    "This chapter applies to every member of staff in the children's services department.\n\n"
    "## Our values\n\n"
    "We are honest with families and we keep our promises to children.\n"
)


def _sections(text: str, syntax: str = "markdown") -> list[tuple[str, str]]:
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    return [(section.kind, section.text) for section in outline.sections]


@pytest.mark.parametrize(
    "paragraph",
    [
        _STORY,
        "Tomasz was six when he came to live with his grandmother. He has not had to move since, "
        "and his plan is reviewed with him every year.",
        "Amira and Jo moved in with their aunt in 2023. She made sure they stayed at the same "
        "school, and her own children shared their rooms with them.",
    ],
)
def test_a_paragraph_about_one_named_person_tells_a_story(paragraph: str) -> None:
    assert tells_a_story(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a policy's child, "he or she"
        "Every child is entitled to an advocate. He or she may ask for one at any time, and his "
        "or her social worker must explain how.",
        # a place, then "it"
        "Brackley is a small borough. It has two children's homes and a leaving care team.",
        # a person named, but no story told of them
        "Councillor Dunn is the lead member for children's services and chairs the corporate "
        "parenting board.",
        # the council's voice
        "This chapter was written with young people. She who reads it should find it plain.",
    ],
)
def test_other_paragraphs_tell_no_story(paragraph: str) -> None:
    assert not tells_a_story(paragraph)


def test_a_story_under_the_byline_and_stamp_is_other_and_the_stamp_opens_the_scope() -> None:
    text = (
        "# Policies, Values and Principles\n\nDenholm Borough Council\n\n"
        "Brought up to date: May 2025\n\n" + _STORY + _REST
    )
    sections = _sections(text)

    assert sections[0][0] == "title"
    assert "Denholm Borough Council" in sections[0][1]
    assert sections[1][0] == "scope"
    assert sections[1][1].startswith("Brought up to date: May 2025")
    assert sections[2][0] == "other"
    assert sections[2][1].startswith("Priya is twenty.")
    assert sections[3][0] == "scope"
    assert sections[3][1].startswith("## About this chapter")


def test_a_story_as_a_quotation_right_under_the_title_is_other() -> None:
    text = "# Policies, Values and Principles\n\n> " + _STORY + _REST
    sections = _sections(text)

    assert [kind for kind, _text in sections[:3]] == ["title", "other", "scope"]
    assert sections[1][1].startswith("> Priya is twenty.")


def test_a_story_under_a_heading_of_the_chapter_stays_in_its_section() -> None:
    text = (
        "# Policies, Values and Principles\n\n" + _REST + "\n## Leaving care\n\n"
        "We stay in touch with every young person until they are twenty-five.\n\n" + _STORY
    )
    sections = _sections(text)

    assert not any(text.startswith("Priya") for _kind, text in sections)


def test_a_line_naming_the_story_under_the_byline_heads_it() -> None:
    text = (
        "Policies, Values and Principles\n\nDenholm Borough Council\n\nPriya's story\n\n"
        + _STORY
        + _REST.replace("## ", "")
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    sections = [(section.kind, section.heading, section.text) for section in outline.sections]

    assert sections[0][0] == "title"
    assert "Denholm Borough Council" in sections[0][2]
    assert sections[1][:2] == ("other", "Priya's story")
    assert sections[2][:2] == ("scope", "About this chapter")


def test_a_brought_up_to_date_stamp_right_under_the_title_opens_the_scope() -> None:
    text = "# Policies, Values and Principles\n\nBrought up to date: 4 May 2025\n\n" + _REST
    sections = _sections(text)

    assert sections[1][0] == "scope"
    assert sections[1][1].startswith("Brought up to date")


def test_a_page_updated_stamp_right_under_the_title_stays_with_it() -> None:
    text = "# Policies, Values and Principles\n\nUpdated: 4 May 2025\n\n" + _REST
    sections = _sections(text)

    assert "Updated: 4 May 2025" in sections[0][1]


def test_a_story_right_under_the_title_of_an_unheaded_chapter_is_other() -> None:
    text = (
        "Policies, Values and Principles\n\n" + _STORY + "This chapter sets out the values and "
        "principles that guide all our work with children in care and care leavers. It applies "
        "to all staff in children's services.\n\nWe value honesty, respect and ambition. We keep "
        "our promises to children and we tell families the truth even when it is hard.\n"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    sections = [(section.kind, section.text) for section in outline.sections]

    assert [kind for kind, _text in sections[:3]] == ["title", "other", "scope"]
    assert sections[1][1].startswith("Priya is twenty.")
    assert sections[2][1].startswith("This chapter sets out")
