"""A contents list of jump links right under the title with no heading over it, as a page tool
exports its table of contents (blind round 159, decision 0260): the list opens the scope, as a
"Contents" heading over it would (SPEC puts the contents list in the scope). Links to other
pages, or too few entries, are left as they were. Every case is written for this test in our own
words. Sections still tile the text."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_BODY = (
    "## Who this is for\n\n"
    "This chapter applies to every member of staff who works with children in our care.\n\n"
    "## Our values\n\n"
    "We are honest with children, we listen to them and we expect the best for them.\n\n"
    "## Sharing records\n\n"
    "Records are shared with partner agencies only when a child's welfare needs it.\n"
)


def _page(entries: list[str]) -> str:
    return (
        "# Fostering Values and Principles\n\n"
        + "".join(f"- {e}\n" for e in entries)
        + "\n"
        + _BODY
    )


def test_a_list_of_jump_links_under_the_title_opens_the_scope() -> None:
    outline = outline_of(
        _page(
            [
                "[\U0001f4d8 Who this is for](#-who-this-is-for)",
                "[Our values](#our-values)",
                "[Sharing records](#sharing-records)",
            ]
        ),
        "markdown",
    )
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert sections[0][0] == "title"
    assert sections[1][0] == "scope"
    assert sections[1][1].startswith("- [\U0001f4d8 Who this is for]")


def test_links_to_other_pages_under_the_title_are_no_contents_list() -> None:
    text = _page(
        [
            "[Fostering panel](https://example.org/panel)",
            "[Allowances](https://example.org/allowances)",
            "[Training](https://example.org/training)",
        ]
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert all(
        not start.startswith("- [Fostering panel") or kind != "scope"
        for kind, start in kinds_and_starts(outline)
    )


def test_two_jump_links_are_too_few_for_a_contents_list() -> None:
    outline = outline_of(
        _page(["[Our values](#our-values)", "[Sharing](#sharing-records)"]), "markdown"
    )
    assert_tiles(outline)
    assert all(
        not start.startswith("- [Our values]") or kind != "scope"
        for kind, start in kinds_and_starts(outline)
    )
