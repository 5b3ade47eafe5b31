"""Decision 0516: a sub-heading that names no kind, set right over a paragraph whose first
sentence opens the scope box by its own cue (a box's one-word label over the chapter's
amendment note), heads that box: the box opens at the label, not a line lower with the label
left at the end of the section before. Every text here is written for these tests."""

from __future__ import annotations

from tests.sections.helpers import kinds_and_starts, outline_of

_HEAD = (
    "Our Chapter on Practice Values\n\n"
    "1 What this chapter is for\n\n"
    "These pages are for every practitioner and manager in the borough's children's services, "
    "and for the carers who look after children for us.\n\n"
    "2 Where our duties come from\n\n"
    "The borough's duties to children are set by the Children Act 1989 and the Children Act "
    "2004, and the guidance issued under them says how we carry them out.\n\n"
)
_TAIL = (
    "3 Working with our partners\n\n"
    "Schools, doctors and the police share the work of keeping children safe with us, and we "
    "meet them every month to agree who does what.\n"
)


def _chapter(label: str, note: str) -> str:
    return f"{_HEAD}{label}\n{note}\n\n{_TAIL}"


def test_a_label_naming_no_kind_heads_the_note_it_stands_over() -> None:
    note = "This chapter was amended in May 2026 to add a part on working with partners."
    starts = kinds_and_starts(outline_of(_chapter("Revised", note)))
    assert ("scope", f"Revised\n{note}"[:40]) in starts


def test_without_the_label_the_note_still_opens_the_box_on_its_own() -> None:
    note = "This chapter was amended in May 2026 to add a part on working with partners."
    text = f"{_HEAD}{note}\n\n{_TAIL}"
    assert ("scope", note[:40]) in kinds_and_starts(outline_of(text))
