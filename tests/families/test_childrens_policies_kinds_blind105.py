"""Headings and openings the hundred-and-fifth blind round's chapters used with no cue the family
knew (decision 0173): a summary box labelled "Key messages"; headings named by meaning and said,
not asked ("Who this is for", "What matters to us"); the safeguarding partners named first; a
first edition stamped with its date after it. Each case is written for this test in our own
words, with near misses that must not be read so."""

import pytest


@pytest.mark.parametrize("heading", ["Key messages", "Main messages", "KEY MESSAGES"])
def test_a_key_messages_box_sums_the_page_up(cues, heading: str) -> None:
    assert cues.sums_up(heading)
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize("heading", ["Key messages from young people", "Messages"])
def test_other_messages_do_not_sum_the_page_up(cues, heading: str) -> None:
    assert not cues.sums_up(heading)


@pytest.mark.parametrize(
    "heading", ["Who this is for", "Who this chapter is for", "Who this policy is aimed at"]
)
def test_whom_the_chapter_is_for_said_is_scope(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize("heading", ["Who this service is for", "Who we work with"])
def test_whom_a_service_is_for_is_not_scope(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "scope"


@pytest.mark.parametrize(
    "heading", ["What matters to us", "What matters most", "What matters most to us"]
)
def test_what_matters_to_the_service_is_its_values(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "values"


def test_what_matters_to_children_is_not_the_values(cues) -> None:
    assert cues.heading_kind("What matters to children") != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Northbrook's safeguarding partners, the council, the police and the health board, "
        "meet every month.",
        "The three statutory safeguarding partners agree the local arrangements each year.",
        "Partner agencies in Northbrook share the work of keeping children safe.",
    ],
)
def test_the_safeguarding_partners_named_first_are_the_shared_responsibility(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "shared_responsibility"


def test_sharing_information_with_partner_agencies_is_not_the_partnership(cues) -> None:
    assert cues.content_kind("We share information with partner agencies when we must.") != (
        "shared_responsibility"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "First published June 2021.",
        "Issued October 2021. Revised August 2023 to add a link.",
        "First issued on 3 March 2022.",
    ],
)
def test_a_first_edition_stamp_is_end_matter_near_the_end(cues, opening: str) -> None:
    assert cues.content_kind(opening, True) == "end_matter"


def test_a_published_report_is_not_a_first_edition_stamp(cues) -> None:
    assert cues.content_kind("Published research shows that children do best at home.", True) != (
        "end_matter"
    )
