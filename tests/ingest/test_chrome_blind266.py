"""Page chrome of blind round 266 (decision 0396): a page clipper's excerpt quote at the head of
its markdown export, and a "Related guidance" box of neighbouring chapters copied right under a
manual page's title.

Each page is written for this test in our own words, about councils of no set.
"""

from __future__ import annotations

from app.ingest import read_source


def _markdown(text: str) -> str:
    return read_source(text.encode(), "clipped.md").text


def _copied(text: str) -> str:
    return read_source(text.encode(), "copied.txt").text


CLIPPED = """---
created: 2026-10-02T08:40:11 (UTC +01:00)
tags: []
source: https://manual.larkby.example/chapters/our-values
author:
---

# Our Values and Principles | Larkby Practice Manual

> ## Excerpt
> How Larkby's family help and social work teams work with families.

---
-   [Home](https://manual.larkby.example/)
-   [All chapters](https://manual.larkby.example/chapters)
-   [Contact us](https://manual.larkby.example/contact)

# Our Values and Principles

## Purpose

This chapter explains what we value when we work with families in Larkby.

## What we believe

Children are best brought up in their own families when that is safe.
"""


def test_a_clippers_excerpt_quote_and_rule_go_and_the_page_opens_with_its_title() -> None:
    text = _markdown(CLIPPED)
    assert text.startswith("# Our Values and Principles\n")
    assert "Excerpt" not in text
    assert "How Larkby's family help" not in text
    assert "All chapters" not in text
    assert "## Purpose" in text


def test_an_excerpt_label_in_other_words_or_bold_goes_too() -> None:
    text = _markdown(
        "> **Excerpt**\n> A page about our principles.\n\n***\n\n# Practice Principles\n\n"
        "## Scope\n\nThis chapter applies to every social worker in the service.\n"
    )
    assert text.startswith("# Practice Principles\n")


def test_a_chapter_opening_with_a_quote_of_its_own_keeps_it() -> None:
    page = (
        "> Every child deserves a family that will stay with them.\n\n---\n\n"
        "# Permanence Principles\n\n## Scope\n\nThis chapter applies to all staff.\n"
    )
    assert _markdown(page).startswith("> Every child deserves a family")


def test_an_excerpt_quote_inside_the_chapter_stays() -> None:
    page = (
        "# Learning from Reviews\n\n## Summary\n\nWhat the review found.\n\n"
        "> ## Excerpt\n> The panel heard that plans drifted for months.\n\n"
        "## What we changed\n\nWe now track every plan monthly.\n"
    )
    assert "The panel heard that plans drifted" in _markdown(page)


def test_a_related_guidance_box_right_under_the_title_goes() -> None:
    text = _copied(
        "Fostering Values and Standards\n\nRelated guidance\nSupervising Foster Carers\n"
        "Allegations Against Carers\nStaying Put\n\nScope of this chapter\nThis chapter sets "
        "out the standards our fostering service holds itself to. It applies to all staff.\n\n"
        "Our standards\nWe visit every foster home at least once a month.\n"
    )
    assert "Related guidance" not in text
    assert "Supervising Foster Carers" not in text
    assert "Scope of this chapter\nThis chapter sets out" in text


def test_a_related_guidance_list_inside_the_scope_box_stays() -> None:
    text = _copied(
        "Fostering Values and Standards\n\nScope of this chapter\nThis chapter sets out the "
        "standards our fostering service holds itself to.\n\nRelated guidance\n"
        "Fostering Services: National Minimum Standards\nStatutory guidance on placements\n\n"
        "Our standards\nWe visit every foster home at least once a month.\n"
    )
    assert "Related guidance\nFostering Services: National Minimum Standards" in text
