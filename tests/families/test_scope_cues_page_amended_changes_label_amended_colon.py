"""Scope cues of the chapter family for unheaded amendment notes under the title, in wordings a
copied web page gives them: the page dated as amended ("This page was last amended in March
2025, when …"), the changes under a run-in label before their month ("Changes to this chapter:
in August 2024 we …"), and the verb as a label with its colon ("Amended: June 2024 - we …")
(decision 0246). Over a scope heading, the note is a scope section of its own (0085) only
when it is known as one. (A short line under the title saying only that the page was changed
stays a page stamp with the title, decisions 0042, 0085; those are not asked here.)

Each note is written for this test in our own words; each near miss is a line of another kind.
"""

import pytest

from tests.reading import read_kinds_and_headings

TITLE = "Family Help Standards, Aims and Duties\n"
AFTER = (
    "\n\nScope of this chapter\nThis chapter covers every team that works with children and "
    "families.\n\nLeaving care\nEvery care leaver has a personal adviser until they are 21.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "This page was last amended in March 2025, when the part on staying close was rewritten.",
        "The page was updated on 4 June 2024, when a paragraph on kinship carers was added.",
        "Changes to this chapter: in August 2024 we added a new model of practice.",
        "Amendments to this policy: in January 2025 we rewrote the leaving care part.",
        "Amended: June 2024 \u2013 we added new text on hearing children's views.",
        "Revised: May 2025 - a paragraph on advocacy for brothers and sisters in care was added.",
    ],
)
def test_an_amendment_note_in_a_copied_pages_words_is_the_scope(note) -> None:
    kinds = read_kinds_and_headings(TITLE + note + AFTER, "chapter.txt")

    assert kinds[1] == ("scope", None)
    assert kinds[2] == ("scope", "Scope of this chapter")


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed: every child's plan is looked at again within four months of care starting.",
        "Changes to a child's plan are agreed with the family at each review.",
    ],
)
def test_a_page_or_a_plan_that_is_not_dated_as_changed_is_no_amendment_note(line) -> None:
    assert read_kinds_and_headings(TITLE + line + AFTER, "chapter.txt")[1] != ("scope", None)
