"""The chapter's region on a web page: found by the extractor, rendered by the chrome rules."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from app.errors import InvalidSource
from app.families import get_family
from app.ingest import read_source, read_source_file
from app.ingest.html_render import MAX_NESTING_DEPTH, render_html
from app.ingest.main_content import MAX_EXTRACTOR_ELEMENTS, locate_main_content
from app.sections import split_sections
from tests.conftest import CASES_DIR
from tests.sections.helpers import assert_tiles

INGEST_CASES = CASES_DIR / "ingest"


def _text(name: str) -> str:
    return read_source_file(INGEST_CASES / name).text


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


@pytest.mark.parametrize(
    "chrome",
    [
        "We use some essential cookies",
        "Accept all",
        "Skip to main content",
        "logo",
        "Sign in",
        "Bins and recycling",
        "Social care and health",
        "Related pages",
        "Become a foster carer",
        "Contact the team",
        "01234 567890",
        "Was this page useful",
        "Report a problem",
        "Privacy notice",
        "Follow us",
        "\u00a9",
    ],
)
def test_a_cms_page_without_main_keeps_no_chrome(chrome: str) -> None:
    assert chrome not in _text("web-cms-content-div.html")


def test_a_cms_page_without_main_keeps_every_heading_and_its_closing_line() -> None:
    text = _text("web-cms-content-div.html")
    assert _headings(text) == [
        "# Our Values and Principles in Children's Services",
        "## 1. Introduction",
        "## 2. What We Believe",
        "## 3. Being a Good Corporate Parent",
        "## 4. Sharing Information",
    ]
    assert "- the Children and Social Work Act 2017.\n\nEvery practitioner" in text
    assert text.endswith("at risk.\n\nLast reviewed: 3 February 2025\n")


def test_a_table_layout_renders_the_chapters_cell_as_blocks_not_as_a_row() -> None:
    text = _text("web-table-layout.html")
    assert text.startswith("# Children's Services Policies, Values and Principles\n\n")
    assert "## 2. Key Values\n\nWe believe that every child" in text
    assert " | " not in text
    for chrome in ("Fostering", "Quick links", "Pay for it", "A to Z", "Privacy", "2024 |"):
        assert chrome not in text
    assert text.endswith("if they want that help.\n\nEnd\n")


def test_boxes_inside_main_go_and_the_banner_title_stays() -> None:
    text = _text("web-main-with-extras.html")
    assert text.startswith("# Children's Services Policies, Values and Principles\n\n## Scope")
    for chrome in ("Related pages", "Placements for children", "Was this page useful",
                   "Yes No", "Kingsmere Council", "LinkedIn", "Logo"):  # fmt: skip
        assert chrome not in text
    assert text.endswith("before any other step is taken.\n")


def test_a_link_dense_list_the_extractor_drops_stays_in_the_chapter() -> None:
    legislation = "".join(
        f'<li><a href="/law/{year}">Children Act {year}</a></li>' for year in (1989, 2004, 2014)
    )
    html = (
        "<html><body><div class='menu-col'><a href='/'>Home</a></div><div class='copy'>"
        "<h1>Policies and Values</h1>"
        + "<p>This policy sets out how the service works with children and families. </p>" * 4
        + f"<p>It is underpinned by:</p><ul>{legislation}</ul>"
        + "<p>Every practitioner follows these values in their daily work with families.</p>"
        + "</div></body></html>"
    )
    text = render_html(html)
    assert "- Children Act 1989\n- Children Act 2004\n- Children Act 2014\n" in text


def test_a_scope_box_beside_the_body_is_kept_with_it() -> None:
    html = (
        "<html><body><div class='left'><ul><li><a href='/a'>Adults</a></li>"
        "<li><a href='/c'>Children</a></li></ul></div><div class='page'>"
        "<div class='intro-box'><h2>Scope of this chapter</h2>"
        "<p>This chapter provides the context for all procedures.</p></div>"
        "<div class='body-text'><h2>1. Introduction</h2>"
        + "".join(
            f"<p>Paragraph {number} sets out how we work with children and their families.</p>"
            for number in range(6)
        )
        + "</div></div></body></html>"
    )
    text = render_html(html)
    assert text.startswith("## Scope of this chapter\n\nThis chapter provides the context")
    assert "Adults" not in text


def test_the_extractor_is_not_trusted_with_a_page_of_too_little_text() -> None:
    tree = LexborHTMLParser(
        "<html><body><div><p>Our Values</p><p>We listen.</p></div></body></html>"
    )
    assert tree.body is not None
    assert locate_main_content(tree.html or "", tree.body) is None
    assert render_html(tree.html or "") == "Our Values\n\nWe listen.\n"


def test_a_page_with_more_elements_than_a_chapter_skips_the_extractor_and_stays_fast() -> None:
    html = "<html><body>" + "<div><p>We listen to children.</p></div>" * MAX_EXTRACTOR_ELEMENTS
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    started = time.process_time()
    assert locate_main_content(tree.html or "", tree.body) is None
    assert time.process_time() - started < 1
    started = time.process_time()
    assert render_html(html).count("We listen to children.") == MAX_EXTRACTOR_ELEMENTS
    assert time.process_time() - started < 10


def test_nesting_just_within_the_limit_repeated_to_the_upload_bound_keeps_every_paragraph() -> None:
    depth = MAX_NESTING_DEPTH - 2
    page = ("<div>" * depth + "<p>Deep words of the chapter.</p>" + "</div>" * depth) * 340
    assert len(page) > 1_900_000
    source = read_source(f"<html><body>{page}</body></html>".encode(), "deep.html")
    assert source.text.count("Deep words of the chapter.") == 340


_TAGS = ["div", "p", "section", "main", "article", "td", "table", "tr", "ul", "ol", "li",
         "h1", "h2", "h3", "strong", "b", "span", "a", "br", "nav", "header", "footer",
         "aside"]  # fmt: skip
_WORDS = ["Related pages", "Skip to content", "1. Introduction", "• Children Act 1989;",
          "- item", "a) lettered", "Our Values", "We listen to children and act on it.",
          "Home > Children > Policies", "Was this page useful?", "Yes No", "End", "  ",
          "x"]  # fmt: skip


@st.composite
def _html(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 6 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            attributes = draw(
                st.sampled_from(["", ' class="content"', ' class="sidebar"', ' role="main"'])
            )
            parts.append(f"<{tag}{attributes}>{draw(_html(depth + 1))}</{tag}>")
        else:
            parts.append(draw(st.sampled_from(_WORDS)))
    return "".join(parts)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_html(), padding=st.integers(0, 40))
def test_rendering_any_html_never_raises_and_its_text_is_tiled_by_sections(
    body: str, padding: int
) -> None:
    filler = "<p>This policy sets out how we work with children and families.</p>" * padding
    try:
        text = render_html(f"<html><body>{body}{filler}</body></html>")
    except InvalidSource:
        pytest.fail("only nesting deeper than the limit is refused")
    outline = split_sections(text, get_family().kinds, "markdown")
    assert_tiles(outline)


@pytest.mark.parametrize(
    "wrapper",
    ['id="content"', 'class="content"', 'class="pagewrap"'],
    ids=["landmark", "loose", "none"],
)
def test_a_scope_box_and_contents_list_beside_the_body_are_never_lost(wrapper: str) -> None:
    html = (INGEST_CASES / "web-procedures-scope-box.html").read_text(encoding="utf-8")
    text = render_html(html.replace('id="content"', wrapper))
    assert text.startswith(
        "# Children's Services Policies, Values and Principles\n\n## SCOPE OF THIS CHAPTER\n\n"
    )
    assert "- Working Together to Safeguard Children\n" in text
    assert "### AMENDMENT\n\nIn June 2025, this chapter was updated." in text
    assert "## Contents\n\n1. Introduction\n2. Key Values\n" in text
    assert text.endswith("what is shared and why.\n\nEnd\n")
    for chrome in ("Lowfield Children's Services Procedures", "Updates", "Privacy", "Cookies"):
        assert chrome not in text
