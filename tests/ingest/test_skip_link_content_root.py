"""The element a page's own skip link jumps to is its content root where no selector names one
(decision 0393): an old manual page whose menu and chapter list sit in unnamed `<div>`s beside
the chapter. Each page is written for this test in our own words."""

from __future__ import annotations

import pytest

from app.ingest.html_render import render_html

CHAPTER = """
<h1>Children's Services Policies, Values and Principles</h1>
<p>This chapter applies to everyone who works in Marrowby's children's services, and it was
amended in April 2026 to describe the new offer to care leavers.</p>
<h4>Our duties</h4>
<p>We work within the Children Act 1989 and the Children and Social Work Act 2017, and we
follow the statutory guidance that goes with them in every part of the service.</p>
<h4>Moving on</h4>
<p>Care leavers keep a personal adviser until they are 21, and until 25 if they ask for one,
and their pathway plan is written with them rather than for them.</p>
"""

MENUS = """
<div class="l"><ul><li>Children's Services Policies, Values and Principles</li>
<li><a href="/ch2">Case Recording Standards</a></li><li><a href="/ch3">Staff Supervision</a></li>
</ul></div>
"""


def _page(skip_words: str, target: str) -> str:
    return (
        f'<html><body><div class="t"><a href="#{target}">{skip_words}</a>'
        '<ul><li><a href="/">Home</a></li><li><a href="/all">All chapters</a></li></ul></div>'
        f'{MENUS}<div id="{target}">{CHAPTER}</div>'
        '<div class="f">&copy; 2026 Marrowby Council</div></body></html>'
    )


@pytest.mark.parametrize(
    ("skip_words", "target"),
    [
        ("Skip to content", "c"),
        ("Skip to the chapter", "chapter-text"),
        ("Jump to main content", "body-text"),
    ],
)
def test_a_skip_links_target_is_the_chapter(skip_words: str, target: str) -> None:
    text = render_html(_page(skip_words, target))
    assert text.startswith("# Children's Services Policies, Values and Principles")
    assert "Case Recording Standards" not in text
    assert "All chapters" not in text
    assert "Marrowby Council" not in text.split("Moving on")[1]
    assert "#### Moving on" in text


def test_a_skip_link_to_the_navigation_names_no_root() -> None:
    page = (
        '<html><body><div class="t"><a href="#ql">Skip to navigation</a></div>'
        f'<div id="ql">{MENUS}</div><div>{CHAPTER}</div></body></html>'
    )
    assert "Staff Supervision" in render_html(page)


def test_a_skip_link_to_an_empty_anchor_names_no_root() -> None:
    page = (
        '<html><body><div class="t"><a href="#c">Skip to content</a></div>'
        f'{MENUS}<a id="c"></a><div>{CHAPTER}</div></body></html>'
    )
    text = render_html(page)
    assert "We work within the Children Act 1989" in text


def test_a_skip_link_past_the_title_leaves_the_extractors_region_whole() -> None:
    paragraphs = "".join(
        f"<p>{sentence} The council reviews this part of its practice every year with the "
        "young people it looks after, and it records what they said and what changed.</p>"
        for sentence in (
            "Children are best brought up within their own families wherever that is safe.",
            "A plan for a permanent home is agreed within four months of a child coming into care.",
            "Care leavers keep a personal adviser until they are 21, and until 25 on request.",
            "Information about families is shared only where a child's safety needs it.",
            "Every councillor is a corporate parent to the children in the council's care.",
        )
    )
    page = (
        '<html><body><div class="t"><a href="#words">Skip to chapter text</a>'
        '<ul><li><a href="/">Home</a></li><li><a href="/all">All chapters</a></li></ul></div>'
        f'{MENUS}<div class="col"><h1>Children\'s Services Policies, Values and Principles</h1>'
        '<div class="box"><p>Amended in May 2026: the leaving care part was rewritten.</p></div>'
        f'<div id="words">{paragraphs}</div></div></body></html>'
    )
    text = render_html(page)
    assert "# Children's Services Policies, Values and Principles" in text
    assert "Amended in May 2026" in text


def test_a_manual_name_in_an_h1_the_skip_link_jumps_over_is_no_title() -> None:
    page = (
        '<html><body><div class="t"><a href="#c">Skip to content</a></div>'
        '<div class="b"><h1>Marrowby Children\'s Services Practice Manual</h1></div>'
        f'{MENUS}<div id="c">{CHAPTER.replace("<h1>", "<p>").replace("</h1>", "</p>")}</div>'
        "</body></html>"
    )
    text = render_html(page)
    assert "Practice Manual" not in text
    assert text.startswith("Children's Services Policies, Values and Principles")
