"""Text copied from a PDF viewer (blind round 262, decision 0391): a numbered heading the copy
ran onto the sentence before it ends its line, so the paragraph under it is not joined on,
however full that line is.

Every case is written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.ingest.printed_text import unprint_pages

_LONG = (
    "Carers and the young people they look after meet their reviewing officer at least twice "
    "a year, and the plan is read with them line by line so that nothing is left unclear"
)


def _pages(*bodies: str) -> str:
    count = len(bodies)
    return "".join(
        f"{body}Page {number} of {count}\n" for number, body in enumerate(bodies, start=1)
    )


def test_a_numbered_heading_run_onto_a_full_line_keeps_its_paragraph_apart() -> None:
    text = _pages(
        "4. Staying in Touch\n" + _LONG + " to anybody.5. Support After Care\n"
        "Each young person who leaves our care has a named worker until they turn 21.\n",
        "6. Confidentiality\nRecords are kept securely.\n",
    )
    result = unprint_pages(text)
    assert "to anybody.5. Support After Care\nEach young person" in result


def test_a_numbered_sub_heading_run_on_keeps_its_paragraph_apart_too() -> None:
    text = _pages(
        "3. How We Plan\n" + _LONG + " to anyone.3.2 Reviews\nEvery plan is looked at again.\n",
        "4. Records\nRecords are kept securely.\n",
    )
    assert "to anyone.3.2 Reviews\nEvery plan" in unprint_pages(text)


def test_a_decimal_after_a_number_is_no_heading() -> None:
    text = _pages(
        "2. Money\n" + _LONG + " above the sum of 25.5 Pounds A Week\n"
        "paid to each carer, which rises every April.\n",
        "3. Records\nRecords are kept securely.\n",
    )
    assert "25.5 Pounds A Week paid to each carer" in unprint_pages(text)


def test_a_sentence_going_on_in_lower_case_after_a_number_still_joins() -> None:
    text = _pages(
        "2. Plans\n" + _LONG + " in section.4 of the plan\n"
        "and in the review notes that follow it.\n",
        "3. Records\nRecords are kept securely.\n",
    )
    assert "section.4 of the plan and in the review notes" in unprint_pages(text)
