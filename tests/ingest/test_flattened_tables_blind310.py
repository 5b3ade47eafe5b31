"""A document-control table copied one cell a line, drawn as rows again (blind310)."""

from __future__ import annotations

from app.ingest.flattened_tables import redraw_field_lines


def test_field_names_alternating_with_values_become_rows() -> None:
    copied = (
        "Record of this policy\nVersion\n7\nStatus\nFinal\nDate approved\n2 June 2024\nOur aims"
    )
    assert redraw_field_lines(copied) == (
        "Record of this policy\n| Version | 7 |\n| Status | Final |\n"
        "| Date approved | 2 June 2024 |\nOur aims"
    )


def test_two_fields_are_too_few_to_be_a_table() -> None:
    copied = "Owner\nThe fostering team\nStatus\nDraft\nWe work with carers."
    assert redraw_field_lines(copied) == copied
