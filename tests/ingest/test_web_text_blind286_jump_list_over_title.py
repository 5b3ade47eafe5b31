"""A page's side list of its own headings ("In this chapter", "Contents") copied before its
title: the list goes, the title and the chapter stay; the same list under the title is the
chapter's own and stays (blind286). Wordings are our own."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome


def test_a_numbered_list_over_the_title_goes_with_the_manual_name() -> None:
    page = (
        "Skip to content\n"
        "Ormsby Fostering Handbook Online\n"
        "Contents\n"
        "1. Purpose\n"
        "2. Support for carers\n"
        "3. Allowances\n"
        "Fostering Service Statement of Purpose\n"
        "1. Purpose\n"
        "This statement says what our fostering service offers children and carers.\n"
    )
    assert strip_edge_chrome(page, load_chrome_cues()).startswith(
        "Fostering Service Statement of Purpose\n1. Purpose\n"
    )


def test_an_unnumbered_list_opening_the_page_goes() -> None:
    page = (
        "Skip to content\n"
        "On this page\n"
        "Purpose\n"
        "Support for carers\n"
        "Fostering Service Statement of Purpose\n"
        "Purpose\n"
        "This statement says what our fostering service offers children and carers.\n"
    )
    assert strip_edge_chrome(page, load_chrome_cues()).startswith(
        "Fostering Service Statement of Purpose\n"
    )


def test_a_list_under_the_title_stays() -> None:
    cues = load_chrome_cues()
    for entries in (("Purpose", "Support for carers"), ("1. Purpose", "2. Support for carers")):
        page = (
            "Skip to content\n"
            "Fostering Service Statement of Purpose\n"
            "In this chapter\n"
            f"{entries[0]}\n{entries[1]}\n"
            f"{entries[0]}\n"
            "This statement says what our fostering service offers children and carers.\n"
            f"{entries[1]}\n"
            "Every carer has a supervising social worker.\n"
        )
        assert strip_edge_chrome(page, cues).startswith("Fostering Service Statement of Purpose\n")
