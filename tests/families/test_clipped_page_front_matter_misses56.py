"""A front matter that records the page's full address (a web clipper's, a "save page as
markdown" tool's) is a copy someone made: its bare `date:` is the day of the copy, not the
page's (decision 0424). Each case is written for this test in our own words."""

from tests.families.fact_helpers import fact_text

_BODY = "# Contact With Brothers and Sisters\n\nThis procedure applies to all social workers.\n"


def _stamp(source: str) -> str | None:
    return fact_text(source, "last_updated", "contact.md")


def test_a_clipped_pages_date_is_the_day_of_the_copy() -> None:
    source = (
        "---\ntitle: Contact With Brothers and Sisters\n"
        "source: https://manuals.thornvale.example.org/contact-siblings\n"
        "date: 2026-01-12T16:40:05Z\n---\n\n" + _BODY
    )
    assert _stamp(source) is None


def test_a_clipped_pages_own_published_day_is_still_read() -> None:
    source = (
        "---\nurl: https://manuals.thornvale.example.org/contact-siblings\n"
        "published: 2025-09-30\ndate: 2026-01-12\n---\n\n" + _BODY
    )
    assert _stamp(source) == "2025-09-30"


def test_a_sites_own_path_leaves_its_date_the_pages() -> None:
    source = "---\nurl: /procedures/contact-siblings/\ndate: 2025-04-08\n---\n\n" + _BODY
    assert _stamp(source) == "2025-04-08"
