"""Pandoc's fenced divs in a markdown file (decision 0146): the fence lines are markup, and a div
whose class, id or role names site chrome holds no chapter text. Pages in our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.fenced_divs import unfence_divs
from app.ingest.html_render import load_chrome_cues

PAGE = """\
::: {#consent .cookie-message}
Pellbrook uses cookies. [Accept](#){.button}
:::

::: site-header
[Skip to content](#content){.skip}
:::

::: {#content .content-area}
# Helping Families Early {.title}

::: {.lead}
We offer help before problems grow.
:::

## Who we help

Any family with a child under 18.
:::

::: {role="navigation"}
-   [Home](/)
:::
"""


def test_chrome_divs_go_whole_and_other_fences_leave_their_text():
    text = unfence_divs(PAGE, load_chrome_cues())
    assert text.startswith("# Helping Families Early {.title}\n\nWe offer help before")
    assert ":::" not in text
    for chrome in ("cookies", "Skip to content", "[Home]"):
        assert chrome not in text
    assert "## Who we help\n\nAny family with a child under 18." in text


def test_fences_that_do_not_pair_up_leave_the_text_alone():
    text = "::: {.note}\nAn unclosed note.\n\nMore text.\n"
    assert unfence_divs(text, load_chrome_cues()) == text


def test_colons_in_a_code_block_are_not_fences():
    text = "Intro\n\n```\n::: {.cookie}\n```\n\nEnd\n"
    assert unfence_divs(text, load_chrome_cues()) == text


def test_a_markdown_file_is_read_without_its_chrome_divs():
    text = read_source(PAGE.encode(), "page.md").text
    assert "cookies" not in text and text.lstrip().startswith("# Helping Families Early")


def test_plain_text_keeps_its_colon_lines():
    text = "Title\n\n::: {.cookie}\nA line.\n:::\n"
    assert "A line." in read_source(text.encode(), "page.txt").text
