"""Text copied from a web page: chrome lines at its top and bottom are left out of the text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source, read_source_file
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_breadcrumb, is_chrome_line, strip_edge_chrome
from tests.conftest import CASES_DIR

COPIED_PAGE = CASES_DIR / "ingest" / "web-copied-as-text.txt"
CUES = load_chrome_cues()


@pytest.fixture(scope="module")
def copied_page():
    return read_source_file(COPIED_PAGE)


def test_the_text_opens_with_the_chapters_title_and_closes_with_its_last_sentence(
    copied_page,
) -> None:
    assert copied_page.text.startswith("Children's Services Policies, Values and Principles\n")
    assert copied_page.text.endswith("if they are in education or training.\n")


def test_the_original_bytes_keep_the_chrome(copied_page) -> None:
    assert copied_page.data == COPIED_PAGE.read_bytes()
    assert b"Skip to main content" in copied_page.data


def test_chrome_words_inside_the_chapter_stay(copied_page) -> None:
    assert "Please print this page for new starters, and share it" in copied_page.text
    assert "agencies.\nSearch\n2. Leaving Care" in copied_page.text


def test_the_title_is_the_first_real_line_and_no_section_holds_chrome(copied_page) -> None:
    outline = analyze(copied_page, get_family()).outline
    assert outline.title == "Children's Services Policies, Values and Principles"
    for section in outline.sections:
        for chrome in ("Skip to", "Logo", "Menu", "Home >", "Was this page", "Yes No", "\u00a9"):
            assert chrome not in section.text


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content",
        "Skip to main content",
        "Menu",
        "Search",
        "Search this site",
        "Home > Children and families > Policies",
        "Home \u203a Social care \u203a Children",
        "You are here: Home / Children / Procedures",
        "Print",
        "Print this page",
        "Share",
        "Accessibility",
        "Cookies",
        "Sign in",
        "Logo",
        "Ashcombe Council logo",
        "Logo Alt Text",
        "![Council logo](/logo.png)",
        "Back to top",
        "Was this page useful?",
        "Yes No",
        "Report a problem with this page",
        "\u00a9 2025 Ashcombe Council",
        "Copyright Ashcombe Council 2024",
        "Contact us",
        "Follow us on Facebook and Instagram",
        "## Related pages",
        "  **Print**  ",
    ],
)
def test_chrome_lines_by_phrase_or_shape(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Children's Services Policies, Values and Principles",
        "Home visits are made at least every six weeks.",
        "Home > a very long item that goes on and on and on like a sentence does in prose",
        "Contact us if you are worried about a child.",
        "Search and rescue teams support missing children.",
        "The logo of the partnership appears on every plan we write with families.",
        "Introduction",
        "End",
    ],
)
def test_lines_of_the_chapter_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_a_breadcrumb_needs_home_and_two_items() -> None:
    assert is_breadcrumb("Home > Policies")
    assert not is_breadcrumb("Home")
    assert not is_breadcrumb("Children > Policies > Values")


def test_a_text_of_nothing_but_chrome_is_left_as_it_is() -> None:
    assert strip_edge_chrome("Menu\nSearch\n", CUES) == "Menu\nSearch\n"


def test_a_text_without_chrome_is_unchanged_even_with_blank_edges() -> None:
    text = "\n\nOur Values\n\nWe listen.\n\n"
    assert strip_edge_chrome(text, CUES) == text


def test_markdown_copied_from_a_page_loses_its_chrome_lines_too() -> None:
    source = read_source(b"Skip to content\n\n# Our Values\n\nWe listen.\n\nBack to top\n", "a.md")
    assert source.text == "# Our Values\n\nWe listen.\n"


_LINES = st.sampled_from(
    ["Menu", "Search", "Home > Children > Policies", "Yes No", "", "Our Values",
     "We listen to children.", "Print this page", "End", "\u00a9 2025 Council"]
)  # fmt: skip


def _window_less_chrome(kept: list[str], lines: list[str]) -> bool:
    """`kept` is a run of consecutive `lines` with only chrome or blank lines left out of it."""
    if not kept:
        return True
    for start in range(len(lines)):
        position, matched = start, 0
        while position < len(lines) and matched < len(kept):
            if lines[position] == kept[matched]:
                matched += 1
            elif lines[position].strip() and not is_chrome_line(lines[position], CUES):
                break
            position += 1
        if matched == len(kept):
            return True
    return False


@settings(max_examples=200)
@given(lines=st.lists(_LINES, max_size=12), final_newline=st.booleans())
@example(  # a trail over a second head (a sentence, a menu, a trail): both heads go at once
    lines=[
        "Home > Children > Policies",
        "End",
        "We listen to children.",
        "Menu",
        "Home > Children > Policies",
        "We listen to children.",
    ],
    final_newline=False,
)
def test_only_whole_lines_go_and_inside_the_text_only_chrome(
    lines: list[str], final_newline: bool
) -> None:
    """Whole lines go, never part of one: runs at the edges, and chrome lines among the first
    few short lines under the title; a line that goes from inside the kept text is chrome."""
    text = "\n".join(lines) + ("\n" if final_newline else "")
    kept = strip_edge_chrome(text, CUES)
    assert strip_edge_chrome(kept, CUES) == kept
    assert _window_less_chrome(kept.splitlines(), text.splitlines())
    if kept != text:
        assert not is_chrome_line(kept.splitlines()[0], CUES)
        assert not is_chrome_line(kept.rstrip("\n").splitlines()[-1], CUES)


def test_a_lettered_item_closing_the_text_is_not_a_copyright_line() -> None:
    text = "Our Values\n(a) we listen;\n(b) we act;\n(c) the Equality Act 2010 applies.\n"
    assert strip_edge_chrome(text, CUES) == text
    assert is_chrome_line("(c) 2025 Ashcombe Council", CUES)


def test_the_text_of_an_upload_keeps_its_chapter_when_chrome_leads_it() -> None:
    source = read_source(b"Menu\nSearch\n\nOur Values\nWe listen.\n", "page.txt")
    assert source.text == "Our Values\nWe listen.\n"


SITE_PAGE = (
    "Skip to content\nOakridge County Council\nMenu\n"
    "* [Home](/)\n* [Children and families](/children)\n* [Social care procedures](/procedures)\n\n"
    "Children's Services Policies, Values and Principles\n\n"
    "This chapter gives the context for every procedure in the manual.\n\n"
    "Last updated: 3 February 2025\n\n"
    "Back to top\nWas this page useful? Yes No\n"
    "Oakridge County Council, County Hall, Oakridge OK1 2AB\n"
    "[Accessibility](/a) | [Privacy](/p) | [Contact us](/c)\n"
)


def test_a_sites_name_links_and_address_among_the_edge_chrome_go_with_it() -> None:
    text = strip_edge_chrome(SITE_PAGE, CUES)
    assert text.startswith("Children's Services Policies, Values and Principles\n")
    assert text.endswith("Last updated: 3 February 2025\n")


def test_a_title_followed_by_chrome_lines_is_kept() -> None:
    page = "Children's Services Policies, Values and Principles\nPrint this page\n\nThe text.\n"
    assert strip_edge_chrome(page, CUES).startswith("Children's Services Policies")


def test_rows_of_chrome_links_are_chrome_and_rows_of_words_are_not() -> None:
    assert is_chrome_line("[Accessibility](/a) | [Privacy](/p) | Cookies", CUES)
    assert not is_chrome_line("Accessibility | Our values | Privacy", CUES)


COOKIE_PAGE = (
    "Cookies on the Oakridge website\n"
    "We would like to set extra cookies to learn how you use the site.\n"
    "Accept additional cookies\nSkip to main content\nOakridge Council\nMenu\nHome\n"
    "Social care procedures\n"
    "Children's Services Policies, Values and Principles\n"
    "Share this page\nFacebook\nEmail\n"
    "Contents\nOur purpose\n"
    "This chapter explains what the service stands for and how its policies fit together.\n"
    "We share information only when the law allows. Email us with any questions.\n"
    "Share this page\nFacebook\nEmail\nIs this page useful?\nYes\nNo\n"
    "Report a problem on this page\n"
)


def test_a_cookie_banner_opening_the_page_goes_with_the_other_edge_chrome() -> None:
    text = strip_edge_chrome(COOKIE_PAGE, CUES)
    # The trail's step above the title goes too: the title's "Share this page" marks it as the
    # page's title, and the label lines between it and the site's chrome as the site's (decisions
    # 0073, 0117, 0120); it was kept when this test was written.
    assert text.startswith("Children's Services Policies")
    assert "Social care procedures" not in text
    assert "cookies" not in text.lower()


def test_share_and_print_lines_under_the_title_go_and_the_title_stays() -> None:
    text = strip_edge_chrome(COOKIE_PAGE, CUES)
    assert "Children's Services Policies, Values and Principles\nContents\n" in text
    assert "Share this page" not in text and "Facebook" not in text


def test_feedback_answers_and_share_targets_are_chrome_only_at_the_edges() -> None:
    text = strip_edge_chrome(COOKIE_PAGE, CUES)
    assert text.endswith("Email us with any questions.\n")
    assert is_chrome_line("Yes", CUES) and is_chrome_line("Email", CUES)
    middle = "Our Values\nWe listen.\nYes\nWe act.\n"
    assert strip_edge_chrome(middle, CUES) == middle


def test_a_chrome_phrase_below_the_chapters_first_prose_stays() -> None:
    page = "Our Values\nWe listen to children and act on what they say.\nPrint\nWe act.\n"
    assert strip_edge_chrome(page, CUES) == page


@pytest.mark.parametrize(
    "line",
    ["Share this page: Facebook X Email", "Share: LinkedIn, WhatsApp, Email", "Print | Share"],
)
def test_a_tool_label_with_its_targets_on_one_line_is_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line", ["Share this page: it explains our duties", "Contact us: email the duty team"]
)
def test_a_labelled_line_with_words_of_its_own_is_not_chrome(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_a_labelled_share_row_under_a_copied_pages_title_goes() -> None:
    page = (
        "Menu\nHome > Children > Policies\nShare this page: Facebook X Email\nPrint\n\n"
        "Our Policy\n\nWe listen to children.\n"
    )
    assert strip_edge_chrome(page, CUES).startswith("Our Policy\n")


def test_a_footer_row_of_links_ending_with_the_sites_address_is_chrome() -> None:
    """A footer row may close with the council's name and address; the links before it decide."""
    assert is_chrome_line(
        "Accessibility | Cookies and privacy | Contact us | Eastmere Council, Town Hall", CUES
    )
    assert is_chrome_line("Sign in | Accessibility | Eastmere Borough Council", CUES)
    page = (
        "Children's Services Policies, Values and Principles\n\n"
        "This chapter gives the context for every procedure in the manual.\n\n"
        "Accessibility | Cookies and privacy | Contact us | Eastmere Council, Town Hall\n"
    )
    assert strip_edge_chrome(page, CUES).endswith("every procedure in the manual.\n")


@pytest.mark.parametrize(
    "line",
    [
        "Accessibility | Privacy | Our values",  # a lower-case phrase is no site's name
        "Accessibility | Eastmere Council",  # one link is no row of them
        "Accessibility | Our values | Eastmere Council, Town Hall",  # a chapter's words inside
        "Accessibility | Privacy | We keep records safe.",  # a sentence
    ],
)
def test_rows_with_words_other_than_links_and_a_closing_address_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_back_to_top_lines_inside_a_copied_page_are_left_out() -> None:
    text = (
        "Our Policies\n\nWhy we have this chapter\nIt explains our policy.\nBack to top\n"
        "Our values\nWe are fair.\n\nReturn to top\n\nHow we work\nWe listen first.\n"
    )
    stripped = strip_edge_chrome(text, CUES)
    assert "top" not in stripped.lower()
    assert "It explains our policy.\nOur values\n" in stripped
    assert "We are fair.\n\nHow we work\n" in stripped


def test_a_sentence_about_going_back_to_the_top_is_the_chapters_own() -> None:
    text = "Our Policies\n\nWhy we have this chapter\nGo back to the top of the list.\nEnd.\n"
    assert strip_edge_chrome(text, CUES) == text
