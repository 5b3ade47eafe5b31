"""A first line whose words name a topic, over an unheaded lead about the chapter itself (blind
round 168, decision 0271). Each passage is in our own words."""

from tests.sections.helpers import assert_tiles, outline_of

BODY = (
    "Where the law comes in\n\nOur duties rest on the Children Act 1989.\n\n"
    "Keeping things private\n\nWe share records only when a child needs us to.\n"
)


def _first_two(text: str) -> list[tuple[str, str | None]]:
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    return [(s.kind, s.heading) for s in outline.sections[:2]]


def test_a_topic_first_line_over_a_lead_about_the_chapter_is_the_title():
    text = (
        "Helping Young People Who Leave Our Care\n\n"
        "This chapter was changed in March 2025. It is for every worker in the service who "
        "supports looked after children or care leavers, and for the councillors who share our "
        "duties as their corporate parent.\n\n" + BODY
    )
    assert _first_two(text) == [
        ("title", "Helping Young People Who Leave Our Care"),
        ("scope", None),
    ]


def test_a_scope_heading_over_a_lead_about_the_chapter_keeps_its_section():
    text = (
        "Scope of this chapter\n\n"
        "This chapter was changed in March 2025. It is for every worker in the service.\n\n" + BODY
    )
    assert _first_two(text)[0] == ("scope", "Scope of this chapter")


def test_a_topic_first_line_over_ordinary_prose_is_not_made_the_title_by_this_rule():
    text = (
        "Helping Young People Who Leave Our Care\n\n"
        "Every care leaver keeps a personal adviser until the age of 21.\n\n" + BODY
    )
    assert _first_two(text)[0][0] != "title"
