"""A text browser's dump sets every paragraph a few columns in; the practice model section's
first sentence still names the model the council practises (decision 0456). Written for this
test in our own words about an invented council."""

from __future__ import annotations

from tests.reading import facts_of

_PAGE = (
    " Children's Services Policies, Values and Principles\n\n"
    " About this chapter\n\n"
    "    This chapter is for every member of staff in Tolbury's children's services and\n"
    "    for the carers who look after children for the city.\n\n"
    "    Our practice model:\n\n"
    "    Tolbury's family workers practise Common Ground, the city's own\n"
    "    relationship-based model. Common Ground asks each worker to stay with a\n"
    "    family for as long as the family needs help.\n\n"
    "    Leaving care:\n\n"
    "    Care leavers keep a personal adviser until they are 25.\n"
)


def test_a_model_named_in_an_indented_section_is_read() -> None:
    assert facts_of(_PAGE)["named_models"].value == ["Common Ground"]


def test_the_same_page_flush_left_reads_the_same() -> None:
    flush = "\n".join(line.strip() for line in _PAGE.splitlines()) + "\n"
    assert facts_of(flush)["named_models"].value == ["Common Ground"]
