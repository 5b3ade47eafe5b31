"""A PDF converted to markdown whose footers end in "Page N of M" lines (decision 0398)."""

from app.ingest.markdown_pages import unprint_markdown_pages

FOOTER = "Anyshire Council - Fostering Handbook"


def _pages(closing: str) -> str:
    return (
        "The panel meets monthly and every carer who is approved is told in writing within\n\n"
        f"{FOOTER}\n{closing.format(1)}\n\n"
        "five working days. Reviews follow each year.\n\n"
        f"{FOOTER}\n{closing.format(2)}\n\n"
        "Carers may ask for a second opinion.\n\n"
        f"{FOOTER}\n{closing.format(3)}\n"
    )


def test_page_n_of_m_lines_closing_a_footer_go_with_the_footer_and_the_cut_sentence_joins() -> None:
    text = unprint_markdown_pages(_pages("Page {} of 3"))
    assert "Page" not in text and FOOTER not in text
    assert "in writing within five working days." in text


def test_page_n_alone_counts_too() -> None:
    assert "Page 2" not in unprint_markdown_pages(_pages("Page {}"))


def test_page_lines_that_do_not_count_up_leave_the_text_alone() -> None:
    text = _pages("Page {} of 3").replace("Page 2 of 3", "Page 7 of 3")
    assert unprint_markdown_pages(text) == text


def test_a_sentence_about_a_page_is_no_page_number() -> None:
    text = "See the form.\n\nPage 1 of the form asks for your name\n\nPage 2 of the form\n\nEnd.\n"
    assert unprint_markdown_pages(text) == text


ONE_PAGE_LINE = (
    "# Short Breaks\n\n"
    "Families can ask for a short break at any time, and the team will call back within\n\n"
    "Page {} of {}\n\n"
    "three working days to talk it through.\n\n"
    "## Paying for breaks\n\nBreaks are free.\n"
)


def test_the_one_page_of_pages_line_a_converter_kept_goes_and_the_cut_sentence_joins() -> None:
    """Docling and its kin keep a page footer now and then (blind284's 28402, decision 0418)."""
    text = unprint_markdown_pages(ONE_PAGE_LINE.format(1, 2))
    assert "Page 1 of 2" not in text
    assert "call back within three working days" in text
    assert "## Paying for breaks\n\nBreaks are free." in text


def test_one_page_line_without_its_total_or_past_it_is_left_alone() -> None:
    for page in ("Page 3 of 2", "Page 2"):
        text = ONE_PAGE_LINE.replace("Page {} of {}", page)
        assert unprint_markdown_pages(text) == text
