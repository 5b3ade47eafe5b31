"""Text a PDF-to-text converter printed (pages ending in form feeds): read as printed pages.

Every case is written for this test in our own words, laid out as `pdftotext` lays out a
council's printed chapter (with and without `-layout`).
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.pdf_layout import mend_broken_words
from app.ingest.printed_text import is_printed_text, mark_counted_pages, unprint_pages

HEADER = "Ashgrove District Council                      Family Services Handbook"
FOOTER = "Not controlled once printed                                   Page {n} of 3"


def _page(n: int, body: str) -> str:
    return f"{HEADER}\n\n\n{body}\n\n\n{FOOTER.format(n=n)}\n\f"


def test_running_header_and_footer_go_from_every_page() -> None:
    text = (
        _page(1, " Our Aims\n We want every child to feel safe at home and at school.")
        + _page(2, " Our Partners\n Schools and doctors tell us when they are worried.")
        + _page(3, " End")
    )
    read = unprint_pages(text)
    assert "Ashgrove District Council" not in read
    assert "Not controlled once printed" not in read
    assert "Page 2 of 3" not in read
    assert "\f" not in read
    assert read.startswith(" Our Aims\n")
    assert " Our Partners\n Schools and doctors" in read
    assert read.rstrip().endswith("End")


def test_a_paragraph_carried_over_a_page_break_stays_one_paragraph() -> None:
    text = _page(1, " Support goes on while a young person studies, and") + _page(
        2, " stops when they ask for it to stop.\n\n Contact Us"
    )
    read = unprint_pages(text)
    assert " Support goes on while a young person studies, and stops when they ask" in read


def test_a_page_ending_a_sentence_ends_its_paragraph() -> None:
    text = _page(1, " We check every plan each year.") + _page(2, " Our Partners\n Doctors too.")
    assert " We check every plan each year.\n\n Our Partners\n" in unprint_pages(text)


def test_a_bare_page_number_goes_even_on_a_single_page() -> None:
    text = "Keeping Families Together\n\nWe help early.\n\n- 1 -\n\f"
    assert unprint_pages(text) == "Keeping Families Together\n\nWe help early.\n"


def test_a_line_repeated_in_the_body_is_not_a_running_line() -> None:
    body = " Our Promise\n We will listen.\n\n Our Promise\n We will act."
    text = _page(1, body) + _page(2, " More text here.")
    assert unprint_pages(text).count("Our Promise") == 2


def test_lines_of_a_narrow_column_join_into_their_paragraph() -> None:
    text = (
        "Staying Close\n"
        "Young adults who lived with us keep a\n"
        "named worker and a plan until they reach\n"
        "23, and longer if they are in an\n"
        "apprenticeship.\n"
        "\n"
        "Speaking Up\n"
        "Children tell us what they think.\n\f"
    )
    read = unprint_pages(text)
    assert (
        "Young adults who lived with us keep a named worker and a plan until they reach 23, "
        "and longer if they are in an apprenticeship.\n"
    ) in read
    assert read.startswith("Staying Close\nYoung adults")
    assert "\n\nSpeaking Up\nChildren tell us" in read


def test_a_wrapped_line_before_a_capital_joins_when_it_fills_the_width() -> None:
    lines = [
        "Every councillor shares the duty to act for the children in the care of the",
        "Council, and the board meets each term to check that they do so well enough.",
        "",
        "Our Vision",
        "Safe and happy children in every town of the district, helped early by people.",
        "",
    ]
    read = unprint_pages("\n".join(lines) + "\f")
    assert "in the care of the Council, and the board" in read
    assert "\n\nOur Vision\nSafe and happy" in read


def test_bullets_stay_lines_of_their_own_and_their_wrapped_words_join_them() -> None:
    text = (
        "    \u2022 to promote good health and\n"
        "      happiness for each child;\n"
        "    \u2022 to listen to them.\n\f"
    )
    assert unprint_pages(text) == (
        "    \u2022 to promote good health and happiness for each child;\n"
        "    \u2022 to listen to them.\n"
    )


def test_text_without_form_feeds_is_left_alone() -> None:
    text = "Our Values\n\nWe are fair-\nminded and open.\n"
    assert not is_printed_text(text)
    assert unprint_pages(text) == text


def test_words_broken_at_line_ends_are_mended() -> None:
    lines = ["We meet the fami-", "lies we serve at home,", "and we are well-", "being minded."]
    assert mend_broken_words(lines) == [
        "We meet the families",
        "we serve at home,",
        "and we are well-being",
        "minded.",
    ]


def test_a_word_broken_with_a_unicode_hyphen_is_mended_and_a_lone_rest_line_goes() -> None:
    assert mend_broken_words(["She knows the chil\u2010", "dren.", "Next line"]) == [
        "She knows the children.",
        "Next line",
    ]


def test_an_uploaded_pdftotext_text_is_read_without_its_page_furniture() -> None:
    text = _page(
        1,
        " Children's Services Policies, Values and\n Principles\n\n Our Aims\n We hel-\n p early.",
    )
    source = read_source((text + _page(2, " End")).encode(), "chapter.txt")
    assert source.source_format == "text"
    assert "Ashgrove" not in source.text
    assert "We help early." in source.text
    assert source.text.startswith(" Children's Services Policies, Values and Principles\n")


def test_page_counters_without_form_feeds_end_their_pages() -> None:
    text = (
        "Brindle Moor Council - Family Services Handbook\n"
        "Our Aims\n"
        "We help families early and we plan with\n"
        "Page 1 of 2\n"
        "Brindle Moor Council - Family Services Handbook\n"
        "them.\n"
        "Our Vision and\n"
        "Page 2 of 2\n"
    )
    assert mark_counted_pages(text).count("\f") == 2
    assert unprint_pages(text) == (
        "Our Aims\nWe help families early and we plan with them.\nOur Vision and\n"
    )


def test_a_heading_split_by_a_counted_page_break_is_one_line_again() -> None:
    page = "Rushmere Council Handbook\n{body}\nRushmere Council Handbook   Page {n} of 2\n"
    text = page.format(body="We listen.\n5. Our Vision and", n=1) + page.format(
        body="Rationale\nWe aim high.", n=2
    )
    assert "5. Our Vision and Rationale\n" in unprint_pages(text)
    assert "Rushmere" not in unprint_pages(text)


def test_one_page_counter_or_counters_out_of_order_mark_no_pages() -> None:
    assert mark_counted_pages("Intro\nPage 1 of 4\nMore\n") == "Intro\nPage 1 of 4\nMore\n"
    shuffled = "A\nPage 2 of 4\nB\nPage 1 of 4\nC\n"
    assert mark_counted_pages(shuffled) == shuffled
    two_totals = "A\nPage 1 of 4\nB\nPage 2 of 5\nC\n"
    assert mark_counted_pages(two_totals) == two_totals


def test_a_counter_inside_a_sentence_is_no_page_line() -> None:
    text = "See the form on page 1 of 2 in the pack.\nAlso see page 2 of 2.\n"
    assert mark_counted_pages(text) == text


def test_layout_table_rows_stay_lines_while_wrapped_cells_join() -> None:
    text = (
        "    Act                      What it does\n"
        "    Children Act 1989        Duties to children in need,\n"
        "                             and to their families\n"
        "    Adoption Act 2002        Adoption and special guardianship\n"
        "\f"
    )
    assert unprint_pages(text) == (
        "    Act                      What it does\n"
        "    Children Act 1989        Duties to children in need,\n"
        "                             and to their families\n"
        "    Adoption Act 2002        Adoption and special guardianship\n"
    )


def test_a_justified_paragraph_joins_with_single_spaces() -> None:
    text = (
        "      Restorative  Practice  is  the  model  that  underpins  our  work  with\n"
        "      families.\n\f"
    )
    assert unprint_pages(text) == (
        "      Restorative Practice is the model that underpins our work with families.\n"
    )


def test_a_numbered_heading_under_a_wrapped_title_stays_a_line_of_its_own() -> None:
    text = (
        "Rushmere Handbook\nFamily Policies, Values and\nPrinciples\n1 Scope of this Chapter\n"
        "This chapter covers all staff.\nPage 1 of 2\n\f"
        "Rushmere Handbook\nWe help until they reach\n21, and up to 25 if they ask.\n"
        "Page 2 of 2\n\f"
    )
    assert unprint_pages(text) == (
        "Family Policies, Values and Principles\n1 Scope of this Chapter\n"
        "This chapter covers all staff.\n\nWe help until they reach 21, and up to 25 if they ask.\n"
    )


def test_a_counter_run_on_from_words_or_on_a_very_long_line_marks_no_page() -> None:
    text = "Read page 1 of 2\nMore words\nRead page 2 of 2\n"
    assert mark_counted_pages(text) == text
    long_line = "x " * 200 + "  Page 1 of 2"
    text = f"{long_line}\nbody\n{long_line.replace('1 of', '2 of')}\n"
    assert mark_counted_pages(text) == text
