"""An amendment box copied after a numbered chapter's first section, and a "Jump to" select's
options under the title, that blind217 met (decision 0337). Wordings are our own, unlike the
case documents', with near misses that must stay where they are."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _sections(page: str) -> list[tuple[str, str | None, str]]:
    analyzed = analyze(read_source(page.encode(), "chapter.txt"), get_family())
    return [
        (section.kind, section.heading, section.text.strip())
        for section in analyzed.outline.sections
    ]


BOXED = (
    "Short Breaks Policy\n"
    "1. Purpose\n"
    "This policy explains how Kelmsley arranges short breaks for disabled children and their "
    "families, and who decides on them.\n\n"
    "{label}\n"
    "{sentence}\n"
    "2. Eligibility\n"
    "A break is offered after an assessment of the child's needs.\n"
)


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        ("Amendment", "This policy was amended in June 2025 to add overnight breaks."),
        ("Amendments", "We amended this chapter in June 2025 to add overnight breaks."),
        ("Changes to this chapter", "In June 2025 this chapter was revised to add short stays."),
    ],
)
def test_an_amendment_box_after_the_first_section_opens_at_its_label(
    label: str, sentence: str
) -> None:
    sections = _sections(BOXED.format(label=label, sentence=sentence))
    scope = [section for section in sections if section[0] == "scope"]
    assert len(scope) == 1
    assert scope[0][1] == label
    assert scope[0][2] == f"{label}\n{sentence}"
    first = sections[1]
    assert first[1] == "1. Purpose" and not first[2].endswith(label)


def test_a_label_of_no_kind_over_a_late_revision_sentence_stays_in_its_section() -> None:
    page = (
        "Short Breaks Policy\n"
        "1. Purpose\n"
        "This policy explains how Kelmsley arranges short breaks for disabled children.\n\n"
        "Our hopes\n"
        "We want every family to get a rest. This policy was amended in June 2025 to add "
        "overnight breaks.\n"
        "2. Eligibility\n"
        "A break is offered after an assessment of the child's needs.\n"
    )
    sections = _sections(page)
    assert not any(section[1] == "Our hopes" for section in sections)


@pytest.mark.parametrize("label", ["Jump to", "Jump to a section", "Go to section"])
def test_a_jump_to_select_under_an_amendment_line_opens_its_own_scope(label: str) -> None:
    page = (
        "Short Breaks Policy\n"
        "Last amended: 4 November 2025\n"
        f"{label}\n"
        "Choose a part\n"
        "1. Purpose\n"
        "2. Eligibility\n"
        "Go\n"
        "1. Purpose\n"
        "This policy explains how Kelmsley arranges short breaks for disabled children.\n\n"
        "2. Eligibility\n"
        "A break is offered after an assessment of the child's needs.\n"
    )
    sections = _sections(page)
    assert sections[1][0] == "scope" and sections[1][2] == "Last amended: 4 November 2025"
    assert sections[2][0] == "scope" and sections[2][1] == label
    assert [section[1] for section in sections[3:]] == ["1. Purpose", "2. Eligibility"]
