"""HTML pages: the chapter comes out as markdown-flavoured text, the site chrome does not."""

from __future__ import annotations

import re
import time

import pytest

from app.errors import EmptySource, InvalidSource
from app.ingest import read_source, read_source_file
from app.ingest.html_render import (
    MAX_NESTING_DEPTH,
    attribute_words,
    canonical_phrase,
    load_chrome_cues,
    nesting_depth_estimate,
)
from tests.conftest import CASES_DIR

INGEST_CASES = CASES_DIR / "ingest"


def _render(body: str) -> str:
    return read_source(f"<!doctype html><html><body>{body}</body></html>".encode()).text


@pytest.fixture(scope="module")
def council_page() -> str:
    source = read_source_file(INGEST_CASES / "council-page-with-chrome.html")
    assert (source.source_format, source.text_syntax) == ("html", "markdown")
    return source.text


@pytest.mark.parametrize(
    "chrome",
    [
        "Skip to content",
        "Accept cookies",
        "Cookies on this site",
        "We place small files",
        "Cookie settings",
        "Schools and learning",
        "Search the site",
        "Children and families",
        "Procedures manual",
        "Register for updates",
        "Tell us your email",
        "Back to top",
        "Share on social media",
        "Related pages",
        "Fostering with us",
        "All rights reserved",
        "Accessibility statement",
        "Westmarsh Borough Council",
        "TRACKING-SCRIPT-TEXT",
        "FOOTER-SCRIPT-TEXT",
        "IFRAME-FALLBACK-TEXT",
        "font-family",
        "dataLayer",
    ],
)
def test_site_chrome_scripts_and_styles_are_gone(council_page: str, chrome: str) -> None:
    assert chrome not in council_page


def test_the_chapter_starts_with_its_title_as_a_level_one_heading(council_page: str) -> None:
    assert council_page.startswith("# Looking After Children: Our Commitments\n\n")


def test_headings_keep_their_level_and_numbering(council_page: str) -> None:
    headings = re.findall(r"^#+ .*$", council_page, re.MULTILINE)
    assert headings == [
        "# Looking After Children: Our Commitments",
        "## Scope of this chapter",
        "## 1. Introduction",
        "### 1.1 Who this applies to",
        "## 2. How we support care leavers",
    ]


def test_list_items_are_dash_lines_in_one_tight_list(council_page: str) -> None:
    assert (
        "including:\n\n- Children Act 1989;\n- Children and Social Work Act 2017;\n"
        "- Equality Act 2010.\n\n### 1.1" in council_page
    )


def test_ordered_lists_are_numbered_and_nested_lists_indented_under_their_item(
    council_page: str,
) -> None:
    assert (
        "1. We keep in touch until a young person turns 21.\n"
        "2. Where they are in education or training, support continues to 25.\n"
        "   - Personal advisers stay the same where possible.\n"
        "   - Accommodation costs are reviewed every six months.\n"
        "3. We plan for permanence within four months.\n"
    ) in council_page


def test_table_rows_become_lines_of_cells(council_page: str) -> None:
    assert (
        "Contacts by age\n\nAge | Contact\n"
        "16\u201318 | Monthly visits\n18\u201325 | Every eight weeks\n"
    ) in council_page


def test_entities_are_decoded_and_inline_elements_flattened(council_page: str) -> None:
    assert "Children\u2019s Social Care National Framework" in council_page
    assert "law & guidance" in council_page
    assert "works with children and their carers." in council_page
    assert "works with Cared for Children, care leavers and their families." in council_page
    assert "\u00a0" not in council_page and "&" + "amp;" not in council_page


def test_blockquotes_and_meta_lines_inside_the_content_are_kept(council_page: str) -> None:
    assert "\n\n“Children come first, always.”\n" in council_page
    assert "Last reviewed: 14 March 2025" in council_page


def test_a_page_without_main_uses_its_content_block_and_keeps_the_banner_title() -> None:
    text = read_source_file(INGEST_CASES / "saved-page-no-main.txt").text
    assert text.startswith("# Family Safeguarding: Values and Principles\n\nAbout this chapter\n")
    assert "## Our Values\n\nWe believe" in text
    assert "safe.\nWe work with families, not to them." in text
    for chrome in ("Skip to main content", "Contact us", "Northfold", "Libraries",
                   "Was this page helpful", "Print this page", "Register for updates"):  # fmt: skip
        assert chrome not in text


def test_an_html_fragment_renders_without_a_document_wrapper() -> None:
    text = read_source_file(INGEST_CASES / "fragment-saved-as-text.txt").text
    assert text == (
        "## Key Principles\n\n"
        "Families come first: we help parents to care for their own children.\n\n"
        "- Kinship care is considered before any other placement;\n"
        "- Plans for permanence are made within four months.\n\n"
        "Last Updated: 2 April 2024\n"
    )


def test_script_iframe_and_template_content_never_appears() -> None:
    payload = "<script>var SECRET_A=1;</script><iframe>SECRET_B</iframe>" * 200
    text = _render(
        f"<h1>Values</h1>{payload}<p>Kept<script>SECRET_C</script> text"
        "<template><p>SECRET_D</p></template><noscript>SECRET_E</noscript></p>"
        "<svg><text>SECRET_F</text></svg><object>SECRET_G</object>"
    )
    assert text == "# Values\n\nKept text\n"


def test_breaks_become_newlines_and_whitespace_collapses() -> None:
    assert _render("<p>one\n   two<br>three <br/>  four</p>") == "one two\nthree\nfour\n"


def test_double_breaks_split_paragraphs() -> None:
    assert _render("<p>2. Key Values<br><br>We listen.</p>") == "2. Key Values\n\nWe listen.\n"


def test_breaks_inside_a_list_item_stay_inside_the_item() -> None:
    assert _render("<ul><li>first<br>continued</li><li>second</li></ul>") == (
        "- first\n  continued\n- second\n"
    )


def test_paragraphs_inside_an_item_join_the_item() -> None:
    assert _render("<ol><li><p>Being healthy</p><p>and active</p></li></ol>") == (
        "1. Being healthy and active\n"
    )


def test_ordered_lists_honour_start_and_value() -> None:
    assert _render('<ol start="4"><li>d</li><li value="9">i</li><li>j</li></ol>') == (
        "4. d\n9. i\n10. j\n"
    )


def test_adjacent_lists_are_separated_by_a_blank_line() -> None:
    assert _render("<ul><li>a</li></ul><ul><li>b</li></ul>") == "- a\n\n- b\n"


def test_lists_three_levels_deep_indent_two_spaces_per_bullet_level() -> None:
    html = "<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ul>"
    assert _render(html) == "- a\n  - b\n    - c\n- d\n"


def test_text_after_a_nested_list_continues_its_item() -> None:
    html = "<ul><li>a<ul><li>b</li></ul>tail</li></ul>"
    assert _render(html) == "- a\n  - b\n  tail\n"


def test_headings_inside_cells_and_items_do_not_break_the_row() -> None:
    html = (
        "<table><tr><td><h3>Age</h3><p>21</p></td>"
        "<td><ul><li>x</li><li>y</li></ul></td></tr></table>"
    )
    assert _render(html) == "Age 21 | x y\n"


def test_nested_tables_flatten_into_their_cell() -> None:
    html = (
        "<table><tr><td>outer</td>"
        "<td><table><tr><td>in1</td><td>in2</td></tr></table></td></tr></table>"
    )
    assert _render(html) == "outer | in1 in2\n"


def test_preformatted_text_keeps_its_lines() -> None:
    assert _render("<pre>line one\n  line two</pre>") == "line one\n  line two\n"


def test_headers_and_footers_inside_the_article_are_the_chapters_own() -> None:
    html = (
        "<header><p>Site name</p></header>"
        "<article><header><h1>Our Values</h1></header><p>Body text.</p>"
        "<footer><p>Last Updated: May 22, 2024</p></footer></article>"
        "<footer><p>Site footer</p></footer>"
    )
    assert _render(html) == "# Our Values\n\nBody text.\n\nLast Updated: May 22, 2024\n"


def test_hidden_and_role_marked_elements_are_dropped() -> None:
    html = (
        '<div hidden>H1</div><div aria-hidden="true">H2</div><div style="display: none">H3</div>'
        '<div role="navigation">H4</div><div role="search">H5</div><p>Visible</p>'
    )
    assert _render(html) == "Visible\n"


def test_a_layout_wrapper_named_like_chrome_is_not_dropped_with_the_chapter() -> None:
    html = (
        '<div class="content-with-sidebar"><h1>Key Principles</h1><p>'
        + "Families come first. " * 20
        + '</p><div class="sidebar">Quick links</div></div>'
    )
    text = _render(html)
    assert text.startswith("# Key Principles\n\nFamilies come first.")
    assert "Quick links" not in text


def test_chrome_phrases_are_dropped_only_as_whole_blocks() -> None:
    html = (
        "<p>Skip to main content</p><h2>Register for updates</h2><p>» Back to top ↑</p>"
        "<p>Please print this page and share it with carers.</p>"
    )
    assert _render(html) == "Please print this page and share it with carers.\n"


def test_a_page_of_nothing_but_chrome_is_an_empty_source() -> None:
    with pytest.raises(EmptySource, match="no readable text once scripts"):
        _render("<nav>Home</nav><script>x()</script><footer>Copyright</footer>")


def test_deeply_nested_markup_within_the_limit_renders_without_recursion_errors() -> None:
    depth = MAX_NESTING_DEPTH - 2
    text = _render("<div>" * depth + "<p>deep text</p>" + "</div>" * depth)
    assert text == "deep text\n"


def test_paragraphs_and_items_without_end_tags_do_not_count_as_nesting() -> None:
    html = "<ul>" + "<li>item <p>para " * 5000 + "</ul>"
    assert nesting_depth_estimate(html) == 1
    assert _render(html).count("- item") == 5000


@pytest.mark.parametrize("element", ["div", "b", "ul><li", "table><tr><td", "blockquote"])
def test_pathologically_deep_nesting_is_refused_quickly(element: str) -> None:
    html = f"<{element}>x " * 100_000
    started = time.process_time()
    with pytest.raises(InvalidSource, match=r"nests elements about [\d,]+ levels deep.*To fix"):
        _render(html)
    assert time.process_time() - started < 5


def test_the_chrome_cues_are_loaded_from_data() -> None:
    cues = load_chrome_cues()
    assert "script" in cues.drop_tags
    assert ("skip", "link") in cues.class_cues
    assert "register for updates" in cues.phrases


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("govuk-skip-link", ["govuk", "skip", "link"]),
        ("mainNav site_header", ["main", "nav", "site", "header"]),
        ("c-breadcrumbs__list", ["c", "breadcrumbs", "list"]),
    ],
)
def test_attribute_values_split_into_words(value: str, words: list[str]) -> None:
    assert attribute_words(value) == words


def test_phrases_compare_without_case_spacing_or_edge_punctuation() -> None:
    assert canonical_phrase("  » Back   to TOP ↑ ") == "back to top"


def test_images_inside_a_paragraph_do_not_split_it() -> None:
    assert _render('<p>Call us <img src="phone.png" alt="phone"> today.</p>') == "Call us today.\n"


def test_chrome_links_inside_prose_are_dropped_but_one_word_links_are_kept() -> None:
    html = (
        '<div><a href="#main">Skip to main content</a> Welcome to the procedures manual.</div>'
        '<p>Return to the <a href="/">home</a> page or <a href="#">print</a> it.</p>'
    )
    assert _render(html) == (
        "Welcome to the procedures manual.\n\nReturn to the home page or print it.\n"
    )


def test_long_runs_of_separators_and_long_links_render_in_linear_time() -> None:
    started = time.process_time()
    assert _render("<ul><li>a" + "<div></div>" * 50_000 + "b</li></ul>") == "- a b\n"
    assert _render("<p><a>" + "!" * 500_000 + "a</a> x</p>").endswith("a x\n")
    assert time.process_time() - started < 5


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p><strong>Our Values</strong></p>",
        "<p><b>Our Values</b></p>",
        "<div><strong>Our Values</strong></div>",
        "<p><span><strong>Our Values</strong></span></p>",
        "<p><strong><em>Our</em> Values</strong> </p>",
        "<p><strong>Our</strong> <b>Values</b></p>",
    ],
)
def test_a_paragraph_wholly_in_bold_and_title_like_is_a_heading(paragraph: str) -> None:
    assert _render(paragraph + "<p>We listen to children.</p>") == (
        "## Our Values\n\nWe listen to children.\n"
    )


def test_pseudo_headings_under_real_headings_are_written_as_bold_lines() -> None:
    # decision 0254: the section planner ranks the line, as it ranks a markdown bold line
    html = (
        "<h1>Policies</h1><h2>3. Key Outcomes</h2><h3>3.1 Health</h3>"
        "<p><strong>Being healthy</strong></p><p>Children see a doctor when they need to.</p>"
    )
    assert _render(html) == (
        "# Policies\n\n## 3. Key Outcomes\n\n### 3.1 Health\n\n**Being healthy**\n\n"
        "Children see a doctor when they need to.\n"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p>We will <strong>always</strong> listen to children.</p>",
        "<p><strong>Please note:</strong> this chapter is read with the local procedures.</p>",
        "<p><strong>Always contact the duty team first.</strong></p>",
        "<p><strong>Key principles:</strong></p>",
        "<p><strong>Updated in May 2024</strong></p>",
        "<p><strong>every child matters to us</strong></p>",
        "<p><strong>" + "Very " * 13 + "Long</strong></p>",
        "<p><strong>Our Values</strong><img src='x.png' alt='x'></p>",
    ],
)
def test_bold_sentences_run_in_labels_and_stamps_stay_paragraphs(paragraph: str) -> None:
    assert not _render(paragraph).startswith("#")


def test_a_bold_line_inside_a_list_item_or_a_cell_is_not_a_heading() -> None:
    text = _render(
        "<ul><li><p><strong>Being safe</strong></p></li></ul>"
        "<table><tr><td><p><b>Age</b></p></td><td>21</td></tr></table>"
    )
    assert text == "- Being safe\n\nAge | 21\n"


@pytest.mark.parametrize("bullet", ["\u2022", "-", "\u2013", "\u00b7", "*", "\u25aa"])
def test_break_separated_bulleted_lines_become_a_list(bullet: str) -> None:
    html = f"<p>It draws on:<br>{bullet} Children Act 1989;<br>{bullet} Children Act 2004.</p>"
    assert _render(html) == "It draws on:\n\n- Children Act 1989;\n- Children Act 2004.\n"


def test_break_separated_numbered_and_lettered_lines_become_lists() -> None:
    assert _render("<p>1. Listen;<br>2) Record;<br>3. Act.</p>") == (
        "1. Listen;\n2) Record;\n3. Act.\n"
    )
    assert _render("<p>a) first;<br>(b) second;<br>(iii) third.</p>") == (
        "- a) first;\n- (b) second;\n- (iii) third.\n"
    )


def test_other_break_lines_stay_line_breaks_around_a_break_list() -> None:
    html = "<p>Write to:<br>Family House<br>- Floor 2<br>- Room 4<br>High Street</p>"
    assert _render(html) == "Write to:\nFamily House\n\n- Floor 2\n- Room 4\n\nHigh Street\n"


def test_one_dash_led_break_line_is_not_a_list() -> None:
    html = "<p>Our address:<br>- see the contacts page<br>Kingsmere House</p>"
    assert _render(html) == "Our address:\n- see the contacts page\nKingsmere House\n"


def test_a_box_heading_drops_its_box_up_to_the_next_heading_of_its_level() -> None:
    html = (
        "<h2>1. Introduction</h2><p>We work with families.</p>"
        "<h2>Related pages</h2><h3>Fostering</h3><ul><li>Become a foster carer</li></ul>"
        "<h2>2. Key Values</h2><p>We listen.</p>"
    )
    assert _render(html) == (
        "## 1. Introduction\n\nWe work with families.\n\n## 2. Key Values\n\nWe listen.\n"
    )


def test_a_block_opening_with_a_box_heading_goes_whole_unless_it_wraps_the_chapter() -> None:
    box = (
        "<div class='col-4'><p><strong>In this section</strong></p><ul><li>Adoption</li></ul>"
        "<p>Call 0100 000 0000.</p></div>"
    )
    assert _render(f"<p>We listen to children.</p>{box}") == "We listen to children.\n"
    wrapper = (
        "<div class='layout'><h2>Related pages</h2><p>Contents of the wrapper.</p><h2>Values</h2>"
        + "<p>We listen to children and act on what they tell us.</p>" * 8
        + "</div>"
    )
    assert "act on what they tell us" in _render(wrapper)


@pytest.mark.parametrize(
    "heading",
    [
        "<h3><button type='button'>{}</button></h3>",
        "<details><summary><button>{}</button></summary>",
    ],
)
def test_an_accordion_heading_written_as_a_button_keeps_its_words(heading: str) -> None:
    """Accordions put each section's heading in a <button>; buttons elsewhere are chrome."""
    body = heading.format("Support for care leavers") + (
        "<p>Care leavers are supported by a personal adviser until they are 25.</p>"
        "<button>Print this page</button>"
    )
    if body.startswith("<details>"):
        body += "</details>"
    text = _render(f"<main><h1>Policies</h1>{body}</main>")
    assert "Support for care leavers" in text
    assert "Print this page" not in text


def test_a_definition_list_is_a_list_of_terms_each_with_its_meaning_under_it() -> None:
    text = _render(
        "<h1>Policies</h1><h2>Key terms</h2><dl><dt>Care leaver</dt>"
        "<dd>A young person who was looked after.</dd><dt>Child in need</dt>"
        "<dd>A child who needs services.</dd></dl><p>After the list.</p>"
    )
    assert (
        "## Key terms\n\n- Care leaver\n  A young person who was looked after.\n"
        "- Child in need\n  A child who needs services.\n\nAfter the list." in text
    )


def test_a_hidden_tab_panel_is_the_chapters_text() -> None:
    html = (
        '<ul role="tablist"><li><a role="tab" href="#a">Aims</a></li>'
        '<li><a role="tab" href="#b">Duties</a></li></ul>'
        '<div role="tabpanel" id="a"><h2>Aims</h2><p>We aim high for every child.</p></div>'
        '<div role="tabpanel" id="b" hidden><h2>Duties</h2><p>The council is a parent.</p></div>'
        '<div role="tabpanel" id="c" aria-hidden="true"><p>Another panel, hidden too.</p></div>'
    )
    text = _render(html)
    assert "## Duties\n\nThe council is a parent." in text
    assert "Another panel, hidden too." in text
    assert "- Aims" not in text  # the tab list is the page's control, not the chapter's text


def test_hidden_elements_that_are_no_tab_panels_are_still_dropped() -> None:
    html = (
        '<div id="menu" hidden><p>Mobile menu</p></div>'
        '<div role="dialog" hidden><p>Are you sure?</p></div>'
        "<p>Visible text of the chapter.</p>"
    )
    assert _render(html) == "Visible text of the chapter.\n"


def test_a_tab_panel_without_a_heading_takes_its_tabs_label() -> None:
    html = (
        "<main><h1>Family Help Policy</h1><h2>Who this is for</h2><p>Everyone in early help.</p>"
        '<ul class="nav nav-tabs"><li><a data-bs-toggle="tab" href="#p1">Our Aims</a></li>'
        '<li><a role="tab" aria-controls="p2" href="#">Our Duties</a></li></ul>'
        '<div class="tab-content"><div class="tab-pane active" id="p1"><p>We aim high.</p></div>'
        '<div class="tab-pane" id="p2" hidden><p>The council is a parent.</p></div></div></main>'
    )
    text = _render(html)
    assert "## Our Aims\n\nWe aim high." in text
    assert "## Our Duties\n\nThe council is a parent." in text


def test_a_tab_panel_that_opens_with_its_label_keeps_its_own_heading() -> None:
    html = (
        '<ul role="tablist"><li><a role="tab" href="#p1">Our Aims</a></li></ul>'
        '<div role="tabpanel" id="p1"><h3>Our aims</h3><p>We aim high.</p></div>'
    )
    text = _render(html)
    assert text.count("Our Aims") + text.count("Our aims") == 1
    assert "### Our aims\n\nWe aim high." in text
