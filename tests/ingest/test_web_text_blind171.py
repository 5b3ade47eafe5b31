"""Site chrome of pages printed to PDF by a browser, blind set 171 (decision 0274): a breadcrumb
printed bold (its links set apart) and only two steps long under the site's head, and a print
stylesheet that writes each link's address in brackets after it. Every case is written for this
test in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_chrome_boxes, strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "# Kinship Care Values and Principles"
BODY = (
    "\n\n## Who this is for\n\n"
    "This chapter applies to every kinship team and to the family carers they support.\n\n"
    "## What we believe\n\nChildren do best with people who already love them.\n"
)
HEAD = (
    "**Marlow Reach Council Skip to content**\n\n"
    "**Home Services Children and families Procedures Contact**\n\n"
)


def _read(text: str) -> str:
    return strip_chrome_boxes(strip_edge_chrome(text, CUES), CUES)


def test_a_bold_two_step_trail_under_the_head_ends_the_chrome() -> None:
    trail = "**Home \u203a Kinship procedures**\n\n"
    assert _read(HEAD + trail + TITLE + BODY).startswith(TITLE)


def test_a_trail_with_printed_link_addresses_ends_the_chrome() -> None:
    head = (
        "**Marlow Reach Council Skip to content (#main)**\n\n"
        "**Home (/) Services (/services) Children and families (/children) Contact (/contact)**\n\n"
    )
    trail = (
        "Home (https://www.marlowreach.gov.uk/) / Family support (/family-support) / "
        "Kinship Care Values and Principles\n\n"
    )
    assert _read(head + trail + TITLE + BODY).startswith(TITLE)


def test_a_sentence_with_an_address_in_brackets_under_the_head_stays() -> None:
    line = "Read the kinship guidance (https://www.example.gov.uk/kinship) before a visit.\n\n"
    # no trail under the head: nothing there says where the site's chrome ends
    assert "Read the kinship guidance (https://www.example.gov.uk/kinship)" in _read(
        HEAD + line + TITLE + BODY
    )
