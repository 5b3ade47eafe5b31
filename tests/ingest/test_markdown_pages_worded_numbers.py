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
