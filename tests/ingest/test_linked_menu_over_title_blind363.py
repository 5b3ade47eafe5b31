"""A manual's contents kept as links above a converted page's title is the site's column
(decision 0534).

A page converted to markdown may keep the site's logo as a picture linking home and the
manual's chapter list as a list of links, perhaps under a short label, before the page's
own `# ` title. The list names the page itself among links to other pages: it is the site's
menu, not the chapter, and the title below it opens the chapter. Cases written for this test.
"""

from __future__ import annotations

import pytest

from app.ingest.read import load_chrome_cues
from app.ingest.web_text import (
    _after_a_linked_menu_naming_the_page,
    is_chrome_line,
    strip_edge_chrome,
)
from app.text import normalize_text
from tests.reading import read_kinds_and_headings

_TITLE = "Foster Care Standards, Values and Practice Principles"
_MENU = (
    "* [Kinship assessments](/guide/kinship)\n"
    "* [{number}Foster Care Standards, Values and Practice Principles](/guide/standards)\n"
    "* [Panel arrangements](/guide/panel)\n"
    "* [Allowances for carers](/guide/allowances)\n"
)
_BODY = (
    "## What this chapter is for\n\n"
    "It tells foster carers and their supervising social workers what the service promises "
    "and how it keeps those promises.\n\n"
    "## Our values\n\n"
    "We treat carers as colleagues and we tell them about every decision that affects them.\n"
)
_LOGO = "[![Ellerby Vale Council](/assets/crest.png)](/)"


def _page(label: str, number: str = "", logo: str = _LOGO) -> str:
    menu = _MENU.format(number=number)
    top = f"[Skip to content](#content)\n\n{logo}\n\n"
    return f"{top}{label}{menu}\n# {_TITLE}\n\n{_BODY}"


@pytest.mark.parametrize("label", ["", "**Guide chapters**\n\n", "In this guide\n\n"])
@pytest.mark.parametrize("number", ["", "3. ", "2.4 "])
def test_the_linked_menu_naming_the_page_goes_with_the_site(label: str, number: str) -> None:
    kept = strip_edge_chrome(normalize_text(_page(label, number)), load_chrome_cues())
    assert kept.startswith(f"# {_TITLE}\n")
    assert "Panel arrangements" not in kept


def test_the_title_opens_the_chapter_under_the_menu() -> None:
    kinds = read_kinds_and_headings(_page("**Guide chapters**\n\n", "3. "), "page.md")
    assert kinds[0] == ("title", _TITLE)


def test_a_list_that_does_not_name_the_page_is_not_taken_by_this_rule() -> None:
    menu = _MENU.format(number="").replace(f"{_TITLE}](", "Respite care](")
    text = f"**Guide chapters**\n\n{menu}\n# {_TITLE}\n\n{_BODY}"
    assert _after_a_linked_menu_naming_the_page(text, 0) == 0


def test_a_list_of_links_within_the_page_is_not_taken_by_this_rule() -> None:
    menu = _MENU.format(number="").replace("](/guide/", "](#")
    text = f"{menu}\n# {_TITLE}\n\n{_BODY}"
    assert _after_a_linked_menu_naming_the_page(text, 0) == 0


def test_a_list_named_by_a_line_that_is_no_marked_title_is_not_taken() -> None:
    text = f"{_MENU.format(number='')}\n{_TITLE}\n\n{_BODY}"
    assert _after_a_linked_menu_naming_the_page(text, 0) == 0


def test_the_chapters_own_jump_links_under_its_title_stay() -> None:
    jumps = "**On this page**\n\n* [What this chapter is for](#for)\n* [Our values](#values)\n\n"
    page = f"# {_TITLE}\n\n{jumps}{_BODY}"
    assert strip_edge_chrome(normalize_text(page), load_chrome_cues()) == normalize_text(page)


@pytest.mark.parametrize(
    "logo",
    [
        "[![Ellerby Vale Council](/assets/crest.png)](/)",
        "[![Ellerby Vale Council](/assets/crest.png)](https://www.ellerbyvale.gov.uk/)",
        '[![](/assets/crest.svg)](/ "Home")',
    ],
)
def test_a_picture_linking_home_is_the_sites_logo(logo: str) -> None:
    assert is_chrome_line(logo, load_chrome_cues())


def test_a_picture_linking_to_a_page_is_not_taken_for_the_logo() -> None:
    figure = "[![Our carers' charter](/img/charter.png)](/guide/charter)"
    assert not is_chrome_line(figure, load_chrome_cues())
