"""Sections met in the sixty-first blind round (decision 0115): chapters mixing headed and
un-headed stretches, with appendices after the body and bold lines standing as headings.

- a heading labelled as an appendix stands beside the chapter's sections, not under the last of
  them, even as a plain line after numbered headings or over short lines;
- an appendix's kind is the kind its own words name, else none (the model is not asked);
- two or more bold lines under one heading, each naming a kind of its own that is not the
  heading's, are that heading's peers; bold sub-headings of one kind stay under it.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from app.sections.classify import appendix_words
from tests.sections.outline_helpers import kinds_and_openings


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("Appendix A: Glossary", "Glossary"),
        ("Appendix 2 - Related procedures", "Related procedures"),
        ("Annex C. Contacts", "Contacts"),
        ("Appendix: The Corporate Parenting Principles", "The Corporate Parenting Principles"),
        ("Appendix 3", ""),
        ("Annexe IV: Forms", "Forms"),
    ],
)
def test_an_appendix_label_gives_the_words_after_it(words: str, named: str) -> None:
    assert appendix_words(words) == named


@pytest.mark.parametrize(
    "words",
    ["Appendices", "Appendix B sets out the forms", "Annual review", "Annex to the plan", "Apps"],
)
def test_words_that_are_no_appendix_label(words: str) -> None:
    assert appendix_words(words) is None


_NUMBERED_PLAIN = (
    "Policies and Principles\n\n"
    "1. Introduction\n\n"
    "The council's duties come from the Children Act 1989 and the Children Act 2004, and this "
    "policy sets out the framework within which they are met.\n\n"
    "2. Our Values\n\n"
    "We are honest with families, we listen to children and we keep our promises to them, "
    "however hard that is.\n\n"
    "Appendix 1: Words we use\n\n"
    "Corporate parent: the council acting for the children it looks after.\n\n"
    "Permanence: a lasting home for a child, with family or with carers.\n\n"
    "Appendix 2: Related procedures\n\n"
    "Care Planning\n"
    "Leaving Care\n\n"
    "Version 3\n"
)


def test_plain_appendix_lines_after_numbered_headings_open_sections_of_no_kind() -> None:
    kinds = kinds_and_openings(_NUMBERED_PLAIN, "plain", 24)
    assert ("other", "Appendix 1: Words we use") in kinds
    assert ("other", "Appendix 2: Related proc") in kinds
    assert ("values", "2. Our Values\n\nWe are ho") in kinds


def test_a_glossary_entry_in_an_appendix_opens_no_section_of_its_own() -> None:
    """'Permanence: a lasting home …' is a run-in label a cue may name; under an appendix it is
    one more entry."""
    starts = [start for _, start in kinds_and_openings(_NUMBERED_PLAIN, "plain", 24)]
    assert not any(start.startswith("Permanence") for start in starts)


_MARKDOWN_APPENDICES = (
    "# Policies and Principles\n\n"
    "## Our values\n\n"
    "We listen to children and we do what we say we will do, and we treat every family with "
    "respect.\n\n"
    "## Appendix A: Terms\n\n"
    "Corporate parent: the council as a whole, acting as a parent would for each child it looks "
    "after, as the law asks it to.\n\n"
    "## Appendix B: The Corporate Parenting Principles\n\n"
    "1. to act in the best interests of children and young people;\n"
    "2. to encourage them to express their views;\n"
)


def test_an_appendix_takes_the_kind_its_words_name_else_none() -> None:
    kinds = kinds_and_openings(_MARKDOWN_APPENDICES, "markdown", 24)
    assert kinds[-2][0] == "other"
    assert kinds[-1][0] == "corporate_parenting"


_BOLD_PEERS = (
    "# Policies and Principles\n\n"
    "## 1. Introduction\n\n"
    "This policy sets out the framework within which the council meets its duties to children "
    "under the Children Act 1989.\n\n"
    "**Working together**\n\n"
    "Schools, police and health services share the work of keeping children safe with us, and "
    "the safeguarding partners agree how concerns are raised.\n\n"
    "**Our values**\n\n"
    "We are honest, we are kind and we never give up on a child, whatever has happened.\n\n"
    "**Corporate parenting**\n\n"
    "Every councillor shares the council's duty as corporate parent to the children it looks "
    "after and to its care leavers.\n"
)


def test_bold_lines_naming_kinds_of_their_own_are_the_headings_peers() -> None:
    kinds = [kind for kind, _ in kinds_and_openings(_BOLD_PEERS, "markdown", 24)]
    assert kinds == [
        "title",
        "introduction",
        "shared_responsibility",
        "values",
        "corporate_parenting",
    ]


_BOLD_PARTS = (
    "# Policies and Principles\n\n"
    "## Key Outcomes\n\n"
    "We measure how well children do in five ways.\n\n"
    "**Being healthy**\n\n"
    "Children see a doctor and a dentist every year and their health plans are kept up to date.\n\n"
    "**Being safe**\n\n"
    "Children are protected from harm at home, at school and in the community around them.\n"
)


def test_bold_sub_headings_of_the_headings_own_kind_stay_under_it() -> None:
    kinds = [kind for kind, _ in kinds_and_openings(_BOLD_PARTS, "markdown", 24)]
    assert kinds == ["title", "key_outcomes"]


def test_one_bold_line_of_another_kind_stays_a_sub_heading() -> None:
    text = _BOLD_PEERS.split("**Our values**")[0]
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown", 24)]
    assert kinds == ["title", "introduction"]


_POINTER_TAIL = (
    "# Policies and Principles\n\n"
    "## Our values\n\n"
    "We listen to children and we do what we say we will do, and we treat every family with "
    "respect whatever has brought them to us.\n\n"
    "Information about children is kept confidential and shared only where the law allows it, "
    "and families are told what has been shared and why.\n\n"
)


@pytest.mark.parametrize(
    "pointer",
    [
        "**Related chapters:** [Care Planning](/care-planning), [Leaving Care](/leaving-care).",
        "See also: the Sufficiency Strategy and the Local Offer for Care Leavers.",
    ],
)
def test_a_labelled_pointer_after_the_body_is_a_section_of_no_kind(pointer: str) -> None:
    kinds = kinds_and_openings(
        _POINTER_TAIL + pointer + "\n\nLast updated: 3 March 2025\n", "markdown", 24
    )
    assert kinds[-2][0] == "other"
    assert kinds[-2][1].lstrip("*").startswith(("Related", "See also"))
    assert kinds[-1][0] == "end_matter"


def test_a_label_naming_a_topic_or_a_long_paragraph_is_no_pointer() -> None:
    for paragraph in (
        "Data protection: staff follow the council's information sharing protocol.",
        "See also: " + "the council's strategies and plans, " * 10 + "which are on the website.",
    ):
        kinds = kinds_and_openings(_POINTER_TAIL + paragraph + "\n", "markdown", 24)
        assert all(kind != "other" for kind, _ in kinds), paragraph


def test_a_pointer_right_under_a_heading_is_what_the_heading_heads() -> None:
    text = _POINTER_TAIL + "## Contacts\n\nSee also: the Local Offer for Care Leavers.\n"
    kinds = kinds_and_openings(text, "markdown", 24)
    assert kinds[-1][1].startswith("## Contacts")


def test_a_pointer_with_the_chapters_sections_still_to_come_stays_in_its_section() -> None:
    text = (
        _POINTER_TAIL
        + "Further reading: Working Together to Safeguard Children.\n\n"
        + "## How we work\n\nChildren are helped to stay with their families where it is safe.\n"
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown", 24)]
    assert "other" not in kinds


def test_bold_lines_naming_a_numbered_headings_own_kind_stay_under_it() -> None:
    """ "2. Introduction" is the introduction, its number aside: a bold "Legislation" under it
    (the introduction's own) keeps the bold lines its parts."""
    text = (
        "# Policies and Principles\n\n"
        "## 1. About this chapter\n\n"
        "This chapter applies to all staff in children's services and to commissioned services.\n\n"
        "## 2. Introduction\n\n"
        "This policy sets out the framework within which the council works with children.\n\n"
        "**Introduction to the law**\n\n"
        "The council's duties come from the Children Act 1989 and the Children Act 2004.\n\n"
        "**Working together**\n\n"
        "Schools, police and health services share the work of keeping children safe with us.\n"
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown", 24)]
    assert kinds == ["title", "scope", "introduction"]


_CONTACTS_THEN_GLOSSARY = (
    "Policies and Principles\n\n"
    "1. Introduction\n\n"
    "The council's duties come from the Children Act 1989, and this policy sets out the "
    "framework for meeting them.\n\n"
    "Annex A - Contacts\n\n"
    "Duty and Advice Team: 01632 960 100\n\n"
    "Leaving Care Team: 01632 960 200\n\n"
    "Annex B - Glossary\n\n"
    "Permanence: a lasting and secure home for a child.\n"
)


def test_an_appendix_line_after_an_unpunctuated_line_still_opens_its_section() -> None:
    starts = [start for _, start in kinds_and_openings(_CONTACTS_THEN_GLOSSARY, "plain", 24)]
    assert "Annex A - Contacts\n\nDuty" in starts
    assert "Annex B - Glossary\n\nPerm" in starts


def test_a_list_of_appendix_lines_stays_one_list() -> None:
    text = (
        "Policies and Principles\n\n"
        "1. Introduction\n\n"
        "This policy sets out the framework within which the council works with children.\n\n"
        "The forms that go with this chapter are at the end of the manual.\n\n"
        "Appendix A: Consent form\n"
        "Appendix B: Referral form\n\n"
        "Version 2\n"
    )
    starts = [start for _, start in kinds_and_openings(text, "plain", 24)]
    assert not any(start.startswith("Appendix B") for start in starts)
