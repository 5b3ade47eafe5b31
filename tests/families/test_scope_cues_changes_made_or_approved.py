"""An amendment note that says the chapter's changes were made, approved or agreed on a day, with
no word of their order ("Changes to this chapter were approved in …", "Amendments were last made
on …"), opens the scope under the title (blind172, decision 0275); changes to something else do
not.

Each document is written for this test in our own words.
"""

import pytest

from tests.reading import read_kinds_and_headings


@pytest.mark.parametrize(
    "note",
    [
        "The changes to this procedure were agreed on 3 May 2024.",
        "Revisions to the policy were adopted in July 2025 after a consultation with carers.",
        "Updates were last published on 19 January 2026.",
    ],
)
def test_a_note_of_the_chapters_changes_opens_the_scope(note: str) -> None:
    text = (
        "# Children's Services Values\n\n"
        f"{note}\n\n"
        "## Our values\n\n"
        "We put the child's welfare first in every decision we make about them.\n"
    )
    assert read_kinds_and_headings(text, "page.md")[1] == ("scope", None)


def test_changes_to_something_else_open_no_scope() -> None:
    text = (
        "# Children's Services Values\n\n"
        "## Leaving care\n\n"
        "Changes to the leaving care grant were agreed in May 2025, and every care leaver now "
        "receives it at eighteen.\n"
    )
    assert ("scope", None) not in read_kinds_and_headings(text, "page.md")
