"""Sections met in the twenty-seventh blind round: headings that are all plain lines, two of one
kind in a row ("Getting help early", then "Moving on to adult life"); an un-headed stretch on
another topic inside a headed section (decision 0066); a web page's "About this page" box and a
note naming its dated edition as the scope.

Each chapter is written for this test in our own words.
"""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _sections(text: str, filename: str) -> list[tuple[str, str | None, str]]:
    analyzed = analyze(read_source(text.encode(), filename), get_family())
    return [
        (section.kind, section.heading, section.text.strip()[:30])
        for section in analyzed.outline.sections
    ]


PLAIN_LINES = (
    "Policies, Values and Principles\n"
    "Who reads this\n"
    "Everyone who works in the service reads this chapter before any other, including "
    "agency staff.\n"
    "What we stand for\n"
    "We are honest with families. We keep our promises. We respect every culture.\n"
    "Getting help early\n"
    "Families are helped as soon as we know of a need. Relatives are asked first when a "
    "child cannot live at home. Brothers and sisters stay together.\n"
    "Moving on to adult life\n"
    "Young people leaving care keep a personal adviser until they are 25, and they write their "
    "pathway plan with us.\n"
    "Keeping records safe\n"
    "We share what we know only when the law allows it.\n"
)


def test_two_plain_line_headings_of_one_kind_each_open_a_section() -> None:
    sections = _sections(PLAIN_LINES, "chapter.txt")
    principles = [heading for kind, heading, _ in sections if kind == "key_principles"]
    assert principles == ["Getting help early", "Moving on to adult life"]


def test_a_plain_line_among_marked_up_headings_still_joins_its_section() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Getting help early\n\n"
        "Families are helped as soon as we know of a need. Relatives are asked first when a "
        "child cannot live at home.\n\n"
        "Moving on to adult life\n\n"
        "Young people leaving care keep a personal adviser until they are 25.\n"
    )
    headings = [heading for _, heading, _ in _sections(text, "chapter.md")]
    assert "Moving on to adult life" not in headings


STRETCH = (
    "# Policies, Values and Principles\n\n"
    "## Why we wrote this\n\n"
    "This chapter frames every procedure in our manual and says what the service stands "
    "for.\n\n"
    "## Our beliefs\n\n"
    "Children do best with their own families. We are open about our worries and we listen "
    "before we decide. Every child's culture and faith matter to us.\n\n"
    "Every councillor and every officer shares the duties of a parent to the children the "
    "Council looks after and to its care leavers. We follow the corporate parenting "
    "principles: to act in their best interests, to hear their views, to take those views into "
    "account, to help them use services, to aim high for them, to keep them safe and settled, "
    "and to prepare them for adult life. The Corporate Parenting Board checks how we do.\n\n"
    "## Working with families\n\n"
    "We help early. Children stay at home where it is safe. Each child in care has a "
    "permanence plan within four months.\n"
)


def test_an_unheaded_stretch_on_another_topic_leaves_its_headed_section() -> None:
    sections = _sections(STRETCH, "chapter.md")
    kinds = [(kind, heading) for kind, heading, _ in sections]
    assert ("values", "Our beliefs") in kinds
    assert ("corporate_parenting", None) in kinds
    opening = next(text for kind, _, text in sections if kind == "corporate_parenting")
    assert opening.startswith("Every councillor and every")


def test_a_short_afterthought_stays_with_its_headed_section() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Why we wrote this\n\n"
        "This chapter frames every procedure in our manual.\n\n"
        "## Working with families\n\n"
        "We help early. Children stay at home where it is safe.\n\n"
        "Each child in care has a permanence plan within four months.\n\n"
        "We share information when the law allows.\n"
    )
    headed = [(kind, heading) for kind, heading, _ in _sections(text, "chapter.md")]
    assert headed[-1][1] == "Working with families"


def test_about_this_page_over_a_dated_edition_note_is_the_scope() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## About this page\n\n"
        "The June 2024 revision adds a short account of the national framework for children's "
        "social care.\n\n"
        "## Our values\n\n"
        "We listen to children.\n"
    )
    assert _sections(text, "chapter.md")[1][:2] == ("scope", "About this page")


def test_a_note_naming_its_dated_edition_opens_the_scope_of_an_unheaded_chapter() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "The February 2025 update replaces the list of legislation and restates our offer to "
        "care leavers.\n\n"
        "Our council works with children in need and their families under the Children Act "
        "1989.\n"
    )
    assert _sections(text, "chapter.txt")[1][0] == "scope"


def test_the_place_the_council_wants_its_area_to_be_is_the_vision() -> None:
    text = (
        "Policies, Values and Principles\n"
        "This chapter frames every procedure in the Hartleigh manual and says what the service "
        "stands for.\n"
        "We want Hartleigh to be a place where children are healthy, do well at school and "
        "grow into adults who can look after themselves. We will measure our success by how "
        "many care leavers are in work, training or education.\n"
        "Information about families is kept securely and shared only where the law allows.\n"
    )
    kinds = [kind for kind, _, _ in _sections(text, "chapter.txt")]
    assert "vision" in kinds


def test_the_family_cues_name_a_wanted_place_as_the_vision() -> None:
    from app.sections import compile_cues

    cues = compile_cues(get_family().kinds)
    opening = "We want Hartleigh to be a place where children are healthy and do well at school."
    assert cues.content_kind(opening, False) == "vision"
    assert cues.content_kind("We want to be a council that keeps its promises.", False) != "vision"


def test_a_wanted_place_without_a_name_is_no_vision_cue() -> None:
    from app.sections import compile_cues

    cues = compile_cues(get_family().kinds)
    assert cues.content_kind("We want this to be a place where every child is safe.", False) is None
