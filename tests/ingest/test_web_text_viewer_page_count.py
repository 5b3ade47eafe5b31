"""A document viewer's page counter at a landing page's edge, alone or with its note to fetch the
whole file ("Page 2 of 14. Download the file to read all of it."), is the viewer's, not the
chapter's (decision 0144). A sentence of the chapter that speaks of pages is not."""

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()


def test_a_page_counter_is_a_chrome_line():
    assert is_chrome_line("Page 3 of 14", CUES)
    assert is_chrome_line("Page 2 / 7", CUES)
    assert is_chrome_line("Page 2 of 14. Download the file to read all of it.", CUES)
    assert is_chrome_line("page 1 of 6 - open the PDF version for the rest", CUES)


def test_the_chapters_words_about_pages_are_kept():
    assert not is_chrome_line("Page 3 of the handbook sets out the rota.", CUES)
    assert not is_chrome_line("Page 2 of 14. Children are best cared for at home.", CUES)
    assert not is_chrome_line("See page 4 of 9 in the leaving care guide.", CUES)


def test_the_counter_goes_from_the_end_of_a_copied_page():
    text = (
        "Fostering Values and Principles\n"
        "Purpose\n"
        "This chapter explains what we believe about fostering and how we support carers.\n"
        "Page 1 of 6. Download the file to read all of it.\n"
    )
    assert strip_edge_chrome(text, CUES).rstrip().endswith("support carers.")


def test_the_counter_under_a_landing_pages_summary_leaves_the_html_text():
    html = (
        "<html><body><main><h1>Fostering Values and Principles</h1>"
        "<h2>Purpose</h2><p>This chapter explains what we believe about fostering and how we "
        "support the carers who look after our children.</p>"
        '<p class="note">Page 1 of 6. Use the download link to read the whole document.</p>'
        "</main><footer><p>Copyright Ashby Vale Council</p></footer></body></html>"
    )
    text = read_source(html.encode(), "page.html").text
    assert "support the carers" in text
    assert "Page 1 of 6" not in text
