"""Rules of blind round 226 (decision 0347): page openings whose notes, number menus and copied
field rows sit between the title and the first heading.

Each chapter is written for this test in our own words, about councils other than the case
set's.
"""

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.sections import split_sections


def _sections(text: str) -> list[tuple[str, str]]:
    outline = split_sections(text, get_family().kinds, "plain")
    return [(section.kind, section.text.strip().split("\n", 1)[0]) for section in outline.sections]


def test_a_sentence_note_before_a_scope_heading_keeps_its_own_section() -> None:
    text = (
        "Fostering Placements: Our Principles\n"
        "We revised this chapter in May 2024 to add a part on supervising carers.\n"
        "Who this chapter is for\n"
        "Every supervising social worker and every foster carer approved by the council.\n"
    )
    assert _sections(text)[:3] == [
        ("title", "Fostering Placements: Our Principles"),
        ("scope", "We revised this chapter in May 2024 to add a part on supervising carers."),
        ("scope", "Who this chapter is for"),
    ]


def test_a_short_stamp_before_a_scope_heading_still_goes_back_to_the_title() -> None:
    text = (
        "Fostering Placements: Our Principles\n"
        "Updated 3 June 2024\n"
        "Who this chapter is for\n"
        "Every supervising social worker and every foster carer approved by the council.\n"
    )
    kinds = [kind for kind, _ in _sections(text)]
    assert kinds[:2] == ["title", "scope"]
    assert _sections(text)[1][1] == "Who this chapter is for"


def test_a_dated_note_with_its_day_and_last_opens_the_scope_section() -> None:
    text = (
        "Fostering Placements: Our Principles\n"
        "Last revised 14 March 2025 - the part on respite care now names its limits.\n"
        "Our values\n"
        "We are open with carers about what we expect and what they can expect from us.\n"
    )
    assert _sections(text)[1] == (
        "scope",
        "Last revised 14 March 2025 - the part on respite care now names its limits.",
    )


def test_a_bare_number_menu_over_a_numbered_title_is_not_the_titles_number() -> None:
    text = (
        "Brindle Vale Fostering Procedures\nLog in\nSearch the procedures\n"
        "Chapters\n2.1\n2.2\n2.3\n2.4\n"
        "1.4 Children's Services Policies, Values and Principles\n"
        "Amendment\n"
        "This chapter was reviewed in April 2025 and Section 1 was shortened.\n\n"
        "1. Introduction\n"
        "Foster carers are at the heart of how we look after children.\n"
    )
    outline = analyze(read_source(text.encode(), "page.txt"), get_family()).outline
    titles = [section.heading for section in outline.sections if section.kind == "title"]
    assert titles == ["1.4 Children's Services Policies, Values and Principles"]


def test_copied_field_rows_stay_with_the_title_and_the_note_after_them_opens_scope() -> None:
    text = (
        "Fostering Placements: Our Principles\n"
        "Policy owner\tHead of Fostering\n"
        "Last reviewed by\tService Manager\n"
        "Version\t2\n"
        "Revised October 2025 \u2013 the values were shortened.\n"
        "Our values\n"
        "We are open with carers about what we expect and what they can expect from us.\n"
    )
    sections = _sections(text)
    assert sections[0][0] == "title"
    assert sections[1] == ("scope", "Revised October 2025 \u2013 the values were shortened.")
    assert "Last reviewed by" in split_sections(text, get_family().kinds, "plain").sections[0].text
