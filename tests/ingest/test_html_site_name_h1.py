"""A site-wide `<h1>` that is only the site's or the manual's name, repeated in the `<title>`
beside the page's own name: the chapter is named in the `<title>` alone (blind round 31)."""

from __future__ import annotations

from app.ingest.read import read_source


def _page(h1: str, title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<h1 class='brand'>{h1}</h1>"
        "<div id='content'><p><b>Revised:</b> we revised this chapter in June 2023.</p>"
        "<h2>Background</h2><p>Our fostering service recruits carers from every town in the "
        "district and trains them before any child is placed.</p></div></body></html>"
    ).encode()


def test_an_h1_repeating_the_site_part_of_the_title_element_is_not_the_chapter_title() -> None:
    page = _page(
        "Orchard Vale Practice Handbook", "Fostering Standards :: Orchard Vale Practice Handbook"
    )
    text = read_source(page, "page.html").text
    assert text.startswith("# Fostering Standards\n\n")
    assert "Orchard Vale Practice Handbook" not in text


def test_an_h1_naming_the_chapter_above_the_content_is_still_its_title() -> None:
    page = _page("Fostering Standards", "Fostering Standards :: Orchard Vale Practice Handbook")
    text = read_source(page, "page.html").text
    assert text.startswith("# Fostering Standards\n\n")
    assert text.count("Fostering Standards") == 1


def test_an_h1_that_differs_from_the_title_element_is_kept() -> None:
    page = _page("Orchard Vale fostering", "Fostering Standards :: Orchard Vale Practice Handbook")
    text = read_source(page, "page.html").text
    assert text.startswith("# Orchard Vale fostering\n\n")
