"""Text copied out of a PDF viewer (blind round 206, decision 0325): section numbers set in a
block of their own above their heading, and headings run onto a full line's last sentence.

Every case is written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.ingest.printed_text import unprint_pages

FOOTER = "Page {n} of 2"


def _pages(first: str, second: str) -> str:
    return f"{first}\n{FOOTER.format(n=1)}\n{second}\n{FOOTER.format(n=2)}\n"


def test_a_number_alone_over_its_heading_joins_it() -> None:
    text = _pages(
        "Family Help in Orrisford\n1.\nWho this applies to\nEvery team that works with families"
        " in the district, whatever their size or the service they belong to.\n",
        "4.2\nKeeping Records\nWe write records as though the child will read them.\n",
    )
    lines = unprint_pages(text).split("\n")
    assert "1. Who this applies to" in lines
    assert "4.2 Keeping Records" in lines
    assert lines[0] == "Family Help in Orrisford"


def test_a_number_alone_over_a_sentence_or_a_clause_stays_as_it_is() -> None:
    text = _pages(
        "The panel meets every month and hears from young people in care directly.\n3\n"
        "Members of the panel, in turn, chair it.\n",
        "Our targets\n12\nNew foster homes, we hope, by the end of the year.\n",
    )
    lines = unprint_pages(text).split("\n")
    assert "3 Members of the panel, in turn, chair it." not in lines
    assert not any(line.startswith("12 New foster") for line in lines)


def test_a_heading_run_onto_a_full_lines_sentence_ends_the_paragraph() -> None:
    text = _pages(
        "Harrowgill Council\nOur duties come from several Acts and from the guidance that goes "
        "with them all.How We Are Governed\nThe Lead Member for Children chairs the board and"
        " meets young people every month, in person.\n",
        "Short lines follow on this page.\nWe keep what families tell us safe and share it"
        " only where the law allows.Confidentiality\nRecords are kept for as long as the law"
        " requires.\n",
    )
    lines = unprint_pages(text).split("\n")
    assert any(line.endswith("in person.") for line in lines)
    assert any(line.endswith(".How We Are Governed") for line in lines)
    assert any(line.startswith("The Lead Member for Children") for line in lines)
    assert any(line.endswith(".Confidentiality") for line in lines)
    assert "Records are kept for as long as the law requires." in lines


def test_a_full_line_that_ends_in_a_sentence_case_phrase_still_carries_on() -> None:
    text = _pages(
        "A long line that runs right across the printed page and stops at a stop.We\n"
        "Then carry on with the rest of the sentence after the line's end, as printed.\n",
        "Nothing else is on this page, which is short.\n",
    )
    assert "stop.We Then carry on" in unprint_pages(text)
