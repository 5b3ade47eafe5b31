"""Procedures-manual pages as blind round 203 met them (decision 0320): an old table-layout page
whose title, amendment box and chapter text are sibling blocks under `<body>`, a `<title>` that
runs from the council down to the page, a converter's in-page jump links, and a provider's credit
worded as who maintains the manual. Written for this test in our own words."""

from __future__ import annotations

from app.ingest.read import read_source

_BODY_TEXT = (
    "<p><b>Who we work with</b><br><br>Our family support teams work with parents across every "
    "ward of the district, from the first phone call to the day the case is closed, and they "
    "agree each plan with the family before anyone else sees it.<br><br><b>Fostering</b><br><br>"
    "Foster carers are recruited locally and trained before any child is placed with them, and "
    "each has a supervising social worker who visits at least every six weeks.</p>"
)


def _old_manual_page(title: str, between: str, body: str = _BODY_TEXT) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<table class='banner'><tr><td>Ashgrove Council<br>Practice Handbook</td>"
        "<td><a href='/'>Home</a> | <a href='/index'>Index</a> | <a href='/news'>News</a></td>"
        "</tr></table>"
        "<div class='pagehead'><h1>Fostering Standards</h1></div>"
        f"{between}"
        f"<div class='pagetext'>{body}</div>"
        "<div class='foot'><a href='#'>Top of page</a> Ashgrove Council 2026</div>"
        "</body></html>"
    ).encode()


_NOTE = (
    "<div class='note'><b>Amendment</b><br>We revised this chapter in May 2026 to add the "
    "visiting timescale for supervising social workers.</div>"
)
_LINKS = (
    "<div class='see'><b>See also</b><br><a href='/a'>Placement Planning</a><br>"
    "<a href='/b'>Delegated Authority</a><br><a href='/c'>Staying Put</a></div>"
)
_TITLE = "Ashgrove Council - Ashgrove Practice Handbook - Fostering Standards"


def test_the_page_named_last_in_a_title_running_from_the_council_down_is_the_title() -> None:
    text = read_source(_old_manual_page(_TITLE, ""), "page.html").text
    assert text.startswith("# Fostering Standards\n\n")
    assert "Practice Handbook" not in text


def test_a_title_element_without_such_an_h1_keeps_its_first_name() -> None:
    page = _old_manual_page(_TITLE, "").replace(b"<h1>Fostering Standards</h1>", b"")
    text = read_source(page, "page.html").text
    assert "# Fostering Standards" not in text


def test_a_note_between_the_title_and_the_text_is_the_chapters() -> None:
    text = read_source(_old_manual_page(_TITLE, _NOTE + _LINKS), "page.html").text
    title, note, body = (
        text.index("Fostering Standards"),
        text.index("We revised this chapter in May 2026"),
        text.index("Who we work with"),
    )
    assert title < note < body
    assert "Delegated Authority" not in text


def test_loose_words_between_the_blocks_leave_every_box_out() -> None:
    page = _old_manual_page(_TITLE, _NOTE + "Loose words between the blocks")
    text = read_source(page, "page.html").text
    assert text.startswith("# Fostering Standards\n\n")
    assert "We revised this chapter in May 2026" not in text


def test_a_converters_jump_links_within_the_page_are_chrome() -> None:
    page = (
        "# Fostering Standards\n\n## Who we work with\n\nOur family support teams work with "
        "parents across every ward of the district.\n\n[Back to top](#top)\n\n## Fostering\n\n"
        "Foster carers are recruited locally and trained before any child is placed.\n\n"
        "[Top of page](#page-content)\n\n## Support\n\n[Top tips](/tips)\n\nCarers can read "
        "these tips and ask their supervising social worker for help.\n"
    )
    text = read_source(page.encode(), "page.md").text
    assert "Back to top" not in text
    assert "Top of page" not in text
    assert "## Support\n\n[Top tips](/tips)\n\nCarers can read" in text


def test_a_credit_saying_who_maintains_the_manual_is_chrome() -> None:
    page = (
        "Fostering Standards\n\nWho we work with\n\nOur family support teams work with parents "
        "across every ward of the district, from the first call to the day the case closes.\n\n"
        "Fostering\n\nFoster carers are recruited locally and trained before any child is "
        "placed.\n\nTop of page\n\nThe Ashgrove Practice Handbook is maintained for the council "
        "by Kestrel Page Services.\nCopyright 2026 Kestrel Page Services.\n"
    )
    text = read_source(page.encode(), "page.txt").text
    assert "Kestrel" not in text
    assert text.rstrip().endswith("trained before any child is placed.")
