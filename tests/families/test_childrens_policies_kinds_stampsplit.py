"""Section kinds met in decision 0085: a notice that the chapter is being rewritten says which
edition the reader has (scope, as an amendment note does), and a heading naming the children the
service looks after hints at the principles of work, a hint the kind model may overrule.

Each passage is written for this test in our own words.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "opening",
    [
        "We are rewriting this chapter. The new version should be ready next spring.",
        "We're currently reviewing this policy, and until then the page stays as it is.",
        "This chapter is being revised to follow the new statutory guidance.",
        "The procedure is currently being updated; please check back in the summer.",
    ],
)
def test_a_notice_that_the_chapter_is_being_rewritten_is_the_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "We are reviewing every placement each year with the child.",
        "This plan is being reviewed with the young person at each meeting.",
    ],
)
def test_a_review_of_something_else_is_no_scope_cue(cues, opening):
    assert cues.content_kind(opening) != "scope"


def test_a_rewrite_notice_under_the_title_opens_the_scope():
    text = (
        "# Policies, Values and Principles\n\n"
        "We are rewriting this chapter. Until the new version is out this page stays as it is.\n\n"
        "## Introduction\n\nOur council works with children in need and their families.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "introduction"]


@pytest.mark.parametrize(
    "heading",
    [
        "Children in care",
        "Children in our care",
        "Children and young people in care",
        "Young people",
    ],
)
def test_a_heading_naming_the_children_looked_after_hints_at_the_principles(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading", ["Children and young people", "Children", "Young people's services"]
)
def test_a_site_menu_name_is_no_principles_hint(cues, heading):
    assert cues.heading_kind(heading) != "key_principles"


def test_a_young_people_heading_over_how_the_service_involves_them_is_a_principle():
    text = (
        "# Policies, Values and Principles\n\n"
        "## About this chapter\n\nThis chapter applies to everyone in our children's services.\n\n"
        "## Young people\n\nYoung people aged 16 to 25 can sit on our youth panel and help us "
        "interview new social workers.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert (outline.sections[-1].kind, outline.sections[-1].heading) == (
        "key_principles",
        "Young people",
    )
