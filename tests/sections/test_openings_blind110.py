"""Page openings of round 110 (decision 0181), copied as text: a "Contents of this chapter" box
under the title, and the chapter's "This chapter was updated on <day>" ribbon, its full stop left
off, right above the scope heading. The ribbon is the chapter's amendment note (its own scope
section, decision 0085); the heading under it opens a scope section of its own. Every case is
written for this test in our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

TITLE = "Children's Services Policies, Values and Principles"


def test_contents_of_this_chapter_heads_the_contents_box() -> None:
    text = (
        f"{TITLE}\n"
        "Contents of this chapter\n"
        "Introduction\n"
        "Our Values\n"
        "Introduction\n"
        "This policy sets out how Wrenfield's children's services work with families.\n"
        "Our Values\n"
        "We are honest with families and we do what we say we will do.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert kinds_and_starts(outline, 24) == [
        ("title", TITLE[:24]),
        ("scope", "Contents of this chapter"),
        ("introduction", "Introduction\nThis policy"),
        ("values", "Our Values\nWe are honest"),
    ]


def test_contents_of_a_chapters_subject_is_no_contents_box() -> None:
    text = (
        f"{TITLE}\n"
        "Contents of a care plan\n"
        "Every care plan records the child's needs and how we will meet them.\n"
    )
    kinds = [kind for kind, _ in kinds_and_starts(outline_of(text))]
    assert kinds[0] == "title" and "scope" not in kinds


def test_a_scope_heading_under_an_unstopped_updated_ribbon_opens_its_own_section() -> None:
    text = (
        f"{TITLE}\n"
        "This chapter was updated on 22 April 2025\n"
        "Scope of this chapter\n"
        "This chapter applies to all children's social care teams in Wrenfield.\n"
        "1. Introduction\n"
        "This policy is the starting point for everything we do with families.\n"
        "2. Our Practice Model\n"
        "We work restoratively with families, high in support and high in challenge.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 21)
    assert ("scope", "Scope of this chapter") in starts
    assert ("scope", "This chapter was upda") in starts
