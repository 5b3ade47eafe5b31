"""Weak web structure, round 80 (decision 0140): a PDF converted to HTML whose lines are each
placed by absolute position is read as the PDF it came from (paragraphs joined, headings by type
size, running lines and page numbers gone); Word's `MsoTitle` and `MsoHeadingN` classes are
headings; Word's `<o:p>` mark does not stop a bold paragraph being a heading; a bold line that
ends the page heads nothing; an `<h1>` whose one wrapper holds the whole title keeps it. Each
has a negative: a page with a few placed badges, a styled paragraph holding a sentence, a bold
line with text under it, a caption in an element of its own."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.positioned_html import markdown_blocks_as_html


def _render(body: str, head: str = "") -> str:
    page = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return read_source(page.encode()).text


_STYLE = (
    "<style>.ft0{font-size:21px;font-family:Arial}.ft1{font-size:16px;font-family:Arial}"
    ".ft2{font-size:12px;font-family:Arial}.ft3{font-size:9px}</style>"
)


def _placed(lines: list[tuple[str, str]], page: int) -> str:
    rows, top = [], 50
    for cls, text in lines:
        if text.startswith("Sheet "):
            top = 1190
        rows.append(
            f'<p style="position:absolute;top:{top}px;left:100px;white-space:nowrap" '
            f'class="{cls}">{text}</p>'
        )
        top += {"ft0": 30, "ft1": 32, "ft2": 16, "ft3": 40}[cls]
    return (
        f'<div id="page{page}-div" style="position:relative;width:890px;height:1260px;">'
        + "".join(rows)
        + "</div>"
    )


_PAGES = _placed(
    [
        ("ft3", "Ashby Fen Council procedures"),
        ("ft0", "Our Values and the Law We Work"),
        ("ft0", "Within"),
        ("ft1", "1. Who this is for"),
        ("ft2", "This guidance is for every worker who visits families in their"),
        ("ft2", "homes, and for the managers who check that work."),
        ("ft1", "2. The law"),
        ("ft2", "We follow these Acts:"),
        ("ft2", "\u2022 the Children Act 1989;"),
        ("ft2", "\u2022 the Children Act 2004."),
        ("ft3", "Sheet 1 of 2"),
    ],
    1,
) + _placed(
    [
        ("ft3", "Ashby Fen Council procedures"),
        ("ft1", "3. Keeping records"),
        ("ft2", "Workers write up each visit within two working days and keep"),
        ("ft2", "the record on the family's file."),
        ("ft3", "Sheet 2 of 2"),
    ],
    2,
)


def test_lines_placed_by_position_are_read_as_a_printed_page() -> None:
    text = _render("<div class='site-nav'><a href='/'>Home</a></div>" + _PAGES, _STYLE)
    assert "# Our Values and the Law We Work Within" in text
    assert "## 1. Who this is for" in text
    assert (
        "This guidance is for every worker who visits families in their homes, and for the "
        "managers who check that work." in text
    )
    assert "- the Children Act 1989;\n- the Children Act 2004." in text
    assert "## 3. Keeping records" in text
    assert "Sheet 1 of 2" not in text
    assert "Ashby Fen Council procedures" not in text


def test_a_few_placed_badges_leave_the_page_as_it_is() -> None:
    badges = "".join(
        f'<span style="position:absolute;top:{top}px;left:10px">Badge {top}</span>'
        for top in (10, 30)
    )
    text = _render(
        f"<div style='position:relative'>{badges}</div><h1>Our values</h1>"
        "<p>We listen to children.</p>"
    )
    assert "Badge 10" in text
    assert "# Our values" in text


def test_markdown_blocks_become_elements_and_items_apart_one_list() -> None:
    html = markdown_blocks_as_html("# Title\n\n## 2\\. Law\n\n- one;\n\n- two.\n\nA **bold** line.")
    assert html == (
        "<h1>Title</h1>\n<h2>2. Law</h2>\n<ul><li>one;</li><li>two.</li></ul>\n"
        "<p>A <strong>bold</strong> line.</p>"
    )


def test_word_title_and_heading_classes_are_headings() -> None:
    text = _render(
        "<div class='WordSection1'>"
        "<p class='MsoTitle'><span lang='EN-GB'>Our Work With Families<o:p></o:p></span></p>"
        "<p class='MsoNormal'>We help families to stay together where they can.</p>"
        "<p class='MsoHeading2'><span>Keeping Children Safe<o:p></o:p></span></p>"
        "<p class='MsoNormal'>Every worker shares the job of keeping children safe.</p>"
        "</div>",
        "<title>Our Work With Families | Ashby Fen Manual</title>",
    )
    assert text.startswith("# Our Work With Families\n")
    assert "## Keeping Children Safe" in text


def test_a_heading_class_on_a_sentence_is_not_a_heading() -> None:
    text = _render(
        "<h1>Our Work With Families</h1>"
        "<p class='MsoHeading2'>We help families to stay together where they can, and we say "
        "so when we cannot.</p>"
    )
    assert "## We help" not in text


def test_word_paragraph_marks_do_not_stop_bold_headings_and_a_closing_bold_line_is_text() -> None:
    text = _render(
        "<h1>Our Work With Families</h1>"
        "<h2>Who this is for</h2><p>Every worker who visits families.</p>"
        "<p class='MsoNormal'><b><span style='font-size:13pt'>Working Together<o:p></o:p>"
        "</span></b></p>"
        "<p class='MsoNormal'>Schools and doctors help us.</p>"
        "<h2>Records</h2><p>Write up each visit.</p>"
        "<p class='MsoNormal'><b><span>Sharing Information<o:p></o:p></span></b></p>"
        "<p class='MsoNormal'>We share only what we must.</p>"
        "<p class='MsoNormal' align='center'><b><span>End<o:p></o:p></span></b></p>"
    )
    assert "\n## Working Together\n" in text
    assert "\n## Sharing Information\n" in text
    assert text.rstrip().endswith("\n\nEnd")
    assert "# End" not in text


def test_a_bold_line_with_text_under_it_at_the_end_is_still_a_heading() -> None:
    text = _render(
        "<h1>Our Work With Families</h1><h2>Records</h2><p>Write up each visit.</p>"
        "<p><b>Sharing Information</b></p><p>We share only what we must.</p>"
    )
    assert "# Sharing Information" in text


def test_an_h1_wrapping_the_whole_title_keeps_words_before_the_page_name() -> None:
    text = _render(
        "<h1><span>Children's Services Policies, Values and Principles</span></h1>"
        "<p>This chapter sets out what we believe.</p>",
        "<title>Policies, Values and Principles | Ashby Fen Manual</title>",
    )
    assert text.startswith("# Children's Services Policies, Values and Principles")


def test_a_caption_in_its_own_element_is_still_trimmed_from_the_h1() -> None:
    text = _render(
        "<h1>Ashby Fen Manual<br>Policies, Values and Principles</h1>"
        "<p>This chapter sets out what we believe.</p>",
        "<title>Policies, Values and Principles</title>",
    )
    assert text.startswith("# Policies, Values and Principles")


def test_the_first_of_a_pages_bold_headings_before_any_text_is_its_title() -> None:
    text = _render(
        "<p class='MsoNormal' align='center'><b><span>Our Work With Families<o:p></o:p></span>"
        "</b></p>"
        "<p class='MsoNormal'><b><span>Who this is for<o:p></o:p></span></b></p>"
        "<p class='MsoNormal'>Every worker who visits families.</p>"
        "<p class='MsoNormal'><b><span>Records<o:p></o:p></span></b></p>"
        "<p class='MsoNormal'>Write up each visit.</p>",
        "<title>Ashby Fen Manual - Chapter 1</title>",
    )
    assert text.startswith("# Our Work With Families\n\n## Who this is for\n")
    assert "Ashby Fen Manual" not in text


def test_a_bold_first_line_under_a_heading_element_is_not_a_title() -> None:
    text = _render(
        "<h1>Our Work With Families</h1>"
        "<p><b>Who this is for</b></p><p>Every worker who visits families.</p>"
        "<p><b>Records</b></p><p>Write up each visit.</p>"
        "<p><b>Sharing</b></p><p>Only what we must.</p>"
    )
    assert text.startswith("# Our Work With Families\n\n## Who this is for\n")


def test_lines_placed_straight_in_the_body_are_left_in_place() -> None:
    lines = "".join(
        f'<p style="position:absolute;top:{top}px;left:100px">Line at {top}.</p>'
        for top in range(100, 200, 20)
    )
    text = _render(lines)
    assert "Line at 100." in text
    assert "Line at 180." in text
