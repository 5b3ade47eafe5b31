"""A page fetched through a reader service comes as markdown under the service's own header
(`Title:`, `URL Source:`, `Markdown Content:`); the header is the service's record of the fetch,
cut off as front matter is, so the page's own heading is its title (decision 0525). Cases
written for this test in our own words."""

from hypothesis import given
from hypothesis import strategies as st

from app.ingest import read_source
from app.ingest.front_matter import split_front_matter
from tests.reading import read_kinds_and_headings

_PAGE = (
    "Title: Fostering Allowances Explained - Dunmere Council\n\n"
    "URL Source: https://dunmere.example/fostering/allowances\n\n"
    "Published Time: 2025-03-04T09:00:00Z\n\n"
    "Markdown Content:\n"
    "Fostering Allowances Explained\n"
    "==============================\n\n"
    "Scope of this guide\n"
    "-------------------\n\n"
    "This guide was amended in February 2025 and applies to all of our foster carers.\n\n"
    "Our values\n"
    "----------\n\n"
    "We pay carers on time and we explain every payment in plain words.\n"
)


def test_the_reader_services_header_is_cut_off_and_kept_beside_the_text() -> None:
    source = read_source(_PAGE.encode(), "allowances.md")
    assert source.text.startswith("Fostering Allowances Explained")
    assert "URL Source" not in source.text
    assert "Markdown Content" not in source.text
    assert _PAGE.startswith(source.front_matter)


def test_the_pages_own_heading_is_the_title_and_the_next_heading_opens_scope() -> None:
    kinds = read_kinds_and_headings(_PAGE, "allowances.md")
    assert kinds[0] == ("title", "Fostering Allowances Explained")
    assert kinds[1] == ("scope", "Scope of this guide")


def test_a_title_line_without_the_services_address_is_the_pages_own_text() -> None:
    text = "Title: Fostering Allowances Explained\n\nMarkdown Content:\nWe pay carers on time.\n"
    assert split_front_matter(text) == ("", text)


@given(st.text(alphabet=st.characters(blacklist_characters="\n\r"), max_size=40))
def test_a_header_with_nothing_under_it_is_left_as_the_text(title: str) -> None:
    text = f"Title: {title}\n\nURL Source: https://example.org/a\n\nMarkdown Content:\n"
    assert split_front_matter(text) == ("", text)
