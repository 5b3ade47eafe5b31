"""A table of the chapter's fields right under the title one of whose rows says when and how the
chapter changed ("What's changed | In October 2025 the part on leaving care was rewritten.") is
the chapter's amendment note, which SPEC puts in the scope section: an un-headed scope section
of its own, and the scope heading after it still opens the chapter's statement of scope
(decisions 0085, 0347, 0597). A row of changes with no date names no amendment. Each case is
written for this test in our own words about invented councils."""

from __future__ import annotations

from tests.reading import read_kinds_and_headings

_AFTER = (
    "<h2>Purpose</h2>\n"
    "<p>This chapter explains what Brindlecote's family help service is for and the ideas that "
    "guide every worker in it, from the first contact to the day a case is closed.</p>\n"
    "<h2>Our values</h2>\n"
    "<p>We value honesty, patience and warmth, and we expect every worker to keep their word to "
    "children and their families.</p>\n"
)


def _page(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    return (
        "<html><body><main>\n<h1>Children's Services Policies, Values and Principles</h1>\n"
        f"<table>{cells}</table>\n" + _AFTER + "</main></body></html>"
    )


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return read_kinds_and_headings(text, "chapter.html")


def test_a_dated_changes_row_makes_the_table_the_amendment_note() -> None:
    sections = _kinds(
        _page(
            [
                ("Responsible officer", "Service Manager, Quality and Practice"),
                ("Issue", "5"),
                ("What's changed", "In October 2025 the part on leaving care was rewritten."),
            ]
        )
    )
    assert sections[0][0] == "title"
    assert sections[1] == ("scope", None)
    assert sections[2] == ("scope", "Purpose")
    assert all(kind != "other" for kind, _heading in sections)


def test_the_changes_row_may_come_first() -> None:
    sections = _kinds(
        _page(
            [
                ("Summary of changes", "Wording on family group conferences added, May 2026."),
                ("Owner", "Assistant Director, Children's Social Care"),
                ("Issue", "2.1"),
            ]
        )
    )
    assert sections[1] == ("scope", None)
    assert sections[2] == ("scope", "Purpose")


def test_a_changes_row_with_no_date_names_no_amendment() -> None:
    sections = _kinds(
        _page(
            [
                ("Responsible officer", "Service Manager, Quality and Practice"),
                ("Issue", "5"),
                ("What's changed", "Nothing yet: this is the first issue."),
            ]
        )
    )
    assert sections[1] != ("scope", None)
    assert ("scope", "Purpose") in sections
