"""Headings hard-wrapped onto two lines (decision 0163): in text cut at a width, a heading too
long for one line goes on to a second ("2. A Joint Duty to Keep Children Safe Shared by Every
Partner Agency" / "Working in the Borough"). Such a block is read as one heading, numbered as
its one-line peers are, when its first line was cut at the width, it stands apart over prose,
it is Title Case without a stop or a figure, and its number continues the document's
numbering. Short two-line blocks, addresses, lead-ins, prose that lost its stop and list items
stay as they are.

Each page is written for this test in our own words.
"""

from __future__ import annotations

import textwrap

from tests.sections.helpers import assert_tiles, outline_of
from tests.sections.outline_helpers import headings_of

WIDTH = 72


def _wrapped(*blocks: str) -> str:
    """The blocks, each hard-wrapped at `WIDTH` columns, a blank line between them."""
    return "\n\n".join(textwrap.fill(block, WIDTH) for block in blocks) + "\n"


_BODY = (
    "The council and its partners work together so that every child in the borough grows up "
    "safe, and each agency names a lead who answers for its part in the joint arrangements."
)
_VALUES = (
    "We listen to children and to their families, we are honest about our worries, and we "
    "keep the promises we make to them, in every visit and at every meeting we hold."
)
_MODEL = (
    "Our practice model is built on relationships: we work alongside families rather than "
    "doing things to them, and we offer high support together with high challenge."
)
_SHARING = (
    "We share information about a child only when the law allows it and when it helps to keep "
    "the child safe, and we record what we shared, with whom and for what reason."
)
_LONG_SCOPE = "Scope of this Chapter and the Amendments Made to It When It Was Last Reviewed"
_LONG_PARTNERS = (
    "2. A Joint Duty to Keep Children Safe Shared by Every Partner Agency Working in the Borough"
)
_LONG_MODEL = "4. Our Practice Model: How We Work Alongside Families, Young People and Their Carers"


def test_the_fixture_wraps_the_long_headings_onto_two_lines():
    text = _wrapped(_LONG_PARTNERS, _LONG_MODEL, _LONG_SCOPE)
    assert [len(block.split("\n")) for block in text.strip().split("\n\n")] == [2, 2, 2]


def test_numbered_headings_wrapped_onto_two_lines_are_read_whole_and_numbered():
    text = _wrapped(
        "Fenmarsh Children's Services: Values and Principles",
        "1. Introduction",
        _BODY,
        _LONG_PARTNERS,
        _BODY,
        "3. Our Values",
        _VALUES,
        _LONG_MODEL,
        _MODEL,
        "5. Information Sharing",
        _SHARING,
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    headed = [(section.heading, section.number) for section in outline.sections[1:]]
    assert headed == [
        ("1. Introduction", "1"),
        (" ".join(_LONG_PARTNERS.split()), "2"),
        ("3. Our Values", "3"),
        (" ".join(_LONG_MODEL.split()), "4"),
        ("5. Information Sharing", "5"),
    ]


def test_a_plain_title_case_heading_wrapped_onto_two_lines_is_one_heading():
    text = _wrapped(
        "Fenmarsh Children's Services: Values and Principles",
        _LONG_SCOPE,
        _BODY,
        "Our Values",
        _VALUES,
    )
    assert headings_of(text, "plain")[1] == _LONG_SCOPE


def test_markdown_paragraphs_wrapped_so_are_read_alike():
    text = _wrapped(
        "Fenmarsh Children's Services: Values and Principles",
        _LONG_SCOPE,
        _BODY,
        "1. Introduction",
        _BODY,
        _LONG_PARTNERS,
        _VALUES,
        "3. Our Values",
        _VALUES,
    )
    headings = headings_of(text, "markdown")
    assert _LONG_SCOPE in headings
    assert " ".join(_LONG_PARTNERS.split()) in headings


def _headed(text: str) -> list[str]:
    return [heading for heading in headings_of(text, "plain") if heading is not None]


def test_a_short_two_line_block_is_not_a_wrapped_heading():
    text = (
        _wrapped("Fenmarsh Children's Services", _BODY, _VALUES)
        .replace("Fenmarsh Children's Services", "Fenmarsh Children's\nServices Department", 1)
        .replace(_BODY[:20], "Our Team Of Advisers\nIn Each Locality\n\n" + _BODY[:20], 1)
    )
    assert not any("Advisers" in heading for heading in _headed(text))


def test_an_address_cut_at_the_width_is_not_a_heading():
    address = (
        "Children's Services, Fenmarsh Borough Council, Civic Centre, Market Street, "
        "Fenmarsh FM1 4QT"
    )
    text = _wrapped("Fenmarsh Children's Services", _BODY, address, _VALUES)
    assert not any("Civic Centre" in heading for heading in _headed(text))


def test_a_list_lead_in_cut_at_the_width_is_not_a_heading():
    lead_in = (
        "The Main Acts of Parliament and Statutory Guidance on Which This Chapter Is Founded Are:"
    )
    text = _wrapped("Fenmarsh Children's Services", _BODY, lead_in, _VALUES)
    assert not any("Statutory Guidance" in heading for heading in _headed(text))


def test_prose_in_sentence_case_that_lost_its_stop_is_not_a_heading():
    sentence = (
        "Every child we work with should know who their social worker is and how to reach "
        "them quickly"
    )
    text = _wrapped("Fenmarsh Children's Services", _BODY, sentence, _VALUES)
    assert not any("social worker" in heading for heading in _headed(text))


def test_a_wrapped_numbered_line_outside_the_numbering_is_not_a_heading():
    stray = "12. Partner Agencies Across the Borough Who Share the Duty to Keep Children Safe"
    text = _wrapped(
        "Fenmarsh Children's Services",
        "1. Introduction",
        _BODY,
        stray,
        _BODY,
        "2. Our Values",
        _VALUES,
        "3. Information Sharing",
        _SHARING,
    )
    assert not any("Partner Agencies" in heading for heading in _headed(text))


def test_a_wrapped_item_of_a_numbered_list_is_not_a_heading():
    items = "\n".join(
        [
            "1. Our Values",
            textwrap.fill(
                "2. Partner Agencies Across the Borough Who Share the Duty to Keep Children Safe",
                WIDTH,
            ),
            "3. Information Sharing",
        ]
    )
    text = _wrapped("Fenmarsh Children's Services", _BODY) + "\n" + items + "\n\n" + _VALUES
    assert not any("Partner Agencies" in heading for heading in _headed(text))
